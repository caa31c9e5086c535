"""WARC input: web-crawl archives (``.warc``, ``.warc.gz``) read through fastwarc.

Only HTTP ``response`` records are pages. A file is read in two passes that never hold
the archive in memory:

1. ``scan(path, chunk)`` (the planner, in the main process) walks the record headers
   without reading bodies and cuts the file into ``WarcChunk``s of at most ``chunk``
   responses. Plain WARC files and per-record gzip (one gzip member per record, the
   usual layout of crawls) are seekable, so a chunk is a byte offset. A whole-file gzip
   cannot be entered in the middle: its chunks start at byte 0 and skip the responses
   before them (slower; recompress with per-record gzip for speed).
   A corrupt record (bad header, broken gzip member) is reported as an ``InputProblem``
   with reason ``corrupt_record`` and the scan resynchronises on the next record
   (``WARC/1.`` or a gzip member header) so the rest of the file is still read.
2. ``iter_chunk(chunk)`` (in a worker) reads the chunk's records and turns each into a
   ``Page`` or a ``PageFailure`` (``truncated``, ``not_html``, ``http_status``,
   ``content_encoding``, ``too_large``, ``bad_http``).

The record id is a short stable hash of the WARC-Record-ID (a valid file stem); the
source keeps the WARC file, the record id and the target URI. HTTP bodies are decoded
from ``Content-Encoding`` gzip, deflate and br (when ``brotli`` is installed), with a
cap on the decoded size; the HTTP charset goes to ``Page.http_charset``.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from .models import Source
from .pipeline import MAX_PAGE_BYTES
from .types import Page, PageError

GZIP_MAGIC = b"\x1f\x8b"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}
HEADER_ALLOWANCE = 1 << 20  # HTTP headers may add this much to a block over the page limit
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9._:\-]+)", re.I)


@dataclass(frozen=True, slots=True)
class WarcChunk:
    """Up to ``count`` response records of one WARC file, from ``offset`` after
    skipping ``skip`` responses (``skip`` > 0 only for whole-file gzip)."""

    path: str
    offset: int
    skip: int
    count: int


@dataclass(frozen=True, slots=True)
class PageFailure:
    """A page that could not be read (the record is not made); reported in errors.jsonl."""

    reason: str
    message: str
    path: str | None = None
    url: str | None = None
    warc_record_id: str | None = None
    line: int | None = None

    def as_dict(self) -> dict[str, object]:
        d: dict[str, object] = {"path": self.path}
        if self.url is not None:
            d["url"] = self.url
        if self.warc_record_id is not None:
            d["warc_record_id"] = self.warc_record_id
        if self.line is not None:
            d["line"] = self.line
        d["reason"] = self.reason
        d["message"] = self.message
        return d


@dataclass(frozen=True, slots=True)
class ScanProblem:
    """A part of a WARC file that yields no record at all (corrupt, unreadable)."""

    path: str
    reason: str
    message: str


def record_key(warc_record_id: str) -> str:
    """A short, stable, file-stem-safe id for a WARC record (16 hex digits)."""
    return hashlib.blake2b(warc_record_id.encode("utf-8"), digest_size=8).hexdigest()


# --------------------------------------------------------------------------- scanning


def _head(path: str, pos: int, n: int) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(pos)
        return fh.read(n)


def _find_next(path: str, start: int, marker: bytes) -> int | None:
    """Byte offset of the next ``marker`` at or after ``start`` (None at the end)."""
    block = 1 << 20
    with open(path, "rb") as fh:
        pos = start
        tail = b""
        while True:
            fh.seek(pos)
            data = fh.read(block)
            if not data:
                return None
            hay = tail + data
            i = hay.find(marker)
            if i >= 0:
                return pos - len(tail) + i
            tail = hay[-(len(marker) - 1) :]
            pos += len(data)


def scan(path: str, chunk: int) -> Iterator[WarcChunk | ScanProblem]:
    """Cut a WARC file into chunks of at most ``chunk`` responses, in file order."""
    head = _head(path, 0, 4)
    if not head:
        yield ScanProblem(path, "empty", "empty WARC file")
        return
    gz = head[:2] == GZIP_MAGIC
    if not gz and not head.startswith(b"WARC"):
        yield ScanProblem(path, "not_warc", "file does not start with a WARC or gzip header")
        return
    marker = GZIP_MAGIC + b"\x08" if gz else b"WARC/1."
    seekable = True  # False once a gz file proves to be one gzip stream (whole-file gzip)
    start: int | None = None  # offset of the current chunk (seekable mode)
    start_ord = 0  # response ordinal of the current chunk (whole-file mode)
    n = 0  # responses in the current chunk
    ordinal = 0  # responses seen since the start of the file
    base = 0  # where the current iterator started
    last_pos = -1  # absolute offset of the last response seen
    quiet = False  # an error right after a resync is the same corruption: report it once
    while True:
        error: str | None = None
        with open(path, "rb") as fh:
            fh.seek(base)
            it = ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=False)
            try:
                for rec in it:
                    pos = rec.stream_pos  # absolute: fastwarc asks the file (tell)
                    if (
                        seekable
                        and gz
                        and ordinal > 0
                        and (pos <= last_pos or _head(path, pos, 2) != GZIP_MAGIC)
                    ):
                        seekable = False
                        if base != 0:
                            # resynced inside a whole-file gzip cannot happen; be safe
                            error = "gzip stream is not per-record after a resync"
                            break
                        start = None  # the open chunk is re-expressed with skip
                    if n == 0:
                        start, start_ord = pos, ordinal
                    n += 1
                    ordinal += 1
                    last_pos = pos
                    quiet = False
                    if n >= chunk:
                        yield _chunk(path, start, start_ord, n, seekable)
                        n = 0
            except OSError as e:  # fastwarc: invalid header, gzip data error
                error = str(e) or type(e).__name__
        if n:
            yield _chunk(path, start, start_ord, n, seekable)
            n = 0
        if error is None:
            return
        at = max(last_pos, base)
        if not quiet:
            yield ScanProblem(path, "corrupt_record", f"corrupt WARC data after byte {at}: {error}")
        quiet = True
        if not seekable:
            return
        nxt = _find_next(path, at + 1, marker)
        if nxt is None:
            return
        base = nxt
        last_pos = nxt - 1 if last_pos < nxt else last_pos


def _chunk(path: str, start: int | None, start_ord: int, n: int, seekable: bool) -> WarcChunk:
    if seekable and start is not None:
        return WarcChunk(path, start, 0, n)
    return WarcChunk(path, 0, start_ord, n)


# --------------------------------------------------------------------------- reading


def iter_chunk(chunk: WarcChunk) -> Iterator[Page | PageFailure]:
    """The pages (or failures) of one chunk, in file order."""
    seen = 0
    taken = 0
    with open(chunk.path, "rb") as fh:
        fh.seek(chunk.offset)
        it = ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=False)
        try:
            for rec in it:
                if seen < chunk.skip:
                    seen += 1
                    continue
                taken += 1
                yield record_page(chunk.path, rec)
                if taken >= chunk.count:
                    break  # never touch the next record: it may be the corrupt one
        except OSError as e:
            yield PageFailure("corrupt_record", str(e), path=chunk.path)


def record_page(warc_path: str, rec: object) -> Page | PageFailure:
    """One fastwarc response record to a page (or the reason it is none)."""
    rid: str = rec.record_id or ""  # type: ignore[attr-defined]
    url: str | None = rec.headers.get("WARC-Target-URI")  # type: ignore[attr-defined]

    def fail(reason: str, message: str) -> PageFailure:
        return PageFailure(reason, message, path=warc_path, url=url, warc_record_id=rid)

    clen: int = rec.content_length  # type: ignore[attr-defined]
    if clen > MAX_PAGE_BYTES + HEADER_ALLOWANCE:
        return fail("too_large", f"{clen}-byte record is over the {MAX_PAGE_BYTES}-byte page limit")
    block: bytes = rec.reader.read()  # type: ignore[attr-defined]
    if not block:
        return fail("truncated", "response record has no content (file cut?)")
    if len(block) < clen:
        return fail("truncated", f"record has {len(block)} of its {clen} bytes (file cut?)")
    try:
        page = http_page(block, url=url)
    except PageError as e:
        return fail(e.reason, e.message)
    source = Source(
        path=None, url=url, warc_file=warc_path, warc_record_id=rid or None, format="warc"
    )
    page.id = record_key(rid or f"{warc_path}@{url}")
    page.source = source
    return page


def parse_http(block: bytes) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (lower-case names) and raw body of an HTTP/1.x response."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    if not sep or not head.startswith(b"HTTP/"):
        raise PageError("bad_http", "record holds no HTTP response header")
    lines = head.split(b"\n")
    parts = lines[0].split(None, 2)
    try:
        status = int(parts[1])
    except (IndexError, ValueError):
        raise PageError("bad_http", f"bad HTTP status line {lines[0][:80]!r}") from None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon:
            continue
        key = name.strip().decode("latin-1").lower()
        val = value.strip().decode("latin-1")
        headers[key] = f"{headers[key]}, {val}" if key in headers else val
    return status, headers, body


def dechunk(body: bytes) -> bytes:
    """Undo ``Transfer-Encoding: chunked`` (crawlers sometimes store it as received)."""
    out = bytearray()
    pos = 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            raise ValueError("chunk size line missing")
        size = int(body[pos:eol].split(b";")[0].strip() or b"0", 16)
        if size == 0:
            return bytes(out)
        out += body[eol + 2 : eol + 2 + size]
        pos = eol + 2 + size + 2


def _inflate(body: bytes, wbits: int, limit: int) -> bytes:
    d = zlib.decompressobj(wbits)
    out = d.decompress(body, limit + 1)
    if len(out) > limit:
        raise PageError("too_large", f"decoded body is over the {limit}-byte page limit")
    return out


def decode_body(body: bytes, encoding: str, limit: int = MAX_PAGE_BYTES) -> bytes:
    """The body with its ``Content-Encoding`` undone (gzip, deflate, br), capped at ``limit``."""
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    for coding in reversed(codings):
        if coding in ("identity", "none"):
            continue
        try:
            if coding in ("gzip", "x-gzip"):
                body = _inflate(body, 16 + zlib.MAX_WBITS, limit)
            elif coding == "deflate":
                try:
                    body = _inflate(body, zlib.MAX_WBITS, limit)
                except zlib.error:
                    body = _inflate(body, -zlib.MAX_WBITS, limit)  # raw deflate, seen in the wild
            elif coding == "br":
                try:
                    import brotli
                except ImportError:
                    raise PageError(
                        "content_encoding", "body is brotli-compressed; install brotli"
                    ) from None
                body = brotli.decompress(body)
                if len(body) > limit:
                    raise PageError("too_large", f"decoded body is over {limit} bytes")
            else:
                raise PageError("content_encoding", f"unsupported Content-Encoding {coding!r}")
        except (zlib.error, OSError, EOFError) as e:
            raise PageError("content_encoding", f"cannot decode {coding} body: {e}") from None
        except PageError:
            raise
        except Exception as e:  # brotli.error and friends
            raise PageError("content_encoding", f"cannot decode {coding} body: {e}") from None
    return body


def http_page(block: bytes, *, url: str | None = None) -> Page:
    """An HTTP response block to a page; raises ``PageError`` for what is no HTML page."""
    status, headers, body = parse_http(block)
    if not 200 <= status < 300:
        raise PageError("http_status", f"HTTP status {status}")
    ctype = headers.get("content-type", "")
    mime = ctype.split(";")[0].strip().lower()
    if mime and mime not in HTML_TYPES and mime not in TEXT_TYPES:
        raise PageError("not_html", f"Content-Type {mime!r} is not an HTML page")
    if "chunked" in headers.get("transfer-encoding", "").lower():
        with contextlib.suppress(ValueError):  # already de-chunked despite the header
            body = dechunk(body)
    body = decode_body(body, headers.get("content-encoding", ""))
    if not mime and b"\x00" in body[:4096]:
        raise PageError("not_html", "response without Content-Type holds binary data")
    m = _CHARSET.search(ctype.encode("latin-1"))
    charset = m.group(1).decode("ascii").lower() if m else None
    kind = "html" if mime in HTML_TYPES else ("text" if mime in TEXT_TYPES else None)
    return Page(
        id="", source=Source(url=url, format="warc"), data=body, kind=kind, http_charset=charset
    )


# --------------------------------------------------------------------------- writing
# Small writer used by the tests and the benchmark to build archives; not a crawler.


def http_response(
    body: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    status: int = 200,
    extra_headers: Iterable[tuple[str, str]] = (),
) -> bytes:
    lines = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Status'}"]
    lines.append(f"Content-Type: {content_type}")
    lines += [f"{k}: {v}" for k, v in extra_headers]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def warc_record(
    record_id: str, url: str, http: bytes, *, warc_type: str = "response", date: str = ""
) -> bytes:
    """One WARC/1.0 record (``http`` is the block: the HTTP message for a response)."""
    ctype = "application/http; msgtype=response" if warc_type == "response" else "text/plain"
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: {date or '2024-01-01T00:00:00Z'}\r\n"
        f"Content-Type: {ctype}\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode("utf-8") + http + b"\r\n\r\n"


def write_warc(path: Path, records: Iterable[bytes], *, compress: str | None = "record") -> Path:
    """Write records as a WARC file: ``compress`` is ``"record"`` (one gzip member per
    record), ``"file"`` (one gzip stream) or None (plain)."""
    if compress == "file":
        with gzip.open(path, "wb", compresslevel=5) as gz:
            for r in records:
                gz.write(r)
        return path
    with open(path, "wb") as fh:
        for r in records:
            fh.write(gzip.compress(r, compresslevel=5, mtime=0) if compress == "record" else r)
    return path
