"""Small invented pages, one for each way a real page lost (or gained) article text."""

from __future__ import annotations

from factcheck.ingest import document_from_bytes
from factcheck.model import Document

LEDE = "The city council voted on Tuesday to close two branch libraries from April, the mayor said."
SECOND = "Officials said the closures would save about £400,000 a year, a figure residents disputed."
THIRD = "A public meeting on the plan is set for next month at the town hall, organisers said."


def page(body: str, head: str = "", h1: str = "Council votes to close two libraries") -> bytes:
    return (f"<!doctype html><html><head><title>{h1}</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{h1}</h1>{body}</article>"
            "<footer><p>Copyright 2026 The Example Gazette. All rights reserved.</p></footer>"
            "</body></html>").encode()


def body_text(doc: Document) -> str:
    roles = (doc.meta["roles"] or "").split(",")
    return "\n\n".join(p for p, r in zip(doc.text.split("\n\n"), roles) if r in ("body", "crosshead"))


def test_text_after_an_html_comment_inside_the_body_is_kept() -> None:
    # Pages rendered by JavaScript frameworks leave empty comments between text runs.
    doc = document_from_bytes(page(f"<p>{LEDE}</p><!-- ad slot 3 --><p>{SECOND}</p>"
                                   "<p>According to the <a href='/r'>report</a>, the council had spent<!-- --> "
                                   "£2m on repairs since 2019.</p>"), "p.html")
    body = body_text(doc)
    assert SECOND in body
    assert "According to the report, the council had spent £2m on repairs since 2019." in body
    assert "ad slot" not in doc.text


def test_a_layout_class_holding_a_furniture_word_keeps_the_article() -> None:
    # "rail" names a sidebar on many sites, but here it is the page grid the article sits in.
    body = (f"<div class='pg-right-rail-wide'><div class='pg-rail-wide__body'>"
            f"<div class='body-text'>{LEDE}</div><div class='body-text'>{SECOND}</div>"
            f"<div class='body-text'>{THIRD}</div></div></div>")
    doc = document_from_bytes(page(body), "p.html")
    assert body_text(doc).split("\n\n") == [LEDE, SECOND, THIRD]


def test_a_real_sidebar_is_still_dropped() -> None:
    teasers = "".join(f"<li><a href='/s/{i}'>Another story about the harbour number {i}</a></li>" for i in range(6))
    body = f"<p>{LEDE}</p><p>{SECOND}</p><div class='right-rail'><ul>{teasers}</ul></div><p>{THIRD}</p>"
    doc = document_from_bytes(page(body), "p.html")
    assert body_text(doc).split("\n\n") == [LEDE, SECOND, THIRD]


def test_a_control_character_in_a_heading_list_or_quote_loses_nothing() -> None:
    for tag in ("h1", "h2", "li", "blockquote"):
        inner = f"<{tag}>Bakery \x0bprices \x01rise</{tag}>"
        raw = ("<!doctype html><html><body><article>" + (inner if tag == "h1" else "<h1>Bakery prices rise</h1>")
               + f"<p>{LEDE}</p>" + ("" if tag == "h1" else (f"<ul>{inner}</ul>" if tag == "li" else inner))
               + f"<p>{SECOND}</p></article></body></html>")
        doc = document_from_bytes(raw.encode("utf-8"), "c.html")
        assert LEDE in doc.text and SECOND in doc.text, tag
        assert not any(ord(c) < 32 and c != "\n" for c in doc.text), tag


def test_text_nested_deeper_than_255_elements_is_kept() -> None:
    depth = 300
    raw = ("<!doctype html><html><body>" + "<div>" * depth + f"<p>{LEDE}</p><p>{SECOND}</p>" + "</div>" * depth
           + "</body></html>")
    doc = document_from_bytes(raw.encode("utf-8"), "deep.html")
    assert body_text(doc).split("\n\n") == [LEDE, SECOND]
