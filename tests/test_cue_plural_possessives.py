"""A reporting noun after a plural's possessive credits the plural ("Democrats' warning: ..."), as
after "Trump's"; the possessor's phrase does not take in a noun that speaks for no one before
"of" ("the credibility of the officials' claims"); a page's disclaimer is no speaker. Invented
sentences."""

from __future__ import annotations

import pytest

from factcheck.attribution.cues import find_in_sentence


def _found(text: str) -> list[tuple[str, str]]:
    return [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]


@pytest.mark.parametrize("text, source, cue", [
    ("Tarnwell Democrats' new warning: the reservoir could run dry by June.", "Tarnwell Democrats", "warning"),
    ("The engineers’ claim that the bridge was safe was rejected.", "The engineers", "claim"),
    ("The Brandts' claim that they were robbed was dismissed.", "The Brandts", "claim"),
    ("Ola Brandt's claim that she was robbed was dismissed.", "Ola Brandt", "claim"),  # as before
])
def test_a_possessor_owns_the_claim(text: str, source: str, cue: str) -> None:
    assert (source, cue) in _found(text)


@pytest.mark.parametrize("text, source", [
    ("Critics questioned the credibility of the engineers' claims, citing the cracks.", "the engineers"),
    ("Critics questioned the details of Ola Brandt's claim that she was robbed.", "Ola Brandt"),
    ("The head of the agency's claim that the dam was safe was false.", "The head of the agency"),
])
def test_the_possessors_phrase_starts_after_a_noun_that_speaks_for_no_one(text: str, source: str) -> None:
    assert [m for m, c in _found(text) if c.startswith("claim")] == [source]


def test_a_quoted_word_ending_in_s_is_no_possessive() -> None:
    assert not any(c == "claims" for _, c in _found("He called them 'hypocrites' claims aside."))


def test_a_disclaimer_is_no_speaker() -> None:
    assert not any(m == "Disclaimer" for m, _ in _found("Disclaimer: The views of our columnists are their own."))
