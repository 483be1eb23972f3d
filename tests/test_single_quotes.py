"""Quotations in single marks, the British style: a cue word inside one is the speaker's words
("'I think it will fail,' Reyes said" rests on Reyes, not on a source "I"), while apostrophes
("Reyes' car", "don't", "the '90s", "rock 'n' roll") open no quotation."""

from __future__ import annotations

import pytest

from factcheck.attribution.quotes import single_quoted_ranges
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
