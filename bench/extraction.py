"""Extraction benchmark: sentences per second on one core, gazetteer build time, peak memory.

The corpus is generated from Entente's own templates and test sentences (no third-party text):
each template is filled with many state pairs, so the rules see varied names at every run. The
news-style passages of `tests/extraction/data/` (longer wire-copy sentences) are timed too.
Writes `bench/results/extraction.json`. Run: `.venv/bin/python bench/extraction.py`.
"""

from __future__ import annotations

import itertools
import json
import platform
import resource
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEMPLATES = [
    "{A} Defence Minister arrived in {b_seat} on Friday for talks with {B} officials.",
    "{a} sent about 2,000 troops to {b} last month, {c}'s spy agency said.",
    "{a} has supplied {b} with hundreds of drones, according to {C} officials.",
    "{a_seat} denies sending missiles to {b_seat} for use in the war.",
    "{A} and {B} warships began joint naval drills on Monday.",
    "{a} and {b} signed a defence cooperation agreement in {b_seat}.",
    "The foreign minister of {a} visited {b_seat} to discuss grain exports.",
    "{a} received a shipment of {B}-made artillery shells this week.",
    "{a} will not send troops to {b}, {a_seat} said.",
    "{a} and {b} pledged to deepen military cooperation during talks in {a_seat}.",
    "Satellite images suggest {a} shipped munitions to {b} in June 2024.",
    "{A} troops may join {B} forces in a new offensive, analysts warned.",
    "The central banks of {a} and {b} agreed to share inflation data.",
    "{A} and {B} diplomats clashed at the UN over trade.",
    "{a} announced a new $300 million military aid package for {b}.",
    "{A} President hosted the {B} prime minister in {a_seat} on 19 June.",
]
STATES = [
    ("Russia", "Russian", "Moscow"),
    ("North Korea", "North Korean", "Pyongyang"),
    ("China", "Chinese", "Beijing"),
    ("Iran", "Iranian", "Tehran"),
    ("Germany", "German", "Berlin"),
    ("France", "French", "Paris"),
    ("India", "Indian", "New Delhi"),
    ("Japan", "Japanese", "Tokyo"),
    ("Poland", "Polish", "Warsaw"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Turkey", "Turkish", "Ankara"),
    ("Mozambique", "Mozambican", "Maputo"),
    ("Kazakhstan", "Kazakh", "Astana"),
]


def corpus(size: int) -> list[str]:
    """At least `size` sentences from templates × ordered state triples."""
    out: list[str] = []
    triples = itertools.permutations(STATES, 3)
    for (a, b, c), template in zip(
        itertools.cycle(triples), itertools.cycle(TEMPLATES), strict=False
    ):
        out.append(
            template.format(
                a=a[0], A=a[1], a_seat=a[2], b=b[0], B=b[1], b_seat=b[2], c=c[0], C=c[1]
            )
        )
        if len(out) >= size:
            return out
    return out


def _news_sentences() -> list[tuple[str, date]]:
    """Every sentence of the project's news-style passages (longer, wire-copy sentences)."""
    from app.extraction.sentences import split_sentences

    out = []
    for path in sorted((ROOT / "tests" / "extraction" / "data").glob("news-style*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            day = date.fromisoformat(row["published_on"])
            out += [(s.text, day) for s in split_sentences(row["text"])]
    return out


def main() -> None:
    """Time the gazetteer build and extraction over the corpus; print and save the figures."""
    started = time.perf_counter()
    import app.extraction.gazetteer as gazetteer

    import_seconds = time.perf_counter() - started
    started = time.perf_counter()
    gazetteer.Gazetteer()
    build_seconds = time.perf_counter() - started

    from app.extraction import extract

    sentences = corpus(6000)
    published = date(2024, 10, 25)
    extract(" ".join(sentences[:50]), published)  # warm caches before timing

    tracemalloc.start()
    started = time.perf_counter()
    events = sum(len(extract(sentence, published)) for sentence in sentences)
    seconds = time.perf_counter() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    passes = []
    for _ in range(5):  # best and median of five passes: the machine's noise is about 5 %
        started = time.perf_counter()
        for sentence in sentences:
            extract(sentence, published)
        passes.append(time.perf_counter() - started)
    passes.sort()
    news = _news_sentences()
    started = time.perf_counter()
    for text, day in news:
        extract(text, day)
    news_seconds = time.perf_counter() - started

    results = {
        "sentences": len(sentences),
        "events": events,
        "sentences_per_second": round(len(sentences) / passes[0], 1),
        "sentences_per_second_median": round(len(sentences) / passes[2], 1),
        "news_style_sentences": len(news),
        "news_style_sentences_per_second": round(len(news) / news_seconds, 1),
        "sentences_per_second_traced": round(len(sentences) / seconds, 1),
        "gazetteer_import_seconds": round(import_seconds, 4),
        "gazetteer_build_seconds": round(build_seconds, 4),
        "extraction_peak_traced_mib": round(traced_peak / 2**20, 2),
        "max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    for key, value in results.items():
        print(f"{key:>30}: {value}")  # noqa: T201 - a benchmark reports on stdout
    out = ROOT / "bench" / "results" / "extraction.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
