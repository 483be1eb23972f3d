"""The bundled sample articles a new user can open at once."""

from __future__ import annotations

import os
from pathlib import Path

SAMPLE_SUFFIXES = (".txt", ".html", ".htm")


def samples_dir() -> Path | None:
    """`$FACTCHECK_SAMPLES`, else the repository's samples/ next to the installed package."""
    env = os.environ.get("FACTCHECK_SAMPLES")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parent.parent / "samples")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def list_samples(directory: Path | None = None) -> list[Path]:
    directory = directory if directory is not None else samples_dir()
    if directory is None or not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in SAMPLE_SUFFIXES)
