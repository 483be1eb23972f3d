"""Choosing among candidate attributions: the one step that decides which candidates stand.

Every pass proposes candidates, each naming the rule that found it (its evidence). Passes run in
the order of `cues.PRIORITY`; a candidate is taken unless an earlier one already covers part of
its mention, or its mention is a word that is never a source ("you", "this"), or the sentence
already holds `MAX_PER_SENTENCE`. So on overlap the pass earlier in the table wins, and within a
pass the candidate proposed first: "according to the agency, officials said" keeps both, but
"Smith said" found as a vague span and as a subject is taken once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.attribution import lexicons as lx
from factcheck.attribution.mentions import TIME_WORDS, classify
from factcheck.lexicon import rule_words, structured

# A real sentence has a handful of sources; text without sentence punctuation can make one
# "sentence" of thousands of cues, and the per-sentence bookkeeping must stay bounded there.
MAX_PER_SENTENCE = 32

NOT_SOURCE = rule_words("choose", "not_source")
_OPENING_PREPOSITIONS = rule_words("choose", "opening_prepositions")
_PERSON_TITLES = frozenset(structured("attribution_rules")["resolve"]["person_titles"])
_DAYS = frozenset(w for w in TIME_WORDS if w.endswith("day") and w != "day" or w == "tonight")  # "Day" is a surname


def names_no_one(mention: str) -> bool:
    """A mention that names no one, whatever reads it: an abbreviated title alone ("Rep. (D-N.Y.)
    linked ...", where a page lost the name; a whole word, "President says", is a role that
    speaks), or a phrase opening with a preposition ("For Mr. Rubio, assimilation meant
    embracing"), or a day ("who died Monday at 92, ... hoped": a time phrase, never a speaker;
    a month can be a name, "May said")."""
    bare = mention.rstrip(".")
    return bare in _PERSON_TITLES and len(bare) <= 4 or bare.lower() in _DAYS \
        or " " in mention and mention.split(" ", 1)[0].lower() in _OPENING_PREPOSITIONS


@dataclass(slots=True)
class RawAttribution:
    """A chosen attribution: the mention as written, its cue, and the rule that found it."""

    mention_start: int
    mention_end: int
    mention: str
    cue: str
    cue_start: int
    kind: str
    via: list[str] = field(default_factory=list)
    chain_only: bool = False  # "according to X" / "citing X": may become another's via
    antecedent: str | None = None  # for a relative pronoun ("an architect who said"): what it stands for
    reports: bool = True  # False for an action of the subject found by the stance fallback
    rule: str = ""  # the pass (and its rule) that proposed it: the evidence


@dataclass(slots=True)
class Candidate:
    """What a pass proposes: a mention span with its cue. `kind` None: classified when chosen."""

    start: int
    end: int
    mention: str
    cue: str
    cue_start: int
    rule: str
    kind: str | None = None
    chain_only: bool = False
    antecedent: str | None = None
    reports: bool = True


class Choice:
    """The attributions chosen so far in one sentence; `offer` is the choose step."""

    def __init__(self) -> None:
        self.out: list[RawAttribution] = []
        self._taken: list[tuple[int, int]] = []

    def __bool__(self) -> bool:
        return bool(self.out)

    @property
    def full(self) -> bool:
        return len(self.out) >= MAX_PER_SENTENCE

    def overlaps(self, a: int, b: int) -> bool:
        return any(x < b and a < y for x, y in self._taken)

    def offer(self, c: Candidate) -> RawAttribution | None:
        """Take the candidate unless a word that is never a source, a full sentence, or a
        mention overlapping one taken before (the earlier pass in `PRIORITY` wins)."""
        if c.mention.lower() in NOT_SOURCE or names_no_one(c.mention) or self.full or self.overlaps(c.start, c.end):
            return None
        self._taken.append((c.start, c.end))
        ra = RawAttribution(c.start, c.end, c.mention, c.cue, c.cue_start, c.kind or classify(c.mention),
                            chain_only=c.chain_only, antecedent=c.antecedent, rule=c.rule,
                            reports=c.reports and c.cue.lower() not in lx.cue_acts())  # "Police released ...": a deed
        self.out.append(ra)
        return ra
