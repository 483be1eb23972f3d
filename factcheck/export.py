"""Exports of an analysis plus its review decisions and source corrections: a GitHub-flavoured
Markdown checklist and a JSON document. Article text is data: everything taken from it is
escaped so that nothing in it can change the structure of the Markdown (headings, lists, links,
HTML, code, tables) or turn into a mention or an issue link where the checklist is pasted.

Corrections win: the sources, flags and checklist items are those of
`apply_corrections(analysis, corrections).analysis`, with the machine's reading shown beside
each corrected source."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from factcheck import ANALYZER_VERSION
from factcheck.checklist import checklist_sentences, display_numbers, label, progress
from factcheck.corrections import Corrected, Correction, Reading, apply_corrections
from factcheck.flags import basis
from factcheck.language import NOT_ENGLISH
from factcheck.model import SENTENCE_FLAGS, Analysis, Attribution, Sentence, article_id
from factcheck.reviews import STATUSES, Review, StoredArticle
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
# What GitHub and GitLab turn into links after rendering (a backslash escape does not stop them,
# they work on the rendered text): @name mentions, #12 / GH-12 / !12 issue and merge-request
# references. An invisible WORD JOINER after the sign breaks the pattern and shows nothing.
_REFERENCE = re.compile(r"(?<!\w)(@)(?=\w)|(#|(?<!\w)!)(?=\d)|(?<=\bGH)(-)(?=\d)", re.I)
WORD_JOINER = "\u2060"


def escape_inline(text: str) -> str:
    """`text` as one line of Markdown that renders as exactly its words: whitespace runs
    (newlines included) become one space, control characters go, and markup is escaped."""
    s = _WS.sub(" ", printable(text)).strip()
    s = _REFERENCE.sub(lambda m: m.group() + WORD_JOINER, s)
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


VERDICTS = {
    "unreviewed": "Unreviewed",
    "needs_check": "Needs check",
    "verified": "Verified",
    "disputed": "Disputed",
    "unverifiable": "Unverifiable",
    "not_a_claim": "Not a claim",
}
# A ticked box means "nothing left to do for the editor", so only these tick it: a disputed or
# unverifiable claim is decided but still needs the editor (cut it, hedge it, source it), and
# GitHub counts ticked boxes as done tasks. The verdict is the item's first word either way.
TICKED = ("verified", "not_a_claim")
# What an editor must act on before publishing, most serious first.
ATTENTION_STATUSES = ("disputed", "unverifiable", "needs_check")


def verdict(status: str) -> str:
    return VERDICTS.get(status, status.replace("_", " ").capitalize())


def _single_anonymous(s: Sentence) -> str | None:
    """The one source the claim rests on when nobody can identify it (also the unnamed
    underlying source of a chain: "Yonhap, citing an allied intelligence agency"), else None."""
    bases = {(name, kind) for a in s.attributions if a.reports
             for name, kind in ([(v, k) for v, k, _ in basis(a)] if a.via else [(a.source, a.kind)])}
    if len(bases) == 1 and next(iter(bases))[1] == "anonymous":
        return next(iter(bases))[0]
    return None


def _orphans(analysis: Analysis, reviews: dict[str, Review]) -> list[Review]:
    ids = {s.id for s in analysis.sentences}
    return [r for sid, r in reviews.items() if sid not in ids and r.is_decision]


def _meta(analysis: Analysis, meta: dict | None) -> dict[str, Any]:
    m = dict(meta or {})
    m.setdefault("title", analysis.article.get("headline"))
    m.setdefault("article_id", article_id(analysis.text))
    m.setdefault("analyzer_version", ANALYZER_VERSION)
    return m


def _attention(items: list[Sentence], reviews: dict[str, Review]) -> list[tuple[Sentence, Review]]:
    """Disputed, unverifiable and needs-check items, then flagged ones nobody reviewed yet."""
    out = []
    for status in ATTENTION_STATUSES:
        out += [(s, reviews[s.id]) for s in items if s.id in reviews and reviews[s.id].status == status]
    out += [(s, reviews.get(s.id, Review(s.id))) for s in items
            if s.flags and reviews.get(s.id, Review(s.id)).status == "unreviewed"]
    return out


def _front_matter(effective: Analysis, items: list[Sentence], reviews: dict[str, Review], m: dict,
                  fixed: Corrected, attention: int) -> list[str]:
    statuses = Counter(reviews.get(s.id, Review(s.id)).status for s in items)
    flags = Counter(code for s in effective.sentences for code in dict.fromkeys(s.flag_codes))
    done = progress(effective, reviews)
    lines = ["---"]
    for key in ("title", "article_id", "origin"):
        lines.append(f"{key}: {_yaml(m.get(key))}")
    for key in ("byline", "published"):
        lines.append(f"{key}: {_yaml(m.get(key, effective.article.get(key)))}")
    if m.get("exported_at"):
        lines.append(f"exported_at: {_yaml(m['exported_at'])}")
    lines.append(f"analyzer_version: {_yaml(m.get('analyzer_version'))}")
    lines.append(f"sentences: {len(effective.sentences)}")
    lines.append(f"checklist_items: {len(items)}")
    lines.append(f"progress: {_yaml(str(done))}")
    lines.append(f"needs_attention: {attention}")
    lines.append(f"source_corrections: {len(fixed.corrected)}")
    lines.append("statuses:")
    lines += [f"  {st}: {statuses.get(st, 0)}" for st in STATUSES]
    lines.append("flags:")
    lines += [f"  {_yaml_key(code)}: {flags.get(code, 0)}" for code in dict.fromkeys([*SENTENCE_FLAGS, *flags])]
    lines.append(f"headline_checks: {len(effective.headline_checks)}")
    lines.append("---")
    return lines


def _headline_section(analysis: Analysis) -> list[str]:
    out = ["## Headline", ""]
    head = analysis.article.get("headline")
    out += [f"> {escape_inline(head)}", ""] if head else ["No headline was identified.", ""]
    if not analysis.headline_checks:
        out += ["No headline checks were raised." if head else "No headline checks.", ""]
        return out
    numbers = display_numbers(analysis)
    for c in analysis.headline_checks:
        # evidence named as the review app and the items below name it ("#5 · s2014cd95c4")
        ev = f" (evidence: {', '.join(_code_span(label(numbers.get(e), e)) for e in c.evidence)})" if c.evidence else ""
        out.append(f"- {_code(c.code)}: {escape_inline(c.message)}{ev}")
    return [*out, ""]


def _sources_section(fixed: Corrected) -> list[str]:
    analysis = fixed.analysis
    out = ["## Sources", ""]
    if not analysis.sources:
        return [*out, "No sources were identified: no sentence is attributed to anyone.", ""]
    sole: Counter[str] = Counter()
    for s in analysis.sentences:
        name = _single_anonymous(s)
        if name:
            sole[name] += 1
    machine_names = {src.name for src in fixed.machine.sources}
    for src in analysis.sources:
        n = len(src.sentences)
        line = f"- **{escape_inline(src.name)}**: {escape_inline(src.kind)}, {n} sentence{'s' if n != 1 else ''}"
        if src.name not in machine_names:
            line += " (named by a reviewer's correction)"
        if sole.get(src.name):
            k = sole[src.name]
            line += f". **Single anonymous source** of {k} sentence{'s' if k != 1 else ''}"
        out.append(line)
    return [*out, ""]


def _one_attribution(a: Attribution) -> str:
    part = f"{escape_inline(a.source)} ({escape_inline(a.kind)})"
    if a.via:
        # each link keeps its kind: "via an allied intelligence agency (anonymous)"
        part += " via " + ", ".join(f"{escape_inline(v)} ({escape_inline(k)})" for v, k, _ in basis(a))
    return part


def _attribution_text(s: Sentence) -> str:
    sources = [a for a in s.attributions if a.reports]
    # an actor the sentence tells about ("the council voted") is not who the claim rests on
    actors = "; ".join(dict.fromkeys(_one_attribution(a) for a in s.attributions if not a.reports))
    about = f" (about: {actors}; told about, not a source)" if actors else ""
    if not sources:
        return "none" + about
    text = "; ".join(dict.fromkeys(_one_attribution(a) for a in sources))
    if _single_anonymous(s):
        return text + (". **Rests on an unnamed source**" if any(a.via for a in sources)
                       else ". **Single anonymous source**") + about
    return text + about


def _source_lines(reading: Reading) -> list[str]:
    s = reading.sentence
    c = reading.correction
    if c is None:
        return [f"  - Source: {_attribution_text(s)}"]
    who = f" by {escape_inline(c.reviewer)}" if c.reviewer else ""
    out = [f"  - Source (**corrected**{who}): {_attribution_text(s)}"]
    out.append(f"  - Machine's reading: {_attribution_text(reading.machine)}")
    if c.note:
        out.append(f"  - Why: {escape_lines(c.note, '    ')}")
    return out


def _correction_lines(c: Correction) -> list[str]:
    """A correction whose sentence is gone: what the reviewer said, as words."""
    text = "; ".join(
        f"{escape_inline(x.source)} ({escape_inline(x.kind)})" + (" via " + ", ".join(map(escape_inline, x.via))
                                                                  if x.via else "")
        for x in c.sources) or "none"
    who = f" by {escape_inline(c.reviewer)}" if c.reviewer else ""
    out = [f"  - Source (**corrected**{who}): {text}"]
    if c.note:
        out.append(f"  - Why: {escape_lines(c.note, '    ')}")
    return out


def _review_lines(review: Review) -> list[str]:
    out = []
    if review.note:
        out.append(f"  - Note: {escape_lines(review.note, '    ')}")
    if review.evidence:
        out.append(f"  - Evidence: {', '.join(_link(u) for u in review.evidence)}")
    if review.reviewer and review.updated_at:
        what = "Reviewed" if review.status != "unreviewed" else "Note or evidence added"
        out.append(f"  - {what} by {escape_inline(review.reviewer)} at {escape_inline(review.updated_at)}")
    return out


def _first_line(review: Review, number: int | None, sid: str, text: str) -> str:
    box = "[x]" if review.status in TICKED else "[ ]"
    return (f"- {box} **{verdict(review.status)}** · {_code_span(label(number, sid))} · "
            f"{escape_inline(text) or '(empty sentence)'}")


def _code_span(text: str) -> str:
    """Our own label (`#5 · s2014cd95c4`) as inline code: GitHub links neither #5 nor the id there."""
    return f"`{text}`"


def _item(reading: Reading, review: Review, number: int) -> list[str]:
    s = reading.sentence
    out = [_first_line(review, number, s.id, s.text)]
    out += _source_lines(reading)
    if s.flags:
        flags = "; ".join(f"{_code(f.code)}: {escape_inline(f.message)}" for f in s.flags)
        out.append(f"  - Flags: {flags}")
    if s.hedged:
        out.append("  - Hedged")
    return out + _review_lines(review)


def _excerpt(text: str, words: int = 12) -> str:
    parts = printable(text).split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _attention_line(s: Sentence, review: Review, number: int) -> str:
    if review.status == "unreviewed":
        reason = "; ".join(f.message for f in s.flags)
    else:
        note = " ".join(review.note.split())
        reason = note or "no note given"
    return (f"- **{verdict(review.status)}** · {_code_span(label(number, s.id))} · "
            f"“{escape_inline(_excerpt(s.text))}”: {escape_inline(reason)}")


def to_markdown(analysis: Analysis, *, reviews: dict[str, Review] | None = None, meta: dict | None = None,
                corrections: dict[str, Correction] | None = None, include_chrome: bool = False) -> str:
    """The checklist: front matter, `## Needs attention`, the headline checks, the checklist
    (one item per check-worthy or flagged sentence, verdict first, named `#5 · s2014cd95c4`;
    captions and page chrome only with `include_chrome`), the sources, and decisions whose
    sentence is gone. `reviews=None` gives a plain checklist (everything unreviewed); `meta`
    may carry title, origin, article_id, exported_at (omitted when absent, so a plain
    analysis renders the same every time), analyzer_version, byline, published."""
    reviews = reviews or {}
    fixed = apply_corrections(analysis, corrections or {})
    effective = fixed.analysis
    numbers = display_numbers(analysis)
    m = _meta(analysis, meta)
    items = checklist_sentences(effective, reviews, include_chrome=include_chrome)
    attention = _attention(items, reviews)
    lines = _front_matter(effective, items, reviews, m, fixed, len(attention))
    title = m.get("title") or "Untitled article"
    lines += ["", f"# Fact-check: {escape_inline(title)}", ""]
    lines += [f"Progress: {progress(effective, reviews)}.", ""]
    if not analysis.reads_as_english():
        lines += [f"**Not analysed:** {escape_inline(NOT_ENGLISH)}", ""]
    lines += ["## Needs attention", ""]
    if attention:
        lines += [_attention_line(s, r, numbers[s.id]) for s, r in attention] + [""]
    else:
        lines += ["Nothing needs attention: no claim is disputed, unverifiable or waiting for a check, and "
                  "every flagged sentence is reviewed.", ""]
    lines += _headline_section(effective)
    lines += ["## Checklist", ""]
    if not items:
        lines += ["Nothing to check: no sentence is check-worthy or flagged.", ""]
    for s in items:
        lines += _item(fixed.reading(s.id), reviews.get(s.id, Review(s.id)), numbers[s.id])
    lines += ["", *_sources_section(fixed)]
    orphans = _orphans(analysis, reviews)
    orphaned_fixes = {c.sentence_id: c for c in fixed.orphaned}
    if orphans or orphaned_fixes:
        lines += ["## Decisions on sentences no longer in the analysis", ""]
        for r in orphans:
            lines.append(_first_line(r, None, r.sentence_id, r.sentence_text))
            lines.append("  - No longer in the analysis: a newer analyzer split or changed this sentence")
            if r.sentence_id in orphaned_fixes:
                lines += _correction_lines(orphaned_fixes.pop(r.sentence_id))
            lines += _review_lines(r)
        for c in orphaned_fixes.values():
            lines.append(_first_line(Review(c.sentence_id), None, c.sentence_id, c.sentence_text))
            lines.append("  - No longer in the analysis: a newer analyzer split or changed this sentence")
            lines += _correction_lines(c)
    return "\n".join(lines).rstrip("\n") + "\n"


def to_json(analysis: Analysis, *, reviews: dict[str, Review] | None = None,
            events: list[dict] | None = None, meta: dict | None = None,
            corrections: dict[str, Correction] | None = None) -> dict[str, Any]:
    """The analysis as corrected (the contract object: corrected sentences carry the reviewer's
    attributions and the flags they call for), every stored review, each correction with the
    machine's reading of its sentence, the shared progress count and the event log."""
    reviews = reviews or {}
    fixed = apply_corrections(analysis, corrections or {})
    m = _meta(analysis, meta)
    m.setdefault("exported_at", _now())
    done = progress(fixed.analysis, reviews)
    orphaned = [r.sentence_id for r in _orphans(analysis, reviews)]
    orphaned += [c.sentence_id for c in fixed.orphaned if c.sentence_id not in orphaned]
    out_corrections = {}
    for sid, c in (corrections or {}).items():
        entry = c.to_dict()
        machine = analysis.sentence(sid)
        entry["machine"] = None if machine is None else {
            "attributions": [a.to_dict() for a in machine.attributions],
            "flags": [f.to_dict() for f in machine.flags]}
        out_corrections[sid] = entry
    return {
        "schema": EXPORT_SCHEMA,
        "meta": m,
        "analysis": fixed.analysis.to_dict(),
        "progress": {"reviewed": done.reviewed, "items": done.total},
        "reviews": {sid: r.to_dict() for sid, r in reviews.items()},
        "corrections": out_corrections,
        "orphaned": orphaned,
        "events": list(events or []),
    }


def stored_export(article: StoredArticle, fmt: str = "md", *, include_chrome: bool = False,
                  exported_at: str | None = None, terminal: bool = False,
                  claimreview: Mapping[str, str | None] | None = None) -> str:
    """The export of a stored article (as `Store.stored_article` hands it over) as text,
    corrections applied: what `factcheck export` and the review app's `x` write. `fmt` is md,
    json, text (the terminal report) or claimreview (`claimreview` then holds url,
    publisher_name, publisher_url). `terminal`: JSON bound for a terminal gets its invisible
    characters escaped."""
    analysis, reviews, corrections = article.analysis, article.reviews, article.corrections
    meta = {"title": article.title, "article_id": article.article_id, "origin": article.origin,
            "exported_at": exported_at or _now(), "analyzer_version": article.analyzer_version,
            "imported_at": article.imported_at}
    if fmt == "md":
        return to_markdown(analysis, reviews=reviews, meta=meta, corrections=corrections,
                           include_chrome=include_chrome)
    if fmt == "text":
        from factcheck.report import to_text

        return to_text(analysis, corrected=apply_corrections(analysis, corrections), reviews=reviews)
    if fmt == "json":
        doc: Any = to_json(analysis, reviews=reviews, events=article.events, meta=meta,
                           corrections=corrections)
    elif fmt == "claimreview":
        from factcheck.claimreview import claim_reviews

        opts = dict(claimreview or {})
        origin = article.origin or ""
        doc = claim_reviews(analysis, reviews, url=opts.get("url") or "", corrections=corrections,
                            publisher_name=opts.get("publisher_name") or "",
                            publisher_url=opts.get("publisher_url"),
                            article_url=origin if "://" in origin else None)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    from factcheck.text_safety import safe_json

    return safe_json(doc, indent=2, terminal=terminal) + "\n"
