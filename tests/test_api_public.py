"""The Python API the README shows: ``extractor.extract`` and ``extractor.extract_many``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from extractor.types import PageError

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt"))
HTML = ROOT / "tests" / "fixtures" / "html" / "kiengiang-ngay-cds.html"


def test_api_extract_can_be_called_again_in_a_fresh_interpreter() -> None:
    # the subpackage extractor.extract must not replace the function on first use
    code = (
        "import extractor\n"
        "t = 'UBND tỉnh Kon Tum ban hành Kế hoạch số {}/KH-UBND ngày 10/3/2024.'\n"
        "a = extractor.extract(t.format(12))\n"
        "b = extractor.extract(t.format(13))\n"
        "print(a.documents[0].number, b.documents[0].number)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["12/KH-UBND", "13/KH-UBND"]


def test_api_extract_text_and_html_bytes_with_spans() -> None:
    rec = extractor.extract(PAGES[0].read_text(encoding="utf-8"), source=str(PAGES[0]))
    assert rec.id == PAGES[0].stem
    assert rec.documents and rec.targets
    for item in [*rec.documents, *rec.dates, *rec.bodies, *rec.targets]:
        assert rec.text[item.start : item.end] == item.surface
    page = extractor.extract(HTML.read_bytes(), url="https://kiengiang.gov.vn/tin/ngay-cds")
    assert page.source.url == "https://kiengiang.gov.vn/tin/ngay-cds"
    assert page.province is not None and page.province.name == "Kiên Giang"
    assert page.title and page.title.startswith("Kiên Giang")


def test_api_extract_bad_page_raises_page_error_with_reason() -> None:
    with pytest.raises(PageError) as e:
        extractor.extract(b"   \n  ")
    assert e.value.reason == "empty"


def test_api_extract_many_goes_on_after_a_bad_page(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text(PAGES[1].read_text(encoding="utf-8"), encoding="utf-8")
    errors: list[dict[str, str]] = []
    recs = list(extractor.extract_many([tmp_path, tmp_path / "missing"], errors=errors))
    assert [r.id for r in recs] == ["ok"]
    assert sorted(e["reason"] for e in errors) == ["empty", "not_found"]
    assert all(e["path"] for e in errors)
