"""People whose given name the lexicon does not know: held by what an apposition or an interview's
introduction says of them, so a later "he", "the professor" or an answer's "A:" finds them."""

from __future__ import annotations

from factcheck.attribution.resolve import introduced_name
from factcheck.pipeline import analyze_text


def _sources(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.source, a.kind) for a in s.attributions] for s in analyze_text(text).sentences]


def test_an_apposition_naming_what_a_person_does_holds_the_name_for_a_later_pronoun() -> None:
    # neither given name is in the lexicon; the noun after the comma says a person is meant
    got = _sources("Tarnwell council backs new bridge\n\nOkonkwo Adebayo, a professor of law at Tarnwell "
                   "University, has studied the bridge for years. He said the cost had doubled since 2019. "
                   "The professor added that tolls were likely.\n")
    assert got[2] == [("Okonkwo Adebayo", "named_person")]
    assert got[3] == [("Okonkwo Adebayo", "named_person")]
    # "behind" ends the apposition's head like "at" and "of" do
    got = _sources("Tarnwell council backs new bridge\n\nIfeoma Nwosu, the blogger behind Tarnwell Thrift, has "
                   "studied the bridge for years. She says the cost had doubled since 2019.\n")
    assert got[2] == [("Ifeoma Nwosu", "named_person")]


def test_a_body_named_in_an_apposition_stays_a_body() -> None:
    # a word of a company's name ("Holdings") and a noun a body may also be called ("owner")
    got = _sources("Tarnwell council backs new bridge\n\nTarnwell Holdings, the owner of the quarry, has "
                   "studied the bridge for years. It said the cost had doubled.\n")
    assert got[2] == [("Tarnwell Holdings", "named_org")]


def test_an_interview_with_someone_the_lexicon_does_not_know_credits_the_person_introduced() -> None:
    text = ("Introducing Ifeoma Nwosu, New Head Baker\n\nWe are glad to have Ifeoma Nwosu, our longtime "
            "friend, as our head baker.\n\nQ: What do you bake most?\n\nA: Rye, mostly. I love rye because "
            "it keeps for a week.\n\nQ: And next year?\n\nA: We will open a second shop in Vega.\n")
    got = _sources(text)
    sentences = analyze_text(text).sentences
    answers = [g for g, s in zip(got, sentences) if s.text.startswith(("A:", "I love"))]
    assert answers == [[("Ifeoma Nwosu", "named_person")]] * 3
    # the questions are the publication's, asked by its interviewer: no person named "Q"
    questions = [g for g, s in zip(got, sentences) if s.text.startswith("Q:")]
    assert questions == [[("the interviewer", "media")]] * 2


def test_the_introduced_name_is_the_one_given_twice_and_opens_with_no_common_word() -> None:
    intro = "Meet Ola Okafor, the baker\n\nMeet Ola Okafor. She bakes rye.\n\n"
    # "Meet Ola", "Ola Okafor" and "Meet Ola Okafor" are each given twice: the verb is no part of it
    assert introduced_name(intro + "A: Rye.", len(intro)) == "Ola Okafor"
    # given once, the name is not taken for the interview's subject; nor is a place given twice
    once = "Meet our new baker\n\nWe are glad to have Ola Okafor as our baker.\n\n"
    assert introduced_name(once, len(once)) is None
    place = "Baking in New Delhi\n\nShe moved to New Delhi in May.\n\n"
    assert introduced_name(place, len(place)) is None
    # what comes after the first answer is not the introduction
    late = intro.replace("Ola Okafor", "our baker", 1)
    assert introduced_name(late + "A: Rye. Ola Okafor bakes.", len(late)) is None
