"""Lexicons are data files beside this module: one entry a line, `#` starts a comment."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DIR = Path(__file__).parent


@cache
def words(name: str) -> tuple[str, ...]:
    """Entries of `name.txt`, lower-cased, in file order, comments and blanks dropped."""
    out = []
    for line in (_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.lower())
    return tuple(out)


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
