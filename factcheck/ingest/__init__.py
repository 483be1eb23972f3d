"""path / stdin / URL / HTML / bytes -> Document. Every failure is an InputError with one clear sentence."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from factcheck.errors import InputError
from factcheck.ingest.decode import binary_kind, decode_bytes
from factcheck.ingest.fetch import DEFAULT_TIMEOUT, fetch, is_url
from factcheck.ingest.html import _HTML_START as _STARTS_LIKE_PAGE  # <!doctype html> / <html> first
from factcheck.ingest.html import declared_charset, html_document, looks_like_html
from factcheck.model import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FORMS = ("text", "html")  # what --as may force
_TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rst")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:[\s/>]|$)|<!--")
_CLOSING_TAG = re.compile(r"</[A-Za-z][A-Za-z0-9]*\s*>")
# Markup, not a mention of it: a page closes its elements and has tags on most of its lines (or
# is one long line of them); an article that says it "removed <script> tags" does neither.
MARKUP_LINE_SHARE = 0.5
MIN_CLOSING_TAGS = 2

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "FORMS",
    "document_from_bytes",
    "is_page",
    "is_url",
    "load",
    "read_source",
]


def _read_limited(stream, max_bytes: int, name: str) -> bytes:  # type: ignore[no-untyped-def]
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{name} is larger than the limit of {max_bytes:,} bytes (use --max-bytes)")
    return data


def read_source(arg: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """The raw bytes of a path or `-` (stdin), and a name for messages."""
    if arg == "-":
        return _read_limited(sys.stdin.buffer, max_bytes, "standard input"), "<stdin>"
    path = Path(arg)
    try:
        if not path.exists():
            raise InputError(f"{arg}: no such file")
        if path.is_dir():
            raise InputError(f"{arg}: is a directory, not an article")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{arg}: {size:,} bytes is larger than the limit of {max_bytes:,} (use --max-bytes)")
        with path.open("rb") as f:
            return _read_limited(f, max_bytes, arg), str(path)
    except PermissionError:
        raise InputError(f"{arg}: permission denied") from None
    except OSError as e:
        raise InputError(f"{arg}: cannot read ({e.strerror or e})") from None
    except ValueError as e:  # e.g. a path with a NUL byte in it
        raise InputError(f"{arg}: not a usable path ({e})") from None


def _is_markup(data: bytes) -> bool:
    """Do the first 64 KiB read as markup: closing tags, and a tag or comment on most lines?"""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:  # UTF-8 or a legacy encoding; UTF-16 without a BOM reads as ASCII once its NULs go
        text = head.decode("utf-8", errors="ignore").replace("\x00", "")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or len(_CLOSING_TAG.findall(text)) < MIN_CLOSING_TAGS:
        return False
    return sum(1 for line in lines if _TAG.search(line)) / len(lines) >= MARKUP_LINE_SHARE


def is_page(data: bytes, origin: str | None, *, content_type: str | None = None, as_: str | None = None) -> bool:
    """Read these bytes as an HTML page (True) or as the text they are (False)?

    `as_` ("text"/"html", the --as option) decides; else a server's text/html or text/plain;
    else content and file name together: a .txt/.md file is a page only when it starts like
    one (a page saved under the wrong name); an .html file needs only a little markup; and
    with no telling name (stdin, an odd extension) the bytes must start like a page or read as
    markup (closing tags, tags on most lines), so an article that merely mentions `<script>`
    tags stays text."""
    if as_ is not None:
        if as_ not in FORMS:
            raise InputError(f"--as must be one of {', '.join(FORMS)}, not {as_!r}")
        return as_ == "html"
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    if content_type == "text/plain":
        return False
    if not looks_like_html(data, origin):
        return False
    name = (origin or "").lower()
    head = data[3:4096] if data.startswith(b"\xef\xbb\xbf") else data[:4096]
    if name.endswith(_TEXT_SUFFIXES):
        return bool(_STARTS_LIKE_PAGE.match(head))
    if name.endswith(_HTML_SUFFIXES) or _STARTS_LIKE_PAGE.match(head):
        return True
    return _is_markup(data)


def document_from_bytes(data: bytes, origin: str, *, content_type: str | None = None, charset: str | None = None,
                        url: str | None = None, as_: str | None = None) -> Document:
    """Bytes -> Document: an HTML page's article, or plain text as it is (see `is_page`)."""
    if not data.strip():
        raise InputError(f"{origin}: the article is empty")
    if is_page(data, origin, content_type=content_type, as_=as_):
        kind = binary_kind(data)
        if kind:
            raise InputError(f"{origin}: this is {kind}, not a web page")
        text = decode_bytes(data, origin, declared=charset or declared_charset(data))
        return html_document(text, origin, url=url)
    text = decode_bytes(data, origin, declared=charset)
    if not text.strip():
        raise InputError(f"{origin}: the article is empty")
    return Document(text=text, origin=origin)


def load(arg: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
         as_: str | None = None) -> Document:
    """Read an article from a path, `-` for stdin, or an http(s) URL.

    HTML (a page file, a page on stdin, or a URL) yields the extracted article with its
    headline and metadata; anything else is analysed as the text it is. `as_` ("text" or
    "html") forces the reading; otherwise `is_page` decides."""
    if max_bytes <= 0:
        raise InputError(f"--max-bytes must be positive, not {max_bytes}")
    if is_url(arg):
        if timeout <= 0:
            raise InputError(f"--timeout must be positive, not {timeout:g}")
        page = fetch(arg, timeout=timeout, max_bytes=max_bytes)
        ctype = page.content_type
        if ctype not in ("text/html", "application/xhtml+xml", "text/plain"):
            ctype = None  # unlabelled or generic: judge by the bytes
        return document_from_bytes(page.data, arg, content_type=ctype, charset=page.charset, url=page.url, as_=as_)
    data, origin = read_source(arg, max_bytes=max_bytes)
    return document_from_bytes(data, origin, as_=as_)
