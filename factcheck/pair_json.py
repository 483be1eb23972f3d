"""The JSON line of a headline checked over a cached body, written from parts made once per body.

`check_headline_json(body_analysis, headline, first)` is the text of
`json.dumps({**first, **check_headline(body_analysis, headline).to_dict()}, ensure_ascii=False)`.
In a batch of pairs (FNC-1: ~30 headlines a body) building that object and dumping it (~11 KB a
pair) cost more than the checks: yet the body's text, its sentences and its sources are the same
in every pair over the body, but for the offsets, which move by the headline's length. So their
JSON is made once per body (the sentences as a %-template with a hole per offset), and per pair
only the rest is dumped, with marks where the parts go. A mark is a string of private-use
characters; in JSON text a string value's closing quote is never escaped, so a mark's JSON is
found only where a value is exactly the mark: each is looked for, and unless it is there once,
the pair is written the plain way. The same goes for the holes of a sentence's template.

`check_headline_utf8` is the same line through `safe_json_text`, as UTF-8: the batch writes bytes,
and the body's parts are kept encoded too, so a pair's ~11 KB (mostly text with curly quotes, which
Python holds two bytes a character) is not encoded per pair, nor decoded and encoded again by the
process that writes it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from operator import is_
from typing import Any

from factcheck.model import Sentence
from factcheck.pipeline import BodyAnalysis, checked_headline
from factcheck.text_safety import has_raw, safe_json_text

_TEXT, _SENTENCES, _SOURCES = "\ue000text\ue000", "\ue000sentences\ue000", "\ue000sources\ue000"
_MARK_JSON = {m: json.dumps(m, ensure_ascii=False) for m in (_TEXT, _SENTENCES, _SOURCES)}
_HOLE = re.compile('"\ue001(\\d+)\ue001"')


@dataclass(frozen=True)
class BodyJson:
    """What every pair over one body repeats, as JSON text."""

    text: str  # json.dumps(body)
    sentences: str  # the body's sentences moved after a headline: `sentences % tuple(offsets + shift)`
    offsets: tuple[int, ...]
    sources: str  # the body's own sources
    # (text, sentences, sources) as UTF-8; None when one holds a character safe_json_text escapes
    utf8: tuple[bytes, bytes, bytes] | None = None
    # each sentence's template and its number of offsets, for a body resolved again after a
    # headline that named someone: only the sentences whose attributions moved are written anew
    each: tuple[tuple[str, int], ...] = ()


def body_json(body_analysis: BodyAnalysis) -> BodyJson | None:
    """The body's parts, made when first asked; None if a sentence's text defeats the template."""
    if body_analysis.json_parts is None:
        body_analysis.json_parts = _made(body_analysis) or False
    return body_analysis.json_parts or None


def _made(ba: BodyAnalysis) -> BodyJson | None:
    templates, offsets, counts = [], [], []
    for s in ba.analysis.sentences:
        made = moved_template(s)
        if made is None:
            return None
        templates.append(made[0])
        offsets += made[1]
        counts.append(len(made[1]))
    sources = json.dumps([x.to_dict() for x in ba.analysis.sources], ensure_ascii=False)
    text, sentences = json.dumps(ba.body, ensure_ascii=False), ", ".join(templates)
    utf8 = None
    if not any(map(has_raw, (text, sentences, sources))):
        try:
            utf8 = (text.encode("utf-8"), sentences.encode("utf-8"), sources.encode("utf-8"))
        except UnicodeEncodeError:  # a lone surrogate: the str line fails where it is written
            pass
    return BodyJson(text, sentences, tuple(offsets), sources, utf8, tuple(zip(templates, counts)))


def _moved_again(parts: BodyJson, own: list[Sentence], again: list[Sentence]) -> tuple[str, list[int]] | None:
    """The template and offsets of the body's sentences resolved again (`again`, one for each of
    the body's `own`): an unchanged sentence's from the body's parts, a changed one's made anew."""
    if len(again) != len(own) or len(parts.each) != len(own):
        return None
    templates, offsets, at = [], [], 0
    every = parts.offsets
    for s, was, (template, n) in zip(again, own, parts.each):
        if s == was:  # every field the JSON shows (Attribution.reports is not compared, nor shown)
            templates.append(template)
            offsets += every[at:at + n]
        else:
            made = moved_template(s)
            if made is None:
                return None
            templates.append(made[0])
            offsets += made[1]
        at += n
    return ", ".join(templates), offsets


def moved_template(s: Sentence) -> tuple[str, list[int]] | None:
    """One sentence's JSON moved one paragraph and some characters on, as `pipeline._copy_sentence`
    moves it (start, end, and each span that points at something), as a %-template with a hole
    for each offset, and the offsets: `template % tuple(x + shift for x in offsets)`."""
    offsets: list[int] = []

    def hole(x: int) -> str:
        offsets.append(x)
        return f"\ue001{len(offsets) - 1}\ue001"

    d = s.to_dict()
    d["start"], d["end"], d["paragraph"] = hole(s.start), hole(s.end), s.paragraph + 1
    for a, ad in zip(s.attributions, d["attributions"]):
        if a.span is not None and a.span[0] >= 0:
            ad["span"] = [hole(a.span[0]), hole(a.span[1])]
    parts = _HOLE.split(json.dumps(d, ensure_ascii=False))
    if parts[1::2] != [str(i) for i in range(len(offsets))]:
        return None
    return "%d".join(p.replace("%", "%%") for p in parts[0::2]), offsets


@dataclass
class _PairJson:
    """A pair's line in pieces: `own` (the pair's own JSON) with the body's parts at `spots`."""

    own: str
    spots: list[tuple[int, int, str]]  # (where, length, mark) in `own`, in order
    head: str  # the JSON of the text's start before the body: `"headline\n\n` (no closing quote)
    shift: int
    parts: BodyJson
    sentences: str  # the body's sentences' template (parts.sentences unless resolved again)
    offsets: tuple[int, ...] | list[int]
    sentences_utf8: bytes | None  # the template as UTF-8 when it is the body's own


def check_headline_json(body_analysis: BodyAnalysis, headline_text: str | None, first: dict[str, Any]) -> str:
    """`json.dumps({**first, **check_headline(body_analysis, headline_text).to_dict()},
    ensure_ascii=False)`: the same text, from the body's parts when the body is as it was on its own."""
    pair = _pair_json(body_analysis, headline_text, first)
    return pair if isinstance(pair, str) else _joined(pair)


def check_headline_utf8(body_analysis: BodyAnalysis, headline_text: str | None, first: dict[str, Any]) -> bytes:
    """`safe_json_text(check_headline_json(body_analysis, headline_text, first)).encode("utf-8")`,
    joined from the body's parts kept as UTF-8 when neither they nor the pair's own JSON hold a
    character that safe_json_text escapes."""
    pair = _pair_json(body_analysis, headline_text, first)
    if isinstance(pair, str):
        return safe_json_text(pair).encode("utf-8")
    utf8 = pair.parts.utf8
    template = pair.sentences_utf8
    if template is None and utf8 is not None and not has_raw(pair.sentences):
        template = pair.sentences.encode("utf-8")  # resolved again: made for this pair
    if utf8 is None or template is None or has_raw(pair.own) or has_raw(pair.head):
        return safe_json_text(_joined(pair)).encode("utf-8")
    return b"".join(_spliced(pair, pair.head.encode("utf-8") + utf8[0][1:], template, utf8[2], str.encode))


def _joined(pair: _PairJson) -> str:
    parts = pair.parts
    return "".join(_spliced(pair, pair.head + parts.text[1:], pair.sentences, parts.sources, str))


def _spliced(pair: _PairJson, text: Any, template: Any, sources: Any, encode: Callable[[str], Any]) -> list[Any]:
    """The pair's own JSON (through `encode`) with the body's parts in its marks' places: as str
    or as UTF-8 bytes alike (a %d template fills the same either way)."""
    fills = {_TEXT: text, _SOURCES: sources}
    if _SENTENCES in (mark for _, _, mark in pair.spots):
        shift = pair.shift
        fills[_SENTENCES] = template % tuple([x + shift for x in pair.offsets])
    own, pieces, pos = pair.own, [], 0
    for at, length, mark in pair.spots:
        pieces += (encode(own[pos:at]), fills[mark])
        pos = at + length
    pieces.append(encode(own[pos:]))
    return pieces


def _pair_json(body_analysis: BodyAnalysis, headline_text: str | None, first: dict[str, Any]) -> _PairJson | str:
    """The pair's line in pieces, or (the body not as it was on its own, or a mark in the way) whole."""
    got = checked_headline(body_analysis, headline_text)
    base = body_analysis.analysis
    parts = body_json(body_analysis) if got.body is not None else None
    if parts is None:
        return _plain(got.whole(), first)
    if got.body is base.sentences:
        sentences, offsets, sentences_utf8 = parts.sentences, parts.offsets, parts.utf8 and parts.utf8[1]
    else:  # resolved again after a headline that named someone
        again = _moved_again(parts, base.sentences, got.body)  # type: ignore[arg-type]
        if again is None:
            return _plain(got.whole(), first)
        (sentences, offsets), sentences_utf8 = again, None
    a = got.analysis
    same_sources = len(a.sources) == len(base.sources) and all(map(is_, a.sources, base.sources))
    d = {**first, **(replace(a, sources=[]) if same_sources else a).to_dict()}
    marks = [_TEXT]
    d["text"] = _TEXT
    if sentences:
        d["sentences"].append(_SENTENCES)
        marks.append(_SENTENCES)
    if same_sources:
        d["sources"] = _SOURCES
        marks.append(_SOURCES)
    out = json.dumps(d, ensure_ascii=False)
    spots = []
    for mark in marks:
        mark_json = _MARK_JSON[mark]
        at = out.find(mark_json)
        if at < 0 or out.find(mark_json, at + 1) >= 0:  # an id or a field that is exactly a mark
            return _plain(got.whole(), first)
        spots.append((at, len(mark_json), mark))
    spots.sort()
    return _PairJson(out, spots, json.dumps(a.text[:got.shift], ensure_ascii=False)[:-1], got.shift, parts,
                     sentences, offsets, sentences_utf8)


def _plain(analysis: Any, first: dict[str, Any]) -> str:
    return json.dumps({**first, **analysis.to_dict()}, ensure_ascii=False)
