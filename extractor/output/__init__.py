"""Exporters behind one interface, registered by format name.

An exporter is opened on an output folder, receives records one at a time and is
closed once; ``EXPORTERS[name]`` gives its class. Every exporter is run by the same
contract test (tests/test_output_contract.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Protocol

from ..models import Record


class Exporter(Protocol):
    format: ClassVar[str]

    def __init__(self, out_dir: Path, *, stem: str = "records") -> None: ...

    def write(self, record: Record) -> None: ...

    def close(self) -> list[Path]:
        """Finish the files and return their paths."""
        ...


EXPORTERS: dict[str, type[Exporter]] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    EXPORTERS[cls.format] = cls
    return cls


def get(name: str) -> type[Exporter]:
    _load_builtin()
    try:
        return EXPORTERS[name]
    except KeyError:
        raise ValueError(
            f"unknown format {name!r}; choose from {', '.join(sorted(EXPORTERS))}"
        ) from None


def _load_builtin() -> None:
    from . import csv, jsonl, parquet, sqlite  # noqa: F401
