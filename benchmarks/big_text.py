"""Time and peak memory to read and analyse a 20 MB plain-text article (issue 5's size limit).

    python benchmarks/big_text.py [--mb 20] [--tracemalloc]
The text is built from the sample articles (samples/*.txt) repeated until it reaches --mb
megabytes (UTF-8), written to a temporary file, then read with `factcheck.ingest.load` and
analysed with `factcheck.pipeline.analyze`, as `factcheck analyze FILE` would.
Peak memory is the process's maximum resident set size (getrusage) above what it used before
reading; --tracemalloc adds the peak of Python allocations (slower: it traces every allocation).
--json also builds the contract dict and its JSON, as `factcheck analyze --format json` does.
CPU seconds are printed beside wall seconds because the machine may be shared.
--jobs N spreads the per-sentence work over N forked workers (`factcheck analyze FILE --jobs N`,
factcheck/article_jobs.py); the workers' CPU seconds and the largest worker's peak RSS are
printed too (a worker shares the parent's pages from the fork, so the two peaks overlap).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import resource
import sys
import tempfile
import time

from factcheck.ingest import load
from factcheck.pipeline import analyze


def _maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def build_text(target_bytes: int) -> str:
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
    articles = [open(p, encoding="utf-8").read().strip() for p in sorted(glob.glob(os.path.join(root, "*.txt")))]
    if not articles:
        raise SystemExit("no samples/*.txt to build the text from")
    unit = "\n\n".join(articles) + "\n\n"
    n = target_bytes // len(unit.encode("utf-8")) + 1
    return (unit * n)[: target_bytes]  # cut by characters: close enough to the byte target


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--tracemalloc", action="store_true")
    ap.add_argument("--json", action="store_true", help="also serialise the analysis as the CLI does")
    ap.add_argument("--jobs", type=int, default=1, help="processes for the per-sentence work (as analyze --jobs)")
    args = ap.parse_args()
    target = int(args.mb * 1024 * 1024)
    analyze(load(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples", "seed-nk-soldier.txt")))

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(build_text(target))
        size = os.path.getsize(path)
        max_bytes = max(size, 20 * 1024 * 1024)
        if args.tracemalloc:
            import tracemalloc

            tracemalloc.start()
        base = _maxrss_mb()
        t0, c0 = time.perf_counter(), time.process_time()
        doc = load(path, max_bytes=max_bytes)
        t_load = time.perf_counter() - t0
        analysis = analyze(doc, jobs=args.jobs)
        out_chars = len(json.dumps(analysis.to_dict(), ensure_ascii=False)) if args.json else 0
        t_all, cpu = time.perf_counter() - t0, time.process_time() - c0
        peak = _maxrss_mb()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        traced = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None

    print(f"input {size / 2**20:.1f} MB, {len(doc.text):,} chars, {len(analysis.sentences):,} sentences")
    print(f"read+decode {t_load:.2f} s  total {t_all:.2f} s wall, {cpu:.2f} s CPU  "
          f"({len(doc.text) / cpu / 1e6:.3f} M chars per CPU second)"
          + (f"  JSON {out_chars:,} chars" if args.json else ""))
    if args.jobs > 1:
        scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024
        print(f"jobs {args.jobs}: workers {children.ru_utime + children.ru_stime:.2f} s CPU, "
              f"largest worker peak RSS {children.ru_maxrss * scale:.0f} MB; "
              f"all processes {cpu + children.ru_utime + children.ru_stime:.2f} s CPU")
    line = f"peak RSS {peak:.0f} MB (+{peak - base:.0f} MB over the {base:.0f} MB before reading)"
    if traced is not None:
        line += f"  tracemalloc peak {traced:.0f} MB"
    print(line)


if __name__ == "__main__":
    main()
