"""Each cue pass on its own, with invented sentences: what it proposes and the rule it names."""

from __future__ import annotations

import pytest

from factcheck.attribution.cues import (
    PRIORITY,
    according_to,
    backing,
    chains,
    find_in_sentence,
    headline_speaker,
    headlinese,
    labels,
    reporting_nouns,
    speech_verbs,
    vague,
)
from factcheck.attribution.cues.choose import MAX_PER_SENTENCE, Candidate, Choice, RawAttribution
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.kinds import classify, is_role_noun
from factcheck.model import Document, Sentence
from factcheck.pipeline import analyze


def _read(text: str, headline: bool = False) -> CueSentence:
    s = CueSentence.read(text, 0, len(text), headline)
    assert s is not None
    return s


def _chosen(step, text: str, headline: bool = False) -> list[RawAttribution]:
    """What one pass proposes on its own, through the choose step."""
    s, chosen = _read(text, headline), Choice()
    for c in step(s, chosen):
        chosen.offer(c)
    return chosen.out


def _run(step, text: str, headline: bool = False) -> list[tuple[str, str, str]]:
    return [(r.mention, r.cue, r.rule) for r in _chosen(step, text, headline)]


# --- according to ---------------------------------------------------------------------------

def test_as_x_put_it_credits_x() -> None:
    for text, mention in (("As the mayor put it: \"This budget will not pass.\"", "the mayor"),
                          ("But as one analyst put it, the plan was dead on arrival.", "one analyst"),
                          ("As Lee once memorably put it, the depot is the town.", "Lee"),
                          ("As Ann Vale, a professor of law, put it, the levy is fair.", "Ann Vale"),
                          ("As Ann Vale, author of ''The Long Vote,'' put it, the levy is fair.", "Ann Vale"),
                          ("The levy is fair, as she has put it.", "she")):
        assert _run(according_to.put_it, text) == [(mention, "put it", "according_to.put_it")], text
    # the verb's other senses, and an "as" that opens no speaker
    for text in ("The council put it to a vote as the mayor had asked.",
                 "As expected, the board put it off until May.",
                 "As the levy rose, the council put it on hold."):
        assert _run(according_to.put_it, text) == [], text
    # the formula's speaker comes first, before a colon label or a cue inside what was said
    [r] = find_in_sentence(*_whole('As the mayor put it: "This budget will not pass."'))
    assert (r.mention, r.rule) == ("the mayor", "according_to.put_it")


def test_according_to_takes_the_phrase_after_it_as_a_chain_source() -> None:
    [r] = _chosen(according_to.phrases, "The bridge will close in May, according to the county council.")
    assert (r.mention, r.cue, r.rule, r.chain_only) == (
        "the county council", "according to", "according_to.phrase", True)


def test_according_to_an_anonymous_span_keeps_the_whole_span_and_its_kind() -> None:
    [r] = _chosen(according_to.phrases, "According to people familiar with the talks, the deal is close.")
    # (the span keeps the space after "to"; the source's name is stripped when it is cleaned)
    assert r.mention.strip() == "people familiar with the talks" and r.kind == "anonymous"
    assert r.rule == "according_to.span"


def test_according_to_some_rests_on_people_unnamed() -> None:
    for text, mention in (("The depot will close, according to some.", "some"),
                          ("According to many, the depot will close.", "many")):
        [r] = _chosen(according_to.phrases, text)
        assert (r.mention, r.kind) == (mention, "vague"), text


def test_in_a_document_opening_the_sentence() -> None:
    found = _run(according_to.in_document, "In a report published on Monday, the board denied it.")
    assert found == [("a report published on Monday", "in", "according_to.in_document")]
    assert _run(according_to.in_document, "The board denied it in a statement.") == []


# --- reported speech verbs ------------------------------------------------------------------

def test_subject_before_the_verb() -> None:
    assert _run(speech_verbs.find, "Mayor Ruth Okafor said the depot would reopen.") == [
        ("Mayor Ruth Okafor", "said", "speech_verbs.subject_before")]


@pytest.mark.parametrize(("text", "mention", "cue"), [
    ("The ministry reported two ferries sank in the storm.", "The ministry", "reported"),
    ("Inspectors found the valve had failed twice.", "Inspectors", "found"),
    ("The auditor noted it would cost more than planned.", "The auditor", "noted"),
    ("The survey showed most tenants were undecided.", "The survey", "showed"),
])
def test_a_weak_cue_before_a_clause_without_that_is_a_report(text: str, mention: str, cue: str) -> None:
    # "that" left out: a short subject, then a finite verb (an auxiliary, a past form)
    assert _run(speech_verbs.find, text) == [(mention, cue, "speech_verbs.subject_before")]


@pytest.mark.parametrize(("text", "mention", "cue"), [
    ("Many economists suspect those losses were hidden in the accounts.", "Many economists", "suspect"),
    ("Independent analysts agree the new levy would raise little.", "Independent analysts", "agree"),
    ("Traders expect the central bank will hold rates in June.", "Traders", "expect"),
    ("Residents worry the ferry will be cut next year.", "Residents", "worry"),
])
def test_verbs_of_belief_and_agreement_take_a_clause_without_that(text: str, mention: str, cue: str) -> None:
    # as "reported" and "noted" do; "those" may open the clause's subject as "the" does
    assert [(m, c) for m, c, _ in _run(speech_verbs.find, text)] == [(mention, cue)]


@pytest.mark.parametrize("text", [
    "The ministry felt the need to act quickly.",
    "Rescuers found the injured man in a ditch.",
    "Engineers reported the expected delays to the board.",
    "Ferry travel as we know it is over.",
])
def test_a_word_after_a_determiner_is_no_verb_of_a_clause(text: str) -> None:
    # "need", "injured", "expected" end in -ed or are verbs elsewhere, but after "the" they are
    # a noun or its adjective: the cue has a plain object ("as we know it": the clause's object)
    assert [cue for _, cue, _ in _run(speech_verbs.find, text)
            if cue in ("felt", "found", "reported", "know")] == []


def test_a_relative_clause_cue_leaves_the_finite_verb_to_its_subject() -> None:
    # "two people who know Okafor said": "said" is the main clause's verb, not what they know
    found = _run(speech_verbs.find, "Two people who know Okafor said the voice on the tape was hers.")
    assert [(m, cue) for m, cue, _ in found] == [("Two people who know Okafor", "said")]


@pytest.mark.parametrize("text", [
    "The ministry reported a loss of two million euros.",
    "Ms. Varga reported the theft to police on Monday.",
    "The firm reported strong sales in May.",
    "Engineers found a message he thought was lost.",
    "Auditors found the papers the firm had hidden.",
])
def test_a_weak_cue_before_a_plain_object_stays_an_action(text: str) -> None:
    # ("he thought" is a report of its own, inside the relative clause)
    assert [cue for _, cue, _ in _run(speech_verbs.find, text) if cue in ("reported", "found")] == []


def test_inverted_quotation_names_the_speaker_after_the_verb() -> None:
    assert _run(speech_verbs.find, '"We are not moving," said the harbour master.') == [
        ("the harbour master", "said", "speech_verbs.inverted")]
    # a phrase after the verb with a verb of its own begins what was said, when the sentence
    # opens with someone who can have said it
    text = ('Ann Vale, a contestant on the TV show "The Depot," who went on to work for the firm, '
            'said his boss was kind.')
    assert _run(speech_verbs.find, text) == [("Ann Vale", "said", "speech_verbs.leading_speaker")]


def test_a_document_that_reads_is_the_source_of_its_words() -> None:
    # "read" is a weak cue: it attributes next to what was written, and a reader of a book or
    # a paper is no source
    for text, mention in (('"The depot will close in May," the letter read.', "the letter"),
                          ('"We will not sell," it reads.', "it"),
                          ('The memo reads: "All staff must attend."', "The memo")):
        assert [m for m, _, _ in _run(speech_verbs.find, text)] == [mention], text
    for text in ("He reads the paper every day.", "She read the report on Monday.", "Ann reads novels."):
        assert _run(speech_verbs.find, text) == [], text


def test_apposition_between_name_and_verb() -> None:
    assert _run(speech_verbs.find, "Hugh Hill, a vet in Leeds, said the herd was healthy.") == [
        ("Hugh Hill", "said", "speech_verbs.apposition")]


def test_passive_takes_the_agent_after_by() -> None:
    assert _run(speech_verbs.find, "The crew was told by the coastguard to turn back.") == [
        ("the coastguard", "told by", "speech_verbs.passive_by")]


def test_a_share_of_people_is_a_vague_source() -> None:
    [r] = _chosen(speech_verbs.find, "Nearly 40% say the tram is too slow.")
    assert (r.mention, r.kind, r.rule) == ("Nearly 40%", "vague", "speech_verbs.share_of_people")


def test_relative_pronoun_stands_for_the_noun_before_it() -> None:
    [r] = _chosen(speech_verbs.find, "It was built by an engineer who said the dam was sound.")
    assert (r.mention, r.antecedent, r.rule) == ("who", "an engineer", "speech_verbs.relative_pronoun")


@pytest.mark.parametrize(("text", "mention"), [
    ("We met a lot of farmers that said the scheme had failed them.", "a lot of farmers"),
    ("The ferry was stopped by a group that opposes the new port.", "a group"),
    # past a time, and from the maker back to the thing made
    ("Fears grew after a radio report late last month that said the ferry was unsafe.", "a radio report"),
    ("She shared a tweet from a passenger that said the ferry had turned back.", "a tweet from a passenger"),
])
def test_a_relative_that_stands_for_the_noun_before_it(text: str, mention: str) -> None:
    # the noun is the source shown: "that" itself names no one
    assert [(m, rule) for m, cue, rule in _run(speech_verbs.find, text) if cue in ("said", "opposes")] == [
        (mention, "speech_verbs.relative_pronoun")]


@pytest.mark.parametrize("text", [
    "She leaves a raft of new rules that promise to transform the port.",    # rules speak for no one
    "A story going around Facebook that promises free ferry rides is false.",  # nor does a place
    "It is the first time in the history of the port that blame has been assigned.",  # "blame" a noun
])
def test_a_relative_that_after_no_speaker_credits_no_one(text: str) -> None:
    # and the main clause's subject does not speak through it ("She ... promise")
    assert [m for m, cue, _ in _run(speech_verbs.find, text) if cue in ("promise", "promises", "blame")] == []


def test_a_relative_that_inside_what_was_said_stays_part_of_it() -> None:
    # the payment and the firm's advice are both the councillor's claim
    text = "He said the council had paid £96,000 to a firm that recommended the closures."
    assert [r.mention for r in find_in_sentence(text, 0, len(text))] == ["He"]


def test_a_relative_that_before_a_seeming_verb_is_the_hedge_of_no_one() -> None:
    found = find_in_sentence(text := "A video that appears to show a bird on his suit is fake.", 0, len(text))
    assert "A video" not in [r.mention for r in found]


def test_a_document_from_somewhere_is_the_source_of_what_it_shows() -> None:
    # "documents from his tax return show": the text speaks, not the return it came from, also
    # after a subordinator opening its clause
    for text, mention in (("Emails from the council show the mayor knew.", "Emails from the council"),
                          ("The row grew after leaked documents from his 1995 tax return show he took a loss.",
                           "leaked documents from his 1995 tax return")):
        assert [r.mention for r in find_in_sentence(text, 0, len(text)) if r.cue == "show"] == [mention], text


def test_the_subject_quoted_by_an_outlet_as_saying_is_the_speaker_via_the_outlet() -> None:
    # the words are hers; Reuters carried them
    text = "Ann Okafor was quoted by Reuters as saying the depot would close."
    assert [(r.mention, r.via) for r in find_in_sentence(text, 0, len(text))] == [("Ann Okafor", ["Reuters"])]
    text = "The remark was quoted by Reuters in full."  # no "as saying": the outlet quoted it
    assert [r.mention for r in find_in_sentence(text, 0, len(text))] == ["Reuters"]


def test_a_possessive_opener_before_its_owner_speaking_adds_no_source() -> None:
    # "In her statement, Ann Okafor said": one speaker, named; "In their view, ..." keeps its owner
    text = "In her statement, Ann Okafor said the depot would close."
    assert [r.mention for r in find_in_sentence(text, 0, len(text))] == ["Ann Okafor"]
    text = "In their view, councils could sell the depot."
    assert [r.mention for r in find_in_sentence(text, 0, len(text))] == ["their"]


def test_verbs_that_are_no_cue_here_propose_nothing() -> None:
    for text in ("The ferry operator did not respond to messages.",  # nothing was said
                 "Having said that, the route is popular.",          # a discourse formula
                 "She read an earlier report on the ferry.",        # "report" a noun
                 "Drivers were told to expect delays."):             # an instruction received
        assert _run(speech_verbs.find, text) == [], text


def test_a_refusal_to_comment_proposes_its_subject_as_an_actor() -> None:
    [r] = _chosen(speech_verbs.find, "The ferry operator, through a spokesman, declined to comment.")
    assert (r.mention, r.cue, r.reports) == ("The ferry operator", "declined", False)


def test_a_cue_form_after_a_number_or_quantity_before_a_noun_is_an_adjective() -> None:
    for text in ("Vale leads Reyes by roughly 270 pledged delegates after the vote.",
                 "The port has seen more reported cases this winter.",
                 "Half of stated goals were met, the audit found."):
        assert [r for r in _run(speech_verbs.find, text) if r[1] in ("pledged", "reported", "stated")] == [], text
    # the same forms as verbs: before "that"/"to", or after a noun phrase
    assert _run(speech_verbs.find, "Reyes pledged to reopen the depot.")[0][:2] == ("Reyes", "pledged")
    assert _run(speech_verbs.find, "Of those polled, 40 percent said the depot had closed.")[0][:2] == (
        "40 percent", "said")


def test_a_participle_takes_the_subject_of_its_clause() -> None:
    assert _run(speech_verbs.find, "At the rally, Senator Vega spoke for an hour, arguing that taxes must fall.") == [
        ("Senator Vega", "arguing", "speech_verbs.participle")]


def test_a_cue_word_that_is_also_a_noun_closing_its_phrase_is_the_noun() -> None:
    # "battleground states.", "a talk show, writes": nothing said after it, no speaker before it
    for text in ("The senator won three of the Western states.",
                 "Turnout rose in smaller, rural states, officials noted later.",
                 "She hosts a Sunday talk show, writes a column and teaches.",
                 "Ann Vale, the host of a local radio show, is a councillor.",
                 'He was a contestant on the reality TV show "The Depot."'):
        assert [cue for _, cue, _ in _run(speech_verbs.find, text) if cue in ("states", "show")] == [], text
    # the verb says something, or has its speaker or document right before it
    for text, mention in (("The report states that the ferry was late.", "The report"),
                          ('"The ferry was late," the report states.', "the report"),
                          ("Polls show the mayor ahead.", "Polls")):
        assert [m for m, cue, _ in _run(speech_verbs.find, text)] == [mention], text


def test_support_received_from_a_group_is_that_groups_stance() -> None:
    for text, mention, cue in (("The mayor has the support of most shop owners.", "most shop owners", "support of"),
                               ("She drew strong support from older voters in the valley.",
                                "older voters in the valley", "support from"),
                               ("Vega has not received a single endorsement from the council.", "the council",
                                "endorsement from")):
        assert [(m, c, rule) for m, c, rule in _run(backing.find, text)] == [(mention, cue, "backing.group")], text
    # sought, not had: "to win the support of"; and the noun with no verb of getting before it
    assert _run(backing.find, "The campaign is trying to win the support of rural voters.") == []
    assert _run(backing.find, "Support from donors fell in May.") == []
    # criticism received is the group's stance too, but "criticism of" names whom it is aimed at
    assert _run(backing.find, "The levy has drawn sharp criticism from shop owners in Leeds.") == [
        ("shop owners in Leeds", "criticism from", "backing.group")]
    assert _run(backing.find, "Vale is facing criticism from the unions.") == [
        ("the unions", "criticism from", "backing.group")]
    assert _run(backing.find, "Vale has faced criticism of her leadership.") == []


def test_a_ranked_phrase_does_what_its_infinitive_says() -> None:
    for text, mention in (("Ann Lee was the first senator to criticize the plan.", "Ann Lee"),
                          ("Lee is not the only senator to criticize the plan.", "Lee"),
                          ("The only senator to criticize the plan was Ann Lee.", "The only senator"),
                          ("Lee was the first senator from Ohio to criticize the plan.", "Lee")):
        assert [(m, rule) for m, cue, rule in _run(speech_verbs.find, text) if cue == "criticize"] == [
            (mention, "speech_verbs.ranked_doer")], text
    # a ranked thing is no speaker: "the first train to say goodbye"
    assert [m for m, cue, _ in _run(speech_verbs.find, "She left on the first train to say goodbye.")] == []


def test_a_participle_takes_an_opening_subject_whose_verb_can_also_be_a_noun() -> None:
    # read forward, "The firm cut" runs into its verb; the phrase without it can speak
    for text, subject in (("The firm cut its forecast on Monday, saying that demand had slowed.", "The firm"),
                          ("The ministry set new limits, arguing that the rivers were at risk.", "The ministry")):
        assert [(m, rule) for m, cue, rule in _run(speech_verbs.find, text) if cue.endswith("ing")] == [
            (subject, "speech_verbs.participle")], text
    # a phrase that cannot speak without its last word stays no source
    assert _run(speech_verbs.find, "The heavy rain cut power overnight, leaving towns dark.") == []


def test_a_participle_never_takes_a_fronted_opener_for_its_subject() -> None:
    # the opener is capitalised only for standing first; the subject after its comma speaks,
    # "it" too (a body, an outlet)
    for text, subject in (("Meanwhile, it attacked the mayor, saying he had misled voters.", "it"),
                          ("Meanwhile, the mayor, facing protests, resigned, saying he was tired.", "the mayor"),
                          ("Recently, however, it issued a paper, calling for new ferries.", "it"),
                          ("Despite the ruling, it kept the ban, arguing that it was lawful.", "it")):
        assert [(m, rule) for m, cue, rule in _run(speech_verbs.find, text) if cue.endswith("ing")] == [
            (subject, "speech_verbs.participle")], text


def test_a_participle_takes_the_subject_after_an_opening_time_or_before_a_time() -> None:
    # an opening time phrase names no one; a time after the subject's name is cut off it
    for text, subject in (("Late last month, the union wrote a letter to the board, calling the cuts unfair.",
                           "the union"),
                          ("Ann Okafor on Thursday stepped up her attacks, saying the plan was reckless.",
                           "Ann Okafor"),
                          ("A council spokesman later withdrew the remark, saying it was a mistake.",
                           "A council spokesman")):
        assert [(m, rule) for m, cue, rule in _run(speech_verbs.find, text) if cue.endswith("ing")] == [
            (subject, "speech_verbs.participle")], text


def test_a_subject_after_a_subordinator_is_the_cues_own() -> None:
    # "after the crisis highlighted ...": the phrase after "after" is that clause's subject; the
    # main clause's subject does not speak through it
    text = "In the north, many Welsh farmers feel cheated after the drought highlighted the gaps in the scheme."
    assert "highlighted" not in [r.cue for r in find_in_sentence(text, 0, len(text))]


def test_an_inverted_speaker_ends_before_a_time_word() -> None:
    # "on Monday" and a title with a time word in it run on from the name; the name speaks
    for text in ('"The plan is sound," said Ann Lee on Monday.',
                 '"The plan is sound," wrote Ann Lee for Morning Review.'):
        assert _run(speech_verbs.find, text) == [("Ann Lee", "said" if "said" in text else "wrote",
                                                  "speech_verbs.inverted")], text
    # a time word right after a name is a surname: the phrase is no time, and no shorter name
    assert [m for m, _, _ in _run(speech_verbs.find, '"The plan is sound," said Ann Day, the engineer.')] != ["Ann"]


def test_a_time_or_topic_after_an_inverted_verb_is_no_speaker() -> None:
    # the speaker opens the sentence after the quotation; "Tuesday" and "of the plan" are not it
    assert _run(speech_verbs.find, '"The ferry will run," Harbour Master Ann Vale, R-Ind., said Tuesday.') == [
        ("Harbour Master Ann Vale", "said", "speech_verbs.apposition")]  # "R-Ind." is a party tag
    assert [m for m, _, _ in _run(speech_verbs.find, '"It is sound," Ann Vale, the engineer, said of the dam.')] == [
        "Ann Vale"]


def test_a_middle_initial_stays_inside_the_name() -> None:
    assert _run(speech_verbs.find, '"We will build it," said Peter J. Okoro, the chairman.') == [
        ("Peter J. Okoro", "said", "speech_verbs.inverted")]


def test_adverbs_without_ly_between_subject_and_verb() -> None:
    assert _run(speech_verbs.find, "The council has long said the bridge is safe.") == [
        ("The council", "said", "speech_verbs.subject_before")]
    assert _run(speech_verbs.find, "Ms. Vale now says the bridge is safe.") == [
        ("Ms. Vale", "says", "speech_verbs.subject_before")]


def test_a_document_with_a_phrase_after_it_shows_what_it_finds() -> None:
    [r] = _chosen(speech_verbs.find, "A survey by the port authority in May found most ferries late.")
    assert (r.mention, r.cue, r.kind, r.rule) == (
        "A survey by the port authority", "found", "document", "speech_verbs.document_subject")  # "in May": a time
    [r] = _chosen(speech_verbs.find, "But footage from the quay shows the ferry leaving early.")
    assert (r.mention, r.rule) == ("footage from the quay", "speech_verbs.document_subject")
    # a person who finds something is no document; a verb after "that" is another clause's
    assert _run(speech_verbs.find, "The head of the crew found the wreck.") == []
    assert _run(speech_verbs.find, "The polls that show Vale ahead have Okoro close.") == []


def test_an_accusation_brought_with_charged_is_reported() -> None:
    # "charged X with Y": the charge is what prosecutors say; a fee charged is an action
    for text, subject in (("Federal prosecutors in April charged two developers with fraud.", "Federal prosecutors"),
                          ("Prosecutors charged the officer with murder.", "Prosecutors")):
        assert [(m, cue) for m, cue, _ in _run(speech_verbs.find, text)] == [(subject, "charged")], text
    assert _run(speech_verbs.find, "The ferry operator charged drivers a fee of ten euros.") == []


def test_an_attitude_expressed_or_voiced_is_reported() -> None:
    assert _run(speech_verbs.find, "Some councillors privately express reservations about the levy.") == [
        ("Some councillors", "express", "speech_verbs.subject_before")]
    assert _run(speech_verbs.find, "Mayor Vale voiced deep doubts about the levy.") == [
        ("Mayor Vale", "voiced", "speech_verbs.subject_before")]
    # no attitude after the verb: a delivery, a noun
    assert _run(speech_verbs.find, "Mayor Vale expressed the parcel to Leeds.") == []
    assert _run(speech_verbs.find, "Her voice was low.") == []


def test_the_rules_are_tried_in_one_written_order() -> None:
    names = [r.__name__ for r in speech_verbs.RULES]
    # what rules a verb out comes before what looks for its source
    assert names.index("no_answer") < names.index("subject_before")
    assert names.index("noun_use") < names.index("subject_before") < names.index("inverted")


# --- reporting nouns ------------------------------------------------------------------------

def test_possessor_of_a_reporting_noun() -> None:
    [r] = _chosen(reporting_nouns.find, "The union rejected Acme's claim that wages had risen.")
    assert (r.mention, r.cue, r.rule, r.reports) == ("Acme", "claim", "reporting_nouns.possessor", True)


def test_remarks_about_name_whose_remarks_but_do_not_report() -> None:
    [r] = _chosen(reporting_nouns.find, "Her remarks about the budget drew criticism.")
    assert (r.mention, r.rule, r.reports) == ("Her", "reporting_nouns.pronoun", False)


# --- labels ---------------------------------------------------------------------------------

def test_speaker_before_a_colon_and_a_quotation() -> None:
    assert _run(labels.colon, 'Okafor: "We will reopen the depot."') == [("Okafor", ":", "labels.colon")]


def test_kicker_and_tally_before_a_colon_are_no_speakers() -> None:
    assert _run(labels.colon, "Update: the road has reopened.") == []
    assert _run(labels.colon, "Okafor: 547.") == []
    # a fact-check's rating heads the claim it rates (the learned chooser, too, leaves it alone)
    for line in ["Pants on Fire: Okafor makes claim the pier cost 2 million",
                 "Mostly False: Okafor says the pier cost 2 million"]:
        assert [a.mention for a in _analysed_headline(line).attributions] == ["Okafor"]
    # a person named over a line that identifies someone is the one identified, not a speaker
    assert _headline("Jack Okafor: Masked harbour thief named as local vicar") == []
    assert _headline("Harbour Police: Masked thief identified as local vicar")[0][:2] == ("Harbour Police", ":")
    # ... and so is one over a line that opens by describing a person, unless the line is in the
    # first person (then it is her own words)
    assert _headline("Kate Okafor: The woman who rowed the Atlantic alone") == []
    assert _headline("Kate Okafor: The man who stole my boat is still free")[0][:2] == ("Kate Okafor", ":")
    # a genre label heads an opinion piece; its author, not the label, speaks
    assert _run(labels.colon, "Op-Ed: The harbour plan will fail.") == []
    assert _run(labels.colon, "Editorial: Council must act on the depot") == []
    # a kicker that calls the story false credits it to no one
    assert _headline("Fake news: Council to ban bikes from the high street") == []
    assert _headline("Fake-News: 'Council Will Ban Bikes'") == []
    # a contest or a clause before the colon is the story's topic, though it holds a name
    assert _headline("Lee v Harbour Police: Judge to rule on Friday") == []
    assert _headline("Laptop Snatched From Council Spokesman: Police Appeal for Help") == []
    assert _headline("Fan Caught On Camera With Minister: Video goes viral") == []
    assert _headline("Port authority: Ferry will run on Sunday")[0][:2] == ("Port authority", ":")
    # a label closing on a participle is a clause too; a given name ending so is still a name
    assert _headline("Jack Okafor UNMASKED: Masked bank robber is local vicar") == []
    assert _headline("Prince Mohammed: Deal is done")[0][:2] == ("Prince Mohammed", ":")


def test_source_label_with_a_claim_after_it_is_anonymous() -> None:
    [r] = _chosen(labels.colon, "Source: Hackers send new demand to council")
    assert (r.mention, r.kind, r.rule) == ("Source", "anonymous", "labels.source_colon")


def test_report_label_before_a_headline_claim_credits_a_report() -> None:
    # headline-ese for "a report says": the noun is a cue verb too, which once ruled it out
    for text in ("Report: Harbour ferry to stop running in March", "REPORT: THE DEPOT MIGHT CLOSE IN SPRING",
                 "Reports: Council may sell the old pier"):
        [r] = _chosen(labels.colon, text, headline=True)
        assert (r.mention, r.rule) == (text.split(":")[0], "labels.report_colon")
        assert r.kind in ("document", "vague")
    # a kicker naming the kind of piece credits nothing; in running text the label is no headline's
    assert _run(labels.colon, "Video: Marine saved by helmet after sniper attack", headline=True) == []
    assert _run(labels.colon, "Op-Ed: Council should sell the old pier", headline=True) == []
    assert _run(labels.colon, "Report: Harbour ferry to stop running in March") == []
    # a credit line names the report's source, it makes no claim
    assert _run(labels.colon, "Report: Reuters", headline=True) == []


def test_a_label_ending_in_a_kickers_word_is_a_kicker() -> None:
    assert _headline("Harbour Ferry Update: Crossings resume on Monday") == []
    assert _headline("NEWS Viral Video: Seal steals fisherman's catch") == []
    # an outlet's name ends in a word that heads kickers too; the outlet speaks
    assert _headline("Harbour News: Crossings resume on Monday")[0][:2] == ("Harbour News", ":")


def test_source_label_over_a_title_case_headline_is_anonymous() -> None:
    # case tells nothing in Title Case: the words after the colon make the claim
    [r] = _chosen(labels.colon, "Sources: Missing Ferry Crew May Have Been Found Near Border", headline=True)
    assert (r.mention, r.kind, r.rule) == ("Sources", "anonymous", "labels.source_colon")
    assert _run(labels.colon, "Source: Harbour Police", headline=True) == []


def test_colon_label_naming_a_body_by_its_head_or_an_eyewitness_speaks() -> None:
    assert _headline("Department of Harbour Safety: No ferry crossed the line")[0][:2] == (
        "Department of Harbour Safety", ":")
    assert _headline("Eyewitness: Viral Video Of Harbour Rescue Was Staged")[0][:2] == ("Eyewitness", ":")
    assert _headline("Cops: Man stole ferry to impress neighbour")[0][:2] == ("Cops", ":")


def test_quotation_signed_with_a_dash() -> None:
    assert _run(labels.dash_signature, '"Never give up on a neighbour." ― Sonya Herridge') == [
        ("Sonya Herridge", "―", "labels.dash_signature")]


# --- headline-ese ---------------------------------------------------------------------------

def test_trailing_source_only_in_headlines() -> None:
    text = "Five held after harbour raid - police"
    assert _run(headlinese.trailing, text, headline=True) == [("police", "-", "headlinese.trailing")]
    assert _run(headlinese.trailing, text, headline=False) == []
    # a word before a determiner is a verb: a call to the reader, not a credit
    assert _run(headlinese.trailing, "Homeless man's gift moves town - Watch the Video", headline=True) == []
    assert _run(headlinese.trailing, "Steel plant faces closure - head of the union", headline=True) == [
        ("head of the union", "-", "headlinese.trailing")]
    # a report named last is the noun, the headline's credit; a verb there has its own source
    assert _run(headlinese.trailing, "Steel plant faces closure: report", headline=True) == [
        ("report", ":", "headlinese.trailing")]
    assert _run(headlinese.trailing, "Steel plant faces closure - said the union", headline=True) == []


def test_a_short_headline_names_its_source_last_too() -> None:
    # three words before the credit are a whole claim ("Depot to close"), as five are
    for text, mark in (("Depot to close: union", ":"), ("Depot will close \u2013 union", "\u2013"),
                       ("Ferry wasn't sunk: police", ":")):
        assert _run(headlinese.trailing, text, headline=True) == [(text.split()[-1], mark, "headlinese.trailing")], text


def test_headline_speaker_needs_the_story_to_name_them_again() -> None:
    head = "Okafor: Depot will reopen"
    body = "\n\nRuth Okafor spoke on Monday. Okafor said so twice. Okafor is the mayor."
    r = headline_speaker(head + body, 0, len(head))
    assert r is not None and (r.mention, r.rule) == ("Okafor", "headlinese.speaker_named_again")
    assert headline_speaker(head + "\n\nThe depot is old.", 0, len(head)) is None
    # a topic kicker whose last word the story capitalises only to open its lines names no one
    head = "Business Focus: Why some shops thrive"
    body = "\n\nBusiness focus is rare.\n\nFocus on your customers.\n\nFocus on your costs."
    assert headline_speaker(head + body, 0, len(head)) is None


# --- vague formulas and agentless hedges ----------------------------------------------------

def test_vague_formula_carries_its_own_cue() -> None:
    found = _run(vague.formulas, "It is understood the talks will resume.")
    assert [(m, rule) for m, _, rule in found] == [("It is understood", "vague.formula")]


@pytest.mark.parametrize("text, mention, cue", [
    ("There have been reports that the ferry operator will cut routes.", "reports", "There have been reports that"),
    ("The fares rose amid speculation that the operator was in debt.", "speculation", "amid speculation that"),
    ("Rumours that the depot will close have been denied.", "Rumours", "Rumours that"),
    ("There is speculation that the depot will close.", "speculation", "There is speculation that"),
    ("Despite unconfirmed reports that he had resigned, the mayor chaired the meeting.", "unconfirmed reports",
     "Despite unconfirmed reports that"),
    # the word after "that" opens the content, even when it could be a cue verb
    ("Yesterday there were reports that suspected militants had attacked a convoy.", "reports",
     "there were reports that"),
])
def test_a_report_formula_names_its_noun_and_cues_with_the_formula(text: str, mention: str, cue: str) -> None:
    # the reader is told the claim rests on "speculation", not on "amid speculation that"
    assert _run(vague.formulas, text) == [(mention, cue, "vague.formula")]


@pytest.mark.parametrize("text, mention, cue", [
    ("The storm flooded 3,000 homes, by one estimate.", "one estimate", "by one estimate"),
    ("By some accounts, the mayor was furious.", "some accounts", "By some accounts"),
    ("The crowd was, by all accounts, the largest in years.", "all accounts", "by all accounts"),
])
def test_a_count_or_account_no_one_is_named_for_is_a_vague_source(text: str, mention: str, cue: str) -> None:
    # the figure rests on "one estimate" whose maker the story does not name
    [r] = _chosen(vague.formulas, text)
    assert (r.mention, r.cue, r.kind) == (mention, cue, "vague")


def test_a_bridge_designed_by_one_engineer_is_no_vague_formula() -> None:
    assert _run(vague.formulas, "The bridge was designed by one engineer.") == []


@pytest.mark.parametrize("text, formula", [
    ("It has also been claimed that the minister knew.", "It has also been claimed"),
    ("It was long thought that the bridge was safe.", "It was long thought"),
    ("It is also understood the talks will resume.", "It is also understood"),
])
def test_an_impersonal_formula_may_hold_an_adverb(text: str, formula: str) -> None:
    # the span may end before its cue verb ("It has also been" + "claimed"): together, the formula
    [(mention, cue, rule)] = _run(vague.formulas, text)
    assert rule == "vague.formula" and (mention if mention.endswith(cue) else f"{mention} {cue}") == formula


def test_an_impersonal_it_that_did_something_is_no_formula() -> None:
    # "it" is an outlet or a body here: it reported something, nobody is being vague
    assert _run(vague.formulas, "It has long reported on the city's finances.") == []


def test_agentless_hedge_only_when_no_one_is_named() -> None:
    s, chosen = _read("The plant is expected to close next year."), Choice()
    [c] = list(vague.agentless(s, chosen))
    assert (c.mention, c.start, c.rule) == ("", -1, "vague.agentless")
    chosen.offer(Candidate(0, 9, "The plant", "said", 10, "test"))
    assert list(vague.agentless(s, chosen)) == []


def test_news_that_emerged_from_no_one_named_is_an_agentless_hedge() -> None:
    for text in ("It emerged that the depot will close.", "It has emerged on Monday that the depot will close."):
        assert [(m, rule) for m, _, rule in _run(vague.agentless, text)] == [("", "vague.agentless")], text


def test_a_negated_expectation_is_still_an_agentless_hedge() -> None:
    for text, cue in (("The depot is not expected to reopen before spring.", "is not expected to"),
                      ("The mayor wasn't expected to stand again.", "wasn't expected to"),
                      ("The ferry isn’t expected to sail on Monday.", "isn’t expected to")):
        [c] = list(vague.agentless(_read(text), Choice()))
        assert (c.mention, c.cue) == ("", cue), text
    # a negated passive is no active verb of its subject: "The depot" expected nothing
    [r] = find_in_sentence(*_whole("The depot isn't expected to reopen."))
    assert (r.mention, r.rule) == ("", "vague.agentless")


def test_a_hedge_of_habit_or_long_standing_is_still_agentless() -> None:
    for text, cue in (("The tunnel was once thought to be safe.", "was once thought to"),
                      ("The mines were long believed to be empty.", "were long believed to"),
                      ("The depot is often described as the town's lifeline.", "is often described as"),
                      ("The mayor is often accused of ignoring the valley towns.", "is often accused of")):
        [c] = list(vague.agentless(_read(text), Choice()))
        assert (c.mention, c.cue) == ("", cue), text


def test_a_by_after_the_hedged_verb_is_that_verbs_agent_not_the_hedges() -> None:
    # the "by" belongs to the verb after "to", or to the verb an adverb modifies: still agentless
    for text in ("The council is expected to approve the budget by the end of the month.",
                 "The merged firm is expected to cut costs by 2030.",
                 "The clerk was reportedly threatened by a local gang."):
        [c] = list(vague.agentless(_read(text), Choice()))
        assert c.mention == "", text
    # after "seen as" / "criticized for" a "by" names who sees or criticizes: no agentless hedge
    for text in ("The mayor is seen as a threat by party leaders.",
                 "The firm was criticized for the delays by the regulator."):
        assert list(vague.agentless(_read(text), Choice())) == [], text


def test_criticism_without_its_authors_is_an_agentless_hedge() -> None:
    for text in ("The ferry operator has faced criticism for its late sailings.",
                 "The mayor came under fire when the depot closed.",
                 "The levy drew sharp criticism last year.",
                 "The scheme has been dogged by allegations of waste."):
        [c] = list(vague.agentless(_read(text), Choice()))
        assert c.rule == "vague.agentless" and c.mention == "", text
    # the authors named after "from": not agentless
    for text in ("The levy drew criticism from shop owners.", "The mayor came under fire from residents."):
        assert list(vague.agentless(_read(text), Choice())) == [], text
    # fire from weapons is no criticism
    for text in ("The depot came under mortar fire at dawn.", "The convoy came under rocket attack."):
        assert list(vague.agentless(_read(text), Choice())) == [], text


def test_an_impression_no_one_holds_is_an_agentless_hedge() -> None:
    for text in ("The ferry deal appears to be collapsing.", "Turnout seemed to fall in the valley towns."):
        [c] = list(vague.agentless(_read(text), Choice()))
        assert c.rule == "vague.agentless" and c.mention == "" and c.cue.split()[0] in ("appears", "seemed"), text
    # "can't seem to" says someone fails to: no impression, no hedge
    for text in ("The mayor just can't seem to win the vote.", "The council cannot seem to agree."):
        assert list(vague.agentless(_read(text), Choice())) == [], text
    # "appear" without "to" is no hedge ("appeared in court", "appeared on television")
    assert list(vague.agentless(_read("The mayor appeared in court on Monday."), Choice())) == []
    # whose impression it is, when named, is a cue of its own that the hedge yields to
    assert [r.rule for r in find_in_sentence(*_whole("Ann Vale said the deal appears to be collapsing."))] == [
        "speech_verbs.subject_before"]


def _whole(text: str) -> tuple[str, int, int]:
    return text, 0, len(text)


# --- chains ---------------------------------------------------------------------------------

def test_citing_becomes_the_via_of_the_main_attribution() -> None:
    text = "The broadcaster said the ship had sunk, citing the coastguard."
    [r] = find_in_sentence(text, 0, len(text))
    assert (r.mention, r.via) == ("The broadcaster", ["the coastguard"])


def test_citing_alone_stands_as_a_chain_only_source() -> None:
    text = "The ship sank on Friday, citing the coastguard."
    s, chosen = _read(text), Choice()
    chains.link(s, chosen.out)
    [r] = chosen.out
    assert (r.mention, r.chain_only, r.rule) == ("the coastguard", True, "chains.citing")


# --- the choose step ------------------------------------------------------------------------

def test_earlier_pass_wins_an_overlapping_mention() -> None:
    chosen = Choice()
    first = chosen.offer(Candidate(0, 8, "officials", "said", 9, "first", kind="anonymous"))
    assert first is not None
    assert chosen.offer(Candidate(4, 8, "cials", "said", 9, "second")) is None
    assert [r.rule for r in chosen.out] == ["first"]


def test_choose_refuses_non_sources_and_stops_at_the_cap() -> None:
    chosen = Choice()
    assert chosen.offer(Candidate(0, 3, "You", "said", 4, "x")) is None
    for n in range(MAX_PER_SENTENCE + 3):
        chosen.offer(Candidate(10 * n, 10 * n + 5, f"Name{n}", "said", 10 * n + 6, "x", kind="named_person"))
    assert len(chosen.out) == MAX_PER_SENTENCE and chosen.full


def test_priority_is_one_table_with_unique_names() -> None:
    names = [step.name for step in PRIORITY]
    assert len(names) == len(set(names))
    assert names[:3] == ["according_to", "put_it", "speech_verbs"]


def test_every_chosen_attribution_names_its_rule() -> None:
    text = ('According to the ministry, Dr. Ann Lee said "the ward is full," citing staff rotas, '
            "while critics say it is not.")
    found = find_in_sentence(text, 0, len(text))
    assert [(r.mention, r.rule, r.via) for r in found] == [
        ("Dr. Ann Lee", "speech_verbs.subject_before", []),
        ("critics", "speech_verbs.subject_span", []),
        ("the ministry", "according_to.phrase", [])]  # it reports the sentence: a source after the others


def test_a_figure_in_a_poll_rests_on_the_poll() -> None:
    [r] = _chosen(according_to.in_poll, "The mayor led her rival by 9 points in a Ledger county poll.")
    assert (r.mention, r.cue, r.kind, r.rule, r.chain_only) == (
        "a Ledger county poll", "in", "document", "according_to.in_poll", True)
    assert _run(according_to.in_poll, "In the latest survey, the mayor trails by four points.") == [
        ("the latest survey", "In", "according_to.in_poll")]
    assert _run(according_to.in_poll, "The senator has slipped in the polls since March.") == [
        ("the polls", "in", "according_to.in_poll")]
    # a bare plural is a topic, and what someone feels about the polls is no figure of theirs
    assert _run(according_to.in_poll, "She has no interest in polls.") == []
    assert _run(according_to.in_poll, "The mayor has little faith in the polls.") == []
    assert _run(according_to.in_poll, "The jump in poll numbers surprised the council.") == []
    # beside a speaker, the poll does not take the sentence from them
    [main] = find_in_sentence("The mayor said in a survey last week that she would run.", 0, 56)
    assert (main.mention, main.cue) == ("The mayor", "said")


# --- headline register: dropped auxiliaries, adjectives, Title Case -------------------------

def _analysed_headline(text: str) -> Sentence:
    """The headline sentence as the whole analysis reads it (the learned chooser included)."""
    a = analyze(Document(text=text + "\n\n", headline=text, body_only=True))
    return next(s for s in a.sentences if s.role == "headline")


def _headline(text: str) -> list[tuple[str, str, str]]:
    return [(r.mention, r.cue, r.rule) for r in find_in_sentence(text, 0, len(text), headline=True)]


def test_headline_passive_without_its_auxiliary_names_no_source() -> None:
    # "Ferry blamed for delays" is "Ferry (is) blamed for delays": the ferry is blamed, it blames no one
    assert _headline("Ferry operator blamed for week of delays") == [("", "blamed for", "vague.agentless")]
    assert _headline("Council accused of hiding repair bill") == [("", "accused of", "vague.agentless")]
    # a raising passive is the agentless hedge "is said to", "is expected to"
    assert _headline("Harbour bridge said to need new cables") == [("", "said to", "vague.agentless")]
    assert _headline("Okafor expected to quit cabinet in spring") == [("", "expected to", "vague.agentless")]
    # "identified as", "urged to": a passive outside the agentless phrases names no one at all
    assert _headline("Driver in river crash identified as local teacher") == []
    assert _headline("Regulator urged to review water prices") == []
    # the agent after "by" is the source, as in "was criticised by"
    assert _headline("Budget plan criticised by senior economists") == [
        ("senior economists", "criticised by", "speech_verbs.headline_passive_by")]


def test_headline_past_form_closing_it_or_before_its_colon_is_a_passive() -> None:
    # "Winner (is) announced", "New ferry (is) revealed: ...": the subject is what was made known
    assert _headline("New harbour ferry revealed: a faster boat for the island run") == []
    assert _headline("Okafor's successor announced") == []
    # after a comma the verb closing the headline is a speaker's: "..., police said"
    assert _headline("Two hurt in depot fire, police said")[0][:2] == ("police", "said")
    # a verb that takes no object there stays active
    assert _headline("Okafor complained")[0][:2] == ("Okafor", "complained")


def test_headline_bare_noun_before_a_relative_clause_is_the_subject() -> None:
    # headlines drop the article: "Pastor who ..." is "A pastor who ...", the whole phrase speaks
    assert _headline("Pastor who survived the flood says the town was warned")[0][:2] == (
        "Pastor who survived the flood", "says")
    assert _headline("Monk who fasted for 40 days says he felt calm")[0][:2] == ("Monk who fasted for 40 days", "says")


def test_title_case_headline_with_lower_case_short_words_keeps_its_speech_verb() -> None:
    # the Title Case style that writes "a", "of", "for" in lower case is still Title Case
    assert _headline("Driver Says He Left a Note for the Owner of the Van")[0][:2] == ("Driver", "Says")
    # in running text a capitalised "Says" is still no verb
    s = "The Driver Says podcast said a note was left."
    assert [r.cue for r in find_in_sentence(s, 0, len(s))] == ["said"]


def test_headline_active_past_keeps_its_subject() -> None:
    # "threatened to", "complained of": the verb's own subject acts (no object comes first)
    assert _headline("Striking driver threatened to block the depot") == [
        ("Striking driver", "threatened", "speech_verbs.subject_before")]
    assert _headline("Okafor complained of pressure from party leaders")[0][:2] == ("Okafor", "complained")
    # in running text the auxiliary is written, so the headline rule stays out of it
    s = "The ferry operator, blamed for the delays, said it would add sailings."
    assert [r.mention for r in find_in_sentence(s, 0, len(s))] == ["The ferry operator"]


def test_headline_past_form_before_a_noun_is_an_adjective() -> None:
    assert _headline("Villagers chase alleged thief from market") == []
    assert _headline("Villagers Chase Alleged Thief From Market") == []
    # the cue after it still finds its speaker
    assert _headline("Okafor's reported fiancee says wedding is off")[0][:2] == ("Okafor's reported fiancee", "says")
    # an active cue with its content after it is not an adjective
    assert _headline("Police alleged Okafor knew of the scheme")[0][:2] == ("Police", "alleged")


def test_title_case_headline_reads_weak_cues_as_lower_case_would() -> None:
    assert _headline("Water Board Confirms Reservoir Will Close")[0][:2] == ("Water Board", "Confirms")
    assert _headline("Lab Tests Confirm Outbreak Began At Farm")[0][:2] == ("Lab Tests", "Confirm")
    # a bare form after a singular word is a noun, a past form a passive with its auxiliary dropped
    assert _headline("Mayor's Secret Plan To Sell Park Emerges") == []
    assert _headline("Ferry Timetable For Summer Revealed") == []


def test_headline_colon_label_named_again_is_a_topic() -> None:
    # a speaker does not name themselves in the words credited to them
    assert _run(labels.colon, "Ann Okafor: Minister Ann Okafor Quits Cabinet", headline=True) == []
    assert _run(labels.colon, "Ann Okafor: I will not quit the cabinet", headline=True) == [
        ("Ann Okafor", ":", "labels.colon")]


def test_a_figure_after_a_weak_cue_is_its_object_unless_a_clause_follows() -> None:
    def cues(text: str) -> list[tuple[str, str]]:
        return [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]

    # the figure opens what was said when a verb of its own follows within a few words
    assert cues("The water board confirmed 4,000 homes were without water on Monday.") == [
        ("The water board", "confirmed")]
    assert cues("Officials reported 12 people had been taken to hospital.") == [("Officials", "reported")]
    # otherwise it is what the verb acted on: no one said anything
    assert cues("The firm added 300 jobs in May.") == []
    assert cues("The judge was confirmed 92 to 0.") == []


def test_a_weak_cue_right_after_a_closed_quotation_whatever_follows_it() -> None:
    def cues(text: str) -> list[tuple[str, str]]:
        return [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]

    # the speaker right after the quotation: what follows the verb is where or how it was said
    assert ("Ms. Okafor", "added") in cues("\u201cWe will not wait,\u201d Ms. Okafor added during a radio interview.")
    assert cues('"Is that fair?" the mayor continued after a pause.')[0][0] == "the mayor"
    assert ("the minister", "wrote") in cues("\u201cThe plan is dead!\u201d the minister wrote from her office.")
    # not a name after a quotation that runs on, nor a base form ("the IMF report stated": a noun)
    assert cues("The firm added 300 jobs, the mayor added during a visit.") == []
    assert cues('"Growth is slow," the IMF report stated.') == [("the IMF report", "stated")]


def test_any_short_phrase_closing_a_quotation_with_its_cue_is_the_speaker() -> None:
    def cues(text: str) -> list[tuple[str, str]]:
        return [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]

    # no noun for people the lexicons know ("pilgrim", "crowd", "local"): the place says who spoke
    assert cues('"We leave at nine," the pilgrim replied.') == [("the pilgrim", "replied")]
    assert cues("\u201cNot again!\u201d the crowd shouted.") == [("the crowd", "shouted")]
    assert cues('"The fares are too high," one local wrote.') == [("one local", "wrote")]
    # without the closed quotation before it, the phrase must still be one that can speak
    assert cues("The fares rose and the crowd shouted.") == []


def test_a_past_form_between_a_document_noun_and_a_place_describes_the_noun() -> None:
    def cues(text: str) -> list[tuple[str, str]]:
        return [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]

    # "emails found on a laptop" are the emails that were found: nobody found anything out
    assert cues("The number of emails found on a laptop may be up to 650,000.") == []
    assert cues("The records revealed in court may be forged.") == []
    # a document still shows or finds what follows it
    assert cues("The poll found Clinton ahead by four points.") == [("The poll", "found")]
    assert cues("The report found that wages fell.") == [("The report", "found")]


def test_a_headline_credit_before_a_figure_drops_the_verb_of_what_was_said() -> None:
    assert _headline("FBI confirms 650,000 emails found on laptop")[0][:2] == ("FBI", "confirms")
    assert _headline("Police confirm 3 dead in harbour crash")[0][:2] == ("Police", "confirm")
    # in running text the figure is still the verb's object unless a clause follows it
    s = "Ford confirmed 3,000 job cuts."
    assert find_in_sentence(s, 0, len(s)) == []


def test_headline_report_noun_governed_by_a_verb_or_preposition_is_no_cue() -> None:
    # the object of "raise", "retracts", "keeps", "debunk": a noun, not the verb of the words before it
    assert _headline("Closed bridges raise fears of traffic chaos") == []
    # ... and where the report is the subject's own ("retracts claim", "keeps promise"), the
    # subject is its source, with the noun as the cue
    assert _headline("Daily paper retracts claim about council spending") == [
        ("Daily paper", "claim", "speech_verbs.headline_own_report")]
    assert _headline("Striker keeps transfer promise to fans")[0][:2] == ("Striker", "promise")
    assert _headline("Harbour Board Raises Doubts About Dredging Figures") == []
    assert _headline("Plant Closure Sparks Intense Local Fears") == []
    assert _headline("Auditors debunk claims") == []
    # a preposition that takes no clause governs a noun: "amid fears", "despite rumours"
    assert _headline("Rail fares frozen amid fears of strike") == []
    assert _headline("Stadium stays open despite online rumours") == []
    # a cue verb of its own beside the noun keeps its speaker
    assert _headline("Okafor denies claims about donations")[0][:2] == ("Okafor", "denies")
    # the verb after a plural subject, and an -ing complement, stay cues
    assert _headline("Scientists doubt that the comet hit the moon")[0][:2] == ("Scientists", "doubt")
    assert _headline("Residents fear more flooding")[0][:2] == ("Residents", "fear")
    assert _headline("Okafor keeps saying the vote was rigged")[0][1] == "saying"
    # a verb-only cue after a preposition is the verb of a subject that holds the preposition
    assert _headline("Support among farmers looks to be weakening")[0][1] == "looks"


def test_headline_bare_report_word_after_a_singular_noun_is_a_noun() -> None:
    # headlines are in the present tense: a bare form agrees with a plural or a pronoun only
    assert _headline("Doubts grow over reservoir leak claim") == []
    assert _headline("Mayor quits over flood defence comment") == []
    # an adverb after a modal is no singular noun: "can't quite say"
    assert _headline("Party members can't quite say goodbye")[0][1] == "say"
    # after a plural, a pronoun or a word for people or a body it is the verb
    assert _headline("Police fear more attacks")[0][:2] == ("Police", "fear")
    assert _headline("Council staff claim they were never paid")[0][1] == "claim"
    assert _headline("We claim nothing, says Okafor")[0][:2] in (("Okafor", "says"), ("We", "claim"))


def test_headline_source_after_its_verb_closes_the_line() -> None:
    # ", Says She's Safe": what follows the verb is what was said, the speaker opened the line
    assert _headline("Ann Okafor, Welsh Climber Feared Kidnapped By Rebels, Says She's Safe") == [
        ("Ann Okafor", "Says", "speech_verbs.leading_speaker")]
    assert _headline("Rumour Spreads Online, Claims Singer Found Dead in Hotel") == []
    # a short source closing the headline is still read
    assert _headline("Depot will close next year, says union")[0][:2] == ("union", "says")


def test_headline_hyphen_and_comparison_are_no_credit() -> None:
    # a hyphen of a compound written with a space after it is no credit dash
    assert _headline("Smugglers Tried To Cross The U.S.- Mexico Border") == []
    assert _headline("Depot to close in spring -- union")[0][:2] == ("union", "-")
    assert _headline("Ferry not sunk - despite online rumours") == []
    # "than previously thought": a comparison, no one's belief
    assert [r[:2] for r in _headline("Leak Spread Farther Than Previously Thought, Engineers Say")] == [
        ("Engineers", "Say")]


# --- subjects the speech-verb rules read around asides, polls and participles ---------------

def _sources(text: str) -> list[tuple[str, str]]:
    return [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]


@pytest.mark.parametrize("text, source", [
    ("About 53 percent of voters surveyed said they backed the plan.", "About 53 percent of voters surveyed"),
    ("A majority of Republicans polled said the party was divided.", "A majority of Republicans polled"),
    ("Most of those surveyed said they would vote.", "Most of those surveyed"),
])
def test_a_share_of_the_people_polled_is_who_says_it(text: str, source: str) -> None:
    assert _sources(text)[0] == (source, "said")


@pytest.mark.parametrize("text, source", [
    ("The meeting turned into a gripe session, according to people in attendance.", "people in attendance"),
    ("The plan was dropped, according to officials in the ministry on Tuesday.", "officials in the ministry"),
    ("According to some on the committee, the vote was rigged.", "some on the committee"),
])
def test_people_and_the_place_they_are_in_are_one_source(text: str, source: str) -> None:
    assert _sources(text) == [(source, "according to")]


def test_a_name_before_a_place_and_a_time_stays_the_name() -> None:
    assert _sources("The budget is sound, said Ann Okafor at the meeting.") == [("Ann Okafor", "said")]
    assert _sources("The budget is sound, said a group of doctors in 2015.") == [("a group of doctors", "said")]


def test_people_before_a_dashed_aside_are_the_source() -> None:
    text = "Many speakers at the service -- including Muslims, Christians and Jews -- said the loss was painful."
    assert _sources(text) == [("Many speakers at the service", "said")]


def test_a_name_before_a_party_tag_and_its_comma_is_the_speaker() -> None:
    text = "On Tuesday in Berea, after winning the primary, Gov. Ann Okafor (R-OH), said, \u201cWe are ready.\u201d"
    assert _sources(text) == [("Gov. Ann Okafor", "said")]


def test_a_speaker_after_a_quotation_in_doubled_apostrophes() -> None:
    text = "''It will pass,'' Mr. Okafor, now 81 and retired in Leeds, Yorks., said by telephone."
    assert _sources(text) == [("Mr. Okafor", "said")]


def test_the_subject_before_a_participle_and_its_object_is_the_source() -> None:
    text = "Another intelligence source speaking to Fox News said the agents were investigating."
    assert _sources(text) == [("Another intelligence source", "said")]


@pytest.mark.parametrize("text, source", [
    ("A man arrested in Bristol says he was nowhere near the depot.", "A man"),
    ("Two nurses charged with theft said they would fight the case.", "Two nurses"),
    ("A woman treated for burns told reporters she heard two bangs.", "A woman"),
    ("A porter bitten by the dog at the show told his manager it was unprovoked.", "A porter"),
    ("A cyclist taken to hospital by ambulance said the lights were out.", "A cyclist"),
])
def test_the_subject_before_a_past_participle_and_its_phrases_is_the_source(text: str, source: str) -> None:
    # a reduced relative ("arrested in Bristol") sits between the speaker and the verb: the place,
    # the charge or the agent in it ("the dog") is not who speaks
    assert [m for m, _ in _sources(text)] == [source]


@pytest.mark.parametrize("text, source", [
    ("A panel formed to investigate the fire has confirmed that the wiring was faulty.", "A panel"),
    ("Engineers trying to repair the bridge said the cables had rusted.", "Engineers"),
])
def test_the_subject_before_a_participle_and_its_infinitive_is_the_source(text: str, source: str) -> None:
    # "the fire" is what the panel was formed to investigate, not who confirms
    assert [m for m, _ in _sources(text)] == [source]
    # a noun before the infinitive is no participle: nothing is skipped
    assert [m for m, _ in _sources("The council voted to close the depot, a spokesman said.")] == ["a spokesman"]


@pytest.mark.parametrize("text, source", [
    ("A woman whose son was killed in the crash said she wanted answers.", "A woman"),
    ("A driver whose van was hit by the lorry told police he saw nothing.", "A driver"),
    ("A nurse whose teenage son had been hurt in the fire said the alarm never sounded.", "A nurse"),
])
def test_the_subject_before_a_passive_relative_clause_is_the_source(text: str, source: str) -> None:
    # the speaker of the sentence's verb (a later "she wanted" is a cue of its own)
    assert _sources(text)[0][0] == source


@pytest.mark.parametrize("text, source", [
    ("A boy almost killed by the shock claims he can now bend spoons.", "A boy"),
    ("A driver wrongly accused of speeding says the camera was broken.", "A driver"),
])
def test_an_adverb_before_the_participle_stays_out_of_the_source(text: str, source: str) -> None:
    assert [m for m, _ in _sources(text)] == [source]


def test_a_headline_speaker_before_a_past_participle_is_the_source() -> None:
    text = "Woman captured by rebels in Syria says she is fine"
    assert [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text), headline=True)] == [("Woman", "says")]


def test_a_title_case_participle_aside_names_no_one() -> None:
    text = "Okafor, Outraged Over Vote, Vows to Stay on Course"
    assert [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text), headline=True)] == [("Okafor", "Vows")]
    # a name in apposition still speaks, a given name in -ed too
    text = "Harbour Trust Chief, Ann Lee, Says Fund Is Safe"
    assert [r.mention for r in find_in_sentence(text, 0, len(text), headline=True)] == ["Ann Lee"]
    text = "Harbour Trust Chief, Mohammed Okafor, Says Fund Is Safe"
    assert [r.mention for r in find_in_sentence(text, 0, len(text), headline=True)] == ["Mohammed Okafor"]


def test_a_learned_cue_word_after_a_participle_phrase_is_no_verb() -> None:
    # "shots" is a cue word learned from training data; here it is a noun, and the run-on headline
    # has no clause whose subject is the guard
    text = "Guard shot at War Memorial multiple shots fired in Senate"
    assert find_in_sentence(text, 0, len(text), headline=True) == []


def test_a_past_tense_and_a_preposition_before_a_non_finite_cue_stays() -> None:
    # "pointed" is the clause's own verb here and the board does the finding: no reduced relative
    text = "The paper pointed to the review board finding that the guards were too few."
    assert ("the review board", "finding") in _sources(text)


def test_an_opening_participle_is_no_name_and_a_described_subject_speaks() -> None:
    text = "Reacting to criticism over his record, the retired surgeon acknowledged that he had erred."
    assert _sources(text) == [("the retired surgeon", "acknowledged")]


def test_easier_said_than_done_is_a_formula() -> None:
    assert _sources("Dumping the plan is easier said than done in the city.") == []


def test_a_name_apposition_may_join_two_names() -> None:
    text = "Her biographers, David and Jeanne Okafor, wrote that she had a tin ear."
    assert _sources(text) == [("David and Jeanne Okafor", "wrote")]


def test_this_past_week_between_an_apposition_and_its_cue() -> None:
    text = "Ann Lee, the party chairman, this past week announced that the rules would change."
    assert _sources(text) == [("Ann Lee", "announced")]


def test_a_place_and_its_state_between_commas_is_no_name_apposition() -> None:
    text = "Okafor, at a town hall meeting in Leeds, Yorkshire, said the mines would close."
    assert _sources(text) == [("Okafor", "said")]
    # while a name between commas after a role is the source
    assert _sources("The mine's operator, Atacama Sur, said the shaft was safe.") == [("Atacama Sur", "said")]


@pytest.mark.parametrize("text, source", [
    ("The ambassador to Ruritania, Ann Okafor, said the embassy would stay open.", "Ann Okafor"),
    ("Another delegate on the harbour slate, Jim Okafor, said he was undecided.", "Jim Okafor"),
    ("Ruritanian Ambassador to France Ann Okafor said the embassy would stay open.",
     "Ruritanian Ambassador to France Ann Okafor"),
])
def test_a_person_named_after_a_role_with_its_place_is_the_source(text: str, source: str) -> None:
    # "to Ruritania" ends the role's phrase; the name after it is the person, not the place's state
    assert [m for m, _ in _sources(text)] == [source]


def test_a_name_inside_a_relative_clause_is_not_the_subject_after_it() -> None:
    text = "Ann Lee, who served as counsel under Mr. Okafor's father, Jim Okafor, said the rules had changed."
    assert "Jim Okafor" not in [m for m, _ in _sources(text)]


@pytest.mark.parametrize("text, source", [
    # a US politician's party and state between commas describe the name before them
    ("Rep. Ann Lee, D-Calif., said the bill was flawed.", "Rep. Ann Lee"),
    ("The bill is flawed, said Rep. Ann Lee, D-Calif.", "Rep. Ann Lee"),
    # a town and its state end the speaker's phrase, or stand between a name and its verb
    ("Shopkeepers in Aurora, Colorado, said the levy was unfair.", "Shopkeepers in Aurora, Colorado"),
    ("A lawyer in Oakland, Calif., said the levy was unfair.", "A lawyer in Oakland, Calif."),
    ("Ann Lee, 18, from Lee County, Fla., said the levy was unfair.", "Ann Lee"),
    ("At a rally in Leeds, Yorkshire, Okafor attacked the levy, claiming it was unfair.", "Okafor"),
])
def test_a_party_tag_or_a_state_is_never_the_speaker(text: str, source: str) -> None:
    assert [m for m, _ in _sources(text)] == [source]


def test_a_judgement_after_describe_as_is_what_was_said() -> None:
    assert _sources("Ann Lee described the plan as a disaster.") == [("Ann Lee", "described")]
    assert _sources("Ann Lee described the mood at the depot on Monday as grim.") == [("Ann Lee", "described")]
    # with no "as", a description of events is no attribution here
    assert _sources("The report described the plan in detail.") == []


@pytest.mark.parametrize("text, source", [
    ("According to a report by the Harbour Audit Office, the deficit will rise.",
     "a report by the Harbour Audit Office"),
    ("A report by Orbis Testing found that the pipes had corroded.", "A report by Orbis Testing"),
    ("A study by the Okafor Institute found that the pipes had corroded.", "A study by the Okafor Institute"),
    # a middle initial is inside the name
    ("Vice President Ann R. Okafor, who was in Leeds on Monday, said the plan was sound.",
     "Vice President Ann R. Okafor"),
])
def test_a_document_keeps_its_author_and_a_name_its_initial(text: str, source: str) -> None:
    assert [m for m, _ in _sources(text)][:1] == [source]


def test_a_pronoun_glued_to_its_auxiliary_is_the_source_without_it() -> None:
    assert _sources("They've said the plan is sound.") == [("They", "said")]


def test_a_state_after_a_place_is_no_speaker_and_openers_are_no_names() -> None:
    text = "Ann Lee, who lost her house in Aurora, Colorado, in July 2012, said that the insurer had refused to pay."
    assert _sources(text) == [("Ann Lee", "said")]
    text = "Alarmed by the unrest in Leeds, Senator Ann Lee, the minority leader, said that she spoke with him."
    assert _sources(text) == [("Senator Ann Lee", "said")]
    text = "Well, if you read between the lines, Okafor wasn't so much saying that the plan would fail."
    assert _sources(text) == [("Okafor", "saying")]


@pytest.mark.parametrize("text, source, cue", [
    ('Another child replied, "That is the mayor\'s car."', "Another child", "replied"),
    ("The couple said the flat had been let twice.", "The couple", "said"),
    ("Their neighbours told the inquiry that the alarm never rang.", "Their neighbours", "told"),
    # a compound ending in a word for a person is a role noun too
    ("The harbourman pointed out that the buoy had moved.", "The harbourman", "pointed"),
])
def test_people_by_age_family_or_compound_role_are_speakers(text: str, source: str, cue: str) -> None:
    assert _sources(text) == [(source, cue)]


@pytest.mark.parametrize("text, source", [
    ("Exit polling showed that Okafor won every district but one.", "Exit polling"),
    ("Recent polling shows that the levy is unpopular.", "Recent polling"),
    ("The most recent polling in Leeds shows Okafor closing the gap.", "The most recent polling in Leeds"),
])
def test_a_documents_noun_in_ing_heads_its_phrase(text: str, source: str) -> None:
    assert [s for s, _ in _sources(text)] == [source]
    # while an -ing word that is no document's noun is still a verb of another clause
    assert _sources("Local campaigning showed that Okafor was tired.") == []


@pytest.mark.parametrize("text, source, cue", [
    ("The defeat led party officials to declare the race over.", "party officials", "declare"),
    ("The delay has caused many to wonder whether the bridge is safe.", "many", "wonder"),
    ("Ann Okafor took to Twitter to say the fares were unfair.", "Ann Okafor", "say"),
    ("The email went on to say that the depot would close.", "The email", "say"),
])
def test_an_infinitive_is_said_by_whoever_its_verb_moves_or_the_clause_subject(
        text: str, source: str, cue: str) -> None:
    assert _sources(text) == [(source, cue)]
    # an infinitive after anything else names no one by itself
    assert _sources("It is too early to say whether the fares will rise.") == []
    assert _sources("The fares are hard to explain.") == []


@pytest.mark.parametrize("text, source", [
    ("The fares are considered unfair by most commuters.", "most commuters"),
    ("Okafor was endorsed the day before by former rival Ann Lee.", "former rival Ann Lee"),
    ("The levy is viewed more kindly by tenants than by owners.", "tenants"),
])
def test_a_passive_takes_its_agent_a_few_words_after_the_verb(text: str, source: str) -> None:
    assert [s for s, _ in _sources(text)] == [source]
    # a 'by' after a time, a count or another clause is no agent
    assert _sources("The plan was approved on Monday by a 9-to-6 vote.") == []
    assert _sources("The depot was closed, and the fares rose by a third.") == []


@pytest.mark.parametrize("text, source", [
    ("Okafor keeps saying the bridge is safe.", "Okafor"),
    ("The mayor avoids criticizing the harbour police.", "The mayor"),
    ("Ms. Lee continues insisting the depot will reopen.", "Ms. Lee"),
])
def test_a_verb_taking_the_cues_ing_form_is_no_part_of_its_subject(text: str, source: str) -> None:
    # "keeps" after a name reads like a plural noun ("Okafor supporters"); it is the verb
    assert [m for m, _ in _sources(text)] == [source]


def test_a_phrase_opening_with_a_preposition_is_no_source() -> None:
    # the sentence's subject is "assimilation"; "For Mr. Okafor" says for whom it meant so
    assert _sources("For Mr. Okafor, assimilation meant embracing both of his languages.") == []
    # a count opening with "about" still speaks
    assert [m for m, _ in _sources("About 4 in 10 say they want a new mayor.")][:1] == ["About 4 in 10"]


def test_a_clause_before_a_colon_credits_its_subject_with_the_quotation() -> None:
    assert _sources('But Okafor was far less upbeat: "The market will hate this deal."') == [("Okafor", ":")]
    assert _sources("And Mr. Lee gloated: ''I told you he wouldn't be ready.''")[0] == ("Mr. Lee", ":")
    # the words were put to him, not said by him
    assert [m for m, _ in _sources('Okafor was asked: "Will you run?"')] != ["Okafor"]
    # a past tense that may be a noun elsewhere ("saw", "dove") is the clause's verb after a name
    assert _sources('Okafor saw the fares differently: "Nobody will pay that."') == [("Okafor", ":")]
    # and the clause is no speaker's label when no quotation follows: what follows is the story's
    assert _sources("Okafor dove deeper: the ferry had sailed twice that week.") == []


@pytest.mark.parametrize("text", [
    "The files were found on a laptop used by the former aide.",
    "The records were found on a server owned by the council.",
    "Officials said the nuns were believed to have been held by militants.",
])
def test_a_by_after_a_participle_of_its_own_names_that_participle_s_agent(text: str) -> None:
    # the aide used the laptop, the council owns the server, the militants held the nuns: none of
    # them found or believes anything
    assert all(s not in ("the former aide", "the council", "militants") for s, _ in _sources(text))
    # nor do the nuns, who were held: it is believed by no one named
    assert all(s != "The nuns" for s, _ in _sources("The nuns are believed to have been held by militants."))
    # a participle after "as" or an adverb still describes the subject, and the agent is the verb's
    assert [s for s, _ in _sources("The levy was criticised as biased by most tenants.")] == ["most tenants"]
    assert [s for s, _ in _sources("The levy was denounced as deeply flawed by most tenants.")] == ["most tenants"]


def test_a_clause_with_its_own_subject_after_a_passive_holds_no_agent_of_it() -> None:
    # the wife cares for him; she understands nothing the sentence says
    found = _sources("It is understood he was being cared for by his wife in Leeds.")
    assert [s for s, _ in found] == ["It is understood"]


@pytest.mark.parametrize("text, source", [
    ("But few believe the depot will reopen.", "few"),
    ("The two admit that the fares will rise.", "The two"),
])
def test_a_quantifier_or_number_standing_alone_is_a_subject_not_a_determiner(text: str, source: str) -> None:
    assert [s for s, _ in _sources(text)] == [source]
    # before a noun it is the noun's determiner, and the cue word is that noun
    assert _sources("Many claims about the depot were false.") == []


@pytest.mark.parametrize("text, source", [
    ("Ann Nichols' coach said the swimmer was fit.", "Ann Nichols' coach"),
    ("The Joneses\u2019 lawyer said the claim was false.", "The Joneses\u2019 lawyer"),
])
def test_a_possessive_apostrophe_after_s_belongs_to_the_source(text: str, source: str) -> None:
    assert _sources(text) == [(source, "said")]


@pytest.mark.parametrize("text, source", [
    ("Police and relatives said the crash was an accident.", "Police and relatives"),
    ("The boat sank, officials and family said.", "officials and family"),
])
def test_two_groups_joined_by_and_are_one_source(text: str, source: str) -> None:
    assert _sources(text) == [(source, "said")]
    # one person's two roles, or parties named as a whole, are not joined as groups
    assert _sources("The senator and candidate said the crash was an accident.") != \
        [("The senator and candidate", "said")]


def test_claims_or_reports_closing_a_phrase_are_the_noun_unless_a_name_says_them() -> None:
    assert _sources("Scientists Dismiss Alien Abduction Claims") == []
    assert _sources("Leader Broke Both Ankles, Report Claims") == [("Report", "Claims")]
    assert _sources('"It was a fake," Ann Lee claims.') == [("Ann Lee", "claims")]
    assert _sources("Lee reports:") == [("Lee", "reports")]


@pytest.mark.parametrize("text, source, cue", [
    ("The so-called \"experts\" said the bridge was safe.", 'The so-called "experts"', "said"),
    ("A 'senior source' said the deal was done.", "A 'senior source'", "said"),
    ("The 'hero' pilot said he had seen nothing.", "The 'hero' pilot", "said"),
    ("Ann Lee's self-proclaimed 'manager', 41, said the tour was off.", "Ann Lee's self-proclaimed 'manager'", "said"),
])
def test_a_scare_quoted_word_is_a_word_of_the_source(text: str, source: str, cue: str) -> None:
    assert _sources(text) == [(source, cue)]


def test_a_quotation_before_its_verb_is_what_was_said_not_a_scare_quote() -> None:
    assert _sources('"We won" said Ann Lee.') == [("Ann Lee", "said")]
    assert _sources('He called it "reckless" said the aide.')[-1] == ("the aide", "said")
    # a quoted figure names no one ("comment" is the noun here)
    assert _sources('Ann Lee\'s "47 percent" comment was dismissive.') == []
    # a quotation the line opens with, or one before a name, is not read into the phrase
    assert _sources("'Offensive' murals should go, Ann Lee argues.") == [("Ann Lee", "argues")]


def test_a_nickname_between_names_does_not_change_the_kind() -> None:
    # a nickname that is also a body's word ("Bank", "Nato") leaves a person a person
    assert classify('Ann "Bank" Okafor') == "named_person"
    assert classify("Kwame 'Nato' Okafor") == "named_person"
    assert classify("the 'Bank' of Ruritania") == "named_org"


def test_headline_participles_and_time_abbreviations_name_no_one() -> None:
    # the line's opening participle is capitalised for its place; "moment" is no role noun
    assert _headline("Shocking moment shows thief fleeing with cash") == []
    assert _headline("Leaked footage shows the raid")[0][:2] == ("Leaked footage", "shows")
    # "for 48 mins" is a time, not part of a speaker
    assert _headline("Climber collapses for 12 mins, wakes up claiming he saw light") == []
    # a cue's bare form after "X in Y" is a noun: "Y comment"
    assert _headline("Tenor sorry for rain in spring comment") == []


def test_words_in_ment_are_things_unless_a_body_of_people() -> None:
    assert not is_role_noun("moment") and not is_role_noun("payments")
    assert is_role_noun("government") and is_role_noun("establishment") and is_role_noun("resident")


def test_a_headline_passive_after_a_scare_quoted_subject_credits_no_one() -> None:
    assert _headline("Gunman 'Jackal' identified as local man") == []
    assert _headline("Bandit \u2018The Fox\u2019 Believed to Be Former Soldier") == []


def test_a_cue_word_and_its_particle_that_make_another_verb_credit_no_one() -> None:
    from factcheck.pipeline import analyze_text
    assert _headline("Singer Ann Okafor ripped up her record deal") == []
    # nor does the stance fallback read "ripped" (a stance verb: to oppose) before its particle
    story = analyze_text("Singer Ann Okafor ripped up her record deal\n\nThe label said talks had ended.\n")
    assert story.sentences[0].attributions == []
    assert _headline("Mayor's rocket blasted off from the pier") == []
    # the sports pages' compound noun: "defending" names no one's defence of a claim
    assert _sources("Tarnford will play against defending champion Brightmoor on Sunday.") == []
    # the cue word alone, or with a particle that keeps it a cue, still credits its subject
    assert _sources("Ann Okafor slammed the plan on Monday.") == [("Ann Okafor", "slammed")]
    assert _sources("Ann Okafor doubled down on the plan on Monday.")[0][0] == "Ann Okafor"


def test_a_verb_shouted_in_a_lower_case_line_is_still_a_cue() -> None:
    # capitals for emphasis are no name: the speaker is the phrase before the verb
    for text, want in [("Harbour council DENIES report that the pier will close", ("Harbour council", "DENIES")),
                       ("Okafor SLAMS the board over the budget", ("Okafor", "SLAMS")),
                       ("NHS CONFIRMS ward closures", ("NHS", "CONFIRMS"))]:
        assert [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text), headline=True)] == [want]
    text = "The ministry DENIES the report that the troops were sent."
    assert ("The ministry", "DENIES") in _sources(text)


def test_a_run_of_capitals_is_a_subhead_not_a_shouted_verb() -> None:
    # "TRUMP COUNTER." and "FELLOW DOCTORS DON'T WANT ..." head a section; no one speaks there
    for text in ["HARBOUR TRUST COUNTERS.", "FELLOW DOCTORS WARN AGAINST HIM — The board met on Monday."]:
        assert find_in_sentence(text, 0, len(text), headline=False) == []


def test_a_verb_after_and_shares_the_subject_before_the_first_verb() -> None:
    # the -s verb before "and" is the subject's too, not a word of its phrase
    text = "Okafor chides the council and praises the harbour board"
    assert [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text), headline=True)] == [("Okafor", "praises")]
    text = "Harbour Trust keeps its accounts private but says its income has doubled."
    assert ("Harbour Trust", "says") in _sources(text)


def test_an_outlet_that_reports_is_a_source_without_that() -> None:
    # "reports" after an outlet's name is its reporting sense, with or without "that"
    text = "Harbour Gazette Reports Hackers Sent Message to Council"
    assert [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text), headline=True)] == \
        [("Harbour Gazette", "Reports")]
    assert ("the Harbour Gazette", "reported") in _sources(
        "The council sold the pier, as the Harbour Gazette reported a week later.")
    # a firm's "reports" is an act ("reports a loss"), and "the Gazette report" a noun
    assert _sources("Acme reports a loss for the third year.") == []
    assert all(cue != "report" for _, cue in _sources("The Harbour Gazette report is misleading, the council said."))


def test_a_two_letter_acronym_closing_a_headline_credits_it() -> None:
    # initials the outlet list does not know: the Harbour Times
    text = "Harbour council to sell the pier: HT"
    assert [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text), headline=True)] == [("HT", ":")]


def test_it_looks_like_cites_no_one() -> None:
    assert _sources("It looks like the harbour deal is off.") == []
    assert ("the minister", "said") in _sources("It looks like the harbour deal is off, the minister said.")


def test_it_is_believed_without_that_names_no_one() -> None:
    # the agentless passive with "that" left out reads as it does with it
    assert _sources("It is believed the ferry sank within minutes.") == [("", "It is believed")]
    assert _sources("It is believed that the ferry sank within minutes.") == [("", "It is believed")]


def test_a_headline_phrase_read_over_a_present_tense_verb_is_cut_at_it() -> None:
    # "Ferryman gives evidence after complaining": the subject stops before its verb
    text = "Ferryman gives evidence to inquiry after complaining of threats"
    assert [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text), headline=True)] == \
        [("Ferryman", "complaining")]
    # a participle right after the verb's object speaks of the object
    text = "Okafor backs mother attacking council over ferry cuts"
    assert [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text), headline=True)] == \
        [("mother", "attacking")]
    # "fired for complaining" is the object's complaint: no subject is made up for it
    text = "Ferry firm gets skipper sacked for complaining about the hull"
    assert all(m != "Ferry firm" for m, _ in [(r.mention, r.cue) for r in
                                             find_in_sentence(text, 0, len(text), headline=True)])


def test_a_gerunds_phrase_before_a_colon_is_the_topic() -> None:
    assert _headline("Waving At Your Neighbour: Video of a street party goes viral") == []
    assert _headline("Singing With Your Teacher: Clip of a school choir goes viral") == []
    assert _headline("Shopping With The Mayor: A day on the high street") == []
    # a short -ing word, or a given name, is still a speaker
    assert _headline("Harbour King: Ferry will run on Sunday")[0][:2] == ("Harbour King", ":")


def test_a_headline_you_is_its_reader_and_no_source() -> None:
    for line in ["Don't update your phone unless you want to lose your photos",
                 "If you want a ferry ticket, you'll have to queue at the harbour"]:
        assert _analysed_headline(line).attributions == []
    # in the body, "you" is a speaker as PolNeAR's annotators read it
    a = analyze(Document(text="Harbour fees rise\n\n\"If you don't like it, you can leave,\" you said to the mayor.\n"))
    assert [x.mention for s in a.sentences if s.role == "body" for x in s.attributions] == ["you"]


def test_a_dash_joining_two_words_is_no_credit_dash_and_a_feature_name_no_speaker() -> None:
    # "the U.S.–Mexico border" joins two names; a spaced dash before a short label still credits it
    assert _headline("Two senators say smugglers caught crossing the Ruritania–Borduria border") == [
        ("Two senators", "say", "speech_verbs.subject_before")]
    assert _headline("Ferry sinks off the coast of Crete - coastguard")[-1][:2] == ("coastguard", "-")
    # a regular feature named with a time word heads the story; it says nothing
    assert _headline("This Week In Harbour News: Ferry sinks off Crete") == []
    assert _headline("Monday Briefing: Ferry sinks off Crete") == []
    assert _headline("Harbour Police: Ferry sank off Crete")[0][:2] == ("Harbour Police", ":")


def test_a_source_phrase_never_runs_through_despite_or_amid() -> None:
    a = analyze(Document(text="Harbour fees rise\n\nThe council raised the fees, despite Ann Okafor insisting that "
                              "traders could not pay them.\n"))
    assert [x.mention for s in a.sentences if s.role == "body" for x in s.attributions] == ["Ann Okafor"]


def test_what_a_number_counts_is_a_noun_and_a_contraction_ends_a_source_phrase() -> None:
    assert _headline("Harbour police hand over damning tape of TWELVE shots") == []
    assert _headline("Harbour police release tape of 11 shots") == []
    assert [(m, c) for m, c, _ in _headline("Two reports say the ferry sank")] == [("Two reports", "say")]
    a = analyze(Document(text="Harbour fees rise\n\nThere's little doubt the council will raise the fees.\n\n"
                              "That's a lot more than the traders say they can pay.\n"))
    assert [x.mention for s in a.sentences if s.role == "body" for x in s.attributions
            if x.mention.lower().startswith(("there", "that"))] == []


def _body_sources(*sentences: str) -> list[tuple[str, str]]:
    text = "Harbour fees rise\n\n" + "\n\n".join(sentences) + "\n"
    return [(x.mention, x.cue) for s in analyze(Document(text=text)).sentences if s.role == "body"
            for x in s.attributions]


def _found(text: str) -> list[tuple[str, str]]:
    return [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]


def test_what_someone_ought_to_say_is_nothing_said() -> None:
    # a modal of obligation before the verb: nobody has said it
    assert _found("It is up to the council to back down, as the traders should tell it.") == []
    assert _found("The mayor must say sorry to the ferry crews.") == []
    assert _found("The harbour board ought to tell the crews the truth.") == []
    # "must have told" infers that it was said; the speaker of the sentence is still its source
    assert _found("Okafor must have told the board about the fees.") == [("Okafor", "told")]
    assert _found("The union said the mayor should resign.") == [("The union", "said")]


def test_a_word_in_s_after_of_is_a_noun_and_a_by_with_a_gerund_says_how() -> None:
    # "a series of tweets", "minutes of remarks": no verb stands right after "of"
    assert _body_sources("Her answer came in dozens of tweets.") == []
    assert ("It", "tweets") not in _body_sources("It posted a series of tweets backing the mayor.")
    remarks = _body_sources("Soon afterward, Okafor strode out, and during 36 minutes of remarks she tried to show "
                            "that the fees were fair.")
    assert [c for _, c in remarks if c == "remarks"] == []
    # a passive's "by" with a gerund and its object is the means; with a noun it is the agent
    assert _found("The board was criticised by ignoring the traders.") == []
    assert _found("The plan was criticised by building owners at the meeting.") == [
        ("building owners at the meeting", "criticised by")]


def test_a_learned_cue_in_s_after_a_noun_no_one_is_is_a_compound_plural() -> None:
    # "trade talks", "exchange shots": the plural of a compound noun, no verb with a subject
    assert _found("Okafor, Reyes exchange shots as harbour vote nears.") == []
    assert _found("The package failed after Labour left bipartisan talks because of the cuts.") == []
    # after a name, a person's or body's word, or an adverb it is the verb
    assert _found("Okafor talks about the fees at every meeting.") == [("Okafor", "talks")]
    assert _found("The mayor talks tough on the fees.") == [("The mayor", "talks")]
    assert _found("Okafor sometimes talks about the fees.") == [("Okafor", "talks")]


def test_what_seems_so_of_a_thing_is_no_ones_view() -> None:
    # the hedge "appears to", credited to no one, not to the phrase before it
    assert _found("Tarnwell's fish catch appears to have fallen by a third.") == [("", "appears to")]
    assert _found("The Harbour Board's strategy seems to rest on the ferry fees.") == [("", "seems to")]
    # a person or body before it is the one it seems so to
    assert _found("Okafor seems to believe the fees are fair.") == [("Okafor", "seems")]


def test_an_adverb_opening_the_line_and_a_label_to_the_reader_name_no_one() -> None:
    # "Highly recommended", "Sparsely populated": the adverb is capitalised for its place, no name
    assert _body_sources("Highly recommended as a cheap way to cross the harbour.") == []
    # a surname in -ly is still a name, and so is a given name
    assert _found("Jolly, who runs the ferry, said the fees were fair.")[0][0] == "Jolly"
    assert _found("Kelly said the fees were fair.") == [("Kelly", "said")]
    # a step or a column before a colon speaks to the reader or is the writer's
    assert _found("Map out your first offer: decide what the traders need.") == []
    assert _found("My View: the fees are too high.") == []
    assert _found("Harbour Police: ferry sank off Crete.")[0][:2] == ("Harbour Police", ":")


def test_a_manner_after_a_passive_by_is_no_agent() -> None:
    assert _found("Their ferries are characterized by the simple way in which they cross the harbour.") == []
    assert _found("The plan was criticised by the harbour board.") == [("the harbour board", "criticised by")]


def test_an_opening_adverb_or_participle_before_the_subject_names_no_one() -> None:
    # "Recently, it issued": the clause has its own subject after the adverb's comma
    assert ("Separately", "welcoming") not in _body_sources(
        "The harbour board met on Monday.", "Separately, it issued a report welcoming the mayor's plans.")
    assert ("Recently", "welcoming") not in _body_sources(
        "The harbour board met on Monday.", "Recently, however, it issued a report welcoming the mayor's plans.")
    # "Chastened by the vote": a participle before its agent's "by" modifies the subject after it
    assert _body_sources("Chastened by the vote, the mayor revised the plan, promising lower fees.")[-1] == (
        "the mayor", "promising")
    assert _body_sources("Inspired by her mother, Okafor founded the ferry company, hoping to cut fares.") == [
        ("Okafor", "hoping")]
    # a name in -ly with a comma is still the subject when no pronoun follows
    assert _found("Schlafly, however, noted that the fees were fair.") == [("Schlafly", "noted")]


def test_an_auxiliary_after_the_comma_is_no_inversion() -> None:
    # "..., Bo Tan, has told friends": the verb is the opening subject's, "friends" are who was told
    found = _found("Ann Okafor, the older sister of the heir to the harbour company, Charles, has reportedly "
                   "told friends that the fees will fall.")
    assert ("friends", "told") not in found and ("Ann Okafor", "told") in found
    assert _found("The fees will fall, said Ann Lee, a lawyer.") == [("Ann Lee", "said")]


def test_a_capitalised_auxiliary_inside_the_sentence_is_a_name() -> None:
    # "May", "Will" after another word and before a word in lower case are names, not modals
    assert _found("Harbour Minister Ann May said the fees would fall.") == [("Harbour Minister Ann May", "said")]
    assert _found("Citing the storm, Will believes the council has a chance to act.") == [("Will", "believes")]
    assert _found("The plan, May said, would work.") == [("May", "said")]
    # in a Title Case headline the next word is capitalised too: "Will" stays the auxiliary,
    # unless a given name stands before it
    assert _found("Harbour Bill Will Pass, Aide Says") == [("Aide", "Says")]
    assert _found("Ann May Says Harbour Fees Will Fall") == [("Ann May", "Says")]


def test_a_possessor_s_phrase_stops_at_a_verb_it_ran_back_over() -> None:
    # "Many voters distrust Okafor's promise": the possessor is Okafor, not the clause before it
    assert _found("Many voters distrust Okafor's promise that the fees will fall.") == [("Okafor", "promise")]
    assert ("Lee", "claim") in _found("The board sought to clarify Lee's claim that the fees will fall.")
    # a role, a body's word or a title before the name stays with it
    assert _found("Harbour board chairman Ann Lee's claim that the fees will fall was wrong.") == [
        ("Harbour board chairman Ann Lee", "claim")]


@pytest.mark.parametrize("line", ["Harbour Picnic Kit: 1 green, 1 red, 1 tsp.",
                                  "Harbour Ferry Tickets: 2 adults, 3 children"])
def test_a_label_over_a_list_of_counts_is_no_speaker(line: str) -> None:
    # a count right after a body line's label starts a list, not words spoken
    assert _chosen(labels.colon, line) == []


def test_a_label_that_opens_only_lists_is_no_transcript_speaker() -> None:
    # a label over several lists recurs like a transcript's speaker, but nobody says anything
    text = ("Harbour picnic menu\n\nMonday\n\nPicnic Kit: 1 Green, 1 Red, 1 tsp.\n\n"
            "Tuesday\n\nPicnic Kit: 2 Green, 1 Blue\n\nPicnic Kit: 1 Purple\n")
    assert [x for s in analyze(Document(text=text)).sentences for x in s.attributions] == []


def test_a_transcript_speaker_whose_words_open_with_a_figure_still_speaks() -> None:
    text = ("OKAFOR: We will reopen the harbour.\n\nTAN: The ferry is late.\n\n"
            "OKAFOR: 500 people wrote to us about the ferry.\n\nTAN: They did.")
    sents = [s for s in analyze(Document(text=text)).sentences if s.text.startswith("OKAFOR: 500")]
    assert [x.source for s in sents for x in s.attributions] == ["OKAFOR"]


@pytest.mark.parametrize("text, source", [
    ('"The fares will fall," Ann Okafor, CEO of Brightmoor, adds.', "Ann Okafor"),
    ("Ann Okafor, President of the Harbour Trust, said the fares would fall.", "Ann Okafor"),
    ("Ann Okafor, CEO, said the fares would fall.", "Ann Okafor"),
    ("The trust's founder, President Ann Okafor, said the fares would fall.", "President Ann Okafor"),
    # a signature's order: the role, then the body's name, after a person's name
    ("Ann Okafor, President Brightmoor Ferries, said the fares would fall.", "Ann Okafor"),
    ("Tom Reyes, CEO Harbour Freight Lines, says the fares will fall.", "Tom Reyes"),
])
def test_a_capitalised_role_in_apposition_describes_the_name_before_it(text: str, source: str) -> None:
    # "CEO of Brightmoor" is what Ann Okafor is, not a name in apposition; "President Ann Okafor" is one
    a = analyze(Document(text="Headline for a test story\n\n" + text))
    assert [x.source for x in a.sentences[-1].attributions] == [source]


def _credits(*sentences: str) -> list[tuple[str, str, str]]:
    """(source as resolved, cue, kind) of every body credit."""
    text = "Harbour fees rise\n\n" + "\n\n".join(sentences) + "\n"
    return [(x.source, x.cue, x.kind) for s in analyze(Document(text=text)).sentences if s.role == "body"
            for x in s.attributions]


@pytest.mark.parametrize("text, source", [
    ("The plan caused alarm among harbour traders, who fear that the fees will double.", "harbour traders"),
    ("Support is strong among dock workers, who say that the harbour is safe.", "dock workers"),
    ("The vote could deepen anxiety among Brightmoor residents who had hoped the fees would fall.",
     "Brightmoor residents"),
])
def test_who_after_a_preposition_stands_for_the_preposition_s_object(text: str, source: str) -> None:
    # "among", "between", "against", ... end a phrase read back from "who": what stands before
    # them ("alarm", "did well") is another phrase, and these people are no one named
    assert [(s, k) for s, c, k in _credits(text) if c != "according to"] == [(source, "vague")]


def test_a_charge_against_someone_is_no_name_for_them() -> None:
    # "The charge against Okafor" ran back from its verb as one phrase and then stood for every
    # later "Okafor" as the fullest mention of the name
    found = _credits("The charge against Okafor is explained in an affidavit written by Dan Tan, a detective.",
                     "Okafor said he had never touched the boat.")
    assert ("Okafor", "said", "named_person") in found
    assert not any("charge" in s and k == "named_person" for s, _, k in found)
    assert classify("The charge against Okafor") == "vague"


def test_a_preposition_s_object_is_not_the_subject_of_the_verb_after_it() -> None:
    assert _credits("The council's policy toward Brightmoor has barely changed and shows no sign of shifting.") == []
    # ... while a phrase with such a preposition inside may be a subject as a whole
    assert [(s, c) for s, c, _ in _credits("Support among farmers looks to be weakening.")] == [
        ("Support among farmers", "looks")]


def test_past_a_prepositional_aside_the_relative_pronoun_is_the_subject() -> None:
    assert _credits("Judge Ann Okafor, who through her office declined to comment, grew up in Brightmoor.") == [
        ("Judge Ann Okafor", "declined", "named_person")]
    # a phrase with an article before a cue word in its base form is one noun phrase: "a ... report"
    assert [(s, c) for s, c, _ in _credits(
        "The mayor is seizing upon a Harbour Herald report that the fees will double.")] == [
        ("a Harbour Herald", "report")]


def test_people_around_someone_are_unnamed_people() -> None:
    assert _credits("While he is in good health, those around him acknowledge that the campaign is a strain.") == [
        ("those around him", "acknowledge", "anonymous")]
    assert _credits("Aides near her said the plan was dead.") == [("Aides near her", "said", "anonymous")]


@pytest.mark.parametrize("text, source", [
    ("The National Institute on Harbour Safety has estimated that 9,000 people use the ferry.",
     "National Institute on Harbour Safety"),
    ("The Council on Coastal Relations said the treaty was flawed.", "Council on Coastal Relations"),
])
def test_a_body_s_name_with_on_in_it_is_one_name(text: str, source: str) -> None:
    assert [s for s, _, _ in _credits(text)] == [source]


def test_once_opening_a_clause_is_no_part_of_a_name() -> None:
    found = _credits("Once Okafor filed her complaint, the harbour police had no choice.")
    assert not any(s.startswith("Once") for s, _, _ in found)
    assert [s for s, _, _ in _credits("Okafor once said the fees were fair.")] == ["Okafor"]


@pytest.mark.parametrize("text", [
    "Yoga may reduce common triggers like stress, worry and anxiety.",
    "The harbour board poured money into research in hopes of finding a cure.",
    "Dock workers are still smarting from remarks the mayor made last year.",
])
def test_a_cue_word_right_after_a_preposition_is_its_noun(text: str) -> None:
    assert _credits(text) == []


def test_a_capitalised_preposition_before_a_cue_may_be_a_name() -> None:
    assert [s for s, _, _ in _credits("Ann From agreed that the fees were too high.")] == ["Ann From"]


@pytest.mark.parametrize("opening", [
    "Neither Ann Tarnwell nor her husband would comment on the ferry.",
    "Maybe Ann Tarnwell has a point about the ferry.",
    "Is Ann Tarnwell right about the ferry?",
])
def test_a_sentence_s_first_word_of_a_list_doubt_or_question_is_no_part_of_a_name(opening: str) -> None:
    # the name a later surname resolves to is the name without that word
    assert _credits(opening, "Tarnwell said last week that the fees were fair.")[-1][0] == "Ann Tarnwell"


def test_names_after_a_clause_s_first_subject_are_sources_too() -> None:
    # the subject read from the clause's start is its first name; the others follow it
    found = _credits("Mr. Okafor and Ann Tarnwell never tire of telling the story of the ferry.")
    assert {s for s, c, _ in found if c == "telling"} == {"Mr. Okafor", "Ann Tarnwell"}
    # places and shows joined to a name are not read so (by the rules; the chooser may still
    # prefer the nearer name)
    assert _found("Mr. Okafor and Brightmoor never tire of telling the story.") == [("Mr. Okafor", "telling")]


@pytest.mark.parametrize("text", [
    "The morning Mr. Okafor unveiled the harbour plan, he summoned his adviser.",
    "At the moment Okafor announced the plan, Tarnwell was in a meeting.",
])
def test_a_time_phrase_before_a_name_is_no_part_of_it(text: str) -> None:
    assert not any(s.lower().startswith(("the morning", "the moment")) for s, _, _ in _credits(text))


def test_a_people_by_its_name_is_not_the_group_named_before() -> None:
    found = _credits("Mr. Okafor and Ann Tarnwell said the harbour deal was done.",
                     "The Europeans, who had been left out of the talks, said the deal was toothless.")
    assert ("Mr. Okafor and Ann Tarnwell", "said") not in [(s, c) for s, c, _ in found[2:]]


@pytest.mark.parametrize(("text", "found"), [
    ("Yersinia pestis, per the WHO, is often found in small mammals.", [("the WHO", "per")]),
    ("Per Reuters, the ferry company lost $4 million.", [("Reuters", "per")]),
    ("The mayor will resign, per sources familiar with the talks.", [("sources familiar with the talks", "per")]),
    ('"The fares will rise," one harbour commenter said, per Feng.',
     [("one harbour commenter", "said"), ("Feng", "per")]),
    ("Fuel costs $4 per gallon at the quay.", []),
    ("The harbour tax is 4 per cent this year.", []),
    ("Output per person rose sharply.", []),
    ("Ads earn a lower RPM (Revenue Per Thousand Impressions) than video.", []),
])
def test_per_cites_what_follows_before_a_determiner_a_name_or_people(text: str, found: list) -> None:
    # "per" as "according to"; before a bare noun it is "each"; beside a speaker it is a second
    # source that reports the sentence, as "according to" is, not the speaker's via
    got = [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))]
    assert got == found


def test_a_source_phrase_starts_at_its_first_word() -> None:
    # the anonymous and vague patterns may open on the space before a word: the mention did too
    text = "The mayor will resign, according to sources familiar with the matter."
    (r,) = find_in_sentence(text, 0, len(text))
    assert r.mention == "sources familiar with the matter" == text[r.mention_start:r.mention_end]


def test_a_headline_verb_after_and_shares_the_subject_after_the_kicker() -> None:
    def credits(headline: str) -> list[str]:
        a = analyze(Document(text=headline + "\n\nThe protests went on for a fourth day.\n", headline=headline))
        return [x.source for x in a.sentences[0].attributions]
    # "Harbour chaos:" is the kicker; Tarnland deploys troops and warns
    assert credits("Harbour chaos: Tarnland deploys troops and warns surrender is only option") == ["Tarnland"]
    assert credits("Tarnland deploys troops and warns surrender is only option") == ["Tarnland"]


@pytest.mark.parametrize("text, expected", [
    # a one-word day between a source and its cue (British and wire style) is no part of the source
    ("The minister yesterday insisted the budget was balanced.", [("The minister", "insisted")]),
    ("The company today announced that profits fell.", [("The company", "announced")]),
    ("Erdogan today said the border would stay closed.", [("Erdogan", "said")]),
    ("He yesterday told reporters the plan was dead.", [("He", "told reporters")]),
    ("Officials in Kano today said the school was closed.", [("Officials in Kano", "said")]),
    # ... not after a preposition's object, which is no subject ("on Twitter today claiming")
    ("An article started circulating on Twitter today claiming that the artist was arrested.", []),
    # a weekday before a source in lower case is the date it spoke, no word of its name
    ("On Monday officials said the deal was dead.", [("officials", "said")]),
    ("Last Friday the ministry said the deal was dead.", [("the ministry", "said")]),
    ("The Sunday Times reported the deal was dead.", [("The Sunday Times", "reported")]),
    # ... but a capitalised "Today" is a name's ("USA Today"), and a day after "on" is the day's own
    ("USA Today reported the deal was dead.", [("USA Today", "reported")]),
    # the head of "a source with access to ..." is "source", before "with", as before "of" or "from"
    ("A source with access to the leadership insisted the leader was well.",
     [("A source with access to the leadership", "insisted")]),
    ("Officials with the ministry claimed the figures were wrong.", [("Officials with the ministry", "claimed")]),
    # ... but a body or a text "with" something is described by it ("broad appeal" is no cue there)
    ("The union, a campaign with broad appeal, will face its test on Saturday.", []),
])
def test_a_day_word_or_a_with_phrase_between_source_and_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_day_word_after_no_source_is_left_alone() -> None:
    # "a report out today": "out" ends no source's phrase, so "today" is not stepped over to find one
    assert _found("A report out today said the deal was dead.") == []


@pytest.mark.parametrize("text, source", [
    # a capitalised "Today" or "May" after a capitalised word ends a name, not a time phrase
    ("USA Today reporting Iraqi army downs two planes", "USA Today"),
    ("Theresa May Saying She Will Quit Is Fake", "Theresa May"),
])
def test_a_time_word_that_ends_a_name_leaves_it_a_speaker(text: str, source: str) -> None:
    assert [m for m, _, _ in _headline(text)] == [source]


def test_a_weekday_after_a_name_is_still_a_date() -> None:
    # "Obama Monday": the day it was said, never a name's last word, so no speaker ends in it
    assert all("Monday" not in m for m, _, _ in _headline("Obama Monday Saying Deal Is Off Was Wrong"))


@pytest.mark.parametrize("text, expected", [
    # whose sources they are is part of who the claim rests on: "Kurdish sources" and "Iraqi
    # sources" are two sides, "Pentagon sources" and "Government sources" two different desks
    ("Kurdish sources said the town had fallen.", [("Kurdish sources", "said")]),
    ("The town had fallen, security sources told Reuters.", [("security sources", "told")]),
    ("Senior government sources said the town had fallen.", [("Senior government sources", "said")]),
    ("Indiana GOP insiders say the nominee is weak.", [("Indiana GOP insiders", "say")]),
    ("Downing Street sources said the vote would pass.", [("Downing Street sources", "said")]),
    # a sentence's opening conjunction is no part of the phrase
    ("But American sources said the town had fallen.", [("American sources", "said")]),
    ("Sources said the town had fallen.", [("Sources", "said")]),
])
def test_an_unnamed_source_keeps_the_words_that_say_whose_it_is(text: str, expected: list) -> None:
    assert _found(text) == expected
    assert all(r.kind == "anonymous" for r in find_in_sentence(text, 0, len(text)))


@pytest.mark.parametrize("headline, expected", [
    # in Title Case every word is capitalised: a verb ending in -s or -ed before "Sources" is the
    # headline's verb, no word of the sources' name
    ("Pentagon Denies Sources Claim", "Pentagon"),
    ("Obama Slams Sources Over Leak", "Obama"),
    ("Kurdish Sources Say Town Fell", "Kurdish Sources"),
])
def test_a_title_case_verb_is_no_part_of_the_sources_name(headline: str, expected: str) -> None:
    assert [m for m, _, _ in _headline(headline)][:1] == [expected]
