"""The documents registry: one entry per document number and issuer across the corpus,
its citations, and the flags where citations disagree; ``vnextract docs``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from desk_records import desk_records, write_db

from extractor.cli import main
from extractor.output.sqlite import connect
from extractor.registry import (
    _subjects_disagree,
    is_central,
    issuer_identity,
    lookup,
    number_key,
    symbol_code,
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_db(tmp_path_factory.mktemp("registry"))


def test_registry_same_number_two_provinces(db: Path) -> None:
    conn = connect(db, readonly=True)
    docs = lookup(conn, "3478/QĐ-UBND")
    by_issuer = {d["issuer"]: d for d in docs}
    assert set(by_issuer) == {"Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Kon Tum"}
    dl = by_issuer["Ủy ban nhân dân tỉnh Đắk Lắk"]
    # cited by the gold article, by one that names the issuer only as "UBND tỉnh", and
    # by one that gives another signing date
    citing = {
        r.id
        for r in desk_records()
        if any(
            d.number == "3478/QĐ-UBND" and (r.province and r.province.name == "Đắk Lắk")
            for d in r.documents
        )
    }
    assert {c["record_id"] for c in dl["cited_by"]} == citing and len(citing) == 3
    assert (dl["citations"], dl["articles"]) == (3, 3)
    assert dl["dates"] == ["2021-12-10", "2021-12-12"] and dl["date_conflict"] == 1
    assert dl["date"] == "2021-12-10"  # the date most citations give
    assert dl["subject_conflict"] == 0  # a shorter wording of the same subject
    kt = by_issuer["Ủy ban nhân dân tỉnh Kon Tum"]
    assert (kt["citations"], kt["date_conflict"], kt["provinces"]) == (1, 0, ["Kon Tum"])
    # any spelling of the number finds them
    assert [d["doc_id"] for d in lookup(conn, "3478/qd-ubnd")] == [d["doc_id"] for d in docs]
    conn.close()


def test_registry_central_document_without_issuer_joins(db: Path) -> None:
    conn = connect(db, readonly=True)
    (doc,) = lookup(conn, "76/NQ-CP")
    assert doc["issuer"] == "Chính phủ" and doc["citations"] == 2
    # every numbered citation is in exactly one registry entry
    n = conn.execute("SELECT count(*) FROM documents WHERE number IS NOT NULL").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM registry_citations").fetchone()[0] == n
    assert conn.execute("SELECT sum(citations) FROM registry").fetchone()[0] == n
    conn.close()


def test_registry_keys() -> None:
    assert number_key("3478/QĐ-UBND") == number_key("3478/qd-ubnd ") == "3478/QD-UBND"
    assert symbol_code("3478/QĐ-UBND") == "UBND"
    assert symbol_code("18-NQ/TW") == "TW"
    assert symbol_code("202/2025/QH15") == "QH"
    assert is_central("76/NQ-CP") and is_central("1291/QĐ-TTg") and is_central("18-NQ/TW")
    assert not is_central("199-KH/TU") and not is_central("30/2018/QĐ-UBND")
    generic = issuer_identity("3478/QĐ-UBND", "Ủy ban nhân dân tỉnh", "Đắk Lắk")
    assert generic == issuer_identity("3478/QĐ-UBND", "Ủy ban nhân dân tỉnh Đắk Lắk", "Kon Tum")
    assert generic != issuer_identity("3478/QĐ-UBND", "Ủy ban nhân dân tỉnh", "Kon Tum")
    assert _subjects_disagree(["Kế hoạch chuyển đổi số năm 2022", "Kế hoạch CCHC năm 2022"])
    assert not _subjects_disagree(["Kế hoạch CCHC", "kế hoạch cchc giai đoạn 2021-2025"])


def test_registry_docs_command(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs", str(db), "3478/QD-UBND"]) == 0
    out = capsys.readouterr().out
    assert out.count("3478/QĐ-UBND") == 2
    assert "signed: 2021-12-10, 2021-12-12 !" in out
    assert "https://corpus.invalid/extra/x2_daklak_sonoivu" in out
    assert main(["docs", str(db), "--format", "json", "--limit", "1"]) == 0
    (top,) = json.loads(capsys.readouterr().out)
    conn = sqlite3.connect(db)
    assert top["citations"] == conn.execute("SELECT max(citations) FROM registry").fetchone()[0]
    conn.close()
    assert main(["docs", str(db), "9999/QĐ-UBND"]) == 1
    assert "no document numbered" in capsys.readouterr().err
