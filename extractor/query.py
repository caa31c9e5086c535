"""``vnextract query DB``: the targets that match, as a table, CSV or JSON.

Filters combine with AND; matching ignores tones, case and đ: ``--province "Dak Lak"``
finds Đắk Lắk, ``--text "truc tuyen"`` finds "trực tuyến" (an FTS5 phrase search over
the targets' metric), ``--index par`` finds PAR. ``--year`` is the target's deadline.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .output.sqlite import fold, fts_phrase
from .registry import open_db

COLUMNS = (
    "province", "index", "metric", "op", "value", "value_max", "unit", "deadline",
    "baseline", "title", "date", "url", "record_id", "ordinal",
)  # fmt: skip
OP_SIGNS = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<", "range": "", "top": "top"}


@dataclass(frozen=True)
class Filters:
    province: str | None = None
    index: str | None = None
    year: int | None = None
    unit: str | None = None
    text: str | None = None
    limit: int | None = None


def find_targets(conn: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """The targets matching ``f``, by province, deadline, index, article date."""
    where: list[str] = []
    params: list[Any] = []
    if f.province:
        # whole words of the folded name: "Hue" finds Thừa Thiên Huế, "dak lak" Đắk Lắk,
        # "Nam" finds Hà Nam and Quảng Nam but "Na" finds nothing
        where.append("instr(' ' || vn_fold(t.province) || ' ', ?) > 0")
        params.append(f" {fold(f.province)} ")
    if f.index:
        where.append('upper(t."index") = upper(?)')
        params.append(f.index)
    if f.year is not None:
        where.append("t.deadline = ?")
        params.append(f.year)
    if f.unit:
        where.append("t.unit = ?")
        params.append(f.unit)
    if f.text:
        where.append("t.rowid IN (SELECT rowid FROM targets_fts WHERE targets_fts MATCH ?)")
        params.append(fts_phrase(f.text))
    sql = (
        'SELECT t.province, t."index", t.metric, t.op, t.value, t.value_max, t.unit, '
        "t.deadline, t.baseline, t.title, substr(t.published, 1, 10) AS date, t.url, "
        "t.record_id, t.ordinal FROM targets t"
        + (" WHERE " + " AND ".join(where) if where else "")
        + ' ORDER BY t.province IS NULL, t.province, t.deadline IS NULL, t.deadline, t."index", '
        "t.published, t.record_id, t.ordinal"
    )
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return [dict(r) for r in conn.execute(sql, params)]


def target_text(row: dict[str, Any]) -> str:
    """'≥ 80 %', '5–7 rank_change', 'top 20 rank'."""
    value = _num(row["value"])
    if row["op"] == "range" and row.get("value_max") is not None:
        value = f"{value}–{_num(row['value_max'])}"
    sign = OP_SIGNS.get(row["op"] or "", row["op"] or "")
    return " ".join(x for x in (sign, value, row["unit"] or "") if x)


def _num(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    s = str(v)
    return s[:-2] if s.endswith(".0") and s[:-2].lstrip("-").isdigit() else s


def _clip(s: str, width: int) -> str:
    return s if len(s) <= width else s[: width - 1] + "…"


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    heads = ("province", "index", "target", "deadline", "metric", "date", "article", "url")
    widths = (16, 6, 20, 8, 50, 10, 40, 0)
    lines = []
    cells = [
        (
            r["province"] or "-",
            r["index"] or "-",
            target_text(r),
            str(r["deadline"] or "-"),
            r["metric"] or "",
            r["date"] or "-",
            r["title"] or r["record_id"],
            r["url"] or "",
        )
        for r in rows
    ]
    for line in [heads, *cells]:
        parts = [_clip(v, w).ljust(w) if w else v for v, w in zip(line, widths, strict=True)]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "query",
        help="find targets: by province, index, deadline year, unit, words of the metric",
        description="List the numeric targets in a vnextract database (made by "
        "`vnextract extract PAGES -o DIR --format sqlite`), with the article's title, date "
        "and URL. Matching ignores tones and case: --province 'Dak Lak' finds Đắk Lắk, "
        "--text 'truc tuyen' finds 'trực tuyến'. Exit 0 when targets are listed, 1 when "
        "none match, 2 on a bad database or usage.",
    )
    p.add_argument("db", metavar="DB", help="records.sqlite")
    p.add_argument("--province", help="province name, with or without tones")
    p.add_argument("--index", help="PAR, SIPAS, PAPI, PCI, ICT or DTI")
    p.add_argument("--year", type=int, help="deadline year, e.g. 2025")
    p.add_argument("--unit", help="%%, rank, rank_change, count, score, money, category ...")
    p.add_argument("--text", help="words of the metric, e.g. 'truc tuyen' (a phrase)")
    p.add_argument("--limit", type=int, help="at most this many rows")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "query")
    if conn is None:
        return 2
    f = Filters(args.province, args.index, args.year, args.unit, args.text, args.limit)
    try:
        rows = find_targets(conn, f)
    except sqlite3.OperationalError as e:
        print(f"vnextract query: {e}", file=sys.stderr)
        return 2
    finally:
        conn.close()
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    else:
        sys.stdout.write(format_table(rows))
    if not rows:
        print("vnextract query: no target matches", file=sys.stderr)
        return 1
    return 0
