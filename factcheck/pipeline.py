"""ingest -> page structure -> segment -> attribution -> claims -> headline -> Analysis."""

from __future__ import annotations

from factcheck import claims, flags, headline, page, segment, sources
from factcheck.attribution import attribute
from factcheck.model import Analysis, Document, Sentence, sentence_ids

# Roles whose block is one sentence whatever its punctuation: a headline is read as a unit.
_WHOLE = {"headline", "byline", "dateline", "crosshead"}


def split_sentences(doc: Document, layout: page.Layout) -> list[Sentence]:
    """The document's sentences with their roles, before any analysis."""
    text = doc.text
    spans: list[tuple[int, int, str, int]] = []
    for blk in layout.blocks:
        if blk.role in _WHOLE:
            spans.append((blk.start, blk.end, blk.role, blk.paragraph))
        else:
            for a, b in segment.split_spans(text, blk.start, blk.end):
                spans.append((a, b, blk.role, blk.paragraph))
    texts = [text[a:b] for a, b, _, _ in spans]
    ids = sentence_ids(texts)
    return [Sentence(id=i, start=a, end=b, text=t, paragraph=p, role=r)  # type: ignore[arg-type]
            for i, (a, b, r, p), t in zip(ids, spans, texts)]


def analyze(doc: Document) -> Analysis:
    """Analyse one document. Same input, same output."""
    layout = page.parse(doc)
    sentences = split_sentences(doc, layout)
    attribute(doc.text, sentences)
    for s in sentences:
        if s.role in ("headline", "standfirst", "body", "caption"):
            s.checkworthy = claims.is_checkworthy(s.text)
            s.hedged = claims.is_hedged(s.text)
    flags.annotate(sentences)
    analysis = Analysis(text=doc.text, article=layout.article, sentences=sentences,
                        boilerplate=layout.boilerplate)
    head = next((s for s in sentences if s.role == "headline"), None)
    if head is not None:
        standfirst = [s for s in sentences if s.role == "standfirst"]
        analysis.headline_checks = headline.check_headline(head, analysis.body, standfirst or None)
    analysis.sources = sources.collect(sentences)
    return analysis


def analyze_text(text: str) -> Analysis:
    """Analyse pasted article text."""
    return analyze(Document(text=text))
