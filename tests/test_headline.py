"""Headline checks against the body (factcheck.headline), on small news stories written for these tests."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.headline import check_headline, stance
from factcheck.headline import terms as headline_terms
from factcheck.headline.checks import _credit_label as credit_label
from factcheck.headline.names import BodyNames, headline_names, missing_names
from factcheck.headline.numbers import extract
from factcheck.headline.quotes import headline_quotes
from factcheck.headline.text import lemma, words
from factcheck.model import HEADLINE_CODES, Attribution, Sentence

ROOT = Path(__file__).resolve().parents[1]


def sentence(text: str, n: int, role: str = "body", attributions: list[Attribution] | None = None,
             hedged: bool = False) -> Sentence:
    return Sentence(id=f"s{n}", start=0, end=len(text), text=text, paragraph=n, role=role,
                    attributions=attributions or [], hedged=hedged)


def head(text: str) -> Sentence:
    return sentence(text, 0, role="headline")


def body(*texts: str) -> list[Sentence]:
    return [sentence(t, i + 1) for i, t in enumerate(texts)]


def codes(checks) -> list[str]:
    return [c.code for c in checks]


def said(source: str, kind: str = "named_org", cue: str = "said") -> Attribution:
    return Attribution(source=source, mention=source, span=None, cue=cue, kind=kind)


FERRY = [
    "A passenger ferry sank off the coast of Crete on Tuesday, and the coastguard said the captain had died.",
    "The captain, who had been in hospital since the ferry sank, died on Wednesday morning, the coastguard said.",
    "Rescue crews pulled 212 passengers from the water near the port of Heraklion.",
    "The Greek shipping ministry has opened an inquiry into the sinking.",
]


# --- the pieces -------------------------------------------------------------------------------

def test_lemma_merges_inflections_only():
    assert lemma("dies") == lemma("died") == lemma("dying") == lemma("die")
    assert lemma("studies") == lemma("studied") == lemma("study")
    assert lemma("captured") == lemma("capturing") == lemma("capture")
    assert lemma("said") == lemma("says") == lemma("say")
    assert lemma("news") != lemma("new")
    assert lemma("dies") != lemma("dice")
    assert lemma("stopped") == lemma("stopping") == lemma("stop")
    assert lemma("dismissed") == lemma("dismissing") == lemma("dismiss") == lemma("dismisses")
    assert lemma("passed") == lemma("pass") and lemma("stuffed") == lemma("stuff")


def test_words_fold_curly_quotes_and_drop_possessives():
    assert words("Korea\u2019s \u201cspy\u201d agency") == ["Korea", "spy", "agency"]


@pytest.mark.parametrize("written", ["$2bn", "$2 billion", "2,000,000,000", "2000 million"])
def test_numbers_normalise_to_one_value(written):
    assert [n.value for n in extract(f"Deal worth {written} agreed", strict=True)] == [2e9]


def test_number_words_and_names_with_digits():
    assert [n.value for n in extract("Six days of darkness", strict=True)] == [6]
    assert [n.value for n in extract("twenty-five killed", strict=True)] == [25]
    # digits inside names and codes are not quantities in a headline
    assert extract("G20 leaders discuss F-35 deal after Covid-19 and 9/11 MH17", strict=True) == []
    # measurements are converted by bodies, so a headline's are not compared
    assert extract("Giant 8ft catfish weighing 280 pounds", strict=True) == []
    # the body keeps every figure, however written
    assert 57 in {n.value for n in extract("a 57-year-old man", strict=False)}


def test_a_decade_written_with_an_apostrophe_is_no_count():
    for headline in ("80's Brat Pack star forced to deny he is dead", "Protest song of the 1960\u2019s returns"):
        assert extract(headline, strict=True) == [], headline
    # a possessive after a count, or a count beside a decade, is still a figure
    assert [n.value for n in extract("Obama's 100 days: 20 arrested in 1980's-style raid", strict=True)] == [100, 20]
    checks = check_headline(head("80's Brat Pack star forced to deny he is dead"),
                            body("The actor said on Twitter that he was alive and well.", "His agent confirmed it."))
    assert "number_mismatch" not in {c.code for c in checks}


def test_round_and_qualified_numbers():
    (n,) = extract("Firm fined $2.5m", strict=True)
    assert n.matches(2.46e6) and not n.matches(2.3e6)
    (n,) = extract("43 students missing", strict=True)
    assert n.matches(43) and not n.matches(42)
    (n,) = extract("More than 1,000 soldiers killed", strict=True)
    assert n.matches(1200) and not n.matches(950)
    (n,) = extract("Nearly a dozen planes missing", strict=True)
    assert n.matches(11) and not n.matches(20)


def test_quote_extraction_keeps_apostrophes_out():
    quotes = [q.text for q in headline_quotes("Minister's aides 'furious' at \u2018cover-up\u2019 of soldiers' pay")]
    assert quotes == ["furious", "cover-up"]
    assert [q.text for q in headline_quotes('"We will win": PM vows to fight on')] == ["We will win"]


def test_names_in_sentence_case_and_title_case():
    assert [n.text for n in headline_names("Ferry sinks off Crete as Greek coastguard searches")] == ["Crete", "Greek"]
    title = [n.text for n in headline_names("Obama Vows To Stay On Course After Beheading")]
    assert title == ["Obama"]  # capitals of common words in Title Case are not names
    # "I" in a contraction is still the pronoun, not a name the body must repeat
    assert [n.text for n in headline_names("Canadian posts on Facebook: I'm safe")] == ["Canadian", "Facebook"]
    assert [n.text for n in headline_names("Singer says I've never met Obama")] == ["Obama"]


def test_body_names_accept_demonyms_acronyms_aliases_and_spelling():
    names = BodyNames.build([words("South Korea's Joint Chiefs of Staff briefed the United Nations."),
                             words("Colonel Gadaffi's son was seen in Tripoli.")])
    for token in ("Korean", "JCS", "UN", "Gaddafi", "Tripoli", "Korea's"):
        assert names.mentions(token), token
    assert not names.mentions("Damascus")
    missing = missing_names(headline_names("UN envoy meets Syrian rebels in Damascus"), names)
    assert [n.text for n in missing] == ["Damascus"]  # "Syrian rebels": a descriptor, not checked alone



def test_a_city_party_or_province_abbreviated_in_the_headline_is_named_in_full_in_the_body():
    names = BodyNames.build([words("New York police will stop arresting people for small amounts of the drug."),
                             words("Republicans in British Columbia's legislature objected.")])
    assert not missing_names(headline_names("NYC to stop marijuana arrests, GOP objects in B.C."), names)
    assert [n.text for n in missing_names(headline_names("NYC to stop marijuana arrests, LAPD to follow"),
                                          names)] == ["LAPD"]


def test_other_spellings_and_demonyms_of_a_known_name_mention_it():
    # "Daash" transliterates the Arabic acronym as Iraqi outlets write it; a Briton is from the UK
    story = BodyNames.build([words("Vice President Osama Nujaifi condemned the attack by terrorist Daash."),
                             words("The UK government was working to verify the video.")])
    assert not missing_names(headline_names("ISIS kills soldiers; video of Briton's death examined"), story)


def test_a_headline_s_shortening_of_a_plural_name_is_the_name():
    names = BodyNames.build([words("Ola Brandt scored in overtime as the Tarnwell Islanders beat Leeds 5-4."),
                             words("Senate Democrats said the bill would pass.")])
    for headline in ("Brandt's OT goal lifts Isles", "Dems say bill will pass"):
        assert not missing_names(headline_names(headline), names), headline
    # a word that only opens a sentence is no name the headline could shorten
    openers = BodyNames.build([words("Demonstrators marched to the square in Leeds on Sunday."),
                               words("Pensioners joined them, police said.")])
    assert [n.text for n in missing_names(headline_names("Thousands march in Leeds as Dems and Pens join the rally"),
                                          openers)] == ["Dems", "Pens"]
    # the short form must keep the full name's letters in order: "Isis" is not "Islanders"
    assert [n.text for n in missing_names(headline_names("Isis claims attack"), names)] == ["Isis"]


def test_a_lone_letter_is_no_name_and_an_abbreviated_month_is_the_month():
    assert [n.text for n in headline_names("Guns N' Roses singer cancels tour in Brazil")] == ["Roses", "Brazil"]
    names = BodyNames.build([words("The alignment on January 4, 2015 will not change gravity, astronomers said.")])
    assert not missing_names(headline_names("No, an alignment on Jan. 4 won't cut gravity"), names)
    assert [n.text for n in missing_names(headline_names("No, an alignment on Jan. 4 won't cut gravity in Perth"),
                                          names)] == ["Perth"]

def test_a_name_is_shown_whole_with_the_capitalised_words_of_a_sentence_case_line():
    names = headline_names("Patients moved out of Lindqvist General Hospital after flood")
    assert [(n.text, n.tokens) for n in names] == [("Lindqvist General Hospital", ("Lindqvist", "General"))]
    story = BodyNames.build([words("Patients were moved to other wards after the flood, staff said.")])
    assert [n.text for n in missing_names(names, story)] == ["Lindqvist General Hospital"]
    # the whole name's initials, written as an acronym in the body, mention it ("NYC")
    fines = headline_names("Fines replace arrests for cannabis in New York City")
    assert [n.text for n in fines] == ["New York City"]
    assert not missing_names(fines, BodyNames.build([words("NYC police will hand out tickets, the mayor said.")]))
    # the line's opening capital and a shouted word stay out of the name
    assert [n.text for n in headline_names("Watch Obama speak in Berlin")] == ["Obama", "Berlin"]
    assert [n.text for n in headline_names("Regulator says Tarkov Holdings MISLED investors")] == ["Tarkov Holdings"]


def test_initials_are_looked_up_among_acronyms_not_ordinary_words():
    # "Ivan Tarkov" -> "it": the pronoun, even opening a sentence, is no mention of him
    names = headline_names("Police question Ivan Tarkov over fire")
    story = BodyNames.build([words("It was not clear who started the fire, police said.")])
    assert [n.text for n in missing_names(names, story)] == ["Ivan Tarkov"]
    assert not missing_names(headline_names("Ferry sinks off Crete as Greek coastguard searches"),
                             BodyNames.build([words("The Greek coastguard searched the sea off Crete.")]))


def test_a_name_particle_joins_the_name_and_a_close_spelling_after_it_matches():
    # Title Case: the particle's name is one news bodies capitalise
    title = headline_names("Army Says Omar Al-Hassan Killed In Raid")
    assert [n.text for n in title] == ["Omar Al-Hassan"]
    story = BodyNames.build([words("The army said al-Hassan was killed in a raid on Tuesday.")])
    assert not missing_names(title, story)
    assert [n.text for n in headline_names("Drones hunt for al-Rahmani near the border")] == ["al-Rahmani"]
    spelt = BodyNames.build([words("Fighters of al-Shabaab attacked the base, officials said.")])
    assert not missing_names(headline_names("Al-Shabab fighters attack base"), spelt)


def test_a_comma_or_full_stop_inside_the_quotation_marks_is_not_shown_as_quoted():
    checks = check_headline(head('Film titled "A Letter to Voters," shown in Leeds'),
                            body("A film about the election was shown in Leeds on Friday.", "About 200 people came."))
    messages = [c.message for c in checks if c.code == "quote_not_in_body"]
    assert messages and "'A Letter to Voters'" in messages[0], messages
    # a full stop inside the marks is the headline's style too; an abbreviation keeps its stop
    story = body("The columnist left the paper on Friday.", "He gave no reason for leaving.")
    for headline, shown in (('Columnist leaves paper after "disagreements."', "'disagreements'"),
                            ('Columnist leaves paper "for the U.S."', "'for the U.S.'")):
        messages = [c.message for c in check_headline(head(headline), story) if c.code == "quote_not_in_body"]
        assert messages and shown + " in quotation marks" in messages[0], messages


def test_a_title_in_quotation_marks_is_named_as_a_title_not_as_someone_s_words():
    story = body("A film about the election was shown in Leeds on Friday.", "About 200 people came.")
    for headline in ('Film titled "A Letter to Voters" shown in Leeds', "Leeds shows film dubbed 'the Harbour Tapes'"):
        messages = [c.message for c in check_headline(head(headline), story) if c.code == "quote_not_in_body"]
        assert len(messages) == 1 and "as a name or title, but the body never mentions it" in messages[0], messages
    # a quoted word that follows no naming word is still someone's words
    messages = [c.message for c in check_headline(head("Leeds film 'shocks' viewers"), story)
                if c.code == "quote_not_in_body"]
    assert len(messages) == 1 and "in quotation marks" in messages[0], messages


def test_a_religious_adjective_before_a_noun_describes_someone():
    names = headline_names("Catholic nun opens shelter in Lagos")
    story = BodyNames.build([words("A nun has opened a shelter for families in Lagos.")])
    assert not missing_names(names, story)
    assert [n.text for n in missing_names(headline_names("Catholic nun opens shelter in Abuja"), story)] == ["Abuja"]


# --- the checks on whole stories ---------------------------------------------------------------

def test_scare_quoted_word_the_body_never_uses_is_flagged():
    checks = check_headline(head("Ferry captain injured in Crete sinking 'dies'"), body(*FERRY))
    quote = [c for c in checks if c.code == "quote_not_in_body"]
    assert len(quote) == 1
    assert "'dies'" in quote[0].message and "'died'" in quote[0].message
    # evidence: the sentences that do say "died"
    assert set(quote[0].evidence) == {"s1", "s2"}


def test_quoted_words_the_body_uses_pass():
    story = body(*FERRY, 'The minister called the sinking "a national tragedy" and promised answers.')
    checks = check_headline(head("Minister calls Crete ferry sinking 'a national tragedy'"), story)
    assert "quote_not_in_body" not in codes(checks)
    # a plural does not change the word; a longer quote may be trimmed by the headline
    checks = check_headline(head("Crete ferry 'sinking' inquiry opened by ministry"), story)
    assert "quote_not_in_body" not in codes(checks)
    trimmed = check_headline(head("Minister: Crete ferry sinking 'a national tragedy, promised answers'"), story)
    assert "quote_not_in_body" not in codes(trimmed)


def test_a_quoted_word_the_body_hyphenates_or_joins_is_the_same_word():
    story = body(*FERRY[:2], "Unions and the operator agreed a cease-fire in the pay dispute on Friday.",
                 "The operator said its email to staff had gone out before the ferry sank.")
    # 'ceasefire' is "cease-fire", and 'e-mail' is "email": the same word, written two ways
    agreed = check_headline(head("Crete ferry operator agrees 'ceasefire' with unions"), story)
    assert "quote_not_in_body" not in codes(agreed)
    assert "quote_not_in_body" not in codes(check_headline(head("Crete ferry operator's 'e-mail' to staff"), story))
    # a hyphen dropped is not a licence for any other word
    assert "quote_not_in_body" in codes(check_headline(head("Crete ferry operator agrees 'truce' with unions"), story))


def test_paraphrase_in_quotation_marks_is_flagged():
    checks = check_headline(head("Crete ferry captain 'abandoned ship' before sinking"), body(*FERRY))
    assert "quote_not_in_body" in codes(checks)


def test_number_mismatch_and_normalised_numbers():
    story = body(*FERRY, "The operator said repairs would cost $2 billion over six years.")
    ok = check_headline(head("Crete ferry sinking: 212 rescued, $2bn repair bill"), story)
    assert "number_mismatch" not in codes(ok)
    bad = check_headline(head("Crete ferry sinking: 221 passengers rescued"), story)
    mismatch = [c for c in bad if c.code == "number_mismatch"]
    assert len(mismatch) == 1 and "221" in mismatch[0].message and "212" in mismatch[0].message
    assert "s3" in mismatch[0].evidence


def test_year_is_checked_only_against_years_in_the_body():
    assert "number_mismatch" not in codes(check_headline(head("Crete ferry sinks in 2019 storm"), body(*FERRY)))
    story = body(*FERRY, "The ferry was built in 1998 in a Danish yard.")
    assert "number_mismatch" in codes(check_headline(head("Crete ferry built in 1989 sinks"), story))


def test_entity_missing():
    checks = check_headline(head("Crete ferry sinks as Rhodes coastguard searches for captain"), body(*FERRY))
    missing = [c for c in checks if c.code == "entity_missing"]
    assert [c.message for c in missing] == ["The headline names 'Rhodes', but the body never mentions it."]
    assert missing[0].evidence  # the sentences the headline's story rests on
    ok = check_headline(head("Greece opens inquiry after Crete ferry captain dies"), body(*FERRY))
    assert "entity_missing" not in codes(ok)  # "Greek" in the body stands for Greece


def test_a_quotation_matches_the_body_s_words_with_or_without_their_hyphen():
    story = body('Officials describe the ferry\'s passengers as a "working-class" crowd on the morning crossing.',
                 "The ferry carries 400 passengers a day.")
    assert "quote_not_in_body" not in codes(check_headline(head("The ferry's 'working class' passengers"), story))
    assert "quote_not_in_body" in codes(check_headline(head("The ferry's 'middle class' passengers"), story))


def test_a_year_written_short_is_no_count():
    story = body("The harbour deficit will start to grow again in 2016, the council's budget office said.")
    assert "number_mismatch" not in codes(check_headline(head("Harbour deficit to grow again in '16"), story))
    assert "number_mismatch" in codes(check_headline(head("Harbour deficit to grow by 16 percent"), story))


def test_a_quotation_closed_after_its_comma_is_two_quotations():
    # American style puts the comma inside the quotation marks: 'a disgrace,' says
    quotes = headline_quotes("Mayor calls harbour plan 'a disgrace,' says board 'must go'")
    assert [q.text for q in quotes] == ["a disgrace,", "must go"]
    story = body('The mayor called the harbour plan "a disgrace" and said the board "must go".')
    assert "quote_not_in_body" not in codes(check_headline(
        head("Mayor calls harbour plan 'a disgrace,' says board 'must go'"), story))


def test_a_figure_inside_the_headline_s_quotation_is_left_to_the_quote_check():
    story = body("The harbour board will hold a second vote on the ferry fares on Monday.",
                 "The first vote was tied.")
    checks = check_headline(head("Harbour board sets 'Round 2' of the ferry vote for Monday"), story)
    assert "number_mismatch" not in codes(checks) and "quote_not_in_body" in codes(checks)
    assert "number_mismatch" in codes(check_headline(head("Harbour board sets round 2 of the ferry vote"), story))


def test_shortened_states_parties_and_titles_are_the_names_the_body_spells_out():
    story = body("Syrian families have found new homes in Tarnwell, Georgia, where Governor Ann Okafor met them.",
                 "Democrats in the state legislature welcomed them on Monday.")
    for headline in ("Syrians find a home in Tarnwell, Ga.", "Dems welcome Syrian families to Tarnwell",
                     "Ga. Gov Okafor meets Syrian families in Tarnwell",
                     # a party before a name or title describes the person, as a nationality does
                     "Republican Gov Okafor meets Syrian families in Tarnwell"):
        assert "entity_missing" not in codes(check_headline(head(headline), story)), headline
    # a place the body never names is still missing
    assert "entity_missing" in codes(check_headline(head("Syrians find a home in Tarnwell, Pa."), story))
    # a name with a common word hyphened to it is the name
    assert "entity_missing" not in codes(check_headline(head("Okafor-style welcome for Syrians in Tarnwell"), story))


def test_a_count_of_words_or_things_the_body_lists_is_not_a_figure_to_match():
    story = body("Harbour master Ann Okafor answered the council with a short reply: \"Not on my watch.\"",
                 "The council had voted to close the harbour on Monday.")
    for headline in ("Harbour master answers council with 4-word reply", "These 4 Words From The Harbour Master"):
        assert "number_mismatch" not in codes(check_headline(head(headline), story)), headline
    assert "number_mismatch" in codes(check_headline(head("Council votes 4 times to close harbour"), story))
    # what a demonstrative points at, the body names one by one
    towns = body("The harbour plan hinges on Tarnwell and Hallam, whose councils vote in May.",
                 "Both councils have 37 members.")
    assert "number_mismatch" not in codes(check_headline(head("The Harbour Plan Is Hinging On These 2 Towns"), towns))
    assert "number_mismatch" in codes(check_headline(head("The Harbour Plan Is Hinging On 2 Towns"), towns))


def test_attribution_dropped_only_for_unnamed_sources():
    text = "The ferry operator knew the hull was damaged before it sailed, people familiar with the inquiry said."
    anon = [sentence(text, 1, attributions=[said("people familiar with the inquiry", "anonymous")])]
    flat = check_headline(head("Ferry operator knew hull was damaged before it sailed"), anon + body(*FERRY)[1:])
    dropped = [c for c in flat if c.code == "attribution_dropped"]
    assert len(dropped) == 1 and dropped[0].evidence == ["s1"]
    assert "people familiar with the inquiry" in dropped[0].message
    # the headline says whose claim it is
    assert "attribution_dropped" not in codes(
        check_headline(head("Ferry operator knew hull was damaged, sources say"), anon))
    # a named source: the reader can weigh it; not flagged
    named = [sentence(text, 1, attributions=[said("Greek shipping ministry")])]
    assert "attribution_dropped" not in codes(
        check_headline(head("Ferry operator knew hull was damaged before it sailed"), named))


def test_attribution_dropped_needs_a_source_that_reports_and_a_flat_headline():
    text = "The ferry operator knew the hull was damaged before it sailed, people familiar with the inquiry said."
    anon = [sentence(text, 1, attributions=[said("people familiar with the inquiry", "anonymous")])]
    # a question anywhere in the headline does not state the claim as fact
    asked = check_headline(head("Ferry operator knew hull was damaged? Not so fast"), anon + body(*FERRY)[1:])
    assert "attribution_dropped" not in codes(asked)
    # an actor that is told about, not a source: "a rumour cropped up that ..." reports nothing itself
    actor = Attribution(source="a rumour", mention="a rumour", span=None, cue="cropped", kind="anonymous",
                        reports=False)
    told = [sentence(text, 1, attributions=[actor])]
    flat = check_headline(head("Ferry operator knew hull was damaged before it sailed"), told + body(*FERRY)[1:])
    assert "attribution_dropped" not in codes(flat)


def test_a_topic_kicker_before_a_colon_credits_nothing():
    """"Crete sinking: ..." labels the story; the claim after it is the outlet's own. Whether a label
    is a speaker ("Coastguard: ...") is the attribution rules' reading of the headline, not the
    colon's alone."""
    text = "The ferry operator knew the hull was damaged before it sailed, people familiar with the inquiry said."
    anon = [sentence(text, 1, attributions=[said("people familiar with the inquiry", "anonymous")])]
    kicker = check_headline(head("Crete sinking: Ferry operator knew hull was damaged"), anon + body(*FERRY)[1:])
    assert "attribution_dropped" in codes(kicker)
    speaker = sentence("Coastguard: Ferry operator knew hull was damaged", 0, role="headline",
                       attributions=[Attribution(source="Coastguard", mention="Coastguard", span=(0, 10), cue=":",
                                                 kind="named_org")])
    assert "attribution_dropped" not in codes(check_headline(speaker, anon + body(*FERRY)[1:]))


def test_an_action_the_headline_credits_is_no_attribution_of_its_claim():
    """'Ferry operator admits ...' credits what the operator says; 'Ferry operator sails ...' only
    what it did (an action, reports=False): the headline still states the claim as the outlet's own."""
    text = "The ferry operator knew the hull was damaged before it sailed, people familiar with the inquiry said."
    anon = [sentence(text, 1, attributions=[said("people familiar with the inquiry", "anonymous")])]
    headline = "Ferry operator sailed knowing the hull was damaged"
    actor = Attribution(source="Ferry operator", mention="Ferry operator", span=(0, 14), cue="sailed",
                        kind="named_org", reports=False)
    credited = sentence(headline, 0, role="headline", attributions=[actor])
    assert "attribution_dropped" in codes(check_headline(credited, anon + body(*FERRY)[1:]))
    reporting = sentence(headline, 0, role="headline", attributions=[said("Ferry operator")])
    assert "attribution_dropped" not in codes(check_headline(reporting, anon + body(*FERRY)[1:]))


def test_attribution_in_standfirst_qualifies_the_headline():
    text = "The ferry operator knew the hull was damaged before it sailed, people familiar with the inquiry said."
    anon = [sentence(text, 2, attributions=[said("people familiar with the inquiry", "anonymous")])]
    standfirst = [sentence("Investigators say warnings were ignored for months.", 1, role="standfirst")]
    checks = check_headline(head("Ferry operator knew hull was damaged before it sailed"), anon, standfirst)
    assert "attribution_dropped" not in codes(checks)


@pytest.fixture
def rules_only():
    """The per-sentence rules on their own, before the stance model decides (test_headline_stance.py)."""
    stance.switch_off(True)
    yield
    stance.switch_off(False)


def _dropped_credits(text: str) -> list[str]:
    from factcheck.pipeline import analyze_text
    return [c.message for c in analyze_text(text).headline_checks if c.code == "attribution_dropped"]


def _dropped_credit(text: str) -> str:
    """The one attribution_dropped message of the story."""
    [message] = _dropped_credits(text)
    return message


def test_a_credit_for_an_act_is_no_source_the_headline_drops(rules_only):
    """A body sentence that credits its subject with an act ("are considering a ban") or an
    attitude states that act in the outlet's own voice; only a word of saying or knowing vouches
    for a claim the headline then states flatly."""
    considering = ("Tarnwell port screening missed smuggler's ties\n\nPort officials are reviewing every cargo "
                   "permit issued in the past two years and are considering a ban on new ones while they determine "
                   "whether the screening missed the smuggler's ties to the gang.\n\n"
                   "The port handles 40 ships a week.\n")
    assert _dropped_credits(considering) == []
    said = ("Truck attack in Tarnwell kills at least 80\n\nA truck rammed into a crowd in Tarnwell on Thursday night, "
            "killing at least 80 people, officials said.\n\nThe driver was shot by police.\n")
    message = _dropped_credit(said)
    assert "officials ('said')" in message, message


def test_the_body_that_only_reports_the_claim_is_quoted_with_a_credit_that_vouches(monkeypatch):
    """When the stance model reads the body as reporting the claim, the message quotes a sentence
    whose credit says so ("the Coastal Ledger reported"), not one that credits an act ("dock
    workers were blasting the plan")."""
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 0.0))  # the model reads every body as reporting
    text = ("Tarnwell crane yard to close next year\n\n"
            "Dozens of dock workers were blasting the plan to close the Tarnwell crane yard next year.\n\n"
            "The crane yard in Tarnwell will close next year, the Coastal Ledger reported on Tuesday.\n\n"
            "The yard has 200 workers and three cranes.\n")
    message = _dropped_credit(text)
    assert "Coastal Ledger ('reported')" in message and "blasting" not in message, message


def test_a_participle_after_the_main_clause_credits_what_follows_it(rules_only):
    """"Shopkeepers are rushing to build barriers, fearing that ...": the rush is the outlet's own
    claim, what they fear is the shopkeepers'; "Officials issued a statement, saying the captain had
    been arrested" credits the arrest to the officials."""
    fearing = ("Flood barriers go up along Tarnwell quay\n\nShopkeepers are rushing to build flood barriers along "
               "the Tarnwell quay, fearing that the river will burst its banks again this winter.\n\n"
               "The quay has 30 shops.\n")
    assert _dropped_credits(fearing) == []
    saying = ("Ferry captain arrested for smuggling\n\nPort officials issued a statement on Monday, saying the "
              "ferry captain had been arrested for smuggling cigarettes.\n\nThe ferry sails twice a day.\n")
    message = _dropped_credit(saying)
    assert "Port officials ('saying')" in message, message
    # with no comma, a participle after its noun ("featuring residents telling ...") is no credit of the
    # main clause either; a progressive ("local media are reporting") is the verb of its clause
    telling = ("Tarnwell council unveils first harbour campaign ad\n\nThe Tarnwell council unveiled its first harbour "
               "campaign ad, featuring residents telling their family stories.\n\nThe ferry sails twice a day.\n")
    assert _dropped_credits(telling) == []
    reporting = ("Ferry captain arrested for smuggling\n\nThe ferry captain was arrested for smuggling cigarettes, "
                 "local media are reporting.\n\nThe ferry sails twice a day.\n")
    message = _dropped_credit(reporting)
    assert "local media ('reporting')" in message, message


def test_a_headline_credit_that_opens_the_headline_counts_when_the_body_gives_it():
    """"Okafor Says Museum Will Tell ...": a name opening the headline is no proper credit by its
    capital alone, but when the body has Mayor Okafor say it, the headline swaps no credit for the
    museum's."""
    text = ("Okafor Says Tarnwell Harbour Museum Will Tell of Smuggling Past\n\n"
            "Opening the town's new museum, Mayor Ruth Okafor said on Monday that it would tell of a smuggling "
            "past.\n\n"
            "Rain is forecast for the weekend.\n")
    assert _dropped_credits(text) == []
    # the same story with no one the headline credits speaking in it is still a swap
    swapped = text.replace("Mayor Ruth Okafor said", "a council spokesman said")
    message = _dropped_credit(swapped)
    assert "credits Tarnwell Harbour Museum" in message and "council spokesman" in message, message


def test_the_verb_of_a_hedge_phrase_in_a_headline_is_no_credit(rules_only):
    """"Harbour board appears to close crane yard": the headline hedges its claim, it does not
    credit the board with it; over a body resting the claim on unnamed people it drops their
    credit, and the message says the headline hedges rather than states it."""
    text = ("Tarnwell harbour board appears to close crane yard\n\n"
            "The Tarnwell harbour board will close its crane yard next year, people familiar with the plan said "
            "on Tuesday.\n\nRain is forecast for the weekend.\n")
    message = _dropped_credit(text)
    assert "people familiar with the plan ('said')" in message and "headline hedges it" in message, message
    from factcheck.claims import is_hedged
    assert is_hedged("Okafor's lead looks to be shrinking.") and not is_hedged("Okafor looks to the future.")


def test_a_verb_of_seeming_in_the_body_is_a_hedge_not_a_credit(monkeypatch):
    """"The board appears set to veto the plan": the body hedges the veto, it does not rest it on
    the board; the message names the hedge, and no credit."""
    from factcheck.pipeline import analyze_text
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 0.0))  # the model reads every body as reporting
    text = ("Tarnwell harbour board to veto crane yard plan\n\n"
            "The Tarnwell harbour board appears set to veto the crane yard plan on Monday.\n\n"
            "The yard has 200 workers and three cranes.\n")
    checks = analyze_text(text).headline_checks
    assert [c.code for c in checks] == ["hedge_dropped"], checks
    assert "'appears set to'" in checks[0].message and "attributed" not in checks[0].message, checks[0].message


def test_hedge_dropped(rules_only):
    hedged = [sentence("The captain may have ignored a storm warning before the ferry left port, the coastguard said.",
                       1, hedged=True)] + body(*FERRY)[2:]
    flat = check_headline(head("Ferry captain ignored storm warning before leaving port"), hedged)
    hedge = [c for c in flat if c.code == "hedge_dropped"]
    assert len(hedge) == 1 and "'may'" in hedge[0].message and hedge[0].evidence == ["s1"]
    assert "hedge_dropped" not in codes(
        check_headline(head("Ferry captain may have ignored storm warning before leaving port"), hedged))


def test_a_headline_that_reports_the_claim_is_told_it_dropped_the_hedge_not_that_it_asserts(rules_only):
    hedged = [sentence("The captain may have ignored a storm warning before the ferry left port, the coastguard said.",
                       1, hedged=True)] + body(*FERRY)[2:]
    text = "Ferry captain ignored storm warning before leaving port, coastguard says"
    credited = sentence(text, 0, role="headline",
                        attributions=[Attribution(source="coastguard", mention="coastguard", span=(57, 67), cue="says",
                                                  kind="named_org")])
    [hedge] = [c for c in check_headline(credited, hedged) if c.code == "hedge_dropped"]
    assert "'may'" in hedge.message and "credits it to coastguard without the hedge" in hedge.message
    assert "asserts it as certain" not in hedge.message
    # a standfirst's credit is of its own claim: the headline above it still asserts
    stand = sentence("Officials say the port will reopen on Monday.", 0, role="standfirst",
                     attributions=[Attribution(source="Officials", mention="Officials", span=(0, 9), cue="say",
                                               kind="anonymous")])
    flat = head("Ferry captain ignored storm warning before leaving port")
    [hedge] = [c for c in check_headline(flat, hedged, [stand]) if c.code == "hedge_dropped"]
    assert "asserts it as certain" in hedge.message
    # a source that vouches for it ("confirms") makes the headline assert it, on that source's word
    sailed = [sentence("The captain may have sailed into the storm after the ferry left port, the coastguard said.",
                       1, hedged=True)] + body(*FERRY)[2:]
    text = "Coastguard confirms ferry captain sailed into storm after leaving port"
    vouched = sentence(text, 0, role="headline",
                       attributions=[Attribution(source="Coastguard", mention="Coastguard", span=(0, 10),
                                                 cue="confirms", kind="named_org")])
    [hedge] = [c for c in check_headline(vouched, sailed) if c.code == "hedge_dropped"]
    assert hedge.message.endswith("but the headline states it as certain and has Coastguard vouch for it ('confirms').")


def test_a_modal_that_speaks_to_the_reader_is_no_hedge(rules_only):
    addressed = [sentence("You may have seen pictures of the ferry captain ignoring a storm warning before the ferry "
                          "left port.", 1, hedged=True)] + body(*FERRY)[2:]
    headline = head("Ferry captain ignored storm warning before leaving port")
    assert "hedge_dropped" not in codes(check_headline(headline, addressed))
    # the same modal with the claim's own subject still hedges it
    hedged = [sentence("The captain may have ignored a storm warning before the ferry left port, and you could "
                       "see the waves from the harbour.", 1, hedged=True)] + body(*FERRY)[2:]
    hedge = [c for c in check_headline(headline, hedged) if c.code == "hedge_dropped"]
    assert len(hedge) == 1 and "'may'" in hedge[0].message and "'could'" not in hedge[0].message


def test_a_headline_that_reports_a_dispute_drops_no_hedge(rules_only):
    hedged = [sentence("The captain may have ignored a storm warning before the ferry left port, the coastguard said.",
                       1, hedged=True)] + body(*FERRY)[2:]
    for disputed in ("Ferry owner denies captain ignored storm warning before leaving port",
                     "Experts doubt that ferry captain ignored storm warning before leaving port"):
        assert "hedge_dropped" not in codes(check_headline(head(disputed), hedged)), disputed
    # "denied bail" denies the captain something, not the claim: the headline states it, the hedge was dropped
    hedge = [c for c in check_headline(head("Ferry captain who ignored storm warning before leaving port denied bail"),
                                       hedged) if c.code == "hedge_dropped"]
    assert len(hedge) == 1 and "'may'" in hedge[0].message


def test_a_modal_in_what_someone_hoped_is_no_hedge(rules_only):
    headline = head("Ferry captain outran storm before leaving port")
    wished = [sentence("The captain hoped he could outrun the storm before the ferry left port, the coastguard said.",
                       1, hedged=True)] + body(*FERRY)[2:]
    assert "hedge_dropped" not in codes(check_headline(headline, wished))
    # the writer's own modal still hedges
    hedged = [sentence("The captain could have outrun the storm before the ferry left port, the coastguard said.",
                       1, hedged=True)] + body(*FERRY)[2:]
    hedge = [c for c in check_headline(headline, hedged) if c.code == "hedge_dropped"]
    assert len(hedge) == 1 and "'could'" in hedge[0].message


def _dropped_hedges(headline: str, first: str) -> list[str]:
    """The hedge_dropped messages for `headline` over the ferry story opening with `first` (hedged)."""
    sentences = [sentence(first, 1, hedged=True)] + body(*FERRY)[2:]
    return [c.message for c in check_headline(head(headline), sentences) if c.code == "hedge_dropped"]


@pytest.mark.parametrize("headline, clean, hedged, shown", [
    # "could not" hedges only what could not be checked
    ("Ferry captain ignored storm warning before leaving port",
     "The captain ignored a storm warning before leaving port, but the coastguard could not give details of the "
     "warning.",
     "The captain ignored a storm warning before leaving port, but the claim could not be independently verified.",
     "'could'"),
    # a hedging adjective after "no" hedges nothing
    ("Ferry passengers have cholera after sinking off Crete",
     "No suspected cases of cholera have been found among the ferry passengers after the sinking off Crete, the "
     "ministry said.",
     "Two suspected cases of cholera have been found among the ferry passengers after the sinking off Crete, the "
     "ministry said.",
     "'suspected'"),
    # a modal in a clause that concedes ("may ..., but"; "although ... might") grants the point
    ("Ferry captain outran storm before leaving port",
     "The captain may have left port a few hours late, but he outran the storm, the coastguard said.",
     "The captain may have outrun the storm after leaving port a few hours late, the coastguard said.",
     "'may'"),
    ("Ferry captain outran storm before leaving port",
     "Although the captain might seem reckless, he outran the storm before leaving port, the coastguard said.",
     "The captain might have outrun the storm for a while before leaving port, the coastguard said.",
     "'might'"),
    # a hedge in a relative clause or an aside on something else qualifies that, not the claim
    ("Ferry captain outran storm before leaving port",
     "The captain outran the storm before leaving port, according to the coastguard chief, who may retire next year.",
     "The captain may have outrun the storm before leaving port, according to the coastguard chief.",
     "'may'"),
    ("Ferry captain outran storm before leaving port",
     "The captain outran the storm - perhaps a sign of his long years at sea - before leaving port.",
     "The captain perhaps outran the storm before leaving port.",
     "'perhaps'"),
    # ... but one on checking the claim hedges it wherever it stands
    ("Ferry captain outran storm before leaving port",
     "The captain outran the storm before leaving port, said a deckhand who could see the harbour wall.",
     "The captain outran the storm before leaving port, said a deckhand whose account could not be verified.",
     "'could'"),
    # a pollster's "likely voters" are no hedge
    ("Okafor leads Hallam in Tarnwell mayoral poll",
     "Okafor leads Hallam by six points among likely voters in the Tarnwell mayoral poll.",
     "Okafor is likely to lead Hallam in the Tarnwell mayoral poll.",
     "'likely'"),
])
def test_a_hedge_word_that_leaves_the_claim_open_is_a_dropped_hedge(rules_only, headline, clean, hedged, shown):
    assert not _dropped_hedges(headline, clean)
    hedge = _dropped_hedges(headline, hedged)
    assert len(hedge) == 1 and shown in hedge[0]


def test_unrelated_body_is_unsupported_and_nothing_else():
    checks = check_headline(head("Central bank raises interest rates to curb inflation"), body(*FERRY))
    assert codes(checks) == ["unsupported"]
    assert "headline" in checks[0].message


def test_a_well_matched_headline_gets_no_checks():
    assert check_headline(head("Captain dies after Crete ferry sinking, 212 passengers rescued"), body(*FERRY)) == []


def test_no_body_or_empty_headline():
    assert check_headline(head("Crete ferry sinks"), []) == []
    assert check_headline(head("   "), body(*FERRY)) == []


def test_evidence_ids_are_body_sentence_ids():
    story = body(*FERRY)
    ids = {s.id for s in story}
    # Each of these headlines gets checks that point at the body sentences they rest on.
    for h in ("Crete ferry captain 'dies' in Athens, 300 rescued",
              "Ferry sinks off Crete, coastguard says 400 rescued"):
        checks = check_headline(head(h), story)
        assert checks, h
        for c in checks:
            assert c.evidence and set(c.evidence) <= ids, (h, c)
    # A headline the body says nothing about has no sentence to point at.
    assert [(c.code, c.evidence) for c in check_headline(head("Bank raises interest rates"), story)] == [
        ("unsupported", [])]


def test_linear_in_body_length():
    long_body = body(*(FERRY * 500))  # 2,000 sentences
    t0 = time.perf_counter()
    check_headline(head("Ferry captain 'dies' in Athens after 300 rescued"), long_body)
    assert time.perf_counter() - t0 < 5.0


def test_seed_article_headline_codes():
    from factcheck.ingest import load
    from factcheck.pipeline import analyze

    analysis = analyze(load(str(ROOT / "samples" / "seed-nk-soldier.txt")))
    got = set(codes(analysis.headline_checks))
    assert "quote_not_in_body" in got
    assert got <= {"quote_not_in_body", "attribution_dropped"}


# --- the statistics script -------------------------------------------------------------------

def test_build_script_writes_stats_and_weights(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    stories = {
        "1": "The ferry sank off Crete. The coastguard said the captain died. Passengers were rescued.",
        "2": "The central bank raised interest rates. Inflation rose again. Markets fell in Frankfurt.",
        "3": "A storm hit the coast of Crete. The ferry stayed in port. The coastguard warned sailors.",
        "4": "Frankfurt markets fell as the bank raised rates. Inflation worries grew among traders.",
    }
    with (data / "train_bodies.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Body ID", "articleBody"])
        w.writerows(stories.items())
    pairs = [("Ferry captain dies off Crete", "1", "agree"), ("Bank raises rates", "1", "unrelated"),
             ("Bank raises rates as inflation rises", "2", "agree"), ("Ferry sinks off Crete", "2", "unrelated"),
             ("Storm keeps Crete ferry in port", "3", "discuss"), ("Markets fall in Frankfurt", "3", "unrelated"),
             ("Frankfurt markets fall on rate rise", "4", "agree"), ("Coastguard warns sailors", "4", "unrelated")]
    with (data / "train_stances.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerows(pairs)
    out = tmp_path / "models"
    try:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_headline_stats.py"), str(data),
                        "--models-dir", str(out)], check=True, capture_output=True, text=True, timeout=120)
    finally:
        headline_terms.use_models(ROOT / "factcheck" / "models")
    stats = json.loads((out / "headline_stats.json").read_text(encoding="utf-8"))
    assert stats["docs"] == 4
    assert stats["df"][lemma("Crete")] == 2 and stats["df"][lemma("ferry")] == 2
    model = json.loads((out / "headline_related.json").read_text(encoding="utf-8"))
    assert set(model["weights"]) == set(headline_terms.expand_names())
    assert model["train_accuracy"] >= 0.75


def test_build_script_refuses_a_missing_folder(tmp_path):
    p = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_headline_stats.py"), str(tmp_path / "nope")],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode != 0 and "not found" in p.stderr


def test_standfirst_is_checked_and_named_in_the_message():
    standfirst = [sentence("Coastguard says 300 passengers were rescued near Heraklion.", 9, role="standfirst")]
    checks = check_headline(head("Captain dies after Crete ferry sinking"), body(*FERRY), standfirst)
    mismatch = [c for c in checks if c.code == "number_mismatch"]
    assert len(mismatch) == 1 and mismatch[0].message.startswith("The standfirst says 300")


def test_control_characters_in_a_headline_quote_do_not_reach_the_message():
    checks = check_headline(head("Crete ferry captain 'aban\x1b[31mdoned' ship"), body(*FERRY))
    assert [c.message for c in checks if c.code == "quote_not_in_body"] == [
        "The headline puts 'abandoned' in quotation marks, but nobody in the body is quoted using those words."]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.lists(st.text(max_size=120), max_size=6))
def test_any_text_gives_well_formed_checks(headline_text, body_texts):
    story = body(*body_texts)
    for c in check_headline(head(headline_text), story):
        assert c.code in HEADLINE_CODES and c.message
        assert set(c.evidence) <= {s.id for s in story}


def test_the_month_may_is_not_a_body_hedge_and_an_unnamed_expectation_is_not_a_dropped_source() -> None:
    from factcheck.pipeline import analyze_text

    a = analyze_text("Bridge to close\n\nThe bridge is expected to close in May, affecting 4,000 drivers a day.\n")
    codes = {c.code: c.message for c in a.headline_checks}
    assert set(codes) == {"hedge_dropped"}
    assert "'expected to'" in codes["hedge_dropped"] and "'may'" not in codes["hedge_dropped"]


# --- the body prepared once, many headlines ------------------------------------------------------

def test_a_prepared_body_serves_many_headlines_as_check_headline_does():
    from factcheck.headline import check, prepare_body

    story = body(*FERRY)
    ctx = prepare_body(story)
    heads = ["Ferry captain dies after sinking off Crete", "Captain 'murdered' after 300 rescued off Crete",
             "Mars rover finds water under polar ice", "Ferry sinks off Crete, coastguard says"]
    for text in heads:
        once = check(head(text), ctx)
        fresh = check_headline(head(text), story)
        assert [(c.code, c.message, c.evidence) for c in once] == [(c.code, c.message, c.evidence) for c in fresh]
    assert codes(check(head(heads[1]), ctx)) == ["quote_not_in_body", "number_mismatch"]
    assert codes(check(head(heads[2]), ctx)) == ["unsupported"]
    assert check(head("Ferry sinks"), prepare_body([])) == []


def test_a_headline_crediting_unnamed_sources_keeps_the_bodys_unnamed_credit():
    from factcheck.pipeline import analyze_text
    body_text = ("The regulator held back the crash figures for six months, according to two people familiar "
                 "with the board's deliberations.\n\nThe board declined to comment.\n")
    kept = analyze_text("Regulator held back crash figures, sources say\n\n" + body_text)
    assert "attribution_dropped" not in codes(kept.headline_checks)
    # a named credit the body never gives is still caught (the name is missing from the body)
    swapped = analyze_text("Regulator held back crash figures, Senator Ruth Okafor says\n\n" + body_text)
    assert "entity_missing" in codes(swapped.headline_checks)
    # an agentless 'reportedly' names no one: the credit is dropped, and the message says so
    agentless = analyze_text("Regulator reportedly held back crash figures\n\n" + body_text)
    dropped = [c for c in agentless.headline_checks if c.code == "attribution_dropped"]
    assert len(dropped) == 1
    assert dropped[0].message.startswith("The headline credits no one by name ('reportedly')")
    assert "two people familiar with the board's deliberations" in dropped[0].message


# --- the headline's credit against the body's ----------------------------------------------------

def _swapped(headline: str, body_text: str) -> list[str]:
    from factcheck.pipeline import analyze_text
    checks = analyze_text(headline + "\n\n" + body_text).headline_checks
    return [c.message for c in checks if c.code == "attribution_dropped"]


SWAP_BODY = ("The harbour authority kept the crane failures from inspectors for a year, the Coastal Ledger "
             "reported on Tuesday, citing two people familiar with the inquiry.\n\n"
             "Dock workers walked out on Wednesday over the failures.\n")


def test_a_headline_credit_the_body_never_gives_names_both(rules_only):
    [message] = _swapped("Transport Minister Ann Okafor says harbour authority hid crane failures", SWAP_BODY)
    assert message.startswith("The headline credits Transport Minister Ann Okafor, but the body never does: "
                              "it attributes this to")
    assert "Coastal Ledger ('reported')" in message and "\"The harbour authority kept the crane failures" in message
    # an acronym the headline credits
    [message] = _swapped("EU says harbour authority hid crane failures from inspectors", SWAP_BODY)
    assert "credits EU" in message
    # a source the body mentions, but never cites for the claim, is said to be mentioned
    mentioned = SWAP_BODY + "\nThe EU has opened talks with the harbour authority on port funding.\n"
    [message] = _swapped("EU says harbour authority hid crane failures from inspectors", mentioned)
    assert message.startswith("The headline credits EU; the body mentions them but never cites them for this: "
                              "it attributes this to")


RELAY_HEADLINE = "Marine Safety Agency confirms crane failures were hidden from inspectors"
RELAY_TAIL = "\n\nDock workers walked out on Wednesday.\n"


@pytest.mark.parametrize("sentence, relay", [
    ("The Marine Safety Agency has confirmed that crane failures were hidden from inspectors for a year, the "
     "Coastal Ledger reported on Tuesday.", "Coastal Ledger ('reported')"),
    ("According to the Coastal Ledger, the Marine Safety Agency has confirmed that crane failures were hidden "
     "from inspectors for a year.", "Coastal Ledger ('according to')"),
    ("The Marine Safety Agency has confirmed that crane failures were hidden from inspectors for a year, "
     "officials said.", "officials ('said')"),
])
def test_a_headline_credit_the_body_only_relays_names_who_relays_it(rules_only, sentence, relay):
    [message] = _swapped(RELAY_HEADLINE, sentence + RELAY_TAIL)
    assert message.startswith("The headline credits Marine Safety Agency, but the body has it from them only "
                              "through " + relay), message


def test_a_headline_credit_the_body_gives_in_its_own_voice_is_not_relayed(rules_only):
    direct = "The Marine Safety Agency confirmed on Tuesday that crane failures were hidden from inspectors."
    own = "The Marine Safety Agency has confirmed that crane failures were hidden from inspectors, its chief said."
    for sentence in (direct, own):
        assert _swapped(RELAY_HEADLINE, sentence + RELAY_TAIL) == [], sentence


def test_an_unnamed_report_the_headline_credits_is_the_outlet_the_body_names(monkeypatch):
    from factcheck.headline import stance
    from factcheck.pipeline import analyze_text
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 0.0))  # the model reads every body as reporting

    def dropped(headline: str, first: str) -> list[str]:
        text = f"{headline}\n\n{first}\n\nDock workers walked out on Wednesday over the plan.\n"
        return [c.message for c in analyze_text(text).headline_checks if c.code == "attribution_dropped"]
    for headline in ("Harbour to close crane yard next year, report says",
                     "Harbour to close crane yard next year: report"):
        assert dropped(headline, "The harbour will close its crane yard next year, the Coastal Ledger newspaper "
                                 "reported on Tuesday.") == [], headline
        # a person the body credits is not the report the headline credits
        [message] = dropped(headline, "The harbour will close its crane yard next year, the mayor said on Tuesday.")
        assert "credits report" in message and "mayor" in message, message
    # an unnamed outlet ("Newspaper: ...") is met by the body's report as well
    assert dropped("Newspaper: Harbour to close crane yard next year",
                   "A news report published Wednesday said the harbour would close its crane yard next year.") == []
    assert dropped("Newspaper: Harbour to close crane yard next year",
                   "The harbour will close its crane yard next year, the mayor said on Tuesday.") != []


def test_a_headline_credit_the_body_gives_too_is_not_swapped(rules_only):
    # the headline's source speaks in the body: by name, by its capitals or by the description written
    spoke = SWAP_BODY + "\nMinister Ann Okafor told parliament the failures were 'unacceptable'.\n"
    assert _swapped("Transport Minister Ann Okafor says harbour authority hid crane failures", spoke) == []
    initials = SWAP_BODY + "\nThe Marine Safety Agency said it would open an inquiry.\n"
    assert _swapped("MSA says harbour authority hid crane failures from inspectors", initials) == []
    # a description opening the headline ("Inspectors say") is no name to compare with
    assert _swapped("Inspectors say harbour authority hid crane failures for a year", SWAP_BODY) == []


def test_an_age_or_span_the_body_gives_as_two_dates_matches():
    story = body("Henry Jackson, a founder of the band, was born in 1957.",
                 "He joined the band in 1979 and toured with it for decades.",
                 "He died of cancer in a New Jersey hospital in 2014.")
    for ok in ("Band founder Henry Jackson dies at 57", "Henry Jackson, 35-year veteran of the band, dies"):
        assert "number_mismatch" not in codes(check_headline(head(ok), story)), ok
    (bad,) = [c for c in check_headline(head("Band founder Henry Jackson dies at 61"), story)
              if c.code == "number_mismatch"]
    # an age is never "near" a date: the message names the years instead of "1,957"
    assert "only the years 1957, 1979, 2014" in bad.message
    # a bare count is not an age: "57 fans" still needs 57 in the body
    assert "number_mismatch" in codes(check_headline(head("57 fans mourn band founder Henry Jackson"), story))


def test_a_kicker_or_a_quoted_phrase_before_a_colon_is_no_headline_credit():
    from factcheck.pipeline import analyze_body
    from factcheck.pipeline import check_headline as check_over
    prepared = analyze_body("Stan Beaton lost his wife in 2003. Engineers found her voicemail message on Monday.")
    for headline, source in (
            ("WATCH: Stan Beaton cries when engineers find a message he thought was lost", "Stan Beaton"),
            ("'Wild misinformation': Brian Williams explains the liveshot", "Brian Williams")):
        (a,) = check_over(prepared, headline).sentences[0].attributions
        assert a.source == source, headline


def test_relatedness_sums_follow_the_headline_word_order_not_the_hash_seed():
    # a set's order changes with PYTHONHASHSEED; float sums in that order could differ in their
    # last bit between runs and reorder tied evidence sentences (seen on an FNC-1 pair)
    terms, idfs, total, _ = headline_terms._headline_weights(("kobane", "isis", "kobane", "chemical"))
    assert list(idfs) == ["kobane", "isis", "chemical"] and terms == {"kobane", "isis", "chemical"}
    assert total == sum(headline_terms.idf(t) for t in ("kobane", "isis", "chemical"))


def test_a_claim_resting_on_another_outlets_report_drops_its_attribution() -> None:
    # "a report by Bloomberg" is the outlet's word, as "Bloomberg reported" is
    from factcheck.pipeline import analyze_text
    a = analyze_text("Harbour Bank to buy Okafor Freight\n\nHarbour Bank has held talks about buying "
                     "Okafor Freight, according to a report by Bloomberg. The bank declined to comment.")
    codes = {c.code: c.message for c in a.headline_checks}
    assert "a report by Bloomberg" in codes.get("attribution_dropped", "")
    # a body's own document by a public body is not another outlet's word
    a = analyze_text("Harbour deficit to reach £2bn\n\nThe harbour deficit will reach £2bn next year, "
                     "according to a report by the Harbour Audit Office.")
    assert "attribution_dropped" not in {c.code for c in a.headline_checks}


def test_claims_paid_or_settled_are_no_report() -> None:
    # "settle the claims" names money owed, not what someone says: no dropped attribution
    from factcheck.pipeline import analyze_text
    a = analyze_text("Ferry firm to pay £2m\n\nThe ferry firm will pay £2m to settle the claims of 40 "
                     "passengers, its accounts show.")
    assert "attribution_dropped" not in {c.code for c in a.headline_checks}
    a = analyze_text("Ferry firm to pay £2m\n\nThe ferry firm will pay £2m, according to claims made "
                     "online by a former manager.")
    assert "attribution_dropped" in {c.code for c in a.headline_checks}



def test_attribution_dropped_when_the_body_only_credits_or_hedges_the_claim():
    """A hedged sentence vouches for nothing: a body whose sentences on the claim are an unnamed
    source's or hedged rests it on that source; one plain sentence in the outlet's voice vouches."""
    text = "The ferry operator knew the hull was damaged before it sailed, people familiar with the inquiry said."
    anon = sentence(text, 1, attributions=[said("people familiar with the inquiry", "anonymous")])
    headline = head("Ferry operator knew hull was damaged before it sailed")
    hedged = sentence("The ferry operator may have known the hull was damaged before it sailed.", 2, hedged=True)
    checks = check_headline(headline, [anon, hedged] + body(*FERRY)[2:])
    dropped = [c for c in checks if c.code == "attribution_dropped"]
    assert len(dropped) == 1 and "people familiar with the inquiry" in dropped[0].message
    plain = sentence("The ferry operator knew the hull was damaged before it sailed.", 2)
    assert "attribution_dropped" not in codes(check_headline(headline, [anon, plain] + body(*FERRY)[2:]))


GHOST = [
    "A photo of a ghost standing on the harbour wall at Tarnwell was taken on Monday night by a fisherman.",
    "The ghost photo shows a pale figure on the harbour wall beside the lighthouse.",
    "The fisherman shared the photo with friends, and it has since been seen by thousands online.",
]


def test_a_debunking_headline_over_a_body_that_tells_the_story_as_fact_is_contradicted():
    checks = check_headline(head("Tarnwell harbour ghost photo is fake"), body(*GHOST))
    found = [c for c in checks if c.code == "contradicted"]
    assert len(found) == 1 and "'fake'" in found[0].message and "tells it as fact" in found[0].message
    assert found[0].evidence and set(found[0].evidence) <= {"s1", "s2", "s3"}
    # a hedged debunk leaves it open (the analysis marks "probably" so); a body that calls it false
    # backs the headline
    probably = sentence("Tarnwell harbour ghost photo is probably fake", 0, role="headline", hedged=True)
    assert "contradicted" not in codes(check_headline(probably, body(*GHOST)))
    # "fake" before a noun describes a thing in the story; it calls nothing false
    attributive = head("Fake harbour account shares Tarnwell ghost photo taken by fisherman")
    assert "contradicted" not in codes(check_headline(attributive, body(*GHOST)))
    doctored = body(*GHOST, "The ghost photo was doctored and is a hoax, the harbour master said.")
    assert "contradicted" not in codes(check_headline(head("Tarnwell harbour ghost photo is fake"), doctored))


def test_a_body_that_negates_the_headlines_own_word_contradicts_it():
    head_ = head("Mayor's brother arrested at Tarnwell harbour")
    negates = body("The man arrested at Tarnwell harbour on Monday was not the brother of the mayor, police said.",
                   "He was held overnight and released without charge.")
    found = [c for c in check_headline(head_, negates) if c.code == "contradicted"]
    assert len(found) == 1 and "'not the brother'" in found[0].message and found[0].evidence == ["s1"]
    # "not confirmed" leaves the claim open; it denies nothing
    unconfirmed = body("The arrest at Tarnwell harbour of the mayor's brother has not been confirmed by police.",
                       "He was held overnight, a neighbour said.")
    assert "contradicted" not in codes(check_headline(head_, unconfirmed))


def test_a_negation_with_be_or_longer_between_still_negates_the_headlines_word():
    head_ = head("Okafor to play harbour master in Tarnwell film")
    no_longer = body("Ann Okafor will no longer be playing the harbour master in the Tarnwell film.",
                     "Filming starts in May.")
    found = [c for c in check_headline(head_, no_longer) if c.code == "contradicted"]
    assert len(found) == 1 and "'no longer be playing'" in found[0].message


def test_a_formula_that_names_no_one_is_said_so_in_the_message():
    text = "It is estimated that the ferry operator knew the hull was damaged before it sailed."
    formula = Attribution(source="It is estimated", mention="It is estimated", span=(0, 15), cue="estimated",
                          kind="vague")
    checks = check_headline(head("Ferry operator knew hull was damaged before it sailed"),
                            [sentence(text, 1, attributions=[formula])] + body(*FERRY)[1:])
    dropped = [c for c in checks if c.code == "attribution_dropped"]
    assert len(dropped) == 1 and "no one by name ('It is estimated')" in dropped[0].message
    assert "It is estimated ('estimated')" not in dropped[0].message


def test_the_outlets_own_we_is_no_dropped_credit_and_is_named_as_the_outlet():
    # the headline speaks in the outlet's voice too: "we found" is no credit it drops
    text = "We found that the ferry operator knew the hull was damaged before it sailed."
    own = Attribution(source="We", mention="We", span=(0, 2), cue="found", kind="media")
    checks = check_headline(head("Ferry operator knew hull was damaged before it sailed"),
                            [sentence(text, 1, attributions=[own])] + body(*FERRY)[1:])
    assert "attribution_dropped" not in codes(checks)
    # where a message names it (the stance model's reading of a body that only reports), it is the outlet
    assert credit_label(own) == "the outlet itself ('We found')"


def test_a_headline_that_says_something_ends_agrees_with_a_body_that_negates_it():
    # "will stop serving" and "will no longer serve" say the same
    head_ = head("Harbour cafe will stop serving chips from Monday")
    same = body("The harbour cafe will no longer serve chips from Monday, after a row over the fryer.",
                "Its owner has run the cafe for 20 years.")
    assert "contradicted" not in codes(check_headline(head_, same))


def test_a_negated_idiom_or_a_bracketed_tag_contradicts_nothing():
    first = body("This isn't the first harbour museum Tarnwell has opened, though it is the largest.",
                 "The museum opens on Saturday with a show of ferry models.")
    assert "contradicted" not in codes(check_headline(head("Tarnwell opens first harbour museum"), first))
    # a negation in a relative aside is about something else
    aside = body("The nun, whose age wasn't given, gave birth to a boy at the Tarnwell convent on Sunday.",
                 "The convent said mother and baby were well.")
    assert "contradicted" not in codes(check_headline(head("Tarnwell nun gives birth to baby boy"), aside))
    # "[Satire]" labels the piece; the headline does not call its own claim false
    tagged = head("Tarnwell harbour ghost photo taken by fisherman [Satire]")
    assert "contradicted" not in codes(check_headline(tagged, body(*GHOST)))


def test_a_title_case_word_the_body_writes_in_lower_case_is_no_missing_name():
    # "Rip" is capitalised by the Title Case style; the body's "ripped up" is the same word
    plain = body("The singer ripped up the contract in front of the promoter, his manager said.",
                 "The tour would have visited ten cities.")
    title = check_headline(head("No, Singer Didn't Rip Up His Tour Contract With Promoter"), plain)
    assert all("'Rip'" not in c.message for c in title if c.code == "entity_missing")
    # in a sentence-case line the capital is the writer's: a name the body lacks is still missing
    sentence_case = check_headline(head("Singer tears up contract with Ripley promoters"), plain)
    assert any("'Ripley'" in c.message for c in sentence_case if c.code == "entity_missing")


# --- the page's own outlet, and refuting words as what is fought -----------------------------------

_OWN_BODY = (
    "The Kestrel Bridge closed on Monday for six months of repairs to its corroded steel.\n\n"
    "Traders on Quay Street said their takings had fallen by a third since the closure began.\n\n"
    "Council engineers said the repairs would cost £14.2m and could not wait until the autumn.\n"
)


def _page(headline: str, site_name: str | None, tmp_path: Path) -> Path:
    """A saved page as a news site writes it: the site's name in its metadata, the headline in <h1>."""
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in _OWN_BODY.strip().split("\n\n"))
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'>{meta}<title>{headline}</title></head>"
                    f"<body><article><h1>{headline}</h1>{paragraphs}</article></body></html>", encoding="utf-8")
    return path


def test_a_headline_naming_its_own_outlet_does_not_ask_the_body_for_that_name(tmp_path: Path):
    from factcheck.ingest import load
    from factcheck.pipeline import analyze

    headline = "The Harbour Courier view on the Kestrel Bridge: a closure Quay Street cannot afford"
    own = analyze(load(str(_page(headline, "The Harbour Courier", tmp_path))))
    assert own.sentences[0].role == "headline" and own.sentences[0].text == headline
    assert not [c for c in own.headline_checks if c.code == "entity_missing"]
    # another outlet's name, or a page that does not say whose it is, is still a name to find
    other = analyze(load(str(_page(headline, "Eastford Echo", tmp_path))))
    assert [c.message for c in other.headline_checks if c.code == "entity_missing"] == [
        "The headline names 'Harbour Courier', but the body never mentions it."]
    anonymous = analyze(load(str(_page(headline, None, tmp_path))))
    assert "entity_missing" in codes(anonymous.headline_checks)


def test_a_headline_credit_to_its_own_outlet_is_the_outlet_stating_it():
    from factcheck.headline.checks import _in_own_voice, _publisher_words

    own = _publisher_words("The Eastford Post | EPost.example")
    assert own == ({"eastford", "post"}, {"epost"})
    line = sentence("Eastford Post poll finds most voters want early election", 0, role="headline",
                    attributions=[said("Eastford Post", "media", "finds"), said("voters", "vague", "want")])
    assert [a.source for a in _in_own_voice(line, own).attributions] == ["voters"]
    assert _in_own_voice(line, _publisher_words("Harbour Echo")) is line
    assert _in_own_voice(line, _publisher_words(None)) is line
    # a place that is part of the outlet's name is still a place: "Eastford" on The Eastford
    # Post's page is the town, and a credit to it is a credit
    capital = sentence("Eastford warns Westport over ferry blockade", 0, role="headline",
                       attributions=[said("Eastford", "named_org", "warns")])
    assert _in_own_voice(capital, _publisher_words("The Eastford Post")) is capital


_RENAMED = [
    "The harbour council renamed its press office account during Tuesday's televised hustings.",
    "The account appeared as HarbourFacts for the length of the hustings.",
    "Groups that work to combat online misinformation complained to the regulator.",
    "The council said the name made clear whose account it was.",
]


def test_a_refuting_word_as_what_is_fought_disputes_nothing():
    from factcheck.headline.checks import _cue_in_sense

    combat = words("Groups that work to combat online misinformation complained to the regulator.")
    assert not _cue_in_sense(combat, (combat.index("misinformation"),))
    fight = words("A campaign to fight against fake news began in May.")
    assert not _cue_in_sense(fight, (fight.index("fake"),))
    # the word called false, or a clause between the verb and the word, is a dispute again
    called = words("The ministry said the report was misinformation.")
    assert _cue_in_sense(called, (called.index("misinformation"),))
    relative = words("He fought the claims, which he called false.")
    assert _cue_in_sense(relative, (relative.index("false"),))
    ctx = body(*_RENAMED)
    from factcheck.headline import prepare_body

    assert 2 not in prepare_body(ctx).refuting


_RENAMED_ACCOUNT = (
    'The Harbour Party was accused on Wednesday of trying to deceive voters by renaming its press account to '
    '"HarbourFacts" during a televised debate.\n\n'
    '"It was an attempt to mislead voters," Dana Orlov, head of the charity Clearline, told the Tarnwell Gazette.\n\n'
    "Clearline said several of the account's posts about the ferry budget were false.\n\n"
    "A party minister denied that the party had misled anyone, saying the account was clearly its own.\n")


def test_a_headline_reporting_criticism_is_not_contradicted_by_the_criticism():
    from factcheck.headline.checks import _reports_criticism
    from factcheck.pipeline import analyze_body
    from factcheck.pipeline import check_headline as check_pair

    # the body's "mislead" and "false" are the fault the headline reports someone finds
    analysed = analyze_body(_RENAMED_ACCOUNT)
    for headline in ("Harbour Party under fire for account name switch during debate",
                     "Harbour Party slammed for renaming its account"):
        assert "contradicted" not in codes(check_pair(analysed, headline).headline_checks)
    assert _reports_criticism([head("Minister accused of misleading harbour traders")])
    assert _reports_criticism([head("Backlash over ferry fare rise")])
    # "slam" and "blast" without "for" are a collision and an explosion; a plain statement reports no one
    assert not _reports_criticism([head("Blast at harbour depot injures two")])
    assert not _reports_criticism([head("Ferry slams into quay at Tarnwell")])
    assert not _reports_criticism([head("Harbour Party renamed its account during debate")])


def test_the_articles_own_we_is_no_headline_credit():
    # "What we know about ...": the outlet's own voice states, it cites no one
    from factcheck.pipeline import analyze_body
    from factcheck.pipeline import check_headline as check_over
    prepared = analyze_body("Analysts believe 27-year-old Ann Okafor, the youngest of the family, may control "
                            "the Harbour Trust. With so little news leaking out, it is impossible to confirm.")
    out = check_over(prepared, "What we know about Ann Okafor, who may control the Harbour Trust")
    assert not any("credits we" in c.message for c in out.headline_checks), [c.message for c in out.headline_checks]


@pytest.mark.parametrize("first", [
    # the hedge stands in a clause that shares no word with the headline: it hedges something else
    "If the ferry's rivals can win back its passengers near Heraklion, they are likely to cut their fares.",
    "The captain, believed to be 54, had sailed the ferry past Heraklion for a decade.",
])
def test_a_hedge_in_a_clause_about_something_else_is_not_dropped_by_the_headline(first):
    assert _dropped_hedges("Ferry rivals win back passengers near Heraklion", first) == []


def test_a_hedge_in_the_clause_of_the_headline_s_claim_is_dropped_by_it():
    [message] = _dropped_hedges("Ferry rivals win back passengers near Heraklion",
                                "The ferry's rivals have reportedly won back passengers near Heraklion, the "
                                "port authority said.")
    assert "'reportedly'" in message


def test_a_speaker_s_own_hedge_in_a_quotation_is_dropped_by_a_headline_naming_them(rules_only):
    from factcheck.pipeline import analyze_text
    text = ("Okafor acknowledges that she misspoke about harbour inspector's findings\n\n"
            '"I may have short-circuited, and I will try to clarify," Okafor told reporters on Friday about the '
            "harbour inspector's findings.\n\n"
            "The harbour board meets on Monday.\n")
    checks = [c for c in analyze_text(text).headline_checks if c.code == "hedge_dropped"]
    assert checks and "'may'" in checks[0].message


def test_a_modal_in_a_question_hedges_nothing(rules_only):
    # "How could the captain have ignored ...?" asks; the body does not hedge the headline's claim there
    asked = [sentence("How could the captain have ignored a storm warning before the ferry left port?", 1,
                      hedged=True)] + body(*FERRY)[2:]
    flat = check_headline(head("Ferry captain ignored storm warning before leaving port"), asked)
    assert "hedge_dropped" not in codes(flat), flat
    stated = [sentence("The captain could have ignored a storm warning before the ferry left port.", 1,
                       hedged=True)] + body(*FERRY)[2:]
    assert "hedge_dropped" in codes(check_headline(head("Ferry captain ignored storm warning before leaving port"),
                                                   stated))


def test_the_writers_own_i_is_no_source_the_headline_drops(monkeypatch):
    """A column's "a sentence I never thought I'd write: the yard will close" is the writer
    stating it, in the voice the headline speaks in too: no attribution_dropped quotes it."""
    from factcheck.pipeline import analyze_text
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 0.0))  # the model reads every body as reporting
    text = ("Tarnwell crane yard will close next year\n\n"
            "The result is a sentence I never thought I'd write: the Tarnwell crane yard will close next year.\n\n"
            "The yard has 200 workers and three cranes.\n")
    checks = analyze_text(text).headline_checks
    assert not [c for c in checks if c.code == "attribution_dropped"], checks


def _pair_checks(headline: str, body_text: str) -> list:
    from factcheck.model import Document
    from factcheck.pipeline import analyze
    return analyze(Document(text=headline + "\n\n" + body_text, headline=headline)).headline_checks


def test_a_denial_backs_only_a_headline_that_denies_too():
    """"An official denied that the man is the commander's brother" disputes "Rebel commander's
    brother arrested" (contradicted says so); it is no report the headline drops. Under "... not
    arrested, NATO says" the denial is what the headline says, credited to someone else."""
    denied = ("A government official on Thursday denied that the man arrested in Ankara is the brother of the "
              "rebel commander.\n\nThe man was detained at the airport on Monday.")
    stated = _pair_checks("Rebel commander's brother arrested in Ankara", denied)
    assert "contradicted" in codes(stated) and "attribution_dropped" not in codes(stated), stated
    negated = _pair_checks("Rebel commander's brother not arrested, NATO says",
                           "A government official on Thursday denied that the brother of the rebel commander "
                           "was arrested in Ankara.\n\nThe man was detained at the airport on Monday.")
    dropped = [c.message for c in negated if c.code == "attribution_dropped"]
    assert dropped and "NATO" in dropped[0] and "A government official ('denied')" in dropped[0], negated


def test_a_seeming_verb_hedges_the_headline_rather_than_crediting_anyone():
    # the rules read "appear to" as an agentless cue; a headline saying so hedges, and names no source
    checks = _pair_checks("Rebels appear to seize border town",
                          "Rebels seized the border town of Marak on Sunday, two officials said.\n\n"
                          "Thousands of residents fled across the river.")
    dropped = [c.message for c in checks if c.code == "attribution_dropped"]
    assert dropped, checks
    assert "credits" not in dropped[0] and "hedges it without saying who claims it" in dropped[0]
    assert "two officials ('said')" in dropped[0]


def test_a_standfirst_that_asks_credits_no_one():
    """"What were investigators thinking of when ...?" credits no one with the headline's claim,
    as "Investigators say ..." would: the body's unnamed sources are still dropped."""
    text = "The ferry operator knew the hull was damaged before it sailed, people familiar with the inquiry said."
    anon = [sentence(text, 2, attributions=[said("people familiar with the inquiry", "anonymous")])]
    headline = head("Ferry operator knew hull was damaged before it sailed")
    asking = [sentence("What were the operator and its managers thinking of when they ignored the warnings?", 1,
                       role="standfirst", attributions=[said("its managers", "anonymous", cue="thinking")])]
    assert "attribution_dropped" in codes(check_headline(headline, anon, asking))
    saying = [sentence("Investigators say the warnings were ignored for months.", 1, role="standfirst")]
    assert "attribution_dropped" not in codes(check_headline(headline, anon, saying))


def test_a_headline_that_promises_instructions_states_nothing():
    # "How to ..." promises advice; the planners' figure in the body is no credit it drops
    checks = _pair_checks("How to retire early and travel the world",
                          "To retire early and travel the world, savers need at least 25 times their yearly "
                          "spending, financial planners say.\n\nMany early retirees also move to cheaper cities.")
    assert "attribution_dropped" not in codes(checks), checks
    stated = _pair_checks("Retiring early takes 25 times your yearly spending",
                          "To retire early and travel the world, savers need at least 25 times their yearly "
                          "spending, financial planners say.\n\nMany early retirees also move to cheaper cities.")
    assert "attribution_dropped" in codes(stated), stated


def test_a_kicker_that_names_the_source_keeps_the_credit():
    body_text = ("Cruz may have won the caucus because of a late shift among evangelical voters, Pollwatch "
                 "reports.\n\nThe polls closed at 8 p.m.")
    assert "attribution_dropped" not in codes(_pair_checks("POLLWATCH: Cruz may have won the caucus on a late shift",
                                                           body_text))
    dropped = _pair_checks("Caucus: Cruz may have won on a late shift", body_text)
    assert any("Pollwatch" in c.message for c in dropped if c.code == "attribution_dropped"), dropped


def test_the_reader_addressed_is_no_source_the_headline_drops(rules_only):
    you = Attribution(source="you", mention="you", span=None, cue="planning", kind="vague")
    planners = said("financial planners", "vague", cue="say")
    text = "If you're planning to retire early, you need savings of 25 times your yearly spending."
    headline = head("Early retirement needs savings of 25 times yearly spending")
    rest = sentence("Many early retirees also move to cheaper cities.", 2)
    assert "attribution_dropped" not in codes(check_headline(headline, [sentence(text, 1, attributions=[you]), rest]))
    credited = sentence(text.removesuffix(".") + ", planners say.", 1, attributions=[planners])
    assert "attribution_dropped" in codes(check_headline(headline, [credited, rest]))
