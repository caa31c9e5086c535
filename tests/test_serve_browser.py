"""What a person sees: the Datasette targets page (served by ``vnextract serve``) and
the HTML report, rendered by headless Chromium. Screenshots are kept as test artefacts
in test-artifacts/ (datasette_targets.png, report.png)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest
from desk_records import ROOT, desk_records, served, write_db
from lxml import html as lhtml

from extractor.cli import main
from extractor.output.sqlite import fold

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]
pytest.importorskip("datasette", reason="Datasette is the optional extra vnextract[serve]")


def chromium(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                *args,
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )


def look(url: str, shot: Path, size: str) -> lhtml.HtmlElement:
    """Render ``url``: save a screenshot to ``shot`` and return the rendered DOM."""
    shot.parent.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)
    chromium(url, f"--screenshot={shot}", f"--window-size={size}")
    assert shot.stat().st_size > 10_000  # a real picture, not a blank page
    return lhtml.fromstring(chromium(url, "--dump-dom").stdout)


def test_serve_browser_datasette_and_report(tmp_path: Path) -> None:
    db = write_db(tmp_path)
    records = desk_records()
    n_targets = sum(len(r.targets) for r in records)
    with served(db) as base:
        # every target on one page, whatever Datasette's default page size (50)
        dom = look(
            f"{base}/records/targets?_size=max", ARTIFACTS / "datasette_targets.png", "1400,1800"
        )
    # the province facet, with Đắk Lắk and its count
    facets = dom.xpath('//*[contains(@class, "facet-info")]')
    names = {f.xpath('string(.//*[contains(@class, "facet-info-name")])').strip() for f in facets}
    assert any(n.startswith("province") for n in names)
    (prov,) = [
        f
        for f in facets
        if "province" in f.xpath('string(.//*[contains(@class, "facet-info-name")])')
    ]
    n_dl = sum(len(r.targets) for r in records if r.province and r.province.name == "Đắk Lắk")
    assert f"Đắk Lắk {n_dl}" in " ".join(prov.text_content().split())
    # the table of targets, every one of them on the first page
    table = dom.xpath('//table[contains(@class, "rows-and-columns")]')[0]
    heads = [th.text_content().strip().split()[0] for th in table.findall(".//thead//th")]
    assert {"province", "metric", "deadline", "index"} <= set(heads)
    body = table.findall(".//tbody/tr")
    assert len(body) == n_targets
    text = table.text_content()
    assert "Chỉ số SIPAS đạt trên 85%" in text and "Thừa Thiên Huế" in text
    # the bilingual description is shown above the table
    assert "Numeric targets" in dom.text_content() and "Mục tiêu định lượng" in dom.text_content()

    report = tmp_path / "report.html"
    assert main(["report", str(db), "-o", str(report)]) == 0
    rdom = look(report.as_uri(), ARTIFACTS / "report.png", "1280,1600")
    # one section per province that set a target, in the order of their folded names
    # (Đắk Lắk sorts as "dak lak", between Bình Dương and Kon Tum)
    with_targets = {r.province.name for r in records if r.targets and r.province}
    heads = [h.text_content() for h in rdom.findall(".//h2")]
    assert set(heads) == with_targets and "Đắk Lắk" in heads
    assert heads == sorted(heads, key=fold)
    assert len(rdom.findall(".//table[@class='targets']/tbody/tr")) == n_targets
    assert rdom.findall(".//figure/svg") or "<svg" in lhtml.tostring(rdom, encoding="unicode")
