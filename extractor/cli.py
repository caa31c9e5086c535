"""The ``vnextract`` command: one subcommand per module, each registering its own parser.

Exit status: 0 all good, 1 some pages failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence

from . import __version__

# subcommand modules, in the order --help lists them; each has add_parser(subparsers)
COMMAND_MODULES = (
    "extractor.batch",  # extract
    "extractor.cli_schema",  # schema
    "extractor.query",  # query
    "extractor.registry",  # docs
    "extractor.serve",  # serve
    "extractor.report",  # report
    "extractor.cli_eval",  # eval
)

EPILOG = """\
examples:
  vnextract extract corpus/pages -o output --format jsonl,csv
  vnextract extract page.html --url https://baodaklak.vn/... -o out
  cat page.txt | vnextract extract - -o out
  vnextract schema > record.schema.json

Each subcommand has its own --help.
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(
        prog="vnextract",
        description=(
            "Turn Vietnamese provincial news pages into structured records: document numbers, "
            "dates, issuing bodies, reform areas and numeric targets, each with its span."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"vnextract {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for mod in COMMAND_MODULES:
        importlib.import_module(mod).add_parser(sub)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if not getattr(args, "func", None):
        ap.print_help(sys.stderr)
        return 2
    try:
        rc: int = args.func(args)
    except KeyboardInterrupt:
        print("vnextract: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return rc


def print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main())
