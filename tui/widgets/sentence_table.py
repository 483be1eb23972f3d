"""The sentence table: status, source, flags and the sentence, one line per sentence.

A widget that renders only the visible lines and caches each rendered row, instead of a
DataTable: DataTable re-renders every visible row when the cursor moves and every row when one
cell changes, and measures every cell of every new row before the first paint. It scrolls by
itself (no ScrollView) because a Textual scroll reflows the whole screen, which made every
key that scrolled the table several times slower than one that did not. A cursor move repaints
this widget from its cache, a status change renders one row, and unseen rows cost nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from factcheck.model import Sentence
from tui.present import (
    CLAIM_ROLES,
    STATUS_STYLES,
    STATUS_SYMBOLS,
    ChromeLine,
    flags_text,
    one_line,
    source_text,
    status_text,
)

SHORT_STATUS = {
    "unreviewed": "·",
    "needs_check": "? check",
    "verified": "✓ verified",
    "disputed": "✗ disputed",
    "unverifiable": "~ unverif.",
    "not_a_claim": "- no claim",
}
WIDE = 100  # from this many columns on, full status words and wider source names
HEADERS = ("#", "status", "source", "flags", "sentence")
PADDING = 2  # a space either side of each cell
FLAGS_WIDTH = 9  # "anonymous"; an unattributed claim shows NO SOURCE in the source column instead


def short_status_text(status: str) -> Text:
    return Text(SHORT_STATUS.get(status, STATUS_SYMBOLS.get(status, "")), style=STATUS_STYLES.get(status, ""))


def column_widths(width: int, rows: int) -> list[int]:
    """Widths of #, status, source, flags and sentence for a table `width` cells wide.

    They always add up to at most `width` with their padding, so a line is never cut at the edge
    of the table: every cut is a cell's, and a cell shows an ellipsis where it is cut. The source
    gets a share of what is left, as it holds chains ("the spy agency ← Yonhap")."""
    num_w = max(2, len(str(rows)))
    status_w = 14 if width >= WIDE else 10
    flags_w = FLAGS_WIDTH
    free = width - num_w - status_w - flags_w - PADDING * len(HEADERS)
    source_w = max(12, min(44, free * 9 // 20))
    sentence_w = free - source_w
    if sentence_w < 10:  # a very narrow table: the sentence keeps ten cells if anything can give
        give = min(10 - sentence_w, source_w - 6)
        source_w, sentence_w = source_w - give, sentence_w + give
    if sentence_w < 1:
        flags_w, sentence_w = max(0, flags_w + sentence_w - 1), 1
    return [num_w, status_w, source_w, flags_w, sentence_w]


class SentenceTable(Widget, can_focus=True):
    """One line per sentence under a fixed header line; every cell is literal Text."""

    BINDINGS = [
        Binding("down", "cursor_down", "Next sentence", show=False),
        Binding("up", "cursor_up", "Previous sentence", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home", "first", "First sentence", show=False),
        Binding("end", "last", "Last sentence", show=False),
    ]
    COMPONENT_CLASSES = {"sentence-table--header", "sentence-table--cursor", "sentence-table--thumb",
                         "sentence-table--track"}
    DEFAULT_CSS = """
    SentenceTable {
        height: 1fr;
        background: $surface;
        & > .sentence-table--header { background: $panel; color: $foreground; text-style: bold; }
        & > .sentence-table--thumb { background: $scrollbar; color: $scrollbar; }
        & > .sentence-table--track { background: $scrollbar-background; }
        & > .sentence-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .sentence-table--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """

    cursor_row: reactive[int] = reactive(0, always_update=False, init=False)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.sentences: list[Sentence] = []
        self.statuses: dict[str, str] = {}
        self.numbers: dict[str, int] = {}
        self.corrected: set[str] = set()  # ids of sentences whose sources the reviewer corrected
        self._index: dict[str, int] = {}
        self._widths: list[int] = column_widths(80, 1)
        self._top = 0  # index of the first row on screen
        self._laid_out_at = -1
        self._cache: dict[tuple[int, bool], Strip] = {}
        self._cache_styles: tuple[Style, Style, Style] | None = None
        self.on_cursor: Callable[[], None] | None = None

    # -- data -----------------------------------------------------------------------------------
    def fill(self, sentences: list[Sentence], statuses: dict[str, str], numbers: dict[str, int],
             keep: str | None = None) -> None:
        """Show `sentences`; the cursor stays on `keep` when it is among them, else goes to the top."""
        self.sentences = sentences
        self.statuses = statuses
        self.numbers = numbers
        self._index = {s.id: i for i, s in enumerate(sentences)}
        self._layout_columns(force=True)
        self._top = 0
        # The caller shows the detail after a fill, so the cursor moves without the callback.
        self.set_reactive(SentenceTable.cursor_row, self._index.get(keep, 0) if keep else 0)
        self._scroll_to_cursor(center=True)
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.sentences)

    @property
    def current_id(self) -> str | None:
        if not self.sentences:
            return None
        return self.sentences[min(self.cursor_row, len(self.sentences) - 1)].id

    def index_of(self, sentence_id: str) -> int | None:
        return self._index.get(sentence_id)

    def set_status(self, sentence_id: str, status: str) -> None:
        self.statuses[sentence_id] = status
        index = self._index.get(sentence_id)
        if index is not None:
            self._cache.pop((index, True), None)
            self._cache.pop((index, False), None)
            self.refresh_line(index + 1)

    # -- cursor ---------------------------------------------------------------------------------
    def move_cursor(self, row: int, animate: bool = False) -> None:
        if self.sentences:
            self.cursor_row = max(0, min(row, len(self.sentences) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh_line(old + 1)
        self.refresh_line(new + 1)
        self._scroll_to_cursor()
        self._cursor_moved()

    def _cursor_moved(self) -> None:
        if self.on_cursor is not None:
            self.on_cursor()

    @property
    def visible_rows(self) -> int:
        return max(0, self.size.height - 1)  # minus the header line

    def _set_top(self, top: int) -> None:
        top = max(0, min(top, len(self.sentences) - self.visible_rows))
        if top != self._top:
            self._top = top
            self.refresh()

    def _scroll_to_cursor(self, center: bool = False) -> None:
        visible = self.visible_rows
        if visible <= 0:
            return  # not laid out yet: on_resize comes back here
        row, top = self.cursor_row, self._top
        if center and not top <= row < top + visible:
            self._set_top(row - visible // 2)
        elif row < top:
            self._set_top(row)
        elif row >= top + visible:
            self._set_top(row - visible + 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + max(1, self.visible_rows - 1))

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - max(1, self.visible_rows - 1))

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self.sentences) - 1)

    def on_click(self, event: events.Click) -> None:
        self.focus()
        if event.x >= self.size.width - 1 and self.visible_rows:  # the scrollbar: jump there
            fraction = max(0, event.y - 1) / max(1, self.visible_rows - 1)
            self._set_top(round(fraction * (len(self.sentences) - self.visible_rows)))
        elif event.y >= 1:
            self.move_cursor(self._top + event.y - 1)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self._set_top(self._top + 3)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self._set_top(self._top - 3)

    # -- rendering ------------------------------------------------------------------------------
    def _content_width(self) -> int:
        return max(1, (self.size.width or self.app.size.width) - 1)  # the last column is the scrollbar

    def _layout_columns(self, force: bool = False) -> bool:
        """Fit the columns to the width; True when they changed."""
        width = self._content_width()
        if force or width != self._laid_out_at:
            self._laid_out_at = width
            self._widths = column_widths(width, len(self.sentences))
            self._cache.clear()
            return True
        return False

    def on_resize(self) -> None:
        # The compositor may already have painted the new size with the old columns' rows: paint
        # again whenever the columns change (a table that appeared cut on the first wide paint).
        if self._layout_columns():
            self.refresh()
        self._set_top(self._top)
        self._scroll_to_cursor()

    def _cells(self, s: Sentence) -> list[Text]:
        status = self.statuses.get(s.id, "unreviewed")
        full = self._content_width() >= WIDE
        if isinstance(s, ChromeLine):
            status = ""  # page chrome is never reviewed
        cells = [
            Text(str(self.numbers.get(s.id, "")).rjust(self._widths[0]), style="dim"),
            status_text(status) if full else short_status_text(status),
            source_text(s, self._widths[2], corrected=s.id in self.corrected),
            flags_text(s, table=True),
            one_line(s.text),
        ]
        if s.role in ("headline", "standfirst"):
            cells[4].stylize("bold")
        if s.role not in CLAIM_ROLES:
            label = s.label if isinstance(s, ChromeLine) else s.role
            cells[4] = Text.assemble(Text(f"[{label}] ", style="italic"), cells[4])
            for c in cells:
                c.stylize("dim")
        return cells

    def _line(self, cells: list[Text], base: Style) -> Strip:
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        for cell, width in zip(cells, self._widths):
            if not width:
                continue
            cell.truncate(width, overflow="ellipsis", pad=True)
            line.append(" ")
            line.append_text(cell)
            line.append(" ")
        line.truncate(self._content_width(), overflow="ellipsis")  # only in a table too narrow for the columns
        segments = list(line.render(self.app.console))
        return Strip(segments, line.cell_len).crop_extend(0, self._content_width(), None).apply_style(base)

    def render_lines(self, crop: Region) -> list[Strip]:
        # Styles once per pass, not per line: computing them was most of the cost of a repaint.
        styles = tuple(self.rich_style + self.get_component_rich_style(f"sentence-table--{name}")
                       for name in ("cursor", "header", "thumb", "track"))
        if self._cache_styles != (self.rich_style, *styles):
            self._cache.clear()
            self._cache_styles = (self.rich_style, *styles)
        return super().render_lines(crop)

    def _thumb(self) -> tuple[int, int]:
        """First and last+1 screen line of the scrollbar thumb (lines 1..visible)."""
        visible, total = self.visible_rows, len(self.sentences)
        if total <= visible or visible <= 0:
            return (0, 0)
        size = max(1, round(visible * visible / total))
        start = 1 + round(self._top / max(1, total - visible) * (visible - size))
        return (start, start + size)

    def render_line(self, y: int) -> Strip:
        if self._cache_styles is None:
            self.render_lines(Region(0, 0, 0, 0))
        base, cursor, header, thumb, track = self._cache_styles
        if y == 0:
            strip = self._cache.get((-1, False))
            if strip is None:
                strip = self._cache[(-1, False)] = self._line([Text(h) for h in HEADERS], header)
            return Strip.join([strip, Strip.blank(1, header)])
        index = self._top + y - 1
        first, last = self._thumb()
        bar = Strip.blank(1, thumb if first <= y < last else track if last else base)
        if index >= len(self.sentences):
            return Strip.join([Strip.blank(self._content_width(), base), bar])
        on_cursor = index == self.cursor_row
        strip = self._cache.get((index, on_cursor))
        if strip is None:
            strip = self._line(self._cells(self.sentences[index]), cursor if on_cursor else base)
            self._cache[(index, on_cursor)] = strip
        return Strip.join([strip, bar])

    def refresh_line(self, y: int) -> None:
        """Refresh virtual line `y` (0 is the header; row i is line i + 1), if it is on screen."""
        if y == 0:
            self.refresh(Region(0, 0, self.size.width, 1))
            return
        screen_y = y - self._top
        if 1 <= screen_y < self.size.height:
            self.refresh(Region(0, screen_y, self.size.width, 1))
