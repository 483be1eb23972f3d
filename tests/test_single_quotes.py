"""Quotations in single marks, the British style: a cue word inside one is the speaker's words
("'I think it will fail,' Reyes said" rests on Reyes, not on a source "I"), while apostrophes
("Reyes' car", "don't", "the '90s", "rock 'n' roll") open no quotation."""

from __future__ import annotations

import pytest

from factcheck.attribution.quotes import single_quoted_ranges, single_quoted_spans
from factcheck.model import Document
from factcheck.pipeline import analyze

HEAD = "Harbour plan under fire"


def _sources(body: str) -> list[list[str]]:
    a = analyze(Document(text=f"{HEAD}\n\n{body}", headline=HEAD, body_only=True))
    return [[x.source for x in s.attributions] for s in a.body]


@pytest.mark.parametrize("sentence", [
    "'I think the harbour plan will fail,' Tom Reyes said.",
    "\u2018I don\u2019t think the harbour plan will work,\u2019 Tom Reyes said.",
    "Tom Reyes said: 'I believe the harbour plan will fail.'",
    "'If the council wanted a deal it would ask the port,' said Tom Reyes.",
])
def test_a_cue_inside_single_marks_is_the_speakers_words(sentence: str) -> None:
    assert _sources(sentence) == [["Tom Reyes"]]


@pytest.mark.parametrize(("text", "quoted"), [
    ("'I think it will fail,' Lee said.", ["'I think it will fail,'"]),
    ("Lee said: 'They knew.'", ["'They knew.'"]),
    ("\u2018It won\u2019t work,\u2019 he said.", ["\u2018It won\u2019t work,\u2019"]),
    ("The Reyes' car was seen in the '90s, officials said.", []),
    ("He called it 'a disaster' and left.", []),
    ("Fans of rock 'n' roll said it was dead.", []),
    ("Officials don't think the ferry's engines failed.", []),
])
def test_single_quoted_ranges_take_quotations_not_apostrophes(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in single_quoted_ranges(text)] == quoted


def test_a_cue_outside_single_marks_still_counts() -> None:
    """Only the quoted words are the speaker's: the council's "said" after a quotation that names
    no one of its own is the council's."""
    assert _sources("The council said the 'harbour levy' would rise.") == [["The council"]]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("'I think the harbour plan will fail, and the port knows it,' Tom Reyes said.", "direct"),
    ("Tom Reyes said the levy was, in his words, 'a tax on the town.'", "mixed"),
    ("Tom Reyes said the levy was a tax on the town.", "indirect"),
])
def test_single_marks_make_a_quotation_direct_or_mixed(sentence: str, kind: str) -> None:
    a = analyze(Document(text=f"{HEAD}\n\n{sentence}", headline=HEAD, body_only=True))
    assert [x.quote for x in a.body[0].attributions] == [kind]


def test_a_quotation_in_single_marks_runs_over_sentences_to_its_speaker() -> None:
    """The first sentence opens the quotation and names no one; its words are the speaker's
    named after the closing mark, and its "I think" is no source."""
    got = _sources("Ann Okafor joined the harbour board in May.\n\n'I am not sure why they picked me. I think it "
                   "was my laugh. They just sat me in front of the board and I laughed,' she said.")
    assert got[1:] == [["Ann Okafor"], ["Ann Okafor"], ["Ann Okafor"]]


def test_a_run_needs_its_closing_mark_and_no_other_opening_first() -> None:
    """An opening mark that no later sentence closes, or one followed by a new quotation, is
    read as before: a quotation is not assumed."""
    a = analyze(Document(text=f"{HEAD}\n\n'Tis the season, the mayor said. Officials think the levy will rise.",
                         headline=HEAD, body_only=True))
    assert [inside for inside, _ in single_quoted_spans(a.body)] == [False, False]
    b = analyze(Document(text=f"{HEAD}\n\nHe said 'no. Then he left. 'We will win,' she said.",
                         headline=HEAD, body_only=True))
    assert [inside for inside, _ in single_quoted_spans(b.body)] == [False, False, False]


def test_double_marks_in_the_paragraph_leave_single_marks_to_quote_inside_them() -> None:
    a = analyze(Document(text=f"{HEAD}\n\n\"He told me 'we will see. Maybe.' Then he left. It hurt,\" Reyes said.",
                         headline=HEAD, body_only=True))
    assert not any(inside for inside, _ in single_quoted_spans(a.body))


@pytest.mark.parametrize("body", [
    '"Tourists in the harbour town are told to tip in fish instead of cash."',
    "'Tourists in the harbour town are told to tip in fish instead of cash.'",
])
def test_an_agentless_cue_inside_a_quotation_with_no_speaker_names_no_one(body: str) -> None:
    """Not a source with an empty name and the span (-1, -1): the contract's unnamed source."""
    a = analyze(Document(text=f"{HEAD}\n\n{body}", headline=HEAD, body_only=True))
    [attr] = a.body[0].attributions
    assert (attr.source, attr.mention, attr.span, attr.kind) == ("(not named)", "", None, "vague")


def test_a_quotation_in_single_marks_runs_over_paragraphs_each_opened_again() -> None:
    """The convention for a long quotation: each paragraph opens with a mark, only the last
    closes. The paragraphs after the first are the speaker's, and their "I wanted" and "I
    decided" name no one else."""
    got = _sources("Ann Okafor said: 'I was walking around the harbour feeling miserable.\n\n"
                   "'I had not planned on staying there long, I just wanted some chips.\n\n"
                   "'But once I sat down I decided I needed time to think.'\n\n"
                   "The council said the harbour would close.")
    assert got == [["Ann Okafor"], ["Ann Okafor"], ["Ann Okafor"], ["The council"]]


def test_an_unclosed_mark_before_a_paragraph_that_opens_no_quotation_is_no_quotation() -> None:
    """Without a next paragraph opening with a mark, an opening left open is not taken for a
    quotation over paragraphs: the next paragraph's source stands."""
    got = _sources("Ann Okafor said: 'I was walking around the harbour.\n\nOfficials think the harbour will close.")
    assert got[1] == ["Officials"]


def test_in_copy_that_quotes_in_double_marks_a_paragraph_in_single_marks_is_a_pull_quote() -> None:
    """"'There's so much anger.'" set between paragraphs of American copy is a heading drawn
    from a later quotation, not the last speaker's next words."""
    got = _sources('"The harbour is the future," strategist Tom Reyes said. "The levy is the past."\n\n'
                   "'There is so much anger.'\n\n"
                   '"It is hard to divorce herself from that," said Ann Okafor.')
    assert got[2] == []
