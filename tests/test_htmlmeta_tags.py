"""The ``<meta>`` tags are read in one pass (``htmlmeta._MetaTags``): the same values as
looking each name up by XPath, which the one pass replaced."""

from __future__ import annotations

from htmlfixtures import fixtures
from lxml import html as lhtml

from extractor.htmlmeta import _META_ATTRS, _WS, _MetaTags

NAMES = (
    "og:url",
    "og:site_name",
    "og:description",
    "description",
    "og:title",
    "twitter:title",
    "article:published_time",
    "datepublished",
    "pubdate",
    "dc.date",
    "date",
    "article:author",
    "author",
    "dc.creator",
)


def _by_xpath(tree: lhtml.HtmlElement, name: str) -> str | None:
    for attr in _META_ATTRS:
        for el in tree.xpath(
            f'//meta[translate(@{attr}, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
            f'"abcdefghijklmnopqrstuvwxyz")="{name}"]'
        ):
            v = (el.get("content") or "").strip()
            if v:
                return _WS.sub(" ", v)
    return None


def test_htmlmeta_tags_first_nonempty_by_attribute_order() -> None:
    page = """<html><head>
    <meta name="OG:Title" content="  ">
    <meta itemprop="og:title" content="from itemprop">
    <meta name="og:title" content="from  name">
    <meta property="og:title" content="from property">
    <meta property="og:title" content="a later property">
    <meta name="AUTHOR" content="Nguyễn Văn An">
    <meta name="Ðate" content="not ASCII">
    </head><body><meta name="description" content="in the body"></body></html>"""
    tree = lhtml.document_fromstring(page)
    tags = _MetaTags(tree)
    assert tags.get("og:title") == "from property"
    assert tags.get("twitter:title", "og:title") == "from property"
    assert tags.get("author") == "Nguyễn Văn An"
    assert tags.get("ðate") is None  # only ASCII letters are lowered
    assert tags.get("description") == "in the body"
    assert tags.get("og:url") is None
    for name in (*NAMES, "ðate", "Ðate"):
        assert tags.get(name) == _by_xpath(tree, name), name


def test_htmlmeta_tags_same_as_xpath_on_fixtures() -> None:
    pages = fixtures()
    assert pages
    for fx in pages:
        tree = lhtml.document_fromstring(fx.html()[0])
        tags = _MetaTags(tree)
        for name in NAMES:
            assert tags.get(name) == _by_xpath(tree, name), (fx.name, name)
