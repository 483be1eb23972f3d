"""The README links only to files in the repository, and docs/CONTRACT.md is the contract the
scorers read, word for word (checked when ../shared is beside the project)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_readme_links_only_to_files_in_the_repository():
    links = LINK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert "docs/CONTRACT.md" in links
    for target in links:
        path = target.split("#", 1)[0]
        assert "://" not in target and not target.startswith("/"), target
        resolved = (ROOT / path).resolve()
        assert resolved.is_relative_to(ROOT) and resolved.is_file(), target


def test_contract_copy_is_identical_to_the_one_the_scorers_read():
    shared = ROOT.parent / "shared" / "design" / "CONTRACT.md"
    if not shared.is_file():
        pytest.skip("../shared is not beside the project")
    assert (ROOT / "docs" / "CONTRACT.md").read_bytes() == shared.read_bytes()
