"""A hedge in "what may be ..." hedges only the description after it: the headline's claim is
hedged when that description is the headline's ("what appears to be a wolf" under "Wolf seen"),
not when it is an aside on the event ("In what may be the first time ..."). Invented pairs, with
the stance model off (the per-sentence rule) and with it reading every body as "only reports"."""

from __future__ import annotations

import pytest

from factcheck import pipeline
from factcheck.headline import stance


def _codes(headline: str, *sentences: str) -> dict[str, str]:
    analysis = pipeline.check_headline(pipeline.analyze_body("\n\n".join(sentences)), headline)
    return {c.code: c.message for c in analysis.headline_checks}


@pytest.fixture(params=["rules", "model"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "rules":
        monkeypatch.setattr(stance, "_OFF", True)
    else:
        monkeypatch.setattr(stance, "thresholds", lambda: (1.01, 0.0))
    return str(request.param)


def test_a_hedge_on_an_aside_about_the_event_is_not_the_claims(reading: str) -> None:
    codes = _codes("Ruritania's parliament passes budget",
                   "In what may be the first time Ruritania's parliament has agreed on anything this year, it "
                   "passed the budget on Tuesday.",
                   "The vote was 210 to 95.")
    assert "hedge_dropped" not in codes, codes


def test_a_hedge_on_a_description_the_headline_does_not_give_is_not_the_claims(reading: str) -> None:
    codes = _codes("Fisherman in Tarnwell lands 130-kilogram catfish",
                   "A fisherman in Tarnwell landed what could be a new national record, a catfish of 130 kilograms.",
                   "He released it after weighing it.")
    assert "hedge_dropped" not in codes, codes


def test_a_hedge_on_the_headlines_own_description_is_kept(reading: str) -> None:
    codes = _codes("Wolf seen near Tarnwell",
                   "Villagers reported seeing what appears to be a wolf near Tarnwell on Sunday.",
                   "Police asked residents to keep dogs indoors.")
    assert "'appears to'" in codes.get("hedge_dropped", ""), codes
