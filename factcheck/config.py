"""The user's settings: one small TOML file in the platform's config directory.

    reviewer = "ana"                  # recorded with each decision (default: the login name)
    theme = "textual-dark"            # the review app's theme, as last chosen in its palette
    export_dir = "~/checklists"       # where the review app's `x` writes the checklist
    publisher_name = "Example Checks" # the ClaimReview `author` (the reviewing organisation)
    publisher_url = "https://checks.example.org/"

Every key is optional and a flat string; unknown keys are kept on save, so a newer factcheck's
settings survive an older one writing the file. Command-line options win over the file.

API (used by the CLI and the review app alike):
    cfg = load()            # Config; a missing file gives the defaults (all None)
    cfg.reviewer = "ana"
    save(cfg)               # atomic: a crash never leaves half a file
    config_path()           # $FACTCHECK_CONFIG, else <user_config_dir>/factcheck/config.toml
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs

from factcheck.errors import FactcheckError
from factcheck.files import write_atomically

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

ENV_CONFIG = "FACTCHECK_CONFIG"
FILE_NAME = "config.toml"


@dataclass
class Config:
    """The settings; None means "not set" (the built-in default applies)."""

    reviewer: str | None = None
    theme: str | None = None
    export_dir: str | None = None
    publisher_name: str | None = None
    publisher_url: str | None = None
    # keys this version does not know, kept as they were read so that `save` writes them back
    extra: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def export_path(self) -> Path | None:
        """`export_dir` with `~` expanded, or None."""
        return Path(self.export_dir).expanduser() if self.export_dir else None


KEYS = tuple(f.name for f in fields(Config) if f.name != "extra")


def config_path() -> Path:
    """$FACTCHECK_CONFIG, else config.toml in platformdirs' user config directory for factcheck
    (e.g. ~/.config/factcheck/config.toml on Linux)."""
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir("factcheck")) / FILE_NAME


def load(path: Path | None = None) -> Config:
    """The settings in `path` (default `config_path()`). A missing file gives the defaults; a
    file that cannot be read or parsed, or a key whose value is not a string, raises
    FactcheckError naming the file and what is wrong."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as e:
        raise FactcheckError(f"{path}: cannot read the config file ({e.strerror or e})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise FactcheckError(f"{path}: the config file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise FactcheckError(f"{path}: the config file is not valid TOML ({e})") from None
    cfg = Config()
    for key, value in data.items():
        if not isinstance(value, str):
            raise FactcheckError(f"{path}: {key} must be a quoted string, not {type(value).__name__}")
        if key in KEYS:
            setattr(cfg, key, value.strip() or None)
        else:
            cfg.extra[key] = value
    return cfg


def _toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and every control character escaped."""
    out = []
    for ch in value:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml_key(key: str) -> str:
    bare = key and all(c.isascii() and (c.isalnum() or c in "_-") for c in key)
    return key if bare else _toml_string(key)


def dumps(cfg: Config) -> str:
    """The TOML text `save` writes: the set keys in a fixed order, then the unknown ones."""
    lines = ["# factcheck settings: see `factcheck config --help`"]
    for key in KEYS:
        value = getattr(cfg, key)
        if value is not None:
            lines.append(f"{key} = {_toml_string(value)}")
    lines += [f"{_toml_key(k)} = {_toml_string(v)}" for k, v in cfg.extra.items()]
    return "\n".join(lines) + "\n"


def save(cfg: Config, path: Path | None = None) -> Path:
    """Write `cfg` to `path` (default `config_path()`) atomically: a temporary file beside it,
    then a rename, so a reader sees the old file or the new one. Returns the path written."""
    path = path or config_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise FactcheckError(f"{path}: cannot write the config file ({e.strerror or e})") from None
    write_atomically(path, dumps(cfg))
    return path
