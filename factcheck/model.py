"""The analysis data model. `Analysis.to_dict()` is exactly design/CONTRACT.md (schema 1)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

from factcheck.language import reads_as_english

SCHEMA = "factcheck.analysis/1"

Role = Literal["headline", "standfirst", "caption", "byline", "dateline", "crosshead", "body"]
Kind = Literal["named_person", "named_org", "anonymous", "vague", "document", "media"]
QuoteKind = Literal["direct", "indirect", "mixed", "none"]

SENTENCE_FLAGS = ("unattributed_claim", "anonymous_source", "vague_source")
HEADLINE_CODES = (
    "quote_not_in_body",
    "number_mismatch",
    "entity_missing",
    "attribution_dropped",
    "hedge_dropped",
    "unsupported",
)


@dataclass
class Document:
    """What ingest hands to the analysis: the text all offsets index, plus what is already known.

    `headline` is set when the caller knows it (batch `headline`+`body`, HTML metadata); the
    text then starts with it. `body_only` means no page structure is to be guessed: every
    paragraph after a known headline is body. `roles`, when ingest read them from a page's
    markup, is the role of each blank-line-separated paragraph of `text` ('credit' for a wire
    credit line, which is not the article).
    """

    text: str
    origin: str | None = None
    headline: str | None = None
    body_only: bool = False
    meta: dict[str, str | None] = field(default_factory=dict)
    roles: list[str] | None = None


@dataclass
class Flag:
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


@dataclass
class Attribution:
    source: str
    mention: str
    span: tuple[int, int] | None
    cue: str
    kind: Kind
    quote: QuoteKind = "none"
    via: list[str] = field(default_factory=list)
    inherited: bool = False
    # False when the sentence only reports what its source did ("the council voted to close two
    # libraries"): the source is the actor, not a source for the claim. Not part of the JSON.
    reports: bool = field(default=True, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "mention": self.mention,
            "span": list(self.span) if self.span is not None else None,
            "cue": self.cue,
            "kind": self.kind,
            "quote": self.quote,
            "via": list(self.via),
            "inherited": self.inherited,
        }


@dataclass
class Sentence:
    id: str
    start: int
    end: int
    text: str
    paragraph: int
    role: Role = "body"
    attributions: list[Attribution] = field(default_factory=list)
    checkworthy: bool = False
    hedged: bool = False
    flags: list[Flag] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "paragraph": self.paragraph,
            "role": self.role,
            "attributions": [a.to_dict() for a in self.attributions],
            "checkworthy": self.checkworthy,
            "hedged": self.hedged,
            "flags": [f.to_dict() for f in self.flags],
        }

    @property
    def flag_codes(self) -> list[str]:
        return [f.code for f in self.flags]


@dataclass
class Check:
    code: str
    message: str
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "evidence": list(self.evidence)}


@dataclass
class Source:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "sentences": list(self.sentences),
        }


@dataclass
class Boilerplate:
    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


ARTICLE_FIELDS = ("headline", "standfirst", "byline", "published", "dateline", "credit")


@dataclass
class Analysis:
    text: str
    article: dict[str, str | None] = field(default_factory=lambda: dict.fromkeys(ARTICLE_FIELDS))
    sentences: list[Sentence] = field(default_factory=list)
    headline_checks: list[Check] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)

    def reads_as_english(self) -> bool:
        """Does the body (the text after the headline) read as English? When it does not, only the
        headline was analysed (factcheck.language). Not part of the JSON: it follows from the text."""
        head = next((s for s in self.sentences if s.role == "headline"), None)
        return reads_as_english(self.text, head.end if head is not None else 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "text": self.text,
            "article": {k: self.article.get(k) for k in ARTICLE_FIELDS},
            "sentences": [s.to_dict() for s in self.sentences],
            "headline_checks": [c.to_dict() for c in self.headline_checks],
            "sources": [s.to_dict() for s in self.sources],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
        }

    def to_store_dict(self) -> dict[str, Any]:
        """The contract dict, plus `"reports": false` on each attribution that only tells what its
        source did (Attribution.reports): not part of the contract, but the checklist and a
        reviewer's corrections read it, so the store keeps it for from_dict."""
        d = self.to_dict()
        for sd, s in zip(d["sentences"], self.sentences):
            for ad, a in zip(sd["attributions"], s.attributions):
                if not a.reports:
                    ad["reports"] = False
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        """Rebuild an Analysis from its contract dict or from what the store keeps (to_store_dict).

        Positional arguments, and no comprehension for the many empty lists: opening a
        10,000-sentence article in the review spends its time here."""
        sentences = []
        add = sentences.append
        for s in d.get("sentences", []):
            attributions = s.get("attributions")
            flags = s.get("flags")
            add(Sentence(
                s["id"], s["start"], s["end"], s["text"], s["paragraph"], s["role"],
                [Attribution(a["source"], a["mention"], tuple(a["span"]) if a.get("span") is not None else None,
                             a["cue"], a["kind"], a.get("quote", "none"), list(a.get("via", [])),
                             bool(a.get("inherited", False)), a.get("reports", True) is not False)
                 for a in attributions] if attributions else [],
                bool(s.get("checkworthy")), bool(s.get("hedged")),
                [Flag(f["code"], f["message"]) for f in flags] if flags else [],
            ))
        return cls(
            text=d["text"],
            article={k: d.get("article", {}).get(k) for k in ARTICLE_FIELDS},
            sentences=sentences,
            headline_checks=[Check(c["code"], c["message"], list(c.get("evidence", [])))
                             for c in d.get("headline_checks", [])],
            sources=[Source(s["name"], s["kind"], list(s.get("aliases", [])), list(s.get("sentences", [])))
                     for s in d.get("sources", [])],
            boilerplate=[Boilerplate(b["start"], b["end"], b["text"], b["reason"])
                         for b in d.get("boilerplate", [])],
        )

    def sentence(self, sentence_id: str) -> Sentence | None:
        return next((s for s in self.sentences if s.id == sentence_id), None)

    @property
    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if s.role == "body"]


def _norm_for_id(text: str) -> str:
    return " ".join(text.split()).lower()


def sentence_ids(texts: list[str]) -> list[str]:
    """Stable ids from the sentence text itself: a hash of the normalised words, with an
    occurrence number for repeats (a duplicated headline, a repeated quote), so that ids do
    not depend on list positions or on the analyzer version."""
    ids = SentenceIds()
    return [ids.next(t) for t in texts]


class SentenceIds:
    """`sentence_ids` one sentence at a time, in the article's order."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def next(self, text: str) -> str:
        h = hashlib.sha1(_norm_for_id(text).encode("utf-8")).hexdigest()[:10]
        n = self._seen.get(h, 0)
        self._seen[h] = n + 1
        return f"s{h}" if n == 0 else f"s{h}-{n + 1}"


def article_id(text: str) -> str:
    """Stable article id from the normalised text (whitespace folded)."""
    return hashlib.sha1(_norm_for_id(text).encode("utf-8")).hexdigest()[:16]
