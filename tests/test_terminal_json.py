"""JSON on a terminal: the real CLI with its stdout on a pseudo-terminal. Bidi and zero-width
characters stay in the data (offsets count them) but reach the terminal only as \\u escapes;
piped or written to a file, the JSON is unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") and sys.platform != "darwin",
                                reason="needs a pseudo-terminal")

INVISIBLE = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
ARTICLE = ("Council \u202eetov\u202c passes budget\n\n"
           "The mayor said the \u2066budget\u2069 was \u200b£3m, up 12% on last year.\n\n"
           "Officials\u200d said\u200f the vote\u2060 was 5\u200e-\u061c4 on Monday, "
           "with one \u202aabstention\u202b.\n")


def on_a_terminal(*args: str) -> str:
    """What `factcheck ARGS` writes to a terminal (stdout on a pty, stderr piped)."""
    import pty

    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    p = subprocess.Popen([sys.executable, "-m", "factcheck", *args], stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 0, err.decode()
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")  # the tty's own newline translation


def piped(*args: str) -> str:
    p = subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, timeout=60,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert p.returncode == 0, p.stderr.decode()
    return p.stdout.decode("utf-8")


def test_analyze_json_on_a_terminal_escapes_invisible_controls_and_keeps_the_data(tmp_path: Path) -> None:
    f = tmp_path / "bidi.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    shown = on_a_terminal("analyze", str(f), "--format", "json")
    assert not set(shown) & set(INVISIBLE), "an invisible control reached the terminal raw"
    assert "\\u202e" in shown and "\\u2066" in shown and "\\u200b" in shown
    data = json.loads(shown)
    assert data["text"] == ARTICLE  # the data is exact
    for s in data["sentences"]:
        assert data["text"][s["start"]:s["end"]] == s["text"]
    assert any("\u202e" in s["text"] for s in data["sentences"])
    raw = piped("analyze", str(f), "--format", "json")  # not a terminal: the JSON as it always was
    assert "\u202e" in raw and json.loads(raw) == data


def test_batch_and_store_json_on_a_terminal_escape_them_too(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "a\u202eb", "text": ARTICLE}) + "\n", encoding="utf-8")
    shown = on_a_terminal("analyze", "--jsonl", str(batch))
    assert not set(shown) & set(INVISIBLE) and json.loads(shown)["text"] == ARTICLE
    db, article = tmp_path / "r.db", tmp_path / "bidi.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    aid = piped("import", str(article), "--db", str(db)).split()[-1]
    for args in (["list", "--format", "json"], ["export", aid, "--format", "json"]):
        shown = on_a_terminal(*args, "--db", str(db))
        assert not set(shown) & set(INVISIBLE), args
        assert "\\u202e" in shown, args
    out = tmp_path / "export.json"
    on_a_terminal("export", aid, "--format", "json", "-o", str(out), "--db", str(db))
    assert "\u202e" in out.read_text(encoding="utf-8")  # a file is data, not a terminal


@pytest.mark.parametrize("terminal", [False, True])
@pytest.mark.parametrize("buffer_chars", [1, 7, 4096])
def test_json_written_a_buffer_at_a_time_is_the_whole_string(terminal: bool, buffer_chars: int) -> None:
    """`analyze --format json` writes a huge analysis a buffer at a time: the same text as the
    whole string, the escapes included, wherever the buffers end."""
    import io

    from factcheck.pipeline import analyze_text
    from factcheck.text_safety import safe_json, write_safe_json

    obj = analyze_text(ARTICLE + "Raw \x9b31m and \u2028 and \x7f in a line.\n").to_dict()
    out = io.StringIO()
    write_safe_json(obj, out, indent=2, terminal=terminal, buffer_chars=buffer_chars)
    whole = safe_json(obj, indent=2, terminal=terminal)
    assert "\\u009b" in whole and "\\u2028" in whole
    assert ("\\u202e" in whole) == terminal
    assert out.getvalue() == whole
