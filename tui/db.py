"""Database work for the app. Runs only in worker threads, each with its own Store.

Decisions are queued on the UI thread in the order they were made and written by whichever
writer thread runs next (`drain`), so a quick `1` then `3` on one sentence always ends as `3`,
and a writer that Textual cancels before it starts loses nothing: the next drain takes its work.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import collector
from factcheck.corrections import Corrected, CorrectedSource
from factcheck.errors import FactcheckError
from factcheck.model import Analysis
from factcheck.store import Review, Store


@dataclass(frozen=True)
class Change:
    """One decision on one sentence: `field` is status, note, evidence (a link added),
    evidence_removed, sources (the reviewer's `sources` replace the machine's; `value` is the
    correction's note) or sources_reset (back to the machine's reading)."""

    article_id: str
    sentence_id: str
    field: str
    value: str
    reviewer: str | None = None  # None: the store's default (the login name)
    sources: tuple[CorrectedSource, ...] = ()

    @property
    def corrects_sources(self) -> bool:
        return self.field in ("sources", "sources_reset")


@dataclass
class Outcome:
    change: Change
    review: Review | None = None
    error: str | None = None


@dataclass
class ArticleData:
    article_id: str
    meta: dict
    analysis: Analysis  # with the reviewer's source corrections applied
    reviews: dict[str, Review] = field(default_factory=dict)
    orphaned: list[str] = field(default_factory=list)
    corrected: Corrected | None = None  # the machine's reading beside the corrections


def _apply(store: Store, change: Change) -> Review | None:
    who = change.reviewer
    if change.field == "status":
        return store.set_status(change.article_id, change.sentence_id, change.value, reviewer=who)
    if change.field == "note":
        return store.set_note(change.article_id, change.sentence_id, change.value, reviewer=who)
    if change.field == "evidence":
        return store.add_evidence(change.article_id, change.sentence_id, change.value, reviewer=who)
    if change.field == "evidence_removed":
        return store.remove_evidence(change.article_id, change.sentence_id, change.value, reviewer=who)
    if change.field == "sources":
        store.set_sources(change.article_id, change.sentence_id, list(change.sources), note=change.value,
                          reviewer=who)
        return None
    if change.field == "sources_reset":
        store.reset_sources(change.article_id, change.sentence_id, reviewer=who)
        return None
    raise FactcheckError(f"unknown review field {change.field!r}")


class Writer:
    """An ordered queue of decisions, written in worker threads."""

    def __init__(self, db_path: Path, on_outcome: Callable[[Outcome], None] | None = None) -> None:
        self.db_path = db_path
        self.on_outcome = on_outcome
        self._pending: deque[Change] = deque()
        self._lock = threading.Lock()

    def submit(self, change: Change) -> None:
        self._pending.append(change)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def drain(self) -> list[Outcome]:
        """Write every queued decision, in order. Safe to call from any thread."""
        with self._lock:
            if not self._pending:
                return []
            outcomes = []
            with Store(self.db_path) as store:
                while self._pending:
                    change = self._pending.popleft()
                    try:
                        outcome = Outcome(change, review=_apply(store, change))
                    except Exception as e:  # a failed write is reported to the user, never fatal
                        outcome = Outcome(change, error=str(e) or type(e).__name__)
                    outcomes.append(outcome)
                    if self.on_outcome is not None:
                        self.on_outcome(outcome)
            return outcomes


def read_articles(db_path: Path) -> list[dict]:
    with Store(db_path) as store:
        return store.articles()


def read_article(db_path: Path, article_id: str) -> ArticleData:
    # Frozen after: the article screen collects and freezes once its first paint is out
    # (`settle_memory`), so nothing walks the new analysis before the reviewer sees it.
    with collector.paused(freeze_after=True), Store(db_path) as store:
        corrected = store.corrected(article_id)
        return ArticleData(
            article_id=article_id,
            meta=store.article(article_id),
            analysis=corrected.analysis,
            reviews=store.reviews(article_id),
            orphaned=store.orphaned(article_id),
            corrected=corrected,
        )


def import_file(db_path: Path, path: Path) -> str:
    """Ingest, analyse and store one article file; its article id."""
    from factcheck.ingest import load
    from factcheck.pipeline import analyze

    doc = load(str(path))
    analysis = analyze(doc)
    with Store(db_path) as store:
        return store.import_analysis(analysis, origin=doc.origin).article_id


def export_markdown(db_path: Path, article_id: str, directory: Path) -> Path:
    """Write the article's checklist as Markdown into `directory` (the same export as
    `factcheck export`, corrections applied); the file written."""
    from factcheck.export import stored_export

    with Store(db_path) as store:
        text = stored_export(store.stored_article(article_id), "md")
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"factcheck-{article_id[:12]}.md"
    tmp = target.with_suffix(".md.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    return target
