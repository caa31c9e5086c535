"""Boilerplate removal and article metadata for flattened text pages.

Scrapers hand over a page as lines: the portal's menus and widgets, the headline, a
dateline, the body paragraphs (captions often twice), a byline, then comment boxes,
"other news" teasers, counters and footers. ``clean_text`` finds the article with a line
classifier over general signals, not a list of sites:

1. Each line gets a kind. Known labels are data (``patterns/boilerplate.yaml``: widgets,
   counters, section stops, footers, breadcrumbs, the portal clock, datelines, bylines);
   the rest is ``prose`` (a sentence: 8+ words ending in sentence punctuation, or 30+
   words), a person ``name`` (``metadata.is_person_name``) or a ``short`` line.
2. Runs of prose: consecutive prose lines with at most two short lines between them
   (headings, captions; list items, sentence pieces and table cells do not count); a
   stop or footer label or a dateline ends a run. Each run is scored by its prose
   mass, discounted when it comes after a stop label (teaser and comment boxes) and
   when it has the teaser shape (a short headline line before each one-paragraph
   summary). The best run is the article body; runs on both sides of a related-links
   box printed inside the text are joined, and a trailing list of two or more
   headline + summary pairs is cut off.
3. A byline, a person's name line, initials or a source credit after most of the
   body's prose closes the article (teasers follow bylines on many portals).
4. Above the body (at most HEAD_MAX lines; "Bình luận"-style buttons there are
   skipped), the nearest dateline and the headline above it are the metadata; the
   portal's clock and datelines of teasers are never the publication date.
5. Inside the body, widget lines are dropped and a line repeated right after itself (a
   caption printed twice) is kept once. Every output paragraph is one input line.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass

import regex

from .gazetteer import ascii_key
from .metadata import (
    Byline,
    Dateline,
    is_vietnamese_syllable,
    match_kind,
    matching_pattern,
    parse_byline,
    parse_date,
    parse_dateline,
    parse_name_line,
    site_from_footer,
    site_from_lead,
)
from .patterns import load
from .sites import site_for_url
from .types import Cleaned

_SENT_END = regex.compile(r"(?:[.…!?;:]|\./\.|[.!?…][\"”’)\]]|\.\.\.)\s*$")
_WORD = regex.compile(r"\S+")
_HAS_LETTER = regex.compile(r"\p{L}")

PROSE_MIN_WORDS = 8  # a sentence line: at least this many words and a final stop
PROSE_LONG_WORDS = 30  # or this many words without one (list items, long captions)
MAX_GAP = 2  # short lines allowed between two prose lines of one run
TITLE_MAX_WORDS = 45
SLUG_SKIP_MAX = 8  # words (a section's name) before a headline glued to its lead
LIST_ITEM_MAX_LINES = 3  # content lines between two dates of a related-items list
# right above its dateline a headline may be longer (moj.gov.vn: "Sơn La: Sơ kết giai đoạn
# 1 Đề án thứ tư phát huy vai trò của cơ quan Tư pháp ... trên địa bàn tỉnh", 49 words)
DATED_TITLE_MAX_WORDS = 60
UNDATED_TITLE_MIN_WORDS = 3  # a headline with no dateline under it; two words name a section
LABEL_MAX_CHARS = 300  # longer lines are never labels, datelines or bylines
HEAD_MAX = 20  # the headline and dateline are at most this many lines above the body
NAV_MAX_WORDS = 6  # a menu item repeated on the page; a repeated headline is longer
QUESTION_TITLE_MAX_WORDS = 25  # a headline that asks a question, at the top of the text

# kinds that are dropped wherever they are
_CHROME_KINDS = frozenset({"widget", "counter", "breadcrumb", "clock", "punct"})
# kinds that end a run of prose
_BREAK_KINDS = frozenset({"stop", "footer"})
# kinds that are metadata lines, not content
_META_KINDS = frozenset({"dateline", "byline", "source"})


@dataclass(slots=True)
class Line:
    idx: int
    text: str
    kind: str = "short"
    words: int = 0
    dateline: Dateline | None = None
    byline: Byline | None = None
    inline_box: bool = False  # a related-links label that may sit inside the body
    dup: bool = False  # repeats the line right before it (caption printed twice)
    nav: bool = False  # a short line repeated elsewhere on the page (menu item)
    doc_header: bool = False  # an official document's "Số: ... , ngày ..." header row


# a legal ground of a document ("Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018
# của Ủy ban nhân dân tỉnh về việc thành lập Trung tâm Phục vụ hành chính", the last line of a
# document preview cut off mid-sentence, text.123docz.net; "Theo đề nghị của Giám đốc Sở ..."):
# the text of the document even without its final ";", never a headline or a menu line
_GROUND = regex.compile(r"^(?:Căn cứ(?:\s+vào)?\s+(?:\p{Lu}|các\s)|(?:Theo|Xét) đề nghị của\s)")


def _is_prose(text: str, words: int) -> bool:
    if words >= PROSE_LONG_WORDS:
        return True
    if words >= PROSE_MIN_WORDS and _GROUND.match(text):
        return True
    # a line in capitals is a heading or a banner, even when cut with "..." ("CHỈ SỐ NĂNG
    # LỰC CẠNH TRANH CẤP TỈNH (PCI) VIỆT NAM NĂM ...", a page title above a menu)
    return words >= PROSE_MIN_WORDS and bool(_SENT_END.search(text)) and not _caps(text)


_BULLET = regex.compile(r"^[•·▪►]\s*")


def classify(text: str) -> Line:
    """The kind of one stripped, non-empty line."""
    ln = Line(idx=-1, text=text, words=len(_WORD.findall(text)))
    if not _HAS_LETTER.search(text) and not regex.search(r"\d", text):
        ln.kind = "punct"
        return ln
    # a label printed as a list item ("  • Cập nhật: 19/11/2020", "  • Lượt xem: 5547 lượt
    # xem", yenlap.phutho.gov.vn) is read without its bullet
    probe = _BULLET.sub("", text) or text
    if ln.words <= 40 and len(text) <= LABEL_MAX_CHARS:
        head = match_kind(text, "doc_header")
        if head is not None:
            # an official document's own number, place and date: content, and its date
            try:
                day = dt.date(int(head["y"]), int(head["m"]), int(head["d"]))
            except ValueError:
                day = None
            ln.kind = "prose"
            ln.doc_header = True
            ln.dateline = Dateline(date=day, time=None) if day else None
            return ln
        dl = parse_dateline(probe)
        if dl is not None:
            ln.dateline = dl
            ln.kind = "clock" if dl.clock else "dateline"
            return ln
        for kind in ("stop", "counter", "widget", "footer", "breadcrumb"):
            # (a menu's bulleted "• Tin nổi bật" is no section label)
            pat = matching_pattern(probe if kind in {"counter", "widget"} else text, kind)
            if pat is not None:
                ln.kind = kind
                ln.inline_box = bool(pat.meta.get("inline"))
                return ln
        by = parse_byline(text)
        if by is not None:
            ln.byline = by
            ln.kind = "byline" if by.author else "source"
            return ln
        named = parse_name_line(text)
        if named is not None:
            ln.kind = "name"
            ln.byline = named
            return ln
    ln.kind = "prose" if _is_prose(text, ln.words) else "short"
    return ln


WRAP_MIN_WORDS = 6  # a hard-wrapped line is long; a menu item or a label is short
_CONTINUES = regex.compile(r"^\p{Ll}")
# a line ending in a comma or a word that cannot end a sentence goes on in the next line,
# whatever case that line starts with ("... ngày 06/12/2021 của" / "Chính phủ sửa đổi")
_OPEN_END = regex.compile(
    r"(?:,|\s(?:của|và|về|với|cho|theo|tại|trong|từ|đến|các|những|là|ngày|thuộc|"
    r"để|do|bởi|trên|dưới|hoặc|nhằm|gồm|như))$"
)
# "số" (number) ends a line open only before the number itself ("Quyết định số" /
# "3478/QĐ-UBND"): "chuyển đổi số", "chính quyền số", "kinh tế số" (digital) end a
# headline ("... thống nhất ban hành Nghị quyết về chuyển đổi số" / "Chiều nay (17/9), ...",
# hatinh.gov.vn/index.php/tuyen-truyen/tin-bai/10862/register)
_OPEN_NUMBER = regex.compile(r"\s(?:số|Số)$")
# a date cut after its month or year word goes on with the rest of the date ("... Nghị quyết số
# 95/2019/NQ-HĐND ngày 10 tháng 12 năm" / "2019 của Hội đồng nhân dân tỉnh", thuvienphapluat.vn);
# a headline ending in "6 tháng đầu năm" is not joined to a dateline under it
_OPEN_DATE = regex.compile(r"\s(?:tháng|năm)$")
_DATE_REST = regex.compile(r"^(?:\d{1,2}\s+năm\s+)?(?:19|20)\d\d(?![\d/:-]|\.\d)")
_NUMBER_START = regex.compile(r"^\d")
_DOC_NUMBER_START = regex.compile(r"^\d{1,6}(?:/\d{4})?/\p{Lu}")
# an official document's header flattened one cell per line: "Số: 14084/KH-UBND", "|",
# "Khánh Hòa, ngày", "09 tháng 12 năm 2024" (thuvienphapluat.vn and other legal-text sites)
_NUMBER_CELL = regex.compile(r"^(?:Số|SỐ)\s*:?\s*\d{1,6}\s*[/-][^\s|]{1,40}\s*\|?\s*$")
_NUMBER_LABEL = regex.compile(r"^(?:Số|SỐ)\s*:\s*$")


@functools.cache
def _type_words() -> regex.Pattern[str]:
    """The document type words of patterns/documents.yaml (``type_word``), whole line."""
    return load("documents").compile_def("type_word")


@functools.cache
def _open_doc_number() -> regex.Pattern[str]:
    """A document's type word (``type_word`` of patterns/documents.yaml) and "số" closing a
    line, whose next line starts with its number ("Căn cứ Nghị định số" / "59/2012/NĐ-CP")."""
    type_word = load("documents").defs["type_word"]
    return regex.compile(r"(?:^|\s)(?:" + type_word + r")\s+(?:số|Số)$")


# "Thanh An (nguồn 723/QĐ-UBND-HC)": a writer and where the report comes from
_CREDIT_SOURCE = regex.compile(r"^(?P<name>[^()]{2,40}?)\s*\((?i:nguồn|theo)\b[^()]*\)\s*$")


@functools.cache
def _doc_number() -> regex.Pattern[str]:
    """A document's number and code ("723/QĐ-UBND-HC", "3582/BNV-CQĐP", "1211/2016/UBTVQH13"),
    from the ``num``, ``year`` and ``code_part`` of patterns/documents.yaml."""
    d = load("documents").defs
    num, year, part = d["num"], d["year"], d["code_part"]
    return regex.compile(
        rf"(?<![\p{{L}}\d/])(?:{num})/(?:(?:{year})/(?:{part})|(?:{part})(?:-(?:{part}))+)"
    )


def _type_head(s: str) -> bool:
    """A document's type word alone, in capitals ("KẾ HOẠCH"): it heads a title in
    capitals on the lines under it."""
    return s.isupper() and _type_words().fullmatch(s) is not None


def _type_word_like(s: str) -> bool:
    """A document's type word in capitals, whole or cut short ("QUYẾT ĐỊNH", "QUYẾT ĐỊ")."""
    return s.isupper() and _type_words().fullmatch(s.strip(" :"), partial=True) is not None


# the authority that enacts a decision, on its own line under the decision's title (the
# form of Nghị định 30/2020, m.thuvienphapluat.vn): not part of the title
_ISSUER_LINE = regex.compile(
    r"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|"
    r"CHÍNH PHỦ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|GIÁM ĐỐC)\b"
)


def _caps(s: str) -> bool:
    return bool(s) and s.isupper() and bool(_HAS_LETTER.search(s))


def _type_titled(s: str) -> bool:
    """A document's type word in capitals heading its subject, in capitals or in sentence
    case ("KẾ HOẠCH Chuyển đổi số năm 2024 trên địa bàn tỉnh Hậu Giang")."""
    w = s.split()
    return any(
        len(w) > n + 1 and _type_head(" ".join(w[:n])) and w[n][:1].isupper() for n in (1, 2, 3)
    )


# a numbered heading of a text's own sections ("I. TÌNH HÌNH THỰC HIỆN ...", "1. Nhận thức
# số", "a) Ngày Chuyển đổi số", "Phần I", "Chương II", "Điều 1."): never the page's headline
_SECTION_HEAD = regex.compile(
    r"^(?:(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)](?:\s|$)"
    r"|(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s+(?:[IVXLC]{1,5}|\d{1,3})\b)"
)


def _unwrap(raws: list[str]) -> list[str]:
    """Join hard-wrapped lines back into their paragraph. Text copied from PDFs and
    some portals' <pre> blocks breaks sentences at a fixed width ("... hiện đại, tinh
    gọn, hiệu" / "quả, liêm chính, ..."): a line of several words with no final stop,
    followed directly (no blank line) by a line that starts in lower case, or after a
    comma or a connective ("của", "ngày", ...), goes on in that line. Each piece alone is
    too short to read as prose, so without this the paragraph would be lost to the
    classifier. Two forms of official documents are joined too: the header's number,
    place and date cells, and a title in capitals under its type word ("KẾ HOẠCH" /
    "TRIỂN" / "KHAI DỊCH VỤ CÔNG ..."). Pieces are joined with one space, in order."""
    lines = [raw.strip() for raw in raws]
    out: list[str] = []
    i = 0
    while i < len(lines):
        s = lines[i]
        # the label and the number in cells of their own ("Số:" / "15/2020/NQ-HĐND",
        # thuvienphapluat.vn): one number cell
        if (
            _NUMBER_LABEL.match(s)
            and (n := _next_filled(lines, i)) is not None
            and _NUMBER_CELL.match(f"{s} {lines[n]}")
        ):
            s, i = f"{s} {lines[n]}", n
        if _NUMBER_CELL.match(s):
            # the next cells, across the blank lines some sites print between them
            # ("Số: 328/KH-UBND" / "" / "Tiền Giang, ngày 08 tháng 10 năm 2019", vanbanphapluat.co)
            cells = [j for j in range(i + 1, min(len(lines), i + 1 + CELL_SPAN)) if lines[j]][:4]
            for k in range(1, len(cells) + 1):
                cand = " ".join([s] + [lines[j] for j in cells[:k]])
                if match_kind(cand, "doc_header") is not None:
                    s, i = cand, cells[k - 1]
                    break
        elif _type_head(s):
            head = i
            while (
                # the subject may follow its type word after a blank line; the subject's
                # own wrapped lines follow each other
                (n := _next_filled(lines, i) if i == head else i + 1) is not None
                and n < len(lines)
                and _caps(lines[n])
                and lines[n] != "|"
                and not _LIST_ITEM.match(lines[n])  # "I. CĂN CỨ PHÁP LÝ" starts the text
                and not _ISSUER_LINE.match(lines[n])  # "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"
            ):
                s, i = f"{s} {lines[n]}", n
            # the rest in sentence case, maybe after a blank line ("BÁO CÁO" / "" / "Về việc
            # phát triển Cổng Dịch vụ công Quốc gia ...", vbpl.freshdesk.com)
            if i == head and (n := _next_filled(lines, i)) is not None and _title_rest(lines[n]):
                s, i = f"{s} {lines[n]}", n
        elif (
            s == "|"
            and out
            and out[-1]
            and i + 1 < len(lines)
            and _CONTINUES.match(lines[i + 1])
            and _joinable(out[-1], lines[i + 1])
        ):
            # a table's lone cell bar cutting a sentence ("... đã ban hành Chương trình
            # hành động" / "|" / "số 15/CTr-UBND ngày 26/10/2021 ...", yenbai.gov.vn): the
            # bar goes, the sentence goes on
            i += 1
            continue
        elif out and out[-1] and s and _joinable(out[-1], s):
            out[-1] = f"{out[-1]} {s}"
            i += 1
            continue
        out.append(s)
        i += 1
    return out


CELL_SPAN = 8  # lines (blank ones included) a document header's cells may span


def _next_filled(lines: list[str], i: int) -> int | None:
    """The next non-empty line after ``i`` with at most one blank line between."""
    for j in (i + 1, i + 2):
        if j < len(lines) and lines[j]:
            return j
    return None


def _title_rest(nxt: str) -> bool:
    """The rest of a headline split after its type word, in sentence case ("KẾ HOẠCH" /
    "Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023",
    dakrlap.daknong.gov.vn): a capitalised line of a few words with no final stop."""
    words = len(_WORD.findall(nxt))
    return (
        bool(nxt)
        and nxt[0].isupper()
        and not _caps(nxt)
        and 3 <= words <= TITLE_MAX_WORDS
        and not _SENT_END.search(nxt)
        and not _LIST_ITEM.match(nxt)
        and not _NUMBER_CELL.match(nxt)
    )


def _joinable(last: str, nxt: str) -> bool:
    if _DOC_NUMBER_START.match(nxt) and _open_doc_number().search(last):
        # a document cut before its number, however short the first piece ("Căn cứ
        # Nghị định số" / "59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 ...", thuviennhadat.vn)
        return True
    if len(_WORD.findall(last)) < WRAP_MIN_WORDS or _SENT_END.search(last):
        return False
    if _caps(last) or _NUMBER_CELL.match(nxt) or _type_head(nxt):
        return False  # a heading in capitals ends at its line
    return bool(
        _CONTINUES.match(nxt)
        or _OPEN_END.search(last)
        or (_OPEN_NUMBER.search(last) and _NUMBER_START.match(nxt))
        or (_OPEN_DATE.search(last) and _DATE_REST.match(nxt))
    )


# kinds a site's repeated line keeps (sitechrome.py): bylines recur because an author
# writes many articles, stops and footers are structure the classifier needs
_KEEP_WHEN_REPEATED = frozenset({"dateline", "byline", "source", "name", "stop", "footer"})


# a date inside a sentence follows these words ("khai mạc vào sáng ngày 12/3/2024 8:00")
_DATE_LEAD_WORD = regex.compile(
    r"(?:ngày|lúc|vào|sáng|chiều|tối|trưa|đêm|hồi|từ|đến|tới|trước|sau|hôm)$", regex.I
)


def _split_title_dateline(s: str) -> tuple[str, str] | None:
    """A headline and its timed dateline flattened onto one line (plo.vn: "Phường ...
    chuyển đổi số ở cơ sở 23/01/2026 16:01"): the two lines, else None."""
    if len(s) > LABEL_MAX_CHARS + 40 or not regex.search(r"\d\s*$", s):
        return None
    m = match_kind(s, "title_dateline")
    if m is None:
        return None
    title, date = m.group("title"), m.group("dateline")
    words = len(_WORD.findall(title))
    if not 4 <= words <= TITLE_MAX_WORDS or _DATE_LEAD_WORD.search(title):
        return None
    if parse_dateline(date) is None:
        return None
    return title, date


# a teaser on a list page with its item's time and date glued after its last sentence
# (la34.com.vn/tags/: "... hạn chế tối đa tác động tới người dân, doanh nghiệp. 14:55 |
# 15/04/2025"); after a sentence's end, a time and a date close no sentence of a text
_TEASER_STAMP = regex.compile(
    r"(?<=[.!?…\"”’)])\s+(?P<stamp>\d{1,2}[:h]\d{2}\s*[|,\-–]?\s*\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}\s*[|,\-–]?\s*\d{1,2}[:h]\d{2})\s*$"
)


def _split_teaser_stamp(s: str) -> tuple[str, str] | None:
    """A teaser's sentences and the time stamp glued after them: the two lines, else None."""
    if not s[-1:].isdigit():
        return None
    m = _TEASER_STAMP.search(s)
    if m is None or parse_dateline(m.group("stamp")) is None:
        return None
    return s[: m.start()], m.group("stamp")


# a word glued to the next block's first word by the flattener ("... trong từng công
# dânTrong bối cảnh ...": a headline and the lead with no line break between them)
# (the headline's last word in lower case and a space after the lead's first word: a place
# name written without its space, "tỉnh ĐắkLắk, ...", is no junction)
_GLUED = regex.compile(r"(?<=^|\s)(\p{Ll}+)(\p{Lu}\p{Ll}+)(?=\s)")


def _split_glued_headline(s: str) -> tuple[str, str] | None:
    """A headline glued to the paragraph under it (pbgdpl.gov.vn: "Phổ biến pháp luật trong
    kỷ nguyên số: ... trong từng công dânTrong bối cảnh triển khai ..."): the two lines.
    A Vietnamese word has no capital inside it, so the junction of two syllables whose second
    one is capitalised is where the lines were joined; the first part must read as a
    headline and the rest as a sentence."""
    m = _GLUED.search(s, 0, LABEL_MAX_CHARS)
    if m is None:
        return None
    if not (is_vietnamese_syllable(m.group(1)) and is_vietnamese_syllable(m.group(2))):
        return None
    head, rest = s[: m.start(2)], s[m.start(2) :]
    words = len(_WORD.findall(head))
    if not 6 <= words <= TITLE_MAX_WORDS or _SENT_END.search(head) or not head[0].isupper():
        return None
    if not _is_prose(rest, len(_WORD.findall(rest))):
        return None
    return head, rest


@functools.cache
def _label_tail() -> regex.Pattern[str]:
    """A control label of boilerplate.yaml (``label``) closing a line."""
    src = load("boilerplate").defs["label"]
    return regex.compile(rf"\s+(?:{src})\s*:?\s*$", regex.IGNORECASE)


def _split_byline_label(s: str) -> tuple[str, str] | None:
    """A byline glued to the control label after it (vpub.hochiminhcity.gov.vn: "Thanh Mai
    Liên kết website"): the name and the label, each on its line."""
    if len(s) > 80:
        return None
    m = _label_tail().search(s)
    if m is None or parse_name_line(s[: m.start()]) is None:
        return None
    return s[: m.start()], s[m.start() :].strip()


# one table cell flattened with its bars: "| Sức sống mới trên huyện Văn Giang. |"
_ONE_CELL = regex.compile(r"^\|?\s*(?P<cell>[^|]*[^\s|])\s*\|$")
CELL_MIN_WORDS = 4  # a cell of a few words may be a document header's cell ("Số: ... |")


def _unbar(s: str) -> str:
    """A caption or sentence printed alone in a table cell, without the cell's bars
    (baodautu.vn: "| Sức sống mới trên huyện Văn Giang, tỉnh Hưng Yên. |"; skhcn.daklak.gov.vn:
    "Tại đầu cầu ... (Ảnh chụp màn hình) |")."""
    m = _ONE_CELL.match(s)
    if m is None or len(_WORD.findall(m.group("cell"))) < CELL_MIN_WORDS:
        return s
    cell = m.group("cell")
    if _NUMBER_CELL.match(s) or match_kind(cell, "doc_header") or _ISSUER_LINE.match(cell):
        return s
    return cell


def segment(text: str, site_lines: frozenset[str] = frozenset()) -> list[Line]:
    """Non-empty stripped lines with their kinds, duplicates and navigation repeats;
    a line in ``site_lines`` (repeated across the site's pages) is a widget."""
    lines: list[Line] = []
    for raw in _unwrap(text.split("\n")):
        if not raw:
            continue
        raw = _unbar(raw)
        # "... phải tạo… Đọc tiếp »", "... Chi tiết", "... so với 2022.(đọc thêm)" (looked
        # for only where "tiế" or "thêm" is)
        if "tiế" in raw or "Tiế" in raw or "TIẾ" in raw or "thêm)" in raw:
            raw = _LINK_TAIL.sub("", raw) or raw
        if raw[0] == "#":  # a markdown heading's marker ("# Năm 2018, Sơn La ...", quochoitv.vn)
            raw = _MD_HEADING.sub("", raw) or raw
        stamp = None if "|" not in raw and "/" not in raw else _split_teaser_stamp(raw)
        pair = (
            _split_title_dateline(raw)
            or stamp
            or _split_glued_headline(raw)
            or _split_byline_label(raw)
        )
        for s in pair or (raw,):
            ln = classify(s)
            if stamp is not None and s is stamp[1]:
                # a list item's time stamp: it dates the item, not the page (a dateline
                # between teasers would part them and date the page by one of them)
                ln.kind = "clock"
            if s in site_lines and ln.kind not in _KEEP_WHEN_REPEATED | _CHROME_KINDS:
                ln.kind = "widget"
            ln.idx = len(lines)
            lines.append(ln)
    for i in range(1, len(lines)):
        if lines[i].text == lines[i - 1].text and lines[i - 1].kind not in _CHROME_KINDS:
            lines[i].dup = True
    counts = Counter(ln.text for ln in lines if not ln.dup)
    for ln in lines:
        if counts[ln.text] > 1 and ln.words <= NAV_MAX_WORDS and ln.kind in {"short", "name"}:
            ln.nav = True
    return lines


@dataclass(slots=True)
class Run:
    prose: list[int]  # indices of the prose lines
    after_stop: bool

    @property
    def start(self) -> int:
        return self.prose[0]

    @property
    def end(self) -> int:
        return self.prose[-1]


def _runs(lines: list[Line]) -> list[Run]:
    runs: list[Run] = []
    cur: list[int] = []
    gap = 0
    seen_stop = False
    cur_after_stop = False
    for ln in lines:
        if ln.kind in _BREAK_KINDS:
            if cur:
                runs.append(Run(cur, cur_after_stop))
            cur, gap = [], 0
            seen_stop = True
            continue
        if ln.kind == "dateline" and cur:
            # a dateline after prose starts another item (headline + date + text):
            # a sidebar teaser above the article, or the next story of a list
            runs.append(Run(cur, cur_after_stop))
            cur, gap = [], 0
            continue
        if ln.kind == "prose" and not ln.dup:
            if not cur:
                cur_after_stop = seen_stop
            cur.append(ln.idx)
            gap = 0
        elif ln.kind == "short" and _numeric_cell(ln.text):
            gap = 0  # a flattened table's data row: the text goes on
        elif ln.kind in {"short", "name"} and not ln.dup and not _bodyish(ln):
            if _ENACTING.match(ln.text):
                continue  # the enacting council and its session under a document's title
            gap += 1
            if gap > MAX_GAP and cur:
                runs.append(Run(cur, cur_after_stop))
                cur = []
    if cur:
        runs.append(Run(cur, cur_after_stop))
    return runs


# the enacting body and its session, each on a line of its own under a resolution's title
# ("HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH" / "KHÓA X - KỲ HỌP THỨ 7", nhansu.vn): form lines that
# do not part the document's header from its text
_ENACTING = regex.compile(
    r"^(?:(?:HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)(?:\s+[\p{Lu}-]+){0,5},?"
    r"|(?:KHÓA|KHOÁ)\s+[IVXL]+\s*[,-–]?\s*KỲ HỌP THỨ\s+[\dIVXL\p{Lu}]+)$"
)
_LIST_ITEM = regex.compile(r"^(?:[-+•–*]\s|\(?[0-9a-zđ]{1,2}[.)]\s|[IVX]{1,4}[.)]\s)", regex.I)


def _bodyish(ln: Line) -> bool:
    """A short line that reads as part of a text: a list item, a short sentence, or the
    continuation of a sentence (starts in lower case or with , ; . where a flattener
    broke a paragraph at a link)."""
    return ln.kind == "short" and bool(
        _LIST_ITEM.match(ln.text)
        or _SENT_END.search(ln.text)
        or ln.text[0].islower()
        or ln.text[0] in ",.;:)"
        or _numeric_cell(ln.text)
    )


# the recipients' list under an official letter ("Nơi nhận:" / "- Như trên;" / "- TT. HĐND,
# UBND tỉnh;" / "- Lưu: VT, NCTH.HH", www.haugiang.gov.vn DocView): the form's foot, whose
# list items would otherwise be taken for more of the text
_RECIPIENTS = regex.compile(r"^(?:Nơi nhận|NƠI NHẬN)\s*:?\s*$")
_NUMBER = regex.compile(r"^[(\[]?[-+]?\d[\d.,/%]*[)\]]?%?$")


def _numeric_cell(text: str) -> bool:
    """A table cell flattened to a line: mostly numbers ("30%", "2.450", "1 | 2")."""
    toks = [t for t in regex.split(r"[\s|]+", text) if t]
    return bool(toks) and sum(1 for t in toks if _NUMBER.match(t)) * 2 >= len(toks)


INLINE_BOX_MAX = 5  # headlines a related-links box inside the body may hold


def _inline_box(lines: list[Line], a: int, b: int) -> list[int] | None:
    """The lines strictly between prose lines ``a`` and ``b`` when they are one
    related-links box inside the body: its label and up to INLINE_BOX_MAX headline
    lines, nothing else (no dateline, byline, other section label, prose)."""
    box: list[int] = []
    label = 0
    heads = 0
    for j in range(a + 1, b):
        ln = lines[j]
        if ln.kind in _CHROME_KINDS or ln.dup:
            continue
        if ln.kind == "stop" and ln.inline_box:
            label += 1
        elif ln.kind == "short" and not _bodyish(ln):
            heads += 1
        else:
            return None
        box.append(j)
    if label != 1 or heads > INLINE_BOX_MAX or not box or not lines[box[0]].inline_box:
        return None
    return box


def _absorb_inline_boxes(lines: list[Line], runs: list[Run], best: Run) -> tuple[Run, set[int]]:
    """Join the runs on either side of a related-links box printed inside the article."""
    k = runs.index(best)
    lo_k, hi_k = k, k
    box_lines: set[int] = set()
    while hi_k + 1 < len(runs) and not _teaser_shaped(lines, runs[hi_k + 1]):
        box = _inline_box(lines, runs[hi_k].end, runs[hi_k + 1].start)
        if box is None:
            break
        box_lines.update(box)
        hi_k += 1
    while lo_k > 0 and not _teaser_shaped(lines, runs[lo_k - 1]):
        box = _inline_box(lines, runs[lo_k - 1].end, runs[lo_k].start)
        if box is None:
            break
        box_lines.update(box)
        lo_k -= 1
    if lo_k == hi_k:
        return best, box_lines
    prose = [i for r in runs[lo_k : hi_k + 1] for i in r.prose]
    return Run(prose, runs[lo_k].after_stop), box_lines


def _trim_teaser_tail(lines: list[Line], run: Run) -> tuple[Run, int | None]:
    """Cut trailing "headline + one-paragraph summary" pairs (2 or more) off a run: a
    list of other articles printed under the body without a section label. Returns the
    run and the index of the first cut headline."""
    prose = run.prose
    k = len(prose)
    cut: int | None = None
    pairs = 0
    while k > 2:
        i = prose[k - 1]
        between = [
            lines[j]
            for j in range(prose[k - 2] + 1, i)
            if lines[j].kind not in _CHROME_KINDS and not lines[j].dup
        ]
        if len(between) != 1 or not _is_headline(between[0]) or lines[i].words > 80:
            break
        cut = between[0].idx
        pairs += 1
        k -= 1
    if pairs >= 2 and cut is not None:
        return Run(prose[:k], run.after_stop), cut
    return run, None


LEAD_GAP_MAX = 6  # heading lines that may separate the lead from the rest of the text


def _join_lead_under_dateline(lines: list[Line], runs: list[Run], best: Run) -> Run:
    """Join the lead printed right under the dateline to the body when a block of short
    heading lines (a report's title, its purpose in parentheses) split them into two runs
    (sct.dongnai.gov.vn: dateline, two lead paragraphs, "BÁO CÁO TÓM TẮT" / "Chuyển đổi số
    quốc gia" / "(Phục vụ Phiên họp ..." / "... năm 2023)", then the report). Only short
    content lines (at least two: one line there is the headline of an undated article under
    a dated teaser) may sit between the runs; no dateline, byline or section label."""
    before = [r for r in runs if r.end < best.start]
    if not before:
        return best
    prev = before[-1]
    between = [
        lines[j]
        for j in range(prev.end + 1, best.start)
        if lines[j].kind not in _CHROME_KINDS and not lines[j].dup
    ]
    if not 2 <= len(between) <= LEAD_GAP_MAX or any(ln.kind != "short" for ln in between):
        return best
    if _teaser_shaped(lines, prev):
        return best
    # the run starts right under a dateline: at most MAX_GAP short lines (widgets the
    # patterns do not know, "Xem với cỡ chữ") between them
    gap = 0
    for j in range(prev.start - 1, -1, -1):
        ln = lines[j]
        if ln.kind in _CHROME_KINDS or ln.dup:
            continue
        if ln.kind == "dateline":
            return Run(prev.prose + best.prose, prev.after_stop)
        if ln.kind != "short" or gap >= MAX_GAP:
            return best
        gap += 1
    return best


STRAY_TAG_MAX_WORDS = 6


def _stray_tag(lines: list[Line], i: int) -> bool:
    """A tag's link between two whole sentences ("... cho các vùng kinh tế trọng điểm." /
    "sáp nhập tỉnh thành" / "Sáng 12/6, Quốc hội ...", thanhnienvietnam.net/tag/...): a few
    words in lower case with no stop, which neither go on with the sentence above (it has
    ended) nor open the one below (it starts anew in capitals). A list item ("a) ...") is
    text."""
    ln = lines[i]
    if (
        ln.kind != "short"
        or ln.words > STRAY_TAG_MAX_WORDS
        or not ln.text[0].islower()
        or _LIST_ITEM.match(ln.text)
        or _SENT_END.search(ln.text)
        or ln.text.endswith(",")
    ):
        return False
    prev = _prev_content(lines, i)
    nxt = _next_index(lines, i, skip_chrome=True)
    return (
        prev is not None
        and prev.kind == "prose"
        and regex.search(r"[.!?…][\"”’)]?\s*$", prev.text) is not None
        and nxt is not None
        and lines[nxt].kind == "prose"
        and lines[nxt].text[0].isupper()
    )


def _prev_content(lines: list[Line], i: int) -> Line | None:
    """The nearest line above ``i`` that is not chrome or a dateline."""
    for j in range(i - 1, -1, -1):
        ln = lines[j]
        if ln.kind in _CHROME_KINDS or ln.kind == "dateline" or ln.dup:
            continue
        return ln
    return None


def _is_headline(ln: Line) -> bool:
    return (
        ln.kind == "short"
        and 4 <= ln.words <= 30
        and not _SENT_END.search(ln.text)
        and not ln.text.endswith(":")
    )


def _teaser_shaped(lines: list[Line], run: Run) -> bool:
    """Most prose lines (after the first) come right after a short headline line."""
    rest = run.prose[1:]
    if not rest:
        return False
    pairs = 0
    for i in rest:
        prev = _prev_content(lines, i)
        if prev is not None and _is_headline(prev):
            pairs += 1
    return pairs / len(rest) >= 0.6


def _mass(lines: list[Line], idx: list[int]) -> int:
    return sum(len(lines[i].text) for i in idx)


def _score(lines: list[Line], run: Run) -> float:
    s = float(_mass(lines, run.prose))
    if run.after_stop:
        s *= 0.5
    if _teaser_shaped(lines, run):
        s *= 0.25
    return s


_URL = regex.compile(r"https?://|www\.", regex.IGNORECASE)
_FRAGMENT = regex.compile(r"^[^\p{L}\p{N}\"“‘'(\[]")  # starts with , ; . - : a line's tail
# a photo credit closes a caption (huengaynay.vn 2025-10: the caption above the lead is no title)
# a number and one or two words is a counter with its label ("0 Thanh Niên", "12 bình luận"),
# never a headline
# a numbered section heading of a plan is no headline (hungthinh.dongnai.gov.vn: the plan's
# text opens with "I. MỤC TIÊU, YÊU CẦU" / "1. Mục tiêu")
_NUMBERED_HEADING = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,4}\.)\s+\p{Lu}")
_COUNT_LABEL = regex.compile(r"^\d+\s+\S+(?:\s+\S+)?$")
_PHOTO_CREDIT = regex.compile(r"(?:^|[.)\s])(?:Ảnh|Nguồn ảnh)\s*:\s*\S", regex.IGNORECASE)


def _looks_like_title(ln: Line, max_words: int = TITLE_MAX_WORDS) -> bool:
    if ln.kind not in {"short", "prose", "name"} or ln.nav or ln.dup:
        return False
    bare = _BULLET.sub("", ln.text)  # a headline printed as a list item: its words
    if not bare or _FRAGMENT.match(bare) or bare[0].islower():
        return False
    if not 2 <= ln.words <= max_words or ln.text.endswith((":", ".", ";", ",")):
        return False
    if _URL.search(ln.text):  # a banner's alt text with its image address
        return False
    if _PHOTO_CREDIT.search(ln.text):  # a caption: "Lãnh đạo TP. Huế ... được tôn vinh. Ảnh: BTC"
        return False
    if _COUNT_LABEL.match(ln.text):  # a counter and its label: "0 Thanh Niên" (m.thanhnien.vn)
        return False
    if _NUMBERED_HEADING.match(ln.text):  # "1. Mục tiêu", "I. MỤC TIÊU, YÊU CẦU": a section
        return False
    if ln.text.endswith("|"):  # a table cell ("HỘI ĐỒNG NHÂN" / "DÂN |", nhansu.vn)
        return False
    if _SECTION_HEAD.match(ln.text) or _ISSUER_LINE.match(ln.text):
        return False  # "I. TÌNH HÌNH ...", a document header's "ỦY BAN NHÂN DÂN |"
    return not ln.text.endswith("./.")


def _doc_title_above(lines: list[Line], i: int, lo: int) -> tuple[int, list[int]] | None:
    """A document's title ("KẾ HOẠCH Chuyển đổi số năm 2024 trên địa bàn tỉnh Hậu Giang")
    above the body with only its first section headings between ("Phần I" / "ĐÁNH GIÁ KẾT
    QUẢ THỰC HIỆN NĂM 2023" / "I. TÌNH HÌNH ...", haugiang.gov.vn): the title and the
    headings, which are the text's own."""
    heads: list[int] = []
    for j in range(i - 1, lo - 1, -1):
        ln = lines[j]
        if ln.dup or ln.kind in _CHROME_KINDS:
            continue
        if ln.kind != "short" or len(heads) >= LEAD_GAP_MAX:
            return None
        if _type_titled(ln.text) and _looks_like_title(ln):
            return (j, heads[::-1]) if heads else None
        if not (_SECTION_HEAD.match(ln.text) or _caps(ln.text)):
            return None
        heads.append(j)
    return None


@dataclass(slots=True)
class _Article:
    body: list[int]
    title: int | None
    datelines: list[int]  # in order of preference
    author: str | None
    source: str | None
    consumed: set[int]  # metadata lines (title, dateline, byline) not put in chrome


def _locate(lines: list[Line]) -> _Article | None:
    runs = _runs(lines)
    if not runs:
        return None
    best = max(runs, key=lambda r: (_score(lines, r), -r.start))
    best, box_lines = _absorb_inline_boxes(lines, runs, best)
    best = _join_lead_under_dateline(lines, runs, best)
    best, teaser_cut = _trim_teaser_tail(lines, best)
    b0, b1 = best.start, best.end
    total = _mass(lines, best.prose)

    # a headline that reads like prose but sits right above a dateline is the title
    nxt = _next_index(lines, b0, skip_chrome=True)
    if (
        nxt is not None
        and lines[nxt].kind == "dateline"
        and not _SENT_END.search(lines[b0].text)
        and len(best.prose) > 1
    ):
        best = Run(best.prose[1:], best.after_stop)
        b0 = best.start

    # a headline asking a question ("Hai tỉnh nào có chỉ số cải cách hành chính cao nhất?",
    # baomoi.net.vn) ends like a sentence and opens the run; with no headline above it,
    # it is the title, not the lead
    # likewise a long headline printed twice at the top, with no final stop (a legal-text
    # site's "Kế hoạch 40/KH-UBND năm 2023 về khảo sát đo lường ... giai đoạn 2023-2025"
    # as its <h1> and again under it, lawnet.vn)
    q_title: int | None = None
    first = lines[b0]
    # and a long headline with no final stop as the page's very first line (baophutho.vn:
    # "Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ ... trên địa bàn tỉnh", 31 words)
    doubled = b0 + 1 < len(lines) and lines[b0 + 1].dup and not _SENT_END.search(first.text)
    topmost = not _SENT_END.search(first.text) and all(
        ln.kind in _CHROME_KINDS for ln in lines[:b0]
    )
    if (
        len(best.prose) > 1
        and (
            (first.text.endswith("?") and first.words <= QUESTION_TITLE_MAX_WORDS)
            or ((doubled or topmost) and first.words <= TITLE_MAX_WORDS)
        )
        and not regex.search(r"[.;:!?]\s", first.text)  # one sentence
        and _looks_like_title(first)
        and _title_above(lines, b0, max(0, b0 - HEAD_MAX)) is None
        and not any(lines[j].kind == "dateline" for j in range(max(0, b0 - HEAD_MAX), b0))
    ):
        q_title = b0
        best = Run(best.prose[1:], best.after_stop)
        b0 = best.start

    # the head: up to HEAD_MAX lines above the body, not past another run's prose; a
    # stop label there is a button under the headline ("Bình luận"), not a section
    lo = max(0, b0 - HEAD_MAX)
    dated = False
    for j in range(b0 - 1, lo - 1, -1):
        if lines[j].kind == "dateline":
            dated = True  # prose above the dateline: a sapo, or a teaser above the headline
        elif (
            lines[j].kind == "prose"
            and j not in best.prose
            and not dated
            and j != q_title
            and not (q_title is not None and lines[j].dup)  # the headline's second copy
        ):
            lo = j + 1
            break
    # the region the run lives in ends at the next break
    hi = len(lines) if teaser_cut is None else teaser_cut
    for j in range(b1 + 1, hi):
        if lines[j].kind in _BREAK_KINDS:
            hi = j
            break

    consumed: set[int] = set()
    author: str | None = None  # from the head (byline under the headline, date line)
    source: str | None = None
    tail_author: str | None = None  # from the foot (name closing the text)
    tail_source: str | None = None

    # ---- the end: a byline / name / source line after most of the prose closes it
    seen = 0
    end = b1
    for i in range(b0, b1 + 1):
        ln = lines[i]
        if ln.kind == "prose" and not ln.dup:
            seen += len(ln.text)
        elif ln.kind in {"byline", "name", "source"} and seen >= 0.5 * total and i > b0:
            end = i - 1
            break
    # the tail: lines after the last body line, up to the next break
    body_tail: list[int] = []
    tail_dates: list[int] = []
    closed = False
    passed = False  # a line that is neither body nor byline has been passed
    headline_passed = False  # ... and it was as long as a headline
    strayed = False  # ... and it was not taken for the author
    for i in range(end + 1, hi):
        ln = lines[i]
        if ln.dup or ln.kind in _CHROME_KINDS:
            continue
        if ln.kind in {"byline", "name", "source"}:
            if ln.kind == "source" and ln.byline and ln.byline.source:
                tail_source = tail_source or ln.byline.source
                consumed.add(i)
            elif (
                ln.byline
                and ln.byline.author
                and tail_author is None
                and not closed
                and (not passed or ln.kind == "byline")
            ):
                tail_author = ln.byline.author
                tail_source = tail_source or ln.byline.source
                consumed.add(i)
            closed = True
            continue
        if ln.kind == "dateline":
            if headline_passed and _dated_list_follows(lines, i, hi):
                # a headline, then its date, then more of them: a list of related items
                # ("Bệnh viện ... gặp mặt" / "13/08/2025" / "Xem 180" / "Không khí Tết ..." /
                # "13/08/2025", bvxanhpon.vn), not this article's date
                break
            if ln.dateline and ln.dateline.author and tail_author is None and not closed:
                tail_author = ln.dateline.author
            tail_dates.append(i)
            consumed.add(i)
            continue
        if (
            ln.kind == "short"
            and not strayed
            and not tail_dates
            and _doc_number().search(ln.text)
            and not any(
                lines[k].kind == "dateline" or _doc_number().search(lines[k].text)
                for k in range(i + 1, hi)
            )
        ):
            # a last line citing the document the text reports ("Thanh An (nguồn
            # 723/QĐ-UBND-HC)", chauthanh.dongthap.gov.vn; "Sở Nội vụ giới thiệu toàn văn
            # Văn bản số 3582/BNV-CQĐP" after "./.", sonoivu.namdinh.gov.vn): the text's,
            # or the document's number is lost (not when more numbers or dates follow: a
            # list of related headlines; also under the byline: "MT" / "(Nguồn: Công văn số
            # 2055/UBND-TTTH)", haugiang.gov.vn); a name before "(nguồn ...)" is the author
            body_tail.append(i)
            cred = _CREDIT_SOURCE.match(ln.text)
            by = parse_name_line(cred.group("name")) if cred else None
            if by is not None and by.author and tail_author is None and not closed:
                tail_author = by.author
            continue
        if closed or _RECIPIENTS.match(ln.text):
            break
        if ln.kind == "prose" or (ln.kind == "short" and ln.words >= 4 and _bodyish(ln)):
            if tail_dates and passed:
                # a headline and a date passed after the text: what follows is another
                # item's ("Bắc Giang: Sự chuyển mình ..." / "05/05/2023" / a list of related
                # headlines run together, doanhnghiepbacgiang.vn)
                break
            body_tail.append(i)
            continue
        if ln.kind == "short":
            # "HỒNG THI" closing the text; not the type word of the decision the grounds
            # lead to ("... tại Tờ trình số 1620/TTr-STP ngày 18 tháng 8 năm 2022." /
            # "QUYẾT ĐỊNH", thuviennhadat.vn), even cut short
            caps = None if _type_word_like(ln.text) else parse_name_line(ln.text, allow_caps=True)
            if caps is not None and caps.author and tail_author is None and not passed:
                tail_author = caps.author
                tail_source = tail_source or caps.source
                consumed.add(i)
                closed = True
            elif tail_author is None and not passed and match_kind(ln.text, "initials"):
                tail_author = ln.text.strip("()")  # "PV", "T.H": the desk's initials
                consumed.add(i)
                closed = True
            else:
                strayed = True
            # otherwise a trailing headline or label: chrome; a name after it is no byline
            passed = True
            headline_passed = headline_passed or ln.words >= 6
            continue
        break

    # ---- the head: the nearest dateline above the body and the headline above it
    dates_between: list[int] = []
    title: int | None = None
    head_body: list[int] = []
    d_near: int | None = None
    for j in range(b0 - 1, lo - 1, -1):
        ln = lines[j]
        if ln.kind == "dateline":
            d_near = j
            break
    cands_above: list[int] = []
    if d_near is not None:
        t = _title_above(lines, d_near, lo, max_words=DATED_TITLE_MAX_WORDS)
        if t is not None:
            title = t
            for j in range(t + 1, b0):
                ln = lines[j]
                if ln.kind == "dateline":
                    dates_between.append(j)
                elif ln.kind in {"byline", "source", "name"} and ln.byline:
                    consumed.add(j)
                    if ln.byline.author and author is None:
                        author = ln.byline.author
                    if ln.byline.source and source is None:
                        source = ln.byline.source
                elif _affiliation(lines, j):
                    consumed.add(j)  # the institution under a degree byline
                elif j == b0 - 1 and author is None and _initials(ln):
                    consumed.add(j)  # the reporter's initials right over the lead
                    author = ln.text.strip("()")
                elif (
                    ln.kind == "short"
                    and author is None
                    and (caps := parse_name_line(ln.text, allow_caps=True)) is not None
                ):
                    consumed.add(j)  # an all-caps byline under the headline
                    author, source = caps.author, source or caps.source
                elif (
                    ln.kind in {"short", "prose"}
                    and not ln.dup
                    and not ln.nav
                    and (
                        ln.words >= 6
                        or _SENT_END.search(ln.text)
                        or _SECTION_HEAD.match(ln.text)  # "I. Căn cứ pháp lý" opens the text
                    )
                ):
                    head_body.append(j)
            head_body = _drop_teasers_over_lead(lines, head_body, b0)
            cands_above = _dates_above(lines, t, lo)
    doc_head = _doc_title_above(lines, b0, lo) if title is None and d_near is None else None
    if doc_head is not None:
        title, heads = doc_head
        head_body.extend(heads)
    elif title is None:
        t = _title_above(lines, b0, lo)
        if t is not None and lines[t].words < UNDATED_TITLE_MIN_WORDS:
            t = None  # a section label over the text ("Trong tỉnh", "Xã hội"), no headline
        title = t
        if t is not None:
            for j in range(t + 1, b0):
                if lines[j].kind == "dateline":
                    dates_between.append(j)
                elif lines[j].kind in {"byline", "source", "name"} and lines[j].byline:
                    by = lines[j].byline
                    assert by is not None
                    consumed.add(j)
                    if by.author and author is None:
                        author = by.author
                    if by.source and source is None:
                        source = by.source
                elif j == b0 - 1 and author is None and _initials(lines[j]):
                    consumed.add(j)  # the reporter's initials right over the lead
                    author = lines[j].text.strip("()")
            cands_above = _dates_above(lines, t, lo)
        elif d_near is not None:
            dates_between.append(d_near)
            # no headline: a byline next to the dateline is still the author ("Nguyễn
            # Thuấn" / "15/01/2026, 09:00" over the lead, vneconomy.vn)
            near = _prev_content(lines, d_near)
            for j in [*range(d_near + 1, b0), *([near.idx] if near and near.idx >= lo else [])]:
                by = lines[j].byline
                if lines[j].kind in {"byline", "name"} and by and by.author and author is None:
                    author, source = by.author, source or by.source
                    consumed.add(j)
    for j in dates_between:
        dl = lines[j].dateline
        if dl and dl.author and author is None:
            author = dl.author
    # preference: between headline and body, then just above the headline (a weekday
    # header line last), then at the article's foot
    plain_above = [j for j in cands_above if not _weekday(lines[j])]
    # a weekday date above the headline is the page header; with no time and no byline
    # it is the portal's clock ("Thứ năm, 01/12/2026"), never the publication date
    weekday_above = [
        j for j in cands_above if _weekday(lines[j]) and (_timed(lines[j]) or _dl_author(lines[j]))
    ]
    datelines = dates_between + plain_above + tail_dates + weekday_above
    if title is not None:
        consumed.add(title)
    consumed.update(dates_between)

    body = head_body + [
        i
        for i in range(b0, end + 1)
        if not lines[i].dup
        and lines[i].kind not in _CHROME_KINDS
        and lines[i].kind not in _BREAK_KINDS
        and lines[i].kind not in _META_KINDS
        and i not in box_lines
        and not _stray_tag(lines, i)
    ]
    body += body_tail
    return _Article(body, title, datelines, author or tail_author, source or tail_source, consumed)


def _drop_teasers_over_lead(lines: list[Line], head_body: list[int], b0: int) -> list[int]:
    """Headlines of other articles between the dateline and the lead ("Xưởng cơ khí trong
    khu dân cư An Khánh bị "tố" gây ô nhiễm, nguy cơ cháy nổ" / "Mưa lớn gây ngập cục bộ ở
    Đà Lạt, 2 người tử vong do sạt lở đất" over the lead, vov.gov.vn): two or more headline
    lines in a row right above the text, none ending like a sentence, are a box of links,
    not the article's sapo or its first section's heading."""
    tail: list[int] = []
    for j in sorted(head_body, reverse=True):
        nxt = _next_index(lines, j, skip_chrome=True)
        if nxt != (tail[-1] if tail else b0):
            break
        ln = lines[j]
        if (
            ln.kind != "short"
            or _SENT_END.search(ln.text)
            or _SECTION_HEAD.match(ln.text)
            or _caps(ln.text)
            or not _looks_like_title(ln)
        ):
            break
        tail.append(j)
    if len(tail) < TEASER_MIN:
        return head_body
    return [j for j in head_body if j not in tail]


TEASER_MIN = 2  # headlines in a row over the lead that make a box of links


def _dl_author(ln: Line) -> bool:
    return bool(ln.dateline and ln.dateline.author)


def _timed(ln: Line) -> bool:
    return bool(ln.dateline and ln.dateline.time is not None)


def _weekday(ln: Line) -> bool:
    return bool(ln.dateline and ln.dateline.weekday)


def _next_index(lines: list[Line], i: int, *, skip_chrome: bool) -> int | None:
    for j in range(i + 1, len(lines)):
        if skip_chrome and (lines[j].kind in _CHROME_KINDS or lines[j].dup):
            continue
        return j
    return None


# the first heading of a text's sections: "1.", "I.", "a)", "Phần I"
_FIRST_SECTION = regex.compile(r"^(?:(?:1|I|a)[.)]\s+\S|(?:Phần|PHẦN|Mục|MỤC)\s+(?:I|1)\b)")


def _first_section_above(lines: list[Line], b0: int, title_idx: int | None) -> int | None:
    """The short first section heading ("1. Lý do ...") right above the body's first
    line ``b0`` (chrome aside), not the title: it is the text's, not the box's above it."""
    j = b0 - 1
    while j >= 0 and (lines[j].kind in _CHROME_KINDS or lines[j].dup):
        j -= 1
    if j < 0 or j == title_idx:
        return None
    ln = lines[j]
    if ln.kind != "short" or ln.nav or ln.words < 2 or not _FIRST_SECTION.match(ln.text):
        return None
    return j


def _affiliation(lines: list[Line], j: int) -> bool:
    """A short line right under an author with an academic degree ("TS. Trần Thị Huyền
    Trang" / "Học viện Chính sách và phát triển"): the author's institution, never the
    headline nor the text."""
    if lines[j].kind != "short":
        return False
    for k in range(j - 1, -1, -1):
        ln = lines[k]
        if ln.kind in _CHROME_KINDS or ln.dup:
            continue
        pat = matching_pattern(ln.text, "byline") if ln.kind == "byline" else None
        return pat is not None and pat.id == "bp.byline.degree"
    return False


def _title_above(
    lines: list[Line], i: int, lo: int, max_words: int = TITLE_MAX_WORDS
) -> int | None:
    """The headline: the nearest title-like line above ``i`` (skipping chrome and
    metadata lines); None when the nearest content line is not one. One summary
    paragraph (a "sapo" printed between the headline and the dateline) may be skipped."""
    skipped = 0
    for j in range(i - 1, lo - 1, -1):
        ln = lines[j]
        if (
            ln.dup
            or ln.kind in _CHROME_KINDS
            or ln.kind in _META_KINDS
            or ln.kind in _BREAK_KINDS
            or ln.kind == "name"
            or _FRAGMENT.match(_BULLET.sub("", ln.text) or ln.text)
            or _affiliation(lines, j)
            or _COUNT_LABEL.match(ln.text)
            or (ln.kind == "short" and _ISSUER_LINE.match(ln.text))  # a document header's cell
            or _SITE_NAME.match(ln.text)
            or (j == i - 1 and _initials(ln))
        ):
            continue
        if _looks_like_title(ln, max_words):
            return None if _ticker_tail(lines, j, lo) else j
        if ln.kind == "prose" and _SENT_END.search(ln.text) and skipped == 0:
            skipped += 1
            continue
        return None
    return None


def _initials(ln: Line) -> bool:
    """A reporter's initials on a line of their own ("BT" between the headline "Đẩy mạnh
    tuyên truyền, nâng cao chuyển đổi số" and the lead "(ANTV) - Sở Thông tin ...",
    antv.gov.vn): the byline, not a headline or a section label."""
    return ln.kind == "short" and match_kind(ln.text, "initials") is not None


# the site's own address as a line of its own, between the headline and the text
# ("[Infographic] 85,4% người dân ..." / "Moitruong.net.vn" / "– Năm 2020, ...", moitruong.net.vn)
_SITE_NAME = regex.compile(
    r"^(?:www\.)?[\p{L}\d-]+(?:\.(?:vn|com|net|org|gov|edu|info))+/?$", regex.I
)


_LIST_SEPARATOR = regex.compile(r"\s[-–|]$")
TICKER_MIN = 2  # items ending in a separator right above: the line closes a headline list


def _ticker_tail(lines: list[Line], j: int, lo: int) -> bool:
    """Line ``j`` is the last item of a list of headlines joined by separators ("Chủ tịch
    PVN ... Bộ Công thương -" / "Quyết liệt cho tăng trưởng -" / "Khai mạc Hội nghị Trung
    ương 15, ...", a ticker above the text on baodautu.vn), not the page's headline."""
    above = 0
    for k in range(j - 1, lo - 1, -1):
        ln = lines[k]
        if ln.dup or ln.kind in _CHROME_KINDS:
            continue
        if ln.kind != "short" or not _LIST_SEPARATOR.search(ln.text):
            break
        above += 1
    return above >= TICKER_MIN


def _dated_list_follows(lines: list[Line], i: int, hi: int) -> bool:
    """Another dateline within the next few content lines after the dateline at ``i``."""
    seen = 0
    for j in range(i + 1, hi):
        ln = lines[j]
        if ln.dup or ln.kind in _CHROME_KINDS:
            continue
        if ln.kind == "dateline":
            return True
        seen += 1
        if seen > LIST_ITEM_MAX_LINES:
            return False
    return False


def _dates_above(lines: list[Line], title: int, lo: int) -> list[int]:
    """Datelines right above the headline (only chrome between), nearest first."""
    out: list[int] = []
    for j in range(title - 1, lo - 1, -1):
        ln = lines[j]
        if ln.kind == "dateline":
            out.append(j)
            continue
        if ln.kind in _CHROME_KINDS or ln.kind in _BREAK_KINDS or ln.dup:
            continue
        break
    return out


# a link's words glued to the end of a teaser or paragraph: "... phải tạo… Đọc tiếp »Thủ
# tướng: Sắp xếp ..." (the link's own title after the arrow, thuonghieungaynay.vn),
# "... hiệu quả. Chi tiết", "... Xem tiếp >>"
_LINK_WORDS = r"(?i:(?:xem\s+)?(?:chi\s+tiết|đọc\s+tiếp|xem\s+tiếp))"
_LINK_TAIL = regex.compile(
    rf"(?:(?<=…|\.\.\.)\s*{_LINK_WORDS}\s*(?:(?:»|>>|→).{{0,200}})?"
    rf"|(?<=[.!?])\s*{_LINK_WORDS}\s*(?:»|>>|→|\.\.\.|…)?"
    r"|(?<=[.!?…])\s*\((?i:đọc|xem)\s+thêm\))\s*$"  # "... so với 2022.(đọc thêm)", baotintuc.vn
)
_MD_HEADING = regex.compile(r"^#{1,6}\s+(?=\S)")
_CRAWL_DATE = regex.compile(r"^\s*date\s+((?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?)(?!\S)[ \t]*")
# "32315", "a605480", "post1057556"; a hex-like id of letters and 3 or more digits
# ("...-nang-cao-chuyen-doi-so-D51B9269F.html", antv.gov.vn; "-8ec2216", tuyenquangtv.vn)
_SLUG_ID = regex.compile(r"^(?:[a-z]{0,4}\d{3,}[a-z0-9]*|\d+|(?=(?:[a-z]*\d){3})[a-z0-9]{6,})$")


def _url_slug(url: str | None) -> frozenset[tuple[str, ...]]:
    """The words of the address's last path segment, as a headline would be written in it:
    its extension and the id at either end left out, or the last number kept (it may be
    the headline's own: ".../tuyen-truyen-...-de-an-06-409343" -> ..., de, an, 06);
    nothing when it has fewer than 5 words (an id, a section)."""
    if not url:
        return frozenset()
    path = regex.sub(r"[?#].*$", "", url).rstrip("/")
    seg = path.rsplit("/", 1)[-1].lower()
    seg = regex.sub(r"\.(?:html?|aspx?|php|vnp|ldo|epi|vna)$", "", seg)
    words = [w for w in regex.split(r"[-_]+", seg) if w]
    if words and _SLUG_ID.match(words[0]):  # "5402-cai-cach-hanh-chinh-..." (lyluanchinhtri.vn)
        words = words[1:]
    if not all(w.isascii() and w.isalnum() for w in words):
        return frozenset()
    out = {tuple(words)}
    while words and _SLUG_ID.match(words[-1]):
        words = words[:-1]
        out.add(tuple(words))
    return frozenset(w for w in out if len(w) >= 5)


def _slug_words(text: str) -> tuple[str, ...]:
    """A line as an address slug: "Bắc Giang: Sự chuyển mình" -> bac, giang, su, chuyen, minh."""
    return tuple(k for w in regex.split(r"[^\p{L}\p{N}]+", text) if (k := ascii_key(w)))


def _glued_slug_title(text: str, slug: frozenset[tuple[str, ...]]) -> tuple[str, str] | None:
    """The headline spelt by the address inside the first words of ``text``, with a
    capitalised sentence after it: (headline, the rest)."""
    words = list(regex.finditer(r"\S+", text[:LABEL_MAX_CHARS]))
    keys = [_slug_words(m.group()) for m in words]
    for s in sorted(slug, key=len, reverse=True):
        for a in range(min(len(words), SLUG_SKIP_MAX + 1)):
            got: list[str] = []
            b = a
            while b < len(words) and len(got) < len(s):
                got.extend(keys[b])
                b += 1
            if tuple(got) != s or b >= len(words):
                continue
            rest = text[words[b].start() :]
            if rest[0].isupper() and _is_prose(rest, len(_WORD.findall(rest))):
                return text[words[a].start() : words[b - 1].end()], rest
    return None


def _cites_document(source: str) -> bool:
    """A source credit that names a document, not a desk ("Nguồn: Công văn số
    2055/UBND-TTTH", haugiang.gov.vn): no byline."""
    w = source.split()
    return any(_type_words().fullmatch(" ".join(w[:n])) is not None for n in (1, 2, 3))


REPEAT_HEAD = 3  # paragraphs at the top of the text where a repeated headline or lead is looked for
REPEAT_MIN_CHARS = 40  # a lead shorter than this may open the next paragraph by chance


DOC_TITLE_MAX_LINES = 4  # lines a document's title is printed over, its type word's included


def _doc_title_lines(lines: list[Line], t: int) -> tuple[int, str, int | None] | None:
    """A document's title printed over several lines under its type word, the headline
    found being only its last line ("KẾ HOẠCH Triển khai thực hiện Nghị quyết số 13-NQ/TU
    ngày 06/9/2023" / "Của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi" /
    "Đến năm 2025, định hướng đến năm 2030", xatinhtra.sontinh.quangngai.gov.vn): (first
    line, the whole title, the page's headline above the document). The page's headline
    repeating the title without its type word is the title; else the joined lines are."""
    if lines[t].kind != "short" or _type_titled(lines[t].text) or _SENT_END.search(lines[t].text):
        return None
    parts = [t]
    for j in range(t - 1, max(-1, t - 2 * DOC_TITLE_MAX_LINES), -1):
        ln = lines[j]
        if ln.dup or ln.kind in _CHROME_KINDS:
            continue
        if ln.kind != "short" or _SENT_END.search(ln.text) or len(parts) >= DOC_TITLE_MAX_LINES:
            return None
        parts.append(j)
        if _type_titled(ln.text):
            break
    else:
        return None
    start = parts[-1]
    if not _type_titled(lines[start].text):
        return None
    whole = " ".join(lines[j].text for j in reversed(parts))
    w = whole.split()
    n = next(n for n in (1, 2, 3) if _type_head(" ".join(w[:n])) and w[n][:1].isupper())
    key = ascii_key(" ".join(w[n:]))  # the subject, without the type word
    for j in range(start - 1, -1, -1):
        ln = lines[j]
        if ln.kind in {"short", "prose"} and not ln.dup and ascii_key(ln.text) == key:
            return start, ln.text, j
    return start, whole, None


def _drop_head_repeats(lines: list[Line], body: list[int], title: int | None) -> list[int]:
    """The text without what the page prints twice at its top: the headline again under
    the dateline (bacphu.socson.hanoi.gov.vn), and a lead printed alone and again as the
    opening of the next paragraph (sonoivu.binhduong.gov.vn); the longer copy stays. So
    does the text when its summary is its own opening cut short ("... hôm qua. Được sự
    đồng ý của ..., Cổng Thông..." over the same two paragraphs, doanhnhanonline.com.vn)."""
    head = lines[title].text if title is not None else None
    out: list[int] = []
    for n, i in enumerate(body):
        s = lines[i].text
        if n < REPEAT_HEAD and s == head:
            continue
        nxt = lines[body[n + 1]].text if n + 1 < len(body) else ""
        if (
            n < REPEAT_HEAD
            and len(s) >= REPEAT_MIN_CHARS
            and len(nxt) > len(s)
            and nxt.startswith(s)
        ):
            continue
        if n < REPEAT_HEAD and s.endswith(("...", "…")):
            stem = " ".join(s.rstrip(".… ").split())
            rest = " ".join(" ".join(lines[j].text for j in body[n + 1 : n + 4]).split())
            if len(stem) >= REPEAT_MIN_CHARS and rest.startswith(stem):
                continue
        out.append(i)
    return out


def clean_text(
    text: str, *, url: str | None = None, site_lines: frozenset[str] = frozenset()
) -> Cleaned:
    """The article in a flattened page: body paragraphs, title, date, author, chrome.
    ``site_lines`` are lines the site repeats on many pages (see sitechrome.py)."""
    crawl = _CRAWL_DATE.match(text)
    if crawl:
        # the crawler's date stamp opening the stored page (" date 2025-08-24 Chính trị",
        # " date 2025-06 Phó Chủ tịch ..."): not the text's; a day dates the page when
        # nothing on it does, a month alone dates nothing
        text = text[crawl.end() :]
    lines = segment(text, site_lines)
    art = _locate(lines)
    if art is None:
        # no prose at all: keep the content lines (a short notice is still an article)
        keep: list[Line] = []
        for ln in lines:
            if ln.kind in {"short", "name"} and ln.text not in {k.text for k in keep}:
                keep.append(ln)
        return Cleaned(
            text="\n\n".join(ln.text for ln in keep),
            chrome="\n".join(ln.text for ln in lines if ln not in keep),
            url=url,
            extractor="text",
            warnings=["no prose line found: kept every content line"],
        )
    # a paragraph the page repeats word for word is kept once (captions, pull quotes)
    seen: set[str] = set()
    body_idx: list[int] = []
    for i in art.body:
        if lines[i].text not in seen:
            seen.add(lines[i].text)
            body_idx.append(i)
    # an official document's title in capitals under its type word ("KẾ HOẠCH TRIỂN KHAI
    # ...") is the page's title; the capitals above it name the issuer, not the page
    title_idx = art.title
    # (only on a document's own page: under its header "Số: ... , ngày ...")
    doc_title = next(
        (
            i
            for n, i in enumerate(body_idx[:4])
            if _type_titled(lines[i].text) and any(lines[j].doc_header for j in body_idx[:n])
        ),
        None,
    )
    if doc_title is not None and (title_idx is None or _caps(lines[title_idx].text)):
        if title_idx is not None:
            art.consumed.discard(title_idx)
        title_idx = doc_title
        body_idx.remove(doc_title)
        art.consumed.add(doc_title)
    slug_date: str | None = None
    slug = _url_slug(url)
    title_text: str | None = None
    if (
        slug
        and doc_title is None  # a document's own title under its type word stays
        and (title_idx is None or _slug_words(lines[title_idx].text) not in slug)
    ):
        # the headline the address was made from: printed with a final stop as the text's
        # first line ("Sở Tư pháp Tiền Giang tổ chức sinh hoạt pháp luật.", thtg.vn), or
        # under the description on a video page ("Bắc Giang: Sự chuyển mình ..." /
        # "05/05/2023", doanhnghiepbacgiang.vn/video/bac-giang-su-chuyen-minh-...)
        # (a title found otherwise gives way only to a line above the text: "Download Vui
        # lòng tải xuống ..." over "Công tác tuyên truyền ...", tailieu.vn/doc/cong-tac-...)
        t = next(
            (
                ln.idx
                for ln in lines
                if (title_idx is None or (body_idx and ln.idx <= body_idx[0]))
                and ln.kind in {"short", "prose", "name"}
                and ln.words <= TITLE_MAX_WORDS
                and _slug_words(ln.text) in slug
            ),
            None,
        )
        if t is None and title_idx is None and body_idx:
            # the crawler ran the section, the headline and the lead into one line
            # (" date 2025-07 Chính quyền - đoàn thể Cầu nối thông tin giữa chính quyền với
            # nhân dân Trong những ngày đầu ...", baodanang.vn/cau-noi-thong-tin-...)
            cut = _glued_slug_title(lines[body_idx[0]].text, slug)
            if cut is not None:
                title_text, lines[body_idx[0]].text = cut
        if t is not None:
            if title_idx is not None:
                art.consumed.discard(title_idx)
            title_idx = t
            art.consumed.add(t)
            if t in body_idx:
                body_idx.remove(t)
            # the sapo right under it, parted from the text by a box of related headlines
            # (tinbong247news.net: headline / sapo / three headlines / "1. Lý do ..." / text)
            sapo = _next_index(lines, t, skip_chrome=True)
            if (
                body_idx
                and sapo is not None
                and sapo < body_idx[0]
                and lines[sapo].kind == "prose"
                and not lines[sapo].dup
            ):
                body_idx.insert(0, sapo)
            # a byline between it and the text ("Phan Đức Ngữ" / "Chuyên viên cao cấp" over
            # "1. Các giai đoạn ...", susta.vn): the author, as under a headline found above
            if art.author is None and body_idx and t < body_idx[0]:
                for j in range(t + 1, body_idx[0]):
                    by = lines[j].byline
                    if lines[j].kind in {"byline", "name"} and by and by.author:
                        art.author = by.author
                        art.consumed.add(j)
                        break
                    if j == body_idx[0] - 1 and _initials(lines[j]):
                        art.author = lines[j].text.strip("()")
                        art.consumed.add(j)
            nxt = _next_index(lines, t, skip_chrome=True)
            if (
                nxt is not None
                and (dl := lines[nxt].dateline) is not None
                and body_idx
                and t > body_idx[0]
            ):
                slug_date = dl.iso
                art.consumed.add(nxt)
    if title_idx is not None and title_text is None:
        whole = _doc_title_lines(lines, title_idx)
        if whole is not None:
            start, title_text, page_head = whole
            art.consumed.update(j for j in range(start, title_idx) if lines[j].kind == "short")
            # the document's place and date right above its title ("Tịnh Trà, ngày 26
            # tháng 4 năm 2024"): its signing date, the page's when nothing else dates it
            art.datelines.extend(j for j in _dates_above(lines, start, 0) if j not in art.datelines)
            if page_head is not None:
                art.consumed.add(page_head)
                body_idx = [i for i in body_idx if i != page_head]
    # the text's first numbered section heading right above its first paragraph ("1. Lý do
    # của việc ..." under a box of related headlines, tinbong247news.net) opens the text
    # (above the text's first line or, when a sapo was taken from above the box, its second;
    # a part's heading above its first section's: "I. MỤC TIÊU, YÊU CẦU" / "1. Mục tiêu",
    # hungthinh.dongnai.gov.vn)
    for k in range(min(2, len(body_idx))):
        h = _first_section_above(lines, body_idx[k], title_idx)
        if h is not None and (k == 0 or h > body_idx[0]):
            for _ in range(2):
                body_idx.insert(k, h)
                art.consumed.discard(h)
                h = _first_section_above(lines, h, title_idx)
                if h is None or (k > 0 and h <= body_idx[0]):
                    break
            break
    body_idx = _drop_head_repeats(lines, body_idx, title_idx)
    body_set = set(body_idx)
    paras = [lines[i].text for i in body_idx]
    # removed text; a caption's second copy is not removed text (the first is in the body)
    chrome = "\n".join(
        ln.text
        for ln in lines
        if ln.idx not in body_set
        and ln.idx not in art.consumed
        and not (ln.text in seen and ln.kind not in _CHROME_KINDS)
    )
    warnings: list[str] = []
    published = None
    author = art.author
    for j in art.datelines:
        dl = lines[j].dateline
        if dl is not None:
            published = dl.iso
            author = author or dl.author  # "Thứ Hai, 27/09/2021 | Phương Chi" above the headline
            break
    if published is None and slug_date is not None:
        published = slug_date  # the date under the headline found by the address
    if published is None and crawl and crawl.group(1).count("-") == 2:
        published = crawl.group(1)
        warnings.append("published: the crawler's date stamp")
    if published is None and paras:
        # a wire story's lead names its agency and filing day ("Hà Nội (TTXVN 18/4/2024)
        # ...", "Hà Nội, ngày 18/4/2024 (TTXVN) - ..."): the page's date when no dateline
        # gives one; the lead stays in the text
        lead = match_kind(paras[0][:LABEL_MAX_CHARS], "lead_dateline")
        day = parse_date(lead.group("date")) if lead else None
        if day is not None:
            published = day.isoformat()
            warnings.append("published: the agency's date in the lead")
    if published is None:
        # a document page: the signing date in its header ("Số: ... , ngày 11 tháng 10 năm 2018")
        head = next((lines[i] for i in art.body if lines[i].doc_header), None)
        if head is not None and head.dateline is not None:
            published = head.dateline.iso
            warnings.append("published: the document's signing date in its header")
    if published is None:
        warnings.append("no publication date found")
    if art.source:
        warnings.append(f"source: {art.source}")
        if author is None and not _cites_document(art.source):
            author = art.source
    # the site: the domain table first (sites.yaml), then the text's own signals
    known = site_for_url(url)
    site = known.name if known else None
    site = site or site_from_footer([ln.text for ln in lines if ln.kind == "footer"])
    site = site or (site_from_lead(paras[0]) if paras else None)
    return Cleaned(
        text="\n\n".join(paras),
        # a headline printed as a list item ("• Tiếp tục điều chuyển vốn ...", the
        # head of video.baodaknong.org.vn's pages as bullets) is read without its bullet
        title=title_text
        if title_text is not None
        else (_BULLET.sub("", lines[title_idx].text) if title_idx is not None else None),
        published=published,
        author=author,
        site=site,
        url=url,
        chrome=chrome,
        extractor="text",
        warnings=warnings,
    )
