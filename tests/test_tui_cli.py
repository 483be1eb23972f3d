"""`factcheck review`: bad input is one line and exit 2 before any screen; a real run in a
pseudo-terminal imports the article, takes keys and leaves the decisions in the database."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.store import Store

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "samples" / "seed-nk-soldier.txt"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_review_has_help_text() -> None:
    result = run("review", "--help")
    assert result.exit_code == 0
    assert "ARTICLE" in result.output and "--db" in result.output


def test_missing_file_is_one_line_and_exit_2(tmp_path) -> None:
    result = run("review", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "r.db"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_stdin_is_refused(tmp_path) -> None:
    result = run("review", "-", "--db", str(tmp_path / "r.db"))
    assert result.exit_code == 2
    assert "standard input" in result.stderr


def test_unusable_database_is_one_line(tmp_path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = run("review", str(SEED), "--db", str(bad))
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error:") and result.stderr.count("\n") == 1


def test_without_a_terminal_it_stores_the_article_and_says_so(tmp_path) -> None:
    db = tmp_path / "r.db"
    result = run("review", str(SEED), "--db", str(db))  # CliRunner's stdin is not a terminal
    assert result.exit_code == 2
    assert "interactive terminal" in result.stderr and result.stderr.count("\n") == 1
    with Store(db) as store:
        (article,) = store.articles()
    assert article["id"] in result.stderr


def _read_until(fd: int, needle: bytes, timeout: float) -> bytes:
    seen = b""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if needle in seen:
                return seen
    raise AssertionError(f"{needle!r} never appeared on the terminal: {seen[-600:]!r}")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_review_in_a_real_terminal_imports_marks_and_reopens(tmp_path) -> None:
    import pty

    db = tmp_path / "r.db"
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    env.pop("NO_COLOR", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real command line
        os.chdir(tmp_path)
        os.execvpe(sys.executable, [sys.executable, "-m", "factcheck", "review", str(SEED), "--db", str(db),
                                    "--export-dir", str(tmp_path / "out")], env)
    try:
        _read_until(fd, b"Sources", timeout=30)  # the footer of the article screen
        time.sleep(0.5)
        os.write(fd, b"j")
        time.sleep(0.3)
        os.write(fd, b"3")
        time.sleep(0.3)
        os.write(fd, b"x")
        _read_until(fd, b"checklist written to", timeout=15)
        os.write(fd, b"q")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            try:
                os.read(fd, 65536)  # keep the terminal drained so the app never blocks writing
            except OSError:
                pass
            time.sleep(0.1)
        else:
            os.kill(pid, 9)
            raise AssertionError("review did not quit on q")
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        os.close(fd)
    with Store(db) as store:
        (article,) = store.articles()
        assert article["reviewed"] == 1
        reviews = store.reviews(article["id"])
    assert [r.status for r in reviews.values()] == ["verified"]
    (exported,) = (tmp_path / "out").glob("*.md")
    assert "verified" in exported.read_text(encoding="utf-8")
    # the id prefix reopens the same article without importing it again
    code = "import sys; from factcheck.cli.review import _open_article; print(_open_article(sys.argv[1], sys.argv[2]))"
    out = subprocess.run([sys.executable, "-c", code, article["id"][:8], str(db)], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == article["id"]
