"""Pilot tests: the review app reads the settings file (reviewer, theme, export folder) and keeps
what the reviewer changes in it: the theme picked in the palette, the reviewer name, the folder."""

from __future__ import annotations

import os
from pathlib import Path

from test_tui_app import SIZE, screen_text, settle, stored, stored_review, sync, table

from factcheck import config
from tui.app import ReviewApp
from tui.screens.article import ArticleScreen

__all__ = ["stored"]  # the fixture, imported for pytest


def settings_file() -> Path:
    return Path(os.environ["FACTCHECK_CONFIG"])  # a fresh one per test (tests/conftest.py)


@sync
async def test_the_settings_file_gives_reviewer_theme_and_export_folder(stored, tmp_path) -> None:
    db, aid = stored
    folder = tmp_path / "checklists"
    config.save(config.Config(reviewer="Ana from settings", theme="nord", export_dir=str(folder)))
    app = ReviewApp(db, aid)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "nord"
        sid = table(app).current_id
        await pilot.press("3", "x")
        await settle(app, pilot)
        assert stored_review(stored, sid).reviewer == "Ana from settings"
        assert len(list(folder.glob("*.md"))) == 1  # x wrote into the folder from the settings
    # options given on the command line win, and are not written to the file
    app = ReviewApp(db, aid, reviewer="Bo on the command line", export_dir=tmp_path / "here")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("4")
        await settle(app, pilot)
        assert stored_review(stored, sid).reviewer == "Bo on the command line"
    assert config.load().reviewer == "Ana from settings"


@sync
async def test_the_theme_picked_in_the_palette_is_kept(stored, tmp_path) -> None:
    db, aid = stored
    app = ReviewApp(db, aid, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert not settings_file().exists()  # nothing is written until the reviewer changes something
        start = app.theme
        await pilot.press("ctrl+p", *"theme")
        await pilot.pause(0.3)
        await pilot.press("enter")  # Textual's own "Change theme": a list of themes to search
        await pilot.pause(0.3)
        await pilot.press(*"dracula")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.theme == "dracula" != start
    assert config.load().theme == "dracula"
    again = ReviewApp(db, aid, export_dir=tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.theme == "dracula"


@sync
async def test_reviewer_name_and_export_folder_set_from_the_palette_are_kept(stored, tmp_path) -> None:
    db, aid = stored
    app = ReviewApp(db, aid)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", *"reviewer name")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.press(*"Desk Two", "enter")
        await settle(app, pilot)
        folder = tmp_path / "out"
        await pilot.press("ctrl+p", *"export folder")
        await pilot.pause(0.3)
        await pilot.press("enter")
        app.screen.query_one("Input").value = str(folder)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        sid = table(app).current_id
        await pilot.press("2", "x")
        await settle(app, pilot)
        assert stored_review(stored, sid).reviewer == "Desk Two"
        assert list(folder.glob("*.md"))
    kept = config.load()
    assert (kept.reviewer, kept.export_dir) == ("Desk Two", str(folder))


@sync
async def test_a_broken_settings_file_is_reported_and_the_review_opens(stored, tmp_path) -> None:
    db, aid = stored
    settings_file().write_text("reviewer = [1, 2]\n", encoding="utf-8")
    app = ReviewApp(db, aid, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert any("settings not used" in n.message and "reviewer" in n.message for n in app._notifications)
        assert "Minister [bold]denies[/bold]" in screen_text(app)
