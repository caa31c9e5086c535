"""The fast path of the normaliser gives the same text and offset map as the slow path
(``normalize_reference``, one Python step per grapheme cluster) on the corpus pages, on
their odd variants and on hypothesis-generated text."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_normalize_properties import ODD, page_text

from extractor.encoding import decode
from extractor.normalize import (
    _UNSAFE,
    _tone_words,
    _tone_words_fast,
    normalize,
    normalize_reference,
    normalize_text,
)

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "html").glob("*.html")
)

# characters that stress the windows of the fast path: marks, CR, zero-width and format
# characters, look-alikes, Hangul jamo, emoji sequences, Indic conjuncts, prepended marks,
# composition exclusions and singletons
TRICKY = st.text(
    alphabet=st.sampled_from(
        [
            *"aoeuiyDdAE \n\r\t-,.x1",
            *("\u00a0", "\u200d", "\u200c", "\u200b", "\u00ad", "\ufeff", "\u2060", "\u3000"),
            *("\u00d0", "\u00f0", "\u0189", "\u0256", "ế", "ệ", "ư", "ơ", "à", "\u202f"),
            *("\u0301", "\u0300", "\u0309", "\u0303", "\u0323", "\u0302", "\u0306", "\u031b"),
            *("\u0328", "\u0344", "\u0345", "\u0958", "\u212b", "\u2000", "\u0cd5", "\u0b3e"),
            *("\u1100", "\u1161", "\u11a8", "\uac00", "\ufe0f", "\u0e33", "\u0600", "\u0903"),
            *("\U0001f468", "\U0001f469", "\U0001f3fb", "\U0001f1fb", "\U0001f1f3"),
            *("\u0915", "\u094d", "\u0937", "\u0b47"),
        ]
    ),
    max_size=40,
)


def _variants(text: str) -> list[str]:
    return [
        text,
        unicodedata.normalize("NFD", text),
        text.replace("\n", "\r\n"),
        text.replace(" ", "\u00a0"),
        text.replace("a", "a\u00ad").replace("Đ", "\u00d0"),
        text.replace("òa", "oà").replace("ủy", "uỷ"),
    ]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_normalize_fast_path_matches_reference_on_corpus_pages(path: Path) -> None:
    raw = decode(path.read_bytes()).text
    for src in _variants(raw):
        ref = normalize_reference(src)
        assert normalize(src) == ref
        assert normalize_text(src) == ref.text


@settings(max_examples=400, deadline=None)
@given(st.one_of(page_text(), st.text(max_size=60), ODD, TRICKY))
def test_normalize_fast_path_matches_reference_on_generated_text(src: str) -> None:
    ref = normalize_reference(src)
    assert normalize(src) == ref
    assert normalize_text(src) == ref.text


@settings(max_examples=300, deadline=None)
@given(st.one_of(page_text(), TRICKY))
def test_normalize_fast_tone_step_matches_word_by_word(src: str) -> None:
    text = normalize_reference(src).text
    assert _tone_words_fast(src) == _tone_words(src)
    assert _tone_words_fast(text) == _tone_words(text)


def test_normalize_plain_characters_pass_through_unchanged() -> None:
    """A character outside the unsafe class is NFC alone, not a mark, and composes with
    no character before it, so the slow path leaves it as it is (Unicode of this
    Python's unicodedata)."""
    seconds = set()
    for i in range(sys.maxunicode + 1):
        d = unicodedata.decomposition(chr(i))
        if d and not d.startswith("<"):
            parts = d.split()
            if len(parts) == 2:
                seconds.add(chr(int(parts[1], 16)))
    for i in range(0x80, 0x30000):
        c = chr(i)
        if 0xD800 <= i < 0xE000 or _UNSAFE.match(c):
            continue
        assert unicodedata.is_normalized("NFC", c), hex(i)
        assert unicodedata.combining(c) == 0, hex(i)
        assert c not in seconds, hex(i)
        ref = normalize_reference("a" + c + "b")
        assert len(ref.text) == 3, hex(i)
