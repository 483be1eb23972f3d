"""Choose one of a sentence's evidence links: to open it, or to remove it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.present import one_line


class LinksScreen(ModalScreen[str | None]):
    """Returns the chosen link (enter) or None (escape)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, title: str, subject: Text, links: list[str]) -> None:
        super().__init__()
        self.title_text = title
        self.subject = subject
        self.links = list(links)

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-box"):
            yield Label(Text(self.title_text, style="bold"), id="edit-title")
            yield Static(self.subject, id="edit-subject")
            yield OptionList(*(Option(one_line(url), id=str(i)) for i, url in enumerate(self.links)),
                             id="links-list")
            yield Label(Text("enter choose · escape cancel", style="dim"))

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.links[int(event.option.id or 0)])

    def action_cursor_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)
