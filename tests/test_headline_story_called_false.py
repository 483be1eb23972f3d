"""A body that calls the story itself false ("The story is a hoax", "the whole thing is a hoax", a
fact-checker's "FALSE" on its own line) contradicts a headline stating it, although the sentence
shares no word with the headline; a hedged or negated call, or a fake thing, does not."""

from __future__ import annotations

import pytest

from factcheck.pipeline import analyze_text

_HEADLINE = "Dolphin rescues swimmer off Tarnwell beach"
_BODY = ("A video of a dolphin rescuing a swimmer off Tarnwell beach was shared two million times this week. "
         "The clip shows a dolphin pushing the swimmer toward the shore. "
         "Lifeguards at Tarnwell said they had no record of a rescue that day.")


def _checks(headline: str, body: str) -> list:
    return analyze_text(f"{headline}\n\n{body}\n").headline_checks


@pytest.mark.parametrize("call, words", [
    (" The story is a hoax.", "'hoax'"),
    (" Meanwhile, a lifeguard on duty believes the whole thing is a hoax.", "'hoax'"),
    ("\n\nFALSE\n\nThe clip was first posted on Sunday.", "'false'"),
])
def test_a_body_calling_the_story_false_contradicts_the_headline(call: str, words: str) -> None:
    analysis = analyze_text(f"{_HEADLINE}\n\n{_BODY}{call}\n")
    checks = analysis.headline_checks
    assert [c.code for c in checks] == ["contradicted"]
    # the evidence is the sentence that makes the call, quoted with its word
    said = call.strip().split("\n\n")[0]
    by_id = {s.id: s.text for s in analysis.sentences}
    assert by_id[checks[0].evidence[0]] == said
    assert words in checks[0].message and said[:20] in checks[0].message


@pytest.mark.parametrize("aside", [
    " This is probably a hoax.",   # hedged: the body leaves it open
    " It is not a hoax.",          # negated
    " The swimmer was later found with a fake passport.",  # a fake thing, not the story
    "",
])
def test_no_contradiction_without_a_call_on_the_story(aside: str) -> None:
    assert "contradicted" not in [c.code for c in _checks(_HEADLINE, _BODY + aside)]


def test_a_headline_that_only_reports_the_claim_is_not_contradicted_by_the_call() -> None:
    # the headline itself says it is a claim; the body's verdict does not gainsay that
    checks = _checks("Dolphin rescued swimmer off Tarnwell beach, video claims", _BODY + " The story is a hoax.")
    assert "contradicted" not in [c.code for c in checks]


def test_a_pronoun_calls_the_last_claim_false_not_the_story() -> None:
    # "This is totally bogus" after a claim the body reports answers that claim; the headline
    # may well agree with the body there
    body = _BODY + " The video's owner insists the dolphin was wild and untrained. This is totally bogus."
    assert "contradicted" not in [c.code for c in _checks(_HEADLINE, body)]


_PANEL_BODY = ("The Tarnwell council said on Monday that its planning panel would meet on Thursday. "
               "Contrary to published reports, the planning panel will not approve the new harbour wall. "
               "The harbour wall was proposed last year by a group of fishermen.")


def test_a_correction_formula_on_the_claim_contradicts_the_headline() -> None:
    # "contrary to (published) reports" says the reports were wrong, whatever words follow
    checks = _checks("Tarnwell panel approves new harbour wall", _PANEL_BODY)
    assert [c.code for c in checks] == ["contradicted"]
    assert "'contrary to published reports'" in checks[0].message
    body = _PANEL_BODY.replace("Contrary to published reports, the planning panel will not",
                               "The planning panel will not, despite reports to the contrary,")
    assert [c.code for c in _checks("Tarnwell panel approves new harbour wall", body)] == ["contradicted"]


def test_a_correction_formula_agrees_with_a_headline_that_says_the_same() -> None:
    # the headline itself says the approval is not so: the body's correction backs it
    checks = _checks("No, the Tarnwell panel has not approved a harbour wall", _PANEL_BODY)
    assert "contradicted" not in [c.code for c in checks]
