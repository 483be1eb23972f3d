"""Learned mention chooser: which noun phrase of a sentence is the source of a cue the rules found.

The cue rules (and the stance fallback) find an attribution and pick one mention as its source by
a written order of patterns ("the subject before the verb", "the name before the apposition",
"the phrase after an inverted 'said'"). Where news English is less regular the first pattern
that applies picks the wrong phrase: a participle's or relative clause's subject, the object of
"told", a name inside an apposition. For each attribution this module lists the candidate
mentions near its cue (noun phrases that can speak, pronouns, a relative "who"; the rules' own
choice among them), describes each by its place relative to the cue (direction, distance, the
punctuation and words around it and between) and ranks them with a linear model trained on
PolNeAR train's gold Source spans (scripts/train_source_chooser.py; weights in
factcheck/models/mention_chooser.json). The rules' choice is replaced only when the model prefers
another candidate by more than the file's `margin`.

The work per attribution is bounded (a window of tokens around the cue), so a sentence costs
time linear in its length.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat

from factcheck import weights
from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues import RawAttribution
from factcheck.attribution.cues.choose import names_no_one
from factcheck.attribution.cues.labels import COLON_LABEL
from factcheck.attribution.cues.subjects import plausible_source
from factcheck.attribution.kinds import classify, is_role_noun, relative_kind
from factcheck.attribution.mentions import (
    DASHES,
    DETERMINERS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    fronted_opener,
    np_backward,
)
from factcheck.lexicon import rule_words
from factcheck.tokens import QUOTE_CHARS, Tok, tokenize_shared

MODEL_NAME = "mention_chooser"
# function words and auxiliaries: written in capitals ("did NOT say", "is ALSO") they are stressed,
# not a name or an acronym
_FUNCTION_WORDS = rule_words("stance", "not_verb", "attribution_rules") | rule_words("stance", "aux",
                                                                                     "attribution_rules")
_STRESSED = rule_words("chooser", "stressed", "attribution_rules")
_CLOSING = rule_words("chooser", "closing", "attribution_rules")
_PLACES_AFTER = rule_words("chooser", "place_prepositions", "attribution_rules")
BEFORE, AFTER = 30, 14  # tokens of the window before and after the cue
_RELATIVE = frozenset({"who", "which", "that"})
_RELATIVE_SUBJECTS = frozenset({"who", "which"})
_ARTICLES = frozenset({"the", "a", "an"})  # ("each", "both", "some" alone can speak)
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS | {"which"}  # "which together vowed": a relative subject too
_DIST = (0, 1, 2, 4, 8, 16)
_ZEROS = repeat(0.0)
_ORDER = ("0", "1", "2", "3")
_LEN = ("0", "1", "2", "3", "4", "5")
_DIST_DOWN = tuple(reversed(_DIST))
_DIST_TEXT = {b: str(b) for b in _DIST}


@dataclass(slots=True)
class Mention:
    """A candidate source mention: a token range, what a relative pronoun stands for, its features."""

    rng: tuple[int, int]
    antecedent: tuple[int, int] | None
    features: list[str]
    is_rule: bool = False


def _bucket(n: int) -> str:
    """0, 1, 2, 4, 8 or 16: the largest of them not above n."""
    for b in _DIST_DOWN:
        if n >= b:
            return _DIST_TEXT[b]
    return "0"


def _head_class(t: Tok) -> str:
    low = t.low
    if low in _RELATIVE:
        return "rel_" + low
    if low in lx.pronouns():
        return "pron_" + low
    if low in lx.source_nouns():
        return "source_noun"
    if is_role_noun(low):
        return "role_noun"
    if low in lx.org_words():
        return "org"
    if low in lx.document_nouns():
        return "document"
    if low in lx.media()[1]:
        return "media"
    return "cap" if t.cap else "low"


def _tok_key(toks: list[Tok], k: int) -> str:
    """The token at k as a feature value: punctuation as itself, a word lower-cased, edges."""
    if k < 0:
        return "^"
    if k >= len(toks):
        return "$"
    t = toks[k]
    if not t.is_word:
        return "Q" if t.text in QUOTE_CHARS else t.text
    if t.text[0].isdigit():
        return "NUM"
    return t.low


@cache
def _speaking_heads() -> frozenset[str]:
    """Nouns a phrase that can speak may end in: people, bodies, documents, outlets."""
    return lx.source_nouns() | lx.org_words() | lx.document_nouns() | lx.media()[1]


def _speaking_head(low: str) -> bool:
    return low in _speaking_heads() or is_role_noun(low)


def _ends_phrase(toks: list[Tok], j: int) -> bool:
    """Could toks[j] be the last word of a noun phrase that can speak?"""
    t = toks[j]
    if not t.is_word or not t.text[0].isalpha():
        return False
    low = t.low
    if low in lx.pronouns() or low in _RELATIVE_SUBJECTS:
        return True
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if t.possessive and nxt is not None and nxt.is_word:
        return False  # "Ruritania's missing climbers": the possessive opens a phrase, it does not end one
    if t.cap:
        # "a Quinnipiac University poll", "the Pentagon spokesman": a name before the noun it
        # describes ends no phrase; the noun does
        return nxt is None or not (nxt.is_word and (nxt.cap or _speaking_head(nxt.low))) and nxt.text != "-"
    return _speaking_head(low) and (nxt is None or not (nxt.is_word and not nxt.cap and
                                                         (nxt.low in lx.source_nouns() or is_role_noun(nxt.low))))


def _dash_aside(toks: list[Tok], cue: int) -> tuple[int, int]:
    """The token range between the dashes of an aside that closes right before the cue ("Kall --
    co-editor of a book, a study of style -- said"): it describes the speaker before it and is
    never the speaker. (-1, -1) when there is none."""
    k = cue - 1
    if k < 1 or toks[k].text not in DASHES:
        return (-1, -1)
    while k > 0 and toks[k - 1].text in DASHES:
        k -= 1  # "--" is two tokens
    for n in range(k - 1, max(-1, k - BEFORE), -1):
        if toks[n].text in DASHES:
            return (n, k)
    return (-1, -1)


def _kicker(toks: list[Tok], rng: tuple[int, int], cue: int, quoted: list[tuple[int, int]]) -> bool:
    """A phrase that never speaks for the cue at toks[cue]: words in a quotation the cue is outside
    of ("'Wild misinformation': Brian Williams explains"), or a kicker before an opening colon
    ("WATCH:", "Day 3:", "SHOCKING:"). In headlines the model, trained on body sentences, was
    drawn to them by their capitals."""
    if any(a <= rng[0] and rng[1] <= b and not a <= cue < b for a, b in quoted):
        return True
    end = rng[1]
    closes = end < len(toks) and toks[end].text in QUOTE_CHARS
    colon = end + closes
    if colon >= len(toks) or toks[colon].text != ":" or rng[0] > 1 or rng[0] == 1 and toks[0].is_word:
        return False  # not the label that opens the sentence
    if closes or rng[0] == 1:
        return True  # "'Wild misinformation': ...": a quotation before the colon, not a speaker
    head = toks[rng[0]:end]
    phrase = " ".join(t.text for t in head)
    # only what is surely no speaker: a name the lexicons do not know ("Pat Caddell:") may speak
    return bool(COLON_LABEL.match(phrase)) or any(c.isdigit() for c in phrase) or (
        len(head) == 1 and head[0].text.isupper() and len(head[0].text) > 5)  # "SHOCKING:"


def _closing_speaker(toks: list[Tok], cue: int, rule: tuple[int, int] | None, rule_name: str) -> bool:
    """'"...," said the spokesman.', '..., says new report': a verb of saying with no listener after
    it ("said", not "told"), after a comma or a quotation, whose inverted phrase closes the
    sentence, names the speaker; nothing earlier in the sentence does (a bare headline phrase,
    "new report", reads to the model like no phrase)."""
    return rule is not None and rule_name.startswith("speech_verbs.inverted") and toks[cue].low in _CLOSING \
        and cue >= 1 and (toks[cue - 1].text == "," or toks[cue - 1].text in QUOTE_CHARS) \
        and rule[0] == cue + 1 and not any(t.is_word for t in toks[rule[1]:])


def _lone_determiner(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'CLARIFICATION: The first sentence ...': a determiner on its own, capitalised for opening
    what follows a colon, is no phrase."""
    return rng[1] - rng[0] == 1 and toks[rng[0]].low in _ARTICLES


def _stressed_function_word(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'The mayor did NOT say', 'she NEVER said', 'it was ALSO': a function word written in
    capitals for stress ends no name; a capital alone does not make a speaker."""
    head = toks[rng[1] - 1]
    return head.text.isupper() and len(head.text) > 1 and (head.low in _FUNCTION_WORDS or head.low in _STRESSED)


def _after_subject_pronoun(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'it further wrote', 'which together vowed': one lower-case word right after a subject
    pronoun is an adverb or a verb (a pronoun takes no noun after it), even when it ends like a
    noun for a person ("-er", "-ist")."""
    return rng[1] - rng[0] == 1 and rng[0] > 0 and not toks[rng[0]].cap \
        and toks[rng[0] - 1].low in _SUBJECT_PRONOUNS


def _token_range(starts: list[int], ends: list[int], a: int, b: int) -> tuple[int, int] | None:
    """The tokens that overlap text[a:b] (`starts`, `ends`: the tokens' offsets, in order)."""
    first = bisect_right(ends, a)
    last = bisect_left(starts, b)
    return (first, last) if first < last else None


def _lower_lead(t: Tok) -> bool:
    """A lower-case word that opens no noun phrase: not a determiner, pronoun or relative word."""
    return t.is_word and not t.cap and t.low not in DETERMINERS and t.low not in lx.pronouns() \
        and t.low not in _RELATIVE


def _time_phrase(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'Hours earlier Okafor said', 'Minutes later Reyes told': a time word before the word that
    ends a time phrase is no one, capitalised or not."""
    return toks[rng[1] - 1].low in TIME_WORDS and rng[1] < len(toks) and toks[rng[1]].low in _TIME_PHRASE_ENDS


_TIME_PHRASE_ENDS = frozenset({"earlier", "later", "ago"})


def _inside(quoted: list[tuple[int, int]], k: int) -> bool:
    """Is token k inside one of the `quoted` token ranges (in order, not overlapping)?"""
    n = bisect_left(quoted, (k + 1, -1)) - 1  # the last range starting at or before k
    return n >= 0 and quoted[n][0] <= k < quoted[n][1]


def _antecedent(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """What the relative pronoun toks[j] stands for: the phrase before it ("Ann Lee, who")."""
    k = j - 2 if j >= 2 and toks[j - 1].text == "," else j - 1
    rng = np_backward(toks, k, antecedent=True) if k >= 0 else None
    while rng is not None and rng[1] - rng[0] > 1 and _lower_lead(toks[rng[0]]) and toks[rng[0] + 1].cap:
        rng = (rng[0] + 1, rng[1])
    return rng if rng is not None and rng[1] == k + 1 and plausible_source(toks, rng) else None


def candidates(toks: list[Tok], cue: int, rule: tuple[int, int] | None, rule_name: str,
               taken: list[tuple[int, int]], quoted: list[tuple[int, int]],
               per_cue: _CueFeatures | None = None) -> list[Mention]:
    """The candidate mentions of the cue at toks[cue], the rules' choice (`rule`, a token range)
    first when there is one. `taken`: other attributions' mentions (token ranges) not to pick;
    `quoted`: token ranges inside quotation marks."""
    n = len(toks)
    lo, hi = max(0, cue - BEFORE), min(n, cue + AFTER + 1)
    ranges: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    seen: set[tuple[int, int]] = set()
    if rule is not None:
        ranges.append((rule, _antecedent(toks, rule[0]) if rule[1] - rule[0] == 1
                       and toks[rule[0]].low in ("who", "which") else None))
        seen.add(rule)
    tl = toks
    aside = _dash_aside(toks, cue)
    for j in range(lo, hi):
        if j == cue or not _ends_phrase(toks, j) or aside[0] < j < aside[1]:
            continue
        t = toks[j]
        ante = None
        if t.low in ("who", "which"):
            ante = _antecedent(toks, j)
            if ante is None or j < cue and toks[cue - 1].text == ",":
                # "Bale, who has been cast as Jobs, reports Variety": a comma closed the relative
                # clause before the cue, which is not its verb
                continue
            rng = (j, j + 1)
        elif t.low in lx.pronouns():
            if t.low in ("it", "you"):
                continue
            rng = (j, j + 1)
        else:
            rng = np_backward(tl, j)
            if rng is None:
                rng = (j, j + 1)
            while rng[1] - rng[0] > 1 and _lower_lead(toks[rng[0]]) and toks[rng[0] + 1].cap:
                rng = (rng[0] + 1, rng[1])  # "from Ann Lee": the name, not the preposition
            if rng[0] <= cue < rng[1] or not plausible_source(tl, rng) or _kicker(toks, rng, cue, quoted) \
                    or fronted_opener(tl, rng) or _lone_determiner(tl, rng) or _after_subject_pronoun(tl, rng) \
                    or _stressed_function_word(tl, rng) or _time_phrase(tl, rng):
                continue
        if rng in seen or any(a < rng[1] and rng[0] < b for a, b in taken) or (
                rule is not None and rule[0] < rng[1] and rng[0] < rule[1]):
            # a part or an extension of the rules' own phrase: their boundaries stand (and its kind)
            continue
        seen.add(rng)
        ranges.append((rng, ante))
    out = []
    # the nearest candidates on each side first: their order is a feature
    before = sorted((r for r, _ in ranges if r[1] <= cue), key=lambda r: -r[1])
    after = sorted((r for r, _ in ranges if r[0] > cue), key=lambda r: r[0])
    order = {r: k for k, r in enumerate(before)} | {r: k for k, r in enumerate(after)}
    if per_cue is None:
        per_cue = _CueFeatures(toks, cue, rule_name, quoted)
    for rng, ante in ranges:
        out.append(Mention(rng, ante, features(toks, cue, rng, rng == rule, order.get(rng, 0), quoted, per_cue),
                           is_rule=rng == rule))
    return out


class _CueFeatures(dict):
    """The features of a candidate that depend only on its side of the cue and whether the rules
    chose it, keyed (side, is_rule): worked out once per cue, each on first use."""

    def __init__(self, toks: list[Tok], cue: int, rule_name: str, quoted: list[tuple[int, int]]) -> None:
        super().__init__()
        self.cue_word = toks[cue].low
        self.rule_name = rule_name
        self.rule_family = rule_name.split(".")[0]
        self.nxt, self.prev = _tok_key(toks, cue + 1), _tok_key(toks, cue - 1)
        self.cue_inside = str(_inside(quoted, cue))

    def __missing__(self, key: tuple[str, bool]) -> list[str]:
        side, r = key[0], str(key[1])
        self[key] = out = [
            "side=" + side, "cue=" + side + self.cue_word, "cuenext=" + side + self.nxt,
            "cueprev=" + side + self.prev, "rule=" + r, "rulef=" + r + self.rule_family,
            "ruler=" + r + self.rule_name, self.cue_inside]
        return out


def features(toks: list[Tok], cue: int, rng: tuple[int, int], is_rule: bool, order: int,
             quoted: list[tuple[int, int]], per_cue: _CueFeatures) -> list[str]:
    """What the model reads of one candidate: its place relative to the cue and what is around it
    (`per_cue`: those that depend on the cue alone)."""
    a, b = rng
    if b <= cue:
        side, dist, between = "B", cue - b, toks[b:cue]
    elif a > cue:
        side, dist, between = "A", a - cue - 1, toks[cue + 1:a]
    else:
        side, dist, between = "O", 0, []
    head = toks[b - 1]
    hc = _head_class(head)
    prev, nxt = _tok_key(toks, a - 1), _tok_key(toks, b)
    commas = 0
    quotes = False
    words = []
    for t in between:
        if t.is_word:
            words.append(t)
        elif t.text == ",":
            commas += 1
        elif t.text in QUOTE_CHARS:
            quotes = True
    static = per_cue[(side, is_rule)]
    order_s = _ORDER[min(order, 3)]
    f = [
        "sd=" + side + _bucket(dist), "so=" + side + order_s,
        "hc=" + hc, "shc=" + side + hc, "sohc=" + side + order_s + hc,
        "prev=" + prev, "sprev=" + side + prev, "next=" + nxt, "snext=" + side + nxt,
        "pn=" + prev + "|" + nxt,
        "commas=" + side + _ORDER[min(commas, 3)], "quotes=" + side + str(quotes),
        "cueo=" + side + order_s + static[1][5:],
        "len=" + _LEN[min(b - a, 5)],
        "cap=" + str(head.cap), "det=" + str(toks[a].low in DETERMINERS),
        "inq=" + str(_inside(quoted, a)) + static[7],
        *static[:7], "at=" + _bucket(a),  # how far into the sentence it starts
    ]
    if side == "B":
        if words:
            f.append("bw1=" + words[-1].low)  # the word right before the cue
            f.append("bwf=" + words[0].low)  # the word right after the candidate
        else:
            f.append("adjacent_before" + (",".join(t.text for t in between) or "0"))
    elif side == "A" and dist == 0:
        f.append("adjacent_after=" + static[1][5:])
    if words:
        verbs = lx.cue_verbs()
        if any(t.low in verbs for t in words):
            f.append("cue_between=" + side)
        if any(t.low in _RELATIVE for t in words):
            f.append("rel_between=" + side)
    if a == 0 or not toks[a - 1].is_word:
        f.append("opens=" + side + prev)
    if _lower_lead(toks[a]):
        f.append("lowstart=" + side)  # "show up for candidates": no noun phrase
    if head.possessive:
        f.append("possessive=" + side)
    return f


def kept(rule: str, keep: Sequence[str]) -> bool:
    """Is the rule one of the families (prefixes of its name) whose choice the chooser keeps?"""
    return rule.startswith(tuple(keep))


@cache
def model() -> tuple[float, tuple[str, ...], dict[str, float], float]:
    """(margin, rule families kept as they are, weights, gate) of factcheck/models/mention_chooser.json:
    an attribution whose rules' choice alone scores `gate` or more is left as it is without a
    search (the trainer chose it so that no change the model makes on train is lost). A missing
    or broken file is a ModelFileError naming it."""
    data = weights.load(MODEL_NAME)
    try:
        return float(data["margin"]), tuple(str(k) for k in data.get("keep_rules", ())), \
            {str(k): float(v) for k, v in data["weights"].items()}, float(data.get("gate", math.inf))
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise weights.ModelFileError(f"{weights.path_of(MODEL_NAME)}: not a mention chooser file ({e!r})") from None


def score(feats: list[str], w: dict[str, float]) -> float:
    return sum(map(w.get, feats, _ZEROS))




_ORDER_FEATURES = ("so=", "sohc=", "cueo=")  # depend on the other candidates


def gate_features(feats: list[str]) -> list[str]:
    """The rules' choice's features that do not depend on the other candidates: what the gate
    scores before any other candidate is looked for."""
    return [f for f in feats if not f.startswith(_ORDER_FEATURES)]


def sentence_candidates(text: str, start: int, end: int, raws: list[RawAttribution],
                        quoted: list[tuple[int, int]], keep: Sequence[str] = (),
                        gate: tuple[dict[str, float], float] | None = None,
                        ) -> list[tuple[RawAttribution, list[Mention]]]:
    """For each attribution with a mention and cue in text[start:end], its candidates
    (`quoted`: character ranges inside quotation marks, offsets into `text`). Attributions of the
    rule families in `keep` are left out, and with `gate` (weights, threshold) those whose rules'
    choice alone scores at least the threshold."""
    toks = tokenize_shared(text, start, end)
    if not toks:
        return []
    starts, ends = [t.start for t in toks], [t.end for t in toks]
    qtok = [r for r in (_token_range(starts, ends, a, b) for a, b in quoted) if r is not None]
    mentions = {id(r): _token_range(starts, ends, r.mention_start, r.mention_end) for r in raws
                if start <= r.mention_start < end}
    out = []
    for r in raws:
        rule = mentions.get(id(r))
        if rule is None or not start <= r.cue_start < end or kept(r.rule, keep):
            continue
        cue = bisect_left(starts, r.cue_start)
        if cue >= len(toks) or starts[cue] != r.cue_start or _closing_speaker(toks, cue, rule, r.rule):
            continue
        per_cue = _CueFeatures(toks, cue, r.rule, qtok)
        if gate is not None:
            alone = features(toks, cue, rule, True, 0, qtok, per_cue)
            if score(gate_features(alone), gate[0]) >= gate[1]:
                continue  # the rules' choice is one the model keeps anyway: no search
        taken = [m for x in raws if x is not r and (m := mentions.get(id(x))) is not None]
        out.append((r, candidates(toks, cue, rule, r.rule, taken, qtok, per_cue)))
    return out


def _apposed(toks: list[Tok], a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Does one phrase open an apposition of the other ('The leader of the group, Cllr Ann Lee,',
    'Ann Lee, the head of the group,')? The later one stands between commas, and only the words of
    the earlier one's phrase come before its comma: they name the same source ("During the tour,
    he said": a fronted phrase is none)."""
    first, second = (a, b) if a[1] <= b[0] else (b, a)
    k = second[0] - 1
    return k >= first[1] and toks[k].text == "," and second[1] < len(toks) and toks[second[1]].text == "," \
        and all(t.is_word or t.text in "'’" for t in toks[first[1]:k]) and not fronted_opener(toks, first)


def rechoose(text: str, start: int, end: int, raws: list[RawAttribution], quoted: list[tuple[int, int]]) -> None:
    """Replace, in place, the mention of each attribution whose best candidate beats the rules'
    choice by more than the model's margin."""
    margin, keep, w, confident = model()
    if not w or not raws:
        return
    toks = tokenize_shared(text, start, end)
    for r, cands in sentence_candidates(text, start, end, raws, quoted, keep, (w, confident)):
        rule = next((c for c in cands if c.is_rule), None)
        if rule is None or len(cands) < 2:
            continue
        if r.mention and set(r.mention.lower().split()) <= set(r.cue.lower().split()):
            continue  # "amid speculation that": the cue names its own source, no other phrase is it
        base = score(rule.features, w)
        best, top = rule, base
        others = [(x.mention_start, x.mention_end) for x in raws if x is not r]
        for c in cands:
            if _apposed(toks, c.rng, rule.rng):
                continue  # "The leader of the group, Cllr Ann Lee, accused": one source, the rules' phrase stands
            if c.rng[0] > 0 and toks[c.rng[0]].start > r.cue_start and toks[c.rng[0] - 1].low in _PLACES_AFTER \
                    and not any(t.low in lx.document_nouns() for t in toks[c.rng[0]:c.rng[1]]):
                # "appears to have abandoned the scene in San Bernardino": a place in what is said
                # ("support in polls": a poll or a report may show it)
                continue
            if names_no_one(text[toks[c.rng[0]].start:toks[c.rng[1] - 1].end]):
                continue  # a title a page left without its name, an opening phrase: no one, as the rules read it
            sc = score(c.features, w)
            if sc > top and not any(a < toks[c.rng[1] - 1].end and toks[c.rng[0]].start < b for a, b in others):
                best, top = c, sc  # (never the phrase another attribution took, as chosen so far)
        if best is rule or top - base <= margin:
            continue
        a, b = toks[best.rng[0]].start, toks[best.rng[1] - 1].end
        antecedent = None
        if best.antecedent is not None:
            x, y = toks[best.antecedent[0]].start, toks[best.antecedent[1] - 1].end
            antecedent = text[x:y]
        kind = relative_kind(text[a:b], antecedent) if antecedent else classify(text[a:b])
        if kind == "anonymous" and r.kind != "anonymous":
            # an unnamed source is what a fact-checker is warned about: only the rules' own
            # evidence (a marker, a phrase of the anonymous lexicon) raises it, not a ranking
            continue
        r.mention_start, r.mention_end, r.mention = a, b, text[a:b]
        r.antecedent, r.kind = antecedent, kind
        r.rule = r.rule + "+chooser"
