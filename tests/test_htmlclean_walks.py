"""The cleaner's shortcuts over the tree give what the plain walks they replaced give:
document order by ancestors (``_precedes``), the chrome-name test memoised per element
(``_in_junk``), and the XPath pre-selections of the elements that may be hidden or
pruned by name."""

from __future__ import annotations

from htmlfixtures import fixtures
from lxml.html import HtmlElement

from extractor.htmlclean import (
    _HIDDEN_STYLE,
    _MAYBE_HIDDEN,
    _MAYBE_NAMED,
    BLOCK,
    _doc_index,
    _in_junk,
    _junk_name,
    _parse,
    _precedes,
    _preclean,
)


def _trees() -> list[HtmlElement]:
    pages = fixtures()
    assert pages
    out = []
    for fx in pages:
        tree = _parse(fx.html()[0])
        _preclean(tree)
        out.append(tree)
    return out


def test_htmlclean_precedes_is_document_order() -> None:
    for tree in _trees():
        index = _doc_index(tree)
        els = list(tree.iter())[::5]
        for a in els[::3]:
            for b in els:
                if a is b or a in b.iterancestors() or b in a.iterancestors():
                    continue
                assert _precedes(a, b) == (index[a] < index[b])


def test_htmlclean_in_junk_memo_same_as_climbing() -> None:
    for tree in _trees():
        memo: dict[HtmlElement, bool] = {}
        for el in tree.iter():
            climbing = any(
                isinstance(e.tag, str) and e.tag in BLOCK and _junk_name(e)
                for e in (el, *el.iterancestors())
            )
            assert _in_junk(el, memo) == climbing
            assert _in_junk(el, {}) == climbing


def test_htmlclean_xpath_preselections_hold_every_candidate() -> None:
    for fx in fixtures():
        tree = _parse(fx.html()[0])
        hidden = set(_MAYBE_HIDDEN(tree))
        for el in tree.iter():
            if isinstance(el.tag, str) and (
                el.get("hidden") is not None
                or _HIDDEN_STYLE.search(el.get("style") or "")
                or el.get("aria-hidden") == "true"
            ):
                assert el in hidden
        _preclean(tree)
        named = set(_MAYBE_NAMED(tree))
        for el in tree.iter():
            if el.tag in {"nav", "aside", "footer"} or (el.tag in BLOCK and _junk_name(el)):
                assert el in named
    # in document order, the root included
    tree = _parse(
        '<html><body hidden><div style="x"><p aria-hidden="true">a</p></div></body></html>'
    )
    assert [e.tag for e in _MAYBE_HIDDEN(tree)] == ["body", "div", "p"]
    tree = _parse(
        '<html class="a"><body><nav><div id="b"><aside>x</aside></div></nav></body></html>'
    )
    assert [e.tag for e in _MAYBE_NAMED(tree)] == ["html", "nav", "div", "aside"]


def test_htmlclean_threads_clean_as_one_thread_does() -> None:
    """Each thread parses with its own parser: a Dask worker may run several pages in
    threads at once, and their results must be those of a sequential run."""
    from concurrent.futures import ThreadPoolExecutor

    from extractor.htmlclean import clean_html
    from extractor.types import PageError

    def run(fx: object) -> object:
        try:
            return clean_html(fx.html()[0], url=fx.expected.get("url"))  # type: ignore[attr-defined]
        except PageError as e:
            return ("error", e.reason)

    pages = fixtures() * 3
    one = [run(fx) for fx in pages]
    with ThreadPoolExecutor(4) as pool:
        many = list(pool.map(run, pages))
    assert many == one
    assert any(not isinstance(r, tuple) for r in one)
