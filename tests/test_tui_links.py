"""Pilot tests for the keys that act on one sentence's links and text: O opens an evidence link,
d removes one, y copies the sentence with its source."""

from __future__ import annotations

import json
import webbrowser

import pytest
from test_tui_app import SIZE, app_for, current_text, screen_text, settle, stored, stored_review, sync
from textual.widgets import OptionList

from factcheck.store import Store
from tui.screens.article import ArticleScreen
from tui.screens.links import LinksScreen

__all__ = ["stored"]  # the fixture, imported for pytest


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The URLs the app asked the browser to open (no browser starts during the tests)."""
    urls: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **kw: urls.append(url) or True)
    return urls


def links_on_the_first_row(stored, *urls: str) -> str:
    """Add `urls` to the sentence the app opens on (the headline); its id."""
    db, aid = stored
    with Store(db) as store:
        sid = store.analysis(aid).sentences[0].id
        store.mark(aid, sid, add_evidence=list(urls))
    return sid


@sync
async def test_O_opens_the_only_link_at_once(stored, tmp_path, opened) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("O")  # no link yet: says so, opens nothing
        await settle(app, pilot)
        assert opened == [] and any("no evidence link to open" in n.message for n in app._notifications)
    links_on_the_first_row(stored, "https://example.org/report")
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("O")
        await settle(app, pilot)
        assert opened == ["https://example.org/report"]
        assert isinstance(app.screen, ArticleScreen)


@sync
async def test_O_with_several_links_asks_which(stored, tmp_path, opened) -> None:
    links_on_the_first_row(stored, "https://example.org/a", "https://example.org/b")
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("O")
        assert isinstance(app.screen, LinksScreen)
        assert "https://example.org/b" in screen_text(app)
        await pilot.press("j", "enter")
        await settle(app, pilot)
        assert opened == ["https://example.org/b"]
        await pilot.press("O", "escape")  # escape opens nothing
        await settle(app, pilot)
        assert opened == ["https://example.org/b"]


@sync
async def test_d_removes_the_chosen_link_from_screen_and_store(stored, tmp_path) -> None:
    db, aid = stored
    sid = links_on_the_first_row(stored, "https://example.org/a", "https://example.org/b")
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("d")
        assert isinstance(app.screen, LinksScreen)
        assert isinstance(app.focused, OptionList)
        await pilot.press("enter")  # the first one
        assert isinstance(app.screen, ArticleScreen)
        assert "https://example.org/a" not in screen_text(app) and "https://example.org/b" in screen_text(app)
        await settle(app, pilot)
        assert stored_review(stored, sid).evidence == ["https://example.org/b"]
        await pilot.press("d", "escape")  # cancelled: nothing removed
        await settle(app, pilot)
        assert stored_review(stored, sid).evidence == ["https://example.org/b"]
    with Store(db) as store:
        removal = [e for e in store.events(aid) if e["sentence_id"] == sid and e["field"] == "evidence"
                   and "https://example.org/a" in json.loads(e["old"]) and json.loads(e["new"]) == ["https://example.org/b"]]
    assert len(removal) == 1  # recorded in the event log like every other change


@sync
async def test_y_copies_the_sentence_with_its_source_chain(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "j")
        assert current_text(app).startswith("The agriculture ministry said")
        await pilot.press("y")
        assert app.clipboard == ("The agriculture ministry said exports fell 20% in May, according to Reuters.\n"
                                 "(source: the agriculture ministry ← Reuters)")
        await pilot.press("n", "y")  # a claim with nobody named for it says so
        assert app.clipboard.endswith("\n(no source named)")
        assert app.clipboard.startswith("Exports fell")
