"""Check-worthiness and hedging of single sentences (factcheck.claims), its model and its trainer."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import claims
from factcheck.claims_features import features, tokens
from factcheck.cli import cli
from factcheck.weights import ModelFileError

ROOT = Path(__file__).resolve().parent.parent
TRAINER = ROOT / "scripts" / "train_checkworthy.py"

# Specific, checkable statements of the kinds news copy is made of.
CLAIMS = [
    "Inflation fell to 3.2% in October, its lowest level for two years.",
    # an instruction's verb inside a sentence is no instruction
    "Patients who eat every 2 hours lost 3 kg, the study found.",
    # a call to action's word as a noun opening a claim
    "Check fraud cost the Harbour bank $4 million last year.",
    "The harbour master (@harbourmaster) said 300 ferry jobs would go in 2019.",
    "The bridge was closed to traffic on 14 March after engineers found cracks in two of its supports.",
    "The company reported a pre-tax loss of £48m for the six months to June.",
    "More than 2,000 people were evacuated from their homes as the river burst its banks.",
    "The hospital trust said waiting lists had grown by a fifth since last winter.",
    "The regulator confirmed that it had opened an investigation into the firm's pricing.",
    "Police said two men had been arrested on suspicion of burglary.",
    "It was the wettest February on record in Wales, according to the Met Office.",
    "The strike forced the cancellation of 340 flights at Frankfurt airport on Thursday.",
    "A spokeswoman for the airline said the aircraft had landed safely and no one was hurt.",
    "The minister resigned in 2019 after an inquiry found she had misled parliament.",
]

# Questions, transitions, scene-setting, opinion, promises, instructions: nothing to check.
NOT_CLAIMS = [
    "What happens next?",
    "So where does that leave the talks?",
    "Here is what we know so far.",
    "But that is not the end of the matter.",
    "I think this is a wonderful day for everyone in our town.",
    "We will fight for every family that needs help.",
    "Let me be absolutely clear about this.",
    "Read more about the story below.",
    "Share this article with your friends.",
    "Eat every 2–3 hours.",
    "Drink within 30 minutes after your workout.",
    "Stir in the flour and bake until golden.",
    # a shopping or subscription page's call to action
    "Save $31 if you get the blue model with a second controller.",
    "Get Harbour Cycling Monthly delivered through your letterbox every month.",
    "Get started with the Harbour meal plan here.",
    # the credit line under an embedded post
    "— Ann Lee (@annlee_harbour) November 18, 2019",
    "It is time for our leaders to act.",
    "You have to believe in yourself.",
    "Thank you.",
    "The company declined to comment.",
    "A spokesman for the council did not respond to a request for comment.",
    "",
    "   ",
]

HEDGED = [
    "The virus may have spread to a second farm.",
    "Rebels might try to retake the town.",
    "The merger could cost 500 jobs.",
    "Okafor is likely to win the Tarnwell seat.",
    "The singer has reportedly left the band.",
    "The driver allegedly fled the scene.",
    "The alleged victim was taken to hospital.",
    "Ministers are expected to announce the plan on Monday.",
    "A suspected gas leak caused the blast.",
    "The painting is believed to be a forgery.",
    "The animal appears to have escaped through a gap in the fence.",
    "Group claims responsibility for the attack",
    "Bank to close 40 branches, according to reports",
    "Is this the end of the high street?",
    "Rail Strike May Go Ahead Next Week",
    "School evacuated after bomb scare",
    "Report: carmaker to cut 1,000 jobs",
    "Carmaker to cut 1,000 jobs - report",
    "Rumours of a takeover lifted the shares.",
    "The man, accused of fraud, denies the charges.",
    "Carmaker tipped to name a new chief executive",
    "Questions raised over the council's housing figures",
    "Bridge closed after apparent structural failure",
    "Winter 2027 May Be The Coldest On Record",
    "Did the mayor's brother win the contract? Council papers show a late bid",
    # a fear with no event that caused it is the doubt itself
    "Fears grow that the ferry operator will fold before the summer.",
]

NOT_HEDGED = [
    "The council approved the budget on Tuesday.",
    "Shares closed 4% higher.",
    "The festival will take place in May.",
    "The law came into force on May 1.",
    "Sales have risen every month since May.",
    "The offer runs until 31 May.",
    "Former prime minister Theresa May said the bill was flawed.",
    "The judge sentenced him to six years.",
    # "scare" the verb reports an act; "a bomb scare" (above) hedges
    "Rats scare off the editor of a fashion magazine",
    # a fear or speculation the event led to is no doubt about the event
    "Two ferries ran aground near Tarnwell, sparking widespread fears about the harbour's dredging.",
    # a pollster's "likely voters" are the voters counted; "likely to win" (above) hedges
    "Okafor leads Hallam by six points among likely voters in Tarnwell.",
    "The mayor's absence from the vote raised speculation about her future.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_specific_factual_statements_are_checkworthy(text: str) -> None:
    assert claims.is_checkworthy(text), text


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_questions_transitions_opinions_and_promises_are_not(text: str) -> None:
    assert not claims.is_checkworthy(text), text


@pytest.mark.parametrize("text", HEDGED)
def test_hedges(text: str) -> None:
    assert claims.is_hedged(text), text


@pytest.mark.parametrize("text", NOT_HEDGED)
def test_plain_assertions_and_the_month_may_are_not_hedged(text: str) -> None:
    assert not claims.is_hedged(text), text


def test_hedge_cues_names_the_words() -> None:
    assert claims.hedge_cues("Troops may have crossed the border, officials allegedly said.") == [
        "may have", "allegedly"]
    assert claims.hedge_cues("The talks collapsed in May.") == []


@pytest.mark.parametrize("conceded, open_", [
    ("The ferry may have left an hour late, but it reached the port before the storm.",
     "The ferry may have left an hour late, the coastguard said, but no one was hurt."),
    ("Although the plan might seem costly, the council approved it on Monday.",
     "The plan might cost the council more than it approved on Monday, while the mayor ..."),
    ("While the repairs could look small, they closed the bridge for a month.",
     "The repairs could take weeks, but the council hopes to finish sooner."),
])
def test_a_modal_in_a_conceding_clause_is_no_hedge(conceded: str, open_: str) -> None:
    assert not claims.is_hedged(conceded), conceded
    # a "but" after another clause, a "while" that opens no clause, "could" before "but": still open
    assert claims.is_hedged(open_), open_
    # "not only ..., but also" adds; it concedes nothing
    assert claims.is_hedged("The delay might cost the council not only its grant, but also its contractor.")


def test_curly_and_straight_apostrophes_read_alike() -> None:
    curly = "The ministry\u2019s figures don\u2019t add up."
    assert features(curly) == features("The ministry's figures don't add up.")
    assert "cue:contraction" in features("The ministry's figures don't add up.")
    assert "cue:contraction" not in features("The ministry's figures were late.")


def test_numbers_are_folded_so_amounts_generalise() -> None:
    assert tokens("It cost $3 million, up 40% on 2019.") == tokens("It cost $95 million, up 7% on 2021.")


def test_answers_do_not_leak_between_sentences() -> None:
    # The tokeniser caches the last sentence; alternating calls must still answer for their own text.
    plain, hedged = "The plant employs 300 people in the town.", "The plant may close."
    for _ in range(3):
        assert claims.is_checkworthy(plain) and not claims.is_hedged(plain)
        assert claims.is_hedged(hedged)


def test_shipped_weights_load() -> None:
    model = claims.load_model(str(claims.MODEL_PATH))
    assert len(model.weights) > 1000 and len(model.words) > 10000
    assert all(isinstance(w, complex) and w.imag >= 1.0 for w in model.weights.values())
    # The model learnt what the cues mean: numbers and percentages push towards a claim, questions away.
    assert model.weights["cue:percent"].real > 0 and model.weights["cue:number"].real > 0
    assert model.weights.get("cue:question", 0j).real < 0
    # Word vectors generalise to words the debates never used: amounts and statistics lean towards
    # a claim, feelings and wishes away from one.
    assert model.words["percentage"] > model.words["hope"] and model.words["billion"] > model.words["feel"]
    assert isinstance(model.bias, float) and isinstance(model.threshold, float)
    assert claims.MODEL_PATH.stat().st_size < 1_500_000


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "other.json"
    bad.write_text(json.dumps({"model": "something-else", "bias": 0, "threshold": 0, "weights": {}}))
    with pytest.raises(ModelFileError, match="not a factcheck.checkworthy/2"):
        claims.load_model(str(bad))


def _synthetic(n: int) -> list[dict]:
    rows = []
    for i in range(n):
        rows.append({"label": 1, "text": f"Exports rose by {i + 3} percent in {1990 + i % 30}, the ministry said."})
        rows.append({"label": 0, "text": f"I think we should all work together on this, number {i}."})
    return rows


def test_trainer_rebuilds_weights_from_a_data_path(tmp_path: Path) -> None:
    data = tmp_path / "tiny.json"
    data.write_text(json.dumps(_synthetic(20)), encoding="utf-8")
    out = tmp_path / "model.json"
    run = subprocess.run([sys.executable, str(TRAINER), str(data), "--out", str(out), "--folds", "2"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("cv2: n=40 ")
    prov = json.loads(out.read_text(encoding="utf-8"))["provenance"]  # what made it, recorded with it
    assert prov["command"] == f"python3 scripts/train_checkworthy.py {data} --out {out} --folds 2"
    assert prov["data"]["train"] == "tiny.json (40 labelled sentences)" and prov["settings"]["seed"] == 13
    assert set(prov["dev_score"]["cv2"]) == {"P", "R", "F1"} and prov["rules_commit"]
    model = claims.load_model(str(out))
    score = lambda text: model.logit(set(features(text)), tokens(text))  # noqa: E731
    assert score("Imports rose by 12 percent in 2004, the ministry said.") > model.threshold
    assert score("I think we should work together on this.") < model.threshold


def test_trainer_uses_word_vectors_for_words_it_never_saw(tmp_path: Path) -> None:
    data = tmp_path / "tiny.json"
    data.write_text(json.dumps(_synthetic(20)), encoding="utf-8")
    # GloVe text format; "exports" and "imports" point one way, "think" and "believe" the other.
    vectors = tmp_path / "vectors.txt"
    vectors.write_text("exports 1.0 0.1\nimports 0.9 0.0\nthink -1.0 0.2\nbelieve -0.9 0.1\n", encoding="utf-8")
    out = tmp_path / "model.json"
    run = subprocess.run([sys.executable, str(TRAINER), str(data), "--vectors", str(vectors), "--out", str(out),
                          "--skip-words", "0", "--folds", "0"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    model = claims.load_model(str(out))
    assert set(model.words) == {"exports", "imports", "think", "believe"}
    # "imports" and "believe" never occur in the training sentences: their vectors carry them.
    assert model.words["imports"] > 0 > model.words["believe"]


def test_trainer_reports_unreadable_data_in_one_line(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(TRAINER), str(tmp_path / "missing.json"),
                          "--out", str(tmp_path / "m.json")], capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert run.stderr.strip().startswith("train_checkworthy: cannot read")
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "m.json").exists()


def test_fast_enough_for_every_sentence() -> None:
    sentences = [s + f" ({i})" for i in range(150) for s in CLAIMS + NOT_CLAIMS[:8]]
    start = time.process_time()
    for s in sentences:
        claims.is_checkworthy(s)
        claims.is_hedged(s)
    per_sentence = (time.process_time() - start) / len(sentences)
    # About 40 microseconds here; pysbd alone needs several hundred for a sentence this long.
    assert per_sentence < 300e-6, f"{per_sentence * 1e6:.0f} us per sentence"


def test_analyze_marks_claims_and_hedges_in_an_article(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(
        "Council votes to shut two pools\n\n"
        "The city council voted on Wednesday to close two swimming pools to save £400,000 a year.\n\n"
        "The leisure centre in Park Road may also be sold, it is understood.\n\n"
        "What happens to the staff?\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["analyze", str(article), "--format", "json"])
    assert result.exit_code == 0, result.output
    by_text = {s["text"]: s for s in json.loads(result.output)["sentences"]}
    votes = by_text["The city council voted on Wednesday to close two swimming pools to save £400,000 a year."]
    assert votes["checkworthy"] and not votes["hedged"]
    assert by_text["The leisure centre in Park Road may also be sold, it is understood."]["hedged"]
    assert not by_text["What happens to the staff?"]["checkworthy"]


def test_a_headline_that_opens_with_a_question_is_hedged() -> None:
    assert claims.is_hedged("Giant squid in the harbour? Divers film a huge shape near the pier")
    assert claims.is_hedged("Retailer set to buy rival chain REPORT")
    assert not claims.is_hedged('"Why now?" The mayor asked the council to wait a week.')


def test_rules_of_news_english_weigh_a_fixed_margin_not_a_veto() -> None:
    from factcheck.claims_features import RULE_MARGIN, rule_shift

    assert rule_shift(set(features("The ministry said that exports had fallen."))) == RULE_MARGIN
    assert rule_shift(set(features("So where does that leave the talks?"))) == -RULE_MARGIN
    assert rule_shift(set(features("I think we should work together."))) == 0.0
    # A relayed claim the model is unsure of counts as a claim; the margin decides, not the rule alone.
    relayed = "The regulator confirmed that it had opened an investigation into the firm's pricing."
    assert claims.checkworthy_score(relayed) + RULE_MARGIN >= 0 and claims.is_checkworthy(relayed)


@pytest.mark.parametrize("text", ["Rumours of the harbour master's death debunked",
                                  "Claims the pier will close are untrue, council says",
                                  "Harbour council denies reports that the ferry will stop",
                                  "Okafor rebuffs rumours he will quit the board"])
def test_a_claim_the_sentence_calls_false_is_no_hedge(text: str) -> None:
    assert claims.is_hedged(text) is False


@pytest.mark.parametrize("text", ["Rumours swirl that the harbour master will quit",
                                  "The pier may close, though the council denies it",
                                  "Ferry service ends despite rumours of a rescue deal"])
def test_a_rumour_left_open_or_another_hedge_still_hedges(text: str) -> None:
    assert claims.is_hedged(text) is True


@pytest.mark.parametrize(("text", "claim"), [
    ("HARBOURLINE FERRY 4", False), ("CORRECTION APPENDED.", False), ("TARNFORD, OHIO", False),
    ("TARNFORD CUTS 400 JOBS", True),  # four shouted words can state something
])
def test_a_short_line_in_capitals_is_a_label_not_a_claim(text: str, claim: bool) -> None:
    # a car's model name between a review's paragraphs, a correction's note, a dateline's place
    assert claims.is_checkworthy(text) is claim


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article misstated the year the mine opened.",
    "Correction, Nov. 15, 2026: This article originally misidentified the mine's owner.",
    "This article was amended on 3 December 2026 to correct the number of jobs at risk.",
    "An earlier version of this story said the mine would close in 2027.",
    "Editor's note: This story has been updated with comment from the union.",
    "Originally published on Harbour Science.",
    "Cover image: an artist's impression of the new bridge at night.",
])
def test_the_outlets_notes_on_its_own_text_are_no_claims(note: str) -> None:
    assert not claims.is_checkworthy(note)


@pytest.mark.parametrize("claim", [
    "Update: Police have arrested two men over the fire at the depot.",
    "This report found that 40 percent of the mines would close by 2030.",
    "Corrections officers said the prisoner escaped at 3 a.m. on Sunday.",
    "Photo evidence shows the minister lied: he was at the depot on Monday.",
])
def test_news_after_an_update_label_or_about_a_report_is_still_a_claim(claim: str) -> None:
    assert claims.is_checkworthy(claim)


def test_a_correction_paragraph_flags_only_the_corrected_fact() -> None:
    from factcheck.model import Document
    from factcheck.pipeline import analyze
    a = analyze(Document(text="Mine to close next year\n\nThe Tarnwell mine will close next year, its owner said.\n\n"
                              "Correction: An earlier version of this article misstated the year the mine opened. "
                              "It opened in 1962, not 1952.\n"))
    flagged = [s.text for s in a.sentences if any(f.code == "unattributed_claim" for f in s.flags)]
    assert flagged == ["It opened in 1962, not 1952."]
