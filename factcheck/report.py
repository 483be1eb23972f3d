"""The readable terminal report of `factcheck analyze --format text`."""

from __future__ import annotations

import textwrap

from factcheck.model import Analysis, Attribution, Sentence
from factcheck.text_safety import printable

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


def _sentence(s: Sentence) -> list[str]:
    marks = [_MARK.get(f.code, f.code) for f in s.flags]
    head = f"  {'!' if marks else ' '} "
    lines = [_wrap(s.text, "    ")]
    lines[0] = head + lines[0][4:]
    for a in s.attributions:
        lines.append(_wrap("source: " + _attr(a), "      "))
    for f in s.flags:
        lines.append(_wrap(f"{_MARK.get(f.code, f.code)} - {f.message}", "      "))
    if s.hedged:
        lines.append("      hedged")
    return lines


def to_text(analysis: Analysis) -> str:
    art = analysis.article
    out: list[str] = []
    out.append(_wrap(art.get("headline") or "(no headline found)", ""))
    meta = [f"{k}: {printable(str(v))}" for k in ("byline", "published", "dateline", "credit")
            if (v := art.get(k))]
    if meta:
        out.append(_wrap(" | ".join(meta), ""))
    out.append("")
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
            out.extend(_sentence(s))
    out.append("")
    if analysis.sources:
        out.append("Sources")
        for src in analysis.sources:
            n = len(src.sentences)
            out.append(_wrap(f"- {src.name} [{src.kind}], {n} sentence{'s' if n != 1 else ''}"
                             + (f"; also: {', '.join(src.aliases)}" if src.aliases else ""), "  "))
    if analysis.boilerplate:
        out.append("")
        out.append(f"Left out as page chrome: {len(analysis.boilerplate)} lines")
    return "\n".join(out) + "\n"
