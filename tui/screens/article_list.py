"""The articles in the database; when there are none, the bundled samples to try."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from tui import db
from tui.messages import ArticlesLoaded, LoadFailed, SampleImported
from tui.present import fitted, one_line
from tui.samples import list_samples


class ArticleListScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "open", "Open", key_display="enter"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("r", "reload", "Reload"),
    ]

    def __init__(self, samples_dir: Path | None = None) -> None:
        super().__init__()
        self.articles: list[dict] = []
        self.samples: list[Path] = []
        self.samples_dir = samples_dir
        self._filled_at = 0

    def compose(self) -> ComposeResult:
        yield Static(Text("Articles", style="bold"), id="list-title", classes="screen-title")
        yield DataTable(cursor_type="row", id="articles")
        yield Static(id="list-hint")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()

    # Resume comes on the first push too, and again whenever an article screen closes (fresh counts).
    def on_screen_resume(self) -> None:
        self.load()

    def action_reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        self.app.writer.drain()
        try:
            articles = db.read_articles(self.app.db_path)
        except Exception as e:  # shown on screen; the app stays usable
            self.post_message(LoadFailed(str(e) or type(e).__name__))
            return
        self.post_message(ArticlesLoaded(articles))

    def on_resize(self) -> None:
        if self.articles and self._filled_at != self.size.width:
            self.on_articles_loaded(ArticlesLoaded(self.articles))  # the title column takes the new width

    def on_load_failed(self, message: LoadFailed) -> None:
        self.notify(f"cannot read the database: {message.error}", severity="error")

    def on_articles_loaded(self, message: ArticlesLoaded) -> None:
        self.articles = message.articles
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear(columns=True)
        title = self.query_one("#list-title", Static)
        hint = self.query_one("#list-hint", Static)
        if self.articles:
            self.samples = []
            title.update(Text(f"Articles ({len(self.articles)})", style="bold"))
            self._filled_at = self.size.width or self.app.size.width
            width = max(12, self._filled_at - 2 - 2 * 5 - 9 - 8 - 9 - 10)
            table.add_column(Text("title"), width=width, key="title")
            table.add_column(Text("sentences"), width=9, key="sentences")
            table.add_column(Text("flagged"), width=8, key="flagged")
            table.add_column(Text("reviewed"), width=9, key="reviewed")
            table.add_column(Text("id"), width=10, key="id")
            for a in self.articles:
                table.add_row(
                    fitted(one_line(a.get("title") or a.get("origin") or "(untitled)"), width),
                    Text(str(a.get("sentences", "")), justify="right"),
                    Text(str(a.get("flagged", "")), justify="right"),
                    Text(f"{a.get('reviewed', 0)}/{a.get('items', 0)}", justify="right"),  # checklist.progress
                    Text(str(a["id"])[:10], style="dim"),
                    key=str(a["id"]),
                )
            hint.update(Text("enter opens an article · factcheck review FILE adds one", style="dim"))
            table.move_cursor(row=min(keep, table.row_count - 1), animate=False)
            return
        self.samples = list_samples(self.samples_dir)
        title.update(Text("No articles yet", style="bold"))
        if not self.samples:
            hint.update(Text("The database is empty. Run: factcheck review ARTICLE", style="dim"))
            return
        table.add_column(Text("bundled sample"), key="sample")
        for p in self.samples:
            table.add_row(one_line(p.name), key=str(p))
        hint.update(Text("The database is empty: enter imports a bundled sample to try, "
                         "or run factcheck review ARTICLE", style="dim"))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return
        row = table.cursor_row
        if self.articles:
            self.app.open_article(str(self.articles[row]["id"]))
        elif self.samples:
            self.notify(f"importing {self.samples[row].name}…", timeout=2)
            self.import_sample(self.samples[row])

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def import_sample(self, path: Path) -> None:
        try:
            article_id = db.import_file(self.app.db_path, path)
        except Exception as e:  # a broken sample is reported, not fatal
            self.post_message(LoadFailed(str(e) or type(e).__name__))
            return
        self.post_message(SampleImported(article_id))

    def on_sample_imported(self, message: SampleImported) -> None:
        self.app.open_article(message.article_id)
