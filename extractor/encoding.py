"""Decoding bytes to text (placeholder: UTF-8 with a BOM, else a clear error)."""

from __future__ import annotations

from dataclasses import dataclass

from .types import PageError


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    converted_from: str | None = None  # "TCVN3" / "VNI" when a legacy font encoding was converted


def decode(data: bytes, *, http_charset: str | None = None, is_html: bool | None = None) -> Decoded:
    if b"\x00" in data[:4096]:
        raise PageError("binary", "binary content (NUL bytes), not a text or HTML page")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as e:
        raise PageError("encoding", f"not valid UTF-8 at byte {e.start}") from None
