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

from stage_timer import spent, timed  # benchmarks/ is on sys.path when run as a script

from factcheck import attribution as attribution_pkg
from factcheck import claims, flags, headline, page, pipeline, sources
from factcheck.attribution import cues, quotes, resolve, stance


def _install() -> None:
    page.parse = timed("page layout (page.parse)", page.parse)
    pipeline.split_sentences = timed("sentence splitting (split_sentences)", pipeline.split_sentences)
    pipeline.attribute = timed("attribution: the rest (plan, quotations, kinds)", pipeline.attribute)
    pipeline.resolve_plans = timed("attribution: the rest (plan, quotations, kinds)", pipeline.resolve_plans)
    attribution_pkg.find_in_sentence = timed("attribution: cue passes (find_in_sentence)",
                                              attribution_pkg.find_in_sentence)
    fallback = timed("attribution: learned stance fallback (stance.best)", stance.best)
    # the fallback is the first default of both; the others (disc, chooser) stay as they are
    attribution_pkg.plan.__defaults__ = (fallback, *attribution_pkg.plan.__defaults__[1:])
    attribution_pkg.attribute.__defaults__ = (fallback, *attribution_pkg.attribute.__defaults__[1:])
    for meth in ("resolve", "note_text", "add", "add_group", "touch", "since"):
        wrapped = timed("attribution: resolution (Discourse)", getattr(resolve.Discourse, meth))
        setattr(resolve.Discourse, meth, wrapped)
    attribution_pkg.inherit = timed("attribution: quotation inheritance (quotes.inherit)", quotes.inherit)
    claims.is_checkworthy = timed("check-worthiness (claims.is_checkworthy)", claims.is_checkworthy)
    claims.is_hedged = timed("hedges (claims.is_hedged)", claims.is_hedged)
    flags.annotate = timed("flags (flags.annotate)", flags.annotate)
    headline.check_headline = timed("headline checks (headline.check_headline)", headline.check_headline)
    sources.collect = timed("sources (sources.collect)", sources.collect)
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
        spent.clear()
        c0 = time.process_time()
        for t in texts:
            pipeline.analyze_text(t)
        whole = min(whole, time.process_time() - c0)
        for k, v in spent.items():
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
