"""Metadata of an HTML article page: title, publication date, author, canonical URL, site.

Sources, best first, for each field:

* title: ``og:title`` / ``twitter:title`` / JSON-LD ``headline``, then the article's
  ``<h1>``, then ``<title>``; a site suffix (" - Báo Đắk Lắk", " | Cổng TTĐT tỉnh Kon
  Tum") is stripped, and a value that is only the site's name is rejected (old portals
  put the portal's name in ``<title>`` and ``og:title``).
* published: ``article:published_time`` and its kin in ``<meta>``, JSON-LD
  ``datePublished``, an ``itemprop=datePublished`` or ``<time datetime>`` element, else
  a dateline read near the headline (``find_dateline``, in htmlclean, which knows where
  the headline and body are). Teaser lists are never searched: their dates belong to
  other articles. Format: ISO 8601, ``+07:00`` when the page gives a time without a
  zone (Vietnam is UTC+7 all year), the date alone when there is no time.
* author: ``<meta name=author>`` / ``article:author`` / JSON-LD ``author`` when it looks
  like a person's name (portals often put their own name there), else a byline.
* canonical URL: ``<link rel=canonical>``, then ``og:url``.
* site: ``og:site_name``, else the domain table (``sites.site_for_url``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex
from lxml import etree
from lxml.etree import _Element as Element

from .metadata import TZ, clean_author, is_person_name
from .sites import site_for_url


@dataclass(slots=True)
class HtmlMeta:
    title: str | None = None
    title_source: str | None = None  # "og" | "h1" | "title" | ...
    published: str | None = None
    published_source: str | None = None
    author: str | None = None
    canonical: str | None = None
    site: str | None = None
    province: str | None = None  # from the domain table, for a provincial outlet
    description: str | None = None


# whitespace to collapse into one space (used as _WS.sub(" ", s)): a run of two or more, or
# one that is not a space; a lone space is left alone, the same output as r"\s+" faster
_WS = regex.compile(r"\s{2,}|[^\S ]")
# the tail of a <title> that names the site rather than the article
_SITE_TAIL = regex.compile(
    r"(?:báo|cổng|trang|tạp\s+chí|đài|truyền\s+hình|phát\s+thanh|ttxvn|vtv|vov|portal|"
    r"online|điện\s+tử|tin\s+tức|news|\.vn\b|\.com\b|\.net\b|ubnd|ủy\s+ban|sở\s|tỉnh\s|"
    r"thành\s+phố|vietnamplus|vnexpress|genk|nhân\s+dân|tiền\s+phong|plus)",
    regex.IGNORECASE,
)
_TITLE_SEP = regex.compile(r"\s+[|–—-]\s+|\s*\|\s*|\s+::\s+|\s+»\s+")
_PREFIX_SEP = regex.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_OUTLET_WORD = regex.compile(r"(?i)^(?:báo|cổng|trang)\b")
_DIGIT = regex.compile(r"\d")


def squash(s: str) -> str:
    """``s`` with each whitespace run one space, stripped: ``_WS.sub(" ", s).strip()``.
    ``str.split`` does the same in C when ``s`` holds none of the information separators
    U+001C-U+001F, which ``str.split`` and ``str.strip`` take for whitespace and ``\\s``
    does not."""
    if "\x1c" in s or "\x1d" in s or "\x1e" in s or "\x1f" in s:
        return _WS.sub(" ", s).strip()
    return " ".join(s.split())


# an element's text content (lxml.html's ``text_content``), for any lxml element
_STRING = etree.XPath("string()", smart_strings=False)


def text_of(el: Element) -> str:
    return squash(_STRING(el) or "")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_META_ATTRS = ("property", "name", "itemprop")


class _MetaTags:
    """The page's ``<meta>`` tags, read in one pass: for each naming attribute
    (``property``, ``name``, ``itemprop``) and name (ASCII letters lowered, as the XPath
    ``translate`` did), the first non-empty ``content`` in document order."""

    __slots__ = ("_first",)

    def __init__(self, tree: Element) -> None:
        first: dict[tuple[str, str], str] = {}
        for el in tree.iter("meta"):
            v = (el.get("content") or "").strip()
            if not v:
                continue
            for attr in _META_ATTRS:
                key = el.get(attr)
                if key is not None:
                    first.setdefault((attr, key.translate(_ASCII_LOWER)), v)
        self._first = first

    def get(self, *names: str) -> str | None:
        """The content of the first of ``names`` (lower case) that the page has, each
        looked up by ``property``, then ``name``, then ``itemprop``."""
        for name in names:
            for attr in _META_ATTRS:
                v = self._first.get((attr, name))
                if v is not None:
                    return _WS.sub(" ", v)
        return None


def _jsonld(tree: Element) -> Iterator[dict[str, Any]]:
    for s in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        raw = (s.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                yield d
                if "@graph" in d:
                    stack.append(d["@graph"])


_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "blogposting",
    "report",
    "webpage",
    "reportagenewsarticle",
}


def _ld_article(tree: Element) -> dict[str, Any] | None:
    best = None
    for d in _jsonld(tree):
        t = d.get("@type")
        types = {str(x).lower() for x in (t if isinstance(t, list) else [t])}
        if (
            types & _ARTICLE_TYPES
            and (d.get("datePublished") or d.get("headline"))
            and (best is None or str(best.get("@type")).lower() == "webpage")
        ):
            best = d
    return best


def _ld_author(d: dict[str, Any]) -> str | None:
    a = d.get("author")
    names: list[str] = []
    for x in a if isinstance(a, list) else [a]:
        if isinstance(x, dict):
            if str(x.get("@type", "Person")).lower() == "person" and x.get("name"):
                names.append(str(x["name"]))
        elif isinstance(x, str):
            names.append(x)
    names = [n.strip() for n in names if n and n.strip()]
    if not names:
        return None
    return clean_author(", ".join(names)) or None


_ISO = regex.compile(
    r"^\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)


def iso_datetime(s: str | None) -> str | None:
    """An ISO-ish machine date ("2021-09-27T21:00:00", "2021-09-27 21:00:00+0700") to ISO
    8601 with a zone (+07:00 when none is given) or a date; day-first dates are read too."""
    if not s:
        return None
    m = _ISO.match(s)
    if not m:
        from .metadata import parse_date, parse_time

        day = parse_date(s)
        if day is None:
            return None
        t = parse_time(s)
        return day.isoformat() if t is None else f"{day.isoformat()}T{t.strftime('%H:%M:%S')}{TZ}"
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        date = dt.date(y, mo, d)
    except ValueError:
        return None
    if m.group(4) is None:
        return date.isoformat()
    h, mi, sec = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
    if not (h < 24 and mi < 60 and sec < 60):
        return date.isoformat()
    tz = m.group(7)
    if tz is None:
        tz = TZ
    elif tz == "Z":
        # a UTC time: convert to Vietnam time so that the date is the local one
        local = dt.datetime(y, mo, d, h, mi, sec, tzinfo=dt.UTC).astimezone(
            dt.timezone(dt.timedelta(hours=7))
        )
        return local.isoformat()
    else:
        tz = tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"
    return f"{date.isoformat()}T{h:02d}:{mi:02d}:{sec:02d}{tz}"


def strip_site_suffix(title: str, site: str | None = None) -> str:
    """ "Tiêu đề - Báo Đắk Lắk" → "Tiêu đề"; a separator inside the title stays."""
    t = squash(title)
    for _ in range(3):
        parts = _TITLE_SEP.split(t)
        if len(parts) < 2:
            break
        tail = parts[-1].strip()
        head = t[: len(t) - len(tail)].rstrip(" |–—-:»")
        is_site = bool(site and tail.lower() == site.lower()) or (
            len(tail) <= 60 and bool(_SITE_TAIL.search(tail)) and not _DIGIT.search(tail)
        )
        if is_site and len(head) >= 10:
            t = head.strip()
        else:
            break
    # a site *prefix*: "Báo Đắk Lắk - Tiêu đề"
    parts = _PREFIX_SEP.split(t, maxsplit=1)
    if (
        len(parts) == 2
        and len(parts[0]) <= 40
        and len(parts[1]) >= 15
        and ((site and parts[0].lower() == site.lower()) or _OUTLET_WORD.match(parts[0]))
    ):
        t = parts[1].strip()
    return t


_SITE_NAME_START = regex.compile(
    r"(?i)^(?:cổng\s+thông\s+tin|trang\s+thông\s+tin|cổng\s+ttđt|báo\s+điện\s+tử|trang\s+chủ|home)"
)


def _looks_like_site(s: str, site: str | None) -> bool:
    low = s.lower()
    if site and (low == site.lower() or low in site.lower()):
        return True
    return bool(_SITE_NAME_START.match(s))


def head_meta(tree: Element, url: str | None = None) -> HtmlMeta:
    """What the page's head, JSON-LD and microdata say (no guessing from the body)."""
    meta = HtmlMeta()
    tags = _MetaTags(tree)
    canon = tree.xpath('//link[translate(@rel, "CANONIL", "canonil")="canonical"]/@href')
    meta.canonical = (canon[0].strip() if canon else None) or tags.get("og:url")
    info = site_for_url(meta.canonical or url or "") or site_for_url(url or "")
    og_site = tags.get("og:site_name")
    meta.site = og_site or (info.name if info else None)
    if info:
        meta.province = info.province
        if info.province and not og_site:
            meta.site = info.name
    ld = _ld_article(tree)
    meta.description = tags.get("og:description", "description")

    for source, val in (
        ("og", tags.get("og:title", "twitter:title")),
        ("jsonld", str(ld.get("headline")) if ld and ld.get("headline") else None),
    ):
        if val:
            t = strip_site_suffix(val, meta.site)
            if len(t) >= 10 and not _looks_like_site(t, meta.site):
                meta.title, meta.title_source = t, source
                break

    pub = tags.get(
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date.issued",
        "dc.date",
        "date",
    )
    src = "meta"
    if not pub and ld and ld.get("datePublished"):
        pub, src = str(ld["datePublished"]), "jsonld"
    if not pub:
        el = tree.xpath('//*[@itemprop="datePublished"]')
        if el:
            pub, src = el[0].get("content") or el[0].get("datetime") or text_of(el[0]), "itemprop"
    meta.published = iso_datetime(pub)
    meta.published_source = src if meta.published else None

    author = tags.get("article:author", "author", "dc.creator")
    if author and not author.startswith("http"):
        name = clean_author(author)
        if name and not _looks_like_site(name, meta.site):
            meta.author = name
    if not meta.author and ld:
        meta.author = _ld_author(ld)
    return meta


def find_h1(tree: Element, site: str | None = None) -> Element | None:
    """The article's headline element: the first ``<h1>`` that is not the site's logo."""
    for h in tree.iter("h1"):
        t = text_of(h)
        if (len(t) >= 10 and not _looks_like_site(t, site) and not h.xpath(".//img")) or (
            len(t) >= 25 and not _looks_like_site(t, site)
        ):
            return h
    return None


def person_or_none(s: str | None) -> str | None:
    if s and is_person_name(s, allow_caps=True):
        return s
    return None
