"""clean_text on the heads of real pages from sites outside the corpus, as the search
index stores them flattened (one block per line). Each test names the page it comes from;
the lines are the page's own, shortened to the head that decides title, date and author."""

from __future__ import annotations

from extractor.clean import clean_text
from extractor.metadata import Byline, parse_byline, parse_dateline
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


# https://vanbanphapluat.co/ke-hoach-328-kh-ubnd-2019-xay-dung-chinh-quyen-dien-tu-huong-toi-chinh-quyen-so-tien-giang
VANBANPHAPLUAT = """Văn bản khác 328/KH-UBND

ỦY BAN NHÂN DÂN
TỈNH TIỀN GIANG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 328/KH-UBND

Tiền Giang, ngày 08 tháng 10 năm 2019



KẾ HOẠCH

XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ HƯỚNG TỚI CHÍNH QUYỀN SỐ CỦA TỈNH TIỀN GIANG GIAI ĐOẠN 2019 - 2020, ĐỊNH HƯỚNG ĐẾN 2025

Thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025, Ủy ban nhân dân tỉnh Tiền Giang ban hành Kế hoạch với các nội dung cụ thể sau:

I. MỤC TIÊU

1. Mục tiêu tổng quát

- Nâng cao nhận thức của các ngành, các cấp, tạo bước đột phá về đẩy mạnh ứng dụng, phát triển công nghệ thông tin đáp ứng nhu cầu phát triển bền vững và hội nhập quốc tế của tỉnh trong tình hình mới.
"""


def test_clean_document_header_cells_across_blank_lines_are_joined() -> None:
    out = _clean(VANBANPHAPLUAT)
    assert out.title == (
        "KẾ HOẠCH XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ HƯỚNG TỚI CHÍNH QUYỀN SỐ CỦA TỈNH"
        " TIỀN GIANG GIAI ĐOẠN 2019 - 2020, ĐỊNH HƯỚNG ĐẾN 2025"
    )
    assert out.published == "2019-10-08"
    assert out.author is None  # the place of the header is no byline
    assert out.text.startswith("Số: 328/KH-UBND Tiền Giang, ngày 08 tháng 10 năm 2019")


def test_metadata_place_before_the_date_is_no_author() -> None:
    dl = parse_dateline("Tiền Giang, ngày 08 tháng 10 năm 2019")
    assert dl is not None and dl.iso == "2019-10-08" and dl.author is None
    dl = parse_dateline("Phương Chi | 27/09/2021")
    assert dl is not None and dl.author == "Phương Chi"


# https://nhansu.vn/van-ban-phap-luat/Ke-hoach-186-KH-UBND-2025-phat-trien-chinh-quyen-so-Bac-Ninh-giai-doan-2026-2030-687111.html
NHANSU = """Kế hoạch 186/KH-UBND năm 2025 phát triển chính quyền số tỉnh Bắc Ninh giai đoạn 2026-2030
| Số hiệu | 186/KH-UBND |
| Loại văn bản | Kế hoạch |
|
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
|
Số: 186/KH-UBND |
Bắc Ninh, ngày 29 tháng 12 năm 2025 |
KẾ HOẠCH
PHÁT TRIỂN CHÍNH QUYỀN SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026-2030
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW;
Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển Chính quyền số tỉnh Bắc Ninh giai đoạn 2026-2030, cụ thể như sau:
"""


def test_clean_number_cell_closed_by_a_bar_is_joined_to_its_date() -> None:
    out = _clean(NHANSU)
    assert out.published == "2025-12-29"
    assert out.text.startswith("Số: 186/KH-UBND | Bắc Ninh, ngày 29 tháng 12 năm 2025 |")


# https://thachkim.locha.hatinh.gov.vn/vi/news/cai-canh-hanh-chinh/ke-hoach-chuyen-doi-so-va-dam-bao-an-toan-thong-tin-mang-tren-dia-ban-xa-thach-kim-58.html
THACHKIM = """Trang thông tin điện tử xã Thạch Kimhttps://thachkim.locha.hatinh.gov.vn/uploads/banner-xa-thach-kim.jpg
Thứ hai - 11/11/2024 04:09
I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2030; - Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ vềphê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đếnnăm 2030.
"""


def test_clean_banner_with_an_image_address_is_not_the_title() -> None:
    out = _clean(THACHKIM)
    assert out.title is None
    assert out.published == "2024-11-11T04:09:00+07:00"


# https://m.thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-34-2024-QD-UBND-Quy-che-quan-ly-du-lieu-tren-He-thong-nen-co-so-du-lieu-chuyen-nganh-Cao-Bang-624786.aspx
CAOBANG = """Tải văn bản

ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
-------

Số: 34/2024/QĐ-UBND

Cao Bằng, ngày 09 tháng 9 năm 2024

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH, KẾT NỐI, CHIA SẺ, KHAI THÁC VÀ SỬ DỤNG DỮ LIỆU TRÊN HỆ THỐNG NỀN CƠ SỞ DỮ LIỆU CHUYÊN NGÀNH TỈNH CAO BẰNG

ỦY BAN NHÂN DÂN TỈNH CAO BẰNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;

Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;
"""


def test_clean_enacting_authority_under_a_decision_title_is_not_in_it() -> None:
    out = _clean(CAOBANG)
    assert out.title == (
        "QUYẾT ĐỊNH BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH, KẾT NỐI, CHIA SẺ, KHAI THÁC VÀ SỬ DỤNG"
        " DỮ LIỆU TRÊN HỆ THỐNG NỀN CƠ SỞ DỮ LIỆU CHUYÊN NGÀNH TỈNH CAO BẰNG"
    )
    assert out.published == "2024-09-09"
    assert "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" in out.text.split("\n\n")


# https://dinhhung.yendinh.thanhhoa.gov.vn/thu-tuc-hanh-chinh/ke-hoach-cai-cach-hanh-chinh-xa-dinh-hung-nam-2025-281871
DINHHUNG = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐỊNH HƯNG Độc lập - Tự do - Hạnh phúc
Số: 01 /KH-UBND Định Hưng, ngày 03 tháng 01 năm 2025
KẾ HOẠCH
Cải cách hành chính xã Định Hưng năm 2025
Thực hiện 263/KH-UBNDngày 31/12/2024 của Chủ tịch Ủy ban nhân dân huyện Yên Định về Ban hành Kế hoạch cải cách hành chính trên địa bàn huyện Yên Định năm 2025. Ủy ban nhân dân xã ban hành Kế hoạch Cải cách hành chính xã Định Hưng năm 2025, cụ thể như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công; sắp xếp tổ chức bộ máy cơ quan nhà nước; cải thiện mạnh mẽ môi trường đầu tư kinh doanh; hiện đại hoá phương thức quản lý, điều hành.
"""


def test_clean_header_cells_joined_by_spaces_and_a_sentence_case_document_title() -> None:
    out = _clean(DINHHUNG)
    # the motto row with the commune's name is a form, not the headline
    assert out.title == "KẾ HOẠCH Cải cách hành chính xã Định Hưng năm 2025"
    assert out.published == "2025-01-03"
    assert "Hạnh phúc" not in out.text


# https://huengaynay.vn/kinh-te/khoa-hoc-cong-nghe/hue-xep-thu-2-toan-quoc-ve-muc-do-chuyen-doi-so-159011.html
HUENGAYNAY = """Lãnh đạo TP. Huế (thứ hai từ trái sang) cùng lãnh đạo các địa phương được tôn vinh. Ảnh: BTC

Chương trình chào mừng Ngày Chuyển đổi số Quốc gia năm nay có chủ đề: "Chuyển đổi số: Nhanh hơn-hiệu quả hơn-gần dân hơn."

Tại Chương trình, Bộ Khoa học và Công nghệ cũng tôn vinh các tập thể, cá nhân có nhiều thành tích trong công cuộc Chuyển đổi số quốc gia, đồng thời, công bố kết quả xếp hạng mức độ Chuyển đổi số (DTI) năm 2024 của các tỉnh, thành phố.

Trong tốp 5 địa phương dẫn đầu về DTI năm 2024, Huế vươn lên xếp vị trí thứ 2 toàn quốc (tăng 1 bậc so với năm 2023).
"""


def test_clean_caption_with_a_photo_credit_is_not_the_title() -> None:
    out = _clean(HUENGAYNAY)
    assert out.title is None
    assert out.text.startswith("Chương trình chào mừng Ngày Chuyển đổi số Quốc gia")


# https://thuvienphapluat.vn/bulletin/document.aspx?bid=c7681d18-9c00-4a9c-8ec6-ba8459b62a0e
# (Trà Vinh, NQ 15/2020/NQ-HĐND): text wrapped at a fixed width, a date cut after "năm"
TRAVINH_WRAPPED = """QUYẾT NGHỊ:
Điều 1. Thống nhất với báo cáo của Ủy ban nhân dân
tỉnh về kết quả thực hiện Nghị quyết số 95/2019/NQ-HĐND ngày 10 tháng 12 năm
2019 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm
2020.
Điều 2. Hội đồng nhân dân tỉnh thống nhất các mục tiêu, chỉ tiêu,
nhiệm vụ và giải pháp chủ yếu phát triển kinh tế - xã hội năm 2021, nhất là các
giải pháp đã được đề ra trong báo cáo của Ủy ban nhân dân tỉnh.
"""


def test_clean_wrapped_date_cut_after_its_year_word_is_joined() -> None:
    out = _clean(TRAVINH_WRAPPED)
    assert "ngày 10 tháng 12 năm 2019 của Hội đồng nhân dân tỉnh" in out.text
    assert "kinh tế - xã hội năm 2020." in out.text
    # a headline ending in "năm" keeps its dateline
    from extractor.clean import _joinable

    assert not _joinable("Đẩy mạnh cải cách hành chính 6 tháng cuối năm", "12/07/2025 10:30")


# https://m.thanhnien.vn/phat-trien-kinh-te-so-dat-20-gdp-vao-nam-2025-post1445066.html
THANHNIEN = """Phát triển kinh tế số đạt 20% GDP vào năm 2025

0 Thanh Niên

Đánh giá tác giả

Thủ tướng Chính phủ vừa ban hành Quyết định số 411/QĐ-TTg phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030.

Theo đó, kinh tế số là hoạt động kinh tế sử dụng công nghệ số và dữ liệu số làm yếu tố đầu vào chính, sử dụng môi trường số làm không gian hoạt động chính. Mục tiêu cụ thể là phát triển kinh tế số đạt 20% GDP năm 2025; Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%.
"""


def test_clean_counter_and_rating_button_under_the_headline_are_not_the_title() -> None:
    out = _clean(THANHNIEN)
    assert out.title == "Phát triển kinh tế số đạt 20% GDP vào năm 2025"
    assert "Đánh giá tác giả" not in out.text and "0 Thanh Niên" not in out.text


# https://www.tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/page-338 (NukeViet)
TAYNINH = """- 12/05/2016 04:00:00 PM
- Đã xem: 128
- Phản hồi: 0
Nhằm đánh giá thực chất kết quả thực hiện công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương. Trong đó, nắm được những kết quả nổi bật cũng như những hạn chế trong công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương để kịp thời chấn chỉnh; Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển khai công tác kiểm tra thực hiện cải cách hành chính trên địa bàn tỉnh năm 2016.
"""


def test_clean_item_details_as_a_dash_list_give_the_date_and_are_chrome() -> None:
    out = _clean(TAYNINH)
    assert out.published == "2016-05-12T16:00:00+07:00"
    assert out.text.startswith("Nhằm đánh giá thực chất")


# https://hungthinh.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/ke-hoach-cai-cach-hanh-chinh-xa-hung-thinh-2025-174.html
HUNGTHINH = """I. MỤC TIÊU, YÊU CẦU
1. Mục tiêu
Xây dựng nền hành chính hiện đại, chuyên nghiệp, dân chủ, công khai, minh bạch, liêm chính, tinh gọn, hiệu lực, hiệu quả, phục vụ tốt hơn nhu cầu của người dân và doanh nghiệp trên địa bàn xã mới sau khi sáp nhập.
Cải thiện toàn diện các chỉ số đánh giá cải cách hành chính, nhất là Chỉ số PAR INDEX, PAPI, SIPAS, PCI góp phần nâng cao hiệu lực, hiệu quả quản lý nhà nước.
"""


def test_clean_numbered_section_heading_is_not_the_title() -> None:
    assert _clean(HUNGTHINH).title is None


def test_clean_date_in_parentheses_and_release_date_label_are_datelines() -> None:
    # hoabinh.gov.vn (a listing item): the date in parentheses under the headline
    out = _clean(
        "9 tháng đầu năm, tỷ lệ giải quyết hồ sơ thủ tục hành chính đạt 96,6%\n(21/09/2022)\n"
        "Trong 9 tháng đầu năm 2022, các cấp, các ngành từ tỉnh đến cơ sở đã xác định nhiệm vụ "
        "cải cách hành chính là một trong những nhiệm vụ trọng tâm trong công tác chỉ đạo, "
        "điều hành.\n"
    )
    assert out.published == "2022-09-21"
    assert out.title == "9 tháng đầu năm, tỷ lệ giải quyết hồ sơ thủ tục hành chính đạt 96,6%"
    # vov1.vov.gov.vn: "Ngày phát hành" labels the release date; it is no headline
    out = _clean(
        "Ngày phát hành 13:30 | 16/9/2021\nPhó Thủ tướng Chính phủ Phạm Bình Minh vừa ký ban "
        "hành Chỉ thị số 23 về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành "
        "chính nhà nước giai đoạn 2021 – 2030.\n"
    )
    assert out.published == "2021-09-16T13:30:00+07:00"
    assert out.title is None


def test_clean_view_counter_with_an_icon_label_ends_a_dateline() -> None:
    # laocaitv.vn: "12:42 05-03-2024 | :193" under the headline (the counter's label is an icon)
    out = _clean(
        "Huyện Si Ma Cai đứng thứ nhất về kết quả đo lường Chỉ số hài lòng của người dân (SIPAS)"
        "\n\n12:42 05-03-2024 | :193\n\nLaocaitv.vn - Tỉnh Lào Cai vừa công bố Chỉ số hài lòng "
        "của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước (SIPAS) năm "
        "2023. Theo đó, huyện Si Ma Cai đứng thứ nhất với tỷ lệ hài lòng đạt 86,91%.\n"
    )
    assert out.published == "2024-03-05T12:42:00+07:00"
    assert out.title is not None and out.title.startswith("Huyện Si Ma Cai đứng thứ nhất")


# https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-45-NQ-HDND-2025-ke-hoach-phat-trien-kinh-te-xa-hoi-Tay-Ninh-686800.html
NHANSU_NQ = """Nghị quyết 45/NQ-HĐND năm 2025 về Kế hoạch phát triển kinh tế - xã hội năm 2026 do tỉnh Tây Ninh ban hành
| Số hiệu | 45/NQ-HĐND |
| Loại văn bản | Nghị quyết |
|
HỘI ĐỒNG NHÂN
DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
|
Số: 45/NQ-HĐND |
Tây Ninh, ngày 10 tháng 12 năm 2025 |
VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026
HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH
KHÓA X - KỲ HỌP THỨ 7
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH 15;
Xét Báo cáo số 2289/BC-UBND ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về đánh giá thực hiện Kế hoạch phát triển kinh tế - xã hội ước năm 2025, kế hoạch phát triển kinh tế - xã hội năm 2026.
QUYẾT NGHỊ:
Điều 1. Thống nhất Kế hoạch phát triển kinh tế - xã hội năm 2026 với mục tiêu, chỉ tiêu chủ yếu và nhiệm vụ, giải pháp chủ yếu như sau:
"""


def test_clean_enacting_council_and_session_lines_keep_the_header_with_the_text() -> None:
    out = _clean(NHANSU_NQ)
    # the header (the document's own number and date) stays with the text it heads
    assert out.text.startswith("Số: 45/NQ-HĐND | Tây Ninh, ngày 10 tháng 12 năm 2025 |")
    assert out.published == "2025-12-10"
    # a table cell ("DÂN |") and the session ("KHÓA X - KỲ HỌP THỨ 7") are no headline
    assert out.title is None


# https://thuvienphapluat.vn/bulletin/document.aspx?bid=c7681d18-9c00-4a9c-8ec6-ba8459b62a0e
THUVIEN_SPLIT = """HỘI ĐỒNG
NHÂN DÂN
TỈNH TRÀ VINH
--------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
15/2020/NQ-HĐND
|
Trà Vinh, ngày
09 tháng 12 năm 2020
|
NGHỊ QUYẾT
VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TRÀ VINH NĂM 2021
HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH,
KHÓA IX - KỲ HỌP THỨ 18
Căn cứ Luật Tổ chức chính
quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ban hành văn bản
quy phạm pháp luật ngày 22 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Thống nhất với báo cáo của Ủy ban nhân dân
tỉnh về kết quả thực hiện Nghị quyết số 95/2019/NQ-HĐND ngày 10 tháng 12 năm
2019 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm
2020.
"""


def test_clean_number_label_in_a_cell_of_its_own_is_joined_to_its_number() -> None:
    out = _clean(THUVIEN_SPLIT)
    assert out.text.startswith("Số: 15/2020/NQ-HĐND | Trà Vinh, ngày 09 tháng 12 năm 2020")
    assert out.published == "2020-12-09"
    assert out.title == (
        "NGHỊ QUYẾT VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TRÀ VINH NĂM 2021"
    )


# https://plo.vn/phuong-dong-hung-thuan-ra-mat-trang-zalo-cong-dong-tang-toc-chuyen-doi-so-o-co-so-post892711.html
PLO = """Phường Đông Hưng Thuận ra mắt trang Zalo cộng đồng, tăng tốc chuyển đổi số ở cơ sở 23/01/2026 16:01

Ngày 23-1, Đảng ủy - UBND phường Đông Hưng Thuận, TP.HCM tổ chức ra mắt trang Zalo cộng đồng chính thống (Official Account).

Lãnh đạo Đảng ủy - UBND phường Đông Hưng Thuận làm nghi thức ra ra mắt trang Zalo phường Đông Hưng Thuận.

Đây là kênh thông tin chính thống trên không gian mạng của phường, phục vụ việc cung cấp kịp thời chủ trương, chính sách và thông tin điều hành đến người dân.
"""


def test_clean_headline_and_dateline_on_one_line_are_split() -> None:
    out = _clean(PLO)
    assert out.title == (
        "Phường Đông Hưng Thuận ra mắt trang Zalo cộng đồng, tăng tốc chuyển đổi số ở cơ sở"
    )
    assert out.published == "2026-01-23T16:01:00+07:00"
    assert out.text.startswith("Ngày 23-1, Đảng ủy - UBND phường Đông Hưng Thuận")
    # a date inside a sentence is no dateline, a headline ending with a bare date is one line
    page = PLO.replace(" 23/01/2026 16:01", " vào sáng ngày 23/01/2026 16:01")
    assert _clean(page).published is None


# https://truyenhinhcapsongthu.net/top/chi-so-nang-luc-canh-tranh-cap-tinh-pci-viet-nam-nam/70E7HoceIdK0b25
# (a copy of the Bình Định party committee's portal: page title, menu, banner, headline)
BINHDINH = """CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) VIỆT NAM NĂM ...

  • Trang chủ
  • Giới thiệu
    • Tỉnh Bình Định
    • Đảng bộ tỉnh Bình Định
  • Tin tức
    • Hoạt động của tỉnh uỷ
    • Chính trị
  • Hướng dẫn nghiệp vụ
    • Công tác Đảng, Đảng viên
    • Văn thư - Lưu trữ

CHÀO MỪNG ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH BÌNH ĐỊNH

Kinh tế CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) VIỆT NAM NĂM 2021: Bình Định xếp hạng 11, tăng 26 bậc so với năm 2020 Thứ tư 27/04/2022 16:12

Sáng ngày 26/4/2022, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) đã công bố Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2021. Theo đó, Bình Định xếp hạng 11/63 tỉnh, thành phố, tăng 26 bậc so với năm 2020.
"""


def test_clean_page_title_in_capitals_cut_with_dots_is_no_prose() -> None:
    out = _clean(BINHDINH)
    assert out.published == "2022-04-27T16:12:00+07:00"
    assert out.title is not None and out.title.endswith("tăng 26 bậc so với năm 2020")
    assert out.text.startswith("Sáng ngày 26/4/2022, Phòng Thương mại")
    assert "Trang chủ" not in out.text
    # without the dateline, the menu under the cut page title is still not the text
    undated = _clean(BINHDINH.replace(" Thứ tư 27/04/2022 16:12", ""))
    assert undated.text.startswith("Sáng ngày 26/4/2022") and "Trang chủ" not in undated.text


# https://congnghieptieudung.vn/tiem-nang-and-the-manh-ttu28/21 and
# http://doanthanhnien.vn/tin-tuc/xay-dung-doan/thuc-trang-giai-phap-trong-qua-trinh-van-hanh-chinh-quyen-dia-phuong-2-cap-vung-dong-bang-song-hong
def test_metadata_news_posted_label_and_time_date_views_are_datelines() -> None:
    dl = parse_dateline("Tin đăng lúc : 06-05-2020")
    assert dl is not None and dl.iso == "2020-05-06"
    dl = parse_dateline("11:13 30/11/2025 98")
    assert dl is not None and dl.iso == "2025-11-30T11:13:00+07:00"
    page = (
        "Thực trạng, giải pháp trong quá trình vận hành chính quyền địa phương 2 cấp vùng"
        " đồng bằng sông Hồng\n11:13 30/11/2025 98\nXây dựng Đoàn ĐTN: Sáng ngày 29/11/2025,"
        " Học viện Thanh thiếu niên Việt Nam và Trường Đại học Thái Bình đã long trọng tổ"
        " chức Hội thảo khoa học.\n"
    )
    out = _clean(page)
    assert out.title is not None and out.title.startswith("Thực trạng, giải pháp")
    assert out.published == "2025-11-30T11:13:00+07:00"


# https://haugiang.gov.vn/en/web/so-giao-thong-van-tai/xem-chi-tiet-tin/-/tin-tuc/So-Giao-thong-van-tai-trien-khai-Ke-hoach-Chuyen-oi-so-nam-2024-tren-ia-ban-tinh-Hau-Giang49747
HAUGIANG = """KẾ HOẠCH
Chuyển đổi số năm 2024 trên địa bàn tỉnh Hậu Giang
Phần I
ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023
I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2023
Năm 2023, tỉnh Hậu Giang đã cơ bản thực hiện hoàn thành các mục tiêu, nhiệm vụ đề ra trong Kế hoạch số 219/KH-UBND ngày 27/12/2022 của Ủy ban nhân dân (UBND) tỉnh Hậu Giang về Chuyển đổi số trên địa bàn tỉnh Hậu Giang năm 2023.
II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2023
1. Nhận thức số
a) Ngày Chuyển đổi số
Hậu Giang đã quyết định chọn Ngày Chuyển đổi số quốc gia (10/10 hàng năm) làm Ngày Chuyển đổi số tỉnh Hậu Giang. Để hưởng ứng Ngày Chuyển số, Tỉnh đã triển khai các hoạt động như: Đẩy mạnh công tác thông tin, tuyên truyền về hoạt động hưởng ứng Ngày Chuyển đổi số Quốc gia năm 2023.
"""


def test_clean_plan_title_above_its_section_headings_is_the_title() -> None:
    out = _clean(HAUGIANG)
    assert out.title == "KẾ HOẠCH Chuyển đổi số năm 2024 trên địa bàn tỉnh Hậu Giang"
    paras = out.text.split("\n\n")
    assert paras[:3] == [
        "Phần I",
        "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023",
        "I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2023",
    ]
    # a numbered section heading alone above the text is never the headline
    assert _clean(HAUGIANG.split("\n", 4)[4]).title is None


# https://vbpl.freshdesk.com/support/solutions/articles/16000217580 (Báo cáo 5333/BC-VPCP)
VPCP = """VĂN PHÒNG CHÍNH PHỦ
__________

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
___________________________________

Số: 5333/BC-VPCP

Hà Nội, ngày 14 tháng 6 năm 2025

BÁO CÁO

Về việc phát triển Cổng Dịch vụ công Quốc gia trở thành “một cửa số” tập trung, duy nhất của quốc gia
___________________________________

Kính gửi:

Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.

Thực hiện chỉ đạo của Lãnh đạo Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (Thông báo kết luận số 27- TB/TGV ngày 08 tháng 6 năm 2025), Văn phòng Chính phủ xin báo cáo về việc thực hiện nhiệm vụ phát triển Cổng Dịch vụ công quốc gia trở thành “một cửa số” tập trung, duy nhất của quốc gia như sau:
"""


def test_clean_report_title_in_sentence_case_after_a_blank_line_beats_the_issuer() -> None:
    out = _clean(VPCP)
    assert out.title == (
        "BÁO CÁO Về việc phát triển Cổng Dịch vụ công Quốc gia trở thành “một cửa số” tập"
        " trung, duy nhất của quốc gia"
    )
    assert out.published == "2025-06-14"
    assert out.text.startswith("Số: 5333/BC-VPCP Hà Nội, ngày 14 tháng 6 năm 2025")


# https://lawnet.vn/vb/Ke-hoach-40-KH-UBND-2023-khao-sat-do-luong-su-hai-long-nguoi-dan-phuc-vu-cua-co-quan-Hung-Yen-886B6.html
LAWNET = """Kế hoạch 40/KH-UBND năm 2023 về khảo sát đo lường sự hài lòng của người dân và doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh Hưng Yên giai đoạn 2023-2025
Kế hoạch 40/KH-UBND năm 2023 về khảo sát đo lường sự hài lòng của người dân và doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh Hưng Yên giai đoạn 2023-2025
Số hiệu: | 40/KH-UBND | Loại văn bản: | Kế hoạch |
Nơi ban hành: | Tỉnh Hưng Yên | Người ký: | Nguyễn Duy Hưng |
Ngày ban hành: | 03/03/2023 | Ngày hiệu lực: | Đã biết |
Tình trạng: | Đã biết |
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
Số: 40/KH-UBND |
Hưng Yên, ngày 03 tháng 3 năm 2023 |
Căn cứ Chỉ thị số 28-CT/TU ngày 10/8/2022 của Tỉnh ủy về đẩy mạnh công tác cải cách hành chính trên địa bàn tỉnh; Chỉ thị số 06/CT-CTUBND ngày 17/5/2019 của Chủ tịch Ủy ban nhân dân tỉnh về việc nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) tỉnh Hưng Yên;
Để có cơ sở đánh giá chính xác mức độ hiệu quả điều hành, quản lý nhà nước của các cơ quan hành chính nhà nước, Ủy ban nhân dân tỉnh ban hành Kế hoạch khảo sát như sau:
"""


def test_clean_headline_printed_twice_above_a_field_table_is_the_title() -> None:
    out = _clean(LAWNET)
    assert out.title is not None and out.title.startswith(
        "Kế hoạch 40/KH-UBND năm 2023 về khảo sát"
    )
    assert out.published == "2023-03-03"
    assert out.text.startswith("Số: 40/KH-UBND | Hưng Yên, ngày 03 tháng 3 năm 2023 |")
    assert "Người ký" not in out.text and "Kế hoạch 40/KH-UBND năm 2023" not in out.text


# https://moj.gov.vn/qt/tintuc/Pages/hoat-dong-cua-tu-phap-dia-phuong.aspx?ItemID=2232
MOJ = """Sơn La: Sơ kết giai đoạn 1 Đề án thứ tư phát huy vai trò của cơ quan Tư pháp trong phổ biến, giáo dục pháp luật, nâng cao ý thức chấp hành pháp luật cho cán bộ nhân dân ở xã, phường, thị trấn trên địa bàn tỉnh

25/08/2008
Ngày 15/8/2008, Tiểu ban Chỉ đạo Đề án thứ tư Chương trình 212 của tỉnh do Sở Tư pháp chủ trì đã tiến hành sơ kết 2 năm triển khai thực hiện Đề án thứ tư phát huy vai trò của cơ quan Tư pháp trong phổ biến, giáo dục pháp luật, nâng cao ý thức chấp hành pháp luật cho cán bộ nhân dân ở xã, phường, thị trấn trên địa bàn tỉnh Sơn La.
Việc triển khai thực hiện Đề án thứ tư đã được Sở Tư pháp và các cơ quan thành viên triển khai thực hiện sớm. Trong 2 năm các cơ quan phối hợp luôn bám sát mục tiêu của kế hoạch, triển khai các nội dung nhiệm vụ đã đề ra.
"""


def test_clean_long_headline_right_above_its_dateline_is_the_title() -> None:
    out = _clean(MOJ)
    assert out.title is not None and out.title.startswith("Sơn La: Sơ kết giai đoạn 1 Đề án")
    assert out.title.endswith("trên địa bàn tỉnh")
    assert out.published == "2008-08-25"


# https://pbgdpl.gov.vn:443/Pages/tin-tuc-hd-pbpl.aspx?ItemID=5157&l=HoatdongPBGDPLotrun
PBGDPL = """15/05/2025
Xem cỡ chữ
Đọc bài viết
In
Gửi email
Phổ biến pháp luật trong kỷ nguyên số: Xây dựng văn hoá tuân thủ pháp luật trong từng công dânTrong bối cảnh triển khai Nghị quyết 66-NQ/TW, công tác phổ biến, giáo dục pháp luật (PBGDPL) đang đứng trước yêu cầu đổi mới toàn diện – không chỉ về công nghệ, mà quan trọng hơn là thay đổi tư duy tiếp cận của người dân với pháp luật.
Nghiên cứu các mô hình AI, trợ lý ảo để hỗ trợ công tác PBGDPL
PV: Thưa ông Lê Vệ Quốc, Nghị quyết 66 yêu cầu chuyển đổi số đồng bộ trong công tác PBGDPL, TGPL và đăng ký biện pháp bảo đảm. Trong khi hạ tầng số và dữ liệu pháp luật còn phân tán, Cục PBGDPL & TGPL sẽ làm gì?
"""


def test_clean_headline_glued_to_the_lead_is_split_off() -> None:
    out = _clean(PBGDPL)
    assert out.title == (
        "Phổ biến pháp luật trong kỷ nguyên số: Xây dựng văn hóa tuân thủ pháp luật trong từng"
        " công dân"
    )
    assert out.published == "2025-05-15"
    assert out.text.startswith("Trong bối cảnh triển khai Nghị quyết 66-NQ/TW")
    assert "cỡ chữ" not in out.text and "Gửi email" not in out.text
    # a brand with a capital inside a word is no junction
    page = PBGDPL.replace("công dânTrong", "công dân qua iPhone Trong")
    assert _clean(page).title is None
    page = PBGDPL.replace("công dânTrong bối cảnh", "công dân tỉnh ĐắkLắk, trong bối cảnh")
    assert _clean(page).title is None


# https://vpub.hochiminhcity.gov.vn/portal/pages/2024-2-16/To-chuc-Hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-cch5uph2q3nc2.aspx
VPUB_HCM = """(Website Văn phòng) – UBND TP vừa ban hành kế hoạch tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2023 và triển khai nhiệm vụ năm 2024.

Kế hoạch nhằm tổng kết, đánh giá toàn diện kết quả thực hiện công tác cải cách hành chính năm 2023 và triển khai các nhiệm vụ trọng tâm năm 2024.

Hội nghị dự kiến tổ chức từ ngày 27 đến ngày 29/2/2024 theo hình thức hội nghị trực tiếp và trực tuyến tại trụ sở UBND TP và trực tuyến tại trụ sở UBND quận, huyện, thành phố Thủ Đức.

Thanh Mai Liên kết website
9.660.859
Đang truy cập : 116
"""


def test_clean_byline_glued_to_a_control_label_is_the_author() -> None:
    out = _clean(VPUB_HCM)
    assert out.author == "Thanh Mai"
    assert out.text.endswith("quận, huyện, thành phố Thủ Đức.")
    assert "Liên kết website" not in out.text


# http://nghean24h.vn/cong-bo-chi-so-pci-2019-nghe-an-dan-dau-khu-vuc-dung-thu-18-ca-nuoc-a605480.html
def test_clean_section_label_over_an_undated_text_is_no_title() -> None:
    page = (
        "Trong tỉnh\n\nChỉ số PCI của tỉnh Nghệ An dẫn đầu khu vực Bắc Trung bộ, đứng thứ 18 cả"
        " nước, tăng 1 bậc so với năm 2018. Đây là vị trí cao nhất từ trước tới nay của tỉnh"
        " Nghệ An.\n"
    )
    assert _clean(page).title is None
    titled = "Nghệ An dẫn đầu Bắc Trung bộ\n\n" + page.split("\n\n", 1)[1]
    assert _clean(titled).title == "Nghệ An dẫn đầu Bắc Trung bộ"


# http://bacphu.socson.hanoi.gov.vn/cai-cach-hanh-chinh/-/view_content/625280-tap-trung-hoan-thien-viec-sat-nhap-cac-don-vi-hanh-chinh-cap-tinh-truoc-30-8-2025.html
BACPHU = """Cải cách hành chính

Tập trung hoàn thiện việc sát nhập các đơn vị hành chính cấp tỉnh trước 30/8/2025
Ngày đăng 24/03/2025 | 07:09  | Lượt truy cập: 36

https://vtv.vn/.../tap-trung-hoan-thanh-sap-nhap-cap-tinh...

Tập trung hoàn thiện việc sát nhập các đơn vị hành chính cấp tỉnh trước 30/8/2025

"Dự kiến, chúng ta sẽ hoàn thành toàn bộ việc sắp xếp đơn vị hành chính cấp xã trước ngày 30/6 để đến ngày 1/7, các đơn vị hành chính cấp xã được vận hành theo tổ chức mới. Chúng ta cũng sẽ tập trung hoàn thiện việc sáp nhập đơn vị hành chính cấp tỉnh hoàn thành trước ngày 30/8", Bộ trưởng Phạm Thị Thanh Trà thông tin.
"""


def test_clean_headline_printed_again_under_the_dateline_and_a_bare_link_are_not_text() -> None:
    out = _clean(BACPHU)
    assert out.title == (
        "Tập trung hoàn thiện việc sát nhập các đơn vị hành chính cấp tỉnh trước 30/8/2025"
    )
    assert out.published == "2025-03-24T07:09:00+07:00"
    assert out.text.startswith('"Dự kiến, chúng ta sẽ hoàn thành')
    assert "vtv.vn" not in out.text and "Tập trung hoàn thiện" not in out.text


# https://sonoivu.binhduong.gov.vn/hoat-dong-cai-cach-hanh-chinh/ket-qua-chi-so-hai-long-ve-dich-vu-hanh-chinh-cong-sipas-tinh-binh-duong-nam-2016-286970
BINHDUONG = """image banner
Kết quả Chỉ số hài lòng về dịch vụ hành chính công - SIPAS tỉnh Bình Dương năm 2016
Cỡ chữ: A+ A A- In bài viết: 🔼Tăng tương phản 🔽Giảm tương phản
Lượt xem: 842
Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước hay còn gọi là Chỉ số hài lòng về dịch vụ hành chính công (Satisfaction Index of Public Administration Services - SIPAS).
Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước hay còn gọi là Chỉ số hài lòng về dịch vụ hành chính công (Satisfaction Index of Public Administration Services - SIPAS). Qua 2 năm thí điểm và triển khai mở rộng ở cơ quan hành chính nhà nước cấp tỉnh và cấp huyện của tỉnh Bình Dương, kết quả cho thấy một số lĩnh vực đạt sự hài lòng cao của người dân, tổ chức.

Đôi nét về SIPAS

Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020 được ban hành tại Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ.
"""


def test_clean_lead_printed_again_at_the_start_of_the_next_paragraph_is_kept_once() -> None:
    out = _clean(BINHDUONG)
    assert out.title == (
        "Kết quả Chỉ số hài lòng về dịch vụ hành chính công - SIPAS tỉnh Bình Dương năm 2016"
    )
    paras = out.text.split("\n\n")
    assert paras[0].startswith("Chỉ số hài lòng của người dân") and "Qua 2 năm thí điểm" in paras[0]
    assert paras[1] == "Đôi nét về SIPAS"
    assert "Lượt xem" not in out.text and "Cỡ chữ" not in out.text


# https://prtc.ninhthuan.gov.vn/portal/Pages/2024-5-17/DE-CUONG-TUYEN-TRUYEN-SAP-XEP-DON-VI-HANH-CHINH-CAhvbq96.aspx
def test_clean_numbered_heading_between_dateline_and_text_stays_in_the_text() -> None:
    page = (
        "ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ GIAI ĐOẠN 2023-2025 TRÊN ĐỊA BÀN"
        " THÀNH PHỐ PHAN RANG - THÁP CHÀM\n\nĐăng ngày 17 - 05 - 2024\nLượt xem: 400\n100%\n\n \n\n"
        "I. Căn cứ pháp lý\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật Sửa"
        " đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa"
        " phương ngày 22/11/2019;\n\nCăn cứ Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính"
        " trị về việc sắp xếp các đơn vị hành chính cấp huyện và cấp xã;\n"
    )
    out = _clean(page)
    assert out.title is not None and out.title.startswith("ĐỀ CƯƠNG TUYÊN TRUYỀN")
    assert out.published == "2024-05-17"
    assert out.text.startswith("I. Căn cứ pháp lý\n\nCăn cứ Luật Tổ chức")


# https://baodautu.vn/them-5-huyen-duoc-cong-nhan-ve-dich-nong-thon-moi-d222529.html
BAODAUTU = """-
[Longform] Trung tâm tài chính quốc tế TP.HCM phải có sự khác biệt -
Xử lý 17.496 nhà đất công sau sắp xếp bộ máy, chưa phát sinh vướng mắc đáng kể -
Chủ tịch PVN Lê Mạnh Hùng được giao quyền Bộ trưởng Bộ Công thương -
Quyết liệt cho tăng trưởng -
Khai mạc Hội nghị Trung ương 15, hoàn thiện báo cáo công tác nhân sự
Cụ thể, tại Quyết định số 834/QĐ-TTg, Thủ tướng Chính phủ công nhận huyện Vĩnh Linh, tỉnh Quảng Trị đạt chuẩn nông thôn mới năm 2024.
Tại Quyết định số 838/QĐ-TTg, Thủ tướng Chính phủ công nhận huyện Văn Giang, tỉnh Hưng Yên đạt chuẩn nông thôn mới nâng cao năm 2023.
![]() |
| Sức sống mới trên huyện Văn Giang, tỉnh Hưng Yên. |
Được biết, Chương trình mục tiêu quốc gia về xây dựng nông thôn mới nâng cao tại huyện Văn Giang, tỉnh Hưng Yên có sự vào cuộc tích cực của cả hệ thống chính trị.
"""


def test_clean_last_item_of_a_headline_ticker_is_no_title_and_a_cell_caption_loses_its_bars() -> (
    None
):
    out = _clean(BAODAUTU)
    assert out.title is None
    assert out.text.startswith("Cụ thể, tại Quyết định số 834/QĐ-TTg")
    assert "Sức sống mới trên huyện Văn Giang, tỉnh Hưng Yên." in out.text.split("\n\n")
    # the same headline with no ticker above it is the title
    alone = _clean(BAODAUTU.split("\n", 5)[5])
    assert alone.title == "Khai mạc Hội nghị Trung ương 15, hoàn thiện báo cáo công tác nhân sự"


# http://yenlap.phutho.gov.vn/thong-tin-tuyen-truyen/bai-viet/cat/tin-moi-nhat-2548/id/uy-ban-nhan-dan-huyen-hop-phien-thuong-ky-thang-11-lan-hai-92846
YENLAP = """Ủy ban nhân dân huyện họp phiên thường kỳ tháng 11 (lần hai)
  • Cập nhật: 19/11/2020
  • Lượt xem: 5547 lượt xem

Ngày 18/11, UBND huyện tổ chức phiên họp thường kỳ tháng 11 (lần 2), đồng chí Bùi Hồng Hoàng, Phó bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì Hội nghị.
"""


def test_clean_dateline_and_counter_printed_as_list_items_are_read() -> None:
    out = _clean(YENLAP)
    assert out.title == "Ủy ban nhân dân huyện họp phiên thường kỳ tháng 11 (lần hai)"
    assert out.published == "2020-11-19"
    assert out.text.startswith("Ngày 18/11, UBND huyện") and "Lượt xem" not in out.text
    # a menu's bulleted section name is no section label that ends the text
    page = "• Tin nổi bật\n" + YENLAP
    assert _clean(page).published == "2020-11-19"


# https://baophutho.vn/day-manh-chuyen-doi-so-ung-dung-khoa-hoc-cong-nghe-doi-moi-sang-tao-trong-hoat-dong-cua-cac-co-quan-trong-he-thong-chinh-tri-tren-dia-ban-tinh-240331.htm
BAOPHUTHO = """Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị trên địa bàn tỉnh

Thực hiện Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Sau khi hợp nhất 3 tỉnh Phú Thọ - Vĩnh Phúc - Hòa Bình, Ban Thường vụ Tỉnh ủy, UBND tỉnh và 148 xã, phường đã thành lập Ban Chỉ đạo để lãnh đạo, chỉ đạo tổ chức triển khai nhiệm vụ.

Thực hiện: Đinh Tú
"""


def test_clean_long_headline_as_the_first_line_of_the_page_is_the_title() -> None:
    out = _clean(BAOPHUTHO)
    assert out.title is not None and out.title.startswith("Đẩy mạnh chuyển đổi số, ứng dụng")
    assert out.text.startswith("Thực hiện Nghị quyết 57-NQ/TW")
    assert out.author == "Đinh Tú"


# https://baohatinh.vn/tv/ha-tinh-lam-gi-de-cu-the-hoa-nghi-quyet-57-32315.html and
# https://chuyendoiso.thainguyen.gov.vn/tin-tuc/-/asset_publisher/ou0DGqEKOZLq/content/so-ket-6-thang-au-nam-thuc-hien-nghi-quyet-so-57-nq-tw-cua-bo-chinh-tri-nhung-ket-qua-noi-bat-va-nhiem-vu-trong-tam-trong-thoi-gian-toi
def test_metadata_desk_initials_before_the_date_and_fractional_seconds() -> None:
    dl = parse_dateline("PV - 03/04/2025 17:35")
    assert dl is not None and dl.iso == "2025-04-03T17:35:00+07:00" and dl.author == "PV"
    dl = parse_dateline("2025-07-17 15:10:00.0")
    assert dl is not None and dl.iso == "2025-07-17T15:10:00+07:00"
    page = (
        "Hà Tĩnh làm gì để cụ thể hóa nghị quyết 57?\nPV - 03/04/2025 17:35\nNgày 22/12/2024,"
        " Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57 của Bộ Chính trị về đột phá phát"
        " triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.\n"
    )
    out = _clean(page)
    assert out.title == "Hà Tĩnh làm gì để cụ thể hóa nghị quyết 57?"
    assert out.published == "2025-04-03T17:35:00+07:00" and out.author == "PV"


# https://nhuxuan.thanhhoa.gov.vn/portal/Pages/2025-2-10/Hoi-nghi-boi-duong-cap-nhat-kien-thuc-ve-chuyen-del5h8tz.aspx
def test_clean_image_markdown_lines_are_chrome_and_captions_stay() -> None:
    page = (
        "Sáng ngày 10/2, Tỉnh ủy Thanh Hóa tổ chức hội nghị bồi dưỡng, cập nhật kiến thức"
        " chuyên đề Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.\n"
        "![](/portal/Photos/2025-02-10/20de0662f6d46eddDB.jpg)\n"
        "Các đồng chí lãnh đạo tỉnh và đại biểu dự tại điểm cầu Tỉnh ủy Thanh Hóa.\n"
        "Dự hội nghị có đồng chí Nguyễn Doãn Anh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; các"
        " đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh.\n"
    )
    paras = _clean(page).text.split("\n\n")
    assert not any(p.startswith("![") for p in paras)
    assert "Các đồng chí lãnh đạo tỉnh và đại biểu dự tại điểm cầu Tỉnh ủy Thanh Hóa." in paras


# https://doanhnghiepbacgiang.vn/video/bac-giang-su-chuyen-minh-cua-bac-giang-trong-cchc/ and
# https://cchc.khanhhoa.gov.vn/vi/viec-can-lam-ngay
def test_clean_prose_after_a_trailing_headline_and_date_is_another_item() -> None:
    page = (
        "Ban chỉ đạo cải cách hành chính của chính phủ đã công bố kết quả chỉ số hành chính năm"
        " 2022. Theo đó Bắc Giang đứng vị trí thứ 4 trên tổng số 63 tỉnh, thành phố với số điểm"
        " đạt được 88,54/100.\n\nBắc Giang: Sự chuyển mình của Bắc Giang trong CCHC\n\n05/05/2023"
        "\n\nKhảo sát DDCI năm 2023 Hiệp hội doanh nghiệp tỉnh tổ chức tiếng hát doanh nhân Khảo"
        " sát DDCI 2023 đã bắt đầu bấm nút Bát cháo tình thân Tặng nhà tình nghĩa\n\nBack To Top\n"
    )
    out = _clean(page)
    assert out.published == "2023-05-05"
    assert out.text.endswith("với số điểm đạt được 88,54/100.")


# http://haugiang.gov.vn/Portal/HtmlView.aspx?pageid=6393&ItemID=52129&mid=10785&pageindex=6&siteid=1
HAUGIANG_PORTAL = """Triển khai mở rộng gửi nhận văn bản điện tử trong cơ quan hành chính trên địa bàn tỉnh
24/11/2017, 12:24 (GMT+7)

Vừa qua, UBND tỉnh đã có công văn chỉ đạo về việc mở rộng gửi nhận văn bản điện tử trong cơ quan hành chính trên địa bàn tỉnh.

Chủ tịch UBND tỉnh giao Chánh Văn phòng UBND tỉnh chịu trách nhiệm theo dõi, đôn đốc thực hiện, tổng hợp, đề xuất UBND tỉnh chỉ đạo kịp thời, hiệu quả các khó khăn, vướng mắc./.

MT

(Nguồn: Công văn  số 2055/UBND-TTTH)

Các tin khác
"""


def test_clean_source_naming_a_document_is_no_author() -> None:
    out = _clean(HAUGIANG_PORTAL)
    assert out.author == "MT"
    assert out.published == "2017-11-24T12:24:00+07:00"
    assert _clean(HAUGIANG_PORTAL.replace("\nMT\n", "\n")).author is None
    # a desk named as the source is the byline
    desk = HAUGIANG_PORTAL.replace("\nMT\n", "\n").replace(
        "Công văn  số 2055/UBND-TTTH", "Cục Chuyển đổi số quốc gia"
    )
    assert _clean(desk).author == "Cục Chuyển đổi số quốc gia"


# https://vneconomy.vn/chuyen-doi-so-ve-ban-lang-cach-nghe-an-dua-dich-vu-cong-den-gan-dong-bao-mien-nui.htm
def test_clean_byline_next_to_the_dateline_of_an_untitled_page_is_the_author() -> None:
    page = (
        "Chủ Nhật, 18/01/2026\nNguyễn Thuấn\n15/01/2026, 09:00\nỞ các xã vùng cao của Nghệ An,"
        " chuyển đổi số không bắt đầu bằng những khẩu hiệu lớn, mà từ việc hướng dẫn người dân"
        " biết dùng điện thoại thông minh để làm thủ tục hành chính.\nTrong lộ trình chuyển đổi"
        " số đến năm 2025, định hướng đến năm 2030, Nghệ An xác định phát triển đồng thời chính"
        " quyền số, kinh tế số và xã hội số.\n"
    )
    out = _clean(page)
    assert out.published == "2026-01-15T09:00:00+07:00"
    assert out.author == "Nguyễn Thuấn"
    assert out.text.startswith("Ở các xã vùng cao của Nghệ An")


# https://baovinhlong.com.vn/chinh-tri/202506/danh-sach-23-chu-tich-ubnd-tinh-thanh-moi-tu-ngay-172025-28813b4
def test_clean_photo_credit_after_the_source_credit_leaves_its_author() -> None:
    page = (
        "Ngày 24/6/2025, Thủ tướng Chính phủ Phạm Minh Chính đã ký quyết định chỉ định 23 chủ"
        " tịch UBND tỉnh, thành phố mới sau khi sáp nhập. Quyết định có hiệu lực từ ngày"
        " 1/7/2025.\n![]() |\nTheo Quỳnh Trang, Đồ họa: Đồng Toàn/VOV.VN,\nThông tin bạn đọc\n"
    )
    out = _clean(page)
    assert out.author == "Quỳnh Trang"
    assert "Đồ họa" not in out.text
    assert parse_byline("Bài: Minh Anh, ảnh: Thu Hà") == Byline(author="Minh Anh")
    assert parse_byline("Bài, ảnh: Ngọc Hân") == Byline(author="Ngọc Hân")


# http://www.thtg.vn/so-tu-phap-tien-giang-to-chuc-sinh-hoat-phap-luat/
THTG = """Sở Tư pháp Tiền Giang tổ chức sinh hoạt pháp luật.

Nhân Ngày  pháp  luật  Việt  Nam 9/11,  Sở  Tư  pháp Tiền Giang  tổ  chức  buổi  sinh  hoạt  pháp  luật.

Dịp  này, Sở  Tư  pháp  tỉnh  Tiền  Giang trao  tặng  giấy  khen cho 5 tập  thể và 1 cá nhân có nhiều  thành  tích   trong  việc tuyên  truyền, phổ biến pháp  luật  tại tỉnh  Tiền Giang.

Công Luận
"""


def test_clean_headline_with_a_final_stop_is_the_title_when_the_address_spells_it() -> None:
    out = _clean(THTG, url="http://www.thtg.vn/so-tu-phap-tien-giang-to-chuc-sinh-hoat-phap-luat/")
    assert out.title == "Sở Tư pháp Tiền Giang tổ chức sinh hoạt pháp luật."
    assert out.text.startswith("Nhân Ngày")
    # without the address (or with an id only) the sentence stays the text's
    assert _clean(THTG).title is None
    assert _clean(THTG, url="http://www.thtg.vn/?p=12345").text.startswith("Sở Tư pháp")


# https://doanhnghiepbacgiang.vn/video/bac-giang-su-chuyen-minh-cua-bac-giang-trong-cchc/
def test_clean_video_page_headline_under_its_description_found_by_the_address() -> None:
    page = (
        "Ban chỉ đạo cải cách hành chính của chính phủ đã công bố kết quả chỉ số hành chính"
        " năm 2022 của các Bộ, cơ quan ngang Bộ trực thuộc trưng ương. Theo đó Bắc Giang đứng"
        " vị trí thứ 4 trên tổng số 63 tỉnh, thành phố với số điểm đạt được 88,54/100.\n\n"
        "Bắc Giang: Sự chuyển mình của Bắc Giang trong CCHC\n\n05/05/2023\n\nKhảo sát"
    )
    url = "https://doanhnghiepbacgiang.vn/video/bac-giang-su-chuyen-minh-cua-bac-giang-trong-cchc/"
    out = _clean(page, url=url)
    assert out.title == "Bắc Giang: Sự chuyển mình của Bắc Giang trong CCHC"
    assert out.published == "2023-05-05"
    assert out.text.startswith("Ban chỉ đạo cải cách hành chính")
    assert "Khảo sát" not in out.text


# https://tailieu.vn/doc/cong-tac-tuyen-truyen-ve-chuyen-doi-so-o-viet-nam-hien-nay-2691136.html
def test_clean_address_headline_beats_a_download_button_as_title() -> None:
    page = (
        "Công tác tuyên truyền về chuyển đổi số ở Việt Nam hiện nay\n\n"
        "Chia sẻ: _ _ | Ngày: | Loại File: PDF | Số trang:13\n\n17\nlượt xem\n4\ndownload\n \n"
        "  Download Vui lòng tải xuống để xem tài liệu đầy đủ\n\n"
        "Bài viết Công tác tuyên truyền về chuyển đổi số ở Việt Nam hiện nay trình bày một số"
        " vấn đề lý luận về công tác tuyên truyền chuyển đổi số; Thực trạng và một số vấn đề đặt"
        " ra đối với công tác tuyên truyền về chuyển đổi số ở Việt Nam thời gian vừa qua.\n"
    )
    url = "https://tailieu.vn/doc/cong-tac-tuyen-truyen-ve-chuyen-doi-so-o-viet-nam-hien-nay-2691136.html"
    assert (
        _clean(page, url=url).title == "Công tác tuyên truyền về chuyển đổi số ở Việt Nam hiện nay"
    )


# https://tinbong247news.net/ung-dung-cong-nghe-thong-tin-trong-bao-cao-thong-ke-cong-tac-phong-chong-te-nan-xa-hoi-112915.html
def test_clean_sapo_under_the_address_headline_is_kept_across_related_links() -> None:
    page = (
        "Ứng dụng công nghệ thông tin trong báo cáo thống kê công tác phòng, chống tệ nạn xã hội\n\n"
        "Nhằm góp phần thực hiện tốt chủ trương của Trung ương và Thành phố về đẩy mạnh cải cách"
        " hành chính, tác giả Nguyễn Duy Dương đã có ý tưởng ứng dụng công nghệ thông tin trong"
        " thực hiện chế độ báo cáo thống kê. Báo Lao động Thủ đô xin trân trọng giới thiệu.\n"
        "Ứng dụng công nghệ thông tin trong lưu trữ văn bản đi\n"
        "Ứng dụng công nghệ thông tin vào công tác thông báo số liệu, lập biên bản đôn đốc thu hồi nợ\n"
        "Ứng dụng công nghệ thông tin trong quản lý danh sách đảng viên được nhận báo biểu\n\n"
        "Trong những năm qua, Trung ương và Thành phố đã ban hành nhiều văn bản chỉ đạo, triển"
        " khai việc đẩy mạnh cải cách hành chính và tăng cường ứng dụng công nghệ thông tin trong"
        " thực hiện chế độ báo cáo thống kê, chuyển từ báo cáo bằng văn bản giấy sang báo cáo"
        " điện tử như Quyết định số 559/QĐ-TTg ngày 24/4/2017 của Thủ tướng Chính phủ.\n"
    )
    url = (
        "https://tinbong247news.net/ung-dung-cong-nghe-thong-tin-trong-bao-cao-thong-ke"
        "-cong-tac-phong-chong-te-nan-xa-hoi-112915.html"
    )
    out = _clean(page, url=url)
    assert out.title is not None and out.title.startswith(
        "Ứng dụng công nghệ thông tin trong báo cáo"
    )
    assert out.text.startswith("Nhằm góp phần")
    assert "lưu trữ văn bản đi" not in out.text


# https://bvxanhpon.vn/news/ha-noi-cong-bo-dia-diem-tru-so-lam-viec-cua-126-xa-phuong-sau-sap-xep.html
BVXANHPON = """Theo thông báo, các địa điểm trụ sở mới được bố trí phù hợp với điều kiện cơ sở vật chất, hạ tầng hiện có tại địa phương và đảm bảo thuận tiện nhất cho người dân đến làm việc, giải quyết thủ tục hành chính.

Việc công bố kịp thời và minh bạch thông tin địa điểm trụ sở làm việc sau sắp xếp là bước đi quan trọng thể hiện quyết tâm của Hà Nội trong việc xây dựng nền hành chính chuyên nghiệp, hiện đại, hướng đến sự hài lòng của người dân.

  • Chia sẻ:
Tin tức liên quan
Bệnh viện Đa khoa Xanh Pôn tổ chức gặp mặt, chúc tết cán bộ công tác tại Bệnh viện qua các thời kỳ nhân dịp Xuân Bính Ngọ 2026
13/08/2025
Xem 180
Không khí Tết rộn ràng tại Hội thi gói bánh chưng – Phố Tết Xanh Pôn 2026
13/08/2025
Xem 180
"""


def test_clean_related_items_dates_under_the_text_do_not_date_the_page() -> None:
    out = _clean(BVXANHPON)
    assert out.published is None
    assert out.text.endswith("hướng đến sự hài lòng của người dân.")
    assert "Xem 180" in out.chrome
    # with no label over the box, a headline and its date still end the text
    assert _clean(BVXANHPON.replace("Tin tức liên quan\n", "")).published is None


# https://www.vietnamplus.vn/nhieu-ket-qua-quan-trong-sau-gan-2-thang-van-hanh-chinh-quyen-dia-phuong-2-cap-post1057556.vnp
VIETNAMPLUS = """ date 2025-08-24 Chính trị

Nhiều kết quả quan trọng sau gần 2 tháng vận hành chính quyền địa phương 2 cấp

Sau hai tháng triển khai vận hành chính quyền địa phương theo mô hình 2 cấp, đến nay cơ bản “thuận buồm, xuôi gió,” đang đi vào ổn định, đáp ứng đúng, trúng với nguyện vọng của nhân dân.

info-chinh-quyen-2-cap.jpg

Hai tháng triển khai vận hành chính quyền địa phương theo mô hình 2 cấp, đến nay cơ bản “thuận buồm, xuôi gió,” đang đi vào ổn định, thể hiện sự nỗ lực của cả hệ thống chính trị./.
"""


def test_clean_crawl_date_stamp_dates_an_undated_page_and_is_no_text() -> None:
    out = _clean(VIETNAMPLUS)
    assert out.published == "2025-08-24"
    assert (
        out.title
        == "Nhiều kết quả quan trọng sau gần 2 tháng vận hành chính quyền địa phương 2 cấp"
    )
    assert ".jpg" not in out.text
    # a month alone dates nothing, and the stamp glued to the lead leaves it
    glued = _clean(
        " date 2025-06 Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai"
        " thực hiện Quyết định 1012/QĐ-TTg của Thủ tướng Chính phủ.\n\nUBND tỉnh yêu cầu các sở,"
        " ngành, địa phương rà soát, tái cấu trúc quy trình công việc, đẩy mạnh số hóa.\n"
    )
    assert glued.published is None
    assert glued.text.startswith("Phó Chủ tịch UBND tỉnh")


# https://baotayninh.vn/khat-vong-ve-hai-thanh-pho-tuong-lai-a169010.html
def test_clean_weekday_with_a_colon_dates_the_page_and_follow_button_is_chrome() -> None:
    page = (
        "Đọc báo in\nTải ứng dụng\nVùng đô thị trung tâm tỉnh Tây Ninh:\n"
        "Khát vọng về hai thành phố tương lai\nThứ sáu: 15:00 ngày 09/02/2024\n\n"
        "Theo dõi Báo Tây Ninh trên\ngoogle news\n(BTN) - TP. Tây Ninh đang trình cấp thẩm"
        " quyền xem xét Đề án nâng loại đô thị theo tiêu chuẩn đô thị loại II và phấn đấu đến"
        " năm 2030 đạt 75% tiêu chuẩn đô thị loại I.\n\nMột góc thành phố Tây Ninh\n\n"
        "Phương án này được đặt ra hoàn toàn phù hợp với khát vọng, định hướng, mục tiêu phát"
        " triển của Đảng bộ, Chính quyền và Nhân dân hai địa phương này.\n"
    )
    out = _clean(page)
    assert out.published == "2024-02-09T15:00:00+07:00"
    assert out.title == "Khát vọng về hai thành phố tương lai"
    assert out.text.startswith("(BTN) - TP. Tây Ninh")


# https://thuonghieungaynay.vn/tag/truyen-thong-van-hoa-lich-su
def test_clean_link_words_glued_to_a_paragraph_end_are_chrome() -> None:
    page = (
        "Thủ tướng: Sắp xếp đơn vị hành chính cần tạo không gian phát triển mới, nâng cao đời"
        " sống nhân dân\nViệc sắp xếp đơn vị hành chính cấp huyện, cấp xã cần bám sát các nghị"
        " quyết, kết luận của Đảng, Quốc hội, phải tạo… Đọc tiếp »Thủ tướng: Sắp xếp đơn vị hành"
        " chính cần tạo không gian phát triển mới, nâng cao đời sống nhân dân"
    )
    out = _clean(page)
    assert out.text.endswith("Quốc hội, phải tạo…")
    # after a sentence's stop too; the words inside a sentence stay
    lead = "Việc sắp xếp đơn vị hành chính cấp huyện, cấp xã cần bám sát các nghị quyết của Đảng."
    more = "Các xã, phường mới lập phương án bố trí trụ sở và hoàn thành trước ngày 15/7/2025."
    assert _clean(f"{lead}\n{more} Chi tiết\n").text == f"{lead}\n\n{more}"
    kept = f"{lead}\n{more} Chi tiết như sau: các xã lập phương án trước ngày 15/7.\n"
    assert _clean(kept).text.endswith("trước ngày 15/7.")


# https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-12-2018-QD-UBND-quan-ly-chu-ky-so-chuyen-dung-trong-van-ban-dien-tu-Ninh-Binh-388786.aspx
def test_clean_document_title_under_its_type_word_is_kept_over_the_address_headline() -> None:
    page = (
        "Đang tải văn bản...\n\nQuyết định 12/2018/QĐ-UBND quản lý chữ ký số chuyên dùng trong"
        " văn bản điện tử Ninh Bình\n\nỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n--------\n\nCỘNG HÒA XÃ"
        " HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố:"
        " 12/2018/QĐ-UBND\n\nNinh Bình, ngày 16 tháng 7 năm 2018\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY"
        " CHẾ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ CHUYÊN DÙNG TRONG VIỆC GỬI, NHẬN VÀ SỬ DỤNG VĂN BẢN"
        " ĐIỆN TỬ CỦA CÁC CƠ QUAN NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH NINH BÌNH\n\nỦY BAN NHÂN DÂN TỈNH"
        " NINH BÌNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nCăn cứ"
        " Luật Công nghệ thông tin ngày 29/6/2006;\n\nCăn cứ Nghị định số 26/2007/NĐ-CP ngày"
        " 15/02/2007 của Chính phủ quy định chi tiết thi hành Luật Giao dịch điện tử về chữ ký"
        " số và dịch vụ chứng thực chữ ký số;\n"
    )
    url = (
        "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-12-2018-QD-UBND-quan-ly"
        "-chu-ky-so-chuyen-dung-trong-van-ban-dien-tu-Ninh-Binh-388786.aspx"
    )
    out = _clean(page, url=url)
    assert out.title is not None and out.title.startswith("QUYẾT ĐỊNH BAN HÀNH QUY CHẾ")


# http://www.lyluanchinhtri.vn/home/index.php/dao-tao-boi-duong/item/5402-cai-cach-hanh-chinh-gop-phan-xay-dung-nha-truong-quan-doi-vung-manh-toan-dien-mau-muc-tieu-bieu.html
def test_clean_joomla_date_degree_byline_without_dot_and_address_headline() -> None:
    page = (
        "Trang chủ    Đào tạo - Bồi dưỡng    Cải cách hành chính góp phần xây dựng nhà trường"
        " quân đội vững mạnh toàn diện, mẫu mực, tiêu biểu\nThứ hai, 11 Tháng 12 2023 16:03\n"
        "4664 Lượt xem\n\nCải cách hành chính góp phần xây dựng nhà trường quân đội vững mạnh"
        " toàn diện, mẫu mực, tiêu biểu\n\nThS LÊ VĂN CƯỜNG\nHọc viện Chính trị, Bộ Quốc"
        " phòng\n\n(LLCT) - Cải cách hành chính ở các nhà trường quân đội là khâu đột phá nhằm"
        " nâng cao chất lượng giáo dục, đào tạo, nghiên cứu khoa học của các nhà trường.\n\n"
        "1. Cải cách hành chính ở các nhà trường quân đội hiện nay\n\nCải cách hành chính"
        " (CCHC) ở nhà trường quân đội (NTQĐ) là sự thay đổi có kế hoạch hoạt động quản lý"
        " nhà nước trong lĩnh vực quân sự.\n"
    )
    url = (
        "http://www.lyluanchinhtri.vn/home/index.php/dao-tao-boi-duong/item/5402-cai-cach-hanh"
        "-chinh-gop-phan-xay-dung-nha-truong-quan-doi-vung-manh-toan-dien-mau-muc-tieu-bieu.html"
    )
    out = _clean(page, url=url)
    assert out.published == "2023-12-11T16:03:00+07:00"
    assert out.author == "Lê Văn Cường"
    assert out.title == (
        "Cải cách hành chính góp phần xây dựng nhà trường quân đội vững mạnh toàn diện,"
        " mẫu mực, tiêu biểu"
    )
    assert out.text.startswith("(LLCT) - Cải cách hành chính")
    assert "Học viện Chính trị" not in out.text


# https://phapluatxahoi.kinhtedothi.vn/tuyen-truyen-day-manh-dich-vu-cong-truc-tuyen-gan-voi-thuc-hien-de-an-06-409343.html
def test_clean_address_headline_ending_in_a_number_and_follow_icon() -> None:
    page = (
        "Tuyên truyền đẩy mạnh dịch vụ công trực tuyến gắn với thực hiện Đề án 06\n"
        "Theo dõi Pháp luật & Xã hội trên![]() |\n"
        "Hà Nội: tuyên truyền đẩy mạnh dịch vụ công trực tuyến gắn với thực hiện Đề án 06. Ảnh: PV |\n"
        "Kế hoạch nhằm khuyến khích, tăng cường việc sử dụng các dịch vụ công trực tuyến trong"
        " đội ngũ lãnh đạo, cán bộ, công chức, viên chức, người lao động trong các cơ quan nhà"
        " nước thuộc TP.\nCùng với đó, hệ thống đại lý hỗ trợ dịch vụ công trực tuyến được phổ"
        " biến rộng rãi trên các hệ thống thông tin.\n"
    )
    url = (
        "https://phapluatxahoi.kinhtedothi.vn/tuyen-truyen-day-manh-dich-vu-cong-truc-tuyen"
        "-gan-voi-thuc-hien-de-an-06-409343.html"
    )
    out = _clean(page, url=url)
    assert out.title == "Tuyên truyền đẩy mạnh dịch vụ công trực tuyến gắn với thực hiện Đề án 06"
    assert "Theo dõi" not in out.text
    assert out.text.startswith("Kế hoạch nhằm khuyến khích")


# https://baodanang.vn/cau-noi-thong-tin-giua-chinh-quyen-voi-nhan-dan-3265133.html
def test_clean_address_headline_run_into_the_lead_is_split_off() -> None:
    page = (
        " date 2025-07 Chính quyền - đoàn thể Cầu nối thông tin giữa chính quyền với nhân dân"
        " Trong những ngày đầu hoạt động theo mô hình chính quyền địa phương 2 cấp, chính quyền"
        " các xã phường trên địa bàn thành phố Đà Nẵng đã thiết lập các trang mạng xã hội chính"
        " danh để đưa thông tin, thông báo hành chính kịp thời đến với người dân.\n\n"
        "Kênh thông tin linh hoạt\n\nNgày 2/7, chị Võ Thị Bạch Tuyết (phường Bàn Thạch, thành"
        " phố Đà Nẵng) làm một số giấy tờ cá nhân tại trung tâm phục vụ hành chính công.\n"
    )
    url = "https://baodanang.vn/cau-noi-thong-tin-giua-chinh-quyen-voi-nhan-dan-3265133.html"
    out = _clean(page, url=url)
    assert out.title == "Cầu nối thông tin giữa chính quyền với nhân dân"
    assert out.text.startswith("Trong những ngày đầu hoạt động")
    assert out.published is None
    assert _clean(page).text.startswith("Chính quyền - đoàn thể Cầu nối")  # no address, no cut


# http://doluong.gov.vn/trung-son-cong-bo-nghi-quyet-08-hdnd-tinh-ve-sap-nhap-xom-3/
def test_clean_numbered_image_placeholder_is_chrome_and_caption_stays() -> None:
    page = (
        "Trung Sơn Công bố Nghị Quyết 08 HĐND tỉnh về sáp nhập xóm 3.\n\nSáng 27/11, Đảng ủy,"
        " HĐND, UBND, MTTQ và các đoàn thể xã Trung Sơn đã tổ chức hội nghị công bố Nghị Quyết"
        " 08 HĐND tỉnh về sáp nhập xóm.\n\nTheo đó, xóm 7 với xóm 6 được sáp nhập thành xóm 3"
        " mới. Với tổng dân số sau khi sáp nhập xóm 3 có 363 hộ với gần 1.500 nhân khẩu.\n\na1\n\n"
        "Bí thư đảng ủy xã Trung Sơn trao quyết định chỉ định xóm trưởng, chi đoàn, chi hội lâm"
        " thời.\n\nHội nghị cũng đã trao quà cho 10 đồng chí thôi giữ các chức danh cán bộ xóm"
        " sau khi sáp nhập.\n\nLê Hoàn"
    )
    out = _clean(
        page,
        url="http://doluong.gov.vn/trung-son-cong-bo-nghi-quyet-08-hdnd-tinh-ve-sap-nhap-xom-3/",
    )
    assert "\n\na1\n\n" not in out.text
    assert "Bí thư đảng ủy xã Trung Sơn trao quyết định" in out.text
    assert out.title == "Trung Sơn Công bố Nghị Quyết 08 HĐND tỉnh về sáp nhập xóm 3."
    assert out.author == "Lê Hoàn"


# https://tinbong247news.net/ung-dung-cong-nghe-thong-tin-trong-bao-cao-thong-ke-cong-tac-phong-chong-te-nan-xa-hoi-112915.html
def test_clean_first_numbered_heading_under_related_links_stays_in_text() -> None:
    page = (
        "Ứng dụng công nghệ thông tin trong báo cáo thống kê công tác phòng, chống tệ nạn xã hội\n\n"
        "Nhằm góp phần thực hiện tốt chủ trương của Trung ương và Thành phố về đẩy mạnh cải cách"
        " hành chính, tác giả Nguyễn Duy Dương đã có ý tưởng ứng dụng công nghệ thông tin trong"
        " thực hiện chế độ báo cáo thống kê. Báo Lao động Thủ đô xin trân trọng giới thiệu.\n"
        "Ứng dụng công nghệ thông tin trong lưu trữ văn bản đi\n"
        "Ứng dụng công nghệ thông tin vào công tác thông báo số liệu, lập biên bản đôn đốc thu hồi nợ\n"
        "Ứng dụng công nghệ thông tin trong quản lý danh sách đảng viên được nhận báo biểu\n\n"
        "1. Lý do của việc ứng dụng công nghệ thông tin trong thực hiện chế độ báo cáo thống kê"
        " công tác phòng, chống tệ nạn xã hội\n\n"
        "Trong những năm qua, Trung ương và Thành phố đã ban hành nhiều văn bản chỉ đạo, triển"
        " khai việc đẩy mạnh cải cách hành chính và tăng cường ứng dụng công nghệ thông tin trong"
        " thực hiện chế độ báo cáo thống kê, chuyển từ báo cáo bằng văn bản giấy sang báo cáo"
        " điện tử như Quyết định số 559/QĐ-TTg ngày 24/4/2017 của Thủ tướng Chính phủ.\n"
    )
    url = (
        "https://tinbong247news.net/ung-dung-cong-nghe-thong-tin-trong-bao-cao-thong-ke"
        "-cong-tac-phong-chong-te-nan-xa-hoi-112915.html"
    )
    out = _clean(page, url=url)
    assert out.text.startswith("Nhằm góp phần")
    assert "\n\n1. Lý do của việc ứng dụng" in out.text
    assert out.text.index("1. Lý do") < out.text.index("Trong những năm qua")
    assert "lưu trữ văn bản đi" not in out.text


# https://hungthinh.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/ke-hoach-cai-cach-hanh-chinh-xa-hung-thinh-2025-174.html
def test_clean_plan_opening_with_its_part_and_section_headings_keeps_them() -> None:
    page = (
        "I. MỤC TIÊU, YÊU CẦU\n1. Mục tiêu\n"
        "Xây dựng nền hành chính hiện đại, chuyên nghiệp, dân chủ, công khai, minh bạch, liêm"
        " chính, tinh gọn, hiệu lực, hiệu quả, phục vụ tốt hơn nhu cầu của người dân và doanh"
        " nghiệp trên địa bàn xã mới sau khi sáp nhập.\n"
        "Cải thiện toàn diện các chỉ số đánh giá cải cách hành chính, nhất là Chỉ số PAR INDEX,"
        " PAPI, SIPAS, PCI góp phần nâng cao hiệu lực, hiệu quả quản lý nhà nước.\n"
        "2. Yêu cầu\n"
    )
    url = (
        "https://hungthinh.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/"
        "ke-hoach-cai-cach-hanh-chinh-xa-hung-thinh-2025-174.html"
    )
    out = _clean(page, url=url)
    assert out.text.startswith("I. MỤC TIÊU, YÊU CẦU\n\n1. Mục tiêu\n\nXây dựng nền hành chính")


# https://www.quanlynhanuoc.vn/2025/03/25/thuc-tien-xay-dung-chinh-quyen-so-tai-tinh-bac-kan-hien-nay
def test_clean_journal_keywords_line_is_dropped_and_the_text_goes_on() -> None:
    page = (
        "Thực tiễn xây dựng chính quyền số tại tỉnh Bắc Kạn hiện nay\n\n"
        "TS. Trần Thị Huyền Trang\nHọc viện Chính sách và phát triển\n\n"
        "(Quanlynhanuoc) – Sự xuất hiện của chính phủ số đã tạo nền tảng phát triển hạ tầng số"
        " phục vụ các hoạt động cần thiết trong cơ quan nhà nước và đạt được những kết quả đáng"
        " ghi nhận.\n\n"
        "Từ khóa: Chuyển đổi số, chính phủ số, chính quyền số, thách thức, tỉnh Bắc Kạn.\n\n"
        "1. Đặt vấn đề\n\n"
        "Trong bối cảnh cuộc cách mạng công nghiệp 4.0 và xu hướng chuyển đổi số đang diễn ra"
        " mạnh mẽ, thâm nhập sâu và phát huy vai trò trong tất cả các lĩnh vực của đời sống xã"
        " hội thì thực tiễn xây dựng chính quyền địa phương tại tỉnh Bắc Kạn cũng không nằm"
        " ngoài xu hướng tất yếu đó.\n"
    )
    url = (
        "https://www.quanlynhanuoc.vn/2025/03/25/"
        "thuc-tien-xay-dung-chinh-quyen-so-tai-tinh-bac-kan-hien-nay"
    )
    out = _clean(page, url=url)
    assert "Từ khóa" not in out.text
    assert "\n\n1. Đặt vấn đề\n\nTrong bối cảnh" in out.text
    assert out.text.startswith("(Quanlynhanuoc) – Sự xuất hiện")
    assert out.title == "Thực tiễn xây dựng chính quyền số tại tỉnh Bắc Kạn hiện nay"


# https://nhandan.vn/chuyen-doi-so-o-vung-dong-bao-dan-toc-thieu-so-ninh-thuan-post794751.html
def test_clean_audio_player_clock_under_the_sapo_is_chrome() -> None:
    page = (
        "Chuyển đổi số ở vùng đồng bào dân tộc thiểu số Ninh Thuận\n\n"
        "Với những tiện ích mang lại, chuyển đổi số đã giúp cho đồng bào dân tộc thiểu số tỉnh"
        " Ninh Thuận tiếp cận nhanh các chính sách dân tộc; ứng dụng công nghệ thông tin trong"
        " sinh hoạt hằng ngày và sản xuất, từng bước nâng cao chất lượng đời sống.\n"
        "0:00 / 0:00\n0:00\n"
        "Huyện đoàn Bác Ái tiên phong tham gia chuyển đổi số.\n"
        "Huyện đoàn Bác Ái tiên phong tham gia chuyển đổi số.\n\n"
        "Chuyển đổi số giúp đồng bào biết quảng bá hình ảnh thiên nhiên, giới thiệu nét đẹp văn"
        " hóa, sản vật,… thúc đẩy phát triển du lịch cộng đồng gắn với thân thiện môi trường"
        " ngày càng lan tỏa.\n"
    )
    url = "https://nhandan.vn/chuyen-doi-so-o-vung-dong-bao-dan-toc-thieu-so-ninh-thuan-post794751.html"
    out = _clean(page, url=url)
    assert "0:00" not in out.text
    assert out.text.startswith("Với những tiện ích mang lại")
    assert "Chuyển đổi số giúp đồng bào" in out.text


# https://susta.vn/kinh-te-du-lich/dac-trung-va-du-dia-tang-truong-kinh-te-cua-son-la-17100
def test_clean_byline_under_the_address_headline_is_the_author() -> None:
    page = (
        "No title... No title... No title... No title...\nimage advertisement\n"
        "image advertisement\nĐặc trưng và dư địa tăng trưởng kinh tế của Sơn La\n"
        "Lượt xem: 1082\n\n\n\nĐặc trưng và dư địa tăng trưởng kinh tế của Sơn La\n\n\n"
        "Phan Đức Ngữ\n\nChuyên viên cao cấp\n\n\n"
        "1. Các giai đoạn phát triển kinh tế của Sơn La\n\n\n"
        "Kinh tế Sơn La đã trải qua nhiều giai đoạn phát triển khá đặc biệt. Từ năm 1990 mới"
        " bắt đầu tính GDP và tăng trưởng GDP (bây giờ gọi là GRDP).\n\n"
        "Giai đoạn quản lý tập trung quan liêu hành chính bao cấp (1960-1980). Đầu tư thấp"
        " (khoảng 10% so với GRDP), tăng trưởng thấp (khoảng trên dưới 3%/năm), phụ thuộc 85%"
        " vào nông nghiệp.\n"
    )
    url = (
        "https://susta.vn/kinh-te-du-lich/dac-trung-va-du-dia-tang-truong-kinh-te-cua-son-la-17100"
    )
    out = _clean(page, url=url)
    assert out.title == "Đặc trưng và dư địa tăng trưởng kinh tế của Sơn La"
    assert out.author == "Phan Đức Ngữ"
    assert out.text.startswith("1. Các giai đoạn phát triển kinh tế của Sơn La\n\nKinh tế Sơn La")
    assert "Phan Đức Ngữ" not in out.text


# http://vanhocnghethuatyenbai.gov.vn/tin-tuc/van/?UserKey=Chuyen-doi-so-vi-mot-Van-Yen-hanh-phuc&PageIndex=4
def test_clean_genre_byline_names_the_author() -> None:
    page = (
        "• Loading...\n"
        "Chuyển đổi số vì một Văn Yên hạnh phúc\nNgày xuất bản: 17/11/2022 3:40:07 SA\n\n"
        "Ký của NGUYỄN TÂM\n\n \n\n"
        "Từ sau Hội thi “Truyền thông nâng cao nhận thức về Ngày Chuyển đổi số quốc gia”, tôi"
        " cứ mãi ấn tượng về hình ảnh đôi vợ chồng người Dao mộc mạc, chân chất trong tiểu phẩm"
        " “Cái số về bản” của đội thi huyện Văn Yên.\n"
    )
    out = _clean(page)
    assert out.author == "Nguyễn Tâm"
    assert out.title == "Chuyển đổi số vì một Văn Yên hạnh phúc"
    assert "Ký của" not in out.text
    assert out.text.startswith("Từ sau Hội thi")


# https://thuviennhadat.vn/vbpl/quyet-dinh-35-2022-qd-ubnd-quy-che-phoi-hop-theo-doi-tinh-hinh-thi-hanh-phap-luat-hoa-binh-530227.html
THUVIENNHADAT = """QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ PHỐI HỢP TRONG CÔNG TÁC THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH HÒA BÌNH
ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Căn cứ Luật Tổ chức chính
quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11
năm 2019;
Căn cứ Nghị định số
59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi
hành pháp luật; Nghị định số 32/2020/NĐ- CP ngày 05 tháng 3 năm 2020 của Chính
phủ sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP;
Căn cứ Thông tư số
14/2014/TT-BTP ngày 15 tháng 5 năm 2014 của Bộ trưởng Bộ Tư pháp quy định chi
tiết thi hành Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ
về theo dõi thi hành pháp luật;
Theo đề nghị của Giám đốc Sở
Tư pháp tại Tờ trình số 1620/TTr-STP ngày 18 tháng 8 năm 2022.
QUYẾT ĐỊNH
"""


def test_clean_legal_basis_cut_before_the_document_number_is_rejoined() -> None:
    # "Căn cứ Nghị định số" is too short to read as a wrapped line: the number on the next
    # line is still its own, and the grounds after the first one stay in the text
    out = _clean(THUVIENNHADAT)
    assert "Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012" in out.text
    assert "Căn cứ Thông tư số 14/2014/TT-BTP ngày 15 tháng 5 năm 2014" in out.text
    assert "1620/TTr-STP" in out.text
    # the type word the grounds lead to, now right under the text, is no closing byline
    assert out.author is None


def test_clean_short_line_ending_in_so_without_a_document_stays_apart() -> None:
    out = _clean(THUVIENNHADAT.replace("Căn cứ Nghị định số\n59/", "Căn cứ chuyển đổi số\n59/"))
    assert "Căn cứ chuyển đổi số 59/2012" not in out.text


# https://www.yenbai.gov.vn/ (SharePoint table cell bar inside a paragraph; q8 probe 12)
YENBAI_BAR = """Yên Bái đẩy mạnh chuyển đổi số

CTTĐT - Xác định chuyển đổi số là xu thế tất yếu, tỉnh Yên Bái coi chuyển đổi số là 1 trong 3 nhiệm vụ chính trị trọng tâm bên cạnh phát triển hạ tầng kinh tế - xã hội và thu hút đầu tư.
Với quyết tâm cao và nỗ lực thực hiện mục tiêu chuyển đổi số, Tỉnh ủy Yên Bái đã sớm ban hành Nghị quyết số 51 ngày 22/7/2021 về chuyển đổi số trên địa bàn tỉnh. UBND tỉnh Yên Bái cũng đã ban hành Chương trình hành động
|
số 15/CTr-UBND ngày 26/10/2021 để cụ thể hóa các nhiệm vụ, giải pháp đã đề ra tại Nghị quyết số 51 của Tỉnh ủy.
"""


def test_clean_table_bar_inside_a_sentence_is_dropped() -> None:
    out = _clean(YENBAI_BAR)
    assert "ban hành Chương trình hành động số 15/CTr-UBND ngày 26/10/2021" in out.text
    # a bar after a finished sentence still separates the paragraphs
    out = _clean(YENBAI_BAR.replace("Chương trình hành động\n|\nsố 15", "Chương trình.\n|\nsố 15"))
    assert "Chương trình. số 15" not in out.text


# https://moitruong.net.vn/infographic-854-nguoi-dan-to-chuc-hai-long-ve-su-phuc-vu-cua-co-quan-hanh-chinh/
MOITRUONG = """[Infographic] 85,4% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính

Moitruong.net.vn

– Năm 2020, có 85,48% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính Nhà nước, cao hơn mức 84,45% của năm 2019.

Các tỉnh có chỉ số hài lòng thuộc nhóm cao nhất là Quảng Ninh, Hải Phòng, Bắc Giang, Hải Dương, Hưng Yên, Vĩnh Phúc.

Theo TTXVN
"""


def test_clean_site_address_under_the_headline_is_skipped() -> None:
    out = _clean(MOITRUONG)
    assert out.title == (
        "[Infographic] 85,4% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính"
    )
    assert "Moitruong.net.vn" not in out.text


# https://daknong.gov.vn/cac-huyen-thi-xa/dak-song-huong-ung-soi-noi-ngay-chuyen-doi-so-quoc-gia-432166
DAKSONG = """Đắk Song hưởng ứng sôi nổi ngày chuyển đổi số quốc gia
Lượt xem: 745
Sáng 5/10, Ủy ban nhân dân huyện Đắk Song tổ chức Lễ phát động ngày chuyển đổi số quốc gia (10/10) và ngày chuyển đổi số tỉnh Đắk Nông (01/11) thông qua hội thi “Chuyển đổi số - nhận thức và hành động” năm 2023 với không khí vô cùng sôi động.

Anh-tin-bai

 Đại diện lãnh đạo huyện Đắk Song tặng cờ lưu niệm cho các thành viên tham dự hội thi

Hiện nay, chuyển đổi số là xu thế tất yếu trên toàn cầu và là một giải pháp quan trọng, cấp thiết, làm cơ sở xây dựng và phát triển kinh tế - xã hội của mỗi địa phương, mỗi quốc gia.

Anh-tin-bai

Đồng chí Võ Quốc Tuấn – UVBTV huyện ủy, Phó Chủ tịch UBND huyện Đắk Song phát biểu tại Lễ phát động

Phát biểu phát động hưởng ứng ngày chuyển đổi số quốc gia, đồng chí Võ Quốc Tuấn – Phó Chủ tịch Ủy ban nhân dân huyện Đắk Song nhấn mạnh tầm quan trọng của chuyển đổi số.
"""


def test_clean_image_placeholder_slug_is_dropped() -> None:
    out = _clean(DAKSONG, url="https://daknong.gov.vn/cac-huyen-thi-xa/x-432166")
    assert "Anh-tin-bai" not in out.text and "Anh-tin-bai" in out.chrome
    assert out.title == "Đắk Song hưởng ứng sôi nổi ngày chuyển đổi số quốc gia"
    paras = out.text.split("\n\n")
    assert paras[0].startswith("Sáng 5/10, Ủy ban nhân dân huyện Đắk Song")
    assert paras[-2].endswith("phát biểu tại Lễ phát động")  # the captions stay
    assert len(paras) == 5
    assert out.site == "Cổng thông tin điện tử tỉnh Đắk Nông"


def test_clean_district_sub_site_is_named_for_the_district() -> None:
    # https://huongtra.thuathienhue.gov.vn/?cn=724&gd=8&tc=32188: the thị xã's own portal
    page = DAKSONG.replace("Đắk Song hưởng ứng", "Hương Trà hưởng ứng")
    out = _clean(page, url="https://huongtra.thuathienhue.gov.vn/?cn=724&gd=8&tc=32188")
    assert out.site == "Cổng thông tin điện tử thị xã Hương Trà"


def test_clean_bulleted_headline_loses_its_bullet() -> None:
    # http://video.baodaknong.org.vn/videos/tiep-tuc-dieu-chuyen-von-dau-tu-o-nhung-du-an-trien-khai-cham-8577.html
    page = """• Tiếp tục điều chuyển vốn đầu tư ở những dự án triển khai chậm
  • 04/11/2020 15:39
  • Phát biểu tại Phiên họp thành viên UBND tỉnh sáng 4/11, Chủ tịch UBND tỉnh Nguyễn Bốn đề nghị, Sở Kế hoạch và Đầu tư, các ngành, địa phương cần tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công. Những công trình, dự án giải ngân vốn chậm thì tiếp tục điều chuyển.
Viết bình luận mới
"""
    out = _clean(page)
    assert out.title == "Tiếp tục điều chuyển vốn đầu tư ở những dự án triển khai chậm"
    assert out.published == "2020-11-04T15:39:00+07:00"
    assert "Phát biểu tại Phiên họp thành viên UBND tỉnh sáng 4/11" in out.text
    assert "bình luận" not in out.text


# https://xatinhtra.sontinh.quangngai.gov.vn/page/Article/News/detail/67d14d9f10e9464b9f042acb
TINHTRA = """Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 Của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi Đến năm 2025, định hướng đến năm 2030
ỦY BAN NHÂN DÂN XÃ TỊNH TRÀ |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |
Số: /KH-UBND |
Tịnh Trà, ngày 26 tháng 4 năm 2024 |
KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023
Của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi
Đến năm 2025, định hướng đến năm 2030
![]() |
Thực hiện Kế hoạch số 50/KH-UBND ngày 11/3/2024 của UBND huyện Sơn Tịnh về triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030; UBND xã Tịnh Trà ban hành Kế hoạch triển khai thực hiện Nghị quyết với nội dung chủ yếu như sau:
I. MỤC TIÊU
1. Mục tiêu cơ bản đến năm 2025
"""


def test_clean_document_title_over_several_lines_is_the_whole_headline() -> None:
    out = _clean(TINHTRA)
    head = TINHTRA.split("\n", 1)[0]
    assert out.title == head  # the page's headline, not the title's last line
    assert out.published == "2024-04-26"  # the document's date above its title
    assert out.text.startswith("Thực hiện Kế hoạch số 50/KH-UBND")
    assert "Đến năm 2025, định hướng đến năm 2030\n" not in out.text
    # without the page's headline, the document's title lines joined
    out = _clean(TINHTRA.split("\n", 1)[1])
    assert out.title == (
        "KẾ HOẠCH Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 Của Ban Thường"
        " vụ Tỉnh ủy khóa XX về Chuyển đổi số tỉnh Quảng Ngãi Đến năm 2025, định hướng đến"
        " năm 2030"
    )


def test_clean_bracketed_time_zone_and_arrowed_related_link() -> None:
    # https://baoquangbinh.vn/chinh-tri/201504/tap-trung-su-lanh-dao-cua-cap-uy-bao-dam-cho-dai-hoi-dang-cac-cap-thanh-cong-tot-dep-2124091/
    lead = (
        "(QBĐT) - Phát biểu kết luận của đồng chí Hoàng Đăng Quang, Phó Bí thư Thường trực"
        " Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh tại Hội nghị rút kinh nghiệm đại hội"
        " điểm cấp cơ sở, nhiệm kỳ 2015-2020, ngày 7-4-2015."
    )
    rest = (
        "Sau một buổi làm việc, đến thời điểm này, Hội nghị đánh giá, rút kinh nghiệm đại hội"
        " điểm cấp cơ sở, nhiệm kỳ 2015-2020 đã hoàn thành chương trình đề ra."
    )
    link = (
        ">> Hội nghị đánh giá kết quả chỉ đạo và tổ chức đại hội điểm các đảng bộ, chi bộ cơ"
        " sở nhiệm kỳ 2015-2020"
    )
    page = "\n\n".join(
        [
            ".",
            'Tập trung sự lãnh đạo của cấp ủy, bảo đảm cho đại hội Đảng các cấp thành công tốt đẹp "*"',
            "Thứ Tư, 08/04/2015, 08:11 [GMT+7]",
            lead,
            link,
            rest,
        ]
    )
    out = _clean(page)
    assert out.published == "2015-04-08T08:11:00+07:00"
    assert out.text.split("\n\n") == [lead, rest]
    assert link in out.chrome


# https://vov.gov.vn/ptt-tran-luu-quang-phai-co-cach-tiep-can-khac-trong-hoat-dong-khoa-hoc-cong-ngh-dtnew-609681
VOVGOV = """PTT Trần Lưu Quang: Phải có cách tiếp cận khác trong hoạt động khoa học công nghệ (28/12/2023)
Cập nhật: 28/12/2023
Xưởng cơ khí trong khu dân cư An Khánh bị "tố" gây ô nhiễm, nguy cơ cháy nổ
Mưa lớn gây ngập cục bộ ở Đà Lạt, 2 người tử vong do sạt lở đất
Khoa học công nghệ (KHCN) và đổi mới sáng tạo (ĐMST) là động lực, là giải pháp để phát triển đất nước. Do đó, phải có cách tiếp cận khác trong hoạt động KHCN. Đây là nhấn mạnh của Phó Thủ tướng Chính phủ Trần Lưu Quang tại Hội nghị Tổng kết công tác năm 2023 và triển khai nhiệm vụ công tác năm 2024 của Bộ Khoa học và công nghệ tổ chức sáng nay (28/12) tại Hà Nội.
Từ khóa:
Thể loại: Thời sự
Tác giả:
Nguồn tin: VOV1
"""


def test_clean_headlines_between_dateline_and_lead_are_links() -> None:
    out = _clean(VOVGOV)
    assert out.title is not None and out.title.startswith("PTT Trần Lưu Quang: Phải có")
    assert out.published == "2023-12-28"
    assert out.text.startswith("Khoa học công nghệ (KHCN)")
    assert "Mưa lớn gây ngập" in out.chrome and "Xưởng cơ khí" in out.chrome
    # one headline-like line there is the article's own (a subtitle), and stays
    one = VOVGOV.replace("Mưa lớn gây ngập cục bộ ở Đà Lạt, 2 người tử vong do sạt lở đất\n", "")
    assert _clean(one).text.startswith("Xưởng cơ khí trong khu dân cư")


def test_clean_video_page_section_counter_and_player_report() -> None:
    # http://quochoitv.vn/Videos/thoi-su/2019/8/son-la-cai-cach-hanh-chinh-huong-den-su-hai-long-cua-nguoi-dan/265875
    head = "SƠN LA CẢI CÁCH HÀNH CHÍNH HƯỚNG ĐẾN SỰ HÀI LÒNG CỦA NGƯỜI DÂN"
    body = (
        "Năm 2018, Sơn La là tỉnh đứng đầu cả nước về chỉ số SIPAS, đánh giá mức độ hài lòng"
        " của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước. Đây là"
        " một trong những thành công nổi bật, có được do tỉnh Sơn La đã nỗ lực cải cách hành"
        " chính trong thời gian qua."
    )
    page = "\n\n".join(
        [
            head,
            "Chuyên mục: THỜI SỰ | Lượt xem : 11,641",
            "Ngày đăng: 24/08/2019",
            head,
            "# " + body,  # a markdown heading's marker
            "Bạn gặp vấn đề gì khi xem video này ?",
        ]
    )
    out = _clean(page)
    assert out.title == head
    assert out.published == "2019-08-24"
    assert out.text == body
    assert "Lượt xem : 11,641" in out.chrome


def test_clean_summary_cut_from_the_text_and_read_more_link() -> None:
    # https://doanhnhanonline.com.vn/khai-truong-trang-thong-tin-dien-tu-tp-hcm-tren-cong-thong-tin-chinh-phu/
    p1 = "Trang thông tin điện tử TP.HCM vừa được chính thức khai trương trên cổng thông tin Chính phủ hôm qua."
    p2 = (
        "Được sự đồng ý của Lãnh đạo Văn phòng Chính phủ và UBND Thành phố Hồ Chí Minh, Cổng"
        " Thông tin điện tử Chính phủ phối hợp với Văn phòng UBND Thành phố Hồ Chí Minh tổ"
        " chức lễ ra mắt Trang Thông tin điện tử Thành phố Hồ Chí Minh."
    )
    cut = (
        p1
        + " Được sự đồng ý của Lãnh đạo Văn phòng Chính phủ và UBND Thành phố Hồ Chí Minh, Cổng Thông..."
    )
    head = "Khai trương trang thông tin điện tử TP.HCM trên cổng thông tin Chính phủ"
    out = _clean("\n\n".join([head, head, cut, p1, p2]))
    assert out.title == head
    assert out.text.split("\n\n") == [p1, p2]
    # a summary that is not the text's opening stays
    other = "Lễ ra mắt diễn ra tại Hà Nội với sự tham dự của lãnh đạo hai cơ quan và..."
    assert _clean("\n\n".join([head, other, p1, p2])).text.split("\n\n")[0] == other
    # https://baotintuc.vn/video/sipas-cua-63-dia-phuong-nam-2023-v20240417172100954.htm
    lead = "Theo kết quả Chỉ số SIPAS năm 2023 do Bộ Nội vụ công bố ngày 17/4/2024, chỉ số SIPAS trung bình cả nước là 82,66%, tăng 2,58% so với năm 2022."
    out = _clean(f"SIPAS của 63 địa phương năm 2023\n\n{lead}(đọc thêm)")
    assert out.text == lead


def test_clean_last_ground_of_a_decision_ending_on_a_comma_is_kept() -> None:
    # phapluatcongdong.vn/van-ban/quyet-dinh-22-2011-qd-ubnd-ban-hanh-tinh-tay-ninh-nam-2011-p264506.htm,
    # the page as stored (it stops inside the decision's first article): the last ground ends
    # on a comma, not like a sentence, and was cut off with its Tờ trình as a trailing headline
    src = (
        "Quyết định 22/2011/QĐ-UBND quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tây Ninh\n"
        "Số hiệu: 22/2011/QĐ-UBND Loại văn bản: Quyết định\n"
        "Nơi ban hành: Tỉnh Tây Ninh Người ký: Nguyễn Thị Thu Thủy\n"
        "Ngày ban hành: 04/07/2011 Ngày hiệu lực: Đang cập nhật\n"
        "Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật\n"
        "Lĩnh vực: Tổ chức bộ máy nhà nước, Tình trạng: Đang cập nhập\n"
        "Ngày hết hiệu lực: Đang cập nhật\n"
        "\n"
        "ỦY BAN NHÂN DÂN\n"
        "TỈNH TÂY NINH\n"
        "---------\n"
        "\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "---------------\n"
        "\n"
        "Số: 22/2011/QĐ-UBND\n"
        "\n"
        "Tây Ninh, ngày 04 tháng 7 năm 2011\n"
        "\n"
        " \n"
        "\n"
        "QUYẾT ĐỊNH\n"
        "\n"
        "BAN HÀNH QUY ĐỊNH VỀ CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ  CƠ CẤU TỔ CHỨC CỦA SỞ NỘI VỤ TÂY NINH\n"
        "\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN\n"
        "\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n"
        "\n"
        "Căn cứ Nghị định số 13/2008/NĐ-CP , ngày 04 tháng 02 năm 2008 của Chính phủ Quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;\n"
        "\n"
        "Căn cứ Thông tư số 04/2008/TT-BNV , ngày 04 tháng 6 năm 2008 của Bộ Nội vụ Hướng dẫn về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ, Phòng Nội vụ thuộc Ủy ban nhân dân cấp tỉnh, cấp huyện;\n"
        "\n"
        "Căn cứ Thông tư số 04/2011/TT-BNV , ngày 10 tháng 02 năm 2011 của Bộ Nội vụ Hướng dẫn bổ sung nhiệm vụ, tổ chức và biên chế của Sở Nội vụ, Phòng Nội vụ thuộc Ủy ban nhân dân cấp tỉnh, cấp huyện về công tác thanh niên;\n"
        "\n"
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 244/TTr-SNV, ngày 04 tháng 7 năm 2011,\n"
        "\n"
        "QUYẾT ĐỊNH:\n"
        "\n"
        "Đi\n"
    )
    c = clean_text(normalize(src).text)
    assert "Căn cứ Thông tư số 04/2011/TT-BNV" in c.text
    assert "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 244/TTr-SNV" in c.text
    assert not c.text.rstrip().endswith("Đi")  # the stored copy's cut-off word


def test_clean_last_ground_cut_off_without_its_semicolon_is_kept() -> None:
    # https://text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm
    # (a document preview that stops inside its last ground): 28 words with no final ";"
    # were read as a trailing headline and the whole ground was lost
    src = (
        "Số: 1961/QĐUBND\n\n"
        "CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập  Tự do  Hạnh phúc \n\n"
        "Kiên Giang, ngày 28 tháng 8 năm 2019\n\n \nQUYẾT ĐỊNH\n"
        "BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ \n"
        "MỘT CỬA, MỘT CỬA LIÊN THÔNG TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG \nTỈNH KIÊN GIANG\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương \n"
        "trình Tổng thể cải cách hành chính nhà nước giai đoạn 20112020;\n"
        "Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 Chính phủ về thực hiện cơ chế \n"
        "một cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính;\n"
        "Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh về \n"
        "việc thành lập Trung tâm Phục vụ hành chính \n"
    )
    c = _clean(src)
    assert c.text.endswith(
        "Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh"
        " về việc thành lập Trung tâm Phục vụ hành chính"
    )
    # a short line opening with the same words is still no ground ("Căn cứ pháp lý" heads a
    # section of a plan): fewer than 8 words, as before
    assert _clean("Căn cứ pháp lý\n\n" + src).text.startswith("Số: 1961/QĐUBND")


# http://www.haugiang.gov.vn/Portal/DocView.aspx?pageid=1385&ItemID=19067&mid=2537&pageindex=11&siteid=1
HAUGIANG_LETTER = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc


Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011

V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới

Kính gửi:

- Giám đốc Sở Văn hóa, Thể thao và Du lịch;

- Chủ tịch UBND huyện, thị xã, thành phố.

Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới, Chủ tịch UBND tỉnh có ý kiến như sau:

Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình Hậu Giang phối hợp với các sở, ban, ngành, đoàn thể tỉnh và UBND huyện, thị xã, thành phố tiếp tục tuyên truyền và phát động trong toàn thể cán bộ, công chức, viên chức, người lao động và nhân dân lao động trên địa bàn tỉnh tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới theo yêu cầu tại Công văn nêu trên./.

(Đính kèm Công văn số 847/UBND-VX1 ngày 22/3/2011)

Nơi nhận:

- Như trên;

- TT. HĐND, UBND tỉnh;

- VP. Tỉnh ủy;

- Sở, ban, ngành tỉnh;

- Lưu: VT, NCTH.HH

KT. CHỦ TỊCH

PHÓ CHỦ TỊCH



Trần Thành Lập
"""


def test_clean_official_letter_motto_attachment_note_and_recipients() -> None:
    c = _clean(HAUGIANG_LETTER)
    # the motto in title case under the province's name is the form's header, not the title
    assert c.title is None or "Hạnh Phúc" not in c.title
    # a note on the attachment is neither the author nor the source
    assert c.author is None
    assert parse_byline("(Đính kèm Công văn số 847/UBND-VX1 ngày 22/3/2011)") is None
    assert parse_byline("(TTXVN/Vietnam+)") == Byline(source="TTXVN/Vietnam+")
    # the recipients' list under "Nơi nhận:" is the form's foot, not more of the text; the
    # note on the attached letter is the text's last line (its number stays findable)
    assert c.text.endswith(
        "theo yêu cầu tại Công văn nêu trên./.\n\n(Đính kèm Công văn số 847/UBND-VX1 ngày 22/3/2011)"
    )
    assert "Lưu: VT" not in c.text and "TT. HĐND, UBND tỉnh" not in c.text


# https://antv.gov.vn/xa-hoi-4/day-manh-tuyen-truyen-nang-cao-chuyen-doi-so-D51B9269F.html
ANTV = """Thứ Hai, 12/01/2026 13:33 GMT+7
  • ANTV
  • Hotline: 0692324026
  • Email: news@antv.gov.vn

Nhân Văn - Tin Cậy - Kịp Thời - Hấp dẫn

Sự kiện

Xã hội

Đẩy mạnh tuyên truyền, nâng cao chuyển đổi số

BT

(ANTV) - Sở Thông tin và Truyền thông, Hội nhà Báo TP. HCM vừa tổ chức trao giải thưởng cho các đơn vị, cá nhân thuộc các cơ quan Báo chí đạt giải “Báo chí viết về Chuyển đổi số TP. HCM” năm 2024. Giải thưởng này nhằm đẩy mạnh việc tuyên truyền, nâng cao nhận thức, trách nhiệm xã hội và tạo sự đồng thuận trong các tầng lớp nhân dân về công tác chuyển đổi số trên địa bàn TP. HCM.

Phát biểu khai mạc Lễ trao giải, Giám đốc Sở Thông tin và Truyền thông Lâm Đình Thắng cho biết, đây là lần đầu tiên TP. HCM tổ chức giải thưởng báo chí nhằm nâng cao nhận thức xã hội về vấn đề chuyển đổi số.
"""


def test_clean_reporter_initials_between_headline_and_lead() -> None:
    # the initials "BT" hid the headline above them, and were not read as the author
    for url in (
        None,
        "https://antv.gov.vn/xa-hoi-4/day-manh-tuyen-truyen-nang-cao-chuyen-doi-so-D51B9269F.html",
    ):
        c = _clean(ANTV, url)
        assert c.title == "Đẩy mạnh tuyên truyền, nâng cao chuyển đổi số"
        assert c.author == "BT"
        assert c.text.startswith("(ANTV) - Sở Thông tin và Truyền thông")
        assert "BT" not in c.text.split("\n\n")


def _words(slug: str) -> tuple[str, ...]:
    return tuple(slug.split("-"))


def test_clean_hex_id_closing_the_address_is_no_headline_word() -> None:
    from extractor.clean import _url_slug

    assert _words("day-manh-tuyen-truyen-nang-cao-chuyen-doi-so") in _url_slug(ANTV_URL)
    # https://tuyenquangtv.vn/xay-dung-dang/202404/ttv-no-luc-doi-moi-...-cac-cap-8ec2216/
    assert _words("ttv-no-luc-doi-moi") in _url_slug(
        "https://tuyenquangtv.vn/xay-dung-dang/202404/ttv-no-luc-doi-moi-8ec2216/"
    )
    # a word of the headline with one or two digits stays ("covid19", "5g")
    assert _words("ha-noi-phu-song-5g-toan-thanh") in _url_slug(
        "https://x.vn/ha-noi-phu-song-5g-toan-thanh.html"
    )


ANTV_URL = (
    "https://antv.gov.vn/xa-hoi-4/day-manh-tuyen-truyen-nang-cao-chuyen-doi-so-D51B9269F.html"
)


def test_clean_tag_link_between_two_sentences_is_dropped() -> None:
    # https://thanhnienvietnam.net/tag/sap-nhap-tinh-thanh: the tag's link "sáp nhập tỉnh
    # thành" printed between two whole paragraphs was kept in the text
    p1 = (
        "Việc sáp nhập tỉnh thành không chỉ giúp tinh gọn bộ máy hành chính mà còn mở ra không"
        " gian phát triển mới, tạo động lực tăng trưởng cho các vùng kinh tế trọng điểm."
    )
    p2 = (
        "Sáng 12/6, Quốc hội thông qua nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh, giảm"
        " từ 63 tỉnh thành xuống còn 34, đánh dấu bước ngoặt quan trọng trong tái cấu trúc hành chính."
    )
    c = _clean(f"{p1}\nsáp nhập tỉnh thành\n-\n-\n{p2}")
    assert c.text.split("\n\n") == [p1, p2]
    # a list item stays (a line going on with an unended sentence is joined to it before)
    assert "a) cấp tỉnh" in _clean(f"{p1}\na) cấp tỉnh\n{p2}").text


# https://chauthanh.dongthap.gov.vn/web/hct/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/1327765?plidlayout=3502
CHAUTHANH = """Chi tiết bài viết Vấn đề quan tâm

Công nhận 08 xã đạt chuẩn nông thôn mới năm 2019

Ngày 22/5, Chủ tịch Ủy ban nhân dân tỉnh quyết định công nhận 08 xã đạt chuẩn nông thôn mới năm 2019.

Đó là các xã: Bình Tấn, huyện Thanh Bình; Bình Hàng Tây, Nhị Mỹ, huyện Cao Lãnh; Tân Mỹ, Định An, huyện Lấp Vò; Tân Phú Trung, Phú Hựu, An Nhơn, huyện Châu Thành.

Chủ tịch Ủy ban nhân dân tỉnh giao Ủy ban nhân dân huyện Thanh Bình, Cao Lãnh, Lấp Vò, Châu Thành và các xã trên tổ chức công bố đúng quy định, đảm bảo trang trọng, tiết kiệm. Đồng thời, có kế hoạch duy trì, nâng chất các tiêu chí nông thôn mới hướng đến xây dựng xã nông thôn mới nâng cao.

Thanh An (nguồn 723/QĐ-UBND-HC)
"""


def test_clean_last_line_citing_a_document_stays_in_the_text() -> None:
    # the byline whose source is the decision reported was dropped with its number
    c = _clean(CHAUTHANH)
    assert c.text.endswith("nâng cao.\n\nThanh An (nguồn 723/QĐ-UBND-HC)")
    assert c.author == "Thanh An"
    # https://sonoivu.namdinh.gov.vn/huong-dan-bau-cu/tin-hoat-dong-bau-cu/bo-noi-vu-de-nghi-cac-tinh-thanh-pho-tam-dung-viec-xin-chu-truong-thanh-lap-va-dieu-chinh-dia-gioi-de-thanh-1768
    # the line giving the letter's full text after "./."
    last = "theo quy định./."
    page = (
        "Bộ Nội vụ đề nghị các tỉnh, thành phố tạm dừng việc xin chủ trương thành lập và điều"
        " chỉnh địa giới để thành lập đơn vị hành chính đô thị\n\nCụ thể, nội dung Văn bản đề"
        " nghị Ủy ban nhân dân các tỉnh thành phố trực thuộc Trung ương tạm dừng việc xin chủ"
        " trương thành lập và điều chỉnh địa giới để thành lập đơn vị hành chính đô thị. Bộ"
        " Nội vụ sẽ chủ trì, phối hợp với các Bộ, cơ quan liên bộ và địa phương thực hiện quy"
        f" trình, thủ tục trình cấp có thẩm quyền {last}\n\nSở Nội vụ giới thiệu toàn văn Văn"
        " bản số 3582/BNV-CQĐP\n\nPhản hồi\n\nThông tin người gửi phản hồi\n\nCác tin khác\n"
    )
    c = _clean(page)
    assert c.text.endswith(f"{last}\n\nSở Nội vụ giới thiệu toàn văn Văn bản số 3582/BNV-CQĐP")
    assert "phản hồi" not in c.text
    # under the desk's initials too (http://haugiang.gov.vn/Portal/HtmlView.aspx?pageid=6393&ItemID=52129&mid=10785&pageindex=6&siteid=1)
    src = "(Nguồn: Công văn số 2055/UBND-TTTH)"
    c = _clean(CHAUTHANH.replace("Thanh An (nguồn 723/QĐ-UBND-HC)\n", f"MT\n{src}\nCác tin khác\n"))
    assert c.text.endswith(f"nâng cao.\n\n{src}") and c.author == "MT"
    # a list of related headlines citing documents, with their dates, stays out
    related = (
        "Ban hành Quyết định số 15/QĐ-UBND về cải cách hành chính\n\n12/03/2025\n\n"
        "Triển khai Kế hoạch số 20/KH-UBND năm 2025\n\n10/03/2025\n"
    )
    c = _clean(CHAUTHANH.replace("Thanh An (nguồn 723/QĐ-UBND-HC)\n", related))
    assert "15/QĐ-UBND" not in c.text and "20/KH-UBND" not in c.text


def test_clean_time_stamp_glued_after_a_teaser_is_cut() -> None:
    # https://la34.com.vn/tags/?tag=trung+t%C3%A2m+h%C3%A0nh+ch%C3%ADnh: each teaser of the
    # tag's list ended with its item's "15:25 | 15/04/2025"
    t1 = (
        'Tinh gọn bộ máy: Tầm nhìn quốc gia đặt trên “tâm tư tỉnh nhà" Mục tiêu cao nhất của'
        " việc sáp nhập cấp tỉnh là tạo không gian phát triển cho các đơn vị hành chính mới phù"
        " hợp với Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050."
    )
    t2 = (
        "Hướng dẫn nguyên tắc xác định trung tâm hành chính và tên gọi khi sáp nhập Chính phủ đề"
        " nghị ưu tiên sử dụng một trong các tên gọi của các đơn vị hành chính trước khi sáp"
        " nhập để đặt tên cho đơn vị hành chính mới, hạn chế tối đa tác động tới người dân,"
        " doanh nghiệp."
    )
    c = _clean(f"{t1} 15:25 | 15/04/2025\n{t2} 14:55 | 15/04/2025\n")
    assert c.text.split("\n\n") == [t1, t2]
    assert c.published is None  # an item's stamp does not date the list
    assert "15:25 | 15/04/2025" in c.chrome
    # a sentence naming a time and a date keeps them
    s = "Hội nghị khai mạc lúc 15:25 ngày 15/04/2025 tại hội trường Ủy ban nhân dân tỉnh."
    assert s in _clean(f"{t1}\n{s}\n").text
