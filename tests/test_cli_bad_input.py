"""Bad input through the command line: one line on stderr per bad path naming the file
and the reason, no traceback, exit status 1, and the good pages still become records."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "pages"
GOOD = "000_7ffef1cbe2c81561.txt"


def _vnextract(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extractor.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def _junk_bytes() -> bytes:
    """High bytes and spaces: not UTF-8, and no single-byte code page reads them as text
    (the decoder tries UTF-8, windows-1258/1252 and a detector before giving up)."""
    rng = random.Random(1)
    return bytes(rng.choice([*range(0x80, 0x100), 0x20]) for _ in range(2000))


@pytest.fixture(scope="module")
def batch(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    root = tmp_path_factory.mktemp("cli")
    pages = root / "pages"
    pages.mkdir()
    (pages / GOOD).write_bytes((CORPUS / GOOD).read_bytes())
    (pages / "empty.txt").write_bytes(b"")
    (pages / "blank.txt").write_bytes(b" \r\n\t\n")
    (pages / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK\x00\x00" * 64)
    (pages / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (pages / "junk.txt").write_bytes(_junk_bytes())
    (root / "nopages").mkdir()
    (root / "nopages" / "notes.md").write_text("không phải trang", encoding="utf-8")
    proc = _vnextract("extract", "pages", "nopages", "missing.txt", "-o", "out", cwd=root)
    return proc, root


BAD = {
    "pages/empty.txt": {"empty"},
    "pages/blank.txt": {"empty", "no_article"},
    "pages/binary.txt": {"binary"},
    "pages/image.html": {"binary"},
    "pages/junk.txt": {"encoding", "binary"},
    "nopages": {"no_pages"},
    "missing.txt": {"not_found"},
}


def test_cli_bad_input_exit_status_and_no_traceback(
    batch: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    proc, _ = batch
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("path", sorted(BAD))
def test_cli_bad_input_one_line_names_file_and_reason(
    batch: tuple[subprocess.CompletedProcess[str], Path], path: str
) -> None:
    proc, root = batch
    lines = [ln for ln in proc.stderr.splitlines() if path in ln]
    assert len(lines) == 1, proc.stderr
    assert any(reason in lines[0] for reason in BAD[path]), lines[0]
    errors = [
        json.loads(ln)
        for ln in (root / "out" / "errors.jsonl").read_text("utf-8").splitlines()
        if ln.strip()
    ]
    (entry,) = [e for e in errors if e["path"] == path]
    assert entry["reason"] in BAD[path]
    assert entry["message"]


def test_cli_bad_input_good_page_still_processed(
    batch: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    _, root = batch
    records = [
        json.loads(ln)
        for ln in (root / "out" / "records.jsonl").read_text("utf-8").splitlines()
        if ln.strip()
    ]
    assert [r["id"] for r in records] == [Path(GOOD).stem]
    assert "Quyết định số 3478/QĐ-UBND" in records[0]["text"]


def test_cli_bad_input_all_good_exits_0(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_bytes((CORPUS / GOOD).read_bytes())
    proc = _vnextract("extract", "p.txt", "-o", "out", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
