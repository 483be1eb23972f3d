"""The JSON export: the contract analysis plus reviews, orphans and the event log."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.export import EXPORT_SCHEMA, to_json
from factcheck.ingest import load
from factcheck.model import Analysis
from factcheck.pipeline import analyze
from factcheck.store import Store

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"


def test_json_export_carries_analysis_reviews_and_events(tmp_path: Path):
    seed = analyze(load(str(SEED)))
    with Store(tmp_path / "r.db") as store:
        aid = store.import_analysis(seed, origin=str(SEED)).article_id
        sid, gone = seed.sentences[1].id, seed.sentences[2].id
        store.set_status(aid, sid, "verified", reviewer="ana")
        store.add_evidence(aid, sid, "https://example.org/x", reviewer="ana")
        store.set_status(aid, gone, "disputed", reviewer="bo")
        newer = seed.to_dict()
        newer["sentences"] = [s for s in newer["sentences"] if s["id"] != gone]
        store.import_analysis(Analysis.from_dict(newer), origin=None)
        doc = to_json(store.analysis(aid), reviews=store.reviews(aid), events=store.events(aid),
                      meta={"article_id": aid, "title": "t"})
    doc = json.loads(json.dumps(doc))  # it is plain JSON
    assert doc["schema"] == EXPORT_SCHEMA
    assert doc["analysis"] == Analysis.from_dict(newer).to_dict()
    assert doc["meta"]["article_id"] == aid and doc["meta"]["exported_at"]
    assert doc["reviews"][sid]["status"] == "verified"
    assert doc["reviews"][sid]["evidence"] == ["https://example.org/x"]
    assert doc["orphaned"] == [gone] and doc["reviews"][gone]["status"] == "disputed"
    assert [(e["field"], e["new"]) for e in doc["events"]] == [
        ("status", "disputed"), ("evidence", '["https://example.org/x"]'), ("status", "verified")]


def test_json_export_without_reviews_is_the_analysis():
    seed = analyze(load(str(SEED)))
    doc = to_json(seed)
    assert doc["analysis"] == seed.to_dict()
    assert doc["reviews"] == {} and doc["events"] == [] and doc["orphaned"] == []
