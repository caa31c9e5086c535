"""Records flattened to tables: one place that decides the columns of CSV, Parquet
and SQLite. ``records`` has one row per article; each list field is exploded into
its own table keyed by ``record_id``, with the article's province, date, title and URL
repeated beside targets and results so that "which province set which target" is one
query without a join."""

from __future__ import annotations

import json
from typing import Any

from ..models import Record

# table -> ordered columns (the contract of the tabular outputs)
# fmt: off
TABLES: dict[str, tuple[str, ...]] = {
    "records": (
        "id", "schema_version", "title", "published", "author", "site", "province",
        "province_code", "province_successor_2025", "url", "path", "warc_record_id",
        "encoding", "converted_from", "text", "n_documents", "n_targets", "n_results",
        "reform_areas", "extractor", "patterns", "tool_version",
    ),
    "documents": (
        "record_id", "ordinal", "number", "type", "type_name", "system", "issuer",
        "date", "subject", "surface", "start", "end", "pattern", "province", "published",
    ),
    "dates": ("record_id", "ordinal", "value", "precision", "year_inferred", "surface", "start", "end", "pattern"),
    "periods": ("record_id", "ordinal", "start_year", "end_year", "vision_year", "surface", "start", "end", "pattern"),
    "bodies": ("record_id", "ordinal", "name", "kind", "level", "mentions", "surface", "start", "end", "pattern", "province"),
    "people": ("record_id", "ordinal", "name", "positions", "bodies", "surface", "start", "end", "pattern"),
    "reform_areas": ("record_id", "code", "evidence", "start", "end", "pattern", "province"),
    "targets": (
        "record_id", "ordinal", "value", "value_num", "value_max", "unit", "op", "deadline",
        "baseline", "index", "metric", "surface", "start", "end", "pattern",
        "province", "published", "title", "url",
    ),
    "results": (
        "record_id", "ordinal", "value", "value_num", "value_max", "unit", "op", "year",
        "baseline", "index", "metric", "surface", "start", "end", "pattern",
        "province", "published", "title", "url",
    ),
}
# fmt: on


# column -> value type, the same meaning in every table ("str" for any column not listed);
# Parquet's schema, SQLite's column affinity and the CSV reader all follow it.
INT_COLUMNS = frozenset(
    {
        "ordinal", "start", "end", "n_documents", "n_targets", "n_results", "deadline",
        "baseline", "year", "start_year", "end_year", "vision_year", "mentions",
    }
)  # fmt: skip
FLOAT_COLUMNS = frozenset({"value_num", "value_max"})
BOOL_COLUMNS = frozenset({"year_inferred"})


def column_type(column: str) -> str:
    """``"int"``, ``"float"``, ``"bool"`` or ``"str"``: the type of a tabular column."""
    if column in INT_COLUMNS:
        return "int"
    if column in FLOAT_COLUMNS:
        return "float"
    if column in BOOL_COLUMNS:
        return "bool"
    return "str"


def _num(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    return None


def rows(record: Record) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one record, columns in ``TABLES`` order."""
    r = record
    prov = r.province.name if r.province else None
    url = r.source.url
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["records"].append(
        {
            "id": r.id,
            "schema_version": r.schema_version,
            "title": r.title,
            "published": r.published,
            "author": r.author,
            "site": r.site,
            "province": prov,
            "province_code": r.province.code if r.province else None,
            "province_successor_2025": r.province.successor_2025 if r.province else None,
            "url": url,
            "path": r.source.path,
            "warc_record_id": r.source.warc_record_id,
            "encoding": r.source.encoding,
            "converted_from": r.source.converted_from,
            "text": r.text,
            "n_documents": len(r.documents),
            "n_targets": len(r.targets),
            "n_results": len(r.results),
            "reform_areas": ",".join(a.code for a in r.reform_areas),
            "extractor": r.provenance.extractor,
            "patterns": r.provenance.patterns,
            "tool_version": r.provenance.version,
        }
    )
    for i, d in enumerate(r.documents):
        out["documents"].append(
            {
                "record_id": r.id,
                "ordinal": i,
                "number": d.number,
                "type": d.type,
                "type_name": d.type_name,
                "system": d.system,
                "issuer": d.issuer.name if d.issuer else None,
                "date": d.date,
                "subject": d.subject,
                "surface": d.surface,
                "start": d.start,
                "end": d.end,
                "pattern": d.pattern,
                "province": prov,
                "published": r.published,
            }
        )
    for i, dt in enumerate(r.dates):
        out["dates"].append(
            {
                "record_id": r.id,
                "ordinal": i,
                "value": dt.value,
                "precision": dt.precision,
                "year_inferred": dt.year_inferred,
                "surface": dt.surface,
                "start": dt.start,
                "end": dt.end,
                "pattern": dt.pattern,
            }
        )
    for i, p in enumerate(r.periods):
        out["periods"].append(
            {
                "record_id": r.id,
                "ordinal": i,
                "start_year": p.start_year,
                "end_year": p.end_year,
                "vision_year": p.vision_year,
                "surface": p.surface,
                "start": p.start,
                "end": p.end,
                "pattern": p.pattern,
            }
        )
    for i, b in enumerate(r.bodies):
        out["bodies"].append(
            {
                "record_id": r.id,
                "ordinal": i,
                "name": b.name,
                "kind": b.kind,
                "level": b.level,
                "mentions": b.mentions,
                "surface": b.surface,
                "start": b.start,
                "end": b.end,
                "pattern": b.pattern,
                "province": prov,
            }
        )
    for i, pp in enumerate(r.people):
        out["people"].append(
            {
                "record_id": r.id,
                "ordinal": i,
                "name": pp.name,
                "positions": "; ".join(pp.positions),
                "bodies": "; ".join(pp.bodies),
                "surface": pp.surface,
                "start": pp.start,
                "end": pp.end,
                "pattern": pp.pattern,
            }
        )
    for a in r.reform_areas:
        ev = a.evidence[0] if a.evidence else None
        out["reform_areas"].append(
            {
                "record_id": r.id,
                "code": a.code,
                "evidence": json.dumps([e.surface for e in a.evidence], ensure_ascii=False),
                "start": ev.start if ev else None,
                "end": ev.end if ev else None,
                "pattern": ev.pattern if ev else None,
                "province": prov,
            }
        )
    for name, items in (("targets", r.targets), ("results", r.results)):
        for i, t in enumerate(items):
            row: dict[str, Any] = {
                "record_id": r.id,
                "ordinal": i,
                "value": str(t.value),
                "value_num": _num(t.value),
                "value_max": _num(t.value_max),
                "unit": t.unit,
                "op": t.op,
                "baseline": t.baseline,
                "index": t.index,
                "metric": t.metric,
                "surface": t.surface,
                "start": t.start,
                "end": t.end,
                "pattern": t.pattern,
                "province": prov,
                "published": r.published,
                "title": r.title,
                "url": url,
            }
            if name == "targets":
                row["deadline"] = t.deadline
            else:
                row["year"] = getattr(t, "year", None)
            out[name].append({c: row.get(c) for c in TABLES[name]})
    return out
