"""Ordered migrations recorded in the database; an older database upgrades when opened."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.store import Store
from factcheck.store.db import open_database
from factcheck.store.migrations import MIGRATIONS, MIGRATIONS_TABLE, applied, migrate


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
