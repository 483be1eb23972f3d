"""Pilot tests for the review app's layout: what is on screen without scrolling, at the sizes a
reviewer uses (80x24, 120x35, a wide 160x40 and after a resize), on the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_app import screen_text, settle, stored_review, sync, table
from textual.widgets import DataTable

from factcheck.ingest import load
from factcheck.pipeline import analyze
from factcheck.store import Store
from tui.app import ReviewApp
from tui.present import CHAIN_SEPARATOR, CLAIM_ROLES, SOURCES_SEPARATOR
from tui.screens.article import ArticleScreen
from tui.screens.sources import SourcesScreen
from tui.widgets import SentenceTable

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"
SIZES = [(80, 24), (120, 35)]


@pytest.fixture
def seed(tmp_path: Path):
    db = tmp_path / "seed.db"
    with Store(db) as store:
        aid = store.import_analysis(analyze(load(str(SEED))), origin="seed-nk-soldier.txt").article_id
        analysis = store.analysis(aid)
    return db, aid, analysis


def seed_app(seed, tmp_path: Path) -> ReviewApp:
    db, aid, _ = seed
    return ReviewApp(db, aid, export_dir=tmp_path / "exports")


def longest_body_sentence(analysis):
    return max((s for s in analysis.sentences if s.role == "body"), key=lambda s: len(s.text))


async def select(app: ReviewApp, pilot, sentence_id: str) -> None:
    app.screen.jump_to(sentence_id)
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
@sync
async def test_status_note_and_links_of_the_longest_sentence_are_on_screen(seed, tmp_path, size) -> None:
    db, aid, analysis = seed
    target = longest_body_sentence(analysis)
    with Store(db) as store:
        store.mark(aid, target.id, status="disputed", note="asked the agency twice\nno answer by noon",
                   add_evidence=["https://example.org/one", "https://example.org/two"])
    app = seed_app(seed, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await select(app, pilot, target.id)
        text = screen_text(app)
        assert "✗ disputed" in text.split("\n", 3)[3]  # in the detail, not only in the table row
        assert "asked the agency twice" in text and "no answer by noon" in text
        assert "https://example.org/one" in text and "https://example.org/two" in text
        assert f"· {target.id} ·" in text  # the detail names the sentence by its id too


@pytest.mark.parametrize("size", SIZES)
@sync
async def test_a_saved_note_of_two_lines_shows_at_once(seed, tmp_path, size) -> None:
    db, aid, analysis = seed
    app = seed_app(seed, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        sid = longest_body_sentence(analysis).id
        await select(app, pilot, sid)
        await pilot.press("e", *"first line", "ctrl+j", *"second line", "enter")
        text = screen_text(app)  # no wait for the database: the screen shows the decision itself
        assert "first line" in text and "second line" in text
        await settle(app, pilot)
        assert stored_review((db, aid), sid).note == "first line\nsecond line"
        # editing again starts from the stored note, both lines
        await pilot.press("e")
        assert app.screen.query_one("#edit-input").text == "first line\nsecond line"


def chain_of(sentence) -> list[list[str]]:
    return [[a.source, *a.via] for a in sentence.attributions]


def check_cells(app: ReviewApp) -> int:
    """Every source and sentence cell on screen is whole or ends in an ellipsis where it is cut,
    and no line runs past the table. Returns how many rows were checked."""
    t = app.screen.query_one(SentenceTable)
    lines = screen_text(app).split("\n")[t.region.y:t.region.bottom]
    widths = t._widths
    starts = [sum(w + 2 for w in widths[:i]) + 1 for i in range(len(widths))]
    checked = 0
    for y, line in enumerate(lines[1:], start=0):
        line = line[t.region.x:t.region.right]
        row = t._top + y
        if row >= t.row_count:
            break
        s = t.sentences[row]
        assert len(line) <= t.region.width
        sentence_cell = line[starts[4]:starts[4] + widths[4]].rstrip()
        if s.role in CLAIM_ROLES:
            full = " ".join(s.text.split())
            assert sentence_cell == full or (sentence_cell.endswith("…") and full.startswith(sentence_cell[:-1])), \
                (sentence_cell, full)
        source_cell = line[starts[2]:starts[2] + widths[2]].rstrip()
        names = [n for chain in chain_of(s) for n in chain]
        if names:
            for part in source_cell.replace(SOURCES_SEPARATOR, CHAIN_SEPARATOR).split(CHAIN_SEPARATOR):
                assert part in names or (part.endswith("…") and any(n.startswith(part[:-1]) for n in names)), \
                    (part, names)
        checked += 1
    return checked


@sync
async def test_the_source_column_shows_the_chain(seed, tmp_path) -> None:
    _, _, analysis = seed
    chained = [s for s in analysis.sentences if any(a.via for a in s.attributions)]
    assert chained  # the seed cites the spy agency through a news agency
    app = seed_app(seed, tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        for s in chained:
            via = s.attributions[0].via[0]
            assert f"{CHAIN_SEPARATOR}{via[:12]}" in text, via
        assert check_cells(app) >= len(chained)


@sync
async def test_columns_fit_on_the_first_paint_and_after_every_resize(seed, tmp_path) -> None:
    app = seed_app(seed, tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:  # the wide layout: the table is 60%
        await settle(app, pilot)
        assert check_cells(app) > 5
        for size in [(80, 24), (120, 35), (60, 24), (200, 50), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert check_cells(app) > 3, size
        await pilot.press("c")  # chrome rows too
        assert check_cells(app) > 3


@sync
async def test_the_sources_screen_and_the_list_fit_after_a_resize(seed, tmp_path) -> None:
    _, _, analysis = seed
    app = seed_app(seed, tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        assert isinstance(app.screen, SourcesScreen)
        await pilot.resize_terminal(50, 24)
        await pilot.pause()
        name_col = app.screen.query_one(DataTable).columns
        width = next(iter(name_col.values())).width
        longest = max((s.name for s in analysis.sources), key=len)
        assert len(longest) > width  # the resize made the name column too narrow for it
        assert longest[: width - 1] + "…" in screen_text(app)
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        title = app.screen.query_one(DataTable)
        await pilot.resize_terminal(160, 30)
        await pilot.pause()
        assert analysis.article["headline"] in screen_text(app)  # the title column grew with the screen
        assert title.row_count == 1


@sync
async def test_c_shows_captions_and_the_page_chrome_dimmed_and_the_label_says_what_is_hidden(seed, tmp_path) -> None:
    db, aid, analysis = seed
    chrome_sentences = [s for s in analysis.sentences if s.role not in CLAIM_ROLES]
    hidden = len(chrome_sentences) + len(analysis.boilerplate)
    assert analysis.boilerplate and chrome_sentences
    app = seed_app(seed, tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        shown = len(analysis.sentences) - len(chrome_sentences)
        assert f"filter: all (f) · {shown} shown, hidden: {hidden} chrome (c)" in screen_text(app)
        await pilot.press("c")
        t = table(app)
        assert t.row_count == len(analysis.sentences) + len(analysis.boilerplate)
        assert "hidden" not in screen_text(app).split("\n")[-2]
        # the chrome is in text order, labelled with why it was left out, and dimmed
        first = analysis.boilerplate[0]
        row = next(i for i, s in enumerate(t.sentences) if s.start == first.start)
        assert all(s.start < first.start for s in t.sentences[:row])
        t.move_cursor(row=row)
        await pilot.pause()
        label = f"[{first.reason.replace('_', ' ')}] {first.text}"
        assert any(label[:20] in line for line in screen_text(app).split("\n"))
        strip = t.render_line(row - t._top + 1)
        assert all(seg.style is None or seg.style.dim for seg in strip if seg.text.strip() and "[" not in seg.text)
        assert "left out of the analysis" in screen_text(app)
        # page chrome is never reviewed: a status key writes nothing
        await pilot.press("3")
        await settle(app, pilot)
        with Store(db) as store:
            assert store.reviews(aid) == {}
        await pilot.press("f")  # flagged: the status line says how many are unflagged, chrome included
        flagged = sum(1 for s in analysis.sentences if s.flags)
        rows = len(analysis.sentences) + len(analysis.boilerplate)
        assert f"{flagged} shown, hidden: {rows - flagged} unflagged" in screen_text(app)
        assert isinstance(app.screen, ArticleScreen)
