"""Small, deterministic gradient boosting of shallow regression trees for a yes/no target (training
only; factcheck/headline/trees.py walks what it makes).

Pure Python, standard library only. Each round fits one tree of depth <= `depth` to the gradient
and hessian of the logistic loss (Newton leaves, L2 `l2` on leaf values, at least `min_hessian`
of hessian on either side of a split), shrunk by `rate`. Split points are midpoints between a
feature's distinct values, thinned to at most `bins` of them by rank, so a row's bin is fixed once
and each node reads one histogram per feature. No sampling: the same rows give the same trees.

A tree is a nested dict: {"feature": NAME, "below": T, "left": NODE, "right": NODE} sends a row
with x[NAME] < T left, anything else right; {"value": V} is a leaf. The score of a row is `base`
plus the sum of its leaves over the trees; P(yes) = 1 / (1 + exp(-score)).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    rounds: int = 100
    depth: int = 3
    rate: float = 0.1
    l2: float = 1.0
    min_hessian: float = 2.0
    bins: int = 32

    def as_dict(self) -> dict:
        return {"rounds": self.rounds, "depth": self.depth, "rate": self.rate, "l2": self.l2,
                "min_hessian": self.min_hessian, "bins": self.bins}


@dataclass
class Ensemble:
    names: tuple[str, ...]
    base: float
    trees: list[dict] = field(default_factory=list)
    gain: dict[str, float] = field(default_factory=dict)     # summed loss reduction per feature
    splits: dict[str, int] = field(default_factory=dict)

    def score(self, x: Sequence[float], rounds: int | None = None) -> float:
        s = self.base
        for t in self.trees[:rounds]:
            s += leaf(t, x, self.names)
        return s

    def prob(self, x: Sequence[float], rounds: int | None = None) -> float:
        return sigmoid(self.score(x, rounds))

    def importances(self) -> dict[str, dict[str, float]]:
        """Each feature's share of the total gain and its number of splits, largest share first."""
        total = sum(self.gain.values()) or 1.0
        order = sorted(self.names, key=lambda n: (-self.gain.get(n, 0.0), n))
        return {n: {"gain_share": round(self.gain.get(n, 0.0) / total, 4), "splits": self.splits.get(n, 0)}
                for n in order if self.splits.get(n, 0)}

    def as_dict(self, rounds: int | None = None) -> dict:
        return {"base": round(self.base, 6), "trees": self.trees[:rounds]}


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def leaf(tree: dict, x: Sequence[float], names: Sequence[str]) -> float:
    node = tree
    while "value" not in node:
        node = node["left"] if x[names.index(node["feature"])] < node["below"] else node["right"]
    return node["value"]


def cut_points(values: Sequence[float], bins: int) -> list[float]:
    """Midpoints between distinct values, at most `bins` of them, spread by the rows' ranks."""
    distinct = sorted(set(values))
    if len(distinct) < 2:
        return []
    mids = [(a + b) / 2 for a, b in zip(distinct, distinct[1:])]
    if len(mids) <= bins:
        return mids
    ordered = sorted(values)
    n = len(ordered)
    picked = sorted({ordered[min(n - 1, (n * k) // (bins + 1))] for k in range(1, bins + 1)})
    # the midpoint just above each picked value; the largest value has none
    return [mids[distinct.index(v)] for v in picked if v != distinct[-1]]


def fit(xs: list[list[float]], ys: list[int], names: Sequence[str], settings: Settings) -> Ensemble:
    n, k = len(xs), len(names)
    cuts = [cut_points([x[j] for x in xs], settings.bins) for j in range(k)]
    binned = [[bisect_right(cuts[j], x[j]) for x in xs] for j in range(k)]  # bin b: cuts[b-1] <= x < cuts[b]
    prior = min(max(sum(ys) / n, 1e-6), 1 - 1e-6)
    ens = Ensemble(tuple(names), math.log(prior / (1 - prior)))
    scores = [ens.base] * n
    for _ in range(settings.rounds):
        ps = [sigmoid(s) for s in scores]
        g = [p - y for p, y in zip(ps, ys)]
        h = [max(p * (1 - p), 1e-12) for p in ps]
        tree, leaves = _grow(list(range(n)), g, h, binned, cuts, ens, settings, 0)
        for rows, value in leaves:
            for i in rows:
                scores[i] += value
        ens.trees.append(tree)
    return ens


def _grow(rows: list[int], g: list[float], h: list[float], binned: list[list[int]], cuts: list[list[float]],
          ens: Ensemble, st: Settings, depth: int) -> tuple[dict, list[tuple[list[int], float]]]:
    gs = [g[i] for i in rows]
    hs = [h[i] for i in rows]
    G, H = sum(gs), sum(hs)
    value = -G / (H + st.l2) * st.rate
    if depth >= st.depth or H < 2 * st.min_hessian:
        return {"value": round(value, 6)}, [(rows, round(value, 6))]
    parent = G * G / (H + st.l2)
    best = (1e-9, -1, -1)  # (gain, feature, bin)
    for j, col in enumerate(binned):
        nb = len(cuts[j]) + 1
        if nb < 2:
            continue
        gb = [0.0] * nb
        hb = [0.0] * nb
        for b, a, c in zip([col[i] for i in rows], gs, hs):
            gb[b] += a
            hb[b] += c
        gl = hl = 0.0
        for b in range(nb - 1):
            gl += gb[b]
            hl += hb[b]
            hr = H - hl
            if hl < st.min_hessian or hr < st.min_hessian:
                continue
            gr = G - gl
            gain = gl * gl / (hl + st.l2) + gr * gr / (hr + st.l2) - parent
            if gain > best[0]:
                best = (gain, j, b)
    gain, j, b = best
    if j < 0:
        return {"value": round(value, 6)}, [(rows, round(value, 6))]
    name = ens.names[j]
    ens.gain[name] = ens.gain.get(name, 0.0) + gain / 2
    ens.splits[name] = ens.splits.get(name, 0) + 1
    col = binned[j]
    left = [i for i in rows if col[i] <= b]
    right = [i for i in rows if col[i] > b]
    lt, ll = _grow(left, g, h, binned, cuts, ens, st, depth + 1)
    rt, rl = _grow(right, g, h, binned, cuts, ens, st, depth + 1)
    return {"feature": name, "below": round(cuts[j][b], 6), "left": lt, "right": rt}, ll + rl
