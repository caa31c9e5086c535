"""Reform areas: which of the six CCHC areas (Nghị quyết 76/NQ-CP) the article covers.

Every pattern of ``patterns/reform_areas.yaml`` names its area in ``code``. An area is
placed by any of its patterns; the record gets one ``ReformArea`` per area, in the
programme's order, with every span that placed it as ``Evidence`` (kind ``phrase``;
``text[start:end] == surface``). Overlapping spans of one area are kept once (the
longest, then the earliest).
"""

from __future__ import annotations

from pydantic import BaseModel

from ..models import Evidence, ReformArea
from ..patterns import load
from ..types import Context


def _evidence(text: str) -> dict[str, list[Evidence]]:
    pf = load("reform_areas")
    found: dict[str, list[Evidence]] = {}
    for p in pf.patterns:
        code = str(p.meta["code"])
        for m in p.finditer(text):
            if m.end() > m.start():
                found.setdefault(code, []).append(
                    Evidence(
                        start=m.start(),
                        end=m.end(),
                        pattern=p.id,
                        kind="phrase",
                        surface=m.group(),
                    )
                )
    return {code: _without_overlaps(items) for code, items in found.items()}


def _without_overlaps(items: list[Evidence]) -> list[Evidence]:
    kept: list[Evidence] = []
    for ev in sorted(items, key=lambda e: (-((e.end or 0) - (e.start or 0)), e.start or 0)):
        a, b = ev.start or 0, ev.end or 0
        if all(b <= (k.start or 0) or a >= (k.end or 0) for k in kept):
            kept.append(ev)
    return sorted(kept, key=lambda e: e.start or 0)


def extract(ctx: Context) -> dict[str, list[BaseModel]]:
    order = [str(c) for c in load("reform_areas").data["codes"]]
    found = _evidence(ctx.text)
    areas: list[BaseModel] = [
        ReformArea(code=code, evidence=found[code])  # type: ignore[arg-type]
        for code in order
        if code in found
    ]
    return {"reform_areas": areas}
