"""Extractor for `bodies`: state and party bodies, by canonical full name.

The rules are data in ``patterns/bodies.yaml`` (each pattern's ``rule`` says how its
match becomes a name; the tables there map every accepted form to its canonical name).
This module:

1. runs every pattern over the text and keeps the leftmost-longest matches that do not
   overlap ("Văn phòng UBND tỉnh" wins over "UBND tỉnh" inside it);
2. turns each match into one or more bodies (a coordinated list "HĐND, UBND, Ủy ban MTTQ
   Việt Nam tỉnh" names three), resolving a province-level body written without the
   province's name to the article's province ("UBND tỉnh" in a Kon Tum article is
   "Ủy ban nhân dân tỉnh Kon Tum"; "Sở Nội vụ" is "Sở Nội vụ tỉnh Kon Tum"), checking
   unit names against the gazetteer (so "Chủ tịch UBND tỉnh Võ Văn Minh" is UBND tỉnh);
3. keeps one entry per canonical name, with the span of its first mention and the
   number of mentions.

``canonical_name(surface, province)`` applies the same rules to a single surface form
(used for documents' issuers: "UBND tỉnh", "Tỉnh ủy", "Sở TT&TT", or a symbol code
such as "UBND" or "BTTTT").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import regex
from pydantic import BaseModel

from ..gazetteer import ProvinceInfo, ascii_key, fold, unit_phrase
from ..gazetteer import load as load_gazetteer
from ..models import Body
from ..normalize import normalize_text
from ..patterns import Pattern, PatternFile, load
from ..types import Context

_LEVELS = {
    "tỉnh": ("tỉnh", "province"),
    "thành phố": ("thành phố", None),  # province (Hà Nội) or district (Buôn Ma Thuột)
    "tp": ("thành phố", None),
    "huyện": ("huyện", "district"),
    "thị xã": ("thị xã", "district"),
    "tx": ("thị xã", "district"),
    "quận": ("quận", "district"),
    "xã": ("xã", "commune"),
    "phường": ("phường", "commune"),
    "thị trấn": ("thị trấn", "commune"),
    "đặc khu": ("đặc khu", "commune"),
}
_COMMITTEE = {
    "tỉnh ủy": ("Tỉnh ủy", "province"),
    "thành ủy": ("Thành ủy", None),
    "huyện ủy": ("Huyện ủy", "district"),
    "thị ủy": ("Thị ủy", "district"),
    "quận ủy": ("Quận ủy", "district"),
}
_COMMITTEE_LEVEL_WORD = {"Huyện ủy": "huyện", "Thị ủy": "thị xã", "Quận ủy": "quận"}
# a level right after another level is a list of levels, not one body:
# "UBND huyện, thành phố thuộc tỉnh", "UBND huyện, thị xã"
_LEVEL_LIST_AFTER = regex.compile(
    r"^\s*(?P<sep>,|và|hoặc|/)\s*"
    r"(?P<lvl>(?i:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn))(?![\p{L}])"
)
# but the province before a lower level is one body still: "Thực hiện Kế hoạch của UBND tỉnh và
# huyện", "các văn bản chỉ đạo UBND tỉnh, huyện" (doluong.gov.vn) name the province's committee
_PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố"})


def _level_list(after: str, level: str | None) -> bool:
    """Levels listed after the level word ("UBND tỉnh, thành phố", "UBND huyện/xã"): no one
    body; a province followed by a lower level by ", " or "và" is the province's body."""
    m = _LEVEL_LIST_AFTER.match(after)
    if m is None:
        return False
    lower = m.group("lvl").lower() not in _PROVINCE_LEVELS
    return not (level == "province" and lower and m.group("sep") in {",", "và"})


_SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Trương",
        "Lâm",
        "Mai",
        "Đào",
        "Trịnh",
        "Cao",
        "Lương",
        "Hà",
        "Tạ",
        "Chu",
        "Lưu",
        "Triệu",
        "Thái",
        "Kiều",
        "Đoàn",
        "Châu",
        "Tô",
    ]
)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    name: str
    kind: str | None
    level: str | None
    pattern: str
    province_scope: str | None = None  # the province a province-level body was named with


@dataclass(frozen=True)
class _Tables:
    organs: dict[str, tuple[str, str]]  # fold(form) -> (canonical, kind)
    departments: dict[str, str]  # fold(form) -> canonical
    ministries: dict[str, str]
    central: dict[str, tuple[str, str]]
    codes: dict[str, str]
    org_rx: regex.Pattern[str]
    dept_rx: regex.Pattern[str]
    ministry_rx: regex.Pattern[str]


def _key(s: str) -> str:
    return fold(s).replace("&", " và ").replace(",", " ").replace(" ", "")


@cache
def _tables() -> _Tables:
    pf = load("bodies")
    d = pf.data
    organs = {
        _key(f): (canon, str(spec["kind"]))
        for canon, spec in d["organs"].items()
        for f in spec["forms"]
    }
    depts = {_key(f): canon for canon, forms in d["departments"].items() for f in forms}
    mins = {_key(f): canon for canon, forms in d["ministries"].items() for f in forms}
    central = {
        _key(f): (canon, str(spec["kind"]))
        for canon, spec in d["central"].items()
        for f in spec["forms"]
    }
    codes = {str(k): str(v) for k, v in d["issuer_codes"].items()}
    return _Tables(
        organs,
        depts,
        mins,
        central,
        codes,
        pf.compile_def("org", 0),
        pf.compile_def("dept", 0),
        pf.compile_def("ministry", 0),
    )


# ---------------------------------------------------------------- unit names


_NAME_SEP = regex.compile(r"( ?[-–] ?| )")
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def _prefixes(name: str) -> Iterator[str]:
    """The name and its shorter leading parts, longest first ("Kon Tum Nguyễn" ...)."""
    parts = _NAME_SEP.split(name)
    # parts alternates token, separator, token ...
    for n in range(len(parts), 0, -2):
        yield "".join(parts[:n]).strip()


def _looks_like_person(name: str) -> bool:
    toks = name.split()
    return len(toks) >= 3 and toks[0] in _SURNAMES


def _province_in(name: str | None) -> tuple[ProvinceInfo, str] | None:
    if not name:
        return None
    gz = load_gazetteer()
    for pre in _prefixes(name):
        p = gz.province(pre)
        if p is not None:
            return p, pre
    return None


def _district_in(level_word: str, name: str | None) -> tuple[str, str] | None:
    """(canonical 'thị xã Buôn Hồ', the part of `name` used) for a known district."""
    if not name:
        return None
    gz = load_gazetteer()
    for pre in _prefixes(name):
        key = ascii_key(level_word + pre)
        if key in gz.districts:
            return gz.district_names.get(key, f"{level_word} {pre}"), pre
    return None


def _province_phrase(p: ProvinceInfo) -> str:
    return unit_phrase(p.name, p.type)


@dataclass(frozen=True, slots=True)
class _Scope:
    phrase: str  # "tỉnh Kon Tum", "thị xã Buôn Hồ", "tỉnh" (province unknown)
    level: str  # province | district | commune
    end: int  # where the scope's surface ends in the text
    province: str | None = None  # a province named explicitly


def _scope(
    m: regex.Match[str], ctx_prov: ProvinceInfo | None, last: dict[str, str]
) -> _Scope | None:
    """The unit a local body belongs to: level word + (checked) name, or the context's."""
    found_level = _LEVELS.get(fold(m.group("level")))
    if found_level is None:
        return None
    lw, level = found_level
    name = m.group("name")
    level_end = m.end("level")
    if name:
        ns = m.start("name")
        if lw in ("tỉnh", "thành phố"):
            found = _province_in(name)
            if found and (lw == "tỉnh" or found[0].is_city):
                p, used = found
                return _Scope(_province_phrase(p), "province", ns + len(used), p.name)
        if lw != "tỉnh":
            found_d = _district_in(lw, name) if level != "commune" else None
            if found_d:
                phrase, used = found_d
                last[lw] = phrase
                return _Scope(phrase, "district", ns + len(used))
            if not _looks_like_person(name):
                phrase = f"{lw} {name}"
                last[lw] = phrase
                return _Scope(phrase, level or "district", m.end("name"))
    # no (acceptable) name: the article's unit of that level
    after = m.string[level_end : level_end + 30]
    if _level_list(after, level):
        return None
    if level == "province":
        if ctx_prov is not None:
            return _Scope(_province_phrase(ctx_prov), "province", level_end)
        return _Scope("tỉnh", "province", level_end)
    if lw == "thành phố" and ctx_prov is not None and ctx_prov.is_city:
        return _Scope(_province_phrase(ctx_prov), "province", level_end)
    if lw in last:
        return _Scope(last[lw], level or "district", level_end)
    return None


# ---------------------------------------------------------------- rules


def _fixed(p: Pattern, m: regex.Match[str], **_: Any) -> list[_Hit]:
    return [
        _Hit(
            m.start(),
            m.end(),
            str(p.meta["name"]),
            p.meta.get("kind"),
            p.meta.get("level"),
            p.id,
        )
    ]


_BRACKET = regex.compile(r"\s*\([^()]{1,12}\)\s*")


def _central(p: Pattern, m: regex.Match[str], **_: Any) -> list[_Hit]:
    # "Ủy ban Quốc gia (UBQG) về CPĐT": the bracketed acronym is not part of the name
    hit = _tables().central.get(_key(_BRACKET.sub(" ", m.group())))
    if hit is None:
        return []
    return [_Hit(m.start(), m.end(), hit[0], hit[1], "central", p.id)]


def _ministry(p: Pattern, m: regex.Match[str], **_: Any) -> list[_Hit]:
    t = _tables()
    if "list" in m.groupdict() and m.group("list"):
        out = []
        for sub in t.ministry_rx.finditer(m.string, m.start("list"), m.end("list")):
            canon = t.ministries.get(_key(sub.group()))
            if canon and not _inside_word(m.string, sub.start(), sub.end()):
                out.append(_Hit(sub.start(), sub.end(), f"Bộ {canon}", "ministry", "central", p.id))
        return out
    canon = t.ministries.get(_key(m.group("dept")))
    if canon is None:
        return []
    return [_Hit(m.start(), m.end(), f"Bộ {canon}", "ministry", "central", p.id)]


def _inside_word(text: str, s: int, e: int) -> bool:
    return bool(
        (s > 0 and _LETTER.match(text[s - 1])) or (e < len(text) and _LETTER.match(text[e]))
    )


def _department(
    p: Pattern, m: regex.Match[str], ctx_prov: ProvinceInfo | None, **_: Any
) -> list[_Hit]:
    t = _tables()
    gd = m.groupdict()
    if gd.get("list"):
        phrase = f" {_province_phrase(ctx_prov)}" if ctx_prov else ""
        out = []
        for sub in t.dept_rx.finditer(m.string, m.start("list"), m.end("list")):
            canon = t.departments.get(_key(sub.group()))
            if canon and not _inside_word(m.string, sub.start(), sub.end()):
                out.append(
                    _Hit(
                        sub.start(),
                        sub.end(),
                        f"Sở {canon}{phrase}",
                        "department",
                        "province",
                        p.id,
                    )
                )
        return out
    canon = t.departments.get(_key(m.group("dept")))
    if canon is None:
        return []
    end = m.end("dept")
    prov = ctx_prov
    named = None
    if gd.get("level"):
        end = m.end("level")
        found = _province_in(gd.get("name"))
        if found:
            prov, used = found
            named = prov.name
            end = m.start("name") + len(used)
    phrase = f" {_province_phrase(prov)}" if prov else ""
    return [_Hit(m.start(), end, f"Sở {canon}{phrase}", "department", "province", p.id, named)]


def _local(
    p: Pattern,
    m: regex.Match[str],
    ctx_prov: ProvinceInfo | None,
    last: dict[str, str],
    **_: Any,
) -> list[_Hit]:
    scope = _scope(m, ctx_prov, last)
    if scope is None:
        return []
    t = _tables()
    orgs = list(t.org_rx.finditer(m.string, m.start("orgs"), m.end("orgs")))
    out = []
    for i, sub in enumerate(orgs):
        found = t.organs.get(_key(sub.group()))
        if found is None:
            continue
        canon, kind = found
        last_org = i == len(orgs) - 1
        end = scope.end if last_org else sub.end()
        name = f"{canon} {scope.phrase}"
        out.append(_Hit(sub.start(), end, name, kind, scope.level, p.id, scope.province))
    return out


def _provincial_bare(
    p: Pattern, m: regex.Match[str], ctx_prov: ProvinceInfo | None, **_: Any
) -> list[_Hit]:
    """A province-level organ written without its level: the article's province's."""
    found = _tables().organs.get(_key(m.group("orgs")))
    if found is None:
        return []
    canon, kind = found
    phrase = _province_phrase(ctx_prov) if ctx_prov else "tỉnh"
    return [_Hit(m.start(), m.end(), f"{canon} {phrase}", kind, "province", p.id)]


def _organ_name(organ: str) -> str:
    """A committee organ as a name: "BAN THƯỜNG VỤ" (a heading in capitals) is
    "Ban Thường vụ"."""
    if not organ.isupper():
        return organ
    alts = regex.findall(r"[^|()?:]+", load("bodies").defs["committee_organ"])
    return next((a for a in alts if not a.isupper() and fold(a) == fold(organ)), organ)


def _committee(
    p: Pattern,
    m: regex.Match[str],
    ctx_prov: ProvinceInfo | None,
    last: dict[str, str],
    **_: Any,
) -> list[_Hit]:
    found_c = _COMMITTEE.get(fold(m.group("committee")))
    if found_c is None:
        return []
    committee, level = found_c
    organ = m.group("organ")
    name = m.group("name")
    end = m.end("committee")
    unit: str | None = None
    named = None
    if level in ("province", None):
        found = _province_in(name)
        if found and (level == "province" or found[0].is_city):
            prov, used = found
            unit, named, level = prov.name, prov.name, "province"
            end = m.start("name") + len(used)
    if unit is None and level in ("district", None):
        lw = _COMMITTEE_LEVEL_WORD.get(committee, "thành phố")
        found_d = _district_in(lw, name)
        if found_d:
            phrase, used = found_d
            unit, level = used, "district"
            end = m.start("name") + len(used)
            last[lw] = phrase
        elif name and not _looks_like_person(name) and committee != "Tỉnh ủy":
            unit, level = name, "district"
            end = m.end("name")
        elif lw in last and committee != "Thành ủy":
            unit, level = last[lw].split(" ", 1)[1] if " " in last[lw] else last[lw], "district"
    if unit is None:
        if committee == "Tỉnh ủy":
            unit, level = (ctx_prov.name if ctx_prov else None), "province"
        elif committee == "Thành ủy" and ctx_prov is not None and ctx_prov.is_city:
            unit, level = ctx_prov.name, "province"
        else:
            return []
    full = f"{committee} {unit}" if unit else committee
    if organ:
        full = f"{_organ_name(organ)} {full}"
    kind = "party_committee" if not organ else "party_organ"
    return [_Hit(m.start(), end, full, kind, level, p.id, named)]


def _commune_party(p: Pattern, m: regex.Match[str], **_: Any) -> list[_Hit]:
    name = m.group("name")
    if _looks_like_person(name):
        return []
    return [
        _Hit(
            m.start(),
            m.end(),
            f"Đảng ủy {m.group('level')} {name}",
            "party_committee",
            "commune",
            p.id,
        )
    ]


def _province_party(
    p: Pattern, m: regex.Match[str], ctx_prov: ProvinceInfo | None, **_: Any
) -> list[_Hit]:
    """The executive committee of a province's party organisation, "Ban Chấp hành Đảng bộ tỉnh
    Hà Tĩnh": the province's party committee (Tỉnh ủy, or Thành ủy of a municipality)."""
    found = _province_in(m.group("name"))
    if found is not None:
        prov: ProvinceInfo | None = found[0]
        end = m.start("name") + len(found[1])
    else:
        prov, end = ctx_prov, m.end("level")
    if prov is None:
        return []
    committee = "Thành ủy" if prov.is_city else "Tỉnh ủy"
    return [_Hit(m.start(), end, f"{committee} {prov.name}", "party_committee", "province", p.id)]


def _named(p: Pattern, m: regex.Match[str], **_: Any) -> list[_Hit]:
    """A body named by its own proper name, as written ("Ban Quản lý Khu kinh tế Nghi Sơn")."""
    name = " ".join(m.group().split())
    return [_Hit(m.start(), m.end(), name, p.meta.get("kind"), p.meta.get("level"), p.id)]


_Rule = Callable[..., list[_Hit]]
_RULES: dict[str, _Rule] = {
    "fixed": _fixed,
    "central": _central,
    "ministry": _ministry,
    "department": _department,
    "local": _local,
    "committee": _committee,
    "provincial_bare": _provincial_bare,
    "commune_party": _commune_party,
    "named": _named,
    "province_party": _province_party,
}


# ---------------------------------------------------------------- scanning


def _matches(pf: PatternFile, text: str) -> list[tuple[int, int, Pattern, regex.Match[str]]]:
    found = []
    for p in pf.patterns:
        for m in p.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), p, m))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, Pattern, regex.Match[str]]] = []
    end = -1
    for item in found:
        if item[0] >= end:
            kept.append(item)
            end = item[1]
    return kept


def _context_province(province: str | None) -> ProvinceInfo | None:
    """The article's province as the context names it: a later name of a unit ("Huế", a
    thành phố from 2025-01-01; the 34 units of 2025) keeps that name and its type."""
    if not province:
        return None
    gz = load_gazetteer()
    p = gz.province(province)
    if p is None:
        return None
    k = ascii_key(province)
    if k == ascii_key(p.name):
        return p
    if p.renamed and k == ascii_key(p.renamed["name"]):
        return replace(p, name=p.renamed["name"], type=p.renamed["type"])
    for u in gz.provinces_2025.values():
        if k == ascii_key(str(u["name"])):
            return replace(p, name=str(u["name"]), type=str(u["type"]))
    return p


def _last_districts(text: str) -> dict[str, str]:
    """The last district named at each level word in `text` ("huyện Krông Pắc")."""
    last: dict[str, str] = {}
    for d in load_gazetteer().find_districts(text):
        if d.district and " " in d.district:
            last[_level_word(d.district)] = d.district
    return last


def _scan(
    text: str, province: str | None, before: str = "", district: str | None = None
) -> list[_Hit]:
    pf = load("bodies")
    ctx_prov = _context_province(province)
    # the last unit named at each level: "Tại huyện Krông Pắc, UBND huyện đã ..." makes
    # the bare "UBND huyện" Krông Pắc's (district names are checked in the gazetteer);
    # `before` is text that precedes `text` (the article up to a cited body); before any,
    # the district whose portal the page is on (`district`, from the URL's host)
    last: dict[str, str] = {_level_word(district): district} if district else {}
    if before:
        last.update(_last_districts(before))
    places = [
        (d.start, d.district)
        for d in load_gazetteer().find_districts(text)
        if d.district and " " in d.district
    ]
    i = 0
    hits: list[_Hit] = []
    for start, _e, p, m in _matches(pf, text):
        while i < len(places) and places[i][0] < start:
            phrase = places[i][1]
            last[_level_word(phrase)] = phrase
            i += 1
        rule = _RULES.get(str(p.meta.get("rule")))
        if rule is None:
            continue
        hits.extend(rule(p, m, ctx_prov=ctx_prov, last=last))
    return hits


def _level_word(phrase: str) -> str:
    for lw in ("thành phố", "thị xã", "huyện", "quận"):
        if phrase.startswith(lw + " "):
            return lw
    return phrase.split(" ", 1)[0]


def _default_province(text: str) -> str | None:
    """When the article's province is unknown: the one its bodies name most often."""
    counts: dict[str, int] = {}
    for h in _scan(text, None):
        if h.province_scope:
            counts[h.province_scope] = counts.get(h.province_scope, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: counts[k])


def find_bodies(text: str, province: str | None, district: str | None = None) -> list[Body]:
    """One Body per canonical name, at its first mention, with the number of mentions;
    `district` ("huyện Quảng Trạch") is what a bare "UBND huyện" means until the text
    names a district of that level."""
    if province is None:
        province = _default_province(text)
    hits = _scan(text, province, district=district)
    by_name: dict[str, list[_Hit]] = {}
    for h in hits:
        by_name.setdefault(_key(h.name), []).append(h)
    out = []
    for group in by_name.values():
        first = min(group, key=lambda h: h.start)
        out.append(
            Body(
                start=first.start,
                end=first.end,
                pattern=first.pattern,
                name=first.name,
                kind=first.kind,
                level=cast(
                    Literal["central", "province", "district", "commune"] | None,
                    first.level if first.level in _BODY_LEVELS else None,
                ),
                surface=text[first.start : first.end],
                mentions=len(group),
            )
        )
    out.sort(key=lambda b: b.start)
    return out


_BODY_LEVELS = {"central", "province", "district", "commune"}


def canonical_name(
    surface: str, province: str | None, before: str = "", district: str | None = None
) -> str | None:
    """The canonical full name of a body written as `surface` ("UBND tỉnh", "Tỉnh ủy",
    "Sở TT&TT", or a symbol's issuer code such as "UBND", "BTTTT"), resolved to
    `province` where the surface names none; None when it names no known body. `before`,
    the text that precedes the surface, resolves a bare lower level ("của UBND huyện")
    to the last unit of that level it names, else to `district` (the portal's, see
    ``site_district``)."""
    s = normalize_text(surface).strip()
    if not s:
        return None
    hits = _scan(s, province, before, district)
    if hits:
        best = max(hits, key=lambda h: (h.end - h.start, -h.start))
        return best.name
    code = _tables().codes.get(s) or _tables().codes.get(s.upper())
    if code is None:
        return None
    p = _context_province(province)
    tinh = _province_phrase(p) if p else "tỉnh"
    ten = p.name if p else ""
    return " ".join(code.replace("{tinh}", tinh).replace("{ten}", ten).split())


def extract(ctx: Context) -> dict[str, list[BaseModel]]:
    return {"bodies": list(find_bodies(ctx.text, ctx.province, site_district(ctx)))}


def site_district(ctx: Context) -> str | None:
    """The district of a district or commune portal, from its host name
    ("quangtrach.quangbinh.gov.vn": "UBND huyện" on it is "Ủy ban nhân dân huyện Quảng
    Trạch"), in the article's province."""
    if not ctx.url:
        return None
    host = urlsplit(ctx.url if "//" in ctx.url else "//" + ctx.url).hostname or ""
    return load_gazetteer().host_district(host, ctx.province)
