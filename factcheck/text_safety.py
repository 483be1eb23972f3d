"""Article text is data: strip what a terminal would interpret before it is shown."""

from __future__ import annotations

import re
from typing import TextIO

# C0 controls except tab/newline, DEL, C1 controls (0x80-0x9f include CSI 0x9b), and the
# escape sequences that start with ESC.
_ESCAPE_SEQ = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])?")
# Bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder how text after them is
# displayed, so an article could make a terminal show words in an order it does not contain.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with escape sequences and control characters (but not \\t and \\n) removed."""
    if not text:
        return text
    return _CONTROL.sub("", _ESCAPE_SEQ.sub("", text))


# JSON leaves DEL, the C1 controls (0x9b starts a terminal escape) and line separators raw;
# inside a JSON string their \u escapes mean the same and are harmless on a terminal.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029]")
# the same characters, looked for one by one: a substring test per character is ~10x faster than
# the pattern's scan of a batch line (~10 KB) that holds none of them, as nearly all do
_RAW_CHARS = tuple(map(chr, [*range(0x7F, 0xA0), 0x2028, 0x2029]))


# Invisible characters that change how a terminal shows the text around them: bidi marks,
# embeddings, overrides and isolates, zero-width spaces and joiners, word joiner, BOM. JSON keeps
# them (they are article text, and offsets count them); on a terminal they are written escaped.
_INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _escape(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def safe_json(obj: object, indent: int | None = None, *, terminal: bool = False) -> str:
    """JSON (UTF-8 kept readable) in which no character a terminal acts on appears raw; with
    `terminal`, invisible bidi and zero-width characters are \\u-escaped too (same JSON value)."""
    import json

    return _made_safe(json.dumps(obj, ensure_ascii=False, indent=indent), terminal)


def write_safe_json(obj: object, out: TextIO, indent: int | None = None, *, terminal: bool = False,
                    buffer_chars: int = 1 << 16) -> None:
    """Write `safe_json(obj, indent, terminal=terminal)` to `out` a buffer at a time. The whole
    string of a huge analysis is never made: json.dumps with an indent joins a list of every
    token it writes, which for a 20 MB transcript is several times the analysis's own memory.
    Each escape replaces one character, so escaping buffer by buffer gives the same text."""
    import json

    buf: list[str] = []
    size = 0
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(obj):
        buf.append(chunk)
        size += len(chunk)
        if size >= buffer_chars:
            out.write(_made_safe("".join(buf), terminal))
            buf, size = [], 0
    if buf:
        out.write(_made_safe("".join(buf), terminal))


def _made_safe(json_text: str, terminal: bool) -> str:
    text = safe_json_text(json_text)
    return for_terminal(text) if terminal else text


def safe_json_text(json_text: str) -> str:
    """What `safe_json` makes of `json.dumps(obj, ensure_ascii=False)`, from that text."""
    return _escape(_RAW_IN_JSON, json_text) if has_raw(json_text) else json_text


def has_raw(json_text: str) -> bool:
    """Whether `json_text` holds a character that `safe_json_text` escapes."""
    for c in _RAW_CHARS:
        if c in json_text:
            return True
    return False


def for_terminal(json_text: str) -> str:
    """JSON text from `safe_json` as it may be shown on a terminal: json.dumps writes these
    characters only inside strings, where a \\u escape decodes to the same character."""
    return _escape(_INVISIBLE, json_text)


def stdout_is_terminal() -> bool:
    import sys

    return sys.stdout is not None and sys.stdout.isatty()
