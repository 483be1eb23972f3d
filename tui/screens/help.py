"""Every key binding of the app, by screen."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

HelpSections = list[tuple[str, list[tuple[str, str]]]]


def binding_rows(bindings: list[Binding], display) -> list[tuple[str, str]]:
    """(key, description) pairs; a binding with several keys is one row."""
    rows = []
    for b in bindings:
        if not b.description:
            continue
        rows.append((display(b), b.tooltip or b.description))
    return rows


def help_text(sections: HelpSections) -> Text:
    out = Text()
    width = max((len(k) for _, rows in sections for k, _ in rows), default=4) + 2
    for i, (title, rows) in enumerate(sections):
        if i:
            out.append("\n")
        out.append(title, style="bold underline")
        out.append("\n")
        for key, description in rows:
            out.append(f"  {key:<{width}}", style="bold")
            out.append(description)
            out.append("\n")
    out.append("\nStatuses: · unreviewed  ? needs check  ✓ verified  ✗ disputed  ~ unverifiable  - not a claim\n",
               style="dim")
    out.append("escape or ? closes this help", style="dim")
    return out


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("question_mark", "dismiss", "Close", key_display="?"),
    ]

    def __init__(self, sections: HelpSections) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_text(self.sections), id="help-body")
