"""Stages do not reach back: the exporters read plain values and never import the store; the cue
passes do not import cross-sentence resolution."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
EXPORTERS = ("export.py", "checklist.py", "claimreview.py", "report.py", "reviews.py")


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


@pytest.mark.parametrize("name", EXPORTERS)
def test_an_exporter_does_not_import_the_store(name: str) -> None:
    reached = [m for m in _imports(PACKAGE / name) if m == "factcheck.store" or m.startswith("factcheck.store.")]
    assert not reached, f"{name} imports {reached}: the store hands the exporters plain values"


def test_the_cue_passes_do_not_import_resolution() -> None:
    for path in sorted((PACKAGE / "attribution" / "cues").glob("*.py")):
        assert "factcheck.attribution.resolve" not in _imports(path), path.name


def test_exporting_loads_neither_the_store_nor_sqlite() -> None:
    code = ("import sys, factcheck.export, factcheck.claimreview, factcheck.report; "
            "print(sorted(m for m in sys.modules if m.startswith(('factcheck.store', 'sqlite_utils', 'sqlite3'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
