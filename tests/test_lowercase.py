"""Case-insensitive patterns found by their lower-case twins give the original's matches."""

from __future__ import annotations

import json
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import lowercase
from extractor.patterns import Pattern, all_files, load

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = [p for f in all_files() for p in load(f.stem).patterns]
TWINNED = [p for p in PATTERNS if p.twin is not None]
TEXTS = [
    json.loads(line)["text"]
    for line in (ROOT / "output" / "records.jsonl").read_text(encoding="utf-8").splitlines()
]


def _found(p: Pattern, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.finditer(text)]


def _original(p: Pattern, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.regex.finditer(text)]


def test_lowercase_most_case_insensitive_patterns_have_a_twin() -> None:
    insensitive = [p for p in PATTERNS if p.regex.flags & regex.IGNORECASE]
    assert len(TWINNED) >= 0.8 * len(insensitive)
    assert all(t.twin is not None and not t.twin.flags & regex.IGNORECASE for t in TWINNED)


def test_lowercase_twins_find_the_originals_matches_on_the_corpus_texts() -> None:
    # each text as written, in capitals (headlines, banners) and with every case swapped
    for text in TEXTS:
        for variant in (text, text.upper(), text.swapcase()):
            for p in TWINNED:
                assert _found(p, variant) == _original(p, variant), p.id


def test_lowercase_twins_find_the_originals_matches_on_every_example() -> None:
    for p in TWINNED:
        for s in [ex.text for ex in p.examples] + list(p.negatives):
            for variant in (s, s.upper(), s.title()):
                assert _found(p, variant) == _original(p, variant), (p.id, variant)


def test_lowercase_pos_and_endpos_are_kept() -> None:
    p = load("targets").get("target.money")
    assert p.twin is not None
    text = "Tổng vốn 1.200 tỷ đồng, trong đó ngân sách tỉnh 350 tỷ đồng và 12 triệu đồng"
    for pos, end in [(0, len(text)), (5, 40), (44, len(text)), (20, 30), (60, 76)]:
        got = [m.span() for m in p.finditer(text, pos, end)]
        assert got == [m.span() for m in p.regex.finditer(text, pos, end)]


def test_lowercase_source_converts_literals_only() -> None:
    assert lowercase.lower_source(r"Quyết định (?P<Num>\d+)/QĐ-[A-Z]+\b\D\S") == (
        r"quyết định (?P<Num>\d+)/qđ-[a-z]+\b\D\S"
    )
    assert lowercase.lower_source(r"(?<![\d/])UBND(?=\s)") == r"(?<![\d/])ubnd(?=\s)"


def test_lowercase_source_refuses_what_lower_case_would_change() -> None:
    for src in [
        r"\p{Lu}\w+",  # a capital letter: case is the point
        r"(?i:UBND)",  # an inline flag
        r"(?P<a>x)(?P=a)",  # a back-reference compares text
        r"[À-Ỹ]",  # a range whose lower case is another range
        r"\x41",  # a letter written as an escape
        r"[[:upper:]]",  # a POSIX class
        "ſố",  # a letter whose case variants do not share its lower case
    ]:
        assert lowercase.lower_source(src) is None, src


def test_lowercase_text_with_a_letter_lower_case_cannot_map_uses_the_original() -> None:
    # regex matches "s" to the long s and "i" to the dotted capital I ignoring case;
    # lower-casing would lose both, so such a text runs the original pattern
    p = load("targets").get("target.money")
    for text in ["Vốn 12 tỷ đồng ſ", "VỐN 12 TỶ ĐỒNG İ", "Σ 12 tỷ đồng", "12 tỷ đồng ς"]:
        assert lowercase.lowered(text) is None
        assert _found(p, text) == _original(p, text)
        assert [m.group() for m in p.finditer(text)] == [m.group() for m in p.regex.finditer(text)]
        assert len(_found(p, text)) == 1
    assert lowercase.lowered("Quyết định số 12") == "quyết định số 12"


_PIECES = [s for p in TWINNED[:60] for s in [ex.text for ex in p.examples][:2]]
_ODD = ["ſ", "İ", "ı", "Σ", "ς", "K", "µ", "ß", "ẞ", "Ǆ", "ǅ", "\u0345", "ﬅ", " ", "\n"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.sampled_from(_ODD), st.text(max_size=8)),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["as is", "upper", "swapcase"]),
)
def test_lowercase_twins_agree_with_originals_on_generated_text(
    parts: list[str], case: str
) -> None:
    text = "".join(parts)
    text = {"as is": text, "upper": text.upper(), "swapcase": text.swapcase()}[case]
    for p in TWINNED:
        assert _found(p, text) == _original(p, text), p.id
