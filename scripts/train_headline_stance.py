#!/usr/bin/env python3
"""Train the headline stance model shipped in factcheck/models/headline_stance.json from FNC-1 train.

    python3 scripts/train_headline_stance.py PATH/TO/fnc1 [--dev-share 0.2] [--out PATH] [--cache FILE]

PATH/TO/fnc1 holds train_bodies.csv and train_stances.csv (never point it at a test split). Each
body is analysed once by the real pipeline (factcheck.pipeline.analyze) and prepared once
(factcheck.headline.prepare_body); each headline is analysed on its own, as `analyze` does with a
headline and an empty body. The features are those of factcheck/headline/stance.py, computed by
factcheck.headline.checks.stance_features on the related pairs (agree, discuss, disagree).

Bodies are split by a hash of their id: --dev-share of them (default 0.2) are held out. Two
logistic models are fitted by Newton's method (scripts/build_headline_stats.py:fit) on the other
bodies' pairs: "disputes" (disagree against agree and discuss) and "reports" (discuss against
agree). The two thresholds are then chosen on the held-out bodies' pairs, reading them as
score_fnc1.py does with the rule checks (quotes, numbers, names) included: the best FNC-1 score
plus macro F1 among those that flag at most --agree-alarm (default 0.29) of the agree pairs, and
among the settings within --tolerance (default 0.005) of that best, the one flagging the fewest.
The held-out scores are printed and stored; the final weights are refitted on all bodies with
the thresholds kept. Only weights leave the data (no text).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import pickle
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_headline_stats import fit

from factcheck import weights
from factcheck.headline import (
    check,
    prepare_body,
)
from factcheck.headline.checks import debunks, reported_checks, stance_features
from factcheck.headline.stance import FEATURES, switch_off
from factcheck.headline.terms import relatedness
from factcheck.headline.text import content_lemmas
from factcheck.model import Document
from factcheck.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "factcheck" / "models" / "headline_stance.json"
PLACEHOLDER = "Untitled"
# what the features are made of: the whole analysis (attributions, hedges) and the headline checks,
# not the shipped weights themselves; rules_commit names the last commit that changed them
SOURCES = ("factcheck", ":(exclude)factcheck/models")


def held_out(body_id: str, share: float) -> bool:
    return int(hashlib.sha1(body_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share


def load(folder: Path, cache: Path | None) -> tuple[dict, dict, list[dict]]:
    csv.field_size_limit(10**8)
    with open(folder / "train_bodies.csv", encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    with open(folder / "train_stances.csv", encoding="utf-8", newline="") as f:
        pairs = [p for p in csv.DictReader(f) if p["Stance"] != "unrelated"]
    if cache and cache.exists():
        body_sents, heads = pickle.loads(cache.read_bytes())
        return body_sents, heads, pairs
    t0 = time.perf_counter()
    body_sents = {}
    for bid in sorted({p["Body ID"] for p in pairs}):
        doc = Document(text=PLACEHOLDER + "\n\n" + bodies[bid], headline=PLACEHOLDER, body_only=True)
        body_sents[bid] = analyze(doc).body
    heads = {}
    for h in sorted({p["Headline"] for p in pairs}):
        a = analyze(Document(text=h + "\n\n", headline=h, body_only=True))
        heads[h] = next((s for s in a.sentences if s.role == "headline"), None)
    print(f"analysed {len(body_sents)} bodies and {len(heads)} headlines in {time.perf_counter() - t0:.0f} s",
          file=sys.stderr)
    if cache:
        cache.write_bytes(pickle.dumps((body_sents, heads)))
    return body_sents, heads, pairs


Row = tuple[str, str, list[float], str, bool]
# per-sentence rule codes the stance model would decide rather than only add to (none: it adds)
REPORTING: frozenset[str] = frozenset()


def rows_of(body_sents: dict, heads: dict, pairs: list[dict]) -> list[Row]:
    """(body id, stance, features, what the rules alone read: "unrelated", "discuss" (a rule check
    fired), "can_report" (no rule fired, and a sentence near the claim has an attribution or hedge the
    headline lacks, so the model's "reports" has something to show: checks.reported_checks) or
    "agree", and whether `contradicted` may be said: the body has a sentence that disputes
    something, and the headline does not itself call the claim false or report a denial of it)."""
    ctxs = {bid: prepare_body(s) for bid, s in body_sents.items()}
    out = []
    switch_off(True)
    try:
        for p in pairs:
            head = heads.get(p["Headline"])
            ctx = ctxs[p["Body ID"]]
            f = stance_features(head, ctx) if head is not None else None
            if f is None:
                continue
            codes = {c.code for c in check(head, ctx)}
            rel = relatedness(content_lemmas(head.text), ctx.profile)
            if "unsupported" in codes:
                rules = "unrelated"
            elif codes - REPORTING:
                rules = "discuss"
            elif codes & REPORTING or reported_checks([head], ctx, rel):
                rules = "can_report"
            else:
                rules = "agree"
            can_dispute = bool(ctx.refuting) and not debunks([head])
            out.append((p["Body ID"], p["Stance"], [f[k] for k in FEATURES], rules, can_dispute))
    finally:
        switch_off(False)
    return out


def prob(w: list[float], x: list[float]) -> float:
    import math
    z = sum(a * b for a, b in zip(w, x + [1.0]))
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def scored(rows, w_dis, w_rep) -> list[tuple[str, float, float, str]]:
    # no sentence to point at, no dispute said (checks._stance_checks): P(disputes) reads as 0
    return [(stance, prob(w_dis, x) if can_dispute else 0.0, prob(w_rep, x), rules)
            for _, stance, x, rules, can_dispute in rows]


def evaluate(scores, t_dis, t_rep) -> dict:
    """score_fnc1.py's read-out of the related pairs: unsupported -> unrelated, contradicted ->
    disagree, another code -> discuss, none -> agree."""
    conf: dict[tuple[str, str], int] = {}
    score = 0.0
    for stance, p_dis, p_rep, rules in scores:
        got = read_out(p_dis, p_rep, rules, t_dis, t_rep)
        conf[(stance, got)] = conf.get((stance, got), 0) + 1
        score += 0.25 * (got != "unrelated") + 0.75 * (got == stance)
    classes = ("agree", "discuss", "disagree")
    n = sum(conf.values())
    f1s = {}
    for k in classes:
        tp = conf.get((k, k), 0)
        fp = sum(v for (g, p), v in conf.items() if p == k and g != k)
        fn = sum(v for (g, p), v in conf.items() if g == k and p != k)
        f1s[k] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    agree = sum(v for (g, _), v in conf.items() if g == "agree")
    return {"accuracy": round(sum(conf.get((k, k), 0) for k in classes) / n, 4),
            "fnc_related": round(score / n, 4),
            "f1": {k: round(v, 3) for k, v in f1s.items()},
            "agree_flagged": round(sum(v for (g, p), v in conf.items() if g == "agree" and p != "agree")
                                   / max(agree, 1), 4),
            "pairs": n}


def headline_kind(x: list[float]) -> str:
    """How the headline itself puts its claim: "states" it (a vouching credit such as "Police
    confirm" counts as stating), "reports" it (credits someone) or "hedges" it."""
    if x[FEATURES.index("head_hedged")]:
        return "hedges"
    return "reports" if x[FEATURES.index("head_attr")] else "states"


def read_out(p_dis: float, p_rep: float, rules: str, t_dis: float, t_rep: float) -> str:
    """score_fnc1.py's class for one related pair: unsupported -> unrelated, contradicted ->
    disagree, another code -> discuss, none -> agree."""
    if rules == "unrelated":
        return "unrelated"
    if p_dis >= t_dis:
        return "disagree"
    if rules == "discuss" or rules == "can_report" and p_rep >= t_rep:
        return "discuss"
    return "agree"


def by_headline(rows: list[Row], scores, t_dis: float, t_rep: float) -> dict:
    """The read-out split by how the headline puts its claim, and the FNC-1 score of the related
    pairs if every pair under a headline that states its claim were read right and the others as
    now: the most that checks of what a headline states beyond its body can reach (a headline that
    itself reports or hedges a claim the body only discusses says nothing more than the body, and
    no check flags it, so score_fnc1.py reads such a pair as agree)."""
    conf: dict[str, Counter[str]] = defaultdict(Counter)
    best = 0.0
    for row, (stance, p_dis, p_rep, rules) in zip(rows, scores):
        kind = headline_kind(row[2])
        got = read_out(p_dis, p_rep, rules, t_dis, t_rep)
        conf[kind][f"{stance}->{got}"] += 1
        right = got == stance or kind == "states"
        best += 0.25 * (got != "unrelated" or kind == "states") + 0.75 * right
    n = len(scores) or 1
    return {"pairs": {k: sum(v.values()) for k, v in sorted(conf.items())},
            "read_out": {k: dict(sorted(v.items())) for k, v in sorted(conf.items())},
            "fnc_related_ceiling": round(best / n, 4)}


def choose(scores, agree_alarm: float, tolerance: float = 0.0) -> tuple[float, float]:
    """The thresholds with the best FNC-1 score plus macro F1 on `rows` among those that flag at most
    `agree_alarm` of the agree pairs (rules and model together); among the settings within
    `tolerance` of that best score, the one that flags the fewest agree pairs (a wrong alarm costs
    an editor's trust; a near-tie in the score is noise on ~3,000 pairs). When none stays under
    the cap (the rules alone flag more), the setting that flags the fewest agree pairs, the best
    of those on a tie: never a fixed fallback that may flag more than any other."""
    under: list[tuple[float, float, float, float]] = []  # (score, agree flagged, t_dis, t_rep)
    least: tuple[float, float, float, float] | None = None
    grid = [i / 100 for i in range(10, 100, 3)]
    for t_dis in grid:
        for t_rep in grid:
            r = evaluate(scores, t_dis, t_rep)
            score = r["fnc_related"] + sum(r["f1"].values()) / 3
            if least is None or (r["agree_flagged"], -score) < (least[0], -least[1]):
                least = (r["agree_flagged"], score, t_dis, t_rep)
            if r["agree_flagged"] <= agree_alarm:
                under.append((score, r["agree_flagged"], t_dis, t_rep))
    if not under:
        assert least is not None
        return least[2], least[3]
    top = max(u[0] for u in under)
    # min keeps the first in grid order on a full tie
    pick = min((u for u in under if u[0] >= top - tolerance - 1e-12), key=lambda u: (u[1], -u[0]))
    return pick[2], pick[3]


def fit_both(rows) -> tuple[list[float], list[float]]:
    w_dis = fit([(x, int(s == "disagree")) for _, s, x, *_ in rows], l2=1e-3)
    w_rep = fit([(x, int(s == "discuss")) for _, s, x, *_ in rows if s != "disagree"], l2=1e-3)
    return w_dis, w_rep


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("fnc1", type=Path)
    ap.add_argument("--dev-share", type=float, default=0.2)
    # 0.29, not 0.3: at 0.3 the refit of 2026-12-05 spent the FNC-1 agree pairs the rules had stopped
    # flagging on a lower reporting threshold (0.82 -> 0.79), which flagged 37 more of PolNeAR's
    # edited headlines, most wrongly (docs/ACCURACY.md, "Who the body rests a claim on")
    ap.add_argument("--agree-alarm", type=float, default=0.29)
    ap.add_argument("--tolerance", type=float, default=0.005,
                    help="among settings this close to the best score, flag the fewest agree pairs")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, help="pickle of the analysed bodies and headlines, for reruns")
    args = ap.parse_args()
    body_sents, heads, pairs = load(args.fnc1, args.cache)
    rows = rows_of(body_sents, heads, pairs)
    train = [r for r in rows if not held_out(r[0], args.dev_share)]
    dev = [r for r in rows if held_out(r[0], args.dev_share)]
    w_dis, w_rep = fit_both(train)
    dev_scored = scored(dev, w_dis, w_rep)
    for cap in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
        ts = choose(dev_scored, cap, args.tolerance)
        print(f"agree alarm <= {cap}: thresholds {ts}", evaluate(dev_scored, *ts))
    t_dis, t_rep = choose(dev_scored, args.agree_alarm, args.tolerance)
    dev_score = evaluate(dev_scored, t_dis, t_rep)
    train_score = evaluate(scored(train, w_dis, w_rep), t_dis, t_rep)
    rules_only = evaluate(dev_scored, 2.0, 2.0)
    print(f"dev, rules alone: {rules_only}")
    print(f"train ({len(train)} pairs): {train_score}\ndev ({len(dev)} pairs, held-out bodies): {dev_score}")
    print(f"dev by how the headline puts its claim: {json.dumps(by_headline(dev, dev_scored, t_dis, t_rep))}")
    w_dis_all, w_rep_all = fit_both(rows)
    commit = weights.rules_commit(SOURCES)

    def pack(w: list[float], t: float) -> dict:
        return {"weights": {k: round(v, 6) for k, v in zip(FEATURES, w)}, "bias": round(w[-1], 6), "threshold": t}

    model = {
        "about": "headline stance: two logistic models over factcheck/headline/stance.py features",
        "command": f"python3 scripts/train_headline_stance.py FNC1_DIR --dev-share {args.dev_share} "
                   f"--agree-alarm {args.agree_alarm} --tolerance {args.tolerance}",
        "data": "FNC-1 train_stances.csv related pairs (agree/discuss/disagree) with train_bodies.csv",
        "split": f"bodies whose sha1(Body ID) falls in the first {args.dev_share:.0%} held out as dev; "
                 "thresholds chosen on dev; final weights refitted on all bodies",
        "rules_commit": commit,
        "settings": {"fit": "Newton, l2=1e-3", "agree_alarm": args.agree_alarm, "tolerance": args.tolerance},
        "dev_score": dev_score, "train_score": train_score, "dev_rules_alone": rules_only,
        "disputes": pack(w_dis_all, t_dis), "reports": pack(w_rep_all, t_rep),
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
