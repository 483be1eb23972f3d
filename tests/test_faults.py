"""Faults in the middle of a write: `factcheck mark` killed with SIGKILL at every write statement
it issues, and a write that fails half-way. A mark is one transaction, events included, so the
database holds all of it or none of it, never a status without its note or 2 of 3 URLs."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.ingest import load
from factcheck.pipeline import analyze
from factcheck.store import Review, Store

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"
URLS = ("https://example.org/a", "https://example.org/b", "https://example.org/c")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

# Runs the real CLI with a trace on every SQLite connection: the Nth write statement (COMMIT
# counted) kills the process before SQLite executes it, as a power cut would. N=0 never kills
# and reports how many write statements the command issued.
KILL_AT_WRITE = textwrap.dedent("""
    import atexit, os, re, signal, sqlite3, sys
    kill_at, count = int(sys.argv[1]), 0
    WRITE = re.compile(r"\\s*(INSERT|UPDATE|DELETE|REPLACE|COMMIT)\\b", re.I)
    _connect = sqlite3.connect
    def connect(*args, **kwargs):
        conn = _connect(*args, **kwargs)
        def trace(sql):
            global count
            if WRITE.match(sql):
                count += 1
                if count == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
        conn.set_trace_callback(trace)
        return conn
    sqlite3.connect = connect
    atexit.register(lambda: sys.stderr.write(f"writes={count}\\n"))
    from factcheck.cli import main
    sys.argv = ["factcheck", *sys.argv[2:]]
    main()
""")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A closed database holding the seed article, nothing reviewed: (file, article, sentence)."""
    db = tmp_path_factory.mktemp("faults") / "seed.db"
    analysis = analyze(load(str(SEED)))
    with Store(db) as s:
        aid = s.import_analysis(analysis, origin=None).article_id
    return db, aid, analysis.sentences[1].id


def _mark_args(db: Path, aid: str, sid: str) -> list[str]:
    args = ["mark", aid, sid, "disputed", "--note", "the figure is from 2019", "--reviewer", "ana", "--db", str(db)]
    for url in URLS:
        args += ["--evidence", url]
    return args


def _state(db: Path, aid: str, sid: str) -> tuple[Review, list[tuple[str, str]]]:
    with Store(db) as s:
        return s.review(aid, sid), [(e["field"], e["new"]) for e in reversed(s.events(aid))]


def _assert_all_or_nothing(db: Path, aid: str, sid: str) -> bool:
    """True when the whole mark is there, False when none of it is; fails on anything between."""
    review, events = _state(db, aid, sid)
    if review.status == "unreviewed":
        assert (review.note, review.evidence, events) == ("", [], []), "a partial mark survived"
        return False
    assert (review.status, review.note, review.evidence) == ("disputed", "the figure is from 2019", list(URLS))
    assert [f for f, _ in events] == ["status", "note", "evidence", "evidence", "evidence"]
    assert events[-1][1] == '["' + '", "'.join(URLS) + '"]'
    return True


def test_mark_killed_at_every_write_leaves_all_or_nothing(tmp_path: Path, prepared: tuple[Path, str, str]):
    source, aid, sid = prepared
    script = tmp_path / "kill_at_write.py"
    script.write_text(KILL_AT_WRITE)

    def run(kill_at: int) -> tuple[Path, subprocess.CompletedProcess]:
        db = tmp_path / f"kill-{kill_at}.db"
        shutil.copy(source, db)
        p = subprocess.run([sys.executable, str(script), str(kill_at), *_mark_args(db, aid, sid)],
                           capture_output=True, text=True, timeout=120)
        return db, p

    db, clean = run(0)
    assert clean.returncode == 0, clean.stderr
    writes = int(clean.stderr.strip().splitlines()[-1].removeprefix("writes="))
    assert writes >= 2 and _assert_all_or_nothing(db, aid, sid)
    for kill_at in range(1, writes + 1):  # every write statement, the final COMMIT included
        db, p = run(kill_at)
        assert p.returncode == -signal.SIGKILL, (kill_at, p.returncode, p.stderr)
        assert not _assert_all_or_nothing(db, aid, sid), f"killed at write {kill_at} of {writes}, yet all was kept"


def test_a_mark_whose_last_write_fails_changes_nothing(tmp_path: Path, prepared: tuple[Path, str, str]):
    source, aid, sid = prepared
    db = tmp_path / "fail.db"
    shutil.copy(source, db)
    with Store(db) as s:  # the third evidence link's event cannot be written (as on a full disk)
        s.db.execute(f"""CREATE TRIGGER refuse_c BEFORE INSERT ON events WHEN NEW.new LIKE '%{URLS[2]}%'
                         BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END""")
    r = CliRunner().invoke(cli, _mark_args(db, aid, sid), catch_exceptions=False)
    assert r.exit_code == 2, (r.stdout, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not _assert_all_or_nothing(db, aid, sid)


def test_store_mark_is_one_transaction_for_every_field(tmp_path: Path, prepared: tuple[Path, str, str]):
    source, aid, sid = prepared
    db = tmp_path / "api.db"
    shutil.copy(source, db)
    with Store(db) as s:
        seen: list[str] = []
        s.db.conn.set_trace_callback(lambda sql: seen.append(sql.split()[0].upper()) if sql.strip() else None)
        s.mark(aid, sid, status="disputed", note="the figure is from 2019", add_evidence=URLS, reviewer="ana")
        s.db.conn.set_trace_callback(None)
    assert seen.count("BEGIN") == 1 and seen.count("COMMIT") == 1
    assert _assert_all_or_nothing(db, aid, sid)


NOBODY = 65534


def _as_someone_else(args: list[str]) -> list[tuple[int, str, str]]:
    """Run CLI commands in a child process that cannot write the file: root writes to a
    read-only file anyway, so a root child first becomes `nobody`. It forks after every module
    is loaded, as `nobody` may not read this Python's installation. (exit code, stdout, stderr)
    per command."""
    import sqlite_utils  # noqa: F401  (loaded before the fork, like everything the CLI needs)

    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(rfd)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            results = [(r.exit_code, r.stdout, r.stderr) for r in
                       (CliRunner().invoke(cli, a) for a in args)]
            os.write(wfd, json.dumps(results).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(wfd)
    data = b""
    while chunk := os.read(rfd, 1 << 16):
        data += chunk
    os.close(rfd)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the child could not run the CLI"
    return [tuple(r) for r in json.loads(data)]


def test_a_read_only_database_refuses_the_mark_in_one_line_and_still_reads(prepared: tuple[Path, str, str]):
    source, aid, sid = prepared
    # A directory others may write to (for SQLite's -shm beside a WAL file), a file nobody may.
    directory = Path(tempfile.mkdtemp(prefix="factcheck-ro-"))
    try:
        directory.chmod(0o777)
        db = directory / "ro.db"
        shutil.copy(source, db)
        db.chmod(0o444)
        before = db.read_bytes()
        (mark_code, mark_out, mark_err), (list_code, list_out, _) = _as_someone_else(
            [[*_mark_args(db, aid, sid)], ["list", "--db", str(db)]])
        assert mark_code == 2 and mark_out == "", mark_err
        assert mark_err.count("\n") == 1 and "readonly database" in mark_err and "nothing was changed" in mark_err
        assert "busy" not in mark_err  # the truth, not a retry hint
        assert list_code == 0 and aid in list_out  # reading needs no write access
        assert db.read_bytes() == before
    finally:
        shutil.rmtree(directory)


def test_each_review_app_decision_is_one_transaction(tmp_path: Path, prepared: tuple[Path, str, str],
                                                     monkeypatch: pytest.MonkeyPatch):
    from tui.db import Change, Writer

    source, aid, sid = prepared
    db = tmp_path / "tui.db"
    shutil.copy(source, db)
    statements: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(lambda sql: statements.append(sql.split()[0].upper()) if sql.strip() else None)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    changes = [Change(aid, sid, "status", "disputed", "ana"),
               Change(aid, sid, "note", "the figure is from 2019", "ana"),
               *(Change(aid, sid, "evidence", url, "ana") for url in URLS)]
    writer = Writer(db)
    for change in changes:  # one key press each in the app; each drained on its own
        writer.submit(change)
        statements.clear()
        [outcome] = writer.drain()
        assert outcome.error is None
        assert statements.count("BEGIN") == 1 and statements.count("COMMIT") == 1, (change, statements)
    monkeypatch.undo()
    assert _assert_all_or_nothing(db, aid, sid)
