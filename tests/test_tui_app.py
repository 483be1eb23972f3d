"""Pilot tests: every binding and screen of the review app, against a real SQLite file."""

from __future__ import annotations

import asyncio
import functools
from pathlib import Path

import pytest
from test_tui_data import make_analysis, make_long_analysis
from textual import events
from textual.widgets import Input, OptionList
from textual.worker import WorkerCancelled

from factcheck.ingest import load
from factcheck.pipeline import analyze
from factcheck.store import STATUSES, Store
from tui.app import ReviewApp
from tui.screens.article import ArticleScreen
from tui.screens.article_list import ArticleListScreen
from tui.screens.checks import ChecksScreen
from tui.screens.edit import EditScreen, NoteScreen
from tui.screens.help import HelpScreen
from tui.screens.sources import SourcesScreen
from tui.widgets import ReviewBox, SentenceTable

SIZE = (80, 24)


def sync(test):
    """Run an async Pilot test in its own event loop (no async pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "reviews.db"
    with Store(db) as store:
        aid = store.import_analysis(make_analysis(), origin="synthetic.txt").article_id
    return db, aid


def app_for(stored: tuple[Path, str], tmp_path: Path, **kw) -> ReviewApp:
    db, aid = stored
    return ReviewApp(db, aid, export_dir=tmp_path / "exports", **kw)


async def settle(app: ReviewApp, pilot) -> None:
    """Wait for the workers and the messages they post. A load superseded by a newer one is
    cancelled (exclusive workers), which wait_for_complete reports as WorkerCancelled."""
    for _ in range(3):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            continue
        await pilot.pause()


def screen_text(app: ReviewApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def table(app: ReviewApp) -> SentenceTable:
    return app.screen.query_one(SentenceTable)


def current_text(app: ReviewApp) -> str:
    screen = app.screen
    assert isinstance(screen, ArticleScreen)
    return screen.current().text


def stored_review(stored: tuple[Path, str], sentence_id: str):
    db, aid = stored
    with Store(db) as store:
        return store.review(aid, sentence_id)


@sync
async def test_opens_the_article_with_chrome_hidden(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert table(app).row_count == 8  # 10 sentences minus the byline and the caption
        text = screen_text(app)
        assert "2 headline checks" in text
        assert "Minister [bold]denies[/bold]" in text  # markup shown literally
        assert "By Jane Doe" not in text and "Grain silos" not in text


@sync
async def test_opening_an_article_leaves_the_collector_on(stored, tmp_path) -> None:
    """The load pauses the collector while it decodes; once the article is shown it runs again."""
    import gc

    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert table(app).row_count == 8
        assert gc.isenabled()


@sync
async def test_cursor_keys(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        t = table(app)
        await pilot.press("j", "j")
        assert t.cursor_row == 2
        await pilot.press("k")
        assert t.cursor_row == 1
        await pilot.press("down", "down", "up")
        assert t.cursor_row == 2
        await pilot.press("G")
        assert t.cursor_row == 7
        await pilot.press("g")
        assert t.cursor_row == 0


@sync
async def test_next_and_previous_flagged(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n")
        assert current_text(app).startswith("Exports fell")
        await pilot.press("n")
        assert current_text(app).startswith("Some experts")
        await pilot.press("n", "n")  # the last flagged stays put
        assert current_text(app).startswith("A person familiar")
        await pilot.press("N")
        assert current_text(app).startswith("Some experts")


@pytest.mark.parametrize("key,status", [(str(i), s) for i, s in enumerate(STATUSES, start=1)])
@sync
async def test_status_keys_land_in_the_database(stored, tmp_path, key, status) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "j", "j")
        sid = table(app).current_id
        await pilot.press("2" if key != "2" else "3", key)  # the last of two decisions wins
        await settle(app, pilot)
        assert stored_review(stored, sid).status == status
        assert stored_review(stored, sid).updated_at  # the store's record came back
        assert app.screen.reviews[sid].updated_at == stored_review(stored, sid).updated_at


@sync
async def test_decisions_record_the_reviewer(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path, reviewer="ana.desk")
    async with app.run_test(size=(80, 40)) as pilot:
        await settle(app, pilot)
        sid = table(app).current_id
        await pilot.press("2")
        await settle(app, pilot)
        assert stored_review(stored, sid).reviewer == "ana.desk"
        assert " by ana.desk" in app.screen.query_one(ReviewBox).text.plain  # "✓ needs check · <when> by ana.desk"


@sync
async def test_many_quick_decisions_keep_their_order(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sid = table(app).current_id
        await pilot.press("1", "2", "3", "4", "5", "6", "5", "4")
        await settle(app, pilot)
    assert stored_review(stored, sid).status == "disputed"


@sync
async def test_filter_cycles_flagged_unreviewed_all(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3")  # the headline is now verified
        await pilot.press("f")
        assert table(app).row_count == 3
        assert "filter: flagged" in screen_text(app)
        await pilot.press("f")
        assert table(app).row_count == 7
        assert "filter: unreviewed" in screen_text(app)
        await pilot.press("f")
        assert table(app).row_count == 8


@sync
async def test_search_then_escape_clears(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"experts", "enter")
        assert table(app).row_count == 1
        assert current_text(app).startswith("Some experts")
        assert "search: experts" in screen_text(app)
        await pilot.press("escape")
        assert table(app).row_count == 8
        assert current_text(app).startswith("Some experts")  # the cursor stays on the sentence
        # live: the table narrows while typing; escape while typing restores the table
        await pilot.press("slash", *"minister")
        assert table(app).row_count == 3 and isinstance(app.focused, Input)  # headline, quote, "He added"
        await pilot.press("escape")
        assert table(app).row_count == 8 and "search:" not in screen_text(app)


@sync
async def test_toggle_shows_chrome_dimmed(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        assert table(app).row_count == 10
        assert "[byline] By Jane Doe" in screen_text(app)
        await pilot.press("c")
        assert table(app).row_count == 8


@sync
async def test_note_edit_and_cancel(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=(80, 40)) as pilot:  # tall enough to show the whole detail
        await settle(app, pilot)
        await pilot.press("j")
        sid = table(app).current_id
        await pilot.press("e")
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"ask the [b]desk[/b]", "enter")
        await settle(app, pilot)
        assert stored_review(stored, sid).note == "ask the [b]desk[/b]"
        assert "ask the [b]desk[/b]" in screen_text(app)
        await pilot.press("e", "x", "escape")
        await settle(app, pilot)
        assert stored_review(stored, sid).note == "ask the [b]desk[/b]"


@sync
async def test_evidence_url_is_checked_then_added(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sid = table(app).current_id
        await pilot.press("o", *"not a url", "enter")
        assert isinstance(app.screen, EditScreen)  # refused, still open
        assert "http:// or https://" in screen_text(app)
        app.screen.query_one(Input).value = "https://example.org/report.pdf"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert stored_review(stored, sid).evidence == ["https://example.org/report.pdf"]


@sync
async def test_export_writes_the_checklist_and_says_where(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n", "4")
        await pilot.press("x")
        await settle(app, pilot)
        files = list((tmp_path / "exports").glob("*.md"))
        assert len(files) == 1
        body = files[0].read_text(encoding="utf-8")
        assert "Exports fell to their lowest level since 2010" in body
        assert "disputed" in body
        assert any(str(files[0]) in n.message for n in app._notifications)


@sync
async def test_quit_and_reopen_restores_decisions(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "3", "n", "4", "e", *"check", "enter")
        await pilot.press("q")  # no settle: quitting itself must write everything first
    assert app.return_code == 0
    again = app_for(stored, tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        text = screen_text(again)
        assert "✓ verified" in text and "✗ disputed" in text
        await pilot.press("n")
        assert again.screen.review_of(table(again).current_id).note == "check"


@sync
async def test_sources_screen_filters_the_table(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        assert isinstance(app.screen, SourcesScreen)
        text = screen_text(app)
        assert "the agriculture minister" in text and "named person" in text
        await pilot.press("down")
        assert "He added that prices could rise" in screen_text(app)  # its sentences
        await pilot.press("enter")
        assert isinstance(app.screen, ArticleScreen)
        assert table(app).row_count == 2
        assert "source: the agriculture minister" in screen_text(app)
        await pilot.press("escape")
        assert table(app).row_count == 8


@sync
async def test_a_source_only_told_about_says_so(tmp_path) -> None:
    # the council sample: "Councillors approved the plans by 27 votes to 19" tells what the
    # councillors did and cites nobody; the council itself is also cited once, by its spokesperson
    db = tmp_path / "reviews.db"
    sample = Path(__file__).resolve().parent.parent / "samples" / "local-council-libraries.txt"
    with Store(db) as store:
        aid = store.import_analysis(analyze(load(str(sample))), origin="council.txt").article_id
    app = ReviewApp(db, aid, export_dir=tmp_path / "exports")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        names = [s.name for s in screen.analysis.sources]
        rows = screen_text(app).splitlines()
        councillors = next(r for r in rows if "Councillors" in r)
        assert "told about, not cited" in councillors
        council = next(r for r in rows if "Eastbridge Borough Council" in r)
        assert "told about" not in council  # cited in one of its two sentences
        await pilot.press(*["down"] * names.index("Eastbridge Borough Council"))
        detail = screen_text(app)
        assert "(told about, not cited) Eastbridge Borough Council has voted" in detail
        assert "(told about, not cited) A spokesperson" not in detail


@sync
async def test_headline_checks_jump_to_evidence_even_through_a_filter(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f")  # flagged only: the evidence sentence is hidden
        await pilot.press("h")
        assert isinstance(app.screen, ChecksScreen)
        assert "hedge dropped" in screen_text(app)
        options = app.screen.query_one(OptionList)
        target = next(i for i in range(options.option_count) if (options.get_option_at_index(i).id or "")
                      .endswith(make_analysis().sentences[5].id))
        options.highlighted = target
        await pilot.press("enter")
        assert isinstance(app.screen, ArticleScreen)
        assert current_text(app).startswith("He added")
        assert "filter: all" in screen_text(app)
        await pilot.press("h")
        assert app.screen.query_one(OptionList).highlighted == 0  # the first check itself
        await pilot.press("enter")  # goes to that check's first evidence sentence
        assert current_text(app).startswith("The agriculture ministry said")


@sync
async def test_help_lists_every_binding(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=(100, 80)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for cls in (ArticleScreen, ReviewApp, ArticleListScreen, SourcesScreen, ChecksScreen):
            for b in cls.BINDINGS:
                assert (b.tooltip or b.description) in text, b
        for b in SentenceTable.BINDINGS:  # the table's own keys, listed in pairs
            assert app.get_key_display(b) in text, b
        await pilot.press("escape")
        assert isinstance(app.screen, ArticleScreen)


@sync
async def test_command_palette_runs_an_action(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sid = table(app).current_id
        await pilot.press("ctrl+p")
        await pilot.press(*"unverifiable")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert stored_review(stored, sid).status == "unverifiable"


@sync
async def test_mouse_click_selects_a_row(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.click(SentenceTable, offset=(40, 4))  # header row, then rows 0..3
        assert table(app).cursor_row == 3
        assert current_text(app).startswith('"We expect')


@sync
async def test_escape_goes_back_to_the_list_with_fresh_counts(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "escape")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleListScreen)
        text = screen_text(app)
        db, aid = stored
        with Store(db) as store:  # the list counts as `factcheck list` and the export do
            done = store.progress(aid)
        assert (done.reviewed, done.total) == (1, 8)  # 8 items: the byline and the caption are not
        assert "Minister [bold]denies[/bold]" in text and "1/8" in text
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)


@sync
async def test_empty_database_offers_samples(tmp_path) -> None:
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "short.txt").write_text(
        "Council closes two libraries\n\nThe council said two libraries will close in March.\n", encoding="utf-8")
    app = ReviewApp(tmp_path / "new.db", samples_dir=samples, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "short.txt" in screen_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert "The council said" in screen_text(app)
    with Store(tmp_path / "new.db") as store:
        assert len(store.articles()) == 1


@sync
async def test_unknown_article_reports_and_returns_to_the_list(stored, tmp_path) -> None:
    db, _ = stored
    app = ReviewApp(db, "0000000000000000", export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleListScreen)
        assert any("cannot open the article" in n.message for n in app._notifications)


@sync
async def test_no_color_is_respected(stored, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.no_color
        colours = set()
        for strip in app.screen._compositor.render_strips():  # the app's line filters are applied
            for segment in strip:
                for c in (segment.style.color, segment.style.bgcolor) if segment.style else ():
                    if c is not None and c.triplet is not None:
                        colours.add(tuple(c.triplet))
        assert colours and all(r == g == b for r, g, b in colours)  # greys only
        # and the marker of a claim with no source still stands out from its own background
        badge = [seg.style for strip in app.screen._compositor.render_strips() for seg in strip
                 if "NO SOURCE" in seg.text]
        assert badge
        fg, bg = badge[0].color.triplet, badge[0].bgcolor.triplet
        assert abs(fg[0] - bg[0]) > 100


@sync
async def test_wide_terminal_puts_the_detail_beside_the_table(stored, tmp_path) -> None:
    app = app_for(stored, tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        t = table(app)
        detail = app.screen.query_one("#detail")
        assert detail.region.x >= t.region.right - 1
        assert detail.region.y == t.region.y
        assert t.region.width >= 90


@sync
async def test_long_tables_page_scroll_and_follow_the_cursor(tmp_path) -> None:
    db = tmp_path / "long.db"
    with Store(db) as store:
        aid = store.import_analysis(make_long_analysis(200), origin="long.txt").article_id
    app = ReviewApp(db, aid, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        t = table(app)
        visible = t.visible_rows
        assert t.row_count == 201 and 5 <= visible < 20
        await pilot.press("pagedown")
        assert t.cursor_row == visible - 1
        assert f"Spending item {visible - 1} " in screen_text(app)  # the cursor row is on screen
        await pilot.press("end")
        assert t.cursor_row == 200 and "Spending item 200 " in screen_text(app)
        await pilot.press("home")
        assert t.cursor_row == 0 and "Council budget rises again" in screen_text(app)
        await pilot.press("pagedown", "pageup")
        assert t.cursor_row == 0
        # the wheel scrolls the view and leaves the cursor where it was
        t.post_message(events.MouseScrollDown(t, 10, 3, 0, 1, 0, False, False, False))  # Pilot has no wheel
        await pilot.pause()
        shown = "\n".join(screen_text(app).split("\n")[t.region.y:t.region.bottom])
        assert t.cursor_row == 0 and "Spending item 3 " in shown and "Council budget" not in shown
        # a click at the bottom of the scrollbar shows the end of the table
        await pilot.click(SentenceTable, offset=(t.size.width - 1, t.size.height - 1))
        shown = "\n".join(screen_text(app).split("\n")[t.region.y:t.region.bottom])
        assert "Spending item 200 " in shown and t.cursor_row == 0
        # a status change shows at once on the right row, and the flagged jump scrolls to it
        await pilot.press("G", "N")
        assert current_text(app) == "Spending item 198 rose by 1 per cent."
        await pilot.press("4")
        assert "✗ disputed" in screen_text(app)


@sync
async def test_a_broken_database_is_reported_and_decisions_are_kept(stored, tmp_path) -> None:
    db, _ = stored
    app = app_for(stored, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for p in tmp_path.glob("reviews.db*"):
            p.unlink()
        db.mkdir()  # the database path is now a directory: every open fails
        await pilot.press("3")
        await settle(app, pilot)
        assert any("cannot write to the database" in n.message for n in app._notifications)
        assert app.writer.pending == 1
        assert "✓ verified" in screen_text(app)  # the screen keeps the decision
        await pilot.press("q")
    assert app.return_code == 0  # quitting still works; `tui.run` retries and reports on one line


@sync
async def test_a_very_long_headline_keeps_the_checks_line(tmp_path) -> None:
    analysis = make_analysis()
    long_head = analysis.sentences[0]
    analysis.article["headline"] = long_head.text + " " + "and a great deal more words " * 10
    db = tmp_path / "long-head.db"
    with Store(db) as store:
        aid = store.import_analysis(analysis, origin="x.txt").article_id
    app = ReviewApp(db, aid, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        first, second = screen_text(app).split("\n")[:2]
        assert first.rstrip().endswith("…") and "2 headline checks" in second
