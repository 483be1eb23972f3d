"""`analyze --jsonl --jobs 2` against `--jobs 1` on the same input: speed-up and identical bytes.

    python benchmarks/jobs_scaling.py [TEXT_DIR] [--copies 3] [--repeat 3] [--jobs 2]

The input is every article of TEXT_DIR (default: the PolNeAR dev texts) as {"id", "text"} lines,
`--copies` times over with distinct ids and a word changed so that no analysis is a cache hit.
Both settings run as real CLI subprocesses in alternating rounds, each keeping its best round
(the machine is shared: a burst of load must not land on one side only). Prints both times,
the ratio, and whether the two outputs are byte for byte the same; and the CPU seconds of all
processes, which show what the speed-up would be on idle cores when the machine's are busy.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    default = os.path.join("..", "shared", "eval", "data", "polnear", "dev", "text")
    ap.add_argument("text_dir", nargs="?", default=default)
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(args.text_dir, "*.txt")))]
    if not texts:
        raise SystemExit(f"no *.txt in {args.text_dir}")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for c in range(args.copies):
                for i, t in enumerate(texts):
                    f.write(json.dumps({"id": f"{c}-{i}", "text": t + f"\n\nCopy {c}."}, ensure_ascii=False) + "\n")
        best: dict[int, float] = {}
        cpu: dict[int, float] = {}
        outs: dict[int, bytes] = {}
        for _ in range(args.repeat):
            for jobs in (1, args.jobs):
                dst = os.path.join(tmp, f"out{jobs}.jsonl")
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "factcheck", "analyze", "--jsonl", src, "-o", dst,
                                "--jobs", str(jobs)], check=True, capture_output=True)
                best[jobs] = min(best.get(jobs, float("inf")), time.perf_counter() - t0)
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                used = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime
                cpu[jobs] = min(cpu.get(jobs, float("inf")), used)
                outs[jobs] = open(dst, "rb").read()
    n = len(texts) * args.copies
    print(f"records={n} cores={os.cpu_count()} load={os.getloadavg()[0]:.1f} (best of {args.repeat}, alternating)")
    print(f"--jobs 1: {best[1]:.2f} s wall, {cpu[1]:.2f} s CPU   "
          f"--jobs {args.jobs}: {best[args.jobs]:.2f} s wall, {cpu[args.jobs]:.2f} s CPU (all processes)")
    print(f"work spread: --jobs {args.jobs} does {cpu[args.jobs] / cpu[1]:.2f}x the CPU work of --jobs 1, so on "
          f"{args.jobs} idle cores it would take about {cpu[args.jobs] / args.jobs / cpu[1]:.2f} of the time")
    print(f"speed-up --jobs {args.jobs} / --jobs 1: {best[1] / best[args.jobs]:.2f}x  "
          f"identical output: {outs[1] == outs[args.jobs]}")


if __name__ == "__main__":
    main()
