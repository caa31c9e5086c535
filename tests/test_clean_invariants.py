"""Properties of clean_text on arbitrary pages: it never invents text and never fails.

Pages are assembled from realistic lines (prose, headlines, datelines, bylines, widget
labels, counters, teasers) shuffled with arbitrary text, so the classifier sees every
kind of neighbourhood."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.clean import clean_text

LINES = [
    "Multimedia Đọc Báo in",
    "Tìm kiếm tin tức",
    "Chủ nhật, Ngày 04/06/2023 -",
    "Kế hoạch cải cách hành chính giai đoạn 2021-2030",
    "Ngày đăng: 07/12/2021  10:33",
    "27/09/2021 | Phương Chi",
    "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)",
    "Theo Quyết định số 3478/QĐ-UBND, ngày 10/12/2021 của UBND tỉnh về việc ban hành "
    "Chương trình cải cách hành chính nhà nước giai đoạn 2021-2025.",
    "Theo đó, Chương trình tập trung vào 6 nội dung, đó là: cải cách thể chế; cải cách "
    "thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước.",
    "Người dân đến thực hiện các thủ tục hành chính. (Ảnh minh họa)",
    "QUAN ĐIỂM",
    "- Cải cách thể chế;",
    "Thúy Hồng",
    "Tác giả: Hà Thanh Tuấn",
    "Theo Báo Đắk Lắk",
    "Ý kiến bạn đọc",
    "Tin khác",
    "Lượt người xem:  Views:   1646",
    "Tổng truy cập 5.766.849",
    "Trang chủ > Tin tức > Cải cách hành chính",
    "Điện thoại: 0262.3852.459",
    "Bản quyền thuộc Báo Đắk Lắk",
    "|",
    "",
    "   ",
]

line = st.one_of(st.sampled_from(LINES), st.text(max_size=80).map(lambda s: s.replace("\n", " ")))
pages = st.lists(line, max_size=30).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
# found by hypothesis: a caption, a lone table bar, a word; the bar goes and the lines join
@example(page="Người dân đến thực hiện các thủ tục hành chính. (Ảnh minh họa)\n|\na")
def test_clean_never_invents_text(page: str) -> None:
    out = clean_text(page)
    stripped = [ln.strip() for ln in page.split("\n")]
    # a kept line is one source line, or consecutive source lines of a hard-wrapped
    # paragraph joined by one space; a lone table bar "|" between two of them may be left
    # out (a sentence a flattened table cell cut in two goes on after the bar)
    spans = [
        stripped[i:j]
        for i in range(len(stripped))
        for j in range(i + 1, len(stripped) + 1)
        if all(stripped[i:j])
    ]
    source_lines = (
        {" ".join(sp) for sp in spans}
        | {
            " ".join(s for k, s in enumerate(sp) if s != "|" or k in (0, len(sp) - 1))
            for sp in spans
        }
        | {""}
    )
    if out.text:
        for para in out.text.split("\n\n"):
            assert para in source_lines, para
            assert para and para == para.strip()
    if out.title is not None:
        assert out.title in source_lines
    for ch in out.chrome.split("\n") if out.chrome else []:
        assert ch in source_lines
    if out.author is not None:
        # a byline in capitals is stored in its usual case
        assert out.author.casefold() in page.casefold()
    if out.published is not None:
        assert out.published[:4].isdigit() and out.published[4] == "-"


@settings(max_examples=60, deadline=None)
@given(pages, st.data())
def test_clean_repeated_paragraph_kept_once(page: str, data: st.DataObject) -> None:
    """A paragraph the page repeats word for word (a caption printed twice) is kept once."""
    lines = page.split("\n")
    at = data.draw(st.integers(0, len(lines)))
    cap = "Toàn cảnh hội nghị triển khai kế hoạch cải cách hành chính năm 2022."
    doubled = "\n".join([*lines[:at], cap, cap, *lines[at:]])
    out = clean_text(doubled)
    body = out.text.split("\n\n") if out.text else []
    assert len(body) == len(set(body))
    assert body.count(cap) <= 1
