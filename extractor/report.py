"""``vnextract report DB -o report.html``: one self-contained HTML page for readers
without tools: a chart of targets by index and deadline year, then, province by
province, the targets it set with their deadlines and the articles that reported them.

Self-contained: the CSS and the chart (matplotlib, rendered to inline SVG) are in the
file; nothing is fetched from a network or a CDN. The same database gives the same file
(no timestamps; matplotlib's SVG ids are salted with a constant). Matplotlib is part of
the optional extra ``vnextract[serve]``, imported only here.
"""

from __future__ import annotations

import argparse
import html
import io
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .output.sqlite import fold
from .query import Filters, find_targets, target_text
from .registry import open_db

INDEX_ORDER = ("PAR", "SIPAS", "PAPI", "PCI", "ICT", "DTI")
OTHER = "khác / other"
NO_PROVINCE = "Chưa rõ tỉnh / province unknown"
CSS = """
body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1rem;color:#1d2433;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #d33;
padding-bottom:.2rem}.sub{color:#5a6275;margin-top:0}nav a{margin-right:.8rem;white-space:nowrap}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid #dde;
padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f3f4f8}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}.idx{font-weight:600}
figure{margin:1.5rem 0}figure svg{max-width:100%;height:auto}
"""


def _chart_svg(rows: list[dict[str, Any]]) -> str:
    """Stacked bars: number of targets per deadline year, one colour per index."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    counts: Counter[tuple[str, str]] = Counter()
    for r in rows:
        year = str(r["deadline"]) if r["deadline"] else "?"
        counts[(year, r["index"] or OTHER)] += 1
    years = sorted({y for y, _ in counts}, key=lambda y: (y == "?", y))
    indices = [i for i in (*INDEX_ORDER, OTHER) if any(k[1] == i for k in counts)]
    with plt.rc_context({"svg.hashsalt": "vnextract", "svg.fonttype": "none"}):
        fig, ax = plt.subplots(figsize=(8, 3.6))
        bottom = [0] * len(years)
        for name in indices:
            heights = [counts[(y, name)] for y in years]
            ax.bar(years, heights, bottom=bottom, label=name)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        ax.set_xlabel("Năm hạn / deadline year")
        ax.set_ylabel("Số mục tiêu / targets")
        ax.set_title("Mục tiêu theo chỉ số và năm / Targets by index and year")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        if indices:
            ax.legend(
                title="Chỉ số / index", fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1)
            )
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": "vnextract"})
        plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg") :]


def _anchor(name: str) -> str:
    return "p-" + (re.sub(r"\W+", "-", fold(name)).strip("-") or "none")


def _e(s: Any) -> str:
    return html.escape("" if s is None else str(s))


def render(rows: list[dict[str, Any]], *, n_articles: int, source: str) -> str:
    """The report's HTML for target rows as ``query.find_targets`` gives them."""
    by_province: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_province[r["province"] or NO_PROVINCE].append(r)
    provinces = sorted(by_province, key=lambda p: (p == NO_PROVINCE, fold(p)))
    out = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Mục tiêu cải cách hành chính / Administrative reform targets</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Mục tiêu cải cách hành chính theo tỉnh</h1>",
        '<p class="sub">Administrative reform targets by province — '
        f"{len(rows)} mục tiêu / targets, {len([p for p in provinces if p != NO_PROVINCE])} "
        f"tỉnh / provinces, {n_articles} bài báo / articles; nguồn / source: {_e(source)}</p>",
    ]
    if rows:
        out.append(f'<figure id="chart">{_chart_svg(rows)}</figure>')
    else:
        out.append("<p>Chưa có mục tiêu nào. / No targets yet.</p>")
    out.append(
        "<nav>"
        + " ".join(
            f'<a href="#{_anchor(p)}">{_e(p)} ({len(by_province[p])})</a>' for p in provinces
        )
        + "</nav>"
    )
    for p in provinces:
        items = sorted(
            by_province[p],
            key=lambda r: (r["deadline"] is None, r["deadline"] or 0, r["index"] or "~"),
        )
        out.append(f'<section class="province"><h2 id="{_anchor(p)}">{_e(p)}</h2>')
        out.append(
            '<table class="targets"><thead><tr><th>Hạn / Deadline</th><th>Chỉ số / Index</th>'
            "<th>Mục tiêu / Target</th><th>Nội dung / Metric</th><th>Bài báo / Article</th>"
            "<th>Ngày / Date</th></tr></thead><tbody>"
        )
        for r in items:
            title = _e(r["title"] or r["record_id"])
            article = f'<a href="{_e(r["url"])}">{title}</a>' if r["url"] else title
            out.append(
                f'<tr><td class="num">{_e(r["deadline"] or "—")}</td>'
                f'<td class="idx">{_e(r["index"] or "")}</td>'
                f'<td class="num">{_e(target_text(r))}</td><td>{_e(r["metric"])}</td>'
                f'<td>{article}</td><td class="num">{_e(r["date"] or "")}</td></tr>'
            )
        out.append("</tbody></table></section>")
    out.append("</body></html>\n")
    return "\n".join(out)


def build(conn: sqlite3.Connection, *, province: str | None = None, source: str = "") -> str:
    rows = find_targets(conn, Filters(province=province))
    n_articles = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    return render(rows, n_articles=n_articles, source=source)


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="a self-contained HTML report of targets by province (needs vnextract[serve])",
        description="Write one HTML file, readable offline: a chart of targets by index and "
        "deadline year, then each province's targets with deadlines and source articles.",
    )
    p.add_argument("db", metavar="DB", help="records.sqlite")
    p.add_argument("-o", "--output", default="report.html", metavar="FILE")
    p.add_argument("--province", help="only this province (tones optional)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "report")
    if conn is None:
        return 2
    try:
        page = build(conn, province=args.province, source=Path(args.db).name)
    except ImportError:
        print(
            "vnextract report: matplotlib is not installed; pip install 'vnextract[serve]'",
            file=sys.stderr,
        )
        return 2
    finally:
        conn.close()
    Path(args.output).write_text(page, encoding="utf-8")
    print(f"vnextract report: wrote {args.output}", file=sys.stderr)
    return 0
