"""Lists of figures: a box score ("Davis 17 points."), tour dates ("June 17 -- Arena, Nashville"),
a meal plan's portions ("Containers: 1 Green, 1 Blue"). Each line holds a figure and the
check-worthiness model reads it as a quantity stated, so a page with a box score gave a reviewer
sixty "unattributed claim" flags for one table.

A list is three or more body sentences in a row (a line the layout took for a crosshead
included), each short, with a digit and no verb. Its first item stays a claim (the table rests on
no source as much as any line of it does); the others are not claims of their own. A line with a
verb ("Okafor scored 12 points.") is a sentence, not an item, and ends the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.lexicon import rule_words, structured, wordset
from factcheck.model import Sentence
from factcheck.tokens import words

_RULES = structured("claim_rules")["lists"]
_MAX_WORDS: int = _RULES["max_words"]
_MIN_ITEMS: int = _RULES["min_items"]
_MAX_CHARS = 16 * _MAX_WORDS  # no line of max_words words is longer
# a short line of a list may read as a crosshead to the page's layout; it is still a line of it
_LIST_ROLES = ("body", "crosshead")
_VERBS = rule_words("lists", "verbs", "claim_rules") | wordset("be_forms") | wordset("irregular_past")
_DIGIT = re.compile(r"\d")  # a decimal digit (a superscript footnote mark, "Footnote¹", is no figure)


def is_item(text: str) -> bool:
    """Does `text` read as a line of a list of figures: short, with a digit, without a verb?"""
    if len(text) > _MAX_CHARS or _DIGIT.search(text) is None:
        return False  # (most sentences: too long to be a line of a list, a check of their length alone)
    found = words(text)
    return 0 < len(found) <= _MAX_WORDS and not any(
        w.islower() and (w in _VERBS or w.endswith("ed") and len(w) > 3) for w in found)


def unmark_items(sentences: Iterable[Sentence]) -> None:
    """Clear `checkworthy` on every item of a list but its first (see the module docstring)."""
    run: list[Sentence] = []
    for s in sentences:
        if s.role in _LIST_ROLES and is_item(s.text):
            run.append(s)
            continue
        _close(run)
        run = []
    _close(run)


def _close(run: list[Sentence]) -> None:
    if len(run) >= _MIN_ITEMS:
        for s in run[1:]:
            s.checkworthy = False
