"""Where a headline-over-body batch (FNC-1 pairs) spends its CPU time, per stage of a pair.

    python benchmarks/pair_stages.py [--every 5] [--data ../shared/eval/data/fnc1]
Takes every N-th FNC-1 train body with all of its pairs, in the stances file's order (so each
body keeps its ~30 headlines and each headline its spread over bodies, as in the full batch),
and runs them through the batch code `factcheck analyze --jsonl` runs with one process
(`batch.run_batch_json(lines, jobs=1)`), in this process. Each stage's function is
wrapped with a CPU timer; a stage's time excludes the stages timed inside it, so the rows add up
to the whole. The wrappers cost a little on their own: read the shares, not the seconds.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import time

from stage_timer import calls, spent, timed  # benchmarks/ is on sys.path when run as a script

from factcheck import batch, headline, model, pair_json, pipeline, sources


def _install() -> None:
    batch.analyze_body = timed("body analysis, once per body (analyze_body)", batch.analyze_body)
    pipeline._part = timed("headline's own analysis, once per headline text (_part)", pipeline._part)
    pipeline.BodyAnalysis.resolved_after = timed("body plans resolved again after a naming headline (resolved_after)",
                                                  pipeline.BodyAnalysis.resolved_after)
    headline.check = timed("headline checks against the body (headline.check)", headline.check)
    pipeline.sources.collect = timed("sources (sources.collect)", sources.collect)
    pipeline.sources.collect_named = timed("sources (sources.collect)", sources.collect_named)
    model.Analysis.to_dict = timed("Analysis.to_dict", model.Analysis.to_dict)
    pair_json.checked_headline = timed("check_headline: the rest (the headline's copy, the part, glue)",
                                        pipeline.checked_headline)
    json_text = "JSON text (check_headline_json, safe_json_text; to_dict apart)"
    batch.check_headline_json = timed(json_text, pair_json.check_headline_json)
    batch.safe_json_text = timed(json_text, batch.safe_json_text)
    batch.safe_json = timed(json_text, batch.safe_json)
    batch.json.loads = timed("reading the line (json.loads)", json.loads)


def _lines(data: str, every: int) -> list[str]:
    csv.field_size_limit(10**8)
    with open(os.path.join(data, "train_bodies.csv"), encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    keep = set(sorted(bodies, key=int)[::every])
    with open(os.path.join(data, "train_stances.csv"), encoding="utf-8", newline="") as f:
        pairs = [p for p in csv.DictReader(f) if p["Body ID"] in keep]
    return [json.dumps({"id": str(i), "headline": p["Headline"], "body": bodies[p["Body ID"]]}, ensure_ascii=False)
            for i, p in enumerate(pairs)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join("..", "shared", "eval", "data", "fnc1"))
    ap.add_argument("--every", type=int, default=5, help="every N-th body, with all its pairs")
    args = ap.parse_args()
    lines = _lines(args.data, args.every)
    _install()
    c0 = time.process_time()
    n = 0
    for _ in batch.run_batch_json(lines, jobs=1):
        n += 1
    whole = time.process_time() - c0
    staged = sum(spent.values())
    print(f"pairs={n} every={args.every}: whole {whole:.2f} s CPU, {n / whole:,.0f} pairs per CPU second, "
          f"{whole / n * 1e6:,.0f} us a pair; load {os.getloadavg()[0]:.1f}")
    print("| stage | calls | CPU s | share | us a pair |")
    print("|---|---|---|---|---|")
    for k, v in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"| {k} | {calls[k]:,} | {v:.2f} | {v / whole:.0%} | {v / n * 1e6:,.0f} |")
    rest = max(whole - staged, 0)
    print(f"| other (batch loop, cache) | | {rest:.2f} | {rest / whole:.0%} | {rest / n * 1e6:,.0f} |")


if __name__ == "__main__":
    main()
