"""The readable terminal report of `factcheck analyze --format text`, and of a stored article
with its source corrections and decisions (`factcheck export ID --format text`)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from factcheck.language import NOT_ENGLISH
from factcheck.model import Analysis, Attribution, Sentence
from factcheck.sources import told_about_only
from factcheck.text_safety import printable

if TYPE_CHECKING:
    from factcheck.corrections import Corrected
    from factcheck.reviews import Review

_WIDTH = 100
_MARK = {"unattributed_claim": "NO SOURCE", "anonymous_source": "ANONYMOUS", "vague_source": "VAGUE"}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(" ".join(printable(text).split()), width=_WIDTH, initial_indent=indent,
                         subsequent_indent=indent)


def _attr(a: Attribution) -> str:
    out = printable(a.source)
    if a.mention and a.mention != a.source:
        out += f' ("{printable(a.mention)}")'
    out += f" [{a.kind}; {printable(a.cue)}"
    if a.inherited:
        out += "; carried over"
    out += "]"
    if a.via:
        out += " via " + ", ".join(printable(v) for v in a.via)
    return out


def _sentence(s: Sentence, corrected: Corrected | None = None, review: Review | None = None,
              number: int | None = None) -> list[str]:
    marks = [_MARK.get(f.code, f.code) for f in s.flags]
    head = f"  {'!' if marks else ' '} "
    lines = [_wrap((f"#{number} " if number is not None else "") + s.text, "    ")]
    lines[0] = head + lines[0][4:]
    reading = corrected.reading(s.id) if corrected is not None else None
    for a in s.attributions:
        fixed = reading is not None and reading.is_corrected(a)
        # an actor the sentence tells about ("the council voted") is what it is about, not its source
        label = ("source (corrected): " if fixed else "source: ") if a.reports else "about: "
        lines.append(_wrap(label + _attr(a), "      "))
    if reading is not None and reading.correction is not None:
        c = reading.correction
        if not s.attributions:
            lines.append("      no source (corrected)")
        machine = "; ".join(_attr(a) for a in reading.machine.attributions) or "no source"
        lines.append(_wrap(f"machine's reading: {machine}", "      "))
        if c.note:
            lines.append(_wrap(f"why: {c.note}", "      "))
    for f in s.flags:
        lines.append(_wrap(f"{_MARK.get(f.code, f.code)} - {f.message}", "      "))
    if s.hedged:
        lines.append("      hedged")
    if review is not None and review.status != "unreviewed":
        by = f" by {printable(review.reviewer)}" if review.reviewer else ""
        lines.append(_wrap(f"status: {review.status.replace('_', ' ')}{by}"
                           + (f" - {review.note}" if review.note else ""), "      "))
    return lines


def to_text(analysis: Analysis, *, corrected: Corrected | None = None,
            reviews: dict[str, Review] | None = None) -> str:
    """The report of `analysis`; with `corrected` (apply_corrections of it) the reviewer's
    sources win, marked as corrected beside the machine's reading, and with `reviews` each
    decided sentence shows its status. Sentences are then numbered as the review app shows them."""
    numbers = None
    if corrected is not None:
        from factcheck.checklist import display_numbers

        numbers = display_numbers(analysis)
        analysis = corrected.analysis
    reviews = reviews or {}
    art = analysis.article
    out: list[str] = []
    out.append(_wrap(art.get("headline") or "(no headline found)", ""))
    meta = [f"{k}: {printable(str(v))}" for k in ("byline", "published", "dateline", "credit")
            if (v := art.get(k))]
    if meta:
        out.append(_wrap(" | ".join(meta), ""))
    out.append("")
    if not analysis.reads_as_english():
        out += [_wrap(NOT_ENGLISH, ""), ""]
    if analysis.headline_checks:
        out.append("Headline checks")
        for c in analysis.headline_checks:
            out.append(_wrap(f"- {c.code}: {c.message}", "  "))
    else:
        out.append("Headline checks: nothing found")
    out.append("")
    body = analysis.body
    flagged = sum(1 for s in body if s.flags)
    out.append(f"Sentences ({len(body)} in the body, {flagged} flagged)")
    for s in analysis.sentences:
        if s.role in ("body", "standfirst"):
            out.extend(_sentence(s, corrected, reviews.get(s.id), numbers.get(s.id) if numbers else None))
    out.append("")
    if analysis.sources:
        out.append("Sources")
        for src, about in zip(analysis.sources, told_about_only(analysis.sentences, analysis.sources)):
            n = len(src.sentences)
            told = ""
            if about:
                told = " (only told about, not cited)" if len(about) == n else f" ({len(about)} only told about)"
            out.append(_wrap(f"- {src.name} [{src.kind}], {n} sentence{'s' if n != 1 else ''}{told}"
                             + (f"; also: {', '.join(src.aliases)}" if src.aliases else ""), "  "))
    if analysis.boilerplate:
        out.append("")
        out.append(f"Left out as page chrome: {len(analysis.boilerplate)} lines")
    return "\n".join(out) + "\n"
