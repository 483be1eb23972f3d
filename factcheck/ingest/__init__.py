"""path / stdin / bytes -> Document. Every failure is an InputError with one clear sentence."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from factcheck.errors import InputError
from factcheck.ingest.decode import decode_bytes
from factcheck.model import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _read_limited(stream, max_bytes: int, name: str) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{name} is larger than the limit of {max_bytes:,} bytes (use --max-bytes)")
    return data


def read_source(arg: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """The raw bytes of a path or `-` (stdin), and a name for messages."""
    if arg == "-":
        return _read_limited(sys.stdin.buffer, max_bytes, "standard input"), "<stdin>"
    path = Path(arg)
    if not path.exists():
        raise InputError(f"{arg}: no such file")
    if path.is_dir():
        raise InputError(f"{arg}: is a directory, not an article")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{arg}: {size:,} bytes is larger than the limit of {max_bytes:,} (use --max-bytes)")
        with path.open("rb") as f:
            return _read_limited(f, max_bytes, arg), str(path)
    except PermissionError:
        raise InputError(f"{arg}: permission denied") from None
    except OSError as e:
        raise InputError(f"{arg}: cannot read ({e.strerror or e})") from None


def document_from_bytes(data: bytes, origin: str) -> Document:
    text = decode_bytes(data, origin)
    if not text.strip():
        raise InputError(f"{origin}: the article is empty")
    return Document(text=text, origin=origin)


def load(arg: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read an article from a path or `-` for stdin."""
    data, origin = read_source(arg, max_bytes=max_bytes)
    return document_from_bytes(data, origin if origin == "<stdin>" else os.fspath(origin))
