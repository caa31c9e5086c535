"""Properties of the normaliser and its offset map (hypothesis), and the fixed cases."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize import normalize

_TOKEN = regex.compile(r"\w+")

# Pieces of real provincial text in the forms pages deliver them: NFC and NFD, old and
# new tone placement, Icelandic Ð for Đ, and the invisible or odd spaces CMSs insert.
WORDS = [
    "Quyết định",
    "Ủy ban nhân dân",
    "uỷ ban",
    "hoà",
    "Hoà Bình",
    "Khánh Hoà",
    "thủy",
    "thuỷ",
    "Thừa Thiên Huế",
    "Ðắk Lắk",
    "ðồng",
    "3478/QĐ-UBND",
    "ngày 10/12/2021",
    "CCHC",
    "80%",
    "quý",
    "khoẻ",
    "xoá",
    "Đắk",
]
SEPARATORS = [
    " ",
    "  ",
    "\u00a0",
    "\u202f",
    "\u2009",
    "\u3000",
    "\t",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\u00ad",
    ", ",
    ". ",
    " - ",
]


@st.composite
def page_text(draw: st.DrawFn) -> str:
    n = draw(st.integers(min_value=1, max_value=12))
    parts: list[str] = []
    for _ in range(n):
        word = draw(st.sampled_from(WORDS))
        if draw(st.booleans()):
            word = unicodedata.normalize("NFD", word)
        parts.append(word)
        parts.append(draw(st.sampled_from(SEPARATORS)))
        if draw(st.integers(0, 4)) == 0:  # a zero-width char inside a word
            parts.append(draw(st.sampled_from(["\u200b", "\u00ad", "\ufeff"])))
    return "".join(parts)


# special characters next to combining marks: an NBSP or a zero-width joiner followed by
# a tone mark forms one grapheme cluster with it
ODD = st.text(
    alphabet=st.sampled_from(
        [
            *("a", "o", "D", " ", "\u00a0", "\u200d", "\u200c", "\u00ad", "\u00d0", "\r", "\n"),
            *("\u0301", "\u0300", "\u0309", "\u0302", "\u0323"),  # tone and vowel marks
        ]
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(page_text())
def test_normalize_tokens_map_back_to_source_that_normalises_to_them(src: str) -> None:
    n = normalize(src)
    for m in _TOKEN.finditer(n.text):
        a, b = n.to_source(m.start(), m.end())
        assert 0 <= a < b <= len(src)
        assert normalize(src[a:b]).text == m.group(), (src[a:b], m.group())


@settings(max_examples=150, deadline=None)
@given(st.one_of(page_text(), st.text(max_size=60), ODD))
def test_normalize_map_is_monotonic_and_total(src: str) -> None:
    n = normalize(src)
    assert len(n.src_start) == len(n.src_end) == len(n.text)
    for i in range(len(n.text)):
        assert 0 <= n.src_start[i] < n.src_end[i] <= len(src)
        if i:
            assert n.src_start[i] >= n.src_start[i - 1]
    assert n.to_source(0, len(n.text))[1] <= len(src)


@settings(max_examples=300, deadline=None)
@given(st.one_of(page_text(), st.text(max_size=60), ODD))
def test_normalize_output_is_clean(src: str) -> None:
    out = normalize(src).text
    assert "\r" not in out
    for c in "\u00a0\u202f\u2009\u3000\t\u200b\u200c\u200d\ufeff\u00ad\u00d0\u00f0":
        assert c not in out, (src, out)


@settings(max_examples=300, deadline=None)
@given(st.one_of(page_text(), ODD))
def test_normalize_is_idempotent_and_nfc(src: str) -> None:
    once = normalize(src).text
    assert normalize(once).text == once
    assert unicodedata.is_normalized("NFC", once)


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        (unicodedata.normalize("NFD", "Quyết định số 3478/QĐ-UBND"), "Quyết định số 3478/QĐ-UBND"),
        ("Chỉ\u00a0số\u202fPAR\u2009Index", "Chỉ số PAR Index"),
        ("dòng một\r\ndòng hai\rdòng ba", "dòng một\ndòng hai\ndòng ba"),
        ("cải\u200b cách\ufeff hành\u00adchính", "cải cách hànhchính"),
        ("Ðắk Lắk, ðồng", "Đắk Lắk, đồng"),
        ("Hoà Bình, Khánh Hoà, hoà nhập", "Hòa Bình, Khánh Hòa, hòa nhập"),
        ("uỷ ban nhân dân, Uỷ ban, thuỷ lợi", "ủy ban nhân dân, Ủy ban, thủy lợi"),
        ("quý, Quỳnh, hoàng, quà", "quý, Quỳnh, hoàng, quà"),
        ("plain ascii\r\nline", "plain ascii\nline"),
        ("a\u00ad\u0300 cla\u200b\u0300", "à clà"),  # a mark left alone by a dropped char
    ],
)
def test_normalize_fixed_cases(src: str, expected: str) -> None:
    assert normalize(src).text == expected


def test_normalize_span_back_to_surface_the_reader_saw() -> None:
    src = "Theo Quye\u0302\u0301t đi\u0323nh của Uỷ\u00a0ban nhân dân tỉnh"
    n = normalize(src)
    i = n.text.index("Ủy ban")
    a, b = n.to_source(i, i + len("Ủy ban"))
    assert src[a:b] == "Uỷ\u00a0ban"
    j = n.text.index("Quyết")
    assert src[slice(*n.to_source(j, j + 5))] == "Quye\u0302\u0301t"


def test_normalize_crlf_maps_to_both_characters() -> None:
    for src in ("x\r\ny", "xâ\r\ny"):  # the ASCII fast path and the cluster path agree
        n = normalize(src)
        i = n.text.index("\n")
        assert src[slice(*n.to_source(i, i + 1))] == "\r\n"


def test_normalize_empty_span_and_bounds() -> None:
    n = normalize("ab\u200bc")
    assert n.text == "abc"
    assert n.to_source(3, 3) == (4, 4)
    with pytest.raises(ValueError):
        n.to_source(2, 5)
