"""Small modals: a note (several lines) and an evidence URL."""

from __future__ import annotations

from urllib.parse import urlparse

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, Label, Static, TextArea


def valid_url(value: str) -> str | None:
    """An error message, or None when `value` is an http(s) URL with a host."""
    value = value.strip()
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or any(c.isspace() for c in value):
        return "an evidence link is an http:// or https:// URL"
    return None


class EditScreen(ModalScreen[str | None]):
    """Returns the entered text (enter) or None (escape)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, subject: Text, value: str = "", *, kind: str = "note",
                 placeholder: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.subject = subject
        self.value = value
        self.kind = kind
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-box"):
            yield Label(Text(self.title_text, style="bold"), id="edit-title")
            yield Static(self.subject, id="edit-subject")
            yield self.field()
            yield Label(Text(self.HINT, style="dim"), id="edit-error")

    HINT = "enter save · escape cancel"

    def field(self) -> Widget:
        placeholder = self.placeholder or ("https://..." if self.kind == "evidence" else "a note for this sentence")
        return Input(value=self.value, placeholder=placeholder, id="edit-input")

    def on_mount(self) -> None:
        self.query_one("#edit-input").focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if self.kind == "evidence":
            error = valid_url(value)
            if error:
                self.query_one("#edit-error", Label).update(Text(error, style="bold red"))
                return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteArea(TextArea):
    """A TextArea where enter saves, as in every other box of the app, and ctrl+j (or shift+enter,
    where the terminal sends it) starts a new line. Pasted text keeps its lines."""

    NEW_LINE_KEYS = ("ctrl+j", "shift+enter")

    class Submitted(Message):
        pass

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted())
            return
        if event.key in self.NEW_LINE_KEYS:
            event.stop()
            event.prevent_default()
            self.insert("\n")
            return
        await super()._on_key(event)


class NoteScreen(EditScreen):
    """Returns the note (enter) or None (escape). A note may span several lines."""

    HINT = "enter save · ctrl+j new line · escape cancel"

    def field(self) -> Widget:
        return NoteArea(self.value, id="edit-input", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")

    def on_mount(self) -> None:
        area = self.query_one(NoteArea)
        area.focus()
        area.move_cursor(area.document.end)

    def on_note_area_submitted(self, event: NoteArea.Submitted) -> None:
        event.stop()
        self.dismiss(self.query_one(NoteArea).text.strip())
