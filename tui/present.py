"""How analysis data looks on screen: pure functions from the model to rich Text.

Every piece of article text goes through `printable()` and into a `rich.text.Text` built with
plain strings, so `[bold]` in an article stays `[bold]` and escape bytes never reach the terminal.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from rich.text import Text

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


def literal(text: str, style: str = "") -> Text:
    return Text(printable(text), style=style)


def flag_name(code: str) -> str:
    return FLAG_NAMES.get(code, code.replace("_", " "))


def flags_text(sentence: Sentence) -> Text:
    return Text(", ".join(flag_name(f.code) for f in sentence.flags), style="bold yellow" if sentence.flags else "")


def source_names(sentence: Sentence) -> list[str]:
    names: list[str] = []
    for a in sentence.attributions:
        if a.source and a.source not in names:
            names.append(a.source)
    return names


def needs_source(sentence: Sentence) -> bool:
    """A factual claim in the article's own voice with nobody named for it."""
    return sentence.role == "body" and sentence.checkworthy and not sentence.attributions


def source_text(sentence: Sentence) -> Text:
    names = source_names(sentence)
    if names:
        return one_line("; ".join(names))
    if needs_source(sentence) or any(f.code == "unattributed_claim" for f in sentence.flags):
        return Text(NO_SOURCE, style=NO_SOURCE_STYLE)
    return Text("")


def is_flagged(sentence: Sentence) -> bool:
    return bool(sentence.flags)


def sentence_matches_source(sentence: Sentence, name: str, listed: Iterable[str]) -> bool:
    if sentence.id in listed:
        return True
    return any(a.source == name or name in a.via for a in sentence.attributions)


def visible_sentences(
    analysis: Analysis,
    statuses: dict[str, str],
    *,
    filter_name: str = "all",
    source: str | None = None,
    search: str = "",
    show_chrome: bool = False,
) -> list[Sentence]:
    """The sentences the table shows, in text order."""
    listed: set[str] = set()
    if source is not None:
        for s in analysis.sources:
            if s.name == source:
                listed.update(s.sentences)
    needle = search.casefold().strip()
    out = []
    for s in analysis.sentences:
        if s.role not in CLAIM_ROLES and not show_chrome:
            continue
        if filter_name == "flagged" and not is_flagged(s):
            continue
        if filter_name == "unreviewed" and statuses.get(s.id, "unreviewed") != "unreviewed":
            continue
        if source is not None and not sentence_matches_source(s, source, listed):
            continue
        if needle and needle not in s.text.casefold() and not any(
            needle in n.casefold() for n in source_names(s)
        ):
            continue
        out.append(s)
    return out


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


def attribution_lines(a: Attribution) -> Text:
    out = Text()
    out.append("source ", style="dim")
    out.append_text(one_line(a.source, style="bold"))
    out.append(f"  ({a.kind.replace('_', ' ')})", style="italic")
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
        out.append_text(one_line(" <- ".join(a.via)))
    return out
