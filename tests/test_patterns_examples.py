"""The one runner for every pattern file's inline examples, negatives and cases.

Loading a file already self-tests its examples (the loader rejects a failing one);
here each example and negative is also a test of its own, so a failure names the
file, the pattern and the sentence. Whole-field ``cases`` run through the field's
extractor and compare the expected items as subsets of what it produced.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor.extract import run_field
from extractor.patterns import all_files, load_file
from extractor.types import Context

FILES = {p.stem: load_file(p, check_examples=False) for p in all_files()}

EXAMPLES = [
    pytest.param(f, p, ex, id=f"{f}:{p.id}:{i}")
    for f, pf in FILES.items()
    for p in pf.patterns
    for i, ex in enumerate(p.examples)
]
NEGATIVES = [
    pytest.param(f, p, neg, id=f"{f}:{p.id}:neg{i}")
    for f, pf in FILES.items()
    for p in pf.patterns
    for i, neg in enumerate(p.negatives)
]
CASES = [
    pytest.param(f, case, id=f"{f}:case{i}")
    for f, pf in FILES.items()
    for i, case in enumerate(pf.cases)
]


@pytest.mark.parametrize(("fname", "pattern", "example"), EXAMPLES)
def test_patterns_example_matches(fname: str, pattern: Any, example: Any) -> None:
    found = [m.group() for m in pattern.finditer(example.text)]
    if example.match is not None:
        assert example.match in found, f"{fname}/{pattern.id}: {example.text!r} found {found}"
    else:
        assert found, f"{fname}/{pattern.id}: {example.text!r} found nothing"


@pytest.mark.parametrize(("fname", "pattern", "negative"), NEGATIVES)
def test_patterns_negative_does_not_match(fname: str, pattern: Any, negative: str) -> None:
    m = pattern.regex.search(negative)
    assert m is None, f"{fname}/{pattern.id}: trap {negative!r} matched {m.group()!r}"


def _subset(expected: dict[str, Any], item: dict[str, Any]) -> bool:
    for k, v in expected.items():
        got = item.get(k)
        if isinstance(v, dict) and isinstance(got, dict):
            if not _subset(v, got):
                return False
        elif isinstance(v, float) or isinstance(got, float):
            try:
                if got is None or abs(float(got) - float(v)) > 1e-6:
                    return False
            except (TypeError, ValueError):
                return False
        elif got != v:
            return False
    return True


@pytest.mark.parametrize(("fname", "case"), CASES)
def test_patterns_case_extracts_expected_items(fname: str, case: dict[str, Any]) -> None:
    text = case["text"]
    ctx_args = dict(case.get("context") or {})
    ctx = Context(text=text, **ctx_args)
    out = run_field(fname, ctx)
    for key, expected_list in case.items():
        if key != "expect" and not key.startswith("expect_"):
            continue
        list_name = fname if key == "expect" else key[len("expect_") :]
        items = [i.model_dump() for i in out.get(list_name, [])]
        for it in items:  # every item's span points at its surface form
            if "start" in it and "surface" in it and it.get("surface"):
                assert text[it["start"] : it["end"]] == it["surface"], it
        for exp in expected_list or []:
            assert any(_subset(exp, it) for it in items), (
                f"{fname}: {text!r}\n expected {exp}\n in {list_name}: {items}"
            )
        if case.get("exact"):
            assert len(items) == len(expected_list or []), (
                f"{fname}: {text!r}: {list_name} has {len(items)} items, expected "
                f"{len(expected_list or [])}: {items}"
            )
