"""Every source of the article with its kind and sentences; choosing one filters the table."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Static

from factcheck.model import Analysis, Source
from tui.present import fitted, one_line
from tui.screens.picker import PickerScreen, picker_bindings


def source_sentences_text(analysis: Analysis, source: Source, numbers: dict[str, int]) -> Text:
    out = Text()
    out.append_text(one_line(source.name, style="bold"))
    out.append(f"  ({source.kind.replace('_', ' ')})", style="italic")
    if source.aliases:
        out.append("\nalso written as: ", style="dim")
        out.append_text(one_line(", ".join(source.aliases)))
    for sid in source.sentences:
        s = analysis.sentence(sid)
        if s is None:
            continue
        out.append(f"\n#{numbers.get(sid, '?')} ", style="dim")
        out.append_text(one_line(s.text))
    return out


class SourcesScreen(PickerScreen):
    """Returns the chosen source's name, or None."""

    BINDINGS = picker_bindings("Filter by source", "s")
    LIST = DataTable

    def compose(self) -> ComposeResult:
        self._filled_at = 0
        title = Text(f"Sources ({len(self.analysis.sources)})", style="bold")
        title.append("  enter filters the table by the source", style="dim")
        yield Static(title, classes="screen-title")
        yield DataTable(cursor_type="row", id="sources-table")
        with VerticalScroll(id="sources-detail"):
            yield Static(id="sources-sentences")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self._fill()
        if not self.analysis.sources:
            self.query_one("#sources-sentences", Static).update(
                Text("No sources found: nothing in this article is attributed to anyone.", style="dim"))
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        if self._filled_at != self.size.width:
            self._fill()

    def _fill(self) -> None:
        """The table at this width: the name column takes what the others leave, cut names end in …"""
        self._filled_at = self.size.width or self.app.size.width
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        name_width = max(12, self._filled_at - 12 - 9 - 2 * 3 - 2)
        table.add_column(Text("source"), width=name_width, key="name")
        table.add_column(Text("kind"), width=12, key="kind")
        table.add_column(Text("sentences"), width=9, key="n")
        for i, src in enumerate(self.analysis.sources):
            table.add_row(fitted(one_line(src.name), name_width), Text(src.kind.replace("_", " ")),
                          Text(str(len(src.sentences)), justify="right"), key=str(i))
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1), animate=False)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        src = self.analysis.sources[int(event.row_key.value)]
        self.query_one("#sources-sentences", Static).update(source_sentences_text(self.analysis, src, self.numbers))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(self.analysis.sources[int(event.row_key.value)].name)

    def action_choose(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self.dismiss(self.analysis.sources[table.cursor_row].name)
