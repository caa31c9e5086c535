#!/usr/bin/env python3
"""Regenerate ``patterns/derived/prefilter.json`` from the pattern files.

The prefilter (``extractor/prefilter.py``) skips a pattern on a text that lacks the
literal strings every match of it contains. Those strings are derived from the
pattern's parse tree, which the ``regex`` module's parser builds slowly (about 0.3 s for
all files, in every process and worker). This script stores them, keyed by a hash of
each compiled pattern's source and flags; the loader reads the file and derives only
what it does not find (a pattern edited since, a pattern file of the user's own).

Run ``python scripts/gen_prefilter.py`` after editing a pattern file;
``tests/test_prefilter.py`` fails while the file is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "patterns" / "derived" / "prefilter.json"


def build() -> dict[str, tuple[frozenset[str], ...]]:
    sys.path.insert(0, str(ROOT))
    from extractor import prefilter
    from extractor.patterns import all_files, load_file

    table = {}
    for path in all_files():
        for p in load_file(path, check_examples=False).patterns:
            if p.twin is not None:  # the loader filters case-insensitive patterns only
                table[prefilter.key(p.regex)] = prefilter.requirements(p.regex)
    return table


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from extractor import prefilter

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(prefilter.render(build()), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
