"""Bodies on real sentences: canonical names, province resolution, spans, groups."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extract.bodies import canonical_name, find_bodies, site_district
from extractor.gazetteer import fold
from extractor.normalize import normalize
from extractor.patterns import load
from extractor.types import Context

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"

_ABBR = [
    (r"tt\s*&\s*tt|tt-tt|tttt", "thông tin và truyền thông"),
    (r"ubmttq", "ủy ban mặt trận tổ quốc"),
    (r"ubnd", "ủy ban nhân dân"),
    (r"hđnd", "hội đồng nhân dân"),
    (r"mttq", "mặt trận tổ quốc"),
    (r"bhxh", "bảo hiểm xã hội"),
]


def _norm(s: str) -> str:
    s = fold(s)
    for a, b in _ABBR:
        s = re.sub(r"(?<!\w)(?:" + a + r")(?!\w)", b, s)
    return " ".join(s.split())


def _names(text: str, province: str | None) -> list[str]:
    return [b.name for b in find_bodies(text, province)]


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem[:3])
def test_bodies_seed_gold_text(path: Path) -> None:
    g = json.loads(path.read_text(encoding="utf-8"))
    text = normalize(g["body"]).text
    bodies = find_bodies(text, g["province"])
    gold = [
        ({_norm(n) for n in item["names"]}, item.get("optional", False)) for item in g["bodies"]
    ]
    hit = [False] * len(gold)
    for b in bodies:
        assert text[b.start : b.end] == b.surface
        idx = next((i for i, (alts, _) in enumerate(gold) if _norm(b.name) in alts), None)
        assert idx is not None, f"not in gold: {b.name} ({b.surface})"
        assert not hit[idx] or gold[idx][1], f"second spelling of one body: {b.name}"
        hit[idx] = True
    missing = [
        sorted(alts)[0] for (alts, opt), h in zip(gold, hit, strict=True) if not h and not opt
    ]
    assert not missing


def test_bodies_resolve_province_level_to_article_province() -> None:
    text = "Thực hiện Kế hoạch số 3993/KH-UBND ngày 05/11/2021 của UBND tỉnh. Sở TT&TT đã ban hành."
    assert _names(text, "Kon Tum") == [
        "Ủy ban nhân dân tỉnh Kon Tum",
        "Sở Thông tin và Truyền thông tỉnh Kon Tum",
    ]
    assert _names(text, None) == ["Ủy ban nhân dân tỉnh", "Sở Thông tin và Truyền thông"]


def test_bodies_named_province_wins_and_is_the_default() -> None:
    # the province named with one body resolves the others when the context has none
    text = "UBND tỉnh Kon Tum ban hành kế hoạch. UBND tỉnh yêu cầu. Sở TT&TT tỉnh Gia Lai phối hợp."
    bodies = find_bodies(text, None)
    assert [(b.name, b.mentions) for b in bodies] == [
        ("Ủy ban nhân dân tỉnh Kon Tum", 2),
        ("Sở Thông tin và Truyền thông tỉnh Gia Lai", 1),
    ]
    assert bodies[0].surface == "UBND tỉnh Kon Tum"  # the first mention


def test_bodies_coordinated_organs_share_the_level() -> None:
    # baobinhduong-style meeting report (seed 004); Tuyên Quang HĐND portal sentence
    text = "Tham dự có các Phó Chủ tịch HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh và lãnh đạo các sở, ban, ngành."
    bodies = find_bodies(text, "Bình Dương")
    assert [b.name for b in bodies] == [
        "Hội đồng nhân dân tỉnh Bình Dương",
        "Ủy ban nhân dân tỉnh Bình Dương",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Dương",
    ]
    assert [b.surface for b in bodies] == ["HĐND", "UBND", "Ủy ban MTTQ Việt Nam tỉnh"]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ phận tiếp nhận và trả kết quả của UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn.",
        "Các sở, ban, ngành cấp tỉnh và UBND cấp huyện xây dựng kế hoạch.",
        "Phương pháp đánh giá đối với các sở, ngành tỉnh, Ủy ban nhân dân huyện, thành phố thuộc tỉnh.",
        "tinh gọn bộ máy; xây dựng Chính phủ điện tử, Chính phủ số; Bộ tiêu chí; tư tưởng Hồ Chí Minh",
        "Chủ tịch UBND huyện Nguyễn Văn Tèo cho biết, UBND các cấp đã vào cuộc.",
    ],
)
def test_bodies_generic_groups_are_not_bodies(text: str) -> None:
    assert _names(text, "Đắk Lắk") == []


def test_bodies_person_after_level_is_not_a_unit() -> None:
    text = "Kết luận cuộc họp, Chủ tịch UBND tỉnh Võ Văn Minh nhấn mạnh."
    (b,) = find_bodies(text, "Bình Dương")
    assert b.name == "Ủy ban nhân dân tỉnh Bình Dương" and b.surface == "UBND tỉnh"


def test_bodies_positions_name_their_body() -> None:
    text = (
        "ông Võ Văn Minh - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; Bộ trưởng Bộ Nội vụ dự."
    )
    assert _names(text, "Bình Dương") == [
        "Tỉnh ủy Bình Dương",
        "Ủy ban nhân dân tỉnh Bình Dương",
        "Bộ Nội vụ",
    ]


def test_bodies_district_and_commune_units() -> None:
    text = (
        "Người dân làm thủ tục tại Bảo hiểm xã hội thị xã Buôn Hồ. UBND huyện Krông Pắc và "
        "UBND xã Ea Kly phối hợp; UBND huyện cũng chỉ đạo."
    )
    bodies = find_bodies(text, "Đắk Lắk")
    assert [(b.name, b.level, b.mentions) for b in bodies] == [
        ("Bảo hiểm xã hội thị xã Buôn Hồ", "district", 1),
        ("Ủy ban nhân dân huyện Krông Pắc", "district", 2),
        ("Ủy ban nhân dân xã Ea Kly", "commune", 1),
    ]


def test_bodies_old_and_new_ministries_are_separate() -> None:
    # phapluat.tuoitrethudo.vn (2025): the merged Bộ Khoa học và Công nghệ
    text = (
        "Bộ Khoa học và Công nghệ mới thành lập trên cơ sở hợp nhất Bộ Khoa học và Công nghệ "
        "với Bộ Thông tin và Truyền thông; báo chí chuyển sang Bộ Văn hóa Thể thao và Du lịch."
    )
    assert [(b.name, b.mentions) for b in find_bodies(text, None)] == [
        ("Bộ Khoa học và Công nghệ", 2),
        ("Bộ Thông tin và Truyền thông", 1),
        ("Bộ Văn hóa, Thể thao và Du lịch", 1),
    ]


def test_bodies_lists_of_departments() -> None:
    text = "Giao các Sở: Nội vụ, Tài chính, Kế hoạch và Đầu tư chủ trì, phối hợp với các Bộ: Nội vụ, Tư pháp."
    assert _names(text, "Kon Tum") == [
        "Sở Nội vụ tỉnh Kon Tum",
        "Sở Tài chính tỉnh Kon Tum",
        "Sở Kế hoạch và Đầu tư tỉnh Kon Tum",
        "Bộ Nội vụ",
        "Bộ Tư pháp",
    ]


def test_bodies_central_cities() -> None:
    text = "UBND TP.HCM giao Sở Nội vụ chủ trì; Thành ủy TP.HCM chỉ đạo; UBND thành phố Thủ Đức thực hiện."
    assert _names(text, None) == [
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "Sở Nội vụ Thành phố Hồ Chí Minh",
        "Thành ủy Thành phố Hồ Chí Minh",
        "Ủy ban nhân dân thành phố Thủ Đức",
    ]


@pytest.mark.parametrize(
    ("surface", "province", "name"),
    [
        ("UBND tỉnh", "Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum"),
        ("UBND tỉnh", None, "Ủy ban nhân dân tỉnh"),
        ("Tỉnh ủy", "Đắk Lắk", "Tỉnh ủy Đắk Lắk"),
        ("Sở TT&TT", "Kon Tum", "Sở Thông tin và Truyền thông tỉnh Kon Tum"),
        ("UBND tỉnh Gia Lai", "Kon Tum", "Ủy ban nhân dân tỉnh Gia Lai"),
        ("UBND", "Thừa Thiên Huế", "Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
        ("BTTTT", None, "Bộ Thông tin và Truyền thông"),
        ("Chính phủ", "Kon Tum", "Chính phủ"),
        ("Uỷ ban nhân dân tỉnh", "Bình Dương", "Ủy ban nhân dân tỉnh Bình Dương"),
    ],
)
def test_bodies_canonical_name(surface: str, province: str | None, name: str) -> None:
    assert canonical_name(surface, province) == name


def test_bodies_canonical_name_unknown() -> None:
    assert canonical_name("Bộ phận một cửa", "Kon Tum") is None
    assert canonical_name("", None) is None


def test_bodies_tables_agree_with_alternations() -> None:
    """Every form a table lists is found whole by its pattern alternation, and every
    alternative of the alternation has a canonical name in the table."""
    pf = load("bodies")
    pairs = [
        ("org", {f for spec in pf.data["organs"].values() for f in spec["forms"]}),
        ("dept", {f for forms in pf.data["departments"].values() for f in forms}),
        ("ministry", {f for forms in pf.data["ministries"].values() for f in forms}),
        ("central", {f for spec in pf.data["central"].values() for f in spec["forms"]}),
    ]
    for def_name, forms in pairs:
        rx = pf.compile_def(def_name, 0)
        for f in forms:
            assert rx.fullmatch(f), f"{def_name}: table form {f!r} not in the alternation"
        alts = set(regex.findall(r"[^|()?:]+", pf.defs[def_name]))
        missing = {a for a in alts if a.strip() and a not in forms}
        assert not missing, f"{def_name}: alternatives without a canonical name: {missing}"


def test_bodies_steering_committees_central_and_local() -> None:
    # thutuchanhchinh.vn (Sơn La, 2019); sonoivu.yenbai.gov.vn (2023)
    text = (
        "Đoàn Kiểm tra của Ban Chỉ đạo cải cách hành chính của Chính phủ làm việc với Ban "
        "Chỉ đạo CCHC Nhà nước tỉnh. Ban Chỉ đạo cải cách hành chính của tỉnh đã họp."
    )
    assert _names(text, "Yên Bái") == [
        "Ban Chỉ đạo cải cách hành chính của Chính phủ",
        "Ban Chỉ đạo cải cách hành chính nhà nước tỉnh Yên Bái",
    ]


def test_bodies_province_renamed_or_merged_in_2025() -> None:
    text = "UBND tỉnh ban hành kế hoạch; Tỉnh ủy chỉ đạo."
    # Thừa Thiên Huế became the city of Huế on 2025-01-01
    assert _names(text, "Huế")[0] == "Ủy ban nhân dân thành phố Huế"
    assert _names(text, "Thừa Thiên Huế")[0] == "Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    assert _names(text, "Quảng Ngãi")[0] == "Ủy ban nhân dân tỉnh Quảng Ngãi"


_WORDS = [
    "UBND",
    "Ủy ban nhân dân",
    "HĐND",
    "Ủy ban MTTQ Việt Nam",
    "tỉnh",
    "thành phố",
    "TP.",
    "huyện",
    "xã",
    "các",
    "cấp",
    "Kon Tum",
    "TP.HCM",
    "Châu Thành",
    "Krông Pắc",
    "Sở",
    "Nội vụ",
    "TT&TT",
    "Tỉnh ủy",
    "Ban Thường vụ",
    "Nguyễn Văn An",
    "Chính phủ",
    "điện tử",
    "Bộ",
    "phận",
    ",",
    "và",
    ":",
    ".",
    "\n",
    "Đảng",
    "bộ",
    "Thủ tướng",
    "Bảo hiểm xã hội",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=40),
    st.sampled_from([None, "Kon Tum", "Hà Nội", "Huế"]),
)
def test_bodies_any_text_gives_valid_unique_bodies(words: list[str], province: str | None) -> None:
    text = " ".join(words)
    bodies = find_bodies(text, province)
    names = [b.name for b in bodies]
    assert len(names) == len(set(names))
    for b in bodies:
        assert b.name.strip() and b.mentions >= 1
        assert text[b.start : b.end] == b.surface and b.surface


def test_bodies_bare_level_takes_the_unit_named_before() -> None:
    text = (
        "Tại huyện Krông Pắc, UBND huyện đã kiểm tra công tác cải cách hành chính; "
        "sau đó UBND thị xã báo cáo."
    )
    assert _names(text, "Đắk Lắk") == ["Ủy ban nhân dân huyện Krông Pắc"]


def test_bodies_district_with_typographic_apostrophe() -> None:
    # dakrlap.daknong.gov.vn writes Đắk R'Lấp as "Đăk R’lấp"
    text = "Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp họp. Kế hoạch của UBND huyện được ban hành."
    # the district's steering committee is a body too, named with the gazetteer's spelling
    assert _names(text, "Đắk Nông") == [
        "Ban Chỉ đạo chuyển đổi số huyện Đắk R'Lấp",
        "Ủy ban nhân dân huyện Đắk R'Lấp",
    ]
    assert canonical_name("UBND huyện", "Đắk Nông", "tại huyện Đăk R’lấp, ") == (
        "Ủy ban nhân dân huyện Đắk R'Lấp"
    )
    assert canonical_name("UBND huyện", "Đắk Nông") is None


def test_bodies_bare_district_level_takes_the_portals_district() -> None:
    # https://quangtrach.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=1570789573083: the
    # district's portal writes "UBND huyện", "Huyện ủy" without its name
    ctx = Context(
        text=(
            "Chiều ngày 04/11/2019, UBND huyện đã tổ chức Hội nghị Thường kỳ tháng 10 năm 2019 "
            "do đồng chí Nguyễn Xuân Đạt, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. "
            "Tham dự Hội nghị có các đồng chí Phó Chủ tịch HĐND huyện."
        ),
        province="Quảng Bình",
        url="https://quangtrach.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=1570789573083",
    )
    assert site_district(ctx) == "huyện Quảng Trạch"
    assert [b.name for b in find_bodies(ctx.text, ctx.province, site_district(ctx))] == [
        "Ủy ban nhân dân huyện Quảng Trạch",
        "Huyện ủy Quảng Trạch",
        "Hội đồng nhân dân huyện Quảng Trạch",
    ]
    # a district the text names wins over the portal's; a province's own host label is
    # not its capital city; without a portal the bare level stays unresolved
    named = "Tại huyện Bố Trạch, UBND huyện đã kiểm tra."
    assert [b.name for b in find_bodies(named, "Quảng Bình", "huyện Quảng Trạch")] == [
        "Ủy ban nhân dân huyện Bố Trạch"
    ]
    assert (
        site_district(Context(text="", province="Hà Tĩnh", url="https://hatinh.gov.vn/x")) is None
    )
    assert canonical_name("UBND huyện", "Quảng Bình", "", "huyện Quảng Trạch") == (
        "Ủy ban nhân dân huyện Quảng Trạch"
    )


def test_bodies_merger_steering_committee_one_name() -> None:
    # gocnhinphaply.nguoiduatin.vn/tag/cai-cach-bo-may.html; lsvn.vn/tag/cong-van-12cvbcd.html
    a = (
        "Thủ tướng Chính phủ Phạm Minh Chính ký Quyết định số 571/QĐ-TTg ngày 12/3/2025 thành "
        "lập Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng "
        "mô hình tổ chức chính quyền địa phương 2 cấp."
    )
    b = (
        "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, Phó Trưởng Ban Chỉ đạo sắp xếp đơn vị hành "
        "chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp của Chính phủ "
        "đã ký Công văn 12/CV-BCĐ"
    )
    name = (
        "Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng "
        "mô hình tổ chức chính quyền địa phương 2 cấp"
    )
    assert _names(a, None) == ["Thủ tướng Chính phủ", name]
    assert _names(b, None) == ["Bộ Nội vụ", name]


def test_bodies_ministry_and_department_names_in_any_case_after_the_capital() -> None:
    # https://hethongphapluat.com/quyet-dinh-1811-qd-ubnd-nam-2020-...: "Bộ Kế hoạch & đầu tư"
    text = (
        "Căn cứ Thông tư liên tịch số 19/2012/TTLT-BTC-BKH&ĐT-BTTTT ngày 15/02/2012 của Bộ Tài "
        "chính, Bộ Kế hoạch & đầu tư, Bộ Thông tin và Truyền thông hướng dẫn; Sở Kế hoạch và "
        "đầu tư chủ trì."
    )
    assert _names(text, "Nghệ An") == [
        "Bộ Tài chính",
        "Bộ Kế hoạch và Đầu tư",
        "Bộ Thông tin và Truyền thông",
        "Sở Kế hoạch và Đầu tư tỉnh Nghệ An",
    ]
    # the name's first letter stays a capital: "the ministry builds policy" is no ministry
    assert _names("Bộ xây dựng chính sách và hướng dẫn thực hiện.", None) == []


def test_bodies_delegation_in_its_heads_title() -> None:
    # https://tinhuygialai.org.vn/su-kien/khai-mac-hoi-nghi-lan-thu-11-...: "Trưởng đoàn Đại
    # biểu Quốc hội tỉnh" names the province's National Assembly delegation, as "Bí thư Tỉnh
    # ủy" names the Tỉnh ủy; "đại biểu Quốc hội" alone is a member's title
    text = (
        "đồng chí Hồ Văn Niên - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí thư "
        "Thường trực Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh."
    )
    assert "Đoàn đại biểu Quốc hội tỉnh Gia Lai" in _names(text, "Gia Lai")
    assert _names("Trưởng đoàn ĐBQH tỉnh phát biểu.", "Gia Lai") == [
        "Đoàn đại biểu Quốc hội tỉnh Gia Lai"
    ]
    assert _names("đại biểu Quốc hội tỉnh Gia Lai tiếp xúc cử tri", "Gia Lai") == []


def test_bodies_industrial_park_board_and_bloc_party_committees() -> None:
    # provincial conference reports list them beside the departments (tinhuygialai.org.vn
    # style: "bí thư các đảng bộ trực thuộc Tỉnh ủy, giám đốc các sở")
    text = (
        "Dự hội nghị có lãnh đạo Ban Quản lý các khu công nghiệp tỉnh, Đảng ủy Khối các cơ quan "
        "tỉnh và Đảng ủy Khối Doanh nghiệp tỉnh."
    )
    assert _names(text, "Gia Lai") == [
        "Ban Quản lý các khu công nghiệp tỉnh Gia Lai",
        "Đảng ủy Khối các cơ quan tỉnh Gia Lai",
        "Đảng ủy Khối Doanh nghiệp tỉnh Gia Lai",
    ]


def test_bodies_document_word_is_no_unit_name() -> None:
    # http://linhxuan.thuduc.truongdientu.vn/xay-dung-dang/phuong-linh-xuan-hop-mat-ky-niem-truyen-thong-cac-nganh-xay-dung-dang-va-tuyen/ct/4829/13670
    # a capitalised "Báo cáo" after "UBND phường" is what the chairman does, not the ward
    text = (
        "đồng chí Nguyễn Thanh Hải- Phó Bí thư, Chủ tịch UBND phường Báo cáo kết quả giai "
        "đoạn 1 triển khai thực hiện đợt hoạt động cao điểm 500 ngày thi đua."
    )
    assert not any("Báo" in n for n in _names(text, "Thành phố Hồ Chí Minh"))
    # a ward's name is still read
    named = _names("Chủ tịch UBND phường Linh Xuân báo cáo kết quả.", "Thành phố Hồ Chí Minh")
    assert "Ủy ban nhân dân phường Linh Xuân" in named


def test_bodies_term_is_no_unit_name() -> None:
    # http://huudinh.chauthanh.bentre.gov.vn/content/hoi-dong-nhan-dan-xa-chuc-ky-hop-lan-thu-13-ky-hop-giua-nam-2024
    text = "Kỳ họp giữa năm HĐND xã Khóa XII đã thông qua các báo cáo."
    assert not any("Khóa" in n for n in _names(text, "Bến Tre"))
    assert "Hội đồng nhân dân xã Hữu Định" in _names("HĐND xã Hữu Định Khóa XII họp.", "Bến Tre")
