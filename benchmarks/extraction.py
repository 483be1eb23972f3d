"""Extraction time per HTML page: decoding + trafilatura + metadata, i.e. `factcheck.ingest.load`.

    python benchmarks/extraction.py [PAGE.html ...]   # default: samples/*.html
Prints one line per page (size, best and median milliseconds over --repeat runs, paragraphs)
and a summary line.
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import time

from factcheck.ingest import load


def main() -> None:
    ap = argparse.ArgumentParser()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
    ap.add_argument("pages", nargs="*", default=sorted(glob.glob(os.path.join(root, "*.html"))))
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    if not args.pages:
        raise SystemExit("no HTML pages given")
    load(args.pages[0])  # imports trafilatura and compiles its expressions outside the timing

    medians = []
    for path in args.pages:
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = load(path)
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        medians.append(med)
        paras = len(doc.text.split("\n\n"))
        print(f"{os.path.basename(path):32s} {os.path.getsize(path) / 1024:6.1f} KB  "
              f"best {min(times) * 1000:6.1f} ms  median {med * 1000:6.1f} ms  "
              f"{paras:3d} paragraphs  {len(doc.text):6d} chars")
    print(f"pages {len(args.pages)}  mean of medians {statistics.mean(medians) * 1000:.1f} ms/page  "
          f"max {max(medians) * 1000:.1f} ms/page")


if __name__ == "__main__":
    main()
