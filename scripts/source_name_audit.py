"""Count source names that look unfinished in the analyses of a directory of articles.

    python3 scripts/source_name_audit.py ../shared/eval/data/polnear/train/text [--jobs 2]

Runs the installed `factcheck analyze --jsonl` over every file of the directory and prints one
line: how many sources the analyses list, how many of them are a bare surname listed beside a
fuller name ending in it in the same article (one person listed twice), and how many end in a
possessive "'s" or in a hyphen (a name cut short). Used to measure name resolution (see
docs/ACCURACY.md, "whole names").
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_CUT = re.compile(r"['’]s$|-$")


def audit(names: list[str]) -> tuple[int, int]:
    """(bare surnames beside a fuller name, names cut short) among one article's sources."""
    twice = sum(1 for n in names if len(n.split()) == 1 and any(
        len(m.split()) > 1 and m.split()[-1] == n for m in names))
    return twice, sum(1 for n in names if _CUT.search(n))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("text_dir", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    paths = sorted(p for p in args.text_dir.iterdir() if p.is_file())
    if not paths:
        sys.exit(f"no files in {args.text_dir}")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp, "in.jsonl"), Path(tmp, "out.jsonl")
        with src.open("w", encoding="utf-8") as f:
            for p in paths:
                f.write(json.dumps({"id": p.name, "text": p.read_text(encoding="utf-8")}) + "\n")
        subprocess.run(["factcheck", "analyze", "--jsonl", str(src), "-o", str(dst), "--jobs", str(args.jobs)],
                       check=True)
        total = twice = cut = 0
        for line in dst.open(encoding="utf-8"):
            names = [s["name"] for s in json.loads(line).get("sources", [])]
            t, c = audit(names)
            total, twice, cut = total + len(names), twice + t, cut + c
    print(f"sources={total} surname_beside_full_name={twice} cut_or_possessive={cut}")


if __name__ == "__main__":
    main()
