"""Where the analysis spends its CPU time, stage by stage (the profile table of benchmarks/README.md).

    python benchmarks/stages.py [TEXT_DIR] [--repeat 3]     # default ../shared/eval/data/polnear/dev/text
    python benchmarks/stages.py --mb 2                       # big_text.py's text instead
Each stage's function is wrapped with a CPU timer (time.process_time) for the run; a stage's time
excludes the stages timed inside it (the cue passes inside attribution, say), so the rows add up
to the whole. Texts are analysed with `pipeline.analyze_text`, best of --repeat rounds per stage
(the first round compiles lexicons and fills memos of pure functions, as throughput.py's do).
The wrappers cost a little on their own (~2%), so read the shares, not the absolute seconds.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable

from factcheck import attribution as attribution_pkg
from factcheck import claims, flags, headline, page, pipeline, sources
from factcheck.attribution import cues, quotes, resolve, stance

_spent: dict[str, float] = defaultdict(float)
_stack: list[list[float]] = []  # per open stage: [time spent in stages inside it]


def _timed(name: str, fn: Callable) -> Callable:
    def wrapper(*args, **kwargs):
        _stack.append([0.0])
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            took = time.process_time() - t0
            inner = _stack.pop()[0]
            _spent[name] += took - inner
            if _stack:
                _stack[-1][0] += took
    return wrapper


def _install() -> None:
    page.parse = _timed("page layout (page.parse)", page.parse)
    pipeline.split_sentences = _timed("sentence splitting (split_sentences)", pipeline.split_sentences)
    pipeline.attribute = _timed("attribution: the rest (plan, quotations, kinds)", pipeline.attribute)
    pipeline.resolve_plans = _timed("attribution: the rest (plan, quotations, kinds)", pipeline.resolve_plans)
    attribution_pkg.find_in_sentence = _timed("attribution: cue passes (find_in_sentence)",
                                              attribution_pkg.find_in_sentence)
    fallback = _timed("attribution: learned stance fallback (stance.best)", stance.best)
    attribution_pkg.plan.__defaults__ = (fallback,)
    attribution_pkg.attribute.__defaults__ = (fallback, None)
    for meth in ("resolve", "note_text", "add", "add_group", "touch", "since"):
        timed = _timed("attribution: resolution (Discourse)", getattr(resolve.Discourse, meth))
        setattr(resolve.Discourse, meth, timed)
    attribution_pkg.inherit = _timed("attribution: quotation inheritance (quotes.inherit)", quotes.inherit)
    claims.is_checkworthy = _timed("check-worthiness (claims.is_checkworthy)", claims.is_checkworthy)
    claims.is_hedged = _timed("hedges (claims.is_hedged)", claims.is_hedged)
    flags.annotate = _timed("flags (flags.annotate)", flags.annotate)
    headline.check_headline = _timed("headline checks (headline.check_headline)", headline.check_headline)
    sources.collect = _timed("sources (sources.collect)", sources.collect)
    cues.find_in_sentence = attribution_pkg.find_in_sentence


def main() -> None:
    ap = argparse.ArgumentParser()
    default = os.path.join("..", "shared", "eval", "data", "polnear", "dev", "text")
    ap.add_argument("text_dir", nargs="?", default=default)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mb", type=float, default=0.0, help="analyse big_text.py's text of this size instead")
    args = ap.parse_args()
    if args.mb:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from big_text import build_text

        texts = [build_text(int(args.mb * 2**20))]
        what = f"big_text.py's text, {args.mb:g} MB"
    else:
        texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(args.text_dir, "*.txt")))]
        what = f"{len(texts)} texts of {args.text_dir}"
    pipeline.analyze_text(texts[0][:20000])
    _install()
    best: dict[str, float] = {}
    whole = float("inf")
    for _ in range(args.repeat):
        _spent.clear()
        c0 = time.process_time()
        for t in texts:
            pipeline.analyze_text(t)
        whole = min(whole, time.process_time() - c0)
        for k, v in _spent.items():
            best[k] = min(best.get(k, v), v)
    staged = sum(best.values())
    print(f"{what}: {sum(map(len, texts)):,} chars; whole analysis {whole:.3f} s CPU (best of {args.repeat}); "
          f"load {os.getloadavg()[0]:.1f}")
    print("| stage | CPU s | share |")
    print("|---|---|---|")
    for k, v in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"| {k} | {v:.3f} | {v / whole:.0%} |")
    print(f"| other (Analysis, ids, glue) | {max(whole - staged, 0):.3f} | {max(whole - staged, 0) / whole:.0%} |")


if __name__ == "__main__":
    main()
