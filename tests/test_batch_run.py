"""``vnextract extract`` at archive scale: shards, workers, resume, failures and exit codes."""

from __future__ import annotations

import gzip
import html
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson
import pytest

from extractor import output, warc
from extractor.cli import main
from extractor.models import Record

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PAGES = sorted((CORPUS / "pages").glob("*.txt"))
VNEXTRACT = [sys.executable, "-m", "extractor.cli"]


def portal(i: int, max_chars: int | None = None) -> bytes:
    """A corpus article inside a provincial portal's chrome, made unique by a last line;
    ``max_chars`` keeps only the article's first lines up to about that many characters."""
    text = PAGES[i % len(PAGES)].read_text(encoding="utf-8")
    if max_chars is not None:
        text = text[: text.rfind("\n", 0, max_chars) + 1 or max_chars]
    paras = "".join(f"<p>{html.escape(s)}</p>" for s in text.splitlines() if s.strip())
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Tin tức</title>"
        f"</head><body><nav><a href='/'>Trang chủ</a></nav><article>{paras}"
        f"<p>Bài số {i}.</p></article><footer>Cổng thông tin điện tử</footer></body></html>"
    ).encode()


def response(i: int, body: bytes | None = None, **kw: object) -> bytes:
    http = warc.http_response(portal(i) if body is None else body, **kw)  # type: ignore[arg-type]
    return warc.warc_record(str(uuid.UUID(int=i + 1)), f"https://tinh.gov.vn/tin/{i}.html", http)


def make_warc(
    path: Path,
    n: int,
    *,
    start: int = 0,
    compress: str | None = "record",
    max_chars: int | None = None,
) -> Path:
    recs = (response(i, portal(i, max_chars)) for i in range(start, start + n))
    return warc.write_warc(path, recs, compress=compress)


def lines(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(x) for x in path.read_bytes().splitlines()]


def test_batch_corpus_gives_records_and_tables_in_dir(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(CORPUS), "-o", str(out), "--format", "jsonl,csv", "-q"]) == 0
    recs = lines(out / "records.jsonl")
    assert [r["id"] for r in recs] == [p.stem for p in PAGES]
    assert (out / "errors.jsonl").read_bytes() == b""
    assert not (out / "_shards").exists(), "parts are removed once merged"
    # the merged CSV tables are what the CSV exporter writes for the same records in order
    ref = tmp_path / "ref"
    ex = output.get("csv")(ref)
    for r in recs:
        ex.write(Record.model_validate(r))
    made = ex.close()
    assert made
    for p in made:
        assert (out / p.name).read_bytes() == p.read_bytes(), p.name


def mixed_inputs(tmp: Path) -> list[str]:
    w = tmp / "crawl.warc.gz"
    recs = [response(i) for i in range(12)]
    recs[4] = response(4, b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png")
    recs[7] = recs[7].replace(b"WARC/1.0", b"WARX/1.0")  # corrupt header
    warc.write_warc(w, recs)
    trunc = make_warc(tmp / "cut.warc.gz", 4, start=50)
    data = trunc.read_bytes()
    trunc.write_bytes(data[: len(data) - 200])
    jl = tmp / "lines.jsonl"
    jl.write_bytes(
        orjson.dumps({"id": "j1", "text": PAGES[1].read_text(encoding="utf-8")})
        + b"\n{broken\n"
        + orjson.dumps({"html": "x"})
        + b"\n"
    )
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    return [str(CORPUS / "pages"), str(w), str(trunc), str(jl), str(empty), str(tmp / "missing")]


def test_batch_workers_one_and_two_give_identical_output(tmp_path: Path) -> None:
    ins = mixed_inputs(tmp_path)
    outs = []
    for n in (1, 2):
        out = tmp_path / f"o{n}"
        rc = main(["extract", *ins, "-o", str(out), "--workers", str(n), "--shard-size", "3", "-q"])
        assert rc == 1  # some pages failed
        outs.append(out)
    for name in ("records.jsonl", "errors.jsonl"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    recs = lines(outs[0] / "records.jsonl")
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == len(PAGES) + 10 + 3 + 1
    assert ids[: len(PAGES)] == [p.stem for p in PAGES] and ids[-1] == "j1"
    reasons = [e["reason"] for e in lines(outs[0] / "errors.jsonl")]
    assert reasons == [
        "not_html",
        "corrupt_record",
        "truncated",
        "bad_json",
        "no_field",
        "empty",
        "not_found",
    ]


def test_batch_bad_records_are_logged_and_the_batch_goes_on(tmp_path: Path) -> None:
    big = b"<html><body><p>" + b"a" * (50 * 1024 * 1024) + b"</p></body></html>"
    recs = [
        response(0),
        response(1, big),
        response(2, b"%PDF-1.4", content_type="application/pdf"),
        response(3),
    ]
    recs[3] = b"\x00garbage\r\n" + recs[3][10:]  # version line broken
    w = warc.write_warc(tmp_path / "a.warc.gz", [*recs, response(4)])
    cut = make_warc(tmp_path / "b.warc.gz", 3, start=10)
    cut.write_bytes(cut.read_bytes()[:-150])
    out = tmp_path / "out"
    proc = subprocess.run(
        [*VNEXTRACT, "extract", str(w), str(cut), "-o", str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    errs = lines(out / "errors.jsonl")
    by_reason = {e["reason"]: e for e in errs}
    assert set(by_reason) == {"too_large", "not_html", "corrupt_record", "truncated"}
    assert by_reason["too_large"]["url"] == "https://tinh.gov.vn/tin/1.html"
    assert str(by_reason["too_large"]["warc_record_id"]).startswith("<urn:uuid:")
    assert by_reason["truncated"]["path"] == str(cut)
    urls = [r["source"]["url"] for r in lines(out / "records.jsonl")]
    assert urls == [f"https://tinh.gov.vn/tin/{i}.html" for i in (0, 4, 10, 11)]
    # one stderr line per failure (not for the PDF: not an article page), and a summary
    fail_lines = [
        s
        for s in proc.stderr.splitlines()
        if s.startswith(("vnextract: /", f"vnextract: {tmp_path}"))
    ]
    assert len(fail_lines) == 3 and any("too_large" in s for s in fail_lines)
    assert "pages read" in proc.stderr and "not_html 1" in proc.stderr


def test_batch_internal_errors_are_reasons_not_tracebacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from extractor import shards

    real = shards.finish

    def flaky(page: object, site_lines: frozenset[str] = frozenset()) -> Record:
        if getattr(page, "id", "").startswith("002"):
            raise KeyError("boom")
        return real(page, site_lines)  # type: ignore[arg-type]

    monkeypatch.setattr(shards, "finish", flaky)
    out = tmp_path / "out"
    assert main(["extract", str(CORPUS / "pages"), "-o", str(out), "--workers", "1"]) == 1
    errs = lines(out / "errors.jsonl")
    assert [(e["reason"], e["message"]) for e in errs] == [("internal", "KeyError: 'boom'")]
    assert len(lines(out / "records.jsonl")) == len(PAGES) - 1
    err = capsys.readouterr().err
    assert "internal" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "corpus", "--format", "xml"],
        ["extract"],
        ["extract", "corpus", "--workers", "0"],
        ["extract", "corpus", "--workers", "two"],
        ["extract", "corpus", "--scheduler", "tcp://127.0.0.1:1"],
    ],
)
def test_batch_bad_usage_exits_2(argv: list[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as e:
        sys.exit(main([*argv, "-o", str(tmp_path / "o")]))
    assert e.value.code == 2


def test_batch_stdin_page_and_jsonl(tmp_path: Path) -> None:
    page = PAGES[0].read_bytes()
    out = tmp_path / "a"
    proc = subprocess.run(
        [*VNEXTRACT, "extract", "-", "-o", str(out), "--url", "https://baodaklak.vn/x.html", "-q"],
        input=page,
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    (rec,) = lines(out / "records.jsonl")
    assert rec["id"] == "stdin" and rec["source"]["url"] == "https://baodaklak.vn/x.html"
    jl = b"".join(
        orjson.dumps({"id": f"p{i}", "text": p.read_text(encoding="utf-8")}) + b"\n"
        for i, p in enumerate(PAGES)
    )
    out = tmp_path / "b"
    proc = subprocess.run(
        [*VNEXTRACT, "extract", "-", "-o", str(out), "--jsonl-field", "text", "-q"],
        input=gzip.decompress(gzip.compress(jl)),
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in lines(out / "records.jsonl")] == [f"p{i}" for i in range(len(PAGES))]


def run_until_markers(argv: list[str], parts: Path, want: int, timeout: float = 240) -> None:
    """Start the CLI in its own process group and SIGKILL the group (parent and workers)
    once ``want`` shards have their completion marker: a crash mid-run."""
    proc = subprocess.Popen(
        argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < timeout:
            if parts.is_dir() and len(list(parts.glob("part-*.done"))) >= want:
                break
            if proc.poll() is not None:
                raise AssertionError("the run finished before it could be killed")
            time.sleep(0.05)
        else:
            raise AssertionError("no shard finished in time")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_batch_killed_run_resumes_to_the_same_output(tmp_path: Path) -> None:
    w = make_warc(tmp_path / "crawl.warc.gz", 240)
    out = tmp_path / "out"
    argv = [*VNEXTRACT, "extract", str(w), "-o", str(out), "--workers", "2", "--shard-size", "10"]
    run_until_markers(argv, out / "_shards", want=6)
    assert not (out / "records.jsonl").exists()
    done_before = {p.name for p in (out / "_shards").glob("part-*.done")}
    assert 6 <= len(done_before) < 24
    proc = subprocess.run(
        [*argv, "--resume"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert f"{len(done_before)} resumed" in proc.stderr or "resumed" in proc.stderr
    ref = tmp_path / "ref"
    assert main(["extract", str(w), "-o", str(ref), "--workers", "1", "-q"]) == 0
    got = (out / "records.jsonl").read_bytes()
    assert got == (ref / "records.jsonl").read_bytes()
    ids = [r["id"] for r in lines(out / "records.jsonl")]
    assert len(ids) == len(set(ids)) == 240


def test_batch_resume_redoes_shards_whose_inputs_changed(tmp_path: Path) -> None:
    src = tmp_path / "pages"
    src.mkdir()
    for p in PAGES:
        (src / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    argv = ["extract", str(src), "-o", str(out), "--workers", "1", "--shard-size", "2", "-q"]
    assert main([*argv, "--keep-parts"]) == 0
    first = (out / "records.jsonl").read_bytes()
    # the third page changes: its shard (part-00001) must be run again, the others not
    third = src / PAGES[2].name
    third.write_bytes(PAGES[3].read_bytes())
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "_shards").glob("*.done")}
    time.sleep(0.01)
    assert main([*argv, "--resume", "--keep-parts"]) == 0
    after = {p.name: p.stat().st_mtime_ns for p in (out / "_shards").glob("*.done")}
    assert [n for n in sorted(after) if after[n] != stamps[n]] == ["part-00001.done"]
    second = (out / "records.jsonl").read_bytes()
    assert second != first
    assert len(lines(out / "records.jsonl")) == len(PAGES)


def test_batch_dask_engine_equals_local(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    w = make_warc(tmp_path / "crawl.warc.gz", 30)
    ins = [str(CORPUS / "pages"), str(w)]
    local = tmp_path / "local"
    assert (
        main(["extract", *ins, "-o", str(local), "--workers", "2", "--shard-size", "7", "-q"]) == 0
    )
    dsk = tmp_path / "dask"
    proc = subprocess.run(
        [
            *VNEXTRACT,
            "extract",
            *ins,
            "-o",
            str(dsk),
            "--engine",
            "dask",
            "--workers",
            "2",
            "--shard-size",
            "7",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "dask worker" in proc.stderr
    for name in ("records.jsonl", "errors.jsonl"):
        assert (dsk / name).read_bytes() == (local / name).read_bytes(), name


def test_batch_non_article_responses_do_not_fail_the_run(tmp_path: Path) -> None:
    recs = [
        response(0),
        response(1, b"\x89PNG\r\n\x1a\n\x00", content_type="image/png"),
        response(2, b"gone", status=404),
    ]
    w = warc.write_warc(tmp_path / "a.warc", recs, compress=None)
    out = tmp_path / "out"
    assert main(["extract", str(w), "-o", str(out), "--workers", "1", "-q"]) == 0
    assert [e["reason"] for e in lines(out / "errors.jsonl")] == ["not_html", "http_status"]
    assert len(lines(out / "records.jsonl")) == 1


def test_batch_warc_on_stdin(tmp_path: Path) -> None:
    w = make_warc(tmp_path / "a.warc.gz", 4)
    out = tmp_path / "out"
    proc = subprocess.run(
        [*VNEXTRACT, "extract", "-", "-o", str(out), "--workers", "1"],
        input=w.read_bytes(),
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    recs = lines(out / "records.jsonl")
    assert [r["source"]["url"] for r in recs] == [
        f"https://tinh.gov.vn/tin/{i}.html" for i in range(4)
    ]
    assert not (out / "_shards").exists()
