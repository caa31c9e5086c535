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

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt"))


def _tokens(s: str) -> Counter[str]:
    return Counter(regex.findall(r"\w+", normalize(s).text.lower()))


# pages whose gold the cleaner is known to miss, with the reason (a known miss stays
# visible: strict, so a fix shows up as XPASS and the entry must then go)
KNOWN_MISSES = {
    "019_danviet_tuyenquang-cchc-34tinh": (
        "the stored text starts with a section subheading, not the headline (title null); "
        "nothing in the flattened text tells it from a headline"
    ),
}


def _page_param(p: Path) -> object:
    if p.stem in KNOWN_MISSES:
        return pytest.param(
            p, id=p.stem, marks=pytest.mark.xfail(reason=KNOWN_MISSES[p.stem], strict=True)
        )
    return pytest.param(p, id=p.stem)


@pytest.mark.parametrize("path", [_page_param(p) for p in PAGES])
def test_clean_seed_matches_gold(path: Path) -> None:
    gold = json.loads((ROOT / "corpus" / "gold" / f"{path.stem}.json").read_text("utf-8"))
    out = clean_text(normalize(path.read_text(encoding="utf-8")).text)
    g, p = _tokens(gold["body"]), _tokens(out.text)
    tp = sum((g & p).values())
    f1 = 2 * tp / (sum(g.values()) + sum(p.values()))
    assert f1 >= 0.98, f1
    assert out.title == gold["title"]
    assert (out.published or "")[:10] == (gold["published"] or "")[:10]
    assert out.author == gold["author"]


def test_clean_seed_teasers_go_to_chrome() -> None:
    """The sidebar teaser under 'Ý kiến bạn đọc' is chrome (the province resolver reads
    it), and its document numbers are not in the text."""
    page = next(p for p in PAGES if p.stem.startswith("001_"))
    out = clean_text(normalize(page.read_text(encoding="utf-8")).text)
    assert "199-KH/TU" in out.chrome and "199-KH/TU" not in out.text
    assert "Ý kiến bạn đọc" in out.chrome
