"""Grow the cue-word lexicon from PolNeAR's *train* annotations.

    python scripts/build_cue_lexicon.py ../shared/eval/data/polnear/train > factcheck/lexicon/cue_words_learned.txt

For every word inside an annotated Cue span, counts how often it is a cue against how often it
occurs in the train texts at all, and keeps words that are cues often enough to be worth
treating as one (a rate and a minimum count). Only train is read: never dev or test.
"""

from __future__ import annotations

import argparse
import collections
import os
import re

_WORD = re.compile(r"[A-Za-z][a-z’'-]*")
# Function words, auxiliaries and prepositions that sit inside cue spans ("has said",
# "said in a statement") but are not the cue.
_FUNCTION = set("""a an the to of in on at for with by from as and or but that this these those it its his her
their he she they we i you is was are were be been being has have had do does did not no will would can could
should may might must also just still even more most very so than then there here what which who whom whose when
where why how about into over after before during up out off again further once said""".split())


# Acts that PolNeAR annotators also marked (a vote, a signature, an appointment) but that are
# things done, not things said: a sentence reporting them is a claim about the world that
# needs its own source. "according" is a phrase cue handled elsewhere.
_ACTIONS = set("""according approved appointed passed signed voted nominated ordered launching launched restricting
negotiated devoted avoided listed lists lays laying pivoted opted measured determining delivering introducing
focuses issued named naming booed chanted chanting chants knocked lashed pushed pushing pressed pressing rattled
impressed inclined titled aiming""".split())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("train_dir", help="PolNeAR train split: text/ and attributions/")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-rate", type=float, default=0.20)
    args = ap.parse_args()
    cue = collections.Counter()
    total = collections.Counter()
    adir = os.path.join(args.train_dir, "attributions")
    tdir = os.path.join(args.train_dir, "text")
    seen = set()
    for name in sorted(os.listdir(adir)):
        stem = name.rsplit("_", 1)[0]
        if stem in seen or not name.endswith(".ann"):
            continue  # one annotator's file per article
        seen.add(stem)
        text = open(os.path.join(tdir, stem + ".txt"), encoding="utf-8").read()
        for w in _WORD.findall(text):
            if w[0].islower():
                total[w] += 1
        for line in open(os.path.join(adir, name), encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1].startswith("Cue"):
                for w in set(_WORD.findall(parts[2])):
                    if w[0].islower() and w not in _FUNCTION:
                        cue[w] += 1
    print("# Cue words learned from PolNeAR train by scripts/build_cue_lexicon.py; do not edit by hand.")
    print(f"# min count {args.min_count}, min rate {args.min_rate}; columns: word, cue count, rate")
    for w, n in sorted(cue.items(), key=lambda kv: (-kv[1], kv[0])):
        rate = n / max(1, total[w])
        if n >= args.min_count and rate >= args.min_rate and w.lower() not in _ACTIONS:
            print(f"{w}\t{n}\t{rate:.2f}")


if __name__ == "__main__":
    main()
