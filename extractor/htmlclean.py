"""Main content of an HTML page (placeholder: all visible text)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from .types import Cleaned


def clean_html(html: str, *, url: str | None = None) -> Cleaned:
    soup = BeautifulSoup(html, "lxml")
    for t in soup(["script", "style", "noscript"]):
        t.decompose()
    title = soup.title.get_text(strip=True) if soup.title else None
    lines = [ln.strip() for ln in soup.get_text("\n").split("\n") if ln.strip()]
    return Cleaned(text="\n\n".join(lines), title=title, url=url, extractor="html")
