"""HTML metadata: dates to ISO 8601 (+07:00), site suffixes, og/JSON-LD precedence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lhtml

from extractor.htmlmeta import head_meta, iso_datetime, strip_site_suffix


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2021-09-27T21:00:00+07:00", "2021-09-27T21:00:00+07:00"),
        ("2021-09-27T21:00:00", "2021-09-27T21:00:00+07:00"),
        ("2021-09-27 21:00", "2021-09-27T21:00:00+07:00"),
        ("2021-09-27T14:00:00Z", "2021-09-27T21:00:00+07:00"),
        ("2021-09-27T20:00:00Z", "2021-09-28T03:00:00+07:00"),
        ("2021-09-27T21:00:00+0700", "2021-09-27T21:00:00+07:00"),
        ("2021-09-27", "2021-09-27"),
        ("27/09/2021 10:15", "2021-09-27T10:15:00+07:00"),
        ("2021-02-30", None),
        ("", None),
        ("hôm qua", None),
    ],
)
def test_htmlmeta_iso_datetime(raw: str, iso: str | None) -> None:
    assert iso_datetime(raw) == iso


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Phấn đấu đến năm 2025 - Báo Đắk Lắk", "Phấn đấu đến năm 2025"),
        (
            "Kế hoạch CCHC giai đoạn 2021 - 2025 | Cổng TTĐT tỉnh Kon Tum",
            "Kế hoạch CCHC giai đoạn 2021 - 2025",
        ),
        ("Kế hoạch CCHC giai đoạn 2021 - 2025", "Kế hoạch CCHC giai đoạn 2021 - 2025"),
        (
            "Báo Bình Dương - Năm 2019, kiểm tra cải cách hành chính",
            "Năm 2019, kiểm tra cải cách hành chính",
        ),
        ("Hội nghị - Hội thảo về chuyển đổi số", "Hội nghị - Hội thảo về chuyển đổi số"),
    ],
)
def test_htmlmeta_strip_site_suffix(title: str, clean: str) -> None:
    assert strip_site_suffix(title) == clean


def test_htmlmeta_head_prefers_og_and_jsonld() -> None:
    page = """<html><head><title>Cổng thông tin điện tử tỉnh Gia Lai</title>
    <meta property="og:title" content="Gia Lai công bố Chỉ số CCHC năm 2021 - Cổng TTĐT Gia Lai">
    <link rel="canonical" href="https://gialai.gov.vn/tin-tuc/a.html">
    <meta name="author" content="Cổng thông tin điện tử tỉnh Gia Lai">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-01T08:00:00+07:00",
      "author":{"@type":"Person","name":"Nguyễn Văn An"}}</script></head><body></body></html>"""
    m = head_meta(lhtml.document_fromstring(page))
    assert m.title == "Gia Lai công bố Chỉ số CCHC năm 2021"
    assert m.published == "2022-03-01T08:00:00+07:00"
    assert m.author == "Nguyễn Văn An"  # the site's name in meta author is not an author
    assert m.canonical == "https://gialai.gov.vn/tin-tuc/a.html"
    assert (m.site, m.province) == ("Cổng thông tin điện tử tỉnh Gia Lai", "Gia Lai")


def test_htmlmeta_site_title_is_not_the_article_title() -> None:
    page = '<html><head><meta property="og:title" content="Cổng thông tin điện tử tỉnh Kon Tum"></head><body></body></html>'
    m = head_meta(lhtml.document_fromstring(page), "https://kontum.gov.vn/")
    assert m.title is None


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            [
                *"ab ",
                "\t",
                "\n",
                "\r",
                "\u00a0",
                "\u2009",
                "\u3000",
                "\x1c",
                "\u0085",
                "\u2028",
                "\u200b",
            ]
        ),
        max_size=30,
    )
    | st.text(max_size=30)
)
def test_htmlmeta_whitespace_collapse_same_as_plain_runs(s: str) -> None:
    """_WS (runs of two or more, or one non-space) collapses as r"\\s+" does."""
    import regex

    from extractor import htmlclean, htmlmeta

    plain = regex.compile(r"\s+").sub(" ", s)
    assert htmlmeta._WS.sub(" ", s) == plain
    assert htmlclean._WS.sub(" ", s) == plain
