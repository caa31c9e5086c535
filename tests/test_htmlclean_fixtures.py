"""The HTML cleaner on every fixture page in tests/fixtures/html (see SOURCES.tsv).

Each page is decoded and normalised as the pipeline does, cleaned with its URL, and
scored: token F1 of the body against the sidecar's expected body, exact title /
published / author, nothing from ``must_not_contain`` in the text, and a listing page
must raise ``PageError("no_article")``.
"""

from __future__ import annotations

import pytest
from htmlfixtures import Fixture, fixtures, norm, token_f1

from extractor.htmlclean import clean_html
from extractor.types import PageError

FIXTURES = fixtures()
ARTICLES = [f for f in FIXTURES if not f.expected.get("no_article")]
LISTINGS = [f for f in FIXTURES if f.expected.get("no_article")]
MIN_F1 = 0.9


def test_htmlclean_fixture_set_is_large_enough() -> None:
    assert len(FIXTURES) >= 20
    assert len(LISTINGS) >= 2


@pytest.mark.parametrize("fx", ARTICLES, ids=lambda f: f.name)
def test_htmlclean_fixture_article(fx: Fixture) -> None:
    e = fx.expected
    html, converted = fx.html()
    c = clean_html(html, url=e["url"])
    assert c.extractor == "html"
    f1 = token_f1(c.text, e["body"])
    assert f1 >= MIN_F1, f"body token F1 {f1:.3f}"
    assert norm(c.title) == norm(e["title"])
    assert c.published == e["published"]
    assert norm(c.author) == norm(e["author"])
    for bad in e.get("must_not_contain", []):
        assert norm(bad) not in c.text, bad
    assert converted == e.get("converted_from")
    # paragraphs are separated by one blank line, and the title is not repeated
    assert "\n\n\n" not in c.text
    assert c.text.split("\n\n")[0].strip() != norm(e["title"])


@pytest.mark.parametrize("fx", LISTINGS, ids=lambda f: f.name)
def test_htmlclean_fixture_listing_has_no_article(fx: Fixture) -> None:
    html, _ = fx.html()
    with pytest.raises(PageError) as err:
        clean_html(html, url=fx.expected["url"])
    assert err.value.reason == "no_article"


def test_htmlclean_fixture_chrome_keeps_the_teasers() -> None:
    fx = next(f for f in ARTICLES if f.name == "baodaklak-par-sipas-comments")
    html, _ = fx.html()
    c = clean_html(html, url=fx.expected["url"])
    # the teaser that names the province is pruned from the text but kept as chrome
    assert "199-KH/TU" in c.chrome and "199-KH/TU" not in c.text
