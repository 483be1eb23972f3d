"""Check-worthiness and hedging of single sentences (placeholder; see issue 2/6)."""

from __future__ import annotations

import re

_NUM = re.compile(r"\d")


def is_checkworthy(text: str) -> bool:
    """Does the sentence make a specific factual claim someone could check?"""
    return bool(_NUM.search(text)) or len(text.split()) >= 8


def is_hedged(text: str) -> bool:
    """may / could / reportedly / alleged / expected to ..."""
    return bool(re.search(r"\b(may|might|could|reportedly|allegedly|alleged|expected to)\b", text, re.I))
