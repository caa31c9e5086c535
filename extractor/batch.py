"""``vnextract extract``: run the pipeline over pages, folders, globs, file lists, JSONL
and WARC archives, in shards, on local processes or a Dask cluster.

The work is cut into shards of ``--shard-size`` pages in input order (``shards.py``);
each shard writes its part files and a completion marker under ``DIR/_shards/``; at the
end the parts are merged, in input order, into ``DIR/records.<format>`` and
``DIR/errors.jsonl``, so the output does not depend on the number of workers. An
interrupted run (crash, Ctrl-C, killed job) continues with ``--resume``: finished shards
are not run again. Once merged, the parts are removed (``--keep-parts`` keeps them).

Exit status: 0 every page gave a record, 1 some pages failed (or the run stopped),
2 bad usage. Responses that are no article page (``not_html``, ``http_status``) are
listed in errors.jsonl and the summary but do not count as failures.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from . import output
from .engines import EngineError, make_engine
from .ingest import (
    STDIN,
    JsonlOptions,
    ManifestError,
    iter_inputs,
    read_list,
    read_url_manifest,
)
from .shards import (
    SHARDS_DIR,
    SKIP_REASONS,
    Options,
    ShardResult,
    ShardSpec,
    clear_parts,
    merge,
    plan,
    run_shard,
)

DEFAULT_SHARD_SIZE = 500


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _positive(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} must be at least 1")
    return n


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "extract",
        help="extract records from pages, folders, JSONL and WARC archives",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Extract one record per page from .txt/.html files, folders (recursively), "
        "globs, file lists, JSONL files and WARC archives (.warc, .warc.gz). Failed pages are "
        "listed in DIR/errors.jsonl with their reason; the batch goes on. Exit 0 if every page "
        "gave a record, 1 if some failed, 2 on bad usage.",
        epilog="""\
examples:
  vnextract extract corpus -o output --urls corpus/SOURCES.tsv --format jsonl,csv
  vnextract extract 'crawl/*.warc.gz' -o out --workers 8
  vnextract extract --from-list pages.txt -o out --resume
  zcat pages.jsonl.gz | vnextract extract - --jsonl-field html -o out
  vnextract extract crawl/ -o /shared/out --engine dask --scheduler tcp://10.0.0.5:8786

output layout: DIR/records.jsonl (and records.csv etc. per --format), DIR/errors.jsonl,
DIR/record.schema.json (the JSON Schema of the records);
while running, DIR/_shards/part-NNNNN.{jsonl,errors.jsonl,done} (one set per shard).
""",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="file, folder, glob, or - for stdin")
    p.add_argument(
        "-o", "--output", default="output", metavar="DIR", help="output folder (default: output)"
    )
    p.add_argument(
        "--format",
        default="jsonl",
        help="comma-separated: jsonl,csv,parquet,sqlite (default: jsonl)",
    )
    p.add_argument(
        "--from-list", metavar="FILE", help="read paths (or globs) one per line from FILE (- stdin)"
    )
    p.add_argument(
        "--jsonl-field",
        metavar="NAME",
        help="key of the page in JSONL input (default: text; a key named html is read as "
        "HTML); naming it also makes stdin and folders' *.jsonl files JSONL input",
    )
    p.add_argument("--jsonl-id", default="id", metavar="NAME", help="JSONL key of the record id")
    p.add_argument("--jsonl-url", default="url", metavar="NAME", help="JSONL key of the page URL")
    p.add_argument("--url", help="source URL of the page (for a single file or stdin)")
    p.add_argument(
        "--urls",
        metavar="FILE",
        help="URL manifest for page files: CSV (TSV if named .tsv) with a header naming "
        "'file' (or 'path') and 'url' columns, paths relative to FILE's folder; gives text "
        "pages their source URL, site and province (e.g. corpus/SOURCES.tsv)",
    )
    p.add_argument(
        "--workers",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes (default: the core count; 1 runs in this process)",
    )
    p.add_argument("--engine", default="local", choices=("local", "dask"), help="where shards run")
    p.add_argument(
        "--scheduler", metavar="ADDR", help="Dask scheduler, e.g. tcp://HOST:8786 (--engine dask)"
    )
    p.add_argument(
        "--shard-size",
        type=_positive,
        default=DEFAULT_SHARD_SIZE,
        metavar="N",
        help=f"pages per shard (default: {DEFAULT_SHARD_SIZE})",
    )
    p.add_argument(
        "--resume", action="store_true", help="keep the finished shards of an interrupted run"
    )
    p.add_argument("--keep-parts", action="store_true", help="keep DIR/_shards after merging")
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, per-page lines or summary"
    )
    p.set_defaults(func=run)


class Reporter:
    """Progress bar (only on a terminal), per-failure lines and the final summary."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.pages = 0
        self.records = 0
        self.reasons: Counter[str] = Counter()
        self.shards = 0
        self.resumed = 0
        self.cpu = 0.0
        self.t0 = time.perf_counter()
        self.bar: Any = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit=" pages", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    @property
    def failed(self) -> int:
        return sum(n for r, n in self.reasons.items() if r not in SKIP_REASONS)

    def line(self, msg: str) -> None:
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.write(msg, file=sys.stderr)
        else:
            print(msg, file=sys.stderr)

    def add(self, res: ShardResult) -> None:
        self.shards += 1
        self.resumed += res.resumed
        self.pages += res.pages
        self.records += res.records
        self.reasons.update(res.reasons)
        self.cpu += res.cpu
        for f in res.failures:
            if f["reason"] in SKIP_REASONS:
                continue
            where = str(f.get("path") or "")
            if f.get("line"):
                where += f":{f['line']}"
            if f.get("url"):
                where += f" {f['url']}"
            self.line(f"vnextract: {where}: {f['reason']}: {f['message']}")
        if self.bar is not None:
            self.bar.set_postfix(records=self.records, failed=self.failed, refresh=False)
            self.bar.update(res.pages)

    def summary(self, workers: int, engine: str) -> str:
        secs = time.perf_counter() - self.t0
        rate = self.pages / secs if secs > 0 else 0.0
        parts = [
            f"vnextract: {self.pages} pages read, {self.records} records, {self.failed} failed "
            f"in {secs:.1f} s ({rate:.1f} pages/s; {workers} {engine} worker"
            f"{'s' if workers != 1 else ''}, {self.shards} shard{'s' if self.shards != 1 else ''}"
            + (f", {self.resumed} resumed" if self.resumed else "")
            + ")"
        ]
        bad = [(r, n) for r, n in self.reasons.most_common() if r not in SKIP_REASONS]
        skip = [(r, n) for r, n in self.reasons.most_common() if r in SKIP_REASONS]
        if bad:
            parts.append("  failures: " + ", ".join(f"{r} {n}" for r, n in bad))
        if skip:
            parts.append("  skipped (not article pages): " + ", ".join(f"{r} {n}" for r, n in skip))
        return "\n".join(parts)

    def logging(self) -> contextlib.AbstractContextManager[object]:
        """While the bar is shown, log records go through tqdm.write (no broken bar)."""
        if self.bar is None:
            return contextlib.nullcontext()
        from tqdm.contrib.logging import logging_redirect_tqdm

        return logging_redirect_tqdm()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _usage(msg: str) -> int:
    print(f"vnextract extract: error: {msg}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    if not formats:
        return _usage("--format names no format")
    try:
        for f in formats:
            output.get(f)
    except ValueError as e:
        return _usage(str(e))
    if not args.paths and not args.from_list:
        return _usage("no input: give PATH... or --from-list FILE")
    if args.from_list == STDIN and STDIN in args.paths:
        return _usage("stdin cannot be both the file list and a page")
    if args.scheduler and args.engine != "dask":
        return _usage("--scheduler needs --engine dask")
    try:
        urls = read_url_manifest(args.urls) if args.urls else None
    except ManifestError as e:
        return _usage(f"--urls {e}")
    workers = args.workers or default_workers()
    out_dir = Path(args.output)
    parts_dir = out_dir.absolute() / SHARDS_DIR  # absolute: workers may run elsewhere
    opts = Options(
        jsonl=JsonlOptions(
            field=args.jsonl_field or "text",
            id_field=args.jsonl_id,
            url_field=args.jsonl_url,
            explicit=args.jsonl_field is not None,
        ),
        url=args.url,
    )
    try:
        engine = make_engine(args.engine, workers, args.scheduler)
    except EngineError as e:
        return _usage(str(e))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        engine.close()
        return _usage(f"cannot create {out_dir}: {e.strerror or e}")
    if not args.resume:
        clear_parts(parts_dir)
    names = chain(args.paths, read_list(args.from_list) if args.from_list else ())
    inputs = iter_inputs(names, exclude=out_dir, jsonl_in_folders=opts.jsonl.explicit)
    n_shards = 0

    def specs() -> Iterator[ShardSpec]:
        nonlocal n_shards
        for spec in plan(
            inputs,
            shard_size=args.shard_size,
            opts=opts,
            parts_dir=parts_dir,
            resume=args.resume,
            urls=urls,
        ):
            n_shards = spec.index + 1
            yield spec

    rep = Reporter(args.quiet)
    try:
        with rep.logging():
            for res in engine.imap_unordered(run_shard, specs()):
                rep.add(res)
    except (KeyboardInterrupt, SystemExit):
        rep.close()
        raise
    except Exception as e:  # a worker died, the disk is full, the scheduler went away
        rep.close()
        print(
            f"vnextract: error: the run stopped ({type(e).__name__}: {e}); finished shards are "
            f"kept in {parts_dir}: re-run with --resume to continue",
            file=sys.stderr,
        )
        return 1
    finally:
        engine.close()
    rep.close()
    try:
        merge(parts_dir, n_shards, out_dir, formats)
    except OSError as e:
        print(f"vnextract: error: merging the parts failed: {e}", file=sys.stderr)
        return 1
    if not args.keep_parts:
        shutil.rmtree(parts_dir, ignore_errors=True)
    if not args.quiet:
        print(rep.summary(engine.workers, engine.name), file=sys.stderr)
    return 1 if rep.failed else 0
