"""Cue words whose object or phrasal particle makes them acts, a time phrase between a cue and its
clause, a role's own apposition, outlets with "and" in their name, and invisible characters inside
words. Invented sentences, each with a guard beside it."""

from __future__ import annotations

import pytest

from factcheck.pipeline import analyze_text
from factcheck.tokens import tokenize, words


def _sources(sentence: str) -> list[tuple[str, str]]:
    [s] = analyze_text(f"Harbour news\n\n{sentence}\n").body
    return [(a.source, a.kind) for a in s.attributions]


@pytest.mark.parametrize("sentence", [
    "The dock workers showed no sign of backing down on Tuesday.",
    "The port is showing signs of a slow recovery after the strike.",
    "A Tarnwell deputy showing flu symptoms was sent home from the quay.",
    "The harbourmaster called 911 after the crane collapsed.",
    "Neighbours called an ambulance when the ferry ran aground.",
    "The union backed down after the vote.",
])
def test_a_cue_word_whose_object_or_particle_makes_it_an_act_credits_no_one(sentence):
    assert _sources(sentence) == [], sentence


@pytest.mark.parametrize("sentence, source", [
    ("The harbour survey shows that signs of wear are spreading.", "harbour survey"),
    ("Ann Okafor called the crane plan reckless.", "Ann Okafor"),
    ("The union backed the plan to close the yard, its leader said.", "its leader"),
])
def test_the_same_words_still_credit_where_they_speak(sentence, source):
    assert any(source.lower() in s.lower() for s, _ in _sources(sentence)), _sources(sentence)


@pytest.mark.parametrize("sentence, source", [
    ("Local media outlets reported this week that the yard would close.", "Local media outlets"),
    ("The ministry announced on Monday that the port would close.", "ministry"),
    ("Ann Okafor added late on Tuesday night that she would stay.", "Ann Okafor"),
])
def test_a_time_phrase_may_stand_between_a_cue_and_its_clause(sentence, source):
    assert any(source.lower() in s.lower() for s, _ in _sources(sentence)), _sources(sentence)


def test_a_plural_noun_before_a_time_phrase_is_no_cue():
    assert _sources("The ferry race now moves to Western states this week that the crews are counting on.") == []


@pytest.mark.parametrize("sentence, source", [
    ("Ann Okafor, a spokeswoman for Harbourco, a shipping firm, said the yard would close.", "Ann Okafor"),
    ("Tom Reyes, the harbour minister of Tarnwell, a port city, said the yard would close.", "Tom Reyes"),
])
def test_a_role_with_an_apposition_of_its_own_describes_the_name_before_it(sentence, source):
    assert _sources(sentence)[0][0] == source, _sources(sentence)


def test_a_named_outlet_keeps_its_apposition_and_a_description_gives_no_name():
    [(source, kind)] = _sources("Last month, the Tarnwell Gazette, a local newspaper, revealed that the yard "
                                "would close.")
    assert "Tarnwell Gazette" in source and kind == "media"
    found = _sources("After the strike, his employer, the shipping company, said it had received a letter.")
    assert not any(s.startswith("After") for s, _ in found), found


def test_an_outlet_with_and_in_its_name_is_one_source():
    assert _sources("The Globe and Mail reported that the yard would close.") == [("Globe and Mail", "media")]


def test_invisible_characters_inside_a_word_keep_it_one_word():
    text = "according to a 2013 Harbour\u00adPost article"
    toks = tokenize(text)
    assert [t.low for t in toks][-2:] == ["harbourpost", "article"]
    assert words("Harbour\u00adPost and Tarn\u200bwell") == ["HarbourPost", "and", "Tarnwell"]
    assert [t.text for t in tokenize("a \u200b b")] == ["a", "\u200b", "b"]  # a lone one is a token of its own
    [(source, _)] = _sources("At least three sailors are missing, according to a 2013 Harbour\u00adPost article.")
    assert source == "a 2013 Harbour\u00adPost article"


@pytest.mark.parametrize("sentence, body", [
    ("Securities and Exchange Commission chairman Ann Lee said the yard would close.",
     "Securities and Exchange Commission"),
    ("Harbour Safety and Customs Agency analyst Tom Reyes said the yard would close.",
     "Harbour Safety and Customs Agency"),
    ("Globe and Mail columnist Ann Lee said the yard would close.", "Globe and Mail"),
])
def test_a_body_named_with_and_before_a_role_and_its_holder_is_one_person(sentence, body):
    [(source, kind)] = _sources(sentence)
    assert source.startswith(body) and kind == "named_person", (source, kind)


def test_bodies_and_people_joined_by_and_stay_a_group():
    from factcheck.attribution.kinds import classify
    assert classify("Mr. Grassley and Mr. Leahy") == "named_org"
    assert classify("France and Germany") == "named_org"
    assert _sources("The Securities and Exchange Commission said the yard would close.") == [
        ("Securities and Exchange Commission", "named_org")]
