"""The app's database layer: ordered writes from any thread, failures reported, export to a file."""

from __future__ import annotations

import threading

from test_tui_data import make_analysis

from factcheck.store import Store
from tui.db import Change, Writer, export_markdown, read_article


def _stored(tmp_path):
    db = tmp_path / "r.db"
    with Store(db) as store:
        aid = store.import_analysis(make_analysis(), origin="synthetic.txt").article_id
    return db, aid


def test_queued_decisions_are_written_in_order(tmp_path) -> None:
    db, aid = _stored(tmp_path)
    sid = make_analysis().sentences[3].id
    seen = []
    writer = Writer(db, on_outcome=seen.append)
    for status in ("needs_check", "verified", "disputed"):
        writer.submit(Change(aid, sid, "status", status))
    writer.submit(Change(aid, sid, "note", "called the ministry"))
    writer.submit(Change(aid, sid, "evidence", "https://example.org/x"))
    outcomes = writer.drain()
    assert [o.error for o in outcomes] == [None] * 5
    assert seen == outcomes
    with Store(db) as store:
        review = store.review(aid, sid)
    assert (review.status, review.note, review.evidence) == ("disputed", "called the ministry",
                                                             ["https://example.org/x"])
    assert writer.pending == 0 and writer.drain() == []


def test_a_failed_write_is_reported_and_the_rest_still_land(tmp_path) -> None:
    db, aid = _stored(tmp_path)
    sid = make_analysis().sentences[3].id
    writer = Writer(db)
    writer.submit(Change(aid, "s-no-such-sentence", "status", "verified"))
    writer.submit(Change(aid, sid, "status", "bogus"))
    writer.submit(Change(aid, sid, "status", "verified"))
    first, second, third = writer.drain()
    assert first.error and second.error and "bogus" in second.error
    assert third.error is None and third.review.status == "verified"


def test_drains_from_many_threads_keep_the_order(tmp_path) -> None:
    db, aid = _stored(tmp_path)
    sid = make_analysis().sentences[3].id
    writer = Writer(db)
    statuses = ["needs_check", "verified", "disputed", "unverifiable", "not_a_claim"] * 4
    threads = []
    for status in statuses:
        writer.submit(Change(aid, sid, "status", status))
        t = threading.Thread(target=writer.drain)
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    assert writer.pending == 0
    with Store(db) as store:
        assert store.review(aid, sid).status == statuses[-1]
        assert len([e for e in store.events(aid) if e["field"] == "status"]) == len(statuses)


def test_export_writes_the_reviewed_checklist(tmp_path) -> None:
    db, aid = _stored(tmp_path)
    sid = make_analysis().sentences[6].id
    writer = Writer(db)
    writer.submit(Change(aid, sid, "status", "disputed"))
    writer.drain()
    path = export_markdown(db, aid, tmp_path / "out" / "deeper")
    assert path.parent == tmp_path / "out" / "deeper" and path.suffix == ".md"
    text = path.read_text(encoding="utf-8")
    assert "Exports fell to their lowest level since 2010" in text and "disputed" in text
    assert not list(path.parent.glob("*.tmp"))
    data = read_article(db, aid)
    assert data.reviews[sid].status == "disputed" and data.analysis.sentence(sid) is not None


def test_reading_an_article_leaves_the_collector_on(tmp_path) -> None:
    """The read pauses the collector and freezes what it built; the screen collects later."""
    import gc

    db, aid = _stored(tmp_path)
    try:
        data = read_article(db, aid)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        assert [s.id for s in data.analysis.sentences] == [s.id for s in make_analysis().sentences]
    finally:
        gc.unfreeze()
