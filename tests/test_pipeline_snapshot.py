"""The main job's output on corpus/ is committed in output/ as a browsable example and a
regression snapshot: re-running the job must reproduce the committed text files exactly.
After an intended change, regenerate with the README's first command and review the diff."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.models import json_schema

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "output"
TEXT_SUFFIXES = {".jsonl", ".csv", ".json"}


def _text_files(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix in TEXT_SUFFIXES
    }


def test_pipeline_schema_committed_is_current() -> None:
    committed = json.loads((OUTPUT / "record.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "run: vnextract schema > output/record.schema.json"


@pytest.fixture(scope="module")
def fresh_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # run as the README does, from the repository's root with a relative path, so that
    # the records' source paths ("corpus/pages/...") do not depend on the clone's place
    out = tmp_path_factory.mktemp("mainjob")
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        argv = ["extract", "corpus", "-o", str(out), "--urls", "corpus/SOURCES.tsv"]
        rc = main([*argv, "--format", "jsonl,csv", "--quiet"])
    finally:
        os.chdir(here)
    assert rc == 0, (out / "errors.jsonl").read_text(encoding="utf-8")
    return out


def test_pipeline_main_job_reproduces_committed_output(fresh_run: Path) -> None:
    committed = _text_files(OUTPUT)
    fresh = _text_files(fresh_run)
    assert "records.jsonl" in committed
    assert sorted(fresh) == sorted(committed), "the set of output files changed"
    for name, data in committed.items():
        assert fresh[name] == data, f"output/{name} differs from a fresh run of the main job"


def test_pipeline_records_have_every_contract_field(fresh_run: Path) -> None:
    lines = (fresh_run / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list((ROOT / "corpus").rglob("*.txt")))
    for line in lines:
        rec = json.loads(line)
        for key in (
            "id",
            "source",
            "title",
            "published",
            "author",
            "province",
            "text",
            "documents",
            "dates",
            "bodies",
            "reform_areas",
            "targets",
        ):
            assert key in rec, key
        assert isinstance(rec["text"], str) and rec["text"]
        for item in rec["documents"] + rec["dates"] + rec["bodies"] + rec["targets"]:
            assert rec["text"][item["start"] : item["end"]] == item["surface"], item
            assert item["pattern"]
