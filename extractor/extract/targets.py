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
from . import _targets_subject as ts
from ._rx import IGNORECASE, rx
from ._targets_scan import (
    Hit,
    Paragraph,
    Sentence,
    paragraphs,
    parse_number,
    scan,
    sentences,
    words,
)

# a sentence that names the one before it a goal: "50% số dân cư trú từ 14 tuổi trở lên ... phải
# được cấp căn cước công dân điện tử. Đây là mục tiêu mà TP. Hà Nội phải đạt được vào ngày 1/5"
# (a Hà Nội news page, 2021); its uncued numbers are goals
_THIS_IS_GOAL = regex.compile(
    r"\s*(?:đây|đó)\s+(?:chính\s+)?là\s+(?:những\s+|các\s+)?(?:mục tiêu|chỉ tiêu)\b",
    regex.IGNORECASE,
)
_LEAD_WORDS = regex.compile(r"dẫn đầu|đứng đầu|cao nhất|tốt nhất|hàng đầu")
_RANKISH = {"rank", "rank_change", "category"}
_LEAD_DATE_PARAGRAPHS = 2
_YEAR_NEXT = regex.compile(r"\s*(?:\(?\s*(?:năm|của)\s+)?(?:19|20)\d{2}\b", regex.IGNORECASE)
_FROM_BEFORE = regex.compile(r"\btừ\s+$", regex.IGNORECASE)
_TO_RANK = regex.compile(
    r"[^.;\n]{0,40}?\b(?:lên|xuống)\s+(?:vị trí|thứ hạng|hạng|thứ)\b", regex.IGNORECASE
)
# a number in parentheses right after a compared year is that year's value (baotintuc.vn, SIPAS
# 2023: "tăng 2,58% so với năm 2022 (80,08%)"), also of an estimated year, never a goal
# ("đạt 52 tỷ USD, tăng 30% so với ước thực hiện năm 2024 (40 tỷ USD)", vneconomy.vn 2024-12)
_BASE_PAREN = regex.compile(
    r"so với\s+(?:cùng kỳ\s+)?(?:(?:dự\s+)?ước(?:\s+(?:thực hiện|tính|đạt))?\s+|thực hiện\s+)?"
    r"(?:năm\s+)?(?P<y>(?:19|20)\d{2})\s*\(\s*$",
    regex.IGNORECASE,
)
# an amount restated in another currency (f247.com quoting nguoiduatin.vn, 2024: "GRDP bình quân đầu người ước đạt
# 68,37 triệu đồng ( tương đương 2.873 USD )"; dantri.com.vn 2025-10: "đạt khoảng 8.500 USD
# (khoảng hơn 224 triệu đồng)") is no figure of its own; the amount before "(" has its
# number, so "cộng đồng (50 tỷ đồng)" is no restatement
_EQUIV = regex.compile(
    r"(?:\btương đương|\d\s*(?:(?:tỷ|triệu|nghìn|ngàn)\s+)?(?:USD|đồng|VNĐ|VND)\s*\()"
    r"\s*(?:(?:khoảng|với|gần|hơn|trên)\s+)?$",
    regex.IGNORECASE,
)
# an amount in US dollars is a figure only as what something reaches or is ("GDP bình quân đầu
# người đạt 7.500 USD", "chỉ tiêu ... đề ra là 10.370USD/người/năm", "(40 tỷ USD)")
_USD_LEAD = regex.compile(r"(?:\b(?:đạt|là|khoảng|chừng|bằng)\s+|\(\s*)$", regex.IGNORECASE)
# years of age are a figure only as a life expectancy ("Tuổi thọ bình quân đạt khoảng 75,5 tuổi")
_LIFE_BEFORE = regex.compile(r"tuổi thọ[^.;:\n\d]{0,40}$", regex.IGNORECASE)
_LEAD_DATE = regex.compile(
    r"(?<![\d/.-])(?:[0-3]?\d)[/.-](?:[01]?\d)[/.-](?P<y>(?:19|20)\d{2})(?!\d)"
    r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?P<y>(?:19|20)\d{2})",
    regex.IGNORECASE,
)
_DUE_BEFORE = regex.compile(
    r"\b(?:trước|đến|tới|chậm nhất|hạn chót|thời hạn|hết|từ)\s+(?:ngày\s+)?$", regex.IGNORECASE
)
# a number in a "<noun> với <số> <danh từ>" phrase describes what something has ("một tỉnh miền núi
# với trên 80% dân số là người dân tộc thiểu số", quanlynhanuoc.vn 2025-03): with no cue before it
# in its sentence it takes none from later in its clause or from an earlier sentence; a clause
# that opens with "Với 67,48 điểm, ..." is the score of what follows and still does
_WITH_BEFORE = regex.compile(
    r"(?<=\p{L}\s+)với\s+(?:(?:trên|hơn|dưới|gần|khoảng|chừng|tới|đến|ít nhất|tối thiểu)\s+)?$",
    regex.IGNORECASE,
)
_YEAR_OPENS = regex.compile(r"\s*(?:Năm|Trong năm)\s+(?P<y>(?:19|20)\d{2})\s*,")


def _past_year_default(
    text: str, start: int, yrs: list[tc.Year], pub: int | None, default: str | None
) -> str | None:
    """The mode of an uncued number in a sentence opening with a year before a deadline above.

    On a page of goals with no date (a tag page of mekongasean.vn: "... điều chỉnh mục tiêu tăng
    trưởng kinh tế cả năm 2025 từ 5,5% lên 8% ... Năm 2024, có 4 địa phương ... tăng trưởng hai
    con số, ... gồm: Hải Phòng 11,01%, ..."), a sentence opening with a year earlier than a
    deadline named before it reports that year; it is no goal of the plan.
    """
    if pub is not None or default != "goal":
        return default
    m = _YEAR_OPENS.match(text, start)
    if m is None:
        return default
    y0 = int(m.group("y"))
    later = any(y.role == "deadline" and y.end <= start and y.year > y0 for y in yrs)
    return "result" if later else default


_OTHER_INDEX = "OTHER"  # `index: OTHER` in targets.yaml: an index that is none of the six
# "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)", "(mục tiêu 70%)": the number in
# parentheses after a plan word is the plan's goal, whatever the sentence reports
_PLAN_PAREN = regex.compile(
    r"(?:kế hoạch|nghị quyết|dự toán|mục tiêu|chỉ tiêu)(?:\s+(?:năm\s+\d{4}|đề ra|được giao|giao"
    r"|tỉnh giao|trung ương giao|của tỉnh))*\s*\(\s*(?:là\s+)?$",
    regex.IGNORECASE,
)
# a threshold that defines a group ("Nhóm A, đạt kết quả Chỉ số từ 90% trở lên, gồm 13 tỉnh")
# is neither a goal nor a result
_GROUP_BEFORE = regex.compile(r"\bnhóm\s+(?:[A-D]|\d|“|\")[^.;\n]{0,80}$", regex.IGNORECASE)
_GROUP_AFTER = regex.compile(
    r"\s*(?:\(|,)?\s*(?:gồm|có|với)?\s*\d+\s*(?:tỉnh|địa phương|đơn vị)", regex.IGNORECASE
)
# a group defined by its members before its threshold: "Nhóm A gồm 13 tỉnh, thành đạt chỉ số từ
# 90% trở lên" (baomoi.net.vn, PAR Index 2024) names a band of the ranking, no goal
_GROUP_MEMBERS = regex.compile(
    r"\bnhóm\s+(?:[A-D]|\d)\s+(?:gồm|có)\s+\d+\s*(?:tỉnh|địa phương|đơn vị)[^.;\n\d]{0,60}$",
    regex.IGNORECASE,
)
# the words between a rank and the index it is a rank in
_INDEX_AFTER = regex.compile(
    r"\s*(?:tỉnh, thành phố|tỉnh, thành|tỉnh thành|tỉnh|địa phương)?"
    r"(?:\s+trực thuộc\s+(?:Trung ương|TW))?\s*(?:cả nước|toàn quốc)?"
    r"\s*(?:của|về|trong|ở)\s+(?:bảng xếp hạng\s+)?",
    regex.IGNORECASE,
)
_RESULT_AFTER = regex.compile(
    r"\s*(?:\((?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu)\b|,?\s*(?:vượt|đạt)\s+[\d,.]+\s*%\s+(?:kế hoạch|mục tiêu|chỉ tiêu))",
    regex.IGNORECASE,
)


# a rate named by its bare word right before its value ("... dẫn đầu với tỷ lệ 83,48%", "Với tỷ lệ
# 68,54%, tỉnh này ...") and its full name elsewhere ("Tỷ lệ hồ sơ trực tuyến toàn trình là ...")
_BARE_RATE = regex.compile(r"(?:^|[\s,(])với\s+(?P<w>tỷ lệ|tỷ trọng)\s*$", regex.IGNORECASE)
_RATE_STOP = (
    r"(?:là|đạt|của|chỉ|trong|vẫn|này|trên|dưới|từ|tăng|giảm|cao|thấp|khi|đã|được|phản ánh|so)\b"
)


def _full_rate(word: str, before: str, title: str) -> str | None:
    """The last full name of a rate ("tỷ lệ hồ sơ trực tuyến toàn trình") before it, else in
    the title: the rate's word and two to eight more words, up to a verb or a preposition."""
    pat = regex.compile(
        rf"\b{word}\s+(?P<rest>(?:(?!{_RATE_STOP})\p{{L}}+(?:\s+|$)){{2,8}})", regex.IGNORECASE
    )
    for src in (before, title):
        found = [m for m in pat.finditer(src)]
        if found:
            m = found[-1]
            return f"{m.group()[: len(word)]} {m.group('rest')}".strip()
    return None


@dataclass(slots=True)
class Parsed:
    value: float | int | str
    value_max: float | int | None
    unit: str
    op: str
    self_goal: bool


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
        "top" in surface or "tốp" in surface or h.group("of") or _LEAD_WORDS.search(surface)
    ):
        return None
    if h.meta("requires_goal_word") and not (
        opw or h.group("dir") or h.group("reach") or h.group("approx") or (h.group("from2") and up)
    ):
        return None
    scale = (h.group("scale") or "").lower()
    if unit == "count" and scale:  # "trên 8 triệu lượt": the unit as written
        unit = f"{scale} {(h.group('noun') or '').lower()}"
    if unit in ("money", "USD") and _EQUIV.search(h.match.string, max(0, h.start - 40), h.start):
        return None  # "68,37 triệu đồng (tương đương 2.873 USD)": the same amount restated
    if (
        unit == "USD"
        and not opw
        and not _USD_LEAD.search(h.match.string, max(0, h.start - 12), h.start)
    ):
        return None  # "tăng giá Xbox thêm 100 đến 150 USD": a price, no figure reached or set
    if unit == "tuổi" and not _LIFE_BEFORE.search(h.match.string, max(0, h.start - 60), h.start):
        return None  # "người từ 60 tuổi trở lên": an age, no life expectancy
    if unit == "USD":  # "52 tỷ USD", "3.555 USD/người/năm": the unit as written
        unit = f"{scale} USD".lstrip() + (h.group("per") or "")
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
    self_goal = (op in (">=", "<=") and bool(opw or up)) or (
        unit == "count" and d in ("giảm", "cắt giảm", "tinh giản", "giảm tối thiểu", "giảm ít nhất")
    )
    return Parsed(value, vmax, unit, op, self_goal)


def _lead_date_year(paras: list[Paragraph]) -> int | None:
    """With no publication date, the year of a full date in the lead ("Hà Nội (TTXVN 18/4/2024)
    Trong năm 2023, ...", "... do Bộ Nội vụ công bố ngày 17/4/2024"): the article is of that
    year, so "Trong năm 2023" reports; a date after a deadline word ("trước ngày 31/12/2025")
    says nothing about when it was written."""
    for p in paras[:_LEAD_DATE_PARAGRAPHS]:
        for m in _LEAD_DATE.finditer(p.text):
            if not _DUE_BEFORE.search(p.text, 0, m.start()):
                return int(m.group("y"))
    return None


def _edition_year(pf: PatternFile, title: str) -> int | None:
    """With no date at all, a title naming an index's edition ("Chỉ số Cải cách hành chính 2023
    (PAR Index 2023) của 6 vùng kinh tế - xã hội", infographics.vn, dateline "(TTXVN 18/4)")
    reports rankings published the year after the one they measure: the article is of that later
    year, so "Trong năm 2023, ... đạt trên 80%" reports. A plan's title says nothing of the kind."""
    if not title or rx(str(pf.data["plan_title_regex"]), IGNORECASE).search(title):
        return None
    if rx(str(pf.data["plan_start_regex"]), IGNORECASE).match(title):
        return None
    eds = [y.year for y in tc.years(pf, title) if y.role == "edition" and y.year]
    return max(eds) + 1 if eds else None


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
    paras = paragraphs(text)
    pub = ctx.year if ctx.year is not None else _lead_date_year(paras)
    if pub is None:
        pub = _edition_year(pf, (ctx.title or "").strip())
    sents = sentences(text, paras)
    yrs = tc.years(pf, text)
    cue_list = tc.cues(pf, text, yrs, pub)
    idx = tc.indices(pf, text)
    secs = tc.sections(paras, cue_list, yrs, rx(str(pf.data["result_heading_regex"]), IGNORECASE))
    docdl = tc.doc_deadline(pf, ctx.title, text, yrs)
    # the title says what kind of article it is: a plan's numbers are goals, a report's
    # results, when nothing in their own text says otherwise
    default_mode = None
    title = (ctx.title or "").strip()
    lead = " ".join(p.text for p in paras[: int(pf.data.get("lead_paragraphs", 2))])
    lead_plan = rx(str(pf.data["lead_plan_regex"]), IGNORECASE).search(lead) is not None
    lead_result = rx(str(pf.data["lead_result_regex"]), IGNORECASE).search(lead) is not None
    if rx(str(pf.data["plan_start_regex"]), IGNORECASE).match(title):
        default_mode = "goal"  # "Kế hoạch đánh giá ...": a plan still
    elif rx(str(pf.data["result_heading_regex"]), IGNORECASE).search(title):
        default_mode = "result"
    elif rx(str(pf.data["plan_title_regex"]), IGNORECASE).search(title) or lead_plan:
        default_mode = "goal"
    elif lead_result or rx(str(pf.data["result_title_regex"]), IGNORECASE).search(title):
        # "VCCI vừa công bố chỉ số PCI 2024", "Hà Nam dẫn đầu cả nước về tỷ lệ hồ sơ trực
        # tuyến toàn trình": a report of rankings or of a standing
        default_mode = "result"
    # the one year a report's title names is the year of its results that state none ("Hải
    # Phòng công bố Chỉ số cải cách hành chính năm 2025": "Mức độ hài lòng trung bình ... là
    # 92,67%"); a plan's title year is its deadline instead
    title_years = {y.year for y in tc.years(pf, title) if y.role in ("deadline", "edition")}
    title_year = title_years.pop() if len(title_years) == 1 and default_mode == "result" else None
    voc = ts.Vocabulary.of(pf)
    topic_rx = rx(str(pf.data["rank_topic_regex"]), IGNORECASE)
    topics = {str(k).lower(): str(v) for k, v in pf.data["rank_topics"].items()}

    nums = [
        (h, p)
        for h in scan(pf, text, "number")
        if "\n" not in h.match.group() and (p := _parse(h, pf)) is not None
    ]
    targets: list[BaseModel] = []
    results: list[BaseModel] = []
    last: dict[int, ts.Subject] = {}  # sentence start → subject of its last mention
    # a sentence the page repeats word for word (a lead echoed in the body, a caption) states its
    # numbers once: only its first occurrence is read
    seen: dict[str, int] = {}
    repeated: set[int] = set()
    for s in sents:
        key = " ".join(text[s.start : s.end].split()).strip(" .;:")
        if len(key) >= 20 and seen.setdefault(key, s.start) != s.start:
            repeated.add(s.start)
    for i, (h, parsed) in enumerate(nums):
        sent = _sentence_of(sents, h.start)
        if sent.start in repeated:
            continue
        para = paras[sent.para]
        next_start = nums[i + 1][0].start if i + 1 < len(nums) else len(text)
        mode = tc.mode_of(
            h.start,
            h.end,
            sent,
            para,
            cue_list,
            secs[sent.para],
            parsed.self_goal,
            _past_year_default(text, sent.start, yrs, pub, default_mode),
            inherit=not _WITH_BEFORE.search(text, max(sent.start, h.start - 30), h.start),
        )
        if mode is None and _THIS_IS_GOAL.match(text, sent.end, para.end):
            mode = "goal"
        if mode == "goal" and _RESULT_AFTER.match(text, h.end):
            mode = "result"  # "đạt 63,47% (mục tiêu 70%)": the number is what was reached
        plan_paren = _PLAN_PAREN.search(text, max(0, h.start - 80), h.start) is not None
        if plan_paren:
            mode = "goal"
        elif mode == "goal" and _BASE_PAREN.search(text, max(0, h.start - 60), h.start):
            mode = "result"  # "(40 tỷ USD)" after "so với ước thực hiện năm 2024": that year's
        elif (
            _GROUP_BEFORE.search(text, sent.start, h.start) and _GROUP_AFTER.match(text, h.end)
        ) or _GROUP_MEMBERS.search(text, sent.start, h.start):
            mode = None
        if mode is None:
            continue
        prev_end = nums[i - 1][0].end if i > 0 else 0
        prev = last.get(sent.start) if i > 0 and nums[i - 1][0].start >= sent.start else None
        subject, per_index = ts.describe(
            text,
            h,
            parsed.unit in _RANKISH,
            sent,
            prev_end,
            prev,
            next_start,
            yrs,
            idx,
            voc,
            para.start,
            scored=parsed.unit == "score",
        )
        last[sent.start] = subject
        # the index a rank names right after itself is the rank's, whatever index was named before
        # it, in an earlier sentence ("Hà Nội xếp thứ 3/63 tỉnh, thành phố trực thuộc Trung ương
        # về chỉ số cải cách hành chính (PAR INDEX)") or in its own ("... về Chỉ số SIPAS năm 2024;
        # xếp thứ 5 toàn quốc về Chỉ số cải cách hành chính", baoquocte.vn 2025)
        if parsed.unit in _RANKISH:
            topic = topic_rx.match(text, h.end)
            after = _INDEX_AFTER.match(text, h.end)
            named = [x for x in idx if after and x.start == after.end()]
            if topic:  # "top 10 tỉnh dẫn đầu cả nước về chuyển đổi số": a DTI rank
                code = topics.get(topic.group("topic").lower())
                per_index = [(code, met) for _, met in per_index[:1]]
            elif named:  # "Top 30 của PCI 2023", "thứ hạng 35/63 tỉnh, thành phố về Chỉ số PCI"
                per_index = [(str(named[0].meta("index")), met) for _, met in per_index[:1]]
        # an index outside the six ("Chỉ số xanh cấp tỉnh (PGI)") is named so that a number
        # about it takes no earlier index; it is reported as none
        known = [(c, m) for c, m in per_index if c != _OTHER_INDEX]
        per_index = known or [(None, m) for _, m in per_index[:1]]
        surface = text[h.start : h.end]
        bare = _BARE_RATE.search(text, max(sent.start, h.start - 30), h.start)
        if bare and len(per_index) == 1:
            # "Bộ Công Thương dẫn đầu với tỷ lệ 83,48%" (kinhtedothi.vn 2025): the rate is the
            # metric, the leader its subject; the rate is named in full earlier or in the title
            full = _full_rate(bare.group("w"), text[: bare.start()], title)
            if full:
                per_index = [(per_index[0][0], full)]
        if h.meta("metric_with_surface"):  # "hoàn thành chuyển đổi số tại 12 huyện"
            per_index = [(c, f"{m} {surface}" if m else m) for c, m in per_index]
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
                if dl is None and plan_paren:
                    dl = pub  # the current plan a report measures against
                base = tc.baseline_of(h.end, next_start, sent, yrs, dl, pub)
                targets.append(Target(deadline=dl, baseline=base, **common))  # type: ignore[arg-type]
            else:
                base0 = tc.baseline_of(h.end, next_start, sent, yrs, None, pub)
                yr = tc.result_year(
                    h.start, h.end, next_start, sent, para, yrs, base0, secs[sent.para], text
                )
                if yr is None:
                    yr = title_year
                then = _BASE_PAREN.search(text, max(0, h.start - 60), h.start)
                if then:  # "tăng 2,58% so với năm 2022 (80,08%)": the value of 2022
                    yr, base0 = int(then.group("y")), None
                elif (
                    parsed.unit == "rank"
                    and _FROM_BEFORE.search(text, max(0, h.start - 8), h.start)
                    and _TO_RANK.match(text, h.end)
                    and not _YEAR_NEXT.match(text, h.end)  # "từ vị trí thứ 4 năm 2015 xuống ..."
                ):
                    # "từ thứ hạng 51 lên thứ hạng 31", "từ vị trí số 28 của năm ngoái lên vị trí
                    # thứ 24": the rank left is of the year compared with, else the year before
                    was = [
                        y.year
                        for y in yrs
                        if y.role == "baseline" and y.year and sent.start <= y.start < sent.end
                    ]
                    yr = was[0] if was else (yr - 1 if yr else None)
                base = base0 if base0 else tc.baseline_of(h.end, next_start, sent, yrs, yr, pub)
                results.append(Result(year=yr, baseline=base, **common))  # type: ignore[arg-type]
    return {"targets": _restated_once(targets, text), "results": results}


# the word right after a goal's number, when it is a noun of what is counted ("phủ 100% xã",
# "phủ 100% trường học"); words of time, comparison or linking say nothing of that
_OBJECT_NEXT = regex.compile(r"[ \t]+(\p{L}+)")
_NOT_OBJECT = frozenset(
    words(
        "vào trong năm và so trở đến tới của là ở tại theo với khi thì nhằm để trên dưới hơn "
        "hoặc cho từ sau trước đã sẽ được"
    )
)


def _object_after(text: str, end: int) -> str:
    m = _OBJECT_NEXT.match(text, end)
    w = m.group(1).lower() if m else ""
    return "" if w in _NOT_OBJECT else w


# words that say nothing of what a goal measures, and abbreviations written out, to compare two
# statements of one goal in different words ("chỉ tiêu bao phủ Bảo hiểm Y tế là 95,5%" and "tỷ lệ
# bao phủ BHYT của huyện đạt trên 95,5% dân số")
_GENERIC = frozenset(
    words(
        "tỷ lệ về của các là đạt và trong năm số chỉ tiêu mục phấn đấu duy trì phát triển nâng "
        "cao bảo đảm huyện tỉnh xã thành phố toàn"
    )
)
_ABBREV_WORDS = {
    "bhyt": "bảo hiểm y tế",
    "bhxh": "bảo hiểm xã hội",
    "tthc": "thủ tục hành chính",
    "dvc": "dịch vụ công",
    "ntm": "nông thôn mới",
}
_AT_LEAST = {"=": ">=", ">": ">=", ">=": ">="}


def _gist(metric: str) -> frozenset[str]:
    ws = [w2 for w in words(metric) for w2 in _ABBREV_WORDS.get(w, w).split()]
    return frozenset(w for w in ws if w not in _GENERIC)


def _restated_once(targets: list[BaseModel], text: str = "") -> list[BaseModel]:
    """A goal the page states again is one goal, the first statement.

    "Nghị quyết số 25/NQ-CP ... bảo đảm mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở lên. ...
    nhằm thực hiện thắng lợi mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở lên"
    (sct.binhthuan.gov.vn 2025-02) sets one goal; a caption or a closing paragraph that restates
    a goal likewise. The same value, comparator, deadline, index and metric of several words.
    Two different nouns right after the number are two goals of one subject: "Hạ tầng mạng băng
    rộng cáp quang phủ 100% xã. - Hạ tầng mạng băng rộng cáp quang phủ 100% trường học, bệnh
    viện" (pbgdpl.camau.gov.vn, a plan for the digital economy strategy).

    In other words too, when both name what is measured with the same words (at least two) once
    generic words are left out and abbreviations written out, with "95,5%" and "trên 95,5%"
    alike: "(trong đó chỉ tiêu
    bao phủ Bảo hiểm Y tế là 95,5%)", "hoàn thành chỉ tiêu về tỷ lệ bao phủ BHYT đạt trên
    95,5%", "Phấn đấu, duy trì phát triển tỷ lệ bao phủ BHYT của huyện đạt trên 95,5% dân số"
    (trungtamytehuyenmyloc.vn 2023: one goal of a district).
    """
    seen: dict[tuple[object, ...], set[str]] = {}
    gists: list[tuple[tuple[object, ...], frozenset[str], str]] = []
    out: list[BaseModel] = []
    for t in targets:
        if isinstance(t, Target) and len(words(t.metric or "")) >= 2:
            key = (t.value, t.value_max, t.unit, t.op, t.deadline, t.index, t.metric.lower())
            obj = _object_after(text, t.end)
            had = seen.get(key)
            if had is not None and (not obj or "" in had or obj in had):
                continue
            loose = (t.value, t.value_max, t.unit, _AT_LEAST.get(t.op, t.op), t.deadline, t.index)
            gist = _gist(t.metric)
            if len(gist) >= 2 and any(
                k == loose and g == gist and (not obj or not o or o == obj) for k, g, o in gists
            ):
                continue
            seen.setdefault(key, set()).add(obj)
            gists.append((loose, gist, obj))
        out.append(t)
    return out
