"""Legacy-font detection reads only the segments (text between tags, or lines) that hold
a 0xA1-0xFF code point and no Unicode-only Vietnamese letter; one regex pass finds them,
the same segments as checking each one."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.legacy_fonts import _legacy_segments, detect

_HIGH = regex.compile(r"[\u00a1-\u00ff]")
_UNICODE_VIET = regex.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
    "\u1ea0-\u1ef9\u0300-\u0303\u0309\u0323]"
)


def _one_by_one(text: str) -> list[str]:
    return [
        s
        for s in regex.findall(r"[^<>\n]+", text)
        if _HIGH.search(s) and not _UNICODE_VIET.search(s)
    ]


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            [*"ab <>\n\r", "é", "®", "Õ", "\u00a0", "\u00a1", "\u00ff", "ạ", "ư", "Đ", "\u0301"]
        ),
        max_size=40,
    )
)
def test_legacy_fonts_segments_same_as_checking_each(text: str) -> None:
    assert _legacy_segments(text) == _one_by_one(text)


def test_legacy_fonts_segments_of_a_mixed_page() -> None:
    page = (
        "<p>Tin tức</p><p>QuyÕt ®Þnh cña UBND tØnh</p>\n"
        "Cà Mau\n<div>Quyeát ñònh cuûa UBND tænh</div><b>plain</b>"
    )
    assert _legacy_segments(page) == [
        "QuyÕt ®Þnh cña UBND tØnh",
        "Cà Mau",
        "Quyeát ñònh cuûa UBND tænh",
    ]
    # words holding a 0xA1-0xFF code point: 4 + 1 ("Cà") + 4 per copy
    assert detect(page * 3).candidates == 3 * 9
