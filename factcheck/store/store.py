"""The review store: articles, their analysis and sentences, reviews and an append-only event
log in one SQLite file. One Store holds one connection and is used from one thread."""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import platformdirs

from factcheck import ANALYZER_VERSION
from factcheck.errors import FactcheckError
from factcheck.model import SCHEMA, Analysis, article_id
from factcheck.store.db import open_database, write_transaction
from factcheck.store.migrations import migrate
from factcheck.store.reviews import (
    ImportResult,
    Review,
    check_evidence,
    default_reviewer,
    normalise_status,
    now,
)

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


class Store:
    """See docs/STORE.md. Unknown ids and statuses raise FactcheckError with one sentence."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_db_path()
        self.db = open_database(self.path)
        try:
            migrate(self.db)
        except sqlite3.DatabaseError as e:
            self.db.close()
            raise FactcheckError(f"{self.path}: not a usable review database ({e})") from None
        except BaseException:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

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
        stored = analysis.to_dict()
        del stored["text"]  # kept once, in articles.text
        meta = analysis.article
        with write_transaction(self.db):
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
        """Newest first, with counts of sentences, flagged sentences and reviewed sentences."""
        return list(self.db.query("""
            SELECT a.id, a.title, a.origin, a.imported_at, a.analyzer_version,
                (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
                (SELECT count(*) FROM sentences s WHERE s.article_id = a.id AND s.flags != '[]') AS flagged,
                (SELECT count(*) FROM reviews r JOIN sentences s ON s.article_id = r.article_id AND s.id = r.sentence_id
                    WHERE r.article_id = a.id AND r.status != 'unreviewed') AS reviewed
            FROM articles a ORDER BY a.imported_at DESC, a.rowid DESC
        """))

    def article(self, article_id: str) -> dict[str, Any]:
        """The articles row without the text."""
        row = self._row("articles", article_id)
        if row is None:
            raise FactcheckError(f"no article with id {article_id!r}")
        row.pop("text", None)
        return row

    def analysis(self, article_id: str) -> Analysis:
        rows = list(self.db.query(
            "SELECT a.text, n.analysis FROM articles a JOIN analyses n ON n.article_id = a.id WHERE a.id = ?",
            [article_id]))
        if not rows:
            raise FactcheckError(f"no article with id {article_id!r}")
        d = json.loads(rows[0]["analysis"])
        d["text"] = rows[0]["text"]
        return Analysis.from_dict(d)

    # -- reviews --------------------------------------------------------------------------

    def reviews(self, article_id: str) -> dict[str, Review]:
        """The stored reviews (orphaned ones included); sentences never reviewed are absent."""
        self._require_article(article_id)
        return {r["sentence_id"]: Review.from_row(r) for r in self.db.query(
            "SELECT * FROM reviews WHERE article_id = ? ORDER BY rowid", [article_id])}

    def review(self, article_id: str, sentence_id: str) -> Review:
        self._require_article(article_id)
        row = self._review_row(article_id, sentence_id)
        if row is not None:
            return Review.from_row(row)
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

    def resolve_sentence_id(self, article_id: str, prefix: str) -> str:
        """A unique prefix of a sentence id of this article -> the full id."""
        p = prefix.strip()
        ids = [r["id"] for r in self.db.query(
            "SELECT id FROM sentences WHERE article_id = ? AND substr(id, 1, ?) = ? ORDER BY id LIMIT 6",
            [article_id, len(p), p])] if p else []
        if p in ids:
            return p
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise FactcheckError(f"article {article_id} has no sentence {prefix!r}")
        raise FactcheckError(f"sentence id {prefix!r} is ambiguous: it matches {', '.join(ids[:5])}")

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
        return [r["sentence_id"] for r in self.db.query("""
            SELECT r.sentence_id FROM reviews r
            WHERE r.article_id = ?
              AND (r.status != 'unreviewed' OR r.note != '' OR r.evidence != '[]')
              AND NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = r.article_id AND s.id = r.sentence_id)
            ORDER BY r.rowid""", [article_id])]

    def _change(self, article_id: str, sentence_id: str, changes: list[tuple[str, str]],
                reviewer: str | None) -> Review:
        """Read the old values and write the new ones plus their events under one write lock, so
        two processes changing the same sentence each log the value they really replaced, and a
        multi-field change is all-or-nothing."""
        who = (reviewer or "").strip() or default_reviewer()
        with write_transaction(self.db):
            self._require_article(article_id)
            text = self._sentence_text(article_id, sentence_id)
            row = self._review_row(article_id, sentence_id)
            review = Review.from_row(row) if row else Review(sentence_id=sentence_id)
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
