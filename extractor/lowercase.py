"""Case-insensitive patterns run case-sensitively on the lower-cased text: same matches.

The ``regex`` engine is about twice as fast on a case-sensitive pattern: it can search
for a literal's first character, or the literal itself, instead of testing every
position against each case of each letter. Most pattern files are case-insensitive
("Quyết định" and "QUYẾT ĐỊNH" are the same word). So each case-insensitive pattern
gets a twin, its source with every literal letter lower-cased (``lower_source``), and
the twin runs on ``text.lower()``. The text's offsets do not move (a text whose lower
case has another length is not used), and each match the twin finds is matched again
by the original pattern on the original text at the same place, so the caller gets the
original's match object (surface, groups) exactly as before.

The two agree only when lower-casing keeps "the same letter ignoring case" intact:
- in the pattern, every literal letter's case variants (as ``regex`` knows them) must
  all lower-case to its own lower case; a source with a case-dependent property
  (``\\p{Lu}``), an inline flag, a back-reference or a named list is not converted;
- in the text, every character must be *plain* (``_plain``). Not plain: the dotted
  capital I (its lower case is two characters), the long s (``regex`` matches it to
  "s", Python lower-cases it to itself), the final sigma, the micro sign, and letters
  newer than Python's Unicode tables. A text with one of them runs the original.

``tests/test_lowercase.py`` checks the twins against the originals on real texts and
on generated ones.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator

import regex
from regex import _regex

_IGNORE = regex.IGNORECASE | regex.UNICODE
# \p{...} names whose meaning depends on case: a twin cannot lower-case around them
_CASE_PROPERTIES = {
    "lu", "ll", "lt", "lc", "l&", "upper", "lower", "uppercase", "lowercase", "cased",
    "titlecase", "casedletter", "uppercaseletter", "lowercaseletter", "titlecaseletter",
    "changeswhencasemapped", "cwcm", "changeswhenlowercased", "cwl", "changeswhenuppercased",
    "cwu", "changeswhentitlecased", "cwt", "changeswhencasefolded", "cwcf", "caseignorable",
    "ci", "otherlowercase", "otheruppercase", "olower", "oupper",
}  # fmt: skip
# escapes that name a character or refer to other text: not converted
_UNSAFE_ESCAPES = set("NxuUL0123456789gkGXQEK")
_GROUP_HEAD = regex.compile(r"\(\?(?:[:=!>]|<[=!]|P?<\w+>)")


class _Unsafe(Exception):
    pass


_PLAIN: dict[str, bool] = {}


def _plain(c: str) -> bool:
    """True when ``c`` and the characters ``regex`` matches to it ignoring case all
    lower-case to one character, the same one, and Python lower-cases ``c`` without
    looking at its neighbours."""
    ok = _PLAIN.get(c)
    if ok is not None:
        return ok
    lo = c.lower()
    if len(lo) != 1 or c == "Σ":
        ok = False
    else:
        cases = [chr(u) for u in _regex.get_all_cases(_IGNORE, ord(c))]
        if lo != c and lo not in cases:  # Python and regex disagree on the letter
            ok = False
        elif len(cases) <= 1:
            ok = True
        else:
            common = Counter(x.lower() for x in cases).most_common(2)
            tie = len(common) > 1 and common[0][1] == common[1][1]
            ok = not tie and lo == common[0][0]
    _PLAIN[c] = ok
    return ok


def lower_source(src: str) -> str | None:
    """The pattern source with its literal letters lower-cased, or None when the
    conversion could change what it matches."""
    try:
        return "".join(_lower_tokens(src))
    except (_Unsafe, IndexError, ValueError):
        return None


def _lower_char(c: str) -> str:
    if not _plain(c):
        raise _Unsafe(c)
    return c.lower()


def _lower_tokens(src: str) -> Iterator[str]:
    i, n = 0, len(src)
    in_class = False
    while i < n:
        c = src[i]
        if c == "\\":
            d = src[i + 1]
            if d in "pP":
                if src[i + 2] == "{":
                    j = src.index("}", i)
                    name = src[i + 3 : j]
                else:
                    j, name = i + 2, src[i + 2]
                key = name.split("=")[-1].split(":")[-1].lower()
                if regex.sub(r"[\s_-]", "", key) in _CASE_PROPERTIES:
                    raise _Unsafe(name)
                yield src[i : j + 1]
                i = j + 1
                continue
            if d in _UNSAFE_ESCAPES:
                raise _Unsafe(d)
            yield src[i : i + 2]
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "[":  # a nested set or a POSIX class
                raise _Unsafe(c)
            elif c == "-" and src[i + 1] != "]" and src[i - 1] not in "[^":
                a, b = src[i - 1], src[i + 1]
                letters = a.isascii() and b.isascii() and a.isalpha() and b.isalpha()
                if not (letters and a.isupper() == b.isupper()) and not (
                    a.isdigit() and b.isdigit()
                ):
                    raise _Unsafe(a + c + b)
            yield _lower_char(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            yield c
            i += 1
            for extra in "^]":
                if i < n and src[i] == extra:
                    yield extra
                    i += 1
            continue
        if c == "(" and src[i + 1 : i + 2] == "?":
            m = _GROUP_HEAD.match(src, i)
            if m is None:  # an inline flag, a comment, a conditional, a back-reference
                raise _Unsafe(src[i : i + 4])
            yield m.group()
            i = m.end()
            continue
        yield _lower_char(c)
        i += 1
    if in_class:
        raise _Unsafe("[")


def twin(rx: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive pattern, or None."""
    if not rx.flags & regex.IGNORECASE or rx.flags & (regex.VERBOSE | regex.FULLCASE):
        return None
    src = lower_source(rx.pattern)
    if src is None:
        return None
    return regex.compile(src, rx.flags & ~regex.IGNORECASE)


class _Last(threading.local):
    def __init__(self) -> None:
        self.text: str | None = None
        self.low: str | None = None


_last = _Last()


def lowered(text: str) -> str | None:
    """``text.lower()`` when every character of the text is plain, else None. The last
    text is remembered (per thread): the extractors run many patterns on one text."""
    last = _last
    if last.text is text:
        return last.low
    low: str | None = text.lower()
    if low is not None and len(low) != len(text):
        low = None
    else:
        for c in set(text) - _PLAIN_SEEN:
            if not _plain(c):
                low = None
                break
        else:
            _PLAIN_SEEN.update(text)
    last.text, last.low = text, low
    return low


_PLAIN_SEEN: set[str] = set()  # characters already found plain


def finditer(
    rx: regex.Pattern[str],
    low_rx: regex.Pattern[str],
    text: str,
    low: str,
    pos: int,
    endpos: int,
) -> Iterator[regex.Match[str]]:
    """``rx.finditer(text, pos, endpos)``, found by the twin ``low_rx`` on ``low``, the
    text as ``lowered`` returned it."""
    after = pos
    for m in low_rx.finditer(low, pos, endpos):
        mm = rx.match(text, m.start(), endpos)
        if mm is None or mm.end() != m.end():  # cannot happen for a faithful twin
            yield from rx.finditer(text, after, endpos)
            return
        after = mm.end()
        yield mm
