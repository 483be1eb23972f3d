"""The selected sentence in full: mentions highlighted, sources, flags and the review."""

from __future__ import annotations

import functools
import io

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from factcheck.corrections import Reading
from factcheck.model import Analysis, Sentence
from factcheck.store import Review
from factcheck.text_safety import printable
from tui.present import (
    MENTION_STYLE,
    NO_SOURCE,
    NO_SOURCE_STYLE,
    ChromeLine,
    attribution_lines,
    correction_lines,
    flag_name,
    literal,
    mention_spans,
    needs_source,
    one_line,
    outside_mentions,
    status_text,
    styled_slice,
)


def _heading(out: Text, title: str) -> None:
    out.append("\n\n")
    out.append(title, style="bold underline")
    out.append("\n")


def detail_text(analysis: Analysis, sentence: Sentence, number: int | None = None,
                reading: Reading | None = None) -> Text:
    """Everything the analysis says about one sentence, as literal Text (the review is beside it,
    in the ReviewBox, so that it never scrolls out of sight)."""
    out = Text()
    if isinstance(sentence, ChromeLine):
        out.append(f"page chrome · {sentence.label} · left out of the analysis, never reviewed", style="dim")
        out.append("\n")
        out.append_text(literal(sentence.text))
        return out
    facts = [sentence.id, sentence.role]
    if number is not None:
        facts.insert(0, f"#{number}")
    facts.append(f"paragraph {sentence.paragraph + 1}")
    if sentence.checkworthy:
        facts.append("factual claim")
    if sentence.hedged:
        facts.append("hedged")
    out.append(" · ".join(facts), style="dim")
    out.append("\n")
    out.append_text(styled_slice(analysis.text, sentence.start, sentence.end, mention_spans(sentence)))

    for a, holder in outside_mentions(analysis, sentence):
        out.append("\n\n")
        out.append("mention of ", style="dim")
        out.append_text(one_line(a.source, style="bold"))
        if holder is None:
            out.append(" (outside the sentences): ", style="dim")
            out.append_text(styled_slice(analysis.text, a.span[0], a.span[1], [(*a.span, MENTION_STYLE)]))
        else:
            where = "an earlier sentence" if holder.start < sentence.start else "a later sentence"
            out.append(f" in {where}:\n", style="dim")
            out.append_text(styled_slice(analysis.text, holder.start, holder.end, [(*a.span, MENTION_STYLE)]))

    _heading(out, "Sources")
    if reading is not None and reading.corrected:
        out.append_text(correction_lines(reading))
        out.append("\n")
    if sentence.attributions:
        for i, a in enumerate(sentence.attributions):
            if i:
                out.append("\n")
            out.append_text(attribution_lines(a, corrected=reading is not None and reading.is_corrected(a)))
    elif needs_source(sentence):
        out.append(NO_SOURCE, style=NO_SOURCE_STYLE)
        out.append(": a factual claim with nobody named for it")
    else:
        out.append("none", style="dim")

    _heading(out, "Flags")
    if sentence.flags:
        _warnings(out, sentence.flags)
    else:
        out.append("none", style="dim")

    if sentence.role == "headline" and analysis.headline_checks:
        _heading(out, "Headline checks")
        _warnings(out, analysis.headline_checks)
        out.append("\n(h lists them with their evidence)", style="dim")
    return out


@functools.cache
def _console() -> Console:
    """For wrapping only (Text.wrap asks for one); it never writes anywhere."""
    return Console(file=io.StringIO(), width=200, color_system=None, legacy_windows=False)


NOTE_LINES = 4  # lines of a note the review box shows; e opens the whole note
LINK_LINES = 3
LABEL = 8  # "status  ", "note    ", "links   "


def review_text(review: Review, width: int = 80) -> Text:
    """Status, note and evidence links of one sentence, wrapped to `width` and short enough to
    stay in sight: a long note or many links end in a line saying what is left out."""
    out = Text()
    out.append("status".ljust(LABEL), style="dim")
    out.append_text(status_text(review.status))
    if review.updated_at:
        out.append("  · ", style="dim")
        out.append(review.updated_at.replace("T", " ")[:16], style="dim")
        if review.reviewer:
            out.append(" by ", style="dim")
            out.append_text(one_line(review.reviewer, style="dim"))
    else:
        out.append("  (1-6 sets it)", style="dim")

    out.append("\n" + "note".ljust(LABEL), style="dim")
    if review.note.strip():
        note = Text("\n".join(" ".join(printable(line).split()) for line in review.note.strip().splitlines()))
        lines = note.wrap(_console(), max(10, width - LABEL))
        for i, line in enumerate(lines[:NOTE_LINES]):
            if i:
                out.append("\n" + " " * LABEL)
            out.append_text(line)
        if len(lines) > NOTE_LINES:
            out.append(f"\n{' ' * LABEL}… {len(lines) - NOTE_LINES} more line(s): e shows the whole note",
                       style="dim")
    else:
        out.append("none  (e writes one)", style="dim")

    out.append("\n" + "links".ljust(LABEL), style="dim")
    if review.evidence:
        for i, url in enumerate(review.evidence[:LINK_LINES]):
            if i:
                out.append("\n" + " " * LABEL)
            link = one_line(url, style="underline")
            link.truncate(max(10, width - LABEL), overflow="ellipsis")
            if url.startswith(("http://", "https://")):
                link.stylize(Style(link=url))  # clickable where the terminal supports links
            out.append_text(link)
        more = len(review.evidence) - LINK_LINES
        if more > 0:
            out.append(f"\n{' ' * LABEL}… {more} more: O lists them all", style="dim")
    else:
        out.append("none  (o adds one)", style="dim")
    return out


class ReviewBox(Widget):
    """The selected sentence's review, below the detail and never scrolled away."""

    DEFAULT_CSS = """
    ReviewBox { height: auto; padding: 0 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.review: Review | None = None

    def show(self, review: Review | None) -> None:
        self.review = review
        self.display = review is not None
        self.refresh(layout=True)

    def render(self) -> Text:
        if self.review is None:
            return Text()
        return review_text(self.review, self.content_size.width or self.app.size.width)

    @property
    def text(self) -> Text:
        return self.render()


class DetailPane(ScrollView, can_focus=True):
    """The detail as pre-wrapped lines in a scroll view: showing another sentence repaints this
    pane only, with no layout pass over the screen (that pass made every cursor key slow)."""

    DEFAULT_CSS = """
    DetailPane { scrollbar-gutter: stable; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._text = Text()
        self._lines: list[Strip] = []
        self._styled: dict[int, Strip] = {}
        self._styled_with: object = None
        self._wrapped_at = 0

    @property
    def text(self) -> Text:
        return self._text

    def show(self, text: Text) -> None:
        self._text = text
        self._wrap()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    def clear(self, message: str = "") -> None:
        self.show(Text(message, style="dim"))

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        self._wrapped_at = width
        if width <= 0:
            self._lines = []
            return
        console = self.app.console
        self._styled.clear()
        self._lines = [Strip(list(line.render(console)), line.cell_len)
                       for line in self._text.wrap(console, width, overflow="fold")]
        size = Size(width, len(self._lines))
        if size != self.virtual_size:
            # Setting virtual_size normally relayouts the whole screen (it is a layout reactive);
            # only this pane's scroll range changes, so update just that.
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._wrapped_at:
            self._wrap()
            self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        style = self.rich_style  # once per pass, not per line
        if style != self._styled_with:
            self._styled.clear()
            self._styled_with = style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        _, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = scroll_y + y
        style = self._styled_with if self._styled_with is not None else self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, style)
        strip = self._styled.get(index)
        if strip is None:
            strip = self._styled[index] = self._lines[index].crop_extend(0, width, None).apply_style(style)
        return strip


def _warnings(out: Text, items) -> None:
    """Sentence flags and headline checks alike: a code and a plain message, one a line."""
    for i, item in enumerate(items):
        if i:
            out.append("\n")
        out.append(f"⚠ {flag_name(item.code)}", style="bold yellow")
        out.append(": ")
        out.append_text(one_line(item.message))
