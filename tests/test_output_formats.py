"""Format-specific promises of the exporters: CSV for Excel (BOM, CRLF, one file per
table) and byte-identical; Parquet streams in bounded row groups with zstd; SQLite has
indexes and tone-insensitive full-text search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
from desk_records import desk_records, write_db

from extractor import output
from extractor.output.sqlite import connect, fold, fts_phrase
from extractor.output.tables import TABLES


def _export(fmt: str, out_dir: Path, **kw: object) -> list[Path]:
    ex = output.get(fmt)(out_dir, **kw)  # type: ignore[call-arg]
    for r in desk_records():
        ex.write(r)
    return ex.close()


def test_output_csv_for_excel_and_deterministic(tmp_path: Path) -> None:
    a = _export("csv", tmp_path / "a")
    b = _export("csv", tmp_path / "b")
    assert sorted(p.name for p in a) == sorted(f"{t}.csv" for t in TABLES)
    for pa, pb in zip(a, b, strict=True):
        data = pa.read_bytes()
        assert data == pb.read_bytes(), pa.name
        assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads Vietnamese right
        assert data.split(b"\r\n")[0].decode("utf-8-sig") == ",".join(TABLES[pa.stem])
    targets = (tmp_path / "a" / "targets.csv").read_text(encoding="utf-8-sig")
    assert "Đắk Lắk" in targets and ",80,," in targets  # integers without .0, null empty
    # paragraphs of the text stay in one quoted cell
    records = (tmp_path / "a" / "records.csv").read_text(encoding="utf-8-sig")
    assert '"Ngày 05/01/2022, UBND tỉnh' in records and "\n\nNăm 2021, Chỉ số" in records


def test_output_csv_stem_prefixes_files(tmp_path: Path) -> None:
    paths = _export("csv", tmp_path, stem="batch1")
    assert {p.name for p in paths} == {f"batch1_{t}.csv" for t in TABLES}


def test_output_jsonl_deterministic(tmp_path: Path) -> None:
    (a,) = _export("jsonl", tmp_path / "a")
    (b,) = _export("jsonl", tmp_path / "b")
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes().count(b"\n") == len(desk_records())


def test_output_parquet_streams_in_row_groups(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from extractor.output.parquet import ParquetExporter

    monkeypatch.setattr(ParquetExporter, "batch_rows", 4)
    ex = ParquetExporter(tmp_path)
    peak = 0
    for r in desk_records():
        ex.write(r)
        peak = max(peak, *(len(b) for b in ex._buffers.values()))
    paths = ex.close()
    # a buffer is flushed once it reaches batch_rows; one record adds at most its own rows
    most_per_record = max(len(r.targets) for r in desk_records())
    assert peak < 4 + most_per_record
    meta = pq.ParquetFile(tmp_path / "targets.parquet").metadata
    assert meta.num_rows == sum(len(r.targets) for r in desk_records())
    assert meta.num_row_groups > 1
    assert meta.row_group(0).column(0).compression == "ZSTD"
    assert {p.name for p in paths} == {f"{t}.parquet" for t in TABLES}


def test_output_sqlite_tone_insensitive_search(tmp_path: Path) -> None:
    db = write_db(tmp_path)
    conn = connect(db, readonly=True)

    def metrics(words: str) -> set[str]:
        return {
            r[0]
            for r in conn.execute(
                "SELECT metric FROM targets WHERE rowid IN "
                "(SELECT rowid FROM targets_fts WHERE targets_fts MATCH ?)",
                (fts_phrase(words),),
            )
        }

    online = metrics("truc tuyen")
    assert online and all("trực tuyến" in m for m in online)
    assert online == metrics("trực tuyến")
    digital = metrics("dien tu")  # đ is folded by vnextract, not by SQLite
    assert digital and all("điện tử" in m for m in digital) and digital == metrics("điện tử")
    assert not metrics("dien tu quoc te")
    # article text is searchable too
    hits = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT r.id, r.text FROM records r JOIN records_fts f ON f.rowid = r.rowid "
            "WHERE records_fts MATCH ?",
            (fts_phrase("chuyen doi so"),),
        )
    }
    assert "x3_kontum_chuyendoiso" in hits
    assert all("chuyển đổi số" in text.lower() for text in hits.values())
    n_with = sum("chuyển đổi số" in r.text.lower() for r in desk_records())
    assert len(hits) == n_with
    sql = " ".join(
        r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
    )
    assert sql.count("tokenize='unicode61 remove_diacritics 2'") == 2
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"idx_targets_province", "idx_targets_index", "idx_targets_deadline"} <= indexes
    plan = " ".join(
        str(r[3])
        for r in conn.execute("EXPLAIN QUERY PLAN SELECT * FROM targets WHERE province = 'Kon Tum'")
    )
    assert "idx_targets_province" in plan
    conn.close()


def test_output_sqlite_duplicate_id_last_wins(tmp_path: Path) -> None:
    recs = desk_records()
    first = recs[0]
    again = first.model_copy(update={"title": "Tiêu đề mới", "targets": first.targets[:0]})
    db = write_db(tmp_path, [*recs, again])
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == len(recs)
    assert conn.execute("SELECT title FROM records WHERE id = ?", (first.id,)).fetchone()[0] == (
        "Tiêu đề mới"
    )
    n = conn.execute("SELECT count(*) FROM targets WHERE record_id = ?", (first.id,)).fetchone()
    assert n[0] == 0
    conn.close()


def test_output_sqlite_fold() -> None:
    assert fold("Đắk Lắk") == fold("Dak Lak") == fold("dak  lak") == "dak lak"
    assert fold("Thừa Thiên - Huế") == fold("Thua Thien Hue")
    assert fold("Hòa Bình") == fold("Hoà Bình")  # either tone placement
    assert fold(None) == ""
