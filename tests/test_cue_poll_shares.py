"""A poll's share of people is the source: "about 40 percent of voters said" rests on those 40
percent, not on all voters, and not on the word "percent"."""

from __future__ import annotations

from factcheck.attribution.cues import find_in_sentence
from factcheck.pipeline import analyze_text


def _sources(sentence: str) -> list[tuple[str, str]]:
    analysis = analyze_text(f"Tarnwell plan\n\n{sentence}\n")
    return [(a.source, a.kind) for a in analysis.sentences[1].attributions]


def _mentions(sentence: str) -> list[str]:
    return [r.mention for r in find_in_sentence(sentence, 0, len(sentence))]


def test_a_share_of_people_after_about_or_over_is_the_whole_subject() -> None:
    # "about", "over" give the figure's size here; they are no preposition opening a date
    assert _sources("About 40 percent of voters said the plan would fail.") == [("40 percent of voters", "vague")]
    assert _sources("Some 40 per cent of voters said the plan would fail.") == \
        [("Some 40 per cent of voters", "vague")]
    assert _mentions("Farmers can sell to either buyer, and about 40 percent of them said they had not "
                     "decided.")[0] == "40 percent of them"


def test_a_year_or_a_date_after_a_preposition_opens_no_subject() -> None:
    assert _sources("In 2016 voters said the plan would fail.") == [("voters", "vague")]
    assert not any("2015" in s for s, _ in _sources("Under 2015 rules officials said the plan would fail."))
    assert not any("December" in m for m in _mentions("On December 26 the council said the plan would fail."))
