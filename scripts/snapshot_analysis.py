"""Snapshot the analysis JSON on the dev scorers' data, and diff a later run against it.

A refactoring must not change what `factcheck analyze` prints. Take a snapshot before, change
the code, take another, and diff:

    python3 scripts/snapshot_analysis.py save /tmp/snap-before
    ... edit ...
    python3 scripts/snapshot_analysis.py save /tmp/snap-after
    python3 scripts/snapshot_analysis.py diff /tmp/snap-before /tmp/snap-after

or in one step after the first: `python3 scripts/snapshot_analysis.py check /tmp/snap-before`.

The inputs are read from ../shared/eval/data (never copied into the project): PolNeAR dev
articles, a spread of FNC-1 train pairs, Emergent train headlines, ClaimBuster train sentences
(a spread), and the articlebench HTML pages. Each set goes through the real batch code
(`factcheck.batch.run_batch`, what `analyze --jsonl` runs) or, for HTML, the same loader and
pipeline `analyze PAGE --format json` uses, in this process. `--only NAME[,NAME]` picks sets.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data"
SETS = ("polnear", "fnc1", "emergent", "claimbuster", "articlebench")


def _spread(items: list, n: int) -> list:
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def records(name: str) -> list[dict]:
    if name == "polnear":
        d = DATA / "polnear" / "dev" / "text"
        return [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(d.glob("*.txt"))]
    if name == "fnc1":
        csv.field_size_limit(10**8)
        with open(DATA / "fnc1" / "train_bodies.csv", encoding="utf-8") as f:
            bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
        with open(DATA / "fnc1" / "train_stances.csv", encoding="utf-8") as f:
            pairs = _spread(list(csv.DictReader(f)), 1500)
        return [{"id": str(i), "headline": p["Headline"], "body": bodies[p["Body ID"]]} for i, p in enumerate(pairs)]
    if name == "emergent":
        with open(DATA / "emergent" / "train.csv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        return [{"id": str(i), "headline": r["articleHeadline"], "body": ""} for i, r in enumerate(rows)]
    if name == "claimbuster":
        rows = _spread(json.loads((DATA / "claimbuster" / "train.json").read_text(encoding="utf-8")), 2000)
        return [{"id": str(r["sentence_id"]), "body": r["text"]} for r in rows]
    raise ValueError(name)


def run_set(name: str) -> list[str]:
    from factcheck.text_safety import safe_json

    if name == "articlebench":
        from factcheck.errors import FactcheckError
        from factcheck.ingest import load
        from factcheck.pipeline import analyze

        out = []
        for p in sorted((DATA / "articlebench" / "html").glob("*.html")):
            try:
                obj = analyze(load(str(p))).to_dict()
            except FactcheckError as e:
                obj = {"error": str(e)}
            out.append(p.stem + "\t" + safe_json(obj))
        return out
    from factcheck.batch import run_batch

    lines = [json.dumps(r, ensure_ascii=False) for r in records(name)]
    return [safe_json(obj) for obj, _ok in run_batch(lines)]


def save(dest: Path, only: list[str]) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for name in only:
        t0 = time.perf_counter()
        out = run_set(name)
        (dest / f"{name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"{name}: {len(out)} lines in {time.perf_counter() - t0:.1f}s", file=sys.stderr)


def diff(a: Path, b: Path, only: list[str], show: int = 5) -> int:
    changed = 0
    for name in only:
        fa, fb = a / f"{name}.jsonl", b / f"{name}.jsonl"
        if not fa.exists() or not fb.exists():
            print(f"{name}: missing in one snapshot")
            changed += 1
            continue
        la, lb = fa.read_text(encoding="utf-8").splitlines(), fb.read_text(encoding="utf-8").splitlines()
        bad = [i for i in range(max(len(la), len(lb))) if i >= len(la) or i >= len(lb) or la[i] != lb[i]]
        print(f"{name}: {len(bad)} of {max(len(la), len(lb))} lines differ")
        for i in bad[:show]:
            x = la[i] if i < len(la) else ""
            y = lb[i] if i < len(lb) else ""
            sa = json.dumps(json.loads(x.split("\t", 1)[-1]), indent=1, sort_keys=True).splitlines() if x else []
            sb = json.dumps(json.loads(y.split("\t", 1)[-1]), indent=1, sort_keys=True).splitlines() if y else []
            print(f"--- line {i + 1}")
            print("\n".join(list(difflib.unified_diff(sa, sb, lineterm="", n=1))[2:40]))
        changed += len(bad)
    return 1 if changed else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "diff", "check"])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--only", default=",".join(SETS), help="comma-separated sets: " + ",".join(SETS))
    ap.add_argument("--show", type=int, default=5, help="differing lines to print per set")
    args = ap.parse_args()
    only = [s for s in args.only.split(",") if s]
    for s in only:
        if s not in SETS:
            sys.exit(f"unknown set {s!r}; choose from {','.join(SETS)}")
    if not DATA.is_dir():
        sys.exit(f"{DATA}: not found (the eval data sits beside the project in ../shared)")
    if args.action == "save":
        save(args.dirs[0], only)
        return
    if args.action == "diff":
        if len(args.dirs) != 2:
            sys.exit("diff needs two snapshot folders")
        sys.exit(diff(args.dirs[0], args.dirs[1], only, args.show))
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        save(Path(tmp), only)
        sys.exit(diff(args.dirs[0], Path(tmp), only, args.show))


if __name__ == "__main__":
    main()
