"""Decoding a page's bytes to text, the way a Vietnamese reader's browser would.

Order of evidence:

1. A byte-order mark (UTF-8, UTF-16, UTF-32) is final.
2. Binary input (NUL bytes, image/PDF/archive magic numbers, control characters) is
   refused with ``PageError("binary", ...)``; empty input with ``PageError("empty", ...)``.
3. Bytes that decode as strict UTF-8 and hold non-ASCII are UTF-8, whatever the HTTP
   header says: legacy 8-bit Vietnamese text is practically never valid UTF-8, while
   portals often send ``charset=iso-8859-1`` in the header for UTF-8 pages.
4. Otherwise the candidates are the HTTP charset, the ``<meta charset>`` /
   ``http-equiv`` charset, windows-1258, windows-1252 and charset-normalizer's guess. Each
   is decoded strictly and scored by how many of its non-ASCII words are valid
   Vietnamese syllables (``legacy_fonts.is_syllable``); the best wins, ties going to the
   declared charsets. So a wrong header with a correct meta tag still decodes right.
5. NFC: windows-1258 (and some CMSs) produce combining tone marks.
6. Legacy font encodings: text in TCVN3 (ABC) or VNI read through Latin-1 is detected
   by conversion outcome and converted to Unicode; ``converted_from`` names it.

As WHATWG does, the labels ``iso-8859-1``, ``latin1`` and ``us-ascii`` are read as
windows-1252.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import legacy_fonts
from .types import PageError


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    converted_from: str | None = None  # "TCVN3" / "VNI" when a legacy font encoding was converted


_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an OLE file (DOC/XLS)"),
    (b"RIFF", "a RIFF file (WebP/WAV/AVI)"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG: these labels mean windows-1252 in a browser
_AS_1252 = {"latin_1", "iso8859_1", "ascii", "cp1252"}
_WEB_NAMES = {
    "utf_8": "utf-8",
    "cp1258": "windows-1258",
    "cp1252": "windows-1252",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
    "utf_32_le": "utf-32-le",
    "utf_32_be": "utf-32-be",
}
_META_CHARSET = regex.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", regex.IGNORECASE
)
_TAGS = regex.compile(r"<script\b.*?</script>|<style\b.*?</style>|<[^>]*>", regex.S | regex.I)
_NONASCII_WORD = regex.compile(r"\w*[^\x00-\x7f\W]\w*")


def codec_name(label: str | None) -> str | None:
    """Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in {"windows-1258", "cp1258", "x-cp1258"}:
        return "cp1258"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return "cp1252" if name in _AS_1252 else name


def web_name(codec: str) -> str:
    return _WEB_NAMES.get(codec, codec.replace("_", "-"))


def meta_charset(data: bytes) -> str | None:
    """Charset named by ``<meta charset>`` or ``<meta http-equiv=Content-Type>``."""
    m = _META_CHARSET.search(data[:16384])
    return m.group(1).decode("ascii", "ignore") if m else None


# control bytes that no text page holds (not TAB, LF, VT, FF, CR)
_CONTROL_BYTES = bytes(b for b in range(256) if b < 9 or 13 < b < 32)


def _check_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise PageError("binary", f"binary content ({what}), not a text or HTML page")
    head = data[:8192]
    if b"\x00" in head:
        raise PageError("binary", "binary content (NUL bytes), not a text or HTML page")
    ctrl = len(head) - len(head.translate(None, _CONTROL_BYTES))  # how many there are
    if ctrl > 0.05 * len(head):
        raise PageError("binary", f"binary content ({ctrl} control bytes in the first {len(head)})")


@lru_cache(maxsize=65536)
def _word_ok(w: str) -> bool:
    return legacy_fonts.is_syllable(w)


def vietnamese_score(text: str, *, limit: int = 60000) -> int:
    """Non-ASCII words that are Vietnamese syllables minus those that are not."""
    sample = _TAGS.sub(" ", text[: limit * 3])[:limit]
    score = 0
    for w in _NONASCII_WORD.findall(sample):
        score += 1 if _word_ok(w) else -1
    return score


def _finish(text: str, codec: str) -> Decoded:
    text = unicodedata.normalize("NFC", text)
    guess = legacy_fonts.detect(text)
    if guess.encoding:
        return Decoded(legacy_fonts.convert(text, guess.encoding), web_name(codec), guess.encoding)
    return Decoded(text, web_name(codec))


def _guess_normalizer(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200000]).best()
    return codec_name(best.encoding) if best else None


def decode(data: bytes, *, http_charset: str | None = None, is_html: bool | None = None) -> Decoded:
    """Bytes to NFC text; raises ``PageError`` ("empty", "binary", "encoding")."""
    if not data.strip():
        raise PageError("empty", "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data[len(bom) :].decode(codec), codec.replace("-", "_"))
            except UnicodeDecodeError as e:
                raise PageError(
                    "encoding", f"invalid {codec} after its BOM at byte {e.start}"
                ) from None
    _check_binary(data)

    declared: list[str] = []
    for label in (http_charset, meta_charset(data) if is_html is not False else None):
        c = codec_name(label)
        if c and c not in declared:
            declared.append(c)
    if data.isascii():
        return Decoded(data.decode("ascii"), web_name(declared[0] if declared else "utf_8"))
    try:
        return _finish(data.decode("utf-8"), "utf_8")
    except UnicodeDecodeError:
        pass

    candidates = [c for c in declared if c != "utf_8"]
    for c in ("cp1258", "cp1252"):
        if c not in candidates:
            candidates.append(c)
    best: tuple[int, int, Decoded] | None = None
    # UTF-8 with a few broken sequences (a page cut mid-character, one pasted byte) is
    # still UTF-8: it competes with the 8-bit readings, its replacement characters aside
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(3, len(data) // 1000):
        dec = _finish(lenient, "utf_8")
        best = (vietnamese_score(dec.text), 1, dec)
    for rank, codec in enumerate(candidates):
        try:
            raw = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        dec = _finish(raw, codec)
        key = (vietnamese_score(dec.text), -rank)
        if best is None or key > best[:2]:
            best = (key[0], key[1], dec)
    if best is None:
        guess = _guess_normalizer(data)
        if guess:
            try:
                return _finish(data.decode(guess), guess)
            except (UnicodeDecodeError, LookupError):
                pass
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad > 0.01 * len(text):
            raise PageError(
                "encoding",
                f"undecodable: not UTF-8 ({bad} bad sequences) nor windows-1258/1252"
                + (f"; declared {', '.join(declared)}" if declared else ""),
            )
        return _finish(text, "utf_8")
    return best[2]
