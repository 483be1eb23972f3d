"""Every test gets its own (absent) settings file, so a developer's config never leaks in."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path_factory.mktemp("config") / "config.toml"
    monkeypatch.setenv("FACTCHECK_CONFIG", str(path))
    return path
