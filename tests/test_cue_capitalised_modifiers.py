"""A quantifier's source phrase keeps the capitalised words before its noun: "several Tarnwell
Labour insiders said" rests on those insiders, not on "insiders" at large."""

from __future__ import annotations

from factcheck.attribution.cues import find_in_sentence


def _mentions(sentence: str) -> list[str]:
    return [r.mention for r in find_in_sentence(sentence, 0, len(sentence))]


def test_capitalised_words_between_a_quantifier_and_an_anonymous_noun_are_the_phrase() -> None:
    assert _mentions("But several Tarnwell Labour insiders said the plan would fail.") == \
        ["several Tarnwell Labour insiders"]
    assert _mentions("Two senior Ruritania Treasury officials said the plan would fail.") == \
        ["Two senior Ruritania Treasury officials"]


def test_capitalised_words_between_a_quantifier_and_a_vague_noun_are_the_phrase() -> None:
    assert _mentions("Many Tarnwell Labour voters say the plan will fail.") == ["Many Tarnwell Labour voters"]
    # without a quantifier a capitalised word opening the sentence is no part of it
    assert _mentions("Yesterday voters said the plan would fail.") == ["voters"]
