"""The subject helpers' fast paths give what the plain loops gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extract import _targets_subject as ts
from extractor.patterns import load

VOC = ts.Vocabulary.of(load("targets"))


def _strip_link_reference(s: str, link: list[str]) -> str:
    """strip_link as it was first written: every link word tried, lower-casing each time."""
    prev = None
    while prev != s:
        prev = s
        for w in link:
            if s.lower().endswith(" " + w) or s.lower() == w:
                s = ts.clean(s[: len(s) - len(w)])
    return s


_PIECES = [*VOC.link, *(w.upper() for w in VOC.link), "tỷ lệ", "hồ sơ", "PCI", "và", ",", "(", ")"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=6), st.sampled_from(["", " ", "  ", ", "]))
def test_targets_subject_strip_link_matches_the_plain_loop(words: list[str], tail: str) -> None:
    s = " ".join(words) + tail
    assert ts.strip_link(s, VOC) == _strip_link_reference(s, VOC.link)


def test_targets_subject_strip_link_strips_stacked_link_words() -> None:
    assert ts.strip_link("tỷ lệ hồ sơ trực tuyến đạt", VOC) == "tỷ lệ hồ sơ trực tuyến"
    assert ts.strip_link("Chỉ số PAR Index thuộc vào", VOC) == "Chỉ số PAR Index"
    assert ts.strip_link("đạt", VOC) == ""
    assert ts.strip_link("tỷ lệ giải quyết đúng hạn", VOC) == "tỷ lệ giải quyết đúng hạn"
