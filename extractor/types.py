"""Plain data passed between the stages (the record itself is in ``models``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Source


class PageError(Exception):
    """A page cannot be turned into a record; ``reason`` is a short machine-readable code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(slots=True)
class Page:
    """One input page, as read (ingest stage)."""

    id: str
    source: Source
    data: bytes | str
    kind: str | None = None  # "html" | "text" | None (sniffed)
    http_charset: str | None = None


@dataclass(slots=True)
class Cleaned:
    """What a cleaner (clean.py for text, htmlclean.py for HTML) hands to the rest."""

    text: str  # the article's main text, paragraphs separated by a blank line
    title: str | None = None
    published: str | None = None  # ISO 8601, +07:00 when a time is known
    author: str | None = None
    site: str | None = None
    url: str | None = None  # canonical URL where the page gives one
    chrome: str = ""  # the text that was removed (teasers name the site's province)
    extractor: str = "text"
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Context:
    """What the field extractors know about the article besides its text."""

    text: str
    published: str | None = None  # ISO date or date-time of the article
    title: str | None = None
    province: str | None = None  # canonical province name (63-era) when known
    site: str | None = None
    url: str | None = None

    @property
    def year(self) -> int | None:
        if self.published and self.published[:4].isdigit():
            return int(self.published[:4])
        return None
