"""A reviewer's corrections to the machine's sources, and the analysis as they make it.

A correction is the reviewer's whole list of sources for one sentence (an empty list means "no
source"); the machine's reading stays in the analysis untouched. Corrections are keyed by
sentence id like decisions, so they outlive a re-analysis, and they win everywhere the sources
are shown: `apply_corrections` is the one place that turns analysis + corrections into what the
review app, the text report and the exports show.

    from factcheck.corrections import CorrectedSource, apply_corrections, edit_sources
    fixed = apply_corrections(analysis, store.corrections(article_id))
    fixed.analysis                   # an Analysis: corrected sentences' attributions and flags
                                     # replaced, `sources` regrouped; the rest is the machine's
    fixed.corrected                  # {sentence id: Reading} of the corrected sentences
    r = fixed.reading(sentence_id)   # one sentence: r.sentence (effective), r.machine,
    r.is_corrected(attribution)      # ...True for a source the reviewer set, added or changed
    r.removed                        # ...the machine's sources the reviewer took away
    fixed.orphaned                   # corrections whose sentence is no longer in the analysis

    edit_sources(current, "add", "Jane Doe", kind="named_person")   # -> a new list
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, get_args

from factcheck.errors import FactcheckError
from factcheck.flags import annotate
from factcheck.model import Analysis, Attribution, Kind, Sentence
from factcheck.sources import collect

KINDS: tuple[str, ...] = get_args(Kind)  # named_person, named_org, anonymous, vague, document, media
ACTIONS = ("set", "add", "remove", "none", "reset")
REVIEWER_CUE = "reviewer"  # the `cue` of an attribution the reviewer added (no cue word in the text)


def normalise_kind(kind: str) -> str:
    """`Named person` -> `named_person`; FactcheckError for anything not one of the six kinds."""
    k = kind.strip().lower().replace("-", "_").replace(" ", "_")
    if k not in KINDS:
        raise FactcheckError(f"unknown source kind {kind!r}: use one of {', '.join(KINDS)}")
    return k


def clean_name(name: str, what: str = "source name") -> str:
    """A source name with whitespace folded; FactcheckError when empty or holding controls."""
    folded = " ".join(name.split())
    if not folded:
        raise FactcheckError(f"the {what} is empty")
    if not folded.isprintable():
        raise FactcheckError(f"the {what} {name!r} holds control characters")
    return folded


@dataclass(frozen=True)
class CorrectedSource:
    """One source as the reviewer says it is: who, which of the six kinds, and through whom
    (`via`: the outlets or people that passed it on, nearest first)."""

    source: str
    kind: str
    via: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "kind": self.kind, "via": list(self.via)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CorrectedSource:
        return cls(d["source"], d["kind"], tuple(d.get("via") or ()))

    @classmethod
    def of(cls, a: Attribution) -> CorrectedSource:
        return cls(a.source, a.kind, tuple(a.via))


@dataclass
class Correction:
    """The reviewer's sources for one sentence, with who and when (one per article+sentence)."""

    sentence_id: str
    sources: list[CorrectedSource] = field(default_factory=list)  # [] means "no source"
    note: str = ""
    reviewer: str | None = None
    updated_at: str | None = None  # ISO 8601 UTC
    sentence_text: str = ""  # the sentence as it read when corrected (kept for orphans)

    def to_dict(self) -> dict[str, Any]:
        return {"sentence_id": self.sentence_id, "sources": [s.to_dict() for s in self.sources],
                "note": self.note, "reviewer": self.reviewer, "updated_at": self.updated_at,
                "sentence_text": self.sentence_text}


def machine_sources(sentence: Sentence) -> list[CorrectedSource]:
    """The machine's reading of a sentence as a list to edit (one entry per source name)."""
    out: dict[str, CorrectedSource] = {}
    for a in sentence.attributions:
        out.setdefault(a.source, CorrectedSource.of(a))
    return list(out.values())


def edit_sources(current: Sequence[CorrectedSource], action: str, name: str | None = None, *,
                 kind: str | None = None, via: Iterable[str] = ()) -> list[CorrectedSource]:
    """`current` changed by one reviewer action; the CLI's `--set/--add/--remove/--none`.

    - `set NAME`: NAME becomes the only source (its kind from `kind`, else kept from an entry of
      that name, else FactcheckError asking for one).
    - `add NAME`: NAME joins the list, or replaces the entry of that name (kind and via updated).
    - `remove NAME`: the entry of that name goes (case-insensitive; FactcheckError if none).
    - `none`: no source at all.
    `reset` (back to the machine) is not an edit: the store deletes the correction."""
    if action == "none":
        return []
    if action not in ("set", "add", "remove"):
        raise FactcheckError(f"unknown source action {action!r}: use one of set, add, remove, none")
    if name is None:
        raise FactcheckError(f"--{action} needs a source name")
    name = clean_name(name)
    key = name.casefold()
    same = next((s for s in current if s.source.casefold() == key), None)
    if action == "remove":
        if same is None:
            have = ", ".join(repr(s.source) for s in current) or "none"
            raise FactcheckError(f"no source {name!r} to remove (the sources are: {have})")
        return [s for s in current if s is not same]
    vias = tuple(clean_name(v, "via name") for v in via)
    if kind is not None:
        k = normalise_kind(kind)
    elif same is not None:
        k = same.kind
    else:
        raise FactcheckError(f"give the kind of {name!r} with --kind ({', '.join(KINDS)})")
    new = CorrectedSource(name, k, vias or (same.via if same is not None else ()))
    if action == "set":
        return [new]
    if same is not None:
        return [new if s is same else s for s in current]
    return [*current, new]


@dataclass
class Reading:
    """One sentence's sources: as they stand (`sentence`), and as the machine read them."""

    sentence: Sentence  # effective: the machine's own object when there is no correction
    machine: Sentence
    correction: Correction | None = None

    @property
    def corrected(self) -> bool:
        return self.correction is not None

    def is_corrected(self, a: Attribution) -> bool:
        """Did the reviewer set, add or change this (effective) attribution?"""
        if self.correction is None:
            return False
        return CorrectedSource.of(a) not in {CorrectedSource.of(m) for m in self.machine.attributions}

    @property
    def removed(self) -> list[Attribution]:
        """The machine's attributions whose source the correction no longer lists."""
        if self.correction is None:
            return []
        kept = {s.source.casefold() for s in self.correction.sources}
        return [a for a in self.machine.attributions if a.source.casefold() not in kept]


@dataclass
class Corrected:
    """The result of `apply_corrections`."""

    analysis: Analysis  # effective; shares every uncorrected Sentence with `machine`
    machine: Analysis
    corrected: dict[str, Reading]  # the corrected sentences only
    orphaned: list[Correction]  # corrections whose sentence is no longer in the analysis

    def reading(self, sentence_id: str) -> Reading:
        """The reading of any sentence of the analysis (uncorrected ones: machine == effective)."""
        hit = self.corrected.get(sentence_id)
        if hit is not None:
            return hit
        s = self.machine.sentence(sentence_id)
        if s is None:
            raise KeyError(sentence_id)
        return Reading(s, s)


def _attribution(src: CorrectedSource, machine: Sentence) -> Attribution:
    """The effective attribution for one corrected source: the machine's own one (mention, span,
    cue, quote kept) when it named the same source, with the reviewer's kind and via."""
    for a in machine.attributions:
        if a.source.casefold() == src.source.casefold():
            return replace(a, source=src.source, kind=src.kind, via=list(src.via), reports=True)  # type: ignore[arg-type]
    return Attribution(source=src.source, mention=src.source, span=None, cue=REVIEWER_CUE,
                       kind=src.kind, via=list(src.via))  # type: ignore[arg-type]


def corrected_sentence(machine: Sentence, correction: Correction) -> Sentence:
    """`machine` with the correction's sources and the flags they call for (recomputed by the
    analysis' own flag rules: a source clears `unattributed_claim`, an anonymous one sets
    `anonymous_source`, and so on)."""
    s = replace(machine, attributions=[_attribution(c, machine) for c in correction.sources], flags=[])
    annotate([s])
    return s


def apply_corrections(analysis: Analysis, corrections: Mapping[str, Correction]) -> Corrected:
    """The analysis as the reviewer corrected it. Pure: `analysis` is not changed."""
    readings: dict[str, Reading] = {}
    sentences = []
    for s in analysis.sentences:
        c = corrections.get(s.id)
        if c is None:
            sentences.append(s)
            continue
        fixed = corrected_sentence(s, c)
        readings[s.id] = Reading(fixed, s, c)
        sentences.append(fixed)
    ids = {s.id for s in analysis.sentences}
    orphaned = [c for sid, c in corrections.items() if sid not in ids]
    if not readings:
        return Corrected(analysis, analysis, readings, orphaned)
    # regrouped by the analysis' own rule, so a corrected name merges with its aliases
    effective = replace(analysis, sentences=sentences, sources=collect(sentences))
    return Corrected(effective, analysis, readings, orphaned)
