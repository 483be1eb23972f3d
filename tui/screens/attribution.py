"""Correct one sentence's sources (key `a`): the machine's reading is shown, the reviewer's list is
edited, each source's kind is one of the six, and names are completed from the article's sources.

The list starts as the sources that stand now (the reviewer's, else the machine's). In the list:
enter or e edits the highlighted source, n adds one, d removes one. In the fields: enter puts the
source into the list, up/down pick a name among the article's sources that match what is typed.
ctrl+n says "no source", ctrl+r goes back to the machine's reading, ctrl+s saves, escape cancels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process, utils
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from factcheck.corrections import KINDS, CorrectedSource, Reading, clean_name, machine_sources
from factcheck.errors import FactcheckError
from factcheck.model import Analysis
from tui.present import CHAIN_SEPARATOR, CORRECTED_MARK, CORRECTED_STYLE, fit_names, one_line

MATCHES = 4  # names offered under the name field
MATCH_CUTOFF = 70  # rapidfuzz WRatio: below this a name is not offered
VIA_SEPARATORS = (";", "←", "<-")


@dataclass
class AttributionResult:
    sources: list[CorrectedSource] = field(default_factory=list)
    note: str = ""
    reset: bool = False  # back to the machine's reading


def describe_sources(sources: list[CorrectedSource]) -> str:
    return fit_names([[s.source, *s.via] for s in sources])


def article_source_names(*analyses: Analysis) -> dict[str, str | None]:
    """Every name the article's sources go by, with its kind where one is known (aliases and the
    links of chains too), for completing a typed name."""
    names: dict[str, str | None] = {}
    for analysis in analyses:
        for src in analysis.sources:
            for name in (src.name, *src.aliases):
                names.setdefault(name, src.kind)
            if names.get(src.name) is None:
                names[src.name] = src.kind
        for s in analysis.sentences:
            for a in s.attributions:
                names.setdefault(a.source, a.kind)
                for v in a.via:
                    names.setdefault(v, None)
    return names


def split_via(text: str) -> tuple[str, ...]:
    for sep in VIA_SEPARATORS[1:]:
        text = text.replace(sep, VIA_SEPARATORS[0])
    return tuple(clean_name(v, "via name") for v in text.split(VIA_SEPARATORS[0]) if v.strip())


def kind_label(kind: str) -> str:
    return kind.replace("_", " ")


class AttributionScreen(ModalScreen[AttributionResult | None]):
    """Returns the reviewer's sources (ctrl+s), a reset (ctrl+r then ctrl+s), or None (escape)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+n", "no_source", "No source", priority=True),
        Binding("ctrl+r", "machine", "Machine's reading", priority=True),
        Binding("down", "match(1)", "Next name", show=False),
        Binding("up", "match(-1)", "Previous name", show=False),
    ]

    def __init__(self, subject: Text, reading: Reading, names: dict[str, str | None]) -> None:
        super().__init__()
        self.subject = subject
        self.reading = reading
        self.machine = machine_sources(reading.machine)
        self.start = list(reading.correction.sources) if reading.correction else list(self.machine)
        self.working = list(self.start)
        self.names = names
        self.target: int | None = None  # the entry the fields edit; None: a new one
        self.reset = False
        self._filling = False

    # -- layout ---------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical(id="attribution-box"):
            yield Label(Text("Correct the sources", style="bold"))
            yield Static(self.subject, id="edit-subject")
            machine = Text("the machine read: ", style="dim")
            machine.append_text(one_line(describe_sources(self.machine)) if self.machine
                                else Text("no source", style="italic"))
            yield Static(machine, id="machine-reading")
            yield OptionList(id="working")
            with Horizontal(classes="field"):
                yield Label("name ", classes="field-label")
                yield Input(placeholder="who said it (up/down: the article's sources)", id="name")
            yield OptionList(id="matches")
            with Horizontal(classes="field"):
                yield Label("kind ", classes="field-label")
                yield Select([(kind_label(k), k) for k in KINDS], prompt="one of the six kinds", id="kind")
            with Horizontal(classes="field"):
                yield Label("via  ", classes="field-label")
                yield Input(placeholder="who passed it on, nearest first; ; between names", id="via")
            with Horizontal(classes="field"):
                yield Label("why  ", classes="field-label")
                yield Input(self.reading.correction.note if self.reading.correction else "",
                            placeholder="a note on the correction (optional)", id="why")
            yield Label(Text("list: enter edit · n new · d remove   fields: enter puts it in the list\n"
                             "ctrl+n no source · ctrl+r machine's reading · ctrl+s save · escape cancel",
                             style="dim"), id="attribution-error")

    def on_mount(self) -> None:
        self.query_one("#matches", OptionList).can_focus = False
        self.query_one("#matches", OptionList).display = False
        self._show_list()
        if self.working:
            self.query_one("#working", OptionList).focus()
        else:
            self.query_one("#name", Input).focus()

    def _show_list(self, highlight: int = 0) -> None:
        ol = self.query_one("#working", OptionList)
        ol.clear_options()
        if not self.working:
            ol.add_option(Option(Text("no source" + ("  (the machine's reading)" if self.reset else ""),
                                      style="italic"), disabled=True))
            return
        machine = set(self.machine)
        for i, src in enumerate(self.working):
            line = Text()
            if src not in machine:
                line.append(CORRECTED_MARK, style=CORRECTED_STYLE)
            line.append_text(one_line(src.source, style="bold"))
            line.append(f" · {kind_label(src.kind)}", style="italic")
            if src.via:
                line.append(" · via ", style="dim")
                line.append_text(one_line(CHAIN_SEPARATOR.join(src.via)))
            ol.add_option(Option(line, id=str(i)))
        ol.highlighted = min(highlight, len(self.working) - 1)

    def _error(self, message: str) -> None:
        self.query_one("#attribution-error", Label).update(Text(message, style="bold red"))

    # -- the list -------------------------------------------------------------------------------
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "working" and event.option.id is not None:
            self._edit(int(event.option.id))

    def _edit(self, index: int | None) -> None:
        """Load entry `index` (None: a new one) into the fields and go to the name."""
        self.target = index
        src = self.working[index] if index is not None else None
        self._filling = True
        self.query_one("#name", Input).value = src.source if src else ""
        self.query_one("#via", Input).value = "; ".join(src.via) if src else ""
        self._filling = False
        kind = self.query_one("#kind", Select)
        if src is not None:
            kind.value = src.kind
        else:
            kind.clear()
        self.query_one("#name", Input).focus()

    def on_key(self, event) -> None:
        # Single-letter keys act on the list only while it has the focus (the fields take letters).
        ol = self.query_one("#working", OptionList)
        if self.focused is not ol:
            return
        if event.key in ("e",) and ol.highlighted is not None and self.working:
            event.stop()
            self._edit(ol.highlighted)
        elif event.key == "n":
            event.stop()
            self._edit(None)
        elif event.key in ("d", "delete") and ol.highlighted is not None and self.working:
            event.stop()
            del self.working[ol.highlighted]
            self.reset = False
            self._show_list(ol.highlighted or 0)

    # -- the fields -----------------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "name" or self._filling:
            return
        matches = self.query_one("#matches", OptionList)
        matches.clear_options()
        typed = event.value.strip()
        found = process.extract(typed, list(self.names), scorer=fuzz.WRatio, processor=utils.default_process,
                                limit=MATCHES, score_cutoff=MATCH_CUTOFF) if typed else []
        for name, _score, _ in found:
            matches.add_option(Option(one_line(name), id=name))
        matches.display = bool(found)
        self._kind_from_name(typed)

    def _kind_from_name(self, name: str) -> None:
        known = {n.casefold(): k for n, k in self.names.items() if k}
        kind = known.get(name.casefold())
        select = self.query_one("#kind", Select)
        if kind is not None and select.is_blank():
            select.value = kind

    def action_match(self, step: int) -> None:
        """Up/down in the name field: take the next (previous) name offered under it."""
        matches = self.query_one("#matches", OptionList)
        if self.focused is not self.query_one("#name", Input) or not matches.option_count:
            if isinstance(self.focused, OptionList):
                (self.focused.action_cursor_down if step > 0 else self.focused.action_cursor_up)()
            return
        current = matches.highlighted
        index = 0 if current is None else max(0, min(matches.option_count - 1, current + step))
        matches.highlighted = index
        name = matches.get_option_at_index(index).id or ""
        self._filling = True
        self.query_one("#name", Input).value = name
        self._filling = False
        self.query_one("#kind", Select).clear()
        self._kind_from_name(name)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._put()

    def _put(self) -> bool:
        """The fields into the list (replacing the entry being edited, or the one of that name)."""
        name_box = self.query_one("#name", Input)
        if not name_box.value.strip():
            self.query_one("#working", OptionList).focus()
            return True
        kind = self.query_one("#kind", Select)
        try:
            name = clean_name(name_box.value)
            if kind.is_blank():
                raise FactcheckError(f"choose the kind of {name!r}: one of the six")
            via = split_via(self.query_one("#via", Input).value)
        except FactcheckError as e:
            self._error(str(e))
            return False
        src = CorrectedSource(name, str(kind.value), via)
        same = next((i for i, s in enumerate(self.working) if s.source.casefold() == name.casefold()), None)
        index = self.target if self.target is not None else same
        if index is not None and index < len(self.working):
            self.working[index] = src
            if same is not None and same != index:  # renamed onto another entry: one entry per name
                del self.working[same]
                index = index - 1 if same < index else index
        else:
            self.working.append(src)
            index = len(self.working) - 1
        self.reset = False
        self.target = None
        self._filling = True
        name_box.value = ""
        self.query_one("#via", Input).value = ""
        self._filling = False
        kind.clear()
        self.query_one("#matches", OptionList).display = False
        self._show_list(index)
        self.query_one("#working", OptionList).focus()
        return True

    # -- the whole list -------------------------------------------------------------------------
    def action_no_source(self) -> None:
        self.working, self.reset = [], False
        self._show_list()

    def action_machine(self) -> None:
        self.working, self.reset = list(self.machine), True
        self._show_list()
        self.query_one("#working", OptionList).focus()

    def action_save(self) -> None:
        if self.query_one("#name", Input).value.strip() and not self._put():
            return  # what is typed is not yet a valid source: say so rather than drop it
        note = self.query_one("#why", Input).value.strip()
        old_note = self.reading.correction.note if self.reading.correction else ""
        if self.reset or (self.working == self.machine and not note):
            self.dismiss(AttributionResult(reset=True) if self.reading.corrected else None)
        elif self.working == self.start and note == old_note and self.reading.corrected:
            self.dismiss(None)  # nothing changed
        else:
            self.dismiss(AttributionResult(list(self.working), note))

    def action_cancel(self) -> None:
        self.dismiss(None)
