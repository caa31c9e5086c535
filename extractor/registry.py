"""The documents registry: one row per distinct document across the corpus, with the
articles that cite it, and ``vnextract docs DB [NUMBER]`` to list them.

A document is its number and its issuer. The same ``3478/QĐ-UBND`` cited by five
articles is one document with five citations; ``3478/QĐ-UBND`` of Đắk Lắk's people's
committee and ``3478/QĐ-UBND`` of Kon Tum's are two, since every provincial body numbers
its papers from 1 each year. How the issuer is told apart:

* a named issuer ("Ủy ban nhân dân tỉnh Đắk Lắk", "Chính phủ") is itself;
* a generic one ("Ủy ban nhân dân tỉnh", what the text says when the province is
  obvious to its reader) is completed with the citing article's province;
* no issuer at all: a central symbol (``NQ-CP``, ``QĐ-TTg``, ``NQ/TW``, ``TT-BNV``,
  ``NQ/QH15`` ...) is national, and joins the one named entry of that number if there is
  one; any other symbol is local to the article's province, and joins the one named
  entry of that number whose name ends with that province.

For each document the registry keeps the dates and subjects its citations give and
flags a disagreement (two different signing dates; two subjects neither of which
contains the other), which is where a journalist should look at the source.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .output.sqlite import connect, fold

# issuer codes after the type in a central document's symbol (NĐ 30/2020 appendix I):
# Government, Prime Minister, National Assembly and its Standing Committee, the Party's
# Central Committee / Politburo / Secretariat, ministries and ministry-level bodies.
CENTRAL_CODES = frozenset(
    {
        "CP", "TTG", "VPCP", "QH", "UBTVQH", "TW", "BCT", "BBT", "BCHTW", "BNV", "BTC",
        "BTTTT", "BKHDT", "BKHCN", "BYT", "BGDDT", "BCA", "BQP", "BTP", "BTNMT", "BXD",
        "BGTVT", "BNNPTNT", "BLDTBXH", "BVHTTDL", "BNG", "BDTTG", "UBDT", "NHNN", "TTCP",
        "KTNN", "TANDTC", "VKSNDTC", "BNNMT", "BKHCNMT",
    }
)  # fmt: skip
_GENERIC = re.compile(r"(?:^|\s)(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)$")


def number_key(number: str | None) -> str:
    """A document number compared without case, tones, đ or spaces
    ("3478/qd-ubnd" = "3478/QĐ-UBND")."""
    if not number:
        return ""
    s = unicodedata.normalize("NFD", number.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", "", s).upper()


def symbol_code(number: str | None) -> str:
    """The issuer code at the end of a symbol: ``UBND`` for 3478/QĐ-UBND, ``TW`` for
    18-NQ/TW, ``QH`` for 202/2025/QH15."""
    key = number_key(number)
    last = re.split(r"[-/]", key)[-1] if key else ""
    return re.sub(r"\d+$", "", last)


def is_central(number: str | None) -> bool:
    return symbol_code(number) in CENTRAL_CODES


def issuer_identity(number: str | None, issuer: str | None, province: str | None) -> str:
    """Who issued a cited document, as a grouping key (see the module docstring)."""
    if issuer:
        f = fold(issuer)
        if _GENERIC.search(f):
            return f"{f} {fold(province)}".strip()
        return f
    return "~central" if is_central(number) else f"~{fold(province)}"


@dataclass
class _Doc:
    number: str
    identity: str
    cites: list[dict[str, Any]] = field(default_factory=list)


def _display_issuer(doc: _Doc) -> str | None:
    named = Counter(c["issuer"] for c in doc.cites if c["issuer"])
    specific = [n for n, _ in named.most_common() if not _GENERIC.search(fold(n))]
    if specific:
        return specific[0]
    if named:
        generic = named.most_common(1)[0][0]
        prov = Counter(c["province"] for c in doc.cites if c["province"]).most_common(1)
        return f"{generic} {prov[0][0]}" if prov else generic
    return None


def _most_common(values: list[str]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    best = max(counts.values())
    return min(v for v, n in counts.items() if n == best)


def _subjects_disagree(subjects: list[str]) -> bool:
    """Two subjects disagree when neither's words are all in the other (so a shorter
    wording of the same title, "Kế hoạch CCHC giai đoạn 2021-2025" beside "Kế hoạch
    CCHC nhà nước tỉnh Đắk Lắk giai đoạn 2021-2025", is not a disagreement)."""
    words = sorted({frozenset(fold(s).split()) for s in subjects if fold(s)}, key=sorted)
    return any(not (a <= b or b <= a) for i, a in enumerate(words) for b in words[i + 1 :])


REGISTRY_SQL = """
CREATE TABLE registry (
  doc_id INTEGER PRIMARY KEY, number TEXT NOT NULL, issuer TEXT, type_name TEXT,
  date TEXT, dates TEXT, date_conflict INTEGER, subject TEXT, subjects TEXT,
  subject_conflict INTEGER, citations INTEGER, articles INTEGER, provinces TEXT,
  first_cited TEXT, last_cited TEXT
);
CREATE TABLE registry_citations (
  doc_id INTEGER NOT NULL REFERENCES registry(doc_id),
  record_id TEXT NOT NULL REFERENCES records(id), ordinal INTEGER NOT NULL,
  number TEXT, issuer TEXT, date TEXT, subject TEXT, surface TEXT, province TEXT,
  published TEXT, title TEXT, url TEXT, PRIMARY KEY (record_id, ordinal)
);
CREATE INDEX idx_registry_number ON registry(number);
CREATE INDEX idx_registry_citations_doc ON registry_citations(doc_id);
"""


def build(conn: sqlite3.Connection) -> int:
    """(Re)build ``registry`` and ``registry_citations`` from ``documents``; returns the
    number of distinct documents."""
    conn.executescript(
        "DROP TABLE IF EXISTS registry_citations; DROP TABLE IF EXISTS registry;" + REGISTRY_SQL
    )
    cur = conn.execute(
        "SELECT d.record_id, d.ordinal, d.number, d.issuer, d.date, d.subject, d.type_name, "
        "d.surface, d.province, d.published, r.title, r.url FROM documents d "
        "JOIN records r ON r.id = d.record_id WHERE d.number IS NOT NULL AND d.number != '' "
        "ORDER BY d.record_id, d.ordinal"
    )
    docs: dict[tuple[str, str], _Doc] = {}
    for row in cur:
        c = dict(zip([x[0] for x in cur.description], row, strict=True))
        key = (number_key(c["number"]), issuer_identity(c["number"], c["issuer"], c["province"]))
        docs.setdefault(key, _Doc(c["number"], key[1])).cites.append(c)
    # an unnamed issuer joins the one named entry it can only be
    for key in [k for k in docs if k[1].startswith("~")]:
        num, ident = key
        named = [k for k in docs if k[0] == num and not k[1].startswith("~")]
        if ident != "~central":
            named = [k for k in named if k[1].endswith(" " + ident[1:]) or k[1] == ident[1:]]
        if len(named) == 1:
            docs[named[0]].cites.extend(docs.pop(key).cites)
    for doc_id, key in enumerate(sorted(docs), start=1):
        doc = docs[key]
        cites = doc.cites
        dates = sorted({c["date"] for c in cites if c["date"]})
        subjects = sorted({c["subject"] for c in cites if c["subject"]})
        published = sorted(c["published"] for c in cites if c["published"])
        conn.execute(
            "INSERT INTO registry VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                _most_common([c["number"] for c in cites]),
                _display_issuer(doc),
                _most_common([c["type_name"] for c in cites]),
                _most_common([c["date"] for c in cites]),
                json.dumps(dates, ensure_ascii=False),
                int(len(dates) > 1),
                _most_common([c["subject"] for c in cites]),
                json.dumps(subjects, ensure_ascii=False),
                int(_subjects_disagree(subjects)),
                len(cites),
                len({c["record_id"] for c in cites}),
                json.dumps(
                    sorted({c["province"] for c in cites if c["province"]}), ensure_ascii=False
                ),
                published[0] if published else None,
                published[-1] if published else None,
            ),
        )
        conn.executemany(
            "INSERT INTO registry_citations VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc_id, c["record_id"], c["ordinal"], c["number"], c["issuer"], c["date"],
                    c["subject"], c["surface"], c["province"], c["published"], c["title"], c["url"],
                )
                for c in cites
            ],
        )  # fmt: skip
    return len(docs)


def lookup(
    conn: sqlite3.Connection, number: str | None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Registry entries for a number (any spelling of it), or the most cited ones; each
    with its ``cited_by`` list."""
    if number:
        conn.create_function("vn_number_key", 1, number_key, deterministic=True)
        docs = conn.execute(
            "SELECT * FROM registry WHERE vn_number_key(number) = ? ORDER BY doc_id",
            (number_key(number),),
        ).fetchall()
    else:
        docs = conn.execute(
            "SELECT * FROM registry ORDER BY citations DESC, articles DESC, number, doc_id LIMIT ?",
            (limit if limit else -1,),
        ).fetchall()
    out = []
    for d in docs:
        entry = dict(d)
        for k in ("dates", "subjects", "provinces"):
            entry[k] = json.loads(entry[k] or "[]")
        entry["cited_by"] = [
            dict(c)
            for c in conn.execute(
                "SELECT record_id, ordinal, date, subject, surface, province, published, title,"
                " url FROM registry_citations WHERE doc_id = ? ORDER BY published, record_id,"
                " ordinal",
                (d["doc_id"],),
            )
        ]
        out.append(entry)
    return out


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "docs",
        help="the documents registry: citations of a document number across the corpus",
        description="With NUMBER (any spelling: 3478/QD-UBND finds 3478/QĐ-UBND), list every "
        "document with that number (one per issuer) and the articles citing it, with the "
        "dates and subjects they give; '!' marks a disagreement. Without NUMBER, list the "
        "most cited documents. DB is the SQLite file of `vnextract extract --format sqlite`.",
    )
    p.add_argument("db", metavar="DB", help="records.sqlite")
    p.add_argument("number", nargs="?", metavar="NUMBER", help="document number and symbol")
    p.add_argument("--limit", type=int, default=20, help="documents listed without NUMBER")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run)


def open_db(path: str, prog: str) -> sqlite3.Connection | None:
    """Open a vnextract database read-only, or print why not (for the subcommands)."""
    if not Path(path).is_file():
        print(f"vnextract {prog}: {path}: no such database file", file=sys.stderr)
        return None
    try:
        conn = connect(path, readonly=True)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as e:
        print(f"vnextract {prog}: {path}: not an SQLite database ({e})", file=sys.stderr)
        return None
    if not {"records", "targets", "registry"} <= names:
        print(
            f"vnextract {prog}: {path}: not a vnextract database "
            "(make one with `vnextract extract PAGES -o DIR --format sqlite`)",
            file=sys.stderr,
        )
        return None
    return conn


def _print_table(entries: list[dict[str, Any]], with_citations: bool) -> None:
    out = sys.stdout
    for e in entries:
        flag_d = " !" if e["date_conflict"] else ""
        flag_s = " !" if e["subject_conflict"] else ""
        out.write(f"{e['number']}  {e['issuer'] or '(issuer not named)'}\n")
        out.write(
            f"  {e['citations']} citation(s) in {e['articles']} article(s); "
            f"provinces: {', '.join(e['provinces']) or '-'}\n"
        )
        out.write(f"  signed: {', '.join(e['dates']) or '-'}{flag_d}\n")
        if e["subjects"]:
            out.write(f"  subject: {' | '.join(e['subjects'])}{flag_s}\n")
        if with_citations:
            for c in e["cited_by"]:
                date = (c["published"] or "")[:10] or "----------"
                given = f" (gives {c['date']})" if c["date"] else ""
                out.write(
                    f"    {date}  {c['province'] or '-'}  {c['title'] or c['record_id']}{given}\n"
                )
                if c["url"]:
                    out.write(f"                {c['url']}\n")
        out.write("\n")


def run(args: argparse.Namespace) -> int:
    conn = open_db(args.db, "docs")
    if conn is None:
        return 2
    with conn:
        entries = lookup(conn, args.number, args.limit)
    if args.format == "json":
        sys.stdout.write(json.dumps(entries, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_table(entries, with_citations=bool(args.number))
    if args.number and not entries:
        print(f"vnextract docs: no document numbered {args.number}", file=sys.stderr)
        return 1
    return 0
