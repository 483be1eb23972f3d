"""The review app: article list -> article -> sources / headline checks / help / edit modals."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import App
from textual.binding import Binding

from factcheck.config import Config
from factcheck.config import load as load_config
from factcheck.config import save as save_config
from factcheck.errors import FactcheckError
from tui import db
from tui.commands import ReviewCommands
from tui.messages import ReviewWritten
from tui.screens.article import ArticleScreen
from tui.screens.article_list import ArticleListScreen
from tui.screens.attribution import AttributionScreen
from tui.screens.checks import ChecksScreen
from tui.screens.edit import EditScreen
from tui.screens.help import HelpScreen, binding_rows
from tui.screens.sources import SourcesScreen
from tui.widgets import SentenceTable

OTHER_KEYS = [
    ("tab", "Move focus to the detail pane (arrows scroll it)"),
    ("mouse", "Click a row to select it; scroll with the wheel; click the scrollbar to jump"),
]


class ReviewApp(App[None]):
    """Walk an article's sources and flags with the keyboard; every decision goes to the store."""

    CSS_PATH = "app.tcss"
    TITLE = "factcheck review"
    COMMANDS = App.COMMANDS | {ReviewCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (140, "-wide")]
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?", tooltip="Help: every key"),
        Binding("q", "quit", "Quit", tooltip="Quit (every decision is already saved)"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, tooltip="Command palette: every action by name"),
    ]

    def __init__(
        self,
        db_path: str | Path,
        article_id: str | None = None,
        *,
        export_dir: str | Path | None = None,
        samples_dir: str | Path | None = None,
        reviewer: str | None = None,
        config: Config | None = None,
    ) -> None:
        super().__init__()
        self.config_error: str | None = None
        if config is None:
            try:
                config = load_config()
            except FactcheckError as e:  # a broken settings file must not keep the review from opening
                self.config_error, config = str(e), Config()
        self.config = config
        # Options given on the command line win over the settings file, for this run only.
        self.db_path = Path(db_path)
        self.initial_article = article_id
        self.export_dir = Path(export_dir) if export_dir is not None else config.export_path or Path.cwd()
        self.samples_dir = Path(samples_dir) if samples_dir is not None else None
        self.reviewer = reviewer or config.reviewer
        if config.theme and config.theme in self.available_themes:
            self.theme = config.theme
        self.writer = db.Writer(self.db_path, on_outcome=lambda o: self.post_message(ReviewWritten(o)))

    def on_mount(self) -> None:
        if self.config_error:
            self.notify(f"settings not used: {self.config_error}", severity="warning", timeout=8)
        # Subscribed after start-up, so only a theme the user picks (palette or settings) is saved.
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        # With an article, the list is only built when the user goes back to it: loading both at
        # once made their database reads contend and delayed the article's first paint.
        if self.initial_article:
            self.open_article(self.initial_article)
        else:
            self.push_screen(ArticleListScreen(self.samples_dir))

    def back_to_list(self) -> None:
        """Close the article screen on top and show the article list."""
        if any(isinstance(s, ArticleListScreen) for s in self.screen_stack[:-1]):
            self.pop_screen()
        else:
            self.switch_screen(ArticleListScreen(self.samples_dir))

    def open_article(self, article_id: str) -> None:
        self.push_screen(ArticleScreen(article_id))

    # -- writes ---------------------------------------------------------------------------------
    def write(self, change: db.Change) -> None:
        """Queue a decision and write it in a worker thread; the UI has already shown it."""
        self.writer.submit(change)
        # Start the writer once the decision is painted: its thread would otherwise hold the GIL
        # while the screen is still drawing the key's effect.
        self.call_after_refresh(self._write_pending)

    @work(thread=True, group="write", exit_on_error=False)
    def _write_pending(self) -> None:
        try:
            self.writer.drain()
        except Exception as e:  # the database itself failed (locked, gone): keep the queue, say so
            self.call_from_thread(self.notify, f"cannot write to the database: {e}; {self.writer.pending} "
                                  "decision(s) kept, retried with the next one or on quit", severity="error")

    def on_review_written(self, message: ReviewWritten) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ArticleScreen) and screen.article_id == message.outcome.change.article_id:
                screen.review_written(message.outcome)
                return
        if message.outcome.error is not None:
            self.notify(f"not saved: {message.outcome.error}", severity="error")

    async def flush(self) -> None:
        """Wait until every queued decision is in the database (or the database failed: then
        `tui.run` tries once more after the screen is gone and reports it on one line)."""
        worker = self._write_pending()
        await self.workers.wait_for_complete([worker])

    async def action_quit(self) -> None:
        await self.flush()
        self.exit()

    # -- settings -------------------------------------------------------------------------------
    def _theme_changed(self, theme) -> None:
        if theme.name != self.config.theme:
            self.config.theme = theme.name
            self.save_settings()

    @work(thread=True, exclusive=True, group="settings", exit_on_error=False)
    def save_settings(self) -> None:
        """Write the settings file (a worker: it is a file write)."""
        try:
            save_config(self.config)
        except Exception as e:  # a read-only config directory costs the setting, not the review
            self.call_from_thread(self.notify, f"settings not saved: {e}", severity="warning")

    def action_set_reviewer(self) -> None:
        def done(value: str | None) -> None:
            if value is not None:
                self.reviewer = self.config.reviewer = value.strip() or None
                self.save_settings()
                self.notify(f"decisions are now recorded as {self.reviewer or 'your login name'}", timeout=4)

        self.push_screen(EditScreen("Reviewer name (kept in the settings file)",
                                    Text("recorded with each decision; empty: your login name", style="dim"),
                                    self.reviewer or "", placeholder="your name"), done)

    def action_set_export_dir(self) -> None:
        def done(value: str | None) -> None:
            if value:
                self.config.export_dir = value
                self.export_dir = self.config.export_path or Path.cwd()
                self.save_settings()
                self.notify(f"x now writes the checklist into {self.export_dir}", timeout=4)

        self.push_screen(EditScreen("Export folder (kept in the settings file)",
                                    Text("where x writes the checklist; ~ is your home", style="dim"),
                                    str(self.config.export_dir or self.export_dir), placeholder="a folder"), done)

    # -- help -----------------------------------------------------------------------------------
    def help_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        display = self.get_key_display
        return [
            ("Article", binding_rows(SentenceTable.BINDINGS, display) + OTHER_KEYS
             + binding_rows(ArticleScreen.BINDINGS, display)),
            ("Everywhere", binding_rows(ReviewApp.BINDINGS, display)),
            ("Article list", binding_rows(ArticleListScreen.BINDINGS, display)),
            ("Sources", binding_rows(SourcesScreen.BINDINGS, display)),
            ("Headline checks", binding_rows(ChecksScreen.BINDINGS, display)),
            ("Source editor (a)", [("enter / e", "Edit the highlighted source (in the list)"),
                                   ("n / d", "New source / remove the highlighted one (in the list)"),
                                   ("enter", "Put the source in the fields into the list (in a field)"),
                                   ("up / down", "Take a name among the article's sources (in the name field)"),
                                   *binding_rows(AttributionScreen.BINDINGS[:4], display)]),
            ("Note / evidence", [("enter", "Save"), ("ctrl+j", "New line in a note (shift+enter where the terminal "
                                                         "sends it)"), *binding_rows(EditScreen.BINDINGS, display)]),
        ]

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen(self.help_sections()))
