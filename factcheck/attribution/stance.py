"""Learned fallback for stances and actions reported of a speaker ("Clinton laid out her
proposals", "Trump openly admires Putin", "The woman disputes the idea").

The hand rules catch reported speech and belief; news also attributes positions through a long
tail of verbs whose reporting sense depends on the subject and what follows. For a sentence the
rules left without a source, every "subject + verb" pair is a candidate: a noun phrase that can
speak (name, pronoun, role, organisation, document) and the lower-case word after it (past
auxiliaries and adverbs). A logistic model over hand-made features of the pair, trained on
PolNeAR train by scripts/train_stance.py, scores it; the best pair above the model's threshold
becomes the sentence's attribution. Only the weights ship (factcheck/models/stance.json).
A pair's verb that is an attitude or stance word of news English ("admires", "disputes", "is wary
of"; lexicon/stance_verbs.txt) also gives its class (`sv=`), so a word seen a few times in
training shares what the other words of its class taught the model.

A second logistic model reads the whole sentence (`sentence_features`: quotation marks, first and
second person, modals, "that", a colon, a dash, figures, length, the cue verbs of the lexicon
anywhere in it, the classes of its attitude words, how many pairs there are, the best pair's
score and its features) and decides
whether the sentence reports someone at all; the best pair is its source. It attributes a sentence
when its own score reaches its threshold and the best pair's reaches `min_candidate`, so every
attribution it adds names the subject it rests on. Both thresholds are chosen on train's
out-of-fold scores (scripts/train_stance.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from itertools import repeat

from factcheck import weights
from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues import plausible_source, ranked_before, speaker_noun
from factcheck.attribution.cues.speech_verbs import opening_plural, other_sense, plural_subject
from factcheck.attribution.kinds import classify
from factcheck.attribution.mentions import (
    DETERMINERS,
    TIME_WORDS,
    after_preposition,
    apposition_name,
    contracted_pronoun,
    counted_subject,
    dash_apposition,
    np_backward,
    np_forward,
    skip_back,
)
from factcheck.lexicon import rule_words, wordset
from factcheck.tokens import QUOTE_CHARS, Tok, tokenize_shared

MODEL_PATH = weights.path_of("stance")

_NOT_VERB = rule_words("stance", "not_verb", "attribution_rules")
_FUNCTION_NEXT = rule_words("stance", "function_next", "attribution_rules")
_VERB_AFTER_MODAL = rule_words("stance", "verb_after_modal", "attribution_rules")
_MODAL = rule_words("stance", "modal", "attribution_rules")
_MAX_CANDIDATES = 24
_DECLINED = rule_words("speech_verbs", "declining") | rule_words("stance", "failed", "attribution_rules")
_EXHORTING = rule_words("speech_verbs", "exhorting")
_CONSENTING = rule_words("speech_verbs", "consenting")
_ASPECTUAL = rule_words("stance", "aspectual", "attribution_rules")
_AUX = rule_words("stance", "aux", "attribution_rules")
_RELATIVE = frozenset({"who", "which"})
_PARTITIVE = wordset("partitives")  # "one of them", "some of the officials"
_CLAUSE_WORDS = rule_words("stance", "clause_words", "attribution_rules")
_FIRST_PERSON = rule_words("stance", "first_person", "attribution_rules")
_SECOND_PERSON = rule_words("stance", "second_person", "attribution_rules")
_SENTENCE_MODAL = rule_words("stance", "sentence_modal", "attribution_rules")
_DASHES = frozenset("-—–―")
_OPENERS = rule_words("stance", "sentence_openers", "attribution_rules")
_COORDINATORS = rule_words("stance", "coordinators", "attribution_rules")
_STATIVE_NEXT = rule_words("stance", "stative_next", "attribution_rules")
_FINITE_NEXT = rule_words("stance", "finite_next", "attribution_rules")
_NOUN_SUFFIXES = tuple(sorted(rule_words("stance", "noun_suffixes", "attribution_rules")))
_QUANTIFIER_SUBJECTS = rule_words("stance", "quantifier_subjects", "attribution_rules")
_PLACE_ADVERBS = rule_words("stance", "place_adverbs", "attribution_rules")
_HEAD_PREPOSITIONS = frozenset({"of", "in", "on", "at", "from"})
_ZEROS = repeat(0.0)  # the weight of a feature the model does not know



def _skip_aux(toks: list[Tok], j: int) -> int:
    while j >= 0:
        j = skip_back(toks, j)
        if j >= 0 and toks[j].is_word and toks[j].low in _AUX and not toks[j].cap:
            j -= 1
            continue
        if j >= 1 and toks[j].low in _PLACE_ADVERBS and toks[j - 1].is_word and (
                toks[j - 1].cap or toks[j - 1].low.endswith("s")):
            j -= 1  # "Activists here point to", "officials there say": the place is no part of the subject
            continue
        return j
    return j


def _quantifier_subject(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """'Few believe', 'On taxes, both oppose', 'Some may recall': a quantifier standing alone as the
    subject of toks[i], opening its clause."""
    j = i - 1
    while j >= 0 and toks[j].is_word and toks[j].low not in _QUANTIFIER_SUBJECTS and not toks[j].cap and (
            toks[j].low in lx.np_skip() or toks[j].low in _AUX or toks[j].low.endswith("ly")):
        j -= 1
    if j < 0 or not toks[j].is_word or toks[j].low not in _QUANTIFIER_SUBJECTS:
        return None
    if j == i - 1 and toks[i].low.endswith("s") and not toks[i].low.endswith("ss"):
        return None  # "Many clubs": the quantifier of a plural noun, not a subject before its verb
    if j > 0 and toks[j - 1].is_word and toks[j - 1].low not in _COORDINATORS | _CLAUSE_WORDS:
        return None  # "they both say", "the two all agree": a quantifier after its noun
    return (j, j + 1)


def _paren_name(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """'Sen. Ted Cruz (R-Tex.) continued', 'Bill Nelson (D) pushed': toks[j] closes a short
    parenthesis after a name, not one holding the name's acronym."""
    opening = next((n for n in range(j - 1, max(0, j - 8) - 1, -1) if toks[n].text in "()"), None)
    if opening is None or toks[opening].text != "(" or opening < 1:
        return None
    inside = toks[opening + 1:j]
    if len(inside) == 1 and len(inside[0].text) >= 2 and inside[0].text.isupper():
        return None  # "the Freedom of Information Act (FOIA) requests": an acronym's next word is a noun
    rng = np_backward(toks, opening - 1)
    return rng if rng is not None and rng[1] == opening and toks[opening - 1].cap else None


def _possessive_apposition(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """'Jack Dorsey, Twitter's chief executive, posted': the name before an apposition that opens
    with a possessive."""
    k = comma - 1
    while k > max(-1, comma - 12) and toks[k].text != "," and toks[k].is_word:
        k -= 1
    if k < 1 or toks[k].text != "," or k + 1 >= comma or not toks[k + 1].possessive:
        return None
    if not any(speaker_noun(t.low) for t in toks[k + 2:comma]):
        return None
    rng = np_backward(toks, k - 1)
    return rng if rng is not None and rng[1] == k and toks[k - 1].cap else None


def _quantified_people(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'Both sides', 'Many clubs', 'several lawmakers': a quantifier before a plural noun."""
    head = toks[rng[1] - 1]
    return rng[1] - rng[0] >= 2 and toks[rng[0]].low in _QUANTIFIER_SUBJECTS and head.is_word \
        and not head.cap and head.low.endswith("s") and not head.low.endswith("ss")


def _head_before_of(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'Critics of the plan', 'proponents of more controls', 'voters in each state': the head of a
    phrase with a preposition is before it."""
    of = next((n for n in range(rng[0] + 1, rng[1] - 1) if toks[n].low in _HEAD_PREPOSITIONS), None)
    return of is not None and plausible_source(toks, (rng[0], of)) and _speaker_head(toks, (rng[0], of))


@dataclass
class Candidate:
    verb: int  # token index of the verb
    subject: tuple[int, int]  # token range of the subject noun phrase
    features: list[str]
    antecedent: tuple[int, int] | None = None  # what a relative pronoun subject ("who") stands for


def _stem(w: str) -> str:
    for suf in ("ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def _shape(t: Tok) -> str:
    if not t.is_word:
        return "P" + t.text if t.text in ",.:;?!-—–()" else "Q" if t.text in QUOTE_CHARS else "P"
    if t.text[0].isdigit():
        return "NUM"
    return "CAP" if t.cap else "low"


def _next_key(nxt: Tok | None) -> str:
    """The word after the candidate verb as a feature: a function word itself, "AUX" for a finite
    auxiliary (the verb was the subject's head noun: "worries have dogged"), else its shape."""
    if nxt is None:
        return "END"
    return nxt.low if nxt.low in _FUNCTION_NEXT else "AUX" if nxt.low in _FINITE_NEXT else _shape(nxt)


def _noun_ending(w: str) -> bool:
    """An ending English nouns have and verbs almost never ("registration", "commitment")."""
    return w.endswith(_NOUN_SUFFIXES)


def _subject_kind(toks: list[Tok], rng: tuple[int, int]) -> str:
    words = toks[rng[0]:rng[1]]
    head = words[-1].low
    if len(words) == 1 and contracted_pronoun(head):
        head = head.partition("'")[0]  # "they've": the pronoun
    if len(words) == 1 and head in lx.pronouns():
        return "pron_" + head if head in ("i", "we", "you", "it", "they") else "pron"
    kind = classify(" ".join(t.text for t in words))
    return kind


def candidates(toks: list[Tok], blocked: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Every subject + verb pair of the sentence (`blocked`: character ranges to skip, e.g. quotations)."""
    out: list[Candidate] = []
    # the last quotation mark: whether one follows a verb is a comparison, not a scan per verb
    last_quote = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text in QUOTE_CHARS), -1)
    has_quote = last_quote >= 0
    n = len(toks)
    for i, t in enumerate(toks):
        if len(out) >= _MAX_CANDIDATES:
            break
        if i == 0 or not t.is_word or t.cap or not t.text[0].isalpha() or len(t.low) < 3 or (
                t.low in _NOT_VERB and not (t.low in _VERB_AFTER_MODAL and toks[i - 1].low in _MODAL)):
            continue  # ("would like to see": "like" is the verb)
        if t.low in lx.pronouns() or t.low in DETERMINERS or t.low in lx.np_skip() or t.low in _AUX:
            continue
        if t.low.endswith("ly") and i + 1 < n and toks[i + 1].is_word and (
                toks[i + 1].low.endswith(("ed", "ing")) or toks[i + 1].low in lx.cue_verbs()):
            continue  # "I was deeply moved", "Obama repeatedly said": the adverb is no verb
        if blocked and any(a <= t.start < b for a, b in blocked):
            continue
        if opening_plural(toks, i) or plural_subject(toks, i):
            continue
        if t.low in _DECLINED and i + 1 < n and toks[i + 1].low == "to":
            continue  # "declined to comment", "refused to say": nothing was said
        if t.low in _ASPECTUAL and i + 1 < n and toks[i + 1].low == "to":
            continue  # "they continue to escalate the crisis": how long it goes on, no stance
        if other_sense(toks, i):
            continue  # "puts her body up for sale", "recalls 40,000 cars": no words, no estimate
        if i + 1 < n and lx.phrasal_not_cue(t.low, toks[i + 1].low):
            continue  # "ripped up the contract": another verb, no stance
        j = _skip_aux(toks, i - 1)
        if any(toks[k].low in _EXHORTING and not (k + 1 < i and toks[k + 1].low == "have") for k in range(j + 1, i)):
            continue  # "as others should tell them": what someone ought to say, nothing said (as the rules read it)
        quant = _quantifier_subject(toks, i)
        if j < 0 and quant is None:
            continue
        link = "plain"
        if quant is not None:
            j = quant[0]
            rng = quant
            link = "quant"
        elif toks[j].text == ",":
            # "Ann Lee, a lawyer for the group, has been investigating": the name before the apposition
            rng = apposition_name(toks, j)
            if rng and rng[0] >= 2 and toks[rng[0] - 1].text == "," and toks[rng[0] - 2].cap:
                rng = None  # "..., and Ann Lee, Democrat of Ohio, see": a title after a name in a list
            link = "appos"
            if rng is None:
                rng = _possessive_apposition(toks, j)
                link = "possappos"
        elif toks[j].text == ")":
            rng = _paren_name(toks, j)
            link = "paren"
        elif toks[j].text in _DASHES and j >= 1 and toks[j - 1].is_word:
            rng = dash_apposition(toks, j)  # "Elizabeth Warren -- a favourite of the left -- has not taken"
            link = "dash"
        elif toks[j].low in _COORDINATORS and not t.low.endswith("ly"):
            # "A reporter spotted her and reported it", "The judge rubbed his chin, and then said":
            # the subject of the clause's first verb
            end = j - 1 if j > 0 and toks[j - 1].text == "," else j
            first = next((c for c in out if c.verb < end and _same_clause(toks, c.verb, end)), None)
            if first is None:
                continue
            rng = first.subject
            link = "coord"
        elif toks[j].low in _RELATIVE and j >= 1:
            # "three members who voted against it": the subject is "who", standing for the phrase before
            k = j - 2 if toks[j - 1].text == "," else j - 1
            rng = np_backward(toks, k, antecedent=True) if k >= 0 else None
            if rng is None or rng[1] != k + 1:
                continue
            of = next((n for n in range(rng[0] + 1, rng[1] - 1) if toks[n].low == "of"), None)
            if of is not None and toks[rng[0]].low in _PARTITIVE:
                rng = (of + 1, rng[1])  # "one of three members who voted": "who" is the members
            link = "rel"
        elif toks[j].low == "to" and j == i - 1 and j >= 1 and t.low in lx.stance_classes():
            # "the first mayor in the region to endorse Okafor": a ranked phrase takes the side
            # its infinitive says (after "was"/"became", the clause's subject does)
            rng = ranked_before(toks, j)
            if rng is None:
                continue
            link = "ranked"
        elif toks[j].is_word and contracted_pronoun(toks[j].low):
            rng = (j, j + 1)  # "they've offered", "she'd told": a pronoun with its auxiliary
        elif toks[j].is_word:
            rng = np_backward(toks, j)
            if rng is not None and rng[1] != j + 1:
                continue
            share = counted_subject(toks, j)
            if share is not None and (rng is None or share[0] < rng[0] or not plausible_source(toks, rng)):
                rng = share  # "About three-quarters support", "Less than a third agreed"
                link = "share"
        else:
            continue
        if rng is None or toks[rng[1] - 1].low in DETERMINERS and link != "quant":
            continue  # "WASHINGTON - A contentious ...": a lone capitalised article is no name
        rng = _over_participle(toks, rng)
        glued = rng[1] - rng[0] == 1 and contracted_pronoun(toks[rng[0]].low) or link in ("quant", "share")
        people = _quantified_people(toks, rng) or _head_before_of(toks, rng)
        if not glued and (_lone_non_subject(toks, rng) or not people and (
                not plausible_source(toks, rng) or not _speaker_head(toks, rng))) or (
                link != "rel" and after_preposition(toks, rng)):
            continue  # ("a rally for supporters, who ...": a relative pronoun may stand for an object)
        if blocked and any(a <= toks[rng[0]].start < b for a, b in blocked):
            continue
        if toks[rng[1] - 1].low.endswith("ing") or toks[rng[1] - 1].low in ("worth", "having"):
            continue  # "Having said that", "Speaking on Monday": an opening phrase, not a subject
        skipped = [x.low for x in toks[j + 1:i]]
        if _stem(t.low) in ("respond", "comment", "reply", "repl", "answer") and any(
                w in ("not", "never") or w.endswith("n't") for w in skipped):
            continue  # "did not respond to messages": nothing was said
        stative = False
        if t.low.endswith(("ed", "en", "wn")) and not lx.be_forms().isdisjoint(skipped):
            if i + 1 >= n or toks[i + 1].low not in _STATIVE_NEXT:
                continue  # "the figures were not published": the subject is what was acted on
            stative = True  # "she is terrified of", "Maher was still focused on": a state of mind
        subject_kind = _subject_kind(toks, rng)
        if subject_kind == "document" and t.low not in lx.cue_verbs():
            continue  # "the budget has nearly doubled": a thing is not a speaker; the fact needs a source
        nxt = toks[i + 1] if i + 1 < n else None
        nxt_key = _next_key(nxt)
        verb = lx.cue_verbs().get(t.low)
        feats = [
            "w=" + t.low, "st=" + _stem(t.low), "lex=" + (verb.strength if verb else "none"),
            "subj=" + subject_kind, "n1=" + nxt_key, "wn=" + t.low + "|" + nxt_key,
            "sfx=" + ("ing" if t.low.endswith("ing") else "ed" if t.low.endswith("ed") else
                      "s" if t.low.endswith("s") else "0"),
            "start" if rng[0] == 0 or not toks[rng[0] - 1].is_word else "mid",
            "len=" + str(min(rng[1] - rng[0], 4)), "link=" + link,
        ]
        if verb is None and _noun_ending(t.low):
            feats.append("noun_suffix")
        if (stance_class := lx.stance_classes().get(t.low)) is not None:
            feats.append("sv=" + stance_class)
        feats += ["sk=" + w for w in skipped[:4]]
        if not skipped:
            feats.append("sk=none")
        if has_quote:
            feats.append("quote_after" if last_quote > i else "quote_before")
        if any(x.low == "that" for x in toks[i + 1:i + 5]):
            feats.append("that_soon")
        if rng[0] > 0 and toks[rng[0] - 1].text == ",":
            feats.append("after_comma")
        if stative:
            feats += ["stative", "stw=" + t.low]
        if people:
            feats.append("people_phrase")
        out.append(Candidate(i, (j, j + 1), feats, rng) if link == "rel" else Candidate(i, rng, feats))
    return out + _agents(toks, blocked, last_quote, _MAX_CANDIDATES - len(out))


def _agents(toks: list[Tok], blocked: list[tuple[int, int]] | None, last_quote: int, room: int) -> list[Candidate]:
    """The agent of a passive or of a reporting noun: 'was nominated in 2010 by the president',
    'were highlighted by some of his rivals', 'a demand, by Leader Nancy Pelosi, that': the phrase
    after 'by' is the subject of the participle (or noun) before it."""
    out: list[Candidate] = []
    n = len(toks)
    for b in range(1, n - 1):
        if len(out) >= room:
            break
        if toks[b].low != "by" or blocked and any(a <= toks[b].start < e for a, e in blocked):
            continue
        v = b - 2 if toks[b - 1].text == "," and b >= 2 else b - 1
        while v > 0 and toks[v].is_word and toks[v].low.endswith("ly") and not toks[v].cap:
            v -= 1
        t = toks[v]
        if not t.is_word or t.cap or len(t.low) < 3 or not t.text[0].isalpha() or t.low in _NOT_VERB:
            continue
        participle = t.low.endswith(("ed", "en", "wn")) or t.low in lx.irregular_past()
        if not participle and t.low not in lx.cue_verbs():
            continue
        rng = np_forward(toks, b + 1)
        timed = next((m for m in range(*rng) if toks[m].low in TIME_WORDS or toks[m].text[0].isdigit()),
                     None) if rng else None
        if timed is not None:
            end = timed - 1 if timed - 1 > rng[0] and toks[timed - 1].low in _HEAD_PREPOSITIONS else timed  # type: ignore[index]
            rng = (rng[0], end) if end > rng[0] else None  # type: ignore[index]  # "by the governor on Monday"
        if rng is None or toks[rng[1] - 1].low in DETERMINERS or toks[rng[1] - 1].low.endswith("ing"):
            continue  # "by saying", "by 2020"
        if _lone_non_subject(toks, rng) or not (plausible_source(toks, rng) and _speaker_head(toks, rng)
                                                 or _quantified_people(toks, rng) or _head_before_of(toks, rng)):
            continue
        nxt = toks[rng[1]] if rng[1] < n else None
        nxt_key = _next_key(nxt)
        verb = lx.cue_verbs().get(t.low)
        feats = ["w=" + t.low, "st=" + _stem(t.low), "lex=" + (verb.strength if verb else "none"),
                 "subj=" + _subject_kind(toks, rng), "n1=" + nxt_key, "link=agent",
                 "len=" + str(min(rng[1] - rng[0], 4)), "agent_gap=" + str(min(b - v, 3)),
                 "agent_participle" if participle else "agent_noun"]
        if verb is None and _noun_ending(t.low):
            feats.append("noun_suffix")
        if (stance_class := lx.stance_classes().get(t.low)) is not None:
            feats.append("sv=" + stance_class)
        if last_quote >= 0:
            feats.append("quote_after" if last_quote >= b else "quote_before")
        out.append(Candidate(v, rng, feats))
    return out


def _lone_non_subject(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """A phrase that cannot be a subject: one ending in a hyphenated participle ("Ivy
    League-trained"); a preposition, a function word or a verb that opens the sentence ("Among
    registered voters", "Asked about it"); a bare singular word in lower case ("the former head",
    "a longer view", "which"): a common noun in the singular takes a determiner, so a lone one is
    an adjective or a relative pronoun, not a speaker."""
    last = toks[rng[1] - 1].low
    if "-" in last and last.rsplit("-", 1)[1].endswith("ed"):
        return True  # "Ivy League-trained surgeon", "a Chicago-based firm": a modifier of the next word
    if rng[1] - rng[0] != 1:
        return False
    t = toks[rng[0]]
    if t.low in lx.pronouns():
        return False
    if t.cap:
        opens = not any(x.is_word for x in toks[:rng[0]])
        return opens and (t.low in _OPENERS or t.low in _NOT_VERB or t.low in lx.cue_verbs())
    return t.is_word and not t.low.endswith("s") and not (
        t.low in lx.source_nouns() or t.low in lx.org_words() or t.low in lx.document_nouns()
        or t.low in lx.media()[1])


def _speaker_head(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'her warm Beltway reception is evidence': a capital inside a phrase does not make a thing a
    speaker; the head must be a name or a word for people, a body or a text."""
    head = toks[rng[1] - 1]
    return rng[1] - rng[0] == 1 or head.cap or speaker_noun(head.low)


def _over_participle(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """'A union representing flight attendants endorsed': the subject is the noun phrase before the
    participle, with it, not the participle's object."""
    k = rng[0] - 1
    if k < 1 or not toks[k].is_word or toks[k].cap or not toks[k].low.endswith("ing") or len(toks[k].low) < 6:
        return rng
    head = np_backward(toks, k - 1)
    if head is None or head[1] != k or toks[head[1] - 1].low in DETERMINERS or not plausible_source(toks, head):
        return rng
    return (head[0], rng[1])


def _same_clause(toks: list[Tok], a: int, b: int) -> bool:
    """No clause boundary (punctuation, a relative or subordinating word) between toks[a] and toks[b]."""
    return not any(not t.is_word or t.low in _CLAUSE_WORDS for t in toks[a + 1:b])


@dataclass(frozen=True)
class Logistic:
    threshold: float
    bias: float
    weights: dict[str, float]


@dataclass(frozen=True)
class Model:
    """The pair model and, when the file has one, the whole-sentence model with the lowest pair
    score it accepts as the sentence's source (`min_candidate`)."""
    pair: Logistic
    sentence: Logistic | None = None
    min_candidate: float = 0.0


def _logistic(data: dict) -> Logistic:
    return Logistic(float(data["threshold"]), float(data["bias"]),
                    {str(k): float(v) for k, v in data["weights"].items()})


@cache
def model() -> Model:
    """The weights of factcheck/models/stance.json; a missing or broken file is a ModelFileError
    naming it."""
    data = weights.load("stance")
    try:
        sentence = data.get("sentence")
        return Model(_logistic(data), _logistic(sentence) if sentence else None,
                     float(sentence["min_candidate"]) if sentence else 0.0)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise weights.ModelFileError(f"{weights.path_of('stance')}: not a stance weights file ({e!r})") from None


def score(features: list[str], bias: float, weights: dict[str, float]) -> float:
    z = bias + sum(map(weights.get, features, _ZEROS))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def sentence_shape(toks: list[Tok]) -> list[str]:
    """What the whole sentence looks like, whatever its subject + verb pairs: quotation marks,
    first and second person, modals, "that", a colon, a dash, a question, figures, length, and
    the strength of every cue verb of the lexicon in it."""
    low = [t.low for t in toks if t.is_word]
    words = set(low)
    marks = {t.text for t in toks if not t.is_word}
    out = [f"nq={min(sum(t.text in QUOTE_CHARS for t in toks), 3)}", f"len={min(len(low) // 8, 5)}"]
    if toks and toks[0].text in QUOTE_CHARS:
        out.append("startq")
    for name, found in (("first", not words.isdisjoint(_FIRST_PERSON)),
                        ("second", not words.isdisjoint(_SECOND_PERSON)),
                        ("modal", not words.isdisjoint(_SENTENCE_MODAL)), ("that", "that" in words),
                        ("colon", ":" in marks), ("qmark", "?" in marks), ("dash", not marks.isdisjoint(_DASHES)),
                        ("num", any(t.is_word and t.text[0].isdigit() for t in toks))):
        if found:
            out.append(name)
    verbs = lx.cue_verbs()
    out += ["lexv=" + v.strength for w in words if (v := verbs.get(w)) is not None]
    classes = lx.stance_classes()
    out += sorted({"svs=" + c for w in words if (c := classes.get(w)) is not None})
    return out


def sentence_features(shape: list[str], pairs: int, best_score: float, best_features: list[str]) -> list[str]:
    """The whole-sentence model's features: the sentence's shape, how many subject + verb pairs it
    has, the best pair's score (in tenths) and that pair's own features."""
    out = shape + [f"ncand={min(pairs, 3)}", f"cmax={int(best_score * 10)}"]
    return out + ["c:" + f for f in best_features]


def reports(verb: str, after: str = "") -> bool:
    """Does the verb report what the subject says or thinks ("wrote", "described", "doubts")
    rather than what it did ("voted", "approved", "took delivery", "agreed to a truce")? An action
    is a claim about its subject that still needs a source (see factcheck.flags). `after`: the
    text after the verb."""
    low = verb.lower()
    if low in _CONSENTING and after.split(None, 1)[:1] == ["to"]:
        return False  # consent to a deed is the consenter's act, as the rules read it (no_answer)
    return low in lx.cue_verbs() and low not in lx.cue_acts()


def best(text: str, start: int, end: int, blocked: list[tuple[int, int]] | None = None, at_least: float = 0.0
         ) -> tuple[tuple[int, int, str], Tok, str | None] | None:
    """The most likely subject + verb of the sentence if the models are confident enough:
    ((mention start, mention end, mention), verb token, what a relative pronoun stands for).
    `at_least`: the least score of the best pair, when above the model's own gate."""
    m = model()
    if not m.pair.weights:
        return None
    toks = tokenize_shared(text, start, end)
    found = candidates(toks, blocked)
    top: tuple[float, Candidate] | None = None
    for c in found:
        p = score(c.features, m.pair.bias, m.pair.weights)
        if top is None or p > top[0]:
            top = (p, c)
    if top is None or top[0] < at_least:
        return None
    if m.sentence is None:
        if top[0] < m.pair.threshold:
            return None
    elif top[0] < m.min_candidate or score(sentence_features(sentence_shape(toks), len(found), top[0], top[1].features),
                                           m.sentence.bias, m.sentence.weights) < m.sentence.threshold:
        return None
    c = top[1]
    a, b = toks[c.subject[0]].start, toks[c.subject[1] - 1].end
    if c.subject[1] - c.subject[0] == 1 and contracted_pronoun(toks[c.subject[0]].low):
        b = a + len(toks[c.subject[0]].low.partition("'")[0])  # "they've": the source is "they"
    ante = None
    if c.antecedent is not None:
        ante = text[toks[c.antecedent[0]].start:toks[c.antecedent[1] - 1].end]
    return (a, b, text[a:b]), toks[c.verb], ante
