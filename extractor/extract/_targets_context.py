"""Context for `targets`: goal or result, deadline, baseline, year, index of a mention.

The rules (which cue wins, how far a deadline reaches) are described at the top of
``patterns/targets.yaml``; the words themselves are patterns there.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..patterns import PatternFile
from ._rx import IGNORECASE, rx
from ._targets_scan import Hit, Paragraph, Sentence, scan

_HEADING_MAX = 120
# a deadline word that opens the next goal ("..., và đến năm 2030, ...") rather than
# closing the one before it ("đạt 45% vào năm 2025")
_OPENING_BY = {"đến", "tới", "đến hết", "đến cuối"}
_COMMA = regex.compile(r"\s*,")
_YEAR_DIGITS = regex.compile(r"(?:19|20)\d{2}")
_AFTER_COMMA = regex.compile(r",\s*$")
# a date a result is counted up to ("Tính đến tháng 6/2023, đã có 2 mục tiêu đã hoàn thành, ...
# chiếm tỷ lệ 11,8%", vneconomy.vn 2023): the year of that result, unlike a document's date
_UPTO_DATE = regex.compile(
    r"\b(?:tính\s+)?(?:đến|tới|hết)\s+(?:(?:ngày|tháng)\s+)?(?:\d{1,2}[/.-]){0,2}$",
    regex.IGNORECASE,
)
# a sentence opening on the present ("Hiện nay, ... trong đó 70% cho kinh tế số ICT",
# vneconomy.vn 2023) reports now: a year of an earlier sentence (there the goal's "đến năm
# 2030") is not its year
_NOW_OPEN = regex.compile(
    r"\s*(?:hiện nay|hiện tại|hiện(?!\s+thực)|đến nay|tính đến nay|tới nay)\b", regex.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    mode: str  # "goal" | "result"
    strong: bool
    back: bool = False  # reports the numbers before it in its sentence ("hoàn thành vượt mục tiêu")
    # a weak goal word opening a phrase after a comma (", đảm bảo an ninh lương thực")
    after_comma: bool = False


@dataclass(frozen=True, slots=True)
class Year:
    start: int
    end: int
    year: int
    role: str  # deadline | period | baseline | vision | date | edition
    by: bool  # a deadline word ("đến", "trong", ...) precedes it
    prev: bool = False  # baseline "so với năm trước"
    now: bool = False  # baseline "so với hiện nay"
    by_word: str = ""  # the deadline word, lower case


def _int(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() else None


def years(pf: PatternFile, text: str) -> list[Year]:
    out: list[Year] = []
    for h in scan(pf, text, "year"):
        role = str(h.meta("role"))
        y = _int(h.group("y")) or _int(h.group("y2")) or _int(h.group("y3"))
        if role == "baseline":
            out.append(
                Year(
                    h.start, h.end, y or 0, role, False, bool(h.group("prev")), bool(h.group("now"))
                )
            )
            continue
        if y is None or not 1990 <= y <= 2100:
            continue
        by_word = (h.group("by") or "").lower()
        if role == "deadline" and h.group("y2") and not by_word:
            continue  # a bare "2025" is no deadline
        out.append(Year(h.start, h.end, y, role, bool(by_word), by_word=by_word))
    return out


def cues(pf: PatternFile, text: str, yrs: list[Year], pub_year: int | None) -> list[Cue]:
    out = [
        Cue(
            h.start,
            h.end,
            str(h.meta("cue")),
            h.meta("strength") == "strong",
            bool(h.meta("reaches_back")),
            _AFTER_COMMA.search(text, max(0, h.start - 3), h.start) is not None,
        )
        for h in scan(pf, text, "cue")
    ]
    for y in yrs:
        if y.role == "edition" and pub_year is not None and y.year < pub_year:
            out.append(Cue(y.start, y.end, "result", False))  # "PAR INDEX 2023" read in 2024
            continue
        if y.role != "deadline":
            continue
        sentence_initial = y.start == 0 or text[max(0, y.start - 2) : y.start].strip() in {
            "",
            ".",
            "-",
            "+",
        }
        if pub_year is None:
            if y.by:
                out.append(Cue(y.start, y.end, "goal", False))
            continue
        if y.year < pub_year:  # "Năm 2021," in 2022: a report
            out.append(Cue(y.start, y.end, "result", y.by or sentence_initial))
        elif y.year > pub_year or (y.by and y.by_word != "trong"):
            # a later year is always ahead; "đến năm 2025" written in 2025 too
            out.append(Cue(y.start, y.end, "goal", True))
        elif y.by or sentence_initial:  # "Năm 2023, ..." / "trong năm 2023": plan or report
            out.append(Cue(y.start, y.end, "goal", False))
        # a bare "năm 2023" of the publication year says nothing
    # "dự ước đến hết năm 2023": a year right after an estimate word is the estimate's, no goal
    strong_res = [c for c in out if c.mode == "result" and c.strong]
    out = [
        c
        for c in out
        if not (
            c.mode == "goal"
            and _YEAR_DIGITS.search(text, c.start, c.end) is not None
            and any(r.end <= c.start and not text[r.end : c.start].strip() for r in strong_res)
        )
    ]
    out.sort(key=lambda c: c.start)
    return out


def is_heading(p: Paragraph) -> bool:
    t = p.text.strip()
    if not t or len(t) > _HEADING_MAX:
        return False
    if t.endswith(":"):
        return True
    letters = [c for c in t if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class Section:
    mode: str | None
    deadline: int | None


def sections(
    paras: list[Paragraph], cue_list: list[Cue], yrs: list[Year], result_heading: regex.Pattern[str]
) -> list[Section]:
    """The section mode and deadline each paragraph inherits from the heading above it."""
    out: list[Section] = []
    cur = Section(None, None)
    for p in paras:
        out.append(cur)
        start, ptext = p.start, p.text
        heading = is_heading(p)
        if not heading:
            if not ptext.rstrip().endswith(":"):
                continue
            # a long paragraph that opens a list ("Theo đó, phấn đấu ... Riêng:"): its last
            # sentence is the list's heading
            cut = max(ptext.rfind(". "), ptext.rfind("; "))
            if cut >= 0:
                start, ptext = p.start + cut + 2, ptext[cut + 2 :]
        in_p = [c for c in cue_list if p.start <= c.start < p.end]
        dl = [y.year for y in yrs if start <= y.start < p.end and y.role in ("deadline", "period")]
        strong_modes = [c.mode for c in in_p if c.strong]
        # a heading with any strong goal word opens goals; a long list intro, its last word
        goal = "goal" in strong_modes if heading else strong_modes[-1:] == ["goal"]
        rh = result_heading.search(ptext)
        # "mục tiêu cụ thể ... đến năm 2025 đạt được như sau:" opens goals: a goal word before
        # the result word decides (nongnghiep.vinhlong.gov.vn, KH CCHC 2021-2025)
        goal_first = (
            any(
                c.strong and c.mode == "goal" and start <= c.start < start + rh.start()
                for c in in_p
            )
            if rh
            else False
        )
        if rh and not goal_first:
            # "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024": the year its results describe
            prev_year = cur.deadline if cur.mode == "result" else None
            cur = Section("result", dl[-1] if dl else prev_year)
        elif goal:
            cur = Section("goal", dl[-1] if dl else None)
        else:
            cur = Section(None, None)
    return out


def mode_of(
    start: int,
    end: int,
    sent: Sentence,
    para: Paragraph,
    cue_list: list[Cue],
    section: Section,
    self_goal: bool,
    default: str | None = None,
    inherit: bool = True,
) -> str | None:
    before = [c for c in cue_list if sent.start <= c.start < start]
    if section.mode == "result":
        # in a section of results "đảm bảo", "duy trì" describe what was done: only a strong
        # goal word makes a goal there
        before = [c for c in before if c.strong or c.mode == "result"]
    strong = [c for c in before if c.strong]
    if strong:
        return strong[-1].mode
    if any(c.back and end <= c.start < sent.end for c in cue_list):
        # "Đến hết năm 2021 biên chế công chức giảm 10,01%, ..., hoàn thành vượt mục tiêu":
        # the sentence reports what was reached, whatever weak cue stands before
        return "result"
    if before:
        return before[-1].mode
    clause = sent.clause_of(start)
    after = [
        c
        for c in cue_list
        if start <= c.start < clause.end
        and not (section.mode == "result" and c.mode == "goal" and not c.strong)
        # a weak goal word opening a phrase after the number's comma says what the figure serves,
        # no goal of it: "năng suất giảm 0,67 tạ/ha, đạt 99,04 % so với cùng kỳ 2019, đảm bảo về
        # an ninh lương thực" reports (lapthach.vinhphuc.gov.vn)
        and not (c.mode == "goal" and not c.strong and c.after_comma)
        # under a heading of goals, "đã" later in the item is a relative clause ("80% người dân
        # ... không phải cung cấp lại giấy tờ đã được chấp nhận"), not a report
        and not (section.mode == "goal" and c.mode == "result")
    ]
    if after and inherit:
        return after[0].mode
    earlier = [c for c in cue_list if para.start <= c.start < sent.start and c.strong]
    if earlier and inherit:
        return earlier[-1].mode
    if section.mode:
        return section.mode
    return "goal" if self_goal else default


_BY_BEFORE = regex.compile(r"\b(?:trong|cho|đến hết|hết|suốt|cả)\s*$")
_LIST_WORD = regex.compile(r",|\bvà\b|\bhoặc\b")


def _by_before(text: str, y: Year) -> bool:
    """A deadline word right before a period ("trong giai đoạn 2021-2025")."""
    return bool(_BY_BEFORE.search(text[max(0, y.start - 12) : y.start]))


def _deadline_years(yrs: list[Year]) -> list[Year]:
    return [y for y in yrs if y.role in ("deadline", "period", "edition")]


def deadline_of(
    text: str,
    start: int,
    end: int,
    next_start: int,
    sent: Sentence,
    para: Paragraph,
    yrs: list[Year],
    section: Section,
    doc_deadline: int | None,
) -> int | None:
    dls = _deadline_years(yrs)
    clause = sent.clause_of(start)
    after = [
        y
        for y in dls
        if end <= y.start < min(clause.end, next_start)
        # "..., và đến năm 2030, ..." opens the next goal; "... từ nay đến năm 2021 là mục
        # tiêu" closes this one
        and not (y.by_word in _OPENING_BY and _COMMA.match(text, y.end))
        and not _LIST_WORD.search(text[end : y.start])
    ]
    before = [y for y in dls if sent.start <= y.start and y.end <= start]
    if after and (after[0].role != "period" or not before or _by_before(text, after[0])):
        return after[0].year
    # "giảm ... năm 2017 bình quân từ 1,3% đến 1,5%/năm theo chuẩn nghèo giai đoạn 2016 - 2020":
    # a period after the number with no deadline word names a standard, the year before is due
    if before:
        return before[-1].year
    earlier = [y for y in dls if para.start <= y.start < sent.start]
    if earlier:
        return earlier[-1].year
    if section.deadline:
        return section.deadline
    return doc_deadline


def result_year(
    start: int,
    end: int,
    next_start: int,
    sent: Sentence,
    para: Paragraph,
    yrs: list[Year],
    baseline: int | None,
    section: Section | None = None,
    text: str = "",
) -> int | None:
    dls = [y for y in yrs if y.role in ("deadline", "period", "edition")]
    clause = sent.clause_of(start)
    adjacent = [y for y in dls if end <= y.start <= end + 1 and y.start < next_start]
    if adjacent:  # "lên 80% năm 2023"
        return adjacent[0].year
    before = [
        y
        for y in yrs
        if sent.start <= y.start
        and y.end <= start
        and (
            y in dls
            or (y.role == "date" and _UPTO_DATE.search(text, max(0, y.start - 30), y.start))
        )
    ]
    if before:
        return before[-1].year
    after = [y for y in dls if end <= y.start < min(clause.end, next_start)]
    if after:
        return after[0].year
    if text and _NOW_OPEN.match(text, sent.start):
        return None
    earlier = [y for y in dls if para.start <= y.start < sent.start]
    if earlier:
        return earlier[-1].year
    if baseline:
        return baseline + 1
    return section.deadline if section is not None and section.mode == "result" else None


def baseline_of(
    end: int, next_start: int, sent: Sentence, yrs: list[Year], anchor: int | None, pub: int | None
) -> int | None:
    """'so với năm 2020' after the mention in its clause (before the next mention)."""
    clause = sent.clause_of(end - 1)
    limit = min(clause.end, next_start, end + 80)
    for y in yrs:
        if y.role == "baseline" and end <= y.start < limit:
            if y.year:
                return y.year
            if y.prev:
                return anchor - 1 if anchor else None
            if y.now:
                return pub
    return None


def doc_deadline(
    pf: PatternFile, title: str | None, text: str, text_years: list[Year]
) -> int | None:
    """The period or year of the plan the article is about: the title first, then the text.
    'giai đoạn 2021-2025' → 2025; 'đến năm 2025' (not a vision) → 2025; 'Kế hoạch ... năm
    2021' → 2021."""
    plan = rx(str(pf.data.get("plan_year_regex", "")), IGNORECASE)
    sources = [(title, years(pf, title), True)] if title else []
    sources.append((text, text_years, False))
    for src, ys, is_title in sources:
        periods = [y for y in ys if y.role == "period"]
        if periods:
            return periods[0].year
        by = [y for y in ys if y.role == "deadline" and y.by]
        if by and is_title:
            return by[0].year
        m = plan.search(src) if plan.pattern else None
        if m:
            return int(m.group("y"))
        if is_title:
            plain = [y for y in ys if y.role == "deadline"]
            if plain:
                return plain[0].year
    return None


def indices(pf: PatternFile, text: str) -> list[Hit]:
    return scan(pf, text, "index")
