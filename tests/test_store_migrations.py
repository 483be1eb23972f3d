"""Ordered migrations recorded in the database; an older database upgrades when opened."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.errors import FactcheckError
from factcheck.model import Document
from factcheck.pipeline import analyze
from factcheck.store import Store
from factcheck.store.db import open_database
from factcheck.store.migrations import MIGRATIONS, MIGRATIONS_TABLE, applied, migrate

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"


def test_a_new_database_records_every_migration_in_order(tmp_path: Path):
    with Store(tmp_path / "new.db") as s:
        rows = list(s.db.query(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY rowid"))
        assert [r["name"] for r in rows] == [m.__name__ for m in MIGRATIONS]
        assert {"articles", "analyses", "sentences", "reviews", "events"} <= set(s.db.table_names())
        assert "review_checklist" in s.db.view_names()


def test_opening_again_applies_nothing(tmp_path: Path):
    Store(tmp_path / "db.sqlite").close()
    db = open_database(tmp_path / "db.sqlite")
    assert migrate(db) == []
    assert len(applied(db)) == len(MIGRATIONS)


def test_a_database_from_the_first_schema_upgrades_and_keeps_its_data(tmp_path: Path):
    path = tmp_path / "old.db"
    db = open_database(path)
    assert migrate(db, upto=1) == ["m001_initial"]
    assert "sentence_text" not in db["reviews"].columns_dict
    # What the first release wrote: an article, one sentence and a decision on it.
    sentence = {"id": "s1", "start": 0, "end": 41, "text": "Prices rose 4% in March, the bureau said.",
                "paragraph": 0, "role": "body", "attributions": [], "checkworthy": True, "hedged": False,
                "flags": []}
    analysis = {"schema": "factcheck.analysis/1", "article": {}, "sentences": [sentence], "headline_checks": [],
                "sources": [], "boilerplate": []}
    db["articles"].insert({"id": "abc123", "title": "Old story", "origin": None,
                           "imported_at": "2025-01-01T00:00:00+00:00",
                           "analysed_at": "2025-01-01T00:00:00+00:00", "analyzer_version": "0.0.1",
                           "text": "Prices rose 4% in March, the bureau said."})
    db["analyses"].insert({"article_id": "abc123", "schema": "factcheck.analysis/1", "analyzer_version": "0.0.1",
                           "analysed_at": "2025-01-01T00:00:00+00:00", "analysis": json.dumps(analysis)})
    db["sentences"].insert({"article_id": "abc123", "id": "s1", "position": 0, "paragraph": 0, "role": "body",
                            "start": 0, "end": 41, "text": "Prices rose 4% in March, the bureau said.",
                            "checkworthy": 1, "hedged": 0, "flags": "[]", "sources": '["the bureau"]'})
    db["reviews"].insert({"article_id": "abc123", "sentence_id": "s1", "status": "verified", "note": "CPI table",
                          "evidence": '["https://stats.example/cpi"]', "reviewer": "ana",
                          "updated_at": "2025-01-02T00:00:00+00:00"})
    db.close()

    with Store(path) as s:
        assert applied(s.db) == {m.__name__ for m in MIGRATIONS}
        review = s.review("abc123", "s1")
        assert (review.status, review.note, review.evidence) == ("verified", "CPI table", ["https://stats.example/cpi"])
        assert review.sentence_text == "Prices rose 4% in March, the bureau said."  # backfilled by m002
        assert s.articles()[0]["reviewed"] == 1
        assert [r["status"] for r in s.db.query("SELECT status FROM review_checklist")] == ["verified"]
        s.set_note("abc123", "s1", "CPI table 3")
        assert s.events("abc123")[0]["old"] == "CPI table"


def _foreign(path: Path, extra_sql: str = "") -> bytes:
    """Another application's SQLite file in the default rollback-journal mode; its bytes."""
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT);"
                       "INSERT INTO recipes (name) VALUES ('soda bread');" + extra_sql)
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("extra_sql", [
    "",
    # a migration table of its own, as other tools keep one
    "CREATE TABLE _migrations (id INTEGER PRIMARY KEY, migration TEXT); INSERT INTO _migrations VALUES (1, '0001');",
    "CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT); INSERT INTO _migrations VALUES ('init', 'x');",
])
def test_another_applications_database_is_refused_before_it_is_touched(tmp_path: Path, extra_sql: str):
    path = tmp_path / "recipes.db"
    before = _foreign(path, extra_sql)
    with pytest.raises(FactcheckError, match=r"recipes\.db: is another application's SQLite database \(tables: "):
        Store(path)
    for command in (["mark", "abc", "s1", "verified"], ["list"], ["review"], ["import", str(SEED)]):
        r = CliRunner().invoke(cli, [*command, "--db", str(path)], catch_exceptions=False)
        assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1, (command, r.stderr)
        assert "another application's" in r.stderr, (command, r.stderr)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recipes.db"]  # no -wal or -shm beside it
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_an_empty_file_becomes_a_review_database(tmp_path: Path):
    path = tmp_path / "empty.db"
    path.touch()
    with Store(path) as s:
        assert applied(s.db) == {m.__name__ for m in MIGRATIONS}


def _future(monkeypatch: pytest.MonkeyPatch, version: str) -> None:
    """This process becomes a newer factcheck with one more migration."""
    from factcheck.store import migrations

    def m099_reading_list(db) -> None:
        db.execute("ALTER TABLE articles ADD COLUMN reading_list TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, m099_reading_list])
    monkeypatch.setattr(migrations, "__version__", version)


def _as_0_3_0_left_it(path: Path) -> None:
    """0.3.0's _migrations had no version column."""
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE old (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);
        INSERT INTO old SELECT name, applied_at FROM _migrations;
        DROP TABLE _migrations;
        ALTER TABLE old RENAME TO _migrations;""")
    conn.close()


@pytest.mark.parametrize("made_by_0_3_0", [False, True])
def test_a_database_a_newer_factcheck_upgraded_is_read_but_never_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, made_by_0_3_0: bool):
    path = tmp_path / "reviews.db"
    text = "Bakery prices rise\n\nPrices rose 12% in March, the bureau said on Monday."
    with Store(path) as s:
        aid = s.import_analysis(analyze(Document(text=text)), origin=None).article_id
        sid = s.analysis(aid).sentences[-1].id
        s.set_status(aid, sid, "needs_check")
    if made_by_0_3_0:
        _as_0_3_0_left_it(path)
    with monkeypatch.context() as future:
        _future(future, "0.9.1")
        with Store(path) as s:  # the newer factcheck upgrades the file and writes to it
            s.set_note(aid, sid, "asked the bureau")
    with Store(path) as s:  # this factcheck again
        assert s.review(aid, sid).note == "asked the bureau" and s.articles()[0]["id"] == aid  # reads work
        events = len(s.events(aid))
        with pytest.raises(FactcheckError, match=r"upgraded by factcheck 0\.9\.1 \(migration m099_reading_list\)"):
            s.set_status(aid, sid, "verified")
        with pytest.raises(FactcheckError, match="0.9.1"):
            s.import_analysis(analyze(Document(text=text + " It said more.")), origin=None)
        assert len(s.events(aid)) == events and s.review(aid, sid).status == "needs_check"
    r = CliRunner().invoke(cli, ["mark", aid, sid, "verified", "--db", str(path)], catch_exceptions=False)
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "factcheck 0.9.1" in r.stderr and "can be read but not changed" in r.stderr
    with monkeypatch.context() as future:  # the newer factcheck knows its own migration: it writes
        _future(future, "0.9.1")
        with Store(path) as s:
            assert s.set_status(aid, sid, "verified").status == "verified"
