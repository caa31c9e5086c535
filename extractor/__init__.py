"""vnextract: structured records from Vietnamese provincial news pages.

>>> import extractor
>>> rec = extractor.extract(open("corpus/pages/000_7ffef1cbe2c81561.txt").read())
>>> rec.documents[0].number
'3478/QĐ-UBND'
"""

from __future__ import annotations

__version__ = "0.1.0"

from collections.abc import Iterable, Iterator
from pathlib import Path

# The field extractors live in the subpackage ``extractor.extract``, whose name is also the
# public function below. Importing a submodule sets it as an attribute of its package the
# first time it is loaded, so the subpackage is loaded here, before the function is
# defined: otherwise the first page processed would replace ``extractor.extract`` (the
# function) with the subpackage and every later call would fail.
from . import extract as _extract_subpackage  # noqa: F401  (loaded for the side effect)
from .models import SCHEMA_VERSION, Record, json_schema

__all__ = ["SCHEMA_VERSION", "Record", "__version__", "extract", "extract_many", "json_schema"]


def extract(
    text_or_html: str | bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    id: str | None = None,
) -> Record:
    """Extract one record from a page given as text or HTML (str or bytes).

    ``url`` is where the page came from (it also tells the site and its province);
    ``source`` a free-form origin such as a path. Raises ``extractor.types.PageError``
    with a ``reason`` when the page yields no article.
    """
    from .models import Source
    from .pipeline import process
    from .types import Page

    rid = id or (Path(source).stem if source else "page")
    src = Source(path=source, url=url, format="string")
    return process(Page(id=rid, source=src, data=text_or_html))


def extract_many(
    paths: Iterable[str | Path], *, errors: list[dict[str, str]] | None = None
) -> Iterator[Record]:
    """Records for every page under ``paths`` (files and folders, recursively).

    A page that fails is not raised: it is appended to ``errors`` (when given) as
    ``{"path", "reason", "message"}`` and the iteration goes on.
    """
    from .ingest import InputProblem, expand, read_page
    from .pipeline import process
    from .types import PageError

    for item in expand(str(p) for p in paths):
        if isinstance(item, InputProblem):
            if errors is not None:
                errors.append({"path": item.path, "reason": item.reason, "message": item.message})
            continue
        try:
            yield process(read_page(item))
        except PageError as e:
            if errors is not None:
                errors.append({"path": str(item), "reason": e.reason, "message": e.message})
        except OSError as e:
            if errors is not None:
                errors.append({"path": str(item), "reason": "io", "message": e.strerror or str(e)})
