"""The sentence table: status, source, flags and the sentence, one row per sentence."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from factcheck.model import Sentence
from tui.present import CLAIM_ROLES, STATUS_STYLES, STATUS_SYMBOLS, flags_text, one_line, source_text, status_text

SHORT_STATUS = {
    "unreviewed": "·",
    "needs_check": "? check",
    "verified": "✓ verified",
    "disputed": "✗ disputed",
    "unverifiable": "~ unverif.",
    "not_a_claim": "- no claim",
}
WIDE = 100  # from this many columns on, full status words and wider source names


def short_status_text(status: str) -> Text:
    return Text(SHORT_STATUS.get(status, STATUS_SYMBOLS.get(status, "")), style=STATUS_STYLES.get(status, ""))


class Cell:
    """A literal Text cell that measures in constant time.

    DataTable measures every cell of every new row when idle, even in fixed-width columns; with
    Text's word-by-word measure that was ~0.3 s for 1,000 rows, just before the first paint.
    """

    __slots__ = ("text",)

    def __init__(self, text: Text) -> None:
        text.no_wrap = True
        text.overflow = "ellipsis"
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        width = self.text.cell_len
        return Measurement(width, width)


class SentenceTable(DataTable):
    """A DataTable keyed by sentence id; every cell is a literal Text."""

    DEFAULT_CSS = """
    SentenceTable { height: 1fr; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self._full = False
        self.on_cursor: Callable[[], None] | None = None

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        super().watch_cursor_coordinate(old, new)
        # Update the detail in the same frame as the cursor: waiting for the RowHighlighted
        # message often cost a second paint per key.
        if self.on_cursor is not None and old != new:
            self.on_cursor()

    def fill(self, sentences: list[Sentence], statuses: dict[str, str], numbers: dict[str, int], width: int) -> None:
        """Replace every row. Fixed column widths: measuring 1,000 cells would cost the first paint."""
        self.clear(columns=True)
        self._full = width >= WIDE
        num_w = max(2, len(str(max(numbers.values(), default=1))))
        status_w = 14 if self._full else 10
        source_w = max(16, min(32, width // 5))
        flags_w = 12
        used = num_w + status_w + source_w + flags_w + 2 * 5 + 2
        self.add_column(Text("#"), width=num_w, key="num")
        self.add_column(Text("status"), width=status_w, key="status")
        self.add_column(Text("source"), width=source_w, key="source")
        self.add_column(Text("flags"), width=flags_w, key="flags")
        self.add_column(Text("sentence"), width=max(20, width - used), key="sentence")
        for s in sentences:
            self.add_row(*self._cells(s, statuses.get(s.id, "unreviewed"), numbers[s.id]), key=s.id)

    def set_status(self, sentence_id: str, status: str) -> None:
        if sentence_id in self.rows:
            self.update_cell(sentence_id, "status",
                             Cell(status_text(status) if self._full else short_status_text(status)))

    @property
    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return key.value

    def index_of(self, sentence_id: str) -> int | None:
        return self.get_row_index(sentence_id) if sentence_id in self.rows else None

    def _cells(self, s: Sentence, status: str, number: int) -> list[Cell]:
        dim = s.role not in CLAIM_ROLES
        cells = [
            Text(str(number), style="dim", justify="right"),
            status_text(status) if self._full else short_status_text(status),
            source_text(s),
            flags_text(s),
            one_line(s.text),
        ]
        if s.role in ("headline", "standfirst"):
            cells[4].stylize("bold")
        if dim:
            for c in cells:
                c.stylize("dim")
            cells[4] = Text.assemble(Text(f"[{s.role}] ", style="dim italic"), cells[4])
        return [Cell(c) for c in cells]
