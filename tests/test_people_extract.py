"""People named with their positions, on a seed page and on real-usage sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.people import _fallback_canonical, extract
from extractor.models import Person
from extractor.types import Context

PAGES = Path(__file__).resolve().parent.parent / "corpus" / "pages"


def _people(text: str, province: str | None = None) -> list[Person]:
    out = extract(Context(text=text, province=province))["people"]
    assert all(isinstance(p, Person) for p in out)
    for p in out:
        assert text[p.start : p.end] == p.surface
    return out  # type: ignore[return-value]


def test_people_seed_page_binh_duong() -> None:
    text = (PAGES / "004_568a2b613adb42f7.txt").read_text(encoding="utf-8")
    people = {p.name: p for p in _people(text, "Bình Dương")}
    assert set(people) == {"Võ Văn Minh", "Nguyễn Trường Nhật Phượng"}
    minh = people["Võ Văn Minh"]
    assert minh.positions == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    assert minh.bodies == ["Tỉnh ủy Bình Dương", "Ủy ban nhân dân tỉnh Bình Dương"]
    assert people["Nguyễn Trường Nhật Phượng"].positions == ["Phó Chủ tịch HĐND tỉnh"]


def test_people_one_person_per_name_merging_positions() -> None:
    text = (
        "Chủ tịch UBND tỉnh Võ Văn Minh chủ trì. Sau đó, ông Võ Văn Minh - Phó Bí thư "
        "Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu."
    )
    (p,) = _people(text)
    assert p.name == "Võ Văn Minh"
    assert p.positions == ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"]
    assert p.pattern == "people.titled" and p.start == 0


def test_people_position_before_name_moves_place_to_position() -> None:
    (p,) = _people("Chủ tịch UBND tỉnh Đắk Lắk Phạm Ngọc Nghị yêu cầu các sở.")
    assert p.name == "Phạm Ngọc Nghị"
    assert p.positions == ["Chủ tịch UBND tỉnh Đắk Lắk"]
    assert p.bodies == ["Ủy ban nhân dân tỉnh Đắk Lắk"]


def test_people_member_of_standing_committee_and_director() -> None:
    text = (
        "Đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Nội vụ "
        "báo cáo tại hội nghị."
    )
    (p,) = _people(text, "Kon Tum")
    assert p.positions == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Sở Nội vụ"]
    assert "Ban Thường vụ Tỉnh ủy" in p.bodies[0]
    assert any("Sở Nội vụ" in b for b in p.bodies)


@pytest.mark.parametrize(
    "text",
    [
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh.",
        "Ông bà ta có câu: có công mài sắt có ngày nên kim.",
        "Đoàn công tác tỉnh Bà Rịa - Vũng Tàu, Chủ tịch UBND tỉnh và các sở đã làm việc.",
        "Giám đốc Sở Thông tin và Truyền thông chủ trì hội nghị.",
        "Tham dự có các Phó Chủ tịch HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh.",
        "Ông Minh nhấn mạnh, CCHC là nhiệm vụ rất quan trọng.",
    ],
)
def test_people_traps_give_no_person(text: str) -> None:
    assert _people(text) == []


def test_people_names_are_two_to_five_capitalised_syllables() -> None:
    text = (
        "Dự có các đồng chí: Nguyễn Duy Hưng, Phó Chủ tịch UBND tỉnh; "
        "Đỗ Thị Hương, Phó Bí thư chuyên trách Đảng ủy UBND tỉnh; "
        "Thiếu tướng Lê Văn Tuyến, Giám đốc Công an tỉnh."
    )
    people = _people(text)
    assert [p.name for p in people] == ["Nguyễn Duy Hưng", "Đỗ Thị Hương", "Lê Văn Tuyến"]
    for p in people:
        words = p.name.split()
        assert 2 <= len(words) <= 5 and all(w[0].isupper() for w in words)


@pytest.mark.parametrize(
    ("org", "province", "expected"),
    [
        ("Tỉnh ủy", "Bình Dương", "Tỉnh ủy Bình Dương"),
        ("UBND tỉnh", "Bình Dương", "Ủy ban nhân dân tỉnh Bình Dương"),
        ("HĐND tỉnh", None, "Hội đồng nhân dân tỉnh"),
        ("Sở Nội vụ", "Bình Dương", "Sở Nội vụ"),
        ("Đoàn ĐBQH tỉnh", "Kon Tum", "Đoàn Đại biểu Quốc hội tỉnh Kon Tum"),
    ],
)
def test_people_fallback_canonical_body(org: str, province: str | None, expected: str) -> None:
    assert _fallback_canonical(org, province) == expected


def test_people_former_office_and_lowercase_body_head() -> None:
    text = "Đoàn Chủ trì có: TS. Nguyễn Văn Hùng, Nguyên Phó trưởng ban Dân vận Trung ương."
    (p,) = _people(text)
    assert p.name == "Nguyễn Văn Hùng"
    assert p.positions == ["Nguyên Phó trưởng ban Dân vận Trung ương"]
    assert p.bodies and p.bodies[0].startswith("Ban Dân vận")


def test_people_unit_name_after_a_unit_word_is_no_person() -> None:
    # https://vinhlinh.quangtri.gov.vn/vi/chi-tiet/-/view-article/1/1647698202167/1750662283729
    text = "Tham dự có Bí thư Đảng bộ xã Vĩnh Linh mới, đồng chí Trần Thị Thu Hà."
    assert "Vĩnh Linh" not in [p.name for p in _people(text, "Quảng Trị")]
    # http://www.caobang.gov.vn/content/5-x%C3%A3-%C4%91%E1%BA%A1t-chu%E1%BA%A9n-n%C3%B4ng-th%C3%B4n-m%E1%BB%9Bi-n%C4%83m-2018
    text = "Chủ tịch UBND tỉnh chỉ đạo UBND các huyện Hòa An, Nguyên Bình chịu trách nhiệm."
    assert _people(text, "Cao Bằng") == []
    # a person with a middle name but an unlisted surname is still read
    (p,) = _people("Chủ tịch UBND xã Thạch Thị Sa phát biểu.", "Trà Vinh")
    assert p.name == "Thạch Thị Sa"
