"""Two source trees on one benchmark script, in alternating rounds: the before/after figures.

    git worktree add --detach /tmp/before COMMIT
    python benchmarks/ab.py /tmp/before . --rounds 3 -- benchmarks/big_text.py --mb 4
Each round runs the script once with each tree first on PYTHONPATH (`cd TREE`, so the tree's own
package is imported), alternating which goes first, and reads from its output the first "N s CPU"
and "peak RSS N MB" figures (and big_text.py's "total N s wall" and "all processes N s CPU");
the best (lowest) of each over the rounds is printed per tree, with the ratio. The script path
is taken from this checkout, so both trees run the same benchmark on the same input. The load
average is printed because the machine may be shared.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

_FIGURES = (("CPU s", re.compile(r"([\d.]+) s CPU")), ("peak RSS MB", re.compile(r"^peak RSS ([\d.]+) MB", re.M)),
            # big_text.py's wall seconds and, with --jobs, the CPU of all its processes and the
            # largest worker's peak RSS (the line above is this process's)
            ("wall s", re.compile(r"total ([\d.]+) s wall")),
            ("all CPU s", re.compile(r"all processes ([\d.]+) s CPU")),
            ("worker RSS MB", re.compile(r"largest worker peak RSS ([\d.]+) MB")))


def _run(tree: str, script: list[str]) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=os.path.abspath(tree))
    done = subprocess.run([sys.executable, *script], cwd=tree, env=env, capture_output=True, text=True, check=True)
    out = done.stdout
    found = {}
    for name, rx in _FIGURES:
        m = rx.search(out)
        if m:
            found[name] = float(m.group(1))
    return found


def main() -> None:
    argv = sys.argv[1:]
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        raise SystemExit("give the benchmark after --: ab.py BEFORE AFTER -- benchmarks/big_text.py --mb 4")
    cut = argv.index("--")
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv[:cut])
    script = argv[cut + 1:]
    script[0] = os.path.abspath(script[0])
    best: dict[str, dict[str, float]] = {"before": {}, "after": {}}
    trees = {"before": args.before, "after": args.after}
    for r in range(args.rounds):
        order = ("before", "after") if r % 2 == 0 else ("after", "before")
        for side in order:
            got = _run(trees[side], script)
            print(f"round {r + 1} {side}: {got}  load {os.getloadavg()[0]:.1f}", flush=True)
            for k, v in got.items():
                best[side][k] = min(best[side].get(k, v), v)
    for k in best["before"]:
        b, a = best["before"][k], best["after"].get(k)
        if a:
            print(f"{k}: before {b:g}, after {a:g}, before/after {b / a:.2f}x (best of {args.rounds}, alternating)")


if __name__ == "__main__":
    main()
