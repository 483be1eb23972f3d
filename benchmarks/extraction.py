"""Extraction time per HTML page: decoding + trafilatura + metadata, i.e. `factcheck.ingest.load`.

    python benchmarks/extraction.py [PAGE.html ...]   # default: samples/*.html
Prints one line per page (size, best and median milliseconds over --repeat runs, paragraphs)
and a summary line. Real news pages weigh 100-500 KB, mostly scripts, menus and story lists,
so with --heavy KB each page is also timed with that much such chrome added around the article.
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import tempfile
import time

from factcheck.ingest import load


def main() -> None:
    ap = argparse.ArgumentParser()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
    ap.add_argument("pages", nargs="*", default=sorted(glob.glob(os.path.join(root, "*.html"))))
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--heavy", type=int, default=300, metavar="KB", help="chrome added in the heavy variant (0: none)")
    args = ap.parse_args()
    if not args.pages:
        raise SystemExit("no HTML pages given")
    with tempfile.TemporaryDirectory() as tmp:
        pages = list(args.pages)
        if args.heavy:
            pages += [_heavy(p, args.heavy * 1024, tmp) for p in args.pages]
        _run(pages, args.repeat)


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


def _run(pages: list[str], repeat: int) -> None:
    load(pages[0])  # imports trafilatura and compiles its expressions outside the timing

    medians = []
    for path in pages:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            doc = load(path)
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        medians.append(med)
        paras = len(doc.text.split("\n\n"))
        print(f"{os.path.basename(path):32s} {os.path.getsize(path) / 1024:6.1f} KB  "
              f"best {min(times) * 1000:6.1f} ms  median {med * 1000:6.1f} ms  "
              f"{paras:3d} paragraphs  {len(doc.text):6d} chars")
    print(f"pages {len(pages)}  mean of medians {statistics.mean(medians) * 1000:.1f} ms/page  "
          f"max {max(medians) * 1000:.1f} ms/page")


if __name__ == "__main__":
    main()
