"""Reform areas on the seed pages and on short real-usage sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.extract.reform_areas import extract
from extractor.models import ReformArea
from extractor.types import Context

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAGES = sorted((CORPUS / "pages").glob("*.txt"))


def _areas(text: str) -> list[ReformArea]:
    out = extract(Context(text=text))["reform_areas"]
    assert all(isinstance(a, ReformArea) for a in out)
    return out  # type: ignore[return-value]


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_reform_areas_seed_pages_match_gold(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    gold = json.loads((CORPUS / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))
    got = {a.code for a in _areas(text)}
    assert got == set(gold["reform_areas"])


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_reform_areas_evidence_spans_are_surfaces(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for area in _areas(text):
        assert area.evidence
        for ev in area.evidence:
            assert ev.start is not None and ev.end is not None
            assert text[ev.start : ev.end] == ev.surface
            assert ev.kind == "phrase"
            assert ev.pattern.startswith(f"reform.{area.code}.")


def test_reform_areas_one_per_code_in_programme_order() -> None:
    text = (
        "Xây dựng chính quyền số; cải cách tài chính công; cải cách thể chế; "
        "cải cách thể chế; Chính phủ điện tử."
    )
    codes = [a.code for a in _areas(text)]
    assert codes == ["institutions", "public_finance", "digital_government"]
    dg = next(a for a in _areas(text) if a.code == "digital_government")
    assert [e.surface for e in dg.evidence] == ["chính quyền số", "Chính phủ điện tử"]


def test_reform_areas_heading_style_sections() -> None:
    text = (
        "- Về cải cách tài chính công, đổi mới cơ chế phân bổ ngân sách.\n"
        "- Về cải cách chế độ công vụ, xây dựng nền công vụ chuyên nghiệp."
    )
    assert [a.code for a in _areas(text)] == ["civil_service", "public_finance"]


def test_reform_areas_overlapping_spans_kept_once() -> None:
    # reform.apparatus.label finds "cải cách tổ chức bộ máy", reform.apparatus.staffing
    # the longer, overlapping "tổ chức bộ máy, biên chế": the longer one is kept
    text = "đẩy mạnh cải cách tổ chức bộ máy, biên chế"
    (area,) = _areas(text)
    assert area.code == "apparatus"
    assert [(e.surface, e.pattern) for e in area.evidence] == [
        ("tổ chức bộ máy, biên chế", "reform.apparatus.staffing")
    ]


def test_reform_areas_nothing_in_unrelated_text() -> None:
    text = "Giá cà phê hôm nay tăng mạnh; nông dân ứng dụng thương mại điện tử để bán hàng."
    assert _areas(text) == []


def test_reform_areas_one_stop_procedure_without_co_che() -> None:
    # http://www.travinh.gov.vn/wps/portal/noivu (2015): "quy trình một cửa, một cửa liên thông"
    text = (
        "Chủ tịch UBND tỉnh Trà Vinh đã ban hành Quyết định số 891/QĐ-UBND về việc thành lập Tổ "
        "Công tác kiểm tra, rà soát việc thực hiện quy trình một cửa, một cửa liên thông tại "
        "Sở, ngành thuộc UBND tỉnh."
    )
    assert [a.code for a in _areas(text)] == ["procedures"]
    assert _areas("Cửa hàng mở một cửa, cửa sau đóng.") == []
