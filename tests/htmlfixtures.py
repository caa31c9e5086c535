"""Shared helpers for the HTML fixtures in ``tests/fixtures/html`` (tests and the bench).

Each ``name.html`` has a sidecar ``name.expected.json``: ``url`` (the page's address,
passed to the cleaner as the pipeline does), then either ``no_article: true`` or the
expected ``title``, ``published``, ``author``, ``body`` (paragraphs separated by a blank
line), ``must_not_contain``, and optionally ``site``, ``province``, ``converted_from``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from extractor.encoding import decode
from extractor.normalize import normalize

FIXTURES = Path(__file__).parent / "fixtures" / "html"
_TOKEN = regex.compile(r"\w+")


@dataclass(frozen=True)
class Fixture:
    name: str
    path: Path
    expected: dict[str, Any]

    def html(self) -> tuple[str, str | None]:
        """The page decoded as the pipeline decodes it, and the legacy encoding if any."""
        dec = decode(self.path.read_bytes(), is_html=True)
        return normalize(dec.text).text, dec.converted_from


def fixtures() -> list[Fixture]:
    out = []
    for p in sorted(FIXTURES.glob("*.html")):
        side = p.with_suffix(".expected.json")
        if side.exists():
            out.append(Fixture(p.stem, p, json.loads(side.read_text(encoding="utf-8"))))
    return out


def norm(s: str | None) -> str | None:
    return None if s is None else normalize(regex.sub(r"\s+", " ", s).strip()).text


def tokens(s: str) -> list[str]:
    return _TOKEN.findall(normalize(s).text.lower())


def token_f1(got: str, want: str) -> float:
    g, w = Counter(tokens(got)), Counter(tokens(want))
    if not g and not w:
        return 1.0
    overlap = sum((g & w).values())
    if overlap == 0:
        return 0.0
    p, r = overlap / sum(g.values()), overlap / sum(w.values())
    return 2 * p * r / (p + r)
