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
