"""The shape the sources and headline-checks screens share: a list over one analysis that j/k
move through, enter chooses from, and escape (or the key that opened it) leaves."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

from factcheck.model import Analysis


def picker_bindings(choose: str, opened_by: str) -> list[Binding]:
    return [
        Binding("enter", "choose", choose, key_display="enter"),
        Binding("escape", "dismiss", "Back"),
        Binding(opened_by, "dismiss", "Back", show=False),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class PickerScreen(Screen[str | None]):
    LIST: type[Widget] = Widget

    def __init__(self, analysis: Analysis, numbers: dict[str, int]) -> None:
        super().__init__()
        self.analysis = analysis
        self.numbers = numbers

    def action_cursor_down(self) -> None:
        self.query_one(self.LIST).action_cursor_down()  # type: ignore[attr-defined]

    def action_cursor_up(self) -> None:
        self.query_one(self.LIST).action_cursor_up()  # type: ignore[attr-defined]
