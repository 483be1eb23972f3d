"""A headline that gives its source's finding as made over a body where that source's inquiry is
still open ("FBI has found Clinton broke the law" over "The FBI is reviewing newly discovered
emails"): `hedge_dropped`, with the sentence that says so as evidence (headline.checks._verdict_pending);
over a body that names the source but never reports the finding at all: `attribution_dropped`
(headline.checks._finding_unstated).

Invented stories, except the first, which is issue 16's own example."""

from __future__ import annotations

from factcheck.pipeline import analyze_text

FBI_BODY = (
    "The FBI is reviewing newly discovered emails related to Hillary Clinton's private server, Director James Comey "
    "told Congress in a letter on Friday.\n\n"
    "Comey said the bureau could not yet assess whether the material is significant or how long the review "
    "would take.\n\n"
    "The emails were found on a laptop used by Anthony Weiner, two law enforcement officials said.\n\n"
    "Clinton's campaign called on the FBI to release more information about the review."
)
CRASH_BODY = (
    "Two people died when a car hit a bus shelter on Harbour Road on Saturday night.\n\n"
    "Police are investigating the cause of the crash and have appealed for witnesses.\n\n"
    "The driver, a 34-year-old man, was taken to hospital."
)
INQUIRY_BODY = (
    "An independent inquiry into the ferry contract heard evidence from the minister on Tuesday.\n\n"
    "The inquiry has not yet concluded whether the minister misled parliament, its chair said.\n\n"
    "The contract was worth 40 million pounds."
)


def _checks(headline: str, body: str) -> list[tuple[str, str, list[str]]]:
    a = analyze_text(headline + "\n\n" + body)
    texts = {s.id: s.text for s in a.sentences}
    return [(c.code, c.message, [texts[i] for i in c.evidence]) for c in a.headline_checks]


def test_the_issue_s_fbi_example_says_the_finding_is_not_made() -> None:
    [(code, message, evidence)] = _checks("FBI has found Clinton broke the law", FBI_BODY)
    assert code == "hedge_dropped"
    assert "still open ('is reviewing'" in message and "has FBI give the finding as made ('found')" in message
    assert evidence == [FBI_BODY.split("\n\n")[0]]


def test_a_description_credited_with_a_finding_is_read_the_same_way() -> None:
    [(code, message, evidence)] = _checks("Police find crash was caused by drunk driver", CRASH_BODY)
    assert code == "hedge_dropped" and "'are investigating'" in message
    assert evidence[0].startswith("Police are investigating the cause of the crash")
    [(code, message, _)] = _checks("Inquiry concludes minister misled parliament over ferry contract", INQUIRY_BODY)
    assert code == "hedge_dropped" and "'not yet'" in message and "attributed to its chair" in message


def test_no_check_when_the_body_has_the_source_find_it() -> None:
    body = CRASH_BODY.replace(
        "Police are investigating the cause of the crash and have appealed for witnesses.",
        "Police found that the driver was over the legal limit, a spokesman said.\n\n"
        "Police are investigating whether a second car was involved.")
    assert not [c for c in _checks("Police find crash was caused by drunk driver", body) if c[0] == "hedge_dropped"]


def test_no_check_when_the_headline_hedges_or_credits_no_finding() -> None:
    # the headline leaves it open itself
    assert not [c for c in _checks("FBI may have found Clinton broke the law", FBI_BODY) if c[0] == "hedge_dropped"]
    # "find" with a thing for its object reports a discovery, not a finding ("Police find body in river")
    body = "The body of a man was recovered from the river on Sunday.\n\nPolice are investigating how he died."
    assert _checks("Police find body in river", body) == []


def test_the_open_inquiry_must_be_the_credited_source_s() -> None:
    # the body's open inquiry is someone else's: the police finding is not said to be pending
    body = CRASH_BODY.replace("Police are investigating", "The council is investigating")
    assert not [c for c in _checks("Police find crash was caused by drunk driver", body) if c[0] == "hedge_dropped"]


SILENT_BODY = (
    "The FBI said on Friday that it had obtained new emails related to Hillary Clinton's private server.\n\n"
    "The emails were found on a laptop used by Anthony Weiner, two law enforcement officials said.\n\n"
    "Clinton's campaign called on the FBI to release more information."
)


def test_a_finding_the_body_never_reports_is_a_credit_the_body_does_not_give() -> None:
    # the issue's example over a body that names the FBI only for other things; "law" in "law
    # enforcement officials" is one word in a sentence that does not name the FBI: no report of it
    [(code, message, evidence)] = _checks("FBI has found Clinton broke the law", SILENT_BODY)
    assert code == "attribution_dropped"
    assert "credits FBI with a finding ('found': \"Clinton broke the law\")" in message
    assert "no sentence of the body reports that finding, from FBI or anyone" in message
    paragraphs = SILENT_BODY.split("\n\n")
    assert evidence == [paragraphs[0], paragraphs[2]]  # the sentences that name the FBI
    body = "Police said the crash happened at 2 a.m. on the ring road.\n\nTwo people were taken to hospital."
    [(code, message, _)] = _checks("Police find crash was caused by drunk driver", body)
    assert code == "attribution_dropped" and "\"crash was caused by drunk driver\"" in message


def test_no_check_when_some_sentence_may_report_the_finding_in_other_words() -> None:
    # half the finding's words in a sentence naming the source: a paraphrase ("violated federal law")
    body = SILENT_BODY + "\n\nFBI Director James Comey said Clinton violated federal law by keeping secrets."
    assert _checks("FBI has found Clinton broke the law", body) == []
    # two of its words in a sentence from anyone else
    body = ("Police said the crash happened at 2 a.m. on the ring road.\n\n"
            "Witnesses said the driver had been drinking heavily and caused the crash.")
    assert _checks("Police find crash was caused by drunk driver", body) == []
