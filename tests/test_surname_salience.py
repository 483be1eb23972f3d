"""Which of two people who share a surname a bare surname means (resolve.Discourse._bearer)."""

from __future__ import annotations

import pytest

from factcheck.model import Document
from factcheck.pipeline import analyze, analyze_body, check_headline
from factcheck.text_safety import safe_json

HEAD = "Okafor campaign update"


def _sources(body: str, headline: str = HEAD) -> list[list[str]]:
    a = analyze(Document(text=f"{headline}\n\n{body}", headline=headline, body_only=True))
    return [[x.source for x in s.attributions] for s in a.body]


# the senator is the story's own: named and meant in many sentences before his wife is named once
STORY = (
    "Sen. Tom Okafor said on Monday that he would stay in the race.\n\n"
    "Okafor told reporters the campaign had raised $10 million.\n\n"
    "He said the money came from small donors.\n\n"
    "Okafor added that he expected to win in November.\n\n"
    "His wife, Grace Okafor, said she was proud of him.\n\n"
    "Okafor said the next debate would be in Ohio."
)


def test_a_bare_surname_after_a_relative_is_named_is_still_the_storys_own_person() -> None:
    got = _sources(STORY)
    assert got[4] == ["Grace Okafor"]
    assert got[5] == ["Sen. Tom Okafor"]


def test_a_courtesy_title_picks_the_person_of_its_gender() -> None:
    got = _sources(STORY + "\n\nMrs. Okafor said she would campaign with him.\n\nMr. Okafor thanked her.")
    assert got[6] == ["Grace Okafor"]
    assert got[7] == ["Sen. Tom Okafor"]


def test_two_people_named_as_often_leave_the_surname_to_the_last_one_named() -> None:
    """A roundup: one item names a candidate once; a later item introduces an official of the same
    surname and goes on with the bare surname. That is the official, as before."""
    body = (
        "Libertarian candidate Gary Reyes says his doctor called him fit.\n\n"
        "Voters in Ohio lined up early on Friday.\n\n"
        "Homeland Security Secretary Ana Reyes says hackers have targeted election offices.\n\n"
        "Reyes said local officials should ask for help."
    )
    got = _sources(body)
    assert got[3] == ["Homeland Security Secretary Ana Reyes"]


def test_a_relative_named_in_full_each_time_does_not_take_the_surname() -> None:
    """The sister is named in full twice, the journalist in the lead and once more: neither is
    named twice as often, so the bare surname stays with the last one named, the journalist."""
    body = (
        "Photojournalist Luke Tarnwell, held by militants since last year, was killed on Saturday.\n\n"
        "Lucy Tarnwell said she learned of her brother's death from the FBI.\n\n"
        "Lucy Tarnwell gave the comments to the Associated Press.\n\n"
        "A ministry statement suggested that Luke Tarnwell had been freed.\n\n"
        "In a video released Wednesday, Tarnwell, 33, says his life is in danger."
    )
    got = _sources(body)
    assert got[-1] == ["Luke Tarnwell"]


def test_one_person_of_a_surname_is_found_as_before_and_a_broken_mention_is_never_weighed() -> None:
    body = (
        "Someone like Mr. Okafor would never say that, a neighbour said.\n\n"
        "Chief executive Maria Okafor said sales rose.\n\n"
        "Okafor said the company would hire 200 people."
    )
    got = _sources(body)
    assert got[1] == got[2] and "Maria Okafor" in got[2][0]


@pytest.mark.parametrize("headline", ["Grace Okafor speaks out", "Tom Okafor warns of delays",
                                      "Ruth Okafor says the vote was fair"])
def test_a_headline_naming_someone_of_the_surname_gives_what_a_fresh_analysis_gives(headline: str) -> None:
    """The body resolved once (pipeline's trace) and checked against a headline naming a person of
    the same surname: the counts that pick the person include the headline's, as from scratch."""
    got = safe_json(check_headline(analyze_body(STORY), headline).to_dict())
    fresh = analyze(Document(text=f"{headline}\n\n{STORY}", headline=headline, body_only=True))
    assert got == safe_json(fresh.to_dict())
