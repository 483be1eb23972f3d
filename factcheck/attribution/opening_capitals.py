"""A word capitalised only for opening its sentence is no name ("Peace would allow ...", "Tariffs
have also been imposed ...", "Keep saving ...").

A name is capitalised wherever it stands; a common word only where it opens a sentence. So a
lone word that opens its sentence and stands as its source is read as a common word, credited to
no one, when the article also writes it in lower case, or news bodies mostly do (word_case: most
articles never write "notably" or "inference" a second time), and it never capitalises it after
another word or a comma.
"""

from __future__ import annotations

import re
from functools import cached_property

from factcheck.attribution.cues.subjects import speaker_noun
from factcheck.attribution.kinds import singular
from factcheck.attribution.mentions import DETERMINERS
from factcheck.attribution.names import gender_of, possessive_pronouns
from factcheck.lexicon import wordset
from factcheck.word_case import lowercase_words

_LONE_WORD = re.compile(r"[A-Z][a-z]+")
# a word in lower case ("peace", "peace's"); a capitalised word ("Price", "Price's") after a word,
# a comma or a bracket and one space, that is, not at a sentence's start
_LOWER = re.compile(r"(?<![\w'’-])[a-z]+(?![\w-])")
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:)] )[A-Z][a-z]+(?![\w-])")
# and one after a person's shortened title ("Mr. Trump", "Sen. Lee"): a name, not an opening word
_AFTER_TITLE = re.compile(r"\b(?:" + "|".join(sorted((t.capitalize() for t in wordset("kind_personal_titles")),
                                                       key=len, reverse=True))
                          + r")\. ([A-Z][a-z]+)(?![\w-])")
_CHUNK = 1 << 20


class ArticleCase:
    """How an article writes its words: the words it writes in lower case, and those it
    capitalises after another word. Read in one pass, on the first question (most articles ask
    none), in slices of about a megabyte cut at spaces: a long text is never copied or listed
    whole, and each question after is one set lookup."""

    def __init__(self, text: str) -> None:
        self._text = text

    @cached_property
    def _cases(self) -> tuple[frozenset[str], frozenset[str]]:
        text, lower, inner = self._text, set(), set()
        start = 0
        while start < len(text):
            end = text.find(" ", start + _CHUNK)
            end = len(text) if end < 0 else end
            lower.update(_LOWER.findall(text, start, end))
            inner.update(_INNER_CAPITAL.findall(text, start, end))
            inner.update(_AFTER_TITLE.findall(text, start, end))
            start = end
        return frozenset(lower), frozenset(inner)

    def common_word(self, word: str) -> bool:
        """Written in lower case somewhere here, or by news bodies mostly ("Notably", "Walking"),
        and never capitalised after another word here."""
        lower, inner = self._cases
        low = word.lower()
        return (low in lower or low in lowercase_words()) and word not in inner


def capitalised_for_its_place(case: ArticleCase, text: str, sentence_start: int, mention: str,
                              mention_start: int, kind: str) -> bool:
    """Is the source `mention` (at `mention_start` in `text`) a lone common word capitalised only
    for opening its sentence? Never a pronoun ("His call", "They said"), a determiner, count or
    partitive that stands for people ("One says", "Both said"), a word for people, a body, a text
    or an outlet, or its plural ("Officials said", "Police say", "Companies say"), or a given name
    ("Will", "Rose")."""
    if kind not in ("named_person", "named_org") or not _LONE_WORD.fullmatch(mention):
        return False
    if mention_start < sentence_start or any(c.isalnum() for c in text[sentence_start:mention_start]):
        return False  # a mention in an earlier sentence, or after a word of this one, opens nothing
    low = mention.lower()
    if speaker_noun(low) or low.endswith("s") and speaker_noun(singular(low)) or low in possessive_pronouns() \
            or low in DETERMINERS or low in wordset("cardinals") or low in wordset("partitives") \
            or gender_of(mention) is not None:
        return False
    return case.common_word(mention)
