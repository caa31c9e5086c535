"""The literal prefilter skips a pattern only where it cannot match, and its table is current."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import lowercase, prefilter
from extractor.patterns import Pattern, all_files, load, load_file

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import gen_prefilter  # noqa: E402

PATTERNS = [p for f in all_files() for p in load(f.stem).patterns]
TEXTS = [
    json.loads(line)["text"]
    for line in (ROOT / "output" / "records.jsonl").read_text(encoding="utf-8").splitlines()
]
CI = regex.IGNORECASE | regex.UNICODE | regex.VERSION0


def _need(src: str, flags: int = CI) -> list[set[str]]:
    return [set(c) for c in prefilter.requirements(regex.compile(src, flags))]


def _spans(p: Pattern, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.finditer(text)]


def _original(p: Pattern, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.regex.finditer(text)]


def test_prefilter_table_matches_the_pattern_files() -> None:
    built = gen_prefilter.build()
    assert gen_prefilter.OUT.read_text(encoding="utf-8") == prefilter.render(built), (
        "patterns/derived/prefilter.json is out of date: run python scripts/gen_prefilter.py"
    )
    # the loader took every case-insensitive pattern's requirements from the table; a
    # case-sensitive one is not filtered (the engine scans it faster than its words are
    # looked for)
    twinned = [p for p in PATTERNS if p.twin is not None]
    assert all(p.need == built[prefilter.key(p.regex)] for p in twinned)
    assert sum(1 for p in twinned if p.need) >= 0.8 * len(twinned)
    assert not any(p.need for p in PATTERNS if p.twin is None)


def test_prefilter_requirements_of_literals_alternatives_and_optional_parts() -> None:
    assert _need(r"\d+\s+(?:tỷ|triệu) đồng") == [{"tỷ đồng", "triệu đồng"}]
    assert _need(r"tối thiểu(?: là)? \d+%") == [{"tối thiểu "}]  # "%" alone is no filter
    assert _need(r"Quyết định(?=\s)số") == [{"quyết địnhsố"}]  # a look-ahead takes no text
    assert _need(r"(?:phấn đấu|chỉ tiêu)\D{0,40}(?:đạt|trên)") == [
        {"phấn đấu", "chỉ tiêu"},
        {"đạt", "trên"},
    ]
    # a part that may match anything, or nothing, requires nothing
    assert _need(r"(?:\d+|tỷ) đồng") == [{" đồng"}]
    assert _need(r"(?:kế hoạch)?\s*\d+") == []
    assert _need(r"(?:UBND|\w+) tỉnh") == [{" tỉnh"}]
    assert _need(r"(?:UBND|\w+)") == []
    # fuzzy matching allows errors: no filter at all
    assert _need(r"(?:chuyển đổi số){e<=1}") == []


def test_prefilter_skips_patterns_whose_words_are_absent() -> None:
    text = "Sáng nay trời nắng nhẹ, nhiệt độ cao nhất khoảng 31 độ C."
    money = load("targets").get("target.money")
    low = lowercase.lowered(text)
    assert low is not None and money.need and not prefilter.admits(low, money.need)
    capitals = lowercase.lowered("Tổng vốn 1.200 TỶ ĐỒNG cho dự án")
    assert capitals is not None and prefilter.admits(capitals, money.need)
    # a text that cannot be lower-cased safely is never filtered: the original runs on it
    assert lowercase.lowered(text + " İ") is None


def test_prefilter_keeps_every_match_on_the_corpus_texts() -> None:
    for text in TEXTS:
        for variant in (text, text.upper(), text.swapcase()):
            for p in PATTERNS:
                assert _spans(p, variant) == _original(p, variant), p.id


def test_prefilter_keeps_every_match_of_the_examples() -> None:
    for p in PATTERNS:
        for s in [ex.text for ex in p.examples] + list(p.negatives):
            for variant in (s, s.upper()):
                assert _spans(p, variant) == _original(p, variant), (p.id, variant)


def test_prefilter_derives_what_the_table_lacks(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text(
        "field: mine\npatterns:\n  - id: mine.money\n    regex: '\\d+ (?:tỷ|triệu) đồng'\n"
        "    examples: [{text: 'vốn 12 tỷ đồng', match: '12 tỷ đồng'}]\n",
        encoding="utf-8",
    )
    p = load_file(f).get("mine.money")
    assert [set(c) for c in p.need] == [{" tỷ đồng", " triệu đồng"}]
    assert [m.group() for m in p.finditer("Vốn 12 TỶ ĐỒNG")] == ["12 TỶ ĐỒNG"]
    assert list(p.finditer("Vốn 12 đô la")) == []


_PIECES = [s for p in PATTERNS[::2] for s in [ex.text for ex in p.examples][:1]]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)),
        min_size=1,
        max_size=5,
    )
)
def test_prefilter_keeps_every_match_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    for p in PATTERNS:
        assert _spans(p, text) == _original(p, text), p.id
