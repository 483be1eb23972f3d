"""The learned mention chooser: which phrase near a cue is its source, on invented sentences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from factcheck import weights
from factcheck.attribution import mention_chooser
from factcheck.attribution.cues import RawAttribution, find_in_sentence
from factcheck.pipeline import analyze_text
from factcheck.tokens import tokenize


def _cands(text: str, cue_word: str) -> tuple[list[str], list[mention_chooser.Mention]]:
    raws = find_in_sentence(text, 0, len(text))
    r = next(r for r in raws if text[r.cue_start:].startswith(cue_word))
    ((_, cands),) = [(x, c) for x, c in mention_chooser.sentence_candidates(text, 0, len(text), raws, [])
                     if x is r]
    toks = tokenize(text, 0, len(text))
    return [text[toks[c.rng[0]].start:toks[c.rng[1] - 1].end] for c in cands], cands


def test_the_rules_choice_comes_first_and_the_phrases_around_the_cue_follow() -> None:
    words, cands = _cands("The bill came from Ann Lee, who said it would cut costs for farmers.", "said")
    assert words[0] == "who" and cands[0].is_rule
    assert "Ann Lee" in words and "farmers" not in words[:1]
    who = cands[0]
    toks = tokenize("The bill came from Ann Lee, who said it would cut costs for farmers.", 0, 70)
    assert who.antecedent is not None and " ".join(t.text for t in toks[who.antecedent[0]:who.antecedent[1]]) \
        == "Ann Lee"
    # "it" is never a candidate source of a person's "said"; neither is the cue itself
    assert "it" not in words and "said" not in words
    assert not any(c.is_rule for c in cands[1:])


def test_a_phrase_fronted_by_a_preposition_or_an_opener_is_no_candidate() -> None:
    # capitalised only for opening the sentence, "Following ..." and "Meanwhile" name no one
    words, _ = _cands("Following Tuesday's hearing Acme did a review of the mayor's claim that rents fell.", "claim")
    assert words[0] == "a review of the mayor's" and not any(w.startswith("Following") for w in words)
    words, _ = _cands("Meanwhile, analysts say her plan to raise fees would hurt tenants.", "plan")
    assert words[0] == "her" and "Meanwhile" not in words


def test_a_lone_article_or_a_word_after_a_subject_pronoun_is_no_candidate() -> None:
    # "The" capitalised after a colon is no phrase; "further", "together" after a pronoun are no
    # nouns for people, though they end like one ("-er")
    words, _ = _cands("NOTE: The first line says that Okafor is calling for a review.", "calling")
    assert "The" not in words
    words, _ = _cands("Most of the money came from Ruritania and Vega, and they together vowed to pay.", "vowed")
    assert words[0] == "they" and "together" not in words
    words, _ = _cands("Okafor will build the towers, it further wrote.", "wrote")
    assert "further" not in words


def test_a_function_word_in_capitals_for_stress_is_no_candidate() -> None:
    # "NOT", "NEVER" are capitalised for stress, not a name or an acronym; a capital name still is
    words, _ = _cands("Sorry, Rex. Mayor Ann Lee did NOT say our dogs must stay indoors.", "say")
    assert words[0] == "Mayor Ann Lee" and "NOT" not in words and "Rex" in words
    words, _ = _cands("The Acme chief NEVER said the NASA plant would close.", "said")
    assert words[0] == "The Acme chief" and "NEVER" not in words and "the NASA plant" in words


def test_a_speaker_closing_the_sentence_after_a_verb_of_saying_is_kept() -> None:
    # "..., says new report": the bare phrase of a headline is the speaker, not a name before it
    text = "Ruritania ordered farmers named Ann Lee to sell their goats, says new report"
    analysis = analyze_text(text + "\n\nThe farmers met on Monday.\n")
    assert [a.source for a in analysis.sentences[0].attributions] == ["new report"]
    # no candidates are searched for it, in a body sentence either
    body = '"We will sell the goats," said the farmer.'
    raws = find_in_sentence(body, 0, len(body))
    assert [r.mention for r in raws] == ["the farmer"]
    assert mention_chooser.sentence_candidates(body, 0, len(body), raws, [(0, 25)]) == []
    # "told" takes the listener after it: '..., told The Ledger.' is searched for the speaker
    for cue in ("told", "said"):
        body = f'"We will sell the goats," the farmer, Ann Lee, {cue} The Ledger.'
        at = body.index("The Ledger")
        raw = RawAttribution(at, at + 10, "The Ledger", cue, body.index(cue), "media", rule="speech_verbs.inverted")
        found = mention_chooser.sentence_candidates(body, 0, len(body), [raw], [(0, 25)])
        assert bool(found) == (cue == "told")
    # a verb that is not one of saying ("..., criticized X.") may have taken its object: searched
    text = "Ann Lee, who had said she would debate the mayor, criticized Okafor."
    words, cands = _cands(text, "criticized")
    assert words[0] == "Okafor" and cands[0].is_rule and "Ann Lee" in words
    # with words after the object it closes no sentence, and the rules read the apposition's name
    text = "Ann Lee, who had said she would debate the mayor, criticized Okafor on two fronts."
    assert [(r.mention, r.cue) for r in find_in_sentence(text, 0, len(text))][-1] == ("Ann Lee", "criticized")


def test_the_features_say_where_a_candidate_stands_against_the_cue() -> None:
    words, cands = _cands("Officials told reporters the bridge would reopen in May.", "told")
    feats = dict(zip(words, (c.features for c in cands)))
    assert "side=B" in feats["Officials"] and "rule=True" in feats["Officials"]
    assert "side=A" in feats["reporters"] and "adjacent_after=told" in feats["reporters"]


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict]:
    """A hand-made model the test fills in (margin, families kept, weights)."""
    box: dict = {"margin": 1.0, "keep": ("labels.",), "weights": {}, "gate": float("inf")}
    monkeypatch.setattr(mention_chooser, "model", lambda: (box["margin"], box["keep"], box["weights"], box["gate"]))
    yield box


def _body(text: str):
    a = analyze_text("A headline for the story\n\n" + text)
    return next(s for s in a.sentences if s.role == "body"), a.text


def test_a_candidate_replaces_the_rules_choice_only_beyond_the_margin(model: dict) -> None:
    text = "Officials told reporters the bridge would reopen in May."
    model["weights"] = {"side=A": 3.0}
    s, _ = _body(text)
    assert [a.mention for a in s.attributions] == ["reporters"]
    model["margin"] = 5.0
    s, _ = _body(text)
    assert [a.mention for a in s.attributions] == ["Officials"]


def test_the_chooser_never_swaps_a_name_for_its_apposition(model: dict) -> None:
    # "The head of the tenants' group, Ann Lee, said": two phrases, one source; the rules' name stands
    text = "The head of the tenants' group, Ann Lee, said the rent would rise."
    model["weights"] = {"cap=False": 5.0}
    s, _ = _body(text)
    assert [a.mention for a in s.attributions] == ["Ann Lee"]


def test_a_rules_choice_scoring_above_the_gate_is_kept_without_a_search(model: dict) -> None:
    text = "Officials told reporters the bridge would reopen in May."
    model["weights"] = {"side=A": 3.0, "rule=True": 1.0}
    s, _ = _body(text)
    assert [a.mention for a in s.attributions] == ["reporters"]
    model["gate"] = 1.0  # the rules' "Officials" scores 1.0 on its own: no other candidate is looked for
    s, _ = _body(text)
    assert [a.mention for a in s.attributions] == ["Officials"]


def test_a_relative_pronoun_chosen_points_at_who_and_resolves_to_its_antecedent(model: dict) -> None:
    model["weights"] = {"hc=rel_who": 5.0}
    s, full = _body("The budget was drafted by Councillor Ann Lee, who told residents it would pass.")
    a = s.attributions[0]
    assert a.mention == "who" and full[a.span[0]:a.span[1]] == "who"
    assert a.source == "Councillor Ann Lee" and a.kind == "named_person"


def test_a_speaker_label_is_never_overridden(model: dict) -> None:
    # a signature's name is the structure of the line, whatever the model prefers
    text = '"Mark Pryce has been saying tough things about the plan." ― Ann Lee'
    model["weights"] = {"side=B": 9.0}
    s, _ = _body(text)
    assert ("Ann Lee", "―") in [(a.mention, a.cue) for a in s.attributions]
    model["keep"] = ()
    s, _ = _body(text)
    # without the rule family kept, only the quotation stops the move: its words are not the
    # speaker of a cue outside it
    assert ("Ann Lee", "―") in [(a.mention, a.cue) for a in s.attributions]
    s, _ = _body('Mark Pryce, on the plan: "Tough things." ― Ann Lee')
    assert ("Ann Lee", "―") not in [(a.mention, a.cue) for a in s.attributions]


def test_an_empty_model_changes_nothing(model: dict) -> None:
    s, _ = _body("Officials told reporters the bridge would reopen in May.")
    assert [a.mention for a in s.attributions] == ["Officials"]


def test_the_shipped_model_records_what_made_it_and_loads() -> None:
    data = weights.load(mention_chooser.MODEL_NAME)
    prov = data["provenance"]
    assert prov["command"].startswith("python3 scripts/train_source_chooser.py ")
    assert "train" in prov["data"]["train"].lower() and prov["data"]["dev"]
    assert prov["settings"]["margin"] == data["margin"]
    assert prov["dev_score"]["chooser_right"] >= prov["dev_score"]["rules_right"]
    mention_chooser.model.cache_clear()
    margin, keep, w, gate = mention_chooser.model()
    assert margin >= 0 and w and "labels." in keep and gate == data["gate"]


def test_the_mention_chooser_was_trained_on_the_rules_as_they_are() -> None:
    # Its candidates and labels come from the rules' attributions: a change to the rules changes
    # its training data. Retrain with the command in the provenance (docs/ARCHITECTURE.md).
    prov = weights.load(mention_chooser.MODEL_NAME)["provenance"]
    assert prov["rules_hash"] == weights.rules_hash(), (
        "factcheck/models/mention_chooser.json was trained on other rules than these: retrain with "
        + prov["command"])


def test_a_broken_chooser_file_is_one_error_naming_it(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    path = tmp_path / "mention_chooser.json"
    path.write_text('{"margin": 1.0}', encoding="utf-8")
    monkeypatch.setattr(weights, "path_of", lambda name: path)
    real_load = weights.load
    monkeypatch.setattr(weights, "load", lambda name, p=None: real_load(name, path))
    mention_chooser.model.cache_clear()
    try:
        with pytest.raises(weights.ModelFileError) as err:
            mention_chooser.model()
        assert str(path) in str(err.value)
    finally:
        mention_chooser.model.cache_clear()


def test_the_chooser_never_makes_a_source_anonymous_on_its_own(model: dict) -> None:
    # a ranking alone must not raise the anonymous_source warning: the rules' evidence does
    model["weights"] = {"side=A": 9.0}
    s, _ = _body("Ann Lee told a senior official the plant would close.")
    assert [(a.mention, a.kind) for a in s.attributions] == [("Ann Lee", "named_person")]
    s, _ = _body("Ann Lee told Mayor Bo Tan the plant would close.")
    assert [(a.mention, a.kind) for a in s.attributions] == [("Mayor Bo Tan", "named_person")]



@pytest.mark.parametrize("text, mention", [("Okafor appears to have left the harbour in Tarnwell.", "Okafor"),
                                           ("The Harbour Party appears to win a landslide in Tarnwell.",
                                            "The Harbour Party")])
def test_a_place_in_what_is_said_is_never_chosen(text: str, mention: str) -> None:
    # the shipped model ranked "Tarnwell", the place after "in", above the subject the rules chose
    s, _ = _body(text)
    assert [a.mention for a in s.attributions] == [mention]
