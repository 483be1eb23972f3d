"""Error analysis on PolNeAR: which gold-attributed units the analyzer misses, by gold cue.

    python scripts/polnear_errors.py ../shared/eval/data/polnear/dev [--show N] [--fp] [--headlines]

--headlines: only the units of each article's first line (its headline), and their counts
(tp/fp/fn/tn of "attributed at all") at the end.

Reads the data at run time (never copied into the project); uses the scorer's unit splitter.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split_dir")
    ap.add_argument("--eval", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--fp", action="store_true", help="show false positives instead")
    ap.add_argument("--headlines", action="store_true", help="only the headline's units, with their counts")
    args = ap.parse_args()
    sys.path.insert(0, os.path.abspath(args.eval))
    import score_polnear as sp  # the scorer's own unit and gold logic

    from factcheck.pipeline import analyze_text

    adir = os.path.join(args.split_dir, "attributions")
    stems = sorted({f.rsplit("_", 1)[0] for f in os.listdir(adir) if f.endswith(".ann")})
    miss_cue: collections.Counter[str] = collections.Counter()
    shown = 0
    srcmiss = collections.Counter()
    head_counts: collections.Counter[str] = collections.Counter()
    for stem in stems:
        text = open(os.path.join(args.split_dir, "text", stem + ".txt"), encoding="utf-8").read()
        first = sorted(f for f in os.listdir(adir) if f.rsplit("_", 1)[0] == stem)[0]
        spans, events = sp.parse_ann(os.path.join(adir, first))
        sents = [s.to_dict() for s in analyze_text(text).sentences]
        cues = {}
        for args_ in events.values():
            for t in args_.get("Content", []):
                for a, b in spans[t][1]:
                    for c in args_.get("Cue", []):
                        cues[(a, b)] = " ".join(text[x:y] for x, y in spans[c][1])
        first_line = text.find("\n") if "\n" in text else len(text)
        for u in sp.gold_units(text, spans, events, 0.0):
            if args.headlines and u["start"] >= first_line:
                continue
            att, srcs = sp.predict(u, sents)
            head_counts[("tp" if u["attributed"] else "fp") if att else ("fn" if u["attributed"] else "tn")] += 1
            if u["attributed"] and srcs and u["sources"] and not any(
                    x[0] < y[1] and x[1] > y[0] for x in srcs for y in u["sources"]):
                srcmiss["wrong_span"] += 1
                if args.fp is False and shown < args.show and os.environ.get("SRC"):
                    shown += 1
                    print("SRC", text[u["start"]:u["end"]][:200], "| gold:",
                          [text[a:b] for a, b in u["sources"]], "| got:", [text[a:b] for a, b in srcs])
            want = u["attributed"]
            if args.fp and att and not want and shown < args.show:
                shown += 1
                print("FP:", text[u["start"]:u["end"]][:220])
            if want and not att:
                cue = next((c for (a, b), c in cues.items() if a < u["end"] and b > u["start"]), "?")
                miss_cue[cue.lower()] += 1
                if not args.fp and shown < args.show and not os.environ.get("SRC"):
                    shown += 1
                    print(f"MISS [{cue}]:", text[u["start"]:u["end"]][:220])
    print(miss_cue.most_common(60))
    print(srcmiss)
    if args.headlines:
        print("headline units:", " ".join(f"{k}={head_counts[k]}" for k in ("tp", "fp", "fn", "tn")))


if __name__ == "__main__":
    main()
