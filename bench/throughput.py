"""Throughput benchmark of ``vnextract extract`` (a script, not a test).

Builds a synthetic archive of N pages (the corpus articles inside a provincial portal's
HTML chrome: menu, breadcrumb, related-news teasers, footer), as a folder of .html files
and as a per-record-gzip WARC, then measures in the same run:

- vnextract on the HTML folder and on the WARC, with 1 and 2 workers (whole pipeline,
  CLI in a subprocess: start-up, sharding, merging included);
- vnextract on a WARC twice as large (memory must stay flat as the input grows);
- trafilatura's bare extraction (``trafilatura.bare_extraction``) of the same HTML pages,
  the usual baseline for "get the article out of a page".

It prints pages/s, CPU seconds per page (all processes), peak RSS (largest single
process), the vnextract/trafilatura ratio and the 1 → 2 worker speed-up.

    .venv/bin/python bench/throughput.py --pages 400
"""

from __future__ import annotations

import argparse
import html
import os
import platform
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import warc  # noqa: E402

PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt"))

TEMPLATE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - Cổng thông tin điện tử tỉnh</title>
<meta property="og:title" content="{title}"><meta name="description" content="{lead}">
<link rel="stylesheet" href="/css/site.css"><script src="/js/jquery.min.js"></script></head>
<body><div id="top"><div class="logo"><a href="/"><img src="/logo.png" alt="Cổng TTĐT tỉnh"></a></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/chinh-quyen">Chính quyền</a></li>
<li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li><li><a href="/cai-cach-hanh-chinh">Cải cách hành chính</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức - Sự kiện</a></div>
<div class="main"><div class="article"><h1 class="title">{title}</h1>
<div class="date">Ngày đăng: 12/03/2024 08:{minute:02d}</div>
<div class="content">{body}</div><div class="author">Ban Biên tập</div></div>
<div class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/tin/1">Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024</a></li>
<li><a href="/tin/2">Tăng cường kỷ luật, kỷ cương hành chính trong cơ quan nhà nước</a></li>
<li><a href="/tin/3">Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính</a></li></ul></div>
<div class="sidebar"><h3>Liên kết website</h3><select><option>Chính phủ</option>
<option>Bộ Nội vụ</option></select><div class="counter">Lượt truy cập: 1234567</div></div></div>
<div id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Lê Lợi.</p>
<p>Giấy phép số 01/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div>
</body></html>"""


def portal(i: int) -> bytes:
    text = PAGES[i % len(PAGES)].read_text(encoding="utf-8")
    lines = [s.strip() for s in text.splitlines() if s.strip()]
    title = lines[0][:160] if lines else "Tin tức"
    body = "\n".join(f"<p>{html.escape(s)}</p>" for s in lines[1:]) + f"\n<p>(Bài số {i})</p>"
    return TEMPLATE.format(
        title=html.escape(title),
        lead=html.escape(lines[1][:200] if len(lines) > 1 else ""),
        body=body,
        minute=i % 60,
    ).encode("utf-8")


def build(root: Path, n: int) -> tuple[Path, Path, Path]:
    folder = root / f"html-{n}"
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"page-{i:06d}.html").write_bytes(portal(i))
    records = (
        warc.warc_record(
            str(uuid.UUID(int=i + 1)),
            f"https://tinh.gov.vn/tin-tuc/bai-{i}.html",
            warc.http_response(portal(i)),
        )
        for i in range(n)
    )
    w = warc.write_warc(root / f"crawl-{n}.warc.gz", records)
    big = warc.write_warc(
        root / f"crawl-{2 * n}.warc.gz",
        (
            warc.warc_record(
                str(uuid.UUID(int=i + 1)),
                f"https://tinh.gov.vn/tin/{i}",
                warc.http_response(portal(i)),
            )
            for i in range(2 * n)
        ),
    )
    return folder, w, big


@dataclass
class Run:
    name: str
    pages: int
    wall: float
    cpu: float
    rss_mb: float

    @property
    def rate(self) -> float:
        return self.pages / self.wall

    @property
    def cpu_per_page(self) -> float:
        return self.cpu / self.pages


def measure(name: str, pages: int, argv: list[str]) -> Run:
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{name} failed:\n{err[-2000:]}")
    # ru covers the child and every descendant it waited for (the worker processes)
    return Run(name, pages, wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024)


TRAFILATURA = """
import sys, pathlib, trafilatura
n = 0
for f in sorted(pathlib.Path(sys.argv[1]).glob('*.html')):
    doc = trafilatura.bare_extraction(f.read_text(encoding='utf-8'), with_metadata=True)
    n += doc is not None
print(n)
"""


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--pages", type=int, default=400, help="pages in the archive (default 400)")
    ap.add_argument("--shard-size", type=int, default=50)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    n = args.pages
    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="vnextract-bench-"))
    folder, w, big = build(tmp, n)
    cli = [py, "-m", "extractor.cli", "extract", "-q", "--shard-size", str(args.shard_size)]
    runs = [
        measure("trafilatura bare_extraction (1 process)", n, [py, "-c", TRAFILATURA, str(folder)]),
        measure(
            "vnextract html folder, 1 worker",
            n,
            [*cli, str(folder), "-o", str(tmp / "o1"), "--workers", "1"],
        ),
        measure(
            "vnextract WARC.gz, 1 worker",
            n,
            [*cli, str(w), "-o", str(tmp / "o2"), "--workers", "1"],
        ),
        measure(
            "vnextract WARC.gz, 2 workers",
            n,
            [*cli, str(w), "-o", str(tmp / "o3"), "--workers", "2"],
        ),
        measure(
            f"vnextract WARC.gz x2 ({2 * n} pages), 2 workers",
            2 * n,
            [*cli, str(big), "-o", str(tmp / "o4"), "--workers", "2"],
        ),
    ]
    same = (tmp / "o2" / "records.jsonl").read_bytes() == (
        tmp / "o3" / "records.jsonl"
    ).read_bytes()
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; N = {n} pages")
    print()
    print("| run | pages | wall s | pages/s | CPU s/page | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in runs:
        print(
            f"| {r.name} | {r.pages} | {r.wall:.1f} | {r.rate:.1f} | {r.cpu_per_page:.4f} | {r.rss_mb:.0f} |"
        )
    traf, _, w1, w2, w2big = runs
    print()
    print(f"- vnextract/trafilatura, pages/s (1 worker vs 1 process): {w1.rate / traf.rate:.2f}")
    print(f"- vnextract/trafilatura, CPU s per page: {w1.cpu_per_page / traf.cpu_per_page:.2f}")
    print(f"- speed-up 1 -> 2 workers (WARC.gz): {w2.rate / w1.rate:.2f}x")
    print(
        f"- peak RSS at {n} vs {2 * n} pages (2 workers): {w2.rss_mb:.0f} vs {w2big.rss_mb:.0f} MB"
    )
    print(f"- records identical with 1 and 2 workers: {same}")
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"(kept {tmp})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
