"""Parquet (zstd): one file per table of ``tables.py`` (``records.parquet``,
``targets.parquet`` ...), keyed by ``record_id``, for pandas, DuckDB, Polars, Spark.

Streaming: rows are buffered per table and written as a row group every
``batch_rows`` rows, so memory stays bounded whatever the number of records. Column
types come from ``tables.column_type`` (nullable int64, float64, bool, string); every
file is written even when empty, with its schema, so readers can always open it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pyarrow as pa
import pyarrow.parquet as pq

from ..models import Record
from . import register
from .csv import table_path
from .tables import TABLES, column_type, rows

_ARROW_TYPES = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}


def schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(c, _ARROW_TYPES[column_type(c)]) for c in TABLES[table]])


@register
class ParquetExporter:
    format: ClassVar[str] = "parquet"
    batch_rows: int = 2000  # rows per row group; bounds the buffer of each table

    def __init__(self, out_dir: Path, *, stem: str = "records") -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.paths = {t: table_path(out_dir, stem, t, ".parquet") for t in TABLES}
        self._schemas = {t: schema(t) for t in TABLES}
        self._buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._writers: dict[str, pq.ParquetWriter] = {}

    def _writer(self, table: str) -> pq.ParquetWriter:
        w = self._writers.get(table)
        if w is None:
            w = pq.ParquetWriter(self.paths[table], self._schemas[table], compression="zstd")
            self._writers[table] = w
        return w

    def _flush(self, table: str) -> None:
        buf = self._buffers[table]
        batch = pa.Table.from_pylist(buf, schema=self._schemas[table])
        self._writer(table).write_table(batch)
        buf.clear()

    def write(self, record: Record) -> None:
        for table, table_rows in rows(record).items():
            buf = self._buffers[table]
            buf.extend(table_rows)
            if len(buf) >= self.batch_rows:
                self._flush(table)

    def close(self) -> list[Path]:
        for table in TABLES:
            if self._buffers[table] or table not in self._writers:
                self._flush(table)
            self._writers[table].close()
        return list(self.paths.values())
