"""Throughput of the extraction stage alone: characters per second through
``extractor.extract.run_all`` (every field extractor) on the corpus bodies.

    .venv/bin/python bench/extract_throughput.py [--repeat 20]

Reading, decoding, cleaning and province resolution are not timed: the bodies come
from ``corpus/gold/*.json`` and each is wrapped in a ``Context`` once. Pattern files
are loaded before the clock starts. Per-field figures follow the total. The figure is
printed, not asserted: it depends on the machine.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from extractor.extract import ORDER, run_all, run_field
from extractor.types import Context

ROOT = Path(__file__).resolve().parent.parent


def contexts() -> list[Context]:
    out = []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        out.append(
            Context(text=g["body"], published=g.get("published"), province=g.get("province"))
        )
    return out


def _vary(ctxs: list[Context], i: int) -> list[Context]:
    """The same bodies with one trailing space per round, so per-text caches miss."""
    return [
        Context(text=c.text + " " * i, published=c.published, province=c.province) for c in ctxs
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20, help="rounds over the corpus")
    args = ap.parse_args(argv)
    base = contexts()
    if not base:
        print("no corpus bodies found under corpus/gold")
        return 1
    for c in base:  # warm up: load and self-test every pattern file
        run_all(c)
    rounds = [_vary(base, i + 1) for i in range(args.repeat)]
    chars = sum(len(c.text) for r in rounds for c in r)
    t0 = time.perf_counter()
    for r in rounds:
        for c in r:
            run_all(c)
    total = time.perf_counter() - t0
    print(
        f"extract.run_all: {chars / total:,.0f} chars/s "
        f"({len(base)} bodies x {args.repeat} rounds, {chars:,} chars in {total:.2f} s)"
    )
    for field in ORDER:
        rounds = [_vary(base, args.repeat + i + 1) for i in range(args.repeat)]
        t0 = time.perf_counter()
        for r in rounds:
            for c in r:
                run_field(field, c)
        dt = time.perf_counter() - t0
        print(f"  {field:14} {chars / dt:14,.0f} chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
