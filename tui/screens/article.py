"""The article: headline checks on top, the sentence table, the selected sentence in detail."""

from __future__ import annotations

import gc
from collections import Counter
from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from factcheck.checklist import display_numbers, progress
from factcheck.corrections import Corrected, Reading
from factcheck.language import NOT_ENGLISH
from factcheck.model import Analysis, Sentence
from factcheck.store import STATUSES, Review
from factcheck.text_safety import printable
from tui import db
from tui.messages import ArticleLoaded, Exported, LoadFailed
from tui.present import (
    FILTERS,
    ChromeLine,
    fit_names,
    hidden_text,
    is_flagged,
    one_line,
    source_chains,
    told_about,
    visible_sentences,
)
from tui.screens.attribution import AttributionResult, AttributionScreen, article_source_names, describe_sources
from tui.screens.checks import ChecksScreen
from tui.screens.edit import EditScreen, NoteScreen
from tui.screens.links import LinksScreen
from tui.screens.sources import SourcesScreen, corrected_names
from tui.widgets import DetailPane, HeadlineBar, ReviewBox, SentenceTable, detail_text


def settle_memory() -> None:
    """Collect once, then freeze what is left out of the collector's sight.

    A 1,000-sentence analysis is ~10^5 long-lived objects; every full collection walked them
    all (~100 ms at a time, every few keys). Done after the first paint, so it never delays it.
    """
    gc.unfreeze()  # an article opened earlier may now be garbage
    gc.collect()
    gc.freeze()


def _status_bindings() -> list[Binding]:
    return [
        Binding(str(i), f"set_status('{status}')", status.replace("_", " "),
                tooltip=f"Set the status: {status.replace('_', ' ')}", show=False)
        for i, status in enumerate(STATUSES, start=1)
    ]


def clipboard_text(sentence: Sentence) -> str:
    """The sentence and who it rests on, ready to paste into a message or a document."""
    text = " ".join(printable(sentence.text).split())
    chains = source_chains(sentence, reporting=True)
    if chains:
        return f"{text}\n(source: {fit_names(chains)})"
    actors = told_about(sentence)
    about = f"; about: {fit_names([[n] for n in actors])}" if actors else ""
    return f"{text}\n(no source named{about})"


class ArticleScreen(Screen[None]):
    """One article under review. All database work happens in thread workers."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", tooltip="Next sentence", show=False),
        Binding("k", "cursor_up", "Up", tooltip="Previous sentence", show=False),
        Binding("g", "first", "First", tooltip="First sentence", show=False),
        Binding("G", "last", "Last", tooltip="Last sentence", show=False),
        Binding("n", "next_flagged", "Next flag", tooltip="Next flagged sentence", show=False),
        Binding("N", "previous_flagged", "Prev flag", tooltip="Previous flagged sentence", show=False),
        *_status_bindings(),
        Binding("a", "attribution", "Correct", tooltip="Correct the sources of this sentence"),
        Binding("e", "edit_note", "Note", tooltip="Edit the note of this sentence (several lines allowed)"),
        Binding("o", "add_evidence", "Link", tooltip="Add an evidence URL to this sentence"),
        Binding("O", "open_evidence", "Open link", tooltip="Open this sentence's evidence link in the browser",
                show=False),
        Binding("d", "remove_evidence", "Remove link", tooltip="Remove one of this sentence's evidence links",
                show=False),
        Binding("y", "copy", "Copy", tooltip="Copy the sentence with its source to the clipboard", show=False),
        # f and h are named where their state shows (the status line, the headline bar), which
        # leaves the footer room for every other key at 80 columns.
        Binding("f", "cycle_filter", "Filter", tooltip="Cycle the filter: all, flagged, unreviewed", show=False),
        Binding("slash", "search", "Find", key_display="/", tooltip="Search sentences and source names"),
        Binding("s", "sources", "Sources", tooltip="Sources: choose one to filter the table"),
        Binding("h", "checks", "Checks", tooltip="Headline checks: jump to their evidence sentences", show=False),
        Binding("c", "toggle_chrome", "Chrome", tooltip="Show or hide captions, bylines and page chrome (dimmed)",
                show=False),
        Binding("x", "export", "Export", tooltip="Export the Markdown checklist (the notice says where)"),
        Binding("escape", "back", "Back", tooltip="Clear the search and source filter, else back to the list",
                show=False),
    ]

    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.analysis: Analysis | None = None
        self.meta: dict = {}
        self.reviews: dict[str, Review] = {}
        self.numbers: dict[str, int] = {}
        self.by_id: dict[str, Sentence] = {}
        self.corrected: Corrected | None = None
        self._loaded = False
        self.rows: list[Sentence] = []
        self.hidden: Counter = Counter()
        self.filter_name = "all"
        self.source_filter: str | None = None
        self.search = ""
        self._search_before = ""
        self.show_chrome = False
        self._detail_of: tuple[str, Review] | None = None

    # -- layout ---------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield HeadlineBar(Text("loading…", style="dim"), id="headline")
        with Container(id="main"):
            yield SentenceTable(id="sentences")
            with Vertical(id="detail"):
                yield DetailPane(id="detail-text")
                yield ReviewBox(id="review")
        yield Static(id="status-line")
        yield Input(placeholder="search sentences and sources: enter keeps it, escape cancels", id="search")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        table = self.query_one(SentenceTable)
        table.on_cursor = self.show_detail
        table.focus()
        self.load()

    def on_unmount(self) -> None:
        gc.unfreeze()  # this analysis may be garbage now; let the collector see it again

    # -- loading --------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        self.app.writer.drain()  # reads see every decision already made
        try:
            data = db.read_article(self.app.db_path, self.article_id)
        except Exception as e:  # the screen reports it; a bad article must not take the app down
            self.post_message(LoadFailed(str(e) or type(e).__name__))
            return
        self.post_message(ArticleLoaded(data))

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        data = message.data
        self.analysis = data.analysis
        self.meta = data.meta
        self.reviews = dict(data.reviews)
        self.corrected = data.corrected
        self.numbers = display_numbers(self.analysis)
        self.by_id = {s.id: s for s in self.analysis.sentences}
        self.query_one(SentenceTable).corrected = set(data.corrected.corrected) if data.corrected else set()
        self.query_one(HeadlineBar).show(self.analysis)
        self._detail_of = None  # a reload may bring a correction the cached detail does not show
        self.refill()
        self.call_after_refresh(settle_memory)
        first_load, self._loaded = not self._loaded, True
        if not first_load:
            return  # a reload after a correction: the orphans were reported when the article opened
        if not self.analysis.reads_as_english():
            self.notify(NOT_ENGLISH, severity="warning", timeout=10)
        if data.corrected and data.corrected.orphaned:
            self.notify(f"{len(data.corrected.orphaned)} source correction(s) belong to sentences no longer in "
                        "the analysis (the export lists them)", severity="warning")
        if data.orphaned:
            self.notify(f"{len(data.orphaned)} earlier decision(s) belong to sentences no longer in the analysis",
                        severity="warning")

    def on_load_failed(self, message: LoadFailed) -> None:
        self.notify(f"cannot open the article: {message.error}", severity="error")
        self.app.back_to_list()

    # -- table ----------------------------------------------------------------------------------
    def statuses(self) -> dict[str, str]:
        return {sid: r.status for sid, r in self.reviews.items()}

    def refill(self, keep: str | None = None) -> None:
        if self.analysis is None:
            return
        table = self.query_one(SentenceTable)
        keep = keep or table.current_id
        self.hidden = Counter()
        self.rows = visible_sentences(self.analysis, self.statuses(), filter_name=self.filter_name,
                                      source=self.source_filter, search=self.search, show_chrome=self.show_chrome,
                                      hidden=self.hidden)
        table.fill(self.rows, self.statuses(), self.numbers, keep=keep)
        self.update_status_line()
        self.show_detail()

    def update_status_line(self) -> None:
        """Source, search and filter first, then what they hide: the line is cut at its end."""
        out = Text(no_wrap=True, overflow="ellipsis")
        if self.source_filter is not None:
            out.append("source: ")
            out.append_text(one_line(self.source_filter, style="bold"))
            out.append(" · ")
        if self.search:
            out.append("search: ")
            out.append_text(one_line(self.search, style="bold"))
            out.append(" · ")
        out.append(f"filter: {self.filter_name}", style="bold")
        out.append(" (f)", style="dim")
        out.append(f" · {len(self.rows)} shown")
        if sum(self.hidden.values()):
            out.append(f", hidden: {hidden_text(self.hidden)}")
            if self.hidden.get("chrome"):
                out.append(" (c)", style="dim")
        done = progress(self.analysis, self.reviews) if self.analysis else None  # as list and export count
        if done is not None:
            out.append(f" · {done.reviewed}/{done.total} reviewed")
        if self.source_filter is not None or self.search:
            out.append("  (escape clears)", style="dim")
        else:
            out.append(" · 1-6 status · n/N flags", style="dim")
        self.query_one("#status-line", Static).update(out)

    def current(self) -> Sentence | None:
        """The selected sentence; None on a line of page chrome, which cannot be reviewed."""
        sid = self.query_one(SentenceTable).current_id
        return self.by_id.get(sid) if sid else None

    def current_row(self) -> Sentence | None:
        """The selected row: a sentence or a line of page chrome."""
        table = self.query_one(SentenceTable)
        return self.rows[table.cursor_row] if self.rows and table.cursor_row < len(self.rows) else None

    def review_of(self, sentence_id: str) -> Review:
        return self.reviews.get(sentence_id) or Review(sentence_id=sentence_id)

    def show_detail(self, force: bool = False) -> None:
        """Show the current sentence in the detail pane, unless it is already there."""
        pane = self.query_one(DetailPane)
        box = self.query_one(ReviewBox)
        row = self.current_row()
        if row is None or self.analysis is None:
            self._detail_of = None
            box.show(None)
            pane.clear("No sentence matches the current filter (f cycles it, escape clears source and search).")
            return
        review = None if isinstance(row, ChromeLine) else self.review_of(row.id)
        if not force and self._detail_of == (row.id, review):
            return
        self._detail_of = (row.id, replace(review, evidence=list(review.evidence)) if review else None)
        reading = self.corrected.corrected.get(row.id) if self.corrected else None
        pane.show(detail_text(self.analysis, row, self.numbers.get(row.id), reading))
        box.show(review)

    # -- movement -------------------------------------------------------------------------------
    def action_cursor_down(self) -> None:
        self.query_one(SentenceTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(SentenceTable).action_cursor_up()

    def action_first(self) -> None:
        self.query_one(SentenceTable).move_cursor(row=0)

    def action_last(self) -> None:
        table = self.query_one(SentenceTable)
        table.move_cursor(row=max(0, table.row_count - 1))

    def _jump_flagged(self, step: int) -> None:
        table = self.query_one(SentenceTable)
        if not self.rows:
            return
        i = table.cursor_row + step
        while 0 <= i < len(self.rows):
            if is_flagged(self.rows[i]):
                table.move_cursor(row=i)
                return
            i += step
        self.notify("no more flagged sentences " + ("below" if step > 0 else "above"), timeout=2)

    def action_next_flagged(self) -> None:
        self._jump_flagged(1)

    def action_previous_flagged(self) -> None:
        self._jump_flagged(-1)

    def jump_to(self, sentence_id: str) -> None:
        """Show `sentence_id`, clearing whatever filter hides it."""
        table = self.query_one(SentenceTable)
        if table.index_of(sentence_id) is None:
            s = self.by_id.get(sentence_id)
            if s is None:
                self.notify("that sentence is not in this analysis", severity="warning")
                return
            self.filter_name, self.source_filter, self.search = "all", None, ""
            self.show_chrome = self.show_chrome or s.role not in ("headline", "standfirst", "body")
            self.refill(keep=sentence_id)
        index = table.index_of(sentence_id)
        if index is not None:
            table.move_cursor(row=index)
        table.focus()

    # -- decisions ------------------------------------------------------------------------------
    def _decide(self, field: str, value: str, s: Sentence | None = None) -> None:
        s = s or self.current()
        if s is None:
            self.app.bell()
            return
        old = self.review_of(s.id)
        if field == "status":
            new = replace(old, status=value)
        elif field == "note":
            new = replace(old, note=value)
        elif field == "evidence_removed":
            new = replace(old, evidence=[u for u in old.evidence if u != value])
        else:
            new = replace(old, evidence=[*old.evidence, value])
        self.reviews[s.id] = new
        self.app.write(db.Change(self.article_id, s.id, field, value, self.app.reviewer))
        if field == "status":
            self.query_one(SentenceTable).set_status(s.id, value)
            self.update_status_line()
        self.show_detail()

    def action_set_status(self, status: str) -> None:
        self._decide("status", status)

    def review_written(self, outcome: db.Outcome) -> None:
        """The store's answer to one decision: keep its record (timestamps), or report the failure."""
        sid = outcome.change.sentence_id
        if outcome.error is not None:
            self.notify(f"not saved: {outcome.error}", severity="error")
            self.load()  # show what the database holds, not the decision that failed
            return
        if outcome.change.corrects_sources:
            # Flags, the Sources list and the progress all follow a correction: read them back as
            # the core computes them (a worker), the cursor stays where it is.
            self.load()
            return
        if outcome.review is not None and self.reviews.get(sid) is not None:
            # A later decision on the same sentence may still be queued; only fill in what the UI lacks.
            mine = self.reviews[sid]
            self.reviews[sid] = replace(mine, updated_at=outcome.review.updated_at, reviewer=outcome.review.reviewer)
        current = self.current()
        if current is not None and current.id == sid:
            self.show_detail()

    def _subject(self, s: Sentence) -> Text:
        out = Text(f"#{self.numbers.get(s.id, '?')} ", style="dim")
        out.append_text(one_line(s.text))
        out.truncate(240, overflow="ellipsis")
        return out

    def action_attribution(self) -> None:
        s = self.current()
        if s is None or self.analysis is None:
            self.app.bell()
            return
        reading = self.corrected.reading(s.id) if self.corrected else Reading(s, s)

        def done(result: AttributionResult | None) -> None:
            if result is None:
                return
            if result.reset:
                change = db.Change(self.article_id, s.id, "sources_reset", "", self.app.reviewer)
                self.notify("back to the machine's reading of the sources", timeout=3)
            else:
                change = db.Change(self.article_id, s.id, "sources", result.note, self.app.reviewer,
                                   sources=tuple(result.sources))
                self.notify("sources corrected: " + (describe_sources(result.sources) or "no source"), timeout=3)
            self.app.write(change)

        names = article_source_names(self.corrected.machine if self.corrected else self.analysis, self.analysis)
        self.app.push_screen(AttributionScreen(self._subject(s), reading, names), done)

    def action_edit_note(self) -> None:
        s = self.current()
        if s is None:
            self.app.bell()
            return

        def done(value: str | None) -> None:
            if value is not None and value != self.review_of(s.id).note:
                self._decide("note", value, s)

        self.app.push_screen(NoteScreen("Note", self._subject(s), self.review_of(s.id).note), done)

    def action_add_evidence(self) -> None:
        s = self.current()
        if s is None:
            self.app.bell()
            return

        def done(value: str | None) -> None:
            if value:
                self._decide("evidence", value, s)

        self.app.push_screen(EditScreen("Add an evidence link", self._subject(s), kind="evidence"), done)

    def _links(self, verb: str) -> tuple[Sentence, list[str]] | None:
        s = self.current()
        links = self.review_of(s.id).evidence if s is not None else []
        if s is None or not links:
            self.notify(f"no evidence link to {verb} on this sentence (o adds one)", timeout=3)
            return None
        return s, links

    def action_open_evidence(self) -> None:
        found = self._links("open")
        if found is None:
            return
        s, links = found
        if len(links) == 1:
            self.open_link(links[0])
            return
        self.app.push_screen(LinksScreen("Open which link?", self._subject(s), links),
                             lambda url: url and self.open_link(url))

    def open_link(self, url: str) -> None:
        self.notify(f"opening {url}", timeout=3)
        self._open_in_browser(url)

    @work(thread=True, group="browser", exit_on_error=False)
    def _open_in_browser(self, url: str) -> None:
        # In a thread: webbrowser may wait for the browser to start.
        self.app.open_url(url)

    def action_remove_evidence(self) -> None:
        found = self._links("remove")
        if found is None:
            return
        s, links = found

        def done(url: str | None) -> None:
            if url and url in self.review_of(s.id).evidence:
                self._decide("evidence_removed", url, s)
                self.notify(f"removed {url}", timeout=3)

        self.app.push_screen(LinksScreen("Remove which link? (enter removes it)", self._subject(s), links), done)

    def action_copy(self) -> None:
        s = self.current()
        if s is None:
            self.app.bell()
            return
        text = clipboard_text(s)
        self.app.copy_to_clipboard(text)
        self.notify("copied: " + (text if len(text) <= 80 else text[:79] + "…"), timeout=3)

    # -- filters --------------------------------------------------------------------------------
    def action_cycle_filter(self) -> None:
        self.filter_name = FILTERS[(FILTERS.index(self.filter_name) + 1) % len(FILTERS)]
        self.refill()

    def action_toggle_chrome(self) -> None:
        self.show_chrome = not self.show_chrome
        self.refill()
        self.notify("captions and page chrome " + ("shown (dimmed)" if self.show_chrome else "hidden"), timeout=2)

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        self._search_before = self.search
        box.value = self.search
        box.display = True
        box.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.input.display and event.value.strip() != self.search:
            self.search = event.value.strip()  # live: the table narrows as you type
            self.refill()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._close_search()

    def _close_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = False
        self.query_one(SentenceTable).focus()

    def action_back(self) -> None:
        box = self.query_one("#search", Input)
        if box.display:  # escape while typing: back to the search there was before
            self._close_search()
            if self.search != self._search_before:
                self.search = self._search_before
                self.refill()
            return
        if self.source_filter is not None or self.search:
            self.source_filter, self.search = None, ""
            self.refill()
            return
        self.app.back_to_list()

    def action_sources(self) -> None:
        if self.analysis is None:
            return

        def done(name: str | None) -> None:
            if name is not None:
                self.source_filter = name
                self.filter_name = "all"
                self.refill()

        self.app.push_screen(SourcesScreen(self.analysis, self.numbers, corrected_names(self.corrected)), done)

    def action_checks(self) -> None:
        if self.analysis is None:
            return

        def done(sentence_id: str | None) -> None:
            if sentence_id:
                self.jump_to(sentence_id)

        self.app.push_screen(ChecksScreen(self.analysis, self.numbers), done)

    # -- export ---------------------------------------------------------------------------------
    def action_export(self) -> None:
        if self.analysis is None:
            return
        self.notify("writing the checklist…", timeout=2)
        self.export()

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self) -> None:
        self.app.writer.drain()
        try:
            path = db.export_markdown(self.app.db_path, self.article_id, Path(self.app.export_dir))
        except Exception as e:  # reported on screen: a full disk must not end the review
            self.post_message(Exported(None, str(e) or type(e).__name__))
            return
        self.post_message(Exported(path))

    def on_exported(self, message: Exported) -> None:
        if message.error is not None:
            self.notify(f"export failed: {message.error}", severity="error")
        else:
            self.notify(f"checklist written to {message.path}", title="Exported", timeout=8)
