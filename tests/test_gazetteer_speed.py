"""The gazetteer's speed-ups change nothing: the district scan's look-ahead and the cache of
the last texts' districts."""

from __future__ import annotations

import json
from pathlib import Path

import regex

from extractor import gazetteer
from extractor.gazetteer import load

ROOT = Path(__file__).resolve().parent.parent


def _corpus_texts() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for line in (ROOT / "output" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(texts) >= 3
    return texts


def test_gazetteer_district_lookahead_letters_are_all_a_type_word_starts_with() -> None:
    # every character the type words can start with, case-insensitively as the pattern reads
    # them ("(?i:huyện|quận|thị xã|thành phố)", "TP", "Tp", "TX")
    first = regex.compile(r"(?i:[hqt])")
    starts = {chr(c) for c in range(0x110000) if first.match(chr(c))}
    allowed = regex.compile(gazetteer._DISTRICT_FIRST)
    assert starts == {"H", "Q", "T", "h", "q", "t"}
    assert all(allowed.match(c) for c in starts)


def test_gazetteer_district_scan_matches_the_pattern_without_lookahead() -> None:
    plain = regex.compile(gazetteer._DISTRICT_RX.pattern.replace(gazetteer._DISTRICT_FIRST, "", 1))
    assert plain.pattern != gazetteer._DISTRICT_RX.pattern
    extra = "HUYỆN Krông Pắc, Thị Xã Buôn Hồ, TX. Sơn Tây, Tp.Vinh, quận Ba Đình; thị  xã Kỳ Anh"
    n = 0
    for text in [*_corpus_texts(), extra]:
        got = [(m.span(), m.groupdict()) for m in gazetteer._DISTRICT_RX.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        n += len(got)
    assert n >= 6


def test_gazetteer_find_districts_cached_result_is_a_fresh_equal_list() -> None:
    gz = load()
    text = "Tại huyện Krông Pắc và thị xã Buôn Hồ, tỉnh Đắk Lắk"
    first = gz.find_districts(text)
    first.clear()  # a caller's change to its list does not reach the next caller
    again = gz.find_districts(text)
    assert [m.surface for m in again] == ["huyện Krông Pắc", "thị xã Buôn Hồ"]
    assert again == gz._find_districts(text)
