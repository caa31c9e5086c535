"""Extractor for `targets` (placeholder until its pattern file lands)."""

from __future__ import annotations

from pydantic import BaseModel

from ..types import Context


def extract(ctx: Context) -> dict[str, list[BaseModel]]:
    return {}
