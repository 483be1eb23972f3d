"""Bytes -> str for article files: BOMs, UTF-8, UTF-16, and the legacy Windows/Latin encodings."""

from __future__ import annotations

import codecs

from factcheck.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(sample) // 50)


def decode_bytes(data: bytes, origin: str = "input") -> str:
    """Decode an article file. Raises InputError for data that is not text at all."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"{origin}: starts with a {enc} byte-order mark but is not valid {enc}") from None
    if _looks_binary(data):
        raise InputError(f"{origin}: looks like binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # cp1252 is a superset of latin-1's printable range and is what "latin-1" files from
    # Windows newsrooms really are; undefined bytes (0x81, 0x8d, ...) mean it is not cp1252.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{origin}: cannot decode the text (not UTF-8, UTF-16 or cp1252)") from None
