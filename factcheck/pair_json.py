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
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from operator import is_
from typing import Any

from factcheck.model import Sentence
from factcheck.pipeline import BodyAnalysis, checked_headline

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


def body_json(body_analysis: BodyAnalysis) -> BodyJson | None:
    """The body's parts, made when first asked; None if a sentence's text defeats the template."""
    if body_analysis.json_parts is None:
        body_analysis.json_parts = _made(body_analysis) or False
    return body_analysis.json_parts or None


def _made(ba: BodyAnalysis) -> BodyJson | None:
    templates, offsets = [], []
    for s in ba.analysis.sentences:
        made = moved_template(s)
        if made is None:
            return None
        templates.append(made[0])
        offsets += made[1]
    sources = json.dumps([x.to_dict() for x in ba.analysis.sources], ensure_ascii=False)
    return BodyJson(json.dumps(ba.body, ensure_ascii=False), ", ".join(templates), tuple(offsets), sources)


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


def check_headline_json(body_analysis: BodyAnalysis, headline_text: str | None, first: dict[str, Any]) -> str:
    """`json.dumps({**first, **check_headline(body_analysis, headline_text).to_dict()},
    ensure_ascii=False)`: the same text, from the body's parts when the body is as it was on its own."""
    got = checked_headline(body_analysis, headline_text)
    base = body_analysis.analysis
    parts = body_json(body_analysis) if got.body is base.sentences else None
    if parts is None:
        return _plain(got.whole(), first)
    a = got.analysis
    same_sources = len(a.sources) == len(base.sources) and all(map(is_, a.sources, base.sources))
    d = {**first, **(replace(a, sources=[]) if same_sources else a).to_dict()}
    fills = {_TEXT: json.dumps(a.text[:got.shift], ensure_ascii=False)[:-1] + parts.text[1:]}
    d["text"] = _TEXT
    if parts.sentences:
        shift = got.shift
        fills[_SENTENCES] = parts.sentences % tuple([x + shift for x in parts.offsets])
        d["sentences"].append(_SENTENCES)
    if same_sources:
        fills[_SOURCES] = parts.sources
        d["sources"] = _SOURCES
    out = json.dumps(d, ensure_ascii=False)
    spots = []
    for mark, value in fills.items():
        mark_json = _MARK_JSON[mark]
        at = out.find(mark_json)
        if at < 0 or out.find(mark_json, at + 1) >= 0:  # an id or a field that is exactly a mark
            return _plain(got.whole(), first)
        spots.append((at, len(mark_json), value))
    pieces, pos = [], 0
    for at, length, value in sorted(spots):
        pieces += (out[pos:at], value)
        pos = at + length
    pieces.append(out[pos:])
    return "".join(pieces)


def _plain(analysis: Any, first: dict[str, Any]) -> str:
    return json.dumps({**first, **analysis.to_dict()}, ensure_ascii=False)
