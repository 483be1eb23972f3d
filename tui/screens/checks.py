"""The headline checks, each with its message and its evidence sentences to jump to."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.model import Analysis
from tui.present import flag_name, one_line
from tui.screens.picker import PickerScreen, picker_bindings
from tui.widgets.headline_bar import headline_of


def check_options(analysis: Analysis, numbers: dict[str, int]) -> list[Option]:
    options = []
    for i, check in enumerate(analysis.headline_checks):
        head = Text()
        head.append(f"⚠ {flag_name(check.code)}", style="bold yellow")
        head.append("\n  ")
        head.append_text(one_line(check.message))
        # Enabled, so the message reads at full contrast; enter on it goes to its first evidence.
        options.append(Option(head, id=f"check-{i}"))
        if not check.evidence:
            options.append(Option(Text("    (no evidence sentence in the body)", style="dim"), disabled=True))
        for sid in check.evidence:
            s = analysis.sentence(sid)
            prompt = Text("    → ", style="bold")
            prompt.append(f"#{numbers.get(sid, '?')} ", style="dim")
            prompt.append_text(one_line(s.text) if s else Text(sid, style="dim"))
            options.append(Option(prompt, id=f"{i}:{sid}"))
    return options


class ChecksScreen(PickerScreen):
    """Returns the id of the evidence sentence chosen, or None."""

    BINDINGS = picker_bindings("Jump to sentence", "h")
    LIST = OptionList

    def compose(self) -> ComposeResult:
        title = Text("Headline checks: ", style="bold")
        headline = headline_of(self.analysis)
        title.append_text(one_line(headline) if headline else Text("(no headline)", style="dim"))
        yield Static(title, classes="screen-title")
        yield Static(Text("enter jumps to the evidence sentence", style="dim"), classes="screen-title")
        options = check_options(self.analysis, self.numbers)
        if not options:
            options = [Option(Text("No headline checks fired: the body supports the headline as far as "
                                   "the checks can tell.", style="dim"), disabled=True)]
        yield OptionList(*options, id="checks-list")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        first = next((i for i in range(options.option_count) if not options.get_option_at_index(i).disabled), None)
        options.highlighted = first

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._jump(event.option.id)

    def action_choose(self) -> None:
        ol = self.query_one(OptionList)
        if ol.highlighted is not None:
            self._jump(ol.get_option_at_index(ol.highlighted).id)

    def _jump(self, option_id: str | None) -> None:
        if option_id and option_id.startswith("check-"):
            evidence = self.analysis.headline_checks[int(option_id.removeprefix("check-"))].evidence
            if evidence:
                self.dismiss(evidence[0])
            else:
                self.notify("this check has no evidence sentence in the body", timeout=3)
        elif option_id and ":" in option_id:
            self.dismiss(option_id.split(":", 1)[1])
