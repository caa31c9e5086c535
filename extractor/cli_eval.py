"""``vnextract eval``: score records against a folder of gold annotations."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "eval",
        help="score records against gold annotations (precision, recall, F1, accuracy)",
        description="Score RECORDS (a JSON Lines file or a folder of .json records) against "
        "GOLD_DIR (one gold JSON file per article, the format of corpus/gold). Prints "
        "precision, recall and F1 for documents, issuers, dates, bodies, reform areas and "
        "targets, the token F1 of the main text, and accuracy for title, author, published, "
        "province and the matched documents' and targets' attributes. Exit 0 when scored, "
        "1 when an input cannot be read, 2 on bad usage.",
    )
    p.add_argument("gold_dir", type=Path, metavar="GOLD_DIR", help="folder of gold .json files")
    p.add_argument(
        "records", type=Path, metavar="RECORDS", help="records: .jsonl file or folder of .json"
    )
    p.add_argument("--json", type=Path, metavar="OUT", help="also write the figures to OUT")
    p.add_argument("--errors", action="store_true", help="list every miss and false hit")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .evaluate import format_table, load_gold, load_records, score

    if not args.gold_dir.is_dir():
        print(f"vnextract eval: {args.gold_dir}: not a folder of gold files", file=sys.stderr)
        return 1
    try:
        gold = load_gold(args.gold_dir)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        print(f"vnextract eval: {args.gold_dir}: cannot read gold: {e}", file=sys.stderr)
        return 1
    if not gold:
        print(f"vnextract eval: {args.gold_dir}: no gold .json files", file=sys.stderr)
        return 1
    try:
        records = load_records(args.records)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        print(f"vnextract eval: {args.records}: cannot read records: {e}", file=sys.stderr)
        return 1
    try:
        result, errors = score(gold, records)
    except (KeyError, TypeError, AttributeError) as e:
        print(f"vnextract eval: malformed gold or record ({e!r})", file=sys.stderr)
        return 1
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(format_table(result))
    if args.errors and errors:
        print("\n".join(errors))
    return 0
