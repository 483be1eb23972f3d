"""Credits and hedges a headline check reads in a body sentence: one inside a relative aside says
something of its own; a capital after a headline label's colon opens the claim; a source the
headline credits is met by either of the two nearest sentences that report the claim, in any
inflection. Small invented stories."""

from __future__ import annotations

import pytest

from factcheck.headline import stance
from factcheck.headline.checks import _proper_credit
from factcheck.model import Attribution, Sentence
from factcheck.pipeline import analyze_text

TAIL = "\n\nDock workers walked out on Wednesday over the plan.\n"


@pytest.fixture
def reporting(monkeypatch):
    """The stance model reads every body as only reporting the claim, so the message path runs."""
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 0.0))


def _codes(text: str, code: str) -> list[str]:
    return [c.message for c in analyze_text(text).headline_checks if c.code == code]


METEOR = "Meteorite smashes into field near Tarnwell airport, leaving deep crater"


@pytest.mark.parametrize("dash", [" \u2014 ", " - "])
def test_a_credit_and_a_hedge_in_a_relative_aside_bear_on_the_aside(reporting, dash):
    text = (f"{METEOR}\n\nThe meteorite{dash}which experts say may have broken up on impact{dash}smashed into a "
            f"field near Tarnwell airport on Saturday night, leaving a deep crater.{TAIL}")
    assert _codes(text, "attribution_dropped") == []
    assert _codes(text, "hedge_dropped") == []


def test_a_comma_aside_is_read_the_same_way(reporting):
    text = (f"{METEOR}\n\nThe meteorite, which experts say may have broken up on impact, smashed into a field near "
            f"Tarnwell airport on Saturday night, leaving a deep crater.{TAIL}")
    assert _codes(text, "attribution_dropped") == []
    assert _codes(text, "hedge_dropped") == []


def test_a_credit_and_a_hedge_on_the_main_clause_still_count(reporting):
    credited = (f"{METEOR}\n\nThe meteorite smashed into a field near Tarnwell airport on Saturday night, leaving "
                f"a deep crater, experts say.{TAIL}")
    [message] = _codes(credited, "attribution_dropped")
    assert "experts ('say')" in message, message
    hedged = (f"{METEOR}\n\nA meteorite may have smashed into a field near Tarnwell airport on Saturday night, "
              f"leaving a deep crater.{TAIL}")
    assert _codes(hedged, "hedge_dropped") != []


def test_an_aside_that_holds_the_claim_keeps_its_credit(reporting):
    """The aside carries more of the headline's words than the clause around it: it is the claim."""
    text = ("Tarnwell crane yard to close next year\n\nThe harbour board, which officials say will close the "
            f"Tarnwell crane yard next year, met on Monday.{TAIL}")
    [message] = _codes(text, "attribution_dropped")
    assert "officials ('say')" in message, message


def _head_credit(headline: str, mention: str) -> tuple[Sentence, Attribution]:
    at = headline.index(mention)
    return (Sentence(id="h", start=0, end=len(headline), text=headline, paragraph=0, role="headline"),
            Attribution(source=mention, mention=mention, span=(at, at + len(mention)), cue="reveals",
                        kind="document"))


@pytest.mark.parametrize("headline, mention, proper", [
    # capitalised because it opens the claim after a short label: a description, no name
    ("Lawyer: New recording reveals pause in gunfire", "New recording", False),
    ("Pants on Fire: New memo shows harbour hid failures", "New memo", False),
    ("New recording reveals pause in gunfire", "New recording", False),
    # a name after the label, a capital inside the phrase, or a long clause before a colon
    ("Lawyer: Marine Safety Agency memo reveals failures", "Marine Safety Agency memo", True),
    ("Lawyer: A Tarnwell recording reveals pause in gunfire", "A Tarnwell recording", True),
    ("The lawyer who made the tape public says this: New recording reveals pause", "New recording", True),
])
def test_a_capital_after_a_label_colon_opens_the_claim(headline, mention, proper):
    assert _proper_credit(*reversed(_head_credit(headline, mention))) is proper


HIDDEN = "Crane failures were hidden from Tarnwell inspectors, officials say"


def test_a_headline_credit_met_in_the_next_reporting_sentence_is_not_swapped(reporting):
    text = (f"{HIDDEN}\n\nThe crane failures were hidden from Tarnwell inspectors for a year, according to a "
            "harbour audit.\n\nA port official said the failures had been hidden from inspectors on purpose."
            f"{TAIL}")
    assert not any(m.startswith("The headline credits officials") for m in _codes(text, "attribution_dropped"))


def test_a_headline_credit_no_nearby_sentence_gives_is_swapped(reporting):
    text = (f"{HIDDEN}\n\nThe crane failures were hidden from Tarnwell inspectors for a year, according to a "
            "harbour audit.\n\nThe mayor said the failures had been hidden from inspectors on purpose."
            f"{TAIL}")
    [message] = _codes(text, "attribution_dropped")
    assert message.startswith("The headline credits officials, but the body reports it"), message


def test_a_reported_sentence_is_quoted_with_the_credits_that_vouch(reporting):
    """'has reportedly decided to close ..., as she did not feel it was safe' rests the claim on
    'reportedly': the mayor's decision and her feelings are no credits a reader needs named."""
    text = ("Tarnwell crane yard to close next year\n\nThe mayor of Tarnwell has reportedly decided to close the "
            f"crane yard next year, as she did not feel it was safe.{TAIL}")
    [message] = _codes(text, "attribution_dropped")
    assert message.endswith("('reportedly')). The headline states it as fact and does not say who claims it."), message
    assert "attributed to" not in message, message


def test_a_dropped_credit_quotes_the_sentence_that_gives_it():
    """A hedged sentence with no credit may back the headline beside one that credits a source: the
    message names the source and quotes that source's sentence, first in the evidence."""
    stance.switch_off(True)
    try:
        checks = analyze_text("Tarnwell crane yard to close next year\n\nThe Tarnwell crane yard may close next "
                              "year.\n\nThe crane yard in Tarnwell will close next year, a harbour source said."
                              f"{TAIL}").headline_checks
    finally:
        stance.switch_off(False)
    [check] = [c for c in checks if c.code == "attribution_dropped"]
    assert check.message.startswith("The body rests this on a harbour source ('said') (\"The crane yard in "
                                    "Tarnwell will close next year, a harbour source said.\")"), check.message
    assert len(check.evidence) == 2
