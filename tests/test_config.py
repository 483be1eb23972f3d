"""The config file: defaults when missing, round trip, atomic save, clear errors, CLI use."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import config
from factcheck.config import Config, config_path, load, save
from factcheck.errors import FactcheckError


def test_missing_file_gives_defaults(tmp_path: Path):
    assert load(tmp_path / "nowhere.toml") == Config()


def test_env_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(config.ENV_CONFIG, str(tmp_path / "c.toml"))
    assert config_path() == tmp_path / "c.toml"


def test_default_path_is_in_the_platform_config_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv(config.ENV_CONFIG, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # platformdirs honours it on Linux
    assert config_path() == tmp_path / "factcheck" / "config.toml"


def test_round_trip_with_awkward_values_and_unknown_keys(tmp_path: Path):
    path = tmp_path / "sub" / "config.toml"
    path.parent.mkdir()
    path.write_text('future_key = "kept"\nreviewer = "old"\n', encoding="utf-8")
    cfg = load(path)
    assert cfg.reviewer == "old" and cfg.extra == {"future_key": "kept"}
    cfg.reviewer = 'Ana "the checker" O\\Brien\tß'
    cfg.publisher_name = "Example Checks"
    cfg.publisher_url = "https://checks.example.org/"
    cfg.export_dir = "~/checklists"
    save(cfg, path)
    again = load(path)
    assert again == cfg
    assert again.export_path == Path("~/checklists").expanduser()
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no temporary file left


@pytest.mark.parametrize("text, fragment", [
    ("reviewer = ", "not valid TOML"),
    ("reviewer = 3", "must be a quoted string"),
    ("[section]\nx = 'y'", "must be a quoted string"),
])
def test_a_broken_file_is_one_clear_error(tmp_path: Path, text: str, fragment: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FactcheckError, match=fragment) as e:
        load(path)
    assert str(path) in str(e.value)


def test_non_utf8_file_is_refused(tmp_path: Path):
    path = tmp_path / "config.toml"
    path.write_bytes(b'reviewer = "\xff"')
    with pytest.raises(FactcheckError, match="not UTF-8"):
        load(path)
