"""How news bodies write their words: the ones they keep in lower case in mid-sentence and the
ones they capitalise there (models/headline_stats.json, counted over FNC-1 train bodies by
scripts/build_headline_stats.py).

The headline checks read a capital in a Title Case headline with it; the attribution rules read
a sentence's capitalised first word with it ("Notably, ...", "Walking, running and swimming ...":
words news writes in lower case, so no one's name). Both read the same file, so it is one of the
rule files a trained model records (weights.rule_files).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from factcheck import weights

FILE = "headline_stats.json"
_folder = weights.MODELS


@cache
def stats_file() -> dict[str, Any]:
    """The statistics (of `use_folder`'s folder), read once; a missing or broken file is a
    ModelFileError naming it."""
    return weights.load("headline_stats", _folder / FILE)


@cache
def name_words() -> frozenset[str]:
    """Words news bodies nearly always capitalise mid-sentence: names even in a Title Case headline."""
    return frozenset(stats_file().get("names", ()))


@cache
def lowercase_words() -> frozenset[str]:
    """Words news bodies mostly write in lower case: not names even when a headline capitalises them."""
    return frozenset(stats_file().get("lower", ()))


def use_folder(folder: Path) -> None:
    """Read the statistics from `folder` from now on (the build script, tests)."""
    global _folder
    _folder = Path(folder)
    for f in (stats_file, name_words, lowercase_words):
        f.cache_clear()
