"""Verbs of refusal that dispute only a claim.

"Rejected the notion that ...", "dismissed the reports as false" say something of a claim; "the
Senate rejected the bill", "voters rejected Mr. Hallam", "Lewandowski was dismissed on Monday"
and "a radiologist dismissed the scan as normal" do not. One predicate serves the attribution
cue rules (such a verb credits no one) and the headline checks (such a verb refutes nothing).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon import wordset

REACH = 6  # "rejected the latest reports", "the allegations against the minister were dismissed"


def refuses_no_claim(low: Sequence[str], k: int, judging: bool = False) -> bool:
    """Is low[k] (lower-case words, punctuation tokens allowed) a verb of claim_object_verbs with
    no claim noun within REACH words of it (after it, or before it in the passive) and no clause
    or pronoun right after it ("rejected that ...", "dismissed it")? With `judging`, an "as" after
    the object of an active verb keeps it a saying one: "dismissed Estonia as being in the suburbs"
    says what someone holds of a thing (a cue), though it disputes no claim (no refuting word);
    "was dismissed on Monday as coach" is still a firing."""
    if low[k] not in wordset("claim_object_verbs"):
        return False
    nouns = wordset("claim_nouns")
    if any(w in nouns for w in low[max(0, k - REACH):k + REACH + 1]):
        return False
    if judging and "as" in low[k + 1:k + REACH + 1] and not (k and low[k - 1] in wordset("be_forms")):
        return False
    return k + 1 < len(low) and low[k + 1] not in wordset("claim_openers")
