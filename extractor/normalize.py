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

Speed: ``normalize_reference`` is the specification, one Python step per grapheme
cluster. ``normalize`` and ``normalize_text`` (the text without the map) give the same
output, but copy plain stretches as they are and send only small windows around
"unsafe" characters (marks, CR, zero-width characters...) through the cluster loop, and
do step 5 with one look-up of the text's words in the table of words underthesea's
token map changes (``patterns/normalize/tone_words.json``, generated from underthesea by
``scripts/gen_tone_words.py``; only the slow path for odd text imports underthesea).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .patterns import patterns_dir

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


def _clusters(source: str) -> tuple[list[str], list[int], list[int]]:
    """Steps 1-4 cluster by cluster (the slow path): the characters and their map."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = ("", 0, 0)  # the previous cluster's mapped text, its source start, its first char
    for m in _CLUSTER.finditer(source):
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
    return chars, starts, ends


def _ascii(source: str) -> tuple[list[str], list[int], list[int]]:
    """Steps 2-3 on ASCII text, character by character (the slow path's ASCII branch)."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(source)
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
    return chars, starts, ends


def _tone_words(text: str) -> str:
    """Step 5, word by word (the slow path)."""
    if text.isascii():
        return text
    out = list(text)
    changed = False
    for m in _WORD.finditer(text):
        w = m.group()
        if len(w) <= 6 and not w.isascii():
            t = _tone(w)
            if t != w:
                out[m.start() : m.end()] = t
                changed = True
    return "".join(out) if changed else text


@lru_cache(maxsize=1)
def _tone_table() -> dict[str, str]:
    """The words step 5 changes, among NFC words without Ð/ð, with their new form. For
    those, underthesea's ``token_normalize`` is one look-up in its token map (its NFC and
    Ð → Đ steps change nothing), so no other such word can change. The table is generated
    from underthesea by ``scripts/gen_tone_words.py`` (a test holds the file to it), so a
    process does not import underthesea for it."""
    path = patterns_dir() / "normalize" / "tone_words.json"
    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return table


def _tone_words_fast(text: str) -> str:
    """Step 5 as ``_tone_words`` does it, without a Python loop over the words. In an NFC
    text every word is NFC (a substring of an NFC string is NFC), so with no Ð/ð in the
    text only the words of ``_tone_table`` can change; else the slow path."""
    if text.isascii():
        return text
    if _ODD.search(text) or not unicodedata.is_normalized("NFC", text):
        return _tone_words(text)
    table = _tone_table()
    words = _WORD.findall(text)
    if table.keys().isdisjoint(words):
        return text
    # whole words only: _WORD's maximal runs, as _tone_words sees them
    out: list[str] = []
    last = 0
    for m in _WORD.finditer(text):
        new = table.get(m.group())
        if new is not None:
            out.append(text[last : m.start()])
            out.append(new)
            last = m.end()
    out.append(text[last:])
    return "".join(out)


def normalize_reference(source: str) -> Normalized:
    """The specification of ``normalize``: every cluster through the slow path. Slow (a
    Python loop per character); kept so that tests can hold the fast path to it."""
    chars, starts, ends = _ascii(source) if source.isascii() else _clusters(source)
    text = _tone_words("".join(chars))
    return Normalized(text=text, source=source, src_start=tuple(starts), src_end=tuple(ends))


# The fast path. A "plain" character is one the slow path passes through on its own:
# ASCII but CR, or a character that is its own grapheme cluster whatever its plain
# neighbours (grapheme break class Other), is NFC alone and cannot compose with the
# character before it (NFC_Quick_Check=Yes, combining class 0), and is not dropped.
# Steps 1-4 map it one to one (an odd space to " ", a look-alike to Đ/đ, else itself).
# Every other character ("unsafe": CR, combining marks, zero-width and format
# characters, Hangul jamo, emoji modifiers...) is handled with its neighbours by the
# slow path, in a window from the plain character before a run of unsafe ones to the
# plain character after it (from the CR itself when the run starts with one: a cluster
# always starts at a CR). Between two plain characters there is always a cluster
# boundary, so the window's clusters are the whole text's, and the window starts with
# an emitted non-combining character, so no merge of step 1 reaches outside it.
_UNSAFE = regex.compile(
    r"(?V1)[^\x00-\x0c\x0e-\x7f[\p{GCB=Other}&&\p{NFC_QC=Y}&&\p{ccc=0}]--["
    + "".join(sorted(_DROP))
    + "]]+"
)
_PLAIN_MAP = str.maketrans({**{c: " " for c in _SPACES}, **_LOOKALIKE})
_ODD = regex.compile("[" + regex.escape("".join(sorted({*_SPACES, *_LOOKALIKE}))) + "]")


def _steps_1_to_4(source: str, with_map: bool) -> tuple[str, list[int], list[int]]:
    """Steps 1-4 with plain stretches copied as they are; only windows around unsafe
    characters go through the slow path. The map is left empty unless ``with_map``."""
    n = len(source)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0  # source[:done] is handled
    lo = hi = -1  # the current window
    for m in _UNSAFE.finditer(source):
        p, q = m.span()
        # a CR starts its cluster and emits a plain LF: its window need not look back
        a, b = (p if source[p] == "\r" else max(p - 1, 0)), min(q + 1, n)
        if a < hi:  # overlaps the current window: widen it
            hi = b
            continue
        if hi > lo:
            _window(source, lo, hi, pieces, starts, ends, with_map)
            done = hi
        if a > done:
            _plain(source, done, a, pieces, starts, ends, with_map)
        lo, hi = a, b
    if hi > lo:
        _window(source, lo, hi, pieces, starts, ends, with_map)
        done = hi
    if n > done:
        _plain(source, done, n, pieces, starts, ends, with_map)
    text = "".join(pieces)
    # the odd spaces and look-alikes of plain stretches, one to one (a window's output
    # has none left: the slow path mapped them, and NFC composes none)
    if _ODD.search(text):
        text = text.translate(_PLAIN_MAP)
    return text, starts, ends


def _plain(
    source: str,
    a: int,
    b: int,
    pieces: list[str],
    starts: list[int],
    ends: list[int],
    with_map: bool,
) -> None:
    pieces.append(source[a:b])
    if with_map:
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))


def _window(
    source: str,
    a: int,
    b: int,
    pieces: list[str],
    starts: list[int],
    ends: list[int],
    with_map: bool,
) -> None:
    seg = source[a:b]
    if seg == "\r\n":  # the common window of a CRLF text, without the cluster loop
        pieces.append("\n")
        if with_map:
            starts.append(a)
            ends.append(b)
        return
    chars, s, e = _clusters(seg)
    pieces.append("".join(chars))
    if with_map:
        starts.extend([x + a for x in s])
        ends.extend([x + a for x in e])


def normalize(source: str) -> Normalized:
    """Normalise ``source`` (see the module's docstring) keeping the offset map."""
    text, starts, ends = _steps_1_to_4(source, with_map=True)
    return Normalized(
        text=_tone_words_fast(text), source=source, src_start=tuple(starts), src_end=tuple(ends)
    )


def normalize_text(source: str) -> str:
    """Only the normalised text (``normalize(source).text``), without building the map."""
    return _tone_words_fast(_steps_1_to_4(source, with_map=False)[0])
