"""Ordered schema migrations, recorded in the database (the pattern of simonw/llm).

Each migration runs once, in order, inside the same IMMEDIATE transaction as its record in
`_migrations`, so two processes opening a fresh file at once cannot both apply it and a crash
leaves either the old schema or the new one. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timezone

import sqlite_utils

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.store.db import MIGRATIONS_TABLE, write_transaction

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


def _run(db: sqlite_utils.Database, statements: str) -> None:
    for sql in statements.split(";"):
        if sql.strip():
            db.execute(sql)


@migration
def m001_initial(db: sqlite_utils.Database) -> None:
    # reviews has no foreign key to sentences on purpose: a decision outlives its sentence when
    # a newer analyzer splits text differently, and is then reported as orphaned.
    _run(db, """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT,
        headline TEXT,
        byline TEXT,
        published TEXT,
        origin TEXT,
        imported_at TEXT NOT NULL,
        analysed_at TEXT NOT NULL,
        analyzer_version TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        schema TEXT NOT NULL,
        analyzer_version TEXT NOT NULL,
        analysed_at TEXT NOT NULL,
        analysis TEXT NOT NULL
    );
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        role TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        checkworthy INTEGER NOT NULL,
        hedged INTEGER NOT NULL,
        flags TEXT NOT NULL,
        sources TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE reviews (
        article_id TEXT NOT NULL REFERENCES articles(id),
        sentence_id TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'unreviewed',
        note TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '[]',
        reviewer TEXT,
        updated_at TEXT,
        PRIMARY KEY (article_id, sentence_id)
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL REFERENCES articles(id),
        sentence_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT,
        reviewer TEXT,
        at TEXT NOT NULL
    )
    """)


@migration
def m002_review_context(db: sqlite_utils.Database) -> None:
    # The sentence text a decision was made on, so an orphaned decision still says what it was
    # about after its sentence left the analysis; plus what `history` and Datasette need.
    _run(db, """
    ALTER TABLE reviews ADD COLUMN sentence_text TEXT NOT NULL DEFAULT '';
    UPDATE reviews SET sentence_text = coalesce(
        (SELECT s.text FROM sentences s WHERE s.article_id = reviews.article_id AND s.id = reviews.sentence_id),
        '');
    CREATE INDEX events_by_article ON events(article_id, id);
    CREATE VIEW review_checklist AS
        SELECT s.article_id, s.position, s.id AS sentence_id, s.role, s.text, s.flags, s.sources,
               coalesce(r.status, 'unreviewed') AS status, coalesce(r.note, '') AS note,
               coalesce(r.evidence, '[]') AS evidence, r.reviewer, r.updated_at
        FROM sentences s LEFT JOIN reviews r ON r.article_id = s.article_id AND r.sentence_id = s.id
        WHERE s.checkworthy OR s.flags != '[]'
    """)


@migration
def m003_source_corrections(db: sqlite_utils.Database) -> None:
    # A reviewer's list of sources for a sentence, replacing the machine's reading of it (which
    # stays in `analyses`). Keyed by sentence id and without a foreign key to sentences, like
    # reviews, so it outlives a re-analysis and is then listed as orphaned.
    _run(db, """
    CREATE TABLE corrections (
        article_id TEXT NOT NULL REFERENCES articles(id),
        sentence_id TEXT NOT NULL,
        sources TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        reviewer TEXT,
        updated_at TEXT,
        sentence_text TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (article_id, sentence_id)
    )
    """)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", version))


def refuse_newer(db: sqlite_utils.Database) -> str | None:
    """Why this factcheck must not write to `db`, or None. A migration recorded that is not in
    MIGRATIONS was applied by a newer factcheck, whose schema this one would corrupt; every
    migration in the list, however new, is known. The message names the newer version when its
    rows record one (from the first version that recorded versions on)."""
    if not db[MIGRATIONS_TABLE].exists():
        return None
    known = {m.__name__ for m in MIGRATIONS}
    has_version = "version" in db[MIGRATIONS_TABLE].columns_dict
    rows = list(db.query(f"SELECT name, {'version' if has_version else 'NULL AS version'} FROM {MIGRATIONS_TABLE}"))
    unknown = [r for r in rows if r["name"] not in known]
    if not unknown:
        return None
    versions = sorted({r["version"] for r in unknown if r["version"]}, key=_version_key)
    by = f"factcheck {versions[-1]}" if versions else "a newer factcheck"
    return (f"this database was upgraded by {by} (migration {unknown[-1]['name']}), which this factcheck "
            f"{__version__} does not know; it can be read but not changed: upgrade factcheck to write to it")


@migration
def m004_checklist_shows_corrections(db: sqlite_utils.Database) -> None:
    # The view Datasette users read: the reviewer's sources beside the machine's, so a browsed
    # checklist never shows a source the reviewer has corrected as if it stood.
    _run(db, """
    DROP VIEW review_checklist;
    CREATE VIEW review_checklist AS
        SELECT s.article_id, s.position, s.id AS sentence_id, s.role, s.text, s.flags, s.sources,
               c.sources AS corrected_sources, c.note AS correction_note,
               coalesce(r.status, 'unreviewed') AS status, coalesce(r.note, '') AS note,
               coalesce(r.evidence, '[]') AS evidence, r.reviewer, r.updated_at
        FROM sentences s
        LEFT JOIN reviews r ON r.article_id = s.article_id AND r.sentence_id = s.id
        LEFT JOIN corrections c ON c.article_id = s.article_id AND c.sentence_id = s.id
        WHERE s.checkworthy OR s.flags != '[]' OR c.sentence_id IS NOT NULL
    """)


def applied(db: sqlite_utils.Database) -> set[str]:
    if not db[MIGRATIONS_TABLE].exists():
        return set()
    return {row["name"] for row in db.query(f"SELECT name FROM {MIGRATIONS_TABLE}")}


def migrate(db: sqlite_utils.Database, *, upto: int | None = None) -> list[str]:
    """Apply the migrations not yet recorded, in order (the first `upto` only, for tests).
    Returns the names applied now."""
    wanted = MIGRATIONS[:upto] if upto is not None else MIGRATIONS
    if applied(db) >= {m.__name__ for m in wanted}:
        return []  # the common case, without taking the write lock
    done: list[str] = []
    with write_transaction(db):
        refusal = refuse_newer(db)  # under the lock: a newer factcheck may have just migrated
        if refusal:
            raise FactcheckError(refusal)
        db.execute(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
                   "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL, version TEXT)")
        if "version" not in db[MIGRATIONS_TABLE].columns_dict:  # made by 0.3.0 and earlier
            db.execute(f"ALTER TABLE {MIGRATIONS_TABLE} ADD COLUMN version TEXT")
        already = applied(db)  # again, under the lock: another process may have just migrated
        for fn in wanted:
            if fn.__name__ in already:
                continue
            fn(db)
            db.execute(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at, version) VALUES (?, ?, ?)",
                       [fn.__name__, datetime.now(timezone.utc).isoformat(timespec="seconds"), __version__])
            done.append(fn.__name__)
    return done
