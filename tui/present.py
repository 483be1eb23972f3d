"""How analysis data looks on screen: pure functions from the model to rich Text.

Every piece of article text goes through `printable()` and into a `rich.text.Text` built with
plain strings, so `[bold]` in an article stays `[bold]` and escape bytes never reach the terminal.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rich.text import Text

from factcheck.corrections import REVIEWER_CUE, Reading
from factcheck.model import Analysis, Attribution, Sentence
from factcheck.text_safety import printable

STATUS_SYMBOLS = {
    "unreviewed": "·",
    "needs_check": "?",
    "verified": "✓",
    "disputed": "✗",
    "unverifiable": "~",
    "not_a_claim": "-",
}
# Styles pair a colour with an attribute so the status still reads under NO_COLOR; the colours
# are mid-bright so that Textual's monochrome filter (brightness only) keeps them readable.
STATUS_STYLES = {
    "unreviewed": "dim",
    "needs_check": "bold #e5c07b",
    "verified": "bold #98c379",
    "disputed": "bold #ff6b6b",
    "unverifiable": "italic #c678dd",
    "not_a_claim": "dim italic",
}
FLAG_NAMES = {
    "unattributed_claim": "unattributed",
    "anonymous_source": "anonymous",
    "vague_source": "vague",
}
MENTION_STYLE = "bold underline reverse"
# A badge rather than red text: red on a dark background turns into near-invisible dark grey
# under NO_COLOR (Textual's monochrome filter keeps only brightness).
NO_SOURCE_STYLE = "bold #ffffff on #b03a2e"
NO_SOURCE = "✗ NO SOURCE"

# Roles that carry the article's claims; the rest (captions, bylines, crossheads...) is chrome.
CLAIM_ROLES = frozenset({"headline", "standfirst", "body"})
FILTERS = ("all", "flagged", "unreviewed")


def status_label(status: str) -> str:
    return status.replace("_", " ")


def status_text(status: str) -> Text:
    return Text(f"{STATUS_SYMBOLS.get(status, ' ')} {status_label(status)}", style=STATUS_STYLES.get(status, ""))


def one_line(text: str, style: str = "") -> Text:
    """Article text as a single literal line: control characters gone, whitespace folded."""
    return Text(" ".join(printable(text).split()), style=style)


def fitted(text: Text, width: int) -> Text:
    """`text` cut to `width` cells with an ellipsis (a DataTable cell would be cut without one)."""
    text = text.copy()
    text.truncate(max(1, width), overflow="ellipsis")
    return text


def literal(text: str, style: str = "") -> Text:
    return Text(printable(text), style=style)


def flag_name(code: str) -> str:
    return FLAG_NAMES.get(code, code.replace("_", " "))


def flags_text(sentence: Sentence, *, table: bool = False) -> Text:
    """The flags' names; in the table, without the unattributed claim that NO SOURCE shows."""
    codes = [f.code for f in sentence.flags]
    if table and shows_no_source(sentence):
        codes = [c for c in codes if c != "unattributed_claim"]
    return Text(", ".join(flag_name(c) for c in codes), style="bold yellow" if codes else "")


def source_names(sentence: Sentence) -> list[str]:
    """Every name the sentence rests on: its sources and the links of their chains."""
    names: list[str] = []
    for chain in source_chains(sentence):
        for name in chain:
            if name not in names:
                names.append(name)
    return names


def source_chains(sentence: Sentence, *, reporting: bool = False) -> list[list[str]]:
    """Each attribution as a chain, the source first: ["the spy agency", "a news agency"] when the
    article says the agency said it according to the news agency. Repeated chains are listed once.
    `reporting`: only the sources the claim rests on, not an actor the sentence tells about
    ("the council voted": Attribution.reports)."""
    chains: list[list[str]] = []
    for a in sentence.attributions:
        if reporting and not a.reports:
            continue
        chain = [n for n in (a.source, *a.via) if n]
        if chain and chain not in chains:
            chains.append(chain)
    return chains


def told_about(sentence: Sentence) -> list[str]:
    """The actors the sentence tells about without sourcing anything to them ("Councillors
    approved the plans"), each once: shown as what the sentence is about, never as its source."""
    names: list[str] = []
    for a in sentence.attributions:
        if not a.reports and a.source and a.source not in names:
            names.append(a.source)
    return names


def needs_source(sentence: Sentence) -> bool:
    """A factual claim in the article's own voice with nobody named for it."""
    return sentence.role == "body" and sentence.checkworthy and not sentence.attributions


def shows_no_source(sentence: Sentence) -> bool:
    """The table shows the NO SOURCE badge instead of a name (an actor told about is no source)."""
    return not source_chains(sentence, reporting=True) and (
        needs_source(sentence) or any(f.code == "unattributed_claim" for f in sentence.flags))


CHAIN_SEPARATOR = " ← "
SOURCES_SEPARATOR = "; "


def fit_names(groups: list[list[str]], width: int | None = None) -> str:
    """Chains of names on one line: links joined by an arrow, chains by a semicolon.

    When the line is wider than `width`, each name gives up room in turn, the longest first, and
    shows an ellipsis where it was cut, so every link of a chain keeps its start in sight
    ("South Korea's sp… ← Yonhap") instead of the last links vanishing off the edge.
    """
    names = [" ".join(printable(n).split()) for g in groups for n in g]
    seps = sum(len(CHAIN_SEPARATOR) * (len(g) - 1) for g in groups) + len(SOURCES_SEPARATOR) * (len(groups) - 1)
    if width is not None and sum(map(len, names)) + seps > width:
        room = width - seps
        if room < 4 * len(names):  # too narrow for every link to say something: cut the line itself
            return _join(groups, names)[: max(0, width - 1)] + "…"
        cap = _cap(sorted(map(len, names)), room)
        names = [n if len(n) <= cap else n[: cap - 1].rstrip() + "…" for n in names]
    return _join(groups, names)


def _cap(lengths: list[int], room: int) -> int:
    """The largest length L with sum(min(n, L) for n in lengths) <= room (`lengths` sorted)."""
    left = len(lengths)
    for n in lengths:
        share = room // left
        if n > share:
            return share
        room -= n
        left -= 1
    return lengths[-1] if lengths else 0


def _join(groups: list[list[str]], names: list[str]) -> str:
    out, i = [], 0
    for g in groups:
        out.append(CHAIN_SEPARATOR.join(names[i:i + len(g)]))
        i += len(g)
    return SOURCES_SEPARATOR.join(out)


# An actor the sentence tells about ("the council voted"), where a source would be shown: not a source.
ABOUT = "about "
ABOUT_STYLE = "dim italic"
# A source the reviewer corrected, wherever sources are shown (table, detail, Sources screen).
CORRECTED_MARK = "✎ "
CORRECTED_STYLE = "bold italic"


def source_text(sentence: Sentence, width: int | None = None, *, corrected: bool = False) -> Text:
    """The table's source cell: the chains, NO SOURCE, or nothing; `corrected` marks the
    reviewer's sources (and a reviewer's "no source") with ✎."""
    out = Text(CORRECTED_MARK, style=CORRECTED_STYLE) if corrected else Text()
    room = None if width is None else width - out.cell_len
    chains = source_chains(sentence, reporting=True)
    actors = told_about(sentence)
    if chains:
        out.append(fit_names(chains, room), style=CORRECTED_STYLE if corrected else "")
    elif shows_no_source(sentence):
        out.append(NO_SOURCE, style=NO_SOURCE_STYLE)
    elif actors:
        out.append(ABOUT)
        out.append(fit_names([[n] for n in actors], None if room is None else room - len(ABOUT)), style=ABOUT_STYLE)
    elif corrected:
        out.append("no source", style=CORRECTED_STYLE)
    return out


def is_flagged(sentence: Sentence) -> bool:
    return bool(sentence.flags)


def sentence_matches_source(sentence: Sentence, name: str, listed: Iterable[str]) -> bool:
    if sentence.id in listed:
        return True
    return any(a.source == name or name in a.via for a in sentence.attributions)


@dataclass
class ChromeLine(Sentence):
    """Page chrome the analysis left out ("2 MIN READ", a list of related links), shown by `c` as
    a dimmed row among the sentences; it is never reviewed and has no number."""

    reason: str = ""

    @property
    def label(self) -> str:
        return self.reason.replace("_", " ")


def chrome_lines(analysis: Analysis) -> list[ChromeLine]:
    return [ChromeLine(id=f"chrome-{b.start}", start=b.start, end=b.end, text=b.text, paragraph=-1,
                       role="chrome", reason=b.reason)  # type: ignore[arg-type]
            for b in analysis.boilerplate]


# Why a row is not in the table, as the status line says it ("chrome": captions, bylines and the
# page chrome the analysis left out, which `c` shows); most specific first, as the line may be cut.
HIDDEN_REASONS = {"source": "other sources", "search": "not matching", "flagged": "unflagged",
                  "unreviewed": "reviewed", "chrome": "chrome"}


def visible_sentences(
    analysis: Analysis,
    statuses: dict[str, str],
    *,
    filter_name: str = "all",
    source: str | None = None,
    search: str = "",
    show_chrome: bool = False,
    hidden: Counter | None = None,
) -> list[Sentence]:
    """The sentences the table shows, in text order; with `show_chrome`, the page chrome too.

    `hidden`, when given, counts the rows left out by the first reason that hides each."""
    listed: set[str] = set()
    if source is not None:
        for s in analysis.sources:
            if s.name == source:
                listed.update(s.sentences)
    needle = search.casefold().strip()
    hidden = hidden if hidden is not None else Counter()
    rows: Iterable[Sentence] = analysis.sentences
    if show_chrome and analysis.boilerplate:
        rows = heapq.merge(analysis.sentences, chrome_lines(analysis), key=lambda r: r.start)
    elif not show_chrome:
        hidden["chrome"] += len(analysis.boilerplate)
    out = []
    for s in rows:
        if s.role not in CLAIM_ROLES and not show_chrome:
            hidden["chrome"] += 1
        elif filter_name == "flagged" and not is_flagged(s):
            hidden["flagged"] += 1
        elif filter_name == "unreviewed" and (isinstance(s, ChromeLine)
                                              or statuses.get(s.id, "unreviewed") != "unreviewed"):
            hidden["unreviewed"] += 1
        elif source is not None and not sentence_matches_source(s, source, listed):
            hidden["source"] += 1
        elif needle and needle not in s.text.casefold() and not any(
            needle in n.casefold() for n in source_names(s)
        ):
            hidden["search"] += 1
        else:
            out.append(s)
    return out


def hidden_text(hidden: Counter) -> str:
    """'7 unflagged, 3 chrome': what is hidden, by the filter that hides it; '' when nothing is."""
    return ", ".join(f"{hidden[k]} {label}" for k, label in HIDDEN_REASONS.items() if hidden.get(k))


def styled_slice(text: str, start: int, end: int, spans: Iterable[tuple[int, int, str]] = ()) -> Text:
    """`text[start:end]` as literal Text with `spans` (absolute offsets) styled.

    Each piece is cleaned separately, so removing a control character never shifts a highlight.
    """
    cuts = {start, end}
    clipped = []
    for a, b, style in spans:
        a, b = max(a, start), min(b, end)
        if a < b:
            clipped.append((a, b, style))
            cuts.update((a, b))
    points = sorted(cuts)
    out = Text()
    for a, b in zip(points, points[1:]):
        style = " ".join(st for x, y, st in clipped if x <= a and b <= y)
        out.append(printable(text[a:b]), style=style or None)
    return out


def sentence_at(analysis: Analysis, offset: int) -> Sentence | None:
    """The sentence whose span holds `offset` (the mention of an inherited source, say)."""
    starts = [s.start for s in analysis.sentences]
    i = bisect_right(starts, offset) - 1
    if i >= 0 and analysis.sentences[i].start <= offset < analysis.sentences[i].end:
        return analysis.sentences[i]
    return None


def mention_spans(sentence: Sentence) -> list[tuple[int, int, str]]:
    return [(a.span[0], a.span[1], MENTION_STYLE) for a in sentence.attributions if a.span is not None]


def outside_mentions(analysis: Analysis, sentence: Sentence) -> list[tuple[Attribution, Sentence | None]]:
    """Attributions whose mention lies outside the sentence itself, with the sentence holding it."""
    out = []
    for a in sentence.attributions:
        if a.span is None:
            continue
        if a.span[0] >= sentence.start and a.span[1] <= sentence.end:
            continue
        out.append((a, sentence_at(analysis, a.span[0])))
    return out


def attribution_lines(a: Attribution, corrected: bool = False) -> Text:
    """One source in the detail; `corrected`: the reviewer set or changed it (marked ✎)."""
    out = Text()
    out.append("source " if a.reports else ABOUT, style="dim")
    if corrected:
        out.append(CORRECTED_MARK, style=CORRECTED_STYLE)
    out.append_text(one_line(a.source, style="bold"))
    out.append(f"  ({a.kind.replace('_', ' ')})", style="italic")
    if not a.reports:
        out.append("  told about, not a source", style="dim italic")
    if a.cue != REVIEWER_CUE:  # a source the reviewer added has no mention in the text
        out.append("\n  mention ", style="dim")
        out.append_text(one_line(a.mention))
        out.append("   cue ", style="dim")
        out.append_text(one_line(a.cue or "-"))
        out.append("   quote ", style="dim")
        out.append(a.quote)
        if a.inherited:
            out.append("   inherited", style="italic")
    if a.via:
        out.append("\n  via ", style="dim")
        out.append_text(one_line(CHAIN_SEPARATOR.join(a.via)))
    return out


def correction_lines(reading: Reading) -> Text:
    """What the reviewer changed: who and when, why, and the machine's reading beside it."""
    c = reading.correction
    out = Text()
    if c is None:
        return out
    out.append(CORRECTED_MARK + "corrected", style=CORRECTED_STYLE)
    if c.reviewer or c.updated_at:
        out.append(f" {(c.updated_at or '').replace('T', ' ')[:16]}", style="dim")
        if c.reviewer:
            out.append(" by ", style="dim")
            out.append_text(one_line(c.reviewer, style="dim"))
    if c.note:
        out.append("\n  why ", style="dim")
        out.append_text(one_line(c.note))
    out.append("\n  the machine read ", style="dim")
    chains = source_chains(reading.machine)
    out.append_text(one_line(fit_names(chains)) if chains else Text("no source", style="italic"))
    return out
