"""The scorer on small hand-made gold + records pairs whose figures are known."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from extractor import evaluate as ev
from extractor.cli import main

GOLD: dict[str, Any] = {
    "id": "a1",
    "title": "Kế hoạch cải cách hành chính năm 2022",
    "published": "2022-03-01",
    "author": "Lan Anh",
    "province": "Đắk Lắk",
    "body": "một hai ba bốn",
    "documents": [
        {"number": "3478/QĐ-UBND", "date": "2021-12-10", "issuer": ["Ủy ban nhân dân tỉnh"]},
        {"number": "76/NQ-CP", "date": "2021-07-15", "issuer": ["Chính phủ"]},
    ],
    "issuers": [["Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh"], ["Chính phủ"]],
    "dates": ["2021-12-10", "2021-07-15"],
    "bodies": [
        {"names": ["Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh"]},
        {"names": ["Sở Nội vụ"]},
        {"names": ["Trung tâm Phục vụ hành chính công tỉnh"], "optional": True},
    ],
    "reform_areas": ["institutions", "procedures"],
    "targets": [
        {"value": 80, "unit": "%", "op": ">=", "deadline": 2025, "index": None,
         "metric": "thủ tục hành chính trực tuyến mức độ 3 và 4"},
        {"value": 20, "unit": "rank", "op": "top", "deadline": 2025, "index": "PAR",
         "metric": "chỉ số cải cách hành chính"},
        {"value": 5, "unit": "count", "op": "=", "deadline": None, "index": None,
         "metric": "nhóm", "optional": True},
    ],
}  # fmt: skip

RECORD: dict[str, Any] = {
    "id": "a1",
    "source": {"path": "pages/a1.txt"},
    "title": "KẾ HOẠCH  cải cách hành chính năm 2022.",  # case, space, final dot: equal
    "published": "2022-03-01T08:00:00+07:00",
    "author": "Thúy Hồng",  # wrong
    "province": {"name": "Đắk Lắk"},
    "text": "một hai ba năm sáu",  # 3 of 5 tokens right, 3 of 4 gold found
    "documents": [
        {"number": "Số 3478/qđ-UBND", "date": "2021-12-10", "issuer": {"name": "UBND tỉnh"}},
        {"number": "99/KH-UBND", "date": None, "issuer": "Ủy ban nhân dân tỉnh Đắk Lắk"},
        {"number": None, "issuer": {"name": "Bộ Nội vụ"}},
    ],
    "dates": [{"value": "2021-12-10"}, {"value": "2020-01-01"}, {"value": "2021"}],
    "bodies": [
        {"name": "UBND tỉnh Đắk Lắk"},
        {"name": "Ủy ban nhân dân tỉnh Đắk Lắk"},  # same name again: ignored
        {"name": "Ủy ban nhân dân tỉnh"},  # second spelling of one body: FP
        {"name": "Trung tâm Phục vụ hành chính công tỉnh"},  # optional: neutral
        {"name": "Sở Tài chính"},  # FP; Sở Nội vụ is missed (FN)
    ],
    "reform_areas": [{"code": "procedures"}, {"code": "apparatus"}],
    "targets": [
        {"value": 80.0, "unit": "%", "op": ">=", "deadline": 2025,
         "metric": "tỷ lệ thủ tục hành chính trực tuyến mức độ 3 và 4"},
        {"value": "20", "unit": "rank", "op": "top", "deadline": 2030, "index": "PAR",
         "metric": "khác hẳn"},
        {"value": 5, "unit": "count", "op": "=", "metric": "nhóm"},  # optional gold: neutral
        {"value": 7, "unit": "count", "op": "=", "metric": "bậc"},  # FP
    ],
}  # fmt: skip


@pytest.fixture()
def pair(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a1.json").write_text(json.dumps(GOLD, ensure_ascii=False), "utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
    return gold_dir, records


def _prf(result: dict[str, Any], key: str) -> tuple[int, int, int]:
    r = result[key]
    return r["tp"], r["fp"], r["fn"]


def test_evaluate_counts_known_pair(pair: tuple[Path, Path]) -> None:
    result, errors = ev.score_paths(*pair)
    assert result["documents_scored"] == 1 and result["missing_records"] == []
    assert _prf(result, "documents") == (1, 1, 1)
    # "UBND tỉnh" right; "... tỉnh Đắk Lắk" a second spelling (FP); Bộ Nội vụ FP; CP missed
    assert _prf(result, "issuers") == (1, 2, 1)
    assert _prf(result, "dates") == (1, 1, 1)  # "2021" is not a full date: ignored
    assert _prf(result, "bodies") == (1, 2, 1)
    assert _prf(result, "reform_areas") == (1, 1, 1)
    assert _prf(result, "targets") == (2, 1, 0)
    assert result["reform_areas"]["f1"] == 0.5
    assert result["bodies"]["p"] == round(1 / 3, 4)
    assert result["bodies"]["f1"] == 0.4
    # text: P 3/5, R 3/4, F1 2PR/(P+R)
    assert result["text_p_mean"] == 0.6 and result["text_r_mean"] == 0.75
    assert result["text_f1_mean"] == round(2 * 0.6 * 0.75 / 1.35, 4)
    acc = {k: (result[k]["ok"], result[k]["n"]) for k in ev.ACCURACY_FIELDS}
    assert acc == {
        "title": (1, 1),
        "author": (0, 1),
        "published": (1, 1),
        "province": (1, 1),
        "document_date": (1, 1),
        "document_issuer": (1, 1),
        "target_deadline": (1, 2),
        "target_index": (1, 1),
        "target_metric": (1, 2),
    }
    assert "a1 body FP (second spelling): Ủy ban nhân dân tỉnh" in errors
    assert "a1 body FN: sở nội vụ" in errors
    assert "a1 reform area FP: apparatus" in errors
    assert "a1 document FN: 76/NQ-CP" in errors


def test_evaluate_perfect_record_scores_one(tmp_path: Path) -> None:
    rec = {
        "id": "a1",
        "title": GOLD["title"],
        "author": GOLD["author"],
        "published": GOLD["published"],
        "province": GOLD["province"],
        "text": GOLD["body"],
        "documents": [
            {"number": d["number"], "date": d["date"], "issuer": d["issuer"][0]}
            for d in GOLD["documents"]
        ],
        "dates": [{"value": d} for d in GOLD["dates"]],
        "bodies": [{"name": b["names"][0]} for b in GOLD["bodies"]],
        "reform_areas": [{"code": c} for c in GOLD["reform_areas"]],
        "targets": [t for t in GOLD["targets"] if not t.get("optional")],
    }
    result, errors = ev.score([GOLD], {"a1": rec})
    assert errors == []
    for k in ev.PRF_FIELDS:
        assert result[k]["f1"] == 1.0, k
    for k in ev.ACCURACY_FIELDS:
        assert result[k]["acc"] == 1.0, k
    assert result["text_f1_mean"] == 1.0


def test_evaluate_missing_record_counts_everything_missed() -> None:
    result, _ = ev.score([GOLD], {})
    assert result["missing_records"] == ["a1"]
    assert _prf(result, "documents") == (0, 0, 2)
    assert result["documents"]["p"] == 1.0 and result["documents"]["r"] == 0.0
    assert result["documents"]["f1"] == 0.0
    assert result["text_f1_mean"] == 0.0


def test_evaluate_records_matched_by_source_stem(tmp_path: Path) -> None:
    folder = tmp_path / "recs"
    folder.mkdir()
    rec = dict(RECORD, id=None, source={"url": "https://example.vn/tin/a1.html?x=1"})
    (folder / "r.json").write_text(json.dumps(rec, ensure_ascii=False), "utf-8")
    records = ev.load_records(folder)
    assert set(records) == {"a1"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("UBND tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Đắk Lắk"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Hoà Bình", "Hòa Bình"),
        ("Thừa Thiên Huế", "Thừa Thiên Huế"),  # NFD vs NFC
        ("Ðắk Lắk", "Đắk Lắk"),  # Icelandic Ð
    ],
)
def test_evaluate_norm_body_equates_spellings(a: str, b: str) -> None:
    assert ev.norm_body(a) == ev.norm_body(b)


def test_evaluate_norm_number_forms() -> None:
    assert ev.norm_number("Số: 3478 / qđ–UBND") == ev.norm_number("3478/QĐ-UBND")
    assert ev.norm_number("3478/QĐ-UBND") != ev.norm_number("3479/QĐ-UBND")


def test_evaluate_cli_prints_table_and_writes_json(
    pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fig.json"
    rc = main(["eval", str(pair[0]), str(pair[1]), "--json", str(out), "--errors"])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "reform_areas        0.500  0.500  0.500   (1/1/1)" in printed
    assert "a1 reform area FN: institutions" in printed
    assert json.loads(out.read_text("utf-8"))["bodies"]["fp"] == 2


def test_evaluate_cli_bad_inputs_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", "utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a1.json").write_text(json.dumps(GOLD), "utf-8")
    for args, needle in (
        ([str(tmp_path / "nope"), str(bad)], "not a folder"),
        ([str(gold), str(bad)], "cannot read records"),
        ([str(gold), str(tmp_path / "none.jsonl")], "cannot read records"),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "extractor.cli", "eval", *args],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 1, proc.stderr
        assert needle in proc.stderr and "Traceback" not in proc.stderr
