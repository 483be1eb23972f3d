"""Notes that someone did not answer the reporter: how a story was reported, not a claim.

"The FBI declined to comment." "Trump's campaign did not respond to emailed questions about his
investments." "A spokeswoman could not immediately be reached." A fact-checker has nothing to
check there, yet the sentence names a body and states a past event, so the check-worthiness model
often calls it a claim, and it was flagged as one resting on no source. The note must be the
sentence's main clause (claim_rules.toml [no_comment_notes] says what each list is for).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.lexicon import structured
from factcheck.tokens import words

_RULES = structured("claim_rules")["no_comment_notes"]


def _alt(phrases: list[str]) -> str:
    """The phrases as one regex alternation, longest first, any run of spaces between words."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def _apostrophes(pattern: str) -> str:
    """A pattern's straight apostrophes matching curly ones too ("didn’t")."""
    return pattern.replace("'", "['\u2019]")


_ADVERBS = rf"(?:(?:{_alt(_RULES['adverbs'])})\s+)*"
_REFUSAL = _apostrophes(rf"(?:{_alt(_RULES['refusals'])})\s+{_ADVERBS}")
# group "free": any complement may follow; group "answer": only the reporter's request or nothing
_NOTE = re.compile(
    rf"\b(?:(?P<free>{_REFUSAL}(?:{_alt(_RULES['acts'])})\b|{_apostrophes(_alt(_RULES['phrases']))}\b)"
    rf"|(?P<answer>{_REFUSAL}(?:{_alt(_RULES['answers'])})\b))")  # searched in the lower-cased text
_REQUEST = re.compile(rf"^\W*(?:\S+\s+){{0,5}}?(?:{_alt(_RULES['requests'])})\b", re.IGNORECASE)
_ONLY_TIME = re.compile(rf"^(?:\W*(?:{_alt(_RULES['time_words'])})\b)*\W*$", re.IGNORECASE)
_OPENER = re.compile(rf"(?:[;:]|,\s*(?:{_alt(_RULES['clause_openers'])})\b|\s(?:and|but|or)\s)", re.IGNORECASE)
# before the note only a comma or a semicolon opens another clause: "The FBI and the Justice
# Department declined to comment" is one subject
_SUBJECT_END = re.compile(rf"(?:[;:]|,\s*(?:{_alt(_RULES['clause_openers'])})\b)", re.IGNORECASE)
# in the subject with its asides, whose commas would hide the clause's
_CLAUSE = re.compile(rf"(?:;|,\s*(?:{_alt(_RULES['subject_clause_openers'])})\b|\sbut\s)", re.IGNORECASE)
_SUBORDINATE = re.compile(rf"^\W*(?:{_alt(_RULES['subordinators'])})\b[^,]*$", re.IGNORECASE)
_SAYS = re.compile(rf"\b(?:{_alt(_RULES['subject_reports'])})\b", re.IGNORECASE)
_ASIDE = re.compile(r",[^,]*,")
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose|whom|that)\b[^,]*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MAX_SUBJECT = int(_RULES["max_subject_words"])
NOTE_WORDS = frozenset(_RULES["words"])


def is_no_comment_note(text: str, lowered_words: Iterable[str] | None = None) -> bool:
    """Is the sentence only a note that someone did not answer the reporter?

    `lowered_words`: the sentence's words in lower case, when the caller has them."""
    if NOTE_WORDS.isdisjoint(lowered_words if lowered_words is not None else (w.lower() for w in words(text))):
        return False
    low = text.lower()
    if len(low) != len(text):
        return False  # a letter whose lower case is longer: offsets would not match
    m = _NOTE.search(low)
    if m is None:
        return False
    before, after = text[:m.start()], text[m.end():]
    if _RELATIVE_ASIDE.search(before) or _CLAUSE.search(before) or _SUBORDINATE.match(before):
        return False  # "Curiel, who through his office declined to comment, was born ..."
    # the subject without its asides: a clause of its own ("Profits fell 20 percent, and the CEO
    # declined to comment"), a report or what it reports ("Officials said the firm did not
    # respond", "noted that Trump hadn't answered"), a figure or a long phrase says more than who
    # did not answer
    subject = _ASIDE.sub(" ", before)
    if (_SUBJECT_END.search(subject) or _SAYS.search(subject) or _DIGIT.search(subject)
            or len(words(subject)) > _MAX_SUBJECT):
        return False
    opener = _OPENER.search(after)
    if opener is not None:
        # "declined to comment or could not be reached": a second note may follow the first
        rest = after[opener.end():]
        return is_no_comment_note("X " + rest) if _NOTE.match(rest.strip().lower()) else False
    if m.group("answer") is not None:
        return bool(_REQUEST.search(after) or _ONLY_TIME.match(after))
    return True
