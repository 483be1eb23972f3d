"""One sentence as the cue passes read it: its tokens and the anonymous, vague and document
phrases found in it ("sources close to the talks", "critics say", "a report published by")."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import MAX_PER_SENTENCE
from factcheck.attribution.kinds import classify, counted_start, opens_with_count
from factcheck.attribution.mentions import quoted_mention_end
from factcheck.tokens import Tok, tokenize_shared

Span = tuple[int, int, str]  # start, end, kind: anonymous | vague | document

# The anonymous, vague and document patterns are long alternations; most sentences contain
# none of the words they need, and a cheap search for those words (derived from the same
# lexicon files) keeps the patterns off them.
_FAMILIES = (("anonymous", "anonymous"), ("vague", "vague"), ("documents", "document"))


def special_spans(text: str, start: int, end: int, lowered: str | None = None) -> list[Span]:
    """The anonymous, vague and document source phrases of text[start:end], in that order
    (`lowered`: that text lower-cased, when the caller has it)."""
    seg = text[start:end]
    out = []
    cut_at = lx.span_cut()
    if lowered is None:
        lowered = seg.lower()
    for name, kind in _FAMILIES:
        keys = lx.precheck(name)
        if keys is None:
            rx = lx.regex_list(name)
        else:
            which = keys.possible(lowered)
            if not which:
                continue
            rx = lx.regex_of(name, which)  # only the patterns that could match this sentence
        for m in rx.finditer(seg):
            if len(out) >= 2 * MAX_PER_SENTENCE:
                break
            a, b = m.span()
            # a pattern's open tail must not run on into the cue and what was said
            cut = cut_at.search(seg, a + 3, b)
            if cut:
                b = _before_verb_group(seg, a, cut.start())
            while b > a and seg[b - 1] in " ,.;:":
                b -= 1
            while a < b and seg[a].isspace():
                a += 1  # a pattern may open on the space before its first word ("... according to| sources")
            if kind == "vague" and b - a >= 3:
                # "three experts say": counted people, the whole phrase decides its kind
                a = counted_start(seg, 0, a)
                if opens_with_count(seg[a:b]):
                    kind = classify(seg[a:b])
            if b - a >= 3:
                out.append((start + a, start + b, kind))
    return out


def _before_verb_group(seg: str, a: int, b: int) -> int:
    """Where a phrase cut before its cue ends once the words of the cue's verb group are off its
    tail: "sources close to the campaign also said", "people familiar with the talks have long
    said" end at "campaign" and "talks". An adverb after "to" and a verb stays: "not authorized
    to speak publicly said" keeps "publicly"."""
    skip = lx.np_skip()
    while True:
        head, _, last = seg[a:b].rstrip().rpartition(" ")
        low = last.lower()
        if not head or not (low in skip or low.endswith("ly") and low not in lx.ly_not_adverbs()):
            return b
        if low.endswith("ly") and head.rpartition(" ")[0].rpartition(" ")[2].lower() == "to":
            return b
        b = a + len(head)


@dataclass(slots=True)
class CueSentence:
    """text[start:end] tokenised, with its special spans; what every pass reads."""

    text: str
    start: int
    end: int
    toks: list[Tok]
    headline: bool
    specials: list[Span]
    lowered: str  # text[start:end] lower-cased, for the passes' pre-checks
    _title_case: bool | None = None

    @classmethod
    def read(cls, text: str, start: int, end: int, headline: bool = False) -> CueSentence | None:
        toks = tokenize_shared(text, start, end)
        if not toks:
            return None
        lowered = text[start:end].lower()
        return cls(text, start, end, toks, headline, special_spans(text, start, end, lowered), lowered)

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
        a, b = self.toks[rng[0]].start, self.toks[quoted_mention_end(self.toks, rng) - 1].end
        return a, b, self.text[a:b]

    def span_at(self, pos_end: int) -> Span | None:
        """The special span that a position just after a token's end falls in."""
        for a, b, kind in self.specials:
            if a < pos_end <= b:
                return (a, b, kind)
        return None
