"""``vnextract serve``: Datasette in process (its ASGI client) and as a real server on a
loopback port: metadata in Vietnamese and English, facets, tone-insensitive search and
the canned queries' rows, computed from the records rather than written down."""

from __future__ import annotations

import asyncio
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from desk_records import desk_records, get_json, served, write_db

from extractor.output.sqlite import fold

pytest.importorskip("datasette", reason="Datasette is the optional extra vnextract[serve]")

from extractor.serve import make_datasette


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_db(tmp_path_factory.mktemp("serve"))


def fetch(db: Path, *paths: str) -> list[Any]:
    ds = make_datasette(db)

    async def go() -> list[Any]:
        out = []
        for p in paths:
            r = await ds.client.get(p)
            assert r.status_code == 200, (p, r.text[:500])
            out.append(r.json() if ".json" in p else r.text)
        return out

    return asyncio.run(go())


def targets(pred: Any) -> set[tuple[str, str]]:
    return {(r.id, t.metric) for r in desk_records() for t in r.targets if pred(r, t)}


def test_serve_canned_queries(db: Path) -> None:
    by_prov, by_index, cited, vs, conflicts = fetch(
        db,
        "/records/targets_by_province.json?province=Dak+Lak&_shape=array",
        "/records/targets_for_index.json?index=papi&_shape=array",
        "/records/documents_cited_most.json?_shape=array",
        "/records/targets_against_results.json?_shape=array",
        "/records/documents_with_conflicts.json?_shape=array",
    )
    assert {(x["record_id"], x["metric"]) for x in by_prov} == targets(
        lambda r, t: r.province.name == "Đắk Lắk"
    )
    assert [x["province"] for x in by_index] == ["Thừa Thiên Huế"]
    assert by_index[0]["url"] == "https://corpus.invalid/003_d2b7b9e1afc7eb46"
    # documents cited most: counts descending, the three Đắk Lắk citations first
    assert [x["citations"] for x in cited] == sorted((x["citations"] for x in cited), reverse=True)
    assert (cited[0]["number"], cited[0]["issuer"], cited[0]["citations"]) == (
        "3478/QĐ-UBND",
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        3,
    )
    # targets against results: every (target, result) pair of a province and an index
    want = {
        (t.metric, res.metric)
        for r in desk_records()
        for t in r.targets
        for r2 in desk_records()
        for res in r2.results
        if t.index and t.index == res.index and r.province == r2.province
    }
    assert {(x["target_metric"], x["result_metric"]) for x in vs} == want and len(want) == 2
    assert {x["result_year"] for x in vs} == {2021}
    assert [x["number"] for x in conflicts] == ["3478/QĐ-UBND"]


def test_serve_metadata_facets_and_search(db: Path) -> None:
    meta, table, search, page = fetch(
        db,
        "/-/metadata.json",
        "/records/targets.json",
        "/records/targets.json?_search=truc+tuyen&_shape=array&_size=max",
        "/records/targets",
    )
    tmeta = meta["databases"]["records"]["tables"]["targets"]
    assert "Mục tiêu" in tmeta["description"] and "Numeric targets" in tmeta["description"]
    assert {"province", "index", "deadline"} <= set(tmeta["facets"])
    assert set(meta["databases"]["records"]["queries"]) >= {
        "targets_by_province",
        "targets_for_index",
        "documents_cited_most",
        "targets_against_results",
    }
    facets = table["facet_results"]
    assert {"province", "index", "deadline"} <= set(facets)
    counts = {f["value"]: f["count"] for f in facets["province"]["results"]}
    assert counts["Đắk Lắk"] == len(targets(lambda r, t: r.province.name == "Đắk Lắk"))
    assert {(x["record_id"], x["metric"]) for x in search} == targets(
        lambda r, t: "truc tuyen" in fold(t.metric)
    )
    assert "Đơn vị" in page  # column descriptions are on the page
    assert "search" in page.lower()


def test_serve_real_server_over_http(db: Path) -> None:
    with served(db, exit_after=60) as base:
        rows = get_json(
            f"{base}/records/targets.json?_shape=array&province=" + urllib.parse.quote("Kon Tum")
        )
        assert {(x["record_id"], x["metric"]) for x in rows} == targets(
            lambda r, t: r.province.name == "Kon Tum"
        )
        canned = get_json(f"{base}/records/targets_by_province.json?_shape=array&province=kon+tum")
        assert len(canned) == len(rows)
        assert base.startswith("http://127.0.0.1:")


def test_serve_refuses_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from extractor.cli import main

    assert main(["serve", str(tmp_path / "nope.sqlite")]) == 2
    assert "no such database" in capsys.readouterr().err


def test_serve_without_datasette_says_what_to_install(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from extractor.cli import main

    monkeypatch.setitem(sys.modules, "datasette.app", None)  # import fails as if missing
    assert main(["serve", str(db)]) == 2
    assert "pip install 'vnextract[serve]'" in capsys.readouterr().err


def test_serve_exit_after_stops_by_itself(db: Path) -> None:
    import subprocess
    import sys
    import time

    from desk_records import ROOT

    start = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "extractor.cli",
            "serve",
            str(db),
            "--port",
            "0",
            "--exit-after",
            "1.5",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "http://127.0.0.1:0/" in proc.stderr
    assert 1.5 <= time.monotonic() - start < 60
