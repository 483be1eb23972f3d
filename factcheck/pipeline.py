"""ingest -> page structure -> segment -> attribution -> claims -> headline -> Analysis."""

from __future__ import annotations

import re

from factcheck import claims, headline
from factcheck.model import Analysis, Document, Flag, Sentence, sentence_ids


def _naive_sentences(text: str) -> list[Sentence]:
    spans = []
    for p, m in enumerate(re.finditer(r"[^\n]+", text)):
        for s in re.finditer(r"\S.*?(?:[.!?][\"'”’)]*(?=\s)|$)", m.group()):
            spans.append((m.start() + s.start(), m.start() + s.end(), p))
    texts = [text[a:b] for a, b, _ in spans]
    ids = sentence_ids(texts)
    return [Sentence(id=i, start=a, end=b, text=t, paragraph=p)
            for i, (a, b, p), t in zip(ids, spans, texts)]


def analyze(doc: Document) -> Analysis:
    """Analyse one document."""
    sentences = _naive_sentences(doc.text)
    if sentences:
        sentences[0].role = "headline"
    for s in sentences:
        s.checkworthy = claims.is_checkworthy(s.text)
        s.hedged = claims.is_hedged(s.text)
        if s.role == "body" and s.checkworthy and not s.attributions:
            s.flags.append(Flag("unattributed_claim", f"No source: {s.text[:60]!r} needs attribution"))
    analysis = Analysis(text=doc.text, sentences=sentences)
    if sentences and sentences[0].role == "headline":
        analysis.article["headline"] = sentences[0].text
        analysis.headline_checks = headline.check_headline(sentences[0], analysis.body)
    return analysis


def analyze_text(text: str) -> Analysis:
    return analyze(Document(text=text))
