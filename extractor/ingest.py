"""Ingest: turn what the user names (files, folders, globs, file lists, JSONL, WARC,
``-`` for stdin) into inputs and pages.

Listing is streaming and deterministic: folders are walked depth-first with the entries
of each folder in sorted order (so millions of files are never held in memory and every
run sees the same pages in the same order); a glob's matches are sorted; a file list
(``--from-list``) keeps its own order. Folders yield ``.txt``, ``.html``/``.htm``/
``.xhtml`` pages and ``.warc``/``.warc.gz`` archives (and JSONL files when a JSONL field
was named). A record's ``id`` is the file name without its extension (the contract);
the source keeps the full path. JSONL lines become pages through ``jsonl_page``; WARC
archives are read by ``warc.py``.
"""

from __future__ import annotations

import glob
import gzip
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson

from .models import Source
from .types import Page, PageError

PAGE_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}
WARC_ENDINGS = (".warc", ".warc.gz")
JSONL_ENDINGS = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
GLOB_CHARS = frozenset("*?[")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A path that yields no page, with the reason (reported, never dropped silently)."""

    path: str
    reason: str
    message: str


@dataclass(frozen=True, slots=True)
class JsonlOptions:
    """Which keys of a JSONL object hold the page, its id and its URL."""

    field: str = "text"
    id_field: str = "id"
    url_field: str = "url"
    explicit: bool = False  # named on the command line: walk folders for JSONL, stdin is JSONL


def kind_of(path: Path) -> str | None:
    return PAGE_SUFFIXES.get(path.suffix.lower())


def input_kind(path: Path | str, *, jsonl_in_folders: bool = True) -> str | None:
    """``page``, ``warc`` or ``jsonl`` by file name; None for files that are not inputs."""
    name = str(path).lower()
    if name.endswith(WARC_ENDINGS):
        return "warc"
    if name.endswith(JSONL_ENDINGS):
        return "jsonl" if jsonl_in_folders else None
    return "page" if kind_of(Path(name)) else None


def sniff_kind(data: bytes | str) -> str:
    head = data[:2048].lower() if isinstance(data, str) else data[:2048].lower().decode("latin-1")
    if "<html" in head or "<!doctype html" in head or "<body" in head or "<div" in head:
        return "html"
    return "text"


def walk(root: Path, *, exclude: Path | None = None, jsonl: bool = False) -> Iterator[Path]:
    """Input files under ``root``, depth-first, each folder's entries sorted by name."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        p = Path(e.path)
        try:
            if e.is_dir(follow_symlinks=False):
                if exclude is not None and _same(p, exclude):
                    continue
                if e.name.startswith(".") or e.name == "__pycache__":
                    continue  # .git, .venv, caches
                yield from walk(p, exclude=exclude, jsonl=jsonl)
            elif e.is_file() and input_kind(p, jsonl_in_folders=jsonl):
                yield p
        except OSError:
            continue


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def read_list(list_path: str) -> Iterator[str]:
    """Paths named one per line in a file (``-``: stdin); blank lines and ``#`` skipped."""
    fh: Iterable[str]
    if list_path == STDIN:
        fh = sys.stdin
        yield from _list_lines(fh)
        return
    with open(list_path, encoding="utf-8") as f:
        yield from _list_lines(f)


class ManifestError(ValueError):
    """A URL manifest (``--urls``) that cannot be used; the message names file and reason."""


def url_key(path: str | Path) -> str:
    """How a page file is looked up in a URL manifest: its absolute, normalised path."""
    return os.path.normpath(os.path.abspath(path))


def read_url_manifest(path: str | Path) -> dict[str, str]:
    """Page URLs from a manifest: a CSV (or, by its ``.tsv`` suffix, tab-separated) file
    with a header naming a ``file`` (or ``path``) column and a ``url`` column; relative
    file paths are relative to the manifest's folder. Scrapers that flatten pages to text
    usually keep such a list; with it, a text page gets its ``source.url``, hence its site
    and, for a provincial site, its province. Rows whose url is not http(s) are skipped
    (a note such as "shared/seeds" is no address)."""
    import csv

    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ManifestError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ManifestError(f"{p}: cannot be read ({e})") from None
    delimiter = "\t" if p.suffix.lower() == ".tsv" else ","
    rows = csv.DictReader(raw.splitlines(), delimiter=delimiter)
    fields = set(rows.fieldnames or ())
    col = "file" if "file" in fields else "path" if "path" in fields else None
    if col is None or "url" not in fields:
        raise ManifestError(f"{p}: the header must name a 'file' (or 'path') and a 'url' column")
    base = p.parent
    out: dict[str, str] = {}
    for row in rows:
        f, url = (row.get(col) or "").strip(), (row.get("url") or "").strip()
        if f and url.lower().startswith(("http://", "https://")):
            out[url_key(base / f)] = url
    return out


def _list_lines(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        s = line.strip()
        if s and not s.startswith("#"):
            yield s


def iter_inputs(
    paths: Iterable[str], *, exclude: Path | None = None, jsonl_in_folders: bool = False
) -> Iterator[Path | InputProblem]:
    """Every input file (page, WARC, JSONL) the arguments name, in a stable order;
    ``Path("-")`` stands for stdin. Problems are yielded, not raised."""
    for raw in paths:
        if raw == STDIN:
            yield Path(STDIN)
            continue
        p = Path(raw)
        if not p.exists() and GLOB_CHARS & set(raw):
            matches = sorted(glob.iglob(raw, recursive=True))
            if not matches:
                yield InputProblem(raw, "not_found", "no file matches this pattern")
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    yield from walk(mp, exclude=exclude, jsonl=jsonl_in_folders)
                elif mp.is_file() and input_kind(mp):
                    yield mp
            continue
        if not p.exists():
            yield InputProblem(raw, "not_found", "no such file or directory")
        elif p.is_dir():
            found = False
            for f in walk(p, exclude=exclude, jsonl=jsonl_in_folders):
                found = True
                yield f
            if not found:
                yield InputProblem(raw, "no_pages", "directory holds no page, WARC or JSONL file")
        elif p.is_file():
            yield p
        else:
            yield InputProblem(raw, "not_a_file", "not a regular file")


def expand(paths: Iterable[str]) -> Iterator[Path | InputProblem]:
    """Every page file (``.txt``/``.html``) under the given paths; used by
    ``extractor.extract_many``. Problems are yielded, not raised."""
    for item in iter_inputs(paths):
        if isinstance(item, InputProblem) or str(item) == STDIN or kind_of(item):
            yield item
        elif item.is_file() and input_kind(item) is None:
            yield item  # a file named explicitly is read as a page whatever its suffix


def read_page(path: Path, *, url: str | None = None, max_bytes: int | None = None) -> Page:
    """Read one file (or stdin for ``-``) as a page; decoding happens in the pipeline.
    With ``max_bytes``, a larger file is refused (``too_large``) before it is read."""
    if str(path) == STDIN:
        data = sys.stdin.buffer.read()
        return Page(id="stdin", source=Source(path=STDIN, url=url, format="text"), data=data)
    if max_bytes is not None:
        size = path.stat().st_size
        if size > max_bytes:
            raise PageError("too_large", f"{size} bytes is over the {max_bytes}-byte page limit")
    data = path.read_bytes()
    kind = kind_of(path)
    return Page(
        id=path.stem,
        source=Source(path=str(path), url=url, format="html" if kind == "html" else "text"),
        data=data,
        kind=kind,
    )


def open_binary(path: str) -> BinaryIO:
    """A file (transparently gunzipped when its name ends in .gz) or stdin."""
    if path == STDIN:
        return sys.stdin.buffer
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def iter_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, raw line) of a JSONL file or stdin; blank lines skipped."""
    fh = open_binary(path)
    try:
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield n, line
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def jsonl_stem(path: str) -> str:
    name = Path(path).name if path != STDIN else "stdin"
    for end in (".gz", ".jsonl", ".ndjson"):
        if name.lower().endswith(end):
            name = name[: -len(end)]
    return name


def jsonl_page(line: bytes, *, origin: str, lineno: int, opts: JsonlOptions) -> Page:
    """One JSONL line to a page: ``opts.field`` holds the text or HTML; the optional
    id and URL fields give the record id (else ``<file stem>-<line>``) and source URL."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as e:
        raise PageError("bad_json", f"line {lineno} is not JSON: {e}") from None
    if not isinstance(obj, dict):
        raise PageError("bad_json", f"line {lineno} is not a JSON object")
    body = obj.get(opts.field)
    if not isinstance(body, str):
        raise PageError("no_field", f"line {lineno} has no string field {opts.field!r}")
    rid = obj.get(opts.id_field)
    url = obj.get(opts.url_field)
    kind = "html" if "html" in opts.field.lower() else None
    return Page(
        id=str(rid) if rid not in (None, "") else f"{jsonl_stem(origin)}-{lineno}",
        source=Source(
            path=f"{origin}:{lineno}", url=url if isinstance(url, str) else None, format="jsonl"
        ),
        data=body,
        kind=kind,
    )
