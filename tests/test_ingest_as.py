"""Plain text stays plain text: HTML or text is judged by content and extension together, and
`--as text|html` forces it on analyze, import and review; `analyze -` on a terminal says it
is waiting and how to end the input."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.ingest import is_page
from factcheck.store import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAGE = SAMPLES / "news-harbour-bridge.html"
MENTIONS = (
    "Council moves to secure its website\n\n"
    "The council said on Tuesday that it had removed <script> tags and stray <div> wrappers from "
    "every page of its site after an audit found 14 problems.\n\n"
    "Officials said the <iframe> embeds would go by May, at a cost of 20,000 pounds.\n"
)


def run(args: list[str], input: str | bytes | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, args, input=input, env=env, catch_exceptions=False)


def analysed(args: list[str], input: str | bytes | None = None) -> dict:
    r = run(["analyze", "--format", "json", *args], input)
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def test_a_text_file_that_mentions_tags_is_text(tmp_path: Path):
    path = tmp_path / "mentions.txt"
    path.write_text(MENTIONS, encoding="utf-8")
    doc = analysed([str(path)])
    assert doc["text"] == MENTIONS and "<script>" in doc["sentences"][1]["text"]
    assert analysed(["-"], MENTIONS)["text"] == MENTIONS  # the same on stdin, judged by content
    odd = tmp_path / "mentions.article"
    odd.write_text(MENTIONS, encoding="utf-8")
    assert analysed([str(odd)])["text"] == MENTIONS


def test_pages_are_still_pages_by_content_or_extension(tmp_path: Path):
    data = PAGE.read_bytes()
    from_file = analysed([str(PAGE)])
    assert "<" not in from_file["text"] and from_file["article"]["headline"]
    assert analysed(["-"], data)["text"] == from_file["text"]  # a page on stdin, by its markup
    saved_as_txt = tmp_path / "page.txt"
    saved_as_txt.write_bytes(data)
    assert data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))
    assert analysed([str(saved_as_txt)])["text"] == from_file["text"]  # it starts like a page


def test_judgement_rules():
    fragment = b"<p>The council said on Tuesday it would close 2 libraries.</p>\n<p>Costs rose 5%, it said.</p>\n"
    assert is_page(fragment, "<stdin>")  # markup on every line
    assert not is_page(fragment, "notes.txt")  # a .txt file must start like a page
    assert is_page(fragment, "clip.html")
    assert not is_page(MENTIONS.encode(), "<stdin>")
    assert is_page(MENTIONS.encode(), "<stdin>", as_="html") and not is_page(fragment, "x.html", as_="text")
    assert not is_page(fragment, "x.html", content_type="text/plain")


def test_as_forces_the_reading_on_analyze_import_and_review(tmp_path: Path):
    forced_text = analysed(["--as", "text", str(PAGE)])
    assert forced_text["text"].startswith(PAGE.read_text(encoding="utf-8")[:20])  # the markup itself
    path = tmp_path / "mentions.txt"
    path.write_text(MENTIONS, encoding="utf-8")
    r = run(["analyze", "--as", "html", str(path)])
    assert r.exit_code == 2 and "no article text found in the page" in r.stderr  # read as a page now
    env = {"FACTCHECK_DB": str(tmp_path / "r.db")}
    r = run(["import", "--as", "text", str(PAGE)], env=env)
    assert r.exit_code == 0, r.stderr
    aid = r.stdout.strip()
    with Store(env["FACTCHECK_DB"]) as s:
        assert "<html" in s.analysis(aid).text.lower()
    r = run(["review", "--as", "text", "--db", str(tmp_path / "rv.db"), str(PAGE)])
    assert r.exit_code == 2 and "interactive terminal" in r.stderr  # CliRunner is no terminal...
    with Store(tmp_path / "rv.db") as s:  # ...but the article was imported as text first
        [row] = s.articles()
        assert "<html" in s.analysis(row["id"]).text.lower()
    r = run(["analyze", "--as", "text", "--jsonl", "-"], "")
    assert r.exit_code == 2 and "--as is for one ARTICLE" in r.stderr


def _read_until(fd: int, needle: bytes, timeout: float = 20.0) -> bytes:
    out = b""
    end = time.monotonic() + timeout
    while needle not in out and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    return out


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_analyze_dash_on_a_terminal_says_it_waits_and_how_to_end(tmp_path: Path):
    controller, terminal = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "analyze", "-"], stdin=terminal,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"})
    os.close(terminal)
    try:
        deadline = time.monotonic() + 30
        err = b""
        while b"Ctrl-D" not in err and time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stderr], [], [], 0.2)
            if ready:
                err += os.read(proc.stderr.fileno(), 4096)
        assert b"reading the article from the terminal" in err and b"Ctrl-D" in err
        os.write(controller, b"Prices rose 4% in March, the bureau said.\n\x04")
        out, rest = proc.communicate(timeout=60)
    finally:
        proc.kill() if proc.poll() is None else None
        os.close(controller)
    assert proc.returncode == 0, rest
    assert b"the bureau" in out and b"Ctrl-D" not in out  # the report on stdout stays clean


def test_piped_stdin_says_nothing():
    r = run(["analyze", "-"], MENTIONS)
    assert r.exit_code == 0 and "Ctrl-D" not in r.stderr
