"""``vnextract extract``: run the pipeline over files and folders (basic sequential runner)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from . import output
from .ingest import InputProblem, expand, read_page
from .pipeline import process
from .types import PageError


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "extract",
        help="extract records from pages (files, folders, - for stdin)",
        description="Extract one record per page from .txt and .html files and folders "
        "(recursively). Failed pages are listed in DIR/errors.jsonl with their reason; "
        "the batch goes on. Exit 0 if every page gave a record, 1 if some failed, 2 on bad usage.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    p.add_argument(
        "-o", "--output", default="output", metavar="DIR", help="output folder (default: output)"
    )
    p.add_argument(
        "--format",
        default="jsonl",
        help="comma-separated: jsonl,csv,parquet,sqlite (default: jsonl)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    try:
        classes = [output.get(f) for f in formats]
    except ValueError as e:
        print(f"vnextract extract: {e}", file=sys.stderr)
        return 2
    out_dir = Path(args.output)
    exporters = [c(out_dir) for c in classes]
    failures = 0
    with (out_dir / "errors.jsonl").open("wb") as err:
        for item in expand(args.paths):
            if isinstance(item, InputProblem):
                failures += 1
                err.write(
                    orjson.dumps(
                        {"path": item.path, "reason": item.reason, "message": item.message}
                    )
                    + b"\n"
                )
                print(f"vnextract: {item.path}: {item.message}", file=sys.stderr)
                continue
            try:
                rec = process(read_page(item))
            except (PageError, OSError) as e:
                failures += 1
                reason = getattr(e, "reason", "io")
                msg = getattr(e, "message", str(e))
                err.write(
                    orjson.dumps({"path": str(item), "reason": reason, "message": msg}) + b"\n"
                )
                print(f"vnextract: {item}: {msg}", file=sys.stderr)
                continue
            for ex in exporters:
                ex.write(rec)
    for ex in exporters:
        ex.close()
    return 1 if failures else 0
