"""Lists of figures (factcheck/figure_lists.py): a table laid out as lines is one claim, not one
per line; sentences with verbs stay claims. Every text is invented."""

from __future__ import annotations

import pytest

from factcheck.figure_lists import is_item
from factcheck.pipeline import analyze_text


def _flagged(text: str) -> list[str]:
    a = analyze_text("Results from the weekend\n\n" + text)
    return [s.text for s in a.sentences if any(f.code == "unattributed_claim" for f in s.flags)]


@pytest.mark.parametrize("line", ["Varga 17 points.", "Harbourside (2-1): T. Okafor 1 goal, 2 assists.",
                                  "June 17 -- Tarnford Arena, Tarnford, OH", "Containers: 1 Green, 1 Blue",
                                  "12 issues for £11.99.",
                                  # a venue's name and place run to ten or twelve words
                                  "Aug. 14 -- Harbour Casino Amphitheatre - Tarnford, Tarnford Springs, OH",
                                  "August 14 – Tarnford Springs, OH @ Harbour Casino Music Amphitheatre – Tarnford"])
def test_a_short_line_with_a_figure_and_no_verb_is_an_item(line: str) -> None:
    assert is_item(line)


@pytest.mark.parametrize("line", ["Varga scored 17 points.", "The storm killed 3 people.",
                                  "Ticket sales hit 3,000.", "Varga was 20-of-24 passing.",
                                  "Varga and Okafor won the doubles title on Sunday.",
                                  "The council approved a budget of $4.2 million for road repairs on Monday.",
                                  "A record 40,000 fans at the Tarnford Arena on a cold and windy night in June."])
def test_a_sentence_with_a_verb_or_without_a_figure_or_a_long_one_is_no_item(line: str) -> None:
    assert not is_item(line)


def test_a_box_score_is_one_unattributed_claim_not_one_per_line() -> None:
    lines = ["Harbourside (2-1): Varga 25 points.", "Okafor 17 points.", "Tarnwell 10 points.", "Bemba 4 points."]
    assert _flagged("\n\n".join(lines)) == [lines[0]]
    # and when the lines run on in one paragraph
    assert _flagged(" ".join(lines)) == [lines[0]]


def test_tour_dates_are_one_claim() -> None:
    dates = ["June 17 -- Tarnford Arena, Tarnford, OH", "June 19 -- Quay Hall, Harbourside, NJ",
             "July 2 -- Bemba Pavilion, Okafor City, TX"]
    flagged = _flagged("The band will play three dates this summer, its label announced.\n\n" + "\n\n".join(dates)
                       + "\n\nTickets go on sale on Friday at 10 a.m. local time, the promoter said in a statement.")
    assert dates[0] in flagged  # the table rests on no source
    assert not [t for t in flagged if t in dates[1:]]


def test_short_sentences_with_verbs_are_each_a_claim() -> None:
    lines = ["Varga scored 25 points.", "Okafor added 17 points.", "Tarnwell had 10 rebounds."]
    assert _flagged(" ".join(lines)) == lines


def test_two_items_make_no_list() -> None:
    lines = ["Harbourside (2-1): Varga 25 points.", "Okafor 17 points."]
    assert _flagged("\n\n".join(lines)) == lines
