"""One entry per real-world source: attributions and chains grouped by resolved name, with
aliases merged when one name is a fuzzy match or a specific part of another (rapidfuzz)."""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from factcheck.model import Sentence, Source

_GENERIC = frozenset("the a an of s and for in on at to its his her their news agency ministry department office "
                     "officials official government spokesperson spokesman spokeswoman police military sources "
                     "source report reports documents document statement media state group company people "
                     "person experts analysts".split())


def _tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", name.lower().replace("’", "'")) if t not in ("the", "a", "an", "s")]


def _same(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    small, big = sorted((set(ta), set(tb)), key=len)
    if small <= big and small - _GENERIC:
        return True
    return fuzz.ratio(" ".join(ta), " ".join(tb), score_cutoff=90) > 0


def collect(sentences: list[Sentence]) -> list[Source]:
    entries: list[dict] = []
    for s in sentences:
        names = []
        for a in s.attributions:
            names.append((a.source, a.mention, a.kind))
            names.extend((v, v, "vague" if a.kind == "vague" else _via_kind(v)) for v in a.via)
        for name, mention, kind in names:
            e = next((e for e in entries if _same(e["name"], name)), None)
            if e is None:
                e = {"name": name, "kinds": Counter(), "aliases": [], "sentences": []}
                entries.append(e)
            elif len(name) > len(e["name"]) and kind not in ("anonymous", "vague"):
                e["aliases"].append(e["name"])
                e["name"] = name
            e["kinds"][kind] += 1
            for alias in (name, mention):
                if alias != e["name"] and alias not in e["aliases"]:
                    e["aliases"].append(alias)
            if s.id not in e["sentences"]:
                e["sentences"].append(s.id)
    return [Source(name=e["name"], kind=e["kinds"].most_common(1)[0][0],
                   aliases=[a for a in e["aliases"] if a != e["name"]], sentences=e["sentences"])
            for e in entries]


def _via_kind(name: str) -> str:
    from factcheck.attribution.mentions import classify

    return classify(name)
