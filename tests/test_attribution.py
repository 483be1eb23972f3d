"""Attribution on general news English: cues, kinds, resolution, inheritance, chains."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.attribution.cues import find_in_sentence
from factcheck.model import Analysis, Document
from factcheck.pipeline import analyze, analyze_text


def body(text: str) -> Analysis:
    return analyze_text("Headline for a test story\n\n" + text)


def attrs(a: Analysis, starts: str) -> list:
    s = next(s for s in a.sentences if s.text.startswith(starts))
    return s.attributions


def only(a: Analysis, starts: str):
    got = attrs(a, starts)
    assert len(got) == 1, got
    return got[0]


def test_named_person_said_and_span_points_at_mention() -> None:
    a = body("The mayor, Ruth Okafor, said the bridge would reopen on Monday.")
    x = only(a, "The mayor")
    assert x.source == "Ruth Okafor"
    assert x.kind == "named_person"
    assert a.text[x.span[0]:x.span[1]] == x.mention == "Ruth Okafor"
    assert x.cue == "said"


def test_inverted_said_and_apposition() -> None:
    a = body('"We were lucky," said Hugh Hill, a doctor at the clinic.\n\n'
             "Hugh Hill, a doctor, said the wards were full.")
    assert only(a, '"We were lucky').source == "Hugh Hill"
    assert only(a, "Hugh Hill, a doctor").source == "Hugh Hill"


def test_according_to_and_told_reporters() -> None:
    a = body("Fuel prices rose by 12% in May, according to the Energy Ministry.\n\n"
             "The minister told reporters that supplies were secure.")
    x = only(a, "Fuel prices")
    assert x.source == "Energy Ministry" and x.kind == "named_org" and x.cue == "according to"
    assert only(a, "The minister").cue == "told reporters"


def test_anonymous_and_vague_sources_are_flagged() -> None:
    a = body("The deal was signed in secret, a person familiar with the matter said.\n\n"
             "Critics argue the plan will cost more than £2bn.\n\n"
             "It is understood that the chief executive will resign.")
    anon = only(a, "The deal")
    assert anon.kind == "anonymous"
    vague = only(a, "Critics")
    assert vague.kind == "vague"
    assert only(a, "It is understood").kind == "vague"
    codes = {f.code for s in a.body for f in s.flags}
    assert {"anonymous_source", "vague_source"} <= codes


def test_pronoun_and_definite_description_resolve_to_earlier_source() -> None:
    a = body("Acme Corporation said on Tuesday that it would close two plants.\n\n"
             "The company also confirmed that 300 jobs would go.\n\n"
             "Maria Lopez, the union's regional secretary, said the news was a blow. She said members would vote.")
    company = only(a, "The company")
    assert company.source == "Acme Corporation" and company.mention == "The company"
    she = only(a, "She said")
    assert she.source == "Maria Lopez" and she.mention == "She"
    assert a.text[she.span[0]:she.span[1]] == "She"


def test_quote_continuation_is_inherited() -> None:
    a = body('"We did everything we could. Nobody could have saved the building," the fire chief said.')
    first = only(a, '"We did everything')
    assert first.inherited and first.source.lower().endswith("fire chief")
    second = only(a, "Nobody could")
    assert not second.inherited


def test_next_quote_paragraph_carries_the_speaker() -> None:
    a = body('"It was terrifying," said Omar Haddad, who lives nearby.\n\n"The windows shook for a minute."')
    x = only(a, '"The windows')
    assert x.inherited and x.source == "Omar Haddad"


def test_next_quote_paragraph_carries_the_speaker_not_his_relative_clause() -> None:
    # "who believes ..." is a cue of its own about the speaker; the quotation that follows is the
    # speaker's, and its span points at his name, not at "who"
    a = body('"It was terrifying," said Omar Haddad, who believes the tower is unsafe.\n\n'
             '"The windows shook for a minute."')
    assert [x.mention for x in attrs(a, '"It was terrifying')] == ["Omar Haddad", "who"]
    x = only(a, '"The windows')
    assert x.inherited and x.source == "Omar Haddad" and x.mention == "Omar Haddad"
    assert a.text[x.span[0]:x.span[1]] == "Omar Haddad"


def test_a_quotation_after_a_reporting_sentence_of_its_paragraph_is_the_speakers() -> None:
    # indirect speech, then the speaker's own words in the same paragraph: hers, not the "I" inside
    a = body('The council met on Monday. Okafor said the budget would pass. '
             '"I really believe the members will back it."')
    x = only(a, '"I really believe')
    assert x.inherited and x.mention == "Okafor" and a.text[x.span[0]:x.span[1]] == "Okafor"
    # what the speaker did or holds, not only what she said
    a = body('The council met on Monday. Okafor defended the budget at length. '
             '"I really believe the members will back it."')
    x = only(a, '"I really believe')
    assert x.inherited and x.mention == "Okafor"
    # a sentence that says nothing of anyone's words hands on no speaker
    a = body('Okafor arrived at the hall on Monday. "I really believe the members will back it."')
    assert not only(a, '"I really believe').inherited


def test_citing_fills_via() -> None:
    a = body("The army lost 40 tanks in a week, the broadcaster said, citing an intelligence official.")
    x = only(a, "The army")
    assert x.via == ["an intelligence official"]


def test_according_to_beside_another_source_is_a_second_source_after_it() -> None:
    # the Post reports that the ministry said it: both are sources, the speaker first
    a = body("The ministry said 14 people had died, according to the Tasman Post.\n\n"
             "According to the Tasman Post, the ministry said 14 people had died.")
    for starts in ("The ministry", "According to"):
        got = [(x.mention.lower(), x.cue, x.via) for x in attrs(a, starts)]
        assert got == [("the ministry", "said", []), ("the tasman post", "according to", [])]


def test_citing_beside_according_to_stays_the_speakers_via() -> None:
    a = body("The army lost 40 tanks, the broadcaster said, citing an intelligence official, "
             "according to the Tasman Post.")
    got = [(x.mention, x.via) for x in attrs(a, "The army")]
    assert got == [("the broadcaster", ["an intelligence official"]), ("the Tasman Post", [])]


def test_document_and_media_kinds() -> None:
    a = body("A report published on Tuesday found that waiting times had doubled.\n\n"
             "State media reported that the talks had failed.")
    assert only(a, "A report").kind == "document"
    assert only(a, "State media").kind == "media"


def test_beliefs_count_and_nouns_do_not() -> None:
    a = body("The central bank believes inflation will fall to 2% next year.\n\n"
             "An earlier report that the bank would cut rates proved wrong.")
    assert only(a, "The central bank").cue == "believes"
    assert attrs(a, "An earlier report") == []


def test_unattributed_claim_flag_names_the_figure() -> None:
    a = body("The factory produced 40,000 cars last year, its best result since 1999.")
    s = next(s for s in a.body if s.text.startswith("The factory"))
    assert s.checkworthy
    flag = next(f for f in s.flags if f.code == "unattributed_claim")
    assert "40,000 cars" in flag.message


@pytest.mark.parametrize("sentence, quoted, not_quoted", [
    # a digit inside a model name is no figure: the flag quotes the opening instead
    ("The company shipped its A15 chip to factories in Shenzhen last week, ahead of the launch.",
     "The company shipped its A15 chip", "'15 chip"),
    # a year closed by a comma does not run on into the next clause
    ("Since the earbuds first launched in 2016, users and critics alike have asked for more.",
     "Since the earbuds first launched", "critics'"),
    # a unit is a whole word; "%" is a unit without a word after it
    ("The club paid the £71.6million fee to the league on Monday.", "£71.6million fee", None),
    ("Losses rose 3.5% in May after the storm.", "3.5% in May", None),
])
def test_unattributed_claim_flag_quotes_whole_figures(sentence: str, quoted: str, not_quoted: str | None) -> None:
    s = next(s for s in body(sentence).body if s.text == sentence)
    flag = next(f for f in s.flags if f.code == "unattributed_claim")
    assert quoted in flag.message
    assert not_quoted is None or not_quoted not in flag.message


def test_headline_attribution() -> None:
    a = analyze_text("Minister says tax rise will not happen\n\nThe minister spoke in Leeds.")
    head = a.sentences[0]
    assert head.role == "headline"
    assert head.attributions and head.attributions[0].source == "Minister"


def _headline(text: str) -> list:
    doc = Document(text=text + "\n\nThe story follows in the body.", headline=text, body_only=True)
    head = analyze(doc).sentences[0]
    assert head.role == "headline"
    return [(x.source, x.kind) for x in head.attributions]


def test_first_person_after_a_headline_speaker_s_colon_is_the_speaker() -> None:
    headline = "Brankovic: I’m Sure Voters Will Say Yes to the Depot"
    text = (headline + "\n\nCouncil leader Ann Brankovic said on Monday she would fight the closure of the bus "
            "depot.\n\nBrankovic told residents that the depot employed 200 people.")
    head = analyze(Document(text=text, headline=headline, body_only=True)).sentences[0]
    assert head.role == "headline"
    # the speaker named before the colon, whom the story names again, not "I'm Sure Voters": what
    # follows the colon are their words
    assert [(a.source, a.cue) for a in head.attributions] == [("Brankovic", ":")]


def test_headline_ese_sources() -> None:
    # a role named last, after a dash or a colon, is an unnamed source
    assert _headline("Bank to raise rates in June -- economist") == [("economist", "anonymous")]
    assert _headline("Steel plant faces closure: Analyst") == [("Analyst", "anonymous")]
    # "Source:" opening a claim is an anonymous source; a credit line is not a source at all
    assert _headline("Source: Striker set to sign for rivals next week") == [("Source", "anonymous")]
    assert _headline("Sources: AP, Reuters and staff") == []
    assert _headline("Councilwoman: Two more libraries will close") == [("Councilwoman", "named_person")]
    assert [k for _, k in _headline("Ferry operator to cut routes, per reports")] == ["vague"]
    assert _headline("Barclays forecasts 20% rise in online sales")[0][0] == "Barclays"


def test_topic_labels_and_nouns_are_not_sources() -> None:
    assert _headline("Harbour fire 2026: Crews fight blaze for a second night") == []
    assert _headline("Urgent: Ferry services cancelled along the coast") == []
    assert _headline("Oil rises on inventory data, refinery blast") == []
    assert _headline("Minister: We Will Not Stop Fighting The Islamic state") == [("Minister", "anonymous")]
    assert _headline("Acme added 300 jobs") == []


def test_company_introduced_by_apposition_resolves_later() -> None:
    a = body("A Cornish bakery, Tremain Foods, is closing its Truro site, the company said on Monday.\n\n"
             "The firm said 60 staff would be offered jobs elsewhere.")
    first = next(x for x in attrs(a, "A Cornish bakery") if x.mention == "the company")
    assert first.source == "Tremain Foods" and first.kind == "named_org"
    assert only(a, "The firm").source == "Tremain Foods"


def test_the_firm_is_never_a_council_or_a_ministry() -> None:
    # a company word stands for a company named before, or stays as written
    a = body("The council said it would close the depot. A spokesman for the firm declined to comment.")
    assert only(a, "A spokesman for the firm").source == "the firm"
    a = body("Orbis Corp. said it would appeal. The council said it would not. The firm said it had filed.")
    assert only(a, "The firm").source == "Orbis Corp."


def test_a_body_word_stands_for_a_named_body_not_for_another_description() -> None:
    # "the charity" is a description with its own head noun: "the company" or "the agency" is not it
    a = body("The charity said the money had been spent. The company said it had paid in full.")
    assert only(a, "The company").source == "The company"
    a = body("The charity said the grant was late. The agency said it would review it.")
    assert only(a, "The agency").source == "The agency"
    a = body("The Harbour Trust said the grant was late. The agency said it would review it.")
    assert only(a, "The agency").source == "Harbour Trust"


def test_a_company_word_never_stands_for_a_country_and_a_spokesman_is_a_person() -> None:
    a = body("The ministry's spokesman, Li Wei, told reporters that China opposed the move. "
             "The company said it would cut 300 jobs.")
    assert [(x.source, x.kind) for x in attrs(a, "The ministry's")][0] == ("Li Wei", "named_person")
    assert only(a, "The company").source == "The company"


def test_a_name_after_a_time_and_a_place_is_no_body() -> None:
    a = body("At a panel this weekend in Leeds, Tom R. Hale, the chief executive of the Harbour Trust, "
             "said the plan was sound.")
    assert [(x.source, x.kind) for x in attrs(a, "At a panel")][0] == ("Tom R. Hale", "named_person")


def test_a_name_introduced_as_a_body_stays_a_body() -> None:
    # "X, a private laboratory in Y": whatever its name looks like, X is an organisation
    a = body("Pipes corroded, according to a report by Orbis Testing, a private laboratory "
             "in Tarnbridge. Orbis Testing later said the results were final.")
    x = only(a, "Orbis Testing later")
    assert (x.source, x.kind) == ("Orbis Testing", "named_org")
    # a person's role after the name is not a body, even beside a company word
    a = body("Ann Brenner, a Leeds-based developer and spokeswoman for the trust, said it would appeal. "
             "Ann Brenner said the plans were unlawful.")
    assert only(a, "Ann Brenner said").kind == "named_person"


def test_a_name_ending_in_jr_or_inc_is_one_speaker() -> None:
    a = body("Tom Hale Jr. said the depot would close. Orbis Inc. said it would appeal, "
             "and Orbis Holdings Ltd., which owns it, said nothing.")
    assert only(a, "Tom Hale Jr.").source == "Tom Hale Jr." and only(a, "Tom Hale Jr.").kind == "named_person"
    said = {x.mention: x for x in attrs(a, "Orbis Inc.") if x.cue == "said"}
    # ", and X, which ..., said": the coordinator is not part of the name
    assert set(said) == {"Orbis Inc.", "Orbis Holdings Ltd."}
    assert all(x.source == x.mention and x.kind == "named_org" for x in said.values())


def test_she_skips_a_man_named_in_between() -> None:
    a = body("Sarah Kent, the head teacher, said the school would reopen. "
             "Her deputy, Tom Hale, was not available. She said parents had been told.")
    assert only(a, "She said").source == "Sarah Kent"


def test_a_group_of_people_somewhere_is_a_vague_source() -> None:
    a = body("Shopkeepers on Market Row warn the roadworks will cost them £5,000 a week.")
    x = only(a, "Shopkeepers")
    assert x.mention == "Shopkeepers on Market Row" and x.kind == "vague"


def test_relative_pronoun_points_at_who_and_resolves_to_its_noun() -> None:
    a = body("The company refused to pay a builder who said he was owed £40,000.")
    x = next(x for x in attrs(a, "The company") if x.cue == "said")
    assert x.mention == "who" and a.text[x.span[0]:x.span[1]] == "who"
    assert x.source == "a builder"


def test_discourse_formulas_are_not_sources() -> None:
    a = body("Having said that, the bridge will close in May.")
    assert attrs(a, "Having said") == []


def test_paragraph_after_a_colon_cue_belongs_to_the_speaker() -> None:
    a = body("The inspector, Mia Patel, added:\n\nThe wiring in every flat had failed basic checks.")
    x = only(a, "The wiring")
    assert x.source == "Mia Patel" and x.inherited


def test_after_a_colon_cue_every_sentence_without_its_own_source_is_the_speakers() -> None:
    # one sentence of the paragraph names its own source; the others are still the speaker's words
    a = body("The inspector, Mia Patel, added:\n\n"
             "Tenants say nobody checked. The wiring in every flat had failed basic checks. The landlord knew it.")
    assert only(a, "The wiring").source == "Mia Patel"
    assert only(a, "The landlord knew").source == "Mia Patel"
    assert only(a, "Tenants say").mention == "Tenants"
    # "I mean, ..." is the speaker's too: the learned fallback's whole-sentence model does not take
    # the filler "I mean" for a source of its own (it did when the best subject + verb pair decided)
    a = body("The inspector, Mia Patel, added:\n\nI mean, nobody checked. The landlord knew it.")
    assert only(a, "I mean").source == "Mia Patel"


def test_a_sentence_that_only_introduces_the_next_paragraph_hands_its_source_over() -> None:
    # "X reports:" says nothing itself: the words that follow carry the source, the introducer none
    for intro, source in (("The inspector, Mia Patel, added:", "Mia Patel"),
                          ("The Harbour Ledger reports:", "Harbour Ledger"),
                          ("In a letter last May, the inspector wrote that:", "the inspector")):
        a = body("The council met on Monday about the flats.\n\n" + intro +
                 "\n\nThe wiring in every flat had failed basic checks.\n\nThe council voted on Tuesday.")
        assert attrs(a, intro[:12]) == [], intro
        x = only(a, "The wiring")
        assert x.inherited and x.mention.endswith(source.split()[-1]), intro
        # no claim of its own, so no flag that it needs a source
        assert next(s for s in a.sentences if s.text.startswith(intro[:12])).flags == [], intro
    # words of its own after the cue: the introducer keeps its source
    a = body("The Harbour Ledger noted the sparse attendance:\n\nOnly nine tenants came to the meeting.")
    assert only(a, "The Harbour Ledger").mention == "The Harbour Ledger"
    # nothing follows that carries the source: it stays where it is
    a = body("The council met on Monday about the flats.\n\nThe inspector, Mia Patel, added:")
    assert only(a, "The inspector").source == "Mia Patel"


def test_a_request_or_report_passed_on_with_no_one_named_is_agentless() -> None:
    a = body("The mayor was told the depot would close. Two aides have been asked to resign. The cuts were "
             "announced on Monday. The cuts were announced by the council on Friday. The depot was closed "
             "on Monday.")
    for starts, cue in (("The mayor", "was told"), ("Two aides", "have been asked"), ("The cuts were announced on",
                                                                                      "were announced")):
        x = only(a, starts)
        assert (x.mention, x.span, x.cue, x.kind) == ("", None, cue, "vague"), starts
    # the author named after "by": a cue pass reads it, not the hedge
    assert only(a, "The cuts were announced by").mention.startswith("the council")
    # a passive of a verb that reports nothing is no attribution
    assert attrs(a, "The depot was closed") == []
    # how someone is presented or judged, with no one named: "was portrayed as", "were rated as"
    a = body("The mayor was portrayed as a reformer. Most of his claims were rated as mostly true. "
             "The bridge was painted blue on Monday.")
    for starts, cue in (("The mayor", "was portrayed as"), ("Most of his", "were rated as")):
        x = only(a, starts)
        assert (x.mention, x.span, x.cue, x.kind) == ("", None, cue, "vague"), starts
    assert attrs(a, "The bridge") == []


def test_a_time_before_an_apposition_is_no_speaker() -> None:
    a = body("Since last November, according to the Leeds Trust, state inspectors have closed 40 flats.")
    x = only(a, "Since last November")
    assert x.source == "Leeds Trust" and x.cue == "according to"


def test_a_name_with_a_middle_initial_in_an_apposition() -> None:
    a = body("Her former business partner, Lawrence B. Hale, called her a master of the deal.")
    assert only(a, "Her former").source == "Lawrence B. Hale"


def test_a_name_with_an_age_before_its_apposition() -> None:
    # "Name, 67, a retired nurse, said": the age is no part of the apposition's name
    a = body('"The bus never comes," Ann Purner, 67, a retired nurse, said.')
    x = only(a, '"The bus')
    assert (x.mention, x.source, x.cue) == ("Ann Purner", "Ann Purner", "said")


def test_a_reporting_noun_after_a_possessive_names_its_source() -> None:
    a = body("Mr. John Smith spoke in Leeds. Fact-checkers looked at Smith's claim that crime had doubled. "
             "He repeated his warning that the plan would fail. The mayor's remarks about the budget drew "
             "criticism from traders. The storm's effect on the town was severe.")
    claim = attrs(a, "Fact-checkers")
    assert [(x.mention, x.cue) for x in claim] == [("Smith", "claim")] and claim[0].reports
    warning = [x for x in attrs(a, "He repeated") if x.cue == "warning"]
    assert [(x.mention, x.source) for x in warning] == [("his", "John Smith")]
    remarks = attrs(a, "The mayor's")
    # whose remarks, but the sentence's claim (they drew criticism) is not the mayor's to source:
    # it is the traders' stance, as support drawn from a group is (cues.backing)
    assert [(x.mention, x.reports) for x in remarks] == [("The mayor", False), ("traders", True)]
    assert attrs(a, "The storm's") == []


def test_pictures_and_columns_are_documents() -> None:
    a = body("Another slide shows that eight of ten avocados sold in Britain come from Peru.")
    assert [(x.mention, x.kind) for x in attrs(a, "Another slide")] == [("Another slide", "document")]


def test_results_and_polling_are_documents_that_show_what_they_find() -> None:
    a = body("The results show that dairy farmers are out of step with the party. Polling shows that the "
             "mayor won every ward.")
    assert [(x.mention, x.kind) for x in attrs(a, "The results")] == [("The results", "document")]
    assert [(x.mention, x.kind) for x in attrs(a, "Polling")] == [("Polling", "document")]


def test_agentless_passives_and_reportedly_are_vague_with_no_mention() -> None:
    a = body("About one in nine voters this year is expected to be Latino. The singer has reportedly left "
             "the band. The mayor is seen as a threat by party leaders. The bridge is set to close. The firm "
             "has been widely criticized for the delays.")
    for starts, cue in (("About one", "is expected to"), ("The singer", "reportedly"),
                        ("The firm", "has been widely criticized for")):
        got = only(a, starts)
        assert (got.mention, got.span, got.cue, got.kind) == ("", None, cue, "vague")
        s = next(s for s in a.sentences if s.text.startswith(starts))
        assert [f.code for f in s.flags if f.code == "vague_source"] == ["vague_source"]
        assert cue in next(f.message for f in s.flags if f.code == "vague_source")
    assert all(x.cue != "is seen as" for x in attrs(a, "The mayor"))
    assert attrs(a, "The bridge") == []


def test_the_head_of_a_long_subject_and_a_time_phrase_before_the_cue() -> None:
    a = body("Experts on Iran and nuclear weapons said the test could change that. Mr. Joe Brown ran the "
             "council, and Mr. Brown in 2010 said the goal was growth. The mayor on Monday told reporters "
             "she would stay.")
    assert [x.mention for x in attrs(a, "Experts on")] == ["Experts on Iran"]
    assert [x.source for x in attrs(a, "Mr. Joe Brown")] == ["Joe Brown"]
    assert [(x.mention, x.cue) for x in attrs(a, "The mayor on")] == [("The mayor", "told reporters")]


def test_a_name_before_a_headline_colon_is_its_speaker_when_the_story_names_them_again() -> None:
    a = analyze_text("Hartley: Ring road will be finished by spring\n\nCouncil leader Hartley said the work was on "
                     "time. Hartley added that costs had risen.")
    assert [(x.mention, x.cue) for x in a.sentences[0].attributions] == [("Hartley", ":")]
    kicker = analyze_text("Stealth Over Health: Ring road will be finished by spring\n\nThe council said the work "
                          "was on time.")
    assert kicker.sentences[0].attributions == []


def test_sources_behind_relative_clauses_and_dashes() -> None:
    a = body("Ann Ruiz, who runs the charity's work for veterans' families, said, \"We are ready.\" "
             "Kall -- co-editor of a book on debates, a study of style -- said the candidate was tired. "
             "Prices rose 5% in the year to June - the highest rate since 2008 - said the agency.")
    assert [x.mention for x in attrs(a, "Ann Ruiz")] == ["Ann Ruiz"]
    assert [x.mention for x in attrs(a, "Kall")] == ["Kall"]
    assert [(x.mention, x.cue) for x in attrs(a, "Prices rose")] == [("the agency", "said")]


def test_passive_reporting_with_an_adverb_and_ages_as_speakers() -> None:
    a = body("The meeting was first reported by the Ledger. He was also told by aides that it failed. "
             "\"She is an amazing leader,\" said the 46-year-old. Ms. Jo Hill at the time said she was tired.")
    assert [(x.mention, x.cue) for x in attrs(a, "The meeting")] == [("the Ledger", "reported by")]
    assert [(x.mention, x.cue) for x in attrs(a, "He was also")] == [("aides", "told by")]
    assert [x.mention for x in attrs(a, "\"She is")] == ["the 46-year-old"]
    assert [x.mention for x in attrs(a, "Ms. Jo Hill")] == ["Ms. Jo Hill"]


def test_any_noun_phrase_directly_before_said_is_its_source() -> None:
    a = body("The comments had two goals, the admiral said. Another ranking says he is not a billionaire. "
             "Ms. Ann Lee on Thursday evening said the party was calm.")
    assert [x.mention for x in attrs(a, "The comments")] == ["the admiral"]
    assert [x.mention for x in attrs(a, "Another ranking")] == ["Another ranking"]
    assert [x.mention for x in attrs(a, "Ms. Ann Lee")] == ["Ms. Ann Lee"]


def test_declining_is_an_act_of_its_subject_and_not_answering_says_nothing() -> None:
    a = body("Orbis Testing declined to comment. Ms. Jo Park did not respond to messages. "
             "She responded that the plan was fine.")
    declined = only(a, "Orbis Testing")
    assert (declined.mention, declined.cue, declined.reports) == ("Orbis Testing", "declined", False)
    assert attrs(a, "Ms. Jo Park") == []
    assert [(x.cue, x.reports) for x in attrs(a, "She responded")] == [("responded", True)]


def test_the_refuser_is_found_as_a_speaker_is_and_sources_nothing() -> None:
    a = body("Dr. Ruth Amani, a hospital spokeswoman, also declined to comment on the figures. "
             "Harbour Freight, which refused to comment, lost the contract in March. "
             "A ministry spokesman declined to comment. "
             "Through a lawyer, Mr. Lee Tran declined to comment.")
    assert [(x.mention, x.reports) for x in attrs(a, "Dr. Ruth Amani")] == [("Dr. Ruth Amani", False)]
    which = only(a, "Harbour Freight")
    assert (which.mention, which.source, which.reports) == ("which", "Harbour Freight", False)
    spokesman = next(s for s in a.sentences if s.text.startswith("A ministry spokesman"))
    # an unnamed refuser: the sentence is about them, but no claim rests on them, so no flag
    assert [(x.mention, x.kind, x.reports) for x in spokesman.attributions] == [
        ("A ministry spokesman", "anonymous", False)]
    assert spokesman.flags == [] and not spokesman.checkworthy
    assert [(x.mention, x.reports) for x in attrs(a, "Through a lawyer")] == [("Mr. Lee Tran", False)]


@pytest.mark.parametrize("text", ["The Tarnwell council agreed to pay the fine in March.",
                                  "Both sides have agreed to a ceasefire.",
                                  "In the end, the union agreed to end the strike."])
def test_consent_to_a_deed_is_its_subjects_act_and_still_needs_a_source(text: str) -> None:
    # as with "declined to pay": who says they agreed? (the rules and the learned fallback alike)
    s = next(s for s in body(text).sentences if s.text == text)
    assert s.attributions and not any(a.reports for a in s.attributions)
    assert [f.code for f in s.flags] == ["unattributed_claim"]


def test_agreeing_that_something_is_so_still_reports_it() -> None:
    a = body("The union agreed that the deal was fair. Ann Okafor said the members had agreed to the deal.")
    assert [(x.mention, x.reports) for x in attrs(a, "The union")] == [("The union", True)]
    said = next(s for s in a.sentences if s.text.startswith("Ann Okafor"))
    # the sentence rests on Okafor; the members only did something
    assert [(x.mention, x.reports) for x in said.attributions][0] == ("Ann Okafor", True)
    assert said.flags == []


@pytest.mark.parametrize("text, source", [
    ("Initial estimates put the death toll at 300.", "Initial estimates"),
    ("A survey for the Gazette put support for the plan at 40 percent.", "A survey for the Gazette"),
    ("Police put the crowd at about 5,000.", "Police"),
    ("The Tarnwell Institute pegged the cost at $2.9 billion.", "The Tarnwell Institute"),
])
def test_an_estimate_put_at_a_figure_is_its_makers(text: str, source: str) -> None:
    s = [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]
    assert s and s[0][0] == source and s[0][1] in ("put", "pegged")


@pytest.mark.parametrize("text", ["She put the report on the table.", "The crisis put pressure on the council.",
                                  "They put the meeting at the end of the week.",
                                  "He was put in isolation at a clinic."])
def test_put_in_its_other_senses_is_no_cue(text: str) -> None:
    assert not any(r.cue in ("put", "pegged") for r in find_in_sentence(text, 0, len(text)))


@pytest.mark.parametrize("text, want", [
    ("The same people say current estimates show the battery lasts three hours.", ("current estimates", "show")),
    ("Officials told the Gazette talks had stalled.", ("Officials", "told")),
    ("Sources tell the Ledger talks have taken longer than expected.", ("Sources", "tell")),
])
def test_a_speaker_phrase_stops_at_say_and_a_plural_before_a_verb_is_a_noun(text: str, want: tuple) -> None:
    found = [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]
    assert want in found and all(cue != "talks" for _, cue in found)
    assert not any("say" in mention.split() for mention, _ in found)


@pytest.mark.parametrize("text", [
    "In a national poll released Monday, 31% of Republicans said they were enthusiastic about voting.",
    "According to a Gallup poll, 40 percent of voters said they back the plan.",
])
def test_people_a_poll_counts_are_no_vague_source(text: str) -> None:
    # the poll stands behind the share of people it reports, which is what the flag would ask for
    s = next(s for s in body(text).sentences if s.text == text)
    assert s.attributions and not any(f.code == "vague_source" for f in s.flags)
    critics = next(s for s in body("Critics say the plan will fail.").sentences if s.role == "body")
    assert [f.code for f in critics.flags] == ["vague_source"]


@pytest.mark.parametrize("text", ["The president scuttled the talks in September, citing Taliban violence.",
                                  "Talks broke down in September, the envoy said, citing NHS pressures."])
def test_a_reason_cited_is_no_source(text: str) -> None:
    # a capital in the phrase made it look like a name; its head is a reason
    found = find_in_sentence(text, 0, len(text))
    assert not any(v.endswith(("violence", "pressures")) for r in found for v in r.via)
    assert not any(r.mention.endswith(("violence", "pressures")) for r in found)


def test_people_or_evidence_cited_are_the_underlying_source() -> None:
    text = "The envoy said the talks had failed, citing witnesses in northern Tarnwell near the base."
    assert [r.via for r in find_in_sentence(text, 0, len(text))] == [["witnesses in northern Tarnwell near the base"]]
    text = "The congressman said the fighters were caught, citing information from a source at the border."
    assert [r.via for r in find_in_sentence(text, 0, len(text))] == [["information from a source at the border"]]


@pytest.mark.parametrize("text, want", [
    ("Prosecutors charged two developers, Ann Lee and Bo Tan, with defrauding investors.", ("Prosecutors", "charged")),
    ("Independent analyses agree the top 1 percent would gain most.", ("Independent analyses", "agree")),
    ("Polling averages show the mayor with a lead of three points.", ("Polling averages", "show")),
    ("Readers may not let editorials tell them how to vote.", ("editorials", "tell")),
])
def test_an_accusation_past_named_defendants_and_texts_in_the_plural(text: str, want: tuple) -> None:
    assert want in [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]


@pytest.mark.parametrize("text, want", [
    ("Analysts polled by the Ledger expected profits to rise.", ("Analysts polled by the Ledger", "expected")),
    ("The manager will leave, the Gazette understands.", ("the Gazette", "understands")),
    ("Harbourco's filing with the regulator shows its debt rose to $4 billion.",
     ("Harbourco's filing with the regulator", "shows")),
    ("The survey found sales fell 3 percent in May.", ("The survey", "found")),
])
def test_forecasts_what_an_outlet_understands_and_filings_with_a_body(text: str, want: tuple) -> None:
    assert want in [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]


@pytest.mark.parametrize("text", ["The firm expected delivery to the port on Monday.",
                                  "He would always expect of himself to do the hardest work.",
                                  "The gardener showed its rose garden to the visitors."])
def test_an_expected_thing_and_a_noun_after_a_determiner_are_no_claim(text: str) -> None:
    assert find_in_sentence(text, 0, len(text)) == []


def test_a_text_whose_maker_is_named_is_a_document() -> None:
    from factcheck.attribution.kinds import classify
    assert classify("Estimates by the Tarnwell Institute") == "document"
    assert classify("estimates by experts") == "vague"


def test_a_speaker_named_before_a_long_punctuated_apposition() -> None:
    a = body("Sandra Inman, a supporter from Jackson, Miss., attending the rally, said she could not vote. "
             "\"It is long,\" Tina Tchen, the mayor's chief of staff, said in an interview.\n\n"
             "In Leeds, prices rose, officials said.")
    assert [x.mention for x in attrs(a, "Sandra Inman")] == ["Sandra Inman"]
    assert [x.mention for x in attrs(a, "\"It is long")] == ["Tina Tchen"]
    assert [x.mention for x in attrs(a, "In Leeds")] == ["officials"]


def test_words_ending_in_ly_that_are_not_adverbs_stay_in_the_noun_phrase() -> None:
    a = body("Ms. Ann Lee won the vote, according to early returns. She had 2,205 votes, according to a tally "
             "by the Associated Press. Mr. Tom Hart told a rally in Ohio that he would win.")
    assert [(x.mention, x.kind) for x in attrs(a, "Ms. Ann Lee")] == [("early returns", "document")]
    # the document with its author
    assert [(x.mention, x.kind) for x in attrs(a, "She had")] == [("a tally by the Associated Press", "document")]
    assert [x.cue for x in attrs(a, "Mr. Tom Hart")] == ["told"]


def test_a_partitive_source_after_the_cue() -> None:
    a = body("\"There will be no deal,\" said one of those advisers, who spoke on condition of anonymity.\n\n"
             "The bridge will close, according to some of the officials.")
    assert [(x.mention, x.kind) for x in attrs(a, "\"There will")] == [("one of those advisers", "anonymous")]
    assert [x.mention for x in attrs(a, "The bridge")] == ["some of the officials"]


def test_expecting_or_asking_someone_to_act_is_a_stance() -> None:
    a = body("Mr. Tom Hart expects them to become less available over time.")
    assert [(x.mention, x.cue) for x in attrs(a, "Mr. Tom Hart")] == [("Mr. Tom Hart", "expects")]


def test_a_quotation_paragraph_after_reported_speech_is_the_same_speakers() -> None:
    a = body("Ms. Ann Lee said voters were worried about the plan.\n\n"
             "\u201cIt is one of the things worrying them. It could be deadly.\u201d\n\n"
             "The race is close.\n\n\u201cIt has to stop.\u201d")
    assert [(x.source, x.inherited) for x in attrs(a, "\u201cIt is one")] == [("Ms. Ann Lee", True)]
    assert [x.source for x in attrs(a, "It could be")] == ["Ms. Ann Lee"]
    assert attrs(a, "\u201cIt has to stop") == []  # the paragraph before names no speaker


def test_a_quotation_paragraph_after_any_reporting_sentence_is_its_speakers() -> None:
    # not only after "said": a sentence reporting what someone did or holds hands on its source
    a = body("Mayor Ann Lee defended the budget at the council meeting.\n\n"
             "\u201cWe cut what we could. Nothing else was fair.\u201d\n\n"
             "The hall was half empty on Tuesday.\n\n\u201cIt has to stop.\u201d")
    assert [(x.source, x.inherited) for x in attrs(a, "\u201cWe cut")] == [("Mayor Ann Lee", True)]
    assert [x.source for x in attrs(a, "Nothing else")] == ["Mayor Ann Lee"]
    assert attrs(a, "\u201cIt has to stop") == []  # the paragraph before reports no one


def test_quotation_after_a_continued_tag_is_the_same_speaker() -> None:
    a = body("Maria Lund spoke to the council on Monday.\n\n"
             "“We need the money,” she continued. “The roof leaks every winter.”")
    assert only(a, "“We need").source == "Maria Lund"
    x = only(a, "“The roof")
    assert x.source == "Maria Lund" and x.inherited


def test_question_with_a_speech_tag_then_more_quotation() -> None:
    a = body("“How long must we wait?” Ella Moss asked. “The hall is empty. Nobody comes.”")
    assert only(a, "“How long").source == "Ella Moss"
    assert only(a, "“The hall").source == "Ella Moss"
    assert only(a, "Nobody comes").source == "Ella Moss"


def test_quotation_split_by_its_tag_goes_on_after_it() -> None:
    a = body("“It did not work before. Those are distractions,” he said. “What works is jobs. People want work.”")
    tag = only(a, "Those are distractions")
    assert tag.quote == "direct" and not tag.inherited
    for start in ("“What works", "People want"):
        x = only(a, start)
        assert x.inherited and x.span == tag.span


def test_transcript_labels_that_open_several_paragraphs_are_speakers() -> None:
    a = body("The mayor sat down with us this week.\n\n"
             "Okafor: Well, the budget is tight.\n\nBrandt: Is it tighter than last year?\n\n"
             "Okafor: Much tighter.\n\nQ: Will the library close?\n\nA: Not while I am mayor.\n\n"
             "Q: Anything else?\n\nA: No.")
    assert only(a, "Okafor: Well").mention == "Okafor"
    assert only(a, "Q: Will").mention == "Q"
    assert only(a, "A: Not while").mention == "A"
    assert attrs(a, "Brandt:") == []  # one paragraph only, and not known as a name


def test_a_tally_after_a_colon_is_not_speech() -> None:
    a = body("The count so far.\n\nOkafor: 547.\n\nBrandt: 46.\n\nOkafor: 2,316 delegates.\n\nBrandt: 1,501 delegates.")
    assert all(not s.attributions for s in a.sentences if ":" in s.text)


def test_a_transcript_speaker_in_capitals_with_a_given_name() -> None:
    a = body("The host pressed the campaign.\n\nKATE OKAFOR: Why not debate?\n\nSHORT READS: Three things happened.")
    assert only(a, "KATE OKAFOR").mention == "KATE OKAFOR"
    assert attrs(a, "SHORT READS") == []


def test_a_dash_afterthought_in_running_prose_names_no_source() -> None:
    a = body("All roads lead to Florida -- and the voters there.\n\n"
             "The plant will close next spring - the workers' union.")
    assert attrs(a, "All roads") == []
    assert attrs(a, "The plant") == []
    assert _headline("The plant will close next spring - union official") == [("union official", "anonymous")]


def test_a_participle_cue_takes_its_clause_subject_not_a_place_before_the_comma() -> None:
    a = body("Ruth Okafor spoke out Tuesday about the closure in Leeds, Yorkshire, arguing that it was unlawful.\n\n"
             "The mayor spoke on Monday in Leeds, arguing that the bridge must reopen.")
    assert only(a, "Ruth Okafor spoke").mention == "Ruth Okafor"
    assert only(a, "The mayor spoke").mention == "The mayor"


def test_time_phrases_and_nouns_after_a_name_are_not_sources() -> None:
    a = body("Hours later, Ruth Okafor returned the compliment, telling reporters the deal was good.\n\n"
             "A news report published Wednesday said the minister used a private email account.\n\n"
             "Ruth Okafor posted a Twitter comment of her own, saying the vote was fair.")
    assert only(a, "Hours later").mention == "Ruth Okafor"
    assert only(a, "A news report").mention == "A news report published Wednesday"
    assert only(a, "Ruth Okafor posted").mention == "Ruth Okafor"


def test_a_progressive_verb_after_an_apposition_takes_the_name() -> None:
    a = body("A Leeds bakery, Crumb & Co, is warning shoppers about 400 loaves, the company said.")
    # (the closing "the company said" comes first: it reports the whole sentence)
    assert "Crumb & Co" in [x.mention for x in attrs(a, "A Leeds bakery")]


def test_a_verb_of_saying_in_its_other_sense_cites_no_one() -> None:
    # "recall" with a counted object calls goods back; "put" says something only of words or an estimate
    a = body("A Leeds bakery, Crumb & Co, is recalling 400 loaves. Halvard Motors recalled about 2,000 trucks "
             "on Monday. Ann Okafor recalled that the depot had closed. Okafor recalled 1998 as the worst year. "
             "The Brightmoor club puts its trophies up for sale. The Ledger poll puts her approval among "
             "voters in the northern wards of the city at 49 percent. As Okafor puts it, the depot is gone.")
    assert attrs(a, "A Leeds bakery") == [] and attrs(a, "Halvard Motors") == []
    assert only(a, "Ann Okafor recalled").mention == "Ann Okafor"
    assert only(a, "Okafor recalled 1998").mention == "Okafor"
    assert attrs(a, "The Brightmoor club") == []
    assert only(a, "The Ledger poll").mention == "The Ledger poll"
    assert only(a, "As Okafor").mention == "Okafor"


def test_a_participle_cites_the_name_in_apposition_after_a_description() -> None:
    a = body("Tarnwell's chief engineer, Tom Okafor, reached out to the council, writing in an email that the wall "
             "would not hold. Okafor's son, Grant, defended him on Tuesday, saying the wall was sound.")
    assert [x.mention for x in attrs(a, "Tarnwell's chief engineer")] == ["Tom Okafor"]
    # a name of one word may be a common noun too ("Bill", "Grant"): the description stays
    assert [x.mention for x in attrs(a, "Okafor's son")] == ["Okafor's son"]


def test_a_cue_noun_before_a_plural_auxiliary_is_the_subject_not_a_verb() -> None:
    a = body("Harsh remarks are costing the harbour master votes. The ferry allegations are baseless, the mayor "
             "said. Okafor praised what she believes are the town's best years.")
    assert attrs(a, "Harsh remarks") == []
    assert [x.mention for x in attrs(a, "The ferry allegations")] == ["the mayor"]
    # a verb before "are" in a clause of its own still cites its subject
    assert "she" in [x.mention for x in attrs(a, "Okafor praised")]


def test_appearing_on_a_show_or_before_a_crowd_is_no_saying() -> None:
    a = body("Ann Okafor appeared on a radio show on Monday. Ruth Hallam quickly appeared before the council. "
             "Tom Okafor appeared to suggest that the sea wall would hold.")
    assert attrs(a, "Ann Okafor appeared") == [] and attrs(a, "Ruth Hallam") == []
    assert [x.mention for x in attrs(a, "Tom Okafor")] == ["Tom Okafor"]


def test_a_verb_of_refusal_cites_someone_only_of_a_claim() -> None:
    # one rejects bills and dismisses coaches as well as claims
    a = body("Ann Okafor was dismissed on Monday as the club's coach. The Harbour Board rejected the ferry "
             "bill on Tuesday. Halvard Motors rejected the notion that its trucks were unsafe. The Brightmoor "
             "Ledger dismissed the reports as false. The allegations against Okafor were dismissed by the club. "
             "Ruth Hallam dismissed the harbour as a relic of the past.")
    assert attrs(a, "Ann Okafor was dismissed") == [] and attrs(a, "The Harbour Board") == []
    assert only(a, "Halvard Motors").mention == "Halvard Motors"
    assert only(a, "The Brightmoor Ledger").mention == "The Brightmoor Ledger"
    assert [x.mention for x in attrs(a, "The allegations")] == ["the club"]
    # dismissing a thing as something says what one holds of it
    assert only(a, "Ruth Hallam").mention == "Ruth Hallam"


def test_from_after_a_past_form_is_where_something_came_from() -> None:
    # "from" names a source after "obtained", a verb of saying or a cue word as a noun ("calls from")
    a = body("Ann Okafor was fired from the Brightmoor Ledger in May. The figures were obtained from the "
             "Halvard Institute. Okafor faced calls from the Harbour Board to resign.")
    assert attrs(a, "Ann Okafor was fired") == []
    assert only(a, "The figures").mention == "the Halvard Institute"
    assert only(a, "Okafor faced").mention == "the Harbour Board"
    assert _headline("Trawler Captain Released From Harbour Jail After Appeal") == []


def test_a_gerund_after_by_is_a_means_never_a_chains_source() -> None:
    # "... from another direction by studying X": how it was found, not who found it
    a = body("Okafor was homing in on that finding from another direction by studying some of the harbour tide tables.")
    assert not any(x.mention.startswith("studying") for x in attrs(a, "Okafor was homing"))


def test_a_headline_names_a_subject_it_does_not_quote() -> None:
    # a past form before "a" or a quotation names the subject (its object lost to the passive)
    assert _headline("Harbour guard hailed a hero after flood rescue") == []
    assert _headline("Ferry captain dubbed 'Iron Ann' by her crew") == []
    assert _headline("Okafor hails harbour guard a hero") != []


def test_headline_kickers_before_a_colon_are_not_speakers() -> None:
    # a topic about a person, a shouted kicker, a label: no one speaks
    assert _headline("Ann Okafor resignation: council names interim leader") == []
    assert _headline("Ann Okafor Pay Scandal: Council names interim leader") == []
    assert _headline("SHOCKING: Council names interim leader") == []
    assert _headline("Council names new chief executive: Video") == []
    # a person, an acronym, a trailing "Source" still speak
    assert _headline("Ann Okafor: I will not resign") == [("Ann Okafor", "named_person")]
    assert _headline("NASA: Asteroid will miss Earth") == [("NASA", "named_org")]
    assert _headline("Carmaker picks Nevada for its new battery plant: Sources") == [("Sources", "anonymous")]


def test_a_weak_cue_closing_the_sentence_before_a_time_phrase() -> None:
    a = body("The plant will close in May, a spokesman announced on Monday.")
    x = only(a, "The plant")
    assert x.mention == "a spokesman" and x.cue.startswith("announced")


def test_a_share_of_people_that_says_something_is_a_vague_source() -> None:
    a = body("Voters were asked about the budget.\n\n"
             "There is less consensus on defence: 47% say the army needs more troops.\n\n"
             "One in five say the cuts went too far.\n\n"
             "By big margins, those surveyed say the economy comes first.\n\n"
             "About 9 percent said they would not vote.\n\n"
             "Sales rose 3% last year.")
    for start, mention in (("There is less", "47%"), ("One in five", "One in five"),
                           ("By big margins", "those surveyed"), ("About 9", "About 9 percent")):
        x = only(a, start)
        assert (x.mention, x.kind) == (mention, "vague")
    assert attrs(a, "Sales rose") == []


def test_counted_people_named_before_speak_like_a_pronoun() -> None:
    a = body("Ann Lee and Bo Tan met the mayor on Monday. The two said no. Several said it was late.")
    assert only(a, "The two").kind == "named_person"
    assert only(a, "Several").kind == "vague"


def test_an_anonymous_flag_on_a_pronoun_names_who_it_stands_for() -> None:
    a = body("A council official, who asked not to be named, said the vote was delayed by a week.\n\n"
             "She said the mayor had ordered the delay.")
    s = next(s for s in a.sentences if s.text.startswith("She said"))
    flag = next(f for f in s.flags if f.code == "anonymous_source")
    assert "'She' (a council official)" in flag.message


def test_a_member_named_again_is_itself_not_the_group_it_was_named_in() -> None:
    # Two joint statements by the same pair: "the Association of ..." in the second is the
    # association, not the group "Acme Rail and Association of ..." made from the first (which
    # made the second group "Acme Rail and Acme Rail and ...", growing with every repeat)
    joint = "Acme Rail and the Association of Freight Lines said in a joint statement that fares would rise.\n\n"
    a = body(joint + "The Association of Freight Lines said the rise was small.\n\n" + joint)
    pairs = [s for s in a.sentences if s.text.startswith("Acme Rail")]
    assert len(pairs) == 2
    for s in pairs:
        assert [x.source for x in s.attributions] == ["Acme Rail", "Association of Freight Lines"]


def test_a_straight_quotation_closed_with_a_curly_mark_ends_there() -> None:
    # typed text mixes the styles: the tag after the close is outside the quotation, so the
    # paragraph names its own speaker and does not go on with the last one
    a = body('“We will keep the depot open,” Ann Reyes said.\n\n'
             '"The depot has to close. We have no money for it,” Tom Hart said.')
    assert only(a, "We have no money").source == "Tom Hart"
    assert only(a, '"The depot').source == "Tom Hart"


def test_a_curly_quotation_closed_with_a_straight_mark_ends_there() -> None:
    a = body('“We will keep the depot open,” Ann Reyes said.\n\n'
             '“The depot has to close. We have no money for it," Tom Hart said.')
    assert only(a, "We have no money").source == "Tom Hart"
    assert only(a, "“The depot").source == "Tom Hart"


def test_a_quotation_inside_a_quotation_in_the_other_style_does_not_end_it() -> None:
    a = body('“We will keep the depot open,” Ann Reyes said.\n\n'
             '"They called it “the depot plan.” Voters believed them," Tom Hart said.\n\n'
             '“They called it "the depot plan." Voters believed them,” Ruth Okafor said.')
    assert only(a, "Voters believed them,\"").source == "Tom Hart"
    assert only(a, "Voters believed them,”").source == "Ruth Okafor"


def test_a_name_with_a_party_in_parentheses_before_an_apposition() -> None:
    # the quotation holds a cue of its own ("wanted"); the speaker is the name before "(D-Ore.)"
    a = body('\u201cIf the board wanted the depot, it would buy it,\u201d Sen. Ann Lee (D-Ore.), '
             'a member of the transport panel, said.')
    x = only(a, "\u201cIf the board")
    assert (x.mention, x.cue) == ("Sen. Ann Lee", "said")


def test_a_name_closing_the_sentence_after_its_verb_is_the_speaker_past_an_aside() -> None:
    # "..., Christian Bale, who has been cast as Jobs, reports Variety.": the outlet speaks, not
    # the phrase before the aside; after "told" the name is whom the speaker told
    from factcheck.attribution.cues import find_in_sentence  # the rules' choice, before the learned chooser

    text = "Rogen will play Wozniak alongside Christian Bale, who has been cast in the role, reports Variety."
    assert [r.mention for r in find_in_sentence(text, 0, len(text))] == ["Variety"]
    text = "Hugh Hill, a doctor at the clinic, told Reuters."
    assert [r.mention for r in find_in_sentence(text, 0, len(text))] == ["Hugh Hill"]
    # and the chooser never offers "who" for a cue after the comma that closed its clause
    a = only(body(text.replace("a doctor at the clinic,", "who runs the clinic,")), "Hugh Hill")
    assert a.mention == "Hugh Hill"


def test_he_after_an_unnamed_official_with_a_long_phrase_is_that_official() -> None:
    # the official's head noun is "official", not the last word of "in the president's office"
    a = body("Ann Okafor was freed during a raid on Saturday, a senior official in the president's office "
             "told reporters.\n\nHe said the army had planned the raid for weeks.")
    got = only(a, "He said")
    assert got.source == "a senior official in the president's office" and got.kind == "anonymous"


def test_a_phrase_with_a_preposition_speaks_through_its_head() -> None:
    # "officials from both parties": the head before the preposition is a word for people, so the
    # cue rule takes the phrase though its last word is not one (before, the sentence had no
    # source, or the stance fallback's guess)
    a = body("Although Okafor lacks a signature policy, elected officials from both parties say he has built "
             "a reputation as a hard worker.")
    x = only(a, "Although Okafor")
    assert (x.mention, x.cue) == ("officials from both parties", "say")
    for text, mention in (("Since then, residents of the town say the bridge has never been safe.",
                           "residents of the town"),
                          ("Although the mayor lacks a plan, critics of the bridge argue it will never open.",
                           "critics of the bridge")):
        assert [(r.mention, r.rule) for r in find_in_sentence(text, 0, len(text))] == [
            (mention, "speech_verbs.subject_before")]


def test_people_of_a_thing_with_a_preposition_are_the_source() -> None:
    # "Opponents of a ban on assault weapons": the people before the thing and its "on" phrase
    # speak, not the thing's object (before: no source, or "hate speech", "refugees")
    for text, mention in (("Opponents of a ban on toll roads said it would not work.",
                           "Opponents of a ban on toll roads"),
                          ("Proponents of more controls on hate speech say there is a link.",
                           "Proponents of more controls on hate speech"),
                          ("Critics of the council policy on refugees argue it is cruel.",
                           "Critics of the council policy on refugees")):
        assert [r.mention for r in find_in_sentence(text, 0, len(text))] == [mention]
    # "talks with officials": no people before the thing, the object stays as it was
    text = "Talks with officials said nothing."
    assert [r.mention for r in find_in_sentence(text, 0, len(text))] == ["officials"]


def test_a_later_he_never_resolves_to_a_platform_and_speculation_is_its_own_source() -> None:
    a = analyze_text("Twitter is abuzz with rumours that the former leader has died.\n\n"
                     "He has lived in seclusion since he retired, amid speculation that his health was failing.")
    [x] = a.sentences[1].attributions
    assert (x.source, x.mention, x.cue, x.kind) == ("speculation", "speculation", "amid speculation that", "vague")


@pytest.mark.parametrize("text, mention", [
    ("Just a few days ago the Tarnwell council admitted the depot was unsafe.", "the Tarnwell council"),
    ("Just a few days ago North Korea admitted the test had failed.", "North Korea"),
    ("Earlier this month Acme announced it would cut 200 jobs.", "Acme"),
    ("Three years ago Okafor said she would retire.", "Okafor"),
    ("Late last week Orbital Aerospace confirmed the delay.", "Orbital Aerospace"),
    ("Yesterday Ruth Okafor said the tests were negative.", "Ruth Okafor"),
    # a time word that heads or modifies the source is part of it
    ("The morning show host said the guest had cancelled.", "The morning show host"),
    ("The day care workers said they had not been paid.", "The day care workers"),
    ("An earlier report said the bridge was safe.", "An earlier report"),
    ("The Sunday People identified the man.", "The Sunday People"),
])
def test_a_time_phrase_before_the_subject_is_not_part_of_the_source(text: str, mention: str) -> None:
    assert [r.mention for r in find_in_sentence(text, 0, len(text))] == [mention]


def test_an_adjective_opening_the_sentence_makes_the_cue_word_after_it_a_noun() -> None:
    a = body("Officials gave an update on Monday.\n\n"
             "Current fears about a potential outbreak are being fuelled by the delays.\n\n"
             "Growing concerns over the water supply led to a public meeting.\n\n"
             "Recent reports say the plant will close.\n\n"
             "Police say the rally was peaceful.\n\n"
             "The minister fears the talks will fail.\n")
    assert attrs(a, "Current fears") == []
    assert attrs(a, "Growing concerns") == []
    # a noun of speech after the adjective still speaks with its own verb; a plain subject still speaks
    assert [x.source for x in attrs(a, "Recent reports")] == ["reports"]
    assert [x.source for x in attrs(a, "Police say")] == ["Police"]
    assert [(x.source, x.cue) for x in attrs(a, "The minister fears")] == [("The minister", "fears")]


def test_a_hyphenated_or_prefixed_surname_is_resolved_whole() -> None:
    a = analyze_text("Harbour plan\n\nThe idea is not crazy, research team head Jennifer Ngo-Anh says.\n\n"
                     "She noted that similar plans work elsewhere.\n\n"
                     "Later, Ms. Ngo-Anh added that the costs were low.\n\n"
                     "Councillor Ray McDonald said the plan was dear. He added that traders would pay for it.\n")
    # "She" is Jennifer Ngo-Anh, not "Jennifer Ngo-"; "Ms. Ngo-Anh" is the same person
    assert [x.source for x in attrs(a, "She noted")] == ["Jennifer Ngo-Anh"]
    assert [x.source for x in attrs(a, "Later, Ms. Ngo-Anh")] == ["Jennifer Ngo-Anh"]
    assert [x.source for x in attrs(a, "He added")] == ["Councillor Ray McDonald"]
    sources = {s.name: s.aliases for s in a.sources}
    assert "Ms. Ngo-Anh" in sources["research team head Jennifer Ngo-Anh"]


def test_a_description_of_an_outlet_is_the_outlet_of_its_sort_named_last() -> None:
    a = analyze_text("Harbour fees\n\nShares fell after the Tarnwell Gazette reported that the mayor would resign.\n\n"
                     "The newspaper, citing two aides, said she would go on Friday.\n\n"
                     "The news organization also reported that the fees would rise.\n\n"
                     "The network said nothing.\n\nThe media reported it widely.\n")
    for opening in ("Shares fell", "The newspaper", "The news organization"):
        assert [x.source for x in attrs(a, opening)] == ["Tarnwell Gazette"]
    # no broadcaster was named, and "the media" are outlets in general
    assert [x.source for x in attrs(a, "The network")] == ["The network"]
    assert [x.source for x in attrs(a, "The media")] == ["The media"]
    # an agency named last is no newspaper
    b = analyze_text("Harbour fees rise\n\nThe harbour fees will go up in May.\n\n"
                     "The rise will be steep, Reuters reported.\n\nThe newspaper said the mayor agreed.\n")
    assert [x.source for s in b.sentences for x in s.attributions] == ["Reuters", "The newspaper"]


def test_which_stands_for_a_body_never_a_person() -> None:
    a = analyze_text("Lark fight\n\nAnn Lark's first six albums were released through Harbour Sound, which was "
                     "bought out by a company owned by talent manager Ray Okafor earlier this year.\n\n"
                     "In a post at the time she described this as the worst case.\n")
    kinds = {x.source: x.kind for s in a.sentences for x in s.attributions}
    assert kinds.get("Harbour Sound", "named_org") == "named_org"
    # "she" is no body: never Harbour Sound
    she = [x.source for s in a.sentences if s.text.startswith("In a post") for x in s.attributions]
    assert "Harbour Sound" not in she


def test_a_name_seen_first_in_the_possessive_is_the_name_without_it() -> None:
    a = analyze_text("Harbour ferry\n\nAnn Okafor's ferry line will close in May.\n\n"
                     "She said the fees had made it impossible to run.\n\nOkafor added that the crews would be paid.\n")
    sources = [x.source for s in a.sentences if s.role == "body" for x in s.attributions]
    assert sources == ["Ann Okafor", "Ann Okafor"]


def test_an_offices_word_after_of_is_no_part_of_the_name_it_titles() -> None:
    a = body("Ruritanian Secretary of State Ann Okafor visited the port on Monday.\n\n"
             "Okafor said the settlements were legal.\n\nShe added that the talks would resume.")
    # "Secretary of State Ann Okafor": "State" is the office's, so later "Okafor" and "She" are Ann Okafor
    assert [x.source for x in attrs(a, "Okafor said")] == ["Ann Okafor"]
    assert [x.source for x in attrs(a, "She added")] == ["Ann Okafor"]


def test_a_word_opening_the_sentence_before_mr_is_no_name() -> None:
    # "For Mr. Okafor, ..." names Mr. Okafor (one part after a title: not an entity of its own), never "For Mr"
    a = body("For Mr. Okafor, the harbour was home.\n\nHe said the dues were too high.")
    assert [x.source for x in attrs(a, "He said")] != ["For Mr"]
    assert not any(x.source.startswith(("For Mr", "But Mr")) for s in a.sentences for x in s.attributions)


def test_a_word_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    a = body("But Ruth Okafor had other plans for the harbour.\n\nOkafor said the dues would rise.\n\n"
             "For Madison, the harbour was home.\n\nShe said the dues were fair.")
    # "But Ruth Okafor" is Ruth Okafor; "For Madison" names no one
    assert [x.source for x in attrs(a, "Okafor said")] == ["Ruth Okafor"]
    assert all(not x.source.startswith(("But ", "For ")) for s in a.sentences for x in s.attributions)


def test_a_title_a_page_left_without_its_name_is_no_source() -> None:
    # an extracted page can lose a linked name: "Rep. (D-N.Y.)" is no one, and "She" is not "Rep."
    a = body("Rep. (D-N.Y.) shortly after the arrest linked the incident to TV host Ann Okafor's comments "
             "on the mayor's scarf.\n\nShe added that she wanted compassion.")
    assert all(x.mention.rstrip(".") != "Rep" and x.source.rstrip(".") != "Rep"
               for s in a.sentences for x in s.attributions)


def test_a_noun_after_a_place_adjective_or_before_a_plural_auxiliary_is_no_cue() -> None:
    """'Turkish suspect donated ...': an adjective of a place ("Turkish", "Japanese", "French")
    describes the word after it, a noun; "Harbour questions are likely to ..." has its noun before
    the plural auxiliary. Neither credits anyone, in a headline or a body."""
    assert _headline("Turkish suspect donated to Tarnwell campaign") == []
    assert _headline("Harbour questions are likely to move to fore in Tarnwell race") == []
    a = body("A Tarnwell official responded on Monday, while Japanese comments on the dispute stayed calm.")
    assert "Japanese" not in [x.source for x in attrs(a, "A Tarnwell official")]
    # a people with "the", and a demonym before a plural subject, still speak
    assert [source for source, _ in _headline("The French suspect a plot in Tarnwell, officials say")] \
        == ["officials", "French"]
    assert [x.source for x in attrs(body("Japanese officials said the harbour was safe."), "Japanese")] \
        == ["Japanese officials"]


def test_a_name_on_a_topic_before_a_quotation_is_the_headline_s_speaker() -> None:
    """'Okafor on the Harbour Plan: "I Think It Will Pass"': the name speaks the quotation when the
    story names them again; without a quotation the label is a topic ("...: A Timeline")."""
    story = ("\n\nMayor Ruth Okafor said on Monday she believed the plan would pass.\n\n"
             "Okafor has backed it since May.\n")
    quoted = analyze_text("Okafor on the Harbour Plan: ‘I Think It Will Pass.’" + story)
    assert [(x.source, x.cue) for x in quoted.sentences[0].attributions] == [("Okafor", ":")]
    assert analyze_text("Okafor on the Harbour Plan: A Timeline" + story).sentences[0].attributions == []


@pytest.mark.parametrize("text", ["Police fired tear gas at the crowd outside the parliament.",
                                  "The gunman, who fired at least 30 rounds, was arrested on Sunday.",
                                  "Ruritania fired two missiles into the sea on Tuesday.",
                                  "Many of her clients fired her after the scandal.",
                                  "The Tarnwell council fired its chief executive last week."])
def test_shots_missiles_and_staff_fired_are_acts_not_words(text: str) -> None:
    # "fired" is a verb of speech only as "fired back" / "fired off": nobody here said anything
    assert attrs(body(text), text[:12]) == []


@pytest.mark.parametrize("text, mention", [("Okafor fired back at critics of the plan on Monday.", "Okafor"),
                                           ('"That is absurd," Hallam fired back.', "Hallam"),
                                           ("The senator fired off a letter to the agency.", "The senator")])
def test_words_fired_back_or_off_are_said(text: str, mention: str) -> None:
    x = only(body(text), text[:12])
    assert (x.mention, x.cue) == (mention, "fired")


@pytest.mark.parametrize("text", ["The old Tarnwell ferry looks remarkably new after its refit.",
                                  "Mayor Okafor looked tired and her voice sounded hoarse at the rally.",
                                  "The Harbour Board's plan looks like a costly mistake."])
def test_what_looks_some_way_is_no_one_s_words(text: str) -> None:
    # "look" with an adjective or "like" after it is how something seems to the writer: the
    # subject says nothing
    assert attrs(body(text), text[:12]) == []


@pytest.mark.parametrize("text, mention", [("Okafor looks to build on her lead in the harbour wards.", "Okafor"),
                                           ("Hallam is looking into claims that the tender was rigged.", "Hallam")])
def test_who_looks_to_or_into_something_is_its_source(text: str, mention: str) -> None:
    x = only(body(text), text[:12])
    assert x.mention == mention


@pytest.mark.parametrize("text", ["Tarnwell council reports its chief executive was paid twice.",
                                  "The Gazette reports their lawyer has quit."])
def test_a_that_less_clause_may_open_with_its_or_their(text: str) -> None:
    # as "reports his son was killed": the clause after the weak verb is what was reported
    x = only(body(text), text[:12])
    assert x.cue == "reports"


@pytest.mark.parametrize("text", ["She and her brother joined a protest group called the Harbour Defence League.",
                                  "The grant went to a charity called the Friends of the Ferry.",
                                  "Researchers discovered a group of cells called tuft cells that sense parasites.",
                                  "Okafor set up a website called the Harbour Watch that tracks the tender."])
def test_called_after_a_thing_governed_by_a_verb_names_it(text: str) -> None:
    # "a website called Harbour Watch": the thing's name; neither it nor anyone calls anything
    assert "called" not in [x.cue for x in attrs(body(text), text[:12])]


@pytest.mark.parametrize("text, mention", [("A senator called the plan reckless on Monday.", "A senator"),
                                           ("Yesterday a senator called the plan reckless.", "a senator"),
                                           ("The plan, which a senator called reckless, passed.", "a senator"),
                                           ("After the vote, a group of rabbis called for a boycott.",
                                            "a group of rabbis")])
def test_whoever_opens_the_clause_before_called_calls(text: str, mention: str) -> None:
    x = only(body(text), text[:12])
    assert (x.mention, x.cue) == (mention, "called")


@pytest.mark.parametrize("text, mention", [
    ("Ten senators sent a letter to Harbour Commissioner Ann Okafor urging her to close the pier.", "Ten senators"),
    ("Tarnwell sent an email to the Harbour Board last week saying the pier would close.", "Tarnwell"),
    ("The tenants sent a letter to management earlier this month stating that the heating had failed.",
     "a letter to management"),
    ("The residents filed a petition with the court asking it to halt the vote.", "a petition with the court")])
def test_whom_a_document_was_sent_to_is_not_its_source(text: str, mention: str) -> None:
    # the phrase after "a letter to" before "urging" is the addressee: the sender, or else the
    # document, says it
    (x,) = [x for x in attrs(body(text), text[:12]) if x.cue.endswith("ing")]
    assert x.mention == mention


@pytest.mark.parametrize("text, mention", [("Residents pointed to videos showing that the pier had flooded.", "videos"),
                                           ("A statement from the Harbour Board saying the pier had closed was "
                                            "posted online.", "A statement from the Harbour Board")])
def test_a_participle_after_things_that_are_not_addressed_documents_is_unchanged(text: str, mention: str) -> None:
    (x,) = [x for x in attrs(body(text), text[:12]) if x.cue == "saying" or x.cue == "showing"]
    assert x.mention == mention


@pytest.mark.parametrize("text, mention", [
    ("A source with access to the harbour board's leadership said the pier would close.",
     "A source with access to the harbour board's leadership"),
    ("An official with direct knowledge of the talks said the pier would close.",
     "An official with direct knowledge of the talks"),
    ("Two people with knowledge of the tender said the pier would close.", "Two people with knowledge of the tender")])
def test_people_with_access_to_or_knowledge_of_something_are_the_unnamed_source(text: str, mention: str) -> None:
    # the thing they have access to or knowledge of is no speaker: "the harbour board's
    # leadership" was a named person, "the talks" a source
    x = only(body(text), text[:12])
    assert (x.mention, x.kind) == (mention, "anonymous")


def test_whom_someone_met_with_before_saying_is_not_the_speaker() -> None:
    x = only(body("Okafor met with officials and said the pier would close."), "Okafor met")
    assert x.mention == "Okafor"


def test_an_official_who_spoke_on_condition_of_anonymity_is_the_anonymous_source() -> None:
    text = ("An official who spoke on condition of anonymity because he was not authorized to discuss the "
            "tender said the pier would close.")
    x = only(body(text), text[:12])
    assert (x.mention, x.kind) == (text[:text.index(" said")], "anonymous")


def test_a_pronoun_far_inside_a_relative_clause_is_its_own_clauses_subject() -> None:
    text = "A fisherman who was let go by the Harbour Board when she told him the pier would close has sued."
    (x,) = [x for x in attrs(body(text), text[:12]) if x.cue == "told"]
    assert x.mention == "she"


def test_a_description_with_a_relative_clause_is_not_the_body_named_at_its_end() -> None:
    a = analyze_text("Headline about the tape\n\nThe Harbour Board is looking into the tape, officials said.\n\n"
                     "The unidentified man who gave the tape to the Harbour Board claims to have recorded the crash.\n")
    (x,) = attrs(a, "The unidentified man")
    assert x.source != "Harbour Board" and x.kind == "anonymous"


def test_a_verb_said_after_continuing_to_is_the_subject_s() -> None:
    # "is continuing to insist": the subject of the verb of aspect insists
    x = only(body("Ann Okafor is continuing to insist she will release the transcripts."), "Ann Okafor")
    assert (x.mention, x.cue) == ("Ann Okafor", "insist")


@pytest.mark.parametrize("text, mention", [('Untreated plague is "always fatal", says WHO.', "WHO"),
                                           ("According to WHO, 3,248 cases were reported from 2010 to 2015.", "WHO"),
                                           ("The risk of an outbreak is low, the WHO said on Monday.", "the WHO")])
def test_the_who_in_capitals_is_the_health_body_that_speaks(text: str, mention: str) -> None:
    x = only(body(text), text[:12])
    assert (x.mention, x.source, x.kind) == (mention, "WHO", "named_org")


@pytest.mark.parametrize("text", ["The Tarnwell index declined 0.3% on Friday, while the Okafor index fell 0.5%.",
                                  "Sales at the Hallam chain declined by 12 percent in May."])
def test_declined_before_a_figure_is_a_fall_not_a_refusal(text: str) -> None:
    assert attrs(body(text), text[:12]) == []
    assert (only(body("Okafor declined to comment on the figures."), "Okafor").cue == "declined")


@pytest.mark.parametrize("text, cue", [
    ("The ferry operator declined to comment, saying the matter was before the courts.", "saying"),
    ("A spokeswoman for the council refused to discuss the contract, adding only that talks were continuing.",
     "adding"),
])
def test_a_refusal_followed_by_a_saying_participle_credits_what_the_refuser_says(text: str, cue: str) -> None:
    a = body(text)
    x = only(a, text[:12])
    assert x.cue == cue and x.reports
    # what follows rests on the refuser: no claim on no one
    s = next(s for s in a.sentences if s.text.startswith(text[:12]))
    assert "unattributed_claim" not in [f.code for f in s.flags]
    # a reason cited is still the refuser's act: nothing is said
    y = only(body("The ferry operator declined to comment, citing a pending lawsuit."), "The ferry")
    assert y.cue == "declined" and not y.reports


@pytest.mark.parametrize("text", ['But water is hard to find," Ann Tarnwell, a planetary scientist at the Hallam '
                                  'Center in Greenbelt, Maryland, and Okafor University in Washington, D.C., said in '
                                  'a statement.',
                                  'But water is hard to find," Ann Tarnwell, a scientist at the Hallam Center, said.',
                                  'But water is hard to find”, Ann Tarnwell, a scientist at the Hallam Center in '
                                  'Greenbelt, Maryland, and Okafor University, said.'])
def test_a_speaker_after_a_quotation_opened_in_an_earlier_sentence_is_its_speaker(text: str) -> None:
    # the closing mark ends the quotation; the phrase after it, before its long apposition, speaks
    x = only(body(('“' if '”' in text else '"') + 'Air is everywhere. ' + text), "But water")
    assert (x.mention, x.cue.split()[0]) == ("Ann Tarnwell", "said")


@pytest.mark.parametrize("text", ["Tina Okafor, the chief of staff in Greenbelt, Maryland, said the road was closed.",
                                  "Tina Okafor, a nurse in Aurora, Colorado, said the road was closed."])
def test_a_town_and_its_state_ending_an_apposition_leave_the_name_before_it_the_speaker(text: str) -> None:
    assert only(body(text), "Tina").mention == "Tina Okafor"
    # a quoted title in the apposition opens a quotation, it closes none
    x = only(body('Sam Hallam, a contestant on "The Ramblers," who later worked there, said it was fun.'), "Sam")
    assert x.mention == "Sam Hallam"
    # a phrase that opens the sentence with its place is still the speaker
    assert only(body("Shopkeepers in Aurora, Colorado, said the road was closed."), "Shop").mention == \
        "Shopkeepers in Aurora, Colorado"


def test_a_passive_with_no_agent_in_a_clause_leaves_the_main_clause_s_source() -> None:
    # "after two other cases were revealed": the vague passive sits in its own clause; the health
    # body that reported the case is the sentence's first source
    text = "The Tarnwell health board reported its third case of measles on Sunday after two other cases were revealed."
    got = [(x.mention, x.cue) for x in attrs(body(text), "The Tarnwell")]
    assert got[0] == ("The Tarnwell health board", "reported")
    # a passive after a colon is in a clause of its own, not inside the "as" clause before it
    text = "Order returned, as the vote kept the rules as they were: no allegiances would be disclosed."
    assert [x.mention for x in attrs(body(text), "Order")] == [""]


@pytest.mark.parametrize("text", ["This was not the first time these receptors had shown up in unexpected tissues.",
                                  "Receptors for sweetness also turned up on the cells lining the airways."])
def test_things_that_show_up_or_line_a_wall_say_nothing(text: str) -> None:
    # "show up" is to appear; "lining" a surface is no lining up behind anyone
    assert attrs(body(text), text[:12]) == []


def test_a_grading_word_before_an_adverb_is_no_part_of_the_name() -> None:
    x = only(body("The disease, as the Tarnwell Gazette very recently explained, is rare."), "The disease")
    assert x.mention == "the Tarnwell Gazette"


def test_he_or_she_stands_for_someone_not_a_thing_a_rule_took_for_a_speaker() -> None:
    from factcheck.attribution.resolve import Discourse

    d = Discourse()
    d.add("Jack Okafor", "named_person")
    d.add("The sound system", "named_person")  # a thing a rule once credited: no one "he" can be
    assert d.resolve("he", "named_person") == ("Jack Okafor", "named_person")
    d = Discourse()
    d.add("the senator", "named_person")  # a noun for one person may be "he"
    d.add("The sound system", "named_person")
    assert d.resolve("he", "named_person")[0] == "the senator"


@pytest.mark.parametrize("text", ["Nurse Steps Forward With Bombshell Claim: The Ward Was Never Cleaned",
                                  "Voters Greet Okafor For Dramatic Demand On Taxes"])
def test_a_headline_cue_word_after_a_preposition_is_a_noun(text: str) -> None:
    # "With Bombshell Claim": the phrase is the preposition's, so "Claim" is its noun, with no subject
    assert not any(source in ("Bombshell", "Dramatic") for source, _ in _headline(text))
    assert _headline("With Prices Rising, Okafor Says Bridge Will Close") == [("Okafor", "named_person")]


@pytest.mark.parametrize("text", ["Tarnwell police released video of the rescue of a girl on Monday.",
                                  "Okafor Stores is offering members a free $10 gift card this week."])
def test_a_deed_credits_its_doer_but_the_claim_still_needs_a_source(text: str) -> None:
    # "released", "offering" (learned cue words) name a deed: the outlet's claim about it needs a source
    s = next(s for s in body(text).sentences if s.text == text)
    assert s.attributions and not any(a.reports for a in s.attributions)
    assert [f.code for f in s.flags] == ["unattributed_claim"] and "told about" in s.flags[0].message
    said = next(s for s in body("Tarnwell police said the girl was safe.").sentences if s.role == "body")
    assert said.attributions[0].reports and not said.flags


def test_an_embedded_post_rests_on_its_poster() -> None:
    text = ("Harbour fees row reaches social media\n\n"
            "Residents took to social media after the council voted on Tuesday to double the harbour fees.\n\n"
            "Many of them posted pictures of the empty quay.\n\n"
            "Yes this is real and the council spent half a million pounds on the new signs.\n\n"
            "\u2014 Ann Okafor \U0001F3F3 (@annokafor) November 18, 2019\n\n"
            "So I think that is working for the ferry crews.\n\n"
            "\u2014 tall glass of tea (@teaglass) November 19, 2019\n\n"
            "The council meets again on Monday to hear from the ferry operators.\n")
    a = analyze(Document(text=text))
    by_text = {s.text.split()[0]: s for s in a.sentences}
    post = by_text["Yes"].attributions
    assert [(x.source, x.kind, x.inherited) for x in post] == [("Ann Okafor", "named_person", True)]
    # the post's "I" is the poster's; an account's display name is a name, whatever its words
    assert [(x.source, x.kind) for x in by_text["So"].attributions] == [("tall glass of tea", "named_person")]
    # the credit line itself asserts nothing and credits no one
    credit = next(s for s in a.sentences if s.text.startswith("\u2014 Ann"))
    assert credit.role == "body" and credit.attributions == []
    assert not [f for f in credit.flags if f.code == "unattributed_claim"]


def test_a_deed_by_a_pronoun_names_its_doer_in_the_flag() -> None:
    # "... a third of the 42 it has ordered": a deed credited to "it" (the Tarnwell Ferry Company);
    # the flag names whom "it" stands for, and its key phrase does not end on a preposition
    # ("14 Harbourline boats since")
    from factcheck import flags
    from factcheck.model import Attribution, Sentence

    text = "The company has taken delivery of 14 Harbourline boats since 2023, a third of the 42 it has ordered."
    s = Sentence("s1", 0, len(text), text, 0, checkworthy=True, attributions=[Attribution(
        "Tarnwell Ferry Company", "it", (text.index(" it ") + 1, text.index(" it ") + 3), "ordered", "named_org",
        reports=False)])
    flags.annotate([s])
    assert [f.message for f in s.flags] == ["No source: '14 Harbourline boats' is told about Tarnwell Ferry Company, "
                                            "not sourced to them or anyone; who reports it?"]


def test_a_quotation_closed_with_two_curled_apostrophes_ends_there() -> None:
    # "’’" typed for "”": the speaker after it is named, and a paragraph before with a source of
    # its own lends the quotation nothing
    a = body("Critics say the advert was a trick.\n\n"
             "\u201cIt was an attempt to mislead voters,\u2019\u2019 Ann Okafor, head of the Harbour Trust, told the "
             "BBC. \u201cAnd it is misleading.\u201d")
    said = [(x.source, x.inherited) for s in a.sentences if "Critics" not in s.text for x in s.attributions]
    assert said == [("Ann Okafor", False), ("Ann Okafor", True)]


def test_a_speaker_quoted_by_an_outlet_is_credited_via_it() -> None:
    # the learned chooser keeps the rules' choice: the outlet carried the words, she said them
    a = body("Depot row.\n\nAnn Okafor was quoted by Reuters as saying the depot would close.")
    [x] = [x for s in a.sentences for x in s.attributions]
    assert (x.source, x.via) == ("Ann Okafor", ["Reuters"])



def test_a_speaker_s_he_after_a_quotation_is_not_someone_the_quotation_names() -> None:
    # speakers call themselves "I": the person the quotation speaks of is not who says it
    a = body("Michael Madden runs a blog about North Korea.\n\n"
             "\"Kim Jong Un is most certainly not thinking of opening restaurants,\" he told reporters.")
    assert [(x.source, x.mention) for x in attrs(a, "\"Kim Jong Un")] == [("Michael Madden", "he")]
    # ... while a quotation naming no one leaves "he" the person named before it
    a = body("Kim Jong Un spoke at a rally on Monday.\n\n\"We will win,\" he said.")
    assert [x.source for x in attrs(a, "\"We will win")] == ["Kim Jong Un"]
    # ... and a title in quotation marks earlier in the sentence is no quotation "he" comes after
    a = body("Ann Lee spoke first.\n\nSpeaking to the \"Morning Report,\" the campaign's pollster Raj Patel "
             "attacked what he called a nasty race.")
    assert [x.source.endswith("Raj Patel") for x in attrs(a, "Speaking to") if x.mention == "he"] == [True]


def test_a_person_spoken_of_by_title_and_surname_is_the_he_that_follows() -> None:
    # "Mr. Reyes" in a sentence that quotes no one is still Tom Reyes spoken of, after Ed Walsh spoke
    a = body("Tom Reyes introduced the bill in March. Its co-sponsor, Ed Walsh, said it would pass. "
             "Mr. Reyes has spent months lobbying for it. He said on Friday that the vote was close.")
    assert [x.source for x in attrs(a, "He said on Friday")] == ["Tom Reyes"]
    # a title and a surname no one was named by in full leave "he" to the speaker named before
    a = body("Ed Walsh said the bill would pass. The bill was drafted with help from Mr. Grady. "
             "He said the vote was close.")
    assert [x.source for x in attrs(a, "He said the vote")] == ["Ed Walsh"]


@pytest.mark.parametrize("text, speaker, want", [
    # "the 22-year-old" is the person the story gave that age, not whoever spoke last
    ("Oliver Ilic, 22, was fined on Monday. Inspector Tom Reyes said the fine was fair. "
     "The 22-year-old said he would appeal.", "The 22-year-old said", ("Oliver Ilic", "named_person")),
    ("Police named the driver as 22-year-old Oliver Ilic. Inspector Tom Reyes said the fine was fair. "
     "The 22-year-old man said he would appeal.", "The 22-year-old man said", ("Oliver Ilic", "named_person")),
    ("Ann Lee (34) said the shop was closed. Her landlord, Tom Reyes, said the rent was due. "
     "The 34-year-old woman said she would reopen.", "The 34-year-old woman", ("Ann Lee", "named_person")),
    # an age given to no one, in a story that names no one, is someone it does not name
    ("Police said a 22-year-old man was arrested. The 22-year-old told officers he was innocent.",
     "The 22-year-old told", ("The 22-year-old", "anonymous")),
])
def test_the_person_of_an_age_is_whom_the_story_gave_it(text: str, speaker: str, want: tuple) -> None:
    assert {(x.source, x.kind) for x in attrs(body(text), speaker)} == {want}


@pytest.mark.parametrize("text, speaker, want", [
    # a given name of the census block (lexicon given_names.txt, scripts/build_given_names.py) makes
    # a person named in passing someone a later "she" can be
    ("Patti Davis posted a letter on Sunday. Tom Reyes, a neighbour, said he had read it. "
     "She said the letter was private.", "She said", "Patti Davis"),
    ("Robyn Gedrich sent the messages from her phone. Tinder suspended the account, the company said. "
     "She said she would appeal.", "She said", "Robyn Gedrich"),
])
def test_a_person_named_in_passing_by_a_common_given_name_is_held(text: str, speaker: str, want: str) -> None:
    assert [x.source for x in attrs(body(text), speaker)][:1] == [want]


def test_the_census_given_names_are_no_words_places_or_surnames() -> None:
    from factcheck import word_case
    from factcheck.attribution.kinds import is_place
    from factcheck.attribution.names import gender_of
    lexicon = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "given_names.txt"
    lines = lexicon.read_text(encoding="utf-8").splitlines()
    begin = next(i for i, line in enumerate(lines) if line.startswith("# --- from the 1990 US Census"))
    block = [line.split("\t")[0] for line in lines[begin + 1:] if line and not line.startswith("#")]
    assert len(block) > 300
    lower = word_case.lowercase_words()
    assert not [n for n in block if n in lower or is_place(n.title())]
    # a surname the census lists often ("Clinton", "Carter") stays out: a bare surname is no sex
    assert gender_of("Clinton") is None and gender_of("Carter") is None


def test_a_title_case_verb_after_a_name_is_no_part_of_the_person_held() -> None:
    # Title Case capitalises the headline's verb too: the person held is the name before it, so a
    # later "he" or age reference finds "Tom Lee-Okafor", not "Tom Lee-Okafor Really Opening"
    a = analyze_text("Is Tom Lee-Okafor Really Opening a Restaurant in Harbourside?\n\n"
                     "The plan was first reported on Monday. He said the menu would be Nigerian.")
    assert [x.source for x in attrs(a, "He said the menu")] == ["Tom Lee-Okafor"]
    from factcheck.attribution.resolve import _names_in
    assert [n for n, *_ in _names_in("Elizabeth Warren Says She Will Run")] == ["Elizabeth Warren"]
    assert [n for n, *_ in _names_in("Mary Kate Banks said the vote was close.")] == ["Mary Kate Banks"]
