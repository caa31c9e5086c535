"""The domain table: provincial portals and papers, subdomains, national outlets."""

from __future__ import annotations

import pytest

from extractor.sites import all_sites, host_of, site_for_url


@pytest.mark.parametrize(
    ("url", "name", "province"),
    [
        ("https://baodaklak.vn/chinh-tri/202112/abc/", "Báo Đắk Lắk", "Đắk Lắk"),
        ("https://www.baodaklak.vn/", "Báo Đắk Lắk", "Đắk Lắk"),
        ("daklak.gov.vn", "Cổng thông tin điện tử tỉnh Đắk Lắk", "Đắk Lắk"),
        (
            "https://m.kontum.gov.vn/Default.aspx?tabid=98",
            "Cổng thông tin điện tử tỉnh Kon Tum",
            "Kon Tum",
        ),
        (
            "https://thuathienhue.gov.vn:443/vi-vn/",
            "Cổng thông tin điện tử tỉnh Thừa Thiên Huế",
            "Thừa Thiên Huế",
        ),
        (
            "https://www.binhduong.gov.vn/Lists/TinTuc/View_Detail.aspx?ItemID=1",
            "Cổng thông tin điện tử tỉnh Bình Dương",
            "Bình Dương",
        ),
        ("https://baobinhduong.vn/a213791.html", "Báo Bình Dương", "Bình Dương"),
        ("https://baothuathienhue.vn/x", "Báo Thừa Thiên Huế", "Thừa Thiên Huế"),
        ("https://baodongkhoi.vn/x", "Báo Đồng Khởi", "Bến Tre"),
        ("https://baoapbac.vn/x", "Báo Ấp Bắc", "Tiền Giang"),
        (
            "https://hochiminhcity.gov.vn/x",
            "Cổng thông tin điện tử thành phố Hồ Chí Minh",
            "Hồ Chí Minh",
        ),
        (
            "HTTPS://BARIA-VUNGTAU.GOV.VN/",
            "Cổng thông tin điện tử tỉnh Bà Rịa - Vũng Tàu",
            "Bà Rịa - Vũng Tàu",
        ),
        # the provincial paper under its 2025 name
        ("https://huengaynay.vn/kinh-te/x-159011.html", "Báo Huế ngày nay", "Thừa Thiên Huế"),
    ],
)
def test_sites_provincial_outlets(url: str, name: str, province: str) -> None:
    info = site_for_url(url)
    assert info is not None
    assert (info.name, info.province) == (name, province)


def test_sites_every_province_has_its_portal() -> None:
    portals = [s for d, s in all_sites().items() if d.endswith(".gov.vn") and s.province]
    provinces = {s.province for s in portals}
    assert len(provinces) == 63
    # and a provincial paper is known for most of them
    papers = {
        s.province
        for d, s in all_sites().items()
        if not d.endswith((".gov.vn", ".dcs.vn")) and s.province
    }
    assert len(papers) >= 55


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/x",
        "https://gov.vn/",
        "https://notdaklak.vn/",
        "",
        "not a url at all",
        "https://fakedaklak.gov.vn.evil.com/",
    ],
)
def test_sites_unknown_domains(url: str) -> None:
    assert site_for_url(url) is None


def test_sites_national_outlet_has_no_province() -> None:
    info = site_for_url("https://nhandan.vn/abc-post1.html")
    assert info is not None and info.province is None


def test_sites_host_normalisation() -> None:
    assert host_of("https://WWW.BaoDakLak.vn:8080/path?q=1") == "baodaklak.vn"
    assert host_of("baodaklak.vn/path") == "baodaklak.vn"


@pytest.mark.parametrize(
    ("url", "name", "province"),
    [
        # a district's portal under the province's: named from the gazetteer's districts
        # (https://huongtra.thuathienhue.gov.vn/?cn=724&gd=8&tc=32188, a programme of the
        # thị xã's people's committee; http://dakrlap.daknong.gov.vn/ke-hoach-...-2023)
        (
            "https://huongtra.thuathienhue.gov.vn/?cn=724&gd=8&tc=32188",
            "Cổng thông tin điện tử thị xã Hương Trà",
            "Thừa Thiên Huế",
        ),
        (
            "http://dakrlap.daknong.gov.vn/ke-hoach-hoat-dong-cua-ban-chi-dao",
            "Cổng thông tin điện tử huyện Đắk R'Lấp",
            "Đắk Nông",
        ),
        ("https://badinh.hanoi.gov.vn/x", "Cổng thông tin điện tử quận Ba Đình", "Hà Nội"),
        # a department's portal: named from its host label
        (
            "https://sotttt.kontum.gov.vn/Default.aspx?tabid=98",
            "Sở Thông tin và Truyền thông tỉnh Kon Tum",
            "Kon Tum",
        ),
        ("https://sonoivu.binhduong.gov.vn/x", "Sở Nội vụ tỉnh Bình Dương", "Bình Dương"),
        ("http://tuphap.hatinh.gov.vn/chi-tiet-tin-tuc/x", "Sở Tư pháp tỉnh Hà Tĩnh", "Hà Tĩnh"),
        (
            "http://bandantoc.tuyenquang.gov.vn/tin-tuc/tin-hoat-dong/x-212.html",
            "Ban Dân tộc tỉnh Tuyên Quang",
            "Tuyên Quang",
        ),
        (
            "https://vpub.hochiminhcity.gov.vn/x",
            "Văn phòng Ủy ban nhân dân thành phố Hồ Chí Minh",
            "Hồ Chí Minh",
        ),
        # a commune's portal (under its district's or straight under the province's): its
        # name cannot be spelled from the label, so none; the province stays
        # (https://xatinhtra.sontinh.quangngai.gov.vn/page/Article/News/detail/67d14d9f10e9464b9f042acb)
        ("https://xatinhtra.sontinh.quangngai.gov.vn/page/x", None, "Quảng Ngãi"),
        ("http://tanky.tuky.haiduong.gov.vn/Article/x/9222.html", None, "Hải Dương"),
        ("https://xasonlinh.hatinh.gov.vn/portal/x.aspx", None, "Hà Tĩnh"),
        # a service of the portal with its own label: unknown too
        ("https://cchc.khanhhoa.gov.vn/x", None, "Khánh Hòa"),
    ],
)
def test_sites_sub_site_of_a_portal_is_not_the_portal(
    url: str, name: str | None, province: str
) -> None:
    info = site_for_url(url)
    assert info is not None
    assert (info.name, info.province) == (name, province)


def test_sites_district_label_of_another_province_is_not_a_district() -> None:
    # "sontinh" is a district of Quảng Ngãi, not of Kon Tum: not read as one there
    info = site_for_url("https://sontinh.kontum.gov.vn/x")
    assert info is not None and info.name is None and info.province == "Kon Tum"


@pytest.mark.parametrize(
    ("url", "name", "province"),
    [
        # the provincial Party committee's portal
        # (https://soctrang.dcs.vn/Default.aspx?sname=tinhuy&sid=4&pageid=469&catid=54426&id=301987)
        (
            "https://soctrang.dcs.vn/Default.aspx?sname=tinhuy&sid=4",
            "Cổng thông tin điện tử Đảng bộ tỉnh Sóc Trăng",
            "Sóc Trăng",
        ),
        # a district's committee under it
        # (http://tranvanthoi.camau.dcs.vn/dai-hoi-diem-va-thi-diem-chu-truong-dai-hoi-truc-tiep-bau-bi-thu-cap-uy.670)
        (
            "http://tranvanthoi.camau.dcs.vn/dai-hoi-diem.670",
            "Cổng thông tin điện tử Đảng bộ huyện Trần Văn Thời",
            "Cà Mau",
        ),
        # the city's committee (thành ủy) of a province: not named from its label
        ("http://thanhuy.hungyen.dcs.vn/xa-hung-cuong-c29076.html", None, "Hưng Yên"),
    ],
)
def test_sites_party_committee_portals(url: str, name: str | None, province: str) -> None:
    info = site_for_url(url)
    assert info is not None
    assert (info.name, info.province) == (name, province)
