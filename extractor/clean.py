"""Boilerplate removal for flattened text (placeholder: keeps every line)."""

from __future__ import annotations

from .types import Cleaned


def clean_text(text: str, *, url: str | None = None) -> Cleaned:
    paras = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return Cleaned(text="\n\n".join(paras), extractor="text")
