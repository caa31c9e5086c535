"""Rules of the HTML cleaner on small pages shaped like Vietnamese portals."""

from __future__ import annotations

import pytest

from extractor.htmlclean import clean_html
from extractor.types import PageError

PROSE = (
    "Ngày 10/12/2021, UBND tỉnh ban hành Quyết định số 3478/QĐ-UBND về Chương trình cải cách "
    "hành chính giai đoạn 2021-2025, định hướng đến năm 2030, với mục tiêu nâng cao chỉ số "
    "cải cách hành chính của tỉnh."
)
PROSE2 = (
    "Chương trình tập trung vào sáu nội dung: cải cách thể chế, cải cách thủ tục hành chính, "
    "cải cách tổ chức bộ máy, cải cách chế độ công vụ, cải cách tài chính công và xây dựng "
    "chính quyền điện tử, chính quyền số."
)


def _table_page(*, teasers_first: bool) -> str:
    teasers = (
        "<table><tr><td>Tin khác</td></tr>"
        + "".join(
            f'<tr><td><a href="/t{i}">Hội nghị sơ kết công tác cải cách hành chính số {i}</a> (0{i}/03/2019)</td></tr>'
            for i in range(1, 6)
        )
        + "</table>"
    )
    article = (
        '<table><tr><td><span class="title">Ban hành Chương trình cải cách hành chính giai đoạn 2021-2025</span></td></tr>'
        "<tr><td>Ngày đăng: 15/12/2021 09:30</td></tr>"
        f"<tr><td>{PROSE}<br/><br/>{PROSE2}</td></tr></table>"
    )
    left, right = (teasers, article) if teasers_first else (article, teasers)
    return (
        "<html><head><title>Sở Nội vụ tỉnh Gia Lai</title></head><body><table><tr>"
        f'<td valign="top">{left}</td><td valign="top">{right}</td>'
        "<td><table><tr><td>Thống kê truy cập</td></tr><tr><td>Tổng truy cập 1.234.567</td></tr></table></td>"
        "</tr></table></body></html>"
    )


@pytest.mark.parametrize("teasers_first", [False, True])
def test_htmlclean_table_layout_drops_teasers_and_counter(teasers_first: bool) -> None:
    c = clean_html(_table_page(teasers_first=teasers_first), url="https://snv.gialai.gov.vn/a.aspx")
    assert c.text == f"{PROSE}\n\n{PROSE2}"
    assert c.title == "Ban hành Chương trình cải cách hành chính giai đoạn 2021-2025"
    # the date is the article's dateline, never a teaser's
    assert c.published == "2021-12-15T09:30:00+07:00"
    assert "Tổng truy cập" in c.chrome and "sơ kết" in c.chrome
    assert c.site == "Sở Nội vụ tỉnh Gia Lai"  # the department's site, not the portal


def test_htmlclean_render_clock_is_not_the_date() -> None:
    page = (
        "<html><body><div>Chủ nhật, Ngày 04/06/2023 -</div><h1>Kế hoạch cải cách hành chính năm 2022</h1>"
        f"<div><p>{PROSE}</p><p>{PROSE2}</p></div></body></html>"
    )
    c = clean_html(page)
    assert c.published is None
    assert c.text.startswith("Ngày 10/12/2021")


def test_htmlclean_comment_box_is_not_text() -> None:
    comment = "Tôi thấy thủ tục ở xã vẫn còn rườm rà, người dân phải đi lại nhiều lần mới xong hồ sơ, mong tỉnh chấn chỉnh."
    page = (
        "<html><body><article><h1>Kế hoạch cải cách hành chính năm 2022</h1>"
        f"<p>{PROSE}</p><p>{PROSE2}</p><p>{PROSE}</p>"
        f"<h3>Ý kiến bạn đọc</h3><div><p>{comment}</p><p>{comment} Rất mong được trả lời.</p></div>"
        "</article></body></html>"
    )
    c = clean_html(page)
    assert "rườm rà" not in c.text
    assert "rườm rà" in c.chrome


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>Trang chủ</p></body></html>",
        "<html><body></body></html>",
        "   ",
    ],
)
def test_htmlclean_empty_pages_raise(page: str) -> None:
    with pytest.raises(PageError) as err:
        clean_html(page)
    assert err.value.reason in {"no_article", "empty"}


def test_htmlclean_time_element_near_headline_not_teaser_times() -> None:
    page = (
        "<html><body><main><h1>Kế hoạch cải cách hành chính năm 2022 của tỉnh</h1>"
        '<time datetime="2022-01-05T09:00">05/01/2022</time>'
        f"<div class='body'><p>{PROSE}</p><p>{PROSE2}</p></div></main>"
        "<section><h3>Tin cùng chuyên mục</h3>"
        '<article><a href="/a">Hội nghị tổng kết công tác cải cách hành chính</a><time datetime="2021-12-30">30/12</time></article>'
        "</section></body></html>"
    )
    c = clean_html(page)
    assert c.published == "2022-01-05T09:00:00+07:00"


def test_htmlclean_comments_outweighing_the_article_do_not_win() -> None:
    comment = (
        "Theo tôi, thủ tục hành chính ở cấp xã vẫn còn nhiều bất cập, người dân phải đi lại "
        "nhiều lần, cán bộ tiếp nhận hồ sơ chưa hướng dẫn tận tình, đề nghị tỉnh kiểm tra, chấn chỉnh."
    )
    comments = "".join(f"<div class='comment-item'><p>{comment} ({i})</p></div>" for i in range(12))
    page = (
        "<html><body><h1>Kế hoạch cải cách hành chính năm 2022 của tỉnh</h1>"
        f"<div class='detail'><p>{PROSE}</p><p>{PROSE2}</p></div>"
        f"<div class='comments'>{comments}</div></body></html>"
    )
    c = clean_html(page)
    assert c.text == f"{PROSE}\n\n{PROSE2}"


def test_htmlclean_inline_keyword_links_stay_in_the_text() -> None:
    linked = PROSE.replace(
        "cải cách hành chính giai đoạn",
        '<a class="keyword" href="/tag/cchc">cải cách hành chính</a> giai đoạn',
    )
    page = f"<html><body><h1>Kế hoạch cải cách hành chính năm 2022</h1><div><p>{linked}</p><p>{PROSE2}</p></div></body></html>"
    c = clean_html(page)
    assert c.text == f"{PROSE}\n\n{PROSE2}"


def test_htmlclean_short_article_with_a_document_list_is_not_a_listing() -> None:
    docs = "".join(
        f'<li><a href="/vb/{i}">Quyết định số {i}00/QĐ-UBND ngày 0{i}/12/2021 của UBND tỉnh</a></li>'
        for i in range(1, 7)
    )
    long = " ".join([PROSE, PROSE2, PROSE])
    page = f"<html><body><h1>Công bố thủ tục hành chính mới</h1><div><p>{long}</p><p>{PROSE2}</p><ul>{docs}</ul></div></body></html>"
    c = clean_html(page)
    assert c.text.startswith(PROSE)


def test_htmlclean_heading_ending_in_khac_is_not_a_section_label() -> None:
    page = (
        "<html><body><h1>Kế hoạch cải cách hành chính năm 2022 của tỉnh</h1><div>"
        f"<p>{PROSE}</p><p><strong>Các nhiệm vụ khác</strong></p><p>{PROSE2}</p>"
        "<h3>Video khác</h3><ul>"
        + "".join(
            f'<li><a href="/v{i}">Hội nghị trực tuyến về cải cách hành chính số {i}</a></li>'
            for i in range(4)
        )
        + "</ul></div></body></html>"
    )
    c = clean_html(page)
    assert c.text == f"{PROSE}\n\nCác nhiệm vụ khác\n\n{PROSE2}"


def test_htmlclean_teaser_sizes_memo_gives_the_same_items() -> None:
    """The listing check measures each ancestor once (a memo shared by a region's
    paragraphs); it finds the same teaser items as measuring every time."""
    from pathlib import Path

    from extractor.encoding import decode
    from extractor.htmlclean import _parse, _teaser_item, paragraphs

    fixtures = Path(__file__).resolve().parent / "fixtures" / "html"
    pages = sorted(fixtures.glob("*.html"))
    assert pages
    for path in pages:
        tree = _parse(decode(path.read_bytes()).text)
        body = tree.find("body")
        assert body is not None
        region = [body]
        paras = paragraphs(body)
        sizes: dict = {}
        with_memo = [_teaser_item(p, region, sizes) for p in paras]
        without = [_teaser_item(p, region) for p in paras]
        assert with_memo == without, path.name
