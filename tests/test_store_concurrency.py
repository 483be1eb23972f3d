"""Two processes at once, and a process killed in the middle of an import, on real files."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from factcheck.ingest import load
from factcheck.model import Analysis
from factcheck.pipeline import analyze
from factcheck.store import Store

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

MARKER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from factcheck.store import Store
    db, aid, go, who, rounds = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4], int(sys.argv[5])
    sids = json.loads(sys.argv[6])
    with Store(db) as store:
        (go.parent / f"ready-{who}").touch()
        while not go.exists():  # start together with the other process
            time.sleep(0.005)
        for n in range(rounds):
            for sid in sids:
                store.set_status(aid, sid, "verified" if n % 2 else "needs_check", reviewer=who)
                store.set_note(aid, sid, f"{who} round {n}", reviewer=who)
                time.sleep(0.01)  # a reviewer's pace: the other process gets the lock in between
            if n == 0:  # every process has written before any goes on: they overlap even on a
                (go.parent / f"wrote-{who}").touch()  # loaded machine that runs one at a time
                deadline = time.monotonic() + 60
                while len(list(go.parent.glob("wrote-*"))) < int(sys.argv[7]) and time.monotonic() < deadline:
                    time.sleep(0.005)
""")


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyze(load(str(SEED)))


def _run_markers(tmp_path: Path, db: Path, aid: str, jobs: list[tuple[str, list[str]]], rounds: int) -> None:
    script = tmp_path / "marker.py"
    script.write_text(MARKER)
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, str(script), str(db), aid, str(go), who, str(rounds), json.dumps(sids),
                              str(len(jobs))],
                              stderr=subprocess.PIPE, text=True) for who, sids in jobs]
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"ready-{who}").exists() for who, _ in jobs):  # both at the starting line
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "a marker did not start"
        time.sleep(0.01)
    go.touch()
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err


def test_two_processes_marking_different_sentences_lose_nothing(tmp_path: Path, seed: Analysis):
    db = tmp_path / "shared.db"
    with Store(db) as s:
        aid = s.import_analysis(seed, origin=None).article_id
    ids = [x.id for x in seed.sentences]
    assert len(ids) >= 6
    mine, yours = ids[0:6:2], ids[1:6:2]
    rounds = 6  # even: the last round sets "verified"
    _run_markers(tmp_path, db, aid, [("ana", mine), ("bo", yours)], rounds)
    with Store(db) as s:
        reviews = s.reviews(aid)
        for who, sids in (("ana", mine), ("bo", yours)):
            for sid in sids:
                r = reviews[sid]
                assert (r.status, r.note, r.reviewer) == ("verified", f"{who} round {rounds - 1}", who)
        events = s.events(aid)
        # every write is logged: 2 fields x rounds per sentence (status flips each round)
        assert len(events) == 2 * rounds * len(mine + yours)
    turns = sum(1 for a, b in zip(events, events[1:]) if a["reviewer"] != b["reviewer"])
    assert turns >= 2, "the two processes did not overlap, so this proved nothing"


def test_two_processes_on_the_same_sentence_log_a_consistent_chain(tmp_path: Path, seed: Analysis):
    db = tmp_path / "shared.db"
    with Store(db) as s:
        aid = s.import_analysis(seed, origin=None).article_id
    sid = seed.sentences[1].id
    _run_markers(tmp_path, db, aid, [("ana", [sid]), ("bo", [sid])], 6)
    with Store(db) as s:
        events = list(reversed(s.events(aid)))
    assert sum(1 for a, b in zip(events, events[1:]) if a["reviewer"] != b["reviewer"]) >= 2  # they overlapped
    for field in ("status", "note"):
        chain = [e for e in events if e["field"] == field]
        # each write saw the value the previous write left: nothing was overwritten unseen
        assert all(a["new"] == b["old"] for a, b in zip(chain, chain[1:]))
        assert chain[0]["old"] == ("unreviewed" if field == "status" else "")


KILLER = textwrap.dedent("""
    import os, re, signal, sys
    from factcheck.ingest import load
    from factcheck.pipeline import analyze
    from factcheck.store import Store
    db, article = sys.argv[1], sys.argv[2]
    analysis = analyze(load(article))
    if len(sys.argv) > 3:  # a newer analyzer that splits the text differently
        analysis.sentences = analysis.sentences[::2]
    seen_article = False
    def trace(sql):
        global seen_article
        if re.search(r"INSERT\\b.*\\barticles\\b", sql, re.S | re.I):
            seen_article = True
        if re.search(r"INSERT\\b.*\\bsentences\\b", sql, re.S | re.I):
            if not seen_article:
                sys.exit(3)  # the test would prove nothing
            os.kill(os.getpid(), signal.SIGKILL)  # as if the power went, mid-transaction
    with Store(db) as store:
        store.db.conn.set_trace_callback(trace)
        store.import_analysis(analysis, origin=article)
    sys.exit(4)  # not reached
""")


def _import_and_die(tmp_path: Path, db: Path, article: Path, *extra: str) -> None:
    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    p = subprocess.run([sys.executable, str(script), str(db), str(article), *extra],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == -signal.SIGKILL, (p.returncode, p.stderr)


def test_a_process_killed_during_import_leaves_no_partial_article(tmp_path: Path, seed: Analysis):
    db = tmp_path / "crash.db"
    _import_and_die(tmp_path, db, SEED)
    with Store(db) as s:  # opens fine: the uncommitted transaction is simply gone
        assert s.articles() == []
        for table in ("articles", "analyses", "sentences"):
            assert s.db[table].count == 0
        assert list(s.db.query("PRAGMA integrity_check"))[0]["integrity_check"] == "ok"


def test_a_process_killed_during_reimport_leaves_the_previous_version_and_decisions(tmp_path: Path, seed: Analysis):
    db = tmp_path / "crash.db"
    with Store(db) as s:
        aid = s.import_analysis(seed, origin=str(SEED)).article_id
        s.set_status(aid, seed.sentences[1].id, "disputed")
    _import_and_die(tmp_path, db, SEED, "reanalyse")
    with Store(db) as s:
        assert s.analysis(aid).to_dict() == seed.to_dict()
        assert s.db["sentences"].count == len(seed.sentences)
        assert s.review(aid, seed.sentences[1].id).status == "disputed"
        assert s.orphaned(aid) == []
