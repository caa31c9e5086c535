"""Documents cited by the text: applies ``patterns/documents.yaml``.

Numbered documents come from the symbol patterns (``doc.state.*``, ``doc.party``); each
number is then read in its context with the ``doc.ctx.*`` rules: the type word before
it, its signing date and issuer after it ("ngày 10/12/2021 của UBND tỉnh"), its subject
("về việc ..."), or a report of its issuing before it ("Ngày 10 tháng 9 năm 2021, UBND
tỉnh ... ban hành Quyết định số ..."). The text's own issuer words win over the
symbol's issuer code. ``doc.unnumbered.issued`` adds documents the text reports issued
without a number, ``doc.unnumbered.resolved`` the resolutions a people's council passes
without one ("HĐND tỉnh ... quyết nghị"), ``doc.title.cited`` a number only the headline
gives, on the body's citation of that document. One document per distinct number: the first
mention is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex
from pydantic import BaseModel

from ..gazetteer import ascii_key
from ..models import DateMention, Document, Issuer
from ..patterns import Pattern, PatternFile, load
from ..types import Context
from . import dates as dates_mod

_SYMBOL_IDS = (
    "doc.state.typed",
    "doc.state.fused",
    "doc.state.assembly",
    "doc.party",
    "doc.state.letter",
    "doc.state.letter_bare",
)
_LETTER_IDS = frozenset({"doc.state.letter", "doc.state.letter_bare"})
_DASHES = regex.compile(r"\s*[-–—.]\s*")
_BOUNDARY = regex.compile(r"[.;!?](?=\s)|\n\s*\n")
_PARTY_BODY = regex.compile(
    r"(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) [uủ][ỷy]|Trung ương|Bộ Chính trị|Ban Bí thư"
)
_LOOKBACK = 250  # characters searched before a number for its issuing clause

CanonicalName = Callable[[str, str | None, str, str | None], str | None]


def _bodies_canonical() -> CanonicalName | None:
    """The bodies extractor's name resolver, when it provides one."""
    try:
        from . import bodies
    except ImportError:  # pragma: no cover - the module is part of the package
        return None
    fn = getattr(bodies, "canonical_name", None)
    return fn if callable(fn) else None


def _site_district(ctx: Context) -> str | None:
    """The district of the portal the page is on (``bodies.site_district``), if any."""
    try:
        from . import bodies
    except ImportError:  # pragma: no cover - the module is part of the package
        return None
    fn = getattr(bodies, "site_district", None)
    return fn(ctx) if callable(fn) else None


@dataclass(frozen=True)
class _Tables:
    state_types: dict[str, str]
    party_types: dict[str, str]
    type_words: dict[str, str | None]
    issuer_codes: dict[str, str]
    municipalities: frozenset[str]
    expansions: tuple[tuple[regex.Pattern[str], str], ...]
    position_bodies: dict[str, str]
    party_issuers: tuple[str, ...]
    subject_max: int

    def code_key(self, table: dict[str, str], code: str) -> str | None:
        """The table's spelling of a code, compared case-insensitively (Đ ≠ D)."""
        if code in table:
            return code
        up = code.upper()
        for k in table:
            if k.upper() == up:
                return k
        return None


@cache
def _tables() -> _Tables:
    data = load("documents").data
    exps = tuple(
        (regex.compile(r"(?<![\w&])" + regex.escape(str(k)) + r"(?![\w&])"), str(v))
        for k, v in sorted(
            (data.get("name_expansions") or {}).items(), key=lambda kv: -len(str(kv[0]))
        )
    )
    return _Tables(
        state_types={str(k): str(v) for k, v in (data.get("state_types") or {}).items()},
        party_types={str(k): str(v) for k, v in (data.get("party_types") or {}).items()},
        type_words={
            str(k).lower(): (str(v) if v is not None else None)
            for k, v in (data.get("type_words") or {}).items()
        },
        issuer_codes={str(k): str(v) for k, v in (data.get("issuer_codes") or {}).items()},
        municipalities=frozenset(str(x) for x in data.get("municipalities") or []),
        expansions=exps,
        position_bodies={str(k): str(v) for k, v in (data.get("position_bodies") or {}).items()},
        party_issuers=tuple(str(x) for x in data.get("party_issuer_codes") or []),
        subject_max=int(data.get("subject_max_chars", 300)),
    )


# ------------------------------------------------------------------ names


def _fill(template: str, province: str | None, t: _Tables) -> str:
    level = "thành phố" if province in t.municipalities else "tỉnh"
    if province and province.lower().startswith(level + " "):
        # "Thành phố Hồ Chí Minh" names its level: "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        # not "... thành phố Thành phố Hồ Chí Minh" (which resolved to "thành phố Thành")
        template = template.replace("{level} {province}", "{province}")
    name = template.replace("{level}", level)
    if province:
        name = name.replace("{province}", province)
    else:
        name = name.replace(" {province}", "").replace("{province}", "")
    return " ".join(name.split())


def _code_issuer(parts: list[str], joint: bool, province: str | None) -> Issuer | None:
    """An issuer from the symbol's issuer codes (first known one; all for joint docs)."""
    t = _tables()
    names: list[str] = []
    codes: list[str] = []
    for part in parts:
        key = t.code_key(t.issuer_codes, part) or t.code_key(
            t.issuer_codes, regex.sub(r"\d+$", "", part)
        )
        if key is None:
            continue
        name = _fill(t.issuer_codes[key], province, t)
        names.append(_resolved(name, province) or name)
        codes.append(part)
        if not joint:
            break
    if not names:
        return None
    return Issuer(name=", ".join(names), surface="-".join(codes))


def _joint_issuer(issuer: Issuer, parts: list[str], province: str | None) -> Issuer:
    """A joint document's issuers: the text names the first ("Thông tư liên tịch số
    01/2009/TTLT-BTP-BNV ngày 28 tháng 4 năm 2009 của Bộ Tư pháp và Bộ Nội vụ", where the
    body pattern stops at "và"), the symbol names them all (thuvienphapluat.vn, QĐ
    97/2009/QĐ-UBND Nghệ An); a text naming a body the symbol lacks keeps its own."""
    coded = _code_issuer(parts, True, province)
    if coded is None:
        return issuer
    names = coded.name.split(", ")
    if len(names) < 2 or issuer.name not in names:
        return issuer
    return Issuer(name=coded.name, surface=issuer.surface)


def _expand_surface(surface: str, province: str | None) -> str:
    """Local expansion of a body as written: UBND → Ủy ban nhân dân; a level or a party
    committee without a place takes the article's province."""
    t = _tables()
    s = " ".join(surface.split()).replace("Uỷ", "Ủy").replace("uỷ", "ủy")
    s = t.position_bodies.get(s, s)
    s = regex.sub(r"\b(Tỉnh|Thành|Huyện|Thị|Quận|Đảng) [ỦU][ỷy]\b", r"\1 ủy", s)
    for rx, full in t.expansions:
        s = rx.sub(full, s)
    if province and _lacks_place(s, province in t.municipalities):
        s = f"{s} {province}"
    return s


def _lacks_place(name: str, municipality: bool) -> bool:
    """A people's committee or council of the province level, or a provincial party
    committee, written without the province's name ("UBND tỉnh", "Tỉnh ủy")."""
    if name.startswith(("Ủy ban nhân dân", "Hội đồng nhân dân")):
        return name.endswith(" tỉnh") or (municipality and name.endswith(" thành phố"))
    return name.endswith("Tỉnh ủy") or (municipality and name.endswith("Thành ủy"))


def _resolved(
    name: str, province: str | None, before: str = "", district: str | None = None
) -> str | None:
    """The bodies extractor's spelling of a name, so that one body is spelled the same
    whether a document names it in words or by its symbol's code; `before` (the text up
    to the name) resolves a bare "UBND huyện" to the district the article names, else
    to `district`, the portal's (``bodies.site_district``)."""
    resolver = _bodies_canonical()
    if resolver is None:
        return None
    try:
        return resolver(name, province, before, district)
    except Exception:  # another module's bug must not lose the document
        return None


# a person's name read as a place: "Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Chỉ
# thị 11/CT-UBND" (m.baomoi.com, HNM 2009); common family names only, so that a place
# the gazetteer lacks still keeps its name
_PERSON_TAIL = regex.compile(
    r"\s+(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh"
    r"|Trương|Lương|Mai|Cao|Đoàn|Lâm|Tạ|Hà|Trịnh|Đào|Lưu)(?:\s+\p{Lu}\p{Ll}*){1,3}\Z"
)


def _text_issuer(
    surface: str, province: str | None, before: str = "", district: str | None = None
) -> Issuer:
    name = _resolved(surface, province, before, district)
    tail = _PERSON_TAIL.search(surface)
    if tail is not None and tail.start() > 0:
        if name is None:
            surface = surface[: tail.start()]
            name = _resolved(surface, province, before, district)
        elif tail.group().strip() not in name:
            # the body resolved without the signer's name: the name is no part of the body
            # either ("Chủ tịch UBND tỉnh Hoàng Xuân Ánh đã ký Quyết định số 46/QĐ-UBND",
            # caobang.gov.vn 2019; "huyện Hà Quảng" stays, its resolved name keeps it)
            surface = surface[: tail.start()]
    return Issuer(name=name or _expand_surface(surface, province), surface=surface)


# ------------------------------------------------------------------ symbols


@dataclass(frozen=True, slots=True)
class _Symbol:
    start: int
    end: int
    pattern: Pattern
    number: str
    type: str | None
    system: str
    issuer_parts: tuple[str, ...]


def _canon_part(part: str) -> str:
    t = _tables()
    key = t.code_key(t.issuer_codes, part)
    return key if key is not None else part.upper()


def _symbol(p: Pattern, m: regex.Match[str]) -> _Symbol | None:
    t = _tables()
    g = m.groupdict()
    num = g["num"]
    parts = [x for x in _DASHES.split(g["issuer"]) if x]
    system = str(p.meta.get("system", "state"))
    if parts and t.code_key(dict.fromkeys(t.party_issuers, ""), parts[0]) is not None:
        system = "party"
    code: str | None = None
    if g.get("code"):
        table = t.party_types if system == "party" else t.state_types
        code = t.code_key(table, g["code"])
        if code is None:
            return None
    cparts = [_canon_part(x) for x in parts]
    if p.id == "doc.party" and cparts[:1] in (["UBND"], ["HĐND"]):
        # a people's committee's or council's number typed in the party's layout
        # ("Quyết định số 4054-QĐ/UBND ngày 28/12/2018 của Chủ tịch UBND tỉnh",
        # baothainguyen.vn): no party body issues as UBND or HĐND
        code = t.code_key(t.state_types, g["code"])
        if code is None:
            return None
        number = f"{num}/{code}-{cparts[0]}"
        return _Symbol(m.start(), m.end(), p, number, code, "state", tuple(parts))
    if p.id == "doc.party":
        number = f"{num}-{code}/{cparts[0]}"
    elif p.id == "doc.state.assembly":
        number = f"{num}/{g['year']}/{cparts[0].upper()}"
    elif code is not None:
        year = f"{g['year']}/" if g.get("year") else ""
        number = f"{num}/{year}{code}-{'-'.join(cparts)}"
    else:
        number = f"{num}/{'-'.join(cparts)}"
    return _Symbol(m.start(), m.end(), p, number, code, system, tuple(parts))


def _symbols(pf: PatternFile, text: str) -> list[_Symbol]:
    found: list[_Symbol] = []
    for pid in _SYMBOL_IDS:
        p = pf.get(pid)
        for m in p.finditer(text):
            s = _symbol(p, m)
            if s is not None:
                found.append(s)
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[_Symbol] = []
    last_end = -1
    for s in found:
        if s.start >= last_end:
            out.append(s)
            last_end = s.end
    return out


# ------------------------------------------------------------------ context


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - _LOOKBACK)
    last = lo
    for m in _BOUNDARY.finditer(text, lo, pos):
        last = m.end()
    return last


def _date_before(
    text: str, clause_start: int, days: list[DateMention], claimed: set[int]
) -> DateMention | None:
    """The day date just before the issuing clause, with only ``doc.ctx.date_gap``
    (spaces, a comma, "vừa qua") between them."""
    gap = load("documents").get("doc.ctx.date_gap").regex
    for d in reversed(days):
        if d.end > clause_start:
            continue
        if d.start in claimed or clause_start - d.end > 40:
            return None
        return d if gap.fullmatch(text[d.end : clause_start]) else None
    return None


def _type_from_word(word: str) -> tuple[str | None, str]:
    t = _tables()
    w = " ".join(word.lower().split())
    code = t.type_words.get(w)
    name = (t.state_types.get(code) if code else None) or w[:1].upper() + w[1:]
    return code, name


def _subject(pf: PatternFile, text: str, pos: int) -> str | None:
    m = pf.get("doc.ctx.subject").regex.match(text, pos)
    if not m:
        return None
    subj = m.group("subject")
    if "”" in subj and "“" not in subj:  # the closing quote of “về việc ...”
        subj = subj[: subj.index("”")]
    subj = subj.strip(' ,;(”"')
    max_len = _tables().subject_max
    if len(subj) > max_len:
        cut = subj.rfind(" ", 0, max_len)
        subj = subj[: cut if cut > 0 else max_len]
    return subj or None


def _doc_type(
    s: _Symbol, text: str, lo: int, type_before: regex.Pattern[str]
) -> tuple[str | None, str | None]:
    """A number's type code and name: the symbol's code, else the type word written just
    before it ("Kế hoạch số 12/UBND-VP"), else a letter (CV) for a code-less symbol."""
    doc_type, type_name = s.type, None
    tb = type_before.search(text, max(lo, s.start - 60), s.start)
    if tb and doc_type is None:
        doc_type, type_name = _type_from_word(tb.group("tword"))
    if doc_type is None and s.pattern.id in _LETTER_IDS:
        doc_type = "CV"
    if doc_type is not None and type_name is None:
        t = _tables()
        table = t.party_types if s.system == "party" else t.state_types
        type_name = table.get(doc_type) or t.state_types.get(doc_type)
    return doc_type, type_name


def _numbered(
    ctx: Context,
    pf: PatternFile,
    days: list[DateMention],
    by_start: dict[int, DateMention],
    claimed: set[int],
    cites: list[tuple[int, int]] | None = None,
) -> list[Document]:
    """The numbered documents, one per number; ``cites`` gets the span of every citation,
    a number cited again included."""
    text = ctx.text
    district = _site_district(ctx)
    date_lead = pf.get("doc.ctx.date_lead").regex
    issuer_of = pf.get("doc.ctx.issuer_of").regex
    issued_before = pf.get("doc.ctx.issued_before").regex
    type_before = pf.get("doc.ctx.type_before").regex
    issued_passive = pf.get("doc.ctx.issued_passive").regex
    issuer_at = pf.get("doc.ctx.issuer_at").regex
    on_behalf = pf.get("doc.ctx.on_behalf").regex
    seen: dict[str, int] = {}
    out: list[Document] = []
    for s in _symbols(pf, text):
        key = s.number.upper()
        if cites is not None:
            cites.append((s.start, s.end))
        if key in seen:
            # a later citation dates a document first cited without its date ("Kế hoạch triển
            # khai Nghị quyết số 71/NQ-CP ... Trong Kế hoạch thực hiện Nghị quyết 71/NQ-CP ngày
            # 1/4/2025", baomoi.net.vn 2025)
            first = out[seen[key]]
            lead = date_lead.match(text, s.end) if first.date is None else None
            if lead and lead.end() in by_start and lead.end() not in claimed:
                later = by_start[lead.end()]
                claimed.add(later.start)
                out[seen[key]] = first.model_copy(update={"date": later.value})
            continue
        seen[key] = len(out)
        # after the number: date and issuer in either order, then the subject
        pos = s.end
        date: DateMention | None = None
        issuer: Issuer | None = None
        place: str | None = None
        for _ in range(3):
            if date is None:
                lead = date_lead.match(text, pos)
                if lead and lead.end() in by_start and lead.end() not in claimed:
                    place = lead.group("place")
                    date = by_start[lead.end()]
                    claimed.add(date.start)
                    pos = date.end
                    continue
            if issuer is None:
                of = issuer_of.match(text, pos)
                if of:
                    issuer = _text_issuer(
                        of.group("issuer"), ctx.province, text[: of.start("issuer")], district
                    )
                    pos = of.end()
                    continue
            break
        subject = _subject(pf, text, pos)
        # before the number: type word, issuing clause, and the date before that clause
        lo = _sentence_start(text, s.start)
        doc_type, type_name = _doc_type(s, text, lo, type_before)
        before = issued_before.search(text, lo, s.start)
        passive = None if before else issued_passive.search(text, lo, s.start)
        clause = before or passive
        if clause is None and issuer is None and " tại " in text[lo : s.start]:
            clause = issuer_at.search(text, lo, s.start)
        if before is not None:
            # "thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng ... đã ký ban hành văn bản
            # số": the signer's office signs for the body named after "thừa lệnh"
            behalf = max(
                on_behalf.finditer(text, lo, before.start()), key=lambda m: m.start(), default=None
            )
            if behalf is not None:
                clause = behalf
                before = behalf
        if issuer is None and clause is not None:
            issuer = _text_issuer(
                clause.group("issuer"), ctx.province, text[: clause.start("issuer")], district
            )
        if date is None and before:
            date = _date_before(text, before.start(), days, claimed)
        elif date is None and passive:
            cand = by_start.get(passive.start("date"))
            date = cand if cand is not None and cand.start not in claimed else None
        if date is not None:
            claimed.add(date.start)
        if issuer is None and place and s.issuer_parts[:1] in (("UBND",), ("HĐND",)):
            issuer = _header_issuer(text, s.issuer_parts[0], place, ctx.province)
        joint = doc_type in ("TTLT", "NQLT")
        if issuer is None:
            issuer = _code_issuer(list(s.issuer_parts), joint, ctx.province)
        elif joint:
            issuer = _joint_issuer(issuer, list(s.issuer_parts), ctx.province)
        out.append(
            Document(
                start=s.start,
                end=s.end,
                pattern=s.pattern.id,
                number=s.number,
                type=doc_type,
                type_name=type_name,
                system=s.system,  # type: ignore[arg-type]
                issuer=issuer,
                date=date.value if date else None,
                subject=subject,
                surface=text[s.start : s.end],
            )
        )
    return out


# not "thành phố" or "thị xã": a province's own header often names its capital city
# ("Số: 12/KH-UBND Buôn Ma Thuột, ngày"), a city the text may also name
_LOCAL_LEVEL = r"(?P<level>xã|phường|thị trấn|huyện|quận)"


def _header_issuer(text: str, code: str, place: str, province: str | None) -> Issuer | None:
    """A commune's or district's own header names its unit before the date ("Số: 01 /KH-UBND
    Định Hưng, ngày 03 tháng 01 năm 2025"): a bare UBND or HĐND symbol is that unit's, at
    the level the text gives the place ("xã Định Hưng"), not the province's
    (dinhhung.yendinh.thanhhoa.gov.vn 2025)."""
    place = " ".join(place.split())
    if province and ascii_key(place) == ascii_key(province):
        return None
    m = regex.search(rf"(?i:\b{_LOCAL_LEVEL})\s*{regex.escape(place)}(?![\p{{L}}])", text)
    if m is None:
        return None
    return _text_issuer(f"{code} {m.group('level').lower()} {place}", province)


def _numbered_follows(text: str, pos: int, code: str | None, numbered: list[Document]) -> bool:
    """A numbered document of the same type later in the same sentence ("UBND tỉnh vừa
    ban hành Kế hoạch tổ chức ... (Kế hoạch số 203/KH-UBND, ngày 27/9/2022)")."""
    m = _BOUNDARY.search(text, pos)
    end = m.start() if m else len(text)
    return any(pos <= d.start < end and d.type == code for d in numbered)


_OF_THE_ISSUER = regex.compile(r"(?<![\p{L}])của\s*$")
_CLAUSE_BREAK = regex.compile(r"[;!?]|\.(?=\s)|\n\s*\n")


def _issues_for_numbered(text: str, pos: int, cites: list[tuple[int, int]]) -> bool:
    """The body is the issuer of a numbered document just cited in the same clause ("Quyết
    định số 135/2009/QĐ-TTg ngày 04/11/2009 của Thủ tướng Chính phủ ban hành Quy chế
    ..."): the regulation or programme it "ban hành" is that decision's content, not a
    second, unnumbered document (luatminhkhue.vn, thuviennhadat.vn). Every citation counts,
    a number cited again with its date and issuer too ("Quyết định số 93/2007/QĐ-TTg về cơ
    chế một cửa ... Qua đánh giá, tổng kết việc thực hiện Quyết định số 93/2007/QĐ-TTg ngày
    22/6/2007 của Thủ tướng Chính phủ ban hành Quy chế ...", thutuchanhchinh.vn)."""
    for _start, end in cites:
        if end <= pos and pos - end <= 120:
            gap = text[end:pos]
            if _OF_THE_ISSUER.search(gap) and not _CLAUSE_BREAK.search(gap):
                return True
    return False


def _numbered_before(pos: int, code: str | None, issuer: str, numbered: list[Document]) -> bool:
    """The same body's numbered document of the same type cited earlier: a later "UBND
    tỉnh ban hành kế hoạch" speaks of it again (a plan's own header "Số: 4851/KH-UBND"
    then "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai ...")."""
    return any(
        d.start < pos and d.type == code and d.issuer is not None and d.issuer.name == issuer
        for d in numbered
    )


def _unnumbered(
    ctx: Context,
    pf: PatternFile,
    days: list[DateMention],
    claimed: set[int],
    numbered: list[Document],
    cites: list[tuple[int, int]] | None = None,
) -> list[Document]:
    text = ctx.text
    spans = cites if cites is not None else [(d.start, d.end) for d in numbered]
    seen: set[tuple[str | None, str]] = set()
    out: list[Document] = []
    matches = [
        (p, m)
        for p in (pf.get("doc.unnumbered.issued"), pf.get("doc.unnumbered.resolved"))
        for m in p.finditer(text)
    ]
    matches.sort(key=lambda pm: pm[1].start())
    for p, m in matches:
        # a council that "quyết nghị" passes a resolution: no type word is written
        word_group = "tword" if m.group("tword") else "verb"
        code, name = _type_from_word(m.group("tword") or "Nghị quyết")
        if _numbered_follows(text, m.end(), code, numbered):
            continue
        if _issues_for_numbered(text, m.start("issuer"), spans):
            continue
        issuer = _text_issuer(
            m.group("issuer"), ctx.province, text[: m.start("issuer")], _site_district(ctx)
        )
        key = (code, issuer.name)
        if key in seen or _numbered_before(m.start(), code, issuer.name, numbered):
            continue
        seen.add(key)
        date = _date_before(text, m.start(), days, claimed)
        if date is not None:
            claimed.add(date.start)
        s, e = m.span(word_group)
        out.append(
            Document(
                start=s,
                end=e,
                pattern=p.id,
                number=None,
                type=code,
                type_name=name,
                system="party" if _PARTY_BODY.search(issuer.surface or "") else "state",
                issuer=issuer,
                date=date.value if date else None,
                subject=None,
                surface=text[s:e],
            )
        )
    return out


def _from_title(ctx: Context, pf: PatternFile, docs: list[Document]) -> list[Document]:
    """Numbers the headline cites and the body does not: each is placed on the body's
    first unnumbered citation of a document of its type (``doc.title.cited``), or left
    out when the body has none (its span must point into ``text``)."""
    title = ctx.title or ""
    if not title:
        return []
    type_before = pf.get("doc.ctx.type_before").regex
    issuer_of = pf.get("doc.ctx.issuer_of").regex
    cited = pf.get("doc.title.cited")
    known = {d.number.upper() for d in docs if d.number}
    taken = {d.start for d in docs}
    out: list[Document] = []
    for s in _symbols(pf, title):
        if s.number.upper() in known:
            continue
        doc_type, type_name = _doc_type(s, title, 0, type_before)
        if doc_type is None:
            continue
        for m in cited.finditer(ctx.text):
            if m.start() in taken or _type_from_word(m.group("tword"))[0] != doc_type:
                continue
            of = issuer_of.match(ctx.text, m.end())
            if of:
                issuer: Issuer | None = _text_issuer(
                    of.group("issuer"),
                    ctx.province,
                    ctx.text[: of.start("issuer")],
                    _site_district(ctx),
                )
            else:
                issuer = _code_issuer(list(s.issuer_parts), False, ctx.province)
            taken.add(m.start())
            known.add(s.number.upper())
            out.append(
                Document(
                    start=m.start(),
                    end=m.end(),
                    pattern=cited.id,
                    number=s.number,
                    type=doc_type,
                    type_name=type_name,
                    system=s.system,  # type: ignore[arg-type]
                    issuer=issuer,
                    date=None,
                    subject=_subject(pf, title, s.end),
                    surface=m.group(),
                )
            )
            break
    return out


# a document's own header whose type code the page lost: "Số: 1281/-UBND"
_HEADER_NO_TYPE = regex.compile(
    r"(?m)^[ \t]*Số\s*:?\s*(?P<n>\d{1,6})\s*/\s*[-–]\s*(?P<code>\p{Lu}[\p{Lu}\d]*)(?![\p{L}\d/-])"
)


def _broken_header_dates(
    text: str,
    pf: PatternFile,
    by_start: dict[int, DateMention],
    claimed: set[int],
    docs: list[Document],
) -> list[Document]:
    """A header that lost its type code ("Số: 1281/-UBND" over "Hà Nội, ngày 13 tháng 05
    năm 2014", vanbanphapluat.co) dates the one undated document cited elsewhere with the
    same number and issuer code ("Quyết định 1281/QĐ-UBND"); with none, or more than one,
    nothing changes."""
    date_lead = pf.get("doc.ctx.date_lead").regex
    for m in _HEADER_NO_TYPE.finditer(text):
        lead = date_lead.match(text, m.end())
        if lead is None or lead.end() not in by_start or lead.end() in claimed:
            continue
        same = regex.compile(rf"{m.group('n')}/[^/\s]+-{regex.escape(m.group('code'))}")
        hits = [i for i, d in enumerate(docs) if d.number and same.fullmatch(d.number)]
        if len(hits) != 1 or docs[hits[0]].date is not None:
            continue
        date = by_start[lead.end()]
        claimed.add(date.start)
        docs[hits[0]] = docs[hits[0]].model_copy(update={"date": date.value})
    return docs


def find(ctx: Context) -> list[Document]:
    """Every document the text cites, numbered ones first in text order."""
    pf = load("documents")
    dates, _ = dates_mod.find(ctx)
    days = [d for d in dates if d.precision == "day"]
    by_start = {d.start: d for d in days}
    claimed: set[int] = set()
    cites: list[tuple[int, int]] = []
    docs = _numbered(ctx, pf, days, by_start, claimed, cites)
    docs = _broken_header_dates(ctx.text, pf, by_start, claimed, docs)
    docs += _unnumbered(ctx, pf, days, claimed, docs, cites)
    docs += _from_title(ctx, pf, docs)
    return docs


def extract(ctx: Context) -> dict[str, list[BaseModel]]:
    docs: list[BaseModel] = list(find(ctx))
    return {"documents": docs}
