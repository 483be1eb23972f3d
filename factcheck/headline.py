"""The headline (and standfirst) checked against the body (placeholder)."""

from __future__ import annotations

from factcheck.model import Check, Sentence


def check_headline(headline: Sentence, body: list[Sentence],
                   standfirst: list[Sentence] | None = None) -> list[Check]:
    """Checks of what the headline says that the body does not support."""
    return []
