"""Where a page's CPU time goes, stage by stage, beside trafilatura's bare extraction
(a script, not a test: it prints, it asserts nothing).

The pages are ``bench/throughput.py``'s synthetic portal pages (the corpus articles in a
provincial portal's chrome). In one process, warm (pattern files loaded, a few pages
run first), best of ``--repeat`` passes, it times on the same N pages:

- trafilatura's ``bare_extraction(html, with_metadata=True)``, the benchmark's baseline;
- vnextract's stages, each on the previous stage's output: decode + normalise
  (``prepare``), HTML cleaning (``clean_html``), the second normalisation and province
  (``build_record``'s preamble), each field extractor, the pydantic record, and the
  JSON line the jsonl exporter writes;
- the regex engine alone: each extractor's pattern file run once over each cleaned
  text (``Pattern.finditer``, every pattern), the part of an extractor's time that is
  the engine scanning rather than Python deciding what the matches mean. (Some
  patterns, such as the documents' context patterns, are run only at given places by
  their extractor, so a file's scan can exceed its extractor's time.)

    .venv/bin/python bench/stages.py [--pages 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import orjson  # noqa: E402
import throughput  # noqa: E402

from extractor import pipeline  # noqa: E402
from extractor.extract import ORDER, run_field  # noqa: E402
from extractor.htmlclean import clean_html  # noqa: E402
from extractor.models import Source  # noqa: E402
from extractor.normalize import normalize_text  # noqa: E402
from extractor.patterns import all_files, load  # noqa: E402
from extractor.resolve import resolve_province  # noqa: E402
from extractor.types import Context, Page  # noqa: E402


def best(fn: Callable[[], Any], repeat: int) -> float:
    out = 1e9
    for _ in range(repeat):
        t = time.process_time()
        fn()
        out = min(out, time.process_time() - t)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    n = args.pages
    raw = [throughput.portal(i) for i in range(n)]
    pages = [Page(id=f"p{i}", source=Source(path=f"p{i}.html"), data=b) for i, b in enumerate(raw)]
    htmls = [b.decode("utf-8") for b in raw]
    for p in pages[:10]:
        pipeline.process(p)
    files = [f.stem for f in all_files()]

    import trafilatura

    for h in htmls[:5]:
        trafilatura.bare_extraction(h, with_metadata=True)

    prepared = [pipeline.prepare(p) for p in pages]
    cleaned = [clean_html(p.text, url=p.source.url) for p in prepared]
    texts = [normalize_text(c.text) for c in cleaned]
    ctxs = []
    for c, t in zip(cleaned, texts, strict=True):
        prov = resolve_province(t, c)
        ctxs.append(
            Context(
                text=t,
                published=c.published,
                title=c.title,
                province=prov.name if prov else None,
                site=c.site,
                url=c.url,
            )
        )
    records = [pipeline.finish(p) for p in prepared]

    def stage_preamble() -> None:
        for c in cleaned:
            t = normalize_text(c.text)
            resolve_province(t, c)

    def stage_record() -> None:
        for p, c in zip(prepared, cleaned, strict=True):
            pipeline.build_record(p.id, p.source, c)

    def scan(field: str) -> None:
        patterns = load(field).patterns
        for t in texts:
            for p in patterns:
                for _ in p.finditer(t):
                    pass

    rows: list[tuple[str, float]] = [
        (
            "trafilatura bare_extraction",
            best(
                lambda: [trafilatura.bare_extraction(h, with_metadata=True) for h in htmls],
                args.repeat,
            ),
        ),
        (
            "vnextract: whole pipeline (process)",
            best(lambda: [pipeline.process(p) for p in pages], args.repeat),
        ),
        (
            "  decode + normalise (prepare)",
            best(lambda: [pipeline.prepare(p) for p in pages], args.repeat),
        ),
        (
            "  HTML cleaning (clean_html)",
            best(lambda: [clean_html(p.text, url=p.source.url) for p in prepared], args.repeat),
        ),
        ("  build_record (all below)", best(stage_record, args.repeat)),
        ("    second normalise + province", best(stage_preamble, args.repeat)),
    ]
    for field in ORDER:
        rows.append(
            (
                f"    extractor: {field}",
                best(lambda f=field: [run_field(f, c) for c in ctxs], args.repeat),
            )
        )
    rows.append(
        (
            "  JSON line (jsonl exporter)",
            best(lambda: [orjson.dumps(r.model_dump(mode="json")) for r in records], args.repeat),
        )
    )
    for field in ORDER:
        if field in files:
            k = len(load(field).patterns)
            rows.append(
                (
                    f"regex scans alone: {field}.yaml, {k} patterns",
                    best(lambda f=field: scan(f), args.repeat),
                )
            )

    print(f"N = {n} pages, CPU ms per page, best of {args.repeat}")
    print()
    print("| stage | ms/page |")
    print("|---|---:|")
    for name, secs in rows:
        print(f"| {name} | {secs / n * 1000:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
