"""Scanning helpers for `targets`: text segments and the raw matches of targets.yaml.

Everything here is positional: paragraphs, sentences and clauses as offset ranges of
``ctx.text``, and the matches of each kind of pattern (number phrases, goal/result cues,
years, indices) with their offsets. ``targets.py`` decides what they mean together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import regex

from ..patterns import Pattern, PatternFile

_PARA = regex.compile(r"[^\n]+")
# a sentence ends at . ! ? … followed by space and a capital, digit, quote or bullet
_SENT_END = regex.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\p{Lu}\d“\"(\-–•])")
_ABBREV = regex.compile(r"(?:\b(?:TP|Tp|tp|TS|ThS|PGS|GS|Th\.S|St|Q|P|TT)\.)$")
_CLAUSE_SEP = regex.compile(r";|:(?=\s)")
_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+")


@dataclass(frozen=True, slots=True)
class Seg:
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    para: int
    clauses: list[Seg] = field(default_factory=list)

    def clause_of(self, pos: int) -> Seg:
        for c in self.clauses:
            if c.start <= pos < c.end:
                return c
        return self.clauses[-1]


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Hit:
    """One match of one pattern."""

    start: int
    end: int
    pattern: Pattern
    match: regex.Match[str]

    @property
    def kind(self) -> str:
        return str(self.pattern.meta.get("kind", ""))

    def meta(self, key: str, default: Any = None) -> Any:
        return self.pattern.meta.get(key, default)

    def group(self, name: str) -> str | None:
        try:
            g = self.match.group(name)
        except (IndexError, regex.error):
            return None
        return g if g else None


def paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(m.start(), m.end(), m.group()) for m in _PARA.finditer(text)]


def sentences(text: str, paras: list[Paragraph]) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, p in enumerate(paras):
        cuts = [p.start]
        for m in _SENT_END.finditer(text, p.start, p.end):
            if _ABBREV.search(text, max(p.start, m.start() - 6), m.start()):
                continue
            cuts.append(m.end())
        cuts.append(p.end)
        for a, b in pairwise(cuts):
            if b <= a:
                continue
            s = Sentence(a, b, pi)
            c0 = a
            for m in _CLAUSE_SEP.finditer(text, a, b):
                s.clauses.append(Seg(c0, m.start()))
                c0 = m.end()
            s.clauses.append(Seg(c0, b))
            out.append(s)
    return out


def scan(pf: PatternFile, text: str, kind: str) -> list[Hit]:
    """Every match of the patterns of one kind, overlaps resolved: longest first, then
    the earlier pattern in the file."""
    hits: list[tuple[int, int, int, Hit]] = []
    for order, p in enumerate(pf.patterns):
        if p.meta.get("kind") != kind:
            continue
        for m in p.finditer(text):
            if m.end() > m.start():
                hits.append((m.end() - m.start(), -order, m.start(), Hit(m.start(), m.end(), p, m)))
    hits.sort(key=lambda h: (-h[0], -h[1], h[2]))
    taken: list[Hit] = []
    used = bytearray(len(text) + 1)  # offsets already covered by a longer match
    for _, _, _, h in hits:
        if any(used[h.start : h.end]):
            continue
        used[h.start : h.end] = b"\x01" * (h.end - h.start)
        taken.append(h)
    taken.sort(key=lambda h: h.start)
    return taken


def parse_number(s: str) -> int | float:
    """'86,72' → 86.72, '1.000' → 1000, '90.17' → 90.17, '07' → 7."""
    s = s.strip()
    if _THOUSANDS.fullmatch(s):
        return int(s.replace(".", ""))
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


_WORDS = regex.compile(r"[\p{L}\p{N}]+")


def words(s: str) -> list[str]:
    return _WORDS.findall(s.lower())
