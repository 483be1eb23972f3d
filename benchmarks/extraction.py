"""Seconds per HTML page in process: our extraction against `trafilatura.extract` alone.

    python benchmarks/extraction.py                       # samples/*.html (+ the same with --heavy KB of chrome)
    python benchmarks/extraction.py DIR                   # DIR/html/*.html (articlebench layout) or DIR/*.html
    python benchmarks/extraction.py PAGE.html ... [--repeat 5] [--limit N]

Ours is what `factcheck analyze PAGE` does before it splits sentences: bytes -> decoded page ->
article fields and body paragraphs (trafilatura inside, plus the page's metadata and our
clean-up) -> the page layout (roles, chrome). trafilatura is `trafilatura.extract(html)` on the
already decoded text, as the articlebench scorer calls it. The machine is shared, so both sides
run interleaved, page by page, alternating which goes first, and each page keeps the best of
--repeat runs per side; the figure is the ratio of the two medians over pages (and the median of
per-page ratios beside it). Real news pages weigh 100-500 KB, mostly scripts, menus and story
lists; the invented samples are small, so by default each sample is also timed with --heavy KB of
such chrome added around the article (not done for a directory of real pages).
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import tempfile
import time
from collections.abc import Callable

from factcheck import page as layout
from factcheck.ingest import document_from_bytes
from factcheck.ingest.decode import decode_bytes
from factcheck.ingest.html import declared_charset


def _pages(args: list[str]) -> tuple[list[str], bool]:
    """The HTML files named (a directory gives its html/ folder or its own .html files); samples if none."""
    if not args:
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
        return sorted(glob.glob(os.path.join(root, "*.html"))), True
    out: list[str] = []
    for a in args:
        if os.path.isdir(a):
            sub = os.path.join(a, "html")
            out += sorted(glob.glob(os.path.join(sub if os.path.isdir(sub) else a, "*.html")))
        else:
            out.append(a)
    return out, False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="*", help="HTML files or a directory (default: samples/*.html)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per page and side; the best is kept (default 5)")
    ap.add_argument("--limit", type=int, help="the first N pages only")
    ap.add_argument("--heavy", type=int, default=300, metavar="KB",
                    help="chrome added to each sample in a second, heavy copy (default 300; 0: none; samples only)")
    args = ap.parse_args()
    pages, samples = _pages(args.pages)
    if args.limit:
        pages = pages[: args.limit]
    if not pages:
        raise SystemExit("no HTML pages found")
    with tempfile.TemporaryDirectory() as tmp:
        if samples and args.heavy:
            pages += [_heavy(p, args.heavy * 1024, tmp) for p in pages]
        _run(pages, max(1, args.repeat))


def _heavy(path: str, extra: int, tmp: str) -> str:
    """The page with `extra` bytes of typical chrome (inline script, menus, story lists) added."""
    raw = open(path, "rb").read()
    script = b"<script>window.__STATE__ = {" + b'"k": "v", ' * 2000 + b"};</script>"
    menu = b"<nav class='mega-menu'><ul>" + b"".join(
        b"<li><a href='/section/%d'>Section %d</a></li>" % (i, i) for i in range(200)) + b"</ul></nav>"
    stories = b"<aside class='more-stories'><ul>" + b"".join(
        b"<li><a href='/story/%d'>Another story headline number %d that readers also liked</a></li>" % (i, i)
        for i in range(100)) + b"</ul></aside>"
    chunk = script + menu + stories
    half = chunk * max(1, round(extra / 2 / len(chunk)))  # whole chunks: a cut <script> would swallow the page
    i = raw.lower().find(b"<body")
    i = raw.find(b">", i) + 1
    j = raw.lower().rfind(b"</body>")
    heavy = raw[:i] + half + raw[i:j] + half + raw[j:]
    out = os.path.join(tmp, "heavy-" + os.path.basename(path))
    with open(out, "wb") as f:
        f.write(heavy)
    return out


def _best(fn: Callable[[], object], best: float) -> float:
    t0 = time.perf_counter()
    fn()
    return min(best, time.perf_counter() - t0)


def _run(pages: list[str], repeat: int) -> None:
    import trafilatura

    ours_s: list[float] = []
    theirs_s: list[float] = []
    for n, path in enumerate(pages):
        data = open(path, "rb").read()
        name = os.path.basename(path)
        html = decode_bytes(data, name, declared=declared_charset(data))

        def ours(data: bytes = data, name: str = name) -> int:
            return len(layout.parse(document_from_bytes(data, name)).blocks)

        def theirs(html: str = html) -> int:
            return len(trafilatura.extract(html) or "")

        if n == 0:  # imports, compiled expressions and lexicons outside the timing
            ours()
            theirs()
        a = b = float("inf")
        for r in range(repeat):
            if (n + r) % 2:
                a, b = _best(ours, a), _best(theirs, b)
            else:
                b, a = _best(theirs, b), _best(ours, a)
        ours_s.append(a)
        theirs_s.append(b)
        print(f"{name[:40]:40s} {len(data) / 1024:7.1f} KB  ours {a * 1000:7.1f} ms  "
              f"trafilatura {b * 1000:7.1f} ms  x{a / b:4.2f}")
    mo, mt = statistics.median(ours_s), statistics.median(theirs_s)
    per_page = statistics.median(a / b for a, b in zip(ours_s, theirs_s))
    print(f"extraction pages={len(pages)} best_of={repeat} median_ms ours={mo * 1000:.1f} "
          f"trafilatura={mt * 1000:.1f} ratio={mo / mt:.2f} (median per-page ratio {per_page:.2f}; "
          f"total ours={sum(ours_s):.2f}s trafilatura={sum(theirs_s):.2f}s)")


if __name__ == "__main__":
    main()
