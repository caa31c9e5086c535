"""The pattern loader: what it accepts, what it rejects, and why (tmp YAML files)."""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import Path

import pytest

from extractor.patterns import PatternError, all_files, load, load_file


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "field.yaml"
    path.write_text("field: test\nversion: 1\n" + textwrap.dedent(body), encoding="utf-8")
    return path


GOOD = """
defs:
  num: '\\d{1,5}'
  code: {alt: [QĐ, NQ, KH, KH-UBND]}
  sym: {regex: '{num}/{code}', uses: [num, code]}
patterns:
  - id: t.sym
    regex: '\\b{sym}\\b'
    uses: [sym]
    kind: numbered
    examples:
      - text: "Theo Quyết định số 3478/QĐ-UBND ngày 10/12/2021"
        match: "3478/QĐ"
      - text: "Kế hoạch 8370/KH-UBND"
        match: "8370/KH-UBND"
    negatives: ["xem 1646 lượt"]
  - id: t.letters
    regex: '\\p{Lu}\\p{Ll}{1,5}'
    flags: []
    examples: [{text: "ông Minh", match: "Minh"}, {text: "Ông", match: null}]
cases:
  - {text: "x", expect: []}
table: {QĐ: Quyết định}
"""


def test_patterns_engine_loads_expands_and_keeps_extras(tmp_path: Path) -> None:
    pf = load_file(_write(tmp_path, GOOD))
    assert [p.id for p in pf.patterns] == ["t.sym", "t.letters"]
    sym = pf.get("t.sym")
    assert sym.meta == {"kind": "numbered"}
    assert [m.group() for m in sym.finditer("số 12/NQ và 7/KH-UBND")] == ["12/NQ", "7/KH-UBND"]
    assert pf.data == {"table": {"QĐ": "Quyết định"}}
    assert len(pf.cases) == 1
    # the alternation is tried longest first, so KH-UBND wins over KH
    assert pf.defs["code"].index("KH-UBND") < pf.defs["code"].index("|KH)")
    # \p{Lu} and {1,5} are not references; flags [] makes the pattern case-sensitive
    assert [m.group() for m in pf.get("t.letters").finditer("ông Minh nói")] == ["Minh"]
    assert pf.compile_def("num").fullmatch("12345")
    with pytest.raises(KeyError):
        pf.get("nope")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (  # a reference not declared in `uses`
            "defs: {num: '\\d+'}\npatterns:\n  - {id: a, regex: '{num}'}\n",
            "not declared",
        ),
        (  # declared but names no def
            "defs: {num: '\\d+'}\npatterns:\n  - {id: a, regex: '{nun}', uses: [nun]}\n",
            "names no def",
        ),
        (  # a def that uses an unknown def
            "defs: {a: {regex: '{b}', uses: [b]}}\npatterns: []\n",
            "not a def",
        ),
        (  # a cycle
            "defs:\n  a: {regex: 'x{b}', uses: [b]}\n  b: {regex: 'y{a}', uses: [a]}\n",
            "cycle",
        ),
        (  # a def that refers to itself
            "defs:\n  a: {regex: 'x{a}?', uses: [a]}\n",
            "cycle",
        ),
        ("defs: {a: {alt: []}}\n", "empty alternation"),
        ("patterns:\n  - {id: a, alt: []}\n", "empty alternation"),
        ("defs: {a: {alt: [x, '']}}\n", "empty alternative"),
        ("patterns:\n  - {id: a, regex: '(a||b)'}\n", "empty alternative"),
        ("patterns:\n  - {id: a, regex: '(?:|a)'}\n", "empty alternative"),
        ("patterns:\n  - {id: a, regex: '(?P<n>a|)'}\n", "empty alternative"),
        ("patterns:\n  - {id: a, regex: 'a|'}\n", "empty alternative"),
        ("patterns:\n  - {id: a, regex: '|a'}\n", "empty alternative"),
        ("patterns:\n  - {id: a, alt: ['x|', y]}\n", "empty alternative"),
        ("patterns:\n  - {id: a, alt: 'xyz'}\n", "must be a list"),
        ("patterns:\n  - {id: a, regex: ''}\n", "empty regex"),
        ("patterns:\n  - {id: a, regex: '(a'}\n", "does not compile"),
        ("patterns:\n  - {id: a, regex: 'a', flags: [LOUD]}\n", "unknown flag"),
        (
            "patterns:\n  - {id: a, regex: 'b'}\n  - {id: a, regex: 'c'}\n",
            "duplicate id",
        ),
        (  # an example the pattern does not find
            "patterns:\n  - id: a\n    regex: '\\d+/QĐ'\n"
            "    examples: [{text: 'Quyết định 12/NQ', match: '12/NQ'}]\n",
            "should match",
        ),
        (  # match: null requires some match
            "patterns:\n  - id: a\n    regex: '\\d+/QĐ'\n"
            "    examples: [{text: 'Quyết định 12/NQ', match: null}]\n",
            "found nothing",
        ),
        (  # a negative the pattern finds
            "patterns:\n  - id: a\n    regex: '\\d+'\n    negatives: ['xem 1646 lượt']\n",
            "negative example",
        ),
        ("patterns:\n  - {regex: 'a'}\n", "has no id"),
        ("patterns:\n  - {id: a, regex: 'a', examples: [{match: a}]}\n", "needs a 'text'"),
    ],
)
def test_patterns_engine_rejects(tmp_path: Path, body: str, reason: str) -> None:
    with pytest.raises(PatternError) as err:
        load_file(_write(tmp_path, body))
    assert reason in str(err.value)
    assert "field.yaml" in str(err.value)  # the message names the file


@pytest.mark.parametrize(
    "regex",
    [
        "a\\|\\|b",  # escaped pipes are characters
        "[|]+",  # a pipe in a character class
        "[(|)]",
        "(?:a|b)",
        "\\p{L}{2,5}",
        "\\N{LATIN SMALL LETTER A}",
        "x{0,3}y",
    ],
)
def test_patterns_engine_accepts_literal_pipes_and_quantifiers(tmp_path: Path, regex: str) -> None:
    body = f"patterns:\n  - id: a\n    regex: '{regex}'\n"
    pf = load_file(_write(tmp_path, body))
    assert pf.patterns[0].source == regex


def test_patterns_engine_not_a_mapping_or_bad_yaml(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(PatternError, match="mapping"):
        load_file(bad)
    bad.write_text("field: x\npatterns: [\n", encoding="utf-8")
    with pytest.raises(PatternError, match="not valid YAML"):
        load_file(bad)


def test_patterns_engine_check_examples_can_be_skipped(tmp_path: Path) -> None:
    body = "patterns:\n  - id: a\n    regex: '\\d+'\n    negatives: ['1646']\n"
    pf = load_file(_write(tmp_path, body), check_examples=False)
    assert pf.patterns[0].negatives == ("1646",)


def test_patterns_engine_ids_unique_across_real_files() -> None:
    ids = Counter(p.id for f in all_files() for p in load_file(f, check_examples=False).patterns)
    assert [i for i, n in ids.items() if n > 1] == []


def test_patterns_engine_load_is_cached() -> None:
    assert load("reform_areas") is load("reform_areas")


def test_patterns_engine_fast_yaml_reads_every_file_as_safe_load() -> None:
    """libyaml (when PyYAML has it) gives the data PyYAML's own parser gives."""
    import yaml

    from extractor.patterns import patterns_dir, read_yaml

    files = sorted(patterns_dir().rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert read_yaml(text) == yaml.safe_load(text), path.name


def test_patterns_engine_fast_yaml_error_is_pyyaml_s(tmp_path: Path) -> None:
    import yaml

    from extractor.patterns import read_yaml

    bad = "field: x\npatterns: [unclosed\n"
    with pytest.raises(yaml.YAMLError) as fast:
        read_yaml(bad)
    with pytest.raises(yaml.YAMLError) as slow:
        yaml.safe_load(bad)
    assert str(fast.value) == str(slow.value)


TREE = """
defs:
  op: {alt: [tối thiểu là, tối thiểu, tối đa, không dưới, không quá, trên, Hơn hết, hơn]}
  odd: {alt: [ıx, ix, Ix]}
patterns:
  - {id: t.op, regex: '{op} \\d+', uses: [op]}
  - {id: t.cs, regex: '{op} \\d+', uses: [op], flags: []}
  - {id: t.odd, regex: '{odd}', uses: [odd]}
"""


def test_patterns_engine_alt_words_compile_as_a_prefix_tree(tmp_path: Path) -> None:
    """An alt list of plain words is compiled as a prefix tree (one try per first letter):
    the def's text stays as written, and every match is the plain alternation's."""
    import regex as re_

    pf = load_file(_write(tmp_path, TREE))
    assert (
        pf.defs["op"] == "(?:tối thiểu là|không dưới|tối thiểu|không quá|Hơn hết|tối đa|trên|hơn)"
    )
    op = pf.get("t.op").regex.pattern
    assert "t(?:ối (?:thiểu(?: là)?|đa)|rên)" in op and "không (?:dưới|quá)" in op
    assert "Hơn hết|hơn" in op  # no common prefix: kept in order
    assert f"(?:{pf.compile_def('op').pattern}) \\d+" == op
    text = (
        "tối thiểu là 5, tối thiểu 6; TỐI THIỂU LÀ 7, Tối đa 8, không quá 9 và trên 10, "
        "Hơn hết 11, hơn hết 12, hơn 13, HƠN 14, không dưới15, tối thiểu  16"
    )
    for pid, flags in (("t.op", re_.IGNORECASE), ("t.cs", 0)):
        plain = re_.compile(pf.defs["op"] + " \\d+", flags | re_.UNICODE)
        found = [m.span() for m in pf.get(pid).finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]
        assert len(found) >= (10 if flags else 6)
    # dotless i matches "I" as "i" does: such a list is left as written
    assert pf.get("t.odd").regex.pattern == "(?:(?:ıx|ix|Ix))"
