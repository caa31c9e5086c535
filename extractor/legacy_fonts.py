"""Pre-Unicode Vietnamese font encodings: TCVN3 (ABC) and VNI, detection and conversion.

Before Unicode, Vietnamese text was typed in 8-bit *font* encodings: the bytes are
ordinary windows-1252 / Latin-1 code points and a special font (.VnTime, .VnArial for
TCVN3; VNI-Times, VNI-Helve for VNI) draws them as Vietnamese letters. Old provincial
portals still carry such text: a page declared UTF-8 (or windows-1252) whose article was
pasted from a Word file in .VnTime. Read without the font, "Quyết định của UBND tỉnh"
shows as

- TCVN3: ``QuyÕt ®Þnh cña UBND tØnh``  (one code point per precomposed letter)
- VNI:   ``Quyeát ñònh cuûa UBND tænh`` (base letter + a code point for the marks)

Detection is by outcome, not by a list of tell-tale words: each word that holds a code
point of the 0xA0-0xFF block is converted with each table, and an encoding is accepted
when most such words become valid Vietnamese syllables (``is_syllable``) while, read as
they are, they are not. Conversion is word by word, so Unicode Vietnamese chrome
around a legacy article (a common case: the template is Unicode, the pasted body is
.VnTime) is left alone.

TCVN3 (VN3, the "ABC" fonts) has precomposed code points for lower-case letters only;
capitals with tone marks were drawn with a second font (.VnTimeH) using the lower-case
code points, so they convert to lower case. The seven capital base letters Ă Â Đ Ê Ô Ơ Ư
have their own code points (0xA1-0xA7).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

# --- TCVN3 (ABC) -----------------------------------------------------------------------
# code point (as read through Latin-1/windows-1252) -> Unicode letter
_TCVN3_PAIRS = (
    "µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ "
    "Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ ×ì Ýí Øỉ Üĩ Þị "
    "ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ "
    "ïù óú ñủ òũ ôụ \u00adư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ "
    "¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư"
)
TCVN3_TO_UNICODE: dict[str, str] = {p[0]: p[1] for p in _TCVN3_PAIRS.split()}

# --- VNI (VNI-Windows) -----------------------------------------------------------------
# A letter is a base letter followed by one or two mark code points. Pairs are listed
# lower case; upper case uses the upper-case forms of both characters.
_VNI_LOWER = {
    # a
    "aø": "à", "aù": "á", "aû": "ả", "aõ": "ã", "aï": "ạ",
    "aâ": "â", "aà": "ầ", "aá": "ấ", "aå": "ẩ", "aã": "ẫ", "aä": "ậ",
    "aê": "ă", "aè": "ằ", "aé": "ắ", "aú": "ẳ", "aü": "ẵ", "aë": "ặ",
    # e
    "eø": "è", "eù": "é", "eû": "ẻ", "eõ": "ẽ", "eï": "ẹ",
    "eâ": "ê", "eà": "ề", "eá": "ế", "eå": "ể", "eã": "ễ", "eä": "ệ",
    # o
    "oø": "ò", "où": "ó", "oû": "ỏ", "oõ": "õ", "oï": "ọ",
    "oâ": "ô", "oà": "ồ", "oá": "ố", "oå": "ổ", "oã": "ỗ", "oä": "ộ",
    "ôø": "ờ", "ôù": "ớ", "ôû": "ở", "ôõ": "ỡ", "ôï": "ợ",
    # u
    "uø": "ù", "uù": "ú", "uû": "ủ", "uõ": "ũ", "uï": "ụ",
    "öø": "ừ", "öù": "ứ", "öû": "ử", "öõ": "ữ", "öï": "ự",
    # y
    "yø": "ỳ", "yù": "ý", "yû": "ỷ", "yõ": "ỹ",
}  # fmt: skip
_VNI_SINGLE_LOWER = {
    "ô": "ơ", "ö": "ư", "ñ": "đ",
    "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}  # fmt: skip


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    pairs: dict[str, str] = {}
    for k, v in _VNI_LOWER.items():
        pairs[k] = v
        pairs[k.upper()] = v.upper()
    singles: dict[str, str] = {}
    for k, v in _VNI_SINGLE_LOWER.items():
        singles[k] = v
        singles[k.upper()] = v.upper()
    return pairs, singles


VNI_PAIRS, VNI_SINGLES = _vni_tables()
_VNI_RE = regex.compile(
    "|".join(regex.escape(k) for k in sorted(VNI_PAIRS, key=len, reverse=True))
    + "|["
    + regex.escape("".join(VNI_SINGLES))
    + "]"
)


def tcvn3_to_unicode(s: str) -> str:
    return "".join(TCVN3_TO_UNICODE.get(c, c) for c in s)


def vni_to_unicode(s: str) -> str:
    def rep(m: regex.Match[str]) -> str:
        t = m.group(0)
        return VNI_PAIRS.get(t) or VNI_SINGLES[t]

    return _VNI_RE.sub(rep, s)


CONVERTERS = {"TCVN3": tcvn3_to_unicode, "VNI": vni_to_unicode}

# --- Vietnamese syllable check ---------------------------------------------------------
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_STOP_TONES = {"\u0301", "\u0323"}  # a syllable ending in c/ch/p/t takes sắc or nặng only
# "k" ends minority-language place names written in Vietnamese letters (Đắk Lắk, Đắk Nông)
# nuclei (tone marks removed) that may take a final consonant, and those that end in a
# glide (i/y/o/u) and so take none
_CLOSED = tuple(
    [
        "a",
        "ă",
        "â",
        "e",
        "ê",
        "i",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
        "y",
        "iê",
        "yê",
        "oa",
        "oă",
        "oe",
        "oo",
        "uâ",
        "uê",
        "uô",
        "uơ",
        "uy",
        "ươ",
        "uyê",
    ]
)
_OPEN = [
    "ai",
    "ao",
    "au",
    "ay",
    "âu",
    "ây",
    "eo",
    "êu",
    "ia",
    "iu",
    "oi",
    "ôi",
    "ơi",
    "ui",
    "ưa",
    "ưi",
    "ưu",
    "ua",
    "iêu",
    "yêu",
    "oai",
    "oao",
    "oay",
    "oeo",
    "uây",
    "uôi",
    "ươi",
    "ươu",
    "uya",
    "uyu",
    "uai",
    "uao",
    "uay",
]


def _alts(xs: Iterable[str]) -> str:
    return "|".join(sorted(xs, key=len, reverse=True))


_ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?"
_SYLLABLE = regex.compile(
    rf"{_ONSET}(?:(?:{_alts(_CLOSED)})(?P<coda>ch|ng|nh|[cmnptk])?|(?:{_alts(_OPEN)}))"
)


_VIET_LETTERS = frozenset(
    "bcdđghklmnpqrstvx"
    + "".join(
        unicodedata.normalize("NFC", v + t)
        for v in "aăâeêioôơuưy"
        for t in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    )
)


def _case_ok(w: str) -> bool:
    return w == w.lower() or w == w.upper() or (w[0].isupper() and w[1:] == w[1:].lower())


@lru_cache(maxsize=65536)  # pure; pages repeat their words
def is_syllable(word: str) -> bool:
    """True when ``word`` reads as one Vietnamese syllable: lower, Title or UPPER case, an
    onset, a known nucleus, a final that fits it, at most one tone and, after a final
    c/ch/p/t, only the sắc or nặng tone ("quyõt" is not Vietnamese, "quyết" is)."""
    if not word or not _case_ok(word):
        return False
    low = unicodedata.normalize("NFC", word.lower())
    if not all(c in _VIET_LETTERS for c in low):
        return False
    d = unicodedata.normalize("NFD", low)
    tones = [c for c in d if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    m = _SYLLABLE.fullmatch(base)
    if not m:
        return False
    coda = m.group("coda")
    return not (coda in {"c", "ch", "p", "t", "k"} and tones and tones[0] not in _STOP_TONES)


# A "word" here: letters plus the 0xA1-0xFF block (TCVN3 soft hyphen 0xAD is ư).
_WORD = regex.compile(r"[\p{L}\u00a1-\u00ff]+")
_HIGH = regex.compile(r"[\u00a1-\u00ff]")
_ASCII_UPPER = regex.compile(r"[A-Z]")
_ASCII_LOWER = regex.compile(r"[a-z]")


def _is_candidate(w: str) -> bool:
    # a lone symbol ("©", "®", "°") is never converted; a lone Latin-1 letter may be
    # (TCVN3 "ë" is "ở")
    return bool(_HIGH.search(w)) and (len(w) >= 2 or w.isalpha())


# Vietnamese letters outside Latin-1 (ă đ ĩ ũ ơ ư, the Latin Extended Additional block)
# and combining tone marks: a text segment holding one is Unicode, never a legacy font
_UNICODE_VIET_CHARS = (
    "\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
    "\u1ea0-\u1ef9\u0300-\u0303\u0309\u0323"
)
_UNICODE_VIET = regex.compile(f"[{_UNICODE_VIET_CHARS}]")
# a segment: the text between two tags, or one line
_SEGMENT = regex.compile(r"[^<>\n]+")
# every segment, in one pass: group 1 is the segment when it is a legacy one (a 0xA1-0xFF
# code point, no Unicode Vietnamese), empty otherwise. Possessive runs, so each segment
# is scanned at most twice; stdlib re, faster than regex on these plain classes
_LEGACY_SEGMENT = re.compile(
    rf"([^<>\n{_UNICODE_VIET_CHARS}\u00a1-\u00ff]*+[\u00a1-\u00ff][^<>\n{_UNICODE_VIET_CHARS}]*+"
    r"(?![^<>\n]))|[^<>\n]++"
)


def _legacy_segments(text: str) -> list[str]:
    """The segments that hold a 0xA1-0xFF code point and no Unicode Vietnamese letter."""
    return [s for s in _LEGACY_SEGMENT.findall(text) if s]


@dataclass(frozen=True, slots=True)
class LegacyGuess:
    encoding: str | None  # "TCVN3" | "VNI" | None
    candidates: int  # words holding a 0xA1-0xFF code point, in segments with no Unicode Vietnamese
    unreadable: int  # of those, words that are not Vietnamese syllables as read
    valid: dict[str, int]  # encoding -> unreadable words that it turns into syllables


def detect(text: str, *, min_words: int = 4, min_share: float = 0.6) -> LegacyGuess:
    """Which legacy font encoding (if any) the text is in, judged by conversion outcome.

    Only segments (text between tags, or lines) without any Unicode-only Vietnamese
    letter are considered. Accepted when at least ``min_words`` words that are not
    Vietnamese as read become syllables with one table, that is ``min_share`` of such
    words, and at least a tenth of all the words holding Latin-1 letters (so a few
    foreign names in a Western page never flip it).
    """
    words = [w for seg in _legacy_segments(text) for w in _WORD.findall(seg) if _is_candidate(w)]
    bad = [w for w in words if not is_syllable(w)]
    valid = {
        name: sum(1 for w in bad if is_syllable(_convert_word(w, name))) for name in CONVERTERS
    }
    best = max(valid, key=lambda k: valid[k])
    v = valid[best]
    ok = v >= min_words and v >= min_share * len(bad) and v >= 0.1 * len(words)
    return LegacyGuess(best if ok else None, len(words), len(bad), valid)


def convert(text: str, encoding: str) -> str:
    """Convert the legacy segments of ``text``; segments holding Unicode Vietnamese stay.

    Inside a legacy segment every word whose conversion is a Vietnamese syllable is
    converted (many TCVN3/VNI words read as other syllables: TCVN3 "cã" is "có", VNI
    "soá" is "số"), and so is an all-capitals word that converts completely ("TT§T" →
    "TTĐT", VNI "QÑ" → "QĐ"). Anything else (a Western word, a symbol) is left as it is.
    """

    def word(m: regex.Match[str]) -> str:
        w = m.group(0)
        if not _is_candidate(w):
            return w
        out = _convert_word(w, encoding)
        if is_syllable(out):
            return out
        if w.upper() == w and not _HIGH.search(out):
            return out
        return w

    def seg(m: regex.Match[str]) -> str:
        t = m.group(0)
        if not _HIGH.search(t) or _UNICODE_VIET.search(t):
            return t
        return _WORD.sub(word, t)

    return _SEGMENT.sub(seg, text)


def _convert_word(w: str, encoding: str) -> str:
    out = CONVERTERS[encoding](w)
    if encoding == "TCVN3" and _ASCII_UPPER.search(w) and not _ASCII_LOWER.search(w):
        out = out.upper()  # a heading in the capital font (.VnTimeH): "QUYÕT" -> "QUYẾT"
    return out
