"""A site's repeated lines: learned across its pages, removed from its articles."""

from __future__ import annotations

from pathlib import Path

import orjson

from extractor.clean import clean_text
from extractor.cli import main
from extractor.models import Source
from extractor.sitechrome import MIN_PAGES, learn, repeated_lines, site_key

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt"))
BANNER = "Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030"


def _with_banner(text: str) -> str:
    """A corpus article with a campaign banner under its dateline, as portals print it
    on every page during a congress season."""
    lines = text.split("\n")
    at = next(i for i, ln in enumerate(lines) if "15/12/2021" in ln or ln.startswith("12:00"))
    return "\n".join([*lines[: at + 1], "", BANNER, *lines[at + 1 :]])


def test_sitechrome_banner_alone_leaks_into_the_article() -> None:
    # the reason for this module: one page cannot tell the banner from a short paragraph
    page = _with_banner(PAGES[0].read_text(encoding="utf-8"))
    assert BANNER in clean_text(page).text
    out = clean_text(page, site_lines=frozenset({BANNER}))
    assert BANNER not in out.text and BANNER in out.chrome
    assert out.text == clean_text(PAGES[0].read_text(encoding="utf-8")).text


def test_sitechrome_learns_lines_on_half_of_the_pages() -> None:
    texts = [
        f"Bài {i} về cải cách hành chính.\nChia sẻ\n{BANNER if i % 2 else ''}" for i in range(8)
    ]
    lines = repeated_lines(texts)
    assert "Chia sẻ" in lines and BANNER in lines  # 8/8 and 4/8 pages
    assert not any(ln.startswith("Bài") for ln in lines)
    assert repeated_lines(texts[: MIN_PAGES - 1]) == frozenset()  # too few pages to learn
    long = " ".join(["từ"] * 40)
    assert repeated_lines([long] * 6) == frozenset()  # a long repeated line is content


def test_sitechrome_site_is_host_then_folder() -> None:
    assert site_key(Source(url="https://www.baodaklak.vn/a/b.html")) == "baodaklak.vn"
    assert site_key(Source(path="crawl/snv.kontum/1.txt")) == "dir:crawl/snv.kontum"
    assert site_key(Source(path="-")) is None
    got = learn([("a", "x\ny"), ("b", "x")] + [("c", f"z\n{i}") for i in range(5)])
    assert got == {"c": frozenset({"z"})}


def test_sitechrome_batch_removes_a_banner_every_page_repeats(tmp_path: Path) -> None:
    site = tmp_path / "baodaklak"
    site.mkdir()
    for p in PAGES[:6]:
        text = p.read_text(encoding="utf-8")
        # under the dateline where the page has the seed's, else over the article
        text = _with_banner(text) if "12:00, 15/12/2021" in text else f"{BANNER}\n\n{text}"
        (site / p.name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(site), "-o", str(out), "-q", "--workers", "1"]) == 0
    recs = [orjson.loads(x) for x in (out / "records.jsonl").read_bytes().splitlines()]
    assert len(recs) == 6
    assert not any(BANNER in r["text"] for r in recs)
    # the articles are otherwise what each page gives alone, without the banner
    ref = tmp_path / "ref"
    assert main(["extract", *map(str, PAGES[:6]), "-o", str(ref), "-q", "--workers", "1"]) == 0
    alone = [orjson.loads(x) for x in (ref / "records.jsonl").read_bytes().splitlines()]
    assert [r["text"] for r in recs] == [r["text"] for r in alone]
