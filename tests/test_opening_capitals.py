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


def test_a_word_news_writes_in_lower_case_is_no_source_though_this_article_never_does() -> None:
    """"Walking" and "Wireless" appear once here, capitalised for their place; news bodies write
    them in lower case (factcheck/word_case.py), so they name no one."""
    a = body("Walking, running and swimming are just a few forms of exercise that reduce stress.",
             "Wireless routers that support the new standard are more expensive, and you need new devices "
             "to take advantage.")
    assert sources_of(a, "Walking,") == []
    assert sources_of(a, "Wireless routers") == []
    # a name news bodies capitalise, though it opens the sentence and is named only there
    a = body("Apple said the new routers would ship in May.")
    assert sources_of(a, "Apple said") == ["Apple"]


def test_a_word_the_article_capitalises_after_another_word_is_a_name() -> None:
    # "Walking" as a surname: "coach Lee Walking" capitalises it mid-sentence
    a = body("The ferry board hired coach Lee Walking in May.", "Walking said the crews would return by spring.")
    assert [x.split()[-1] for x in sources_of(a, "Walking said")] == ["Walking"]


def test_allies_and_rivals_are_people_who_speak() -> None:
    # no name: the allies are unnamed people close to someone, the rivals no one in particular
    a = body("Harbour board allies say the talks will resume in May.", "Rivals say the plan is a gimmick.")
    allies = next(s for s in a.sentences if s.text.startswith("Harbour board allies")).attributions
    assert [(x.source, x.kind) for x in allies] == [("Harbour board allies", "anonymous")]
    rivals = next(s for s in a.sentences if s.text.startswith("Rivals say")).attributions
    assert [x.kind for x in rivals] == ["vague"]


def test_a_plural_word_for_people_or_bodies_opening_the_sentence_stays_a_source() -> None:
    # written in lower case here too ("the medics", "the banks"), and by news generally
    a = body("The medics reached the port while the banks stayed shut.",
             "Medics said the port would reopen on Friday.", "Banks said the cash machines would work again by May.")
    assert sources_of(a, "Medics said") == ["Medics"]
    assert sources_of(a, "Banks said") == ["Banks"]


def test_a_name_written_after_a_title_is_a_name_at_the_sentence_start() -> None:
    # news writes "trump" in lower case as often as not; this article writes "Mr. Trump"
    a = body("Mr. Trump spoke to the harbour board on Monday.", "Trump said the talks would resume in May.")
    assert sources_of(a, "Trump said") == ["Trump"]
