"""Embedded social-media posts: the credit line a news page prints under one.

    “So I think that’s working...” pic.twitter.com/...
    — Ann Lee (@annlee) November 18, 2019

The line names who posted the words above it and when; it asserts nothing itself.
"""

from __future__ import annotations

import re

# a dash, the poster's display name (no brackets), then the handle in brackets
_POST_CREDIT = re.compile(r"\s*[\u2013\u2014]\s*(?P<name>[^()\n]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)")
# what a display name may carry besides its words: emoji, flags, symbols
_NAME_EDGE = re.compile(r"^[^\w]+|[^\w.)]+$")


def post_credit(text: str) -> tuple[str, str, int, int] | None:
    """(display name, handle, start, end of the name in `text`) when `text` opens with a post's
    credit line, else None."""
    if "(@" not in text:
        return None
    m = _POST_CREDIT.match(text)
    if m is None:
        return None
    raw = m.group("name")
    name = _NAME_EDGE.sub("", raw)
    if not name:
        return None
    start = m.start("name") + raw.index(name)
    return name, m.group("handle"), start, start + len(name)
