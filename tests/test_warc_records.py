"""WARC reading: chunks, HTTP parsing, content encodings, and every kind of bad record
reported with its reason while the rest of the file is still read."""

from __future__ import annotations

import gzip
import html
import uuid
import zlib
from pathlib import Path

import pytest

from extractor import warc as W
from extractor.pipeline import MAX_PAGE_BYTES, process
from extractor.types import Page

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "pages"


def portal(i: int) -> bytes:
    """A corpus article inside a provincial portal's HTML chrome."""
    pages = sorted(CORPUS.glob("*.txt"))
    text = pages[i % len(pages)].read_text(encoding="utf-8")
    paras = "".join(f"<p>{html.escape(s)}</p>" for s in text.splitlines() if s.strip())
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Tin</title></head>"
        f"<body><nav><a href='/'>Trang chủ</a></nav><article>{paras}<p>Bài {i}</p></article>"
        "<footer>Cổng thông tin điện tử tỉnh</footer></body></html>"
    ).encode()


def rec(i: int, body: bytes | None = None, **kw: object) -> bytes:
    http = W.http_response(portal(i) if body is None else body, **kw)  # type: ignore[arg-type]
    return W.warc_record(str(uuid.UUID(int=i + 1)), f"https://tinh.gov.vn/tin/{i}.html", http)


def read_all(path: Path, chunk: int = 3) -> list[object]:
    out: list[object] = []
    for c in W.scan(str(path), chunk):
        if isinstance(c, W.ScanProblem):
            out.append(c)
        else:
            out.extend(W.iter_chunk(c))
    return out


def urls(items: list[object]) -> list[str | None]:
    return [i.source.url for i in items if isinstance(i, Page)]


@pytest.mark.parametrize("compress", ["record", "file", None])
def test_warc_chunks_cover_every_response_once(tmp_path: Path, compress: str | None) -> None:
    records = [rec(i) for i in range(8)]
    # a request record between responses is not a page
    records.insert(
        3,
        W.warc_record(
            str(uuid.UUID(int=999)), "https://x.vn/", b"GET / HTTP/1.1\r\n\r\n", warc_type="request"
        ),
    )
    path = W.write_warc(tmp_path / "a.warc", records, compress=compress)
    chunks = [c for c in W.scan(str(path), 3) if isinstance(c, W.WarcChunk)]
    assert [c.count for c in chunks] == [3, 3, 2]
    items = read_all(path)
    assert urls(items) == [f"https://tinh.gov.vn/tin/{i}.html" for i in range(8)]
    if compress == "file":
        assert [c.skip for c in chunks] == [0, 3, 6]  # one gzip stream: chunks skip
    else:
        assert [c.skip for c in chunks] == [0, 0, 0] and chunks[1].offset > 0


def test_warc_page_source_and_stable_id(tmp_path: Path) -> None:
    path = W.write_warc(tmp_path / "a.warc.gz", [rec(0), rec(1)])
    items = read_all(path)
    page = items[0]
    assert isinstance(page, Page)
    rid = f"<urn:uuid:{uuid.UUID(int=1)}>"
    assert page.source.warc_record_id == rid
    assert page.source.warc_file == str(path)
    assert page.source.format == "warc"
    assert page.id == W.record_key(rid) and len(page.id) == 16 and page.id.isalnum()
    assert page.kind == "html" and page.http_charset == "utf-8"
    record = process(page)
    assert record.source.url == "https://tinh.gov.vn/tin/0.html"
    from extractor.normalize import normalize

    lines = sorted(CORPUS.glob("*.txt"))[0].read_text(encoding="utf-8").splitlines()
    longest = normalize(max(lines, key=len).strip()).text
    assert longest in record.text, "the article's text comes through the WARC path"


def test_warc_corrupt_record_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    recs = [rec(i) for i in range(6)]
    recs[2] = recs[2].replace(b"WARC/1.0", b"WXRC/1.0")
    for compress in ("record", None):
        path = W.write_warc(tmp_path / f"c-{compress}.warc", recs, compress=compress)
        items = read_all(path, chunk=2)
        problems = [i for i in items if isinstance(i, W.ScanProblem)]
        assert [p.reason for p in problems] == ["corrupt_record"]
        assert urls(items) == [f"https://tinh.gov.vn/tin/{i}.html" for i in (0, 1, 3, 4, 5)]


def test_warc_broken_gzip_member_is_skipped(tmp_path: Path) -> None:
    members = [gzip.compress(rec(i)) for i in range(5)]
    members[1] = members[1][:20] + b"\x00" * 40 + members[1][60:]
    path = tmp_path / "g.warc.gz"
    path.write_bytes(b"".join(members))
    items = read_all(path, chunk=2)
    assert [i.reason for i in items if isinstance(i, W.ScanProblem)] == ["corrupt_record"]
    assert urls(items) == [f"https://tinh.gov.vn/tin/{i}.html" for i in (0, 2, 3, 4)]


@pytest.mark.parametrize("compress", ["record", "file"])
def test_warc_truncated_gzip_reports_truncated(tmp_path: Path, compress: str) -> None:
    path = W.write_warc(tmp_path / "t.warc.gz", [rec(i) for i in range(4)], compress=compress)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 300])
    items = read_all(path)
    fails = [i for i in items if isinstance(i, W.PageFailure)]
    assert [f.reason for f in fails] == ["truncated"]
    assert fails[0].warc_record_id and fails[0].path == str(path)
    assert len(urls(items)) >= 1


def test_warc_non_html_and_status_are_failures_with_reasons(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    recs = [
        rec(0),
        rec(1, png, content_type="image/png"),
        rec(2, b"%PDF-1.4 ...", content_type="application/pdf"),
        rec(3, b"moved", status=301),
        rec(4),
    ]
    items = read_all(W.write_warc(tmp_path / "m.warc.gz", recs))
    reasons = [i.reason if isinstance(i, W.PageFailure) else "page" for i in items]
    assert reasons == ["page", "not_html", "not_html", "http_status", "page"]
    f = items[1]
    assert isinstance(f, W.PageFailure) and f.url == "https://tinh.gov.vn/tin/1.html"


def test_warc_content_encodings_are_decoded() -> None:
    body = portal(2)
    gz = W.http_page(
        W.http_response(gzip.compress(body), extra_headers=[("Content-Encoding", "gzip")])
    )
    assert gz.data == body
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    deflated = raw.compress(body) + raw.flush()
    assert (
        W.http_page(W.http_response(deflated, extra_headers=[("Content-Encoding", "deflate")])).data
        == body
    )
    assert (
        W.http_page(
            W.http_response(zlib.compress(body), extra_headers=[("Content-Encoding", "deflate")])
        ).data
        == body
    )
    brotli = pytest.importorskip("brotli")
    br = W.http_page(
        W.http_response(brotli.compress(body), extra_headers=[("Content-Encoding", "br")])
    )
    assert br.data == body
    chunked = (
        b"10\r\n"
        + body[:16]
        + b"\r\n"
        + f"{len(body) - 16:x}".encode()
        + b"\r\n"
        + body[16:]
        + b"\r\n0\r\n\r\n"
    )
    assert (
        W.http_page(W.http_response(chunked, extra_headers=[("Transfer-Encoding", "chunked")])).data
        == body
    )


def test_warc_bad_encoding_and_bomb_are_reasons() -> None:
    from extractor.types import PageError

    with pytest.raises(PageError) as e:
        W.http_page(
            W.http_response(b"not gzip at all", extra_headers=[("Content-Encoding", "gzip")])
        )
    assert e.value.reason == "content_encoding"
    with pytest.raises(PageError) as e:
        W.http_page(W.http_response(b"x", extra_headers=[("Content-Encoding", "compress")]))
    assert e.value.reason == "content_encoding"
    bomb = gzip.compress(b"<p>" + b"a" * (MAX_PAGE_BYTES + 10))
    with pytest.raises(PageError) as e:
        W.http_page(W.http_response(bomb, extra_headers=[("Content-Encoding", "gzip")]))
    assert e.value.reason == "too_large"


def test_warc_http_charset_goes_to_the_page() -> None:
    import unicodedata

    text = "<html><body><p>Ủy ban tỉnh Lào Cai</p></body></html>"  # no â/ơ: NFD fits cp1258
    body = unicodedata.normalize("NFD", text).encode("cp1258")
    page = W.http_page(W.http_response(body, content_type='text/html; charset="windows-1258"'))
    assert page.http_charset == "windows-1258"
    assert page.kind == "html"
    assert isinstance(page.data, bytes)
    assert unicodedata.normalize("NFC", page.data.decode(page.http_charset)) == text
    plain = W.http_page(W.http_response(b"abc", content_type="text/plain"))
    assert plain.kind == "text" and plain.http_charset is None


def test_warc_fifty_megabyte_page_is_too_large(tmp_path: Path) -> None:
    big = b"<html><body>" + b"<p>" + b"x" * (50 * 1024 * 1024) + b"</p></body></html>"
    path = W.write_warc(tmp_path / "big.warc", [rec(0), rec(1, big), rec(2)], compress=None)
    items = read_all(path)
    assert [i.reason if isinstance(i, W.PageFailure) else "page" for i in items] == [
        "page",
        "too_large",
        "page",
    ]
