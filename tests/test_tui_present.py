"""What the screens show, as pure functions: literal text, highlights, filters."""

from __future__ import annotations

from test_tui_data import make_analysis

from factcheck.model import Attribution
from factcheck.store import Review
from tui.present import (
    MENTION_STYLE,
    NO_SOURCE,
    one_line,
    sentence_at,
    source_text,
    styled_slice,
    visible_sentences,
)
from tui.screens.article import clipboard_text
from tui.widgets.detail import detail_text, review_text
from tui.widgets.headline_bar import headline_text


def _styled(text) -> list[str]:
    """The substrings carrying the mention style."""
    return [text.plain[s.start:s.end] for s in text.spans if MENTION_STYLE in str(s.style)]


def test_markup_in_article_text_stays_literal() -> None:
    t = one_line("Minister [bold]denies[/bold] [link=https://x.invalid]it[/link]")
    assert t.plain == "Minister [bold]denies[/bold] [link=https://x.invalid]it[/link]"
    assert t.spans == []


def test_escape_sequences_are_removed_and_highlights_do_not_shift() -> None:
    text = "He \x1b[31msaid\x1b[0m the \x07agency said so."
    start = text.index("agency")
    t = styled_slice(text, 0, len(text), [(start, start + len("agency"), MENTION_STYLE)])
    assert "\x1b" not in t.plain and "\x07" not in t.plain
    assert t.plain == "He said the agency said so."
    assert _styled(t) == ["agency"]


def test_sentence_at_finds_the_holder_of_an_offset() -> None:
    a = make_analysis()
    s = a.sentences[4]
    assert sentence_at(a, s.start) is s
    assert sentence_at(a, s.end - 1) is s
    assert sentence_at(a, len(a.text) + 5) is None


def test_detail_highlights_a_mention_in_an_earlier_sentence() -> None:
    a = make_analysis()
    he_added = a.sentences[5]
    text = detail_text(a, he_added)
    assert "in an earlier sentence" in text.plain
    assert _styled(text) == ["the minister"]
    # and the earlier sentence itself is shown, whole
    assert a.sentences[4].text in text.plain


def test_detail_shows_review_and_flags_literally() -> None:
    a = make_analysis()
    s = a.sentences[7]
    review = Review(s.id, status="disputed", note="[red]call them[/red]", evidence=["https://example.org/a"],
                    reviewer="ana", updated_at="2026-01-01T00:00:00+00:00")
    text = detail_text(a, s, 8)
    plain = text.plain
    assert plain.startswith(f"#8 · {s.id} · body")  # the number the TUI shows and the id the CLI takes
    assert "[link=https://example.invalid]unreliable[/link]" in plain
    assert "vague" in plain and "'Some experts' does not say who" in plain
    assert _styled(text) == ["Some experts"]
    box = review_text(review, 60).plain
    assert "✗ disputed" in box and "[red]call them[/red]" in box
    assert "https://example.org/a" in box and "2026-01-01 00:00 by ana" in box


def test_a_claim_without_source_is_marked_and_chrome_is_not() -> None:
    a = make_analysis()
    exports = a.sentences[6]
    assert source_text(exports).plain == NO_SOURCE
    assert source_text(a.sentences[2]).plain == ""  # the byline makes no claim


def test_an_actor_told_about_is_not_shown_as_the_source() -> None:
    a = make_analysis()
    s = a.sentences[6]  # a claim flagged as unsourced
    start = a.text.index(s.text)
    s.attributions = [Attribution("the board", s.text[:9], (start, start + 9), "voted", "named_org", reports=False)]
    assert source_text(s).plain == NO_SOURCE  # the flag says nobody is cited: so does the table
    assert clipboard_text(s).endswith("\n(no source named; about: the board)")
    detail = detail_text(a, s, 7).plain
    assert "about the board" in detail and "told about, not a source" in detail
    assert "source the board" not in detail
    s.flags, s.checkworthy = [], False  # no claim to source: the table says what it is about
    assert source_text(s).plain == "about the board"


def test_table_excludes_chrome_unless_asked() -> None:
    a = make_analysis()
    roles = {s.role for s in visible_sentences(a, {})}
    assert roles == {"headline", "standfirst", "body"}
    shown = visible_sentences(a, {}, show_chrome=True)
    assert [s.id for s in shown] == [s.id for s in a.sentences]


def test_filters_flagged_unreviewed_source_and_search() -> None:
    a = make_analysis()
    flagged = visible_sentences(a, {}, filter_name="flagged")
    assert [s.text[:12] for s in flagged] == ["Exports fell", "Some experts", "A person fam"]
    first = a.sentences[0].id
    unreviewed = visible_sentences(a, {first: "verified"}, filter_name="unreviewed")
    assert first not in [s.id for s in unreviewed] and len(unreviewed) == 7
    minister = visible_sentences(a, {}, source="the agriculture minister")
    assert [s.id for s in minister] == [a.sentences[4].id, a.sentences[5].id]
    reuters = visible_sentences(a, {}, source="Reuters")
    assert [s.id for s in reuters] == [a.sentences[3].id]
    assert [s.id for s in visible_sentences(a, {}, search="EXPERTS")] == [a.sentences[7].id]
    # a search also finds a sentence by its source's name
    found = visible_sentences(a, {}, search="agriculture minister")
    assert [s.id for s in found] == [a.sentences[4].id, a.sentences[5].id]


def test_headline_bar_with_and_without_checks() -> None:
    a = make_analysis()
    assert "2 headline checks: attribution dropped, hedge dropped" in headline_text(a).plain
    a.headline_checks = []
    assert "the body supports the headline" in headline_text(a).plain
    a.article["headline"] = None
    a.sentences = [s for s in a.sentences if s.role != "headline"]
    assert "(no headline found)" in headline_text(a).plain


def test_headline_detail_lists_the_checks_and_evidence_links_are_links() -> None:
    a = make_analysis()
    head = a.sentences[0]
    review = Review(head.id, evidence=["https://example.org/a", "archive-ref-12"])
    assert "attribution dropped: The headline states as fact" in detail_text(a, head).plain
    text = review_text(review)
    links = {text.plain[s.start:s.end] for s in text.spans if getattr(s.style, "link", None)}
    assert links == {"https://example.org/a"}  # a reference that is not a URL is not made a link


def test_a_debunk_the_body_does_not_back_reaches_the_headline_bar_and_the_checklist() -> None:
    from factcheck.export import to_markdown
    from factcheck.model import Document
    from factcheck.pipeline import analyze
    text = ("Tarnwell harbour ghost photo is fake\n\n"
            "A photo of a ghost standing on the harbour wall at Tarnwell was taken on Monday night by a "
            "fisherman.\n\nThe ghost photo shows a pale figure on the harbour wall beside the lighthouse.\n\n"
            "The fisherman shared the photo with friends, and it has since been seen by thousands online.\n")
    a = analyze(Document(text=text, headline="Tarnwell harbour ghost photo is fake"))
    found = [c for c in a.headline_checks if c.code == "contradicted"]
    assert len(found) == 1
    bar = headline_text(a).plain
    assert "contradicted" in bar
    md = to_markdown(a)
    assert "The headline calls this false ('fake')" in md and found[0].evidence[0] in md
