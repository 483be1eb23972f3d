"""Reported speech and belief verbs: "X said", '"...," said X', "X, a doctor, said", "he was told by X".

For each cue verb in the sentence the rules of `RULES` are tried in order; the first that
applies decides: it proposes the verb's source, or none (the verb is no cue here: "did not
respond to messages", "an earlier report"). A rule that does not apply returns None and the next is tried.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from factcheck.attribution import lexicons as lx
from factcheck.attribution.claim_objects import REACH, refuses_no_claim
from factcheck.attribution.cues.choose import MAX_PER_SENTENCE, NOT_SOURCE, Candidate, Choice, RawAttribution
from factcheck.attribution.cues.headlinese import bare_noun, governed_noun, noun_form
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.cues.subjects import named_subject, plausible_source, speaker_noun, timeish
from factcheck.attribution.kinds import is_role_noun, partitives, past_participle, place_adjective, relative_kind
from factcheck.attribution.lexicons import CueVerb
from factcheck.attribution.mentions import (
    DASHES,
    DETERMINERS,
    PREPOSITIONS,
    TIME_WORDS,
    after_breaking_preposition,
    after_preposition,
    apposition_name,
    company_comma,
    contact_clause,
    contracted_pronoun,
    counted_subject,
    dash_apposition,
    fronted_opener,
    governing_phrase,
    in_contact_clause,
    name_before_description,
    name_before_origin,
    np_backward,
    np_forward,
    possessive_apostrophe,
    scare_quote_open,
    skip_back,
    town_state,
)
from factcheck.attribution.mentions import classify as classify_mention
from factcheck.attribution.names import possessive_pronouns
from factcheck.attribution.title_case import is_title_case
from factcheck.lexicon import rule_words, structured, wordset
from factcheck.tokens import QUOTE_CHARS, Tok

# the word lists of these rules: factcheck/lexicon/cue_rules.toml, [speech_verbs]
_PASSIVE = rule_words("speech_verbs", "passive_aux")
_WEAK_FOLLOW_OK: dict[str, list[str]] = structured("cue_rules")["speech_verbs"]["weak_follow_ok"]
_RAISING = rule_words("speech_verbs", "raising")
_LATER_BY_WINDOW = 6
_QUANTIFIER_SUBJECTS = rule_words("stance", "quantifier_subjects", "attribution_rules")
_CARDINALS = wordset("cardinals")
_CAUSATIVES = rule_words("speech_verbs", "causatives")
_TAKING_TO = rule_words("speech_verbs", "taking_to")
_GOING_ON = rule_words("speech_verbs", "going_on")
_ADJECTIVE_BEFORE = rule_words("speech_verbs", "adjective_before")
_NOT_MODIFIED = rule_words("speech_verbs", "not_modified")
_NOUN_MODIFIERS = rule_words("speech_verbs", "noun_modifiers")
_OPENING_MODIFIERS = rule_words("speech_verbs", "opening_modifiers")
_NO_ANSWER = rule_words("speech_verbs", "no_answer")
_NOUN_HOMOGRAPHS = rule_words("speech_verbs", "noun_homographs")
_SAID_HOMOGRAPHS = rule_words("speech_verbs", "said_homographs")
_TRAILING_CREDIT_MARKS = frozenset({",", ":", "-", "\u2013", "\u2014"})
_PROGRAMMES = rule_words("speech_verbs", "programme_nouns")
_RANKS = rule_words("speech_verbs", "ranks")
_COPULAS = rule_words("speech_verbs", "copulas")
_SUBORDINATORS = rule_words("speech_verbs", "subordinators")
_PLACE_LINKS = rule_words("speech_verbs", "place_links")
_MAKER_LINKS = rule_words("speech_verbs", "maker_links")
_RANK_PLACES = rule_words("speech_verbs", "rank_places")
_NO_ANSWER_TO = rule_words("speech_verbs", "no_answer_to")
_DECLINING = rule_words("speech_verbs", "declining")
_REFUSAL_THEN_SAYS = rule_words("speech_verbs", "refusal_then_says")
_CONSENTING = rule_words("speech_verbs", "consenting")
_FIGURE_VERBS = rule_words("speech_verbs", "figure_verbs")
_COMMENT_REQUEST = rule_words("speech_verbs", "comment_request")
_NEGATIONS = rule_words("speech_verbs", "negations")
_EXHORTING = rule_words("speech_verbs", "exhorting")
_COMPOUND_PLURALS = rule_words("speech_verbs", "compound_plurals")
_SEEMING = rule_words("speech_verbs", "seeming")
_MANNER_NOUNS = rule_words("speech_verbs", "manner_nouns")
_SAY_FORMS = rule_words("speech_verbs", "say_forms")
_PLAIN_SAID = rule_words("speech_verbs", "plain_said")
_PLURAL_AUXILIARIES = rule_words("speech_verbs", "plural_auxiliaries")
_STRICT_WEAK = rule_words("speech_verbs", "strict_weak")
_AS_COMPLEMENT: dict = structured("cue_rules")["speech_verbs"]["as_complement"]
_WITH_COMPLEMENT: dict = structured("cue_rules")["speech_verbs"]["with_complement"]
_NUMBER_CUES = rule_words("speech_verbs", "number_cues")
_MAY_CLOSE = rule_words("speech_verbs", "may_close")
_BARE_CLAUSE_CUES = rule_words("speech_verbs", "bare_clause_cues")
_SUBJECT_OPENERS = DETERMINERS | rule_words("speech_verbs", "demonstratives")
_FINITE_WORDS = rule_words("speech_verbs", "finite_words")
_CLAUSE_PAST = rule_words("speech_verbs", "clause_past_forms")
_CLAUSE_SUBJECT_MAX = 5  # words of the clause's subject before its verb ("the number of people")
_NUMBER_CLAUSE_VERBS = rule_words("speech_verbs", "number_clause_verbs")
_TIME_GLUE = rule_words("speech_verbs", "time_glue")
_TIME_OR_GLUE = TIME_WORDS | _TIME_GLUE
_DOCUMENT_FINDINGS = rule_words("speech_verbs", "document_findings")
_PARTICIPLE_PLACES = rule_words("speech_verbs", "participle_places")
_IRREGULAR_PARTICIPLES = rule_words("speech_verbs", "irregular_participles")
_MODIFIER_PREPOSITIONS = rule_words("speech_verbs", "modifier_prepositions") | PREPOSITIONS
_PARTICIPLE_ADVERBS = rule_words("speech_verbs", "participle_adverbs")
_MODIFIER_PHRASES_MAX = 3  # prepositional phrases after a participle: "bitten by the dog at the show in May"
_LEADING_CONJUNCTIONS = rule_words("speech_verbs", "leading_conjunctions")
_AFTER_VERB_NOT_SOURCE = rule_words("speech_verbs", "after_verb_not_source")
_DOCUMENT_MODIFIERS = rule_words("speech_verbs", "document_modifiers")
_ATTITUDE_VERBS = rule_words("speech_verbs", "attitude_verbs")
_ATTITUDE_NOUNS = rule_words("speech_verbs", "attitude_nouns")
_HEADLINE_PASSIVE_NEXT = rule_words("speech_verbs", "headline_passive_next")
_HEADLINE_PASSIVE_TO = rule_words("speech_verbs", "headline_passive_to")
_HEADLINE_ACTIVE_BEFORE = rule_words("speech_verbs", "headline_active_before")
_HEADLINE_COMPLEMENT = rule_words("speech_verbs", "headline_passive_complement")
_COMPLEMENT_OPENERS = rule_words("speech_verbs", "headline_complement_openers")
_CLOSERS = frozenset(".!?")
_ATTRIBUTIVE_FORMS = rule_words("speech_verbs", "attributive_forms")
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "-", "—", "–"}) | QUOTE_CHARS
_CLAUSE_WORDS = rule_words("speech_verbs", "clause_words")
_CLAUSE_SUBJECTS = rule_words("speech_verbs", "clause_subjects")
_AGENT_PARTICIPLE_LINKS = rule_words("speech_verbs", "agent_participle_links")
_EXPLETIVE_IT_VERBS = rule_words("speech_verbs", "expletive_it_verbs")
_SUBJECT_CONTROL = rule_words("speech_verbs", "subject_control")
_GERUND_CATENATIVES = rule_words("speech_verbs", "gerund_catenatives")
_EXPLETIVE_IT_LIKE_VERBS = rule_words("speech_verbs", "expletive_it_like_verbs")
_PUT = rule_words("according_to", "put_it")  # "put", "puts"
_GOODS_VERBS = rule_words("speech_verbs", "goods_verbs")
_FALLING_VERBS = rule_words("speech_verbs", "falling_verbs")
_HEADLINE_NOUN_GOVERNORS = rule_words("speech_verbs", "headline_noun_governors")
# prepositions right before a cue word: it is their noun, unless in -ing ("for saying") ("to" takes
# an infinitive, "by" may end a phrasal verb's particle before it)
_NOUN_GOVERNORS = (PREPOSITIONS - {"to", "by"}) | _HEADLINE_NOUN_GOVERNORS
_PARTICLE_SENSES: dict = structured("cue_rules")["speech_verbs"]["particle_senses"]
_OBJECT_SENSES: dict[str, frozenset[str]] = {
    verb: frozenset(objects) for verb, objects in structured("cue_rules")["speech_verbs"]["object_senses"].items()}
_OBJECT_SENSE_REACH = 3  # "showed no clear sign", "showing Ebola symptoms", "called an ambulance"
_CLAIM_OBJECT_VERBS = wordset("claim_object_verbs")
_SHOW_UP_VERBS = rule_words("speech_verbs", "show_up_verbs")
_SHOW_UP_NEXT = rule_words("speech_verbs", "show_up_next")
_LOOK_VERBS = rule_words("speech_verbs", "look_verbs")
_LOOK_NEXT = rule_words("speech_verbs", "look_next")
_LOOK_DEGREE = rule_words("speech_verbs", "look_degree")
_NAMING_VERBS = rule_words("speech_verbs", "naming_verbs")
_NAMING_PARTICLES = rule_words("speech_verbs", "naming_particles")
_NAMING_NOT_AFTER = rule_words("speech_verbs", "naming_not_after")
_FIGURE_LEAD = rule_words("speech_verbs", "figure_lead")
_CLAUSE_END = frozenset(".;:?!")
_MAX_DOCUMENT_SUBJECT = 16  # tokens from the document to the verb: "The poll of 1,000 voters taken ..."


class VerbCue:
    """One cue verb at toks[i], with what the rules ask about its neighbourhood."""

    __slots__ = ("s", "i", "verb", "t", "prev", "raised", "aux", "j", "inverted", "_cue")

    def __init__(self, s: CueSentence, i: int, verb: CueVerb) -> None:
        toks = s.toks
        self.s, self.i, self.verb = s, i, verb
        self.t = toks[i]
        self.prev = toks[i - 1] if i > 0 else None
        # "appear to show", "seems to suggest": the subject of the raising verb is the source
        self.raised = i >= 2 and toks[i - 1].low == "to" and toks[i - 2].low in _RAISING
        # the index before the auxiliaries and adverbs in front of the verb ("keeps saying": the
        # verb that takes the cue's -ing form stands with them)
        catenative = i >= 2 and self.t.low.endswith("ing") and toks[i - 1].low in _GERUND_CATENATIVES
        self.aux = skip_back(toks, i - 2 if catenative else i - 1)
        # the last token of what stands before the verb (its subject, a comma, a quotation mark)
        j = skip_back(toks, i - 3) if self.raised else self.aux
        if j >= 1 and toks[j].text == ")":
            # "the Joint Chiefs of Staff (JCS) said": the name is before the parenthesis
            k = next((n for n in range(j - 1, max(-1, j - 8), -1) if toks[n].text == "("), None)
            if k is not None and k > 0:
                j = skip_back(toks, k - 1)
        self.j = j
        self.inverted = j == i - 1 and j >= 0 and (
            toks[j].text == "," or toks[j].text in QUOTE_CHARS and not _opens_quotation(toks, j))
        self._cue: str | None = None

    @property
    def cue(self) -> str:
        """The cue as written, extended by what belongs to it ("said in a statement")."""
        if self._cue is None:
            self._cue = _extend_cue(self.s, self.t)
        return self._cue

    def propose(self, rng: tuple[int, int], rule: str, kind: str | None = None,
                cue: str | None = None, **extra) -> Candidate:
        a, b, mention = self.s.mention(rng)
        low = self.s.toks[rng[0]].low
        if rng[1] - rng[0] == 1 and contracted_pronoun(low):
            b = a + len(low.partition("'")[0])  # "They've said": the source is "They"
            mention = self.s.text[a:b]
        return Candidate(a, b, mention, cue or self.cue, self.t.start, "speech_verbs." + rule, kind=kind, **extra)

    def propose_span(self, sp: tuple[int, int, str], rule: str) -> Candidate:
        return Candidate(sp[0], sp[1], self.s.text[sp[0]:sp[1]], self.cue, self.t.start, "speech_verbs." + rule,
                         kind=sp[2])


Decision = tuple[Candidate, ...] | None  # None: the rule does not apply; () the verb has no source here
NO_SOURCE: tuple[Candidate, ...] = ()


def _extend_cue(s: CueSentence, verb: Tok) -> str:
    m = lx.cue_extension().match(s.text, verb.end, s.end)
    if m:
        ext = " ".join(s.text[verb.end:m.end()].replace(",", " ").split())
        if ext.lower().startswith("on ") and ext.lower().endswith("day"):
            return verb.text
        return f"{verb.text} {ext}"
    return verb.text


def _noun_use(toks: list[Tok], i: int) -> bool:
    """'an earlier report that', 'the claims': the cue word is a noun here, not a verb."""
    if i == 0 or toks[i].low in _PLAIN_SAID:
        return False  # "said", "told" are never nouns: "The two said", "Both told"
    if _after_place_adjective(toks, i):
        return True
    prev = toks[i - 1]
    if prev.possessive or possessive_apostrophe(toks, i - 1) or prev.low in DETERMINERS \
            and not _standing_alone(toks, i - 1):
        return True  # "the claims", "Lee's claims", "the Joneses' claims"
    if i >= 2 and (toks[i - 2].low in DETERMINERS or toks[i - 2].possessive or possessive_apostrophe(toks, i - 2)) \
            and prev.low in _NOUN_MODIFIERS:
        return True
    t = toks[i].low
    if t.endswith("ed") and i + 1 < len(toks) and _modified_noun(toks[i + 1]) and (
            prev.text[0].isdigit() or prev.low in _ADJECTIVE_BEFORE):
        return True  # "270 pledged delegates", "more reported cases", "of stated goals": an adjective
    if prev.low in _NOUN_GOVERNORS and not prev.cap and not t.endswith("ing"):
        # "triggers like stress", "a row over claims", "with comment": a preposition takes a noun
        # (a capitalised one may be a name: "Ann From agreed")
        return True
    if i >= 2 and toks[i - 2].low in ("a", "an") and prev.cap and not t.endswith(("s", "ed")) \
            and t not in lx.irregular_past():
        return True  # "a Twitter comment", "an NBC report": a bare verb form after "a Name" is a noun
    if not t.endswith("s") or t.endswith("ss"):
        return False
    # "ELEVEN shots", "two reports": what a number counts is a noun; so is a word in -s right
    # after "of" ("a series of tweets"), where no verb stands, or a noun form right before a plural
    # auxiliary ("questions are likely to ...", not "what he believes are")
    return opening_plural(toks, i) or prev.low in _CARDINALS or prev.text[0].isdigit() or prev.low == "of" \
        or plural_subject(toks, i)


def plural_subject(toks: list[Tok], i: int) -> bool:
    """'Nomination questions are likely to ...': a noun form right before a plural auxiliary is the
    subject, not a verb (but "what he believes are"); the cue rules and the stance fallback's
    candidates both read it so."""
    return i + 1 < len(toks) and toks[i + 1].low in _PLURAL_AUXILIARIES and noun_form(toks[i].low)


def _after_place_adjective(toks: list[Tok], i: int) -> bool:
    """'Turkish suspect donated to Clinton', 'French report says': an adjective of a place that is
    no noun ("Turkish", "Japanese", "French"; not "Texan", "Canadian", which may stand for a
    person) describes the word after it, which is then a noun, not a verb; unless "the" makes the
    adjective a people ("the French suspect a plot")."""
    if i == 0 or not toks[i - 1].cap or i >= 2 and toks[i - 2].low == "the":
        return False
    return place_adjective(toks[i - 1].low)


def opening_plural(toks: list[Tok], i: int) -> bool:
    """'Current fears about ...', 'Growing concerns ...': a word in -s right after an adjective that
    opens the sentence is a plural noun (a verb's subject is no bare adjective); the cue passes and
    the stance fallback's candidates both read it so."""
    return i == 1 and toks[0].low in _OPENING_MODIFIERS and toks[i].low.endswith("s")


def _standing_alone(toks: list[Tok], k: int) -> bool:
    """'few believe', 'The two admit', 'No one expected': a quantifier or a number that is the
    subject itself, opening its clause (after "the" for a number, after "no"/"every"/"each" for
    "one"), not the determiner of a noun."""
    w = toks[k].low
    before = toks[k - 1] if k > 0 else None
    if w == "one":
        return before is not None and before.low in ("no", "every", "each")
    if w in _CARDINALS:
        return before is not None and before.low == "the" and (k < 2 or not toks[k - 2].is_word)
    nxt = toks[k + 1].low
    if nxt.endswith("s") and not nxt.endswith("ss"):
        return False  # "Many claims": a plural noun after its quantifier; a verb after one has no -s
    return w in _QUANTIFIER_SUBJECTS and (before is None or not before.is_word
                                          or before.low in _LEADING_CONJUNCTIONS)


def _modified_noun(t: Tok) -> bool:
    """A lower-case word that can be the noun a participle modifies (not a function word)."""
    return t.is_word and t.text[0].isalpha() and not t.cap and t.low not in DETERMINERS \
        and t.low not in lx.pronouns() and t.low not in _NOT_MODIFIED


def _leading_speaker(toks: list[Tok], verb: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, when a comma follows it and it can speak."""
    k = 0
    first_mark = next((n for n in range(verb) if toks[n].text in QUOTE_CHARS), None)
    if first_mark == 0:
        # '"It is long," Tina Tchen, Mrs. Obama's chief of staff, said': after the quotation
        k = next((n + 1 for n in range(1, verb) if toks[n].text in QUOTE_CHARS and toks[n - 1].text in ",.?!"),
                 verb)
    elif first_mark is not None and _closing_mark(toks, first_mark):
        k = first_mark + 1  # 'But it is long," Ann Okafor, ..., said': a quotation opened in an earlier sentence
    while k < verb and (toks[k].text == "," or toks[k].text in QUOTE_CHARS):
        k += 1  # "''...,'' Mr. Daniloff, now 81, said": a mark written as two tokens
    while k < verb and toks[k].is_word and toks[k].low in _LEADING_CONJUNCTIONS:
        k += 1
    rng = np_forward(toks, k)
    if rng and rng[1] < verb - 2 and toks[rng[1]].text in (",", "(") and plausible_source(toks, rng) \
            and not timeish(toks, rng):
        return rng
    return None


def _closing_mark(toks: list[Tok], k: int) -> bool:
    """Does the quotation mark toks[k] close a quotation: written straight after a comma, full stop,
    question or exclamation mark with a space or the end after it (',"' not ', "The Ramblers,"'),
    or straight after a word with a comma after it ('to find”, she said')?"""
    before = toks[k - 1]
    if before.end != toks[k].start:
        return False
    while k + 1 < len(toks) and toks[k + 1].text in QUOTE_CHARS and toks[k + 1].start == toks[k].end:
        k += 1  # ",''": a mark written as two tokens
    after = toks[k + 1] if k + 1 < len(toks) else None
    if before.text in ",.?!":
        return after is None or after.start > toks[k].end
    return before.is_word and after is not None and after.text == ","


def _closes_quotation(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'"...," the businessman replied', '"...!" the crowd shouted': a short phrase right after a
    closed quotation (a comma, question or exclamation mark before the closing mark)."""
    k = rng[0]
    return k >= 2 and rng[1] - k <= 5 and toks[k - 1].text in QUOTE_CHARS and toks[k - 2].text in (",", "?", "!")


def _said_by(toks: list[Tok], rng: tuple[int, int], verb: int) -> bool:
    """'the admiral said', 'the unsigned opinion said', 'about 9 percent said', '"...," the
    businessman replied': whatever noun phrase directly says something (with a plain verb of
    saying, or any cue verb right after a closed quotation) is its source, unless it is a time or
    a dummy subject."""
    head = toks[rng[1] - 1]
    return ((toks[verb].low in _PLAIN_SAID or _closes_quotation(toks, rng)) and rng[1] == verb and head.is_word
            and head.text[0].isalpha()
            and head.low not in TIME_WORDS and head.low not in NOT_SOURCE and head.low != "it"
            and (rng[1] - rng[0] > 1 or not head.low.endswith(("ing", "ed"))) and not after_preposition(toks, rng)
            and (rng[0] == 0 or toks[rng[0] - 1].low not in ("and", "or", "&")))  # "Experts on X and Y said"


def _participle(toks: list[Tok], i: int) -> bool:
    """'..., saying that' / 'tweets early Friday saying': an -ing cue without a form of 'be'
    before it takes the subject of its clause."""
    j = skip_back(toks, i - 1)
    return j < 0 or toks[j].low not in lx.be_forms()


def _clause_subject(toks: list[Tok], i: int, after_kicker: bool = False) -> tuple[int, int] | None:
    """The subject of the clause a participle hangs on: the first name or pronoun at the start
    of the sentence or after an opening phrase ("At the rally, Clinton said ..., adding"). With
    `after_kicker` (a headline's verb after "and") a colon before the cue opens its clause: what
    stands before it is a kicker ("Hong Kong chaos: China deploys troops and warns ..."); in a
    body's sentence the subject before a colon is still the clause's ("McConnell delivered a blunt
    message: ..., adding")."""
    first = max((n + 1 for n in range(i) if toks[n].text == ":"), default=0) if after_kicker else 0
    starts = [first] + [n + 1 for n in range(first, min(i, first + 14)) if toks[n].text == ","]
    for k in starts:
        while k < i and (toks[k].is_word and (toks[k].low.endswith("ly") or toks[k].low in lx.discourse_openers())
                         or toks[k].text == ","):
            k += 1
        if k < i and toks[k].low in PREPOSITIONS:
            continue  # "For Mr. Rubio, assimilation meant embracing": an opening phrase, no subject
        rng = _before_finite_verb(toks, np_forward(toks, k, allow_lower_start=False), i)
        if rng and rng[1] < i and (toks[rng[1]].is_word or toks[rng[1]].text == ",") and \
                named_subject(toks, rng) and not timeish(toks, rng) and not _participle_opener(toks, rng) \
                and not town_state(toks, rng):
            return _apposed_name(toks, rng, i) or rng
    return None


def _apposed_name(toks: list[Tok], rng: tuple[int, int], i: int) -> tuple[int, int] | None:
    """"France's far-right party leader, Marine Le Pen, voiced support ..., saying": a description
    with a name in apposition after it; the name is who the clause's participle cites. A name of
    one word is left alone: "Clinton's husband, Bill," ("bill" the noun) and "of Laconia, N.H.," (a
    place) are read better by the description."""
    k = rng[1]
    if k >= i or toks[k].text != "," or all(t.cap for t in toks[rng[0]:rng[1]] if t.is_word):
        return None
    name = np_forward(toks, k + 1, allow_lower_start=False)
    if not name or name[1] >= i or toks[name[1]].text != ",":
        return None
    named = [t for t in toks[name[0]:name[1]] if t.is_word]
    return name if len(named) >= 2 and all(t.cap for t in named) else None


def _before_finite_verb(toks: list[Tok], rng: tuple[int, int] | None, cue: int) -> tuple[int, int] | None:
    """'Minister denounces killing and pledges justice': the subject a verb in the -s form after
    "and" shares with an earlier verb ends before that verb, the first lower-case word in -s after
    a singular word (a subject that takes "pledges" takes "denounces"), never a noun of speech."""
    if rng is None or cue < 1 or toks[cue - 1].low not in ("and", "but"):
        return rng
    t = toks[cue]
    if not t.low.endswith("s") or t.low.endswith(("ss", "'s")) or t.low in lx.cue_nouns() and (
            cue + 1 >= len(toks) or toks[cue + 1].low in PREPOSITIONS
            or not toks[cue + 1].is_word and toks[cue + 1].text not in QUOTE_CHARS):
        return rng  # "proclamations and comments on social media": a noun
    n = _present_verb_in(toks, rng)
    return rng if n is None else (rng[0], n)


def _present_verb_in(toks: list[Tok], rng: tuple[int, int], people: bool = True) -> int | None:
    """The first lower-case word in -s inside toks[rng] after a singular word: in a headline's
    present tense, the verb a subject phrase read too far ran into ("Nun gives birth"). Never a
    noun of speech ("claims", "remarks"), nor with `people` False a noun for people ("Air
    travelers wary of ...")."""
    for n in range(rng[0] + 1, rng[1]):
        t, prev = toks[n], toks[n - 1]
        if not t.cap and t.is_word and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is", "'s")) \
                and prev.is_word and not prev.low.endswith("s") and t.low not in lx.cue_nouns() \
                and (people or not is_role_noun(t.low) and t.low not in lx.source_nouns()):
            return n
    return None


def _headline_object(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """'Paper pulls story accusing professor', 'Brother backs mother attacking minister': in a
    headline, a participle right after a phrase that ran over a present-tense verb speaks of that
    verb's object, the words after the verb."""
    n = _present_verb_in(toks, rng, people=False)
    return rng if n is None or n + 1 >= rng[1] else (n + 1, rng[1])


def _participle_opener(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'Reacting to criticism, the doctor said': a capitalised -ing word and its preposition open
    the sentence; the word is no name."""
    return rng[1] - rng[0] == 1 and toks[rng[0]].low.endswith("ing") and rng[1] < len(toks) \
        and toks[rng[1]].low in PREPOSITIONS


def _adverb_opener(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'Recently, it issued': one -ly word and a comma open the sentence (as _clause_subject reads them)."""
    return rng[0] == 0 and rng[1] == 1 and toks[0].low.endswith("ly") and len(toks) > 1 and toks[1].text == ","


def _subject_after_opener(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """The subject right after a fronted opening phrase and its comma ("Meanwhile, it attacked
    ..., saying", "In a statement, the union denied ..., adding"), any noun phrase that can speak
    ('it' too: a body or an outlet): the opener itself names no one."""
    for k in [n + 1 for n in range(min(i, 14)) if toks[n].text == ","]:
        while k < i and (toks[k].is_word and (toks[k].low.endswith("ly") or toks[k].low in lx.discourse_openers())
                         or toks[k].text == ","):
            k += 1  # "Recently, however, it issued"
        rng = np_forward(toks, k)
        if rng and rng[1] < i and (toks[rng[1]].is_word or toks[rng[1]].text == ",") and plausible_source(toks, rng) \
                and not timeish(toks, rng):
            return rng
    return None


def _named_before(toks: list[Tok], j: int) -> bool:
    """Is the word before the cue a name or a personal pronoun ("Clinton cited", "he called")?"""
    if j < 0 or not toks[j].is_word:
        return False
    t = toks[j]
    return (t.cap and t.low not in DETERMINERS and j > 0) or (j == 0 and t.cap and t.low not in DETERMINERS) \
        or t.low in ("he", "she", "they", "we")


def _digit_after(toks: list[Tok], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].text[0].isdigit()


def _only_time_after(toks: list[Tok], k: int) -> bool:
    """Nothing but a time phrase ('on Monday', 'late Tuesday evening') from toks[k] to the end."""
    rest = [t for t in toks[k:] if t.text not in (".", "!", "?")]
    return bool(rest) and len(rest) <= 5 and any(t.low in TIME_WORDS for t in rest) and all(
        t.low in TIME_WORDS or t.low in _TIME_GLUE or t.text[0].isdigit() for t in rest)


def _number_opens_clause(toks: list[Tok], k: int) -> bool:
    """'confirmed 650,000 emails were found': the figure at toks[k] is the subject of what was
    said, not the cue's object ('added 300 jobs', 'confirmed 92 to 0')."""
    for t in toks[k + 1:k + 5]:
        if t.text in _NUMBER_CLAUSE_VERBS:  # "in May" is a month
            return True
        if not t.is_word:
            return False
    return False


def _after_quotation(toks: list[Tok], i: int, j: int, lemma: str) -> bool:
    """'"..., " Smith added during an interview': a short subject right after a closed quotation
    (a comma, question or exclamation mark before the closing mark) is who said it, whatever
    follows the cue; the cue inflected ('the IMF report stated': 'report' is a noun there)."""
    if lemma not in _MAY_CLOSE or toks[i].low == lemma or j < 0 or not toks[j].is_word:
        return False
    rng = np_backward(toks, j)
    return rng is not None and rng[1] == j + 1 and _closes_quotation(toks, rng)


def _weak_ok(toks: list[Tok], i: int, lemma: str, inverted: bool, j: int = -1) -> bool:
    if inverted or _after_quotation(toks, i, j, lemma):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.text in (".", "!", "?") or _only_time_after(toks, i + 1):
        # "..., a spokesman announced (on Monday)." closes a sentence whose content came first
        return lemma in _MAY_CLOSE and any(x.text == "," or x.text in QUOTE_CHARS for x in toks[:i - 1])
    if lemma in _WEAK_FOLLOW_OK and nxt.low in _WEAK_FOLLOW_OK[lemma]:
        return True
    if lemma in _ATTITUDE_VERBS and (nxt.low in _ATTITUDE_NOUNS or (
            i + 2 < len(toks) and not nxt.cap and toks[i + 2].low in _ATTITUDE_NOUNS)):
        return True  # "expressed (deep) concern"
    if lemma in ("expect", "want", "ask", "call") and nxt.low in ("him", "her", "them", "us", "me", "it") and \
            i + 2 < len(toks) and toks[i + 2].low == "to":
        return True  # "expects them to become less available", "asked her to resign"
    if lemma == "expect" and _object_then_infinitive(toks, i + 1):
        return True  # "analysts expected profits to rise": what they expect of the profits
    if lemma in _AS_COMPLEMENT["verbs"] and _after_object(toks, i, "as", _AS_COMPLEMENT["window"]):
        return True  # "described the mood in the unit as 'frightened'"
    if lemma in _FIGURE_VERBS:
        return True  # "put the toll at 300": other_sense let through only an estimate's "at" and figure
    if lemma in _WITH_COMPLEMENT["verbs"] and _after_object(toks, i, "with", _WITH_COMPLEMENT["window"]):
        return True  # "prosecutors charged the officer with murder": the accusation is theirs
    if nxt.text[0].isdigit():
        return _number_opens_clause(toks, i + 1)
    if lemma in _BARE_CLAUSE_CUES and _bare_clause(toks, i + 1) and not (
            j >= 1 and toks[j - 1].low == "as" and nxt.low == "it") and not (j >= 0 and toks[j].low in ("who", "that")):
        # not "life as we know it is over" ("it" is the object of the "as" clause's cue), nor "two
        # people who know Foley said" (the finite verb after a relative clause is its subject's)
        return True
    if nxt.low in ("that", ":", ",", ".", '"', "?", "!") or nxt.text in QUOTE_CHARS:
        return True
    # "reported this week that", "announced on Monday that": a time phrase before the clause, after
    # a past form (a present one may be a plural noun: "moves to Western states this week that")
    if not (toks[i].low.endswith("ed") or toks[i].low in lx.irregular_past()):
        return False
    k = i + 1
    while k < len(toks) and k - i <= _TIME_BEFORE_CLAUSE and (
            toks[k].low in _TIME_OR_GLUE or toks[k].text[0].isdigit()):
        k += 1
    return k < len(toks) and toks[k].low == "that" and any(t.low in TIME_WORDS for t in toks[i + 1:k])


_TIME_BEFORE_CLAUSE = 4  # "late on Tuesday night"


def _figure_word(t: Tok) -> bool:
    """A figure's word: "300", "$2.9", "£5m", "five"."""
    return t.text[:1].isdigit() or t.text[:1] in "$£€¥" or t.low in _CARDINALS


def _object_then_infinitive(toks: list[Tok], k: int) -> bool:
    """A short object, then "to" and a verb, from toks[k]: "profits to rise", "the economy to grow"
    (not "delivery to the port", "visitors to London": "to" before a determiner or a name)."""
    if k >= len(toks) or toks[k].low in PREPOSITIONS:
        return False  # "would expect of himself to do": what is asked of someone, no forecast
    for n in range(k + 1, min(len(toks) - 1, k + 4)):
        if not toks[n - 1].is_word or toks[n - 1].low in _FINITE_WORDS:
            return False
        if toks[n].low == "to":
            after = toks[n + 1]
            return after.is_word and not after.cap and after.low not in DETERMINERS and not after.text[0].isdigit()
    return False


def _after_object(toks: list[Tok], i: int, word: str, window: int) -> bool:
    """`word` after the object of toks[i], in the same clause ("the plan as a disaster", "the
    officer with murder")."""
    k, end = i + 2, min(len(toks), i + 2 + window)
    while k < end:
        if toks[k].low == word:
            return True
        if toks[k].text == "," and (close := _named_apposition(toks, k)) is not None:
            end = min(len(toks), end + close - k + 1)  # "two developers, Ann Lee and Bo Tan, with fraud"
            k = close + 1
            continue
        if not toks[k].is_word and toks[k].text not in QUOTE_CHARS and toks[k].text not in "-'":
            return False
        k += 1
    return False


def _named_apposition(toks: list[Tok], k: int) -> int | None:
    """The closing comma of names set off after the object (", Ann Lee and Bo Tan,"), or None."""
    for n in range(k + 1, min(len(toks), k + 10)):
        t = toks[n]
        if t.text == ",":
            return n if n > k + 1 else None
        if not (t.is_word and (t.cap or t.low == "and") or t.text == "."):
            return None
    return None


def _bare_clause(toks: list[Tok], k: int) -> bool:
    """'reported three people died', 'noted the plan would cost more', 'found he had lied': a
    clause with its "that" left out opens at toks[k] when a short subject phrase (words, "of",
    a possessive; no other preposition or conjunction) is followed by a finite verb: an auxiliary
    or modal, or a past form in lower case. 'reported a loss', 'reported the crime to police'
    have none and stay actions."""
    for n in range(k, min(len(toks), k + _CLAUSE_SUBJECT_MAX + 1)):
        t = toks[n]
        if not t.is_word:
            return False
        # the word right after a determiner is no verb ("felt the need to": not a past form)
        if n > k and not t.cap and toks[n - 1].low not in _SUBJECT_OPENERS and (
                t.low in _FINITE_WORDS or t.low in lx.irregular_past() or t.low.endswith("ed") and len(t.low) > 3
                or t.low in _CLAUSE_PAST and not toks[n - 1].possessive
                and toks[n - 1].low not in possessive_pronouns()):
            return True
        if n > k and toks[n - 1].low != "of" and (t.low in lx.pronouns() or t.low in DETERMINERS):
            return False  # "find a message he thought was lost": a second phrase opens a relative clause
        # a determiner may open the subject even where it stops a phrase read backwards ("reports
        # its youngest fighter was killed" as "reports his son was killed")
        if t.low != "of" and t.low not in lx.pronouns() and not (n == k and t.low in _SUBJECT_OPENERS) and (
                t.low in lx.np_stop() or t.low in _FINITE_WORDS):
            return False
    return False


# --- the rules, in the order they are tried -------------------------------------------------


def infinitive_controller(c: VerbCue, chosen: Choice) -> Decision:
    """Who says what an infinitive says: 'led Republicans to say', 'leaving many to wonder' (the
    phrase a verb moves to act); 'took to Twitter to say', 'went on to say' (the clause's subject)."""
    toks, i = c.s.toks, c.i
    if c.prev is None or c.prev.low != "to" or c.raised or i < 3:
        return None
    if toks[i - 2].low == "on" and toks[i - 3].low in _GOING_ON:
        verb = i - 3  # "went on to say"
    else:
        rng = np_backward(toks, i - 2)
        if rng is None or rng[1] != i - 1:
            return None
        # the noun phrase reader may run over the verb ("The victory led party officials")
        mover = next((n for n in range(i - 3, rng[0] - 2, -1) if n >= 0 and toks[n].low in _CAUSATIVES
                      and not toks[n].cap), None)
        if mover is not None and plausible_source(toks, (mover + 1, i - 1)):
            return (c.propose((mover + 1, i - 1), "infinitive_object"),)
        ranked = ranked_before(toks, i - 1)
        if ranked is not None:
            return (c.propose(ranked, "ranked_doer"),)
        if not (rng[0] >= 2 and toks[rng[0] - 1].low == "to" and toks[rng[0] - 2].low in _TAKING_TO):
            return None
        verb = rng[0] - 2  # "took to Twitter to say"
    subject = np_backward(toks, skip_back(toks, verb - 1))
    if subject is None or not plausible_source(toks, subject) or timeish(toks, subject):
        subject = _clause_subject(toks, i)
    return (c.propose(subject, "infinitive_subject"),) if subject else None


def ranked_before(toks: list[Tok], end: int) -> tuple[int, int] | None:
    """The ranked phrase ending at toks[end] (exclusive) and who it stands for (`ranked_doer`);
    the phrase reader stops at a preposition, so 'the first Democrat in Congress' is read as
    'Congress' and then, with its place or body, as a whole."""
    rng = np_backward(toks, end - 1) if end >= 1 else None
    if rng is None or rng[1] != end:
        return None
    found = ranked_doer(toks, rng)
    if found is None and rng[0] >= 2 and toks[rng[0] - 1].low in _RANK_PLACES:
        head = np_backward(toks, rng[0] - 2)
        if head is not None and head[1] == rng[0] - 1:
            found = ranked_doer(toks, (head[0], rng[1]))
    return found


def ranked_doer(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """'the first member of Congress to endorse him', 'the only well-known Republican to back
    Trump': a ranked noun phrase does what its infinitive says. After 'was'/'became' it is said
    of the clause's subject ('Grijalva was the first Democrat to endorse Sanders'): that subject."""
    start = rng[0]
    if start >= 1 and toks[start - 1].low in _RANKS:  # the phrase reader stops at "only"
        start -= 1
        if start >= 1 and toks[start - 1].low in DETERMINERS:
            start -= 1
    rng = (start, rng[1])
    if not any(t.low in _RANKS for t in toks[start:min(rng[1], start + 3)]) or not plausible_source(toks, rng):
        return None
    k = start - 1
    while k >= 0 and (toks[k].low in _NEGATIONS or toks[k].low.endswith("ly")):
        k -= 1  # "is not the only", "was easily the first"
    if k >= 0 and toks[k].low in _COPULAS:
        subject = np_backward(toks, skip_back(toks, k - 1))
        if subject is not None and plausible_source(toks, subject) and not timeish(toks, subject):
            return subject
    return rng


def to_infinitive(c: VerbCue, chosen: Choice) -> Decision:
    """'plans to show', 'Drivers Told to Slow Down': after 'to' a verb is no cue, unless
    a raising verb lends it its subject ('appears to show')."""
    # a finite form never follows an infinitive's "to": "economists I spoke to said"
    return NO_SOURCE if c.prev is not None and c.prev.low == "to" and not c.raised \
        and c.t.low not in _PLAIN_SAID else None


def inside_document(c: VerbCue, chosen: Choice) -> Decision:
    """'a report published on Tuesday': the participle belongs to the source phrase."""
    return NO_SOURCE if any(a <= c.t.start < b for a, b, k in c.s.specials if k == "document") else None


def capitalised(c: VerbCue, chosen: Choice) -> Decision:
    """'Post' the newspaper; in a Title Case Headline, 'Former Doctor Says' is still a cue."""
    t, s, i = c.t, c.s, c.i
    if _shouted(c):
        return None
    if t.cap and i > 0 and not ((s.title_case and (c.verb.strength == "speech" or _headline_present(c)) or (
            c.verb.strength == "speech" and _styled_title_case(s))) and (
            i > 1 or (s.toks[0].cap and s.toks[0].low not in DETERMINERS))):
        return NO_SOURCE
    return None


def _shouted(c: VerbCue) -> bool:
    """'Ministry DENIES report', 'Mayor SLAMS council': a verb in capitals for emphasis in a line
    that is otherwise in lower case; a name's capitals are on its first letter."""
    t, toks, i = c.t.text, c.s.toks, c.i
    if len(t) < 3 or not t.isupper() or c.s.title_case:
        return False
    def caps(k: int) -> bool:
        return k >= 0 and toks[k].is_word and len(toks[k].text) > 1 and toks[k].text.isupper()
    # the line goes on in lower case after it, and no longer run of capitals leads to it than an
    # acronym subject ("FBI CONFIRMS probe"): a run is a subhead or label ("TRUMP COUNTER.")
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.is_word and not nxt.text.isupper() and not (caps(i - 1) and caps(i - 2))


def _styled_title_case(s: CueSentence) -> bool:
    """'Driver Says He Left a Note for the Owner': a headline in the Title Case style that
    leaves 'a', 'of', 'for' in lower case, where `CueSentence.title_case` counts every word."""
    return s.headline and is_title_case(s.text[s.start:s.end])


def _headline_present(c: VerbCue) -> bool:
    """'Analyst Confirms ...', 'DNA Tests Confirm ...': a weak cue in a Title Case headline in the
    headline's reporting tense, agreeing with the word before it. A bare form after a singular word
    is a noun ('Tenor's Secret Plan'), a past form a dropped-auxiliary passive ('Identity
    Revealed')."""
    if not c.s.headline or c.verb.strength != "weak" or c.prev is None or not c.prev.is_word:
        return False
    low = c.t.low
    if low != c.verb.lemma:
        return low.endswith("s") and not low.endswith("ed")
    return c.prev.low.endswith("s") and not c.prev.possessive


def instruction(c: VerbCue, chosen: Choice) -> Decision:
    """'Drivers Told to Slow Down': an instruction received, not given."""
    toks, i = c.s.toks, c.i
    return NO_SOURCE if c.t.low in ("told", "asked") and i + 1 < len(toks) and toks[i + 1].low == "to" else None


def no_answer(c: VerbCue, chosen: Choice) -> Decision:
    """'declined to comment', 'agreed to a truce': the subject's act, not a source; 'did not
    respond to messages': nothing was said, and nobody did anything the story reports as theirs."""
    toks, i, t = c.s.toks, c.i, c.t
    if t.low in _DECLINING and i + 2 < len(toks) and toks[i + 1].low == "to" \
            and toks[i + 2].low in _NO_ANSWER_TO:
        return NO_SOURCE if _says_after(toks, i + 3) else _actor(c, chosen)
    if t.low in _CONSENTING and i + 1 < len(toks) and toks[i + 1].low == "to":
        return _actor(c, chosen)
    if c.verb.lemma in _NO_ANSWER and any(toks[k].low in _NEGATIONS for k in range(max(c.aux, 0), i)):
        return NO_SOURCE
    if t.low in _NO_ANSWER_TO and c.prev is not None and c.prev.low in _COMMENT_REQUEST:
        return NO_SOURCE  # "did not return calls seeking comment": a request, unanswered
    if _exhorted(toks, c.aux, i):
        return NO_SOURCE
    return None


def _says_after(toks: list[Tok], k: int) -> bool:
    """Does the refusal's clause, from toks[k], end in a comma and a saying participle ("declined to
    comment on the case, saying ...")? The refuser speaks after all, and that verb credits them."""
    while k < len(toks) and toks[k].text not in _CLAUSE_BREAKS:
        k += 1
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in _REFUSAL_THEN_SAYS


def _exhorted(toks: list[Tok], aux: int, i: int) -> bool:
    """'as others should tell them', 'ought to say': what someone ought to say, nothing said."""
    for k in range(max(aux, 0), i):
        if toks[k].low in _EXHORTING and not (k + 1 < i and toks[k + 1].low == "have"):
            return True
    return i >= 2 and toks[i - 1].low == "to" and toks[i - 2].low == "ought"


def _actor(c: VerbCue, chosen: Choice) -> Decision:
    # A refusal is something its subject did, as PolNeAR's annotators read it ("The agency
    # declined to comment": 31 of 32 such sentences of train are attributed to the refuser); it
    # is credited like any other action (reports=False): the sentence is about the refuser, and no
    # claim rests on them, so no flag and no headline check counts it as a source.
    # its subject is found as a speaker's is ("Schilling, through a spokeswoman, declined")
    spoken = VerbCue(c.s, c.i, CueVerb(c.verb.lemma, "speech"))
    for rule in RULES[RULES.index(no_answer) + 1:]:
        if rule is weak_without_content:
            continue  # "declined to comment" has no content, and needs none
        decided = rule(spoken, chosen)
        if decided is not None:
            return tuple(replace(d, reports=False) for d in decided)
    return NO_SOURCE


def passive(c: VerbCue, chosen: Choice) -> Decision:
    """'he was told by X': the source follows 'by'; 'it is said' is vague (special spans)."""
    toks, i, t = c.s.toks, c.i, c.t
    if t.low.endswith("ing") or not any(toks[k].low in _PASSIVE for k in range(max(c.aux, 0), i)):
        return None
    if i + 1 < len(toks) and toks[i + 1].low == "by" and not _by_means(toks, i + 1):
        rng = np_forward(toks, i + 2)
        if rng and not _no_ones_manner(toks, rng):
            quoted = _quoted_speaker(c, rng)
            if quoted is not None:  # "Okafor was quoted by Reuters as saying": her words, Reuters carried them
                return (c.propose(quoted, "quoted_as"),
                        c.propose(rng, "passive_by", cue=t.text + " by", chain_only=True))
            return (c.propose(rng, "passive_by", cue=t.text + " by"),)
    by = _later_by(toks, i)
    if by is not None and not _by_means(toks, by):
        # "is considered unclean by Muslims", "was endorsed the day before by Fiorina": an agent
        # after what the verb says of its subject, when it is someone who can say it
        rng = np_forward(toks, by + 1)
        if rng and plausible_source(toks, rng) and not timeish(toks, rng):
            return (c.propose(rng, "passive_by", cue=t.text),)
    return NO_SOURCE


def _quoted_speaker(c: VerbCue, agent: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of "was quoted by X as saying/telling": the one who spoke (X the outlet that
    carried it), when it can speak; None for any other passive."""
    toks = c.s.toks
    if c.t.low != "quoted" or agent[1] + 1 >= len(toks) or toks[agent[1]].low != "as" or c.aux < 0:
        return None
    subject = np_backward(toks, c.aux)
    return subject if subject is not None and plausible_source(toks, subject) else None


def _no_ones_manner(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'characterized by the powerful way in which ...': a manner, no agent."""
    return toks[rng[1] - 1].low in _MANNER_NOUNS


def _by_means(toks: list[Tok], k: int) -> bool:
    """'was accused of trying to deceive voters by renaming its account': a 'by' with a gerund and
    its object says how, not who ('criticised by building owners' still has its agent)."""
    return k + 2 < len(toks) and toks[k + 1].low.endswith("ing") and not toks[k + 1].cap \
        and toks[k + 2].low in DETERMINERS


def _later_by(toks: list[Tok], i: int) -> int | None:
    """The 'by' a few words after a passive verb, in the same clause."""
    if i + 1 < len(toks) and toks[i + 1].low in _CLAUSE_SUBJECTS:
        return None
    for k in range(i + 2, min(len(toks), i + 2 + _LATER_BY_WINDOW)):
        t = toks[k]
        if t.low == "by":
            return None if _own_participle(toks, k - 1, i) else k
        if t.text in _CLAUSE_BREAKS or t.low in _CLAUSE_WORDS or t.low in _CLAUSE_SUBJECTS:
            return None
    return None


def _own_participle(toks: list[Tok], k: int, verb: int) -> bool:
    """Is toks[k], right before a "by", a participle after a noun of its own ("a laptop used by
    Weiner", "a firm owned by the state"), which the "by" names the agent of instead of the verb's?"""
    t = toks[k]
    # four letters will do here ("used", "owed"), where kinds.past_participle wants five
    participle = past_participle(t.low) or len(t.low) == 4 and t.low.endswith("ed") and not t.low.endswith("eed")
    if k - 1 <= verb or not t.is_word or t.cap or not participle:
        return False
    before = toks[k - 1]
    return before.is_word and before.low not in _AGENT_PARTICIPLE_LINKS and not before.low.endswith("ly")


def _past_form(t: Tok, verb: CueVerb) -> bool:
    """'blamed', 'told': a past form (a learned cue word is its own lemma)."""
    low = t.low
    if verb.strength == "learned":
        return low.endswith("ed") or low in lx.irregular_past()
    # a listed form that is neither the lemma, the third person nor the -ing form: "found", "told"
    return low != verb.lemma and not low.endswith(("s", "ing"))


def headline_passive_reading(toks: list[Tok], i: int) -> bool:
    """Is the past form toks[i] of a headline a passive with its auxiliary dropped ('Cheese blamed
    for outbreak', 'UN urged to act', 'Suspect named', 'New model revealed: ...')? Headlines
    report in the present, so a past form after its subject is a participle, unless the verb takes
    no object there ('Okafor complained of pains'). One closing the headline or before its colon is
    one too, unless a comma before it ('Two dead, police said') makes it a speaker's verb."""
    if i == 0:
        return False
    prev, t = toks[i - 1], toks[i]
    if not (prev.is_word or scare_quote_open(toks, i - 1) is not None) or prev.low in ("who", "which", "that") \
            or prev.low in lx.be_forms():
        return False  # '..., said X', 'a woman who claimed', 'is expected to' (the passive rule's);
        # a scare-quoted subject ends as a word does ("Gunman 'Jackal' identified as local man")
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.text == ":" or (nxt.text in _CLOSERS and i + 2 >= len(toks)):
        return t.low not in _HEADLINE_ACTIVE_BEFORE and not any(x.text == "," for x in toks[:i])
    if nxt.low == "to":
        return t.low in _HEADLINE_PASSIVE_TO
    if t.low in _HEADLINE_COMPLEMENT and (nxt.low in _COMPLEMENT_OPENERS or nxt.text in QUOTE_CHARS):
        return True  # "Guard hailed a hero", "Tourist dubbed 'Spider Man'": the name given to the subject
    return nxt.low in _HEADLINE_PASSIVE_NEXT and t.low not in _HEADLINE_ACTIVE_BEFORE


def headline_passive(c: VerbCue, chosen: Choice) -> Decision:
    """Headlines drop the auxiliary: 'Cheese blamed for outbreak', 'Suspect identified as local
    man', 'UN urged to act' are passives whose subject is what the verb is about, not its source.
    The source is the agent after 'by' ('Plan criticised by experts'), or no one (an agentless
    passive: `vague.agentless` reads it as "is blamed for" would be read)."""
    s, toks, i, t = c.s, c.s.toks, c.i, c.t
    if not s.headline or not _past_form(t, c.verb) or not headline_passive_reading(toks, i):
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.low == "by":
        rng = np_forward(toks, i + 2)
        if rng and plausible_source(toks, rng):
            return (c.propose(rng, "headline_passive_by", cue=t.text + " by"),)
    return NO_SOURCE


def attributive(c: VerbCue, chosen: Choice) -> Decision:
    """'Mob attacks alleged thief', 'Nichols' reported girlfriend says': in a headline, where no
    'the' marks the noun phrase, a past form right before a noun is an adjective, not a cue."""
    s, toks, i, t = c.s, c.s.toks, c.i, c.t
    if not s.headline or t.low not in _ATTRIBUTIVE_FORMS or i + 1 >= len(toks):
        return None
    nxt = toks[i + 1]
    if not nxt.is_word or not nxt.text[0].isalpha() or nxt.low in DETERMINERS or nxt.low in lx.pronouns() \
            or nxt.low in ("that", "to", "by") or nxt.low in _HEADLINE_PASSIVE_NEXT or nxt.low in lx.cue_verbs():
        return None
    if nxt.cap and not s.title_case:
        return None  # "Police alleged Smith ...": a name after it is the content of a cue
    return NO_SOURCE


def headline_noun(c: VerbCue, chosen: Choice) -> Decision:
    """'Stalled talks raise fear', 'Ruritania comet claim', 'amid fears': a cue word that
    a headline writes as a noun (governed by a verb or preposition, or a bare form no plural
    agrees with) is no cue of the words before it (`headlinese.governed_noun`, `bare_noun`)."""
    s, i, toks = c.s, c.i, c.s.toks
    if not s.headline:
        return None
    governed = governed_noun(toks, i)
    if governed is not None:
        k, own = governed
        # "Daily Gazette retracts claim", "Mayor Okafor keeps promise": the subject's own report
        rng = np_backward(toks, skip_back(toks, k - 1)) if own and k > 0 else None
        if rng and plausible_source(toks, rng) and not timeish(toks, rng):
            return (c.propose(rng, "headline_own_report", cue=c.t.text),)
        return NO_SOURCE
    if c.verb.strength != "learned" and bare_noun(toks, i, c.verb.lemma):
        return NO_SOURCE
    k = i - 1
    while k >= 0 and toks[k].low.endswith("ly"):
        k -= 1
    if k >= 0 and toks[k].low == "than":
        return NO_SOURCE  # "Ran Deeper Than Previously Thought": a comparison, no one's belief
    return None


def share_of_people(c: VerbCue, chosen: Choice) -> Decision:
    """'47% say', 'one in five said', 'those surveyed say': a share of people speaks (vague)."""
    if c.t.low not in _SAY_FORMS:
        return None
    rng = counted_subject(c.s.toks, skip_back(c.s.toks, c.i - 1))
    return (c.propose(rng, "share_of_people", kind="vague"),) if rng else None


def noun_use(c: VerbCue, chosen: Choice) -> Decision:
    """'an earlier report that', 'the claims': the cue word is a noun here."""
    return NO_SOURCE if _noun_use(c.s.toks, c.i) or _noun_homograph(c) or _compound_plural(c) else None


def _compound_plural(c: VerbCue) -> bool:
    """'US-China trade talks once again seems', 'peace talks between': a learned cue word in -s
    right after a small-letter noun that is no one (not a person, body, document, medium or
    pronoun, nor an adverb or auxiliary before a verb), or right before a finite verb, is a plural
    noun."""
    toks, i, t = c.s.toks, c.i, c.t
    if c.verb.strength != "learned" or t.low not in _COMPOUND_PLURALS or i == 0:
        return False
    if i + 1 < len(toks) and toks[i + 1].low in _FINITE_WORDS:
        return True  # "told the Gazette talks had stalled": the plural is the next verb's subject
    prev = toks[i - 1]
    if not prev.is_word or prev.cap or not prev.text[:1].isalpha() or skip_back(toks, i - 1) != i - 1:
        return False  # "Trump sometimes seems": an adverb or auxiliary, not a noun
    if i >= 2 and (toks[i - 2].possessive or possessive_apostrophe(toks, i - 2)):
        return False  # "Flowers' bombshell allegations": hers, a cue noun with its owner
    w = prev.low
    return not (w in lx.pronouns() or w in DETERMINERS
                or w in lx.source_nouns() or is_role_noun(w) or w in lx.org_words() or w in lx.document_nouns()
                or w in lx.media()[1] or w in _CLAUSE_WORDS or w in PREPOSITIONS)


def _noun_homograph(c: VerbCue) -> bool:
    """'other Western states.', 'a Sunday talk show, writes': a word that is a common noun as well
    as a cue closes its phrase with nothing said after it; as the verb it says something ('the law
    states that', 'polls show Clinton ahead') or has a speaker or document right before it ('"...,"
    the report states.')."""
    toks, i = c.s.toks, c.i
    said = c.t.low in _SAID_HOMOGRAPHS
    if c.t.low not in _NOUN_HOMOGRAPHS and not said or i + 1 < len(toks) and toks[i + 1].is_word:
        return False
    j = c.j
    if j < 0 or not toks[j].is_word:
        return False
    before = toks[j].low
    if said:
        if toks[j].cap and not c.s.title_case and (j > 0 or not c.s.headline):
            return False  # '"...," Ann Lee claims.', "Lee reports:": a name in a sentence-case line speaks
        rng = np_backward(toks, j)
        if rng and rng[0] > 0 and toks[rng[0] - 1].text in _TRAILING_CREDIT_MARKS:
            return False  # "Leader injured, Ann Lee Claims": a credit set off after the claim
    return not (before in lx.pronouns() or before in lx.source_nouns() or before in lx.document_nouns()
                or before in lx.org_words() or before in lx.media()[1] and c.t.low not in _PROGRAMMES)


def said_first(c: VerbCue, chosen: Choice) -> Decision:
    """'Said Ellis: "..."': the verb opens the sentence, the speaker follows."""
    toks, t = c.s.toks, c.t
    if not (c.i == 0 and t.low in ("said", "says") and len(toks) > 2):
        return None
    rng = np_forward(toks, 1, allow_lower_start=False)
    return (c.propose(rng, "said_first"),) if rng else NO_SOURCE


def document_subject(c: VerbCue, chosen: Choice) -> Decision:
    """'A survey by the group in March found ...', 'Footage from the game shows ...': a document
    opening its clause shows what it finds, past the phrase after it that says whose, of what or
    when it is (the document right before the verb is `weak_without_content`'s case)."""
    toks, t = c.s.toks, c.t
    if c.verb.lemma not in _DOCUMENT_FINDINGS or t.low.endswith("ing") or c.aux < 1:
        return None
    k = c.aux
    # ("..., after leaked documents from his tax return show": the subordinator opens the clause)
    while k >= 0 and toks[k].text not in _CLAUSE_BREAKS and toks[k].low not in _CLAUSE_WORDS \
            and toks[k].low not in _SUBORDINATORS and toks[k].low not in lx.cue_verbs():
        k -= 1
    start = k + 1
    while start < c.aux and toks[start].low in _LEADING_CONJUNCTIONS:
        start += 1
    rng = np_forward(toks, start)
    if not rng or c.aux - rng[0] > _MAX_DOCUMENT_SUBJECT:
        return None
    # the document is the phrase's first head a modifier follows ("The average of polls taken")
    docs = lx.document_nouns()
    head = next((h for h in range(rng[0], min(rng[1], c.aux)) if toks[h].low in docs
                 and toks[h + 1].low in _DOCUMENT_MODIFIERS), None)
    if head is None:
        return None
    return (c.propose((rng[0], c.aux + 1), "document_subject", kind="document"),)


def weak_without_content(c: VerbCue, chosen: Choice) -> Decision:
    """A weak cue ('added', 'showed', 'posted') counts only where what follows is what was said
    ('added that', 'showed that', '..., Smith added.'), or with a name before it; a document
    shows what it finds ('the poll showed Clinton ahead')."""
    toks, i, t, verb, j = c.s.toks, c.i, c.t, c.verb, c.j
    if verb.lemma == "report" and t.low != "report" and _outlet_before(toks, j):
        return None  # "CNN reports hackers sent a message": an outlet reporting is its reporting sense
    if verb.strength == "weak" and c.cue == t.text and not _weak_ok(toks, i, verb.lemma, c.inverted, j) and not (
            verb.lemma not in _STRICT_WEAK and _named_before(toks, j) and (
                # a headline drops the verb of what was said: "FBI confirms 650,000 emails found"
                not _digit_after(toks, i) or verb.lemma in _NUMBER_CUES or c.s.headline)) and not (
            verb.lemma in _DOCUMENT_FINDINGS and not t.low.endswith("ing")
            and j >= 0 and toks[j].low in lx.document_nouns() and not _describes_noun(toks, i, verb.lemma)):
        return NO_SOURCE
    return None


def _outlet_before(toks: list[Tok], j: int) -> bool:
    """Is the phrase ending at toks[j] a news outlet by name ("CNN", "The Harbour Gazette"; not
    "media" or "a news", whose "reports" is a noun)?"""
    rng = np_backward(toks, j) if j >= 0 and toks[j].is_word and toks[j].cap else None
    return rng is not None and classify_mention(" ".join(t.text for t in toks[rng[0]:rng[1]])) == "media"


def _describes_noun(toks: list[Tok], i: int, lemma: str) -> bool:
    """'emails found on a laptop': a past form after its noun and before a place or an agent."""
    t = toks[i]
    return t.low != lemma and not t.low.endswith("s") and i + 1 < len(toks) and toks[i + 1].low in _PARTICIPLE_PLACES


def relative_pronoun(c: VerbCue, chosen: Choice) -> Decision:
    """'an architect who said': the source is 'who', standing for the noun before it (also past an
    aside of a preposition: 'an architect who through her lawyer declined'); after "that" the noun
    itself ('Democrats that said')."""
    toks, j = c.s.toks, c.j
    if j >= 0 and toks[j].is_word and toks[j].low not in ("who", "which") \
            and (aside := np_backward(toks, j)) is not None and after_breaking_preposition(toks, aside) \
            and aside[0] >= 2 and toks[aside[0] - 2].low in ("who", "which"):
        j = aside[0] - 2
    if j >= 1 and toks[j].low == "that":
        # (not inside what an earlier verb of saying reports: "He said the council paid a firm that
        # recommended the closures" rests on him; "She shared a tweet that said" is the tweet's)
        return None if any(_said_before(a, toks[j].start) for a in chosen.out) else _relative_that(c, j)
    if not (j >= 1 and toks[j].low in ("who", "which") and (toks[j - 1].is_word or toks[j - 1].text == ",")):
        return None
    k = j - 2 if toks[j - 1].text == "," else j - 1
    ante = np_backward(toks, k, antecedent=True)
    if ante is not None and toks[j - 1].text != "," and (name := name_before_description(toks, ante)) is not None:
        ante = name  # "Mark O'Mara, the Florida attorney who defended": he, named in full
    if ante and plausible_source(toks, ante):
        antecedent = c.s.mention(ante)[2]
        return (c.propose((j, j + 1), "relative_pronoun", kind=relative_kind(toks[j].low, antecedent),
                          antecedent=antecedent),)
    return NO_SOURCE


def _relative_that(c: VerbCue, j: int) -> Decision:
    """'Democrats that said', 'a group that opposes': "that" right after its noun, which is the
    source ("that" itself names no one a reader is shown). The noun runs back past a time ("a TV
    report late last month that said"), and from a maker or a place to the thing before it ("a
    tweet from a viewer that said": the tweet, when it can speak; "a story going around Facebook
    that promises": no one). Not after a cue verb ("said that"), nor before a finite verb ("the
    first time that blame has been"), nor for a seeming verb ("a video that appears to show": the
    hedge is no one's)."""
    toks, i = c.s.toks, c.i
    if c.verb.strength == "learned" and _finite_cue_after(toks, i):
        return None  # "Insurers that had covered the mill agreed": the noun is the later verb's subject
    if not toks[j - 1].is_word or toks[j - 1].low in lx.cue_verbs() or c.t.low in _SEEMING or (
            i + 1 < len(toks) and toks[i + 1].low in _FINITE_WORDS):
        return None
    k = j - 1
    while k > 0 and (toks[k].low in _TIME_OR_GLUE
                     or k < j - 1 and toks[k].low in PREPOSITIONS and toks[k + 1].low in _TIME_OR_GLUE):
        k -= 1  # "a TV report late last month that said", "an article from last month that discussed"
    ante = np_backward(toks, k, antecedent=True)
    link = toks[ante[0] - 1].low if ante is not None and ante[0] >= 2 and toks[ante[0] - 2].is_word else ""
    if link in _MAKER_LINKS or link in _PLACE_LINKS:
        thing = np_backward(toks, ante[0] - 2, antecedent=True)
        if thing is not None and plausible_source(toks, thing):
            ante = thing  # (else "highlighted by a group that opposed": the group)
        elif link in _PLACE_LINKS:
            return NO_SOURCE  # the place is no speaker
    if ante is not None and timeish(toks, ante):
        ante = _before_time_tail(toks, ante)  # "a tweet Wednesday night from a viewer that said"
    return (c.propose(ante, "relative_pronoun"),) if ante and plausible_source(toks, ante) else NO_SOURCE


def _said_before(a: RawAttribution, pos: int) -> bool:
    """Was the attribution's cue a verb of saying before `pos` (what follows it is what was said)?"""
    verb = lx.cue_verbs().get(a.cue.lower())
    return a.cue_start < pos and verb is not None and verb.strength == "speech"


def _finite_cue_after(toks: list[Tok], i: int) -> bool:
    """A cue verb of the lexicon in a finite form after toks[i], before the clause's first break."""
    for t in toks[i + 1:]:
        if t.text in _CLAUSE_BREAKS:
            return False
        if t.is_word and not t.cap and t.low in lx.cue_verbs() and _finite(t):
            return True
    return False


def reporters_own(c: VerbCue, chosen: Choice) -> Decision:
    """'experts I spoke to said': the reporter's own verb inside the source phrase is no cue."""
    return NO_SOURCE if in_contact_clause(c.s.toks, c.i) else None


def discourse_formula(c: VerbCue, chosen: Choice) -> Decision:
    """'Having said that', 'it is worth noting', 'easier said than done': discourse formulas, not sources."""
    toks, i = c.s.toks, c.i
    if c.prev is not None and c.prev.low in ("easier", "sooner") and i + 1 < len(toks) and toks[i + 1].low == "than":
        return NO_SOURCE
    return NO_SOURCE if c.prev is not None and c.prev.low in ("having", "worth") else None


def _partitive_before(toks: list[Tok], start: int) -> bool:
    """'one of the people said': a special span ('people said') that is the tail of a partitive
    is not the whole source."""
    k = next((n for n, t in enumerate(toks) if t.start >= start), 0)
    while k > 0 and toks[k - 1].low in DETERMINERS:
        k -= 1
    return k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in partitives()


def _groups_joined(toks: list[Tok], j: int, start: int) -> tuple[int, int] | None:
    """'Officials and experts said': a source phrase found for the last group ("experts") is the
    second half of one subject, which np_backward reads whole; that whole, else None."""
    rng = np_backward(toks, j)
    if rng is None or toks[rng[0]].start >= start:
        return None
    k = next(n for n in range(rng[0], j + 1) if toks[n].start >= start)
    return rng if toks[k - 1].low == "and" else None


def subject_before(c: VerbCue, chosen: Choice) -> Decision:
    """The source before the cue: 'X said', 'sources familiar with ... said', 'Tarnwell has
    raised £40m and says', '..., saying' (the subject of its clause)."""
    s, toks, i, t, verb, j = c.s, c.s.toks, c.i, c.t, c.verb, c.j
    if not (j >= 0 and (toks[j].is_word or _scare_quoted_subject(toks, j))):
        return None
    if toks[j].low == "it" and j == i - 1 and i + 1 < len(toks) and (
            t.low in _EXPLETIVE_IT_VERBS and not toks[i + 1].low == "to"
            or t.low in _EXPLETIVE_IT_LIKE_VERBS and toks[i + 1].low in ("like", "as")):
        return NO_SOURCE  # "It appears that ...", "It looks like ...": no one is cited (the agentless hedge reads it)
    sp = s.span_at(toks[j].end)
    if sp and not _partitive_before(toks, sp[0]):
        joined = _groups_joined(toks, j, sp[0])
        if joined is not None:
            return (c.propose(joined, "subject_before"),)
        return (c.propose_span(sp, "subject_span"),)
    contact = contact_clause(toks, j)
    if contact:
        return (c.propose(contact, "contact_clause"),)  # "all the experts I interviewed said"
    rng = np_backward(toks, j)
    if rng and (named := name_before_origin(toks, rng)) is not None:
        rng = named  # "Yasir Abdulla, 36, from Yorkshire said": a place the speaker is from
    if rng and s.headline and t.low.endswith("ing") and j == i - 1:
        rng = _headline_object(toks, rng)
    participle = t.low.endswith("ing") and _participle(toks, i)
    if rng:
        rng = governing_phrase(toks, rng)  # "advisers to Mr. Obama say"
        # "Another source speaking to Fox News said"; a learned cue word may be a noun ("shots fired")
        rng = _before_participle_phrase(toks, rng, _finite(t) and verb.strength != "learned")
        if participle:
            rng = _addressed_document(toks, rng, i)
    if toks[j].low in ("and", "but") and not chosen:
        rng = _clause_subject(toks, i, s.headline)  # "Tarnwell has raised £40m and says ..."
    elif participle and (
            rng is None or not plausible_source(toks, rng) or timeish(toks, rng) or toks[i - 1].text == ","):
        rng = _clause_subject(toks, i) if not chosen else None
        if rng is not None and s.headline and toks[i - 1].low in _SUBJECT_CONTROL \
                and (n := _present_verb_in(toks, rng, people=False)) is not None:
            # "Nun gives birth ... after complaining": the subject before its verb ("gets customer
            # fired for complaining" is the customer's complaint: no cut there)
            rng = (rng[0], n)
    elif verb.strength == "speech" and not chosen and toks[j].low != "that" and (rng is None or not (
            plausible_source(toks, rng) or _said_by(toks, rng, i) or _described_subject(toks, rng, i)
            or rng[0] > 0 and toks[rng[0] - 1].low in _SUBORDINATORS)):
        # "Experts on North Korea and nuclear proliferation said", "Observers around the
        # country say": the phrase before the verb is not the whole subject; its head is (not
        # across a relative "that": "she leaves rules that promise to ...", nor a subordinator:
        # "citizens feel stung after the euro crisis highlighted", the phrase is its clause's own)
        rng = _clause_subject(toks, i)
    if rng and s.headline and rng[0] > 0 and not t.low.endswith("ing") and (
            toks[rng[0] - 1].low in DETERMINERS or toks[rng[0] - 1].low in _HEADLINE_NOUN_GOVERNORS
            or after_preposition(toks, rng)):
        return NO_SOURCE  # "Steps Forward With Bombshell Claim:": the preposition's phrase, whose noun the cue word is
    if rng and after_breaking_preposition(toks, rng) and not (
            toks[rng[0]].low in ("a", "an") and rng[1] == i and not _finite(t)):
        # "policy toward Belmont shows": the preposition's object is no subject ("upon a Herald
        # report that": "a ... report" is one phrase, the cue word its noun)
        rng = None
    if rng and (plausible_source(toks, rng) or (verb.strength == "speech" or _closes_quotation(toks, rng))
                and _said_by(toks, rng, i) or verb.strength == "speech" and _described_subject(toks, rng, i)) and (
            verb.strength != "learned" or (named_subject(toks, rng) and not after_preposition(toks, rng)
                                           and not _after_be(toks, i, verb))) and not (
            t.low in _SEEMING and not _head_speaks(toks, rng)):
        return (c.propose(rng, "subject_before"),)
    return NO_SOURCE


def _after_be(toks: list[Tok], i: int, verb: CueVerb) -> bool:
    """Is the learned cue word toks[i] a past participle after a form of "be" (past adverbs: "I am very
    touched by the attention", "she was deeply moved")? How someone feels or what was done to
    them: the subject said nothing there (and "I am very" is no name)."""
    if not _past_form(toks[i], verb):
        return False  # "Jordan was looking into the claim", "ISIS is threatening to": the subject's doing
    k = i - 1
    while k > 0 and toks[k].is_word and (toks[k].low.endswith("ly") or toks[k].low in _LOOK_DEGREE):
        k -= 1
    return k >= 0 and toks[k].low in lx.be_forms()


def _head_speaks(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """Is the phrase's head noun (before its first preposition) a name or a word for someone who
    speaks? "China's coal consumption appears to have declined": what seems so is no one's view."""
    k = next((n for n in range(rng[0] + 1, rng[1]) if toks[n].low in PREPOSITIONS), rng[1])
    head = toks[max(skip_back(toks, k - 1), rng[0])]  # "Trump sometimes seems": past the adverb
    return head.cap or speaker_noun(head.low)


def _scare_quoted_subject(toks: list[Tok], j: int) -> bool:
    """'The so-called "experts" said': the phrase before the cue closes with a scare-quoted word
    for someone who can speak. ('"We won" said Ann Lee', 'called it "reckless" said the aide': the
    quotation is what was said; 'Lee's "47 percent" comment was': it names no one.)"""
    rng = np_backward(toks, j)
    if rng is None:
        return False
    head = toks[rng[1] - 1]
    return plausible_source(toks, rng) and (head.cap or speaker_noun(head.low)) \
        and not any(t.text[0].isdigit() for t in toks[rng[0]:rng[1]])


_ADDRESSED = rule_words("speech_verbs", "document_addressed")


def _addressed_document(toks: list[Tok], rng: tuple[int, int], i: int) -> tuple[int, int]:
    """'Ten senators sent a letter to FDA Commissioner Robert Califf urging him to act', 'filed a
    petition with the court asking it to halt the vote', 'uploaded a video to YouTube expressing':
    the phrase right before the participle toks[i] is whom or where a document was sent; the
    participle's subject is the clause's, who sent it, or else the document ("The tenants sent a
    letter to management stating": a letter to management), as a document on a website speaks,
    not the website."""
    first = rng[0]
    if first < 2 or toks[first - 1].low not in _ADDRESSED:
        return rng
    doc = np_backward(toks, first - 2)
    if doc is None or doc[1] != first - 1 or toks[first - 2].low not in lx.document_nouns():
        return rng
    return _clause_subject(toks, i) or (doc[0], rng[1])


def _before_participle_phrase(toks: list[Tok], rng: tuple[int, int], finite_cue: bool = False) -> tuple[int, int]:
    """'Another intelligence source speaking to Fox News said', 'a lawyer representing the family
    said', 'a man arrested in Leeds says', 'a porter bitten by the dog at the show told': the phrase
    before the cue ends a participle's modifier after the subject (its object, or the object of
    its last preposition); the subject is the phrase before the participle, when it can speak
    and opens its clause. A past participle counts only with a preposition after it and before a
    finite cue, the clause's verb, so that it can only be a reduced relative ("Clinton pointed to
    the board finding that": the board finds; "the release linked to the AP report": no verb)."""
    k = rng[0] - 1
    for _ in range(_MODIFIER_PHRASES_MAX):
        after_preposition = k >= 1 and toks[k].low in _MODIFIER_PREPOSITIONS
        if after_preposition:
            k -= 1  # "speaking to", "arrested in"
        elif _infinitive_at(toks, k):
            # "a committee formed to investigate the incident", "officials trying to contain the
            # outbreak": the phrase is the infinitive's object, and the participle comes before "to"
            k -= 2
            if k >= 1 and toks[k].is_word and not toks[k].cap and (
                    toks[k].low.endswith("ing") or finite_cue and _past_participle(toks[k].low)):
                break
            return rng
        if k < 1 or not toks[k].is_word:
            return rng
        low = toks[k].low
        if not toks[k].cap and (low.endswith("ing") or finite_cue and after_preposition and _past_participle(low)):
            break
        if not after_preposition:
            return rng
        before = np_backward(toks, k)  # "the dog" in "bitten by the dog at the show"
        if before is None or before[1] != k + 1:
            return rng
        k = before[0] - 1
    else:
        return rng
    while k >= 2 and (toks[k - 1].low in _PARTICIPLE_ADVERBS
                      or toks[k - 1].low.endswith("ly") and toks[k - 1].low not in lx.ly_not_adverbs()):
        k -= 1  # "a boy almost killed by", "a man wrongly accused of"
    if finite_cue:
        k = _passive_relative_start(toks, k)
    head = np_backward(toks, k - 1)
    if head is None or not plausible_source(toks, head) or timeish(toks, head) or (
            head[0] > 0 and toks[head[0] - 1].is_word and toks[head[0] - 1].low not in ("and", "but")):
        return rng
    return head


def _infinitive_at(toks: list[Tok], k: int) -> bool:
    """Is toks[k] the verb of an infinitive ("to investigate")? A lower-case word after "to" that
    no determiner or pronoun is: "to the board" is a preposition's phrase."""
    return k >= 3 and toks[k - 1].low == "to" and toks[k].is_word and not toks[k].cap and toks[k].low.isalpha() \
        and toks[k].low not in DETERMINERS and toks[k].low not in lx.pronouns()


def _passive_relative_start(toks: list[Tok], k: int) -> int:
    """Where a passive relative clause opens whose participle is toks[k]: "who was (arrested)",
    "that were (sent)", "whose son was (killed)", "whose teenage son had been (hurt)"; k itself when
    the participle is a reduced relative with nothing before it."""
    m = k - 1
    if m < 2 or toks[m].low not in _PASSIVE:
        return k
    m -= 1
    if toks[m + 1].low == "been" and toks[m].low in ("has", "have", "had"):
        m -= 1
    if toks[m].low in ("who", "that"):
        return m
    for back in (1, 2):  # "whose son", "whose teenage son"
        if m - back >= 1 and toks[m - back].low == "whose" and all(t.is_word for t in toks[m - back + 1:m + 1]):
            return m - back
    return k


def _finite(t: Tok) -> bool:
    """A verb form that can only be a clause's own verb: "says", "said", "told" (not "report", "finding")."""
    return t.low.endswith(("s", "ed")) or t.low in lx.irregular_past()


def _past_participle(low: str) -> bool:
    return past_participle(low) or low in _IRREGULAR_PARTICIPLES


def _described_subject(toks: list[Tok], rng: tuple[int, int], verb: int) -> bool:
    """'..., the retired neurosurgeon acknowledged that': a phrase opening with a determiner right
    before a verb of saying and its "that" opens its clause and is who says it."""
    return rng[1] == verb and verb + 1 < len(toks) and toks[verb + 1].low == "that" \
        and toks[rng[0]].low in ("the", "a", "an") and rng[1] - rng[0] >= 2 and toks[rng[1] - 1].is_word \
        and toks[rng[1] - 1].low not in NOT_SOURCE and toks[rng[1] - 1].low not in TIME_WORDS \
        and (rng[0] == 0 or not toks[rng[0] - 1].is_word)


def other_sense(toks: list[Tok], i: int) -> bool:
    """Is the cue word toks[i] used in a sense that says nothing? "Put" says something only of
    words ("as Lee put it") or an estimate ("the poll puts his approval at 49.5 percent"), not in
    "Islamic State puts the body up for sale"; "recall" with a counted object calls goods back
    ("Toyota recalls 40,000 cars", "recalled about 2,000 trucks"), it remembers nothing; a bare year
    after it is a time remembered ("recalled 1998 as the worst year"). A verb of refusal says
    something only of a claim ("rejected the notion that"), not in "the Senate rejected the bill"
    or "Lewandowski was dismissed on Monday" (claim_objects); "appear" says nothing when it means
    showing up ("appeared on a radio show", "appears before the delegates"); "declined" before a
    figure is a fall ("the index declined 0.3%"), no refusal; "fired" says something only when
    words are fired back or off ("Police fired tear gas" says nothing); "show" says nothing of signs
    or symptoms, nor "call" of 911 or an ambulance (object_senses); "look" says nothing before
    an adjective or "like" ("the burger looks eerily new"), only looking to, for or at something."""
    low = toks[i].low
    objects = _OBJECT_SENSES.get(lx.lemma(low))
    if objects is not None:
        for t in toks[i + 1:i + 1 + _OBJECT_SENSE_REACH]:
            if t.low in objects:
                return True
            if not t.is_word or t.low == "that":
                break
    if low in _SHOW_UP_VERBS:
        k = i + 1
        while k < len(toks) and toks[k].low.endswith("ly") and toks[k].is_word:
            k += 1  # "appeared briefly on", "quickly appeared in"
        return k < len(toks) and toks[k].low in _SHOW_UP_NEXT
    if low in _LOOK_VERBS:
        k = i + 1
        while k < len(toks) and toks[k].is_word and (toks[k].low.endswith("ly") or toks[k].low in _LOOK_DEGREE):
            k += 1  # "looking a little enviously at", "looked more closely at"
        return not (k < len(toks) and toks[k].low in _LOOK_NEXT)
    if low in _NAMING_VERBS:
        return _names_a_thing(toks, i)
    if low in _CLAIM_OBJECT_VERBS:
        start = max(0, i - REACH)
        return refuses_no_claim([t.low for t in toks[start:i + REACH + 2]], i - start, judging=True)
    if low in _FIGURE_VERBS:
        if low in _PUT and i + 1 < len(toks) and toks[i + 1].low == "it":
            return False
        ahead = toks[i + 1:i + 24]  # "puts Obama's approval during the first four months of this year at 49.5"
        stop = next((k for k, a in enumerate(ahead) if a.text in _CLAUSE_END), len(ahead))
        ahead = ahead[:stop]
        return not any(a.low == "at" and any(_figure_word(b) for b in ahead[k + 1:k + 4])
                       for k, a in enumerate(ahead))
    if low in _PARTICLE_SENSES:
        return not (i + 1 < len(toks) and toks[i + 1].low in _PARTICLE_SENSES[low])
    if low in _FALLING_VERBS:
        k = i + 2 if i + 1 < len(toks) and toks[i + 1].low == "by" else i + 1
        return k < len(toks) and toks[k].text[:1].isdigit()
    if lx.lemma(low) not in _GOODS_VERBS:
        return False
    k = i + 1
    while k < len(toks) and toks[k].low in _FIGURE_LEAD:
        k += 1
    figure = toks[k].text if k < len(toks) else ""
    return figure[:1].isdigit() and not (len(figure) == 4 and figure.isdigit() and figure[:2] in ("19", "20"))


def _names_a_thing(toks: list[Tok], i: int) -> bool:
    """'set up a website called "Cape Breton If Donald Trump Wins"': "called" after "a"/"an" and a
    noun governed by the word before them (a verb or preposition, not one opening a clause) gives
    that thing's name; no one calls anything."""
    if i + 1 < len(toks) and toks[i + 1].low in _NAMING_PARTICLES:
        return False
    rng = np_backward(toks, i - 1) if i > 0 else None
    # the last "a" of the phrase opens the thing named: "a leader of a Pakistan-based group called ..."
    k = max((n for n in range(rng[0], i) if toks[n].low in ("a", "an")), default=0) if rng else 0
    if k == 0:
        return False
    before = toks[k - 1]
    # ("yesterday a senator called", "later an aide called": a time or an adverb opens the clause)
    return before.is_word and not before.cap and before.low not in _CLAUSE_WORDS \
        and before.low not in _NAMING_NOT_AFTER and before.low not in lx.pronouns() \
        and before.low not in TIME_WORDS and not before.low.endswith("ly")


def other_sense_use(c: VerbCue, chosen: Choice) -> Decision:
    """'Islamic State puts the body up for sale', 'Toyota recalls 40,000 cars': no cue (other_sense)."""
    return NO_SOURCE if other_sense(c.s.toks, c.i) else None


def phrasal_not_cue(c: VerbCue, chosen: Choice) -> Decision:
    """'Robert Plant ripped up the contract': the cue word and its particle are another verb."""
    toks, i = c.s.toks, c.i
    return NO_SOURCE if i + 1 < len(toks) and lx.phrasal_not_cue(c.t.low, toks[i + 1].low) else None


def learned_needs_subject(c: VerbCue, chosen: Choice) -> Decision:
    """A verb learned from training data is a cue only with its subject right before it."""
    return NO_SOURCE if c.verb.strength == "learned" else None


def after_dash(c: VerbCue, chosen: Choice) -> Decision:
    """'... - the highest since 2008 - said the agency.': the source closes the sentence."""
    toks, j = c.s.toks, c.j
    if not (j >= 0 and toks[j].text in DASHES):
        return None
    fwd = np_forward(toks, c.i + 1)
    if fwd and all(not x.is_word for x in toks[fwd[1]:]) and plausible_source(toks, fwd):
        return (c.propose(fwd, "after_dash"),)
    return None


def apposition(c: VerbCue, chosen: Choice) -> Decision:
    """'Hugh Hill, a doctor, said', 'Kall -- co-editor of a book -- said': the name before the
    apposition. (', arguing': a participle takes its clause's subject, not a name before the comma)"""
    toks, i, t, j = c.s.toks, c.i, c.t, c.j
    if not (j >= 0 and (toks[j].text == "," or toks[j].text in DASHES) and not (
            t.low.endswith("ing") and toks[i - 1].text == ",")):
        return None
    recipient = t.low in _HEADLINE_PASSIVE_TO or c.verb.lemma == "tell"  # "Hill, a doctor, told Reuters."
    if toks[j].text == "," and not recipient and _closing_name(toks, i + 1):
        return None  # "..., Christian Bale, who has been cast as Jobs, reports Variety.": inverted
    if toks[j].text == "," and j >= 2 and company_comma(toks, j - 2):
        # "Harbourco, Inc., said": the comma closes the company's name, no apposition
        rng = np_backward(toks, j - 1)
        if rng is not None and rng[0] == 0:
            return (c.propose(rng, "apposition"),)
    rng = apposition_name(toks, j) if toks[j].text == "," else dash_apposition(toks, j)
    if rng is None and toks[j].text in DASHES and c.verb.strength == "speech" and not chosen:
        # "Many speakers at the service -- including ... -- said": people before an aside
        aside = dash_apposition(toks, j, named=False)
        aside = governing_phrase(toks, aside) if aside else None
        if aside and plausible_source(toks, aside) and (aside[0] == 0 or not toks[aside[0] - 1].is_word):
            rng = aside
    if rng and timeish(toks, rng):
        return NO_SOURCE  # "Since last November, according to X, state forces ...": a time is no speaker
    return (c.propose(rng, "apposition"),) if rng else None


def _before_time(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """The name before a time word the phrase toks[rng] runs on into through a lower-case word
    ("Ann Lee on Monday": "Ann Lee"); None when the phrase opens with the time, or when the time
    word follows a name directly ("Kristen Day", "Theresa May": a surname)."""
    time = next(k for k in range(*rng) if toks[k].low in TIME_WORDS)
    end = time
    while end > rng[0] and not toks[end - 1].cap:
        end -= 1  # "on", "for"
    return (rng[0], end) if rng[0] < end < time else None


def _before_time_tail(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """The phrase before its first time word and the glue before that ("Donald Trump on Thursday",
    "A campaign official later": the speaker); None when nothing that can speak is left ("Late
    last month": an opener)."""
    end = next(k for k in range(*rng) if toks[k].low in TIME_WORDS)
    while end > rng[0] and toks[end - 1].low in _TIME_GLUE:
        end -= 1
    return (rng[0], end) if end > rng[0] and plausible_source(toks, (rng[0], end)) else None


def _closing_name(toks: list[Tok], k: int) -> bool:
    """Does a capitalised phrase start at toks[k] and close the sentence ('..., reports Variety.')?"""
    rng = np_forward(toks, k, allow_lower_start=False) if k < len(toks) else None
    return rng is not None and toks[rng[0]].cap and all(not t.is_word for t in toks[rng[1]:])


def _opening_speaker(toks: list[Tok], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, when it can speak. A phrase read forward runs into a
    verb that can also be a noun ("The firm cut its forecast", "The ministry set new limits"):
    then its longest start that can speak, cut before a lower-case word. A time after the phrase
    is cut off it ("A council spokesman later withdrew ..."); a phrase that opens with one is none."""
    if rng is None:
        return None
    if timeish(toks, rng):
        return _before_time_tail(toks, rng)
    if plausible_source(toks, rng):
        return rng
    for end in range(rng[1] - 1, rng[0] + 1, -1):
        if not (toks[end].is_word and not toks[end].cap):
            return None
        if plausible_source(toks, (rng[0], end)):
            return rng[0], end
    return None


def _opens_quotation(toks: list[Tok], j: int) -> bool:
    """Does the quotation mark toks[j] open a quotation, with a space before it and glued to the
    word after it? A verb after it is quoted ("It's fine to 'feel the Bern'"), not inverted after
    what was said ('"We will win,"said Ann Lee', glued both sides, still closes)."""
    return (j == 0 or toks[j - 1].end < toks[j].start) and j + 1 < len(toks) and toks[j].end == toks[j + 1].start


def inverted(c: VerbCue, chosen: Choice) -> Decision:
    """'"...," said the spokesman', '..., said John Smith', '..., saying' (the clause's subject),
    and 'Sandra Inman, a Cruz supporter from Jackson, Miss., attending ..., said' (an apposition
    too long to walk: the sentence opens with the speaker)."""
    s, toks, i, t, verb, j = c.s, c.s.toks, c.i, c.t, c.verb, c.j
    if not (j >= 0 and (toks[j].text in QUOTE_CHARS and not _opens_quotation(toks, j) or toks[j].text == ",")):
        return None
    if any(x.low in _FINITE_WORDS and not x.cap for x in toks[j + 1:i]):
        # "Prince Andrew, the brother of ..., Charles, has reportedly told friends": an auxiliary
        # after the comma makes the verb a subject's, never an inverted one ("..., said X"): the
        # speaker is the one the sentence opens with, before its long apposition
        rng = _leading_speaker(toks, i) if toks[j].text == "," and not chosen else None
        return (c.propose(rng, "leading_speaker"),) if rng and rng[1] <= i else None
    sp = s.span_at(toks[i + 1].end) if i + 1 < len(toks) else None
    if sp and sp[0] <= toks[i + 1].start + 1:
        return (c.propose_span(sp, "inverted_span"),)
    rng = np_forward(toks, i + 1)
    if rng and timeish(toks, rng):
        rng = _before_time(toks, rng)  # "said Ann Lee on Monday", "wrote Ann Lee for Morning Consult"
    if rng and (timeish(toks, rng) or toks[i + 1].low in _AFTER_VERB_NOT_SOURCE):
        rng = None  # "..., said Tuesday", "..., said of the plan": a time or a topic, not the speaker
    if rng and not toks[rng[1] - 1].cap and rng[1] + 1 < len(toks) and toks[rng[1]].text == ",":
        named = np_forward(toks, rng[1] + 1, allow_lower_start=False)
        if named and any(toks[x].cap for x in range(*named)):
            rng = named  # "said the firm's chief executive, Dr. Ines Marlow"
    if rng and rng[1] - rng[0] == 1 and toks[rng[0]].low in lx.pronouns() and rng[1] < len(toks) \
            and toks[rng[1]].is_word:
        rng = None  # "..., said they had been told": the pronoun begins what was said
    if rng and rng[1] < len(toks) and toks[rng[1]].low in _FINITE_WORDS and toks[j].text == ",":
        # "Ann Lee, a contestant on the show, said his boss was kind": the phrase after the verb
        # begins what was said when the sentence opens with someone who can have said it
        rng = _leading_speaker(toks, i) or rng
        if rng[1] <= i:
            return (c.propose(rng, "leading_speaker"),)
    if rng and s.headline and toks[j].text == "," and (
            contracted_pronoun(toks[rng[0]].low) or any(x.is_word for x in toks[rng[1]:])):
        # "..., Says She's Safe", "Rumour Spreads Online, Claims Singer Found Dead at Home": in a
        # headline a source after its verb closes the line; words after it are what was said
        rng = None
    if verb.lemma == "tell" and toks[j].text == "," and not t.low.endswith("ing"):
        # "..., told The Sun": whom one tells is no speaker; the subject opens the sentence, after
        # a quotation's cue words if one opens it ("'... if the group wanted ...,' Ann Lee, an
        # expert who ..., told AFP")
        rng = _leading_speaker(toks, i)
        return (c.propose(rng, "leading_speaker"),) if rng else NO_SOURCE
    if rng and plausible_source(toks, rng) and not t.low.endswith("ing"):
        return (c.propose(rng, "inverted"),)
    if t.low.endswith("ing") and chosen:
        return NO_SOURCE  # ", saying ..." belongs to the attribution already found
    if t.low.endswith("ing"):
        rng = _clause_subject(toks, i) or np_forward(toks, 0, allow_lower_start=False)
        opener = rng is not None and (fronted_opener(toks, rng) or _adverb_opener(toks, rng))
        if rng is not None and not opener and timeish(toks, rng):
            rng = _before_time_tail(toks, rng)  # "Donald Trump on Thursday ratcheted up ..., saying"
            opener = rng is None  # "Late last month, the company wrote ..., calling": "the company"
        if opener:
            rng = _subject_after_opener(toks, i)  # "Meanwhile, it attacked the plan, saying": "it"
        if rng is None:
            rng = _opening_speaker(toks, np_forward(toks, 0))  # "The mayor spoke in Leeds, arguing ..."
        return (c.propose(rng, "participle"),) if rng and rng[1] < i else NO_SOURCE
    if toks[j].text == "," and verb.strength == "speech" and not chosen:
        rng = _leading_speaker(toks, i)
        if rng:
            return (c.propose(rng, "leading_speaker"),)
    return NO_SOURCE


Rule = Callable[[VerbCue, Choice], Decision]
RULES: tuple[Rule, ...] = (
    other_sense_use, infinitive_controller, to_infinitive, inside_document, capitalised, instruction, no_answer,
    passive, headline_passive, attributive, headline_noun, share_of_people, noun_use,
    said_first, document_subject, weak_without_content, relative_pronoun, reporters_own, discourse_formula,
    phrasal_not_cue, subject_before, learned_needs_subject, after_dash, apposition, inverted,
)


def find(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """For each cue verb, the source the first deciding rule of `RULES` proposes."""
    verbs = lx.cue_verbs()
    chain = lx.chain_cues()
    out = chosen.out
    for i, t in enumerate(s.toks):
        verb = verbs.get(t.low)
        if verb is None or not t.is_word or t.low in chain:
            continue
        if len(out) >= MAX_PER_SENTENCE:
            break
        c = VerbCue(s, i, verb)
        for rule in RULES:
            decided = rule(c, chosen)
            if decided is not None:
                yield from decided
                break
