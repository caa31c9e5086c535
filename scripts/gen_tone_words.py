#!/usr/bin/env python3
"""Regenerate ``patterns/normalize/tone_words.json`` from its source, underthesea.

Step 5 of ``extractor.normalize`` puts tone marks in one place per word the way
underthesea's ``token_normalize`` does ("hoà" → "hòa", "thuỷ" → "thủy"). For an NFC word
without Ð/ð, that function is one look-up in underthesea's token map, so the only words it
can change are keys of that map. This script keeps those keys that step 5 changes (words
of up to six letters, not ASCII, NFC, with the same length after the change) with their
new form. The pipeline reads the JSON file instead of importing underthesea in every
process (about 0.8 CPU s per process start, and per worker).

Run ``python scripts/gen_tone_words.py`` to rewrite the file; ``build()`` returns the same
data in memory (``tests/test_normalize_tone_words.py`` compares it with the file).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "patterns" / "normalize" / "tone_words.json"


def build() -> dict[str, str]:
    sys.path.insert(0, str(ROOT))
    from underthesea.pipeline.text_normalize.text_normalizer import token_map

    from extractor.normalize import _ODD, _tone

    table = {
        k: _tone(k)
        for k in token_map
        if isinstance(k, str)
        and len(k) <= 6
        and not k.isascii()
        and unicodedata.is_normalized("NFC", k)
        and not _ODD.search(k)
    }
    return {k: v for k, v in sorted(table.items()) if v != k}


def render(table: dict[str, str]) -> str:
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(build()), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
