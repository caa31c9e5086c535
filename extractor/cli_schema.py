"""``vnextract schema``: print the record's JSON Schema."""

from __future__ import annotations

import argparse
from typing import Any

from .models import json_schema


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "schema",
        help="print the record's JSON Schema",
        description="Print the JSON Schema (draft 2020-12) of one record, as committed in "
        "output/record.schema.json. Downstream databases validate against it.",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .cli import print_json

    print_json(json_schema())
    return 0
