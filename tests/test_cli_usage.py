"""Usage: bad usage exits 2 with a usage line; --help of the command and of every
subcommand shows its usage."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from extractor.cli import build_parser, main


def _subcommands() -> list[str]:
    ap = build_parser()
    for action in ap._actions:
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    raise AssertionError("no subcommands")


def test_cli_usage_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: vnextract")
    for name in _subcommands():
        assert name in out
    assert {"extract", "schema", "eval"} <= set(_subcommands())


@pytest.mark.parametrize("name", _subcommands())
def test_cli_usage_subcommand_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main([name, "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: vnextract {name}")
    assert len(out.splitlines()) > 3  # a description and options, not only the usage line


@pytest.mark.parametrize(
    "argv",
    [
        ["no-such-command"],
        ["extract", "--no-such-option", "x"],
        ["eval"],  # GOLD_DIR and RECORDS are required
        ["eval", "gold"],
        ["--no-such-option"],
    ],
)
def test_cli_usage_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "usage: vnextract" in err and "error:" in err
    assert "Traceback" not in err


def test_cli_usage_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: vnextract" in capsys.readouterr().err


def test_cli_usage_unknown_output_format_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["extract", "corpus/pages", "-o", str(tmp_path), "--format", "xlsx", "-q"])
    assert rc == 2
    assert "xlsx" in capsys.readouterr().err


def test_cli_usage_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.startswith("vnextract ")
