"""Main content and metadata of an HTML article page of a Vietnamese news site or portal.

Why not trafilatura alone: on the table-layout portals of provincial governments
(ASP.NET, SharePoint, old Joomla) trafilatura keeps the sidebar, the comment box and the
visitor counter in the body, and takes its date from the "Tin khác" teaser list. This
cleaner works on the lxml tree, in steps:

1. Parse; drop scripts, styles, forms' controls, comments and hidden elements
   (SharePoint pages carry their field editor, "Manage Permissions", "Version History",
   in hidden blocks).
2. Metadata from the head (``htmlmeta.head_meta``): og/JSON-LD/microdata title, date,
   author, canonical URL, and the site and province from the domain table.
3. The main container: every paragraph (a block's own text, ``<br>`` splits) scores its
   length less its link text, for its block, the block's parent and, at half weight, its
   grandparent (as readability does); the best-scoring element wins, the deepest on ties
   (a ``<td>`` over its ``<tr>``). Prose siblings of it (a lead in its own ``<div>``) join.
4. Pruning by visible Vietnamese labels (``patterns/boilerplate.yaml`` kind ``stop``: Ý
   kiến bạn đọc, Tin khác, Tin liên quan, Bài viết liên quan, Bình luận, Tin cùng chuyên
   mục, Xem thêm, Tập tin đính kèm ...): the labelled section is cut, and when it follows
   the article, everything after it in the same column; a box before the article is cut
   alone. Widgets (share, print, font size), counters, breadcrumbs and the render-day
   clock are dropped line by line (kinds ``widget``, ``counter``, ``breadcrumb``,
   ``clock``), and class/id names of sidebars, menus, share bars, comment boxes and
   related lists are pruned unless they hold the article.
5. The dateline and byline are read near the headline (between it and the body) and at
   the body's end, never in teaser lists; a person's name alone on the last line is the
   author. The title is not repeated in the text; a paragraph repeated word for word is
   kept once.
6. A page with no article (a category listing: many teaser links with dates and no long
   prose) raises ``PageError("no_article", ...)``.

``Cleaned.chrome`` is every paragraph of the page that is not in the text (teasers,
sidebars, footer): teasers name the site's province. Measured against trafilatura on
the fixtures by ``bench/cleaner_vs_trafilatura.py`` (``bench/CLEANER.md``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin

import regex
from lxml import etree
from lxml.etree import _Element as Element

from . import metadata as md
from .htmlmeta import HtmlMeta, find_h1, head_meta, squash, strip_site_suffix, text_of
from .normalize import normalize_text
from .types import Cleaned, PageError

BLOCK = frozenset(
    [
        "p",
        "div",
        "td",
        "th",
        "tr",
        "tbody",
        "thead",
        "tfoot",
        "table",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "address",
        "center",
        "form",
        "fieldset",
        "hr",
        "caption",
        "details",
        "summary",
    ]
)
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "svg",
    "canvas",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "template",
    "object",
    "embed",
    "map",
    "link",
    "meta",
    "head",
    "video",
    "audio",
)
# class/id tokens of chrome; matched against the whole class/id string split on space,
# "-" and "_" (so "box-tin-khac", "tinkhac", "social_share", "fb-comments" all match)
_JUNK_NAME = regex.compile(
    r"(?:^|[\s_\-])(?:comments?|binhluan|binh[\s_\-]?luan|y[\s_\-]?kien|share|sharing|social|"
    r"print|in[\s_\-]?bai|font[\s_\-]?size|co[\s_\-]?chu|text[\s_\-]?size|breadcrumbs?|"
    r"related|lien[\s_\-]?quan|tin[\s_\-]?khac|tinkhac|other[\s_\-]?news|othernews|same[\s_\-]?cat|"
    r"cung[\s_\-]?chuyen[\s_\-]?muc|sidebar|side[\s_\-]?bar|menu|navbar|nav|footer|banner|"
    r"advert|ads|quang[\s_\-]?cao|qc|counter|thong[\s_\-]?ke|statistics?|visitors?|poll|"
    r"survey|tags?|keywords?|tu[\s_\-]?khoa|rating|login|search|weather|thoi[\s_\-]?tiet|"
    r"copyright|hotline|toolbar|tool[\s_\-]?bar|widget|popup|modal|cookie|newsletter|"
    r"most[\s_\-]?read|doc[\s_\-]?nhieu|xem[\s_\-]?nhieu|tin[\s_\-]?moi|latest|trending|"
    r"lienket|lien[\s_\-]?ket|weblink|links)(?:$|[\s_\-\d])",
    regex.IGNORECASE,
)
# names that say "this is the article": never pruned by name
_KEEP_NAME = regex.compile(
    r"(?:article|content|detail|chi[\s_\-]?tiet|noi[\s_\-]?dung|body|story|post|entry|news[\s_\-]?detail|main)",
    regex.IGNORECASE,
)
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
# whitespace to collapse into one space (used as _WS.sub(" ", s)): a run of two or more, or
# one that is not a space; a lone space is left alone, the same output as r"\s+" faster
_WS = regex.compile(r"\s{2,}|[^\S ]")
_SENT_END = regex.compile(r"[.!?…:;)\"”]\s*$")
_DATE_ANY = regex.compile(r"(?<!\d)\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d{2}(?!\d)")
# labels of comment boxes: everything after one is readers' text
_COMMENT_LABEL = regex.compile(
    r"^(?:ý\s+kiến\s+bạn\s+đọc|bình\s+luận|gửi\s+(?:ý\s+kiến|bình\s+luận)|ý\s+kiến\s+của\s+bạn|"
    r"viết\s+bình\s+luận|gửi\s+ý\s+kiến\s+phản\s+hồi|ý\s+kiến\s+phản\s+hồi)\b",
    regex.IGNORECASE,
)
# section labels this cleaner knows besides patterns/boilerplate.yaml's "stop" kind:
# portal sidebar boxes that sometimes sit in the article's own column, and English
# labels of bilingual portals
_EXTRA_LABEL = regex.compile(
    r"^(?:thống\s+kê\s+truy\s+cập|liên\s+kết\s+(?:website|web|trang)|"
    r"(?:các\s+)?tin\s+tức\s+(?:khác|liên\s+quan)|tin\s+bài\s+(?:khác|liên\s+quan)|"
    r"related\s+(?:news|articles?|posts?|stories)|other\s+(?:news|articles?)|more\s+news|"
    r"comments?|leave\s+a\s+(?:reply|comment))\s*:?\s*(?:\(\d+\))?$",
    regex.IGNORECASE,
)
# "Video khác", "Ảnh liên quan", "Văn bản khác": a short noun + khác / liên quan. Softer:
# inside the article it only ends the text when no paragraph of prose follows it
# (a heading "Các nhiệm vụ khác" in a plan is not a section label)
_SOFT_LABEL = regex.compile(
    r"^(?:các\s+)?(?:\p{L}+\s+){1,2}(?:khác|liên\s+quan)\s*:?\s*(?:\(\d+\))?$", regex.IGNORECASE
)
_BR = "\x01"
_BLK = "\x00"


@dataclass(slots=True)
class Para:
    text: str
    el: Element  # the block element the paragraph's text sits in
    link_chars: int = 0
    order: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


@dataclass(slots=True)
class _State:
    chrome: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ parsing
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>")
_CREDIT = regex.compile(r"\([^()]{2,40}\)")
_DIGIT = regex.compile(r"\d")
_DIGIT_OR_END_PUNCT = regex.compile(r"\d|[.!?;:]$")
_OFFICE_NAME = regex.compile(r"(?i)^(?:sở|ubnd|ủy\s+ban)\b.{0,60}$")


# lxml.html's parser without its element classes: the cleaner needs none of their
# methods, and looking the class up in Python costs on every element lxml hands out
# one parser per thread: a Dask worker may run several tasks in threads (lxml.html's own
# default parser is per thread too)
_LOCAL = threading.local()


def _parser() -> etree.HTMLParser:
    parser: etree.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = etree.HTMLParser()
    return parser


def _parse(html: str) -> Element:
    html = _XML_DECL.sub("", html)
    if not html.strip():
        raise PageError("empty", "empty HTML page")
    try:
        tree = etree.fromstring(html, _parser())
        if tree is None:
            raise etree.ParserError("Document is empty")  # as lxml.html says it
    except (etree.ParserError, ValueError) as e:
        raise PageError("bad_html", f"HTML could not be parsed: {e}") from None
    return tree


def _drop(el: Element) -> None:
    """Remove an element, keeping its tail text (lxml.html's ``drop_tree``)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


_MAYBE_HIDDEN = etree.XPath('descendant-or-self::*[@hidden or @style or @aria-hidden="true"]')


def _preclean(tree: Element) -> None:
    for el in list(tree.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(tree.iter(*DROP_TAGS)):
        _drop(el)
    # the elements that may be hidden, in document order (XPath in C, not a Python loop
    # over every element)
    for el in _MAYBE_HIDDEN(tree):
        if (
            el.get("hidden") is not None
            or _HIDDEN_STYLE.search(el.get("style") or "")
            or (el.get("aria-hidden") == "true" and len(text_of(el)) < 200)
        ):
            _drop(el)


# ------------------------------------------------------------------ paragraphs
def paragraphs(root: Element) -> list[Para]:
    """The text of ``root`` as paragraphs, in document order: block elements and
    ``<br>`` separate paragraphs; each remembers its block element and link text.

    One walk in lxml's ``iterwalk`` (start and end of each element, comments and
    processing instructions as one event): a text piece belongs to the innermost block
    open when it starts (an element's tail to its parent's), and counts as link text
    inside an ``<a>``. A comment's text counts as text, as the element walk this
    replaced read it (the cleaner drops comments before it reads paragraphs)."""
    out: list[Para] = []
    buf: list[str] = []
    links = 0
    cur: Element = root
    blk: Element = root  # the block element of the piece of text at hand
    in_link = False
    # (blk, in_link) of each open element's parent, to restore at its end
    stack: list[tuple[Element, bool]] = []

    def flush() -> None:
        nonlocal links
        if buf:
            t = squash("".join(buf))
            if t:
                out.append(Para(t, cur, min(links, len(t)), len(out)))
            buf.clear()
        links = 0

    for ev, e in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        if ev == "start":
            stack.append((blk, in_link))
            tag = e.tag  # an entity's tag is not a string: no branch below takes it
            if tag == "br":
                flush()
                continue  # a <br> has no text (nor, in HTML, children)
            if tag in BLOCK:
                flush()
                blk = e
            elif tag == "a":
                in_link = True
            piece = e.text
        elif ev == "end":
            if e.tag in BLOCK:
                flush()
            blk, in_link = stack.pop()
            if not stack:
                break  # the root: its tail is not its text
            piece = e.tail
        else:  # a comment or processing instruction: its text, then its tail
            piece = e.text
            if piece:
                if not buf:
                    cur = blk
                buf.append(piece)
                if in_link:
                    links += len(piece.strip())
            piece = e.tail
        if piece:
            if not buf:
                cur = blk
            buf.append(piece)
            if in_link:
                links += len(piece.strip())
    flush()
    return out


def _prose_score(p: Para) -> float:
    n = len(p.text)
    if n < 25:
        return 0.0
    s = n * (1.0 - p.link_density) ** 2
    s += 20 * min(10, p.text.count(",") + p.text.count("."))
    return s


def _in_junk(el: Element, memo: dict[Element, bool]) -> bool:
    """``el`` or one of its ancestors is a block named for chrome. ``memo`` keeps the
    answer for each element already seen (paragraphs share their ancestors; the tree
    does not change meanwhile); a loop, not a recursion, for deep trees."""
    chain = []
    e: Element | None = el
    known = False
    while e is not None:
        hit = memo.get(e)
        if hit is not None:
            known = hit
            break
        chain.append(e)
        e = e.getparent()
    for x in reversed(chain):
        known = known or (isinstance(x.tag, str) and x.tag in BLOCK and _junk_name(x))
        memo[x] = known
    return known


def _find_main(paras: list[Para]) -> Element | None:
    """The element whose paragraphs score most; paragraphs inside a block named for
    chrome (comments, sidebar, related news) do not vote, unless nothing else does."""
    junk: dict[Element, bool] = {}
    voters = [p for p in paras if not _in_junk(p.el, junk)]
    if not any(_prose_score(p) > 0 for p in voters):
        voters = paras
    scores: dict[Element, float] = {}
    for p in voters:
        s = _prose_score(p)
        if s <= 0:
            continue
        el = p.el
        scores[el] = scores.get(el, 0.0) + s
        parent = el.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + s
            gp = parent.getparent()
            if gp is not None:
                scores[gp] = scores.get(gp, 0.0) + 0.5 * s
    if not scores:
        return None
    top = max(scores.values())
    best = [el for el, s in scores.items() if s >= 0.98 * top]

    def depth(e: Element) -> int:
        return sum(1 for _ in e.iterancestors())

    return max(best, key=depth)


def _is_ancestor(a: Element, b: Element) -> bool:
    """a is b or an ancestor of b."""
    return a is b or any(x is a for x in b.iterancestors())


def _precedes(a: Element, b: Element) -> bool:
    """``a`` comes before ``b`` in document order, neither holding the other: their
    ancestors from the root down part at two siblings, in that order."""
    up_a = [a, *a.iterancestors()]
    up_b = [b, *b.iterancestors()]
    i = 1
    while i <= len(up_a) and i <= len(up_b) and up_a[-i] is up_b[-i]:
        i += 1
    parent = up_a[-i + 1]
    return parent.index(up_a[-i]) < parent.index(up_b[-i])


def _doc_index(tree: Element) -> dict[Element, int]:
    return {el: i for i, el in enumerate(tree.iter())}


# ------------------------------------------------------------------ pruning
# The tests of a line's text below are pure (the pattern files are loaded once per
# process) and asked again for the same text: by several steps for one paragraph, and
# on every page of a site for its repeated chrome lines. They keep their answers.
_TEXT_CACHE = 8192


@lru_cache(maxsize=_TEXT_CACHE)
def _kind(text: str) -> str | None:
    for k in ("stop", "widget", "counter", "breadcrumb", "clock", "footer"):
        if md.match_kind(text, k):
            return k
    return None


@lru_cache(maxsize=_TEXT_CACHE)
def _is_label_text(t: str) -> bool:
    return len(t) <= 60 and (
        md.match_kind(t, "stop") is not None
        or bool(_COMMENT_LABEL.match(t))
        or bool(_EXTRA_LABEL.match(t))
        or bool(_SOFT_LABEL.match(t))
    )


@lru_cache(maxsize=_TEXT_CACHE)
def _soft_only(t: str) -> bool:
    return bool(_SOFT_LABEL.match(t)) and not (
        md.match_kind(t, "stop") or _COMMENT_LABEL.match(t) or _EXTRA_LABEL.match(t)
    )


def _is_label(p: Para) -> bool:
    return _is_label_text(p.text)


def _prune_labelled(tree: Element, main: Element, paras: list[Para], st: _State) -> None:
    """Cut the sections that a stop label opens (Tin khác, Ý kiến bạn đọc, ...)."""
    for p in paras:
        if not _is_label(p):
            continue
        el = p.el
        if el.getparent() is None or not _is_ancestor(tree, el):
            continue  # already pruned
        if len(text_of(el)) > len(p.text) + 5:
            continue  # the label shares its block with other text: cut at line level
        if _is_ancestor(el, main):
            continue
        if _is_ancestor(main, el):
            if _soft_only(p.text):
                continue  # decided line by line, with what follows it
            # inside the article container: climb to the child of main
            node = el
            while node.getparent() is not None and node.getparent() is not main:
                node = node.getparent()
            _cut_from(node, comment=bool(_COMMENT_LABEL.match(p.text)), st=st)
            continue
        # outside: the highest ancestor that does not hold the article
        node = el
        while node.getparent() is not None and not _is_ancestor(node.getparent(), main):
            node = node.getparent()
        if _precedes(main, node):
            _cut_from(node, comment=True, st=st)
        else:
            st.chrome.append(text_of(node))
            _drop(node)


def _cut_from(node: Element, *, comment: bool, st: _State) -> None:
    """Drop ``node`` and the siblings after it; for a related-news label inside the
    article, stop at the first sibling that is prose again (the article resumes)."""
    sib = node.getnext()
    st.chrome.append(text_of(node))
    _drop(node)
    while sib is not None:
        nxt = sib.getnext()
        if not comment and isinstance(sib.tag, str):
            ps = paragraphs(sib)
            if any(len(q.text) >= 200 and q.link_density < 0.2 for q in ps):
                break
        if isinstance(sib.tag, str):
            st.chrome.append(text_of(sib))
            _drop(sib)
        sib = nxt


def _junk_name(el: Element) -> bool:
    name = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    if not name or not _JUNK_NAME.search(name):
        return False
    if el.tag in {"body", "html"}:
        return False
    # "article-content share-wrapper": the keep word alone does not save a share bar,
    # but a container named for the content is kept when the junk word is a modifier
    return not (_KEEP_NAME.search(name) and len(text_of(el)) > 500)


# the elements _prune_named may cut: named (class or id), or nav/aside/footer
_MAYBE_NAMED = etree.XPath(
    "descendant-or-self::*[@class or @id or self::nav or self::aside or self::footer]"
)


def _prune_named(tree: Element, main: Element, st: _State) -> None:
    for el in _MAYBE_NAMED(tree):
        if el.getparent() is None:
            continue
        if el.tag in {"nav", "aside", "footer"} or (el.tag in BLOCK and _junk_name(el)):
            if _is_ancestor(el, main):
                continue
            if not _is_ancestor(tree, el):
                continue
            st.chrome.append(text_of(el))
            _drop(el)


# ------------------------------------------------------------------ region and lines
def _is_prose(p: Para) -> bool:
    return (
        len(p.text) >= 60
        and p.link_density < 0.3
        and (bool(_SENT_END.search(p.text)) or len(p.text) >= 150)
    )


def _region(main: Element) -> list[Element]:
    """``main`` and the siblings around it that are prose (a lead in its own block)."""
    parent = main.getparent()
    if parent is None:
        return [main]
    sibs = [c for c in parent if isinstance(c.tag, str)]
    i = next(k for k, c in enumerate(sibs) if c is main)
    keep = [main]
    for direction in (-1, 1):
        k = i + direction
        while 0 <= k < len(sibs):
            ps = paragraphs(sibs[k])
            if not ps:
                k += direction
                continue
            if any(_is_label(q) for q in ps):
                break
            if all(_is_prose(q) or (len(q.text) < 40 and q.link_density < 0.5) for q in ps) and any(
                _is_prose(q) for q in ps
            ):
                keep.append(sibs[k])
                k += direction
            else:
                break
    order = {id(c): n for n, c in enumerate(sibs)}
    return sorted(keep, key=lambda e: order[id(e)])


def _norm(s: str) -> str:
    return squash(s).lower().rstrip(" .:")


def _key(text: str) -> str:
    """``_norm`` of a paragraph's text, which ``paragraphs`` squashed already."""
    return text.lower().rstrip(" .:")


def _title_candidates(tree: Element, meta: HtmlMeta, h1: Element | None) -> list[str]:
    out = []
    if meta.title:
        out.append(meta.title)
    if h1 is not None:
        out.append(text_of(h1))
    t = tree.find(".//title")
    if t is not None and text_of(t):
        out.append(strip_site_suffix(text_of(t), meta.site))
    return out


def _title_element(
    tree: Element, all_paras: list[Para], titles: list[str], h1: Element | None
) -> Para | None:
    """The paragraph that shows the headline on the page."""
    if h1 is not None:
        for p in all_paras:
            if _is_ancestor(h1, p.el):
                return p
    wanted = {_norm(t) for t in titles if t}
    for p in all_paras:
        if _key(p.text) in wanted:
            return p
    # a headline that <title> shortens, or a heading-classed block
    for p in all_paras:
        n = _key(p.text)
        if 15 <= len(n) <= 300 and any(w and (w.startswith(n) or n.startswith(w)) for w in wanted):
            return p
    return None


@dataclass(slots=True)
class _Lines:
    body: list[str]
    published: md.Dateline | None = None
    author: str | None = None


_META_TAIL = regex.compile(
    r"\s*(?:[|,;\-–]\s*)?(?:lượt\s+(?:xem|đọc|truy\s+cập)|số\s+lượt\s+xem|đã\s+xem|views?|"
    r"phản\s+hồi|bình\s+luận|in\s+bài|bản\s+in|chia\s+sẻ|cỡ\s+chữ)\b.*$",
    regex.IGNORECASE,
)


_LOOSE_DATELINE = regex.compile(
    r"^(?:\p{L}+[\s,.:|\-–]+){1,4}"  # a category or place before the date: "Xã hội 17-06-2022"
    r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d{2}"
    r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*$"
)


@lru_cache(maxsize=_TEXT_CACHE)
def _dateline(text: str) -> md.Dateline | None:
    """``metadata.parse_dateline``, also on a line whose tail is a views counter or a
    widget ("Ngày đăng: 29/10/2015 | 08:15 Lượt xem: 1.025") or whose head is a short
    category label ("Xã hội 17-06-2022")."""
    d = md.parse_dateline(text)
    if d is None:
        head = _META_TAIL.sub("", text)
        if head and head != text:
            d = md.parse_dateline(head)
    if d is None and len(text) <= 60 and _LOOSE_DATELINE.match(text):
        day = md.parse_date(text)
        if day is not None:
            d = md.Dateline(day, md.parse_time(text))
    return d


def _datelines(paras: Iterable[Para]) -> list[tuple[Para, md.Dateline]]:
    out = []
    for p in paras:
        if len(p.text) > 120:
            continue
        d = _dateline(p.text)
        if d is not None and not d.clock:
            out.append((p, d))
    return out


def _byline_author(text: str) -> str | None:
    b = md.parse_byline(text)
    if b and b.author:
        return b.author
    return None


# ------------------------------------------------------------------ entry point
def clean_html(html: str, *, url: str | None = None) -> Cleaned:
    tree = _parse(html)
    meta = head_meta(tree, url)
    st = _State()
    body_el = tree.find("body")
    if body_el is None:
        body_el = tree
    _preclean(tree)
    h1 = find_h1(tree, meta.site)
    titles = _title_candidates(tree, meta, h1)

    all_paras = paragraphs(body_el)
    main = _find_main(all_paras)
    if main is None:
        raise PageError("no_article", "no paragraph of prose on the page")

    _prune_labelled(tree, main, all_paras, st)
    _prune_named(tree, main, st)
    region = _region(main)

    # document-order paragraphs again, after pruning, and the headline among them
    doc_paras = paragraphs(body_el)
    region_paras = [p for p in doc_paras if any(_is_ancestor(r, p.el) for r in region)]
    if not region_paras:
        raise PageError("no_article", "the main container holds no text")
    title_para = _title_element(tree, doc_paras, titles, h1)
    if title_para is None or (h1 is None and meta.title is None):
        heading = _heading_para(doc_paras, region_paras, meta.site)
        if heading is not None:
            title_para = heading
    region_paras = _with_lead(doc_paras, title_para, region_paras)
    author_el = _author_element(tree, region_paras)
    title: str | None
    if meta.title:
        title = meta.title
    elif h1 is not None:
        title = text_of(h1)
    elif title_para is not None:
        title = title_para.text
    else:
        title = next((t for t in titles if t and not _site_like(t, meta.site)), None)
    if title:
        title = strip_site_suffix(title, meta.site)
    if title_para is not None:
        region_paras = [p for p in region_paras if p is not title_para]

    _check_listing(region, region_paras)

    if author_el is not None:
        region_paras = [p for p in region_paras if not _is_ancestor(author_el[0], p.el)]
    lines = _filter_lines(region_paras, title, st)
    if sum(len(x) for x in lines.body) < 150:
        raise PageError("no_article", "too little article text after removing the page's chrome")

    published = meta.published
    author = meta.author or lines.author or (author_el[1] if author_el else None)
    warnings = st.warnings
    if published is None:
        published = _time_element(tree, title_para, region)
    if published is not None and len(published) == 10:
        # the head gives the day only: a dateline of the same day may give the time
        d = lines.published or _dateline_near_title(doc_paras, title_para, region_paras)
        if d is not None and d.time and not d.weekday and d.date.isoformat() == published:
            published = d.iso
    if published is None:
        d = lines.published or _dateline_near_title(doc_paras, title_para, region_paras)
        if d is not None:
            published = d.iso
            if d.author and not author:
                author = d.author
    if author is None:
        author = _byline_near_title(doc_paras, title_para, region_paras)
    if author is None:
        author = _byline_after_body(doc_paras, region_paras)

    # chrome: every paragraph of the page that is not in the text (teasers, sidebar,
    # footer): the province resolver reads it, never the field extractors
    kept = {_key(t) for t in lines.body}  # paragraphs' texts
    chrome = "\n".join(p.text for p in all_paras if _key(p.text) not in kept)
    site = meta.site or md.site_from_footer([p.text for p in all_paras[-40:]])
    canonical = meta.canonical
    if canonical and "//" not in canonical:
        canonical = urljoin(url, canonical) if url else None  # a relative rel=canonical
    return Cleaned(
        text="\n\n".join(lines.body),
        title=_tidy(title),
        published=published,
        author=_tidy(author),
        site=_tidy(site),
        url=canonical or url,
        chrome=chrome,
        extractor="html",
        warnings=warnings,
    )


def _tidy(s: str | None) -> str | None:
    """A metadata string as the record keeps text: normalised, one space, or None."""
    if not s:
        return None
    t = normalize_text(squash(s))
    return t or None


def _filter_lines(paras: list[Para], title: str | None, st: _State) -> _Lines:
    out = _Lines(body=[])
    seen: set[str] = set()
    tnorm = _norm(title) if title else None
    stopped = False
    last_para: Para | None = None
    n = len(paras)
    for i, p in enumerate(paras):
        t = p.text
        if stopped:
            st.chrome.append(t)
            continue
        key = _key(t)
        if tnorm and key == tnorm:
            continue
        k = _kind(t) if len(t) <= 300 else None
        if _soft_only(t):
            nxt = paras[i + 1 : i + 5]
            if any(len(q.text) >= 200 and q.link_density < 0.2 for q in nxt):
                out.body.append(t)  # a heading of the article, not a section label
                last_para = p
                continue
        if k == "stop" or _is_label_text(t):
            # a bare label ends the article; "Xem thêm: <teaser title>" is one line
            if len(t) <= 40 or _COMMENT_LABEL.match(t):
                stopped = True
            st.chrome.append(t)
            continue
        if k in {"widget", "counter", "breadcrumb", "clock"}:
            st.chrome.append(t)
            continue
        if k == "footer" and i >= n - 3:
            st.chrome.append(t)
            continue
        if len(t) <= 120:
            d = _dateline(t)
            if d is not None:
                if not d.clock and out.published is None:
                    out.published = d
                    if d.author and out.author is None:
                        out.author = d.author
                st.chrome.append(t)
                continue
            b = md.parse_byline(t)
            if b is not None:
                if b.author and out.author is None:
                    out.author = b.author
                st.chrome.append(t)
                continue
        if p.link_density >= 0.6 and len(t) < 200:
            st.chrome.append(t)  # a teaser or menu link
            continue
        if key in seen:
            continue
        seen.add(key)
        out.body.append(t)
        last_para = p
    # a credit in parentheses closing the article: "(TTXVN/Vietnam+)"
    if out.body and len(out.body) > 1 and _CREDIT.fullmatch(out.body[-1]):
        st.chrome.append(out.body.pop())
    # the last line alone, a person's name or a right-aligned/bold credit: the author
    if len(out.body) > 1 and last_para is not None and _signature(last_para):
        out.body.pop()
        if out.author is None:
            out.author = _signature(last_para)
    return out


def _dateline_near_title(
    doc: list[Para], title_para: Para | None, region: list[Para]
) -> md.Dateline | None:
    """The dateline between the headline and the body (or just above the headline)."""
    if not region:
        return None
    first = region[0].order
    if title_para is not None:
        t = title_para.order
        lo, hi = (t + 1, first) if t < first else (first, t)
        after = [p for p in doc if lo <= p.order < hi + 1 and p is not title_para][:12]
        before = [p for p in doc if t - 4 <= p.order < t]
        # above the headline only a plain dateline counts: a weekday line up there is
        # the portal's clock ("Thứ 2, Ngày 27/09/2021, 21:00" on binhduong.gov.vn)
        cands = _datelines(after) + [
            (p, d) for p, d in _datelines(reversed(before)) if not d.weekday
        ]
    else:
        cands = _datelines([p for p in doc if first - 8 <= p.order < first])
    # a weekday + date + time line before the headline is the page clock on many portals;
    # a plain dateline (or one with the author) is preferred
    plain = [d for _, d in cands if not d.weekday]
    if plain:
        return plain[0]
    return cands[0][1] if cands else None


def _time_element(tree: Element, title_para: Para | None, region: list[Element]) -> str | None:
    """A ``<time datetime>`` inside the article or between its headline and its body."""
    from .htmlmeta import iso_datetime

    times = [t for t in tree.iter("time") if t.get("datetime")]
    if not times:
        return None
    index = _doc_index(tree)
    lo = index.get(title_para.el, -1) if title_para is not None else -1
    first = min((index.get(r, 0) for r in region), default=0)
    for t in times:
        dt_attr = t.get("datetime")
        i = index.get(t, -1)
        inside = any(_is_ancestor(r, t) for r in region)
        if inside or (lo >= 0 and lo < i < first):
            iso = iso_datetime(dt_attr)
            if iso:
                return iso
    return None


def _byline_near_title(doc: list[Para], title_para: Para | None, region: list[Para]) -> str | None:
    if title_para is None or not region:
        return None
    t, first = title_para.order, region[0].order
    for p in doc:
        if t < p.order < first and len(p.text) <= 80:
            a = _byline_author(p.text)
            if a:
                return a
    return None


def _with_lead(doc: list[Para], title_para: Para | None, region: list[Para]) -> list[Para]:
    """Prose between the headline and the body joins the body: the lead (sapo) often sits
    in the article's header block, apart from the body container."""
    if title_para is None or not region or title_para.order >= region[0].order:
        return region
    lead = [
        p
        for p in doc
        if title_para.order < p.order < region[0].order
        and _is_prose(p)
        and _dateline(p.text) is None
        and _kind(p.text) is None
    ]
    return lead + region


_AUTHOR_NAME = regex.compile(
    r"(?:^|[\s_\-])(?:author|tac[\s_\-]?gia|tacgia|byline|writer|nguoi[\s_\-]?viet|butdanh)",
    regex.I,
)


def _author_element(tree: Element, region: list[Para]) -> tuple[Element, str] | None:
    """An element named for the author ("article__author", "tacgia") near the body's end,
    holding a short name: its text is the byline, whatever its shape ("TP", "Minh Vũ")."""
    seen: set[int] = set()
    for p in reversed(region[-6:]):
        for el in [p.el, *p.el.iterancestors()][:3]:
            if id(el) in seen:
                continue
            seen.add(id(el))
            name = f"{el.get('class') or ''} {el.get('id') or ''}"
            if _AUTHOR_NAME.search(name):
                t = text_of(el)
                b = md.parse_byline(t)
                if b and b.author:
                    return el, b.author
                if 2 <= len(t) <= 50 and not _DIGIT.search(t):
                    return el, t
    return None


_TITLE_NAME = regex.compile(
    r"title|tieu[\s_\-]?de|tieude|headline|subject|heading|lbltitle", regex.I
)
_NOT_TITLE_NAME = regex.compile(r"cat|box|widget|menu|site|logo|module|portlet|block", regex.I)
_RIGHT = regex.compile(r"text-align\s*:\s*right", regex.I)


def _site_like(t: str, site: str | None) -> bool:
    from .htmlmeta import _looks_like_site

    return _looks_like_site(t, site) or bool(_OFFICE_NAME.match(t))


def _names(el: Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _wholly_bold(p: Para) -> bool:
    bold = "".join(text_of(b) for b in p.el.iter("b", "strong"))
    return len(bold) >= 0.9 * len(p.text)


def _heading_para(doc: list[Para], region: list[Para], site: str | None) -> Para | None:
    """The headline of a page without <h1>: a heading tag, a block named "title" or a
    bold line, just before the body (or as its first line)."""
    first = region[0].order
    region_ids = {id(p) for p in region[:3]}
    best: tuple[float, int, Para] | None = None
    for p in doc:
        if not (first - 12 <= p.order < first or id(p) in region_ids):
            continue
        t = p.text
        if not 12 <= len(t) <= 300 or p.link_density > 0.5 or _is_label(p):
            continue
        if _kind(t) or _dateline(t) or _site_like(t, site):
            continue
        if len(t) > 160 and t.rstrip().endswith("."):
            continue
        score = 0.0
        chain = [p.el, *list(p.el.iterancestors())[:2]]
        inner = [e for e in p.el.iterdescendants() if isinstance(e.tag, str)][:6]
        if any(isinstance(e.tag, str) and e.tag in {"h1", "h2", "h3", "h4"} for e in chain + inner):
            score += 3
        named = [e for e in chain + inner if _TITLE_NAME.search(_names(e))]
        if named and not all(_NOT_TITLE_NAME.search(_names(e)) for e in named):
            score += 2
        if _wholly_bold(p):
            score += 1
        if id(p) in region_ids and score < 1:
            continue
        if score <= 0:
            continue
        key = (score, p.order)
        if best is None or key > best[:2]:
            best = (score, p.order, p)
    return best[2] if best else None


def _signature(p: Para) -> str | None:
    """A byline line: a person's name, or a short right-aligned / bold credit."""
    t = p.text.strip()
    a = _byline_author(t)
    if a:
        return a
    if len(t) > 40 or _DIGIT_OR_END_PUNCT.search(t) or _kind(t) or _is_label(p):
        return None
    if md.is_person_name(t, allow_caps=True):
        return t
    chain = [p.el, *list(p.el.iterancestors())[:2]]
    right = any(
        (e.get("align") or "").lower() == "right" or _RIGHT.search(e.get("style") or "")
        for e in chain
    )
    if right or _wholly_bold(p):
        return t
    return None


def _byline_after_body(doc: list[Para], region: list[Para]) -> str | None:
    """The byline just after the body container ("Tác giả: X" in the next table row)."""
    if not region:
        return None
    last = region[-1].order
    for p in doc:
        if last < p.order <= last + 3:
            if _is_label(p):
                return None
            a = _signature(p)
            if a:
                return a
    return None


def _teaser_item(
    p: Para,
    region: list[Element],
    sizes: dict[int, tuple[Element, int, bool]] | None = None,
) -> Element | None:
    """The small block around ``p`` (itself or an ancestor up to three levels, inside the
    region, at most 600 characters) that holds a link of 20+ characters: a teaser item
    (title link + date + summary), as listings repeat them. ``sizes`` keeps the text
    length of the elements already measured and whether they hold such a link (the
    paragraphs of one region share their ancestors; the tree does not change meanwhile).
    It holds the elements too, so that lxml keeps their proxies and no id is reused."""
    stop = {id(r) for r in region}
    el: Element | None = p.el
    memo = {} if sizes is None else sizes
    for _ in range(4):
        if el is None:
            return None
        hit = memo.get(id(el))
        if hit is None or hit[0] is not el:
            n = len(text_of(el))
            linked = n <= 600 and any(len(text_of(a)) >= 20 for a in el.iter("a"))
            hit = memo[id(el)] = (el, n, linked)
        if hit[1] > 600:
            return None
        if hit[2]:
            return el
        if id(el) in stop:
            return None
        el = el.getparent()
    return None


def _check_listing(region: list[Element], paras: list[Para]) -> None:
    """A category page: most of the text is teaser items (a title link with its date and
    summary), repeated; an article is mostly paragraphs outside any such item."""
    items: set[int] = set()
    teaser_chars = 0
    sizes: dict[int, tuple[Element, int, bool]] = {}
    for p in paras:
        it = _teaser_item(p, region, sizes)
        if it is not None:
            items.add(id(it))
            teaser_chars += len(p.text)
    total = sum(len(p.text) for p in paras) or 1
    dated = sum(1 for p in paras if len(p.text) <= 120 and _DATE_ANY.search(p.text))
    share = teaser_chars / total
    if len(items) >= 4 and share >= 0.6:
        raise PageError(
            "no_article",
            f"a listing page ({len(items)} teaser items holding {share:.0%} of the text, "
            f"{dated} dated lines), not an article",
        )
