"""Characters per second of the whole analysis over a folder of articles, against the time
pysbd alone takes to split the same texts into sentences (issue 2's bar: the whole analysis
must be at least as fast as pysbd's splitting alone).

    python benchmarks/throughput.py [TEXT_DIR]   # default ../shared/eval/data/polnear/dev/text
Needs the `bench` extra (pysbd, syntok).
"""

from __future__ import annotations

import argparse
import glob
import os
import time

from factcheck.pipeline import analyze_text


def main() -> None:
    ap = argparse.ArgumentParser()
    default = os.path.join("..", "shared", "eval", "data", "polnear", "dev", "text")
    ap.add_argument("text_dir", nargs="?", default=default)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(args.text_dir, "*.txt")))]
    if not texts:
        raise SystemExit(f"no *.txt in {args.text_dir}")
    chars = sum(len(t) for t in texts)
    analyze_text(texts[0])  # lexicons and regexes compile once, outside the timing

    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    seg.segment(texts[0])

    def analysis() -> None:
        for t in texts:
            analyze_text(t)

    def pysbd_split() -> None:
        for t in texts:
            for para in t.split("\n"):
                if para.strip():
                    seg.segment(para)

    # rounds alternate between the two, and each keeps its best round, so a burst of load on a
    # shared machine does not land on one side only
    # The analysis memoises pure functions of strings (a mention's kind, the names a sentence
    # introduces): later rounds over the same texts find more of them ready, so the first round,
    # with those caches as cold as on a fresh batch, is printed too.
    best = pysbd_s = float("inf")
    first: float | None = None
    cpu = 0.0
    for _ in range(args.repeat):
        for fn in (analysis, pysbd_split):
            t0, c0 = time.perf_counter(), time.process_time()
            fn()
            took = time.perf_counter() - t0
            if fn is analysis:
                first = took if first is None else first
                best = min(best, took)
                cpu = time.process_time() - c0 if took == best else cpu
            else:
                pysbd_s = min(pysbd_s, took)

    print(f"articles={len(texts)} chars={chars}")
    print(f"factcheck analysis: {best:.3f} s  {chars / best:,.0f} chars/s (best of {args.repeat}; {cpu:.3f} s CPU)"
          f"  first round {first:.3f} s")
    print(f"pysbd split only:   {pysbd_s:.3f} s  {chars / pysbd_s:,.0f} chars/s (best of {args.repeat})")
    print(f"analysis / pysbd speed ratio: {pysbd_s / best:.2f}x (first round: {pysbd_s / first:.2f}x)  "
          f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
