"""Source corrections: the pure rules, the store (real SQLite), and re-analysis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.checklist import checklist_sentences, display_numbers, progress, resolve_sentence
from factcheck.corrections import CorrectedSource, Correction, apply_corrections, edit_sources, machine_sources
from factcheck.errors import FactcheckError
from factcheck.ingest import load
from factcheck.model import Analysis
from factcheck.pipeline import analyze
from factcheck.store import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "seed-nk-soldier.txt"


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyze(load(str(SEED)))


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "reviews.db") as s:
        yield s


def first(analysis: Analysis, *, flag: str | None = None, sourced: bool = False):
    for s in analysis.sentences:
        if s.role != "body":
            continue
        if flag and flag in s.flag_codes:
            return s
        if sourced and s.attributions and not s.flags:
            return s
    raise AssertionError("the sample has no such sentence")


# -- pure rules ---------------------------------------------------------------------------------

def test_edit_actions():
    a = CorrectedSource("Ann Lee", "named_person")
    assert edit_sources([a], "set", "Jane Doe", kind="named_person") == [CorrectedSource("Jane Doe", "named_person")]
    added = edit_sources([a], "add", "the ministry", kind="named-org", via=["Reuters"])
    assert added == [a, CorrectedSource("the ministry", "named_org", ("Reuters",))]
    assert edit_sources(added, "add", "ANN LEE", kind="anonymous")[0] == CorrectedSource("ANN LEE", "anonymous")
    assert edit_sources(added, "remove", "ann lee") == [added[1]]
    assert edit_sources(added, "none") == []
    assert edit_sources([a], "set", "ann lee") == [CorrectedSource("ann lee", "named_person")]  # kind kept


@pytest.mark.parametrize("args, kwargs, fragment", [
    (("add", "New Person"), {}, "give the kind"),
    (("add", "X"), {"kind": "alien"}, "unknown source kind"),
    (("remove", "Nobody"), {}, "no source 'Nobody' to remove"),
    (("add", "  "), {"kind": "vague"}, "empty"),
    (("add", "a\x1bb"), {"kind": "vague"}, "control"),
    (("set",), {}, "needs a source name"),
])
def test_bad_edits_are_refused(args, kwargs, fragment):
    with pytest.raises(FactcheckError, match=fragment):
        edit_sources([CorrectedSource("Ann Lee", "named_person")], *args, **kwargs)


def test_adding_a_source_clears_unattributed_and_marks_it(seed: Analysis):
    s = first(seed, flag="unattributed_claim")
    fixed = apply_corrections(seed, {s.id: Correction(s.id, [CorrectedSource("Jane Doe", "named_person")])})
    r = fixed.reading(s.id)
    assert r.sentence.flags == [] and [a.source for a in r.sentence.attributions] == ["Jane Doe"]
    assert r.is_corrected(r.sentence.attributions[0])
    assert r.machine is s and "unattributed_claim" in s.flag_codes  # the machine's reading is untouched
    assert any(src.name == "Jane Doe" and s.id in src.sentences for src in fixed.analysis.sources)
    assert seed.sentence(s.id) is s and fixed.machine is seed


def test_anonymous_kind_sets_the_flag_and_removed_sources_are_listed(seed: Analysis):
    s = first(seed, sourced=True)
    old = s.attributions[0]
    fixed = apply_corrections(seed, {s.id: Correction(s.id, [CorrectedSource("a senior official", "anonymous")])})
    r = fixed.reading(s.id)
    assert r.sentence.flag_codes == ["anonymous_source"]
    assert [a.source for a in r.removed] == [a.source for a in s.attributions]  # every machine source
    # a source no other sentence names any more leaves the source list
    if all(x.source != old.source for t in seed.sentences if t.id != s.id for x in t.attributions):
        assert all(s.id not in src.sentences for src in fixed.analysis.sources if src.name == old.source)


def test_no_source_on_a_claim_flags_it_unattributed(seed: Analysis):
    s = first(seed, sourced=True)
    assert s.checkworthy
    r = apply_corrections(seed, {s.id: Correction(s.id, [])}).reading(s.id)
    assert r.sentence.attributions == [] and r.sentence.flag_codes == ["unattributed_claim"]


def test_keeping_the_machine_source_keeps_its_mention(seed: Analysis):
    s = first(seed, sourced=True)
    kept = machine_sources(s)
    r = apply_corrections(seed, {s.id: Correction(s.id, kept)}).reading(s.id)
    assert [a.mention for a in r.sentence.attributions] == [a.mention for a in s.attributions[:len(kept)]]
    assert not any(r.is_corrected(a) for a in r.sentence.attributions)


def test_uncorrected_analysis_is_the_same_object(seed: Analysis):
    fixed = apply_corrections(seed, {"sgone": Correction("sgone", [])})
    assert fixed.analysis is seed and [c.sentence_id for c in fixed.orphaned] == ["sgone"]


# -- numbers and progress ----------------------------------------------------------------------

def test_numbers_are_one_based_text_order_and_resolve_back(seed: Analysis):
    numbers = display_numbers(seed)
    ids = [s.id for s in seed.sentences]
    assert numbers[ids[0]] == 1 and numbers[ids[-1]] == len(ids)
    assert resolve_sentence("#5", ids) == ids[4] == resolve_sentence(" 5 ", ids)
    assert resolve_sentence(ids[6][:6], ids) == ids[6]
    with pytest.raises(FactcheckError, match="no sentence #99"):
        resolve_sentence("99", ids)
    with pytest.raises(FactcheckError, match="no sentence #0"):
        resolve_sentence("#0", ids)
    with pytest.raises(FactcheckError, match="ambiguous"):
        resolve_sentence("s", ids)


def test_items_leave_out_chrome_unless_asked(seed: Analysis):
    chrome = [s for s in seed.sentences if s.role not in ("headline", "standfirst", "body") and s.checkworthy]
    assert chrome, "the seed has a check-worthy caption"
    items = checklist_sentences(seed, {})
    assert not any(s in items for s in chrome)
    assert all(s in checklist_sentences(seed, {}, include_chrome=True) for s in chrome)
    assert str(progress(seed, {})) == f"0 of {len(items)} reviewed"


# -- the store ---------------------------------------------------------------------------------

def test_store_corrections_are_logged_and_reset(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    s = first(seed, flag="unattributed_claim")
    sid = store.resolve_sentence_id(aid, f"#{display_numbers(seed)[s.id]}")
    assert sid == s.id
    c = store.edit_sources(aid, sid, "add", "Jane Doe", kind="named_person", note=" her office ", reviewer="ana")
    assert c is not None and c.sources == [CorrectedSource("Jane Doe", "named_person")] and c.note == "her office"
    assert store.corrections(aid) == {sid: c}
    # the same edit again changes nothing and logs nothing
    store.edit_sources(aid, sid, "add", "Jane Doe", kind="named_person", reviewer="ana")
    events = store.events(aid)
    assert [e["field"] for e in events] == ["source_note", "sources"]
    assert events[1]["old"] is None and json.loads(events[1]["new"])[0]["source"] == "Jane Doe"
    assert store.corrected(aid).reading(sid).sentence.flags == []
    assert store.reset_sources(aid, sid, reviewer="ana") is True
    assert store.corrections(aid) == {} and store.reset_sources(aid, sid) is False
    assert store.events(aid)[0]["new"] is None


def test_store_refuses_bad_input_without_writing(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    sid = first(seed, sourced=True).id
    with pytest.raises(FactcheckError, match="give the kind"):
        store.edit_sources(aid, sid, "add", "Somebody New")
    with pytest.raises(FactcheckError, match="unknown source kind"):
        store.set_sources(aid, sid, [CorrectedSource("X", "martian")])
    with pytest.raises(FactcheckError, match="has no sentence"):
        store.edit_sources(aid, "snope", "none")
    assert store.corrections(aid) == {} and store.events(aid) == []


def test_correction_survives_reimport_of_a_reanalysed_article(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    keep, drop = first(seed, sourced=True), first(seed, flag="unattributed_claim")
    store.edit_sources(aid, keep.id, "set", "Jane Doe", kind="named_person")
    store.edit_sources(aid, drop.id, "none")
    d = seed.to_dict()
    d["sentences"] = [x for x in d["sentences"] if x["id"] != drop.id]  # a newer analyzer's split
    result = store.import_analysis(Analysis.from_dict(d), origin=None)
    assert result.orphaned == [drop.id]
    assert set(store.corrections(aid)) == {keep.id, drop.id}  # kept, never dropped
    fixed = store.corrected(aid)
    assert [c.sentence_id for c in fixed.orphaned] == [drop.id]
    assert [a.source for a in fixed.reading(keep.id).sentence.attributions] == ["Jane Doe"]
    # and importing the original analysis again brings it back into use
    store.import_analysis(seed, origin=None)
    assert store.corrected(aid).orphaned == []


def test_list_counts_progress_the_shared_way(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    sid = first(seed, flag="unattributed_claim").id
    store.set_status(aid, sid, "verified")
    row = store.articles()[0]
    expected = progress(seed, store.reviews(aid))
    items = len(checklist_sentences(seed, {}))
    assert (row["reviewed"], row["items"]) == (expected.reviewed, expected.total) == (1, items)
    flagged = row["flagged"]
    store.edit_sources(aid, sid, "add", "Jane Doe", kind="named_person")
    assert store.articles()[0]["flagged"] == flagged - 1


def test_the_browsing_view_shows_the_correction_beside_the_machine(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    s = first(seed, sourced=True)
    store.edit_sources(aid, s.id, "set", "Jane Doe", kind="named_person", note="asked her")
    rows = {r["sentence_id"]: r for r in store.db.query("SELECT * FROM review_checklist WHERE article_id = ?", [aid])}
    assert json.loads(rows[s.id]["sources"]) == list(dict.fromkeys(a.source for a in s.attributions))
    assert json.loads(rows[s.id]["corrected_sources"]) == [{"source": "Jane Doe", "kind": "named_person", "via": []}]
    assert rows[s.id]["correction_note"] == "asked her"
    assert all(r["corrected_sources"] is None for sid, r in rows.items() if sid != s.id)
