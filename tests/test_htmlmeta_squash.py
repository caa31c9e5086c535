"""``htmlmeta.squash`` (whitespace runs to one space, stripped) gives what
``_WS.sub(" ", s).strip()`` gives, with or without the information separators
U+001C-U+001F that ``str.split`` takes for whitespace and ``\\s`` does not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.htmlmeta import _WS, squash


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            [
                *"ab \t\n\r\x0b\x0c",
                *"\x1c\x1d\x1e\x1f",
                *"\u00a0\u0085\u2028\u2009\u3000\u200b\u180eộ",
            ]
        ),
        max_size=30,
    )
)
def test_htmlmeta_squash_same_as_whitespace_regex(s: str) -> None:
    assert squash(s) == _WS.sub(" ", s).strip()


def test_htmlmeta_squash_keeps_an_information_separator_inside() -> None:
    assert squash("  Tin\x1c  khác \n") == "Tin\x1c khác"
    assert squash(" Tin \u00a0\n khác\t") == "Tin khác"
