"""clean_text on made-up but realistic flattened pages of portal shapes that are NOT the
five seeds: a WordPress provincial paper, an ASP.NET portal, a SharePoint portal, a
republished article ("Theo Báo X"), a repeated caption, a footer with address and phone,
a breadcrumb first line, tags, a sidebar of teasers above the article.

Each page is written the way scrapers flatten such sites (one block per line, chrome
kept); the expected body is written out paragraph by paragraph."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from extractor.clean import clean_text
from extractor.normalize import normalize


@dataclass(frozen=True)
class Case:
    name: str
    page: str
    body: list[str]
    title: str | None
    published: str | None
    author: str | None
    chrome_has: tuple[str, ...] = ()
    warning: str | None = None


P1 = (
    "(GLO)- Ngày 13/3, UBND tỉnh Gia Lai ban hành Kế hoạch số 512/KH-UBND về cải cách "
    "thủ tục hành chính năm 2022, đặt mục tiêu 100% hồ sơ được giải quyết đúng hạn."
)
P2 = (
    "Theo kế hoạch, các sở, ngành và UBND cấp huyện rà soát, đơn giản hóa ít nhất 20% "
    "thủ tục hành chính thuộc thẩm quyền giải quyết; công khai đầy đủ trên Cổng dịch vụ công."
)
P3 = (
    "Tỉnh cũng yêu cầu người đứng đầu các cơ quan chịu trách nhiệm trước Chủ tịch UBND "
    "tỉnh nếu để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp."
)

WORDPRESS = Case(
    name="wordpress_related_posts",
    page="\n".join(
        [
            "Trang chủ",
            "Thời sự",
            "Kinh tế",
            "Xã hội",
            "Tìm kiếm",
            "Gia Lai đẩy mạnh cải cách thủ tục hành chính trong năm 2022",
            "Đăng ngày: 14/03/2022 08:45",
            "Chia sẻ Facebook Zalo",
            "",
            P1,
            "",
            P2,
            "",
            P3,
            "",
            "Hồng Thi",
            "Xem thêm",
            "Bài viết liên quan",
            "Kon Tum công bố chỉ số PAR Index năm 2021",
            "Ngày 10/3, UBND tỉnh Kon Tum tổ chức hội nghị công bố Chỉ số cải cách hành "
            "chính năm 2021 của các sở, ngành và địa phương.",
            "Đắk Nông nâng cao chất lượng phục vụ người dân",
            "Sáng 9/3, Sở Nội vụ tỉnh Đắk Nông tổ chức hội nghị triển khai nhiệm vụ năm 2022.",
            "Bản quyền thuộc Báo Gia Lai",
        ]
    ),
    body=[P1, P2, P3],
    title="Gia Lai đẩy mạnh cải cách thủ tục hành chính trong năm 2022",
    published="2022-03-14T08:45:00+07:00",
    author="Hồng Thi",
    chrome_has=("Kon Tum công bố chỉ số PAR Index năm 2021",),
)

Q1 = (
    "Ngày 14/3/2022, UBND tỉnh Quảng Trị ban hành Kế hoạch số 1020/KH-UBND về cải cách "
    "hành chính năm 2022 với 6 nhóm nhiệm vụ trọng tâm."
)
Q2 = (
    "Kế hoạch đặt mục tiêu Chỉ số cải cách hành chính của tỉnh tăng ít nhất 5 bậc so với "
    "năm 2021; tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt từ 50% trở lên."
)
ASPNET = Case(
    name="aspnet_tin_da_dua_counters",
    page="\n".join(
        [
            "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ",
            "Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
            "Thứ Ba, 15/03/2022 -",
            "Quảng Trị ban hành kế hoạch cải cách hành chính năm 2022",
            "Cập nhật lúc: 10:20 15/03/2022",
            "Lượt xem: 245",
            Q1,
            Q2,
            "Ngọc Ánh - Sở Nội vụ",
            "In bài viết",
            "Gửi email",
            "Quay lại",
            "Tin đã đưa",
            "Quảng Trị tổng kết công tác cải cách hành chính năm 2021 (10/01/2022)",
            "Hội nghị trực tuyến triển khai Đề án 06 (05/01/2022)",
            "Tổng truy cập: 1.234.567",
            "Đang truy cập: 45",
        ]
    ),
    body=[Q1, Q2],
    title="Quảng Trị ban hành kế hoạch cải cách hành chính năm 2022",
    published="2022-03-15T10:20:00+07:00",
    author="Ngọc Ánh",
    chrome_has=("Tổng truy cập: 1.234.567", "Tin đã đưa"),
    warning="source: Sở Nội vụ",
)

S1 = (
    "Chiều 10-3, Sở Nội vụ tỉnh Long An tổ chức hội nghị tập huấn nghiệp vụ cải cách "
    "hành chính cho cán bộ, công chức làm công tác cải cách hành chính các sở, ngành."
)
S2 = (
    "Tại hội nghị, các đại biểu được hướng dẫn cách chấm điểm, thẩm định Chỉ số cải cách "
    "hành chính năm 2022 và cách cập nhật tài liệu kiểm chứng trên phần mềm."
)
SHAREPOINT = Case(
    name="sharepoint_field_list",
    page="\n".join(
        [
            "Tin hoạt động",
            "Thứ 5, Ngày 10/03/2022, 15:30",
            "Long An tập huấn nghiệp vụ cải cách hành chính năm 2022",
            "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)",
            "",
            S1,
            "",
            S2,
            "",
            "Lượt người xem:  Views:   532",
            "Chia sẻ:",
            "Share:",
            "Tin khác",
            "Manage PermissionsManage Permissions",
            "|",
            "Version HistoryVersion History",
            "Tiêu đề",
            "Tóm tắt",
            "Nội dung",
            "Tác giả",
            "Từ khóa",
            "Content Type: Tin Tức Mở Rộng",
            "Version:",
            "Created at by",
            "Last modified at by",
            "Tin hoạt động",
        ]
    ),
    body=[S1, S2],
    title="Long An tập huấn nghiệp vụ cải cách hành chính năm 2022",
    published="2022-03-10T15:30:00+07:00",
    author=None,
    chrome_has=("Content Type: Tin Tức Mở Rộng",),
)

T1 = (
    "Sáng 12/4, Ban Chỉ đạo cải cách hành chính tỉnh Quảng Ninh họp đánh giá kết quả "
    "thực hiện nhiệm vụ quý I và triển khai nhiệm vụ quý II năm 2022."
)
T2 = (
    "Theo đó, tỉnh tiếp tục giữ vững vị trí dẫn đầu cả nước về Chỉ số cải cách hành chính "
    "và phấn đấu 100% thủ tục hành chính được cung cấp trực tuyến toàn trình."
)
SOURCE = Case(
    name="republished_theo_bao",
    page="\n".join(
        [
            "Tin tức",
            "Quảng Ninh giữ vững vị trí dẫn đầu về cải cách hành chính",
            "12/04/2022 09:15",
            T1,
            T2,
            "Theo Báo Quảng Ninh",
            "Tin liên quan",
            "Hải Phòng công bố Chỉ số hài lòng năm 2021",
        ]
    ),
    body=[T1, T2],
    title="Quảng Ninh giữ vững vị trí dẫn đầu về cải cách hành chính",
    published="2022-04-12T09:15:00+07:00",
    author="Báo Quảng Ninh",
    warning="source: Báo Quảng Ninh",
)

C1 = (
    "Trung tâm Phục vụ hành chính công tỉnh Bắc Giang đã tiếp nhận hơn 12.000 hồ sơ trong "
    "quý I năm 2022, tỷ lệ giải quyết đúng hạn đạt 99,8%."
)
CAP = "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. (Ảnh: Thu Hà)"
C2 = (
    "Trong quý II, Trung tâm tiếp tục rà soát quy trình nội bộ, rút ngắn thời gian giải "
    "quyết và tăng cường hướng dẫn người dân nộp hồ sơ trực tuyến."
)
CAPTION = Case(
    name="caption_repeated",
    page="\n".join(
        [
            "Multimedia Đọc Báo in",
            "",
            "Bắc Giang: hơn 12.000 hồ sơ được giải quyết trong quý I",
            "",
            "07:30, 02/04/2022",
            "",
            C1,
            "",
            CAP,
            CAP,
            "",
            C2,
            "",
            "Thu Hà",
            "",
            "Ý kiến bạn đọc",
        ]
    ),
    body=[C1, CAP, C2],
    title="Bắc Giang: hơn 12.000 hồ sơ được giải quyết trong quý I",
    published="2022-04-02T07:30:00+07:00",
    author="Thu Hà",
)

F1 = (
    "UBND huyện Cư M'gar vừa ban hành kế hoạch kiểm tra công tác cải cách hành chính năm "
    "2022 tại 17 xã, thị trấn trên địa bàn huyện."
)
F2 = (
    "Nội dung kiểm tra tập trung vào việc giải quyết thủ tục hành chính, thực hiện cơ chế "
    "một cửa, một cửa liên thông và ứng dụng công nghệ thông tin."
)
FOOTER = Case(
    name="trailing_footer_address_phone",
    page="\n".join(
        [
            "Kiểm tra công tác cải cách hành chính tại 17 xã, thị trấn",
            "Ngày đăng: 20/05/2022",
            F1,
            F2,
            "Cơ quan chủ quản: UBND huyện Cư M'gar",
            "Địa chỉ: 02 Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar, tỉnh Đắk Lắk",
            "Điện thoại: 0262.3834.123 - Fax: 0262.3834.124",
            "Email: ubnd.cumgar@daklak.gov.vn",
            "Bản quyền thuộc UBND huyện Cư M'gar",
        ]
    ),
    body=[F1, F2],
    title="Kiểm tra công tác cải cách hành chính tại 17 xã, thị trấn",
    published="2022-05-20",
    author=None,
    chrome_has=("Điện thoại: 0262.3834.123 - Fax: 0262.3834.124",),
)

B1 = (
    "Ngày 5/6/2022, Sở Nội vụ tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác cải cách hành "
    "chính 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm."
)
B2 = (
    "Hội nghị thống nhất các giải pháp nâng cao Chỉ số SIPAS, trong đó chú trọng thái độ "
    "phục vụ của công chức tại bộ phận một cửa các cấp."
)
BREADCRUMB = Case(
    name="breadcrumb_first_line",
    page="\n".join(
        [
            "Trang chủ > Tin tức > Cải cách hành chính",
            "Hà Tĩnh sơ kết công tác cải cách hành chính 6 tháng đầu năm 2022",
            "06/06/2022 | Minh Đức",
            B1,
            B2,
            "Về đầu trang",
        ]
    ),
    body=[B1, B2],
    title="Hà Tĩnh sơ kết công tác cải cách hành chính 6 tháng đầu năm 2022",
    published="2022-06-06",
    author="Minh Đức",
    chrome_has=("Trang chủ > Tin tức > Cải cách hành chính",),
)

K1 = (
    "Chiều 20/7, UBND tỉnh Phú Yên tổ chức hội nghị công bố Chỉ số cải cách hành chính "
    "năm 2021 của các sở, ban, ngành và UBND các huyện, thị xã, thành phố."
)
K2 = (
    "Năm 2021, Sở Tư pháp dẫn đầu khối sở, ngành; thị xã Đông Hòa dẫn đầu khối huyện. "
    "Tỉnh yêu cầu các đơn vị xếp cuối bảng phải có giải pháp khắc phục ngay trong năm 2022."
)
TAGS = Case(
    name="tags_line",
    page="\n".join(
        [
            "Phú Yên công bố Chỉ số cải cách hành chính năm 2021",
            "Thứ Năm, 21/07/2022 - 06:40",
            K1,
            "Toàn cảnh hội nghị",
            K2,
            "Bài, ảnh: Ngọc Hân",
            "Từ khóa: cải cách hành chính, PAR Index, Phú Yên",
            "Phú Yên: Giải ngân vốn đầu tư công đạt 45%",
        ]
    ),
    body=[K1, "Toàn cảnh hội nghị", K2],
    title="Phú Yên công bố Chỉ số cải cách hành chính năm 2021",
    published="2022-07-21T06:40:00+07:00",
    author="Ngọc Hân",
    chrome_has=("Phú Yên: Giải ngân vốn đầu tư công đạt 45%",),
)

# a sidebar of teasers (headline + one-paragraph summary, each with a date) ABOVE the
# article, with no section label: the teaser shape and the prose mass pick the article
V1 = (
    "Ngày 2/8/2022, UBND tỉnh Vĩnh Long ban hành Quyết định số 1832/QĐ-UBND phê duyệt "
    "Đề án nâng cao Chỉ số hài lòng của người dân, doanh nghiệp giai đoạn 2022-2025."
)
V2 = (
    "Đề án đặt mục tiêu đến năm 2025, mức độ hài lòng của người dân, doanh nghiệp đối với "
    "sự phục vụ của cơ quan hành chính nhà nước đạt trên 95%; 100% hồ sơ được số hóa."
)
V3 = (
    "Để đạt mục tiêu, tỉnh triển khai đồng bộ 5 nhóm giải pháp, trọng tâm là nâng cao "
    "trách nhiệm người đứng đầu, đổi mới phương thức phục vụ và ứng dụng chuyển đổi số "
    "trong tiếp nhận, giải quyết thủ tục hành chính tại các cấp."
)
SIDEBAR = Case(
    name="teaser_sidebar_above_article",
    page="\n".join(
        [
            "Sự kiện nổi bật",
            "Vĩnh Long khai mạc hội chợ nông sản",
            "Sáng 1/8, tại thành phố Vĩnh Long đã diễn ra hội chợ nông sản với hơn 200 gian hàng.",
            "Trà Vinh tổng kết mùa mưa bão",
            "Chiều 1/8, Ban Chỉ huy phòng chống thiên tai tỉnh Trà Vinh họp tổng kết năm 2021.",
            "Vĩnh Long phê duyệt đề án nâng cao Chỉ số hài lòng",
            "03/08/2022 14:00",
            V1,
            V2,
            V3,
            "Phương Thảo",
        ]
    ),
    body=[V1, V2, V3],
    title="Vĩnh Long phê duyệt đề án nâng cao Chỉ số hài lòng",
    published="2022-08-03T14:00:00+07:00",
    author="Phương Thảo",
    chrome_has=("Trà Vinh tổng kết mùa mưa bão",),
)

CASES = [WORDPRESS, ASPNET, SHAREPOINT, SOURCE, CAPTION, FOOTER, BREADCRUMB, TAGS, SIDEBAR]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_clean_portal_page(case: Case) -> None:
    out = clean_text(normalize(case.page).text)
    assert out.text.split("\n\n") == case.body
    assert out.title == case.title
    assert out.published == case.published
    assert out.author == case.author
    for s in case.chrome_has:
        assert s in out.chrome
    if case.warning:
        assert case.warning in out.warnings
    # title, dateline and byline are not repeated in the text
    if case.title:
        assert case.title not in out.text
    if case.author:
        assert case.author not in out.text.split("\n\n")


def test_clean_site_from_copyright_footer() -> None:
    out = clean_text(normalize(FOOTER.page).text)
    assert out.site == "UBND huyện Cư M'gar"


def test_clean_portal_clock_is_never_the_date() -> None:
    """The render-day clock above the headline must not stand in for a missing dateline."""
    page = "\n".join(["Chủ nhật, Ngày 04/06/2023 -", FOOTER.page.split("\n")[0], F1, F2])
    out = clean_text(page)
    assert out.published is None
    assert out.title == FOOTER.title
    assert "no publication date found" in out.warnings


L1 = "Ngày 15/9/2022, UBND huyện Krông Pắc ban hành kế hoạch cải cách hành chính giai đoạn 2022-2025."
LIST = [
    "Kế hoạch tập trung vào các nội dung sau:",
    "- Cải cách thể chế;",
    "- Cải cách thủ tục hành chính;",
    "- Cải cách tổ chức bộ máy;",
    "- Cải cách chế độ công vụ;",
    "- Cải cách tài chính công.",
]
L2 = (
    "Huyện phấn đấu đến năm 2025 có 100% xã, thị trấn đạt chuẩn chính quyền điện tử và "
    "tỷ lệ hồ sơ trực tuyến đạt trên 50%."
)


def test_clean_short_list_items_stay_in_the_body() -> None:
    """Short list items between paragraphs do not break the article in two."""
    page = "\n".join(
        [
            "Krông Pắc ban hành kế hoạch cải cách hành chính",
            "Ngày đăng: 16/09/2022",
            L1,
            *LIST,
            L2,
            "Ảnh: Thu Hà",
            "Minh Thuận",
        ]
    )
    out = clean_text(page)
    assert out.text.split("\n\n") == [L1, *LIST, L2]
    assert out.author == "Minh Thuận"
    assert "Ảnh: Thu Hà" in out.chrome


def test_clean_unlabelled_teaser_list_after_body_is_cut() -> None:
    """Other articles printed under the body without a section label (headline +
    one-paragraph summary, twice or more) are chrome, not body."""
    teasers = [
        "Đắk Lắk tổ chức hội thi cải cách hành chính năm 2022",
        "Sáng 20/9, Sở Nội vụ tỉnh Đắk Lắk khai mạc hội thi tìm hiểu cải cách hành chính.",
        "Buôn Ma Thuột đẩy mạnh thanh toán không dùng tiền mặt",
        "UBND thành phố Buôn Ma Thuột vừa ban hành kế hoạch thanh toán phí, lệ phí trực tuyến.",
    ]
    page = "\n".join(
        [
            "Krông Pắc ban hành kế hoạch cải cách hành chính",
            "16/09/2022 08:00",
            L1,
            L2,
            L1[:-1] + " mới.",
            *teasers,
        ]
    )
    out = clean_text(page)
    assert out.text.split("\n\n") == [L1, L2, L1[:-1] + " mới."]
    assert teasers[0] in out.chrome and teasers[3] in out.chrome


def test_clean_sapo_between_headline_and_dateline() -> None:
    """A summary paragraph printed between the headline and the dateline is body; the
    headline above it is the title; a date line with a view counter is a dateline."""
    sapo = "Tỉnh đặt mục tiêu đến năm 2025 có 80% hồ sơ thủ tục hành chính được xử lý trực tuyến."
    page = "\n".join(
        [
            "Quảng Ngãi đẩy mạnh dịch vụ công trực tuyến - Cổng TTĐT tỉnh Quảng Ngãi",
            "Quảng Ngãi đẩy mạnh dịch vụ công trực tuyến",
            sapo,
            "15/03/2022 10:20 | Lượt xem: 245",
            L1,
            L2,
        ]
    )
    out = clean_text(page)
    assert out.title == "Quảng Ngãi đẩy mạnh dịch vụ công trực tuyến"
    assert out.text.split("\n\n") == [sapo, L1, L2]
    assert out.published == "2022-03-15T10:20:00+07:00"


def test_clean_repeated_headline_is_still_the_title() -> None:
    """A headline printed twice (browser title line and article headline) is not a menu
    item; a labelled author on the date line is read without its label."""
    head = "Krông Pắc ban hành kế hoạch cải cách hành chính"
    page = "\n".join(
        [
            head,
            "Giới thiệu",
            "Tin tức",
            "Văn bản",
            "Tin tức",
            head,
            "Cập nhật: 16/09/2022 - 10:20 | Người đăng: Trần Văn An",
            L1,
            L2,
        ]
    )
    out = clean_text(page)
    assert out.title == head
    assert out.author == "Trần Văn An"
    assert out.published == "2022-09-16T10:20:00+07:00"
    assert out.text.split("\n\n") == [L1, L2]


def test_clean_site_from_url_wins_over_text() -> None:
    page = FOOTER.page
    assert clean_text(page).site == "UBND huyện Cư M'gar"
    out = clean_text(page, url="https://baodaklak.vn/thoi-su/kiem-tra-cchc.html")
    assert out.site is not None and "Đắk Lắk" in out.site


def test_clean_all_caps_byline_closing_the_article() -> None:
    """Provincial papers print the byline in capitals under the text ("HỒNG THI"); a
    capitalised desk line ("BAN BIÊN TẬP") is not a person. The name is stored in its
    usual case, so that one author is one value across portals."""
    page = "\n".join(
        [
            "Krông Pắc ban hành kế hoạch cải cách hành chính",
            "16/09/2022 08:00",
            L1,
            L2,
            "HỒNG THI",
            "BAN BIÊN TẬP",
        ]
    )
    out = clean_text(page)
    assert out.author == "Hồng Thi"
    assert out.text.split("\n\n") == [L1, L2]
    assert "BAN BIÊN TẬP" in out.chrome
    page = page.replace("HỒNG THI\n", "")
    assert clean_text(page).author is None


# Shapes seen on national news sites flattened from HTML (structure only, text made up):
# a "Bình luận" button between the dateline and the body, the byline under the headline
# and again after the teasers, a summary repeated as the first paragraph, a credit in
# parentheses, hashtags, teasers with their own datelines.
def test_clean_comment_button_under_headline_is_not_a_section() -> None:
    page = "\n".join(
        [
            "Thời sự",
            "Chia sẻ",
            "Bình luận",
            "Krông Pắc ban hành kế hoạch cải cách hành chính",
            "Minh Thuận",
            "16/09/2022 15:33",
            "Nghe",
            "Chia sẻ",
            "Bình luận",
            "Trở về",
            L1,
            L2,
            "Đắk Lắk tổ chức hội thi cải cách hành chính",
            "Buôn Ma Thuột đẩy mạnh thanh toán trực tuyến",
            "Minh Thuận",
            "#cải cách hành chính",
        ]
    )
    out = clean_text(page)
    assert out.title == "Krông Pắc ban hành kế hoạch cải cách hành chính"
    assert out.author == "Minh Thuận"
    assert out.published == "2022-09-16T15:33:00+07:00"
    assert out.text.split("\n\n") == [L1, L2]


def test_clean_credit_in_parentheses_and_repeated_summary() -> None:
    sapo = "Huyện Krông Pắc đặt mục tiêu 100% xã đạt chuẩn chính quyền điện tử vào năm 2025."
    page = "\n".join(
        [
            "Video",
            "Podcast",
            "Krông Pắc ban hành kế hoạch cải cách hành chính",
            sapo,
            "16/09/2022 07:17",
            "Facebook",
            "Lưu bài viết",
            "Copy link",
            sapo,
            L1,
            L2,
            "(TTXVN/Vietnam+)",
            "#cải cách hành chính",
            "Ninh Hòa",
            "Đắk Lắk tổ chức hội thi cải cách hành chính",
            "15/09/2022 21:18",
        ]
    )
    out = clean_text(page)
    assert out.title == "Krông Pắc ban hành kế hoạch cải cách hành chính"
    assert out.text.split("\n\n") == [sapo, L1, L2]
    assert out.published == "2022-09-16T07:17:00+07:00"
    assert out.author == "TTXVN/Vietnam+"  # no person byline: the desk
    assert "source: TTXVN/Vietnam+" in out.warnings


def test_clean_label_lines_and_broken_sentences() -> None:
    """'Gia Lai:' labels a list (not a byline); a sentence broken at a link into
    lower-case pieces does not split the article."""
    page = "\n".join(
        [
            "Krông Pắc ban hành kế hoạch cải cách hành chính",
            "16/09/2022 08:00",
            L1,
            "Gia Lai:",
            "Kế hoạch được triển khai tới 16 xã, thị trấn trên địa bàn huyện, gồm 5 nhóm nhiệm vụ.",
            "Đây là lần đầu",
            "chính quyền điện tử",
            "được đưa vào kế hoạch",
            ", cùng với chỉ tiêu về hồ sơ trực tuyến và thanh toán không dùng tiền mặt.",
            L2,
        ]
    )
    out = clean_text(page)
    assert out.author is None
    body = out.text.split("\n\n")
    assert body[0] == L1 and body[-1] == L2
    assert "Gia Lai:" in body


def test_clean_initials_closing_the_text_are_the_author() -> None:
    page = "\n".join(["Krông Pắc ban hành kế hoạch cải cách hành chính", "16/09/2022", L1, L2])
    assert clean_text(page + "\nPV").author == "PV"
    assert clean_text(page + "\n(T.H)").author == "T.H"
    # initials after an unrelated line are not the byline
    assert clean_text(page + "\nVideo nổi bật trong tuần\nPV").author is None


def test_clean_flattened_table_stays_in_the_body() -> None:
    """A table flattened one cell per line (numbers, short labels) does not cut the
    article in two."""
    cells = ["Chỉ tiêu", "2021", "2025", "Hồ sơ trực tuyến", "30%", "50%", "Hài lòng", "85%", "90%"]
    page = "\n".join(
        ["Krông Pắc ban hành kế hoạch cải cách hành chính", "16/09/2022", L1, *cells, L2]
    )
    out = clean_text(page)
    body = out.text.split("\n\n")
    assert body[0] == L1 and body[-1] == L2
    assert "50%" in body


def test_clean_author_on_a_dateline_above_the_headline() -> None:
    page = "\n".join(
        [
            "Thứ Hai, 16/09/2022 | Minh Thuận",
            "Krông Pắc ban hành kế hoạch cải cách hành chính",
            L1,
            L2,
        ]
    )
    out = clean_text(page)
    assert out.author == "Minh Thuận"
    assert out.published == "2022-09-16"


def test_clean_weekday_clock_without_time_is_not_the_date() -> None:
    page = "\n".join(
        ["Thứ năm, 01/12/2022", "Krông Pắc ban hành kế hoạch cải cách hành chính", L1, L2]
    )
    assert clean_text(page).published is None
    page = page.replace("Thứ năm, 01/12/2022", "Thứ năm, 01/12/2022, 08:15")
    assert clean_text(page).published == "2022-12-01T08:15:00+07:00"


def test_clean_related_box_inside_the_body_is_skipped_not_an_end() -> None:
    """A "Tin liên quan" box of headlines printed between two paragraphs: the article
    goes on after it; the box is chrome."""
    box = [
        "Tin liên quan",
        "Đắk Lắk tổ chức hội thi cải cách hành chính năm 2022",
        "Buôn Ma Thuột đẩy mạnh thanh toán không dùng tiền mặt",
    ]
    page = "\n".join(
        [
            "Krông Pắc ban hành kế hoạch cải cách hành chính",
            "16/09/2022 08:00",
            L1,
            *box,
            L2,
            K2,
            "Minh Thuận",
            "Ý kiến bạn đọc",
            "Sáng 20/9, Sở Nội vụ khai mạc hội thi.",
        ]
    )
    out = clean_text(page)
    assert out.text.split("\n\n") == [L1, L2, K2]
    assert out.title == "Krông Pắc ban hành kế hoạch cải cách hành chính"
    assert out.author == "Minh Thuận"
    assert box[1] in out.chrome


def test_clean_related_box_after_the_byline_ends_the_article() -> None:
    """After the closing byline, a related box followed by prose (a teaser summary)
    is not joined to the article."""
    page = "\n".join(
        [
            "Krông Pắc ban hành kế hoạch cải cách hành chính",
            "16/09/2022 08:00",
            L1,
            L2,
            "Minh Thuận",
            "Tin liên quan",
            "Đắk Lắk tổ chức hội thi cải cách hành chính",
            K2,
        ]
    )
    out = clean_text(page)
    assert out.text.split("\n\n") == [L1, L2]
    assert K2 in out.chrome


def test_clean_hard_wrapped_paragraph_is_joined() -> None:
    """Text stored with a fixed line width (hdnd.dongnai.gov.vn, 2024) keeps its
    paragraphs: each wrapped piece alone is too short to read as prose."""
    page = "\n".join(
        [
            "Mục tiêu của kế hoạch là xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu",
            "quả, liêm chính, phục vụ nhân dân, tập trung vào 06 nội dung cốt lõi: cải cách",
            "thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy; cải cách chế độ",
            "công vụ; cải cách tài chính công và xây dựng, phát triển chính quyền điện tử,",
            "chính quyền số.",
            "Kế hoạch đề ra 7 mục tiêu, nhiệm",
            "vụ liên quan đến cải cách thể chế và cải cách thủ tục hành chính của tỉnh.",
        ]
    )
    out = clean_text(page)
    paras = out.text.split("\n\n")
    assert len(paras) == 2
    assert paras[0].startswith("Mục tiêu của kế hoạch") and "hiệu quả, liêm chính" in paras[0]
    assert paras[0].endswith("chính quyền điện tử, chính quyền số.")
    assert paras[1] == (
        "Kế hoạch đề ra 7 mục tiêu, nhiệm vụ liên quan đến cải cách thể chế và cải cách "
        "thủ tục hành chính của tỉnh."
    )


def test_clean_short_or_finished_lines_are_not_joined() -> None:
    """A menu item or a finished sentence does not swallow a lower-case line after it."""
    from extractor.clean import _unwrap

    assert _unwrap(["Trang chủ", "xem thêm"]) == ["Trang chủ", "xem thêm"]
    done = "UBND tỉnh vừa ban hành kế hoạch cải cách hành chính năm 2024."
    assert _unwrap([done, "tin liên quan"]) == [done, "tin liên quan"]
    assert _unwrap(["Sở Nội vụ tổ chức hội nghị tập huấn cho cán bộ", "", "ngày mai"]) == [
        "Sở Nội vụ tổ chức hội nghị tập huấn cho cán bộ",
        "",
        "ngày mai",
    ]


def test_clean_official_document_header_is_content_and_dates_the_page() -> None:
    """A plan's own text as legal-text sites flatten it (ls1.hethongphapluat.com, Kế
    hoạch 4851/KH-UBND, Bình Dương 2018): the motto row is a form, the number row is the
    document's content and gives the page's date."""
    page = "\n".join(
        [
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "Số: 4851/KH-UBND | Bình Dương, ngày 11 tháng 10 năm 2018 |",
            "Căn cứ Quyết định số 2071/QĐ-UBND ngày 27/7/2018 của Ủy ban nhân dân tỉnh về "
            "việc phê duyệt Đề án sửa đổi, bổ sung Chỉ số cải cách hành chính.",
            "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai xác định Chỉ số CCHC của các "
            "sở, ban, ngành, cụ thể như sau:",
        ]
    )
    out = clean_text(page)
    assert out.title is None
    assert out.published == "2018-10-11"
    assert out.text.split("\n\n")[0] == "Số: 4851/KH-UBND | Bình Dương, ngày 11 tháng 10 năm 2018 |"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in out.chrome


def test_clean_document_page_cells_title_and_wrapped_citations() -> None:
    """A plan as thuvienphapluat.vn flattens it (Kế hoạch 14084/KH-UBND, Khánh Hòa 2024):
    the header one cell per line, the title in capitals under its type word, citations
    wrapped after "của" with the next line in capitals."""
    page = "\n".join(
        [
            "ỦY BAN NHÂN DÂN",
            "TỈNH KHÁNH HÒA",
            "-------",
            "|",
            "CỘNG HÒA XÃ HỘI",
            "CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "---------------",
            "|",
            "Số: 14084/KH-UBND",
            "|",
            "Khánh Hòa, ngày",
            "09 tháng 12 năm 2024",
            "|",
            "KẾ HOẠCH",
            "TRIỂN",
            "KHAI DỊCH VỤ CÔNG TRỰC TUYẾN TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA",
            "I. CĂN CỨ PHÁP LÝ",
            "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính",
            "phủ quy định việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà",
            "nước trên môi trường mạng;",
            "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của",
            "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày",
            "23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong",
            "giải quyết thủ tục hành chính;",
        ]
    )
    out = clean_text(page)
    assert out.title == "KẾ HOẠCH TRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA"
    assert out.published == "2024-12-09"
    paras = out.text.split("\n\n")
    assert paras[0] == "Số: 14084/KH-UBND | Khánh Hòa, ngày 09 tháng 12 năm 2024"
    assert paras[1] == "I. CĂN CỨ PHÁP LÝ"
    assert paras[2].startswith("Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy")
    assert paras[3].startswith("Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa")
    assert paras[3].endswith(
        "ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa "
        "liên thông trong giải quyết thủ tục hành chính;"
    )
    assert len(paras) == 4
    assert "CỘNG HÒA XÃ HỘI" in out.chrome and "TỈNH KHÁNH HÒA" in out.chrome


def test_clean_headline_ending_in_digital_so_is_not_joined_to_the_lead() -> None:
    # hatinh.gov.vn: "... về chuyển đổi số" (digital) ends the headline; "số" before a
    # number on the next line still joins ("Quyết định số" / "3478/QĐ-UBND ...")
    page = (
        "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh thống nhất ban hành Nghị quyết về chuyển đổi số\n"
        "Chiều nay (17/9), Ban Chấp hành Đảng bộ tỉnh khóa XIX tổ chức hội nghị lần thứ 7 để "
        "nghe và cho ý kiến về dự thảo Nghị quyết về chuyển đổi số tỉnh Hà Tĩnh.\n"
        "Thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy đã trình bày tờ trình "
        "ban hành Nghị quyết về tập trung lãnh đạo, chỉ đạo chuyển đổi số.\n"
    )
    out = clean_text(normalize(page).text)
    assert out.title == (
        "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh thống nhất ban hành Nghị quyết về chuyển đổi số"
    )
    assert out.text.startswith("Chiều nay (17/9)")
    wrapped = (
        "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Quyết định số\n"
        "3478/QĐ-UBND ngày 10/12/2021 về cải cách hành chính, các sở đã triển khai đồng bộ.\n"
    )
    assert "Quyết định số 3478/QĐ-UBND" in clean_text(normalize(wrapped).text).text


def test_clean_headline_split_after_its_type_word_is_one_title() -> None:
    # dakrlap.daknong.gov.vn: "KẾ HOẠCH" / "Hoạt động của Ban Chỉ đạo ..." in sentence case
    page = (
        "KẾ HOẠCH\n"
        "Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023\n"
        "Triển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân "
        "tỉnh Đăk Nông về ban hành Kế hoạch chuyển đổi số năm 2023, Ban Chỉ đạo ban hành "
        "Kế hoạch hoạt động với các nội dung cụ thể như sau:\n"
        "Nâng cao chất lượng hoạt động của Ban Chỉ đạo, xác định rõ trách nhiệm của từng "
        "thành viên Ban Chỉ đạo trong việc thực hiện nhiệm vụ được giao.\n"
    )
    out = clean_text(normalize(page).text)
    assert out.title == "KẾ HOẠCH Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023"
    assert out.text.startswith("Triển khai thực hiện")
