"""Property-based tests: on arbitrary input the analysis and the ingest never crash, and offsets hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.ingest import document_from_bytes
from factcheck.ingest.html import html_document
from factcheck.model import Document
from factcheck.pipeline import analyze

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of news English that exercise the real code paths (quotes, cues, abbreviations,
# numbers, datelines, chrome), shuffled with arbitrary text and awkward whitespace.
FRAGMENTS = [
    "said", "told reporters", "according to", "Dr.", "Gen.", "U.S.", "Jan.", "7.30am", "3.5%", "$2bn",
    "“", "”", "\"", "'", "‘", "’", "—", "-", "(", ")", ":", ";", ".", "?", "!", "...", "…",
    "By Jane Doe", "LONDON, March 3 (Reuters) -", "RECOMMENDED", "Advertisement", "Related", "SOURCE:",
    "a person familiar with the matter", "experts say", "he added", "the agency", "Photo: AP",
    "\n", "\n\n", "\r\n", "\t", " ", "  ", "\u00a0", "\u2028", "\u200b", "\ufeff", "\x00", "\x1b[31m",
    "North Korea", "The ministry", "She", "It", "officials who spoke on condition of anonymity",
]
news_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), news_like)


def check_sentences(doc: Document) -> None:
    analysis = analyze(doc)
    text = analysis.text
    assert text == doc.text
    previous_end = 0
    for s in analysis.sentences:
        assert 0 <= s.start < s.end <= len(text), (s.start, s.end, len(text))
        assert text[s.start:s.end] == s.text
        assert s.start >= previous_end, "sentences overlap or are out of order"
        previous_end = s.end
    ids = [s.id for s in analysis.sentences]
    assert len(ids) == len(set(ids))
    for a in (a for s in analysis.sentences for a in s.attributions):
        if a.span is not None:
            assert 0 <= a.span[0] <= a.span[1] <= len(text)
    analysis.to_dict()  # the contract form is always producible


@SETTINGS
@given(any_text)
def test_analysis_of_arbitrary_text_keeps_offsets(text: str) -> None:
    check_sentences(Document(text=text))


@SETTINGS
@given(st.text(max_size=80), any_text)
def test_analysis_with_a_known_headline_keeps_offsets(headline: str, body: str) -> None:
    # The batch `headline` + `body` form: the text starts with the headline.
    check_sentences(Document(text=headline + "\n\n" + body, headline=headline, body_only=True))


@SETTINGS
@given(st.binary(max_size=600))
def test_ingest_of_arbitrary_bytes_gives_text_or_a_clear_error(data: bytes) -> None:
    try:
        doc = document_from_bytes(data, "input")
    except InputError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert doc.text.strip()
    check_sentences(doc)


tags = st.sampled_from(["p", "div", "h1", "h2", "article", "span", "figure", "figcaption", "aside", "nav",
                        "blockquote", "li", "ul", "script", "time"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = ["<html><head><title>", draw(st.text(max_size=30)), "</title></head><body>"]
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(tags)
        parts.append(f"<{tag}>{draw(news_like)}</{tag}>")
    parts.append("</body></html>")
    return "".join(parts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages())
def test_html_of_any_shape_gives_a_laid_out_article_or_a_clear_error(page: str) -> None:
    try:
        doc = html_document(page, "page.html")
    except InputError as e:
        assert "no article text" in str(e)
        return
    paras = doc.text.split("\n\n")
    assert doc.roles is not None and len(paras) == len(doc.roles)
    assert all(paras)
    if doc.headline:
        assert paras[0] == doc.headline
    check_sentences(doc)
