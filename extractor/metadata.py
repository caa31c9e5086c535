"""Article metadata from text lines: datelines, bylines, person names, the site.

These are text-level helpers, shared by the flattened-text cleaner (``clean.py``) and the
HTML cleaner's metadata (``htmlmeta.py``). The line shapes they know are data in
``patterns/boilerplate.yaml`` (kinds ``dateline``, ``dateline_byline``, ``clock``,
``byline``, ``source``); this module turns a matched line into values:

* ``parse_dateline("Ngày đăng: 07/12/2021  10:33")`` → date 2021-12-07, time 10:33,
  ISO ``2021-12-07T10:33:00+07:00`` (Vietnamese portals print local time, UTC+7);
  a date alone stays a date (``2021-09-13``).
* ``parse_byline("Tác giả: Hà Thanh Tuấn")`` → author; ``"Theo Báo Đắk Lắk"`` → a
  source credit (the desk the article is taken from).
* ``is_person_name("Thúy Hồng")``: 2-5 capitalised syllables, no sentence punctuation,
  no digit, no word that marks a body or a heading (a general rule, not a list of names).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from .patterns import Pattern, PatternFile, load

TZ = "+07:00"  # Vietnam has no daylight saving time

_DMY = regex.compile(
    r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+(?:năm\s+)?((?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)",
    regex.IGNORECASE,
)
_HM = regex.compile(
    r"(?<![\d/.\-])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*:\s*(\d{2}))?"
    r"(?:\s*(AM|PM|SA|CH)\b)?",
    regex.IGNORECASE,
)

_SYLLABLE = regex.compile(r"^\p{Lu}[\p{Ll}\p{M}]*\.?$|^\p{Lu}\.$")
_UPPER_SYLLABLE = regex.compile(r"^\p{Lu}[\p{Lu}\p{M}]*$")


@cache
def _patterns() -> PatternFile:
    return load("boilerplate")


@cache
def _not_name_words() -> frozenset[str]:
    """Common nouns that never are a syllable of a byline's name (boilerplate.yaml)."""
    return frozenset(str(w).lower() for w in _patterns().data.get("not_name_words") or [])


@cache  # the pattern file is loaded once per process
def patterns_of(kind: str) -> tuple[Pattern, ...]:
    """The boilerplate patterns of one ``kind`` (widget, stop, dateline, ...)."""
    return tuple(p for p in _patterns().patterns if p.meta.get("kind") == kind)


def matching_pattern(line: str, kind: str) -> Pattern | None:
    """The first pattern of ``kind`` that finds something in ``line``."""
    for p in patterns_of(kind):
        if p.regex.search(line):
            return p
    return None


def match_kind(line: str, kind: str) -> regex.Match[str] | None:
    for p in patterns_of(kind):
        m = p.regex.search(line)
        if m:
            return m
    return None


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date (and maybe a time) read from a line."""

    date: dt.date
    time: dt.time | None
    author: str | None = None  # "27/09/2021 | Phương Chi"
    clock: bool = False  # the portal's render-day display, not a publication date
    weekday: bool = False  # the line names a weekday ("Thứ 2, Ngày 27/09/2021")

    @property
    def iso(self) -> str:
        if self.time is None:
            return self.date.isoformat()
        return f"{self.date.isoformat()}T{self.time.strftime('%H:%M:%S')}{TZ}"


@dataclass(frozen=True, slots=True)
class Byline:
    """Who wrote the article (``author``) or whose article it is (``source``)."""

    author: str | None = None
    source: str | None = None


def parse_date(s: str) -> dt.date | None:
    """The first valid day-first date in ``s`` ("15/12/2021", "10 tháng 9 năm 2021")."""
    for m in _DMY.finditer(s):
        if m.group(1):
            d, mo, y = m.group(1, 2, 3)
        elif m.group(4):
            d, mo, y = m.group(4, 5, 6)
        else:
            y, mo, d = m.group(7, 8, 9)
        try:
            return dt.date(int(y), int(mo), int(d))
        except ValueError:
            continue
    return None


def parse_time(s: str) -> dt.time | None:
    """The first valid clock time in ``s`` ("12:00", "9h30", "10:15:00 PM")."""
    for m in _HM.finditer(s):
        h, mi = int(m.group(1)), int(m.group(2))
        sec = int(m.group(3)) if m.group(3) else 0
        ampm = (m.group(4) or "").upper()
        if ampm in {"PM", "CH"} and h < 12:
            h += 12
        elif ampm in {"AM", "SA"} and h == 12:
            h = 0
        if 0 <= h < 24 and 0 <= mi < 60 and 0 <= sec < 60:
            return dt.time(h, mi, sec)
    return None


_WEEKDAY = regex.compile(
    r"^\s*(?:hôm\s+nay\s*[,:]?\s*)?(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)\b", regex.I
)


def parse_dateline(line: str) -> Dateline | None:
    """A line that is a date line (optionally labelled, timed, with an author), else None."""
    s = line.strip()
    if not s or len(s) > 120:
        return None
    clock = match_kind(s, "clock") is not None
    if clock or match_kind(s, "dateline"):
        d = parse_date(s)
        if d is None:
            return None
        return Dateline(
            d,
            None if clock else parse_time(s),
            clock=clock,
            weekday=bool(_WEEKDAY.search(s)),
        )
    m = match_kind(s, "dateline_byline")
    if m:
        d = parse_date(s)
        if d is None:
            return None
        if m.group("author2") and m.group("author2").rstrip().endswith(","):
            # "Tiền Giang, ngày 08 tháng 10 năm 2019": a place and its date (a document's
            # header, a dateline), no author (vanbanphapluat.co)
            return Dateline(d, parse_time(s), weekday=bool(_WEEKDAY.search(s)))
        raw = (m.group("author") or m.group("author2") or "").strip(" -–|,:")
        raw = _AUTHOR_LABEL.sub("", raw)
        author = clean_author(raw)
        if author is None and match_kind(raw, "initials") is not None:
            author = raw  # the desk's initials: "PV - 03/04/2025 17:35" (baohatinh.vn)
        if author is None:
            return None
        return Dateline(d, parse_time(s), author=author, weekday=bool(_WEEKDAY.search(s)))
    return None


_AUTHOR_LABEL = regex.compile(
    r"^(?:tác\s+giả|người\s+(?:viết|đăng)|đăng\s+bởi|bài(?:\s+và\s+ảnh)?|by)\s*:?\s*",
    regex.IGNORECASE,
)


def clean_author(raw: str, *, allow_caps: bool = True) -> str | None:
    """A byline's name(s) as written, if they look like people: "Hồng Nhung - Văn Tú".

    A desk after the name ("Minh Anh (TTXVN)", "Ngọc Ánh - Sở Nội vụ") is left out; see
    ``parse_name_line`` for both parts."""
    by = parse_name_line(raw, allow_caps=allow_caps)
    return by.author if by else None


_DESK = regex.compile(r"^(?:\p{Lu}|[a-z0-9.\-]+\.(?:vn|com|net|org))[^.;:!?'\d]{1,80}$")


def parse_name_line(raw: str, *, allow_caps: bool = False) -> Byline | None:
    """A line that is only a byline: people's names, maybe with their desk.

    "Thúy Hồng" → author; "Hồng Nhung - Văn Tú" → author (both names, as written);
    "Minh Anh (TTXVN)" and "Ngọc Ánh - Sở Nội vụ" → author Minh Anh / Ngọc Ánh with the
    desk as ``source``. Honorifics ("Ông Võ Văn Minh") make a caption, not a byline."""
    s = regex.sub(r"\s+", " ", raw).strip()
    if s.endswith(":"):  # "Tây Ban Nha:" labels what follows
        return None
    s = s.strip(" -–|,.")
    if not s or _HONORIFIC.match(s):
        return None
    desk: str | None = None
    m = regex.search(r"\s*\(([^()]{1,60})\)$", s)
    if m:
        desk = m.group(1).strip()
        if not _DESK.match(desk):  # "Ferran Torres (106')" is a scoreline
            return None
        s = s[: m.start()].strip(" -–|,:")
    parts = [p.strip() for p in regex.split(r"\s+[-–]\s+|\s*,\s*|\s+và\s+|\s*&\s*", s)]
    parts = [p for p in parts if p]
    if not parts:
        return None
    if all(is_person_name(p, allow_caps=allow_caps) for p in parts):
        return Byline(author=_name_case(s), source=desk)
    dash = regex.split(r"\s+[-–]\s+", s)
    if (
        desk is None
        and len(dash) == 2
        and is_person_name(dash[0], allow_caps=allow_caps)
        and _DESK.match(dash[1])
        and len(dash[1].split()) <= 10
    ):
        return Byline(author=_name_case(dash[0]), source=dash[1])
    return None


def _name_case(name: str) -> str:
    """A byline printed in capitals ("QUANG VINH") is the name "Quang Vinh": the
    capitals are the portal's typography, not the spelling. Mixed case is kept as written."""
    if not name.isupper():
        return name
    return regex.sub(r"\p{L}+", lambda m: m.group()[0] + m.group()[1:].lower(), name)


_HONORIFIC = regex.compile(r"^(?:ông|bà|đồng\s+chí|đ/c|cụ|em)\s", regex.IGNORECASE)


def is_person_name(s: str, *, allow_caps: bool = False) -> bool:
    """2-5 capitalised syllables, no sentence punctuation, digits or body/heading words.

    ``allow_caps`` accepts ALL-CAPS names ("VĂN HÀO"), which portals print in bylines
    attached to a date; a standalone all-caps line is a heading ("QUAN ĐIỂM").
    """
    s = s.strip()
    if not s or regex.search(r"[\d,;:!?/()\"“”|@#%&*+=<>\[\]]", s):
        return False
    words = s.split()
    if not 2 <= len(words) <= 5:
        return False
    upper = all(_UPPER_SYLLABLE.match(w) for w in words)
    if upper and not allow_caps:
        return False
    for w in words:
        if not (_SYLLABLE.match(w) or (upper and _UPPER_SYLLABLE.match(w))):
            return False
        if not (len(w) == 2 and w.endswith(".")) and not is_vietnamese_syllable(w):
            return False
        if w.lower().rstrip(".") in _not_name_words():
            return False
    # a name has at most one initial ("Nguyễn T. Hà") and does not end with one
    return not words[-1].endswith(".")


# Vietnamese syllable shape: onset + vowel nucleus + coda. Foreign words ("World Cup",
# "Web Story", "Ferran") break it (w, f, j, z, consonant clusters, other codas).
_V = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_VN_SYLLABLE = regex.compile(
    rf"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_V}]{{1,3}}(?:ch|ng|nh|[cmnpt])?$"
)


def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of one Vietnamese syllable (any case, NFC)."""
    return bool(_VN_SYLLABLE.match(word.lower().rstrip(".")))


# the photo / graphic credits after the byline on its line ("Theo Quỳnh Trang, Đồ họa:
# Đồng Toàn/VOV.VN,", vov.vn; "Bài: Minh Anh, ảnh: Thu Hà"); not the label's own words
# ("Bài, ảnh: Ngọc Hân")
_CREDIT_TAIL = regex.compile(
    r"(?<=\S\s+\S+)\s*[,;|]\s*(?:đồ\s+họa|ảnh|video|clip|thiết\s+kế|trình\s+bày|infographic)\s*:.*$",
    regex.IGNORECASE,
)


def parse_byline(line: str) -> Byline | None:
    """ "Tác giả: X", "Bài và ảnh: X" → author; "Theo X" / "Nguồn: X" → source."""
    s = _CREDIT_TAIL.sub("", line.strip())
    if not s or len(s) > 120:
        return None
    m = match_kind(s, "byline")
    if m:
        raw = m.group("author").strip()
        name = clean_author(raw)
        # a labelled byline may name a desk ("Tác giả: Phòng CCHC"): keep it as written
        return Byline(author=name or raw)
    m = match_kind(s, "source")
    if m:
        src = m.group("source").strip(" .()")
        # "(theo Lê Duy, Báo Tuyên Quang)": the writer, then the paper the article is
        # taken from (bandantoc.tuyenquang.gov.vn); the person is the author
        if "(" in src and ")" not in src:
            src += ")"
        by = parse_name_line(src) or _writer_and_outlet(src)
        if by is not None and by.author and by.source:
            return by
        return Byline(source=src)
    return None


_OUTLET = regex.compile(
    r"^(?:Báo|Tạp\s+chí|Đài|Cổng|Trang|Truyền\s+hình|Thông\s+tấn|TTXVN|VOV|VTV|"
    r"[a-z0-9.\-]+\.(?:vn|com|net|org))\b",
    regex.IGNORECASE,
)


def _writer_and_outlet(src: str) -> Byline | None:
    """ "Lê Duy, Báo Tuyên Quang", "Lê Duy/Báo Tuyên Quang": a person and an outlet."""
    parts = regex.split(r"\s*[,/]\s*", src)
    if len(parts) == 2 and is_person_name(parts[0]) and _OUTLET.match(parts[1]):
        return Byline(author=parts[0], source=parts[1])
    return None


# ---------------------------------------------------------------- site
_SITE_PREFIX = regex.compile(
    r"^\(?\s*(?P<abbr>Cổng\s+TTĐT|TTĐT|CTTĐT|TTXVN|VOV|VTV|(?:[\p{L}.]+\.)?[\p{L}\d\-]+\.(?:vn|gov\.vn|com\.vn))\s*\)?\s*[-–:]\s*\S"
)
_SITE_ABBR = {
    "ttđt": "Trang thông tin điện tử",
    "cổng ttđt": "Cổng thông tin điện tử",
    "cttđt": "Cổng thông tin điện tử",
}
_COPYRIGHT = regex.compile(
    r"^(?:©\s*)?(?:copyright\s*(?:©\s*)?)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[-–,]?\s*)?"
    r"(?:bản\s+quyền\s*(?:thuộc\s+(?:về\s+)?)?)?(?:by\s+)?"
    r"(?P<site>\p{Lu}[^.;|]{2,80}?)\s*\.?$",
    regex.IGNORECASE,
)


def site_from_lead(first_paragraph: str) -> str | None:
    """The site named by the lead's prefix: "TTĐT - Chiều 27-9, ..." → Trang thông tin điện tử."""
    m = _SITE_PREFIX.match(first_paragraph)
    if not m:
        return None
    abbr = regex.sub(r"\s+", " ", m.group("abbr"))
    return _SITE_ABBR.get(abbr.lower(), abbr)


_COPYRIGHT_HEAD = regex.compile(r"(?i)^(?:©|copyright|bản\s+quyền)")
_NOT_OWNER = regex.compile(r"(?i)^(?:all\s+rights|\d)")


def site_from_footer(lines: list[str]) -> str | None:
    """The owner named in a copyright line: "Bản quyền thuộc Báo Đắk Lắk" → Báo Đắk Lắk."""
    for ln in lines:
        if not _COPYRIGHT_HEAD.match(ln.strip()):
            continue
        m = _COPYRIGHT.match(ln.strip())
        if m:
            site = m.group("site").strip(" -–,:")
            if site and site[0].isupper() and not _NOT_OWNER.match(site):
                return site
    return None
