"""The two PolNeAR trainers visit their rows in an order set by each row's content, so a fit does
not depend on where a row stands, and one row more or less moves no other row's turn."""

from __future__ import annotations

import json
import random
from pathlib import Path

from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent


_script = load_script


def _stance_rows(n: int, seed: int = 3) -> list[tuple[list[str], int]]:
    """Invented candidate rows: a cue-verb feature decides the label, other words are noise."""
    rng = random.Random(seed)
    verbs, others = ["w=said", "w=argued", "w=voted", "w=ate"], [f"w=word{k}" for k in range(12)]
    rows = []
    for _ in range(n):
        verb = rng.choice(verbs)
        rows.append(([verb, *rng.sample(others, 3)], int(verb in ("w=said", "w=argued"))))
    return rows


def test_the_order_is_a_function_of_the_rows_contents() -> None:
    trainer = _script("train_stance")
    keys = [f"row {k}".encode() for k in range(50)]
    order = [keys[i] for i in trainer.content_order(keys, 0, 7)]
    shuffled = keys[:]
    random.Random(1).shuffle(shuffled)
    assert [shuffled[i] for i in trainer.content_order(shuffled, 0, 7)] == order
    # each epoch and each seed its own order
    assert [keys[i] for i in trainer.content_order(keys, 1, 7)] != order
    assert [keys[i] for i in trainer.content_order(keys, 0, 8)] != order


def test_adding_or_removing_a_row_moves_no_other_rows_turn() -> None:
    trainer = _script("train_stance")
    keys = [f"row {k}".encode() for k in range(50)]
    for epoch in range(3):
        before = [keys[i] for i in trainer.content_order(keys, epoch, 7)]
        more = keys + [b"one more row"]
        after = [more[i] for i in trainer.content_order(more, epoch, 7)]
        assert [k for k in after if k != b"one more row"] == before
        fewer = keys[:20] + keys[21:]
        assert [fewer[i] for i in trainer.content_order(fewer, epoch, 7)] == [k for k in before if k != keys[20]]


def test_identical_rows_keep_one_order_whatever_their_places() -> None:
    trainer = _script("train_stance")
    keys = [b"same", b"other", b"same", b"third"]
    order = [keys[i] for i in trainer.content_order(keys, 0, 7)]
    assert sorted(order) == sorted(keys)
    assert [keys[::-1][i] for i in trainer.content_order(keys[::-1], 0, 7)] == order


def test_the_stance_fit_is_the_same_for_any_order_of_its_rows() -> None:
    trainer = _script("train_stance")
    rows = _stance_rows(200)
    bias, w = trainer.train(rows)
    shuffled = rows[:]
    random.Random(5).shuffle(shuffled)
    assert trainer.train(shuffled) == (bias, w)
    assert trainer.train(rows[::-1]) == (bias, w)
    # nor the order of a row's features (a list built from a set comes in another order in
    # another process)
    assert trainer.train([(feats[::-1], y) for feats, y in rows]) == (bias, w)
    # and it learns the pattern
    assert w["w=said"] > 0 > w["w=voted"]


def test_the_chooser_fit_is_the_same_for_any_order_of_its_attributions() -> None:
    chooser = _script("train_source_chooser")
    rng = random.Random(9)
    data = []
    for _ in range(120):
        # the rules' choice (first) is a pronoun; a named speaker after the cue is right half the time
        right_named = rng.random() < 0.5
        feats = [["kind=pronoun", "side=before", f"noise={rng.randrange(5)}"],
                 ["kind=name", "side=after", f"noise={rng.randrange(5)}"]]
        data.append(chooser.Instance(feats, [not right_named, right_named], 0, "speech_verbs.subject_before"))
    w = chooser.train(data)
    shuffled = data[:]
    rng.shuffle(shuffled)
    assert chooser.train(shuffled) == w
    assert chooser.train(data[::-1]) == w
    reversed_features = [chooser.Instance([fs[::-1] for fs in i.feats], i.right, i.rule, i.rule_name) for i in data]
    assert chooser.train(reversed_features) == w
    # and it learns the pattern: the named speaker after the cue is right more often than not
    assert w["kind=name"] > 0 > w["kind=pronoun"]


def test_both_models_record_how_their_rows_were_ordered() -> None:
    stance = json.loads((ROOT / "factcheck" / "models" / "stance.json").read_text(encoding="utf-8"))
    chooser = json.loads((ROOT / "factcheck" / "models" / "mention_chooser.json").read_text(encoding="utf-8"))
    order = _script("train_stance").FIT_ORDER
    assert stance["provenance"]["settings"]["order"] == order
    assert stance["provenance"]["sentence_model"]["settings"]["order"] == order
    assert chooser["provenance"]["settings"]["order"] == order


def test_the_chooser_margin_is_the_smallest_within_the_tie_band() -> None:
    """A flat margin sweep: counts a few attributions apart are ties, and the smallest margin of
    them is taken, so the margin does not jump with each refit; a margin clearly better wins."""
    chooser = _script("train_source_chooser")
    from collections import Counter

    def sweep(rights: list[int]) -> list:
        return [(m, Counter(chooser_right=r)) for m, r in zip(chooser.MARGINS, rights)]

    n = 5_000  # a band of 10 attributions
    flat = [9_000, 9_008, 9_006, 9_004, 9_003, 9_001, 9_002, 9_003, 8_970]
    assert chooser.choose_margin(sweep(flat), n) == 0.0
    reordered = [9_000, 9_002, 9_003, 9_001, 9_008, 9_006, 9_004, 9_003, 8_970]
    assert chooser.choose_margin(sweep(reordered), n) == 0.0
    clear = [8_950, 8_990, 8_995, 9_010, 9_008, 9_001, 9_002, 9_003, 8_970]
    assert chooser.choose_margin(sweep(clear), n) == chooser.MARGINS[3]
    settings = json.loads((ROOT / "factcheck" / "models" / "mention_chooser.json").read_text(encoding="utf-8"))
    assert settings["provenance"]["settings"]["tie_band"] == chooser.TIE_BAND
