"""Source kinds (issue 12): the head noun decides, anonymity survives resolution and chains, and
the flags follow. Every sentence is invented; each test is one pattern of news English."""

from __future__ import annotations

import pytest

from factcheck.attribution.kinds import classify
from factcheck.export import to_markdown
from factcheck.model import Analysis
from factcheck.pipeline import analyze_text


def body(text: str) -> Analysis:
    return analyze_text("Headline for a test story\n\n" + text)


def sentence(a: Analysis, starts: str):
    return next(s for s in a.sentences if s.text.startswith(starts))


def kinds_of(a: Analysis, starts: str) -> list[tuple[str, str]]:
    return [(x.mention, x.kind) for x in sentence(a, starts).attributions]


@pytest.mark.parametrize("mention", ["Tarnwell officials", "a Brightfizz spokesman", "Okafor aides",
                                     "Mr. Okafor's advisers", "party officials", "government officials",
                                     "a senior administration official", "one Ontario official"])
def test_unnamed_people_of_a_named_body_are_anonymous(mention: str) -> None:
    # the name in front says whose people they are; the head noun says they are not named
    assert classify(mention) == "anonymous"


@pytest.mark.parametrize("mention", ["industry groups", "housing advocates", "environmental groups", "critics",
                                     "many Republicans", "the market", "polls", "Some economists",
                                     "Rumor", "Rumour", "Claim", "Gossip"])
def test_collectives_and_opinion_are_vague(mention: str) -> None:
    assert classify(mention) == "vague"


@pytest.mark.parametrize("mention", ["Twitter", "Facebook", "YouTube", "Reddit"])
def test_a_social_platform_is_a_company_and_its_users_are_vague(mention: str) -> None:
    assert classify(mention) == "named_org"
    assert classify(f"{mention} users") == "vague"
    assert classify(f"a {mention} spokesman") == "anonymous"


@pytest.mark.parametrize("mention", ["officials from both parties", "Tarnwell officials on both sides",
                                     "officials of all stripes"])
def test_unnamed_officials_spread_across_camps_are_vague(mention: str) -> None:
    # "from both parties": a broad collective, not particular people the reporter spoke to; one
    # official of a named body stays anonymous
    assert classify(mention) == "vague"
    assert classify("officials from the Tarnwell council") == classify("an official from both campaigns") \
        == "anonymous"


@pytest.mark.parametrize("mention", ["three economists", "several analysts", "a number of tax experts"])
def test_counted_people_are_anonymous_not_vague(mention: str) -> None:
    # the reporter spoke to these particular people and does not name them
    assert classify(mention) == "anonymous"


@pytest.mark.parametrize("mention", ["campaign chairman Ann Podmore", "Council member Raj Patel",
                                     "Hospital spokeswoman Lena Varga", "Harbour Board President Tom Reyes",
                                     "Mr. Okafor of the Ramblers' Club"])
def test_a_title_and_a_name_is_a_named_person(mention: str) -> None:
    assert classify(mention) == "named_person"


@pytest.mark.parametrize("mention", ["Orbital Aerospace", "Kestrel Semiconductor", "the TWU", "the Okafor empire",
                                     "Norway", "France and Germany"])
def test_company_and_body_names_are_organisations(mention: str) -> None:
    assert classify(mention) == "named_org"


def test_outlets_are_media_and_their_stories_documents() -> None:
    assert classify("The Washington Post") == "media"
    assert classify("a CBS News poll") == "document"


@pytest.mark.parametrize("mention", ["celebrity website HarbourGossip", "the newspaper Le Quotidien",
                                     "Three Ruritanian media outlets", "TV networks", "six regional newspapers"])
def test_an_outlet_named_after_what_it_is_or_left_unnamed_in_the_plural_is_media(mention: str) -> None:
    assert classify(mention) == "media"


def test_unnamed_spokespersons_opening_a_sentence_are_anonymous() -> None:
    # the capital is the sentence's, not a name's: "for the archdiocese of Leeds" is whom they speak for
    assert classify("Spokespersons for the archdiocese of Leeds") == "anonymous"
    assert classify("Spokesmen for the club") == "anonymous"


@pytest.mark.parametrize("mention", ["the Post", "The Journal", "the Herald"])
def test_a_paper_shortened_to_its_mastheads_word_is_media(mention: str) -> None:
    assert classify(mention) == "media"
    assert classify("Emily Post") == "named_person"  # a person whose surname is that word


@pytest.mark.parametrize("mention", ["the post", "a Facebook post", "her latest post", "a blog post on Medium"])
def test_a_post_in_lower_case_is_a_text_not_the_paper(mention: str) -> None:
    assert classify(mention) == "document"
    assert classify("The Post") == "media" and classify("Post") == "media"


@pytest.mark.parametrize("mention", ["the guardian", "the boy's guardian", "the independent"])
def test_a_mastheads_word_in_lower_case_is_no_outlet(mention: str) -> None:
    # "the independent running for mayor", a child's guardian: people, whatever their kind
    assert classify(mention) != "media"


@pytest.mark.parametrize("mention", ["TMZ", "The Hollywood Reporter", "Gawker", "Deutsche Welle", "Al Arabiya"])
def test_outlets_known_by_a_name_that_is_no_word_are_media(mention: str) -> None:
    assert classify(mention) == "media"


@pytest.mark.parametrize("mention", ["Ms Forbes", "Vice President Ann Lee", "Evan Spiegel"])
def test_a_person_whose_name_is_also_an_outlets_is_a_person(mention: str) -> None:
    assert classify(mention) == "named_person"


def test_a_mastheads_word_with_its_capital_is_still_the_outlet() -> None:
    assert classify("The Guardian") == "media" and classify("The Independent") == "media"
    assert classify("the Guardian") == "media"


@pytest.mark.parametrize("mention, kind", [("Media Research Center's Bozell", "named_org"),
                                           ("News Corporation", "named_org"), ("Palin's posts", "document")])
def test_an_outlets_word_inside_a_name_or_a_post_makes_no_outlet(mention: str, kind: str) -> None:
    # the word is the name's own ("News Corporation") or what someone wrote ("posts", as "Trump's tweet")
    assert classify(mention) == kind


def test_anonymity_marker_in_the_relative_clause() -> None:
    a = body("Two engineers at the plant, who spoke on condition of anonymity because they were not "
             "authorized to talk to reporters, said the valve had failed twice.")
    assert kinds_of(a, "Two engineers")[0][1] == "anonymous"
    a = body("The valve had failed twice, said a person familiar with the inspection.")
    assert kinds_of(a, "The valve")[0][1] == "anonymous"


def test_a_later_he_or_the_official_stays_anonymous() -> None:
    a = body("Mayor Ruth Okafor opened the bridge on Monday.\n\n"
             "A senior city official said the repairs had cost twice the estimate.\n\n"
             "He said the contractor had been warned in March.\n\n"
             "The official added that the council would seek damages.")
    assert kinds_of(a, "He said")[0][1] == "anonymous"
    assert kinds_of(a, "The official")[0][1] == "anonymous"


def test_they_after_a_group_resolves_to_the_group() -> None:
    a = body("Harbour Board President Tom Reyes opened the meeting.\n\n"
             "Two aides to the governor said the budget was late.\n\n"
             "They said the delay would last a week.")
    got = sentence(a, "They said").attributions[0]
    assert got.kind == "anonymous" and got.source == "Two aides to the governor"


def test_a_chain_keeps_the_kind_of_each_link_and_the_flag_says_so() -> None:
    a = body("The ministry said the minister had resigned, citing an allied government agency.")
    s = sentence(a, "The ministry")
    assert s.attributions[0].kind == "named_org" and s.attributions[0].via == ["an allied government agency"]
    flag = next(f for f in s.flags if f.code == "anonymous_source")
    assert "unnamed source" in flag.message and "an allied government agency" in flag.message


def test_a_sentence_resting_only_on_anonymous_sources_is_flagged() -> None:
    a = body("Three officials said the plant would close in June.")
    flag = next(f for f in sentence(a, "Three officials").flags if f.code == "anonymous_source")
    assert "rests only on" in flag.message


def test_an_action_is_not_weak_sourcing() -> None:
    # the council members did something; they are no vague source of a claim
    a = body("Councillors approved the plans by 27 votes to 19 at a meeting on Monday.")
    assert "vague_source" not in sentence(a, "Councillors").flag_codes


def test_a_thing_is_not_a_speaker() -> None:
    # the learned fallback must not make a budget the source of what it did
    a = body("The agency's budget has nearly doubled since 2019, to $4.1 billion.")
    s = sentence(a, "The agency's budget")
    assert not [x for x in s.attributions if x.mention.endswith("budget")]
    assert "unattributed_claim" in s.flag_codes


def test_an_unnamed_spokesperson_of_a_named_body_is_anonymous_and_the_flag_says_whom_to_ask() -> None:
    a = body("A spokesperson for Eastmoor Police said no arrests had been made.")
    s = sentence(a, "A spokesperson")
    got = s.attributions[0]
    assert (got.source, got.kind) == ("Eastmoor Police", "anonymous")
    flag = next(f for f in s.flags if f.code == "anonymous_source")
    assert "speaks for Eastmoor Police" in flag.message


def test_a_body_in_a_place_is_one_mention() -> None:
    a = body("The driver was not hurt, a spokesperson for the U.S. Embassy in Oslo confirmed.")
    got = sentence(a, "The driver").attributions[0]
    assert got.source == "U.S. Embassy in Oslo" and got.kind == "anonymous"


def test_the_checklist_says_a_chain_rests_on_an_unnamed_source() -> None:
    a = body("The ministry said the minister had resigned, citing an allied government agency.")
    md = to_markdown(a)
    assert "via an allied government agency (anonymous). **Rests on an unnamed source**" in md
    assert "- **an allied government agency**: anonymous, 1 sentence" in md


def test_coordinated_names_are_several_sources_and_they_resolve_to_all() -> None:
    a = body("Sens. Ann Lee, Raj Patel, Tom Reyes and Maria Okafor said the program had been abused.\n\n"
             "The two said they would hold hearings in March.\n\n"
             "Mr. Lee and Mr. Patel wrote that the agency had ignored warnings.\n\n"
             "They added that the rules had not changed since 2012.")
    assert [x.mention for x in sentence(a, "Sens.").attributions] == ["Ann Lee", "Raj Patel", "Tom Reyes",
                                                                      "Maria Okafor"]
    assert [x.source for x in sentence(a, "Mr. Lee").attributions] == ["Ann Lee", "Raj Patel"]
    they = sentence(a, "They added").attributions[0]
    assert (they.source, they.kind) == ("Ann Lee and Raj Patel", "named_org")


def test_bodies_and_people_by_their_nouns_are_coordinated_and_resolved_each() -> None:
    a = body("Mayor Ann Lee and police chief Tom Reyes met Harbourco's board on Monday.\n\n"
             "Both the mayor and the police chief said the plan was sound.\n\n"
             "The union and the company said in a joint statement that the strike was over.\n\n"
             "The mayor's office and the police department declined to say when the talks began.\n\n"
             "Officials and experts said the bridge was safe.")
    assert [(x.mention, x.source) for x in sentence(a, "Both").attributions] == \
        [("the mayor", "Ann Lee"), ("the police chief", "Tom Reyes")]
    # two bodies by their nouns, never the people named together before
    assert [x.source for x in sentence(a, "The union").attributions] == ["The union", "the company"]
    assert [x.source for x in sentence(a, "The mayor's office").attributions] == \
        ["The mayor's office", "the police department"]
    # plurals stay one source
    assert [x.mention for x in sentence(a, "Officials").attributions] == ["Officials and experts"]


def test_people_of_two_places_are_one_source_and_a_described_name_joins_its_list() -> None:
    a = body("Officials in Tarnwell and Harbourco said the talks would resume.\n\n"
             "Ann Lee and her deputy, Tom Reyes, said the figures were checked.")
    assert kinds_of(a, "Officials") == [("Officials in Tarnwell and Harbourco", "anonymous")]
    assert [x.source for x in sentence(a, "Ann Lee").attributions] == ["Ann Lee", "Tom Reyes"]


def test_names_after_an_inverted_cue_are_coordinated_too() -> None:
    a = body('"We need answers," said Tom Reyes and Maria Okafor.')
    assert [x.source for x in sentence(a, '"We need').attributions] == ["Tom Reyes", "Maria Okafor"]


@pytest.mark.parametrize("text", [
    "Sen. Ann Lee, R-Texas, and Rep. Raj Patel, D-Calif., said in a joint statement that the bill was flawed.",
    "Sen. Ann Lee (R-Texas) and Rep. Raj Patel (D-Calif.) said in a joint statement that the bill was flawed.",
    "Ann Lee, a nurse, and Raj Patel, 52, said in a joint statement that the bill was flawed.",
    '"The bill is flawed," said Ann Lee, a nurse, and Raj Patel, 52.',
])
def test_names_with_their_asides_are_coordinated(text: str) -> None:
    # a party and state, an age or a role between commas or in parentheses does not part them
    got = [(x.mention.removeprefix("Sen. ").removeprefix("Rep. "), x.kind)
           for x in body(text).sentences[1].attributions]
    assert got == [("Ann Lee", "named_person"), ("Raj Patel", "named_person")]


@pytest.mark.parametrize("text", [
    "Sen. Ann Lee, Republican of Texas, and Sen. Raj Patel, Democrat of Vermont, said the bill was flawed.",
    "Sen. Ann Lee, Republican of Texas, and Raj Patel said the bill was flawed.",
])
def test_a_party_and_state_written_out_is_an_aside_too(text: str) -> None:
    # "Republican of Texas" describes the name before it, as "R-Texas" does; it names no one
    got = [x.mention.removeprefix("Sen. ") for x in body(text).sentences[1].attributions]
    assert got == ["Ann Lee", "Raj Patel"]


@pytest.mark.parametrize("text", [
    "The clinic closed last year, Ms. Lee and Mr. Patel said.",
    "After the hearing in Tarnford, Ohio, Ms. Lee and Mr. Patel said the clinic had closed.",
    "During a debate broadcast by Channel Nine, Ms. Lee and Mr. Patel said the clinic had closed.",
    "Both Ms. Lee and Mr. Patel said the clinic had closed.",
])
def test_people_named_after_a_phrase_and_its_comma_are_all_sources(text: str) -> None:
    # the comma closes the phrase or clause before the names; it is no list they belong to
    assert [x.mention for x in body(text).sentences[1].attributions] == ["Ms. Lee", "Mr. Patel"]


@pytest.mark.parametrize("text", [
    "Most voters in Ohio, Iowa and Utah said the clinic had closed.",
    "Lawyers for both Ms. Lee and Mr. Patel said the clinic had closed.",
])
def test_places_in_a_list_and_names_after_a_preposition_are_not_added(text: str) -> None:
    # "voters in Ohio, Iowa and Utah": the places are where the voters live; "lawyers for":
    # whose lawyers. Neither adds the earlier names as sources of their own
    mentions = [x.mention for x in body(text).sentences[1].attributions]
    assert "Iowa" not in mentions and "Ms. Lee" not in mentions


def test_surnames_joined_by_and_are_people_the_story_named_before() -> None:
    a = body("Tom Dunn and Ellen Varga met the governor on Monday.\n\n"
             "Dunn and Varga agreed that the plan would fail.\n\n"
             "They said the vote should wait.\n\n"
             '"It will not pass," said Varga and Dunn.')
    assert [(x.source, x.kind) for x in sentence(a, "Dunn and").attributions] == [
        ("Tom Dunn", "named_person"), ("Ellen Varga", "named_person")]
    assert sentence(a, "They said").attributions[0].source == "Tom Dunn and Ellen Varga"
    assert [x.source for x in sentence(a, '"It will').attributions] == ["Ellen Varga", "Tom Dunn"]


def test_a_surname_the_story_has_not_named_joins_no_one() -> None:
    # with nothing before it, "Marks" may be a company's first word as well as a surname
    a = body("Tom Spencer joined the board in May.\n\nMarks and Spencer said sales rose 4 percent.")
    assert [x.mention for x in sentence(a, "Marks").attributions] == ["Spencer"]
    # a person's full name or title joined to a surname is a person
    a = body("Jane Okafor and Tarnwell argued that the plan would fail.")
    assert [x.mention for x in sentence(a, "Jane").attributions] == ["Jane Okafor", "Tarnwell"]


def test_names_before_a_determiners_noun_are_no_speakers() -> None:
    a = body("Tom Dunn and Ellen Varga met the governor on Monday.\n\n"
             "The board will wait for the Dunn and Varga reports, the chair said.")
    mentions = [x.mention for x in sentence(a, "The board").attributions]
    assert "the chair" in mentions and "Dunn" not in mentions


def test_it_is_not_a_group_of_people() -> None:
    a = body("Ann Lee and Raj Patel said the clinic had closed.\n\nIt said the clinic had closed.")
    assert sentence(a, "It said").attributions[0].source != "Ann Lee and Raj Patel"


def test_a_name_in_a_list_is_no_aside() -> None:
    a = body("Ann Lee, the Okafor Trust, Raj Patel and Tom Reyes said the rules had not changed.")
    assert [x.mention for x in sentence(a, "Ann Lee").attributions] == [
        "Ann Lee", "the Okafor Trust", "Raj Patel", "Tom Reyes"]


def test_a_company_named_with_and_stays_one_source() -> None:
    a = body("Marks and Spencer said sales rose 4 percent in the quarter.")
    assert len(sentence(a, "Marks").attributions) == 1


def test_two_named_bodies_sharing_one_plural_head_are_one_named_source() -> None:
    # "the Vega and Okafor campaigns": both names modify the plural head; not the second alone,
    # not a person, not a vague collective
    for text, mention in (("The Vega and Okafor campaigns said the debate would go ahead.",
                           "The Vega and Okafor campaigns"),
                          ("The Labour and Green parties said they would vote against the bill.",
                           "The Labour and Green parties")):
        [x] = body(text).sentences[1].attributions
        assert (x.mention, x.kind) == (mention, "named_org"), text
    assert classify("the Vega and Okafor campaigns") == "named_org"
    assert classify("environmental groups") == "vague"


def test_an_acronym_after_coordinated_names_makes_them_one_body() -> None:
    # the acronym's letters are the initials of the whole phrase: one organisation
    a = body("The Union of Bakers and Millers (UBM) says the flour tax will close small shops.")
    got = sentence(a, "The Union").attributions
    assert [(x.mention, x.kind) for x in got] == [("The Union of Bakers and Millers", "named_org")]
    # letters that are not the phrase's initials leave the names coordinated
    a = body("France and Germany (EU) said the talks had failed.")
    assert [x.mention for x in sentence(a, "France").attributions] == ["France", "Germany"]


@pytest.mark.parametrize("text, mention", [
    ("Sources in the Kurdish underground in Syria say the group is moving west.",
     "Sources in the Kurdish underground in Syria"),
    ("Officials at the embassy in Kabul said the road was closed.", "Officials at the embassy in Kabul"),
    ("Officials in the ministry in Baghdad said the road was closed.", "Officials in the ministry in Baghdad"),
])
def test_a_place_after_a_body_inside_a_source_phrase_stays_in_it(text: str, mention: str) -> None:
    got = sentence(body(text), text.split()[0]).attributions[0]
    assert (got.mention, got.kind) == (mention, "anonymous")


def test_a_place_after_a_noun_no_person_governs_is_not_joined_to_it() -> None:
    a = body("The fighting in Aleppo has killed hundreds, officials said.")
    assert [x.mention for x in sentence(a, "The fighting").attributions] == ["officials"]


@pytest.mark.parametrize("title", ["Sens.", "Reps.", "Govs."])
def test_plural_title_abbreviations_never_end_a_sentence(title: str) -> None:
    a = body(f"{title} Ann Lee and Raj Patel said the bill would pass.")
    assert sentence(a, title).text.endswith("would pass.")


def test_stacked_determiners_stay_in_the_source_phrase() -> None:
    a = body("Officials at two other federal agencies said they had not been consulted.")
    got = sentence(a, "Officials").attributions[0]
    assert (got.mention, got.kind) == ("Officials at two other federal agencies", "anonymous")


def test_a_body_introduced_by_its_noun_is_an_organisation_when_coordinated_later() -> None:
    a = body("Freight operator Halden Northern raised its prices in May.\n\n"
             "Halden Northern and the Association of Rail Shippers said the rules were unclear.")
    got = [(x.source, x.kind) for x in sentence(a, "Halden Northern and").attributions]
    assert got == [("Halden Northern", "named_org"), ("Association of Rail Shippers", "named_org")]


def test_they_in_the_same_sentence_as_coordinated_names_is_all_of_them() -> None:
    a = body("Reps. Rosa Ibarra and Neil Carver said they planned to introduce a bill in June.")
    they = [x for x in sentence(a, "Reps.").attributions if x.mention == "they"]
    assert all(x.source == "Rosa Ibarra and Neil Carver" for x in they)


@pytest.mark.parametrize(("text", "mention"), [
    ("But in recent days, advisers to Mayor Okafor say, the council has grown impatient.",
     "advisers to Mayor Okafor"),
    ("An aide to Ms. Varga said the vote would be close.", "An aide to Ms. Varga"),
    ("Those close to him say the coach will stay another season.", "Those close to him"),
    ("People familiar with Mr. Reyes's thinking said he would not run.", "People familiar with Mr. Reyes's thinking"),
])
def test_people_tied_to_a_named_person_are_the_source_not_the_person(text: str, mention: str) -> None:
    # the name after "to"/"close to"/"familiar with" says whose people they are; they speak
    assert kinds_of(body(text), text[:12]) == [(mention, "anonymous")]


@pytest.mark.parametrize(("text", "mention"), [
    ("Sources close to the mayor also said the budget would be cut.", "Sources close to the mayor"),
    ("People familiar with the talks have long said a deal was near.", "People familiar with the talks"),
    ("A source close to the family previously told reporters the house was sold.",
     "A source close to the family"),
    # an adverb of the phrase's own verb stays: the cut is only of the cue's verb group
    ("Two officials who were not authorized to speak publicly said the plant would close.",
     "Two officials who were not authorized to speak publicly"),
])
def test_an_anonymous_phrase_ends_before_the_adverbs_and_auxiliaries_of_its_cue(text: str, mention: str) -> None:
    assert kinds_of(body(text), text[:12]) == [(mention, "anonymous")]


@pytest.mark.parametrize(("text", "mention"), [
    ("In the council's favour, all the planners I interviewed said the scheme was sound.",
     "all the planners I interviewed"),
    ("Economists I spoke to said the tax would raise little.", "Economists I spoke to"),
    ("Everyone we asked criticized the timetable as unrealistic.", "Everyone we asked"),
])
def test_people_the_reporter_talked_to_are_one_anonymous_source(text: str, mention: str) -> None:
    # "I spoke to" is the reporter's own verb, part of the source phrase, never a cue of its own
    assert kinds_of(body(text), text[:12]) == [(mention, "anonymous")]


def test_one_of_the_people_after_a_clause_is_the_source() -> None:
    text = ("Ms. Varga, Mr. Reyes and two aides, who asked not to be identified, discussed the merger on "
            "Friday, one of the people said.")
    assert kinds_of(body(text), "Ms. Varga") == [("one of the people", "anonymous")]


def test_one_of_an_unnamed_group_is_that_group_and_stays_unnamed() -> None:
    a = body("The depot will close, according to two people familiar with the council's plans.\n\n"
             "The mayor asked staff to keep the date quiet, one of the people said.\n\n"
             "Three engineers, who spoke on condition of anonymity, said the pumps had failed. "
             "One of them described the mood at the depot as \"grim\".")
    said = sentence(a, "The mayor asked").attributions
    assert [(x.source, x.kind) for x in said if x.cue == "said"] == [
        ("two people familiar with the council's plans", "anonymous")]
    described = sentence(a, "One of them").attributions
    assert [(x.cue, x.kind) for x in described] == [("described", "anonymous")]
    assert described[0].source.startswith("Three engineers")
    assert [f.code for f in sentence(a, "One of them").flags] == ["anonymous_source"]
    # the flag names the group as the source line does
    [flag] = sentence(a, "The mayor asked").flags
    assert "'one of the people' (two people familiar with the council's plans)" in flag.message


@pytest.mark.parametrize("text", [
    "The ministry did not respond to a request for comment.",
    "Mr. Reyes did not return calls seeking comment.",
    "A spokeswoman for the council did not immediately return messages requesting comment.",
    "Ms. Varga could not be reached for comment on Friday.",
])
def test_an_unanswered_request_for_comment_is_no_attribution(text: str) -> None:
    # nobody said anything: the sentence rests on no source, names none, and is no claim to flag
    s = sentence(body(text), text[:12])
    assert s.attributions == [] and s.flags == [] and not s.checkworthy


def test_he_said_resolves_to_the_speaker_before_it_not_a_name_after_it() -> None:
    a = body("Mayor Ruth Okafor opened the bridge on Monday.\n\n"
             "Harbour Board President Tom Reyes spoke after her.\n\n"
             '"It was a long wait," he said of Councillor Dan Varga, who had fought the plan.\n\n'
             "He added that the tolls would end in May.")
    assert sentence(a, '"It was').attributions[0].source.endswith("Tom Reyes")
    assert sentence(a, "He added").attributions[0].source.endswith("Tom Reyes")


@pytest.mark.parametrize("mention", ["many African-Americans", "some Texans", "few Britons"])
def test_part_of_a_people_is_vague(mention: str) -> None:
    assert classify(mention) == "vague"


def test_a_name_before_an_apposition_with_a_relative_clause_is_the_source() -> None:
    text = ("Ann Lee, a local developer and spokeswoman for the Harbour Investors Group, which is made up of "
            "builders and lenders, said the figures were wrong.")
    assert kinds_of(body(text), "Ann Lee") == [("Ann Lee", "named_person")]


def test_a_source_closing_the_sentence_is_its_first_source() -> None:
    # the closing "one of the people said" reports the whole sentence, the chairman's request too
    text = ("The board's chairman, Martin Gale, asked staff in March to hold back the figures until the vote, "
            "one of the people said.")
    assert kinds_of(body(text), "The board's")[0] == ("one of the people", "anonymous")


def test_a_document_published_by_a_body_is_the_document() -> None:
    text = "A report published on Tuesday by the Harbour Audit Office found that the deadline was missed."
    assert kinds_of(body(text), "A report") == [
        ("A report published on Tuesday by the Harbour Audit Office", "document")]


def test_they_is_not_a_single_document() -> None:
    a = body("Sens. Ann Lee and Raj Patel wrote to the board on Monday.\n\n"
             "According to a complaint filed by the regulator, the fund lost $2 million.\n\n"
             '"The fund must be closed," they wrote.')
    assert sentence(a, '"The fund').attributions[0].kind != "document"


@pytest.mark.parametrize(("text", "mention"), [
    ("A document on the council's website states that the library will close.",
     "A document on the council's website"),
    ("A report in a regional paper said the mine would reopen.", "A report in a regional paper"),
])
def test_a_text_published_somewhere_is_the_source_not_the_place(text: str, mention: str) -> None:
    assert kinds_of(body(text), text[:10]) == [(mention, "document")]


def test_a_polling_average_is_a_document() -> None:
    assert classify("the Harbour Tribune's battleground average") == "document"


def test_a_group_speaking_privately_is_anonymous() -> None:
    # off the record: the reporter's own unnamed sources, not a broad collective
    text = "Some Democrats privately express doubts about the nominee's chances."
    assert kinds_of(body(text), "Some Democrats") == [("Some Democrats", "anonymous")]
    assert classify("some Democrats") == "vague"


@pytest.mark.parametrize("mention", ["one Harbourshire Democrat", "a Lakeland Republican", "another Ontario delegate",
                                     "one Latino conservative", "one kind-hearted Canadian", "a senior Democrat"])
def test_one_member_of_a_party_or_a_people_is_anonymous(mention: str) -> None:
    # a capital on "Democrat" or "Canadian" is no name: the reporter quotes one of them, unnamed
    assert classify(mention) == "anonymous"


def test_members_quoted_one_by_one_are_flagged_and_he_stays_with_them() -> None:
    a = body('"The gap is too wide," said one Harbourshire Democrat.\n\n'
             '"Not even close," he said.')
    assert kinds_of(a, '"The gap') == [("one Harbourshire Democrat", "anonymous")]
    assert kinds_of(a, '"Not even') == [("he", "anonymous")]
    assert "anonymous_source" in sentence(a, '"The gap').flag_codes


def test_an_indefinite_description_after_a_name_is_the_name() -> None:
    # "Gov. Lee, a Republican who ..." / "Rep. Tan, a California Democrat supporting ...": the
    # description is an apposition of the name before it, not a second, unnamed source
    a = body("Gov. Ann Lee of Ohio, a Republican who has refused to endorse the plan, said the vote would fail.\n\n"
             '"We will win," said Rep. Bo Tan, a California Democrat supporting the plan.')
    assert {x.source for x in sentence(a, "Gov. Ann").attributions} == {"Gov. Ann Lee of Ohio"}
    assert {(x.source, x.kind) for x in sentence(a, '"We will').attributions} == {("Rep. Bo Tan", "named_person")}


@pytest.mark.parametrize("text", ["Then someone asked how the mayor could win.",
                                  "Someone in the crowd said the bridge had been closed for a week."])
def test_someone_is_one_particular_person_not_named(text: str) -> None:
    # "someone asked" is a person who was there; "anyone"/"everyone" are no one in particular
    assert kinds_of(body(text), text[:8])[0][1] == "anonymous"
    assert classify("everyone") == "vague"


@pytest.mark.parametrize(("text", "mention", "kind"), [
    ("Three experts said the tax would raise little.", "Three experts", "anonymous"),
    ("Several analysts say the merger will fail.", "Several analysts", "anonymous"),
    ("Some analysts say the merger will fail.", "Some analysts", "vague"),
    ("About four out of 10 voters said the town had improved.", "voters", "vague"),
])
def test_a_count_before_a_collective_makes_people_the_reporter_talked_to(text: str, mention: str, kind: str) -> None:
    # "experts say" is a formula of opinion; "three experts said" counts people who spoke
    assert kinds_of(body(text), text[:8]) == [(mention, kind)]


@pytest.mark.parametrize("mention", ["Senator from Ohio", "Governor of Utah", "Mayor of Eastmoor"])
def test_the_holder_of_an_office_of_a_place_is_a_named_person(mention: str) -> None:
    # a standfirst's "Senator from Ohio says" is the senator the story names, not an unnamed aide
    assert classify(mention) == "named_person"
    assert classify("Aide from Ohio") == "anonymous"


def test_i_is_never_an_unnamed_source_spoken_of_before() -> None:
    a = body("Mayor Ruth Okafor wrote to residents on Monday.\n\n"
             "A senior city official said the bridge would close.\n\n"
             "I believe the bridge is safe, and I said so.")
    assert {k for _, k in kinds_of(a, "I believe")} == {"named_person"}


def test_the_senator_is_the_person_named_with_that_title() -> None:
    # the discourse keeps each person's title, so a later "the senator" is someone the reader can call
    a = body("Sen. Ann Lee said the bill would pass.\n\n"
             "Gov. Bo Tan said it would not.\n\n"
             "The senator said she would vote on Friday.\n\n"
             "Vice President Dan Reyes spoke next.\n\n"
             "The president said nothing, and the vice president said he agreed.")
    assert [(x.source, x.kind) for x in sentence(a, "The senator").attributions] == [("Sen. Ann Lee", "named_person")]
    got = {x.mention: x.source for x in sentence(a, "The president").attributions}
    assert got["the vice president"] == "Vice President Dan Reyes"
    assert got["The president"] == "The president"  # no one was named president


def test_a_place_in_the_description_picks_the_holder_named_with_it() -> None:
    # (each holder named as a source first: "X spoke first" alone is not an attribution for the
    # learned fallback's whole-sentence model)
    a = body("Ohio Gov. Bo Tan said the plan would work.\n\n"
             "Former Utah Gov. Ann Lee said it would fail.\n\n"
             "The Ohio governor said he agreed, and the former governor said she did not.")
    got = {x.mention: x.source for x in sentence(a, "The Ohio").attributions if x.mention.lower().startswith("the ")}
    assert got == {"The Ohio governor": "Ohio Gov. Bo Tan", "the former governor": "Former Utah Gov. Ann Lee"}


@pytest.mark.parametrize(("intro", "later", "who"), [
    # a word for what someone does, before the full name or in an apposition, is what a later
    # "the ..." means them by, as a title is
    ("Welsh actor Tom Reyes has left the film.", "The actor said he did not feel right for the part.", "Tom Reyes"),
    ("Veteran striker Sam Doyle scored twice.", "The striker said the team had earned the win.", "Sam Doyle"),
    ("The club's manager, Tom Reyes, criticised the referee.", "The manager said the goal should have stood.",
     "Tom Reyes"),
    ("Maria Okafor, the bakery's founder, denied the report.", "The founder said the claims were false.",
     "Maria Okafor"),
    # an anonymous-sounding description names the person named with its title ...
    ("Harbourco chief executive Maria Okafor will step down in March.", "The executive told staff the board agreed.",
     "Maria Okafor"),
])
def test_the_description_is_the_person_named_with_that_role(intro: str, later: str, who: str) -> None:
    a = body(intro + "\n\n" + later)
    assert [(x.source, x.kind) for x in sentence(a, later[:12]).attributions] == [(who, "named_person")]


def test_a_title_is_matched_in_the_form_it_was_kept_and_a_title_acronym_is_a_person() -> None:
    a = body("Chairwoman Ann Lee opened the hearing.\n\n"
             "The chairwoman said the committee would vote in May.\n\n"
             "Harbourco chief executive Tom Reyes spoke next.\n\n"
             "The CEO said profits would rise.\n\n"
             "The CFO said costs would fall.")
    # "Chairwoman" is kept as "chairman", the noun every form of it means
    assert [x.source for x in sentence(a, "The chairwoman").attributions] == ["Chairwoman Ann Lee"]
    assert [x.source for x in sentence(a, "The CEO").attributions] == ["Tom Reyes"]
    # an officer's acronym names a person, not a body ("the SEC" is one)
    assert [x.kind for x in sentence(a, "The CFO").attributions] == ["named_person"]


@pytest.mark.parametrize("word", ["earlier", "later", "however", "together"])
def test_an_adverb_ending_like_a_role_is_no_one(word: str) -> None:
    # "-er" makes "reporter" and "speaker", not "earlier"
    a = body(f"The mood darkened because officers had {word} threatened to use force.")
    assert [x.mention for x in a.sentences[1].attributions] == ["officers"]


@pytest.mark.parametrize("mention", ["A witness", "Another witness", "An eyewitness", "A passer-by"])
def test_one_unnamed_witness_is_anonymous(mention: str) -> None:
    # one particular person the reporter does not name, as "a neighbour" is ("witness" ends in s
    # and is still one)
    assert kinds_of(body(f"{mention} said the car was speeding."), mention) == [(mention, "anonymous")]


def test_a_person_by_a_word_in_ess_is_a_role() -> None:
    a = body("Oscar-winning actress Maria Okafor has left the film.\n\n"
             "The actress said the script had changed.\n\n"
             "A waitress said the kitchen had closed early.")
    assert [x.source for x in sentence(a, "The actress").attributions] == ["Maria Okafor"]
    assert kinds_of(a, "A waitress") == [("A waitress", "anonymous")]


def test_court_and_police_reporting_formulas() -> None:
    a = body("According to the charge sheet, the fire caused damage worth £2 million.\n\n"
             "His lawyer, Ann Lee, said her client would plead not guilty.\n\n"
             "The defence lawyer said the evidence was circumstantial.\n\n"
             "Detective Inspector Tom Reyes said officers had recovered CCTV footage.\n\n"
             "The inspector said the footage was being examined.\n\n"
             "Detectives said the fire was started deliberately.")
    assert kinds_of(a, "According") == [("the charge sheet", "document")]
    # "his lawyer, Ann Lee,": a possessive opens an apposition as an article does
    assert [x.source for x in sentence(a, "The defence lawyer").attributions] == ["Ann Lee"]
    # police ranks are titles
    assert [x.source for x in sentence(a, "The inspector").attributions] == ["Detective Inspector Tom Reyes"]
    # detectives, like investigators, are particular people the story does not name
    assert kinds_of(a, "Detectives") == [("Detectives", "anonymous")]


def test_a_description_with_its_own_relative_clause_or_an_unnamed_holder_since_stays_unnamed() -> None:
    a = body("Harbourco chief executive Maria Okafor will step down in March.\n\n"
             "A senior executive, who asked not to be named, said the deal was off.\n\n"
             "The executive said talks had ended.\n\n"
             "Veteran lawyer Tom Reyes filed the appeal.\n\n"
             "The lawyer who drafted the contract said it was void.")
    # ... unless one without a name was spoken of since
    assert [(x.source, x.kind) for x in sentence(a, "The executive said").attributions] == \
        [("A senior executive", "anonymous")]
    b = body("The accountant, Maria Okafor, testified on Monday.\n\n"
             "A second accountant, who worked for the firm until 2019, said the books were kept properly.\n\n"
             "The accountant said she had never seen the invoices.\n\n"
             "Prosecutor Ann Lee told the jury the paper trail was clear.\n\n"
             "The prosecutor said the fraud had been planned for a year.")
    assert [(x.source, x.kind) for x in sentence(b, "The accountant said").attributions] == \
        [("A second accountant", "anonymous")]
    # a role opening the sentence before the name is capitalised, and still the role
    assert [x.source for x in sentence(b, "The prosecutor").attributions] == ["Prosecutor Ann Lee"]
    # "the lawyer who drafted the contract" says itself which lawyer: not the one named before
    assert [x.source for x in sentence(a, "The lawyer who").attributions] != ["Tom Reyes"]


def test_the_object_of_an_apposition_is_no_name_for_it() -> None:
    # "a spokeswoman for the mayor, Ann Lee,": Ann Lee speaks for the mayor; she is not "the mayor"
    a = body("Mayor Bo Tan announced the plan on Monday.\n\n"
             "A spokeswoman for the mayor, Ann Lee, declined to comment.\n\n"
             "The mayor said the plan would save money.")
    assert [x.source for x in sentence(a, "The mayor said").attributions] == ["Mayor Bo Tan"]


@pytest.mark.parametrize(("text", "mention", "kind"), [
    ("Regulators and environmental groups worried that the mill would close.",
     "Regulators and environmental groups", "anonymous"),
    ("Many economists and some lawmakers say the tax had successes.", "Many economists and some lawmakers", "vague"),
])
def test_unnamed_groups_joined_by_and_are_one_source(text: str, mention: str, kind: str) -> None:
    # both halves are the subject; the reporter's particular people (regulators) make it anonymous
    assert kinds_of(body(text), text[:8]) == [(mention, kind)]


def test_a_gerund_with_coordinated_objects_is_no_source() -> None:
    assert sentence(body("Picking winners and losers seemed beside the point."), "Picking").attributions == []


@pytest.mark.parametrize(("text", "mention"), [
    ("Insurers that had covered the mill agreed to release the cash.", "Insurers that had covered the mill"),
    ("Officials who had seen the audit said it was late.", "Officials who had seen the audit"),
    ("Senior aides who have run the numbers argue that the mayor will win.",
     "Senior aides who have run the numbers"),
])
def test_the_subject_of_a_relative_clause_is_the_source_not_its_object(text: str, mention: str) -> None:
    # "the mill", "the audit" close the relative clause; the insurers and officials speak
    assert kinds_of(body(text), text[:8]) == [(mention, "anonymous")]


@pytest.mark.parametrize("mention", ["a copy of the audit", "the draft", "an excerpt from the minutes",
                                     "a summary of the report", "copies of the emails"])
def test_a_copy_or_part_of_a_text_is_a_document(mention: str) -> None:
    # "according to a copy of the audit": the text speaks, no person
    assert classify(mention) == "document"


def test_someone_like_a_named_person_is_that_person() -> None:
    assert classify("someone like Mr. Okafor") == "named_person"


@pytest.mark.parametrize("mention", ["Ann Lee of the Harbour Policy Institute", "Jeffrey Okafor of Eastmoor University",
                                     "David Varga of the National Grocers Federation"])
def test_a_person_of_a_named_body_is_a_named_person(mention: str) -> None:
    # the given name makes "X of the Institute" a person speaking, not the institute
    assert classify(mention) == "named_person"
    assert classify("Bank of Eastmoor") == "named_org"


@pytest.mark.parametrize(("text", "source"), [
    ("The Harbour and Waterways Commission said the locks would reopen.", "Harbour and Waterways Commission"),
    ("Immigration and Border Enforcement said the raids would continue.", "Immigration and Border Enforcement"),
    ("Eastmoor Citizenship and Immigration Services, the agency that runs the scheme, said it would act.",
     "Eastmoor Citizenship and Immigration Services"),
    # the body's word and its "for"/"of" before the words joined by "and" head the one name
    ("The Centre for Harbour Safety and Pilotage estimates that one in 40 crossings is late.",
     "Centre for Harbour Safety and Pilotage"),
    ("The Department of Ports and Inland Waterways said the locks would reopen.",
     "Department of Ports and Inland Waterways"),
])
def test_a_body_named_with_and_is_one_source(text: str, source: str) -> None:
    # "and" inside a body's name joins no two sources ("Mr. Lee and Mr. Patel" still does)
    assert [(x.source, x.kind) for x in sentence(body(text), text[:8]).attributions] == [(source, "named_org")]


@pytest.mark.parametrize("text", ["The peso has lost 20 percent of its value since March.",
                                  "The attacks have killed 40 people in the province this year.",
                                  "The figure has nearly doubled since 2019, to 4,100 cases."])
def test_a_currency_attacks_or_a_figure_are_no_speaker(text: str) -> None:
    # the other things: a fact stated with no source stays an unattributed claim
    s = sentence(body(text), text[:8])
    assert s.attributions == []
    assert "unattributed_claim" in s.flag_codes


@pytest.mark.parametrize(("text", "mention", "kind"), [
    # the agent of a participle that describes the speaker is part of the phrase, not the speaker
    ("A woman captured by the militia says she is safe and well.", "A woman captured by the militia", "anonymous"),
    ("A man arrested by police on Monday told reporters he was innocent.", "A man arrested by police", "anonymous"),
    ("Emails obtained by the Courier show the plan was known in May.", "Emails obtained by the Courier", "document"),
])
def test_the_agent_of_a_participle_is_not_the_speaker(text: str, mention: str, kind: str) -> None:
    assert kinds_of(body(text), text[:8]) == [(mention, kind)]


def test_whatever_follows_who_is_the_verb_of_its_clause() -> None:
    # "died" is too short for the -ed test: after "who" it is still the clause's verb, not a noun
    text = "A priest who died for 48 minutes claims that he met his grandmother."
    (a,) = sentence(body(text), "A priest").attributions
    assert a.mention == "A priest who died for 48 minutes"
    # an object relative keeps its own subject: "who" is what Democrats hope for, not a speaker
    text = "Latino voters who Democrats hope will turn out worry about jobs."
    assert all(a.mention != "Latino voters who Democrats" for a in sentence(body(text), "Latino").attributions)


@pytest.mark.parametrize("mention, kind", [
    ("some on the committee", "vague"), ("many in the party", "vague"), ("others at the meeting", "vague"),
    ("several in the administration", "anonymous"), ("those in the room", "anonymous"),
    ("officials in the ministry", "anonymous"),
])
def test_people_placed_by_a_preposition_keep_the_kind_of_their_head(mention: str, kind: str) -> None:
    # a quantifier standing for people: part of a collective is vague, particular people anonymous
    assert classify(mention) == kind


@pytest.mark.parametrize("mention", ["Harbourside News", "KTLA News", "The Okafor Herald", "the Tarnwell Gazette",
                                     "Yorkshire Daily Chronicle"])
def test_a_name_ending_in_a_mastheads_word_is_an_outlet(mention: str) -> None:
    assert classify(mention) == "media"


@pytest.mark.parametrize("mention", ["Emily Post", "Ann Herald"])
def test_a_person_named_like_a_masthead_is_a_person(mention: str) -> None:
    assert classify(mention) == "named_person"


def test_you_is_the_reader_never_the_person_named_before() -> None:
    # the body's "you" is the reader, or anyone: no one in particular, not the last person named
    a = body("Ann Okafor runs the ferry company.\n\nYou can see why the crews are angry.")
    assert [(x.source, x.kind) for x in sentence(a, "You can see").attributions] == [("you", "vague")]
    assert classify("you") == "vague"
    # "he" still means the person named before
    a = body("Ann Okafor runs the ferry company.\n\nShe said the crews were angry.")
    assert [(x.source, x.kind) for x in sentence(a, "She said").attributions] == [("Ann Okafor", "named_person")]


def test_a_state_is_a_place_whatever_given_name_it_holds() -> None:
    # "West Virginia", "Georgia": a place (its government when it speaks), never the "she" of a story
    assert classify("West Virginia") == "named_org"
    assert classify("Georgia") == "named_org"
    assert classify("Rep. Virginia Foxx") == "named_person"
    a = body("Ann Okafor campaigned in Ohio on Monday, a week before the West Virginia primary.\n\n"
             "She said the ferry fees would fall.")
    assert [(x.source, x.kind) for x in sentence(a, "She said").attributions] == [("Ann Okafor", "named_person")]


def test_a_person_of_a_place_and_another_person_stay_two_sources() -> None:
    # a person's "of" and a place is no body's name: "and" joins two sources
    text = "Sens. Ann Okafor of Ohio and Bo Tan of Utah said the locks would reopen."
    assert [x.source for x in sentence(body(text), text[:8]).attributions] == ["Ann Okafor of Ohio", "Bo Tan of Utah"]


@pytest.mark.parametrize("intro, short", [("Halvard Coal", "Halvard"), ("Brightmoor Energy", "Brightmoor"),
                                          ("Tarnwell Holdings", "Tarnwell")])
def test_a_company_called_by_the_first_word_of_its_name_is_the_company(intro: str, short: str) -> None:
    # a company's name shortened to its first word later is the company, never a person of that name
    a = body(f"The harbour deal was signed by {intro} in March.\n\n{short} said the deal would save jobs.")
    assert [(x.source, x.kind) for x in sentence(a, f"{short} said").attributions] == [(intro, "named_org")]


def test_a_company_introduced_by_its_trade_is_what_the_company_means_later() -> None:
    # "the mining giant X": "giant" stands for the company, as "firm" does
    a = body("Ann Okafor once worked for the mining giant Brightmoor Quarries.\n\n"
             "The giant said its pits would stay open.")
    assert [(x.source, x.kind) for x in sentence(a, "The giant said").attributions] == [
        ("Brightmoor Quarries", "named_org")]


def test_a_persons_surname_is_never_a_company_that_opens_with_it() -> None:
    # "Trump" after "the Trump Foundation" is the person; only a company's trade word lets its first word stand alone
    a = body("Ann Okafor paid the Okafor Foundation in March.\n\nOkafor said the harbour would reopen.")
    assert [(x.source, x.kind) for x in sentence(a, "Okafor said").attributions] == [("Ann Okafor", "named_person")]
    a = body("The money went to the Okafor Foundation in March.\n\nOkafor said the harbour would reopen.")
    assert [x.kind for x in sentence(a, "Okafor said").attributions] == ["named_person"]


@pytest.mark.parametrize("mention", ["PolitiFact", "Snopes", "Full Fact", "FactCheck.org", "RealClearPolitics"])
def test_fact_checkers_and_poll_aggregators_are_outlets(mention: str) -> None:
    assert classify(mention) == "media"


def test_an_outlet_whose_name_holds_a_trade_word_stays_an_outlet() -> None:
    # "Financial Times": "financial" names companies, but the masthead is an outlet's
    a = body("Ann Okafor sold the ferry line in May.\n\nThe Financial Times reported that the sale was rushed.")
    assert [(x.source, x.kind) for x in sentence(a, "The Financial Times").attributions] == [
        ("Financial Times", "media")]


def test_a_title_case_headlines_words_are_no_company() -> None:
    # "Candidates To Back Clean Energy": a run of capitals holding a small word is the headline's words
    from factcheck.pipeline import analyze_text as run
    a = run("Watchdog Urges Candidates To Back Clean Energy\n\nAnn Okafor runs the watchdog.\n\n"
            "The candidates said they would answer in May.")
    assert [x.source for x in sentence(a, "The candidates said").attributions] != ["Candidates To Back Clean Energy"]
    assert all("To Back" not in x.source for s in a.sentences for x in s.attributions)


@pytest.mark.parametrize("opening", ["In an email, ", "With a week until the vote, ",
                                     "In her speech at the harbour rally, "])
def test_a_name_after_a_fronted_phrase_is_no_apposition_of_its_object(opening: str) -> None:
    # "With a week until the vote, Okafor, a ferry pilot, said": "the vote" is the phrase's object,
    # not a noun saying what Okafor is; the person named before stays a person
    a = body(f"Ann Okafor runs the ferry line.\n\n{opening}Okafor, a former pilot, said the fares would fall.")
    said = next(s for s in a.sentences if "former pilot" in s.text)
    assert [(x.source, x.kind) for x in said.attributions] == [("Ann Okafor", "named_person")]


@pytest.mark.parametrize("name", ["EB-5", "G-7", "Future45"])
def test_a_name_holding_figures_is_no_person(name: str) -> None:
    assert classify(name) == "named_org"


def test_an_interviews_answers_rest_on_the_person_interviewed() -> None:
    # "A:" is the person the interview is with, named before the first answer, at every answer,
    # whoever the questions name between; never "Q", the interviewer's label
    a = analyze_text("Q&A with the mayor\n\nMayor Ann Okafor spoke to us on Monday about the ferry.\n\n"
                     "Q: Will the fares fall?\n\nA: The fares will fall by May.\n\n"
                     "Q: What of Bo Tan's plan for the harbour?\n\nA: The plan will fail within a year.")
    for starts in ("A: The fares", "A: The plan"):
        assert [(x.source, x.kind) for x in sentence(a, starts).attributions] == [("Ann Okafor", "named_person")]


def test_an_answer_label_with_no_person_named_before_is_still_a_person() -> None:
    # the interview names whom it is with, even when the lexicon knows no given name of theirs
    a = analyze_text("Meet the new harbour master\n\nThe harbour has a new master this year.\n\n"
                     "Q: Will the fares fall?\n\nA: The fares will fall by May.\n\n"
                     "Q: And the ferry?\n\nA: The ferry will run all winter.")
    assert [x.kind for x in sentence(a, "A: The fares").attributions] == ["named_person"]


@pytest.mark.parametrize("name", ["Apple", "Audi", "Samsung", "Boeing", "Apple's"])
def test_a_company_named_by_one_word_is_a_company(name: str) -> None:
    assert classify(name) == "named_org"


@pytest.mark.parametrize("mention", ["Fiona Apple", "Sen. Tesla", "Mr. Boeing", "Isis Okafor", "Fed Okafor"])
def test_a_person_whose_name_holds_a_companys_word_is_a_person(mention: str) -> None:
    assert classify(mention) == "named_person"


@pytest.mark.parametrize("mention", ["Ohio governor", "North Dakota governor", "French president", "UK prime minister",
                                     "Nigerian president", "Dutch king"])
def test_a_places_one_office_holder_without_an_article_is_a_named_person(mention: str) -> None:
    # "Ohio governor vetoes bill": the headline's way of saying "the Ohio governor"
    assert classify(mention) == classify("the " + mention) == "named_person"


@pytest.mark.parametrize("mention", ["Texas senator", "a Texas governor", "senior aide", "Former president",
                                     "Ann Lee governor"])
def test_an_office_with_many_holders_or_an_indefinite_one_stays_unnamed(mention: str) -> None:
    assert classify(mention) == "anonymous"


@pytest.mark.parametrize(("mention", "kind"), [
    ("RUTH HALVARD", "named_person"), ("ANN OKAFOR", "named_person"), ("HARBOUR HEALTH OFFICIAL", "anonymous"),
    ("NASA", "named_org"), ("US FBI", "named_org"), ("A U.S.", "named_org")])
def test_a_shouted_name_is_read_as_its_words_not_as_an_acronym(mention: str, kind: str) -> None:
    # a transcript's speaker labels and shouted headlines write every letter in capitals
    assert classify(mention) == kind


@pytest.mark.parametrize("mention", ["College Lecturer", "Former Harbour Council Doctor", "Harbour Board Member"])
def test_one_person_described_by_a_bodys_word_is_a_person(mention: str) -> None:
    assert classify(mention) == "named_person"


@pytest.mark.parametrize("mention", ["NASA's Office of the Inspector General", "Senate Democrats", "the Daily Caller",
                                     "Business Insider"])
def test_a_body_whose_name_ends_in_a_persons_word_stays_a_body(mention: str) -> None:
    assert classify(mention) in ("named_org", "media")


@pytest.mark.parametrize(("mention", "kind"), [
    ("Ruritanian State Media", "media"), ("Harbour Public Radio", "media"), ("Halvard.com", "named_org"),
    ("DNA Tests", "document"), ("New Audio", "document"), ("a preliminary field test", "document"),
    ("British intelligence", "named_org")])
def test_a_title_case_outlet_a_site_a_test_a_recording_and_intelligence_are_what_they_say(mention: str, kind: str):
    assert classify(mention) == kind


@pytest.mark.parametrize("mention", ["Americans", "Hispanics", "Kurds", "Millennials", "many Muslims", "New Yorkers"])
def test_a_people_a_faith_or_a_generation_as_a_whole_is_vague(mention: str) -> None:
    assert classify(mention) == "vague"


@pytest.mark.parametrize("mention", ["Evans", "Harris", "Ann Evans"])
def test_a_surname_in_s_stays_a_person(mention: str) -> None:
    assert classify(mention) == "named_person"


@pytest.mark.parametrize("mention", ["WSJ", "NYT", "WaPo"])
def test_an_outlet_known_by_its_initials_is_media(mention: str) -> None:
    assert classify(mention) == "media"


@pytest.mark.parametrize("name", ["Hamas", "Boko Haram", "Nasa", "Nasa's", "al-Shabab", "Greenpeace",
                                  "Homeland Security", "the Fed", "eBay", "Scotland Yard"])
def test_a_body_known_by_its_name_alone_is_an_organisation(name: str) -> None:
    # movements, agencies and charities news copy names with no word such as "group" or "agency"
    assert classify(name) == "named_org"


def test_he_after_a_company_named_by_one_word_is_the_person_before_it() -> None:
    a = body("Ann Okafor runs the repair shop on the quay.\n\nSamsung said the phones would ship in May.\n\n"
             "She said the shop would stock them.")
    assert [(x.source, x.kind) for x in sentence(a, "Samsung said").attributions] == [("Samsung", "named_org")]
    assert [x.source for x in sentence(a, "She said").attributions] == ["Ann Okafor"]


def test_people_the_reporter_spoke_to_are_one_unnamed_source_apart_from_the_writer() -> None:
    # the contact clause after "according to" belongs to the mention; the writer's "I" is another source
    a = body("According to several people I spoke to, the depot will close.\n\nI think the ferry will stay.")
    got = sentence(a, "According to").attributions
    assert [(x.mention, x.kind) for x in got] == [("several people I spoke to", "anonymous")]
    assert sorted(src.name for src in a.sources) == ["I", "several people I spoke to"]


def test_you_outside_any_quotation_is_the_reader_whom_no_flag_asks_to_name() -> None:
    # the writer addressing the reader: a vague "you" (as PolNeAR reads it), but no flag asks which
    # people stand behind it; a quoted "you" stays the speaker's words
    a = body("Ann Okafor runs the ferry line.\n\nIf you want to understand the fares, look at the fuel bill.\n\n"
             "You can think of the timetable as a promise.\n\n"
             '"You will see the fares fall by May," Okafor said.')
    for starts in ("If you want", "You can think"):
        assert [(x.source, x.kind) for x in sentence(a, starts).attributions] == [("you", "vague")]
        assert [f.code for f in sentence(a, starts).flags] == []
    assert [x.source for x in sentence(a, '"You will see').attributions] == ["Ann Okafor"]


def test_the_reader_s_credit_sources_no_claim_and_is_no_source_listed() -> None:
    # "If you want ... , you will have to ...": what the reader wants or knows is the writer's
    # supposition; the claim about the fares still needs a source, and the sources list the cited only
    a = body("Ann Okafor runs the ferry line.\n\nIf you want a cabin, you will have to pay $40 more than last year.\n\n"
             "If you know you are staying all week, a pass costs $60 and saves $24.\n\n"
             "Okafor said the boats were old.")
    for starts in ("If you want", "If you know"):
        s = sentence(a, starts)
        # (the learned fallback credits "want" to the reader; the rules never propose "you")
        assert [(x.source, x.kind) for x in s.attributions] == ([("you", "vague")] if starts == "If you want" else [])
        assert [f.code for f in s.flags] == ["unattributed_claim"]
        assert s.flags[0].message.endswith("needs attribution")
    assert [src.name for src in a.sources] == ["Ann Okafor"]


def test_they_is_never_the_reader_addressed() -> None:
    # "they" after the writer's "you": the reader is one person spoken to, never "they"
    a = body("If you want a bigger list, you need a plan.\n\n"
             "Most owners work from home, and they say the hours are too long.")
    got = sentence(a, "Most owners").attributions
    assert [x.mention for x in got] == ["they"]
    assert [x.source for x in got] != ["you"]


def test_a_questions_you_in_a_printed_interview_is_the_person_answering() -> None:
    a = analyze_text("Meet the new harbour master\n\nAnn Okafor runs the harbour this year.\n\n"
                     "Q: Will the fares fall?\n\nA: The fares will fall by May.\n\n"
                     "Do you think the ferry will run all winter?\n\nA: The ferry will run all winter.")
    assert [(x.source, x.kind) for x in sentence(a, "Do you think").attributions] == [("Ann Okafor", "named_person")]


def test_i_outside_any_quotation_is_the_writer_never_the_person_named_last() -> None:
    # a column's or review's "I" is its writer, whom the byline names; "she" still means the person named
    a = body("Ann Okafor runs the ferry line.\n\nI think the fares will fall by May.\n\n"
             "She said the boats were old.")
    assert [(x.source, x.kind) for x in sentence(a, "I think").attributions] == [("I", "named_person")]
    assert [x.source for x in sentence(a, "She said").attributions] == ["Ann Okafor"]


def test_i_in_an_interviews_answer_is_the_person_answering() -> None:
    a = analyze_text("Q&A with the mayor\n\nMayor Ann Okafor spoke to us on Monday about the ferry.\n\n"
                     "Q: Will the fares fall?\n\nA: Yes, the fares will fall by May.\n\n"
                     "Q: And the boats?\n\nA: The boats are new.\n\nI think the boats will be full all winter.")
    assert [x.source for x in sentence(a, "I think").attributions] == ["Ann Okafor"]


def test_we_outside_any_quotation_is_the_publication_never_the_body_named_last() -> None:
    # "we confirmed", "as we reported": the outlet speaking (KINDS.md: the article itself is media)
    a = body("The Harbour Council runs the ferry line.\n\nWe confirmed that the fares will fall by May.")
    assert [(x.source, x.kind) for x in sentence(a, "We confirmed").attributions] == [("We", "media")]
    assert all(f.code != "vague_source" for f in sentence(a, "We confirmed").flags)


@pytest.mark.parametrize("mention", ["Harbour Video", "New Poll", "Leaked Documents", "A Brightmoor Poll", "Report"])
def test_a_title_case_document_is_a_document(mention: str) -> None:
    # a Title Case headline capitalises the document's noun; it is still what speaks
    assert classify(mention) == "document"


@pytest.mark.parametrize("mention, kind", [("Islamic State", "named_org"), ("Ruritania State", "named_org"),
                                           ("Secretary of State", "named_person"),
                                           ("former Secretary of State Ann Okafor", "named_person")])
def test_a_name_ending_in_state_is_a_body_unless_an_office(mention: str, kind: str) -> None:
    assert classify(mention) == kind


@pytest.mark.parametrize("noun", ["automaker", "carmaker", "chipmaker", "drugmaker", "brokerage"])
def test_a_company_called_by_its_trade_is_the_company_named_before(noun: str) -> None:
    # "the automaker said" after "Brightmoor Motors": a body, and the one the story named
    assert classify(f"the {noun}") == "named_org"
    a = body(f"Brightmoor Motors cut 200 jobs in May.\n\nThe {noun} said the plant would stay open.")
    assert [(x.source, x.kind) for x in sentence(a, f"The {noun} said").attributions] == [
        ("Brightmoor Motors", "named_org")]


@pytest.mark.parametrize(("mention", "kind"), [
    ("Michael Bloomberg", "named_person"), ("Anna Reuters", "named_person"), ("Bloomberg", "media"),
    ("the Bloomberg", "media"), ("Bloomberg News", "media"), ("Reuters", "media")])
def test_an_outlet_s_name_after_a_given_name_is_a_surname(mention: str, kind: str) -> None:
    """'Michael Bloomberg said': the outlet's name is his surname; alone, or with its own words, it
    is the outlet."""
    assert classify(mention) == kind


@pytest.mark.parametrize("mention", ["Britain's ambassador to the US Jack Okafor",
                                     "France's ambassador to Britain Lin Hallam",
                                     "the special envoy for Syria Maria Tarnwell",
                                     "US ambassador to the UN Ann Okafor"])
def test_an_office_of_a_place_then_its_holder_s_name_is_a_named_person(mention: str) -> None:
    """The name closes the mention after the office's place: the holder, named ("China's ambassador
    to Britain Liu ..." had been an unnamed role and raised an anonymous-source flag)."""
    assert classify(mention) == "named_person"


@pytest.mark.parametrize("mention", ["a spokesman for Senator Ann Okafor", "an aide to Jack Hallam",
                                     "Britain's ambassador to the US", "an adviser to the Prime Minister"])
def test_a_role_for_a_named_person_or_an_office_without_a_name_stays_unnamed(mention: str) -> None:
    # the name straight after the preposition is whom the role serves, not who speaks
    assert classify(mention) == "anonymous"


def test_a_named_ambassador_raises_no_anonymous_source_flag() -> None:
    a = body("Britain's ambassador to France Jack Okafor has said that the talks will resume in May.")
    s = sentence(a, "Britain's ambassador")
    assert [(x.source, x.kind) for x in s.attributions] == [("Britain's ambassador to France Jack Okafor",
                                                             "named_person")]
    assert not [f for f in s.flags if f.code == "anonymous_source"]


@pytest.mark.parametrize("mention", ["the University of Tarnwell biochemist Soraya Okafor",
                                     "the Hallam Hospital nurse Ann Okafor", "Top Tarnwell Party donor Jack Hallam"])
def test_a_body_s_words_then_a_role_then_a_full_name_is_the_person(mention: str) -> None:
    # the body's words modify the role; the name after the role is who speaks (an outlet's host
    # stays the outlet's, as media)
    assert classify(mention) == "named_person"
    assert classify("a Hallam Hospital nurse") == "anonymous"
    assert classify("MSNBC host Ann Okafor") == "media"


@pytest.mark.parametrize(("text", "mention"), [
    ("De Varga said the plan would fail.", "De Varga"),
    ("Van Der Reyes said the plan would fail.", "Van Der Reyes"),
    ("In the end, de Varga said the plan would fail.", "de Varga"),
    ("A spokesman for De Tarnwell Mining said the plan would fail.", "A spokesman for De Tarnwell Mining"),
])
def test_a_surnames_particle_opening_a_sentence_or_a_clause_is_the_names(text: str, mention: str) -> None:
    assert [x.mention for x in body(text).sentences[1].attributions] == [mention]


def test_a_surname_with_its_particle_resolves_to_the_full_name() -> None:
    a = body("Mayor Ana de Varga opened the bridge on Monday.\n\n"
             "De Varga said the bridge was safe.\n\n"
             "Tom Van Der Reyes, an engineer, disagreed.\n\n"
             "Van Der Reyes said the cables were worn.")
    assert sentence(a, "De Varga").attributions[0].source == "Ana de Varga"
    assert sentence(a, "Van Der Reyes").attributions[0].source == "Tom Van Der Reyes"


@pytest.mark.parametrize(("text", "mention", "kind"), [
    ("On Saturday at the party convention Sen. Ann Lee said the plan would fail.", "Sen. Ann Lee", "named_person"),
    ("He called the plan typical of a campaign Mr. Tan has criticized for months.", "Mr. Tan", "named_person"),
    ("Harbour union leader Dr. Ann Lee said the plan would fail.", "Dr. Ann Lee", "named_person"),
    ("Former state Sen. Ann Lee said the plan would fail.", "Former state Sen. Ann Lee", "named_person"),
    ("A spokeswoman for Mr. Tan said the plan would fail.", "A spokeswoman for Mr. Tan", "anonymous"),
])
def test_an_abbreviated_title_opens_the_names_phrase(text: str, mention: str, kind: str) -> None:
    # a lower-case noun or verb before "Sen." or "Mr." belongs to another phrase; a word that
    # qualifies the title ("former", "state") and a preposition ("a spokeswoman for") do not
    got = [(x.mention, x.kind) for x in body(text).sentences[1].attributions]
    assert (mention, kind) in got


@pytest.mark.parametrize(("text", "mention"), [
    ("Ann Okafor won the harbour primary on Tuesday, adding that the count had been fair.", "Ann Okafor"),
    ("Tarnwell hit back on Monday, saying the plan was flawed.", "Tarnwell"),
    ("Ann Okafor set out a year ago to win the seat, hoping the harbour vote would carry her.", "Ann Okafor"),
    ("Ann Rose, reporting for the Harbour Ledger, said the count had been fair.", "Ann Rose"),
])
def test_a_past_tense_after_a_name_ends_the_names_phrase(text: str, mention: str) -> None:
    # "won", "hit", "set" may be nouns inside a phrase ("lost votes"), but after a name they are
    # its verb: the participle later in the sentence takes the name, not the whole clause
    assert [x.mention for x in body(text).sentences[1].attributions][:1] == [mention]


def test_she_is_no_family_or_group() -> None:
    # a family or the people around someone speak as a group: "she" is the woman named before
    a = body("Ann Okafor runs the harbour shop.\n\nHer family said the shop would close in May.\n\n"
             "She said she would fight the closure.")
    assert sentence(a, "She said").attributions[0].source == "Ann Okafor"
    a = body("Ann Okafor runs the harbour shop.\n\nPeople close to the mayor said the shop would close.\n\n"
             "She said she would fight the closure.")
    assert sentence(a, "She said").attributions[0].source == "Ann Okafor"


def test_one_user_of_a_platform_is_an_unnamed_person() -> None:
    # "users" was a noun for people and "user" was not: "one user quipped" read as a name
    assert classify("one user") == "anonymous"
    assert classify("a Harbourchat user") == "anonymous"
    assert classify("users") == "vague"


@pytest.mark.parametrize(("text", "mention"), [("He instead told the council that the fares would rise.", "He"),
                                               ("Ann Lee likewise said the fares would rise.", "Ann Lee")])
def test_instead_and_likewise_stand_between_a_source_and_its_cue(text: str, mention: str) -> None:
    assert [x.mention for x in body(text).sentences[1].attributions] == [mention]


@pytest.mark.parametrize(("text", "mention"), [
    ("That is less than the $40 million figure Okafor cited on the harbour tour.", "Okafor"),
    ("The fare plan Mayor Ann Lee announced would cost $4 million, officials said.", "Mayor Ann Lee"),
    ("It was the third time Harbourtel said it had cut its fares.", "Harbourtel"),
    ("The quay is now the place Port Authority officials say the ferry will dock.", "Port Authority officials"),
])
def test_a_name_after_a_noun_for_a_thing_opens_a_relative_clause(text: str, mention: str) -> None:
    # "the figure Okafor cited": the figure is what was cited, the name alone its source; a noun
    # that does take a name in apposition keeps it ("the website Harbourchat says" below)
    assert mention in [x.mention for x in body(text).sentences[1].attributions]


def test_a_noun_that_takes_a_name_in_apposition_keeps_it() -> None:
    a = body("The website Harbourchat says the ferry will dock at noon.")
    assert [x.mention for x in a.sentences[1].attributions] == ["The website Harbourchat"]


@pytest.mark.parametrize("text", [
    "But at some point, the harbour board told the council that the fares would rise.",
    "For some, the fare is worth it, while the council says it is too high.",
    "The tenants wanted some say in how the rents were set.",
])
def test_some_after_a_preposition_or_before_a_say_in_is_no_source(text: str) -> None:
    # "at some point", "For some", "some say in how": a preposition's object and a noun's
    # determiner, not people who say something
    assert "some" not in [x.mention.lower() for x in body(text).sentences[1].attributions]


@pytest.mark.parametrize(("text", "mention"), [
    ("The harbour has emptied, with many worried that the ferry will never return.", "many"),
    ("But some say the fares are too high.", "some"),
])
def test_some_and_many_that_do_say_stay_sources(text: str, mention: str) -> None:
    assert mention in [x.mention for x in body(text).sentences[1].attributions]


def test_known_as_names_a_thing_and_cites_no_one() -> None:
    a = body("It was known as the Harbour Fever in the old port, killing hundreds.")
    assert a.sentences[1].attributions == []
    a = body("It is understood that the harbour board will resign.")
    assert [x.kind for x in a.sentences[1].attributions] == ["vague"]


def test_a_pronoun_resolved_to_a_name_tells_that_names_gender() -> None:
    # nothing in "Tarnwell" tells a gender; "He added" does, so the later "She" is the woman
    a = body("Ann Okafor backs the harbour deal. Tarnwell said the deal would help the port. "
             "He added that the fares would fall. She said the vote would pass.")
    assert sentence(a, "He added").attributions[0].source == "Tarnwell"
    assert sentence(a, "She said").attributions[0].source == "Ann Okafor"


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("The ferry runs daily. Ann Lee, vice president of sales for Harbourco, Inc., says the fares will rise.",
     "Ann Lee", "named_person"),
    ("The ferry runs daily. Harbourco, Inc., said the fares will rise.", "Harbourco, Inc.", "named_org"),
])
def test_a_companys_legal_form_after_a_comma_is_the_companys_name(text: str, source: str, kind: str) -> None:
    # ", Inc.," is no apposition: it ends the company's name, whose comma it follows
    a = body(text)
    assert [(x.source, x.kind) for x in sentence(a, text.split(". ")[1][:12]).attributions] == [(source, kind)]
    assert classify("Harbourco, Inc.") == "named_org"


@pytest.mark.parametrize("text", [
    "The speech was long. Okafor reminds me of Ann Lee saying that the fares will fall.",
    "The quay is busy. When you think of Tarnford you probably think of the ferry, but one thing that most people "
    "don't realize is that it's quite old.",
])
def test_a_pronoun_before_of_ends_the_phrase_after_it(text: str) -> None:
    # "you think of Tarnford", "Okafor reminds me of Ann Lee": a clause's subject or object and its
    # verb before "of", no words of the name's phrase
    mentions = [x.mention for x in body(text).sentences[2].attributions]
    assert not any(" of " in m for m in mentions)  # whichever mention the chooser then prefers
    from factcheck.attribution.mentions import np_backward
    from factcheck.tokens import tokenize

    toks = tokenize(text.split(". ", 1)[1])
    end = next(k for k, t in enumerate(toks) if t.low in ("lee", "tarnford"))
    assert [t.text for t in toks[slice(*np_backward(toks, end))]] in (["Ann", "Lee"], ["Tarnford"])


@pytest.mark.parametrize("opener", ["Certainly", "Unfortunately", "Apparently", "Initially"])
def test_a_sentence_adverb_opening_the_sentence_names_no_one(opener: str) -> None:
    # capitalised only for standing first: neither a source phrase of its own nor a mention the
    # chooser may move a credit to ("Certainly, if they believed ..." was credited to "Certainly")
    from factcheck.attribution.mentions import fronted_opener
    from factcheck.tokens import tokenize

    toks = tokenize(f"{opener}, if they believed the fares would fall, the board said otherwise.")
    assert fronted_opener(toks, (0, 1))
    assert not fronted_opener(tokenize("Kelly, a lawyer, said the fares would fall."), (0, 1))


@pytest.mark.parametrize(("mention", "kind"), [
    ("the company Harbourco", "named_org"), ("the airline Tarnair", "named_org"),
    ("the consulting firm Okafor Economics", "named_org"),
    ("the actor Ann Lee", "named_person"),  # a role, and a given name
    ("the firm's founder Ann Lee", "named_person"),
])
def test_a_bodys_noun_before_a_name_makes_it_an_organisation(mention: str, kind: str) -> None:
    # "the company Harbourco said": the noun says what the name is; a known given name is a person's
    assert classify(mention) == kind


def sources_of(a: Analysis, starts: str) -> list[tuple[str, str]]:
    return [(x.source, x.kind) for x in sentence(a, starts).attributions]


@pytest.mark.parametrize(("text", "want"), [
    ("Harbour officials Friday announced that the ferry would stop.", [("Harbour officials", "anonymous")]),
    ("The company Monday said it would cut 500 jobs.", [("The company", "named_org")]),
    ("Tarnwell police Tuesday said the road would stay shut.", [("Tarnwell police", "named_org")]),
])
def test_a_weekday_between_a_source_and_its_cue_is_no_part_of_it(text: str, want: list) -> None:
    # wire style ("officials Friday announced"): the day ended the phrase it followed, so unnamed
    # officials read as a person called "Nigerian officials Friday", and "Monday" as a company
    assert sources_of(body(text), text[:12]) == want


def test_a_papers_name_keeps_its_weekday() -> None:
    # only a noun for a source ends its phrase before a weekday
    a = body("The Sunday Times and the Sunday Herald reported that the ferry would stop.")
    assert [x.source for x in a.sentences[1].attributions] == ["Sunday Times", "Sunday Herald"]


@pytest.mark.parametrize(("mention", "kind"), [("a report Monday", "document"), ("officials Friday", "anonymous"),
                                               ("a statement Wednesday", "document"), ("Black Friday", "named_person")])
def test_a_weekday_ending_a_mention_names_no_one(mention: str, kind: str) -> None:
    # "a report Monday" was a person's name for its capital
    assert classify(mention) == kind


@pytest.mark.parametrize(("text", "source"), [
    ("Ann Okafor endorses Tom Reyes, who says he is honoured.", "Tom Reyes"),
    ("Ann Okafor rebuffs Internet rumors that she had quit.", "Internet"),
])
def test_a_present_tense_verb_between_two_names_ends_the_phrase(text: str, source: str) -> None:
    # a headline's verb in -s between capitalised words was read as a plural noun of one long name
    # ("Ted Cruz endorses Trump" as the antecedent of "who")
    got = [x.source for x in body(text).sentences[1].attributions]
    assert source in got and not any(" endorses " in g or " rebuffs " in g for g in got)


def test_a_plural_noun_for_people_between_names_keeps_the_phrase() -> None:
    # "Harbour councillors Ann Okafor and Tom Reyes": the plural is their role, not a verb
    a = body("Harbour councillors Ann Okafor and Tom Reyes said the ferry would stop.")
    assert "Tom Reyes" in [x.source for x in a.sentences[1].attributions]
    assert not any(x.source == "Ann Okafor and Tom Reyes" and x.mention.startswith("Okafor")
                   for x in a.sentences[1].attributions)


def test_the_internet_is_no_one_in_particular() -> None:
    assert classify("Internet") == "vague"
    assert classify("the internet") == "vague"
    assert classify("the web") == "vague"


@pytest.mark.parametrize(("second", "source"), [
    ("An emotional Okafor said the ferry had saved the town.", "Ann Okafor"),
    ("A bloodied Okafor told police she had been attacked first.", "Ann Okafor"),
    ("The late Ann Okafor had said the ferry would pay for itself.", "Ann Okafor"),
])
def test_a_word_for_how_someone_was_before_their_name_is_no_part_of_it(second: str, source: str) -> None:
    # "An emotional Obama ran through a litany of abuses": the person named before, not a new
    # source called "An emotional Obama" that the story's later "Obama said" resolved to
    a = body("Ann Okafor spoke at the quay on Tuesday.\n\n" + second + "\n\nOkafor said the fares would fall.")
    assert sources_of(a, second[:10])[0] == (source, "named_person")
    assert sources_of(a, "Okafor said") == [(source, "named_person")]


@pytest.mark.parametrize("second", ["The other Okafor said the ferry had saved the town.",
                                    "The younger Okafor said the ferry had saved the town."])
def test_a_word_that_says_which_person_keeps_the_mention_whole(second: str) -> None:
    # "the other Clinton", "the younger Bush": someone else of that name
    a = body("Ann Okafor spoke at the quay on Tuesday.\n\n" + second)
    assert sources_of(a, second[:10])[0][0] != "Ann Okafor"


def test_an_unknown_two_word_name_after_an_epithet_keeps_the_mention() -> None:
    # "the homeless Samaritan Lin": "Samaritan Lin" is no person's name for a later "Lin" to take
    a = body("Tom Paler Reyes filmed the video.\n\nThe man was the homeless Samaritan Reyes claims was real.\n\n"
             "Reyes said the video was not staged.")
    assert sources_of(a, "Reyes said") == [("Tom Paler Reyes", "named_person")]


@pytest.mark.parametrize(("mention", "kind"), [
    ("a former hostage", "anonymous"), ("Former hostages", "vague"), ("an inmate", "anonymous"),
    ("a Comcast rep", "anonymous"), ("His reps", "anonymous"), ("a close relative", "anonymous"),
    ("An autopsy", "document"), ("a Harbour Ledger database", "document"), ("the message", "document"),
    ("a lot of people", "vague"), ("a whole lot of people on Twitter", "vague"), ("a ton of people", "vague"),
    ("Rep. Ann Okafor", "named_person"), ("his lawyers", "anonymous"), ("the family's attorney", "anonymous"),
])
def test_people_and_texts_a_story_leaves_unnamed(mention: str, kind: str) -> None:
    # "a former hostage said", "a Comcast rep promised", "An autopsy concluded": nouns no list
    # knew fell through to a name ("a lot of people" too, whose head is "lot")
    assert classify(mention) == kind


def test_a_former_hostage_and_the_hostage_after_are_one_unnamed_source() -> None:
    a = body("A former hostage said the guard was obsessed with football.\n\n"
             "The hostage added that the guard spoke with a London accent.")
    assert sources_of(a, "A former hostage") == [("A former hostage", "anonymous")]
    assert sources_of(a, "The hostage added") == [("A former hostage", "anonymous")]
    assert [f.code for f in sentence(a, "A former hostage").flags] == ["anonymous_source"]


@pytest.mark.parametrize(("second", "want"), [
    ("Lee and two council members said the ferry would stop in June.",
     [("Ann Lee", "named_person"), ("two council members", "anonymous")]),
    ("According to Lee and two council members, the ferry will stop in June.",
     [("Ann Lee", "named_person"), ("two council members", "anonymous")]),
    ("The mayor and several residents said the road was unsafe.",
     [("Ann Lee", "named_person"), ("several residents", "anonymous")]),
    ("According to Ann Lee and Tom Reyes, the ferry will stop in June.",
     [("Ann Lee", "named_person"), ("Tom Reyes", "named_person")]),
])
def test_a_name_joined_to_an_unnamed_group_are_both_sources(second: str, want: list) -> None:
    # "Lee and two council members said" credited only the council members, "According to Lee
    # and two council members" (and "According to Ann Lee and Tom Reyes") only Lee
    a = body("Mayor Ann Lee was elected in May.\n\n" + second)
    assert sources_of(a, second[:12]) == want


def test_two_modifiers_of_one_group_are_no_name_and_a_group() -> None:
    # "US and Yemeni officials": both words modify "officials" ("US" is no source of its own)
    got = [x.mention for x in body("US and Yemeni officials say the raid failed.").sentences[1].attributions]
    assert got and "US" not in got


@pytest.mark.parametrize(("text", "want"), [
    ("According to officials and experts, the ferry will stop.", ["officials and experts"]),
    ("According to friends and others familiar with the case, the ferry will stop.", ["friends"]),
])
def test_two_groups_after_according_to_are_one_source(text: str, want: list) -> None:
    # as "officials and experts said" is one source; not when the second group goes on
    assert [x.mention for x in body(text).sentences[1].attributions] == want


@pytest.mark.parametrize(("text", "source"), [
    ("Ann Okafor, the Tarnwell lawyer who defended the ferry company, told reporters the case was weak.",
     "Ann Okafor"),
    ("Tom Reyes, a watch expert who claims the case alone costs $600, said the price was fair.", "Tom Reyes"),
])
def test_a_relative_clause_on_a_description_of_a_name_is_that_names(text: str, source: str) -> None:
    # "Mark O'Mara, the Florida attorney who successfully defended ...": the description stands in
    # apposition to the name, so "who" is he (an anonymous 'Florida attorney' and 'a watch expert')
    a = body(text)
    relative = [x for x in a.sentences[1].attributions if x.mention == "who"]
    assert relative and all((x.source, x.kind) == (source, "named_person") for x in relative)


@pytest.mark.parametrize(("text", "want"), [
    ("The skipper had been drinking for six hours before the crash, the court heard.", [("the court", "named_org")]),
    ("The inquest heard that the ferry had no working radio.", [("The inquest", "named_org")]),
    ("The jury was told the boat was overloaded.", [("The jury", "named_org")]),
    ("The court heard an appeal from the ferry company last year.", []),
    ("Voters heard Ann Okafor say the quay would reopen.", [("Ann Okafor", "named_person")]),
])
def test_what_a_hearing_heard_rests_on_its_record(text: str, want: list) -> None:
    # court reporting's "..., the court heard" named no one; a case heard is nothing said in it,
    # and "heard" stays no cue of its own (what voters heard Okafor say is hers)
    assert sources_of(body(text), text[:12]) == want


def test_the_court_is_the_court_named_before() -> None:
    a = body("Tom Reyes appeared at Tarnwell Crown Court on Monday.\n\nThe court heard that he had been drinking.")
    assert sources_of(a, "The court heard") == [("Tarnwell Crown Court", "named_org")]


@pytest.mark.parametrize("mention", ["Moscow", "Beijing", "Tehran", "Pyongyang", "Seoul"])
def test_a_capital_speaking_is_its_government(mention: str) -> None:
    # "Moscow said", "Beijing has accused": the capital stands for the government, a body
    assert classify(mention) == "named_org"


@pytest.mark.parametrize("mention, kind", [
    ("Paris", "named_person"),        # a capital spelt like a given name is read as the name
    ("Ms. Jordan", "named_person"),   # after a title a country's or a capital's name is a surname
    ("Mr. London", "named_person"),
    ("Kim Jong Un", "named_person"),  # "Un" in Title Case is no UN
    ("the UN", "named_org"),
])
def test_a_place_or_initials_in_a_person_s_name_leave_it_a_person(mention: str, kind: str) -> None:
    assert classify(mention) == kind
