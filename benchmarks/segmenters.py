"""Choose the sentence splitter by measurement: accuracy on the hand-annotated samples (every
body sentence start in samples/*.gold.json) plus hard cases of news English, and speed.

    python benchmarks/segmenters.py          # needs the `bench` extra (pysbd, syntok)

A boundary is right when a splitter starts a sentence exactly where the gold does, wrong when
it starts one anywhere else inside a gold paragraph.
"""

from __future__ import annotations

import glob
import json
import os
import time

from factcheck.segment import split_spans

HARD = [
    ("Dr. Jane Smith met Gen. Mark Lee in the U.S. capital on Jan. 5. They talked for 7.30 hours.",
     ["Dr. Jane Smith", "They talked"]),
    ("The meeting began at 7.30am. J.R. Smith, of No. 10, spoke first (he was late). Then it ended.",
     ["The meeting", "J.R. Smith", "Then it"]),
    ('"We are ready. We will fight," he said. "Nobody doubts it."',
     ['"We are ready.', "We will fight", '"Nobody doubts']),
    ("Prices rose 2.5% in the U.S. The Fed said it would act. Shares in Acme Inc. fell.",
     ["Prices rose", "The Fed", "Shares in"]),
    ("“It was chaos,” said Sgt. Ray Hill. “Nobody knew where to go.”",
     ["“It was chaos", "“Nobody knew"]),
    ("The firm (founded in 1999 by Mr. A. B. Jones) made $2.4bn. It employs 3,000 people.",
     ["The firm", "It employs"]),
]


def _pysbd():
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda text: [(s.start, s.start + len(s.sent.rstrip())) for s in seg.segment(text)]


def _syntok():
    from syntok import segmenter

    def split(text: str) -> list[tuple[int, int]]:
        out = []
        for para in segmenter.analyze(text):
            for sent in para:
                toks = list(sent)
                if toks:
                    out.append((toks[0].offset, toks[-1].offset + len(toks[-1].value)))
        return out

    return split


def _ours():
    return lambda text: split_spans(text)


def cases() -> list[tuple[str, list[int]]]:
    out = []
    here = os.path.dirname(os.path.abspath(__file__))
    for gpath in sorted(glob.glob(os.path.join(here, "..", "samples", "*.gold.json"))):
        gold = json.load(open(gpath, encoding="utf-8"))
        text = open(os.path.join(os.path.dirname(gpath), gold["article"]), encoding="utf-8").read()
        lines = {}
        pos = 0
        for g in gold["sentences"]:
            at = text.find(g["starts"], pos)
            pos = at + 1
            ls = text.rfind("\n", 0, at) + 1
            le = text.find("\n", at)
            le = len(text) if le < 0 else le
            lines.setdefault((ls, le), []).append(at - ls)
        for (ls, le), starts in lines.items():
            line = text[ls:le]
            out.append((line, starts))
    for text, starts in HARD:
        out.append((text, [text.index(s) for s in starts]))
    return out


def main() -> None:
    data = cases()
    print(f"{len(data)} paragraphs, {sum(len(s) for _, s in data)} gold sentence starts")
    for name, make in (("factcheck.segment", _ours), ("syntok", _syntok), ("pysbd", _pysbd)):
        try:
            split = make()
        except ImportError:
            print(f"{name}: not installed (pip install -e '.[bench]')")
            continue
        right = wrong = total = 0
        for line, starts in data:
            got = {a for a, _ in split(line)}
            gold = set(starts)
            total += len(gold)
            # a paragraph may open with a dateline before the first gold start
            got_in = {g for g in got if g >= min(gold)}
            right += len(got_in & gold)
            wrong += len(got_in - gold)
        texts = [line for line, _ in data] * 20
        t0 = time.perf_counter()
        for t in texts:
            split(t)
        secs = time.perf_counter() - t0
        chars = sum(len(t) for t in texts)
        p = right / (right + wrong) if right + wrong else 0
        r = right / total
        f = 2 * p * r / (p + r) if p + r else 0
        print(f"{name:18} boundary P={p:.3f} R={r:.3f} F1={f:.3f}  {chars / secs:,.0f} chars/s")


if __name__ == "__main__":
    main()
