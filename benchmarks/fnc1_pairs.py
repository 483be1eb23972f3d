"""FNC-1 headline + body pairs per second through the real batch CLI, as score_fnc1.py runs it.

    python benchmarks/fnc1_pairs.py [--limit N | --every N] [--jobs 2] [--data ../shared/eval/data/fnc1] [--keep OUT]

Writes the pairs as {"id", "headline", "body"} JSON lines (every pair by default: 49,972 train
pairs over 1,683 bodies, each body under about 30 headlines), runs
`factcheck analyze --jsonl IN -o OUT --jobs N` in a subprocess and prints pairs per second of wall
time, with the CPU seconds the children used (the machine may be shared: wall time stretches,
CPU time much less). `--limit` takes a deterministic spread of N pairs, as the scorer does.
The scorer itself gives the same figure: `FACTCHECK_JOBS=2 python score_fnc1.py STANCES BODIES`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join("..", "shared", "eval", "data", "fnc1"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--every", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", metavar="OUT", help="keep the output JSON lines here and print their MD5 "
                                                  "(the same for every --jobs and every faster version)")
    args = ap.parse_args()
    csv.field_size_limit(10**8)
    with open(os.path.join(args.data, "train_bodies.csv"), encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    with open(os.path.join(args.data, "train_stances.csv"), encoding="utf-8", newline="") as f:
        pairs = list(csv.DictReader(f))
    if args.every > 1:
        kept = set(sorted(bodies, key=int)[::args.every])
        pairs = [p for p in pairs if p["Body ID"] in kept]
    if args.limit and args.limit < len(pairs):
        step = len(pairs) / args.limit
        pairs = [pairs[int(i * step)] for i in range(args.limit)]
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for i, p in enumerate(pairs):
                f.write(json.dumps({"id": str(i), "headline": p["Headline"], "body": bodies[p["Body ID"]]},
                                   ensure_ascii=False) + "\n")
        cmd = [sys.executable, "-m", "factcheck", "analyze", "--jsonl", src, "-o", dst]
        cmd += ["--jobs", str(args.jobs)] if args.jobs != 1 else []  # 0.3.0 had no --jobs: runs it too
        c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        if p.returncode not in (0, 1):
            raise SystemExit(f"factcheck failed ({p.returncode}): {p.stderr[-500:]}")
        with open(dst, "rb") as f:
            data = f.read()
        lines = data.count(b"\n")
        if args.keep:
            shutil.copyfile(dst, args.keep)
    cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
    n = len(pairs)
    assert lines == n, (lines, n)
    print(f"pairs={n} bodies={len({p['Body ID'] for p in pairs})} jobs={args.jobs} load={os.getloadavg()[0]:.1f}")
    if args.keep:
        print(f"output {args.keep} md5 {hashlib.md5(data).hexdigest()}")
    print(f"wall {wall:.1f} s  {n / wall:,.0f} pairs/s;  {cpu:.1f} s CPU  {n / cpu:,.0f} pairs per CPU second")


if __name__ == "__main__":
    main()
