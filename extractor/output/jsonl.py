"""JSON Lines: one record per line, UTF-8, keys in the model's order."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import orjson

from ..models import Record
from . import register


@register
class JsonlExporter:
    format: ClassVar[str] = "jsonl"

    def __init__(self, out_dir: Path, *, stem: str = "records") -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.path = out_dir / f"{stem}.jsonl"
        self._fh = self.path.open("wb")

    def write(self, record: Record) -> None:
        self._fh.write(orjson.dumps(record.model_dump(mode="json")) + b"\n")

    def close(self) -> list[Path]:
        self._fh.close()
        return [self.path]
