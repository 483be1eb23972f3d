"""Writing a file so that a reader sees the old one or the new one, never half of either."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from factcheck.errors import FactcheckError


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename over it: a reader never sees half a
    file, and a failed export leaves the previous one in place."""
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise FactcheckError(f"{path}: is a directory; give a file name")
    if not directory.is_dir():
        raise FactcheckError(f"{path}: the directory {directory} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise FactcheckError(f"{path}: cannot write there ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise FactcheckError(f"{path}: cannot write there ({e.strerror or e})") from None
        raise
