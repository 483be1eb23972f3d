"""The headline and what the headline checks found, always on top of the article screen."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from factcheck.model import Analysis
from tui.present import flag_name, one_line


def headline_of(analysis: Analysis) -> str | None:
    if analysis.article.get("headline"):
        return analysis.article["headline"]
    return next((s.text for s in analysis.sentences if s.role == "headline"), None)


def headline_text(analysis: Analysis) -> Text:
    out = Text(no_wrap=True, overflow="ellipsis")  # two lines exactly, however long the headline
    headline = headline_of(analysis)
    if headline:
        out.append_text(one_line(headline, style="bold"))
    else:
        out.append("(no headline found)", style="dim italic")
    out.append("\n")
    checks = analysis.headline_checks
    if not analysis.reads_as_english():
        out.append("⚠ not analysed: the body does not read as English, and factcheck reads English news",
                   style="bold yellow")
    elif not headline:
        out.append("headline checks: nothing to check", style="dim")
    elif not checks:
        out.append("✓ headline checks: the body supports the headline", style="green")
    else:
        names = ", ".join(dict.fromkeys(flag_name(c.code) for c in checks))
        plural = "s" if len(checks) != 1 else ""
        out.append(f"⚠ {len(checks)} headline check{plural}: ", style="bold yellow")
        out.append(names)
        # the message a sub-editor acts on first (a disputed claim before the rest), cut at the edge
        first = next((c for c in checks if c.code == "contradicted"), checks[0])
        out.append("  (h)", style="dim")
        out.append(" — ", style="dim")
        out.append_text(one_line(first.message))
    return out


class HeadlineBar(Static):
    """Two lines: the headline, then the headline checks in brief."""

    def show(self, analysis: Analysis) -> None:
        self.update(headline_text(analysis))
