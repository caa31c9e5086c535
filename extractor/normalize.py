"""Normalise once, first, and keep an offset map back to the source.

Steps, in order, each recorded in the map:

1. Unicode NFC per grapheme cluster (windows-1258 and many CMSs produce NFD:
   "Quyết" as e + U+0302 + U+0301). A cluster maps to its whole source range.
2. Line breaks: CRLF and lone CR become LF.
3. Spaces: NBSP, the U+2000 block, narrow NBSP, ideographic space and tabs become a
   plain space; zero-width characters, BOM and soft hyphen are dropped.
4. Đ look-alikes: Icelandic Ð/ð (U+00D0/U+00F0) and African Ɖ/ɖ become Đ/đ; some
   keyboards and PDF converters type them for Vietnamese Đ.
5. One tone-mark placement per word (hoà → hòa, uỷ → ủy), with underthesea's
   per-token normaliser. It keeps a word's length, so the map is one to one there.
   underthesea's ``text_normalize`` re-tokenises ("3478 / QĐ-UBND ,") and is never used.

``Normalized.to_source(start, end)`` sends a span of the normalised text back to the
source, so ``source[a:b]`` is the surface the reader saw.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

_SPACES = {
    "\u00a0",
    "\u1680",
    "\u2000",
    "\u2001",
    "\u2002",
    "\u2003",
    "\u2004",
    "\u2005",
    "\u2006",
    "\u2007",
    "\u2008",
    "\u2009",
    "\u200a",
    "\u202f",
    "\u205f",
    "\u3000",
    "\t",
    "\x0b",
    "\x0c",
}
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_LOOKALIKE = {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110", "\u0256": "\u0111"}

_CLUSTER = regex.compile(r"\X", regex.DOTALL)
_WORD = regex.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, for each of its characters, the source range it came from."""

    text: str
    source: str
    src_start: tuple[int, ...]
    src_end: tuple[int, ...]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source range that a span [start, end) of ``text`` came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            pos = self.src_start[start] if start < len(self.text) else len(self.source)
            return pos, pos
        return self.src_start[start], self.src_end[end - 1]


@lru_cache(maxsize=65536)
def _tone(word: str) -> str:
    from underthesea.pipeline.text_normalize import token_normalize

    out = token_normalize(word)
    # Only a change of the same length keeps the map one to one; anything else is refused.
    return out if isinstance(out, str) and len(out) == len(word) else word


def normalize(source: str) -> Normalized:
    """Normalise ``source`` (see the module's docstring) keeping the offset map."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(source)
    ascii_fast = source.isascii()
    last = ("", 0, 0)  # the previous cluster's mapped text, its source start, its first char
    for m in _CLUSTER.finditer(source) if not ascii_fast else ():
        a, b = m.span()
        cluster = m.group()
        if cluster == "\r\n" or cluster == "\r":
            mapped = "\n"
        else:
            # character by character first: a grapheme cluster may join an NBSP or a
            # zero-width joiner to a following combining mark ("\u00a0\u0301")
            mapped = "".join(
                " " if c in _SPACES else _LOOKALIKE.get(c, c) for c in cluster if c not in _DROP
            )
            if not mapped:
                continue
            if unicodedata.combining(mapped[0]) and chars:
                # a mark left alone by a dropped character ("a\u00ad\u0300"): it composes
                # with the previous cluster, and the result maps to both
                prev, a, first = last
                del chars[first:], starts[first:], ends[first:]
                mapped = prev + mapped
        first = len(chars)
        for c in unicodedata.normalize("NFC", mapped):
            chars.append(c)
            starts.append(a)
            ends.append(b)
        last = (mapped, a, first)
    if ascii_fast:
        for j, c in enumerate(source):
            a = j
            if c == "\r":
                if j + 1 < n and source[j + 1] == "\n":
                    continue
                c = "\n"
            elif c == "\n" and j and source[j - 1] == "\r":
                a = j - 1  # the LF of a CRLF stands for both characters
            elif c in _SPACES:
                c = " "
            chars.append(c)
            starts.append(a)
            ends.append(j + 1)
    text = "".join(chars)
    if not text.isascii():
        out = list(text)
        changed = False
        for m in _WORD.finditer(text):
            w = m.group()
            if len(w) <= 6 and not w.isascii():
                t = _tone(w)
                if t != w:
                    out[m.start() : m.end()] = t
                    changed = True
        if changed:
            text = "".join(out)
    return Normalized(text=text, source=source, src_start=tuple(starts), src_end=tuple(ends))


def normalize_text(source: str) -> str:
    """Only the normalised text, for short strings such as names and gazetteer keys."""
    return normalize(source).text
