"""Where a long article's parent process spends its wall and CPU time with `--jobs N`.

    python benchmarks/parent_timeline.py [--mb 20] [--jobs 2]
big_text.py's text is analysed as `factcheck analyze FILE --jobs N` would; the parent's stages
are wrapped with timers and printed in order with the wall and CPU seconds at which each began
and ended: when the first run was handed to a worker, when the last plan came back, the
quotation carry (`quotes.inherit`), flags, headline checks and sources after it. It also prints
how long this process waited on the workers' runs and how long its collector ran (full
collections apart): a stage before the first hand-over or after the last plan runs on one core.
Read the wall figures as a picture of one run: the machine may be shared.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from collections.abc import Iterator

from big_text import build_text  # benchmarks/ is on sys.path when run as a script

import factcheck.attribution as attribution
from factcheck import article_jobs, flags, headline, pipeline, sources
from factcheck.model import Document

_marks: list[tuple[str, float, float]] = []
_t0 = _c0 = 0.0


def _mark(name: str) -> None:
    _marks.append((name, time.perf_counter() - _t0, time.process_time() - _c0))


def _wrap(module: object, name: str, label: str) -> None:
    fn = getattr(module, name)

    def wrapper(*args, **kwargs):
        _mark(label + " starts")
        try:
            return fn(*args, **kwargs)
        finally:
            _mark(label + " ends")
    setattr(module, name, wrapper)


def main() -> None:
    global _t0, _c0
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    text = build_text(int(args.mb * 2**20))
    pipeline.analyze(Document(text=text[:20000]))
    for module, name, label in [(attribution, "inherit", "quotation carry"), (flags, "annotate", "flags"),
                                (headline, "check_headline", "headline checks"), (sources, "collect", "sources")]:
        _wrap(module, name, label)
    waited = [0.0]
    spread = article_jobs.spread_plans

    def timed_spread(*a, **k) -> Iterator[attribution.Plan]:
        _mark("first run handed out")
        plans = spread(*a, **k)
        while True:
            t = time.perf_counter()
            p = next(plans, None)
            waited[0] += time.perf_counter() - t
            if p is None:
                break
            yield p
        _mark("last plan back")
    article_jobs.spread_plans = timed_spread
    collected = {"all": 0.0, "full": 0.0, "start": 0.0}

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            collected["start"] = time.perf_counter()
        else:
            took = time.perf_counter() - collected["start"]
            collected["all"] += took
            collected["full"] += took if info["generation"] == 2 else 0.0
    gc.callbacks.append(on_gc)
    _t0, _c0 = time.perf_counter(), time.process_time()
    analysis = pipeline.analyze(Document(text=text), jobs=args.jobs)
    _mark("done")
    gc.callbacks.remove(on_gc)
    print(f"{args.mb:g} MB, {len(analysis.sentences):,} sentences, --jobs {args.jobs}; load {os.getloadavg()[0]:.1f}")
    for name, wall, cpu in _marks:
        print(f"{name:24s} wall {wall:7.2f} s   CPU {cpu:7.2f} s")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"this process: waited {waited[0]:.2f} s for plans (its own work in them included); collector "
          f"{collected['all']:.2f} s, {collected['full']:.2f} s of it in full collections; "
          f"workers {children.ru_utime + children.ru_stime:.2f} s CPU")


if __name__ == "__main__":
    sys.exit(main())
