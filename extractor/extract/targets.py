"""Extractor for `targets` and `results`: numeric goals a text sets, and achieved results.

Number phrases come from ``patterns/targets.yaml`` (``kind: number``). Each is then put in
context (``_targets_context``): goal or result from the cue words around it, a deadline
from its sentence, paragraph, section heading or the plan the article is about (title
first, then text), a baseline ("so với năm 2020"), the indices its subject names (one item
per index), and a metric: the subject phrase in the text's words. Only ``ctx.text`` is
scanned; the title gives context (a plan's period or year) and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from pydantic import BaseModel

from ..models import Result, Target
from ..patterns import PatternFile, load
from ..types import Context
from . import _targets_context as tc
from ._targets_scan import Hit, Sentence, paragraphs, parse_number, scan, sentences, words

_RANKISH = {"rank", "rank_change", "category"}
_YEAR_ROLES_IN_SUBJECT = {"deadline", "period", "edition", "vision", "date"}
_TAIL = regex.compile(
    r"\s*(?:\(|,\s*)?so với\s+(?:cùng kỳ\s+)?(?:năm\s+\d{4}|năm trước|năm ngoái|hiện nay|hiện tại)",
    regex.IGNORECASE,
)
_EDGE = " \t,;:.-–—()[]\"“”'‘’…/+•*"
_REDGE = " \t,;:.-–—([\"“'‘…/+•*"
_LEAD_WORDS = regex.compile(
    r"^(?:(?:và|hoặc|thì|là|của|nhưng|song|đồng thời)\s+)+", regex.IGNORECASE
)
_TRAIL_WORDS = regex.compile(
    r"(?:\s+(?:so với|so|và|hoặc|của|với|như|bằng|cao hơn|hơn|đối với))+$",
    regex.IGNORECASE,
)


_RESULT_AFTER = regex.compile(
    r"\s*(?:\((?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu)\b|,?\s*(?:vượt|đạt)\s+[\d,.]+\s*%\s+(?:kế hoạch|mục tiêu|chỉ tiêu))",
    regex.IGNORECASE,
)
_PLACE = regex.compile(
    r"(?:tỉnh|địa phương|thành phố|cả nước|toàn quốc|trên|trong|quốc gia|bộ|vùng)\b", regex.I
)


@dataclass(slots=True)
class Parsed:
    value: float | int | str
    value_max: float | int | None
    unit: str
    op: str
    self_goal: bool


@dataclass(slots=True)
class Subject:
    text: str
    indices: list[tuple[str, str, int]]  # (code, surface, end offset)


def _clean(s: str) -> str:
    s = " ".join(s.split())
    s = regex.sub(r"\s*,(?:\s*,)+", ",", s)
    prev = None
    while prev != s:
        prev = s
        s = s.lstrip(_EDGE).rstrip(_REDGE)
        if s.count("(") < s.count(")") and s.endswith(")"):
            s = s[:-1]
        s = _LEAD_WORDS.sub("", s)
        s = _TRAIL_WORDS.sub("", s)
    return s


def _strip_link(s: str, link: list[str]) -> str:
    prev = None
    while prev != s:
        prev = s
        for w in link:
            if s.lower().endswith(" " + w) or s.lower() == w:
                s = _clean(s[: len(s) - len(w)])
    return s


def _content(s: str, verbs: set[str]) -> int:
    return sum(1 for w in words(s) if w not in verbs and not w.isdigit())


def _parse(h: Hit, pf: PatternFile) -> Parsed | None:
    unit = str(h.meta("unit"))
    surface = h.match.group().lower()
    opw = (h.group("opw") or "").lower()
    up = bool(h.group("up"))
    if unit == "category":
        cat = (h.group("cat") or h.group("cat2") or "").lower()
        value: float | int | str = str(pf.data["categories"].get(cat, cat))
        return Parsed(value, None, unit, ">=" if up else "=", False)
    v1 = h.group("v1") or h.group("v1b")
    if v1 is None:
        return None
    if h.meta("requires_lead") and not (
        "top" in surface
        or "tốp" in surface
        or h.group("of")
        or regex.search(r"dẫn đầu|đứng đầu|cao nhất|tốt nhất|hàng đầu", surface)
    ):
        return None
    if h.meta("requires_goal_word") and not (
        opw or h.group("dir") or h.group("reach") or (h.group("from2") and up)
    ):
        return None
    value = parse_number(v1)
    v2 = h.group("v2")
    vmax = parse_number(v2) if v2 else None
    ops = pf.data["ops"]
    if vmax is not None:
        op = "range"
    elif h.meta("op"):
        op = ">=" if up and h.meta("op") != "top" else str(h.meta("op"))
    elif up:
        op = ">="
    elif opw:
        op = next((k for k, ws in ops.items() if opw in ws), "=")
    else:
        op = "="
    d = (h.group("dir") or "").lower()
    if d and d in pf.data["down_words"] and unit in ("rank_change", "score"):
        value = -value
        vmax = -vmax if vmax is not None else None
    self_goal = (op in (">=", "<=") and bool(opw or up)) or (unit == "count" and bool(d))
    return Parsed(value, vmax, unit, op, self_goal)


def _without_years(text: str, a: int, b: int, yrs: list[tc.Year]) -> str:
    out, pos = [], a
    for y in yrs:
        if y.role in _YEAR_ROLES_IN_SUBJECT and a <= y.start and y.end <= b and y.start >= pos:
            out.append(text[pos : y.start])
            pos = y.end
    out.append(text[pos:b])
    return " ".join(out)


def _indices_in(idx: list[Hit], a: int, b: int) -> list[tuple[str, str, int]]:
    found: dict[str, tuple[str, str, int]] = {}
    for h in idx:
        if a <= h.start and h.end <= b:
            code = str(h.meta("index"))
            surf = h.match.group()
            if code not in found or len(surf) > len(found[code][1]):
                found[code] = (code, surf, h.end)
    return sorted(found.values(), key=lambda t: t[2])


def _sentence_of(sents: list[Sentence], pos: int) -> Sentence:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return sents[-1]


def extract(ctx: Context) -> dict[str, list[BaseModel]]:
    text = ctx.text or ""
    if not text.strip():
        return {"targets": [], "results": []}
    pf = load("targets")
    pub = ctx.year
    paras = paragraphs(text)
    sents = sentences(text, paras)
    yrs = tc.years(pf, text)
    cue_list = tc.cues(pf, text, yrs, pub)
    idx = tc.indices(pf, text)
    secs = tc.sections(
        paras, cue_list, yrs, regex.compile(str(pf.data["result_heading_regex"]), regex.I)
    )
    docdl = tc.doc_deadline(pf, ctx.title, text, yrs)
    plan_doc = bool(
        ctx.title
        and regex.search(str(pf.data["plan_title_regex"]), ctx.title, regex.I)
        and not regex.search(str(pf.data["result_heading_regex"]), ctx.title, regex.I)
    )
    cut_rx = regex.compile(str(pf.data["cut_regex"]), regex.IGNORECASE)
    link = sorted((str(w) for w in pf.data["link_words"]), key=len, reverse=True)
    verbs = {str(w) for w in pf.data["verb_words"]}

    nums = [
        (h, p)
        for h in scan(pf, text, "number")
        if "\n" not in h.match.group() and (p := _parse(h, pf)) is not None
    ]
    targets: list[BaseModel] = []
    results: list[BaseModel] = []
    last: dict[int, Subject] = {}  # sentence start → subject of its last mention
    for i, (h, parsed) in enumerate(nums):
        sent = _sentence_of(sents, h.start)
        para = paras[sent.para]
        next_start = nums[i + 1][0].start if i + 1 < len(nums) else len(text)
        mode = tc.mode_of(
            h.start, h.end, sent, para, cue_list, secs[sent.para], parsed.self_goal or plan_doc
        )
        if mode == "goal" and _RESULT_AFTER.match(text, h.end):
            mode = "result"  # "đạt 63,47% (mục tiêu 70%)": the number is what was reached
        if mode is None:
            continue
        clause = sent.clause_of(h.start)
        prev_end = nums[i - 1][0].end if i > 0 else 0
        region = max(clause.start, prev_end)
        cuts = [m.end() for m in cut_rx.finditer(text, region, h.start)]
        cuts += [
            y.end
            for y in yrs
            if (y.role == "baseline" or (y.role == "deadline" and y.by))
            and region <= y.start
            and y.end <= h.start
        ]
        cuts.sort()
        surface = text[h.start : h.end]
        tail_m = _TAIL.match(text, h.end)
        tail = tail_m.group() if tail_m and tail_m.end() <= clause.end else ""
        rankish = parsed.unit in _RANKISH

        inds = _indices_in(idx, region, h.start)
        right_end = min(clause.end, next_start)
        right = _clean(_without_years(text, h.end, right_end, yrs))
        right = _TRAIL_WORDS.sub("", regex.sub(r"\s*so với.*$", "", right)).strip(_REDGE)
        right_ok = (
            bool(regex.match(r"\s+[\p{L}]", text[h.end : h.end + 2]))
            and _content(right, verbs) >= 2
            and not (rankish and _PLACE.match(right))
        )
        subj_full = _clean(_without_years(text, cuts[-1] if cuts else region, h.start, yrs))
        subj_noun = _strip_link(subj_full, link)
        prev = last.get(sent.start) if i > 0 and nums[i - 1][0].start >= sent.start else None
        if cuts and not right_ok and prev is None and _content(subj_noun, verbs) < 2:
            alt = _clean(_without_years(text, region, h.start, yrs))
            if _content(_strip_link(alt, link), verbs) >= 2:
                subj_full, subj_noun = alt, _strip_link(alt, link)
        near = _clean(subj_full.rsplit(",", 1)[-1])
        near_thin = near != subj_full and not inds and _content(_strip_link(near, link), verbs) < 2
        object_right = right_ok and not inds and _content(_strip_link(near, link), verbs) < 2
        if (
            right_ok
            and not inds
            and not cuts
            and prev_end > clause.start
            and regex.search(r"(?:\bvà|\bhoặc|,)\s*$", text[region : h.start])
        ):
            # "phủ 100% trường học, bệnh viện và trên 80% hộ gia đình": the words before
            # the second number are the first one's object
            subj_full = subj_noun = near = ""
            object_right = True
        elif object_right:  # "..., hoàn thành 100% kế hoạch": what is measured stands after
            subj_full = subj_noun = near
        elif near_thin and prev is not None:  # "..., giảm 3,84 điểm": same subject as before
            subj_full = near
            subj_noun = _strip_link(near, link)

        if not object_right and (_content(subj_noun, verbs) >= 2 or inds):
            subject = Subject(subj_noun, inds)
            metric = f"{subj_full} {surface}{tail}" if rankish else subj_noun
        elif rankish and prev is not None:
            subject = prev
            metric = f"{prev.text} {subj_full} {surface}{tail}"
        elif right_ok:
            subject = Subject(right, _indices_in(idx, h.end, right_end))
            lead_words = _strip_link(subj_full, link)
            lead = f"{subj_full} " if lead_words else ""
            metric = f"{lead}{surface} {right}" if rankish or lead else right
        elif prev is not None:
            subject = prev
            metric = f"{prev.text} {subj_full} {surface}{tail}" if rankish else prev.text
        else:
            subject = Subject(subj_full, inds)
            metric = (
                f"{subj_full} {surface}{tail}"
                if subj_full
                else _clean(text[clause.start : clause.end])
            )
        last[sent.start] = subject

        per_index: list[tuple[str | None, str]] = []
        if len(subject.indices) >= 2 and subject is not prev:
            last_end = subject.indices[-1][2]
            pred = (
                _clean(_without_years(text, last_end, h.start, yrs)) if last_end <= h.start else ""
            )
            for c, surf, _ in subject.indices:
                m = (
                    f"{surf} {pred} {surface}{tail}"
                    if rankish
                    else f"{surf} {_strip_link(pred, link)}"
                )
                per_index.append((c, _clean(m)))
        elif len(subject.indices) >= 2:
            per_index = [(c, _clean(metric)) for c, _, _ in subject.indices]
        else:
            one = subject.indices[0][0] if subject.indices else None
            per_index = [(one, _clean(metric) or surface)]

        for code, met in per_index:
            common = dict(
                start=h.start,
                end=h.end,
                pattern=h.pattern.id,
                value=parsed.value,
                value_max=parsed.value_max,
                unit=parsed.unit,
                op=parsed.op,
                index=code,
                metric=met or surface,
                surface=surface,
            )
            if mode == "goal":
                dl = tc.deadline_of(
                    text, h.start, h.end, next_start, sent, para, yrs, secs[sent.para], docdl
                )
                base = tc.baseline_of(h.end, next_start, sent, yrs, dl, pub)
                targets.append(Target(deadline=dl, baseline=base, **common))  # type: ignore[arg-type]
            else:
                base0 = tc.baseline_of(h.end, next_start, sent, yrs, None, pub)
                yr = tc.result_year(h.start, h.end, next_start, sent, para, yrs, base0)
                base = base0 if base0 else tc.baseline_of(h.end, next_start, sent, yrs, yr, pub)
                results.append(Result(year=yr, baseline=base, **common))  # type: ignore[arg-type]
    return {"targets": targets, "results": results}
