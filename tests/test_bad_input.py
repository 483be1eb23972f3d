"""Input that fights back, through the real CLI in a subprocess: one line on stderr, exit 2, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_ingest_fetch import serve, unused_port

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    # No proxy: the tests talk to 127.0.0.1 or to names that must fail to resolve, nothing else.
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(PYTHONIOENCODING="utf-8", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "factcheck", "analyze", *args], input=stdin,
                          capture_output=True, timeout=60, env=env)


def assert_one_clear_line(proc: subprocess.CompletedProcess[bytes], *fragments: str) -> str:
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("factcheck: error: ")
    for fragment in fragments:
        assert fragment in err
    assert proc.stdout == b""
    return err


def analysed(proc: subprocess.CompletedProcess[bytes]) -> dict:
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


# --- files ---------------------------------------------------------------------------------------

def test_missing_path(tmp_path: Path) -> None:
    assert_one_clear_line(run_cli(str(tmp_path / "nope.txt")), "nope.txt: no such file")


def test_directory(tmp_path: Path) -> None:
    assert_one_clear_line(run_cli(str(tmp_path)), "is a directory, not an article")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  \n", "\ufeff  \n".encode(), "  \n".encode("utf-16")])
def test_empty_or_whitespace_only(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "blank.txt"
    p.write_bytes(content)
    assert_one_clear_line(run_cli(str(p)), "the article is empty")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (bytes(range(256)) * 64, "looks like binary data, not text"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "this is a PDF document"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "this is a PNG image"),
        (b"\xff\xfe\x00\xd8", "not valid utf-16"),
    ],
)
def test_binary_and_undecodable(tmp_path: Path, content: bytes, fragment: str) -> None:
    p = tmp_path / "article.txt"
    p.write_bytes(content)
    assert_one_clear_line(run_cli(str(p)), fragment)


def test_larger_than_max_bytes(tmp_path: Path) -> None:
    p = tmp_path / "long.txt"
    p.write_bytes(b"The mayor said the budget was balanced. " * 100)
    assert_one_clear_line(run_cli(str(p), "--max-bytes", "1000"), "4,000 bytes is larger than the limit of 1,000",
                          "--max-bytes")
    assert run_cli(str(p), "--max-bytes", "4000", "--format", "json").returncode == 0


def test_stdin_larger_than_max_bytes() -> None:
    proc = run_cli("-", "--max-bytes", "100", stdin=b"The mayor said so. " * 20)
    assert_one_clear_line(proc, "standard input is larger than the limit of 100 bytes")


def test_escape_bytes_in_a_path_do_not_reach_the_terminal(tmp_path: Path) -> None:
    err = assert_one_clear_line(run_cli(str(tmp_path / "evil\x1b[31mred.txt")), "no such file")
    assert "\x1b" not in err


def test_a_line_break_in_a_path_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    err = assert_one_clear_line(run_cli(str(tmp_path / "two\nlines\u2028here.txt")), "no such file")
    assert "two lines here.txt" in err


# --- encodings that must work ----------------------------------------------------------------------

TEXT = ("Harbour café reopens after flood\n\n"
        "The café on Quay Street reopened on Monday, its owner said. “We’re back,” said Zoë Martin — "
        "who lost €8,000 of stock.\n")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_legacy_and_bom_encodings_decode(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "story.txt"
    p.write_bytes(TEXT.encode(encoding))
    out = analysed(run_cli(str(p), "--format", "json"))
    assert out["text"] == TEXT
    sentence = next(s for s in out["sentences"] if "reopened on Monday" in s["text"])
    assert out["text"][sentence["start"]:sentence["end"]] == sentence["text"]


def test_latin1_file(tmp_path: Path) -> None:
    text = "Le café de la gare a rouvert lundi, a déclaré le maire.\n"
    p = tmp_path / "story.txt"
    p.write_bytes(text.encode("latin-1"))
    assert analysed(run_cli(str(p), "--format", "json"))["text"] == text


def test_html_on_stdin_is_detected_by_content() -> None:
    out = analysed(run_cli("-", "--format", "json", stdin=(SAMPLES / "news-harbour-bridge.html").read_bytes()))
    assert out["text"].startswith("Kestrel Bridge to close for six months after inspectors find 'severe' corrosion\n\n")
    assert "<p>" not in out["text"] and "We use cookies" not in out["text"]


# --- URLs ------------------------------------------------------------------------------------------

def test_dead_url() -> None:
    assert_one_clear_line(run_cli(f"http://127.0.0.1:{unused_port()}/story"), "refused the connection")


def test_unresolvable_host() -> None:
    # .invalid never resolves (RFC 2606); the resolver answers locally without a network.
    assert_one_clear_line(run_cli("http://no-such-site.invalid/story"), "cannot find the site no-such-site.invalid")


def test_url_404_pdf_and_image_from_a_local_server() -> None:
    routes = {
        "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n"),
        "/photo": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
        "/empty-page": (200, {"Content-Type": "text/html"}, b"<html><body><nav>Home</nav></body></html>"),
        "/story": (200, {"Content-Type": "text/html; charset=windows-1252"},
                   (SAMPLES / "wire-grain-corridor.html").read_bytes()),
    }
    with serve(routes) as base:
        assert_one_clear_line(run_cli(base + "/missing"), "page not found (HTTP 404)")
        assert_one_clear_line(run_cli(base + "/report.pdf"), "this link is a PDF document, not a web page")
        assert_one_clear_line(run_cli(base + "/photo"), "this link is an image file (image/png)")
        assert_one_clear_line(run_cli(base + "/empty-page"), "no article text found in the page")
        out = analysed(run_cli(base + "/story", "--format", "json"))
    assert out["text"].startswith("Grain ships resume sailings after port strike ends, traders say\n\nPORT HALVAR")
    assert "Tomás Grell" in out["text"]


def test_malformed_responses_and_refused_redirects_are_one_true_line() -> None:
    routes = {
        "/garbage": lambda h: h.wfile.write(b"garbage\r\nmore garbage\r\n\r\n"),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/to-data": (301, {"Location": "data:text/html;base64,PHA+aGk8L3A+"}, b""),
    }
    with serve(routes) as base:
        assert_one_clear_line(run_cli(base + "/garbage"), "the site sent a malformed HTTP response (garbage)")
        err = assert_one_clear_line(run_cli(base + "/to-file"), "refused a redirect to a file: URL")
        assert "redirects (HTTP" not in err
        assert_one_clear_line(run_cli(base + "/to-data"), "refused a redirect to a data: URL")


def test_url_larger_than_max_bytes() -> None:
    page = (SAMPLES / "news-harbour-bridge.html").read_bytes()
    with serve({"/big": (200, {"Content-Type": "text/html"}, page)}) as base:
        assert_one_clear_line(run_cli(base + "/big", "--max-bytes", "2000"), "larger than the limit of 2,000")


def test_non_web_scheme() -> None:
    assert_one_clear_line(run_cli("ftp://example.org/story.txt"), "only http:// and https:// URLs")
