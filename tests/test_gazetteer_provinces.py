"""The generated provinces gazetteer: agrees with its source, and finds places in text."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from extractor.gazetteer import ascii_key, gazetteer_path, load

ROOT = Path(__file__).resolve().parent.parent


def _gen_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_gazetteer", ROOT / "scripts" / "gen_gazetteer.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gazetteer_committed_file_matches_regeneration() -> None:
    pytest.importorskip(
        "vietnamadminunits", reason="the gazetteer's source package is not installed"
    )
    gen = _gen_script()
    committed = gazetteer_path().read_text(encoding="utf-8")
    assert gen.dump(gen.build()) == committed, "run scripts/gen_gazetteer.py and commit"


def test_gazetteer_has_63_provinces_and_34_units_of_2025() -> None:
    data = json.loads(gazetteer_path().read_text(encoding="utf-8"))
    codes = [p["code"] for p in data["provinces"]]
    assert len(codes) == len(set(codes)) == 63
    assert len(data["provinces_2025"]) == 34
    # every pre-2025 province belongs to exactly one 2025 unit
    merged = sorted(c for u in data["provinces_2025"] for c in u["merged_from"])
    assert merged == sorted(codes)


@pytest.mark.parametrize(
    ("name", "code", "successor"),
    [
        ("Kon Tum", "62", "Quảng Ngãi"),
        ("Bình Dương", "74", "Thành phố Hồ Chí Minh"),
        ("Phú Yên", "54", "Đắk Lắk"),
        ("Đắk Lắk", "66", "Đắk Lắk"),
        ("Thừa Thiên Huế", "46", "Huế"),
        ("Bà Rịa - Vũng Tàu", "77", "Thành phố Hồ Chí Minh"),
    ],
)
def test_gazetteer_successor_2025(name: str, code: str, successor: str) -> None:
    p = load().province(name)
    assert p is not None and p.code == code and p.successor_2025 == successor


@pytest.mark.parametrize(
    ("variant", "name"),
    [
        ("Đăk Lăk", "Đắk Lắk"),
        ("Daklak", "Đắk Lắk"),
        ("Dak Lak", "Đắk Lắk"),
        ("Thừa Thiên-Huế", "Thừa Thiên Huế"),
        ("TT-Huế", "Thừa Thiên Huế"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("TP.HCM", "Thành phố Hồ Chí Minh"),
        ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("tỉnh Kon Tum", "Kon Tum"),
        ("Hồ Chí Minh", "Thành phố Hồ Chí Minh"),  # as a province name (site tables)
    ],
)
def test_gazetteer_spelling_variants(variant: str, name: str) -> None:
    p = load().province(variant)
    assert p is not None and p.name == name


def test_gazetteer_name_at_publication() -> None:
    hue = load().province("Thừa Thiên Huế")
    kt = load().province("Kon Tum")
    assert hue is not None and kt is not None
    assert hue.name_at("2021-09-13") == ("Thừa Thiên Huế", "46")
    assert hue.name_at("2025-03-01")[0] == "Huế"
    assert kt.name_at("2025-06-30") == ("Kon Tum", "62")
    assert kt.name_at("2025-08-01") == ("Quảng Ngãi", "51")
    assert kt.name_at(None) == ("Kon Tum", "62")


def test_gazetteer_find_provinces_skips_non_places() -> None:
    text = (
        "Đoàn công tác tỉnh Kon Tum làm việc tại TP.HCM. Học tập tư tưởng Hồ Chí Minh; "
        "xây dựng hòa bình; vùng Châu Á - Thái Bình Dương; huyện Hòa Bình; "
        "ông Nguyễn Hải Dương phát biểu; UBND TỈNH ĐẮK LẮK."
    )
    found = [(m.surface, m.code, m.prefixed) for m in load().find_provinces(text)]
    assert found == [("Kon Tum", "62", True), ("TP.HCM", "79", True), ("ĐẮK LẮK", "66", True)]
    for m in load().find_provinces(text):
        assert text[m.start : m.end] == m.surface


def test_gazetteer_find_districts_only_unambiguous() -> None:
    text = (
        "tại Bảo hiểm xã hội thị xã Buôn Hồ; TP Buôn Ma Thuột; huyện Châu Thành; "
        "huyện Ea H'leo và huyện Krông Pắc"
    )
    found = {(m.surface, m.code) for m in load().find_districts(text)}
    assert ("thị xã Buôn Hồ", "66") in found
    assert ("TP Buôn Ma Thuột", "66") in found
    assert ("huyện Ea H'leo", "66") in found
    assert ("huyện Krông Pắc", "66") in found
    assert not any("Châu Thành" in s for s, _ in found)  # eight provinces have one


def test_gazetteer_ascii_key_folds_marks_and_spacing() -> None:
    assert ascii_key("Đắk Lắk") == ascii_key("Dak Lak") == ascii_key("Daklak") == "daklak"
    assert ascii_key("Hoà Bình") == ascii_key("Hòa Bình")


def test_gazetteer_find_districts_in_a_list() -> None:
    # baoquangnam.vn-style report: one type word, several districts
    text = "làm việc với các huyện Duy Xuyên, Quế Sơn, Thăng Bình và Núi Thành về giải ngân"
    found = [(m.surface, m.code) for m in load().find_districts(text)]
    assert found == [
        ("huyện Duy Xuyên", "49"),
        ("Quế Sơn", "49"),
        ("Thăng Bình", "49"),
        ("Núi Thành", "49"),
    ]
    spaced = load().find_districts("TP Phan Rang - Tháp Chàm và thành phố Phan Rang-Tháp Chàm")
    assert [m.district for m in spaced] == ["thành phố Phan Rang - Tháp Chàm"] * 2


def test_gazetteer_label_district_names_the_district_under_a_portal() -> None:
    from extractor.gazetteer import load

    gz = load()
    # huongtra.thuathienhue.gov.vn, hatinh.hatinh.gov.vn (below the portal a label is no
    # province), gianghia.daknong.gov.vn (a town become a city: the current name)
    assert gz.label_district("huongtra", "Thừa Thiên Huế") == "thị xã Hương Trà"
    assert gz.label_district("hatinh", "Hà Tĩnh") == "thành phố Hà Tĩnh"
    assert gz.label_district("gianghia", "Đắk Nông") == "thành phố Gia Nghĩa"
    assert gz.label_district("huongtra", "Hà Tĩnh") is None  # another province's district
    # on a bare host the province's own label is the province, not its capital
    assert gz.host_district("hatinh.gov.vn", "Hà Tĩnh") is None
