#!/usr/bin/env python3
"""Rebuild factcheck/models/headline_stats.json and headline_related.json from FNC-1 *train*.

    python3 scripts/build_headline_stats.py PATH/TO/fnc1

PATH/TO/fnc1 holds train_bodies.csv and train_stances.csv (never point it at a test split).
Standard library only. headline_stats.json holds word statistics, no text:
  docs   the number of bodies
  df     document frequency of each lemma key (factcheck.headline.text.lemma) seen in >= 2 bodies;
         the headline checks weight shared words by inverse document frequency, so that
         "said" or "people" count for little and "Emwazi" or "quarantine" for a lot
  names  words written with a capital in at least 80% of their mid-sentence uses (and >= 3
         times): in a Title Case headline a capital letter says nothing, so only these count as
         names there ("Banksy", "Obama"; not "Confirms", "Darkness")
  lower  words written in lower case in at least 60% of their mid-sentence uses (and >= 2
         times): a capital on one of these inside a sentence-case headline ("Pants on Fire")
         does not make it a name
headline_related.json holds the seven weights of the logistic model in factcheck/headline/terms.py
(related vs unrelated headline/body pairs), fitted by Newton's method with a little L2. Before the
final fit on all pairs, the script prints the accuracy of a fit on half the bodies measured on the
other half, as an honest estimate for unseen articles.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck import weights
from factcheck.headline import terms as headline_terms
from factcheck.headline.text import content_lemmas, fold, words
from factcheck.tokens import tokenize

MODELS = Path(__file__).resolve().parents[1] / "factcheck" / "models"
# what the statistics and features are made by: a change here changes the files (rebuild)
HEADLINE_SOURCES = ("factcheck/headline", "factcheck/textnorm.py", "factcheck/tokens.py", "factcheck/lexicon")
STATS_SETTINGS = {"df": "lemma keys in >= 2 bodies", "names": "capitalised in >= 80% of >= 3 mid-sentence uses",
                  "lower": "lower case in >= 60% of >= 2 mid-sentence uses"}
FIT_SETTINGS = {"fit": "Newton's method", "l2": 1e-6, "rounds": 25}
_SENT_START = re.compile(r"(?:^|[.!?:\"]\s+|\n)\s*$")
_SENTENCES = re.compile(r"\S.*?(?:[.!?][\"')]*(?=\s)|$)", re.M)


def word_stats(bodies: list[str]) -> dict:
    df: collections.Counter[str] = collections.Counter()
    low: collections.Counter[str] = collections.Counter()
    cap: collections.Counter[str] = collections.Counter()
    for body in bodies:
        df.update(set(content_lemmas(body)))
        text = fold(body)
        for t in tokenize(text):
            w = t.text.removesuffix(".")
            if not t.text[0].isalpha() or _SENT_START.search(text[max(0, t.start - 3):t.start]):
                continue  # a capital after a full stop says nothing
            (cap if w[0].isupper() else low)[w.lower()] += 1
    names = sorted(w for w, n in cap.items() if n >= 3 and n >= 0.8 * (n + low[w]))
    lower = sorted(w for w, n in low.items() if n >= 2 and n >= 0.6 * (n + cap[w]))
    return {"source": "FNC-1 train bodies", "docs": len(bodies),
            "df": {w: n for w, n in sorted(df.items()) if n >= 2}, "names": names, "lower": lower}


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is 7x7)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def fit(rows: list[tuple[list[float], int]], l2: float = FIT_SETTINGS["l2"],
        rounds: int = FIT_SETTINGS["rounds"]) -> list[float]:
    """Logistic regression by Newton's method; the last weight is the bias."""
    k = len(rows[0][0]) + 1
    w = [0.0] * k
    for _ in range(rounds):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in rows:
            xb = x + [1.0]
            z = sum(a * b for a, b in zip(w, xb))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
            for i in range(k):
                grad[i] += (p - y) * xb[i]
                for j in range(i, k):
                    hess[i][j] += p * (1 - p) * xb[i] * xb[j]
        n = len(rows)
        for i in range(k):
            grad[i] = grad[i] / n + (l2 * w[i] if i < k - 1 else 0.0)
            for j in range(i, k):
                hess[i][j] = hess[i][j] / n + (l2 if i == j and i < k - 1 else 0.0)
                hess[j][i] = hess[i][j]
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def accuracy(w: list[float], rows: list[tuple[list[float], int]]) -> float:
    ok = sum((sum(a * b for a, b in zip(w, x + [1.0])) >= 0) == bool(y) for x, y in rows)
    return ok / len(rows) if rows else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", help="folder with FNC-1 train_bodies.csv and train_stances.csv")
    ap.add_argument("--models-dir", default=str(MODELS), help="where to write the two files (default: the package's)")
    args = ap.parse_args()
    models = Path(args.models_dir)
    models.mkdir(parents=True, exist_ok=True)
    csv.field_size_limit(10**8)
    data = Path(args.data)
    for name in ("train_bodies.csv", "train_stances.csv"):
        if not (data / name).is_file():
            sys.exit(f"{data / name}: not found")
    with (data / "train_bodies.csv").open(encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    with (data / "train_stances.csv").open(encoding="utf-8", newline="") as f:
        pairs = [(r["Headline"], r["Body ID"], r["Stance"]) for r in csv.DictReader(f)]
    command = weights.portable_command("scripts/build_headline_stats.py", sys.argv[1:])
    commit = weights.rules_commit(HEADLINE_SOURCES)
    stats = word_stats(list(bodies.values()))
    stats["provenance"] = {
        "command": command, "data": {"train": f"FNC-1 train_bodies.csv ({len(bodies)} bodies)", "dev": None},
        "rules_commit": commit, "settings": STATS_SETTINGS,
        "dev_score": None, "note": "counts, not fitted: nothing to score on held-out data"}
    (models / "headline_stats.json").write_text(json.dumps(stats, separators=(",", ":"), ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print(f"headline_stats.json: docs={stats['docs']} df={len(stats['df'])} names={len(stats['names'])} "
          f"lower={len(stats['lower'])}")
    headline_terms.use_models(models)  # the features below use the statistics just computed
    profiles = {bid: headline_terms.BodyProfile.build([words(m.group()) for m in _SENTENCES.finditer(text)])
                for bid, text in bodies.items()}
    rows, halves = [], []
    for head, bid, stance in pairs:
        feats, _, _ = headline_terms.measures(content_lemmas(head), profiles[bid])
        rows.append((headline_terms.expand(feats), int(stance != "unrelated")))
        halves.append(int(bid) % 2)
    even = [r for r, h in zip(rows, halves) if h == 0]
    odd = [r for r, h in zip(rows, halves) if h == 1]
    even_odd, odd_even = accuracy(fit(even), odd), accuracy(fit(odd), even)
    print(f"held-out accuracy: fit on even body ids -> odd {even_odd:.4f}; fit on odd -> even {odd_even:.4f}")
    w = fit(rows)
    model = {"source": "FNC-1 train pairs (related vs unrelated)", "pairs": len(rows),
             "weights": {n: round(v, 6) for n, v in zip(headline_terms.expand_names(), w)}, "bias": round(w[-1], 6),
             "train_accuracy": round(accuracy(w, rows), 4),
             "provenance": {
                 "command": command,
                 "data": {"train": f"FNC-1 train_stances.csv ({len(rows)} pairs) with train_bodies.csv",
                          "dev": "two-fold by body id: fit on the even ids scored on the odd, and the reverse; "
                                 "the shipped weights are then fitted on all pairs"},
                 "rules_commit": commit, "settings": FIT_SETTINGS,
                 "dev_score": {"accuracy_even_to_odd": round(even_odd, 4), "accuracy_odd_to_even": round(odd_even, 4)}}}
    (models / "headline_related.json").write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"headline_related.json: train accuracy {model['train_accuracy']}")


if __name__ == "__main__":
    main()
