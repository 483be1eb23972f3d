"""Snapshots of every screen on the seed article, at a fixed terminal size.

The seed is analysed by the real pipeline when the test runs, so a change in the analysis shows
up here as a changed screen: look at the report, then `pytest tests/test_tui_snapshots.py
--snapshot-update` if the new screen is right. Nothing on these screens depends on a clock or a
path (no review has a timestamp, the database lives in tmp_path and is never shown).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.worker import WorkerCancelled

from factcheck.ingest import load
from factcheck.pipeline import analyze
from factcheck.store import Store
from tui.app import ReviewApp

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"
SIZE = (80, 24)


@pytest.fixture
def seed_app(tmp_path: Path):
    def make(open_article: bool = True) -> ReviewApp:
        db = tmp_path / "snap.db"
        doc = load(str(SEED))
        with Store(db) as store:
            # a fixed origin: the path of the checkout must not reach the screen
            aid = store.import_analysis(analyze(doc), origin="seed-nk-soldier.txt").article_id
        return ReviewApp(db, aid if open_article else None, export_dir=tmp_path, samples_dir=tmp_path / "none")

    return make


async def _settled(pilot) -> None:
    for _ in range(3):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:  # a load superseded by a newer one
            continue
        await pilot.pause()


def test_article_screen(snap_compare, seed_app) -> None:
    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=_settled)


def test_detail_of_an_attributed_sentence(snap_compare, seed_app) -> None:
    async def to_second_body_sentence(pilot) -> None:
        await _settled(pilot)
        screen = pilot.app.screen
        target = next(i for i, s in enumerate(screen.rows) if s.role == "body" and s.attributions
                      and any(a.via for a in s.attributions))
        await pilot.press(*["j"] * target)
        await _settled(pilot)

    assert snap_compare(seed_app(), terminal_size=(150, 40), run_before=to_second_body_sentence)


def test_sources_screen(snap_compare, seed_app) -> None:
    async def sources(pilot) -> None:
        await _settled(pilot)
        await pilot.press("s")
        await _settled(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=sources)


def test_headline_checks_screen(snap_compare, seed_app) -> None:
    async def checks(pilot) -> None:
        await _settled(pilot)
        await pilot.press("h")
        await _settled(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=checks)


def test_help_screen(snap_compare, seed_app) -> None:
    async def help_(pilot) -> None:
        await _settled(pilot)
        await pilot.press("question_mark")
        await _settled(pilot)

    assert snap_compare(seed_app(), terminal_size=(90, 66), run_before=help_)


def test_article_list(snap_compare, seed_app) -> None:
    assert snap_compare(seed_app(open_article=False), terminal_size=SIZE, run_before=_settled)


def test_review_box_at_80x24(snap_compare, seed_app) -> None:
    """The point of the review box: status, a two-line note and the links of a long sentence, all
    on an 80x24 screen. The review is put on the screen directly, with a fixed time, so the
    snapshot has no clock in it."""
    from factcheck.store import Review

    async def decided(pilot) -> None:
        await _settled(pilot)
        screen = pilot.app.screen
        target = max((s for s in screen.analysis.sentences if s.role == "body"), key=lambda s: len(s.text))
        screen.reviews[target.id] = Review(target.id, status="disputed", note="the agency denied it\ncall back Monday",
                                           evidence=["https://example.org/statement"], reviewer="ana",
                                           updated_at="2026-01-02T09:30:00+00:00")
        screen.jump_to(target.id)
        await _settled(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=decided)


def test_source_editor(snap_compare, seed_app) -> None:
    async def editor(pilot) -> None:
        await _settled(pilot)
        screen = pilot.app.screen
        chained = next(s for s in screen.analysis.sentences if any(a.via for a in s.attributions))
        screen.jump_to(chained.id)
        await pilot.press("a", "n", *"yonh")
        await _settled(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=editor)
