"""The review store: articles, their analysis and sentences, reviews and an append-only event
log in one SQLite file. One Store holds one connection and is used from one thread."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import platformdirs

from factcheck import ANALYZER_VERSION, collector
from factcheck.checklist import Progress, progress, resolve_sentence
from factcheck.corrections import (
    Corrected,
    CorrectedSource,
    Correction,
    apply_corrections,
    clean_name,
    edit_sources,
    machine_sources,
    normalise_kind,
)
from factcheck.errors import FactcheckError
from factcheck.model import SCHEMA, Analysis, article_id
from factcheck.reviews import Review, StoredArticle, check_evidence, default_reviewer, normalise_status, now
from factcheck.store.db import open_database, write_transaction
from factcheck.store.migrations import migrate, refuse_newer
from factcheck.store.reviews import ImportResult, review_from_row

ENV_DB = "FACTCHECK_DB"
TITLE_MAX = 200


def default_db_path() -> Path:
    """$FACTCHECK_DB, else factcheck.db in the platform's user data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("factcheck")) / "factcheck.db"


def _auto_title(headline: str | None, text: str) -> str | None:
    """The headline, else the first line: what an article is listed under unless named."""
    head = headline
    if not head:
        head = next((line.strip() for line in text.splitlines() if line.strip()), None)
    if head and len(head) > TITLE_MAX:
        head = head[: TITLE_MAX - 1].rstrip() + "…"
    return head


def _sentence_rows(aid: str, analysis: Analysis) -> list[dict[str, Any]]:
    return [
        {
            "article_id": aid,
            "id": s.id,
            "position": i,
            "paragraph": s.paragraph,
            "role": s.role,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "checkworthy": int(s.checkworthy),
            "hedged": int(s.hedged),
            "flags": json.dumps(s.flag_codes),
            "sources": json.dumps(list(dict.fromkeys(a.source for a in s.attributions)), ensure_ascii=False),
        }
        for i, s in enumerate(analysis.sentences)
    ]


def _sources_json(sources: Sequence[CorrectedSource]) -> str:
    return json.dumps([c.to_dict() for c in sources], ensure_ascii=False)


def _correction(row: dict[str, Any]) -> Correction:
    return Correction(
        sentence_id=row["sentence_id"],
        sources=[CorrectedSource.from_dict(d) for d in json.loads(row["sources"] or "[]")],
        note=row["note"] or "",
        reviewer=row["reviewer"],
        updated_at=row["updated_at"],
        sentence_text=row["sentence_text"] or "",
    )




class Store:
    """See docs/STORE.md. Unknown ids and statuses raise FactcheckError with one sentence."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_db_path()
        self.db = open_database(self.path)
        try:
            migrate(self.db)
            self._newer = refuse_newer(self.db)  # None, or why writes are refused
        except sqlite3.DatabaseError as e:
            self.db.close()
            raise FactcheckError(f"{self.path}: not a usable review database ({e})") from None
        except BaseException:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def _writing(self) -> contextlib.AbstractContextManager[None]:
        """The one way to write: a database a newer factcheck upgraded is read-only to this one."""
        if self._newer:
            raise FactcheckError(f"{self.path}: {self._newer}")
        return write_transaction(self.db)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles -------------------------------------------------------------------------

    def import_analysis(self, analysis: Analysis, *, origin: str | None, title: str | None = None) -> ImportResult:
        """Store `analysis` in one transaction. The same text gives the same article id; a
        re-import replaces the analysis and sentences and keeps every review, reporting the
        decisions whose sentence no longer exists."""
        aid = article_id(analysis.text)
        stamp = now()
        stored = analysis.to_store_dict()
        del stored["text"]  # kept once, in articles.text
        meta = analysis.article
        with self._writing():
            existing = self._row("articles", aid)
            row = {
                "id": aid,
                "title": title or _auto_title(meta.get("headline"), analysis.text),
                "headline": meta.get("headline"),
                "byline": meta.get("byline"),
                "published": meta.get("published"),
                "origin": origin if origin is not None else (existing or {}).get("origin"),
                "imported_at": existing["imported_at"] if existing else stamp,
                "analysed_at": stamp,
                "analyzer_version": ANALYZER_VERSION,
                "text": analysis.text,
            }
            if existing and not title and existing["title"] != _auto_title(existing["headline"], analysis.text):
                row["title"] = existing["title"]  # a title the user gave survives re-analysis
            self.db["articles"].upsert(row, pk="id")
            self.db["analyses"].upsert({
                "article_id": aid,
                "schema": SCHEMA,
                "analyzer_version": ANALYZER_VERSION,
                "analysed_at": stamp,
                "analysis": json.dumps(stored, ensure_ascii=False),
            }, pk="article_id")
            self.db.execute("DELETE FROM sentences WHERE article_id = ?", [aid])
            try:
                self.db["sentences"].insert_all(_sentence_rows(aid, analysis), pk=("article_id", "id"))
            except sqlite3.IntegrityError:
                counts = Counter(s.id for s in analysis.sentences)
                dupes = ", ".join(sorted(i for i, n in counts.items() if n > 1)[:3])
                raise FactcheckError(f"the analysis repeats sentence ids ({dupes}); nothing was stored") from None
            orphaned = self._orphaned(aid)
        return ImportResult(article_id=aid, created=existing is None, orphaned=orphaned)

    def resolve_id(self, prefix: str) -> str:
        """A unique prefix of an article id -> the full id, like git."""
        p = prefix.strip().lower()
        if not p:
            raise FactcheckError("empty article id")
        ids = [r["id"] for r in self.db.query(
            "SELECT id FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 6", [len(p), p])]
        if not ids:
            raise FactcheckError(f"no article with id {prefix!r} in {self.path}")
        if len(ids) > 1:
            if p in ids:
                return p
            shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
            raise FactcheckError(f"article id {prefix!r} is ambiguous: it matches {shown}")
        return ids[0]

    def articles(self) -> list[dict[str, Any]]:
        """Newest first, with counts of sentences and flagged sentences (corrections applied),
        and `reviewed` of `items`: the progress the review app and the exports show too."""
        rows = list(self.db.query("""
            SELECT a.id, a.title, a.origin, a.imported_at, a.analyzer_version,
                (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentences
            FROM articles a ORDER BY a.imported_at DESC, a.rowid DESC
        """))
        for row in rows:
            fixed = self.corrected(row["id"])
            done = progress(fixed.analysis, self.reviews(row["id"]))
            row["flagged"] = sum(1 for s in fixed.analysis.sentences if s.flags)
            row["reviewed"], row["items"] = done.reviewed, done.total
        return rows

    def article(self, article_id: str) -> dict[str, Any]:
        """The articles row without the text."""
        row = self._row("articles", article_id)
        if row is None:
            raise FactcheckError(f"no article with id {article_id!r}")
        row.pop("text", None)
        return row

    def stored_article(self, article_id: str) -> StoredArticle:
        """The article, its analysis, reviews, corrections and review log as plain values: what
        the exporters read (factcheck.export.stored_export), so they never touch the database."""
        row = self.article(article_id)
        return StoredArticle(article_id=article_id, title=row["title"], origin=row["origin"],
                             analyzer_version=row["analyzer_version"], imported_at=row["imported_at"],
                             analysis=self.analysis(article_id), reviews=self.reviews(article_id),
                             corrections=self.corrections(article_id), events=self.events(article_id))

    def analysis(self, article_id: str) -> Analysis:
        rows = list(self.db.query(
            "SELECT a.text, n.analysis FROM articles a JOIN analyses n ON n.article_id = a.id WHERE a.id = ?",
            [article_id]))
        if not rows:
            raise FactcheckError(f"no article with id {article_id!r}")
        with collector.paused():
            d = json.loads(rows[0]["analysis"])
            d["text"] = rows[0]["text"]
            return Analysis.from_dict(d)

    # -- reviews --------------------------------------------------------------------------

    def reviews(self, article_id: str) -> dict[str, Review]:
        """The stored reviews (orphaned ones included); sentences never reviewed are absent."""
        self._require_article(article_id)
        return {r["sentence_id"]: review_from_row(r) for r in self.db.query(
            "SELECT * FROM reviews WHERE article_id = ? ORDER BY rowid", [article_id])}

    def review(self, article_id: str, sentence_id: str) -> Review:
        self._require_article(article_id)
        row = self._review_row(article_id, sentence_id)
        if row is not None:
            return review_from_row(row)
        self._sentence_text(article_id, sentence_id)
        return Review(sentence_id=sentence_id)

    def mark(self, article_id: str, sentence_id: str, *, status: str | None = None, note: str | None = None,
             add_evidence: tuple[str, ...] | list[str] = (), remove_evidence: tuple[str, ...] | list[str] = (),
             reviewer: str | None = None) -> Review:
        """Apply every given change to one sentence's review in one transaction, events included:
        a crash or a kill leaves either all of them or none. Everything is checked before the
        first write; a change that changes nothing logs no event."""
        changes: list[tuple[str, str]] = []
        if status is not None:
            changes.append(("status", normalise_status(status)))
        if note is not None:
            changes.append(("note", note.strip()))
        changes += [("evidence", check_evidence(url)) for url in add_evidence]
        changes += [("evidence-", url.strip()) for url in remove_evidence]
        return self._change(article_id, sentence_id, changes, reviewer)

    def set_status(self, article_id: str, sentence_id: str, status: str, *, reviewer: str | None = None) -> Review:
        return self.mark(article_id, sentence_id, status=status, reviewer=reviewer)

    def set_note(self, article_id: str, sentence_id: str, note: str, *, reviewer: str | None = None) -> Review:
        return self.mark(article_id, sentence_id, note=note, reviewer=reviewer)

    def add_evidence(self, article_id: str, sentence_id: str, url: str, *, reviewer: str | None = None) -> Review:
        return self.mark(article_id, sentence_id, add_evidence=[url], reviewer=reviewer)

    def remove_evidence(self, article_id: str, sentence_id: str, url: str, *, reviewer: str | None = None) -> Review:
        return self.mark(article_id, sentence_id, remove_evidence=[url], reviewer=reviewer)

    def events(self, article_id: str) -> list[dict[str, Any]]:
        """Newest first: id, sentence_id, field, old, new, reviewer, at."""
        self._require_article(article_id)
        return list(self.db.query(
            "SELECT id, sentence_id, field, old, new, reviewer, at FROM events WHERE article_id = ? ORDER BY id DESC",
            [article_id]))

    def orphaned(self, article_id: str) -> list[str]:
        """Sentence ids holding a decision whose sentence is no longer in the analysis."""
        self._require_article(article_id)
        return self._orphaned(article_id)

    def resolve_sentence_id(self, article_id: str, ref: str) -> str:
        """The sentence of this article meant by `ref`: its number as the review app shows it
        (`5` or `#5`), its id, or a unique prefix of the id (see checklist.resolve_sentence)."""
        ids = [r["id"] for r in self.db.query(
            "SELECT id FROM sentences WHERE article_id = ? ORDER BY position", [article_id])]
        return resolve_sentence(ref, ids, article=f"article {article_id}")

    # -- source corrections ---------------------------------------------------------------

    def corrections(self, article_id: str) -> dict[str, Correction]:
        """The reviewer's source corrections by sentence id (orphaned ones included)."""
        self._require_article(article_id)
        return {r["sentence_id"]: _correction(r) for r in self.db.query(
            "SELECT * FROM corrections WHERE article_id = ? ORDER BY rowid", [article_id])}

    def correction(self, article_id: str, sentence_id: str) -> Correction | None:
        """The correction of one sentence, or None when the machine's reading stands."""
        self._require_article(article_id)
        row = self._correction_row(article_id, sentence_id)
        return _correction(row) if row else None

    def corrected(self, article_id: str) -> Corrected:
        """The stored analysis with the corrections applied (factcheck.corrections)."""
        return apply_corrections(self.analysis(article_id), self.corrections(article_id))

    def progress(self, article_id: str) -> Progress:
        """"5 of 10 reviewed", counted as everywhere else (factcheck.checklist.progress)."""
        return progress(self.corrected(article_id).analysis, self.reviews(article_id))

    def set_sources(self, article_id: str, sentence_id: str, sources: Sequence[CorrectedSource], *,
                    note: str | None = None, reviewer: str | None = None) -> Correction:
        """Replace the sentence's sources by `sources` (empty: "no source"); `note` (None keeps
        the one stored) says why. One transaction, logged as a `sources` event (old and new as
        JSON lists; null means the machine's reading) and a `source_note` event if it changed."""
        fixed = [CorrectedSource(clean_name(c.source), normalise_kind(c.kind),
                                 tuple(clean_name(v, "via name") for v in c.via)) for c in sources]
        return self._correct(article_id, sentence_id, lambda _current: fixed, note, reviewer)  # type: ignore[return-value]

    def edit_sources(self, article_id: str, sentence_id: str, action: str, name: str | None = None, *,
                     kind: str | None = None, via: Iterable[str] = (), note: str | None = None,
                     reviewer: str | None = None) -> Correction | None:
        """One reviewer action on the sources as they stand (corrected, else the machine's):
        `set`, `add`, `remove`, `none` (see corrections.edit_sources) or `reset` (back to the
        machine's reading; returns None). Read and write happen under one write lock."""
        if action == "reset":
            self.reset_sources(article_id, sentence_id, reviewer=reviewer)
            return None
        vias = tuple(via)
        return self._correct(article_id, sentence_id,
                             lambda current: edit_sources(current, action, name, kind=kind, via=vias), note, reviewer)

    def reset_sources(self, article_id: str, sentence_id: str, *, reviewer: str | None = None) -> bool:
        """Drop the correction: the machine's reading stands again. False if there was none."""
        return self._correct(article_id, sentence_id, None, None, reviewer) is not None

    # -- internals ------------------------------------------------------------------------

    def _row(self, table: str, pk: str) -> dict[str, Any] | None:
        rows = list(self.db.query(f"SELECT * FROM {table} WHERE id = ?", [pk]))
        return rows[0] if rows else None

    def _require_article(self, article_id: str) -> None:
        if not list(self.db.query("SELECT 1 FROM articles WHERE id = ?", [article_id])):
            raise FactcheckError(f"no article with id {article_id!r}")

    def _review_row(self, article_id: str, sentence_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM reviews WHERE article_id = ? AND sentence_id = ?",
                                  [article_id, sentence_id]))
        return rows[0] if rows else None

    def _sentence_text(self, article_id: str, sentence_id: str) -> str:
        rows = list(self.db.query("SELECT text FROM sentences WHERE article_id = ? AND id = ?",
                                  [article_id, sentence_id]))
        if not rows:
            raise FactcheckError(f"article {article_id} has no sentence {sentence_id!r}")
        return rows[0]["text"]

    def _orphaned(self, article_id: str) -> list[str]:
        reviews = [r["sentence_id"] for r in self.db.query("""
            SELECT r.sentence_id FROM reviews r
            WHERE r.article_id = ?
              AND (r.status != 'unreviewed' OR r.note != '' OR r.evidence != '[]')
              AND NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = r.article_id AND s.id = r.sentence_id)
            ORDER BY r.rowid""", [article_id])]
        corrections = [r["sentence_id"] for r in self.db.query("""
            SELECT c.sentence_id FROM corrections c
            WHERE c.article_id = ?
              AND NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = c.article_id AND s.id = c.sentence_id)
            ORDER BY c.rowid""", [article_id])]
        return list(dict.fromkeys([*reviews, *corrections]))

    def _correction_row(self, article_id: str, sentence_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM corrections WHERE article_id = ? AND sentence_id = ?",
                                  [article_id, sentence_id]))
        return rows[0] if rows else None

    def _correct(self, article_id: str, sentence_id: str, change: Any, note: str | None,
                 reviewer: str | None) -> Correction | None:
        """`change(current sources) -> new sources`, or None to reset; read and write under one
        write lock with their events. Returns the correction now stored (None after a reset;
        for a reset, the correction that was dropped, or None if there was none)."""
        who = (reviewer or "").strip() or default_reviewer()
        with self._writing():  # refused on a database a newer factcheck migrated
            self._require_article(article_id)
            text = self._sentence_text(article_id, sentence_id)
            row = self._correction_row(article_id, sentence_id)
            old = _correction(row) if row else None
            stamp = now()

            def log(field: str, before: str | None, after: str | None) -> None:
                self.db["events"].insert({"article_id": article_id, "sentence_id": sentence_id, "field": field,
                                          "old": before, "new": after, "reviewer": who, "at": stamp})

            old_json = _sources_json(old.sources) if old else None
            if change is None:
                if old is None:
                    return None
                self.db.execute("DELETE FROM corrections WHERE article_id = ? AND sentence_id = ?",
                                [article_id, sentence_id])
                log("sources", old_json, None)
                return old
            current = old.sources if old else machine_sources(self._machine_sentence(article_id, sentence_id))
            new = Correction(sentence_id, list(change(current)), old.note if old else "", who, stamp, text)
            if note is not None:
                new.note = note.strip()
            new_json = _sources_json(new.sources)
            if old is not None and old_json == new_json and old.note == new.note:
                return old  # nothing changed: no event, no new timestamp
            self.db["corrections"].upsert({
                "article_id": article_id, "sentence_id": sentence_id, "sources": new_json, "note": new.note,
                "reviewer": who, "updated_at": stamp, "sentence_text": text,
            }, pk=("article_id", "sentence_id"))
            if old_json != new_json:
                log("sources", old_json, new_json)
            if (old.note if old else "") != new.note:
                log("source_note", old.note if old else "", new.note)
        return new

    def _machine_sentence(self, article_id: str, sentence_id: str) -> Any:
        s = self.analysis(article_id).sentence(sentence_id)
        if s is None:
            raise FactcheckError(f"article {article_id} has no sentence {sentence_id!r}")
        return s

    def _change(self, article_id: str, sentence_id: str, changes: list[tuple[str, str]],
                reviewer: str | None) -> Review:
        """Read the old values and write the new ones plus their events under one write lock, so
        two processes changing the same sentence each log the value they really replaced, and a
        multi-field change is all-or-nothing."""
        who = (reviewer or "").strip() or default_reviewer()
        with self._writing():
            self._require_article(article_id)
            text = self._sentence_text(article_id, sentence_id)
            row = self._review_row(article_id, sentence_id)
            review = review_from_row(row) if row else Review(sentence_id=sentence_id)
            events: list[tuple[str, str, str]] = []
            for what, value in changes:
                if what == "status":
                    field, old, new = "status", review.status, value
                    review.status = value
                elif what == "note":
                    field, old, new = "note", review.note, value
                    review.note = value
                else:
                    before = list(review.evidence)
                    if what == "evidence" and value not in before:
                        review.evidence = [*before, value]
                    elif what == "evidence-":
                        review.evidence = [u for u in before if u != value]
                    field, old, new = "evidence", json.dumps(before), json.dumps(review.evidence)
                if old != new:  # nothing changed: no event, no new timestamp
                    events.append((field, old, new))
            if not events:
                return review
            review.reviewer, review.updated_at, review.sentence_text = who, now(), text
            self.db["reviews"].upsert({
                "article_id": article_id,
                "sentence_id": sentence_id,
                "status": review.status,
                "note": review.note,
                "evidence": json.dumps(review.evidence, ensure_ascii=False),
                "reviewer": who,
                "updated_at": review.updated_at,
                "sentence_text": text,
            }, pk=("article_id", "sentence_id"))
            self.db["events"].insert_all([{
                "article_id": article_id,
                "sentence_id": sentence_id,
                "field": field,
                "old": old,
                "new": new,
                "reviewer": who,
                "at": review.updated_at,
            } for field, old, new in events])
        return review
