"""resolve_province on the seeds' gold main text (as a cleaner will hand it over) and
their chrome, and on small real-usage sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize import normalize
from extractor.resolve import resolve_province
from extractor.types import Cleaned

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _gold(stem: str) -> dict[str, object]:
    path = next((CORPUS / "gold").glob(f"{stem}*.json"))
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _chrome(stem: str, marker: str) -> str:
    page = next((CORPUS / "pages").glob(f"{stem}*.txt")).read_text(encoding="utf-8")
    return normalize(page[page.index(marker) :]).text


@pytest.mark.parametrize("stem", ["000", "001", "002", "003", "004"])
def test_resolve_province_seed_gold_text(stem: str) -> None:
    g = _gold(stem)
    text = normalize(str(g["body"])).text
    chrome = _chrome(stem, "Ý kiến bạn đọc") if stem in {"000", "001"} else ""
    cleaned = Cleaned(
        text=text, title=str(g["title"]), published=str(g["published"]), chrome=chrome
    )
    p = resolve_province(text, cleaned)
    assert p is not None and p.name == g["province"]
    for ev in p.evidence:  # evidence in the text points at its surface
        if ev.start is not None and ev.end is not None:
            assert text[ev.start : ev.end] == ev.surface


def test_resolve_province_seed_000_from_town_in_caption() -> None:
    text = normalize(str(_gold("000")["body"])).text
    p = resolve_province(text, Cleaned(text=text))
    assert p is not None and p.name == "Đắk Lắk" and p.code == "66"
    assert p.evidence and p.evidence[0].kind == "district"
    assert p.evidence[0].surface == "thị xã Buôn Hồ"


def test_resolve_province_seed_001_only_from_chrome() -> None:
    text = normalize(str(_gold("001")["body"])).text
    assert resolve_province(text, Cleaned(text=text)) is None
    chrome = _chrome("001", "Ý kiến bạn đọc")
    p = resolve_province(text, Cleaned(text=text, chrome=chrome))
    assert p is not None and p.name == "Đắk Lắk"
    assert {e.kind for e in p.evidence} == {"chrome"}


def test_resolve_province_site_host_when_text_is_silent() -> None:
    text = "UBND tỉnh vừa ban hành Kế hoạch cải cách hành chính năm 2022."
    p = resolve_province(text, Cleaned(text=text, url="https://sotttt.kontum.gov.vn/tin-tuc/1"))
    assert p is not None and p.name == "Kon Tum"
    assert p.evidence[0].kind == "site" and p.evidence[0].start is None


def test_resolve_province_site_breaks_a_tie_with_another_province() -> None:
    text = (
        "Đoàn công tác tỉnh Phú Yên đến thăm và làm việc với tỉnh Đắk Lắk về cải cách hành chính."
    )
    p = resolve_province(text, Cleaned(text=text, url="https://baodaklak.vn/chinh-tri/1.html"))
    assert p is not None and p.name == "Đắk Lắk"
    p2 = resolve_province(text, Cleaned(text=text))
    assert p2 is not None and p2.name == "Phú Yên"  # earliest when nothing else tells


def test_resolve_province_list_of_provinces_weighs_less() -> None:
    text = (
        "Hội nghị có đại diện các tỉnh Gia Lai, Kon Tum, Đắk Nông, Lâm Đồng. "
        "UBND tỉnh Đắk Lắk chủ trì hội nghị."
    )
    p = resolve_province(text, Cleaned(text=text))
    assert p is not None and p.name == "Đắk Lắk"


def test_resolve_province_name_after_2025_reorganisation() -> None:
    text = "UBND tỉnh Kon Tum triển khai chuyển đổi số."
    before = resolve_province(text, Cleaned(text=text, published="2025-05-10"))
    after = resolve_province(text, Cleaned(text=text, published="2025-07-15"))
    assert before is not None and before.name == "Kon Tum" and before.successor_2025 == "Quảng Ngãi"
    assert after is not None and after.name == "Quảng Ngãi"
    hue = resolve_province(
        "UBND tỉnh Thừa Thiên Huế ban hành kế hoạch.",
        Cleaned(text="x", published="2025-02-01"),
    )
    assert hue is not None and hue.name == "Huế"


def test_resolve_province_nothing_to_go_on() -> None:
    text = "Cải cách hành chính là nhiệm vụ trọng tâm; học tập tư tưởng Hồ Chí Minh."
    assert resolve_province(text, Cleaned(text=text)) is None


def test_resolve_province_site_outweighs_a_passing_mention() -> None:
    # sonoivu.tuyenquang.gov.vn reporting a national meeting held in Hà Nội
    text = (
        "Sáng 19-7, tại Hà Nội, Thủ tướng Chính phủ chủ trì phiên họp thứ năm của Ban Chỉ đạo "
        "cải cách hành chính của Chính phủ."
    )
    site = resolve_province(
        text, Cleaned(text=text, url="http://sonoivu.tuyenquang.gov.vn/GroupNews/5/x.html")
    )
    assert site is not None and site.name == "Tuyên Quang"
    bare = resolve_province(text, Cleaned(text=text))
    assert bare is not None and bare.name == "Hà Nội"


def test_resolve_province_national_outlet_chrome_is_not_evidence() -> None:
    text = "Chương trình ưu đãi giáo dục của Apple quay lại Việt Nam."
    chrome = "Tòa soạn: số 71 Hàng Trống, Hoàn Kiếm, Hà Nội"
    national = Cleaned(text=text, chrome=chrome, url="https://nhandan.vn/bai-viet-post1.html")
    assert resolve_province(text, national) is None
    unknown = Cleaned(text=text, chrome=chrome)
    p = resolve_province(text, unknown)
    assert p is not None and p.name == "Hà Nội" and p.evidence[0].kind == "chrome"


_WORDS = [
    "tỉnh",
    "Kon Tum",
    "Gia Lai",
    "thị xã",
    "Buôn Hồ",
    "huyện",
    "Châu Thành",
    "TP.HCM",
    "Hồ Chí Minh",
    "thành phố",
    "Huế",
    "Thái Bình Dương",
    ",",
    "và",
    "\n",
    "Nguyễn",
    "Hải Dương",
    "các",
    "xã",
    "Long An",
    "UBND",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=30),
    st.sampled_from([None, "2021-09-27", "2025-08-01"]),
)
def test_resolve_province_any_text_gives_valid_evidence(
    words: list[str], published: str | None
) -> None:
    text = " ".join(words)
    p = resolve_province(text, Cleaned(text=text, published=published, chrome=text))
    if p is None:
        return
    assert p.name and p.evidence
    for ev in p.evidence:
        if ev.start is not None and ev.end is not None:
            assert text[ev.start : ev.end] == ev.surface


def test_resolve_province_national_outlet_known_by_site_name() -> None:
    text = "Bài viết về bóng đá thế giới."
    chrome = "Tòa soạn: Hà Nội"
    p = resolve_province(text, Cleaned(text=text, chrome=chrome, site="Báo Nhân Dân"))
    assert p is None


def test_resolve_province_host_labels_read_from_the_gazetteer_keys() -> None:
    from extractor.gazetteer import ascii_key, load
    from extractor.resolve import _host_province

    gz = load()
    # the specification: the ASCII key of every province variant of five letters or more
    fresh = {
        ascii_key(v): p.code
        for p in gz.provinces.values()
        for v in p.variants
        if len(ascii_key(v)) >= 5
    }
    for key, code in fresh.items():
        for url in (f"https://sotttt.{key}.gov.vn/tin", f"https://www.bao{key}.vn/x"):
            hit = _host_province(gz, url)
            assert hit is not None and hit[0] == code, url
    for url, code in (
        ("https://sotttt.kontum.gov.vn/tin", fresh.get("kontum")),
        ("https://www.baodaklak.vn/x", fresh.get("daklak")),
        ("baobinhduong.vn", fresh.get("binhduong")),
    ):
        assert code
        hit = _host_province(gz, url)
        assert hit is not None and hit[0] == code, url
    assert _host_province(gz, "https://example.com/") is None
    assert _host_province(gz, "https://hue.gov.vn/") is None  # under five letters: no key
    assert _host_province(gz, None) is None


def test_resolve_province_city_named_like_its_province_counts_once() -> None:
    # sggp.org.vn (2025-10, DTI 2024): a national ranking in a Hồ Chí Minh City paper; "TP Huế"
    # is the province Huế once, not also its district-level city
    text = (
        "Ngày 21-10, Bộ KH-CN đã công bố kết quả DTI năm 2024. Theo đó, Hà Nội dẫn đầu cả "
        "nước, thứ 2 là TP Huế, tiếp theo là TP Hải Phòng và TPHCM."
    )
    p = resolve_province(text, Cleaned(text=text, url="https://www.sggp.org.vn/x-post819198.html"))
    assert p is not None and p.name == "Thành phố Hồ Chí Minh"
    assert all(e.pattern != "province.district" for e in p.evidence)


def test_resolve_province_national_ranking_names_provinces_in_passing() -> None:
    # baomoi.net.vn 2025-04 (c51908021): the PAR Index 2024 of all 63 provinces
    text = normalize(
        "Ngày 6/4, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã trình bày báo cáo và công bố kết "
        "quả xếp hạng Chỉ số cải cách hành chính (PAR Index) năm 2024 của Ủy ban nhân dân các "
        "tỉnh, thành phố trực thuộc Trung ương. Đây là năm thứ hai liên tiếp toàn bộ 63 tỉnh, "
        "thành phố đều đạt chỉ số trên 80%. Cụ thể, có 53 địa phương ghi nhận mức tăng chỉ số "
        "so với năm 2023, trong đó, tỉnh Bình Thuận tăng mạnh nhất với 6,39%; Lai Châu có mức "
        "tăng thấp nhất là 0,19%."
    ).text
    title = "Hai tỉnh nào có chỉ số cải cách hành chính cao nhất?"
    assert resolve_province(text, Cleaned(text=text, title=title)) is None
    # the same sentence in an article whose title names the province is about it
    named = Cleaned(text=text, title="Bình Thuận tăng mạnh nhất về chỉ số cải cách hành chính")
    p = resolve_province(text, named)
    assert p is not None and p.name == "Bình Thuận"


def test_resolve_province_host_label_ending_with_a_province() -> None:
    # http://tnmttuyenquang.gov.vn/tin-tuc/chinh-tri-xa-hoi/trang-784.html and
    # https://hdndtuyenquang.gov.vn/...: the text says only "UBND tỉnh"; the host names
    # the province after the body's initials
    text = "Ngày 28-10, UBND tỉnh đã tổ chức họp thường kỳ tháng 10-2015."
    for url, name in (
        ("http://tnmttuyenquang.gov.vn/tin-tuc/chinh-tri-xa-hoi/trang-784.html", "Tuyên Quang"),
        ("https://hdndtuyenquang.gov.vn/tin-hoat-dong/tin-tuc-chung/trang-302.html", "Tuyên Quang"),
        ("https://nongthonmoihatinh.vn/vi/news/savefile/huyen-Huong-Khe/x/", "Hà Tĩnh"),
    ):
        p = resolve_province(text, Cleaned(text=text, url=url))
        assert p is not None and p.name == name, url
    # a national outlet whose name merely contains letters of no province's key
    for url in (
        "https://anninhthudo.vn/x",
        "https://laodongthudo.vn/x",
        "https://kinhtedothi.vn/x",
    ):
        assert resolve_province(text, Cleaned(text=text, url=url)) is None, url


def test_resolve_province_central_documents_signing_place_is_not_the_province() -> None:
    # https://hethongphapluat.com/thong-tu-07-2023-tt-bnv-...: a ministry's circular is
    # signed "Hà Nội, ngày ..."; the page is about no province
    text = (
        "BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 07/2023/TT-BNV | Hà Nội, ngày 31 "
        "tháng 5 năm 2023 |\nCăn cứ Nghị định số 63/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của "
        "Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;"
    )
    assert resolve_province(text, Cleaned(text=text)) is None
    # luatminhkhue.vn: a joint circular of two ministries, the header on its own lines
    joint = "Số: 68/2013/TTLT-BTC-BLĐTBXH\n\nHà Nội, ngày 21 tháng 5 năm 2013\n\nTHÔNG TƯ LIÊN TỊCH"
    assert resolve_province(joint, Cleaned(text=joint)) is None
    # the city's own people's committee signs there too: that is Hà Nội
    city = "Số: 3728/QĐ-UBND | Hà Nội, ngày 03 tháng 09 năm 2019 |\nQUYẾT ĐỊNH"
    p = resolve_province(city, Cleaned(text=city))
    assert p is not None and p.name == "Hà Nội"


def test_resolve_province_ranking_of_provinces_names_none() -> None:
    # https://daidoanket.vn/chi-so-nang-luc-canh-tranh-cap-tinh-10005551.html: the PCI 2014
    # ranking names its first, its last and the capital once each; it is about none of them
    text = (
        "Ngày 16-4, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) đã công bố chỉ số năng lực "
        "cạnh tranh cấp tỉnh (PCI) năm 2014. Đà Nẵng tiếp tục giữ vị trí quán quân, trong khi "
        "đó đứng chót bảng là tỉnh Điện Biên. Điều bất ngờ là Thủ đô Hà Nội chỉ xếp hạng thứ 26."
    )
    title = "Chỉ số năng lực cạnh tranh cấp tỉnh"
    assert resolve_province(text, Cleaned(text=text, title=title)) is None
    # a province's own ranking names it in the title: still that province
    own = Cleaned(text=text, title="Điện Biên đứng chót bảng PCI 2014")
    p = resolve_province(text, own)
    assert p is not None and p.name == "Điện Biên"


def test_resolve_province_site_folder_of_a_shared_host() -> None:
    # https://dangcongsan.org.vn:443/tinhuybinhdinh/lists/xaydungdang/view_detail.aspx?itemid=655
    # one host serves the provinces' party portals, each in its own folder
    text = "Sáng ngày 27/5, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị thông báo kết quả Hội nghị."
    url = "https://dangcongsan.org.vn:443/tinhuybinhdinh/lists/xaydungdang/view_detail.aspx?itemid=655"
    p = resolve_province(text, Cleaned(text=text, url=url))
    assert p is not None and p.name == "Bình Định"
    assert p.evidence[0].pattern == "province.url_path"
    # a hyphenated news section is a desk, not a site; a plain section names no province
    for other in ("https://nhandan.vn/ha-noi/bai-1.html", "https://dangcongsan.vn/xaydungdang/1"):
        assert resolve_province(text, Cleaned(text=text, url=other)) is None


def test_resolve_province_district_named_by_the_host() -> None:
    # http://luongson.thuongxuan.gov.vn/web/trang-chu/bo-may-hanh-chinh/hoi-dong-nhan-dan-xa
    # a commune portal under its district's domain; the text names only the commune
    text = "Sáng ngày 10/7/2024, HĐND xã Lương Sơn tổ chức kỳ họp thứ 10, HĐND xã khóa XXI."
    url = "http://luongson.thuongxuan.gov.vn/web/trang-chu/bo-may-hanh-chinh/hoi-dong-nhan-dan-xa"
    p = resolve_province(text, Cleaned(text=text, url=url))
    assert p is not None and p.name == "Thanh Hóa"
    assert p.evidence[0].pattern == "province.url_district"
    # a district name several provinces share places nothing ("chauthanh": five provinces)
    url = "http://xyz.chauthanh.gov.vn/tin-tuc/1"
    assert resolve_province(text, Cleaned(text=text, url=url)) is None
