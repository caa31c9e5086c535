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
