"""Bytes -> str for article files: BOMs, UTF-8, UTF-16, legacy encodings, and a clear error for non-text."""

from __future__ import annotations

import codecs
import re

from factcheck.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Formats people mistake for articles; naming them makes the error actionable.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a media file (RIFF/WebP/WAV)"),
    (b"PK\x03\x04", "a ZIP archive or an Office document (.docx/.odt)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Legacy encodings whose text is mostly ASCII letters: Western European news in cp1252 and
# latin-1 has only a few high bytes. Text in Cyrillic, Greek or CJK legacy encodings is mostly
# high bytes, and that is where a statistical detector is needed (and reliable).
_HIGH_BYTE_SHARE_FOR_DETECTION = 0.3

# WHATWG: browsers decode pages labelled latin-1 / ASCII as windows-1252, and so must we.
_LABEL_ALIASES = {"latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252"}


def binary_kind(data: bytes) -> str | None:
    """What a non-text file is ("a PDF document"), or None when it is not a known format."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if magic == b"MZ" and not _looks_binary(data):
                return None  # an article may begin with "MZ..."; only binary content counts
            return kind
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(sample) // 50)


# Code point categories no article text holds: controls (but tab, line breaks, form feed),
# unassigned, private use, and the noncharacters a byte-swapped BOM turns into.
_NOT_TEXT = frozenset(("Cc", "Cn", "Co", "Cs"))
_UTF16_SAMPLE = 8192


def _as_utf16_text(sample: bytes, encoding: str) -> tuple[int, int] | None:
    """(characters that are no text, ASCII spaces and line breaks) of `sample` read as
    `encoding`, or None when it is not UTF-16 at all (an unpaired surrogate)."""
    import unicodedata

    try:  # incremental, so a surrogate pair cut by the end of the sample is not an error
        text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None
    bad = sum(1 for c in text if c in "\ufffe\uffff" or (unicodedata.category(c) in _NOT_TEXT and c not in "\t\n\r\f"))
    return bad, sum(1 for c in text if c in " \n\r\t")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for UTF-16 saved without a BOM, in any script, when only one
    byte order reads as text. Text in UTF-8 or a legacy encoding never holds a NUL byte, while
    UTF-16 text has one in every space and line break (U+0020, U+000A); read in the wrong byte
    order those become U+2000 and the unassigned U+0A00, letters scatter over unassigned and
    surrogate code points, and no ASCII space is left."""
    sample = data[:_UTF16_SAMPLE]
    if len(data) < 4 or len(data) % 2 or b"\x00" not in sample:
        return None
    readings = []
    for encoding in ("utf-16-le", "utf-16-be"):
        read = _as_utf16_text(sample, encoding)
        if read is not None:
            bad, spaces = read
            if spaces and bad * 100 <= len(sample) // 2:  # 1% slack for a stray control
                readings.append((spaces, encoding))
    if len(readings) == 1:
        return readings[0][1]
    if len(readings) == 2 and max(readings)[0] >= 4 * min(readings)[0]:
        return max(readings)[1]  # both plausible: only far more spaces one way is unambiguous
    return None


def _cp1252_for_invalid(err: UnicodeDecodeError) -> tuple[str, int]:
    # Mixed files (UTF-8 with a stray Windows curly quote pasted in) are common in newsrooms.
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error("factcheck-cp1252", _cp1252_for_invalid)

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few invalid bytes: many valid multibyte sequences, few stray high bytes."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if valid == 0:
        return False
    invalid = 0
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        invalid = sum(1 for _ in re.finditer(rb"[\x80-\xff]", _UTF8_MULTIBYTE.sub(b"", data)))
    return valid >= invalid


def normalise_label(label: str | None) -> str | None:
    """A charset label from a page or an HTTP header -> a Python codec name, or None."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except LookupError:
        return None
    return _LABEL_ALIASES.get(name, name)


def _detect_legacy(data: bytes, origin: str) -> str:
    sample = data[:65536]
    high = sum(1 for b in sample if b >= 0x80)
    visible = max(1, sum(1 for b in sample if b > 32))
    # A detector cannot tell encodings apart from a handful of bytes; cp1252 is the likeliest.
    if visible < 40 or high / visible < _HIGH_BYTE_SHARE_FOR_DETECTION:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass  # bytes cp1252 leaves undefined: let the detector try
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{origin}: cannot decode the text (not UTF-8, UTF-16 or a known legacy encoding)") from None


def decode_bytes(data: bytes, origin: str = "input", declared: str | None = None) -> str:
    """Decode an article file. `declared` is a charset the container names (HTTP header, <meta>).

    Order: byte-order mark, UTF-16 without a BOM, UTF-8, the declared charset, UTF-8 with stray
    cp1252 bytes, then legacy encodings. Valid UTF-8 beats a declaration because pages labelled
    latin-1 that are really UTF-8 are common, while legacy text that happens to be valid UTF-8
    is vanishingly rare. Raises InputError for data that is not text at all."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"{origin}: starts with a {enc} byte-order mark but is not valid {enc}") from None
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{origin}: this is {kind}, not an article's text")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise InputError(f"{origin}: looks like binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = normalise_label(declared)
    if codec and not codec.startswith(("utf_8", "utf_16", "utf_32")):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # pages often lie about their charset; fall through to detection
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="factcheck-cp1252")
    return _detect_legacy(data, origin)
