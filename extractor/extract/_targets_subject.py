"""The subject of a number phrase for `targets`: the indices it names and its metric.

A metric is what the number measures in the text's words ("tỷ lệ hồ sơ giải quyết trực
tuyến mức độ 3 và 4 trên tổng số hồ sơ"), trimmed from its clause: the words before the
number after the last goal word or deadline ("phấn đấu đến năm 2025, ..."), else the words
after it ("tối thiểu 80% TTHC được ..."), else the subject of the number before it in the
same sentence ("đạt 87,61 điểm, tăng 1,59 điểm"). For a rank, a rank change or a category
the predicate is kept ("... nằm trong nhóm 20 tỉnh dẫn đầu"). A subject naming several
indices gives one metric per index.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..patterns import PatternFile
from . import _targets_context as tc
from ._rx import IGNORECASE, rx
from ._targets_scan import Hit, Sentence, words

YEAR_ROLES_IN_SUBJECT = {"deadline", "period", "edition", "vision", "date"}
_TAIL = regex.compile(
    r"\s*(?:\(|,\s*)?so với\s+(?:cùng kỳ\s+)?(?:năm\s+\d{4}|năm trước|năm ngoái|hiện nay|hiện tại)",
    regex.IGNORECASE,
)
# a rank within a region says so right after it: "xếp thứ 44 cả nước, xếp thứ 3 khu vực Bắc Trung
# Bộ" (baonghean.vn, PCI 2023); the region goes into the rank's metric
_REGION_TAIL = regex.compile(
    r"\s+(?:khu vực|vùng)\s+(?:[\p{Lu}][\p{L}]*|và|-)(?:\s+(?:[\p{Lu}][\p{L}]*|bộ|và|-))*",
)
_COMMA_NEXT = regex.compile(r"\s*,")
_EDGE = " \t,;:.-–—()[]\"“”'‘’…/+•*"
_REDGE = " \t,;:.-–—([\"“'‘…/+•*"
_LEAD_WORDS = regex.compile(
    r"^(?:(?:và|hoặc|thì|là|của|nhưng|song|đồng thời|còn)\s+)+", regex.IGNORECASE
)
# a verb that opens the subject before a number is the goal's action, not what it measures:
# "nâng mức hài lòng ... lên 95%" measures "mức hài lòng ...", "đạt tỷ trọng kinh tế số trên 20%"
# the share itself; "đạt tỷ lệ", "đạt mức" are link words and go whole
_LEAD_VERB = regex.compile(r"^(?:nâng cao|nâng|đạt(?!\s+(?:tỷ lệ|mức)\b))\s+", regex.IGNORECASE)
# adverbs before the verb are no part of a subject: "tỷ lệ này chỉ đạt 45,8%", "khối tỉnh,
# thành chỉ đạt 18,54%" (kinhtedothi.vn, 2025); nor is a comparison or "lần lượt" before the
# values ("... được Chính phủ đặt ra ở mức thấp hơn, lần lượt là 8% và 8,5%", doanhnghiephoinhap.vn
# 2025), nor the "cả" left of "cả năm 2025", nor an estimate's "ước" ("thu ngân sách ... ước đạt"),
# nor the "còn" of a fall ("tỷ lệ số xã đạt dưới 10 tiêu chí còn khoảng 25%", a Tổ Quốc item 2016)
# or the "cho" of a period ("chỉ tiêu giảm nghèo bình quân cho giai đoạn 2015 – 2020 là 1%/năm",
# m.thvl.vn 2015)
_TRAIL_WORDS = regex.compile(
    r"(?:\s+(?:so với|so|và|hoặc|của|với|như|bằng|ở mức (?:thấp|cao) hơn|cao hơn|hơn|đối với|ngay|chỉ|vẫn|cũng|cả|lần lượt|ước tính|ước|còn|cho|đã))+$",
    regex.IGNORECASE,
)
# the last comma of a subject, except inside "tỉnh, thành (phố)", "bộ, ngành", "sở, ban, ngành":
# "còn khối tỉnh, thành chỉ đạt 18,54%" has the subject "khối tỉnh, thành"
_LAST_COMMA = regex.compile(
    r"(?<!\b(?:tỉnh|bộ|sở|ban|Tỉnh|Bộ|Sở|Ban)),(?!\s*(?:thành|ngành|ban)\b)(?!.*,)"
)


# a connector right before the next number: "và", "hoặc", "với", "cùng (với)", a comma
_CONNECTOR = r"(,|\bvà|\bhoặc|\bvới|\bcùng(?:\s+với)?)\s*"
_JOINT = regex.compile(_CONNECTOR + r"(?:khoảng|gần|chừng)?\s*$", regex.IGNORECASE)
# the same before the next number, which may repeat the verb: "năm 2018 đạt 87,98% dân số, đạt
# 91,93% dân số vào năm 2019 và đạt 93,12% dân số năm 2020" (baogialai.com.vn 2016)
_JOINT_NEXT = regex.compile(
    _CONNECTOR + r"(?:(?:đạt|là)\s+)?(?:khoảng|gần|chừng)?\s*$", regex.IGNORECASE
)
# the words after a number stop at a copula or a new predicate ("... biên chế trong cả hệ thống
# chính trị từ nay đến năm 2021 là mục tiêu được Thủ tướng nhấn mạnh"), or at a comma that opens
# a purpose ("... trực tuyến toàn trình, đảm bảo xác thực thông suốt", baoquangnam.vn 2025-04;
# "... trực tuyến toàn trình, cho phép người dùng ...", "... được số hóa, hướng tới loại bỏ ...",
# doanhnghiephoinhap.vn 2025)
# ", đặc biệt là ...", ", nhất là ..." single out a part of the subject: "50% số dân cư trú từ 14
# tuổi trở lên, đặc biệt là các trường hợp thường xuyên thực hiện các giao dịch" (vtvgo.vn 2021)
_RIGHT_STOP = regex.compile(
    r"\s+(?:là|từ nay|hiện nay|nhằm|để|gồm|cho đến khi|cho tới khi|đến khi)\b|\s*,\s*(?:đảm bảo|bảo đảm|góp phần|trong (?:số )?đó|cho phép|giúp|tạo điều kiện|hướng tới|hướng đến|đặc biệt|nhất là)\b",
    regex.IGNORECASE,
)
# a connector and a verb of planning right after a number open a new predicate, no object of the
# number: "điều chỉnh mục tiêu tăng trưởng kinh tế cả năm 2025 từ 5,5% lên 8% và đề ra 5 nhóm
# nhiệm vụ, giải pháp" (mekongasean.vn 2025, Sơn La)
_NEW_PREDICATE = regex.compile(
    r"\s*,?\s*(?:và|đồng thời)\s+(?:đề ra|đặt ra|xác định|ban hành|triển khai|thông qua|giao)\b",
    regex.IGNORECASE,
)
_CHANGE_VERB = regex.compile(r"\b(tinh giản|cắt giảm|giảm|tăng)\s*$", regex.IGNORECASE)
# before the number: nothing but an opening comma, or an existential "có", maybe with an
# approximation: "cả nước đã có gần 74% xã đạt chuẩn NTM" (baophapluat.vn), "cả nước có khoảng
# 25% số xã đạt chuẩn nông thôn mới" (a Tổ Quốc item, 2016) count the communes after the number
_OPENS_RIGHT = regex.compile(
    r"(?:,|\bcó)\s*(?:(?:gần|khoảng|chừng|xấp xỉ|hơn)\s+)?$", regex.IGNORECASE
)
_LABEL_MAX_WORDS = 14
_PLACE_TAIL = regex.compile(
    r"(?:các\s+)?(?:tỉnh, thành phố|tỉnh, thành|tỉnh thành|tỉnh|địa phương)"
    r"(?:\s+(?:trực thuộc Trung ương|trong cả nước|trên cả nước|cả nước|toàn quốc))?$",
    regex.IGNORECASE,
)
_VALUE_TAIL = regex.compile(r"\s+(?:đạt|là|ở mức)\s+[\d.,]+\s*$", regex.IGNORECASE)
# a value in parentheses right after a proper name is that name's: "Đà Nẵng (58,89%), Hà Giang
# (55,76%) và Nam Định (52,96%)" (kinhtedothi.vn, 2025), whatever words the name is made of
_NAME_PAREN = regex.compile(r"(?P<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})\s*\(\s*$")
# the words after a share that only name the plan it is a share of: "tỷ lệ giải ngân vốn đầu
# tư công phấn đấu đạt 100% kế hoạch giao" (baophutho.vn 2025-12) measures what stands before
_PLAN_REF = regex.compile(
    r"(?:kế hoạch|chỉ tiêu|dự toán)(?:\s+(?:vốn\s+)?(?:được\s+)?(?:giao|đề ra|tỉnh giao|trung ương giao))?",
    regex.IGNORECASE,
)
# a list item that ends in its own number before a comma ("tổng sản lượng lương thực đạt và
# vượt 10.012 tấn, giá trị sản phẩm ... đạt 169 triệu đồng", baothanhhoa.vn 2025-08) is
# another item, not part of the next number's subject
_ITEM_BEFORE = regex.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|[\p{L}/]+(?:\s+[\p{L}/]+){0,2})?$")
# the second value of a change "từ A lên B" measures what A measures: "tỷ lệ đóng góp của kinh tế số
# trong GDP tăng từ 11,91% năm 2021 lên 14,26% trong năm 2022" (en.vneconomy.vn 2023) read the words
# after 14,26% ("6 tháng đầu đã đạt gần") as its subject
_FROM_PREV = regex.compile(r"\btừ\s+[\d.,]+\s*%?$", regex.IGNORECASE)
_TO_NEXT = regex.compile(
    r"\s*(?:(?:trong\s+)?năm\s+\d{4}\s*)?(?:lên|xuống|đến|tới|còn)\s+(?:mức\s+)?", regex.IGNORECASE
)
# a part of a year is when, not what: "... và 6 tháng đầu năm 2023 đã đạt gần 15%" (en.vneconomy.vn
# 2023) measures what the values before it measure
_PERIOD = regex.compile(
    r"(?<!\S)(?:(?:trong|sau)\s+)?\d+\s+tháng\s+(?:đầu|cuối)(?:\s+năm)?(?:\s+(?:đã|vừa))?(?:\s*,)?(?!\S)",
    regex.IGNORECASE,
)
_WHERE_OPEN = regex.compile(
    r"(?:trong|tại|theo)\s+(?:chương trình|kế hoạch|nghị quyết|đề án)\b", regex.I
)
# a share in parentheses after a count is the share of what the count counts: "cả nước có 6.009 xã
# (tỷ lệ 73,06%) đạt chuẩn NTM" (baothaibinh.com.vn 2023), "5.869/8.225 xã (71,4%) đạt chuẩn nông
# thôn mới" (canthotv.vn 2022): the noun counted and the predicate after the parenthesis
_COUNT_PAREN = regex.compile(
    r"\d(?:[\d.,/]*\d)?\s+(?P<noun>xã|huyện|thôn|bản|hộ|tỉnh|doanh nghiệp|hồ sơ|thủ tục|trường)"
    r"\s*\(\s*(?:tỷ lệ|chiếm|đạt|bằng)?\s*$",
    regex.IGNORECASE,
)
# a clause that ends in a predicate of its own, a verb of growth and how well it went, is a
# sentence of its own before the comma, not part of the next number's subject: "kinh tế của tỉnh
# Bình Định tăng trưởng khá, giá trị tổng sản phẩm trên địa bàn tỉnh (GRDP) bình quân hằng năm
# tăng 6,2%" (tapchicongsan.org.vn, Bình Định 2015-2020)
_DONE_CLAUSE = regex.compile(
    r"\b(?:tăng trưởng|phát triển|phục hồi|chuyển biến|chuyển dịch)\s+(?:khá|mạnh|nhanh|"
    r"ổn định|tích cực|rõ rệt|vững chắc|bền vững|đúng hướng)(?:\s+(?:và|nhưng)\s+\S+)?$",
    regex.IGNORECASE,
)
_PAREN_PRED = regex.compile(r"\s*\)\s*(?P<pred>(?:đã\s+)?[^\d,.;:()\n]{3,80}?)\s*(?=[,.;:()\n]|$)")
_LINK_OPEN = regex.compile(r"(?:với|đạt|có|là|bằng|ở|tại)\b", regex.IGNORECASE)
_FRESH = regex.compile(r"[\s),;]*(?:còn|trong khi|riêng|riêng đối với)\s", regex.IGNORECASE)


def _colon_label(text: str, clause_start: int, start: int, sent_start: int, para_start: int) -> str:
    """The label of a "<label>: <number>" item, when the number opens the clause after it."""
    if clause_start <= 0 or text[clause_start - 1] != ":":
        return ""
    if text[clause_start:start].strip(" \t-–•+*"):
        return ""
    a = max(sent_start, para_start, text.rfind(";", para_start, clause_start - 1) + 1)
    label = clean(text[a : clause_start - 1])
    if _YEAR_LABEL.fullmatch(label):
        # "- Năm 2022: 94 xã, phường, thị trấn.": a year labels the item; what is counted is
        # said by the list's heading ("Số xã, phường, thị trấn ... hoàn thành chuyển đổi số theo
        # từng năm, cụ thể như sau:", muonglat.thanhhoa.gov.vn 2022)
        head = _HEADING.search(text, max(0, para_start - 400), para_start)
        label = clean(_AS_FOLLOWS.sub("", head.group("h"))) if head else ""
        return label if len(words(label)) <= 2 * _LABEL_MAX_WORDS else ""
    n = len(words(label))
    return label if 0 < n <= _LABEL_MAX_WORDS else ""


_YEAR_LABEL = regex.compile(r"(?:năm|giai đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?", regex.IGNORECASE)
_HEADING = regex.compile(r"(?:^|\n)(?P<h>[^\n:]{8,300}):\s*\n(?:\s*[-–•+*][^\n]*\n)*\s*$")
_AS_FOLLOWS = regex.compile(
    r"(?:,?\s*(?:theo từng năm|cụ thể|như sau|gồm|bao gồm))+\s*$", regex.IGNORECASE
)


_PLACE = regex.compile(
    r"(?:tỉnh|địa phương|thành phố|cả nước|toàn quốc|trên|trong|quốc gia|bộ|vùng)\b", regex.I
)

_COMMAS = regex.compile(r"\s*,(?:\s*,)+")
_SO_VOI_REST = regex.compile(r"\s*so với.*$")
_SPACE_LETTER = regex.compile(r"\s+[\p{L}]")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The word lists of targets.yaml that shape a subject."""

    link: list[str]
    verbs: set[str]
    cut: regex.Pattern[str]
    link_ends: tuple[str, ...] = ()  # " " + each link word
    link_set: frozenset[str] = frozenset()

    @classmethod
    def of(cls, pf: PatternFile) -> Vocabulary:
        link = sorted((str(w) for w in pf.data["link_words"]), key=len, reverse=True)
        return cls(
            link=link,
            verbs={str(w) for w in pf.data["verb_words"]},
            cut=rx(str(pf.data["cut_regex"]), IGNORECASE),
            link_ends=tuple(" " + w for w in link),
            link_set=frozenset(link),
        )


@dataclass(slots=True)
class Subject:
    text: str
    indices: list[tuple[str, str, int]]  # (code, surface, end offset)


def clean(s: str) -> str:
    s = " ".join(s.split())
    s = _COMMAS.sub(",", s)
    prev = None
    while prev != s:
        prev = s
        s = s.lstrip(_EDGE).rstrip(_REDGE)
        if s.count("(") < s.count(")") and s.endswith(")"):
            s = s[:-1]
        s = _LEAD_WORDS.sub("", s)
        s = _TRAIL_WORDS.sub("", s)
    return s


def strip_link(s: str, voc: Vocabulary) -> str:
    low = s.lower()
    if not low.endswith(voc.link_ends) and low not in voc.link_set:
        return s  # no link word to strip (the loop below would change nothing)
    prev = None
    while prev != s:
        prev = s
        for w, end in zip(voc.link, voc.link_ends, strict=True):
            if low.endswith(end) or low == w:
                s = clean(s[: len(s) - len(w)])
                low = s.lower()
    return s


# an acronym ("GRDP") or a proper name ("Nam Định", whose "định" is also a verb word) alone
# names what is measured: "gồm: Hải Phòng 11,01%, Hà Nam 10,93%, Hải Dương 10,02%, Nam Định
# 10,01%" (mekongasean.vn 2025) gives each figure its province, not the one before
_ACRONYM = regex.compile(r"[A-ZĐ]{3,6}|\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,3}")
# growth alone names a measure of its own, though its words are verb words: "GRDP đạt 240.000 tỷ
# đồng, tăng trưởng trên 10%/năm" (vietnamplus.vn 2025-09, Lào Cai) measures the growth, no longer
# the GRDP amount before it; "giảm 3,84 điểm" names none and is still of the subject before
_OWN_MEASURE = regex.compile(
    r"(?:(?:mức|tốc độ)\s+)?tăng trưởng(?:\s+(?:bình quân|kinh tế|GRDP|GDP))*"
    r"|(?:mức|tốc độ)\s+tăng(?:\s+trưởng)?(?:\s+\p{L}+){0,3}",
    regex.IGNORECASE,
)
# a measure introduced by "với" after what is said of someone is what the number measures:
# "Bắc Giang tiếp tục giữ vững vị trí dẫn đầu với mức tăng 13,85%" (doanhnghiephoinhap.vn 2025),
# "cơ cấu kinh tế chuyển dịch đúng hướng với tỷ trọng công nghiệp - xây dựng và dịch vụ chiếm
# 78,31%" (vietnamnet.vn 2025-10, Gia Lai), "Theo PCI 2023, với điểm số PCI tổng hợp năm 2023
# đạt 71,25 điểm, Quảng Ninh ..." (soha.vn 2024-05)
_WITH_MEASURE = regex.compile(
    r"\bvới\s+(?P<m>(?:tỷ lệ|tỷ trọng|mức|tốc độ|điểm số|số điểm|chỉ số)\s+\p{L}[^,]*)$",
    regex.IGNORECASE,
)
# who reaches a measure, named before it, is no part of it: "Bắc Giang, Quảng Ninh, Hải Phòng,
# Ninh Bình và Ninh Thuận được kỳ vọng đạt mức tăng từ 12% trở lên" (doanhnghiephoinhap.vn 2025)
# measures "mức tăng"; the provinces are who is expected to reach it
_WHO_REACHES = regex.compile(
    r"(?:^|,\s*)\p{Lu}[\p{L}.]*(?:(?:\s+|\s*,\s*|\s+và\s+|\s+-\s+)\p{Lu}[\p{L}.]*)*"
    r"\s+(?:(?:được|dự kiến|kỳ vọng|phấn đấu|sẽ|cũng|đều|cần|phải)\s+)*đạt\s+"
    r"(?P<m>(?:mức|tốc độ|tỷ lệ|tỷ trọng)\s+\p{L}[^,]*)$"
)


def content(s: str, verbs: set[str]) -> int:
    return sum(1 for w in words(s) if w not in verbs and not w.isdigit())


_DATE_WORD = regex.compile(r"(?:ngày|tháng)\s+$", regex.IGNORECASE)


def without_years(text: str, a: int, b: int, yrs: list[tc.Year]) -> str:
    out, pos = [], a
    for y in yrs:
        if y.role in YEAR_ROLES_IN_SUBJECT and a <= y.start and y.end <= b and y.start >= pos:
            start = y.start
            if y.role == "date":
                # the word of a numeric date goes with it: "Tỷ lệ hồ sơ ... tháng 6/2025 của cả
                # nước là 39,51%" (lite.baomoi.com 2025-07) leaves no "tháng" in the subject
                w = _DATE_WORD.search(text, max(pos, start - 8), start)
                start = w.start() if w else start
            out.append(text[pos:start])
            pos = y.end
    out.append(text[pos:b])
    return " ".join(out)


def indices_in(idx: list[Hit], a: int, b: int) -> list[tuple[str, str, int]]:
    found: dict[str, tuple[str, str, int]] = {}
    for h in idx:
        if a <= h.start and h.end <= b:
            code = str(h.meta("index"))
            surf = h.match.group()
            if code not in found or len(surf) > len(found[code][1]):
                found[code] = (code, surf, h.end)
    return sorted(found.values(), key=lambda t: t[2])


def describe(
    text: str,
    h: Hit,
    rankish: bool,
    sent: Sentence,
    prev_end: int,
    prev: Subject | None,
    next_start: int,
    yrs: list[tc.Year],
    idx: list[Hit],
    voc: Vocabulary,
    para_start: int = 0,
    scored: bool = False,
) -> tuple[Subject, list[tuple[str | None, str]]]:
    """The subject of the number phrase ``h`` and its (index, metric) pairs."""
    verbs, cut_rx = voc.verbs, voc.cut
    clause = sent.clause_of(h.start)
    region = max(clause.start, prev_end)
    cuts = [m.end() for m in cut_rx.finditer(text, region, h.start)]
    cuts += [
        y.end
        for y in yrs
        if (
            y.role == "baseline"
            or (y.role == "deadline" and y.by)
            # "Từ tháng 7/2024, tỉnh đã tiến hành thu nhận được trên 44.000 hồ sơ" (backan.gov.vn
            # 2024-12): a date that opens its clause is no part of the subject after it
            or (y.role == "date" and _COMMA_NEXT.match(text, y.end) is not None)
        )
        and region <= y.start
        and y.end <= h.start
    ]
    # a list opened in parentheses names its own subject: "đã đặt ra 6 mục tiêu cụ thể về phát
    # triển KTS (Tỷ trọng KTS đạt 20% GDP; ..." (baonamdinh.vn 2022-08)
    paren = text.rfind("(", region, h.start)
    if (
        paren >= 0
        and ")" not in text[paren : h.start]
        and content(without_years(text, paren + 1, h.start, yrs), verbs) >= 2
    ):
        cuts.append(paren + 1)
    cuts.sort()
    surface = text[h.start : h.end]
    tail_m = _TAIL.match(text, h.end)
    tail = tail_m.group() if tail_m and tail_m.end() <= clause.end else ""
    region_m = _REGION_TAIL.match(text, h.end) if rankish and not tail else None
    if region_m and region_m.end() <= clause.end:
        tail = region_m.group()  # "xếp thứ 3 khu vực Bắc Trung Bộ": a rank in a region

    inds = indices_in(idx, region, h.start) or indices_in(idx, h.start, h.end)
    before_rank = prev  # the subject of the number before, in this sentence
    if not inds and (rankish or scored) and (prev is None or not prev.indices):
        # "Chỉ số PAR INDEX ... giảm 5 bậc. Để cải thiện, đặt mục tiêu tăng 10 bậc": a rank
        # with no index of its own is the rank of the index named last in its paragraph; so is
        # a score ("... công bố chỉ số năng lực cạnh tranh cấp tỉnh 2024 (PCI 2024). TP.HCM đạt
        # 67.89 điểm", lamsonlogistics.com 2025): points are only ever an index's
        before = [x for x in idx if para_start <= x.start and x.end <= region]
        if before:
            inds = indices_in(before, before[-1].start, before[-1].end)
    right_end = min(clause.end, next_start)
    if next_start < clause.end:
        joint = _JOINT_NEXT.search(text, h.end, next_start)
        comma = text.rfind(",", h.end, next_start)
        if joint and joint.start() > h.end:
            # "100% thôn, bản được phủ sóng và 100% hộ gia đình": the next number opens its own
            # phrase after the connector; the words up to it are this number's
            right_end = joint.start()
        elif comma > h.end:  # the next number's subject stands after the last comma
            right_end = comma
    right = clean(without_years(text, h.end, right_end, yrs))
    right = _TRAIL_WORDS.sub("", _SO_VOI_REST.sub("", right)).strip(_REDGE)
    right = clean(_RIGHT_STOP.split(right, 1)[0])
    if _NEW_PREDICATE.match(text, h.end):
        right = ""
    paren = right.find("(")
    if paren > 0 and len(words(right[paren:])) >= 4:  # "(hiện tại ... không còn vùng lõm sóng)"
        right = clean(right[:paren])
    right_ok = (
        bool(_SPACE_LETTER.match(text[h.end : h.end + 2]))
        and content(right, verbs) >= 2
        and not (rankish and _PLACE.match(right))
    )
    subj_full = clean(
        _PERIOD.sub("", without_years(text, cuts[-1] if cuts else region, h.start, yrs))
    )
    subj_full = _LEAD_VERB.sub("", subj_full)
    subj_noun = strip_link(subj_full, voc)
    who = _WHO_REACHES.search(subj_full) if not rankish else None
    if who:
        subj_full = subj_noun = who.group("m")
    with_m = _WITH_MEASURE.search(subj_full) if not rankish else None
    if with_m and (
        content(with_m.group("m"), verbs) >= 2 or _OWN_MEASURE.fullmatch(with_m.group("m"))
    ):
        subj_full = subj_noun = strip_link(with_m.group("m"), voc)
    measure = _OWN_MEASURE.fullmatch(subj_noun) is not None and not rankish
    parts = _LAST_COMMA.split(subj_full) if not rankish else []
    if len(parts) == 2:
        head, last = clean(parts[0]), clean(parts[1])
        # so is the object of the number just before ("100% khu dân cư đạt văn hóa, tỷ lệ gia
        # đình văn hóa đạt 85% trở lên")
        item = _ITEM_BEFORE.search(head) or (prev is not None and head == prev.text)
        item = item or _DONE_CLAUSE.search(head) is not None
        # "huyện Bảo Yên, với tỷ lệ hài lòng đạt 83,11%": a clause opened by a link word goes
        # on with the name before it
        own = _LINK_OPEN.match(last) is None
        if item and own and content(strip_link(last, voc), verbs) >= 2:
            subj_full, subj_noun = last, strip_link(last, voc)
    if right_ok and cuts and _PLAN_REF.fullmatch(right):
        first_cut = cut_rx.search(text, region, h.start)
        head = clean(without_years(text, region, first_cut.start(), yrs)) if first_cut else ""
        if content(strip_link(head, voc), verbs) >= 2:
            subj_full, subj_noun, right_ok = head, strip_link(head, voc), False
    elif (
        right_ok
        and prev is not None
        and _PLAN_REF.fullmatch(right)
        and (content(subj_noun, verbs) < 2 or _PLAN_REF.fullmatch(subj_noun) is not None)
        and content(prev.text, verbs) >= 2
    ):
        # "tổng thu ngân sách nhà nước năm 2023 ước đạt 856 tỷ đồng, bằng 104% dự toán trung
        # ương giao, bằng 86% dự toán tỉnh giao" (baobackan.com.vn 2023-11): a share of a plan
        # with no subject of its own measures what the number before it measures
        subj_full = subj_noun = prev.text
        right_ok = False
    if (
        cuts
        and not right_ok
        # "...; thu ngân sách đến cuối năm 2025 ước đạt 27.000 tỷ đồng" (vietnamnet.vn 2025-10):
        # a clause after the number before names its own subject before its deadline
        and (prev is None or prev_end <= clause.start)
        and content(subj_noun, verbs) < 2
        # "Đại hội đề ra 24 chỉ tiêu, trong đó đến năm 2030 GRDP đạt 240.000 tỷ đồng"
        # (vietnamplus.vn 2025-09, Lào Cai): an acronym alone names what is measured
        and _ACRONYM.fullmatch(subj_noun) is None
        and not measure
    ):
        # from the last goal word when that leaves a subject, else the whole clause: "phấn đấu
        # chỉ số PAPI của tỉnh Lai Châu được duy trì ... trong năm 2025, tăng ít nhất 01 bậc"
        # (skhcn.laichau.gov.vn 2025) measures no "phấn đấu"
        # nor, when nothing follows the goal word, is the goal word itself: "Thu ngân sách nhà
        # nước trên địa bàn phấn đấu đạt 12.000 tỷ đồng" measures "Thu ngân sách nhà nước trên
        # địa bàn"
        words_cut = [(m.start(), m.end()) for m in cut_rx.finditer(text, region, h.start)]
        spans = [(words_cut[-1][1], h.start)] if words_cut else []
        if words_cut and text[words_cut[-1][0] : words_cut[-1][1]].lower() == "phấn đấu":
            spans.append((region, words_cut[-1][0]))
        for a, b in spans:
            alt = clean(without_years(text, a, b, yrs))
            if content(strip_link(alt, voc), verbs) >= 2:
                break
        else:
            alt = clean(without_years(text, region, h.start, yrs))
        if content(strip_link(alt, voc), verbs) >= 2:
            subj_full, subj_noun = alt, strip_link(alt, voc)
    near = clean(_LAST_COMMA.split(subj_full)[-1])
    near_thin = near != subj_full and not inds and content(strip_link(near, voc), verbs) < 2
    object_right = right_ok and not inds and content(strip_link(near, voc), verbs) < 2
    if right_ok and not inds and not rankish and _WHERE_OPEN.match(near):
        # "Mục tiêu đặt ra trong Chương trình công tác năm 2020 ... là 100% số huyện trên cả nước
        # có xã được công nhận đạt chuẩn" (tapchitaichinh.vn 2020): the words after the goal word
        # say where the goal is set; what it measures follows the number
        object_right, near = True, ""
    joint = (
        _JOINT.search(text, region, h.start)
        if not inds and not cuts and prev_end > clause.start
        else None
    )
    if joint and not right_ok and content(right, verbs) >= 1 and not rankish:
        # "chiếm 20% GDP và khoảng 30% GDP vào năm 2030": a short object after the number;
        # the approximation word, the number and its object say what is meant
        approx = clean(text[joint.end(1) : h.start])
        met = clean(f"{approx} {surface} {clean(text[h.end : right_end])}")
        return Subject(right, []), [(None, met)]
    if right_ok and joint:
        # "phủ 100% trường học, bệnh viện và trên 80% hộ gia đình": the words before
        # the second number are the first one's object
        subj_full = subj_noun = near = ""
        object_right = True
    elif object_right:  # "..., hoàn thành 100% kế hoạch": what is measured stands after
        subj_full = subj_noun = near
    elif near_thin and prev is not None and prev_end <= clause.start:
        # "Chính quyền số đạt 0,7582, tăng 4,7%; Kinh tế số đạt 0,7723, tăng 13,3%": the
        # number before is in another clause; this clause names its own subject before the
        # comma (an unmatched value "đạt 0,7723" is no part of it) (dantri.com.vn, DTI 2024)
        head = _VALUE_TAIL.sub("", clean(_LAST_COMMA.split(subj_full)[0]))
        if content(strip_link(head, voc), verbs) >= 1:
            subj_full, subj_noun, near_thin = head, strip_link(head, voc), False
            prev = None
        else:
            subj_full = near
            subj_noun = strip_link(near, voc)
    elif near_thin and prev is not None:  # "..., giảm 3,84 điểm": same subject as before
        subj_full = near
        subj_noun = strip_link(near, voc)

    if rankish and prev is not None and not inds and _PLACE_TAIL.match(subj_noun):
        # "vươn lên vị trí thứ 23/63 tỉnh, thành phố trong cả nước, tăng 2 bậc": the places
        # counted by the rank before are no subject; the change is of that rank's subject
        subj_full = subj_noun = ""
    # "..., còn khối tỉnh, thành chỉ đạt 18,54%": a contrast opens a subject of its own, however
    # short, rather than borrowing the one before
    fresh = _FRESH.match(text, region, h.start) is not None
    label = _colon_label(text, clause.start, h.start, sent.start, para_start)
    if label and cut_rx.search(label):
        label = ""  # "Kế hoạch đề ra chỉ tiêu: 100% xã ...": a goal word, not a measure
    verb = None if rankish or inds else _CHANGE_VERB.search(text, region, h.start)
    named = _NAME_PAREN.search(text, region, h.start)
    from_to = (
        prev is not None
        and not rankish
        and not inds
        and _FROM_PREV.search(text, max(0, prev_end - 24), prev_end) is not None
        and _TO_NEXT.fullmatch(text, prev_end, h.start) is not None
    )
    counted = _COUNT_PAREN.search(text, max(region, h.start - 40), h.start)
    counted_pred = _PAREN_PRED.match(text, h.end) if counted and not rankish else None
    if counted and counted_pred:
        subject = Subject(f"{counted.group('noun')} {counted_pred.group('pred')}", inds)
        metric = clean(_TRAIL_WORDS.sub("", subject.text))
    elif from_to and prev is not None:
        subject = prev
        metric = prev.text
    elif named and text[h.end : h.end + 1] == ")" and (not inds or rankish or scored):
        # a list of scores in parentheses keeps its index from name to name: "các tỉnh, thành dẫn
        # đầu về chỉ số PAPI năm 2023 là: Thừa Thiên Huế (46,04 điểm) Thái Nguyên (45,78 điểm),
        # Bắc Ninh (45,70 điểm)" (baohomnay.com 2024) gave every other name no index
        kept = inds or (prev.indices if (rankish or scored) and prev is not None else [])
        subject = Subject(named.group("name"), kept)
        metric = named.group("name")
    elif label and not inds:
        # "- Tốc độ tăng trưởng kinh tế (GRDP): Trên 10%": the label before the colon
        subject = Subject(label, indices_in(idx, clause.start - len(label) - 2, h.start))
        metric = f"{label} {surface}" if rankish else label
    elif verb and right_ok and _SPACE_LETTER.match(text[h.end : h.end + 2]):
        # "tinh giản 20% biên chế": the change, its amount and its object
        subject = Subject(right, [])
        metric = f"{verb.group(1)} {surface} {right}"
    elif (
        not rankish
        and not inds
        and right_ok
        and _OPENS_RIGHT.search(text, max(region, cuts[-1] if cuts else region), h.start)
    ):
        # "Đáng chú ý, 90% hồ sơ ... được số hóa", "cả nước có ít nhất 80% số xã đạt chuẩn":
        # a number that opens its clause or follows "có" has its subject after it
        subject = Subject(right, indices_in(idx, h.end, right_end))
        noun = h.group("noun")  # "có thêm 12 xã đạt chuẩn": the counted noun leads
        metric = f"{noun} {right}" if noun and h.end == h.start + len(surface) else right
    elif not object_right and (
        content(subj_noun, verbs) >= (1 if fresh else 2)
        or inds
        or _ACRONYM.fullmatch(subj_noun) is not None
        or measure
    ):
        subject = Subject(subj_noun, inds)
        metric = f"{subj_full} {surface}{tail}" if rankish else subj_noun
    elif rankish and prev is not None:
        subject = prev
        metric = f"{prev.text} {subj_full} {surface}{tail}"
    elif right_ok:
        subject = Subject(right, indices_in(idx, h.end, right_end))
        lead_words = strip_link(subj_full, voc)
        lead = f"{subj_full} " if lead_words else ""
        metric = f"{lead}{surface} {right}" if rankish or lead else right
    elif not subj_full and not rankish and h.group("noun"):
        # "GRDP bình quân đầu người 136 triệu đồng; thu hút 15 triệu khách du lịch": a count that
        # opens its clause names what it counts, no subject of the number before (vietnamplus.vn
        # 2025-09, Lào Cai)
        counted = h.group("noun") or ""
        subject = Subject(counted, [])
        metric = clean(f"{h.group('dir') or ''} {counted}")
    elif prev is not None:
        subject = prev
        metric = f"{prev.text} {subj_full} {surface}{tail}" if rankish else prev.text
    else:
        subject = Subject(subj_full, inds)
        metric = (
            f"{subj_full} {surface}{tail}" if subj_full else clean(text[clause.start : clause.end])
        )

    per_index: list[tuple[str | None, str]] = []
    if len(subject.indices) >= 2 and subject is not prev:
        last_end = subject.indices[-1][2]
        pred = clean(without_years(text, last_end, h.start, yrs)) if last_end <= h.start else ""
        for c, surf, _ in subject.indices:
            m = f"{surf} {pred} {surface}{tail}" if rankish else f"{surf} {strip_link(pred, voc)}"
            per_index.append((c, clean(m)))
    elif len(subject.indices) >= 2:
        per_index = [(c, clean(metric)) for c, _, _ in subject.indices]
    else:
        one = subject.indices[0][0] if subject.indices else None
        per_index = [(one, clean(metric) or surface)]
    if rankish and not subject.indices and before_rank is not None and before_rank.indices:
        # "Chỉ số PCI 2024 ... đạt 70,35 điểm, dù 17 năm liền ... song đã rơi xuống vị trí thứ
        # 9": a rank later in the sentence with a subject of its own but no index is a rank in
        # the index the number before names
        per_index = [(c, m) for c, _, _ in before_rank.indices[:1] for _, m in per_index[:1]]

    return subject, per_index
