"""SQLite: the tables of ``tables.py`` in one database file (``records.sqlite``), with
indexes, full-text search and the documents registry; what ``vnextract query``,
``docs``, ``serve`` and ``report`` read.

* Keys: ``records.id``; every other table is keyed by ``(record_id, ordinal)``
  (``reform_areas`` by ``(record_id, code)``) with a foreign key to ``records`` (Datasette
  turns it into a link to the article).
* ``targets`` and ``results`` carry the article's province, date, title and URL, so
  "which province set which target" needs no join; indexes on province, index,
  deadline/year, unit, document number, body name, date value, reform-area code.
* Full-text search: FTS5 tables ``records_fts`` (title, text) and ``targets_fts``
  (metric), external content, ``tokenize='unicode61 remove_diacritics 2'``: "truc tuyen"
  finds "trực tuyến". SQLite's tokenizer does not fold đ (U+0111 has no Unicode
  decomposition), so the indexed value of a text holding đ/Đ is the text followed by a
  copy with đ→d: both "điện tử" and "dien tu" find it.
* Registry: ``registry`` (one row per distinct document number and issuer) and
  ``registry_citations`` are built on close by ``extractor.registry.build``.
* A record id written twice replaces the earlier record (last one wins).

Streaming: rows are inserted as records arrive and committed every ``commit_every``
records; FTS and the registry are built once, on close.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import ClassVar

from ..models import Record
from . import register
from .csv import table_path
from .tables import TABLES, column_type, rows

FTS_TOKENIZE = "unicode61 remove_diacritics 2"
# table -> columns indexed for full-text search
FTS_COLUMNS: dict[str, tuple[str, ...]] = {"records": ("title", "text"), "targets": ("metric",)}
KEYS: dict[str, tuple[str, ...]] = {
    "records": ("id",),
    "reform_areas": ("record_id", "code"),
}
INDEXES: dict[str, tuple[str, ...]] = {
    "records": ("province", "published", "site"),
    "documents": ("number", "issuer", "province"),
    "dates": ("value",),
    "periods": ("end_year",),
    "bodies": ("name", "province"),
    "people": ("name",),
    "reform_areas": ("code", "province"),
    "targets": ("province", "index", "deadline", "unit"),
    "results": ("province", "index", "year", "unit"),
}
_SQL_TYPES = {"int": "INTEGER", "float": "REAL", "bool": "INTEGER", "str": "TEXT"}
_D = str.maketrans({"đ": "d", "Đ": "D"})


def q(name: str) -> str:
    """A quoted SQL identifier (``index`` is a keyword)."""
    return '"' + name.replace('"', '""') + '"'


def fold(s: str | None) -> str:
    """Lower case without tones, marks or đ, punctuation as single spaces: the key for
    diacritic-insensitive matching ("Dak Lak" = "Đắk Lắk", "Thua Thien-Hue" =
    "Thừa Thiên Huế")."""
    if not s:
        return ""
    s = unicodedata.normalize("NFD", s.translate(_D))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return " ".join(re.findall(r"\w+", s))


def fts_value(s: str | None) -> str | None:
    """What the FTS index receives for a text: itself, plus its đ→d copy when it has đ."""
    if s is None:
        return None
    folded = s.translate(_D)
    return s if folded == s else f"{s}\n{folded}"


def fts_phrase(text: str) -> str:
    """A user's words as one FTS5 phrase (quotes escaped, đ folded to d)."""
    return '"' + text.translate(_D).replace('"', '""') + '"'


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """Open a vnextract database with ``vn_fold`` (``fold``) available to SQL."""
    if readonly:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    conn.create_function("vn_fold", 1, fold, deterministic=True)
    conn.create_function("vn_fts_value", 1, fts_value, deterministic=True)
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    for table, cols in TABLES.items():
        defs = [f"{q(c)} {_SQL_TYPES[column_type(c)]}" for c in cols]
        if table != "records":
            defs[0] += " NOT NULL REFERENCES records(id)"
        key = KEYS.get(table, ("record_id", "ordinal"))
        defs.append(f"PRIMARY KEY ({', '.join(q(c) for c in key)})")
        conn.execute(f"CREATE TABLE {q(table)} ({', '.join(defs)})")
        for col in INDEXES.get(table, ()):
            conn.execute(f"CREATE INDEX {q(f'idx_{table}_{col}')} ON {q(table)} ({q(col)})")


def build_fts(conn: sqlite3.Connection) -> None:
    """(Re)build the FTS5 tables from their content tables."""
    for table, cols in FTS_COLUMNS.items():
        fts = f"{table}_fts"
        conn.execute(f"DROP TABLE IF EXISTS {q(fts)}")
        conn.execute(
            f"CREATE VIRTUAL TABLE {q(fts)} USING fts5({', '.join(q(c) for c in cols)}, "
            f"tokenize='{FTS_TOKENIZE}', content={q(table)})"
        )
        values = ", ".join(f"vn_fts_value({q(c)})" for c in cols)
        conn.execute(
            f"INSERT INTO {q(fts)} (rowid, {', '.join(q(c) for c in cols)}) "
            f"SELECT rowid, {values} FROM {q(table)}"
        )


@register
class SqliteExporter:
    format: ClassVar[str] = "sqlite"
    commit_every: int = 500

    def __init__(self, out_dir: Path, *, stem: str = "records") -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.path = out_dir / f"{stem}.sqlite"
        for p in (self.path, Path(f"{self.path}-journal"), Path(f"{self.path}-wal")):
            p.unlink(missing_ok=True)
        self._conn = connect(self.path)
        self._conn.execute("PRAGMA journal_mode = OFF")
        self._conn.execute("PRAGMA synchronous = OFF")
        create_schema(self._conn)
        self._inserts = {
            t: f"INSERT INTO {q(t)} ({', '.join(q(c) for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})"
            for t, cols in TABLES.items()
        }
        self._seen: set[str] = set()
        self._pending = 0

    def write(self, record: Record) -> None:
        conn = self._conn
        if record.id in self._seen:
            for table in TABLES:
                col = "id" if table == "records" else "record_id"
                conn.execute(f"DELETE FROM {q(table)} WHERE {q(col)} = ?", (record.id,))
        self._seen.add(record.id)
        for table, table_rows in rows(record).items():
            if table_rows:
                cols = TABLES[table]
                conn.executemany(
                    self._inserts[table], [tuple(r.get(c) for c in cols) for r in table_rows]
                )
        self._pending += 1
        if self._pending >= self.commit_every:
            conn.commit()
            self._pending = 0

    def close(self) -> list[Path]:
        from ..registry import build as build_registry

        conn = self._conn
        build_fts(conn)
        build_registry(conn)
        conn.commit()
        conn.execute("ANALYZE")
        conn.commit()
        conn.close()
        return [self.path]


__all__ = ["SqliteExporter", "connect", "fold", "fts_phrase", "fts_value", "table_path"]
