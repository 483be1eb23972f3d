"""Every source of the article with its kind and sentences; choosing one filters the table."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Static

from factcheck.corrections import Corrected
from factcheck.model import Analysis, Source
from factcheck.sources import told_about_only
from tui.present import CORRECTED_MARK, CORRECTED_STYLE, fitted, one_line
from tui.screens.picker import PickerScreen, picker_bindings


def corrected_names(corrected: Corrected | None) -> set[str]:
    """Casefolded names of the sources a reviewer set, added or changed somewhere in the article."""
    names: set[str] = set()
    for reading in (corrected.corrected.values() if corrected else ()):
        names.update(a.source.casefold() for a in reading.sentence.attributions if reading.is_corrected(a))
    return names


def is_corrected(source: Source, names: set[str]) -> bool:
    return source.name.casefold() in names or any(a.casefold() in names for a in source.aliases)


def source_sentences_text(analysis: Analysis, source: Source, numbers: dict[str, int],
                          corrected: bool = False, about: set[str] | frozenset[str] = frozenset()) -> Text:
    """The source and its sentences; `about`: the ids of those that only tell about it
    (sources.told_about_only), marked so, since nothing there is cited to it."""
    out = Text()
    if corrected:
        out.append(CORRECTED_MARK, style=CORRECTED_STYLE)
    out.append_text(one_line(source.name, style="bold"))
    out.append(f"  ({source.kind.replace('_', ' ')})", style="italic")
    if corrected:
        out.append("  corrected by the reviewer", style=CORRECTED_STYLE)
    if source.aliases:
        out.append("\nalso written as: ", style="dim")
        out.append_text(one_line(", ".join(source.aliases)))
    for sid in source.sentences:
        s = analysis.sentence(sid)
        if s is None:
            continue
        out.append(f"\n#{numbers.get(sid, '?')} ", style="dim")
        if sid in about:
            out.append("(told about, not cited) ", style="dim italic")
        out.append_text(one_line(s.text))
    return out


class SourcesScreen(PickerScreen):
    """Returns the chosen source's name, or None."""

    BINDINGS = picker_bindings("Filter by source", "s")
    LIST = DataTable

    def __init__(self, analysis: Analysis, numbers: dict[str, int], corrected: set[str] | None = None) -> None:
        super().__init__(analysis, numbers)
        self.corrected = corrected or set()
        self.about = told_about_only(analysis.sentences, analysis.sources)

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
            name = one_line(src.name)
            if is_corrected(src, self.corrected):
                name = Text.assemble(Text(CORRECTED_MARK, style=CORRECTED_STYLE), name)
            if self.about[i] and len(self.about[i]) == len(src.sentences):
                name.append("  told about, not cited", style="dim italic")
            table.add_row(fitted(name, name_width), Text(src.kind.replace("_", " ")),
                          Text(str(len(src.sentences)), justify="right"), key=str(i))
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1), animate=False)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        src = self.analysis.sources[int(event.row_key.value)]
        self.query_one("#sources-sentences", Static).update(
            source_sentences_text(self.analysis, src, self.numbers, is_corrected(src, self.corrected),
                                  self.about[int(event.row_key.value)]))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(self.analysis.sources[int(event.row_key.value)].name)

    def action_choose(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self.dismiss(self.analysis.sources[table.cursor_row].name)
