"""Regexes written as data (the tables of a pattern file: ``plan_title_regex``...), compiled
once per source and flags. ``regex.search(src, text, flags)`` looks its pattern up in
regex's own cache at every call, flag arithmetic included, which costs more than a short
search itself; here the look-up is one dictionary probe."""

from __future__ import annotations

from functools import lru_cache

import regex

IGNORECASE = int(regex.IGNORECASE)


@lru_cache(maxsize=512)
def rx(src: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(src, flags)``, once per (src, flags)."""
    return regex.compile(src, flags)
