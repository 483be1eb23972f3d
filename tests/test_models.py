"""Learned weights load one way, fail one way, and say what made them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import weights
from factcheck.errors import FactcheckError

PROVENANCE = ("command", "data", "rules_commit", "rules_hash", "settings", "dev_score")


def test_stance_weights_record_what_made_them() -> None:
    prov = weights.load("stance")["provenance"]
    assert set(PROVENANCE) <= set(prov)
    assert prov["command"].startswith("python3 scripts/train_stance.py ")
    assert "train" in prov["data"]["train"].lower() and prov["data"]["dev"]
    assert len(prov["rules_commit"].split("+")[0]) == 40
    assert prov["settings"]["threshold"] == weights.load("stance")["threshold"]
    assert 0 < prov["dev_score"]["P"] <= 1 and 0 < prov["dev_score"]["R"] <= 1


def test_stance_model_was_trained_on_the_rules_as_they_are() -> None:
    # The stance fallback learns from the sentences the rules leave without a source: a change
    # to the rules or their lexicons changes its training data. Retrain (the command is in the
    # provenance; docs/ARCHITECTURE.md says how) and ship the new weights with the change.
    stored = weights.load("stance")["provenance"]["rules_hash"]
    assert stored == weights.rules_hash(), (
        "factcheck/models/stance.json was trained on other rules than these: retrain with "
        + weights.load("stance")["provenance"]["command"])


def test_the_rules_hash_sees_a_lexicon_change(tmp_path: Path) -> None:
    for folder in ("attribution", "lexicon"):
        (tmp_path / folder).mkdir()
    (tmp_path / "attribution" / "cues.py").write_text('VERBS = words("cue_verbs")\n', encoding="utf-8")
    (tmp_path / "lexicon" / "cue_verbs.txt").write_text("say says said\n", encoding="utf-8")
    (tmp_path / "lexicon" / "chrome.txt").write_text("share this\n", encoding="utf-8")
    before = weights.rules_hash(tmp_path)
    (tmp_path / "lexicon" / "chrome.txt").write_text("share this\nsubscribe\n", encoding="utf-8")
    assert weights.rules_hash(tmp_path) == before  # a lexicon the rules do not read
    (tmp_path / "lexicon" / "cue_verbs.txt").write_text("say says said\nclaim claims claimed\n", encoding="utf-8")
    assert weights.rules_hash(tmp_path) != before


@pytest.mark.parametrize("path", sorted(weights.MODELS.glob("*.json")), ids=lambda p: p.name)
def test_every_shipped_weights_file_says_what_made_it(path: Path) -> None:
    data = weights.load(path.stem)
    # headline_stance.json (scripts/train_headline_stance.py) keeps the same fields at its top level
    prov = data["provenance"] if "provenance" in data else data
    assert set(PROVENANCE) - {"rules_hash"} <= set(prov), path.name
    assert prov["command"].startswith("python3 scripts/") and prov["data"], path.name
    assert len(prov["rules_commit"].split("+")[0]) == 40, path.name
    # a fitted model is scored on data it was not fitted on; plain counts say why they have no score
    assert prov["dev_score"] or prov.get("note"), path.name


@pytest.mark.parametrize("content", [None, "{not json", "[1, 2]"])
def test_a_missing_or_broken_weights_file_is_one_error_naming_it(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "stance.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(weights.ModelFileError) as err:
        weights.load("stance", path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)
    assert isinstance(err.value, FactcheckError)  # the CLI shows it as one line, exit status 2


def test_every_shipped_weights_file_loads() -> None:
    for path in sorted(weights.MODELS.glob("*.json")):
        assert isinstance(weights.load(path.stem), dict)
        json.loads(path.read_text(encoding="utf-8"))


def test_the_headline_models_fail_the_same_way(tmp_path: Path) -> None:
    # a folder without the files: each reader names the file instead of carrying on without it
    from factcheck import word_case
    from factcheck.headline import terms

    try:
        terms.use_models(tmp_path)
        for read in (word_case.name_words, terms._model):
            with pytest.raises(weights.ModelFileError) as err:
                read()
            assert str(tmp_path) in str(err.value)
    finally:
        terms.use_models(weights.MODELS)
