"""Ingest: folder walks, globs, file lists and JSONL lines, in a stable order."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest

from extractor.cli import main
from extractor.ingest import (
    InputProblem,
    JsonlOptions,
    ManifestError,
    expand,
    iter_inputs,
    iter_lines,
    jsonl_page,
    read_list,
    read_page,
    read_url_manifest,
    url_key,
)
from extractor.pipeline import process
from extractor.types import PageError

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "pages"


def tree(root: Path) -> None:
    for name in ("b/2.txt", "b/1.html", "a.txt", "c/x.warc.gz", "c/d/e.txt", "notes.md", "z.jsonl"):
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")
    (root / ".git").mkdir()
    (root / ".git" / "h.txt").write_bytes(b"x")


def rel(items: list[object], root: Path) -> list[str]:
    return [str(Path(str(i)).relative_to(root)) for i in items if not isinstance(i, InputProblem)]


def test_ingest_walk_is_sorted_recursive_and_skips_hidden_and_output(tmp_path: Path) -> None:
    tree(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "records.txt").write_bytes(b"x")
    got = rel(list(iter_inputs([str(tmp_path)], exclude=tmp_path / "out")), tmp_path)
    assert got == ["a.txt", "b/1.html", "b/2.txt", "c/d/e.txt", "c/x.warc.gz"]
    with_jsonl = rel(list(iter_inputs([str(tmp_path)], jsonl_in_folders=True)), tmp_path)
    assert "z.jsonl" in with_jsonl and "out/records.txt" in with_jsonl


def test_ingest_globs_and_missing_paths(tmp_path: Path) -> None:
    tree(tmp_path)
    got = list(
        iter_inputs(
            [f"{tmp_path}/**/*.txt", f"{tmp_path}/nothing*.html", str(tmp_path / "gone.txt")]
        )
    )
    assert rel(got, tmp_path) == ["a.txt", "b/2.txt", "c/d/e.txt"]
    assert [p.reason for p in got if isinstance(p, InputProblem)] == ["not_found", "not_found"]


def test_ingest_from_list_keeps_its_order(tmp_path: Path) -> None:
    tree(tmp_path)
    lst = tmp_path / "list.txt"
    lst.write_text(f"# pages\n{tmp_path / 'b/2.txt'}\n\n{tmp_path / 'a.txt'}\n{tmp_path}/c/*\n")
    got = list(iter_inputs(read_list(str(lst))))
    assert rel(got, tmp_path) == ["b/2.txt", "a.txt", "c/d/e.txt", "c/x.warc.gz"]


def test_ingest_expand_keeps_pages_only(tmp_path: Path) -> None:
    tree(tmp_path)
    assert rel(list(expand([str(tmp_path)])), tmp_path) == [
        "a.txt",
        "b/1.html",
        "b/2.txt",
        "c/d/e.txt",
    ]


def test_ingest_read_page_refuses_large_files_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB that costs nothing
    with pytest.raises(PageError) as e:
        read_page(big, max_bytes=20 * 1024 * 1024)
    assert e.value.reason == "too_large"


def test_ingest_jsonl_page_fields_and_defaults(tmp_path: Path) -> None:
    text = (CORPUS / sorted(p.name for p in CORPUS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    path = tmp_path / "crawl.jsonl.gz"
    lines = [
        orjson.dumps({"id": "bai-1", "url": "https://tinh.gov.vn/1", "text": text}),
        b"",
        orjson.dumps({"text": text}),
        b"{not json",
        orjson.dumps({"body": "x"}),
    ]
    path.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    got = list(iter_lines(str(path)))
    assert [n for n, _ in got] == [1, 3, 4, 5]
    opts = JsonlOptions()
    p1 = jsonl_page(got[0][1], origin=str(path), lineno=1, opts=opts)
    assert p1.id == "bai-1" and p1.source.url == "https://tinh.gov.vn/1"
    assert p1.source.format == "jsonl" and p1.source.path == f"{path}:1"
    p2 = jsonl_page(got[1][1], origin=str(path), lineno=3, opts=opts)
    assert p2.id == "crawl-3"
    assert process(p2).text == process(p1).text
    with pytest.raises(PageError) as e:
        jsonl_page(got[2][1], origin=str(path), lineno=4, opts=opts)
    assert e.value.reason == "bad_json"
    with pytest.raises(PageError) as e:
        jsonl_page(got[3][1], origin=str(path), lineno=5, opts=opts)
    assert e.value.reason == "no_field"


def test_ingest_jsonl_html_field_is_read_as_html() -> None:
    line = orjson.dumps({"html": "<html><body><p>Ủy ban nhân dân tỉnh Đắk Lắk</p></body></html>"})
    page = jsonl_page(line, origin="x.jsonl", lineno=1, opts=JsonlOptions(field="html"))
    assert page.kind == "html"


def test_ingest_url_manifest_paths_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    tsv = tmp_path / "m" / "urls.tsv"
    tsv.write_text(
        "id\tfile\turl\n"
        "a\tpages/a.txt\thttps://baodaklak.vn/a.html\n"
        "b\tpages/b.txt\tshared/seeds\n",  # a note, not an address: skipped
        encoding="utf-8",
    )
    got = read_url_manifest(tsv)
    assert got == {url_key(tmp_path / "m" / "pages" / "a.txt"): "https://baodaklak.vn/a.html"}
    csv_file = tmp_path / "urls.csv"
    csv_file.write_text("path,url\nx.txt,http://snv.kontum.gov.vn/x\n", encoding="utf-8")
    assert read_url_manifest(csv_file) == {
        url_key(tmp_path / "x.txt"): "http://snv.kontum.gov.vn/x"
    }


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        ("a,b\n1,2\n", "must name a 'file'"),
        (b"\xff\xfe\x00", "cannot be read"),
    ],
)
def test_ingest_url_manifest_errors_name_file_and_reason(
    tmp_path: Path, content: str | bytes | None, reason: str
) -> None:
    f = tmp_path / "urls.csv"
    if isinstance(content, str):
        f.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        f.write_bytes(content)
    with pytest.raises(ManifestError, match=reason) as e:
        read_url_manifest(f)
    assert str(f) in str(e.value)


def test_ingest_url_manifest_gives_text_pages_url_site_and_province(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 008: a Bà Rịa - Vũng Tàu newspaper page whose text never names its province
    page = CORPUS / "008_baobariavungtau_qd1012-dieuhanh.txt"
    out = tmp_path / "out"
    assert main(["extract", str(page), "-o", str(out), "-q"]) == 0
    (alone,) = [orjson.loads(x) for x in (out / "records.jsonl").read_bytes().splitlines()]
    assert alone["province"] is None and alone["source"]["url"] is None
    manifest = CORPUS.parent / "SOURCES.tsv"
    assert main(["extract", str(page), "-o", str(out), "-q", "--urls", str(manifest)]) == 0
    (rec,) = [orjson.loads(x) for x in (out / "records.jsonl").read_bytes().splitlines()]
    assert rec["source"]["url"].startswith("https://baobariavungtau.com.vn/")
    assert rec["province"]["name"] == "Bà Rịa - Vũng Tàu"
    assert [e["kind"] for e in rec["province"]["evidence"]] == ["site"]
    # a manifest that cannot be used is bad usage, named in one line
    assert main(["extract", str(page), "-o", str(out), "--urls", str(tmp_path / "no.tsv")]) == 2
    err = capsys.readouterr().err
    assert "no.tsv: no such file" in err and "Traceback" not in err
