"""The review store on real SQLite files: import, re-import, re-analysis, decisions, ids."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.ingest import load
from factcheck.model import Analysis, Flag, Sentence, article_id, sentence_ids
from factcheck.pipeline import analyze
from factcheck.store import FINAL_STATUSES, STATUSES, Review, Store, default_db_path, default_reviewer

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyze(load(str(SEED)))


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "reviews.db") as s:
        yield s


def tiny(text_lines: list[str]) -> Analysis:
    """An analysis built by hand: one check-worthy sentence per line."""
    text = "\n\n".join(text_lines)
    sents, pos = [], 0
    for i, (sid, line) in enumerate(zip(sentence_ids(text_lines), text_lines)):
        start = text.index(line, pos)
        pos = start + len(line)
        sents.append(Sentence(id=sid, start=start, end=pos, text=line, paragraph=i, checkworthy=True,
                              flags=[Flag("unattributed_claim", "no source")]))
    return Analysis(text=text, sentences=sents)


def without(analysis: Analysis, drop: set[str]) -> Analysis:
    """The same article as a newer analyzer might see it: some sentences gone."""
    d = analysis.to_dict()
    d["sentences"] = [s for s in d["sentences"] if s["id"] not in drop]
    return Analysis.from_dict(d)


def test_statuses_match_the_agreed_api():
    assert STATUSES == ("unreviewed", "needs_check", "verified", "disputed", "unverifiable", "not_a_claim")
    assert set(FINAL_STATUSES) == set(STATUSES) - {"unreviewed", "needs_check"}


def test_import_stores_article_analysis_and_sentences(store: Store, seed: Analysis):
    result = store.import_analysis(seed, origin="/tmp/seed.txt")
    assert result.created and result.orphaned == []
    assert result.article_id == article_id(seed.text)
    assert store.analysis(result.article_id).to_dict() == seed.to_dict()
    row = store.article(result.article_id)
    assert "text" not in row and row["origin"] == "/tmp/seed.txt"
    stored = list(store.db.query("SELECT id, text FROM sentences WHERE article_id = ? ORDER BY position",
                                 [result.article_id]))
    assert [(r["id"], r["text"]) for r in stored] == [(s.id, s.text) for s in seed.sentences]
    [listed] = store.articles()
    assert listed["id"] == result.article_id
    assert listed["sentences"] == len(seed.sentences)
    assert listed["flagged"] == sum(1 for s in seed.sentences if s.flags)
    assert listed["reviewed"] == 0


def test_title_defaults_to_headline_and_a_given_title_survives_reanalysis(store: Store):
    a = tiny(["MENU | NEWS | SPORT", "Minister resigns after audit finds missing funds",
              "The audit covered 2019 to 2023 in full."])
    aid = store.import_analysis(a, origin=None).article_id
    assert store.article(aid)["title"] == "MENU | NEWS | SPORT"  # no headline: the first line
    a.article["headline"] = a.sentences[1].text  # a newer analyzer finds the headline
    store.import_analysis(a, origin=None)
    assert store.article(aid)["title"] == a.sentences[1].text
    store.import_analysis(a, origin=None, title="Audit story")
    store.import_analysis(a, origin=None)
    assert store.article(aid)["title"] == "Audit story"


def test_reimport_same_article_keeps_id_and_decisions(store: Store, seed: Analysis):
    first = store.import_analysis(seed, origin="a")
    sid = seed.sentences[-1].id
    store.set_status(first.article_id, sid, "verified", reviewer="ana")
    store.set_note(first.article_id, sid, "confirmed with the agency", reviewer="ana")
    again = store.import_analysis(seed, origin=None)
    assert (again.article_id, again.created, again.orphaned) == (first.article_id, False, [])
    review = store.review(first.article_id, sid)
    assert (review.status, review.note, review.reviewer) == ("verified", "confirmed with the agency", "ana")
    assert store.article(first.article_id)["origin"] == "a"  # an import without origin keeps the known one
    assert len(store.articles()) == 1


def test_reanalysis_keeps_surviving_decisions_and_reports_orphans(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    keep, lose = seed.sentences[1].id, seed.sentences[2].id
    store.set_status(aid, keep, "disputed")
    store.set_status(aid, lose, "verified")
    store.add_evidence(aid, lose, "https://example.org/proof")
    newer = without(seed, {lose})
    result = store.import_analysis(newer, origin=None)
    assert result.article_id == aid and not result.created
    assert result.orphaned == [lose]
    assert store.orphaned(aid) == [lose]
    assert store.review(aid, keep).status == "disputed"
    kept = store.reviews(aid)[lose]  # never dropped, and it still says what it was about
    assert (kept.status, kept.evidence) == ("verified", ["https://example.org/proof"])
    assert kept.sentence_text == seed.sentences[2].text
    with pytest.raises(FactcheckError, match="no sentence"):
        store.set_status(aid, lose, "disputed")  # decisions go on sentences that exist
    back = store.import_analysis(seed, origin=None)  # the sentence returns: so does its decision
    assert back.orphaned == [] and store.review(aid, lose).status == "verified"


def test_a_review_reset_to_nothing_is_not_an_orphan(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    sid = seed.sentences[1].id
    store.set_status(aid, sid, "needs_check")
    store.set_status(aid, sid, "unreviewed")
    assert store.import_analysis(without(seed, {sid}), origin=None).orphaned == []


def test_changes_are_logged_with_old_and_new_values_newest_first(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    sid = seed.sentences[1].id
    store.set_status(aid, sid, "needs_check", reviewer="ana")
    store.set_status(aid, sid, "Verified", reviewer="bo")  # case and hyphens are forgiven
    store.set_status(aid, sid, "verified", reviewer="bo")  # no change, no event
    store.set_note(aid, sid, "two sources", reviewer="bo")
    store.add_evidence(aid, sid, "https://a.example/1", reviewer="cy")
    store.add_evidence(aid, sid, "https://a.example/1", reviewer="cy")  # already there
    store.remove_evidence(aid, sid, "https://a.example/1", reviewer="cy")
    events = store.events(aid)
    got = [(e["field"], e["old"], e["new"], e["reviewer"]) for e in reversed(events)]
    assert got == [
        ("status", "unreviewed", "needs_check", "ana"),
        ("status", "needs_check", "verified", "bo"),
        ("note", "", "two sources", "bo"),
        ("evidence", "[]", '["https://a.example/1"]', "cy"),
        ("evidence", '["https://a.example/1"]', "[]", "cy"),
    ]
    assert all(e["sentence_id"] == sid and e["at"].endswith("+00:00") for e in events)
    assert [e["id"] for e in events] == sorted((e["id"] for e in events), reverse=True)
    review = store.review(aid, sid)
    assert (review.status, review.note, review.evidence, review.reviewer) == ("verified", "two sources", [], "cy")
    assert store.articles()[0]["reviewed"] == 1


def test_unreviewed_sentence_has_default_review(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    sid = seed.sentences[0].id
    assert store.review(aid, sid) == Review(sentence_id=sid)
    assert store.reviews(aid) == {}


@pytest.mark.parametrize("call", [
    lambda s, aid, sid: s.set_status(aid, sid, "probably_true"),
    lambda s, aid, sid: s.set_status(aid, "s0000000000", "verified"),
    lambda s, aid, sid: s.set_status("0" * 16, sid, "verified"),
    lambda s, aid, sid: s.review(aid, "nope"),
    lambda s, aid, sid: s.analysis("feedface"),
    lambda s, aid, sid: s.events("feedface"),
    lambda s, aid, sid: s.add_evidence(aid, sid, "two words"),
    lambda s, aid, sid: s.resolve_id(""),
])
def test_bad_ids_statuses_and_evidence_raise_one_clear_error(store: Store, seed: Analysis, call):
    aid = store.import_analysis(seed, origin=None).article_id
    with pytest.raises(FactcheckError) as err:
        call(store, aid, seed.sentences[1].id)
    assert "\n" not in str(err.value) and len(str(err.value)) < 300
    assert list(store.db.query("SELECT count(*) AS n FROM events"))[0]["n"] == 0


def _two_ids_sharing_a_prefix() -> tuple[list[str], str]:
    texts, by_first = {}, {}
    for i in range(200):
        line = f"Officials counted {i} ballots in district {i * 7} before noon on polling day."
        aid = article_id(line)
        if aid[0] in by_first:
            return [by_first[aid[0]], line], aid[0]
        by_first[aid[0]] = line
        texts[aid] = line
    raise AssertionError("200 hashes without a shared first digit")


def test_resolve_id_accepts_unique_prefixes_like_git(store: Store):
    (t1, t2), shared = _two_ids_sharing_a_prefix()
    a1 = store.import_analysis(tiny([t1]), origin=None).article_id
    a2 = store.import_analysis(tiny([t2]), origin=None).article_id
    assert store.resolve_id(a1) == a1
    n = next(i for i in range(1, 17) if a1[:i] != a2[:i])
    assert store.resolve_id(a1[:n]) == a1 and store.resolve_id(a2[:n].upper()) == a2
    with pytest.raises(FactcheckError, match="ambiguous"):
        store.resolve_id(shared)
    with pytest.raises(FactcheckError, match="no article"):
        store.resolve_id("zz")


def test_resolve_sentence_id_by_prefix(store: Store, seed: Analysis):
    aid = store.import_analysis(seed, origin=None).article_id
    sid = seed.sentences[1].id
    assert store.resolve_sentence_id(aid, sid) == sid
    unique = next(sid[:n] for n in range(2, len(sid) + 1)
                  if sum(1 for s in seed.sentences if s.id.startswith(sid[:n])) == 1)
    assert store.resolve_sentence_id(aid, unique) == sid


def test_failed_import_stores_nothing(store: Store):
    a = tiny(["Police said the fire started at 3am in the kitchen.", "It spread to two floors within an hour."])
    a.sentences[1] = dataclasses.replace(a.sentences[1], id=a.sentences[0].id)  # a broken analyzer
    with pytest.raises(FactcheckError, match="repeats sentence ids"):
        store.import_analysis(a, origin=None)
    for table in ("articles", "analyses", "sentences"):
        assert store.db[table].count == 0


def test_articles_are_listed_newest_first(store: Store):
    ids = [store.import_analysis(tiny([f"Article number {n} reports that 40 jobs were cut."]), origin=None).article_id
           for n in range(3)]
    assert [a["id"] for a in store.articles()] == ids[::-1]


def test_default_db_path_follows_the_environment(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "x" / "my.db"))
    assert default_db_path() == tmp_path / "x" / "my.db"
    with Store() as s:  # creates the directory
        assert s.path == tmp_path / "x" / "my.db"
    assert (tmp_path / "x" / "my.db").is_file()
    monkeypatch.delenv("FACTCHECK_DB")
    assert default_db_path().name == "factcheck.db" and "factcheck" in default_db_path().parent.as_posix()


def test_default_reviewer_is_never_empty(monkeypatch):
    assert default_reviewer()
    for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(var, raising=False)
    assert default_reviewer()  # falls back to the passwd entry, or to "unknown"


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is a shopping list, not SQLite\n" * 50)
    with pytest.raises(FactcheckError, match="notes.db"):
        Store(bogus)
    with pytest.raises(FactcheckError, match="directory"):
        Store(tmp_path)


def test_connection_is_wal_with_a_busy_timeout(store: Store):
    assert store.db.journal_mode == "wal"
    assert list(store.db.query("PRAGMA busy_timeout"))[0]["timeout"] >= 5000
    assert isinstance(store.db.conn, sqlite3.Connection)


def test_exporters_and_review_records_do_not_load_sqlite_utils():
    import subprocess
    import sys

    code = ("import sys, factcheck.export, factcheck.store; "
            "assert 'sqlite_utils' not in sys.modules; factcheck.store.Store; assert 'sqlite_utils' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


ACTORS = """Senator weighs another run

In the days before the debate, campaign aides voted to delay the decision on another run.

The senator will decide by March, a senior official said, speaking on condition of anonymity.
"""


def test_the_store_keeps_which_attributions_only_tell_what_their_source_did(store: Store):
    from factcheck.export import stored_export
    from factcheck.pipeline import analyze_text

    fresh = analyze_text(ACTORS)
    voted, said = fresh.sentences[1], fresh.sentences[2]
    # the analysis's own reading, checked first: aides who voted are no source for a claim
    assert [(a.source, a.kind, a.reports) for a in voted.attributions] == [("campaign aides", "anonymous", False)]
    assert [(a.source, a.reports) for a in said.attributions] == [("a senior official", True)]
    aid = store.import_analysis(fresh, origin=None).article_id
    back = store.analysis(aid)
    assert [[a.reports for a in s.attributions] for s in back.sentences] == \
        [[a.reports for a in s.attributions] for s in fresh.sentences]
    assert back.to_dict() == fresh.to_dict()  # and the contract's JSON carries no such field
    assert all("reports" not in a for s in fresh.to_dict()["sentences"] for a in s["attributions"])
    # the checklist, exported from the store, calls only the official a single anonymous source
    sources = stored_export(store.stored_article(aid)).split("## Sources", 1)[1].strip().splitlines()
    assert sources == ["- **campaign aides**: anonymous, 1 sentence",
                       "- **a senior official**: anonymous, 1 sentence. **Single anonymous source** of 1 sentence"]


def test_an_analysis_stored_before_the_store_kept_it_reads_every_attribution_as_reporting(store: Store):
    from factcheck.pipeline import analyze_text

    d = analyze_text(ACTORS).to_dict()  # what earlier versions stored: the contract dict alone
    assert all(a.reports for s in Analysis.from_dict(d).sentences for a in s.attributions)
