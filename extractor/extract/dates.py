"""Dates and periods: applies ``patterns/dates.yaml``.

Each pattern's ``kind`` says what a match builds (see the file's header). Matches of
all patterns are pooled; where two overlap, the earlier one wins, then the longer
(``21 - 22/9/2023`` is a range, not also ``22/9/2023``; ``ngày 10 tháng 9 năm 2021``
is a day, not also a month). A date without a year takes the year of the article's
publication date (``Context.published``), never the clock's; without a publication
date, the latest year of the explicit dates of its paragraph (see ``_paragraph_year``;
a cited document's signing date only as a last resort, see ``signing_lead``), else it is
left out. Invalid calendar dates (31/2, 29/2 of a common year) are dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex
from pydantic import BaseModel

from ..models import DateMention, Period
from ..patterns import Pattern, load
from ..types import Context

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    pattern: Pattern
    match: regex.Match[str]


def _published(ctx: Context) -> dt.date | None:
    if not ctx.published:
        return None
    try:
        return dt.date.fromisoformat(ctx.published[:10])
    except ValueError:
        return None


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(pub: dt.date | None, m: int, d: int, ahead: int) -> dt.date | None:
    """The date of day ``d`` month ``m`` in the article's year (or the year before,
    when it would fall more than ``ahead`` days after publication)."""
    if pub is None:
        return None
    for year in (pub.year, pub.year - 1):
        day = _day(year, m, d)
        if day is not None and (day - pub).days <= ahead:
            return day
    return None


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits: earliest start first, then the longest."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[_Hit] = []
    last_end = -1
    for h in hits:
        if h.start >= last_end:
            out.append(h)
            last_end = h.end
    return out


def _mention(
    h: _Hit, value: str, precision: str, start: int, end: int, inferred: bool = False
) -> DateMention:
    text = h.match.string
    return DateMention(
        start=start,
        end=end,
        pattern=h.pattern.id,
        value=value,
        precision=precision,  # type: ignore[arg-type]
        year_inferred=inferred,
        surface=text[start:end],
    )


def _build(h: _Hit, pub: dt.date | None, ahead: int) -> list[DateMention]:
    kind = h.pattern.meta.get("kind")
    g = h.match.groupdict()
    if kind == "day":
        day = _day(int(g["y"]), int(g["m"]), int(g["d"]))
        return [_mention(h, day.isoformat(), "day", h.start, h.end)] if day else []
    if kind in ("day_range", "range_noyear"):
        m = int(g["m"])
        if kind == "day_range":
            last = _day(int(g["y"]), m, int(g["d"]))
            first = _day(int(g["y"]), m, int(g["d1"]))
            inferred = False
        else:
            last = _infer_year(pub, m, int(g["d"]), ahead)
            first = _day(last.year, m, int(g["d1"])) if last else None
            inferred = True
        if kind == "day_range" and last and (not first or first >= last):
            # no range ("từ ngày 20 đến hết ngày 15/12/2023"): the dated end is still a date
            return [_mention(h, last.isoformat(), "day", h.match.start("d"), h.end)]
        if not first or not last or first >= last:
            return []
        s1, e1 = h.match.span("d1")
        s2 = h.match.start("d")
        return [
            _mention(h, first.isoformat(), "day", s1, e1, inferred),
            _mention(h, last.isoformat(), "day", s2, h.end, inferred),
        ]
    if kind == "day_noyear":
        day = _infer_year(pub, int(g["m"]), int(g["d"]), ahead)
        return [_mention(h, day.isoformat(), "day", h.start, h.end, True)] if day else []
    if kind == "month":
        return [_mention(h, f"{int(g['y']):04d}-{int(g['m']):02d}", "month", h.start, h.end)]
    if kind == "quarter":
        q = _ROMAN.get(g["q"].upper())
        return [_mention(h, f"{g['y']}-Q{q}", "quarter", h.start, h.end)] if q else []
    if kind == "half":
        half = 1 if g["h"].lower() == "đầu" else 2
        return [_mention(h, f"{g['y']}-H{half}", "half", h.start, h.end)]
    if kind == "year":
        return [_mention(h, g["y"], "year", h.start, h.end)]
    return []


def _period(h: _Hit, max_years: int) -> Period | None:
    g = h.match.groupdict()
    y1, y2 = int(g["y1"]), int(g["y2"])
    vision = int(g["v"]) if g.get("v") else None
    if not (y1 < y2 <= y1 + max_years) or (vision is not None and vision < y2):
        return None
    return Period(
        start=h.start,
        end=h.end,
        pattern=h.pattern.id,
        start_year=y1,
        end_year=y2,
        vision_year=vision,
        surface=h.match.group(),
    )


@lru_cache(maxsize=16)
def find(ctx: Context) -> tuple[tuple[DateMention, ...], tuple[Period, ...]]:
    """Every date mention and every distinct period of ``ctx.text``, in text order."""
    pf = load("dates")
    ahead = int(pf.data.get("noyear_max_days_ahead", 60))
    max_years = int(pf.data.get("period_max_years", 50))
    pub = _published(ctx)
    date_hits: list[_Hit] = []
    period_hits: list[_Hit] = []
    for p in pf.patterns:
        target = period_hits if p.meta.get("kind") == "period" else date_hits
        for m in p.finditer(ctx.text):
            target.append(_Hit(m.start(), m.end(), p, m))
    periods: list[Period] = []
    seen: set[tuple[int, int, int | None]] = set()
    spans: list[tuple[int, int]] = []
    for h in _select(period_hits):
        per = _period(h, max_years)
        if per is None:
            continue
        spans.append((per.start, per.end))
        key = (per.start_year, per.end_year, per.vision_year)
        if key not in seen:
            seen.add(key)
            periods.append(per)
    dates: list[DateMention] = []
    selected = [
        h
        for h in _select(date_hits)
        # "định hướng đến năm 2030" belongs to its period
        if not (h.pattern.meta.get("kind") == "year" and any(a <= h.start < b for a, b in spans))
    ]
    built: dict[int, list[DateMention]] = {}
    for i, h in enumerate(selected):
        if h.pattern.meta.get("kind") not in _NOYEAR_KINDS or pub is not None:
            built[i] = _build(h, pub, ahead)
    # the start of a range takes its end's year: "từ ngày 1/7 đến 30/9/2025" is
    # 2025-07-01 whatever the publication date ("từ 15/12 đến 15/1/2025": 2024-12-15)
    for i, h in enumerate(selected[:-1]):
        nxt = selected[i + 1]
        if (
            h.pattern.meta.get("kind") == "day_noyear"
            and nxt.pattern.meta.get("kind") == "day"
            and built.get(i + 1)
            and _RANGE_TO.fullmatch(ctx.text, h.end, nxt.start)
        ):
            end = dt.date.fromisoformat(built[i + 1][0].value)
            built[i] = _build(h, end, 0)
    # the dates written with their year, gathered once for the yearless ones below; a
    # cited document's signing date dates the past and is the last resort
    explicit = [d for ds in built.values() for d in ds]
    signed = [d for d in explicit if _is_signing_date(ctx.text, d.start)]
    present = [d for d in explicit if d not in signed]
    for i, h in enumerate(selected):
        if i not in built:
            ref = (
                _paragraph_year(ctx.text, h.start, present)
                or _plan_year(ctx.text, h)
                or _paragraph_year(ctx.text, h.start, signed)
            )
            built[i] = _build(h, ref, ahead)
        dates.extend(built[i])
    return tuple(dates), tuple(periods)


_NOYEAR_KINDS = frozenset({"day_noyear", "range_noyear"})
# what joins a range's yearless start to its dated end
_RANGE_TO = regex.compile(r"\s*(?:(?:đến|tới)(?:\s+(?:hết\s+)?ngày)?|[-–—])\s*")
_DATED = frozenset({"day", "month", "quarter", "half"})


def _paragraph_year(text: str, pos: int, explicit: list[DateMention]) -> dt.date | None:
    """Without a publication date, a date written without a year ("chiều ngày 12/7")
    takes the latest year of the explicit day, month, quarter or half-year mentions of
    its own paragraph ("hội nghị sơ kết 6 tháng đầu năm 2023 ... chiều ngày 12/7"):
    news reports an event of the present, and those mentions date the present. Bare
    years are not used (they are often goals: "đến năm 2025"). None when the paragraph
    has no such mention: the date is then left out."""
    lo = text.rfind("\n\n", 0, pos) + 1
    hi = text.find("\n\n", pos)
    hi = len(text) if hi < 0 else hi
    years = [
        int(d.value[:4])
        for d in explicit
        if lo <= d.start < hi and d.precision in _DATED and not d.year_inferred
    ]
    return dt.date(max(years), 12, 31) if years else None


@lru_cache(maxsize=1)
def _signing_rule() -> regex.Pattern[str] | None:
    spec = load("dates").data.get("signing_lead")
    return regex.compile(str(spec["regex"])) if isinstance(spec, dict) else None


def signing_lead(before: str) -> bool:
    """Whether text ending just before a date cites a document whose signing date it is
    ("Nghị quyết số 16, ngày "), per ``signing_lead`` in patterns/dates.yaml."""
    rule = _signing_rule()
    return rule is not None and rule.search(before[-160:]) is not None


def _is_signing_date(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return signing_lead(text[max(line, start - 160) : start])


@lru_cache(maxsize=1)
def _plan_rule() -> tuple[regex.Pattern[str], int] | None:
    spec = load("dates").data.get("plan_year")
    if not isinstance(spec, dict):
        return None
    return regex.compile(str(spec["regex"])), int(spec.get("max_month", 10))


_SENTENCE_END = regex.compile(r"[.!?;](?:\s|$)|\n")


def plan_year(sentence: str) -> int | None:
    """The year of the annual plan or programme a sentence reports ("ban hành kế hoạch
    chuyển đổi số năm 2025" -> 2025), per ``plan_year`` in patterns/dates.yaml."""
    rule = _plan_rule()
    if rule is None:
        return None
    m = rule[0].search(sentence)
    return int(m.group("y")) if m else None


def _plan_year(text: str, h: _Hit) -> dt.date | None:
    """Without a publication date and a dated paragraph, a day without a year in a
    sentence reporting an annual plan "năm X" takes year X (``plan_year`` in
    patterns/dates.yaml), when its month is not after the rule's ``max_month``."""
    rule = _plan_rule()
    if rule is None:
        return None
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, h.start):
        lo = m.end()
    end = _SENTENCE_END.search(text, h.end)
    sentence = text[lo : end.start() if end else len(text)]
    year = plan_year(sentence)
    month = h.match.groupdict().get("m")
    if year is None or month is None or int(month) > rule[1]:
        return None
    return dt.date(year, 12, 31)


def extract(ctx: Context) -> dict[str, list[BaseModel]]:
    dates, periods = find(ctx)
    return {"dates": list(dates), "periods": list(periods)}
