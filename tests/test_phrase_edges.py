"""Where a source's phrase begins: after a time phrase ("Hours earlier Okafor said"), not before
"from" when what precedes it is no source ("drew ire from lawmakers who said"), across a place
after a noun for people ("Experts from Harvard who studied the data said", "Officials in Kano in
northern Nigeria said")."""

from __future__ import annotations

import pytest

from factcheck.model import Document
from factcheck.pipeline import analyze

HEAD = "Budget vote goes ahead"


def _sources(body: str) -> list[list[str]]:
    a = analyze(Document(text=f"{HEAD}\n\n{body}", headline=HEAD, body_only=True))
    return [[x.source for x in s.attributions] for s in a.body]


def _kinds(body: str) -> list[list[str]]:
    a = analyze(Document(text=f"{HEAD}\n\n{body}", headline=HEAD, body_only=True))
    return [[x.kind for x in s.attributions] for s in a.body]


@pytest.mark.parametrize("opening", ["Hours earlier", "Moments earlier", "Earlier", "Later", "Two weeks earlier",
                                     "Minutes earlier"])
def test_earlier_and_later_end_a_time_phrase_before_a_name(opening: str) -> None:
    """"Minutes" and "Hours" capitalised as the first word are no one, nor a document."""
    got = _sources(f"Finance minister Mary Okafor resigned on Monday.\n\n{opening} Okafor said the budget was sound.")
    assert got[1] == ["Mary Okafor"]


def test_earlier_before_a_common_noun_stays_in_its_phrase() -> None:
    """Capitalised for opening the sentence, "Earlier" stops a phrase only before a name."""
    assert _sources("Earlier reports said the minister had fled.")[0] == ["Earlier reports"]


@pytest.mark.parametrize(("sentence", "source"), [
    ("The plan drew ire from lawmakers who said it was illegal.", "lawmakers"),
    ("The move won praise from unions who said it was overdue.", "unions"),
    ("The plan drew criticism from Tom Reyes, who said it was illegal.", "Tom Reyes"),
])
def test_a_phrase_stops_at_from_after_a_noun_that_names_no_source(sentence: str, source: str) -> None:
    """The reaction ("ire", "praise", "criticism") is the object of another clause's verb; the
    people after "from" are the source."""
    assert set(_sources(sentence)[0]) == {source}


@pytest.mark.parametrize(("sentence", "source"), [
    ("Officials from the ministry said the vote would go ahead.", "Officials from the ministry"),
    ("A letter from lawyers said the deal was void.", "A letter from lawyers"),
])
def test_a_phrase_goes_on_past_from_after_a_noun_for_a_source(sentence: str, source: str) -> None:
    assert _sources(sentence)[0] == [source]


def test_a_spokesman_from_a_company_is_the_company_speaking_through_someone_unnamed() -> None:
    """Had the phrase stopped at "from", the company would be named and speak for itself."""
    assert _sources("A spokesman from Harbourco said the plant would close.")[0] == ["Harbourco"]
    assert _kinds("A spokesman from Harbourco said the plant would close.")[0] == ["anonymous"]


@pytest.mark.parametrize(("sentence", "head"), [
    ("Experts from Tarnwell University who studied the data said it was flawed.", "Experts from Tarnwell"),
    ("Officials in the ministry who read the plan said it was weak.", "Officials in the ministry"),
    ("Residents of Tarnwell who saw the fire told reporters it spread fast.", "Residents of Tarnwell"),
])
def test_the_people_before_a_place_and_a_relative_clause_speak(sentence: str, head: str) -> None:
    """Not "the data" or "the plan", the object inside the relative clause."""
    got = _sources(sentence)[0]
    assert len(got) == 1 and got[0].startswith(head)


@pytest.mark.parametrize(("sentence", "source"), [
    ("Officials in Kano in northern Nigeria said the attacks continue.", "Officials in Kano in northern Nigeria"),
    ("Elders in Borno state in Nigeria's north-east have said the attacks continue.",
     "Elders in Borno state in Nigeria's north-east"),
])
def test_people_in_a_place_in_a_wider_place_are_one_source(sentence: str, source: str) -> None:
    assert _sources(sentence)[0] == [source]


def test_a_wider_place_after_a_thing_in_a_place_is_still_no_source_of_the_thing() -> None:
    """Only people govern the chain of places: "The clash in Kano" does not speak."""
    got = _sources("The clash in Kano in northern Nigeria said nothing.")[0]
    assert all(not s.startswith("The clash") for s in got)


@pytest.mark.parametrize("sentence", [
    "Yasir Okafor, 36, from Tarnwell said that the woman had appealed for help.",
    "Yasir Okafor, from Tarnwell, West Harbour, said that the woman had appealed for help.",
    "Yasir Okafor, 36, from Tarnwell, in the north of the county, said that the woman had appealed for help.",
])
def test_the_place_a_person_is_from_is_no_speaker(sentence: str) -> None:
    assert _sources(sentence)[0] == ["Yasir Okafor"]


def test_whom_one_tells_after_a_comma_is_no_speaker() -> None:
    """"..., told The Sun:" is the subject's telling; the newspaper only heard it."""
    got = _sources("Mr Okafor, from Tarnwell, West Harbour, told The Sun: 'She was determined to find her son.'")
    assert got[0] == ["Mr Okafor"]


def test_told_after_a_long_description_credits_the_name_the_sentence_opens_with() -> None:
    """A cue word inside the quotation ("if the group wanted") is the speaker's words, and the
    newspaper after "told" only heard them."""
    got = _sources('"I have never heard of him, and if the group wanted a ceasefire it would come from its leader," '
                   "Tom Reyes, an expert on the group who has negotiated with it before on behalf of the "
                   "government, told the Tarnwell Gazette.")
    assert got[0] == ["Tom Reyes"]


def test_a_name_in_apposition_may_end_in_a_particle_and_a_hyphen() -> None:
    got = _sources("The deputy head of the provincial council, Falleh al-Okafor, told reporters that a curfew was "
                   "imposed.\n\nThe curfew was prompted by fear of attacks, he said.")
    assert got == [["Falleh al-Okafor"], ["Falleh al-Okafor"]]
