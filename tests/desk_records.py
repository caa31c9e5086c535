"""Realistic records built by hand through the models, for the exporters' and the
journalists' desk tests (query, docs, serve, report).

``gold_records()`` turns the corpus' gold annotations (corpus/gold/*.json, five real
provincial articles) into Records: their text, title, date, province, documents and
targets, with each item's span found in the text. ``extra_records()`` adds four short
articles written for these tests, in the style of provincial portals, that cite the same
documents as the gold articles (one with a different signing date), cite a different
province's document with the same number, and report achieved results next to targets,
which the registry and the "targets against results" query need.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extractor.models import (
    Document,
    Issuer,
    Provenance,
    Province,
    Record,
    ReformArea,
    Result,
    Source,
    Target,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold"
PAGES = ROOT / "corpus" / "pages"
PROV = Provenance(version="test", patterns="hand", extractor="text")


def _span(text: str, *needles: str) -> tuple[int, int]:
    for n in needles:
        i = text.find(n) if n else -1
        if i >= 0:
            return i, i + len(n)
    return 0, 0


def _target(text: str, t: dict[str, Any], cls: type[Target] = Target, **extra: Any) -> Target:
    value = t["value"]
    s, e = _span(text, t["metric"], f"{value}%", str(value))
    return cls(
        start=s,
        end=e,
        pattern="hand",
        value=value,
        value_max=t.get("value_max"),
        unit=t["unit"],
        op=t["op"],
        deadline=t.get("deadline"),
        baseline=t.get("baseline"),
        index=t.get("index"),
        metric=t["metric"],
        surface=text[s:e],
        **extra,
    )


def _document(text: str, number: str, date: str | None, issuer: str | None, **kw: Any) -> Document:
    s, e = _span(text, number, number.split("/")[0])
    return Document(
        start=s,
        end=e,
        pattern="hand",
        number=number,
        date=date,
        issuer=Issuer(name=issuer) if issuer else None,
        surface=text[s:e],
        **kw,
    )


def gold_records() -> list[Record]:
    out = []
    for path in sorted(GOLD.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        text = g["body"]
        out.append(
            Record(
                id=g["id"],
                source=Source(
                    path=f"corpus/pages/{g['id']}.txt", url=f"https://corpus.invalid/{g['id']}"
                ),
                title=g["title"],
                published=g["published"],
                author=g.get("author"),
                province=Province(name=g["province"]) if g.get("province") else None,
                text=text,
                documents=[
                    _document(text, d["number"], d.get("date"), d["issuer"][0])
                    for d in g["documents"]
                    if d.get("number")
                ],
                reform_areas=[ReformArea(code=c) for c in g.get("reform_areas", [])],
                targets=[_target(text, t) for t in g["targets"]],
                provenance=PROV,
            )
        )
    return out


# Four articles written for the tests (provincial-portal style, invented events).
_A = (
    "Ngày 05/01/2022, UBND tỉnh tổ chức hội nghị triển khai Quyết định số 3478/QĐ-UBND "
    "ngày 10/12/2021 của UBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước tỉnh "
    "Đắk Lắk giai đoạn 2021-2025.\n\nNăm 2021, Chỉ số cải cách hành chính (PAR Index) của "
    "tỉnh xếp thứ 40/63 tỉnh, thành phố. Mục tiêu đến năm 2025, 100% thủ tục hành chính "
    "đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình."
)
_B = (
    "Sở Nội vụ tỉnh Đắk Lắk cho biết, thực hiện Quyết định số 3478/QĐ-UBND ngày "
    "12/12/2021 của UBND tỉnh Đắk Lắk về Kế hoạch cải cách hành chính giai đoạn "
    "2021-2025, năm 2022 tỉnh phấn đấu Chỉ số SIPAS đạt trên 85%."
)
_C = (
    "UBND tỉnh Kon Tum vừa ban hành Quyết định số 3478/QĐ-UBND ngày 20/12/2021 về Kế "
    "hoạch chuyển đổi số tỉnh Kon Tum năm 2022. Theo đó, phấn đấu đến năm 2025 Chỉ số "
    "cải cách hành chính (PAR Index) của tỉnh nằm trong nhóm 30 tỉnh dẫn đầu; 80% hồ sơ "
    "thủ tục hành chính được xử lý trực tuyến."
)
_D = (
    "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021, năm 2022 tỉnh Bình Dương có 92% hồ "
    "sơ thủ tục hành chính được giải quyết đúng hạn; Chỉ số cải cách hành chính (PAR "
    "Index) xếp thứ 9/63. Đến năm 2025, tỉnh phấn đấu 100% hồ sơ được số hóa."
)


def extra_records() -> list[Record]:
    def rec(rid: str, title: str, published: str, province: str, text: str, **kw: Any) -> Record:
        return Record(
            id=rid,
            source=Source(path=f"extra/{rid}.txt", url=f"https://corpus.invalid/extra/{rid}"),
            title=title,
            published=published,
            province=Province(name=province),
            text=text,
            provenance=PROV,
            **kw,
        )

    return [
        rec(
            "x1_daklak_trienkhai",
            "Đắk Lắk triển khai Kế hoạch cải cách hành chính năm 2022",
            "2022-01-06T08:30",
            "Đắk Lắk",
            _A,
            documents=[
                _document(
                    _A,
                    "3478/QĐ-UBND",
                    "2021-12-10",
                    "Ủy ban nhân dân tỉnh",
                    subject="Kế hoạch cải cách hành chính nhà nước tỉnh Đắk Lắk giai đoạn 2021-2025",
                )
            ],
            targets=[
                _target(
                    _A,
                    {
                        "value": 100,
                        "unit": "%",
                        "op": "=",
                        "deadline": 2025,
                        "metric": "thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình",
                    },
                )
            ],
            results=[
                _target(
                    _A,
                    {
                        "value": 40,
                        "unit": "rank",
                        "op": "=",
                        "index": "PAR",
                        "metric": "Chỉ số cải cách hành chính (PAR Index) của tỉnh xếp thứ 40/63",
                    },
                    cls=Result,
                    year=2021,
                )
            ],
        ),
        rec(
            "x2_daklak_sonoivu",
            "Sở Nội vụ Đắk Lắk: phấn đấu Chỉ số SIPAS trên 85%",
            "2022-03-01",
            "Đắk Lắk",
            _B,
            documents=[
                _document(
                    _B,
                    "3478/QĐ-UBND",
                    "2021-12-12",
                    "Ủy ban nhân dân tỉnh Đắk Lắk",
                    subject="Kế hoạch cải cách hành chính giai đoạn 2021-2025",
                )
            ],
            targets=[
                _target(
                    _B,
                    {
                        "value": 85,
                        "unit": "%",
                        "op": ">",
                        "deadline": 2022,
                        "index": "SIPAS",
                        "metric": "Chỉ số SIPAS đạt trên 85%",
                    },
                )
            ],
        ),
        rec(
            "x3_kontum_chuyendoiso",
            "Kon Tum ban hành Kế hoạch chuyển đổi số năm 2022",
            "2021-12-22",
            "Kon Tum",
            _C,
            documents=[
                _document(
                    _C,
                    "3478/QĐ-UBND",
                    "2021-12-20",
                    "Ủy ban nhân dân tỉnh Kon Tum",
                    subject="Kế hoạch chuyển đổi số tỉnh Kon Tum năm 2022",
                )
            ],
            targets=[
                _target(
                    _C,
                    {
                        "value": 30,
                        "unit": "rank",
                        "op": "top",
                        "deadline": 2025,
                        "index": "PAR",
                        "metric": "Chỉ số cải cách hành chính (PAR Index) của tỉnh nằm trong nhóm 30 tỉnh dẫn đầu",
                    },
                ),
                _target(
                    _C,
                    {
                        "value": 80,
                        "unit": "%",
                        "op": "=",
                        "deadline": 2025,
                        "metric": "hồ sơ thủ tục hành chính được xử lý trực tuyến",
                    },
                ),
            ],
        ),
        rec(
            "x4_binhduong_ketqua",
            "Bình Dương: 92% hồ sơ thủ tục hành chính giải quyết đúng hạn",
            "2023-01-10",
            "Bình Dương",
            _D,
            documents=[_document(_D, "76/NQ-CP", "2021-07-15", None)],
            targets=[
                _target(
                    _D,
                    {
                        "value": 100,
                        "unit": "%",
                        "op": "=",
                        "deadline": 2025,
                        "metric": "hồ sơ được số hóa",
                    },
                )
            ],
            results=[
                _target(
                    _D,
                    {
                        "value": 9,
                        "unit": "rank",
                        "op": "=",
                        "index": "PAR",
                        "metric": "Chỉ số cải cách hành chính (PAR Index) xếp thứ 9/63",
                    },
                    cls=Result,
                    year=2022,
                ),
            ],
        ),
    ]


def desk_records() -> list[Record]:
    """The gold articles and the four extra ones, in a fixed order."""
    return gold_records() + extra_records()


def write_db(out_dir: Path, records: list[Record] | None = None) -> Path:
    """A SQLite database of ``records`` (default: ``desk_records()``)."""
    from extractor import output

    ex = output.get("sqlite")(out_dir)
    for r in desk_records() if records is None else records:
        ex.write(r)
    (path,) = ex.close()
    return path


@contextlib.contextmanager
def served(db: Path, *, exit_after: float = 120.0) -> Iterator[str]:
    """``vnextract serve DB`` as a real server on a free loopback port; yields its base
    URL once it answers. The server stops itself after ``exit_after`` seconds even if the
    test dies, and is terminated when the block ends."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "extractor.cli", "serve", str(db), "--port", str(port)]
    proc = subprocess.Popen(
        [*cmd, "--exit-after", str(exit_after)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise RuntimeError(f"vnextract serve did not start: {err}") from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())
