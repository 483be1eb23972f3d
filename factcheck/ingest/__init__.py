"""path / stdin / URL / HTML / bytes -> Document. Every failure is an InputError with one clear sentence."""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.errors import InputError
from factcheck.ingest.decode import binary_kind, decode_bytes
from factcheck.ingest.fetch import DEFAULT_TIMEOUT, fetch, is_url
from factcheck.ingest.html import declared_charset, html_document, looks_like_html
from factcheck.model import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "document_from_bytes",
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


def document_from_bytes(data: bytes, origin: str, *, content_type: str | None = None, charset: str | None = None,
                        url: str | None = None) -> Document:
    """Bytes -> Document: an HTML page's article (judged by content), or plain text as it is."""
    if not data.strip():
        raise InputError(f"{origin}: the article is empty")
    is_html = content_type in ("text/html", "application/xhtml+xml") or (
        content_type != "text/plain" and looks_like_html(data, origin))
    if is_html:
        kind = binary_kind(data)
        if kind:
            raise InputError(f"{origin}: this is {kind}, not a web page")
        text = decode_bytes(data, origin, declared=charset or declared_charset(data))
        return html_document(text, origin, url=url)
    text = decode_bytes(data, origin, declared=charset)
    if not text.strip():
        raise InputError(f"{origin}: the article is empty")
    return Document(text=text, origin=origin)


def load(arg: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT) -> Document:
    """Read an article from a path, `-` for stdin, or an http(s) URL.

    HTML (a page file, a page on stdin, or a URL) yields the extracted article with its
    headline and metadata; anything else is analysed as the text it is."""
    if max_bytes <= 0:
        raise InputError(f"--max-bytes must be positive, not {max_bytes}")
    if is_url(arg):
        if timeout <= 0:
            raise InputError(f"--timeout must be positive, not {timeout:g}")
        page = fetch(arg, timeout=timeout, max_bytes=max_bytes)
        ctype = page.content_type
        if ctype not in ("text/html", "application/xhtml+xml", "text/plain"):
            ctype = None  # unlabelled or generic: judge by the bytes
        return document_from_bytes(page.data, arg, content_type=ctype, charset=page.charset, url=page.url)
    data, origin = read_source(arg, max_bytes=max_bytes)
    return document_from_bytes(data, origin)
