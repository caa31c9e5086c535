"""Shards: the unit of work, of resume and of distribution.

The planner (main process) streams the input listing into *units* (one page file, one
JSONL line, a chunk of a WARC file, or an input problem) and groups them, in input order,
into shards of at most ``shard_size`` pages. Shard ``i`` is deterministic from the
listing, and carries a digest of its units, of the options that change records and of
the tool and pattern versions.

``run_shard`` (a worker: in-process, a local process or a Dask worker, all alike) reads
its pages, decodes and normalises them, learns the lines each site repeats across the
shard's flattened-text pages (``sitechrome``: a site's chrome), cleans and extracts each
page, and writes into ``DIR/_shards/``::

    part-00000.jsonl          the shard's records, in input order (JSON Lines)
    part-00000.errors.jsonl   the shard's failures (path or URL, WARC record id, reason, message)
    part-00000.done           completion marker: digest and counts (written last)

Every file is written under a temporary name and renamed, so a crash leaves at most the
shards in flight unfinished. With ``resume``, a shard whose marker has the same digest is
not run again. ``merge`` concatenates the parts in shard order into the final outputs,
so the output is the same whatever the number or kind of workers.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from . import __version__, output
from .ingest import (
    STDIN,
    InputProblem,
    JsonlOptions,
    input_kind,
    iter_lines,
    jsonl_page,
    read_page,
    url_key,
)
from .models import Record, json_schema
from .patterns import fingerprint
from .pipeline import MAX_PAGE_BYTES, Prepared, finish, prepare
from .sitechrome import learn, site_key
from .types import Page, PageError
from .warc import PageFailure, ScanProblem, WarcChunk, iter_chunk, scan

SHARDS_DIR = "_shards"
# reasons that say "this response is no article page" rather than "this page failed":
# logged in errors.jsonl and counted in the summary, but they do not make the exit status 1
SKIP_REASONS = frozenset({"not_html", "http_status"})


@dataclass(frozen=True, slots=True)
class FileUnit:
    path: str
    size: int
    mtime_ns: int
    url: str | None = None  # from a URL manifest (--urls)


@dataclass(frozen=True, slots=True)
class InlineUnit:
    """A page whose bytes travel with the shard (a JSONL line, stdin)."""

    origin: str
    line: int | None
    data: bytes
    jsonl: bool


@dataclass(frozen=True, slots=True)
class ProblemUnit:
    path: str
    reason: str
    message: str


Unit = FileUnit | InlineUnit | ProblemUnit | WarcChunk


@dataclass(frozen=True, slots=True)
class Options:
    """What changes the records (and so the digest), besides the inputs."""

    jsonl: JsonlOptions = field(default_factory=JsonlOptions)
    url: str | None = None  # --url: the source URL of file and stdin pages


@dataclass(frozen=True, slots=True)
class ShardSpec:
    index: int
    units: tuple[Unit, ...]
    parts_dir: str
    opts: Options
    digest: str
    resume: bool = False

    @property
    def stem(self) -> str:
        return f"part-{self.index:05d}"


@dataclass(slots=True)
class ShardResult:
    index: int
    pages: int = 0
    records: int = 0
    failures: list[dict[str, object]] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    resumed: bool = False
    seconds: float = 0.0
    cpu: float = 0.0

    @property
    def n_failed(self) -> int:
        return sum(n for r, n in self.reasons.items() if r not in SKIP_REASONS)


def unit_weight(u: Unit) -> int:
    return u.count if isinstance(u, WarcChunk) else 1


def _unit_key(u: Unit) -> bytes:
    if isinstance(u, InlineUnit):
        h = hashlib.blake2b(u.data, digest_size=16).hexdigest()
        return f"I|{u.origin}|{u.line}|{u.jsonl}|{h}".encode()
    return repr(u).encode()


def shard_digest(units: Iterable[Unit], opts: Options) -> str:
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{__version__}|{fingerprint()}|{opts!r}".encode())
    for u in units:
        h.update(_unit_key(u))
        h.update(b"\x00")
    return h.hexdigest()


# --------------------------------------------------------------------------- planning


def iter_units(
    inputs: Iterable[Path | InputProblem],
    *,
    shard_size: int,
    opts: Options,
    spool_dir: Path,
    urls: Mapping[str, str] | None = None,
) -> Iterator[Unit]:
    """The units of the inputs, in input order (streaming); ``urls`` maps page files
    (``ingest.url_key``) to their URLs."""
    for item in inputs:
        if isinstance(item, InputProblem):
            yield ProblemUnit(item.path, item.reason, item.message)
            continue
        path = str(item)
        if path == STDIN:
            yield from _stdin_units(opts, shard_size, spool_dir)
            continue
        kind = input_kind(path) or "page"
        if kind == "warc":
            for c in scan(path, shard_size):
                yield ProblemUnit(c.path, c.reason, c.message) if isinstance(c, ScanProblem) else c
        elif kind == "jsonl":
            try:
                for n, line in iter_lines(path):
                    yield InlineUnit(path, n, line, True)
            except (OSError, EOFError) as e:  # unreadable, truncated .gz
                yield ProblemUnit(path, "io", f"reading stopped: {e}")
        else:
            try:
                st = os.stat(path)
            except OSError as e:
                yield ProblemUnit(path, "io", e.strerror or str(e))
                continue
            url = urls.get(url_key(path)) if urls else None
            yield FileUnit(path, st.st_size, st.st_mtime_ns, url)


def _stdin_units(opts: Options, shard_size: int, spool_dir: Path) -> Iterator[Unit]:
    import sys

    buf = sys.stdin.buffer
    head = buf.peek(8)[:8] if hasattr(buf, "peek") else b""
    if head.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        # an archive on stdin: spooled to a file so that its shards can seek into it
        spool_dir.mkdir(parents=True, exist_ok=True)
        spool = spool_dir / ("stdin.warc.gz" if head.startswith(b"\x1f\x8b") else "stdin.warc")
        with spool.open("wb") as fh:
            shutil.copyfileobj(buf, fh, 1 << 20)
        for c in scan(str(spool), shard_size):
            yield ProblemUnit(c.path, c.reason, c.message) if isinstance(c, ScanProblem) else c
    elif opts.jsonl.explicit:  # a JSONL field was named: stdin is JSON Lines
        for n, line in iter_lines(STDIN):
            yield InlineUnit(STDIN, n, line, True)
    else:
        yield InlineUnit(STDIN, None, buf.read(), False)


def plan(
    inputs: Iterable[Path | InputProblem],
    *,
    shard_size: int,
    opts: Options,
    parts_dir: Path,
    resume: bool = False,
    urls: Mapping[str, str] | None = None,
) -> Iterator[ShardSpec]:
    """Shards of at most ``shard_size`` pages, numbered from 0 in input order."""
    index = 0
    units: list[Unit] = []
    weight = 0
    for u in iter_units(inputs, shard_size=shard_size, opts=opts, spool_dir=parts_dir, urls=urls):
        w = unit_weight(u)
        if units and weight + w > shard_size:
            yield _spec(index, units, parts_dir, opts, resume)
            index += 1
            units, weight = [], 0
        units.append(u)
        weight += w
    if units:
        yield _spec(index, units, parts_dir, opts, resume)


def _spec(index: int, units: list[Unit], parts_dir: Path, opts: Options, resume: bool) -> ShardSpec:
    t = tuple(units)
    return ShardSpec(index, t, str(parts_dir), opts, shard_digest(t, opts), resume)


# --------------------------------------------------------------------------- running


def _items(u: Unit, opts: Options) -> Iterator[Page | PageFailure]:
    if isinstance(u, FileUnit):
        try:
            yield read_page(Path(u.path), url=u.url or opts.url, max_bytes=MAX_PAGE_BYTES)
        except PageError as e:
            yield PageFailure(e.reason, e.message, path=u.path)
        except OSError as e:
            yield PageFailure("io", e.strerror or str(e), path=u.path)
    elif isinstance(u, WarcChunk):
        yield from iter_chunk(u)
    elif isinstance(u, InlineUnit):
        if len(u.data) > MAX_PAGE_BYTES:
            yield PageFailure(
                "too_large",
                f"{len(u.data)} bytes is over the {MAX_PAGE_BYTES}-byte page limit",
                path=u.origin,
                line=u.line,
            )
        elif u.jsonl:
            try:
                yield jsonl_page(u.data, origin=u.origin, lineno=u.line or 0, opts=opts.jsonl)
            except PageError as e:
                yield PageFailure(e.reason, e.message, path=u.origin, line=u.line)
        else:
            from .models import Source

            yield Page(id="stdin", source=Source(path=STDIN, url=opts.url), data=u.data)


def _failure_of(page: Page | Prepared, reason: str, message: str) -> PageFailure:
    s = page.source
    line = None
    path = s.warc_file or s.path
    if s.format == "jsonl" and s.path and ":" in s.path:
        path, _, ln = s.path.rpartition(":")
        line = int(ln) if ln.isdigit() else None
    return PageFailure(
        reason, message, path=path, url=s.url, warc_record_id=s.warc_record_id, line=line
    )


def _pages_of(u: Unit, opts: Options) -> Iterator[Page | PageFailure]:
    """``_items`` with any unexpected exception turned into an ``internal`` failure."""
    try:
        yield from _items(u, opts)
    except Exception as e:
        path = getattr(u, "path", None) or getattr(u, "origin", None)
        yield PageFailure("internal", f"{type(e).__name__}: {e}", path=path)


def marker_path(parts_dir: Path, index: int) -> Path:
    return parts_dir / f"part-{index:05d}.done"


def read_marker(parts_dir: Path, index: int) -> dict[str, object] | None:
    try:
        m = orjson.loads(marker_path(parts_dir, index).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    return m if isinstance(m, dict) else None


def _resumed(spec: ShardSpec) -> ShardResult | None:
    parts = Path(spec.parts_dir)
    m = read_marker(parts, spec.index)
    if not m or m.get("digest") != spec.digest:
        return None
    if not (parts / f"{spec.stem}.jsonl").exists():
        return None
    if not (parts / f"{spec.stem}.errors.jsonl").exists():
        return None
    reasons = m.get("reasons")
    return ShardResult(
        index=spec.index,
        pages=int(m.get("pages", 0)),  # type: ignore[call-overload]
        records=int(m.get("records", 0)),  # type: ignore[call-overload]
        reasons=Counter(reasons if isinstance(reasons, dict) else {}),
        resumed=True,
    )


def run_shard(spec: ShardSpec) -> ShardResult:
    """Process one shard and write its part files and marker (see the module doc)."""
    if spec.resume:
        done = _resumed(spec)
        if done is not None:
            return done
    t0, c0 = time.perf_counter(), time.process_time()
    parts = Path(spec.parts_dir)
    parts.mkdir(parents=True, exist_ok=True)
    tag = f"{os.getpid()}.{time.monotonic_ns()}"
    res = ShardResult(index=spec.index)
    exporter = output.get("jsonl")(parts, stem=f"{spec.stem}.{tag}.tmp")
    err_tmp = parts / f"{spec.stem}.errors.{tag}.tmp"
    with err_tmp.open("wb") as err:

        def fail(f: PageFailure) -> None:
            d = f.as_dict()
            err.write(orjson.dumps(d) + b"\n")
            res.failures.append(d)
            res.reasons[f.reason] += 1

        # first decode and normalise the shard's pages, then learn what each site
        # repeats on its pages (sitechrome.py), then clean and extract, in input order
        items: list[Prepared | PageFailure] = []
        for u in spec.units:
            if isinstance(u, ProblemUnit):
                items.append(PageFailure(u.reason, u.message, path=u.path))
                continue
            for item in _pages_of(u, spec.opts):
                res.pages += 1
                if isinstance(item, PageFailure):
                    items.append(item)
                    continue
                try:
                    items.append(prepare(item))
                except PageError as e:
                    items.append(_failure_of(item, e.reason, e.message))
                except Exception as e:  # a bug must not stop the batch: logged, not raised
                    items.append(_failure_of(item, "internal", f"{type(e).__name__}: {e}"))
        sites = learn(
            (site_key(p.source), p.text)
            for p in items
            if isinstance(p, Prepared) and p.kind == "text"
        )
        for it in items:
            if isinstance(it, PageFailure):
                fail(it)
                continue
            key = site_key(it.source)
            try:
                rec = finish(it, sites.get(key, frozenset()) if key else frozenset())
            except PageError as e:
                fail(_failure_of(it, e.reason, e.message))
                continue
            except Exception as e:  # a bug must not stop the batch: logged, not raised
                fail(_failure_of(it, "internal", f"{type(e).__name__}: {e}"))
                continue
            exporter.write(rec)
            res.records += 1
    (tmp_part,) = exporter.close()
    os.replace(tmp_part, parts / f"{spec.stem}.jsonl")
    os.replace(err_tmp, parts / f"{spec.stem}.errors.jsonl")
    marker = {
        "digest": spec.digest,
        "pages": res.pages,
        "records": res.records,
        "reasons": dict(res.reasons),
    }
    mtmp = parts / f"{spec.stem}.done.{tag}.tmp"
    mtmp.write_bytes(orjson.dumps(marker))
    os.replace(mtmp, marker_path(parts, spec.index))
    res.seconds = time.perf_counter() - t0
    res.cpu = time.process_time() - c0
    return res


# --------------------------------------------------------------------------- merging


def clear_parts(parts_dir: Path) -> None:
    """Remove the parts of an earlier run (a fresh, non-resumed run)."""
    if parts_dir.is_dir():
        for p in parts_dir.iterdir():
            if p.name.startswith(("part-", "stdin.warc")):
                p.unlink(missing_ok=True)


def merge(parts_dir: Path, n_shards: int, out_dir: Path, formats: list[str]) -> list[Path]:
    """Concatenate the parts, in shard order, into ``out_dir/records.*`` and
    ``out_dir/errors.jsonl``; return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "jsonl" in formats:
        dest = out_dir / "records.jsonl"
        with dest.open("wb") as out:
            for i in range(n_shards):
                with (parts_dir / f"part-{i:05d}.jsonl").open("rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
        written.append(dest)
    others = [f for f in formats if f != "jsonl"]
    if others:
        exporters = [output.get(f)(out_dir) for f in others]
        for i in range(n_shards):
            with (parts_dir / f"part-{i:05d}.jsonl").open("rb") as src:
                for line in src:
                    rec = Record.model_validate_json(line)
                    for ex in exporters:
                        ex.write(rec)
        for ex in exporters:
            written += ex.close()
    dest = out_dir / "errors.jsonl"
    with dest.open("wb") as out:
        for i in range(n_shards):
            with (parts_dir / f"part-{i:05d}.errors.jsonl").open("rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
    written.append(dest)
    # the folder describes itself: the JSON Schema the records follow (``vnextract schema``)
    dest = out_dir / "record.schema.json"
    dest.write_text(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", "utf-8")
    written.append(dest)
    return written
