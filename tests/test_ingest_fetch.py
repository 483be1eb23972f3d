"""URL input against a real HTTP server on 127.0.0.1 started by the test (no other network)."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest import load
from factcheck.ingest.fetch import USER_AGENT, fetch

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# path -> (status, headers, body) or a callable(handler) that writes the response itself
Route = tuple[int, dict[str, str], bytes] | Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[str]:
    """A threaded HTTP server on an ephemeral port; yields its base URL."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body><h1>Not found</h1></body></html>")
                return
            if callable(route):
                route(self)
                return
            status, headers, body = route
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def _no_proxy_for_the_local_server(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's http_proxy would otherwise route 127.0.0.1 through the proxy.
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def html_route(name: str, ctype: str = "text/html; charset=utf-8") -> Route:
    return 200, {"Content-Type": ctype}, (SAMPLES / name).read_bytes()


def unused_port() -> int:
    """A port nothing listens on: bind one, then close it."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_url_gives_same_article_as_the_saved_file() -> None:
    routes = {"/news/bridge": html_route("news-harbour-bridge.html")}
    with serve(routes) as base:
        from_url = load(base + "/news/bridge")
    from_file = load(str(SAMPLES / "news-harbour-bridge.html"))
    assert from_url.text == from_file.text
    assert from_url.headline == from_file.headline
    assert from_url.origin == base + "/news/bridge"


def test_wire_page_charset_comes_from_the_http_header() -> None:
    # The page declares windows-1252 in a <meta>; the header says the same. Either way, accents survive.
    with serve({"/wire": html_route("wire-grain-corridor.html", "text/html; charset=windows-1252")}) as base:
        doc = load(base + "/wire")
    assert "Tomás Grell" in doc.text
    assert "dockers’ union" in doc.text


def test_redirects_are_followed_and_the_user_agent_is_sent() -> None:
    routes: dict[str, Route] = {
        "/short": (301, {"Location": "/middle"}, b""),
        "/middle": (302, {"Location": "/blog/reservoir"}, b""),
        "/blog/reservoir": html_route("blog-reservoir-figures.html"),
    }
    with serve(routes) as base:
        doc = load(base + "/short")
        page = fetch(base + "/short", max_bytes=10**6)
    assert doc.headline == "Is Thornmere reservoir really “nearly full”? I checked the figures"
    assert page.url == base + "/blog/reservoir"


def test_user_agent_and_accept_headers_are_sent() -> None:
    seen: dict[str, str] = {}
    page = (SAMPLES / "wire-grain-corridor.html").read_bytes()

    def record(handler: BaseHTTPRequestHandler) -> None:
        seen.update(handler.headers)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(page)))
        handler.end_headers()
        handler.wfile.write(page)

    with serve({"/p": record}) as base:
        fetch(base + "/p", max_bytes=10**6)
    assert seen["User-Agent"] == USER_AGENT
    assert "factcheck/" in USER_AGENT
    assert seen["Accept"].startswith("text/html")


def test_plain_text_url_is_analysed_as_text() -> None:
    body = b"Council approves budget\n\nThe council approved the budget on Monday, the mayor said.\n"
    with serve({"/a.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, body)}) as base:
        doc = load(base + "/a.txt")
    assert doc.text == body.decode()
    assert doc.headline is None


def test_unlabelled_html_is_detected_by_content() -> None:
    data = (SAMPLES / "news-harbour-bridge.html").read_bytes()
    with serve({"/x": (200, {"Content-Type": "application/octet-stream"}, data)}) as base:
        doc = load(base + "/x")
    assert doc.meta["format"] == "html"


def test_gzip_body_sent_without_being_asked_is_decompressed() -> None:
    data = gzip.compress((SAMPLES / "news-harbour-bridge.html").read_bytes())
    headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}
    with serve({"/gz": (200, headers, data)}) as base:
        doc = load(base + "/gz")
    assert doc.headline and doc.headline.startswith("Kestrel Bridge")


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(3)
    try:
        handler.send_response(200)
        handler.end_headers()
    except OSError:
        pass  # the client gave up, as it should


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ((404, {"Content-Type": "text/html"}, b"<html><body>gone</body></html>"), "page not found (HTTP 404)"),
        ((410, {"Content-Type": "text/html"}, b""), "removed (HTTP 410)"),
        ((403, {"Content-Type": "text/html"}, b""), "access denied (HTTP 403)"),
        ((503, {"Content-Type": "text/html"}, b""), "server failed (HTTP 503)"),
        ((200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n"), "this link is a PDF document"),
        ((200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0"), "this link is an image file (image/jpeg)"),
        ((200, {"Content-Type": "application/octet-stream"}, b"%PDF-1.7\n%\xe2\xe3\n"), "this is a PDF document"),
        ((200, {"Content-Type": "text/html"}, b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
         "no article text found in the page"),
        ((200, {"Content-Type": "text/html"}, b""), "the article is empty"),
        ((301, {"Location": "ftp://example.org/file"}, b""), "refused a redirect to a ftp: URL"),
        ((302, {"Location": "file:///etc/passwd"}, b""), "refused a redirect to a file: URL"),
        ((307, {"Location": "data:text/html,<p>The mayor said so.</p>"}, b""), "refused a redirect to a data: URL"),
        ((308, {"Location": "/elsewhere"}, b""), "page not found (HTTP 404)"),  # a relative redirect is followed
        (lambda h: h.wfile.write(b"garbage\r\n\r\n"), "malformed HTTP response (garbage)"),
        (lambda h: h.wfile.write(b"HTTP/1.1 99999 Weird\r\n\r\n"), "malformed HTTP response"),
        (lambda h: h.wfile.write(b"HTTP/1.1 418 Short\rand stout\r\n\r\n"), "answered HTTP 418 Short and stout"),
        ((302, {"Location": "/loop"}, b""), "redirects"),
    ],
)
def test_url_failures_are_one_clear_sentence(route: Route, message: str) -> None:
    with serve({"/p": route, "/loop": (302, {"Location": "/loop"}, b"")}) as base:
        with pytest.raises(InputError) as err:
            load(base + "/p")
    assert message in str(err.value)
    assert str(err.value).startswith(base + "/p")
    assert str(err.value).isprintable()  # one line: no newline, no carriage return


def test_timeout_is_reported_with_the_limit() -> None:
    with serve({"/slow": _slow}) as base:
        started = time.monotonic()
        with pytest.raises(InputError, match=r"timed out after 0\.5 s"):
            load(base + "/slow", timeout=0.5)
        assert time.monotonic() - started < 2.5


def test_a_page_that_trickles_in_is_cut_off_at_the_deadline() -> None:
    def drip(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        try:
            for _ in range(30):
                handler.wfile.write(b"<p>x</p>")
                handler.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    with serve({"/drip": drip}) as base:
        started = time.monotonic()
        with pytest.raises(InputError, match=r"timed out after 0\.5 s while downloading"):
            load(base + "/drip", timeout=0.5)
        assert time.monotonic() - started < 1.5


def test_dead_link_refused_connection() -> None:
    with pytest.raises(InputError, match="refused the connection"):
        load(f"http://127.0.0.1:{unused_port()}/article")


def test_size_cap_from_content_length_and_from_the_stream() -> None:
    big = b"<html><body>" + b"<p>Words and more words said the mayor.</p>" * 3000 + b"</body></html>"

    def no_length(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        handler.wfile.write(big)

    with serve({"/big": (200, {"Content-Type": "text/html"}, big), "/stream": no_length}) as base:
        with pytest.raises(InputError, match=f"is {len(big):,} bytes, larger than the limit of 50,000"):
            load(base + "/big", max_bytes=50_000)
        with pytest.raises(InputError, match="larger than the limit of 50,000 bytes"):
            load(base + "/stream", max_bytes=50_000)


def test_gzip_bomb_is_capped() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>")
    with serve({"/bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)}) as base:
        with pytest.raises(InputError, match="larger than the limit"):
            load(base + "/bomb", max_bytes=100_000)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/story.html", "only http:// and https:// URLs"),
        ("file:///etc/passwd", "only http:// and https:// URLs"),
        ("http:///no-host", "has no host name"),
    ],
)
def test_only_web_urls_are_fetched(url: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load(url)


def test_url_pasted_with_spaces_and_accents_is_encoded() -> None:
    with serve({"/news/caf%C3%A9%20story?id=%C3%A9": html_route("news-harbour-bridge.html")}) as base:
        doc = load(base + "/news/café story?id=é")
    assert doc.headline and doc.headline.startswith("Kestrel Bridge")


def test_malformed_port_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="not a valid URL"):
        load("http://127.0.0.1:notaport/story")
