"""One sentence as the cue passes read it: its tokens and the anonymous, vague and document
phrases found in it ("sources close to the talks", "critics say", "a report published by")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import MAX_PER_SENTENCE
from factcheck.attribution.tokens import Tok, tokenize

Span = tuple[int, int, str]  # start, end, kind: anonymous | vague | document

# The anonymous/vague patterns are long alternations; most sentences contain none of their
# key words, and a cheap scan for those words keeps the patterns off them.
_ANON_KEYS = re.compile(r"\b(?:source|official|person|people|insider|aide|diplomat|adviser|advisor|executive|"
                        r"employee|staffer|member|individual|figure|unnamed|anonym|whistleblower|tipster)", re.I)
_VAGUE_FORMULA = re.compile(r"\bit (?:is|was|has been|had been)\b|\bword (?:is|has it)\b|"
                            r"(?:^\W*|\b(?:there (?:are|were|have been)|amid|despite|following|per) )(?:\w+ )?"
                            r"(?:reports|rumou?rs|speculation|claims|allegations|suggestions)\b", re.I)
_VAGUE_GROUP = re.compile(r"\b(?:expert|critic|analyst|observer|commentator|pundit|economist|scientist|researcher|"
                          r"academic|scholar|historian|campaigner|activist|opponent|supporter|detractor|sceptic|skeptic|"
                          r"watcher|insider|resident|local|witness|onlooker|neighbo|parent|voter|people|other|many|"
                          r"some|most|someone|somebody|everyone|sources|reports)", re.I)
_VAGUE_CUE = re.compile(r"\b(?:say|said|says|argue[sd]?|believe[sd]?|claim(?:s|ed)?|warn(?:s|ed)?|note[sd]?|"
                        r"suggest(?:s|ed)?|fear(?:s|ed)?|think|thought|point(?:s|ed)?|agree[sd]?|contend|insist|worr\w*|"
                        r"expect\w*|predict\w*|estimate[sd]?|have|had)\b", re.I)
_DOC_KEYS = re.compile(r"\b(?:report|stud|survey|poll|analys|review|audit|inquiry|investigation|document|memo|email|"
                       r"letter|filing|record|data|figure|statistic|transcript|minutes|paper|assessment|indictment|"
                       r"complaint|lawsuit|affidavit|ruling|judgment|release|statement|files|messages|texts)", re.I)
_CUE_IN_SPAN = re.compile(r"\s(?:said|says|say|told|added|confirmed|warned|claimed|believe[sd]?|argued?|insisted|"
                          r"reported|wrote|noted|show(?:s|ed)?|found|suggest(?:s|ed)?)\b")


def _vague_keys(seg: str) -> bool:
    return bool(_VAGUE_FORMULA.search(seg) or (_VAGUE_GROUP.search(seg) and _VAGUE_CUE.search(seg)))


def special_spans(text: str, start: int, end: int) -> list[Span]:
    """The anonymous, vague and document source phrases of text[start:end], in that order."""
    seg = text[start:end]
    out = []
    todo = []
    if _ANON_KEYS.search(seg):
        todo.append((lx.anonymous(), "anonymous"))
    if _vague_keys(seg):
        todo.append((lx.vague(), "vague"))
    if _DOC_KEYS.search(seg):
        todo.append((lx.documents(), "document"))
    for rx, kind in todo:
        for m in rx.finditer(seg):
            if len(out) >= 2 * MAX_PER_SENTENCE:
                break
            a, b = m.span()
            # a pattern's open tail must not run on into the cue and what was said
            cut = _CUE_IN_SPAN.search(seg, a + 3, b)
            if cut:
                b = cut.start()
            while b > a and seg[b - 1] in " ,.;:":
                b -= 1
            if b - a >= 3:
                out.append((start + a, start + b, kind))
    return out


@dataclass(slots=True)
class CueSentence:
    """text[start:end] tokenised, with its special spans; what every pass reads."""

    text: str
    start: int
    end: int
    toks: list[Tok]
    headline: bool
    specials: list[Span]
    _title_case: bool | None = None

    @classmethod
    def read(cls, text: str, start: int, end: int, headline: bool = False) -> CueSentence | None:
        toks = tokenize(text, start, end)
        if not toks:
            return None
        return cls(text, start, end, toks, headline, special_spans(text, start, end))

    @property
    def title_case(self) -> bool:
        """Four or more words, nearly all capitalised: a Title Case Headline. Asked rarely, so
        counted on first use."""
        if self._title_case is None:
            words = [t for t in self.toks if t.is_word and t.text[0].isalpha()]
            self._title_case = len(words) >= 4 and sum(t.cap for t in words) >= 0.8 * len(words)
        return self._title_case

    def mention(self, rng: tuple[int, int]) -> tuple[int, int, str]:
        """The character span and text of a token range."""
        a, b = self.toks[rng[0]].start, self.toks[rng[1] - 1].end
        return a, b, self.text[a:b]

    def span_at(self, pos_end: int) -> Span | None:
        """The special span that a position just after a token's end falls in."""
        for a, b, kind in self.specials:
            if a < pos_end <= b:
                return (a, b, kind)
        return None
