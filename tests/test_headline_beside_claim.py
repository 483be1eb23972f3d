"""A hedge or a credit the stance model's reading would cite must bear on the headline's claim.

When the model reads the body as only reporting or hedging the claim, the checks cite a hedged or
credited sentence near the claim. If the sentence bearing most on the claim states it in the
body's own voice (without a hedge; crediting no one who vouches), and the cited one bears on it at
most half as much, the body does not hedge or credit the claim: it hedges or credits something
next to it. The model's threshold is set so that it always says "reports" here: these tests are
about which sentence may be cited, not about when the model fires.
"""

from __future__ import annotations

import pytest

from factcheck import pipeline
from factcheck.headline import stance

HEADLINE = "Three cases of plague diagnosed in Ruritania"
FLAT = "Three cases of plague have been diagnosed in Ruritania, the health ministry said on Monday."
TREATED = "The patients, a farmer and his wife, are being treated in a hospital in the capital."


@pytest.fixture
def model_says_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stance, "thresholds", lambda: (1.01, 0.0))


def _checks(*sentences: str) -> dict[str, str]:
    analysis = pipeline.check_headline(pipeline.analyze_body("\n\n".join(sentences)), HEADLINE)
    return {c.code: c.message for c in analysis.headline_checks}


@pytest.mark.usefixtures("model_says_reports")
def test_a_hedge_on_something_beside_the_claim_is_not_cited_when_the_claim_is_stated_flat() -> None:
    checks = _checks(FLAT, TREATED, "Public fears may be fuelled by how earlier cases were handled.")
    assert "hedge_dropped" not in checks, checks
    # the credit the model reads is still said: the ministry's word is what the body rests on
    assert "health ministry" in checks["attribution_dropped"]


@pytest.mark.usefixtures("model_says_reports")
def test_a_hedge_in_a_sentence_bearing_half_as_much_as_the_flat_one_is_not_cited() -> None:
    # "more cases" and "Ruritania": some of the headline's weight, under half of the first sentence's
    checks = _checks(FLAT, TREATED, "Fears of more cases in Ruritania are perhaps being fuelled by past health scares.")
    assert "hedge_dropped" not in checks, checks


@pytest.mark.usefixtures("model_says_reports")
def test_a_hedge_in_a_sentence_bearing_on_the_claim_is_still_cited() -> None:
    checks = _checks(FLAT, TREATED, "Two more cases of plague may be diagnosed in Ruritania this week.")
    assert "'may'" in checks["hedge_dropped"], checks


@pytest.mark.usefixtures("model_says_reports")
def test_a_hedge_is_cited_when_the_sentence_bearing_most_on_the_claim_hedges_it() -> None:
    checks = _checks("Three cases of plague may have been diagnosed in Ruritania.", TREATED)
    assert "'may'" in checks["hedge_dropped"], checks


OWN = "Three cases of plague have been diagnosed in Ruritania."


@pytest.mark.usefixtures("model_says_reports")
def test_a_credit_on_something_beside_the_claim_is_not_cited_when_the_body_states_the_claim() -> None:
    checks = _checks(OWN, TREATED, "Fears of more cases in Ruritania are growing, a local newspaper reported.")
    assert "attribution_dropped" not in checks, checks


@pytest.mark.usefixtures("model_says_reports")
def test_a_credit_for_the_claim_itself_is_still_cited() -> None:
    checks = _checks(OWN, TREATED, "Three cases of plague were confirmed in Ruritania, a local newspaper reported.")
    assert "local newspaper" in checks["attribution_dropped"], checks
