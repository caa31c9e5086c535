"""People: persons the text names with their positions (``patterns/people.yaml``).

Each match gives a name (group ``name``, or the capitalised run ``run`` after a title,
from which a leading place name is moved back to the position) and the positions
(group ``positions``, split on commas and "kiêm"). A person appears once per article:
later mentions add positions. ``bodies`` are the bodies the positions name, resolved with
the article's province ("Tỉnh ủy" → "Tỉnh ủy Bình Dương") by ``bodies.canonical_name``
when that module provides it, else by a small expansion of the usual abbreviations.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import regex
from pydantic import BaseModel

from ..models import Person
from ..patterns import PatternFile, load
from ..types import Context

_SPLIT = regex.compile(r"\s*,\s*|\s+kiêm\s+")
_SPACES = regex.compile(r"\s+")
_ABBREVIATIONS = (
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("ĐBQH", "Đại biểu Quốc hội"),
    ("TAND", "Tòa án nhân dân"),
    ("VKSND", "Viện Kiểm sát nhân dân"),
    ("TW", "Trung ương"),
)
_ABBREVIATION_RX = tuple(
    (regex.compile(rf"(?<!\w){short}(?!\w)"), full) for short, full in _ABBREVIATIONS
)
_PROVINCE_LEVEL = regex.compile(r"(?:\s|^)tỉnh$")
_LOWER_HEADS = {"ban", "phòng", "đoàn", "sở", "cục", "vụ", "viện", "tổ"}
_FORMER = regex.compile(r"^Nguyên\s+")  # "Nguyên Phó Trưởng ban": a former office
# middle names that mark a run as a person's name even when its surname is not a listed one
_MIDDLE_NAMES = frozenset({"Văn", "Thị", "A", "Seo", "Đức", "Hữu", "Công", "Ngọc"})


@dataclass
class _Found:
    name: str
    start: int
    end: int
    pattern: str
    positions: list[str] = field(default_factory=list)


def _clean(s: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", s)).strip(" ,;:-–—(")


@cache
def _title_rx() -> regex.Pattern[str]:
    return load("people").compile_def("title", flags=0)


@dataclass(frozen=True, slots=True)
class _Tables:
    """The word lists of people.yaml as the code reads them, built once per pattern file."""

    places: list[list[str]]  # each place's syllables, longest name first
    unit_rx: tuple[regex.Pattern[str], ...]  # a unit word at the end of a text, longest first
    surnames: frozenset[str]
    not_name_start: frozenset[str]


_TABLES: dict[int, tuple[PatternFile, _Tables]] = {}


def _tables(pf: PatternFile) -> _Tables:
    known = _TABLES.get(id(pf))
    if known is not None and known[0] is pf:
        return known[1]
    names = sorted({_clean(str(p)) for p in pf.data.get("places", [])}, key=len, reverse=True)
    unit_words = sorted((str(u) for u in pf.data.get("unit_words", [])), key=len, reverse=True)
    t = _Tables(
        places=[n.split(" ") for n in names],
        unit_rx=tuple(regex.compile(rf"(?<!\w){regex.escape(u)}\s*$") for u in unit_words),
        surnames=frozenset(str(s) for s in pf.data.get("surnames", [])),
        not_name_start=frozenset(str(w) for w in pf.data.get("not_name_start", [])),
    )
    if len(_TABLES) >= 8:  # pattern files loaded again (tests): keep no stale ones
        _TABLES.clear()
    _TABLES[id(pf)] = (pf, t)
    return t


def _places(pf: PatternFile) -> list[list[str]]:
    return _tables(pf).places


def _is_place(syllables: list[str]) -> bool:
    try:
        from ..gazetteer import load as load_gazetteer
    except ImportError:  # pragma: no cover - the gazetteer is optional here
        return False
    try:
        return load_gazetteer().province(" ".join(syllables)) is not None
    except Exception:  # pragma: no cover - a broken gazetteer must not stop extraction
        return False


def _split_run(run: str, before: str, pf: PatternFile) -> tuple[str, str]:
    """(place, name) from "Bình Dương Võ Văn Minh"; the place may be empty. ``before``
    is the text before the run: after a unit word ("huyện Krông Pắc Nguyễn Văn Tín") a
    run that does not start with a surname is split at its first surname."""
    words = run.split()
    place, name = _split_known_place(words, pf)
    if place:
        return place, name
    tables = _tables(pf)
    surnames = tables.surnames
    after_unit = any(rx.search(before) for rx in tables.unit_rx)
    if after_unit and words[0] not in surnames:
        for i in range(1, len(words) - 1):
            if words[i] in surnames:
                return " ".join(words[:i]), " ".join(words[i:])
        if not _MIDDLE_NAMES.intersection(words[1:]):
            # no surname and no middle name: the unit's own name, not a person ("Bí thư Đảng
            # bộ xã Vĩnh Linh mới", vinhlinh.quangtri.gov.vn; "UBND các huyện Hòa An,
            # Nguyên Bình", caobang.gov.vn); "UBND xã Thạch Thị Sa" keeps its person
            return run, ""
    return "", name


def _split_known_place(words: list[str], pf: PatternFile) -> tuple[str, str]:
    place: list[str] = []
    changed = True
    while changed:
        changed = False
        for p in _places(pf):
            if words[: len(p)] == p and len(words) - len(p) >= 2:
                place, words = place + p, words[len(p) :]
                changed = True
                break
        else:
            for k in (3, 2, 1):  # a variant only the gazetteer knows ("Đăk Lăk")
                if len(words) - k >= 2 and _is_place(words[:k]):
                    place, words = place + words[:k], words[k:]
                    changed = True
                    break
    return " ".join(place), " ".join(words)


def _valid_name(name: str, pf: PatternFile) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    if words[0] in _tables(pf).not_name_start:
        return False
    return not any(words == p for p in _places(pf))


def _positions(surface: str) -> list[str]:
    title = _title_rx()
    out = []
    for piece in _SPLIT.split(surface):
        piece = _clean(piece)
        if piece and title.match(_FORMER.sub("", piece)):
            out.append(piece)
    return out


def _matches(text: str, pf: PatternFile) -> list[_Found]:
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for p in pf.patterns:
        for m in p.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue  # an earlier pattern already read this stretch
            groups = m.groupdict()
            positions = _positions(groups.get("positions") or "")
            if groups.get("run"):
                place, name = _split_run(_clean(groups["run"]), groups.get("positions") or "", pf)
                if place and positions:
                    positions[-1] = f"{positions[-1]} {place}"
            else:
                name = _clean(groups.get("name") or "")
            if not positions or not _valid_name(name, pf):
                continue
            taken.append((a, b))
            found.append(_Found(name, a, b, p.id, positions))
    return sorted(found, key=lambda f: f.start)


def _expand(org: str) -> str:
    for rx, full in _ABBREVIATION_RX:
        org = rx.sub(full, org)
    return org


def _fallback_canonical(org: str, province: str | None) -> str:
    org = _expand(org)
    if not province:
        return org
    if org.lower() in {"tỉnh ủy", "thành ủy"}:
        return f"{org} {province}"
    if _PROVINCE_LEVEL.search(org):
        return f"{org} {province}"
    return org


def _canonical() -> Callable[[str, str | None], str]:
    try:
        from . import bodies
    except ImportError:  # pragma: no cover
        return _fallback_canonical
    fn = getattr(bodies, "canonical_name", None)
    return fn if callable(fn) else _fallback_canonical


def _body_of(position: str) -> str | None:
    """The body a position names: what follows the title ("Chủ tịch UBND tỉnh" → "UBND
    tỉnh"), if it starts with a capital (a name) rather than a lowercase word."""
    bare = _FORMER.sub("", position)
    m = _title_rx().match(bare)
    if not m:
        return None
    org = bare[m.end() :].strip()
    if org and org.split()[0] in _LOWER_HEADS:  # "Phó trưởng ban Dân vận Trung ương"
        org = org[0].upper() + org[1:]
    if not org or not org[0].isupper():
        return None
    return org


def bodies_of(positions: list[str], province: str | None) -> list[str]:
    canonical = _canonical()
    out: list[str] = []
    for pos in positions:
        org = _body_of(pos)
        if org is None:
            continue
        try:
            name = canonical(org, province) or _fallback_canonical(org, province)
        except Exception:  # another module's bug must not lose the person
            name = _fallback_canonical(org, province)
        if name not in out:
            out.append(name)
    return out


def extract(ctx: Context) -> dict[str, list[BaseModel]]:
    pf = load("people")
    people: dict[str, _Found] = {}
    for f in _matches(ctx.text, pf):
        key = f.name.lower()
        if key not in people:
            people[key] = f
            continue
        known = people[key].positions
        lowered = {x.lower() for x in known}
        known.extend(p for p in f.positions if p.lower() not in lowered)
    out: list[BaseModel] = [
        Person(
            start=f.start,
            end=f.end,
            pattern=f.pattern,
            name=f.name,
            positions=f.positions,
            bodies=bodies_of(f.positions, ctx.province),
            surface=ctx.text[f.start : f.end],
        )
        for f in people.values()
    ]
    return {"people": out}
