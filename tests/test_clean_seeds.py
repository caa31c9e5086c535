"""clean_text on the five real seed pages (corpus/pages) against their gold
(corpus/gold): body token F1, title, publication date and author."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import regex

from extractor.clean import clean_text
from extractor.normalize import normalize
from extractor.types import Cleaned

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt"))


def _tokens(s: str) -> Counter[str]:
    return Counter(regex.findall(r"\w+", normalize(s).text.lower()))


# (page, field) pairs the cleaner is known to miss, with the reason. The page's other
# fields are still checked; the miss itself is a strict expected failure, so a fix shows
# up as XPASS and the entry must then go.
KNOWN_MISSES = {
    ("019_danviet_tuyenquang-cchc-34tinh", "title"): (
        "the stored text starts with a section subheading, not the headline (title null); "
        "nothing in the flattened text tells it from a headline"
    ),
}


def _clean(path: Path) -> tuple[dict[str, object], object]:
    gold = json.loads((ROOT / "corpus" / "gold" / f"{path.stem}.json").read_text("utf-8"))
    return gold, clean_text(normalize(path.read_text(encoding="utf-8")).text)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_clean_seed_matches_gold(path: Path) -> None:
    gold, out = _clean(path)
    assert isinstance(out, Cleaned)
    g, p = _tokens(str(gold["body"])), _tokens(out.text)
    tp = sum((g & p).values())
    f1 = 2 * tp / (sum(g.values()) + sum(p.values()))
    assert f1 >= 0.98, f1
    if (path.stem, "title") not in KNOWN_MISSES:
        assert out.title == gold["title"]
    assert (out.published or "")[:10] == str(gold["published"] or "")[:10]
    assert out.author == gold["author"]


@pytest.mark.parametrize(
    ("stem", "field"),
    [
        pytest.param(stem, field, marks=pytest.mark.xfail(reason=why, strict=True))
        for (stem, field), why in KNOWN_MISSES.items()
    ],
)
def test_clean_seed_known_miss(stem: str, field: str) -> None:
    gold, out = _clean(ROOT / "corpus" / "pages" / f"{stem}.txt")
    assert getattr(out, field) == gold[field]


def test_clean_seed_teasers_go_to_chrome() -> None:
    """The sidebar teaser under 'Ý kiến bạn đọc' is chrome (the province resolver reads
    it), and its document numbers are not in the text."""
    page = next(p for p in PAGES if p.stem.startswith("001_"))
    out = clean_text(normalize(page.read_text(encoding="utf-8")).text)
    assert "199-KH/TU" in out.chrome and "199-KH/TU" not in out.text
    assert "Ý kiến bạn đọc" in out.chrome
