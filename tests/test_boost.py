"""scripts/boost.py, the small gradient-boosting trainer measured against the headline stance
model's logistic heads (scripts/train_headline_trees.py, docs/ACCURACY.md): hand-made trees walk
as drawn, and a fit is deterministic and finds an interaction a linear model cannot."""

from __future__ import annotations

import random
from types import ModuleType

from script_modules import load_script


def _boost() -> ModuleType:
    return load_script("boost")


def test_a_hand_made_tree_sends_a_row_below_the_cut_left_and_the_rest_right():
    b = _boost()
    tree = {"feature": "hedged", "below": 0.5,
            "left": {"value": -1.0},
            "right": {"feature": "overlap", "below": 0.3, "left": {"value": 0.25}, "right": {"value": 2.0}}}
    names = ("overlap", "hedged")
    assert b.leaf(tree, [0.9, 0.0], names) == -1.0
    assert b.leaf(tree, [0.1, 1.0], names) == 0.25
    assert b.leaf(tree, [0.3, 0.5], names) == 2.0  # at the cut is not below it
    ens = b.Ensemble(names, base=0.5, trees=[tree, {"value": 0.1}])
    assert abs(ens.score([0.9, 1.0]) - 2.6) < 1e-12
    assert abs(ens.score([0.9, 1.0], rounds=1) - 2.5) < 1e-12


def test_the_cut_points_lie_between_distinct_values_and_are_thinned_by_rank():
    b = _boost()
    assert b.cut_points([0.0, 1.0, 1.0, 0.0], 32) == [0.5]
    assert b.cut_points([3.0, 3.0], 32) == []
    cuts = b.cut_points([float(i) for i in range(100)], 4)
    assert len(cuts) <= 4 and cuts == sorted(cuts) and all(c % 1 == 0.5 for c in cuts)


def test_a_fit_is_deterministic_and_reads_an_interaction():
    b = _boost()
    rnd = random.Random(7)
    xs = [[rnd.random(), float(rnd.random() < 0.5)] for _ in range(800)]
    # yes only where both hold: a hedge that matters only in the sentences that bear on the claim
    ys = [int(x[0] > 0.5 and x[1] == 1.0) for x in xs]
    st = b.Settings(rounds=30, depth=2, rate=0.3)
    one, two = b.fit(xs, ys, ("bears", "hedged"), st), b.fit(xs, ys, ("bears", "hedged"), st)
    assert one.trees == two.trees and one.base == two.base
    right = sum((one.prob(x) >= 0.5) == bool(y) for x, y in zip(xs, ys))
    assert right >= 0.97 * len(xs)
    assert set(one.importances()) == {"bears", "hedged"}
