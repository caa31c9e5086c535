"""The record: frozen pydantic v2 models, one per kind of extracted item.

Every extracted item carries its span (``start``, ``end`` into ``Record.text``, so
``record.text[start:end]`` is its surface form) and ``pattern``, the id of the rule
that produced it. Field names of ``shared/CONTRACT.md`` are kept exactly.
``SCHEMA_VERSION`` changes with any change of the record's shape (semver: a new
optional field is a minor bump, a renamed or removed field a major one).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0.0"

Unit = str  # "%", "rank", "rank_change", "count", "score", "money", "category" or as written
Op = Literal[">=", "<=", "=", ">", "<", "range", "top"]
IndexCode = Literal["PAR", "SIPAS", "PAPI", "PCI", "ICT", "DTI"]
AreaCode = Literal[
    "institutions",
    "procedures",
    "apparatus",
    "civil_service",
    "public_finance",
    "digital_government",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """Where an item stands in ``Record.text`` and which rule found it."""

    start: int = Field(ge=0, description="offset of the surface form in `text`")
    end: int = Field(
        ge=0, description="end offset (exclusive); text[start:end] is the surface form"
    )
    pattern: str = Field(description="id of the pattern or rule that produced the item")


class Evidence(_Frozen):
    """What supports a decision: a span of `text`, or (start/end null) a non-text reason
    such as the site's domain or the portal's chrome."""

    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    pattern: str = Field(description="id of the rule that used this evidence")
    kind: str = Field(description="what kind of evidence: body, site, district, chrome, ...")
    surface: str = Field(description="the evidence as written")


class Source(_Frozen):
    path: str | None = None
    url: str | None = None
    warc_file: str | None = None
    warc_record_id: str | None = None
    format: Literal["text", "html", "warc", "jsonl", "string"] = "text"
    encoding: str | None = Field(default=None, description="how the bytes were decoded")
    converted_from: str | None = Field(
        default=None, description="legacy font encoding converted to Unicode (TCVN3, VNI)"
    )
    site: str | None = Field(default=None, description="the site's name where it can be told")


class Province(_Frozen):
    name: str = Field(description="name at publication (63-province era names before 2025-07-01)")
    code: str | None = Field(default=None, description="two-digit GSO code of the 63-province map")
    successor_2025: str | None = Field(
        default=None, description="the province it belongs to after Nghị quyết 202/2025/QH15"
    )
    evidence: list[Evidence] = Field(default_factory=list)


class Issuer(_Frozen):
    name: str = Field(description="canonical full name, resolved to the province where known")
    surface: str | None = Field(default=None, description="as written (or the symbol's code)")


class Document(Span):
    number: str | None = Field(description="canonical number and symbol, e.g. 3478/QĐ-UBND")
    type: str | None = Field(default=None, description="type code of NĐ 30/2020 appendix III")
    type_name: str | None = Field(default=None, description="Quyết định, Kế hoạch, ...")
    system: Literal["state", "party"] | None = None
    issuer: Issuer | None = None
    date: str | None = Field(default=None, description="signing date YYYY-MM-DD")
    subject: str | None = None
    surface: str = ""


class DateMention(Span):
    value: str = Field(description="YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY by precision")
    precision: Literal["day", "month", "quarter", "half", "year"] = "day"
    year_inferred: bool = Field(default=False, description="year taken from the article's date")
    surface: str = ""


class Period(Span):
    start_year: int
    end_year: int
    vision_year: int | None = Field(default=None, description="'định hướng đến năm 2030'")
    surface: str = ""


class Body(Span):
    name: str = Field(description="canonical full name, one entry per body per article")
    kind: str | None = Field(
        default=None, description="government, ministry, people_committee, ..."
    )
    level: Literal["central", "province", "district", "commune"] | None = None
    surface: str = ""
    mentions: int = 1


class Person(Span):
    name: str
    positions: list[str] = Field(default_factory=list)
    bodies: list[str] = Field(default_factory=list)
    surface: str = ""


class ReformArea(_Frozen):
    code: AreaCode
    evidence: list[Evidence] = Field(default_factory=list)


class Target(Span):
    value: float | int | str
    value_max: float | int | None = None
    unit: Unit
    op: Op
    deadline: int | None = None
    baseline: int | None = None
    index: IndexCode | None = None
    metric: str
    surface: str = ""


class Result(Target):
    """An achieved result: the same fields as a target plus the year it describes."""

    year: int | None = None


class Provenance(_Frozen):
    tool: str = "vnextract"
    version: str
    patterns: str = Field(description="hash of the pattern files that produced the record")
    extractor: str = Field(description="which cleaner produced `text` (text, html, ...)")
    warnings: list[str] = Field(default_factory=list)


class Record(_Frozen):
    schema_version: str = SCHEMA_VERSION
    id: str
    source: Source
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site: str | None = None
    province: Province | None = None
    text: str
    documents: list[Document] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    bodies: list[Body] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    reform_areas: list[ReformArea] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    results: list[Result] = Field(default_factory=list)
    provenance: Provenance


def json_schema() -> dict[str, object]:
    """The record's JSON Schema (draft 2020-12), as committed in output/record.schema.json."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://vnextract.invalid/record/{SCHEMA_VERSION}"
    return schema
