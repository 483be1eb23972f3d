"""The analysis core, the store, the exporters and the CLI never import textual (only `review` does,
lazily): proved in a fresh interpreter, the way harlequin proves its core is UI-free."""

from __future__ import annotations

import subprocess
import sys

CORE = ["factcheck", "factcheck.pipeline", "factcheck.cli", "factcheck.store", "factcheck.export",
        "factcheck.batch", "factcheck.ingest"]


def test_core_never_imports_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_help_for_review_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        "from factcheck.cli import cli\n"
        "try:\n"
        "    cli(['review', '--help'], prog_name='factcheck')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('TEXTUAL' if 'textual' in sys.modules else 'CLEAN')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "--db" in out.stdout
    assert out.stdout.strip().endswith("CLEAN")
