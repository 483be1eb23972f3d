"""Pilot tests for the source editor (key `a`): replace, add, remove, "no source", back to the
machine's reading; names completed from the article's sources; corrections marked in the table,
the detail and the Sources screen, flags following them; everything in the real SQLite file."""

from __future__ import annotations

from test_tui_app import SIZE, app_for, current_text, screen_text, settle, stored, sync, table
from textual.widgets import Input, OptionList, Select

from factcheck.corrections import CorrectedSource
from factcheck.store import Store
from tui.screens.article import ArticleScreen
from tui.screens.attribution import AttributionScreen
from tui.screens.sources import SourcesScreen

__all__ = ["stored"]  # the fixture, imported for pytest


def correction(stored, sentence_id: str):
    db, aid = stored
    with Store(db) as store:
        return store.correction(aid, sentence_id)


async def open_on(app, pilot, starts: str) -> str:
    """Move to the sentence starting with `starts`, open the editor; the sentence id."""
    await settle(app, pilot)
    while not current_text(app).startswith(starts):
        await pilot.press("j")
    sid = table(app).current_id
    await pilot.press("a")
    assert isinstance(app.screen, AttributionScreen)
    return sid


def row_of(app, sentence_id: str) -> str:
    t = table(app)
    return t.render_line(t.index_of(sentence_id) - t._top + 1).text


@sync
async def test_replace_the_machines_source(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        sid = await open_on(app, pilot, "The agriculture ministry said")
        text = screen_text(app)
        assert "the machine read: the agriculture ministry ← Reuters" in text
        await pilot.press("enter")  # edit the highlighted source: its name, kind and via are in the fields
        name = app.screen.query_one("#name", Input)
        assert name.value == "the agriculture ministry" and app.focused is name
        assert app.screen.query_one("#kind", Select).value == "named_org"
        name.value = ""
        await pilot.press(*"Jane Doe")
        await pilot.press("tab", "enter", "up", "enter")  # the kind list opens on named org; one up: named person
        assert app.screen.query_one("#kind", Select).value == "named_person"
        await pilot.press("tab", "enter")  # via (still Reuters): enter puts the source in the list
        assert "✎ Jane Doe · named person · via Reuters" in screen_text(app)
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, ArticleScreen)
        await settle(app, pilot)
        fixed = correction(stored, sid)
        assert fixed.sources == [CorrectedSource("Jane Doe", "named_person", ("Reuters",))]
        assert fixed.reviewer == "ana"
        # marked as corrected in the table and the detail, the machine's reading beside it
        assert "✎ Jane Doe ← Reuters" in row_of(app, sid)
        text = screen_text(app)
        assert "✎ corrected" in text and "the machine read the agriculture ministry ← Reuters" in text
        # and on the Sources screen, where the corrected name replaced the machine's
        await pilot.press("s")
        assert isinstance(app.screen, SourcesScreen)
        text = screen_text(app)
        assert "✎ Jane Doe" in text and "the agriculture ministry" not in text


@sync
async def test_add_a_source_completed_from_the_article_clears_the_flag(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        sid = await open_on(app, pilot, "Exports fell")
        assert app.focused is app.screen.query_one("#name", Input)  # no source yet: straight to the name
        await pilot.press(*"reutrs")  # misspelt: rapidfuzz still offers the article's Reuters
        matches = app.screen.query_one("#matches", OptionList)
        assert matches.display and matches.get_option_at_index(0).id == "Reuters"
        await pilot.press("down")  # take it: the name and its kind from the article
        assert app.screen.query_one("#name", Input).value == "Reuters"
        assert app.screen.query_one("#kind", Select).value == "media"
        await pilot.press("enter", "ctrl+s")
        await settle(app, pilot)
        assert correction(stored, sid).sources == [CorrectedSource("Reuters", "media")]
        row = row_of(app, sid)
        assert "✎ Reuters" in row and "NO SOURCE" not in row
        assert "unattributed" not in screen_text(app)  # the flag followed the correction
        assert "filter: all" in screen_text(app)


@sync
async def test_no_source_then_back_to_the_machines_reading(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        sid = await open_on(app, pilot, "The agriculture ministry said")
        await pilot.press("ctrl+n", "ctrl+s")
        await settle(app, pilot)
        assert correction(stored, sid).sources == []
        row = row_of(app, sid)
        assert "✎" in row and "NO SOURCE" in row  # a factual claim the reviewer says nobody stands behind
        await pilot.press("a")
        assert "no source" in screen_text(app)
        await pilot.press("ctrl+r")
        assert "the agriculture ministry · named org · via Reuters" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert correction(stored, sid) is None
        assert "✎" not in row_of(app, sid) and "← Reuters" in row_of(app, sid)


@sync
async def test_remove_one_source_and_an_anonymous_kind_flags_it(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        sid = await open_on(app, pilot, '"We expect')
        await pilot.press("n")  # a second source, then remove the machine's one
        await pilot.press(*"an aide", "tab")
        app.screen.query_one("#kind", Select).value = "anonymous"
        await pilot.press("tab", "enter")
        assert "an aide · anonymous" in screen_text(app)
        app.screen.query_one("#working", OptionList).highlighted = 0
        await pilot.press("d")
        assert "the agriculture minister" not in screen_text(app).split("the machine read")[1].split("\n", 1)[1]
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert correction(stored, sid).sources == [CorrectedSource("an aide", "anonymous")]
        assert "anonymous" in row_of(app, sid)  # the flag follows the kind


@sync
async def test_a_kind_is_required_and_escape_cancels(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        sid = await open_on(app, pilot, "Exports fell")
        await pilot.press(*"Statistics Office", "enter")
        assert isinstance(app.screen, AttributionScreen)
        assert "choose the kind of 'Statistics Office'" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, ArticleScreen)
        await settle(app, pilot)
        assert correction(stored, sid) is None


@sync
async def test_a_correction_is_shown_again_after_a_restart(stored, tmp_path) -> None:
    db, aid = stored
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sid = next(s.id for s in app.screen.analysis.sentences if s.text.startswith("Some experts"))
    with Store(db) as store:
        store.set_sources(aid, sid, [CorrectedSource("the Grain Council", "named_org")], note="named in the PDF")
    app = app_for(stored, tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        assert "✎ the Grain Council" in row_of(app, sid)
        app.screen.jump_to(sid)
        await pilot.pause()
        text = screen_text(app)
        assert "why named in the PDF" in text and "the machine read some experts" in text
        assert "vague" not in row_of(app, sid)  # the vague-source flag went with the vague source
