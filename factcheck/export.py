"""Exports of an analysis plus its review decisions: a GitHub-flavoured Markdown checklist and
a JSON document. Article text is data: everything taken from it is escaped so that nothing in
it can change the structure of the Markdown (headings, lists, links, HTML, code, tables)."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from factcheck import ANALYZER_VERSION
from factcheck.model import SENTENCE_FLAGS, Analysis, Sentence, article_id
from factcheck.store.reviews import FINAL_STATUSES, STATUSES, Review
from factcheck.text_safety import printable

EXPORT_SCHEMA = "factcheck.review/1"

# Characters that start inline structure anywhere on a line: escapes, code, emphasis, links,
# raw HTML, GFM tables and strikethrough. Every one is ASCII punctuation, which CommonMark
# lets a backslash escape.
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<>|~])")
# An underscore inside a word never emphasises (CommonMark flanking rules): leave snake_case be.
_LOOSE_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# What turns a line into a block: heading, quote, list item, thematic break, setext underline.
_BLOCK_START = re.compile(r"^(?:[#>+=\-]|\d{1,9}(?=[.)]))")
_WS = re.compile(r"\s+")
_AUTOLINKABLE = re.compile(r"^https?://[^\s<>\x00-\x1f\x7f]+$", re.I)


def escape_inline(text: str) -> str:
    """`text` as one line of Markdown that renders as exactly its words: whitespace runs
    (newlines included) become one space, control characters go, and markup is escaped."""
    s = _WS.sub(" ", printable(text)).strip()
    s = _INLINE_SPECIAL.sub(r"\\\1", s)
    s = _LOOSE_UNDERSCORE.sub(r"\\_", s)
    s = _ENTITY.sub(r"\\&", s)
    if s.count("$") >= 2:  # GitHub renders $...$ as maths
        s = s.replace("$", r"\$")
    m = _BLOCK_START.match(s)
    if m:
        end = m.end()
        s = s[:end] + "\\" + s[end:] if m.group()[0].isdigit() else "\\" + s
    return s


def escape_lines(text: str, indent: str) -> str:
    """Several lines of free text (a reviewer's note) kept as lines with hard breaks, each
    escaped like `escape_inline`, continuation lines indented to stay in their list item."""
    lines = [escape_inline(line) for line in printable(text).splitlines()]
    lines = [line for line in lines if line]
    return ("\\\n" + indent).join(lines)


def _code(ident: str) -> str:
    """An identifier the analyzer made (sentence id, flag code) as inline code."""
    return f"`{ident}`" if re.fullmatch(r"[\w.-]+", ident) else escape_inline(ident)


def _link(url: str) -> str:
    return f"<{url}>" if _AUTOLINKABLE.match(url) else escape_inline(url)


# Outside YAML's printable set even inside quotes: U+FFFE, U+FFFF (noncharacters) and lone
# surrogates. A double-quoted scalar may still hold them as \u escapes.
_NOT_YAML_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _yaml(value: Any) -> str:
    # JSON scalars are YAML 1.2 flow scalars; strip what YAML forbids in a stream first.
    if isinstance(value, str):
        value = printable(value).replace("\u2028", " ").replace("\u2029", " ").replace("\ufeff", "")
    text = json.dumps(value, ensure_ascii=False)
    return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _yaml_key(key: str) -> str:
    return key if re.fullmatch(r"[a-z][a-z0-9_]*", key) else _yaml(key)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _single_anonymous(s: Sentence) -> bool:
    """The claim rests on one source and nobody can identify it."""
    names = {a.source for a in s.attributions}
    return len(names) == 1 and all(a.kind == "anonymous" for a in s.attributions)


def checklist_sentences(analysis: Analysis, reviews: dict[str, Review]) -> list[Sentence]:
    """Check-worthy or flagged sentences, plus any sentence a reviewer has decided on."""
    return [s for s in analysis.sentences
            if s.checkworthy or s.flags or (s.id in reviews and reviews[s.id].is_decision)]


def _orphans(analysis: Analysis, reviews: dict[str, Review]) -> list[Review]:
    ids = {s.id for s in analysis.sentences}
    return [r for sid, r in reviews.items() if sid not in ids and r.is_decision]


def _meta(analysis: Analysis, meta: dict | None) -> dict[str, Any]:
    m = dict(meta or {})
    m.setdefault("title", analysis.article.get("headline"))
    m.setdefault("article_id", article_id(analysis.text))
    m.setdefault("analyzer_version", ANALYZER_VERSION)
    return m


def _front_matter(analysis: Analysis, items: list[Sentence], reviews: dict[str, Review], m: dict) -> list[str]:
    statuses = Counter(reviews.get(s.id, Review(s.id)).status for s in items)
    flags = Counter(code for s in analysis.sentences for code in dict.fromkeys(s.flag_codes))
    lines = ["---"]
    for key in ("title", "article_id", "origin"):
        lines.append(f"{key}: {_yaml(m.get(key))}")
    for key in ("byline", "published"):
        lines.append(f"{key}: {_yaml(m.get(key, analysis.article.get(key)))}")
    if m.get("exported_at"):
        lines.append(f"exported_at: {_yaml(m['exported_at'])}")
    lines.append(f"analyzer_version: {_yaml(m.get('analyzer_version'))}")
    lines.append(f"sentences: {len(analysis.sentences)}")
    lines.append(f"checklist_items: {len(items)}")
    lines.append("statuses:")
    lines += [f"  {st}: {statuses.get(st, 0)}" for st in STATUSES]
    lines.append("flags:")
    lines += [f"  {_yaml_key(code)}: {flags.get(code, 0)}" for code in dict.fromkeys([*SENTENCE_FLAGS, *flags])]
    lines.append(f"headline_checks: {len(analysis.headline_checks)}")
    lines.append("---")
    return lines


def _headline_section(analysis: Analysis) -> list[str]:
    out = ["## Headline", ""]
    head = analysis.article.get("headline")
    out += [f"> {escape_inline(head)}", ""] if head else ["No headline was identified.", ""]
    if not analysis.headline_checks:
        out += ["No headline checks were raised." if head else "No headline checks.", ""]
        return out
    for c in analysis.headline_checks:
        ev = f" (evidence: {', '.join(_code(e) for e in c.evidence)})" if c.evidence else ""
        out.append(f"- {_code(c.code)}: {escape_inline(c.message)}{ev}")
    return [*out, ""]


def _sources_section(analysis: Analysis) -> list[str]:
    out = ["## Sources", ""]
    if not analysis.sources:
        return [*out, "No sources were identified: no sentence is attributed to anyone.", ""]
    sole: Counter[str] = Counter()
    for s in analysis.sentences:
        if _single_anonymous(s):
            sole[s.attributions[0].source] += 1
    for src in analysis.sources:
        n = len(src.sentences)
        line = f"- **{escape_inline(src.name)}**: {escape_inline(src.kind)}, {n} sentence{'s' if n != 1 else ''}"
        if sole.get(src.name):
            k = sole[src.name]
            line += f". **Single anonymous source** of {k} sentence{'s' if k != 1 else ''}"
        out.append(line)
    return [*out, ""]


def _attribution_text(s: Sentence) -> str:
    if not s.attributions:
        return "none"
    parts = []
    for a in s.attributions:
        part = f"{escape_inline(a.source)} ({escape_inline(a.kind)})"
        if a.via:
            part += " via " + ", ".join(escape_inline(v) for v in a.via)
        parts.append(part)
    text = "; ".join(dict.fromkeys(parts))
    return text + (". **Single anonymous source**" if _single_anonymous(s) else "")


def _item(sentence_text: str, sid: str, review: Review, sentence: Sentence | None) -> list[str]:
    box = "[x]" if review.status in FINAL_STATUSES else "[ ]"
    out = [f"- {box} {escape_inline(sentence_text) or '(empty sentence)'}"]
    out.append(f"  - Status: **{review.status}** · {_code(sid)}")
    if sentence is not None:
        out.append(f"  - Source: {_attribution_text(sentence)}")
        if sentence.flags:
            flags = "; ".join(f"{_code(f.code)}: {escape_inline(f.message)}" for f in sentence.flags)
            out.append(f"  - Flags: {flags}")
        if sentence.hedged:
            out.append("  - Hedged")
    else:
        out.append("  - No longer in the analysis: a newer analyzer split or changed this sentence")
    if review.note:
        out.append(f"  - Note: {escape_lines(review.note, '    ')}")
    if review.evidence:
        out.append(f"  - Evidence: {', '.join(_link(u) for u in review.evidence)}")
    if review.reviewer and review.updated_at:
        out.append(f"  - Reviewed by {escape_inline(review.reviewer)} at {escape_inline(review.updated_at)}")
    return out


def to_markdown(analysis: Analysis, *, reviews: dict[str, Review] | None = None, meta: dict | None = None) -> str:
    """The checklist. `reviews=None` gives a plain checklist (everything unreviewed); `meta`
    may carry title, origin, article_id, exported_at (omitted when absent, so a plain
    analysis renders the same every time), analyzer_version, byline, published."""
    reviews = reviews or {}
    m = _meta(analysis, meta)
    items = checklist_sentences(analysis, reviews)
    lines = _front_matter(analysis, items, reviews, m)
    title = m.get("title") or "Untitled article"
    lines += ["", f"# Fact-check: {escape_inline(title)}", ""]
    lines += _headline_section(analysis)
    lines += _sources_section(analysis)
    lines += ["## Checklist", ""]
    if not items:
        lines += ["Nothing to check: no sentence is check-worthy or flagged.", ""]
    for s in items:
        lines += _item(s.text, s.id, reviews.get(s.id, Review(s.id)), s)
    orphans = _orphans(analysis, reviews)
    if orphans:
        lines += ["", "## Decisions on sentences no longer in the analysis", ""]
        for r in orphans:
            lines += _item(r.sentence_text, r.sentence_id, r, None)
    return "\n".join(lines).rstrip("\n") + "\n"


def to_json(analysis: Analysis, *, reviews: dict[str, Review] | None = None,
            events: list[dict] | None = None, meta: dict | None = None) -> dict[str, Any]:
    """The analysis (the contract object) with every stored review and the event log."""
    reviews = reviews or {}
    m = _meta(analysis, meta)
    m.setdefault("exported_at", _now())
    return {
        "schema": EXPORT_SCHEMA,
        "meta": m,
        "analysis": analysis.to_dict(),
        "reviews": {sid: r.to_dict() for sid, r in reviews.items()},
        "orphaned": [r.sentence_id for r in _orphans(analysis, reviews)],
        "events": list(events or []),
    }
