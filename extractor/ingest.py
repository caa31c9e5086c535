"""Ingest: turn paths (files, folders, ``-`` for stdin) into ``Page`` objects.

Folders are walked recursively for ``.txt``, ``.html`` and ``.htm`` files, in sorted
order so that every run sees the same pages in the same order. A record's ``id`` is
the file name without its extension (the contract); the source keeps the full path.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .models import Source
from .types import Page

PAGE_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A path that yields no page, with the reason (reported, never dropped silently)."""

    path: str
    reason: str
    message: str


def kind_of(path: Path) -> str | None:
    return PAGE_SUFFIXES.get(path.suffix.lower())


def sniff_kind(data: bytes | str) -> str:
    head = data[:2048].lower() if isinstance(data, str) else data[:2048].lower().decode("latin-1")
    if "<html" in head or "<!doctype html" in head or "<body" in head or "<div" in head:
        return "html"
    return "text"


def expand(paths: Iterable[str]) -> Iterator[Path | InputProblem]:
    """Every page file under the given paths; problems are yielded, not raised."""
    for raw in paths:
        if raw == "-":
            yield Path("-")
            continue
        p = Path(raw)
        if not p.exists():
            yield InputProblem(raw, "not_found", "no such file or directory")
        elif p.is_dir():
            found = False
            for f in sorted(p.rglob("*")):
                if f.is_file() and kind_of(f):
                    found = True
                    yield f
            if not found:
                yield InputProblem(raw, "no_pages", "directory holds no .txt or .html page")
        elif p.is_file():
            yield p
        else:
            yield InputProblem(raw, "not_a_file", "not a regular file")


def read_page(path: Path) -> Page:
    """Read one file (or stdin for ``-``) as a page; decoding happens in the pipeline."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        return Page(id="stdin", source=Source(path="-", format="text"), data=data, kind=None)
    data = path.read_bytes()
    kind = kind_of(path)
    return Page(
        id=path.stem,
        source=Source(path=str(path), format="html" if kind == "html" else "text"),
        data=data,
        kind=kind,
    )
