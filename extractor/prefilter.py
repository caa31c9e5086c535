"""Literal prefilter: skip a pattern on a text that lacks the words every match needs.

Most patterns find nothing on most pages (on the corpus texts, 88 % of pattern-page
pairs, and 73 % of the regex engine's time). Yet a pattern such as
``... (?P<scale>tỷ|triệu) (?:đồng|VNĐ|VND)`` cannot match a page that contains none of
"tỷ đồng", "triệu đồng", ...: a plain substring test rules it out far faster than the
engine, which must try the pattern at every digit.

``requirements`` reads a pattern's parse tree (the ``regex`` module's own parser) and
returns *clauses*: sets of literal strings such that every match of the pattern contains
at least one string of each clause. It is sound by construction: a node it does not
know contributes no clause, zero-width assertions contribute the empty string, an
optional part makes its literal optional, a fuzzy pattern gets no clause at all. So a
pattern is skipped only on a text where it cannot match; ``tests/test_prefilter.py``
compares the filtered and unfiltered matches of every pattern on real texts.

Case: the strings are lower-cased and looked for in the lower-cased text that the
case-insensitive twins use (``lowercase.lowered``). A literal letter that is not plain
(``lowercase._plain``) ends a string; a text that is not plain is never filtered. So a
text that a pattern matches, with or without IGNORECASE, contains the lowered string.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable
from typing import Any

import regex
from regex import _regex_core

from .lowercase import _plain

Clause = frozenset[str]

# cross products of literal alternatives larger than this are cut into separate clauses
_MAX_SET = 48
# clauses kept per pattern: the most selective (longest shortest string) first
_MAX_CLAUSES = 3


def _fold_char(c: str) -> str | None:
    """The lower case of a literal character, or None when a text character that the
    pattern matches to it might not lower-case to the same (``lowercase._plain``)."""
    return c.lower() if _plain(c) else None


class _Fuzzy(Exception):
    pass


class _Node:
    """What a parse-tree node requires: ``exact`` (the node matches exactly one of these
    strings, "" included) or else ``clauses``."""

    __slots__ = ("clauses", "exact")

    def __init__(self, exact: frozenset[str] | None, clauses: list[Clause] | None = None):
        self.exact = exact
        self.clauses = clauses or []

    def best(self) -> Clause | None:
        """One clause that every match of the node satisfies, or None."""
        cands = list(self.clauses)
        if self.exact is not None and "" not in self.exact:
            cands.append(self.exact)
        return max(cands, key=_strength, default=None)


def _strength(c: Clause) -> tuple[int, int]:
    return (min(len(s.strip()) for s in c), -len(c))


_NOTHING = _Node(None)
_EMPTY = _Node(frozenset({""}))


def _literal(node: Any) -> frozenset[str] | None:
    """The folded character(s) a Character or a small positive set of them matches."""
    if isinstance(node, _regex_core.Character):
        if not node.positive or node.zerowidth:
            return None
        f = _fold_char(chr(node.value))
        return None if f is None else frozenset({f})
    if isinstance(node, _regex_core.SetUnion) and node.positive and not node.zerowidth:
        out = set()
        for it in node.items:
            if not isinstance(it, _regex_core.Character) or not it.positive:
                return None
            f = _fold_char(chr(it.value))
            if f is None:
                return None
            out.add(f)
        return frozenset(out) if 0 < len(out) <= 8 else None
    return None


def _walk(node: Any) -> _Node:
    C = _regex_core
    if isinstance(node, C.Fuzzy):
        raise _Fuzzy
    lit = _literal(node)
    if lit is not None:
        return _Node(lit)
    if isinstance(node, C.ZeroWidthBase | C.LookAround):
        return _EMPTY
    if isinstance(node, C.Sequence):
        return _sequence([_walk(it) for it in node.items])
    if isinstance(node, C.Branch) and type(node) is C.Branch:
        return _branch([_walk(b) for b in node.branches])
    if isinstance(node, C.Group | C.Atomic):
        return _walk(node.subpattern)
    if isinstance(node, C.GreedyRepeat):  # lazy and possessive repeats are subclasses
        sub = _walk(node.subpattern)
        if node.min_count == 0:
            if node.max_count == 1 and sub.exact is not None:
                return _Node(sub.exact | {""})
            return _NOTHING
        if node.min_count == node.max_count == 1:
            return sub
        best = sub.best()
        return _Node(None, [best] if best else [])
    return _NOTHING


def _sequence(items: Iterable[_Node]) -> _Node:
    clauses: list[Clause] = []
    run: frozenset[str] = frozenset({""})
    exact = True

    def flush() -> None:
        if "" not in run:
            clauses.append(run)

    for it in items:
        if it.exact is not None:
            if len(run) * len(it.exact) <= _MAX_SET:
                run = frozenset(a + b for a in run for b in it.exact)
            else:
                flush()
                run, exact = it.exact, False
            continue
        exact = False
        flush()
        clauses.extend(it.clauses)
        run = frozenset({""})
    if exact:
        return _Node(run)
    flush()
    return _Node(None, clauses)


def _branch(branches: list[_Node]) -> _Node:
    if all(b.exact is not None for b in branches):
        union = frozenset().union(*(b.exact or () for b in branches))
        if len(union) <= _MAX_SET:
            return _Node(union)
    union_clause: set[str] = set()
    for b in branches:
        best = b.best()
        if best is None:
            return _NOTHING
        union_clause |= best
    return _Node(None, [frozenset(union_clause)])


def requirements(rx: regex.Pattern[str]) -> tuple[Clause, ...]:
    """Clauses every match of ``rx`` satisfies (see the module's docstring); () if none."""
    src = _regex_core.Source(rx.pattern)
    info = _regex_core.Info(rx.flags, src.char_type, {})
    src.ignore_space = bool(info.flags & regex.VERBOSE)
    try:
        tree = _regex_core._parse_pattern(src, info)
        node = _walk(tree)
    except Exception:  # fuzzy, or a construct the parser wants re-read: no filter
        return ()
    cands = list(node.clauses)
    best = node.best()
    if best is not None and best not in cands:
        cands.append(best)
    # a clause of blanks or a single common character is no filter
    cands = [c for c in cands if _strength(c)[0] >= 2]
    cands.sort(key=_strength, reverse=True)
    return tuple(_minimal(c) for c in dict.fromkeys(cands))[:_MAX_CLAUSES]


def _minimal(clause: Clause) -> Clause:
    """The clause without strings that contain another of its strings (the same test:
    where "xếp hạng" is, "xếp" is too)."""
    return frozenset(s for s in clause if not any(t != s and t in s for t in clause))


def key(rx: regex.Pattern[str]) -> str:
    """The key of a compiled pattern in the table of derived requirements."""
    return hashlib.sha256(f"{rx.flags}\n{rx.pattern}".encode()).hexdigest()[:20]


def render(table: dict[str, tuple[Clause, ...]]) -> str:
    """The table as ``patterns/derived/prefilter.json`` stores it (sorted, stable)."""
    rows = [
        f"{json.dumps(k)}: {json.dumps([sorted(c) for c in v], ensure_ascii=False)}"
        for k, v in sorted(table.items())
    ]
    return "{\n" + ",\n".join(rows) + "\n}\n"


def parse_table(text: str) -> dict[str, tuple[Clause, ...]]:
    data = json.loads(text)
    return {k: tuple(frozenset(c) for c in v) for k, v in data.items()}


class _Seen(threading.local):
    def __init__(self) -> None:
        self.low: str | None = None
        self.present: dict[str, bool] = {}


_seen = _Seen()


def admits(low: str, clauses: tuple[Clause, ...]) -> bool:
    """False when the lower-cased text ``low`` (as ``lowercase.lowered`` returned it:
    never a text that cannot be lower-cased safely) lacks every string of some clause;
    then the pattern cannot match. Each string's presence is kept for the last text
    (per thread): the extractors run many patterns on one text."""
    s = _seen
    if s.low is not low:
        s.low, s.present = low, {}
    present = s.present
    for clause in clauses:
        for lit in clause:
            hit = present.get(lit)
            if hit is None:
                hit = present[lit] = lit in low
            if hit:
                break
        else:
            return False
    return True
