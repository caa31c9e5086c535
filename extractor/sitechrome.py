"""Lines a site prints on many of its pages are its chrome.

One page alone cannot tell a campaign banner under the headline ("Nhiệt liệt chào mừng
Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII ...") or a slogan closing every article from
the article's own short lines. Across pages of the same site it is plain: the article
changes, the chrome does not. A batch (``vnextract extract``) learns, per shard and per
site, the lines that recur on at least half of that site's pages (and on ``MIN_PAGES``
pages or more); the text cleaner then treats them as widgets. Bylines, datelines, section
stops and footers keep their own kinds (an author writes many articles; "Tin khác" must
still end the article), and long lines are never taken (a repeated paragraph is content
the classifier handles itself).

The site of a page is its URL's host (without ``www.``), else the folder it was read
from. Learning per shard keeps the output independent of the number of workers: shards
are cut by page count only.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath
from urllib.parse import urlsplit

from .models import Source

MIN_PAGES = 4  # fewer pages of a site than this: nothing is learned
MIN_SHARE = 0.5  # a line on at least this share of the site's pages is chrome
MAX_WORDS = 30  # longer lines are never taken as chrome


def site_key(source: Source) -> str | None:
    """The site a page belongs to: its URL's host, else the folder it came from."""
    if source.url:
        host = (urlsplit(source.url).hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    if source.path and source.path != "-":
        return f"dir:{PurePath(source.path).parent}"
    return None


def repeated_lines(texts: Iterable[str]) -> frozenset[str]:
    """Stripped lines found on at least ``MIN_SHARE`` of the pages (and ``MIN_PAGES``)."""
    pages = 0
    counts: Counter[str] = Counter()
    for text in texts:
        pages += 1
        counts.update({s for raw in text.split("\n") if (s := raw.strip())})
    if pages < MIN_PAGES:
        return frozenset()
    need = max(MIN_PAGES, math.ceil(MIN_SHARE * pages))
    return frozenset(
        line for line, n in counts.items() if n >= need and len(line.split()) <= MAX_WORDS
    )


def learn(pages: Iterable[tuple[str | None, str]]) -> dict[str, frozenset[str]]:
    """Per site key, its repeated lines, from ``(site_key, text)`` pairs."""
    by_site: dict[str, list[str]] = {}
    for key, text in pages:
        if key is not None:
            by_site.setdefault(key, []).append(text)
    out = {key: repeated_lines(texts) for key, texts in by_site.items()}
    return {key: lines for key, lines in out.items() if lines}
