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
    # with those caches as cold as on a fresh batch, is printed too. CPU seconds are measured
    # beside wall seconds: on a shared machine the wall clock also counts others' work, the CPU
    # clock of this process does not, so the CPU ratio is the steadier figure.
    wall = {analysis: float("inf"), pysbd_split: float("inf")}
    cpu = dict(wall)
    first: dict = {}
    for _ in range(args.repeat):
        for fn in (analysis, pysbd_split):
            t0, c0 = time.perf_counter(), time.process_time()
            fn()
            took, used = time.perf_counter() - t0, time.process_time() - c0
            first.setdefault(fn, (took, used))
            wall[fn] = min(wall[fn], took)
            cpu[fn] = min(cpu[fn], used)

    a_wall, a_cpu, p_wall, p_cpu = wall[analysis], cpu[analysis], wall[pysbd_split], cpu[pysbd_split]
    print(f"articles={len(texts)} chars={chars} load={os.getloadavg()[0]:.1f} (best of {args.repeat}, alternating)")
    print(f"factcheck analysis: {a_wall:.3f} s wall, {a_cpu:.3f} s CPU  {chars / a_cpu:,.0f} chars per CPU second"
          f"  (first round: {first[analysis][1]:.3f} s CPU)")
    print(f"pysbd split only:   {p_wall:.3f} s wall, {p_cpu:.3f} s CPU  {chars / p_cpu:,.0f} chars per CPU second")
    print(f"analysis / pysbd speed ratio: {p_cpu / a_cpu:.2f}x by CPU seconds, {p_wall / a_wall:.2f}x by wall seconds"
          f"  (first round, CPU: {first[pysbd_split][1] / first[analysis][1]:.2f}x)")


if __name__ == "__main__":
    main()
