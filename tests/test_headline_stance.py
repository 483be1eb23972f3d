"""What the body as a whole does with the headline's claim: asserts, reports, hedges or disputes it.

Invented headline/body pairs run through the real pipeline and the shipped stance model
(factcheck/models/headline_stance.json), one per code, and the sense checks for a quoted word's
evidence. The pairs are plain on purpose (a body that calls the claim a fake, a body that only
cites a newspaper), so that a retrained model that still reads news English passes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_modules import load_script

from factcheck.headline import check, check_headline, prepare_body, stance
from factcheck.headline.quotes import same_sense
from factcheck.headline.stance import FEATURES, find_cues, sentence_cues
from factcheck.headline.text import words
from factcheck.pipeline import analyze_text
from factcheck.weights import ModelFileError

MODEL = Path(__file__).resolve().parents[1] / "factcheck" / "models" / "headline_stance.json"


def checks_of(text: str) -> dict[str, tuple[str, list[str], list[str]]]:
    """code -> (message, evidence ids, the evidence sentences' texts)."""
    a = analyze_text(text)
    by_id = {s.id: s.text for s in a.sentences}
    return {c.code: (c.message, c.evidence, [by_id[e] for e in c.evidence]) for c in a.headline_checks}


SHARK_FAKE = """Shark spotted in city canal

A photo said to show a shark swimming in the city canal is a fake, the city's wildlife officer said.

The image was doctored from an old picture taken off the coast of Australia, he said.

There is no evidence that any shark has ever been seen in the canal."""

SHARK_TRUE = """Shark spotted in city canal

A shark was seen swimming in the city canal on Tuesday morning.

Wildlife officers closed the towpath and pulled the animal out of the water at noon.

The shark was taken to the city aquarium."""


def test_a_body_that_calls_the_claim_a_fake_contradicts_the_headline():
    found = checks_of(SHARK_FAKE)
    assert "contradicted" in found
    message, evidence, texts = found["contradicted"]
    assert "is a fake" in texts[0]  # the sentence that disputes it, named in the message
    assert '"A photo said to show a shark' in message and "'fake'" in message
    assert "the city's wildlife officer" in message  # and who says so


def test_a_body_that_asserts_the_claim_raises_nothing():
    assert checks_of(SHARK_TRUE) == {}


def test_a_body_that_only_cites_a_newspaper_drops_the_attribution():
    found = checks_of("""Mayor to sell city stadium

The mayor plans to sell the city stadium to a developer, the Northtown Gazette reported, citing unnamed sources.

According to the newspaper, the sale was discussed at a private meeting last week.

The newspaper said a decision was expected within a month.""")
    assert "attribution_dropped" in found
    message, evidence, texts = found["attribution_dropped"]
    assert "Northtown Gazette" in message and "states it as fact" in message
    assert any("Northtown Gazette" in t or "newspaper" in t for t in texts)


def test_the_headline_credit_is_compared_with_the_body_credit():
    found = checks_of("""FBI confirms senator took bribes

The senator took bribes from a building firm, The Capital Ledger reported on Tuesday, citing unnamed sources.

The newspaper said the payments may have reached $200,000.

The senator has not commented.""")
    message = found["attribution_dropped"][0]
    assert "The headline credits FBI" in message and "Capital Ledger" in message


def test_a_dropped_hedge_and_a_swapped_credit_are_both_said():
    # the rules find the hedge; the headline's "confirms" still credits the police where the body
    # rests on a newspaper, which is a second thing for a sub-editor to fix
    found = checks_of("""Police confirm mayor was arrested at airport

The mayor may have been arrested at the airport on Tuesday, the Northtown Gazette reported.

The newspaper cited two people who saw the arrest.

The police declined to comment on the report.""")
    assert "'may'" in found["hedge_dropped"][0]
    # the police the headline has confirm it "declined to comment": they vouched for nothing
    message = found["attribution_dropped"][0]
    assert message.startswith("The headline has Police vouch for this ('confirm'), but the body says they have "
                              "not (\"The police declined to comment on the report.\"); it attributes it to "
                              "Northtown Gazette")


def test_a_debunk_with_no_one_named_contradicts_a_flat_headline():
    # the denial is the body's own ("turned out to be", "no evidence"), not a quoted official's
    found = checks_of("""Giant shark photographed in city harbour

A photo of a giant shark swimming in the city harbour has been shared thousands of times online.

But the picture turned out to be a fake, made by pasting a shark into an old photo of the harbour.

There is no evidence that any shark has been seen in the harbour.""")
    assert "contradicted" in found
    message, evidence, texts = found["contradicted"]
    assert any("fake" in t or "no evidence" in t for t in texts)


def test_a_headline_whose_hyphenated_label_calls_the_claim_fake_agrees_with_a_debunk():
    # "Fake-News:" says what "Fake news:" says; the body's debunk agrees with it
    found = checks_of("""Fake-News: 'Giant shark photographed in city harbour'

A photo of a giant shark swimming in the city harbour has been shared thousands of times online.

But the picture turned out to be a fake, made by pasting a shark into an old photo of the harbour.

There is no evidence that any shark has been seen in the harbour.""")
    assert "contradicted" not in found


def test_the_message_names_the_whole_refuting_phrase():
    found = checks_of("""Mayor took bribes from builders

Auditors said on Monday they had found no evidence that the mayor took money from any builder.""")
    message = found["contradicted"][0]
    assert "'no evidence'" in message and "'no'," not in message


def test_a_hedge_the_headline_drops_is_named_with_its_sentence_and_source():
    found = checks_of("""Army general to resign over spending row

The army general is expected to resign over the spending row, according to a report in a local newspaper.

The newspaper, citing unnamed sources, said the general could step down as soon as Friday.

The ministry of defence declined to comment on the report.""")
    message, evidence, texts = found["hedge_dropped"]
    assert "'expected to'" in message and '"The army general is expected to resign' in message
    assert "attributed to a report" in message
    assert texts[0].startswith("The army general is expected to resign")


def test_a_credit_by_acronym_is_the_body_s_spelled_out_source():
    # "WHO" is the World Health Organization (its initials), though spelt like the pronoun; "UN" is
    # the United Nations by the alias list
    for head, name in (("WHO: Reports of cholera cases in port city untrue", "the World Health Organization"),
                       ("UN: Reports of cholera cases in port city untrue", "the United Nations")):
        found = checks_of(f"""{head}

No cholera cases have been found in the port city, despite reports to the contrary in local media, {name} said.

The agency said it was ready to send doctors if needed.""")
        assert "attribution_dropped" not in found, (head, found)
    # another body's source is still a swapped credit
    found = checks_of("""WHO: Reports of cholera cases in port city untrue

No cholera cases have been found in the port city, despite reports to the contrary, the city's mayor said.

The mayor said doctors were ready if needed.""")
    assert "attribution_dropped" in found


def test_a_dropped_hedge_on_a_figure_is_named_with_its_bound():
    # the words the headline dropped are "may be up to", not only "may": the figure was a ceiling
    found = checks_of("""Council confirms 4,000 homes flooded in storm

The number of homes flooded in the storm may be up to 4,000, the Northtown Gazette reported on Sunday.

Engineers are still counting the damaged houses, the newspaper said.""")
    message = found["hedge_dropped"][0]
    assert "'may be up to'" in message and "Northtown Gazette" in message
    # a modal before a figure with no bound is shown alone
    found = checks_of("""Council confirms 4,000 homes flooded in storm

The storm may have flooded 4,000 homes, the Northtown Gazette reported on Sunday.

Engineers are still counting the damaged houses, the newspaper said.""")
    assert "'may'" in found["hedge_dropped"][0]


def test_a_hedged_headline_over_a_hedged_body_drops_no_hedge():
    found = checks_of("""Army general may resign over spending row

The army general is expected to resign over the spending row, according to a report in a local newspaper.

The newspaper said the general could step down as soon as Friday.""")
    assert "hedge_dropped" not in found


# --- the same word in the same sense ------------------------------------------------------------

@pytest.mark.parametrize("headline, body, other_form", [
    # a fixed phrase whose words mean nothing alone
    ("Mayor 'ordered' closure of library",
     "The mayor moved to shut the central library in order to cut costs, the council said.", None),
    ("Festival 'placed' on hold",
     "The festival took place in the park last year, the organisers said.", None),
    # a noun after a determiner is not the verb the headline quotes
    ("Minister 'fired' aide", "The minister dismissed his aide after the fire at the office, officials said.", None),
    ("Council 'banned' protest", "A ban on the protest was discussed by the council, officials said.", None),
    # the same verb in another form is the same sense, and is named
    ("Minister 'fired' aide", "The minister was firing his aide on Monday, his office said.", "firing"),
    ("Mayor 'ordered' closure of library", "The mayor orders the library closed, the council said.", "orders"),
])
def test_evidence_for_a_quoted_word_is_the_word_in_the_same_sense(headline, body, other_form):
    found = checks_of(f"{headline}\n\n{body}")
    message = found["quote_not_in_body"][0]
    if other_form is None:
        assert "it says" not in message  # no other form of the word is offered as if it were one
    else:
        assert f"it says '{other_form}'" in message


def test_same_sense_on_its_own():
    toks = "they met in order to talk".split()
    assert not same_sense("ordered", toks, toks.index("order"), ["ordered"])
    assert same_sense("order", toks, toks.index("order"), ["in", "order", "to"])  # the quote has the phrase
    toks = "he put out the fire".split()
    assert not same_sense("fired", toks, 4, ["fired"])
    toks = "he fired the aide".split()
    assert same_sense("fire", toks, 1, ["fire"])


# --- the pieces -----------------------------------------------------------------------------------

def test_cues_match_on_lemma_keys_and_phrases():
    toks = words("The ministry denied the reports, calling them Not True")
    assert find_cues(toks, "headline_refuting") == ["denied", "not true"]
    cues = sentence_cues(words("It could not be verified, according to reports"))
    assert cues.report and not cues.refute and cues.negated
    assert sentence_cues(words("The video is a hoax")).strong


def test_a_prepared_body_gives_the_same_stance_checks_to_every_headline():
    a = analyze_text(SHARK_FAKE)
    ctx = prepare_body(a.body)
    head = next(s for s in a.sentences if s.role == "headline")
    assert [c.to_dict() for c in check(head, ctx)] == [c.to_dict() for c in check(head, ctx)] == \
        [c.to_dict() for c in check_headline(head, a.body)]


def test_the_shipped_model_records_how_it_was_made():
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    for key in ("command", "data", "split", "rules_commit", "settings", "dev_score"):
        assert model[key], key
    assert len(model["rules_commit"]) == 40
    for part in ("disputes", "reports"):
        assert set(model[part]["weights"]) == set(FEATURES)
        assert 0 < model[part]["threshold"] < 1
    assert model["dev_score"]["pairs"] > 1000


def test_a_missing_model_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(stance, "_MODEL", tmp_path / "nope.json")
    stance.model.cache_clear()
    try:
        with pytest.raises(ModelFileError, match="nope.json"):  # the CLI shows it as one line
            stance.model()
    finally:
        stance.model.cache_clear()


# --- where a reviewer reads them ----------------------------------------------------------------

def test_the_checklist_and_the_headline_bar_carry_the_message_and_numbered_evidence():
    from factcheck.checklist import display_numbers
    from factcheck.export import to_markdown
    from tui.widgets.headline_bar import headline_text

    a = analyze_text(SHARK_FAKE)
    (c,) = [c for c in a.headline_checks if c.code == "contradicted"]
    number = display_numbers(a)[c.evidence[0]]
    section = to_markdown(a).split("## Headline", 1)[1].split("\n## ", 1)[0]
    assert "`contradicted`: The body disputes what the headline states" in section
    assert f"`#{number} · {c.evidence[0]}`" in section  # the number the review app shows
    bar = headline_text(a).plain.splitlines()[1]
    assert "contradicted" in bar and "The body disputes what the headline states" in bar


# --- how the trainer picks the thresholds ----------------------------------------------------------

def _trainer():
    return load_script("train_headline_stance")


def test_the_trainer_keeps_the_agree_alarm_cap_or_flags_as_few_agree_pairs_as_it_can():
    t = _trainer()
    # (gold stance, P(disputes), P(reports), what the rules alone read)
    separable = [("discuss", 0.05, 0.9, "can_report")] * 6 + [("agree", 0.05, 0.2, "can_report")] * 6
    r = t.evaluate(separable, *t.choose(separable, 0.3))
    assert r["agree_flagged"] == 0.0 and r["f1"]["discuss"] == 1.0
    # one agree pair of two is flagged by a rule whatever the model says: no setting meets the cap,
    # so the model must add nothing (a fixed fallback flagged the other one too)
    capped = [("agree", 0.05, 0.6, "discuss"), ("agree", 0.05, 0.6, "can_report"),
              ("discuss", 0.05, 0.6, "can_report")]
    assert t.evaluate(capped, *t.choose(capped, 0.3))["agree_flagged"] == 0.5


def test_within_the_tolerance_the_trainer_flags_the_fewest_agree_pairs():
    t = _trainer()
    # reading the doubtful pairs (P(reports) 0.5) as discuss gains three discuss pairs and flags
    # one agree pair: the best score alone takes that; within a wide tolerance the fewer alarms win
    rows = [("discuss", 0.05, 0.9, "can_report")] * 5 + [("discuss", 0.05, 0.5, "can_report")] * 3 + \
        [("agree", 0.05, 0.5, "can_report")] + [("agree", 0.05, 0.1, "can_report")] * 4
    best = t.evaluate(rows, *t.choose(rows, 0.3))
    calm = t.evaluate(rows, *t.choose(rows, 0.3, tolerance=1.0))
    assert best["agree_flagged"] == 0.2 and calm["agree_flagged"] == 0.0
    assert t.choose(rows, 0.3, tolerance=0.0) == t.choose(rows, 0.3)


def test_a_dispute_is_said_only_with_a_sentence_that_disputes(monkeypatch):
    # the model made to read every body as disputing: the check still needs a denial to point at
    monkeypatch.setattr(stance, "thresholds", lambda: (0.0, 1.1))
    asked = """Shark spotted in city canal

A photo of a shark swimming in the city canal has been shared thousands of times online.

So is the photo a fake? Wildlife officers say the shark was real and was taken to the city aquarium."""
    assert "contradicted" not in checks_of(asked)
    denied = asked.replace("So is the photo a fake?", "The photo is a fake.")
    message, evidence, texts = checks_of(denied)["contradicted"]
    assert texts == ["The photo is a fake."] and "'fake'" in message
    # a question beside the denial is never the evidence
    found = checks_of(SHARK_FAKE.replace("A photo said", "Is it real? A photo said"))
    assert not any(t.endswith("?") for t in found["contradicted"][2])


BRIBES_BODY = """

The mayor denied taking any bribes, his spokesman said on Monday.

Police said there was no evidence that the mayor had taken bribes from the builders.

A local newspaper reported last week that the mayor may have accepted up to 50,000 dollars."""


def test_a_vouching_headline_credit_does_not_hide_the_body_disputing_the_claim():
    # "Police confirm" states the claim as established: the police saying there is no evidence
    # of it is a dispute, as it is under a headline that credits no one
    for headline in ("Mayor took bribes from builders", "Police confirm mayor took bribes from builders"):
        found = checks_of(headline + BRIBES_BODY)
        assert "contradicted" in found, headline


def test_a_vouching_credit_is_read_as_the_headline_stating_the_claim():
    from factcheck.headline.checks import _vouched
    from factcheck.pipeline import analyze_text

    def head(text: str):
        return analyze_text(text + "\n\nThe council met on Monday.").sentences[0]

    assert _vouched([head("FBI confirms senator took bribes")])
    assert _vouched([head("Police confirm mayor was arrested")])
    # what is confirmed may hold a weak cue verb of its own: "found" is the finding, not a credit
    assert _vouched([head("Police confirm actor found dead in apartment")])
    # a credit that only reports, or a report beside the confirmation, is not vouching
    assert not _vouched([head("Police say mayor was arrested")])
    assert not _vouched([head("Police confirm mayor was arrested, report says")])
    assert not _vouched([head("Mayor arrested at airport")])


FERRY_DENIED = """

Police said on Monday that reports the ferry had sunk off the coast were false.

A spokesman said the ferry was in port and the story was a hoax."""


def test_a_body_that_calls_a_stated_claim_false_contradicts_it_whatever_the_model_reads(monkeypatch):
    # the model made to read no body as disputing: a headline that states the claim, or vouches
    # for it, over a body that calls it false or a hoax is contradicted all the same
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 1.1))
    for headline in ("Ferry sank off the coast", "Police confirm ferry found sunk off the coast"):
        message, evidence, texts = checks_of(headline + FERRY_DENIED)["contradicted"]
        assert "were false" in texts[0], headline
    # a headline that reports the claim, hedges it or denies it itself is not stating it
    for headline in ("Ferry sank off the coast, witnesses say", "Ferry may have sunk off the coast",
                     "Ferry did not sink off the coast"):
        assert "contradicted" not in checks_of(headline + FERRY_DENIED), headline
    # a finding of nothing refutes as a verdict does: "found no link"
    found_none = """Ferry fuel causes engine fires

A two-year study of 300 ferries found no link between the new fuel and engine fires, the regulator said."""
    assert "no link" in checks_of(found_none)["contradicted"][2][0]
    # a refuting word that names a thing calls nothing false: "a fake hull"
    disguised = """Ferry tested with a disguised hull

Engineers fitted the new ferry with a fake hull during sea trials off the coast, the builder said."""
    assert "contradicted" not in checks_of(disguised)


def test_a_denial_in_the_sentence_that_bears_most_on_a_stated_claim_contradicts_it(monkeypatch):
    # the model made to read no body as disputing: the subject's own denial is enough
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 1.1))
    denied = """Harbour master resigns over ferry delays

The harbour master on Tuesday denied reports that she would resign over the ferry delays.

She said she would stay in her post."""
    message, evidence, texts = checks_of(denied)["contradicted"]
    assert "denied reports" in texts[0] and "'denied'" in message
    # a denial that is itself denied, or one under a headline that only reports the claim
    assert "contradicted" not in checks_of(denied.replace("on Tuesday denied", "on Tuesday did not deny"))
    assert "contradicted" not in checks_of(denied.replace("Harbour master resigns over ferry delays",
                                                          "Harbour master to resign over ferry delays, paper says"))


def test_a_headline_that_says_someone_agreed_to_a_deed_states_it_as_fact(monkeypatch):
    # "Union agrees to end strike" tells what the union did; it credits no claim to the union
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 1.1))
    denied = """Rail union agrees to end strike

The rail union on Monday denied that it had agreed to end the strike.

Its members walked out in March."""
    message, evidence, texts = checks_of(denied)["contradicted"]
    assert texts[0].startswith("The rail union on Monday denied") and "'denied'" in message
    # the same denial under a headline that credits a claim to the union is its word against itself
    assert "contradicted" not in checks_of(denied.replace("Rail union agrees to end strike",
                                                          "Rail union says it will end strike"))


@pytest.mark.parametrize("headline, body, hedge", [
    ("Harbourco to buy Tarnwell Foods", "Harbourco is in talks to buy Tarnwell Foods, the company said on Monday.",
     "in talks"),
    ("Council bans cars from city centre", "The council is considering a ban on cars in the city centre.",
     "considering"),
    ("Shark seen in Tarnwell harbour", "A photo appearing to show a shark in Tarnwell harbour was shared online.",
     "appearing to"),
])
def test_a_deal_in_talks_a_ban_considered_or_a_photo_appearing_to_show_is_a_hedge_dropped(headline, body, hedge):
    message, _, _ = checks_of(f"{headline}\n\n{body}\n\nMore details were not given.")["hedge_dropped"]
    assert f"'{hedge}'" in message
    # the headline that keeps the hedge drops nothing
    kept = headline.replace(" to buy ", " in talks to buy ").replace(" bans ", " considering ban on ")
    if kept != headline:
        assert "hedge_dropped" not in checks_of(f"{kept}\n\n{body}\n\nMore details were not given.")


@pytest.mark.parametrize("withheld", ["Police have not confirmed the arrests.",
                                      "Police declined to confirm the arrests."])
def test_a_source_the_headline_has_vouch_that_withholds_the_word_in_the_body(withheld):
    text = f"""Police confirm two arrests after raid

Two men were arrested after the raid, the Tarnwell Gazette reported. {withheld}

The raid took place on Monday."""
    message, _, texts = checks_of(text)["attribution_dropped"]
    assert "vouch for this ('confirm')" in message and "Tarnwell Gazette" in message and withheld in texts
    # the police confirming it in the body is what the headline says
    assert "attribution_dropped" not in checks_of(text.replace(withheld, "Police confirmed the arrests on Tuesday."))
    # with no outlet reporting it either, the body still has the police withhold the word
    alone = checks_of(text.replace("Two men were arrested after the raid, the Tarnwell Gazette reported. ", ""))
    message, _, texts = alone["attribution_dropped"]
    assert "vouch for this ('confirm')" in message and texts == [withheld]


def test_a_claim_only_a_lawsuit_makes_is_an_attribution_dropped_but_records_are_not():
    alleged = """Tarnwell mayor took bribes

The mayor of Tarnwell took bribes from two developers, according to a lawsuit filed on Monday.

The mayor denies the allegations."""
    message, _, _ = checks_of(alleged)["attribution_dropped"]
    assert "a lawsuit filed on Monday" in message
    # records establish what they show; an indictment alleges as a lawsuit does
    assert "attribution_dropped" not in checks_of(alleged.replace("a lawsuit filed on Monday", "court records"))
    assert "attribution_dropped" in checks_of(alleged.replace("a lawsuit filed on Monday", "the indictment"))


def test_a_described_source_the_body_never_credits_is_a_credit_swapped_for_an_outlets():
    reported = """Police confirm two arrests after raid

Two men were arrested after the raid, the Tarnwell Gazette reported.

The raid took place on Monday."""
    message, _, texts = checks_of(reported)["attribution_dropped"]
    assert "credits Police" in message and "Tarnwell Gazette" in message and texts[0].startswith("Two men")
    # officers or a spokesman for the force may be the police the headline describes: no swap said
    for said in ("a police spokesman said", "officers said"):
        assert "attribution_dropped" not in checks_of(reported.replace("the Tarnwell Gazette reported", said))


def test_a_dispute_pointed_away_from_the_claim_says_so(monkeypatch):
    # the model made to read every body as disputing; the only refuting sentence is about another thing
    monkeypatch.setattr(stance, "thresholds", lambda: (0.0, 1.1))
    story = """Harbour ferry fares rise by ten percent

Fares on the harbour ferry rose by ten percent on Monday, the operator said.

Passengers on the morning crossing paid the new fares without complaint.

Separately, the mayor denied that she had ever met the owner of the bakery on Quay Street."""
    message, evidence, texts = checks_of(story)["contradicted"]
    assert "not among those about the headline's claim" in message and "denied" in texts[0]
    # a denial of the claim itself is said plainly
    plain = story.replace("the mayor denied that she had ever met the owner of the bakery on Quay Street",
                          "the operator denied that ferry fares had risen by ten percent")
    assert checks_of(plain)["contradicted"][0].startswith("The body disputes what the headline states")


@pytest.mark.parametrize("withheld, said", [
    ("The harbour master on Tuesday did not deny reports that she would resign", "denied"),
    ("The harbour board did not reject reports that the harbour master would resign", "rejected"),
])
def test_a_denial_withheld_is_no_dispute_even_to_the_model(monkeypatch, withheld, said):
    # the model made to read every body as disputing: "did not deny", "did not reject" dispute nothing
    monkeypatch.setattr(stance, "thresholds", lambda: (0.0, 1.1))
    story = f"Harbour master resigns over ferry delays\n\n{withheld} over the ferry delays."
    assert "contradicted" not in checks_of(story)
    negation = next(w for w in ("did not deny", "did not reject") if w in withheld)
    assert "contradicted" in checks_of(story.replace(negation, said))


def test_a_person_said_to_be_alive_contradicts_a_headline_of_their_death(monkeypatch):
    # a death hoax's denial names no refuting word; the model made to read no body as disputing
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 1.1))
    hoax = """Harbour master dies at 61

A rumour that the harbour master had died spread online on Monday.

Her office said the harbour master was alive and well and at work in the port."""
    message, evidence, texts = checks_of(hoax)["contradicted"]
    assert "alive and well" in texts[0] and "'alive'" in message
    # not said of anyone, not against a death, or itself negated: no dispute
    assert "contradicted" not in checks_of(hoax.replace("was alive and well", "kept hopes alive"))
    assert "contradicted" not in checks_of(hoax.replace("Harbour master dies at 61", "Harbour master quits at 61"))
    assert "contradicted" not in checks_of(hoax.replace("was alive and well", "was not found alive"))


def test_a_refuting_word_in_another_sense_is_no_dispute(monkeypatch):
    # the model made to read every body as disputing: only a cue in its refuting sense is evidence
    monkeypatch.setattr(stance, "thresholds", lambda: (0.0, 1.1))
    other_sense = """Nun gives birth to baby boy

The nun complained of stomach pains and the doctor on duty told her she was pregnant.

The convent, made up of twelve sisters, said mother and baby were well."""
    assert "contradicted" not in checks_of(other_sense)
    faked = other_sense.replace("the doctor on duty told her", "a doctored scan showed")
    message, evidence, texts = checks_of(faked)["contradicted"]
    assert "doctored" in texts[0]


def test_a_headline_that_calls_the_claim_false_or_reports_a_denial_is_not_contradicted(monkeypatch):
    # the model made to read every body as disputing: a body that calls the photo a fake agrees
    # with a headline that says so itself
    monkeypatch.setattr(stance, "thresholds", lambda: (0.0, 1.1))
    for headline in ("Photo of shark in city canal is a fake", "Wildlife officer debunks photo of shark in city canal",
                     "Wildlife officer denies shark was seen in city canal",
                     "Wildlife officer shoots down reports of shark in city canal",
                     "Wildlife officer shoots down angler's claim of shark in city canal",
                     "Setting the record straight on the city canal shark"):
        assert "contradicted" not in checks_of(SHARK_FAKE.replace("Shark spotted in city canal", headline, 1)), headline
    # a refuting word that leaves room ("turns out") or one in another sense is no such headline
    for headline in ("Shark spotted in city canal", "Dark shape in city canal turns out to be a shark",
                     "Shark spotted in city canal, doctors say", "Shark in city canal shot down by wildlife officer",
                     "Drone shot down over city canal, angler claims shark seen"):
        assert "contradicted" in checks_of(SHARK_FAKE.replace("Shark spotted in city canal", headline, 1)), headline


def test_a_credited_document_the_body_speaks_of_is_no_swapped_credit():
    memo = "NHS memo reveals plan to close Ashford hospital\n\n{} to close Ashford hospital in March, the Gazette " \
           "reported.\n\nThe hospital has 300 beds."
    assert "attribution_dropped" not in checks_of(memo.format("Managers set out a plan in an internal memo"))
    # a body that never speaks of the memo gives the claim to the newspaper alone
    message = checks_of(memo.format("Managers plan"))["attribution_dropped"][0]
    assert "NHS memo" in message and "Gazette" in message


def test_a_headline_that_credits_the_body_s_source_by_its_description_swaps_no_credit():
    story = ("Swimmer's girlfriend says she was secretly married before\n\n{} in a blog post that {} was secretly "
             "married before.\n\nBrandt claims the marriage lasted two years. She writes that she has told Hale "
             "everything.\n\nShe says she wanted to tell her story herself. Hale has not commented, according to "
             "his agent.")
    # the body introduces its source by the headline's description, in an apposition
    apposed = story.format("Lena Brandt, a woman who claims to be the girlfriend of swimmer Tom Hale, has revealed",
                           "she")
    assert "attribution_dropped" not in checks_of(apposed)
    # the description elsewhere in the sentence is not said of her: the credit is still another's
    elsewhere = story.format("Lena Brandt claims", "the girlfriend of swimmer Tom Hale")
    message = checks_of(elsewhere)["attribution_dropped"][0]
    assert "Swimmer's girlfriend" in message and "Lena Brandt" in message


def test_the_outlet_s_own_voice_is_no_credit_the_headline_drops():
    own = ("Harbour wall will not survive another winter\n\nWe found that the harbour wall will not survive "
           "another winter.")
    assert "attribution_dropped" not in checks_of(own)
    # an unnamed source the body rests it on is still one
    assert "attribution_dropped" in checks_of(own.replace("We found", "Unnamed engineers found"))


def test_a_headline_title_matches_the_body_s_shortened_title_before_the_name():
    # the body introduces him by title where it cites nothing, and cites him later by name
    story = ("Retired General Reveals Doubts Over Harbour Defences\n\n{} is speaking out about the harbour "
             "ahead of the council vote.\n\nOkafor revealed his doubts over the harbour defences in a letter to "
             "the council, noting that the sea wall would not hold another winter.")
    assert "attribution_dropped" not in checks_of(story.format("Retired Royal Marines Gen. Tom Okafor"))
    # a body that never gives him the title: the headline's credit is its own description
    assert "attribution_dropped" in checks_of(story.format("Tom Okafor, a local farmer,"))


def test_an_unnamed_body_source_that_the_headline_describes_swaps_no_credit():
    story = ("Rebel Group Says It Burned Depot in Ruritania\n\n{} claim to have burned a fuel depot that was "
             "seized in Ruritania last year.\n\nThe depot was seized near the border in March.")
    assert "attribution_dropped" not in checks_of(story.format("Armed rebels"))
    # unnamed sources the headline's description does not fit are another's credit
    message = checks_of(story.format("Army commanders"))["attribution_dropped"][0]
    assert "Rebel Group" in message and "Army commanders" in message


def test_a_headline_naming_its_source_by_the_body_s_title_for_it_swaps_no_credit():
    story = ("ATP Veteran Says Star Is Suspended For Failed Drug Test\n\nATP veteran, Ann Okafor, said on a radio "
             "show that the star is suspended for a failed drug test.\n\nThe tour has not commented on the claim.")
    assert "attribution_dropped" not in checks_of(story)
    # a source the body gives no such title is a swapped credit
    swapped = story.replace("ATP veteran, Ann Okafor,", "Radio host Ann Okafor")
    message = checks_of(swapped)["attribution_dropped"][0]
    assert "ATP Veteran" in message and "Ann Okafor" in message


def test_the_trainer_splits_its_read_out_by_how_the_headline_puts_its_claim():
    t = _trainer()
    from factcheck.headline.stance import FEATURES

    def x(**on: float) -> list[float]:
        return [on.get(k, 0.0) for k in FEATURES]

    rows = [("b1", "discuss", x(), "can_report", False),            # states it: the model misses it
            ("b2", "discuss", x(head_attr=1.0), "agree", False),     # reports it, as the body does
            ("b3", "discuss", x(head_hedged=1.0, head_attr=1.0), "agree", False),
            ("b4", "agree", x(), "agree", False)]
    scores = [(stance, 0.0, 0.5, rules) for _, stance, _, rules, _ in rows]
    split = t.by_headline(rows, scores, 0.5, 0.9)
    assert split["pairs"] == {"hedges": 1, "reports": 1, "states": 2}
    assert split["read_out"]["states"] == {"agree->agree": 1, "discuss->agree": 1}
    assert split["read_out"]["reports"] == {"discuss->agree": 1}
    # a right related pair scores 1.0, a wrong one 0.25: as read, three of the four are wrong; were
    # every stating headline read right, only the reporting and the hedging one would stay wrong
    assert t.evaluate(scores, 0.5, 0.9)["fnc_related"] == (0.25 + 0.25 + 0.25 + 1.0) / 4
    assert split["fnc_related_ceiling"] == (1.0 + 0.25 + 0.25 + 1.0) / 4
    rows[0] = ("b1", "discuss", x(), "discuss", False)
    scores[0] = ("discuss", 0.0, 0.5, "discuss")
    assert t.by_headline(rows, scores, 0.5, 0.9)["fnc_related_ceiling"] == (1.0 + 0.25 + 0.25 + 1.0) / 4


@pytest.mark.parametrize("sentence, cue", [
    ("Astronomers said the meteorite story was not plausible.", "not"),
    ("The account is implausible, the agency said.", "implausible"),
    ("The report was not accurate, a spokesman said.", "not"),
    ("Officials called the figures inaccurate.", "inaccurate"),
    ("The post spread misinformation about the vaccine.", "misinformation"),
    ("The quotation came from a fictional news site.", "fictional"),
    ("The sewer alligators are an urban legend.", "urban"),
    ("There is no proof that the letter was sent.", "no"),
    ("Scientists have cast doubt on the claim.", "cast"),
    ("The photos raised doubts about the story.", "raised"),
    ("The pictures are raising doubts about the story.", "raising"),
    ("His anchor set the record straight on Monday.", "set"),
    ("Contrary to reports, the singer is alive.", "contrary"),
    ("Contrary to rumours spread online, the bridge is open.", "contrary"),
])
def test_a_debunk_that_names_no_fake_is_a_refuting_cue(sentence, cue):
    tokens = words(sentence)
    found = sentence_cues(tokens).refute
    assert found and tokens[found[0]].lower() == cue


def test_contrary_to_an_expectation_disputes_nothing():
    assert not sentence_cues(words("Contrary to expectations, the team won the final.")).refute


def test_it_turned_out_that_tells_what_was_found_and_disputes_nothing():
    found = analyze_text("After the trip it turned out that seven pupils were ill.").sentences
    assert not prepare_body(found).refuting
    faked = analyze_text("The photo of the shark turned out to be a fake.").sentences
    assert prepare_body(faked).refuting == [0]


@pytest.mark.parametrize("sentence", ["Contrary to earlier reports, the bridge was never closed.",
                                      "No cases have been found, despite reports to the contrary in local media.",
                                      "Contrary to the claims, the mayor is alive and well."])
def test_running_against_qualified_reports_disputes_them(sentence):
    assert sentence_cues(words(sentence)).refute


@pytest.mark.parametrize("sentence", [
    "The volunteers who make up the rescue crew worked through the night.",
    "The club made up for the defeat with two late goals.",
    "Late deciders made up 45 percent of the electorate.",
    "Islanders made up about a third of the crowd.",
    "Publishers are producing parodies, comic books and satires about the mayor.",
    "Thousands of fans turned out in the rain for the parade.",
    "Residents turned out widely to vote in the ferry referendum.",
    "The drill gave the islanders a false sense of safety.",
    "The new rule would deny benefits to late applicants.",
    "The council is denying entry to visitors without a permit.",
    "Voters rejected Mr. Hallam in the spring election.",
    "Polls show voters rejecting Mr. Hallam: A county poll found him ten points behind.",
    "The board dismissed Okafor on Tuesday after the ferry crash.",
    "The Senate rejected the ferry bill on Tuesday.",
    "A radiologist dismissed the scan of his lungs as normal.",
    "The mayor had been soundly rejected by voters in the spring.",
    "CORRECTION APPENDED.",
    "Correction: An earlier version of this article misstated the date of the ferry vote.",
])
def test_a_refuting_word_that_forms_turns_out_withholds_or_refuses_no_claim_disputes_nothing(sentence):
    assert not prepare_body(analyze_text(sentence).sentences).refuting


@pytest.mark.parametrize("sentence", [
    "The ministry rejected Hallam's claim that the ferry was unsafe.",
    "The board rejected her claim that the ferry was unsafe.",
    "The board rejected Kremlin claims that the ferry was sold.",
    "The story about the ferry was made up.",
    "He made up the story about the ferry.",
    "The story about the ferry was a parody.",
    "Officials dismissed the reports as false.",
    "The harbour board dismissed the reports.",
    "The harbour board denied the accusations.",
    "The allegations against the harbour master were dismissed by the board.",
    "The harbour board rejected that account of the crash.",
    "The harbour board dismissed it as nonsense.",
])
def test_the_same_words_said_of_a_claim_still_dispute_it(sentence):
    assert prepare_body(analyze_text(sentence).sentences).refuting == [0]


def test_a_refuting_word_that_is_itself_negated_disputes_nothing(monkeypatch):
    # a plain call, whatever the model reads: "not a fake" calls nothing false
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 1.1))
    genuine = SHARK_FAKE.replace("is a fake", "is not a fake", 1).replace(
        "The image was doctored from an old picture taken off the coast of Australia, he said.", "").replace(
        "There is no evidence that any shark has ever been seen in the canal.", "")
    assert "contradicted" not in checks_of(genuine)
    assert "contradicted" in checks_of(genuine.replace("is not a fake", "is a fake"))


def test_a_body_that_negates_a_word_the_headline_only_wants_or_tries_does_not_contradict_it(monkeypatch):
    # no model dispute: only the check of a negated headline word is at work
    monkeypatch.setattr(stance, "thresholds", lambda: (1.1, 1.1))
    body = "\n\nThe council cannot close the ferry route without a vote of the islanders, its leader said."
    assert "contradicted" not in checks_of("Islanders mock bids to close the ferry route" + body)
    assert "contradicted" not in checks_of("Council ready to close the ferry route" + body)
    assert "contradicted" in checks_of("Council to close the ferry route" + body)
    # "going to" is a future, its "go" no word of the claim
    future = "Islanders Are Going To Love The New Ferry\n\nThe new ferry will not go to the north harbour in winter."
    assert "contradicted" not in checks_of(future)
    # a headline that says something is held off agrees with a body that says it will not be held
    held = "Harbour board holds off on fare vote\n\nThe harbour board will not be holding a fare vote this year."
    assert "contradicted" not in checks_of(held)
    assert "contradicted" in checks_of(held.replace("holds off on fare vote", "holds fare vote"))


def test_a_headline_that_says_someone_fibbed_or_defends_something_agrees_with_the_body_s_refutation(monkeypatch):
    monkeypatch.setattr(stance, "thresholds", lambda: (0.0, 1.1))
    fibbing = """Caught fibbing, the mayor stays defiant over ferry budget

The mayor's claims about the ferry budget turned out to be untrue, the auditor found."""
    assert "contradicted" not in checks_of(fibbing)
    assert "contradicted" in checks_of(fibbing.replace("Caught fibbing, the mayor stays", "The mayor stays"))
    assert sentence_cues(words("The mayor fibbed about the ferry budget.")).refute
    defends = """University defends its ferry articles

The dean disputed the ferry company's accusations that the articles were inaccurate and misleading."""
    assert "contradicted" not in checks_of(defends)
    assert "contradicted" in checks_of(defends.replace("defends", "publishes"))
    assert "contradicted" not in checks_of(defends.replace("University defends its ferry articles",
                                                           "University fires back over its ferry articles"))
