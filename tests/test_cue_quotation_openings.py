"""A cue verb just inside an opening quotation mark is quoted, not inverted after what was said;
an anonymous source phrase ends at a negated auxiliary. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.attribution.cues import find_in_sentence


def _found(text: str) -> list[tuple[str, str]]:
    return [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Voters in Tarnwell are told to 'feel the Brandt,' but not at work.",
    "Fans 'say the Brandt name' with pride.",
])
def test_a_verb_opening_a_quotation_takes_no_source_after_it(text: str) -> None:
    # the phrase after the verb is the rest of the quoted words, never a speaker
    assert not any("Brandt" in mention for mention, _ in _found(text))


@pytest.mark.parametrize("text, speaker", [
    ("'We will win,' said Ola Brandt.", "Ola Brandt"),
    ('"We will win," said the spokesman.', "the spokesman"),
    ('"We will win,"said Ola Brandt.', "Ola Brandt"),  # the mark glued on both sides still closes
])
def test_a_closing_mark_before_the_verb_still_inverts(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "said")]


@pytest.mark.parametrize("text, source", [
    ("People close to the Ruritanian delegation don't expect to see a deal before Friday.",
     "People close to the Ruritanian delegation"),
    ("Officials close to the Tarnwell council didn't expect to lose the vote.",
     "Officials close to the Tarnwell council"),
    # a relative pronoun's negated auxiliary stays inside the phrase
    ("Two officials who were not authorized to speak publicly said the plant would close.",
     "Two officials who were not authorized to speak publicly"),
])
def test_an_anonymous_phrase_ends_at_a_negated_auxiliary(text: str, source: str) -> None:
    assert [m for m, _ in _found(text)] == [source]
