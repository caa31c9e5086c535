"""Field extractors: one module per field, each applying its ``patterns/<field>.yaml``.

Every module exposes ``extract(ctx: Context) -> dict[str, list[BaseModel]]``: the lists
it fills, by record field name (``targets`` fills ``targets`` and ``results``). The
modules are run in ``ORDER`` by ``run_all``; ``run_field`` runs one, for the pattern
test runner's whole-field cases.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from pydantic import BaseModel

from ..types import Context

# field name (= pattern file = module) in the order they run
ORDER = ("dates", "documents", "bodies", "people", "reform_areas", "targets")


@cache
def _module(field: str) -> Any:
    return importlib.import_module(f"{__name__}.{field}")


def run_field(field: str, ctx: Context) -> dict[str, list[BaseModel]]:
    out: dict[str, list[BaseModel]] = _module(field).extract(ctx)
    return out


def run_all(ctx: Context) -> dict[str, list[BaseModel]]:
    out: dict[str, list[BaseModel]] = {}
    for field in ORDER:
        for key, items in run_field(field, ctx).items():
            out.setdefault(key, []).extend(items)
    return out
