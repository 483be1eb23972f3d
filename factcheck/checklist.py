"""What a reviewer works through, counted one way everywhere (review app, `list`, exports).

- `display_numbers(analysis)`: the number each sentence is shown under (`#5`): its 1-based
  place in the analysis, captions and page chrome included, so a number never changes when
  the chrome is hidden or a filter is applied.
- `resolve_sentence(ref, ids)`: `5`, `#5`, a sentence id or a unique prefix of one -> the id.
- `checklist_sentences(analysis, reviews)`: the items: check-worthy or flagged sentences, plus
  any sentence a reviewer decided on, leaving out captions and page chrome unless asked.
- `progress(analysis, reviews)`: `Progress(reviewed, total)`, printed "5 of 10 reviewed".

Pass the analysis *with corrections applied* (`factcheck.corrections.apply_corrections(...)
.analysis`): a corrected source changes the flags, and so which sentences are items.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.errors import FactcheckError
from factcheck.model import Analysis, Sentence
from factcheck.reviews import Review

# Roles that carry the article's claims; the rest (captions, bylines, crossheads...) is chrome.
CLAIM_ROLES = frozenset({"headline", "standfirst", "body"})

_NUMBER_REF = re.compile(r"#?([0-9]{1,9})")


def display_numbers(analysis: Analysis) -> dict[str, int]:
    """Sentence id -> the number the review app, the checklist and the CLI show (1-based)."""
    return {s.id: i for i, s in enumerate(analysis.sentences, start=1)}


def number_ref(ref: str) -> int | None:
    """`5` or `#5` -> 5; None when `ref` is not a sentence number (ids start with `s`)."""
    m = _NUMBER_REF.fullmatch(ref.strip())
    return int(m.group(1)) if m else None


def resolve_sentence(ref: str, ids: Sequence[str], *, article: str = "the article") -> str:
    """The sentence id meant by `ref`: a number as shown (`5`, `#5`) into `ids` (the article's
    sentence ids in text order), else a full id or a unique prefix of one. FactcheckError with
    one sentence when nothing or more than one sentence matches."""
    n = number_ref(ref)
    if n is not None:
        if 1 <= n <= len(ids):
            return ids[n - 1]
        raise FactcheckError(f"{article} has no sentence #{n} (it has {len(ids)})")
    p = ref.strip()
    if not p:
        raise FactcheckError("empty sentence id")
    if p in ids:
        return p
    hits = [i for i in ids if i.startswith(p)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise FactcheckError(f"{article} has no sentence {ref!r}")
    raise FactcheckError(f"sentence id {ref!r} is ambiguous: it matches {', '.join(sorted(hits)[:5])}")


def label(number: int | None, sentence_id: str) -> str:
    """How an item is named in text: `#5 · s2014cd95c4` (the id alone for an orphan)."""
    return f"#{number} · {sentence_id}" if number is not None else sentence_id


def is_chrome(sentence: Sentence) -> bool:
    """A caption, byline, dateline or crosshead: shown only on request."""
    return sentence.role not in CLAIM_ROLES


def checklist_sentences(analysis: Analysis, reviews: Mapping[str, Review], *,
                        include_chrome: bool = False) -> list[Sentence]:
    """Check-worthy or flagged sentences plus any a reviewer decided on, in text order;
    captions and page chrome only with `include_chrome`."""
    return [s for s in analysis.sentences
            if (include_chrome or not is_chrome(s))
            and (s.checkworthy or s.flags or (s.id in reviews and reviews[s.id].is_decision))]


@dataclass(frozen=True)
class Progress:
    reviewed: int
    total: int

    @property
    def done(self) -> bool:
        return self.reviewed >= self.total

    def __str__(self) -> str:
        return f"{self.reviewed} of {self.total} reviewed"


def progress(analysis: Analysis, reviews: Mapping[str, Review]) -> Progress:
    """How many checklist items (the default ones: no chrome) have a status other than
    `unreviewed`. The one count the review app, `factcheck list` and the exports show."""
    items = checklist_sentences(analysis, reviews)
    done = sum(1 for s in items if s.id in reviews and reviews[s.id].status != "unreviewed")
    return Progress(done, len(items))
