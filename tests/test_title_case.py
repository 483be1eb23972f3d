"""Title Case headlines read in sentence case, the story deciding which capitals are names."""

from __future__ import annotations

from factcheck.attribution.title_case import is_title_case, reading, sentence_cased
from factcheck.batch import document_from_record
from factcheck.pipeline import analyze, analyze_body, check_headline
from factcheck.text_safety import safe_json

STORY = ("Councillor Maria Okafor wants the city to close two of its five libraries, a plan the "
         "Harbour Council will vote on next week. The branches cost too much to run, she said, and "
         "library staff were told of the plan by email. ") * 4


def test_title_case_is_most_longer_words_capitalised() -> None:
    assert is_title_case("Okafor Seeks Support For Library Plan")
    assert is_title_case("Black Lawmakers Rip Council As A 'Disgrace'")
    assert not is_title_case("Okafor seeks support for library plan")
    assert not is_title_case("Council Votes")  # too few words to tell from a run of names
    assert not is_title_case("Rail regulator delayed crash data, sources say")


def test_the_story_keeps_the_capitals_of_names() -> None:
    head = "Okafor Seeks Harbour Council Support For The Library Plan"
    cased = sentence_cased(head, STORY)
    assert cased == "Okafor seeks Harbour Council support for the library plan"
    assert len(cased) == len(head)  # offsets into the headline still hold


def test_acronyms_i_and_possessives_of_names() -> None:
    story = "The plan, which Okafor's office drafted, was sent to the FBI on Monday. " * 3
    assert sentence_cased("Why I Think Okafor's Plan Alarmed The FBI", story) == \
        "Why I think Okafor's plan alarmed the FBI"


def _headline(headline: str, body: str) -> list[tuple[str, str, bool]]:
    a = analyze(document_from_record({"headline": headline, "body": body}))
    return [(x.source, x.cue, x.reports) for x in a.sentences[0].attributions]


def test_a_title_case_headline_credits_its_speaker_as_a_sentence_case_one_does() -> None:
    assert _headline("Okafor seeks support for library plan", STORY) == [("Okafor", "seeks", True)]
    assert _headline("Okafor Seeks Support For Library Plan", STORY) == [("Okafor", "Seeks", True)]


def test_a_headline_with_too_little_story_is_read_as_written() -> None:
    # with no story to say which words are names, lower-casing would turn names into verbs
    assert _headline("Okafor Seeks Support For Library Plan", "The vote is next week.") == []


def test_an_action_in_a_headline_credits_its_actor_but_sources_nothing() -> None:
    """'Okafor endorses ...' tells what she did: she is the sentence's actor (reports=False), shown
    as what it is about, not as the source that vouches for it."""
    assert _headline("Okafor endorses library closures", STORY) == [("Okafor", "endorses", False)]


def test_a_headline_over_many_stories_reads_as_each_story_writes_its_words() -> None:
    """The body cache keeps a headline's reading per story: over a story that names the Harbour
    Council and one that does not, each pair gives what analysing it from scratch gives."""
    head = "Okafor Seeks Harbour Council Support For Library Plan"
    other = ("The city's harbour has been dredged twice this year, and the work has cost more than "
             "planned, officials said on Monday. The library plan was not discussed. ") * 5
    assert reading(head + "\n\n" + STORY, 0, len(head)) != reading(head + "\n\n" + other, 0, len(head))
    for story in (STORY, other, STORY):
        fresh = analyze(document_from_record({"headline": head, "body": story}))
        assert safe_json(check_headline(analyze_body(story), head).to_dict()) == safe_json(fresh.to_dict())
