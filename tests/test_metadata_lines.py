"""Text-level metadata helpers: datelines, bylines, person names, the site."""

from __future__ import annotations

import pytest

from extractor.metadata import (
    Byline,
    clean_author,
    is_person_name,
    parse_byline,
    parse_dateline,
    parse_name_line,
    site_from_footer,
    site_from_lead,
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("12:00, 15/12/2021", "2021-12-15T12:00:00+07:00"),
        ("Ngày đăng: 07/12/2021  10:33", "2021-12-07T10:33:00+07:00"),
        ("Ngày cập nhật 13/09/2021", "2021-09-13"),
        ("Thứ 2, Ngày 27/09/2021, 21:00", "2021-09-27T21:00:00+07:00"),
        ("Cập nhật lúc 10:15 ngày 27/09/2021", "2021-09-27T10:15:00+07:00"),
        ("27/9/2021 10:15:00 PM", "2021-09-27T22:15:00+07:00"),
        ("Thứ Hai, 27/09/2021 - 9h30 (GMT+7)", "2021-09-27T09:30:00+07:00"),
        ("Ngày 10 tháng 9 năm 2021", "2021-09-10"),
        ("Đăng ngày: 01-02-2022", "2022-02-01"),
    ],
)
def test_metadata_dateline_to_iso(line: str, iso: str) -> None:
    dl = parse_dateline(line)
    assert dl is not None and dl.iso == iso and not dl.clock


def test_metadata_dateline_with_author() -> None:
    dl = parse_dateline("27/09/2021 | Phương Chi")
    assert dl is not None and dl.iso == "2021-09-27" and dl.author == "Phương Chi"
    dl = parse_dateline("VĂN HÀO - TRẦN HỮU 30/04/2016 11:39")
    # capitals are the portal's typography: the name is stored in its usual case
    assert dl is not None and dl.author == "Văn Hào - Trần Hữu"
    assert dl.iso == "2016-04-30T11:39:00+07:00"


def test_metadata_clock_is_flagged() -> None:
    dl = parse_dateline("Chủ nhật, Ngày 04/06/2023 -")
    assert dl is not None and dl.clock


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 10/12/2021, UBND tỉnh ban hành Quyết định số 3478/QĐ-UBND.",
        "Tổng truy cập 5.766.849",
        "31/02/2021",  # no such day
        "Giai đoạn 2021 - 2025 | Kế hoạch cải cách hành chính",
    ],
)
def test_metadata_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    "name", ["Thúy Hồng", "Lan Anh", "Hà Thanh Tuấn", "Nguyễn T. Hà", "Đoàn Thị Trang"]
)
def test_metadata_person_name(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "text",
    [
        "QUAN ĐIỂM",  # an all-caps heading
        "Toàn cảnh cuộc họp",  # a caption
        "Sở Nội Vụ",  # a body
        "Thông Tin Tuyên Truyền",  # a section name
        "Hà",  # one syllable
        "Nguyễn Văn An Bình Minh Tuấn",  # six syllables
        "Lan Anh.",  # sentence punctuation
        "Năm 2021",  # a digit
    ],
)
def test_metadata_not_a_person_name(text: str) -> None:
    assert not is_person_name(text)


def test_metadata_all_caps_name_only_when_allowed() -> None:
    assert not is_person_name("VĂN HÀO")
    assert is_person_name("VĂN HÀO", allow_caps=True)


def test_metadata_byline_labels_and_sources() -> None:
    by = parse_byline("Tác giả: Hà Thanh Tuấn")
    assert by is not None and by.author == "Hà Thanh Tuấn" and by.source is None
    by = parse_byline("Bài và ảnh: Hồng Nhung - Văn Tú")
    assert by is not None and by.author == "Hồng Nhung - Văn Tú"
    by = parse_byline("Theo Báo Đắk Lắk")
    assert by is not None and by.source == "Báo Đắk Lắk" and by.author is None
    by = parse_byline("(Nguồn: baochinhphu.vn)")
    assert by is not None and by.source == "baochinhphu.vn"
    assert parse_byline("Theo đó, Chương trình tập trung vào 6 nội dung.") is None


def test_metadata_name_line_with_desk() -> None:
    by = parse_name_line("Minh Anh (TTXVN)")
    assert by is not None and (by.author, by.source) == ("Minh Anh", "TTXVN")
    by = parse_name_line("Ngọc Ánh - Sở Nội vụ")
    assert by is not None and (by.author, by.source) == ("Ngọc Ánh", "Sở Nội vụ")
    assert parse_name_line("Ông Võ Văn Minh") is None  # a caption naming someone
    assert clean_author("Kế hoạch cải cách hành chính") is None


def test_metadata_site_from_lead_and_footer() -> None:
    assert site_from_lead("TTĐT - Chiều 27-9, tại Trung tâm Hành chính tỉnh") == (
        "Trang thông tin điện tử"
    )
    assert site_from_lead("Chiều 27-9, tại Trung tâm Hành chính tỉnh") is None
    assert site_from_footer(["Bản quyền thuộc Báo Đắk Lắk"]) == "Báo Đắk Lắk"
    assert site_from_footer(["Điện thoại: 0262.3852.459"]) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Ngày xuất bản: 2021-09-27", "2021-09-27"),
        ("2021-09-27 10:15:00", "2021-09-27T10:15:00+07:00"),
        ("Đăng lúc 10:15 - 27.09.2021", "2021-09-27T10:15:00+07:00"),
        ("Cập nhật lúc: 27/09/2021 10:15 (GMT+07:00)", "2021-09-27T10:15:00+07:00"),
        ("27/09/2021 10:15 - Lượt xem: 1.234", "2021-09-27T10:15:00+07:00"),
    ],
)
def test_metadata_dateline_other_cms_formats(line: str, iso: str) -> None:
    dl = parse_dateline(line)
    assert dl is not None and dl.iso == iso


def test_metadata_credit_to_a_writer_of_another_paper() -> None:
    # http://bandantoc.tuyenquang.gov.vn/tin-tuc/tin-hoat-dong/na-hang-co-73-nguoi-uy-tin-duoc-pho-bien-phap-luat-212.html
    # closes with "(theo Lê Duy, Báo Tuyên Quang)": the writer is the author, the paper
    # the source
    want = Byline(author="Lê Duy", source="Báo Tuyên Quang")
    assert parse_byline("(theo Lê Duy, Báo Tuyên Quang)") == want
    assert parse_byline("Theo Lê Duy/Báo Tuyên Quang") == want
    assert parse_byline("Theo Lê Duy (Báo Tuyên Quang)") == want
    # a paper alone, or two places, stay as they were
    assert parse_byline("(Theo Báo Tuyên Quang)") == Byline(source="Báo Tuyên Quang")
    assert parse_byline("Theo Bộ Nội vụ, Báo Chính phủ") is None
