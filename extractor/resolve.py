"""Resolution across fields: the article's province (placeholder)."""

from __future__ import annotations

from .models import Province
from .types import Cleaned


def resolve_province(text: str, cleaned: Cleaned) -> Province | None:
    return None
