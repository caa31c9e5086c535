"""``vnextract report``: one self-contained HTML file, province by province, with an
inline chart; nothing fetched from anywhere; the same database gives the same bytes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from desk_records import desk_records, write_db
from lxml import html as lhtml

from extractor.cli import main
from extractor.report import _anchor

pytest.importorskip(
    "matplotlib", reason="matplotlib is part of the optional extra vnextract[serve]"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_db(tmp_path_factory.mktemp("report"))


def test_report_by_province(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(db), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    doc = lhtml.fromstring(page)
    sections = {s.findtext("h2"): s for s in doc.findall(".//section")}
    by_prov: dict[str, list[str]] = {}
    for r in desk_records():
        for t in r.targets:
            by_prov.setdefault(r.province.name, []).append(t.metric)
    assert set(sections) == set(by_prov)
    for prov, metrics in by_prov.items():
        rows = sections[prov].findall(".//tbody/tr")
        assert sorted(tr.findall("td")[3].text_content() for tr in rows) == sorted(metrics)
        deadlines = [tr.findall("td")[0].text_content() for tr in rows]
        assert deadlines == sorted(deadlines)  # by deadline
        assert sections[prov].find("h2").get("id") == _anchor(prov)
    dl = sections["Đắk Lắk"].findall(".//tbody/tr")
    assert any(
        "top 20 rank" in tr.text_content()
        and "2025" in tr.text_content()
        and tr.find(".//a") is not None
        for tr in dl
    )
    # the chart is inline SVG, with the indices in its legend as text
    assert page.count("<svg") == 1
    chart = page.split('<figure id="chart">', 1)[1].split("</figure>", 1)[0]
    assert chart.startswith("<svg") and ">PAR<" in chart and ">SIPAS<" in chart


def test_report_self_contained_and_deterministic(db: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    assert main(["report", str(db), "-o", str(a)]) == 0
    assert main(["report", str(db), "-o", str(b)]) == 0
    page = a.read_text(encoding="utf-8")
    assert page == b.read_text(encoding="utf-8")
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\((?!#)", page, re.I)
    assert not re.search(r'\ssrc="', page)
    # the only outside addresses are the articles' own links
    hrefs = set(re.findall(r'href="(http[^"]*)"', page))
    assert hrefs == {str(r.source.url) for r in desk_records() if r.targets}


def test_report_one_province_and_empty(tmp_path: Path) -> None:
    db = write_db(tmp_path / "one")
    out = tmp_path / "kt.html"
    assert main(["report", str(db), "-o", str(out), "--province", "kon tum"]) == 0
    doc = lhtml.fromstring(out.read_text(encoding="utf-8"))
    assert [h.text_content() for h in doc.findall(".//h2")] == ["Kon Tum"]
    empty = write_db(tmp_path / "empty", [])
    out = tmp_path / "empty.html"
    assert main(["report", str(empty), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "No targets yet" in page and "<svg" not in page
