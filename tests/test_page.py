"""Page structure of pasted articles: chrome goes to boilerplate, never into the body."""

from __future__ import annotations

import pytest

from factcheck.model import Document
from factcheck.pipeline import analyze, analyze_text

PASTED = """Skip to content
Home | World | Business | Sport | Culture
Politics
Port strike halts exports as talks collapse
Unions and employers blame each other for the breakdown
4 min read
By Sara Lind, Economics Editor
March 4, 2025
Dockers at the port in 2023. Photo: Ian Cole / Wire Photos
LISBON, March 4 (Atlantic Wire) - A strike at the country's largest port halted all exports on Tuesday, \
the port authority said.
Advertisement
The union said 4,000 members had walked out.
RelatedShipping costs climb as strike enters second week
What happens next
Talks are due to resume on Friday, according to the labour ministry.
Share this article
Most read
1
Storm closes schools across the north
2
Budget vote delayed again
(Reporting by Sara Lind; Editing by Tom Ray)
"""


def test_roles_and_article_fields() -> None:
    a = analyze_text(PASTED)
    roles = {s.text: s.role for s in a.sentences}
    assert a.article["headline"] == "Port strike halts exports as talks collapse"
    assert roles["Port strike halts exports as talks collapse"] == "headline"
    assert roles["Unions and employers blame each other for the breakdown"] == "standfirst"
    assert roles["By Sara Lind, Economics Editor"] == "byline"
    assert a.article["byline"].startswith("Sara Lind")
    assert a.article["published"] == "March 4, 2025"
    assert roles["Dockers at the port in 2023."] == roles["Photo: Ian Cole / Wire Photos"] == "caption"
    assert a.article["dateline"] == "LISBON, March 4 (Atlantic Wire)"
    assert roles["What happens next"] == "crosshead"
    first_body = a.body[0]
    assert first_body.text.startswith("A strike at the country's largest port")


def test_chrome_never_reaches_the_body() -> None:
    a = analyze_text(PASTED)
    body = " ".join(s.text for s in a.body)
    for chrome in ("Skip to content", "4 min read", "Advertisement", "Shipping costs climb", "Share this article",
                   "Most read", "Storm closes schools", "Budget vote delayed", "Reporting by", "Home | World"):
        assert chrome not in body, chrome
    reasons = {b.text: b.reason for b in a.boilerplate}
    assert reasons["4 min read"] == "read_time"
    assert reasons["Storm closes schools across the north"] == "story_list"
    for b in a.boilerplate:
        assert a.text[b.start:b.end] == b.text


def test_body_sentences_keep_offsets_and_order() -> None:
    a = analyze_text(PASTED)
    last = -1
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text
        assert s.start > last
        last = s.start


def test_known_headline_and_body_only() -> None:
    doc = Document(text="Short headline\n\nAdvertisement\n\nBody sentence one. Body two.", headline="Short headline",
                   body_only=True)
    a = analyze(doc)
    assert [s.role for s in a.sentences] == ["headline", "body", "body", "body"]


def test_sentence_ids_are_stable_across_edits_elsewhere() -> None:
    a = analyze_text("Headline here\n\nThe first claim is 40% higher. The second claim follows.")
    b = analyze_text("Headline here\n\nA new opening sentence. "
                     "The first claim is 40% higher. The second claim follows.")
    ids_a = {s.text: s.id for s in a.sentences}
    ids_b = {s.text: s.id for s in b.sentences}
    assert ids_a["The first claim is 40% higher."] == ids_b["The first claim is 40% higher."]


def test_first_long_paragraph_is_not_a_headline() -> None:
    text = ("The council voted on Monday to close three libraries, saving about £400,000 a year, after a "
            "consultation that drew more than 2,000 responses from residents across the borough. It was close.")
    a = analyze_text(text)
    assert a.article["headline"] is None
    assert all(s.role == "body" for s in a.sentences)


def test_a_single_pasted_sentence_is_body_not_a_headline() -> None:
    a = analyze_text("The minister said 40 schools would close.\n")
    assert [s.role for s in a.sentences] == ["body"]
    assert a.article["headline"] is None and a.sentences[0].attributions


def test_contributor_notes_and_update_notes_are_not_the_story() -> None:
    a = analyze_text("Bridge to reopen on Monday\n\nThe bridge will reopen on Monday, the council said.\n\n"
                     "Ann Lee reported from Kabul for a decade and knows the city well.\n\n"
                     "Lerer reported from Los Angeles.\n\nSamantha Lachman contributed reporting from Charleston.\n\n"
                     "Jo Ames contributed reporting.\n\nThis story has been updated to include comments from Clark.")
    body = [s.text for s in a.sentences if s.role == "body"]
    assert body == ["The bridge will reopen on Monday, the council said.",
                    "Ann Lee reported from Kabul for a decade and knows the city well."]
    reasons = sorted(b.reason for b in a.boilerplate)
    assert reasons == ["credit_line", "credit_line", "credit_line", "update_note"]


def test_several_contributor_notes_on_one_line_are_not_the_story() -> None:
    notes = ["Ann Vale reported from Lagos, and Tom Ray and Jo Ames from Accra, Ghana.",
             "Vale reported from Oakland, Calif.; Ames, from Lagos.",
             "Ravi Menon contributed reporting from Bristol. Tom Ray reported from Washington, D.C.",
             "Vale reported from Lagos. Wire service writer Jo Ames contributed from Accra.",
             "Ann Vale, Jo Ames and Tom Ray contributed reporting."]
    story = ["He reported from Iraq for a decade.", "Vale reported from the scene that the bridge had fallen.",
             "Critics said the council contributed nothing."]
    a = analyze_text("Bridge to reopen on Monday\n\nThe bridge will reopen on Monday, the council said.\n\n"
                     + "\n\n".join(story + notes) + "\n")
    assert [s.text for s in a.sentences if s.role == "body"][1:] == story
    assert sorted(b.reason for b in a.boilerplate) == ["credit_line"] * len(notes)
    # a note's names are no one's source
    assert not any(s.attributions for s in a.sentences if "Ames" in s.text)


# --- chrome after the article, with no label or list marker -----------------------------------------

_STORY = """Council votes to close two branch libraries

The city council voted on Tuesday to close two branch libraries from April, the mayor said.

Officials said the closures would save about £400,000 a year, a figure residents disputed.

A public meeting on the plan is set for next month at the town hall, organisers said.
"""


def _body_and_chrome(text: str) -> tuple[list[str], dict[str, str]]:
    a = analyze_text(text)
    return [s.text for s in a.sentences if s.role == "body"], {b.text: b.reason for b in a.boilerplate}


def test_other_stories_headlines_after_the_article_then_a_standards_footer() -> None:
    text = _STORY + """
Harbour bridge to reopen after six months of repairs

Mayor defends spending on new town hall

Schools brace for teacher strike next week

Our Standards: The Example News Trust Principles.
"""
    body, chrome = _body_and_chrome(text)
    assert body[-1].startswith("A public meeting on the plan") and len(body) == 3
    assert chrome["Mayor defends spending on new town hall"] == "story_list"
    assert chrome["Our Standards: The Example News Trust Principles."] == "standards"


def test_two_title_case_headlines_after_the_article_are_other_stories() -> None:
    others = "\nHarbour Bridge To Reopen After Repairs\n\nRail Fares To Rise In January\n"
    body, chrome = _body_and_chrome(_STORY + others)
    assert len(body) == 3
    assert chrome["Rail Fares To Rise In January"] == "story_list"


def test_a_standards_pointer_is_chrome_but_a_sentence_about_standards_is_body() -> None:
    sentence = "The regulator said the paper had breached its editorial standards twice this year."
    body, chrome = _body_and_chrome(_STORY + f"\n{sentence}\n\nRead more about our editorial standards.\n")
    assert body[-1] == sentence
    assert chrome["Read more about our editorial standards."] == "standards"


def test_follow_newsletter_and_appeal_lines_after_the_story_are_chrome() -> None:
    tail = ("\nGet the day's top stories delivered to your inbox every morning by subscribing to our newsletter.\n\n"
            "Follow the Gazette on Instagram, Facebook and X.\n\n"
            "If you enjoyed this article, please consider supporting local journalism.\n\n"
            "Have a tip? Our reporters can be reached at news@example.org.\n\nTwitter: @annvale.\n")
    body, chrome = _body_and_chrome(_STORY + tail)
    assert body[-1].startswith("A public meeting on the plan") and len(body) == 3
    assert sorted(chrome.values()) == ["contact", "newsletter", "promo", "social", "social"]
    assert chrome["Twitter: @annvale."] == "social"


def test_a_sentence_that_follows_a_story_on_social_media_is_body() -> None:
    sentence = "Police said they would follow the case on Facebook and in court, according to the statement."
    body, _ = _body_and_chrome(_STORY + f"\n{sentence}\n")
    assert body[-1] == sentence


def test_an_unrendered_shortcode_line_is_chrome() -> None:
    body, chrome = _body_and_chrome(_STORY + '\n[button link="/send" type="big"] Send us YOUR photos[/button]\n')
    assert len(body) == 3
    assert chrome['[button link="/send" type="big"] Send us YOUR photos[/button]'] == "shortcode"


def test_chrome_pre_checks_give_the_reason_of_the_first_pattern_that_matches() -> None:
    # the pre-checks (longest match, required words, one alternation for the rest) only skip
    # patterns that cannot match: the reason is that of the first lexicon pattern matching the line
    import re
    from pathlib import Path

    from factcheck import lexicon
    from factcheck.page import _chrome_reason

    entries = [e.partition("\t") for e in lexicon.words("chrome")]
    patterns = [(r.strip(), re.compile(x.strip(), re.I)) for r, _, x in entries]

    def every_pattern(line: str) -> str | None:
        return None if len(line) > 400 else next((r for r, rx in patterns if rx.fullmatch(line)), None)

    samples = Path(__file__).parent.parent / "samples"
    lines = [x.strip() for p in sorted(samples.glob("*.txt")) for x in p.read_text(encoding="utf-8").splitlines()]
    lines += PASTED.splitlines() + [
        "[button link=x]Send us your photos[/button]", "© 2024 Example Media", "2024-01-02 POLITICS", "12",
        "Share Facebook Twitter", "Sign up for our newsletter to get updates", "5 min read", "SUBSCRIBE",
        "Reporting by Ann Lee; Editing by Bo Tan", "Our Standards: The Example Trust Principles.",
        "Sources: agencies", "The source said she had signed up to the newsletter in 2019.",
    ]
    found = [(x, _chrome_reason(x)) for x in lines if x]
    assert sum(1 for _, r in found if r) >= 15
    assert found == [(x, every_pattern(x)) for x, _ in found]


@pytest.mark.parametrize("text, dateline, starts", [
    # HuffPost and others write the dateline's dash as U+2015; its capitals are no speaker
    ("LEEDS \u2015 After bragging for a year about how cheaply she ran it, Mayor Ann Okafor is spending more "
     "freely.", "LEEDS", "After bragging"),
    # the place as written and the outlet in brackets, the dash kept or lost when the page's text was
    # copied out ("Port Halvar (Example Business)A cautious mood ...")
    ("Port Halvar (Example Business)A cautious mood weighed on markets again on Tuesday.",
     "Port Halvar (Example Business)", "A cautious mood"),
    ("(EWN)The mayor resigned on Tuesday after a long dispute over the budget.", "(EWN)", "The mayor resigned"),
    ("Washington (EWN) \u2014 The senator said on Monday that she would vote against the bill.",
     "Washington (EWN)", "The senator said"),
])
def test_a_dateline_is_no_body_text(text: str, dateline: str, starts: str) -> None:
    a = analyze_text("Headline for a test story\n\n" + text + "\n")
    assert a.article["dateline"] == dateline
    assert a.body[0].text.startswith(starts)
    place = dateline.partition(" (")[0]
    assert all(at.source != place for s in a.sentences for at in s.attributions)


def test_a_name_and_its_bracketed_ticker_open_the_sentence_itself() -> None:
    ticker = analyze_text("Shares rise\n\nAcme (ACME) shares rose 3% on Monday after the launch, analysts said.\n")
    assert ticker.article["dateline"] is None
    assert ticker.body[0].text.startswith("Acme (ACME) shares")
