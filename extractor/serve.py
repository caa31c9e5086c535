"""``vnextract serve DB``: browse a vnextract database in Datasette on 127.0.0.1.

Tables and columns are described in Vietnamese and English, the targets table is
faceted by province, index, deadline and unit (reform areas by code), full-text search
ignores tones, and canned queries answer the usual questions: targets by province,
targets for an index, documents cited most, targets against results for the same
province and index (``datasette_metadata.yaml``). Datasette is the optional extra
``vnextract[serve]``, imported only here.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
from pathlib import Path
from typing import Any

import yaml

from .output.sqlite import fold
from .registry import open_db

METADATA = Path(__file__).with_name("datasette_metadata.yaml")
MISSING = (
    "vnextract serve: Datasette is not installed; install the extra: pip install 'vnextract[serve]'"
)


def metadata(db_path: Path) -> dict[str, Any]:
    """Datasette metadata for the database file ``db_path``."""
    meta: dict[str, Any] = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    database = meta.pop("database")
    meta["databases"] = {db_path.stem: database}
    return meta


class _Plugin:
    """Registers ``vn_fold`` on every Datasette connection (the canned queries use it)."""

    __name__ = "vnextract"

    @staticmethod
    def prepare_connection(conn: Any) -> None:
        conn.create_function("vn_fold", 1, fold, deterministic=True)


def _register_plugin() -> None:
    from datasette import hookimpl
    from datasette.plugins import pm

    if pm.get_plugin("vnextract") is None:
        plugin = _Plugin()
        hookimpl(_Plugin.prepare_connection)
        pm.register(plugin, name="vnextract")


def make_datasette(db_path: Path | str) -> Any:
    """A Datasette instance serving ``db_path`` read-only with vnextract's metadata.
    Raises ImportError when Datasette is missing."""
    from datasette.app import Datasette

    _register_plugin()
    path = Path(db_path)
    return Datasette(
        files=[],
        immutables=[str(path)],
        metadata=metadata(path),
        settings={
            "default_page_size": 50,
            "sql_time_limit_ms": 5000,
            "facet_time_limit_ms": 500,
            "truncate_cells_html": 300,  # an article's text is long; its page shows it all
        },
    )


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "serve",
        help="browse a database in Datasette (needs the extra vnextract[serve])",
        description="Start Datasette on http://127.0.0.1:PORT/ for a vnextract database: "
        "faceted tables, tone-insensitive search, canned queries. Ctrl-C stops it.",
    )
    p.add_argument("db", metavar="DB", help="records.sqlite")
    p.add_argument("--port", type=int, default=8001, help="port (default 8001)")
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1, this machine only)",
    )
    p.add_argument(
        "--exit-after",
        type=float,
        metavar="SECONDS",
        help="stop by itself after this many seconds (for tests and demos)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "serve")
    if conn is None:
        return 2
    conn.close()
    try:
        import uvicorn

        ds = make_datasette(args.db)
    except ImportError:
        print(MISSING, file=sys.stderr)
        return 2
    config = uvicorn.Config(ds.app(), host=args.host, port=args.port, log_level="warning")
    server = uvicorn.Server(config)
    if args.exit_after:
        timer = threading.Timer(args.exit_after, lambda: setattr(server, "should_exit", True))
        timer.daemon = True
        timer.start()
    print(f"vnextract serve: http://{args.host}:{args.port}/ (Ctrl-C to stop)", file=sys.stderr)
    asyncio.run(server.serve())
    return 0
