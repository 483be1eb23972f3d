"""A headline's figure rests on the body sentences that give it: a hedge right before the figure
("may be up to 650,000") is dropped when the headline states it, though the body's scene-setting
sentences share more of the headline's words; and a source a headline has vouch for the claim
("FBI confirms") that "declined to comment" vouched for nothing."""

from __future__ import annotations

import pytest

from factcheck.pipeline import analyze_text

_HEADLINE = "FBI confirms 650,000 emails found on Weiner laptop"
_SCENE = "Federal investigators are examining emails found on a laptop used by Anthony Weiner. "
_FIGURE = ("The number of emails on the laptop may be up to 650,000, The Wall Street Journal reported, "
           "citing people familiar with the matter. ")


def _checks(body: str, headline: str = _HEADLINE) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in analyze_text(f"{headline}\n\n{body}\n").headline_checks:
        out.setdefault(c.code, []).append(c.message)
    return out


def test_the_hedge_on_the_figure_is_dropped_and_the_message_names_both_credits() -> None:
    found = _checks(_SCENE + _FIGURE)
    [message] = found["hedge_dropped"]
    assert message.startswith("The body hedges the figure ('may be up to'; \"The number of emails on the laptop")
    assert "attributed to Wall Street Journal ('reported')" in message
    assert message.endswith("but the headline states it as certain and has FBI vouch for it ('confirms').")


@pytest.mark.parametrize("silence", [
    "The FBI declined to comment on the number.",
    "The FBI refused to discuss the emails.",
    "An FBI spokeswoman declined to discuss the figure.",
])
def test_a_vouching_source_that_would_not_comment_vouched_for_nothing(silence: str) -> None:
    [message] = _checks(_SCENE + _FIGURE + silence)["attribution_dropped"]
    assert message.startswith(f"The headline has FBI vouch for this ('confirms'), but the body says they have not "
                              f"(\"{silence}\"); it attributes it to Wall Street Journal ('reported')")


def test_the_figure_stated_flatly_leaves_no_hedge() -> None:
    found = _checks(_SCENE + _FIGURE.replace("may be up to", "is"))
    assert "hedge_dropped" not in found


@pytest.mark.parametrize("aside", [
    # the hedge is on something else in the sentence that gives the figure
    "If the laptop held 650,000 emails, reading them all would probably take weeks. ",
    "Agents allegedly found the 650,000 emails on Friday. ",
])
def test_a_hedge_away_from_the_figure_is_not_the_figures(aside: str) -> None:
    assert "hedge_dropped" not in _checks(_SCENE + aside)


def test_a_hedged_headline_drops_nothing() -> None:
    found = _checks(_SCENE + _FIGURE, headline="FBI may have found 650,000 emails on Weiner laptop")
    assert "hedge_dropped" not in found
