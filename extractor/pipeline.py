"""The thin orchestrator: ingest → decode → normalise → clean → metadata → resolve →
extract → record. Each stage lives in its own module; this one only wires them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import __version__
from .clean import clean_text
from .encoding import decode
from .extract import run_all
from .htmlclean import clean_html
from .ingest import sniff_kind
from .models import Provenance, Record, Source
from .normalize import normalize_text
from .patterns import fingerprint
from .resolve import resolve_province
from .types import Cleaned, Context, Page, PageError

MAX_PAGE_BYTES = 20 * 1024 * 1024  # a 'page' larger than this is not an article


@dataclass(frozen=True, slots=True)
class Prepared:
    """A page decoded and normalised, before cleaning (what a batch holds while it
    learns the site's repeated lines, see sitechrome.py)."""

    id: str
    source: Source
    kind: str  # "html" | "text"
    text: str


def prepare(page: Page) -> Prepared:
    """Decode and normalise one page; raises ``PageError`` for an empty, huge or
    undecodable page."""
    data = page.data
    source = page.source
    if isinstance(data, bytes):
        if not data.strip():
            raise PageError("empty", "empty file")
        if len(data) > MAX_PAGE_BYTES:
            raise PageError(
                "too_large", f"{len(data)} bytes is over the {MAX_PAGE_BYTES}-byte page limit"
            )
        kind = page.kind or sniff_kind(data)
        dec = decode(data, http_charset=page.http_charset, is_html=kind == "html")
        source = source.model_copy(
            update={"encoding": dec.encoding, "converted_from": dec.converted_from}
        )
        raw = dec.text
    else:
        raw = data
        if not raw.strip():
            raise PageError("empty", "empty text")
        kind = page.kind or sniff_kind(raw)
    return Prepared(page.id, source, kind, normalize_text(raw))


def finish(p: Prepared, site_lines: frozenset[str] = frozenset()) -> Record:
    """Clean a prepared page and extract its record; ``site_lines`` are the lines its
    site repeats on many pages (used for flattened text)."""
    src = p.source
    if p.kind == "html":
        cleaned = clean_html(p.text, url=src.url)
    else:
        cleaned = clean_text(p.text, url=src.url, site_lines=site_lines)
    return build_record(p.id, src, cleaned)


def process(page: Page) -> Record:
    """One page to one record; raises ``PageError`` with a reason for a bad page."""
    return finish(prepare(page))


def build_record(record_id: str, source: Source, cleaned: Cleaned) -> Record:
    text = normalize_text(cleaned.text)
    if not text.strip():
        raise PageError("no_article", "no article text found on the page")
    province = resolve_province(text, cleaned)
    ctx = Context(
        text=text,
        published=cleaned.published,
        title=cleaned.title,
        province=province.name if province else None,
        site=cleaned.site,
        url=cleaned.url or source.url,
    )
    fields: dict[str, Any] = run_all(ctx)
    if cleaned.site and not source.site:
        source = source.model_copy(update={"site": cleaned.site})
    if cleaned.url and not source.url:
        source = source.model_copy(update={"url": cleaned.url})
    return Record(
        id=record_id,
        source=source,
        title=cleaned.title,
        published=cleaned.published,
        author=cleaned.author,
        site=cleaned.site,
        province=province,
        text=text,
        provenance=Provenance(
            version=__version__,
            patterns=fingerprint(),
            extractor=cleaned.extractor,
            warnings=list(cleaned.warnings),
        ),
        **fields,
    )
