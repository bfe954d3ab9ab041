"""Extraction quality per tie type on the gold sets: precision, recall, F1 and strict F1.

Scores like `../shared/tools/score_extraction.py` (a gold event's `type` and `status` may be lists,
`optional` ties are neither rewarded nor penalised, undirected types match in either order) and
adds the split by type that the shared scorer does not print. Sets: the shared development set
and the project's news-style development and held-out sets. Writes
`bench/results/extraction_quality.json`. Run: `.venv/bin/python bench/extraction_quality.py`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.extraction import extract  # noqa: E402 - the project root is put on the path first
from app.vocabulary import UNDIRECTED  # noqa: E402

SETS = {
    "shared-dev": ROOT.parent / "shared" / "data" / "extraction-dev.jsonl",
    "news-style": ROOT / "tests" / "extraction" / "data" / "news-style.jsonl",
    "news-style-heldout": ROOT / "tests" / "extraction" / "data" / "news-style-heldout.jsonl",
}

Key = tuple[str, str, str]


def _as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _keys(event: dict[str, Any]) -> set[Key]:
    """Every (type, actor, target) key a gold event stands for; undirected pairs sorted."""
    out = set()
    for kind in _as_list(event["type"]):
        actor, target = str(event["actor"]).upper(), str(event["target"]).upper()
        if kind in UNDIRECTED:
            actor, target = sorted((actor, target))
        out.add((kind, actor, target))
    return out


def _score(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Counts per type (and `all`): tp, fp, fn and status-right tp, turned into figures."""
    counts: dict[str, Counter[str]] = {}

    def add(kind: str, field: str) -> None:
        for name in (kind, "all"):
            counts.setdefault(name, Counter())[field] += 1

    for row in rows:
        found: dict[Key, str] = {}
        for event in extract(row["text"], date.fromisoformat(row["published_on"])):
            actor, target = event.actor, event.target
            if event.type in UNDIRECTED:
                actor, target = sorted((actor, target))
            found[(event.type.value, actor, target)] = event.status.value
        optional = set().union(*(_keys(e) for e in row.get("optional", [])))
        used: set[Key] = set()
        for gold in row["events"]:
            hit = next((k for k in _keys(gold) if k in found and k not in used), None)
            kind = _as_list(gold["type"])[0]
            if hit is None:
                add(kind, "fn")
                continue
            used.add(hit)
            add(hit[0], "tp")
            if found[hit] in _as_list(gold["status"]):
                add(hit[0], "status_ok")
        for key in found:
            if key not in used and key not in optional:
                add(key[0], "fp")
    return {name: _figures(c) for name, c in sorted(counts.items())}


def _figures(c: Counter[str]) -> dict[str, float]:
    tp, fp, fn, ok = c["tp"], c["fp"], c["fn"], c["status_ok"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    sp, sr = (ok / (tp + fp) if tp + fp else 0.0), (ok / (tp + fn) if tp + fn else 0.0)
    strict = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "strict_f1": round(strict, 3),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def main() -> None:
    """Score every set that is present; print a table per set and save the figures."""
    results: dict[str, Any] = {}
    for name, path in SETS.items():
        if not path.exists():
            print(f"{name}: {path} is absent, skipped")  # noqa: T201 - a benchmark reports
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        results[name] = scores = _score(rows)
        print(f"\n{name} ({len(rows)} passages)")  # noqa: T201
        header = ("type", "P", "R", "F1", "strict", "tp", "fp", "fn")
        print("{:>22} {:>6} {:>6} {:>6} {:>7} {:>4} {:>4} {:>4}".format(*header))  # noqa: T201  # noqa: T201
        for kind, f in scores.items():
            print(  # noqa: T201
                f"{kind:>22} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} "
                f"{f['strict_f1']:7.3f} {f['tp']:4} {f['fp']:4} {f['fn']:4}"
            )
    out = ROOT / "bench" / "results" / "extraction_quality.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
