"""CSV for spreadsheets: one file per table of ``tables.py`` (``records.csv``,
``targets.csv``, ``documents.csv`` ...), rows keyed by ``record_id``.

Choices, made for the journalist who double-clicks the file in Excel:

* UTF-8 **with a byte-order mark** (``utf-8-sig``). Without the BOM, Excel on Windows
  reads a .csv in the machine's ANSI code page and shows "Ä�áº¯k Láº¯k" for "Đắk Lắk";
  with it, Excel, LibreOffice, Google Sheets, pandas (``encoding="utf-8-sig"``) and
  Python's csv module all read the text right. The cost: a strict UTF-8 reader sees
  U+FEFF in front of the first header name.
* Comma separator, RFC 4180 quoting, CRLF line ends; paragraphs inside ``text`` stay
  in one quoted cell.
* Empty cell for null; integers without ``.0``; booleans ``true``/``false``.
* Byte-identical output for the same records (no timestamps, fixed column order).
* Excel cuts a cell at 32,767 characters: a very long article's ``text`` is complete
  in the file but not in Excel's view of it; use the SQLite or Parquet output for those.

Streaming: each record's rows are written as it arrives; nothing is kept in memory.
File names: ``<table>.csv`` when ``stem`` is ``records`` (the default), otherwise
``<stem>_<table>.csv``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO, Any, ClassVar

from ..models import Record
from . import register
from .tables import TABLES, rows

ENCODING = "utf-8-sig"


def table_path(out_dir: Path, stem: str, table: str, suffix: str) -> Path:
    """Where a table's file goes: ``<table><suffix>``, prefixed by ``<stem>_`` unless
    the stem is the default ``records``."""
    name = table if stem == "records" else f"{stem}_{table}"
    return out_dir / f"{name}{suffix}"


def cell(value: Any) -> str:
    """A value as the CSV writes it (deterministic, spreadsheet-friendly)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


@register
class CsvExporter:
    format: ClassVar[str] = "csv"

    def __init__(self, out_dir: Path, *, stem: str = "records") -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.paths = {t: table_path(out_dir, stem, t, ".csv") for t in TABLES}
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        for table, path in self.paths.items():
            fh = path.open("w", encoding=ENCODING, newline="")
            self._files[table] = fh
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(TABLES[table])
            self._writers[table] = w

    def write(self, record: Record) -> None:
        for table, table_rows in rows(record).items():
            cols = TABLES[table]
            w = self._writers[table]
            for row in table_rows:
                w.writerow([cell(row.get(c)) for c in cols])

    def close(self) -> list[Path]:
        for fh in self._files.values():
            fh.close()
        return list(self.paths.values())
