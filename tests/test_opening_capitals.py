"""A common word capitalised only for opening its sentence is no source (Peace, Tariffs, Keep),
while a name, a pronoun or a word for people at the same place still is. Invented text."""

from __future__ import annotations

from factcheck.model import Analysis
from factcheck.pipeline import analyze_text


def body(*paragraphs: str) -> Analysis:
    return analyze_text("Harbour talks resume\n\n" + "\n\n".join(paragraphs) + "\n")


def sources_of(a: Analysis, starts: str) -> list[str]:
    return [x.source for x in next(s for s in a.sentences if s.text.startswith(starts)).attributions]


def test_a_common_word_opening_the_sentence_is_no_source() -> None:
    a = body("The ferry unions and the harbour board held peace talks on Monday.",
             "Peace would allow the crews to return to work by spring.")
    assert sources_of(a, "Peace would") == []
    a = body("You can keep the old tickets until May, the board said.",
             "Keep saving the receipts, but don't forget to claim the refund before June.")
    assert sources_of(a, "Keep saving") == []


def test_a_name_opening_the_sentence_is_still_a_source() -> None:
    # "Price" is written in lower case too, but also capitalised after another word: a name
    a = body("Ferry operator Tom Price runs the crossing; the price of a ticket rose in May.",
             "Price said the crossing would stay open.")
    assert [x.split()[-1] for x in sources_of(a, "Price said")] == ["Price"]
    # a word the article never writes in lower case is left as the rules read it
    a = body("Okafor said the crossing would stay open.")
    assert sources_of(a, "Okafor said") == ["Okafor"]


def test_pronouns_counts_and_words_for_people_opening_the_sentence_stay() -> None:
    a = body("Ann Okafor runs the ferry company. Two skippers spoke to the board; one skipper quit.",
             "One says the fees are too high.", "Officials said the officials' report was late.")
    assert sources_of(a, "One says") == ["One"]
    assert sources_of(a, "Officials said") == ["Officials"]
