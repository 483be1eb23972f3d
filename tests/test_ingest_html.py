"""HTML pages -> article text and fields, on the saved sample pages and on small hand-made pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest import document_from_bytes, load
from factcheck.ingest.html import extract_page, html_document, looks_like_html
from factcheck.model import Document

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def paragraphs(doc: Document) -> list[str]:
    return doc.text.split("\n\n")


def roles(doc: Document) -> list[str]:
    return list(doc.roles or [])


def assert_layout(doc: Document) -> None:
    """The promises every HTML Document keeps: one role per paragraph, headline first, nothing empty."""
    paras = paragraphs(doc)
    assert len(paras) == len(roles(doc))
    assert all(p.strip() == p and p and "\n" not in p for p in paras)
    if doc.headline:
        assert paras[0] == doc.headline and roles(doc)[0] == "headline"
    if doc.meta.get("standfirst"):
        assert paras[roles(doc).index("standfirst")] == doc.meta["standfirst"]
    assert "body" in roles(doc)


# --- the news site with JSON-LD ------------------------------------------------------------------

@pytest.fixture(scope="module")
def news() -> Document:
    return load(str(SAMPLES / "news-harbour-bridge.html"))


def test_news_fields_come_from_json_ld(news: Document) -> None:
    assert news.headline == "Kestrel Bridge to close for six months after inspectors find 'severe' corrosion"
    assert news.meta["byline"] == "Megan Thorpe"
    assert news.meta["published"] == "2025-03-11T07:30:00+00:00"
    assert news.meta["site_name"] == "The Harbour Courier"
    assert news.meta["standfirst"] == ("Council engineers say the 1962 crossing needs repairs costing £14.2m, "
                                       "but traders on Quay Street warn the closure will cost them more.")
    assert news.meta["credit"] == "Photo: Jonah Okafor / Harbour Courier"
    assert_layout(news)


def test_news_layout_headline_standfirst_caption_then_body(news: Document) -> None:
    r = roles(news)
    assert r[:4] == ["headline", "standfirst", "caption", "body"]
    assert paragraphs(news)[2].startswith("Kestrel Bridge seen from Quay Street on Monday morning.")
    assert paragraphs(news)[3].startswith("Kestrel Bridge, which carries about 18,000 vehicles")
    assert paragraphs(news)[r.index("crosshead")] == "Traders fear a lost summer"
    assert paragraphs(news)[-1].startswith("Critics argue the authority should have acted years ago.")


@pytest.mark.parametrize("chrome", [
    "We use cookies", "Accept all", "Morning Briefing", "Sign up", "Related stories", "Ferry operator adds",
    "harbourwatcher", "Shocking waste of money", "Most read", "Lifeboat crew", "All rights reserved",
    "Share on Facebook", "Subscribe", "Topics:", "By Megan Thorpe",
])
def test_news_page_chrome_is_dropped(news: Document, chrome: str) -> None:
    assert chrome not in news.text


def test_news_entities_are_decoded(news: Document) -> None:
    assert "“We cannot in good conscience keep it open,” said Alan Briggs, the council’s head of highways." in news.text
    assert "café" in news.text and "&" not in news.text


# --- the blog ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def blog() -> Document:
    return load(str(SAMPLES / "blog-reservoir-figures.html"))


def test_blog_fields_come_from_opengraph_and_meta(blog: Document) -> None:
    assert blog.headline == "Is Thornmere reservoir really “nearly full”? I checked the figures"
    assert blog.meta["byline"] == "Dan Whitcombe"  # meta author; article:author is a profile URL, ignored
    assert blog.meta["published"] == "2025-02-03T18:12:44+00:00"
    assert blog.meta["site_name"] == "Numbers on the Ground"
    assert_layout(blog)


def test_blog_seo_description_is_not_a_standfirst(blog: Document) -> None:
    # og:description is only in <head>: not shown on the page, so not part of the article.
    assert blog.meta["standfirst"] is None
    assert "standfirst" not in roles(blog)
    assert paragraphs(blog)[2].startswith("Last week the water company said Thornmere")


def test_blog_keeps_quote_list_items_and_update_and_drops_comments(blog: Document) -> None:
    assert "“Levels are recovering quickly and we are confident supplies are secure for the summer,”" in blog.text
    assert "Whether the 25 January reading was taken at the dam or at the intake tower." in paragraphs(blog)
    assert paragraphs(blog)[-1].startswith("Update, 5 February:")
    for chrome in ("anglerjim", "Leave a Reply", "Recent Posts", "Archives", "Follow by email",
                   "Proudly powered", "Previous: How late", "Skip to content", "Posted in", "Tagged"):
        assert chrome not in blog.text
    assert [p for p, r in zip(paragraphs(blog), roles(blog)) if r == "crosshead"] == [
        "What the company says", "What I could not check"]


def test_blog_caption_is_kept_once_as_a_caption(blog: Document) -> None:
    caption = "Weekly levels at Thornmere since 2019, from the regulator’s reports. Chart: Dan Whitcombe"
    assert paragraphs(blog).count(caption) == 1
    assert roles(blog)[paragraphs(blog).index(caption)] == "caption"
    assert blog.meta["captions"] == caption


# --- the wire story ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def wire() -> Document:
    return load(str(SAMPLES / "wire-grain-corridor.html"))


def test_wire_fields_from_plain_meta_and_visible_markup(wire: Document) -> None:
    assert wire.headline == "Grain ships resume sailings after port strike ends, traders say"
    assert wire.meta["byline"] == "Lena Vasquez"
    assert wire.meta["published"] == "2025-04-17T10:42:00Z"
    assert wire.meta["site_name"] == "World News Wire"  # from the <title> suffix: no site-name markup
    assert wire.meta["standfirst"] is None
    assert_layout(wire)


def test_wire_dateline_starts_the_body_and_credit_line_is_marked(wire: Document) -> None:
    assert paragraphs(wire)[1].startswith("PORT HALVAR, April 17 (World News Wire) - Grain ships")
    credit = "(Reporting by Lena Vasquez; additional reporting by Piet Anders; Editing by Mark Ellery)"
    assert wire.meta["credit"] == credit
    assert paragraphs(wire)[-1] == credit and roles(wire)[-1] == "credit"
    for chrome in ("Read Next", "Fertiliser prices", "Sponsored", "smart logistics", "Trust Principles",
                   "quotes delayed", "Sign in", "Commodities", "Updated 2 hours ago"):
        assert chrome not in wire.text


def test_wire_page_in_windows_1252_is_decoded(wire: Document) -> None:
    raw = (SAMPLES / "wire-grain-corridor.html").read_bytes()
    assert b"Tom\xe1s" in raw  # the file really is cp1252
    assert "port authority spokesman Tomás Grell said in a statement" in wire.text
    assert "“The first priority is the ships that have been waiting longest,”" in wire.text


# --- detection by content ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["news-harbour-bridge.html", "blog-reservoir-figures.html",
                                  "wire-grain-corridor.html"])
def test_html_is_detected_by_content_whatever_the_name(name: str, tmp_path: Path) -> None:
    renamed = tmp_path / "article.txt"
    renamed.write_bytes((SAMPLES / name).read_bytes())
    assert load(str(renamed)).text == load(str(SAMPLES / name)).text


def test_html_fragment_and_plain_text_with_a_tag() -> None:
    assert looks_like_html(b"<div class='story'><h1>Title</h1><p>Text said the mayor.</p></div>")
    assert looks_like_html(b"  \n<!-- saved -->\n<!DOCTYPE html><html><body></body></html>")
    assert looks_like_html(b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')
    assert looks_like_html("<html><body><p>x</p></body></html>".encode("utf-16"))
    assert not looks_like_html(b"Council approves budget\n\nThe mayor said <b> was a typo in the report.")
    assert not looks_like_html(b"Shares rose 3% as investors cheered <> results, analysts said.")
    assert looks_like_html(b"<b>Bold</b> and <i>italic</i>", "page.html")  # an extension lowers the bar


def test_utf16_html_with_bom() -> None:
    page = ("<html><head><title>Mayor resigns</title></head><body><article><h1>Mayor resigns</h1>"
            "<p>The mayor of Eastford resigned on Tuesday, the council said in a statement issued at noon.</p>"
            "<p>She had held the post since 2019 and did not give a reason for leaving.</p></article></body></html>")
    doc = document_from_bytes(page.encode("utf-16"), "page")
    assert doc.headline == "Mayor resigns"
    assert "The mayor of Eastford resigned on Tuesday" in doc.text


def test_xhtml_with_xml_declaration_and_encoding() -> None:
    page = ('<?xml version="1.0" encoding="iso-8859-1"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            '<title>Caf\xe9 closes</title></head><body><h1>Caf\xe9 closes after 40 years</h1>'
            '<p>The caf\xe9 on Mill Lane will close on Saturday after 40 years, its owner said on Friday.</p>'
            '<p>Regulars have organised a farewell breakfast for the last morning of trading.</p></body></html>')
    doc = document_from_bytes(page.encode("latin-1"), "page.xhtml")
    assert doc.headline == "Café closes after 40 years"
    assert "The café on Mill Lane will close on Saturday" in doc.text


# --- metadata rules on small pages ---------------------------------------------------------------

def _page(head: str = "", body: str = "") -> str:
    paras = "".join(f"<p>Paragraph {i} of the story says the council met on Monday and voted {i} times.</p>"
                    for i in range(1, 5))
    body = body or f"<article><h1>Council votes</h1>{paras}</article>"
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_visible_h1_wins_over_a_longer_seo_title() -> None:
    head = ('<meta property="og:title" content="Council votes | Eastford Echo">'
            '<title>Council votes - latest news and updates | Eastford Echo</title>')
    page = extract_page(_page(head))
    assert page.headline == "Council votes"
    assert page.site_name == "Eastford Echo"


def test_broken_json_ld_with_trailing_comma_is_still_read() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council votes",'
            '"author": {"@type": "Person", "name": "Sam Cole"}, "datePublished": "2025-01-02",}</script>')
    page = extract_page(_page(head))
    assert page.byline == "Sam Cole"
    assert page.published == "2025-01-02"


def test_several_authors_are_joined() -> None:
    head = ('<script type="application/ld+json">[{"@type": "ReportageNewsArticle", "headline": "Council votes",'
            '"author": [{"name": "Sam Cole"}, {"name": "Ada Obi"}, "By Li Wei"]}]</script>')
    assert extract_page(_page(head)).byline == "Sam Cole, Ada Obi and Li Wei"


def test_headline_repeated_by_trafilatura_is_not_body() -> None:
    body = ("<div><p class='kicker'>Politics</p><h1>Council votes</h1><p>By Sam Cole</p>"
            + "".join(f"<p>Paragraph {i} of the story says the council met on Monday and voted {i} times.</p>"
                      for i in range(1, 5)) + "</div>")
    doc = html_document(_page(body=body), "page")
    assert paragraphs(doc)[0] == "Council votes"
    assert paragraphs(doc)[1].startswith("Paragraph 1 of the story")
    assert paragraphs(doc).count("Council votes") == 1
    assert doc.meta["byline"] == "Sam Cole" and "By Sam Cole" not in doc.text


def test_page_without_article_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article text found in the page"):
        html_document("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                      "front.html")


def test_script_and_style_never_reach_the_text() -> None:
    body = ("<article><h1>Council votes</h1><script>var x = 'said the mayor';</script><style>p{color:red}</style>"
            + "".join(f"<p>Paragraph {i} of the story says the council met on Monday and voted {i} times.</p>"
                      for i in range(1, 4)) + "</article>")
    doc = html_document(_page(body=body), "page")
    assert "var x" not in doc.text and "color:red" not in doc.text
    assert_layout(doc)


def test_page_inside_one_form_wrapper_still_has_its_article() -> None:
    # ASP.NET sites wrap the whole page in a <form>; it is not a box to drop.
    paras = "".join(f"<p>Paragraph {i} of the story says the council met on Monday and voted {i} times.</p>"
                    for i in range(1, 6))
    page = (f"<html><head><title>Council votes | Eastford Echo</title></head><body><form id='aspnetForm'>"
            f"<div class='nav'><a href='/'>Home</a></div><h1>Council votes</h1>{paras}</form></body></html>")
    doc = html_document(page, "page.aspx")
    assert paragraphs(doc)[0] == "Council votes"
    assert paragraphs(doc)[1].startswith("Paragraph 1 of the story") and len(paragraphs(doc)) == 6


def test_a_huge_menu_and_story_lists_do_not_change_the_article() -> None:
    # Real pages are mostly menus and lists of other stories; the article must come out the same.
    menu = "<nav class='mega-menu'><ul>" + "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(200))
    more = "<aside class='more-stories'><ul>" + "".join(
        f"<li><a href='/a/{i}'>Another story headline number {i} that readers also liked</a></li>" for i in range(80))
    raw = (SAMPLES / "blog-reservoir-figures.html").read_text(encoding="utf-8")
    heavy = raw.replace("<body class=", menu + "</ul></nav>" + more + "</ul></aside><body class=", 1) \
        .replace("</body>", menu + "</ul></nav></body>")
    doc = html_document(heavy, "heavy.html")
    assert doc.text == load(str(SAMPLES / "blog-reservoir-figures.html")).text


def test_a_crosshead_styled_as_subhead_is_not_the_standfirst() -> None:
    body = ("<article><h1>Council votes</h1>"
            "<p>The council voted on Monday to close two libraries and cut the opening hours of a third one.</p>"
            "<p>Councillors said the cuts were needed to save £1.2m from next year's budget, which is overspent.</p>"
            "<h2 class='subhead'>Campaigners promise to fight the closure in the courts</h2>"
            "<p>A campaign group said it would seek a judicial review of the decision within the next month.</p>"
            "</article>")
    doc = html_document(_page(body=body), "page")
    assert doc.meta["standfirst"] is None
    assert roles(doc)[paragraphs(doc).index("Campaigners promise to fight the closure in the courts")] == "crosshead"


def test_the_main_story_is_chosen_among_several_json_ld_articles() -> None:
    head = ('<script type="application/ld+json">{"@type": "ItemList", "itemListElement": ['
            '{"@type": "NewsArticle", "headline": "Another story", "author": {"name": "Wrong Person"}}]}</script>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council votes", '
            '"author": {"name": "Sam Cole"}}</script>')
    assert extract_page(_page(head)).byline == "Sam Cole"


OLD_PAGE = """<html><head><title>Flood warning issued | Valley Times</title></head><body><table>
<tr><td class="nav"><a href="/">Home</a> <a href="/news">News</a></td></tr>
<tr><td><font size=5><b>Flood warning issued for lower valley</b></font><br><br>
The Environment Agency issued a flood warning for the lower valley on Sunday after two days of heavy rain.<br><br>
River levels at Eastbridge reached 3.2 metres, the highest since 2012, the agency said.<br><br>
Residents were advised to move valuables upstairs, a council spokesman said. The warning<br>covers 40 homes.<br>
<table><tr><th>Station</th><th>Level</th></tr><tr><td>Eastbridge</td><td>3.2m</td></tr></table>
</td></tr></table></body></html>"""


def test_old_table_layout_page_with_br_paragraphs() -> None:
    doc = html_document(OLD_PAGE, "old.html")
    # no <h1> and a <title> cut short: the page's own first line is the headline
    assert doc.headline == "Flood warning issued for lower valley"
    assert paragraphs(doc) == [
        "Flood warning issued for lower valley",
        "The Environment Agency issued a flood warning for the lower valley on Sunday after two days of heavy rain.",
        "River levels at Eastbridge reached 3.2 metres, the highest since 2012, the agency said.",
        "Residents were advised to move valuables upstairs, a council spokesman said. The warning covers 40 homes.",
        "Station | Level",
        "Eastbridge | 3.2m",
    ]  # the menu cell is not the article; the table of figures in it is, a row a line
    assert doc.meta["site_name"] == "Valley Times"


def test_page_built_by_javascript_falls_back_to_json_ld_article_body() -> None:
    head = ('<title>Council votes</title><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Council votes", "author": {"name": "Sam Cole"}, "articleBody": '
            '"The council voted on Monday to close two libraries.\\n\\nA campaign group said it would appeal."}'
            '</script>')
    doc = html_document(_page(head, body="<div id='root'></div><script src='/app.js'></script>"), "spa.html")
    assert paragraphs(doc) == ["Council votes", "The council voted on Monday to close two libraries.",
                               "A campaign group said it would appeal."]
    assert doc.meta["byline"] == "Sam Cole"


def test_a_broken_tag_that_breaks_trafilatura_s_own_xml_is_a_clear_error() -> None:
    """'<S said</div>': trafilatura re-parses its XML output, in which the broken tag became an
    attribute with no value, and raised lxml's XMLSyntaxError; now the page is one with no article
    text (found by the property test in tests/test_properties.py)."""
    page = "<html><head><title></title></head><body><div><S said</div><h1>said</h1></body></html>"
    with pytest.raises(InputError, match="no article text found"):
        html_document(page, "page.html")
