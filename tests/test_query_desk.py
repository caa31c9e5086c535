"""``vnextract query``: the journalist's filters, tone-insensitive, in three formats,
on hand-built realistic records and on the database the pipeline makes of corpus/pages."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from desk_records import PAGES, desk_records, write_db

from extractor.cli import main
from extractor.output.sqlite import fold
from extractor.query import target_text


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_db(tmp_path_factory.mktemp("desk"))


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, Any]]]:
    rc = main(["query", *argv, "--format", "json"])
    return rc, json.loads(capsys.readouterr().out)


def expected(pred: Any) -> set[tuple[str, int]]:
    return {(r.id, i) for r in desk_records() for i, t in enumerate(r.targets) if pred(r, t)}


def keys(rows: list[dict[str, Any]]) -> set[tuple[str, int]]:
    return {(row["record_id"], row["ordinal"]) for row in rows}


def test_query_province_without_tones(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, rows = run_json(capsys, str(db), "--province", "Dak Lak")
    assert rc == 0
    want = expected(lambda r, t: r.province and r.province.name == "Đắk Lắk")
    assert keys(rows) == want and len(want) >= 5
    row = next(x for x in rows if x["record_id"] == "000_7ffef1cbe2c81561")
    assert row["title"].startswith("Phấn đấu đến năm 2025")
    assert row["url"] == "https://corpus.invalid/000_7ffef1cbe2c81561"
    assert (row["date"], row["deadline"], row["index"]) == ("2021-12-15", 2025, "PAR")
    # a part of the name works too, and so does the written form
    assert keys(run_json(capsys, str(db), "--province", "hue")[1]) == expected(
        lambda r, t: r.province and r.province.name == "Thừa Thiên Huế"
    )
    assert keys(run_json(capsys, str(db), "--province", "Đắk Lắk")[1]) == want


def test_query_text_without_tones(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, rows = run_json(capsys, str(db), "--text", "truc tuyen")
    assert rc == 0
    want = expected(lambda r, t: "truc tuyen" in fold(t.metric))
    assert keys(rows) == want and len(want) >= 5
    assert all("trực tuyến" in x["metric"] for x in rows)
    rc, rows = run_json(capsys, str(db), "--text", "dien tu")
    assert keys(rows) == expected(lambda r, t: "dien tu" in fold(t.metric)) != set()


def test_query_combined_filters(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, rows = run_json(capsys, str(db), "--index", "par", "--year", "2025")
    assert rc == 0
    assert keys(rows) == expected(lambda r, t: t.index == "PAR" and t.deadline == 2025)
    assert {x["province"] for x in rows} == {"Đắk Lắk", "Thừa Thiên Huế", "Kon Tum"}
    rc, rows = run_json(
        capsys, str(db), "--unit", "%", "--province", "binh duong", "--year", "2030"
    )
    assert keys(rows) == expected(
        lambda r, t: t.unit == "%" and t.deadline == 2030 and r.province.name == "Bình Dương"
    )
    assert len(rows) == 3


def test_query_csv_and_table(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(db), "--province", "kon tum", "--format", "csv"]) == 0
    got = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["record_id"], int(r["ordinal"])) for r in got} == expected(
        lambda r, t: r.province.name == "Kon Tum"
    )
    assert main(["query", str(db), "--index", "SIPAS"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["province", "index", "target", "deadline"]
    body = lines[1:]
    assert len(body) == len(expected(lambda r, t: t.index == "SIPAS"))
    assert any("5–7 rank_change" in line and "Đắk Lắk" in line for line in body)
    assert any("> 85 %" in line for line in body)


def test_query_target_text() -> None:
    assert target_text({"op": ">=", "value": "80", "value_max": None, "unit": "%"}) == "≥ 80 %"
    assert target_text({"op": "range", "value": "5", "value_max": 7.0, "unit": "rank_change"}) == (
        "5–7 rank_change"
    )
    assert (
        target_text({"op": "top", "value": "20", "value_max": None, "unit": "rank"})
        == "top 20 rank"
    )


def test_query_no_match_and_bad_database(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", str(db), "--province", "Cà Mau"]) == 1
    assert "no target matches" in capsys.readouterr().err
    assert main(["query", str(tmp_path / "missing.sqlite")]) == 2
    assert "no such database" in capsys.readouterr().err
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert main(["query", str(other)]) == 2
    assert "not a vnextract database" in capsys.readouterr().err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert main(["query", str(junk)]) == 2
    assert "not an SQLite database" in capsys.readouterr().err


def test_query_on_the_corpus_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Extract corpus/pages into SQLite and JSONL with the real pipeline: the query lists
    exactly the targets the records hold (few until the target extractor lands)."""
    out = tmp_path / "out"
    assert main(["extract", str(PAGES), "-o", str(out), "--format", "jsonl,sqlite"]) == 0
    capsys.readouterr()
    records = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    assert len(records) == len(list(PAGES.glob("*.txt")))
    n_targets = sum(len(r["targets"]) for r in records)
    rc, rows = run_json(capsys, str(out / "records.sqlite"))
    assert rc == (0 if n_targets else 1)
    assert len(rows) == n_targets
    by_id = {r["id"]: r for r in records}
    for row in rows:
        rec = by_id[row["record_id"]]
        assert row["metric"] == rec["targets"][row["ordinal"]]["metric"]
        assert row["province"] == (rec["province"] or {}).get("name")
    # each province's targets, asked for without tones
    per_province: dict[str, int] = {}
    for r in records:
        if r["province"]:
            name = r["province"]["name"]
            per_province[name] = per_province.get(name, 0) + len(r["targets"])
    for name, n in per_province.items():
        rc, got = run_json(capsys, str(out / "records.sqlite"), "--province", fold(name))
        assert rc == (0 if n else 1) and len(got) == n, name


def test_query_province_matches_whole_words(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert keys(run_json(capsys, str(db), "--province", "Thua Thien Hue")[1]) == keys(
        run_json(capsys, str(db), "--province", "hue")[1]
    )
    assert main(["query", str(db), "--province", "Lắ"]) == 1  # not a word of any name
    capsys.readouterr()
