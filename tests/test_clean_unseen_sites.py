"""clean_text on the heads of real pages from sites outside the corpus, as the search
index stores them flattened (one block per line). Each test names the page it comes from;
the lines are the page's own, shortened to the head that decides title, date and author."""

from __future__ import annotations

from extractor.clean import clean_text
from extractor.metadata import parse_dateline
from extractor.normalize import normalize


def _clean(page: str, url: str | None = None):  # type: ignore[no-untyped-def]
    return clean_text(normalize(page).text, url=url)


# https://nvsk.vnanet.vn/chi-so-hai-long-cua-nguoi-dan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-sipas-nam-2023-1-145154.vna
VNANET = """[Infographics] Chỉ số Hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023

Hà Nội (TTXVN 18/4/2024) Người dân hài lòng đối với sự phục vụ của cơ quan hành chính Nhà nước nói chung trong cả nước năm 2023 (SIPAS 2023) ở mức 82,66%, tăng 2,58% so với năm 2022 (80,08%). Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà nước ở 63 tỉnh, thành phố nằm trong khoảng 75,03% - 90,61%.

Chỉ số hài lòng về sự phục vụ hành chính 2023 (SIPAS 2023): Quảng Ninh dẫn đầu
"""


def test_clean_agency_date_in_the_lead_dates_an_undated_page() -> None:
    out = _clean(VNANET)
    assert out.published == "2024-04-18"
    assert out.title is not None and out.title.startswith("[Infographics] Chỉ số Hài lòng")
    assert out.text.startswith("Hà Nội (TTXVN 18/4/2024) Người dân hài lòng")  # the lead stays
    assert any("lead" in w for w in out.warnings)


def test_clean_place_date_agency_lead_dates_an_undated_page() -> None:
    page = VNANET.replace("Hà Nội (TTXVN 18/4/2024) ", "Hà Nội, ngày 18/4/2024 (TTXVN) - ")
    assert _clean(page).published == "2024-04-18"


def test_clean_lead_date_never_beats_the_dateline() -> None:
    head, rest = VNANET.split("\n", 1)
    out = _clean(f"{head}\n20/04/2024 09:15\n{rest}")
    assert out.published == "2024-04-20T09:15:00+07:00"


def test_clean_a_date_inside_the_lead_sentence_is_no_dateline() -> None:
    page = VNANET.replace("Hà Nội (TTXVN 18/4/2024) ", "Ngày 18/4/2024 (thứ Năm), ")
    assert _clean(page).published is None


# https://ictvietnam.vn/print/32012.html and https://ictvietnam.vn/print/22653.html
ICTVIETNAM = """Chuyển đổi số và chính phủ thông minh
Chính phủ số - Ngày đăng : 11:49, 25/07/2020
Những nội dung dưới đây sẽ làm rõ hơn các định nghĩa về Chính phủ điện tử (CPĐT), Chính phủ thông minh, giá trị cốt lõi của chính phủ, những chức năng cơ bản cho những nhóm người sử dụng CPĐT.
Một số định nghĩa
Theo Liên Hiệp Quốc (UN, 2014), Chính phủ điện tử là việc sử dụng và áp dụng công nghệ thông tin trong hành chính công nhằm hợp lý hóa và tích hợp quy trình công việc.
"""


def test_clean_section_name_before_the_labelled_date_is_a_dateline() -> None:
    out = _clean(ICTVIETNAM, url="https://ictvietnam.vn/print/32012.html")
    assert out.title == "Chuyển đổi số và chính phủ thông minh"
    assert out.published == "2020-07-25T11:49:00+07:00"
    assert "Ngày đăng" not in out.text
    dl = parse_dateline("Chuyển đổi số - Ngày đăng : 07:25, 04/01/2022")
    assert dl is not None and dl.iso == "2022-01-04T07:25:00+07:00"
    assert parse_dateline("Cách mạng tháng Tám - ngày 19/8/1945") is None


# https://sct.dongnai.gov.vn/vi/news/Chuyen-doi-so/lanh-dao-so-cong-thuong-da-tham-du-hop-du-nghe-bao-cao-tom-tat-chuyen-doi-so-quoc-gia-4589.html
DONGNAI = """Chào mừng dịp kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9

Lãnh đạo Sở Công Thương đã tham dự họp, dự nghe BÁO CÁO TÓM TẮT Chuyển đổi số quốc gia

Chủ nhật - 26/02/2023 19:52
  • Xem với cỡ chữ
  •
  •
Hội nghị trực tuyến toàn quốc về chuyển đổi số năm 2023 đã được tổ chức vào lúc 08h00 ngày 25/02/2023, Lãnh đạo Sở Công Thương đã tham dự họp, dự nghe báo cáo tóm tắt Chuyển đổi số quốc gia, cụ thể như sau:

BÁO CÁO TÓM TẮT

Chuyển đổi số quốc gia

(Phục vụ Phiên họp lần thứ năm của Ủy ban Quốc gia về chuyển đổi số

Hội nghị trực tuyến toàn quốc về chuyển đổi số năm 2023)

Chuyển đổi số không chỉ là xu hướng mà đã trở thành yêu cầu tất yếu khách quan đối với mỗi quốc gia và trong mọi lĩnh vực. Đảng và Nhà nước đã và đang đặc biệt quan tâm đến chuyển đổi số, thể hiện bằng các chủ trương, đường lối tại nhiều văn bản mang tính chiến lược như: Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị, Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”.
"""


def test_clean_lead_under_the_dateline_split_by_a_heading_block_is_kept() -> None:
    out = _clean(DONGNAI)
    assert out.title == (
        "Lãnh đạo Sở Công Thương đã tham dự họp, dự nghe BÁO CÁO TÓM TẮT Chuyển đổi số quốc gia"
    )
    assert out.published == "2023-02-26T19:52:00+07:00"
    paras = out.text.split("\n\n")
    assert paras[0].startswith("Hội nghị trực tuyến toàn quốc về chuyển đổi số năm 2023 đã được")
    assert "BÁO CÁO TÓM TẮT" in paras and paras[-1].startswith("Chuyển đổi số không chỉ")


# https://baomoi.net.vn/hai-tinh-nao-co-chi-so-cai-cach-hanh-chinh-cao-nhat-c51908021.epi
BAOMOI = """Hai tỉnh nào có chỉ số cải cách hành chính cao nhất?
Theo báo cáo do Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà vừa công bố, 2 tỉnh nào có chỉ số cải cách hành chính cao nhất năm 2024?
Ngày 6/4, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã trình bày báo cáo và công bố kết quả xếp hạng Chỉ số cải cách hành chính (PAR Index) năm 2024 của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Kết quả được xây dựng dựa trên khảo sát ý kiến của người dân, cán bộ, công chức, cùng các nhà quản lý tại các bộ, ngành, địa phương, hội và hiệp hội, với tổng số hơn 85.600 phiếu thu thập được.
"""


def test_clean_question_headline_at_the_top_is_the_title() -> None:
    out = _clean(BAOMOI)
    assert out.title == "Hai tỉnh nào có chỉ số cải cách hành chính cao nhất?"
    assert out.text.startswith("Theo báo cáo do Bộ trưởng Bộ Nội vụ")


def test_clean_question_under_a_headline_stays_in_the_text() -> None:
    out = _clean("Chỉ số cải cách hành chính năm 2024 của các địa phương\n" + BAOMOI)
    assert out.title == "Chỉ số cải cách hành chính năm 2024 của các địa phương"
    assert out.text.startswith("Hai tỉnh nào có chỉ số cải cách hành chính cao nhất?")


# https://www.quanlynhanuoc.vn/2025/03/25/thuc-tien-xay-dung-chinh-quyen-so-tai-tinh-bac-kan-hien-nay
QUANLYNHANUOC = """Thực tiễn xây dựng chính quyền số tại tỉnh Bắc Kạn hiện nay

TS. Trần Thị Huyền Trang
Học viện Chính sách và phát triển
ThS. Nguyễn Hải Yến
Trường Chính trị tỉnh Bắc Kạn

(Quanlynhanuoc) – Sự xuất hiện của chính phủ số đã tạo nền tảng phát triển hạ tầng số phục vụ các hoạt động cần thiết trong cơ quan nhà nước và đạt được những kết quả đáng ghi nhận.

Từ khóa: Chuyển đổi số, chính phủ số, chính quyền số, thách thức, tỉnh Bắc Kạn.

1. Đặt vấn đề

Trong bối cảnh cuộc cách mạng công nghiệp 4.0 và xu hướng chuyển đổi số đang diễn ra mạnh mẽ, thâm nhập sâu và phát huy vai trò trong tất cả các lĩnh vực của đời sống xã hội.
"""


def test_clean_degree_bylines_and_affiliations_are_not_the_title() -> None:
    out = _clean(QUANLYNHANUOC)
    assert out.title == "Thực tiễn xây dựng chính quyền số tại tỉnh Bắc Kạn hiện nay"
    assert out.author == "Trần Thị Huyền Trang"
    assert out.text.startswith("(Quanlynhanuoc) – Sự xuất hiện")
    assert "Học viện Chính sách" not in out.text
