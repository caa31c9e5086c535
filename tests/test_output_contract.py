"""One contract for every registered exporter (like scrapy's item exporters): export
records, read the files back with an independent reader, and find every row of every
table of ``tables.py`` with the right values; ids join; no records gives empty tables.

A new format must add its reader to READERS, or the contract fails for it."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pyarrow.parquet as pq
import pytest
from desk_records import PAGES, desk_records

from extractor import extract_many, output
from extractor.models import Record
from extractor.output.tables import TABLES, column_type, rows

output._load_builtin()
FORMATS = sorted(output.EXPORTERS)

Tables = dict[str, list[dict[str, Any]]]


def _typed(col: str, v: Any) -> Any:
    """A cell as its column's Python type; '' and None are both null."""
    if v is None or v == "":
        return None
    kind = column_type(col)
    if kind == "int":
        return int(v)
    if kind == "float":
        return float(v)
    if kind == "bool":
        return v in (True, 1, "true", "1")
    return str(v)


def _norm(tables: Tables) -> Tables:
    return {
        t: [{c: _typed(c, r.get(c)) for c in TABLES[t]} for r in rs] for t, rs in tables.items()
    }


def expected(records: list[Record]) -> Tables:
    out: Tables = {t: [] for t in TABLES}
    for r in records:
        for t, rs in rows(r).items():
            out[t].extend(rs)
    return _norm(out)


def read_jsonl(paths: list[Path]) -> Tables:
    (path,) = paths
    recs = [Record.model_validate(orjson.loads(line)) for line in path.read_bytes().splitlines()]
    return expected(recs)


def read_csv(paths: list[Path]) -> Tables:
    out: Tables = {}
    for p in paths:
        with p.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            assert tuple(reader.fieldnames or ()) == TABLES[p.stem]
            out[p.stem] = list(reader)
    return _norm(out)


def read_parquet(paths: list[Path]) -> Tables:
    out: Tables = {}
    for p in paths:
        table = pq.read_table(p)
        assert tuple(table.column_names) == TABLES[p.stem]
        out[p.stem] = table.to_pylist()
    return _norm(out)


def read_sqlite(paths: list[Path]) -> Tables:
    (path,) = paths
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    out: Tables = {}
    for t, cols in TABLES.items():
        cur = conn.execute(f'SELECT * FROM "{t}"')
        assert tuple(d[0] for d in cur.description) == cols
        out[t] = [dict(r) for r in cur]
    conn.close()
    return _norm(out)


READERS: dict[str, Callable[[list[Path]], Tables]] = {
    "jsonl": read_jsonl,
    "csv": read_csv,
    "parquet": read_parquet,
    "sqlite": read_sqlite,
}


def export(fmt: str, records: list[Record], out_dir: Path) -> list[Path]:
    ex = output.get(fmt)(out_dir)
    for r in records:
        ex.write(r)
    paths = ex.close()
    assert paths and all(p.is_file() and p.parent == out_dir for p in paths)
    return paths


def _sorted(tables: Tables) -> Tables:
    def key(r: dict[str, Any]) -> tuple[str, ...]:
        return tuple(repr(r[c]) for c in r)

    return {t: sorted(rs, key=key) for t, rs in tables.items()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_contract_roundtrip(fmt: str, tmp_path: Path) -> None:
    assert fmt in READERS, f"no reader for format {fmt!r}: add one to READERS"
    records = desk_records()
    got = READERS[fmt](export(fmt, records, tmp_path))
    want = expected(records)
    assert set(got) == set(TABLES)
    assert _sorted(got) == _sorted(want)
    # the hand-made records do fill the tables that matter
    assert len(got["records"]) == len(records)
    assert len(got["targets"]) == sum(len(r.targets) for r in records) > 20
    assert len(got["documents"]) == sum(len(r.documents) for r in records) > 5
    assert got["results"] and got["reform_areas"]
    # ids join: every row of every table belongs to an exported article
    ids = {r["id"] for r in got["records"]}
    for t in TABLES:
        if t != "records":
            assert {r["record_id"] for r in got[t]} <= ids, t
    # which province set which target: one row, no join
    by_metric = {(r["record_id"], r["metric"]): r for r in got["targets"]}
    kt = by_metric[("x3_kontum_chuyendoiso", "hồ sơ thủ tục hành chính được xử lý trực tuyến")]
    assert (kt["province"], kt["deadline"], kt["value_num"]) == ("Kon Tum", 2025, 80.0)
    assert kt["url"] == "https://corpus.invalid/extra/x3_kontum_chuyendoiso"
    assert kt["published"] == "2021-12-22"


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_contract_empty(fmt: str, tmp_path: Path) -> None:
    got = READERS[fmt](export(fmt, [], tmp_path))
    assert got == {t: [] for t in TABLES} or (fmt == "jsonl" and not any(got.values()))


@pytest.fixture(scope="module")
def pipeline_records() -> list[Record]:
    errors: list[dict[str, str]] = []
    recs = list(extract_many([PAGES], errors=errors))
    assert not errors
    return recs


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_contract_pipeline(fmt: str, tmp_path: Path, pipeline_records: list[Record]) -> None:
    """The records the real pipeline makes of corpus/pages survive every format."""
    assert len(pipeline_records) == len(list(PAGES.glob("*.txt")))
    got = READERS[fmt](export(fmt, pipeline_records, tmp_path))
    assert _sorted(got) == _sorted(expected(pipeline_records))
