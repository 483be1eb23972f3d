"""Small invented pages, one for each way a real page lost (or gained) article text."""

from __future__ import annotations

from factcheck.ingest import document_from_bytes
from factcheck.model import Document
from factcheck.page import parse

LEDE = "The city council voted on Tuesday to close two branch libraries from April, the mayor said."
SECOND = "Officials said the closures would save about £400,000 a year, a figure residents disputed."
THIRD = "A public meeting on the plan is set for next month at the town hall, organisers said."


def page(body: str, head: str = "", h1: str = "Council votes to close two libraries", title: str = "") -> bytes:
    return (f"<!doctype html><html><head><title>{title or h1}</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{h1}</h1>{body}</article>"
            "<footer><p>Copyright 2026 The Example Gazette. All rights reserved.</p></footer>"
            "</body></html>").encode()


def body_text(doc: Document) -> str:
    roles = doc.roles or []
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


def test_a_table_of_figures_in_the_article_is_kept_a_row_a_line() -> None:
    rows = "".join(f"<tr><td>{n}</td><td>{team}</td><td>{pts}</td></tr>"
                   for n, team, pts in ((1, "Harbour United", 52), (2, "Quay Rovers", 48), (3, "Mill Town", 41)))
    body = (f"<p>{LEDE}</p><table><thead><tr><th>Pos</th><th>Club</th><th>Points</th></tr></thead>"
            f"<tbody>{rows}</tbody></table><p>{SECOND}</p>")
    paras = body_text(document_from_bytes(page(body), "t.html")).split("\n\n")
    assert paras[0] == LEDE and paras[-1] == SECOND
    assert "2 | Quay Rovers | 48" in paras
    assert any("Pos" in p and "Points" in p for p in paras)


def test_the_lede_that_is_also_the_page_summary_stays_in_the_body() -> None:
    # og:description repeats the first paragraph: that paragraph is the lede, not a standfirst.
    doc = document_from_bytes(page(f"<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>",
                                   head=f"<meta property='og:description' content='{LEDE}'>"), "l.html")
    assert body_text(doc).split("\n\n") == [LEDE, SECOND, THIRD]
    assert doc.meta["standfirst"] is None


def test_a_standfirst_set_apart_from_the_body_is_still_one() -> None:
    summary = "Residents say the closures will leave the east of the city without a library."
    doc = document_from_bytes(page(f"<h2 class='article-dek'>{summary}</h2><p>{LEDE}</p><p>{SECOND}</p>",
                                   head=f"<meta name='description' content='{summary}'>"), "s.html")
    assert doc.meta["standfirst"] == summary
    assert body_text(doc).split("\n\n") == [LEDE, SECOND]


def test_the_visible_h1_wins_over_a_different_social_title() -> None:
    social = "You will not believe which libraries are closing"
    head = f"<meta property='og:title' content='{social}'><meta property='og:site_name' content='The Example Gazette'>"
    doc = document_from_bytes(page(f"<p>{LEDE}</p><p>{SECOND}</p>", head=head, title=f"{social} | The Example Gazette"),
                              "h.html")
    assert doc.headline == "Council votes to close two libraries"


def test_a_line_that_is_only_a_link_to_another_story_is_not_body() -> None:
    body = (f"<p>{LEDE}</p><p><strong>READ MORE:</strong> <a href='/s/1'>Harbour bridge to close for six "
            f"months</a></p><p><a href='/s/2'>MAYOR DEFENDS SPENDING ON NEW TOWN HALL</a></p><p>{SECOND}</p>"
            "<p>The full report is at <a href='https://example.org/r.pdf'>https://example.org/r.pdf</a>.</p>")
    paras = body_text(document_from_bytes(page(body), "r.html")).split("\n\n")
    assert paras == [LEDE, SECOND, "The full report is at https://example.org/r.pdf."]


def test_a_hidden_copy_of_the_article_is_not_read_twice() -> None:
    # Microdata for search engines, hidden from readers: the headline and the whole text again.
    copy = ("<div style='display:none;'><h1 itemprop='name'>Council votes to close two libraries</h1>"
            f"<div itemprop='datePublished'>2026-06-03T08:57:40+01:00</div><div itemprop='articleBody'>{LEDE} "
            f"{SECOND} {THIRD}</div></div>")
    doc = document_from_bytes(page(f"<div class='post'><div class='text'><p>{LEDE}</p><p>{SECOND}</p>"
                                   f"<p>{THIRD}</p></div>{copy}{copy}</div>"), "d.html")
    assert body_text(doc).split("\n\n") == [LEDE, SECOND, THIRD]


def test_the_rest_of_an_article_hidden_behind_read_more_is_kept() -> None:
    rest = "".join(f"<p>{t}</p>" for t in (SECOND, THIRD, SECOND.replace("Officials", "Residents"),
                                           THIRD.replace("organisers", "the mayor")))
    doc = document_from_bytes(page(f"<p>{LEDE}</p><div class='more' hidden>{rest}</div>"), "m.html")
    assert len(body_text(doc).split("\n\n")) == 5


def test_the_headline_again_after_the_body_is_the_posts_card() -> None:
    card = ("<div class='post-card'><p><b>Council votes to close two libraries</b></p>"
            "<p>Example Gazette, June 3, 2026</p></div>")
    doc = document_from_bytes(page(f"<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>{card}"), "c.html")
    assert body_text(doc).split("\n\n") == [LEDE, SECOND, THIRD]


def test_a_sentence_long_heading_above_the_first_paragraph_is_the_dek() -> None:
    dek = "Residents of the east side say they were never asked about the plan to close their branches"
    doc = document_from_bytes(page(f"<h2>{dek}</h2><p>{LEDE}</p><p>{SECOND}</p><h2>What happens next</h2>"
                                   f"<p>{THIRD}</p>"), "k.html")
    assert doc.meta["standfirst"] == dek
    assert body_text(doc).split("\n\n") == [LEDE, SECOND, "What happens next", THIRD]


def test_an_embedded_post_in_a_social_box_is_the_articles_content() -> None:
    # The story quotes a post; the embed's wrapper is named like a share bar ("social").
    post = ("<div class='social-media-embed'><blockquote class='embedded-post'><p>The east branch was where I "
            "learned to read. Closing it is a mistake.</p>— Ada Obi (@adaobi) June 3, 2026</blockquote></div>")
    doc = document_from_bytes(page(f"<p>{LEDE}</p>{post}<p>{SECOND}</p>"), "e.html")
    body = body_text(doc)
    assert "The east branch was where I learned to read. Closing it is a mistake." in body
    assert body.startswith(LEDE) and body.endswith(SECOND)


def test_a_share_bar_is_still_dropped() -> None:
    bar = ("<div class='social-share'><a href='/s?fb'>Share on Facebook</a> <a href='/s?x'>Share on X</a>"
           "<p>Share this story with your friends and family today.</p></div>")
    doc = document_from_bytes(page(f"<p>{LEDE}</p>{bar}<p>{SECOND}</p>"), "b.html")
    assert body_text(doc).split("\n\n") == [LEDE, SECOND]


def test_a_card_that_pops_up_over_a_name_is_not_text() -> None:
    card = ("<span class='person-card'><a href='/p/ann-lee'>Ann Lee</a> <a href='/s/1'>Lee backs harbour plan "
            "after long review</a> <a href='/s/2'>Council leader faces questions over budget</a> "
            "<a href='/p/ann-lee'>MORE</a></span>")
    first = (f"<p>The plan was backed by council leader <a href='/p/ann-lee'>Ann Lee</a>{card}, "
             "who chairs the board.</p>")
    doc = document_from_bytes(page(first + f"<p>{SECOND}</p>"), "p.html")
    assert body_text(doc).split("\n\n") == ["The plan was backed by council leader Ann Lee, who chairs the board.",
                                            SECOND]


def test_a_list_of_links_to_other_stories_after_the_body_is_not_body() -> None:
    links = "".join(f"<li><a href='/s/{i}'>{t}</a></li>" for i, t in enumerate(
        ("Harbour bridge to reopen after repairs", "Ten facts about the city's oldest library")))
    teasers = ("<a href='/s/9'><img src='/i.jpg'><h3>Mayor defends spending on new town hall</h3></a>"
               "<h3><a href='/s/8'>Schools brace for a teacher strike next week</a></h3><h4>Talks have stalled</h4>")
    doc = document_from_bytes(page(f"<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p><ul>{links}</ul>{teasers}"), "l.html")
    assert body_text(doc).split("\n\n") == [LEDE, SECOND, THIRD]


def test_a_crosshead_that_links_to_what_it_names_stays() -> None:
    body = (f"<p>{LEDE}</p><h3><a href='https://shop.example/lamp'>The Example Desk Lamp 2</a></h3>"
            f"<p>{SECOND}</p><ul><li><a href='/a'>Opening hours of the remaining branches</a></li>"
            "<li>A new mobile library from May</li></ul>")
    paras = body_text(document_from_bytes(page(body), "c.html")).split("\n\n")
    assert paras[:3] == [LEDE, "The Example Desk Lamp 2", SECOND]
    assert "Opening hours of the remaining branches" in paras  # a list not all links is the article's


def test_newsletter_and_follow_lines_after_an_html_article_are_chrome() -> None:
    tail = ("<p>Get the latest council news in your inbox. Subscribe to our newsletters.</p>"
            "<p>Follow the Gazette on Instagram, Facebook and X.</p>"
            "<p>If you enjoyed this article, please consider supporting local journalism.</p>")
    doc = document_from_bytes(page(f"<p>{LEDE}</p><p>{SECOND}</p>{tail}"), "n.html")
    layout = parse(doc)  # the page's roles, then the same chrome lexicon as pasted text
    assert [doc.text[b.start:b.end] for b in layout.blocks if b.role == "body"] == [LEDE, SECOND]
    assert {b.reason for b in layout.boilerplate} == {"newsletter", "social", "promo"}


def test_a_crosshead_set_in_a_div_named_subhead_is_kept() -> None:
    body = (f"<p>{LEDE}</p><div class='story_subheadline'>Who pays for the closures?</div><p>{SECOND}</p>"
            f"<div class='story_subheadline'>What happens next</div><p>{THIRD}</p>")
    doc = document_from_bytes(page(body), "s.html")
    assert body_text(doc).split("\n\n") == [LEDE, "Who pays for the closures?", SECOND, "What happens next", THIRD]
    assert doc.roles is not None and doc.roles[doc.text.split("\n\n").index("What happens next")] == "crosshead"


def test_a_promo_box_with_its_own_h1_is_furniture() -> None:
    promo = ("<div class='ArticleEventPromo'><h1>Join our free summer reading challenge</h1>"
             "<p>Win a year of books for the whole family.</p></div>")
    doc = document_from_bytes(page(f"<p>{LEDE}</p><p>{SECOND}</p>{promo}<p>{THIRD}</p>"), "p.html")
    assert doc.headline == "Council votes to close two libraries"
    assert body_text(doc).split("\n\n") == [LEDE, SECOND, THIRD]


def test_a_site_name_h1_is_not_the_headline() -> None:
    # The logo is the page's only <h1>; the headline is in the metadata (and an <h2>).
    raw = ("<!doctype html><html><head><title>Council votes to close two libraries | The Example Gazette</title>"
           "<meta property='og:site_name' content='The Example Gazette'>"
           "<meta property='og:title' content='Council votes to close two libraries'></head><body>"
           "<header><h1 class='logo'>The Example Gazette</h1></header><article>"
           f"<h2>Council votes to close two libraries</h2><p>{LEDE}</p><p>{SECOND}</p></article></body></html>")
    doc = document_from_bytes(raw.encode(), "s.html")
    assert doc.headline == "Council votes to close two libraries"
    assert body_text(doc).split("\n\n") == [LEDE, SECOND]


def test_the_site_name_suffix_of_the_title_is_not_part_of_the_headline() -> None:
    raw = ("<!doctype html><html><head><title>Council votes to close two libraries - The Example Gazette</title>"
           "<meta name='application-name' content='The Example Gazette'></head><body><div class='story'>"
           f"<p>{LEDE}</p><p>{SECOND}</p></div></body></html>")
    doc = document_from_bytes(raw.encode(), "t.html")
    assert doc.headline == "Council votes to close two libraries"
