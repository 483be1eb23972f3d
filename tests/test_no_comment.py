"""A note that someone did not answer the reporter is no claim to check (factcheck.no_comment).

The sentences are invented in the shapes wire and newspaper copy use for such notes, and in the
shapes that look like one but state something else.
"""

from __future__ import annotations

import pytest

from factcheck import claims
from factcheck.no_comment import is_no_comment_note
from factcheck.pipeline import analyze_text

NOTES = [
    "The ministry declined to comment.",
    "A spokeswoman for the port authority did not immediately respond on Tuesday to a reporter's request for comment "
    "on the delays.",
    "The company's lawyers did not respond to emailed questions about the contracts it signed with the council.",
    "The airline also did not return a phone message from the newspaper on Friday.",
    "Mr. Okafor could not be reached for comment.",
    "Harbour Freight, which runs the terminal under a lease from the city, declined to comment.",
    "The union and the rail operator declined to comment.",
    "When contacted, the regulator declined to comment on the report.",
    "The council had no immediate comment.",
    "Representatives for the singer didn't respond to requests for comment.",
    "The school declined to comment on reports that the coach had been dismissed.",
    "The agency declined comment, the newspaper reported.",
    "He could not be reached for comment or declined to comment.",
]

NOT_NOTES = [
    # the note is an aside or a subordinate clause; the sentence states something else
    "Dr. Marsh, who through a spokesman declined to comment, was born in Leeds and trained at the city's hospital.",
    "When the chairman pointed out that the minister hadn't answered the question, the minister said the plan "
    "was fully funded.",
    # it goes on to state something
    "The club did not respond to the request, and the match went ahead on Saturday anyway.",
    "The firm declined to comment, saying that none of the directors involved remain at the company.",
    # someone reports it, or something else stands before it
    "Officials said the contractor did not respond to three warnings before the collapse.",
    "Profits fell 20 percent, and the chief executive declined to comment.",
    "Ticket sales doubled but the promoter has not responded.",
    # "respond" and "return" that answer no reporter
    "The patient did not respond to treatment and died in March.",
    "The patient did not respond to treatment.",
    "He did not return to the country until 2019.",
    "Police say the driver did not respond to commands to stop.",
]


@pytest.mark.parametrize("text", NOTES)
def test_notes_that_nobody_answered_are_no_claims(text: str) -> None:
    assert is_no_comment_note(text)
    assert not claims.is_checkworthy(text)


@pytest.mark.parametrize("text", NOT_NOTES)
def test_sentences_that_only_contain_such_words_are_read_as_usual(text: str) -> None:
    assert not is_no_comment_note(text)


def test_the_rule_leaves_the_models_claims_alone() -> None:
    # the same words without the refusal are a claim the model keeps
    assert claims.is_checkworthy("The company's lawyers signed 14 contracts with the council in 2023.")
    assert claims.is_checkworthy("The patient did not respond to treatment and died in March.")


def test_a_long_note_in_an_article_raises_no_unattributed_flag() -> None:
    text = (
        "Port strike halts ferries\n\n"
        "Ferry services between the two islands stopped on Monday after 300 dock workers walked out.\n\n"
        "The port authority, which has run the harbour since 1998 under a lease from the county council, "
        "did not respond to emailed questions about the strike on Monday.\n\n"
        "The union said the walkout would last a week.\n"
    )
    analysis = analyze_text(text)
    body = [s for s in analysis.sentences if s.role == "body"]
    note = next(s for s in body if s.text.startswith("The port authority"))
    assert not note.checkworthy
    assert not [f for f in note.flags if f.code == "unattributed_claim"]
    # the claim beside it, which rests on no one, is still flagged
    claim = next(s for s in body if s.text.startswith("Ferry services"))
    assert claim.checkworthy
    assert [f for f in claim.flags if f.code == "unattributed_claim"]
