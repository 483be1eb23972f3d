"""A time phrase before a name, how someone feels, and an adverb before a verb are no part of a
source: "A second later Johnson said", "I am very touched", "I was deeply moved"."""

from __future__ import annotations

import pytest

from factcheck.model import Document
from factcheck.pipeline import analyze

HEAD = "Shooting witness speaks"


def _sources(body: str) -> list[list[str]]:
    a = analyze(Document(text=f"{HEAD}\n\n{body}", headline=HEAD, body_only=True))
    return [[x.source for x in s.attributions] for s in a.body]


@pytest.mark.parametrize("opening", ["A second later", "Moments later", "Minutes later", "Days later"])
def test_a_time_phrase_before_a_name_is_no_part_of_it(opening: str) -> None:
    got = _sources(f"His friend, Dorian Okafor, was standing by the car.\n\n{opening} Okafor said he heard a shot.")
    assert got[1] == ["Dorian Okafor"]


def test_an_earlier_report_is_still_a_document() -> None:
    got = _sources("An earlier report said the mine was safe.")
    assert got[0] == ["An earlier report"]


@pytest.mark.parametrize("feeling", ["I am very touched by the attention", "I was deeply moved by the letters",
                                     "I am so pleased with the result"])
def test_how_the_speaker_feels_is_no_source_and_the_quote_is_the_speakers(feeling: str) -> None:
    """Quoted words with a "he said" after them belong to the man named before, however the
    quotation opens; no source called "I am very" is made for a later "he" to find."""
    got = _sources(f"Sergeant Kevin Tarnwell took over the role eight years ago.\n\n'{feeling},' he said.\n\n"
                   "'Our prayers are with the family,' he added.")
    assert got[1] == ["Sergeant Kevin Tarnwell"]
    assert got[2] == ["Sergeant Kevin Tarnwell"]


def test_a_feeling_alone_credits_no_one() -> None:
    assert _sources("I am very pleased by the result.")[0] == []


def test_a_subject_doing_something_in_the_progressive_keeps_its_credit() -> None:
    """Only a past participle after "be" is a feeling or a passive; "was threatening to" is the
    subject's own doing, as before."""
    got = _sources("The rebel group was threatening to kill the hostages, the army said.")
    assert "the army" in [s.lower() for s in got[0]]


def test_later_and_a_weekday_between_a_name_and_its_verb_are_stepped_over() -> None:
    got = _sources("Party chairman Ray Okafor said on Wednesday that the talks were going well.\n\nOkafor later "
                   "Thursday told Fox News that the two would meet.")
    assert got[1] == ["Party chairman Ray Okafor"]


@pytest.mark.parametrize(("sentence", "source"), [
    ("According to Mexico's attorney general none of the students were among the bodies.",
     "Mexico's attorney general"),
    ("According to the company all of the workers were safe.", "the company"),
    ("According to three media outlets an undisclosed number of fighters went to a hospital.", "three media outlets"),
])
def test_according_to_ends_where_the_clause_it_opens_begins(sentence: str, source: str) -> None:
    """With no comma after it, the phrase after "according to" stops at a determiner or
    quantifier that follows a word of its own."""
    assert _sources(sentence)[0] == [source]


@pytest.mark.parametrize(("sentence", "source"), [
    ("According to the two officials the talks failed.", "the two officials"),
    ("According to some of the officials the plan is dead.", "some of the officials"),
    ("The army sent supplies, according to a statement by the Central Command.",
     "a statement by the Central Command"),
])
def test_according_to_keeps_stacked_determiners_and_a_determiner_after_a_preposition(sentence: str,
                                                                                    source: str) -> None:
    assert source in _sources(sentence)[0]


def test_a_documents_own_clause_after_according_to_is_kept() -> None:
    got = _sources("Osman was on the flight, according to an interview his brother Alastair Osman gave to ITV.")
    assert any("his brother" in s or "Alastair Osman" in s for s in got[0])


def _headline_sources(headline: str) -> list[str]:
    a = analyze(Document(text=f"{headline}\n\nThe body says something else here.", headline=headline))
    return [x.source for s in a.sentences if s.role == "headline" for x in s.attributions]


@pytest.mark.parametrize(("headline", "source"), [
    ("Rebel group releases guide to the new rules: 'Stay in your houses'", None),
    ("Okafor Holdings releases statement: 'We did nothing wrong'", "Okafor Holdings"),
])
def test_a_headline_clause_before_a_colon_credits_its_subject(headline: str, source: str | None) -> None:
    """'X releases guide to ...: "..."': the clause's subject, not the whole clause, is whose words
    follow (a lower-case subject names no one)."""
    got = _headline_sources(headline)
    assert not any(" releases " in s for s in got)
    if source is not None:
        assert got == [source]


@pytest.mark.parametrize(("headline", "source"), [
    ("Harbour aides: 'We will win this'", "Harbour aides"),
    ("Labour sources: 'The leader will resign'", "Labour sources"),
])
def test_a_plural_speaker_before_a_colon_is_kept_whole(headline: str, source: str) -> None:
    assert _headline_sources(headline) == [source]


def test_a_possessive_before_a_colon_is_no_verb() -> None:
    got = _sources("Ann Okafor stood outside the hospital.\n\nHis wife's sign read: 'Please help my husband.'")
    assert "Ann Okafor" not in got[1]
