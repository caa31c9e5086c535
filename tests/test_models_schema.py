"""The record's JSON Schema is the committed one; records round-trip; models are frozen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from extractor.models import (
    SCHEMA_VERSION,
    Body,
    Document,
    Evidence,
    Issuer,
    Person,
    Provenance,
    Record,
    ReformArea,
    Source,
    Target,
    json_schema,
)

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "output" / "record.schema.json"

TEXT = "Theo Quyết định số 3478/QĐ-UBND của UBND tỉnh, đến năm 2025 đạt 80%."


def _record() -> Record:
    num = TEXT.index("3478")
    ubnd = TEXT.index("UBND tỉnh")
    pct = TEXT.index("80%")
    return Record(
        id="000_x",
        source=Source(path="corpus/pages/000_x.txt", encoding="utf-8"),
        title="Tiêu đề",
        published="2021-12-15T12:00:00+07:00",
        text=TEXT,
        documents=[
            Document(
                start=num,
                end=num + len("3478/QĐ-UBND"),
                pattern="doc.numbered",
                number="3478/QĐ-UBND",
                issuer=Issuer(name="Ủy ban nhân dân tỉnh Đắk Lắk", surface="UBND tỉnh"),
                surface="3478/QĐ-UBND",
            )
        ],
        bodies=[
            Body(
                start=ubnd,
                end=ubnd + 9,
                pattern="body.ubnd",
                name="Ủy ban nhân dân tỉnh Đắk Lắk",
                surface="UBND tỉnh",
            )
        ],
        people=[Person(start=0, end=4, pattern="people.test", name="Võ Văn Minh")],
        reform_areas=[
            ReformArea(
                code="procedures",
                evidence=[
                    Evidence(start=0, end=4, pattern="reform.x", kind="phrase", surface="Theo")
                ],
            )
        ],
        targets=[
            Target(
                start=pct,
                end=pct + 3,
                pattern="target.pct",
                value=80,
                unit="%",
                op=">=",
                deadline=2025,
                metric="tỷ lệ",
                surface="80%",
            )
        ],
        provenance=Provenance(version="0.1.0", patterns="abc", extractor="text"),
    )


def test_models_schema_matches_committed_file() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "the record's shape changed: bump SCHEMA_VERSION and regenerate with "
        "`vnextract schema > output/record.schema.json`"
    )
    assert committed["$id"].endswith(SCHEMA_VERSION)


def test_models_schema_names_contract_fields() -> None:
    props = json_schema()["properties"]
    assert isinstance(props, dict)
    for key in ("id", "source", "title", "published", "author", "province", "text"):
        assert key in props
    for key in ("documents", "dates", "bodies", "reform_areas", "targets"):
        assert props[key]["type"] == "array"


def test_models_record_round_trips_through_json() -> None:
    rec = _record()
    again = Record.model_validate_json(rec.model_dump_json())
    assert again == rec
    data = json.loads(rec.model_dump_json())
    assert data["documents"][0]["number"] == "3478/QĐ-UBND"
    assert data["reform_areas"][0]["code"] == "procedures"
    assert Record.model_validate(data) == rec
    for d in rec.documents + rec.bodies + rec.targets:  # spans point at their surface
        assert rec.text[d.start : d.end] == d.surface


def test_models_are_frozen() -> None:
    rec = _record()
    with pytest.raises(ValidationError):
        rec.title = "khác"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        rec.documents[0].number = "1/QĐ-UBND"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        rec.reform_areas[0].evidence[0].surface = "x"  # type: ignore[misc]


def test_models_reject_unknown_fields_and_bad_codes() -> None:
    data = json.loads(_record().model_dump_json())
    with pytest.raises(ValidationError):
        Record.model_validate({**data, "unexpected": 1})
    bad = dict(data, reform_areas=[{"code": "tourism", "evidence": []}])
    with pytest.raises(ValidationError):
        Record.model_validate(bad)
    bad = dict(data, targets=[dict(data["targets"][0], op="about")])
    with pytest.raises(ValidationError):
        Record.model_validate(bad)
    with pytest.raises(ValidationError):
        Evidence(start=-1, end=2, pattern="p", kind="phrase", surface="x")
