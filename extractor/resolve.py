"""Resolution across fields: the province an article is about.

The evidence, in order of trust (a later tier is used only when the earlier ones find
nothing):

1. the article's own mentions of a province, in the text and the title. "tỉnh Kon Tum"
   / "TP.HCM" weigh 3, a bare "Bình Dương" 1, a name inside a list of provinces
   ("các tỉnh Gia Lai, Kon Tum, Đắk Lắk") half as much; district mentions of the same
   province add 2 each; the site's province adds 2.5 (more than a passing "tại Hà Nội",
   less than one "tỉnh Phú Yên"). Ties go to the earliest mention.
2. the site: ``extractor.sites.site_for_url`` (another module's domain table) when it is
   there, else a province key in the host name (kontum.gov.vn, baodaklak.vn).
3. district-level units in the text ("thị xã Buôn Hồ" is only in Đắk Lắk).
4. the page's chrome (sidebar teasers name the site's province: "Đảng bộ tỉnh Đắk Lắk"),
   except on a national outlet, whose chrome names its newsroom's city.

The name is the one in force at publication: 63-era names before 2025-07-01 ("Thừa
Thiên Huế" until 2024-12-31, then "Huế"), the unit of Nghị quyết 202/2025/QH15 after.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import regex

from .gazetteer import Gazetteer, PlaceMention, load
from .models import Evidence, Province
from .patterns import load as load_patterns
from .types import Cleaned

_SITE_WEIGHT = 2.5
# a report on all provinces ("63 tỉnh, thành phố", "các tỉnh, thành phố", "toàn quốc"), or a
# ranking of them: "Đà Nẵng tiếp tục giữ vị trí quán quân, trong khi đó đứng chót bảng là tỉnh
# Điện Biên" (the PCI 2014, daidoanket.vn)
_NATIONAL = regex.compile(
    r"\b(?:\d{2}\s+tỉnh,?\s+thành(?:\s+phố)?|các\s+tỉnh,?\s+thành(?:\s+phố)?|toàn\s+quốc|cả\s+nước"
    r"|quán\s+quân|(?:đứng|xếp)\s+(?:đầu|chót|cuối)\s+bảng)\b",
    regex.IGNORECASE,
)
_LIST_GAP = regex.compile(r"^\s*(?:,|;|và|hoặc|-|–)\s*(?:(?i:tỉnh|thành\s+phố)\s+|TP\.?\s*)?$")


# a document's header: its number, a central issuer's code, then the place and date it was
# signed ("Số: 07/2023/TT-BNV | Hà Nội, ngày 31 tháng 5 năm 2023"); a central body signs in
# the capital, so that place says nothing of the province the page is about
_HEADER_NUMBER = regex.compile(
    r"Số\s*:?\s*\d{1,5}[a-zđ]?\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?\p{L}{1,5}\s*[-–]\s*"
    r"(?P<codes>[\p{L}&]+(?:\s*[-–]\s*[\p{L}&]+)*)[\s|]{0,12}\Z"
)
_PLACE_DATE = regex.compile(r",\s*ngày\s+\d")
# issuer codes of local bodies written without a province placeholder
_LOCAL_ISSUERS = ("Sở ", "Huyện ủy", "Đảng ủy", "Ban Chỉ đạo")


@lru_cache(maxsize=1)
def _central_codes() -> frozenset[str]:
    """Issuer codes of central bodies (documents.yaml ``issuer_codes``: BNV, CP, TTg ...)."""
    codes = load_patterns("documents").data.get("issuer_codes", {})
    return frozenset(
        str(k)
        for k, v in codes.items()
        if "{" not in str(v) and not str(v).startswith(_LOCAL_ISSUERS)
    )


def _central_signing_place(text: str, m: PlaceMention) -> bool:
    """Whether a province mention is the signing place in the header of a central body's
    document: "Số: 07/2023/TT-BNV | Hà Nội, ngày 31 tháng 5 năm 2023" (hethongphapluat.com),
    "Số: 68/2013/TTLT-BTC-BLĐTBXH\n\nHà Nội, ngày 21 tháng 5 năm 2013" (luatminhkhue.vn)."""
    if not _PLACE_DATE.match(text, m.end):
        return False
    head = _HEADER_NUMBER.search(text[max(0, m.start - 120) : m.start])
    if head is None:
        return False
    codes = [c for c in regex.split(r"\s*[-–]\s*", head.group("codes")) if c]
    central = _central_codes()
    return bool(codes) and all(c in central for c in codes)


def _site_lookup() -> Callable[[str], Any] | None:
    try:
        mod = importlib.import_module("extractor.sites")
    except ImportError:
        return None
    fn = getattr(mod, "site_for_url", None)
    return fn if callable(fn) else None


def _in_list(ms: list[PlaceMention], i: int, text: str) -> bool:
    m = ms[i]
    before = i > 0 and ms[i - 1].code != m.code and _LIST_GAP.match(text[ms[i - 1].end : m.start])
    after = (
        i + 1 < len(ms)
        and ms[i + 1].code != m.code
        and _LIST_GAP.match(text[m.end : ms[i + 1].start])
    )
    return bool(before or after)


def _host_key(gz: Gazetteer, label: str) -> str | None:
    """The province a host label of five letters or more spells ('kontum', 'daklak')."""
    return gz.code_of_key(label) if len(label) >= 5 else None


def _host_suffix_key(gz: Gazetteer, label: str) -> str | None:
    """The province a host label ends with after a prefix of two letters or more:
    'hdndtuyenquang', 'tnmttuyenquang' (tuyenquang.gov.vn's people's council and
    department of natural resources), 'nongthonmoihatinh'. The longest key wins."""
    for n in range(len(label) - 2, 4, -1):
        code = gz.code_of_key(label[-n:])
        if code:
            return code
    return None


def _host_province(gz: Gazetteer, url: str | None) -> tuple[str, str] | None:
    """A province key in a host label: 'sotttt.kontum.gov.vn', 'baodaklak.vn', at the end
    of a label ('hdndtuyenquang.gov.vn', 'nongthonmoihatinh.vn')."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    labels = [lb for lb in host.lower().split(".") if lb not in {"www", "gov", "vn", "com", "org"}]
    for lb in labels:
        code = _host_key(gz, lb) or (_host_key(gz, lb[3:]) if lb.startswith("bao") else None)
        if code:  # 'sotttt.kontum.gov.vn', 'baodaklak.vn'
            return code, host
    for lb in labels:
        code = _host_suffix_key(gz, lb) if lb.isalpha() else None
        if code:
            return code, host
    return None


def _path_province(gz: Gazetteer, url: str | None) -> tuple[str, str] | None:
    """A province key in the first folder of the URL's path, on a host that serves many
    provinces' sites, each under its own folder: 'dangcongsan.org.vn/tinhuybinhdinh/...'
    (the Bình Định party committee's portal). Only a folder of letters alone, spelled like a
    host label, counts: a hyphenated section ('/ha-noi/') is a news desk, not a site."""
    if not url:
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    first = parts.path.strip("/").split("/", 1)[0].lower()
    if not first.isascii() or not first.isalpha():
        return None
    code = _host_key(gz, first) or _host_suffix_key(gz, first)
    return (code, f"{parts.hostname or ''}/{first}") if code else None


def _site_province(gz: Gazetteer, cleaned: Cleaned) -> tuple[str, Evidence] | None:
    fn = _site_lookup()
    if fn is not None and cleaned.url:
        try:
            info = fn(cleaned.url)
        except Exception:  # another module's bug must not lose the record
            info = None
        pname = getattr(info, "province", None) if info is not None else None
        p = gz.province(pname) if isinstance(pname, str) else None
        if p is not None:
            surface = str(getattr(info, "name", None) or cleaned.url)
            return p.code, Evidence(pattern="province.site_table", kind="site", surface=surface)
    if cleaned.site:
        ms = gz.find_provinces(cleaned.site)
        if ms:
            return ms[0].code, Evidence(
                pattern="province.site_name", kind="site", surface=cleaned.site
            )
    hp = _host_province(gz, cleaned.url)
    if hp:
        return hp[0], Evidence(pattern="province.url_host", kind="site", surface=hp[1])
    pp = _path_province(gz, cleaned.url)
    if pp:
        return pp[0], Evidence(pattern="province.url_path", kind="site", surface=pp[1])
    if cleaned.url:  # a district's or commune's portal named after its district
        host = urlsplit(cleaned.url if "//" in cleaned.url else "//" + cleaned.url).hostname or ""
        code = gz.host_district_province(host)
        if code:
            return code, Evidence(pattern="province.url_district", kind="site", surface=host)
    return None


def _national_site(cleaned: Cleaned) -> bool:
    """A national outlet (the site table knows it, with no province): its chrome (footer
    addresses "Hà Nội", "TPHCM") says where the newsroom is, not what the article is about."""
    fn = _site_lookup()
    if fn is not None and cleaned.url:
        try:
            info = fn(cleaned.url)
        except Exception:  # another module's bug must not lose the record
            info = None
        if info is not None:
            return getattr(info, "province", None) is None
    if cleaned.site:  # a text page has the site's name but not always its URL
        try:
            mod = importlib.import_module("extractor.sites")
            sites = mod.all_sites().values()
        except Exception:  # no table: nothing known
            return False
        return any(
            getattr(i, "province", "") is None and getattr(i, "name", None) == cleaned.site
            for i in sites
        )
    return False


class _Tally:
    def __init__(self) -> None:
        self.score: dict[str, float] = {}
        self.first: dict[str, int] = {}
        self.evidence: dict[str, list[Evidence]] = {}

    def add(self, code: str, weight: float, order: int, ev: Evidence) -> None:
        self.score[code] = self.score.get(code, 0.0) + weight
        self.first[code] = min(self.first.get(code, order), order)
        evs = self.evidence.setdefault(code, [])
        if len(evs) < 5:
            evs.append(ev)

    def best(self) -> str | None:
        if not self.score:
            return None
        return max(self.score, key=lambda c: (self.score[c], -self.first[c]))


def _tally_provinces(
    tally: _Tally, text: str, ms: list[PlaceMention], kind: str, spans: bool
) -> None:
    for i, m in enumerate(ms):
        w = 3.0 if m.prefixed else 1.0
        if _in_list(ms, i, text):
            w /= 2
        ev = Evidence(
            start=m.start if spans else None,
            end=m.end if spans else None,
            pattern="province.prefixed" if m.prefixed else "province.name",
            kind=kind,
            surface=m.surface,
        )
        tally.add(m.code, w, m.start if spans else -1, ev)


def _tally_districts(tally: _Tally, ms: list[PlaceMention], kind: str, spans: bool) -> None:
    for m in ms:
        ev = Evidence(
            start=m.start if spans else None,
            end=m.end if spans else None,
            pattern="province.district",
            kind=kind,
            surface=m.surface,
        )
        tally.add(m.code, 2.0, m.start, ev)


def _national_passing(
    code: str, provinces: list[PlaceMention], text: str, in_title: list[PlaceMention]
) -> bool:
    """A national report naming provinces in passing: the best-scored one is named once
    in the body, not in the title, beside other provinces, in a text about all provinces
    ("tỉnh Bình Thuận tăng mạnh nhất với 6,39%; Lai Châu có mức tăng thấp nhất" in the PAR
    Index 2024 of the 63 provinces, baomoi.net.vn 2025-04)."""
    if sum(m.code == code for m in provinces) != 1 or len({m.code for m in provinces}) < 2:
        return False
    if any(m.code == code for m in in_title):
        return False
    return _NATIONAL.search(text) is not None


def resolve_province(text: str, cleaned: Cleaned) -> Province | None:
    """The province the article is about, with the evidence that placed it, or None."""
    gz = load()
    site = _site_province(gz, cleaned)

    tally = _Tally()
    provinces = [m for m in gz.find_provinces(text) if not _central_signing_place(text, m)]
    _tally_provinces(tally, text, provinces, "body", True)
    in_title = gz.find_provinces(cleaned.title) if cleaned.title else []
    if cleaned.title:
        _tally_provinces(tally, cleaned.title, in_title, "title", False)
    code = None
    if tally.score:
        # a district that is a province's own name ("TP Huế", "TP Hải Phòng") is counted once,
        # as the province (sggp.org.vn 2025-10: a national ranking is not about Huế)
        pspans = [(m.start, m.end) for m in provinces]
        dists = [
            m
            for m in gz.find_districts(text)
            if not any(a < m.end and m.start < b for a, b in pspans)
        ]
        _tally_districts(tally, dists, "district", True)
        if site:  # outweighs a bare passing mention ("họp tại Hà Nội"), not "tỉnh X"
            tally.add(site[0], _SITE_WEIGHT, len(text), site[1])
        code = tally.best()
        if code is not None and not site and _national_passing(code, provinces, text, in_title):
            return None
    elif site:
        tally.add(site[0], 1.0, 0, site[1])
        code = site[0]
    else:
        _tally_districts(tally, gz.find_districts(text), "district", True)
        code = tally.best()
        if code is None and cleaned.chrome and not _national_site(cleaned):
            chrome = cleaned.chrome
            _tally_provinces(tally, chrome, gz.find_provinces(chrome), "chrome", False)
            _tally_districts(tally, gz.find_districts(chrome), "chrome", False)
            code = tally.best()
    if code is None:
        return None
    info = gz.provinces[code]
    name, pcode = info.name_at(cleaned.published)
    return Province(
        name=name,
        code=pcode,
        successor_2025=info.successor_2025,
        evidence=tally.evidence.get(code, []),
    )
