"""Learned weights shipped in factcheck/models/: one way to load them, one way to fail.

Each weights file is JSON with a `provenance` record: the training command, the data split,
the git commit of the rules it was trained with, the settings and its dev score. For a model
trained on the rules' output (the stance fallback learns from the sentences the rules leave
without a source), `rules_hash` fingerprints those rules; tests/test_models.py fails when the
rules change and the model was not retrained.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError

MODELS = Path(__file__).resolve().parent / "models"
_PACKAGE = Path(__file__).resolve().parent
# what the stance fallback is trained on: the attribution rules, the lexicons they read and the
# word-case statistics (word_case.py) they read a sentence's first word with
RULE_SOURCES = ("attribution", "tokens.py", "textnorm.py", "lexicon", "word_case.py", "models/headline_stats.json")
_NAME = re.compile(r"[\"']([a-z][a-z0-9_]*)[\"']")


class ModelFileError(FactcheckError):
    """A weights file is missing or unreadable; the message names the file."""


def path_of(name: str) -> Path:
    return MODELS / f"{name}.json"


def load(name: str, path: str | Path | None = None) -> dict[str, Any]:
    """The weights file `name` (factcheck/models/NAME.json unless `path`) as a dict."""
    p = Path(path) if path is not None else path_of(name)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise ModelFileError(f"{p}: cannot read the {name} model ({e.strerror or e})") from None
    except ValueError as e:
        raise ModelFileError(f"{p}: the {name} model is not valid JSON ({e})") from None
    if not isinstance(data, dict):
        raise ModelFileError(f"{p}: the {name} model is not a JSON object")
    return data


def rule_files(root: Path = _PACKAGE) -> list[Path]:
    """The attribution code with the tokeniser, text normaliser and word-case statistics it reads,
    the lexicon loaders, and every lexicon file that code names (a page-chrome list, read by page
    parsing only, is not among them)."""
    code = sorted(f for f in (root / "attribution").rglob("*.py")) + [
        f for f in (root / "tokens.py", root / "textnorm.py", root / "word_case.py") if f.is_file()]
    named = {m.group(1) for f in code for m in _NAME.finditer(f.read_text(encoding="utf-8"))}
    lexicon = root / "lexicon"
    data = [f for f in sorted(lexicon.iterdir()) if f.is_file() and (
        f.suffix == ".py" or (f.suffix in (".txt", ".toml") and f.stem in named))]
    stats = [f for f in (root / "models" / "headline_stats.json",) if f.is_file()]
    return code + data + stats


def rules_hash(root: Path = _PACKAGE) -> str:
    """SHA-256 over the rule files (path and bytes of each)."""
    h = hashlib.sha256()
    for f in rule_files(root):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def rules_commit(paths: tuple[str, ...] = tuple(f"factcheck/{d}" for d in RULE_SOURCES)) -> str:
    """The git commit a training run's rules come from: the last one that changed `paths` (the
    sources the model depends on, relative to the project; a commit already on main keeps its
    name through later rebases), with '+changes' when they differ from it; 'unknown' outside git."""
    root = _PACKAGE.parent
    try:
        head = subprocess.run(["git", "log", "-1", "--format=%H", "--", *paths], cwd=root, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=root, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+changes" if dirty else "")


def portable_command(script: str, argv: list[str]) -> str:
    """The training command as recorded: data paths as seen from the project
    ('../shared/eval/data/...'), not this machine's."""
    return " ".join(["python3", script, *(re.sub(r"^.*/(shared/eval/data/)", r"../\1", a) for a in argv)])


def polnear_provenance(script: str, argv: list[str], articles: int, train_dir: str,
                       dev_dir: str | None) -> dict[str, Any]:
    """What a model trained on PolNeAR records first: the command, the data, and the rules it
    was trained under (the stale-weights tests compare `rules_hash`)."""
    return {
        "command": portable_command(script, argv),
        "data": {"train": f"PolNeAR train ({articles} articles, {Path(train_dir).name}/)",
                 "dev": f"PolNeAR dev ({Path(dev_dir).name}/)" if dev_dir else None},
        "rules_commit": rules_commit(),
        "rules_hash": rules_hash(),
    }
