"""The collector pause used while a stored analysis is decoded, and the decoding itself."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from factcheck import collector, pipeline
from factcheck.model import Analysis, Document
from factcheck.pipeline import analyze
from factcheck.store import Store

SAMPLES = sorted(Path(__file__).resolve().parent.parent.joinpath("samples").glob("*.txt"))


@pytest.fixture(autouse=True)
def collector_state():
    """Every test starts with the collector on and nothing frozen, and leaves it so."""
    gc.unfreeze()
    gc.enable()
    yield
    gc.unfreeze()
    gc.enable()


def test_paused_turns_the_collector_off_and_back_on() -> None:
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_restores_on_error() -> None:
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("a decode that fails")
    assert gc.isenabled()


def test_nested_pause_leaves_the_outer_one_in_force() -> None:
    with collector.paused():
        with collector.paused():
            pass
        assert not gc.isenabled()  # the inner block must not switch it back on
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()


def test_freeze_after_hides_what_the_block_built() -> None:
    before = gc.get_freeze_count()
    with collector.paused(freeze_after=True):
        built = [[i] for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(built)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_a_stored_analysis_comes_back_equal(path: Path, tmp_path: Path) -> None:
    analysis = analyze(Document(text=path.read_text(encoding="utf-8"), origin=str(path)))
    assert Analysis.from_dict(analysis.to_dict()) == analysis
    with Store(tmp_path / "r.db") as store:
        aid = store.import_analysis(analysis, origin=str(path)).article_id
        back = store.analysis(aid)
    assert back.to_dict() == analysis.to_dict()
    assert back == analysis  # the dataclasses too: a span comes back a tuple, not a list
    assert gc.isenabled()


def _collections() -> int:
    return sum(g["collections"] for g in gc.get_stats())


def test_a_long_analysis_runs_with_the_collector_paused_and_collects_once_after() -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SAMPLES * 12)
    assert len(text) >= pipeline._PAUSED_FROM_CHARS
    analyze(Document(text=text[:3000]))  # lazy imports and caches first
    before, full = _collections(), gc.get_stats()[2]["collections"]
    analysis = analyze(Document(text=text, body_only=True))  # dozens of collections unpaused
    # what was allocated while paused counts towards the next collection, which may come as the
    # pause ends; then the one full collection that leaves nothing to catch up with
    assert _collections() - before <= 2
    assert gc.get_stats()[2]["collections"] == full + 1
    assert gc.isenabled()
    assert len(analysis.sentences) > 2000


def test_the_analysis_leaves_no_reference_cycles_behind() -> None:
    """What makes the pause safe: with the collector off, analysing every sample and dropping the
    result leaves nothing for a collection to find."""
    analyze(Document(text=SAMPLES[0].read_text(encoding="utf-8")))  # lazy imports and caches first
    gc.collect()
    gc.disable()
    for path in SAMPLES:
        analysis = analyze(Document(text=path.read_text(encoding="utf-8"), origin=str(path)))
        analysis.to_dict()
        del analysis
    assert gc.collect() == 0
