"""GDELT import benchmark: a synthetic GDELT 2.0 export of 1M rows, generated from the real
export's rows in ../shared (their mix of countries and event codes kept, with dates, ids and
source URLs varied), imported end to end by `entente import gdelt` into a fresh Neo4j.
Prints rows/s and the importer's peak memory, writes `bench/results/imports.json`.
Run: `.venv/bin/python bench/imports.py [--rows N]`.

Budget (issue 7): ≥ 20,000 rows/s end to end, peak memory under 500 MB, for 1M rows.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.paths import STATE_DIR  # noqa: E402
from bench.common import neo4j_server, write  # noqa: E402

REAL = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "gdelt" / "20191024143000.export.CSV"
)


# `entente …` that reports its own peak resident memory (KiB) on its last stderr line.
MEASURED = """
import resource, sys
from app.cli import main
sys.argv = ["entente", *sys.argv[1:]]
try:
    main()
finally:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def generate(target: Path, rows: int, seed: int = 5) -> None:
    """Rows drawn from the real export, each with a fresh id, date and source URL."""
    real = [line.rstrip("\n").split("\t") for line in REAL.read_text().splitlines()]
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    with target.open("w") as out:
        for i in range(rows):
            cols = list(rng.choice(real))
            day = start + timedelta(days=rng.randrange(365))
            cols[0] = str(900_000_000 + i)
            cols[1] = day.strftime("%Y%m%d")
            cols[59] = day.strftime("%Y%m%d") + "120000"
            cols[60] = (
                f"https://outlet{rng.randrange(500)}.example/{day:%Y/%m/%d}/{i}{cols[60][-24:]}"
            )
            out.write("\t".join(cols) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    if not REAL.exists():
        sys.exit(f"{REAL} is absent: the shared GDELT export is needed")
    target = STATE_DIR / "bench" / f"gdelt-{args.rows}.CSV"
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        started = time.perf_counter()
        generate(target, args.rows)
        print(f"generated {target} in {time.perf_counter() - started:.1f} s")  # noqa: T201
    with neo4j_server("imports") as connection:
        env = {**os.environ, **dict(line.split("=", 1) for line in connection.env_lines())}
        command = [sys.executable, "-c", MEASURED, "import", "gdelt", str(target)]
        started = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - started
    peak_mb = int(result.stderr.strip().splitlines()[-1]) / 1024
    rate = args.rows / seconds
    print(result.stdout)  # noqa: T201
    figures = {
        "rows": args.rows,
        "file_mb": round(target.stat().st_size / 2**20),
        "seconds": round(seconds, 1),
        "rows_per_s": round(rate),
        "peak_rss_mb": round(peak_mb),
        "report": result.stdout.strip().splitlines(),
        "budget_rows_per_s": 20_000,
        "budget_peak_mb": 500,
        "within_budget": rate >= 20_000 and peak_mb < 500,
    }
    for key in ("rows", "seconds", "rows_per_s", "peak_rss_mb", "within_budget"):
        print(f"{key:>14}: {figures[key]}")  # noqa: T201
    write("imports", figures)


if __name__ == "__main__":
    main()
