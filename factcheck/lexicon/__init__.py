"""Lexicons are data files beside this module: one entry a line, `#` starts a comment."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_DIR = Path(__file__).parent


@cache
def patterns(name: str) -> tuple[str, ...]:
    """Entries of `name.txt` as written (regexes keep their case: `\\S` is not `\\s`), in file
    order, comments and blanks dropped."""
    out = []
    for line in (_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@cache
def words(name: str) -> tuple[str, ...]:
    """Entries of `name.txt`, lower-cased (word lists are matched against lower-cased tokens)."""
    return tuple(e.lower() for e in patterns(name))


@cache
def wordset(name: str) -> frozenset[str]:
    return frozenset(words(name))


@cache
def table(name: str) -> dict[str, str]:
    """`key<TAB or ' = '>value` lines of `name.txt` as a dict."""
    out = {}
    for entry in words(name):
        key, _, value = entry.partition("=") if "=" in entry else entry.partition("\t")
        out[key.strip()] = value.strip()
    return out


@cache
def structured(name: str) -> dict[str, Any]:
    """`name.toml`: a lexicon whose entries need fields or sections (tables of word lists)."""
    with open(_DIR / f"{name}.toml", "rb") as f:
        return tomllib.load(f)


def rule_words(section: str, key: str, name: str = "cue_rules") -> frozenset[str]:
    """One word list of a rules lexicon (factcheck/lexicon/cue_rules.toml unless `name`), as a set."""
    return frozenset(structured(name)[section][key])
