"""Source mentions: the noun phrase a cue attaches to, and what kind of source it names."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.attribution import lexicons as lx
from factcheck.attribution.kinds import (
    COMPANY_SUFFIXES,
    NP_BREAKS,
    PEOPLE_PLACE_LINKS,
    PLACE_QUANTIFIERS,
    WEEKDAYS,
    is_body_plural,
    is_place,
    is_role_noun,
    names_a_source,
    org_name_words,
    past_participle,
)

# the cue rules import classify from here; it lives in kinds.py
from factcheck.attribution.kinds import classify as classify
from factcheck.attribution.names import gender_of, given_names, possessive_pronouns
from factcheck.lexicon import rule_words, structured, wordset
from factcheck.tokens import QUOTE_CHARS, Tok, abbreviations_of

DETERMINERS = wordset("determiners") | rule_words("mentions", "quantifiers", "attribution_rules")
_INNER = rule_words("mentions", "inner", "attribution_rules")
_NAME_PARTICLES = rule_words("mentions", "name_particles", "attribution_rules")
_TITLE_ABBREVIATIONS = rule_words("mentions", "title_abbreviations", "attribution_rules")
_TITLE_MODIFIERS = rule_words("mentions", "title_modifiers", "attribution_rules")
_PAST_AFTER_NAME = rule_words("mentions", "past_after_name", "attribution_rules")
_RELATIVE_HEADS = rule_words("mentions", "relative_heads", "attribution_rules")
_MAX_NP = 10
TIME_WORDS = rule_words("mentions", "time_words", "attribution_rules")
PREPOSITIONS = rule_words("mentions", "prepositions", "attribution_rules")  # "on December 26th has"
_APPROXIMATORS = rule_words("mentions", "figure_approximators", "attribution_rules")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")  # "Under 2015 rules": a year, no figure of people
# the words whose object a following phrase is ("for Mr. Lee", "with Ms. Ng", "among others"): the
# prepositions above and those they leave out because a source phrase may run through them ("a
# spokesman for the ministry")
GOVERNORS = PREPOSITIONS | frozenset({"for", "with", "without", "among"})
_TITLE_LINKS = PREPOSITIONS | rule_words("mentions", "title_links", "attribution_rules")
_CONTRACTIONS = rule_words("mentions", "contractions", "attribution_rules")
_FRONTING = rule_words("mentions", "fronting", "attribution_rules")
_BACKWARD_STOPS = rule_words("mentions", "backward_stops", "attribution_rules")
# bare words for people counted or everyone ("some", "many", "everyone"): "according to some"
QUANTIFIER_PEOPLE = rule_words("stance", "quantifier_subjects", "attribution_rules") | rule_words(
    "mentions", "quantifier_people", "attribution_rules")
# pronouns that stand as a clause's subject: a lower-case word right after one is no noun
SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "it", "we", "they", "who"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.]{1,9}$")


def contracted_pronoun(low: str) -> bool:
    """'they've', "she'd", "she's": a subject pronoun glued to its auxiliary (one lower-cased token,
    straight apostrophe)."""
    head, sep, tail = low.partition("'")
    return bool(sep) and "'" + tail in _CONTRACTIONS and head in lx.pronouns()


def _adverb(t: Tok) -> bool:
    return t.low.endswith("ly") and not t.cap and t.low not in lx.ly_not_adverbs()


def _verbish(t: Tok) -> bool:
    return not t.cap and ((t.low.endswith("ed") or t.low.endswith("ing")) and len(t.low) > 4
                          or t.low in lx.irregular_past())


def _group_noun(w: str) -> bool:
    """A noun for people: 'officials', 'traders', 'residents', 'a doctor'."""
    return w in lx.source_nouns() or is_role_noun(w) or w.endswith("men")


def _people_noun(w: str) -> bool:
    """A noun for people, not for a document, an outlet or a count ('polls', 'percent' are not)."""
    return _group_noun(w) and w not in lx.document_nouns() and w not in lx.media()[1] \
        and w not in lx.count_words() and w not in _NUMERIC


def _people_of_body(toks: list[Tok], n: int) -> bool:
    """Is toks[n] the noun of a phrase that a noun for people governs ('sources in the Kurdish
    underground', 'a spokesman for the ministry'), so that a place after it ('... in Syria')
    belongs to the same source phrase?"""
    t = toks[n]
    if not t.is_word or t.cap or t.low in lx.np_stop() or _verbish(t) or _adverb(t):
        return False
    for d in (n - 1, n - 2):  # the determiner, one modifier allowed between
        if d >= 2 and toks[d].low in DETERMINERS and toks[d - 1].low in ("in", "of", "at", "from", "for") \
                and _group_noun(toks[d - 2].low):
            return all(toks[m].is_word and toks[m].low not in lx.np_stop() for m in range(d + 1, n))
    return False


def _people_before_place(toks: list[Tok], n: int) -> bool:
    """Does toks[n] end a named place that a noun for people governs ('officials in Kano', 'elders
    in Borno state', 'residents of the Gaza Strip'), so that a wider place after it ('... in
    northern Nigeria', '... in Nigeria's north-east') belongs to the same source phrase?"""
    m = n
    while m >= 1 and n - m <= 4 and toks[m].is_word and not toks[m].possessive:
        if toks[m].low in _PLACE_OF and m < n:
            people = toks[m - 1]
            return (not people.cap or m == 1) and _group_noun(people.low) and any(x.cap for x in toks[m + 1:n + 1])
        if toks[m].low in lx.np_stop() or _verbish(toks[m]) or _adverb(toks[m]):
            return False
        m -= 1
    return False


_PLACE_OF = frozenset({"in", "at", "from", "of"})


def skip_back(toks: list[Tok], j: int) -> int:
    """Step back over auxiliaries and adverbs between a source and its cue."""
    skip = lx.np_skip()
    first = j
    while j >= 0 and toks[j].is_word:
        if (toks[j].low in skip or _adverb(toks[j])) and not _capital_inside(toks, j):
            j -= 1
        elif toks[j].low in _INTENSIFIERS and 0 < j < first and _adverb(toks[j + 1]):
            # "as the Gazette very recently explained", "and most recently defended": the grading
            # word goes with its adverb (not opening the sentence: "Most reportedly said")
            j -= 1
        elif j >= 1 and _time_phrase_end(toks[j]) and toks[j - 1].low in _TIME_LEAD:
            j -= 2  # "who in 2010 said", "Clinton on Monday told", "he last week wrote"
        elif j >= 1 and toks[j].low in WEEKDAYS and _noun_before(toks[j - 1]):
            j -= 1  # "Nigerian officials Friday announced", "The company Monday said" (wire style)
        elif j >= 1 and toks[j].low in _BARE_DAYS and not toks[j].cap and _speaker_before_day(toks, j - 1):
            j -= 1  # "The minister yesterday insisted", "Erdogan today said", "he yesterday told"
        elif j >= 2 and _time_phrase_end(toks[j]) and _time_phrase_end(toks[j - 1]) and toks[j - 2].low in _TIME_LEAD:
            j -= 3  # "Spicer on Thursday evening said"
        elif j >= 2 and _time_phrase_end(toks[j]) and toks[j - 1].low in ("past", "coming") \
                and toks[j - 2].low in _TIME_LEAD:
            j -= 3  # "Priebus, the GOP chairman, this past week announced"
        elif j >= 2 and toks[j].low == "time" and toks[j - 1].low == "the" and toks[j - 2].low == "at":
            j -= 3  # "Trump at the time said"
        elif j >= 1 and not toks[j].cap and toks[j - 1].low in SUBJECT_PRONOUNS and is_role_noun(toks[j].low):
            j -= 1  # "they together vowed", "it further wrote": no noun for a person after a pronoun
        else:
            break
    return j


_NAME_AUXILIARIES = rule_words("mentions", "name_auxiliaries", "attribution_rules")
_INTENSIFIERS = rule_words("mentions", "adverb_intensifiers", "attribution_rules")


def _capital_inside(toks: list[Tok], j: int) -> bool:
    """'..., Will urged', 'Theresa May said', 'Kelly said': a capitalised word after another word
    or a comma, before a word in lower case, is a name, not the auxiliary or adverb it spells (a
    Title Case headline, where the next word is capitalised too, tells nothing by its capitals,
    except right after a given name: "Theresa May Says")."""
    if not toks[j].cap or toks[j].text.isupper() or j == 0 or not (toks[j - 1].is_word or toks[j - 1].text in ",;"):
        return False  # (in capitals throughout, "did NOT say", it is stressed, not a name)
    if toks[j].low in _NAME_AUXILIARIES and toks[j - 1].cap and gender_of(toks[j - 1].text) is not None:
        return True
    return j + 1 < len(toks) and toks[j + 1].is_word and not toks[j + 1].cap


_TIME_LEAD = rule_words("mentions", "time_lead", "attribution_rules")
_COLLECTIVES = rule_words("mentions", "collectives", "attribution_rules")
_TIME_STOP = rule_words("mentions", "time_stop", "attribution_rules")
_TIME_STOP_FIRST = rule_words("mentions", "time_stop_first", "attribution_rules")
_TIME_STOP_BEFORE_NAME = rule_words("mentions", "time_stop_before_name", "attribution_rules")


def _time_phrase_end(t: Tok) -> bool:
    return t.low in TIME_WORDS or (len(t.low) == 4 and t.low.isdigit() and t.low[:2] in ("19", "20"))


def possessive_apostrophe(toks: list[Tok], k: int) -> bool:
    """Is the lone apostrophe toks[k] the possessive of a word ending in s ("Nichols' coach", "the
    Joneses' lawyer"), not a closing quotation mark: it follows that word with no space, a word
    follows it after one, and no single quotation mark opened before it ("the 'experts' say")."""
    t = toks[k]
    if t.low != "'" or k == 0 or k + 1 >= len(toks):
        return False
    before, after = toks[k - 1], toks[k + 1]
    if not (before.is_word and before.end == t.start and before.low.endswith("s")
            and after.is_word and after.start > t.end):
        return False
    # an opening mark stands before a word with no space after it, and not right after a word
    return not any(toks[m].low == "'" and toks[m + 1].start == toks[m].end
                   and (m == 0 or toks[m - 1].end < toks[m].start) for m in range(k - 1))


_SINGLE_MARKS = frozenset("'‘’")


def scare_quote_open(toks: list[Tok], k: int) -> int | None:
    """'the self-styled "prophet"', "the 'hero' pilot": toks[k] closes a quotation of one to three
    words glued to its marks, a word the writer holds at a distance inside a noun phrase. The index
    of its opening mark (of the same kind, single or double), or None: a longer quotation is
    something said, and a lone mark glued to a word in s is a possessive."""
    close = toks[k]
    if close.text not in QUOTE_CHARS or k < 2 or not toks[k - 1].is_word or toks[k - 1].end != close.start:
        return None
    single = close.text in _SINGLE_MARKS
    for m in range(k - 2, max(-1, k - 5), -1):
        t = toks[m]
        if t.is_word:
            continue
        if t.text in QUOTE_CHARS and (t.text in _SINGLE_MARKS) == single and t.end == toks[m + 1].start \
                and (m == 0 or toks[m - 1].end < t.start):
            return m
        return None
    return None


def quoted_mention_end(toks: list[Tok], rng: tuple[int, int]) -> int:
    """The token end of a mention's text: past the closing mark of a scare quote the phrase
    toks[rng] opened ("the self-styled 'prophet'"), so the text shows both marks."""
    end = rng[1]
    if end < len(toks) and toks[end].start == toks[end - 1].end and (m := scare_quote_open(toks, end)) is not None \
            and m >= rng[0]:
        return end + 1
    return end


def _verb_between_names(toks: list[Tok], k: int) -> bool:
    """Is toks[k] a headline's present-tense verb between two names ("Judd Nelson rebuffs Internet
    rumors", "Ted Cruz endorses Trump")? A word in -s between capitalised words is a plural noun
    only when it names people, bodies or texts ("Democratic senators Tim Kaine", "NATO allies").
    """
    t = toks[k]
    if t.cap or not t.is_word or t.possessive or not t.low.endswith("s") or t.low.endswith("ss") or k == 0 \
            or k + 1 >= len(toks) or not (toks[k - 1].is_word and toks[k - 1].cap and toks[k + 1].cap):
        return False
    forms = {t.low, t.low[:-1]}
    if t.low.endswith(("sses", "xes", "zzes", "ches", "shes")):
        forms.add(t.low[:-2])  # "witnesses" (not "endorses": "endors")
    if t.low.endswith("ies"):
        forms.add(t.low[:-3] + "y")
    return not any(names_a_source(w) for w in forms)


def _weekday_before_name(toks: list[Tok], k: int) -> bool:
    """Is toks[k] a weekday between a common noun and a name ("a message posted through the account
    Monday Gill Rosenberg's profile")? It ends the phrase before it; the name opens the next one."""
    before = toks[k - 1] if k > 0 else None
    return toks[k].low in WEEKDAYS and toks[k].cap and 0 < k < len(toks) - 1 and toks[k + 1].cap \
        and before is not None and before.is_word and not before.cap and not before.possessive \
        and before.low not in lx.np_stop() and before.low not in DETERMINERS and before.low not in PREPOSITIONS \
        and before.low not in _TIME_LEAD


def _speaker_before_day(toks: list[Tok], k: int) -> bool:
    """Can toks[k], before "today" or "yesterday", end a source's phrase: a noun for a source, a name
    or a subject pronoun ("the minister", "Erdogan", "he"; not "a report out", "was")? (A weekday
    after a name is left alone: "Super Tuesday highlighted", "Black Friday showed" name the day.)"""
    t = toks[k]
    if not t.is_word or t.possessive:
        return False
    if t.cap and k >= 1 and toks[k - 1].low in PREPOSITIONS:
        # "circulating on Twitter today claiming": a preposition's object, unless it places people
        # ("Shoppers in Carlisle yesterday said")
        return _people_before_place(toks, k)
    return _noun_before(t) or t.low in SUBJECT_PRONOUNS or t.cap and t.low not in WEEKDAYS


_BARE_DAYS = rule_words("mentions", "bare_days", "attribution_rules")


def _noun_before(t: Tok) -> bool:
    """Is t, a word before a weekday, a noun for a source ending its phrase ("officials Friday",
    "the company Monday"; not "the Sunday Times", "a poll out Monday", "pitches Monday via")?"""
    return t.is_word and not t.cap and not t.possessive and names_a_source(t.low)


def name_before_description(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """The name a description stands in apposition to ("Mark O'Mara, the Florida attorney who
    defended ...", "Tom Reyes, the harbour master who says"): the description opens with an
    article right after the name's comma; the name's token range, else None."""
    first = rng[0]
    if first < 2 or toks[first].low not in ("the", "a", "an") or toks[first - 1].text != "," \
            or toks[rng[1] - 1].cap:
        return None
    name = np_backward(toks, first - 2)
    if name is None or not all(t.cap for t in toks[name[0]:name[1]] if t.is_word) \
            or classify(" ".join(t.text for t in toks[name[0]:name[1]])) != "named_person":
        return None
    return name


def _group(t: Tok) -> bool:
    """A noun for a group of people that speaks: a plural one ("officials") or a collective
    ("police", "family")."""
    return t.low in lx.source_nouns() and (t.low.endswith("s") or t.low in _COLLECTIVES)


def _places_of_people(toks: list[Tok], k: int) -> bool:
    """Do the capitalised words before toks[k] ("and") follow a noun for people and a place's
    preposition ("officials in New York and ...")?"""
    n = k - 1
    while n > 0 and toks[n].cap and toks[n].is_word:
        n -= 1
    return n > 0 and toks[n].low in PEOPLE_PLACE_LINKS and _group_noun(toks[n - 1].low)


def np_backward(toks: list[Tok], j: int, *, antecedent: bool = False) -> tuple[int, int] | None:
    """The noun phrase whose last token is toks[j]: (first index, last index + 1), or None. A
    phrase may close with a scare-quoted word ("the self-styled 'prophet'") when a word of it
    stands before the quotation; the range then ends at the quoted word, the phrase's head (the
    mention's text takes the closing mark: `quoted_mention_end`).

    `antecedent`: the phrase a relative "who"/"which" after toks[j] stands for, which is the
    nearest one: it does not run back through "among", "against", ... ("alarm among traders, who
    fear": the traders fear), as a verb's subject may ("Support among farmers looks")."""
    opening = closing = -1
    quoted_end = j >= 0 and not toks[j].is_word and (m := scare_quote_open(toks, j)) is not None and m > 0
    if quoted_end:
        opening, j = m, j - 1
    if j < 0 or not toks[j].is_word:
        return None
    if toks[j].low in lx.pronouns():
        if quoted_end:
            return None
        if j >= 2 and toks[j].low in wordset("object_pronouns") and toks[j - 1].low in PEOPLE_PLACE_LINKS:
            # "those around him acknowledge", "aides near her said": the people are the phrase
            people = (j - 2, j - 1) if toks[j - 2].low in PLACE_QUANTIFIERS else \
                np_backward(toks, j - 2) if _group_noun(toks[j - 2].low) else None
            if people is not None:
                return (people[0], j + 1)
        return (j, j + 1)
    if (toks[j].low in _INNER or toks[j].low in _BACKWARD_STOPS) and not _capital_inside(toks, j):
        return None  # "Despite complaints that ...": a preposition is no phrase ("Theresa May said" is)
    stop = lx.np_stop()
    k = j
    first = j + 1
    while k >= 0 and j - k < _MAX_NP:
        t = toks[k]
        if not t.is_word:
            if (t.text == "&" or t.text == "-" and toks[k - 1].end == t.start) and k > 0 and toks[k - 1].is_word:
                k -= 1  # "Marks & Spencer"; a spaced hyphen is a dash ("is predictable - Donald Trump")
                continue
            if k < j and _initial_dot(toks, k):
                k -= 1  # "Joseph R. Biden": a middle initial's stop is inside the name
                continue
            if k < j and possessive_apostrophe(toks, k):
                k -= 1  # "Chris Nichols' girlfriend": the apostrophe is the possessive's
                continue
            if k < j and company_comma(toks, k):
                k -= 1  # "Harbourco, Inc.": the legal form is the name's
                continue
            if k < j and not toks[j].cap and (m := scare_quote_open(toks, k)) is not None and m > 0 \
                    and toks[m - 1].is_word:
                # "the 'hero' pilot": the quoted word is a word of the phrase (not of a phrase the
                # line opens, "'Offensive' murals", nor before a name, "the 'silent majority' phrase Lee")
                opening, closing = m, k
                k -= 1
                continue
            if k == opening:
                first = k  # the opening mark is the phrase's too ("the 'hero' pilot")
                k -= 1
                continue
            break
        if k < j and t.is_word and not t.cap and toks[k + 1].cap and toks[k + 1].low in _TITLE_ABBREVIATIONS \
                and t.low not in DETERMINERS and t.low not in _TITLE_MODIFIERS and t.low not in _TITLE_LINKS \
                and not t.possessive:
            # "at the convention Sen. Ann Lee said": the title opens the name's phrase (a preposition
            # before it is left to the rules below: "a spokeswoman for Mr. Lee")
            break
        if k < j and t.low in _RELATIVE_HEADS and toks[k + 1].cap and not t.cap and toks[k + 1].low not in TIME_WORDS:
            break  # "the speech Melania Trump delivered": the name opens a relative clause
        if t.low in DETERMINERS:
            if t.low == "both" and k < j and toks[k + 1].cap and j + 1 < len(toks) and toks[j + 1].low == "and":
                break  # "Both Mr. King and Mr. Tan say": "both" counts the names, it is no part of one
            first = k
            if k > 0 and toks[k - 1].low in DETERMINERS and toks[k - 1].low not in possessive_pronouns():
                k -= 1  # "two other agencies", "all the officials": determiners stack
                continue
            # "a spokesman for the ministry", "the head of the agency": go on past "for"/"of"
            # "advisers to the mayor": "to" only after a noun for people
            if k > 1 and toks[k - 1].low in ("of", "for", "in", "at", "from", "to", "by") and toks[k - 2].is_word \
                    and j - k < _MAX_NP - 2 and (toks[k - 2].cap or toks[k - 2].low not in lx.np_stop()) \
                    and (toks[k - 1].low in ("of", "for") or toks[k - 2].low in lx.source_nouns()
                         or toks[k - 1].low == "by" and toks[k - 2].low in lx.document_nouns() and t.low == "the"):
                k -= 2
                first = k + 1
                continue
            break
        if t.low in PEOPLE_PLACE_LINKS and k != j and k > 0 and (
                _group_noun(toks[k - 1].low) or toks[k - 1].low in PLACE_QUANTIFIERS
                or t.low in ("in", "on") and toks[k - 1].cap and toks[j].cap
                and toks[k - 1].low in lx.org_words()
                or t.low == "in" and toks[j].cap and _people_of_body(toks, k - 1)
                or t.low == "in" and any(x.cap for x in toks[k + 1:j + 1]) and _people_before_place(toks, k - 1)):
            # "traders on Quay Street", "officials in the ministry", "those around him", "the Embassy in London",
            # "the Council on Harbour Relations",
            # "sources in the Kurdish underground in Syria"
            k -= 1
            continue
        if t.low == "by" and k != j and k > 0 and toks[k - 1].low in lx.document_nouns() and toks[k + 1].cap:
            k -= 1  # "A report by Orbis Testing found": the document and its author
            continue
        if t.low == "and" and k != j and k >= 3 and toks[k - 1].cap and toks[k + 1].cap and _places_of_people(toks, k):
            k -= 1  # "officials in Tarnwell and Harbourco said": two places, one source
            continue
        if t.low == "and" and k != j and k >= 2 and toks[k - 1].cap and toks[k + 1].cap and not toks[j].cap \
                and toks[j].low.endswith("s") and toks[k - 2].low in DETERMINERS:
            k -= 1  # "the Sanders and Clinton campaigns", "the Labour and Green parties": one plural head
            continue
        if t.low == "and" and k != j and k > 0 and _group(toks[k - 1]) and toks[k + 1].is_word and _group(toks[j]) \
                and not toks[j].cap and (k == 1 or not toks[k - 1].cap):
            k -= 1  # "officials and experts said", "police and family": one source of two groups (not one
            continue  # person's two roles, "the senator and candidate"; not parties, "Democrats and Republicans")
        if k < j and (t.low in _BACKWARD_STOPS or antecedent and t.low in NP_BREAKS and not t.cap):
            break
        if k < j and (_verb_between_names(toks, k) or _weekday_before_name(toks, k)):
            break  # "Ted Cruz endorses Trump, who", "the account Monday Gill Rosenberg's profile"
        if t.low in stop and not t.cap:
            break
        if k != j and not t.possessive and (t.low in _TIME_STOP and not t.cap or k == 0 and t.low in _TIME_STOP_FIRST
                                             and (t.low not in _TIME_STOP_BEFORE_NAME or toks[k + 1].cap)
                                             or t.low in _TIME_STOP_BEFORE_NAME and not t.cap and toks[k + 1].cap
                                             and toks[k + 1].low not in TIME_WORDS):
            break  # "Two years ago Smith said", "Yesterday Mike Omeri said": a time phrase, then the source
        if k < j and t.low in WEEKDAYS and (k == 0 or toks[k - 1].low in _TIME_LEAD) and (
                toks[k + 1].low in DETERMINERS or toks[k + 1].low in lx.source_nouns()):
            # "On Monday officials said", "Last Friday the ministry said": the day, then the source
            # (a weekday before a noun of its own is no date: "the Saturday debate", "on Sunday news shows")
            break
        if t.low in _INNER and k != j:
            if k > 0 and toks[k - 1].is_word and (toks[k - 1].cap or toks[k - 1].low not in stop) \
                    and not _pronoun_and_verb_before(toks, k):
                k -= 1
                continue
            if _opens_a_surname(toks, k):
                first = k  # "De Blasio said", "..., de Blasio said": the particle opens the name
            break
        if t.low == "from" and k != j and k > 0 and not (toks[k - 1].cap or names_a_source(toks[k - 1].low)):
            # "drew ire from lawmakers who said", "criticism from Tom Reyes, who said": a phrase goes
            # on past "from" only after a noun for a source ("officials from the ministry", "a
            # letter from lawyers"); otherwise what comes before is another clause's
            break
        if (_verbish(t) or _adverb(t)) and not (k == j and t.low in lx.document_nouns()):
            # "an allied agency", "the ruling party": an -ed/-ing word after a determiner or a
            # possessive is an adjective; otherwise it is the verb of another clause, unless it is
            # the head and a document's noun ("Exit polling showed")
            if k > 0 and (toks[k - 1].low in DETERMINERS or toks[k - 1].possessive
                          or possessive_apostrophe(toks, k - 1)):
                first = k
                k -= 1
                continue
            break
        if t.low in stop and not (k == j and _capital_inside(toks, k)):
            break
        first = k
        k -= 1
    if opening < first <= closing:
        first = closing + 1  # the walk stopped inside the quotation ("the 'Call the Midwife' actress")
    while first <= j and toks[first].low in _INNER and not _opens_a_surname(toks, first):
        first += 1
    if first > j or quoted_end and first >= opening:
        return None  # ('"We won" said'): a quotation with no word of a phrase before it is what was said
    if first > 0 and toks[first - 1].low in PREPOSITIONS and any(t.low in TIME_WORDS or t.text[0].isdigit()
                                                         for t in toks[first:j + 1]) \
            and not (toks[first - 1].low in _APPROXIMATORS and toks[first].text[0].isdigit()
                     and not _YEAR.fullmatch(toks[first].text)
                     and not any(t.low in TIME_WORDS for t in toks[first:j + 1])):
        # "on December 26th has ...": a date after a preposition is no subject (not after_preposition:
        # "among the 30 percent of voters who" is a figure, no date); "about 40 percent of voters
        # said" is the figure's size
        return None
    return (first, j + 1)


def _pronoun_and_verb_before(toks: list[Tok], k: int) -> bool:
    """'When you think of Colorado', 'Trump reminds me of Lincoln': a personal pronoun (not the
    possessive "her") just before "of", or before the one word before it, is a clause's subject or
    object, so what precedes "of" is no noun of the phrase after it."""
    return any(m >= 0 and toks[m].low in _PERSONAL and toks[m].low != "her" and not toks[m].possessive
               for m in (k - 1, k - 2)) and not toks[k - 1].cap


_PERSONAL = frozenset(w for w, c in lx.pronouns().items() if c != "thing") | wordset("object_pronouns")


def company_comma(toks: list[Tok], k: int) -> bool:
    """Is toks[k] the comma inside a company's name, before its legal form ("Harbourco, Inc.")?"""
    return toks[k].text == "," and 0 < k < len(toks) - 1 and toks[k + 1].cap \
        and toks[k + 1].low in COMPANY_SUFFIXES and toks[k - 1].is_word and toks[k - 1].cap


def _opens_a_surname(toks: list[Tok], k: int) -> bool:
    """Is toks[k] a particle opening a surname ("De Blasio", "de Blasio", "Van Der Beek")?"""
    return toks[k].low in _NAME_PARTICLES and k + 1 < len(toks) and toks[k + 1].cap


@lru_cache(maxsize=1)
def _outlets_with_and() -> frozenset[str]:
    """The outlets of media.txt whose names hold "and", without a leading "the"."""
    return frozenset(n.removeprefix("the ") for n in lx.media()[0] if " and " in n)


def name_with_and(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """'the Securities and Exchange Commission', 'Immigration and Customs Enforcement': a body's
    name with 'and' in it is one name, not two sources. The phrase `rng` ends in a body's word
    ('Commission', 'Enforcement'), 'and' comes right before it with no determiner after it, and
    capitalised words stand before 'and' that name no person. Otherwise `rng` as given."""
    first, last = rng
    if first < 2 or toks[first - 1].low != "and" or not toks[first].cap or toks[first].low in DETERMINERS:
        return rng
    if not all(t.cap for t in toks[first:last]):
        # "Securities and Exchange Commission chairman Ann Lee", "Globe and Mail columnist Ann Lee":
        # the body's name, one word for the role held there, and the holder's name
        role = next(k for k in range(first, last) if not toks[k].cap)
        if role == first or role + 1 == last or not all(t.cap for t in toks[role + 1:last]) \
                or not toks[role].is_word or toks[role].low in PREPOSITIONS or toks[role].low in DETERMINERS:
            return rng  # "Senate and House of Representatives": "of" is inside the body's name
        body = name_with_and(toks, (first, role))
        return (body[0], last) if body != (first, role) else rng
    k = first - 2
    start = None
    while k >= 0 and first - k <= 6 and toks[k].is_word and toks[k].cap and toks[k].low not in DETERMINERS:
        start = k
        k -= 1
    left, right = toks[start:first - 1] if start is not None else [], toks[first:last]
    if left and " ".join(t.low for t in left + [toks[first - 1]] + right) in _outlets_with_and():
        # "the Globe and Mail reported": an outlet known by its whole name
        return (k if k >= 0 and toks[k].low == "the" else start, last)  # type: ignore[return-value]
    body = right[-1].low in org_name_words()
    head = _body_head_before(toks, start) if start is not None else None
    if head is not None:
        # "the Centers for Disease Control and Prevention": the body's word before "for"/"of" heads it
        start, body, left = head, True, toks[head:first - 1]
        k = head - 1
    # "Immigration and Customs Enforcement": one word joined to a longer capitalised run
    if not left or not (body or len(left) == 1 and len(right) >= 2) \
            or gender_of(" ".join(t.text for t in left + right)) is not None \
            or any(t.low in wordset("coordination_titles") or t.low in wordset("kind_titles") for t in left + right):
        return rng
    if k >= 0 and toks[k].low == "the":
        start = k
    return (start, last)


def _body_head_before(toks: list[Tok], start: int) -> int | None:
    """'Centers for Disease Control', 'Organization for Economic Cooperation', 'Department of
    Health': where a body's name starts when a capitalised body's word ("Centers", "Department")
    and its "for"/"of" stand before the capitalised run at `start`; None otherwise ("Isakson of
    Georgia": a person and a place)."""
    k = start - 1
    if k < 1 or toks[k].low not in ("for", "of"):
        return None
    n = None
    j = k - 1
    while j >= 0 and k - j <= 3 and toks[j].is_word and toks[j].cap and toks[j].low not in DETERMINERS:
        n, j = j, j - 1
    orgs = org_name_words()
    if n is None or not any(t.low in orgs or t.low.endswith("s") and t.low[:-1] in orgs for t in toks[n:k]):
        return None
    return n


def fronted_opener(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'Meanwhile, it said', 'Along with the complaint, the suit claims', 'Despite the setback':
    a phrase opening the sentence (or a quotation) with a preposition or subordinator, or a lone
    discourse opener, is capitalised only for standing first; it names no one."""
    k = rng[0]
    t = toks[k]
    if not t.cap or k > 0 and toks[k - 1].is_word:
        return False
    return t.low in _FRONTING or t.low in PREPOSITIONS or (rng[1] - k == 1 and t.low in lx.discourse_openers()) \
        or opening_participle(toks, rng)


def opening_participle(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'Chastened by the vote, the mayor revised ...', 'Inspired by her mother, ...': a lone
    participle before its agent's "by" modifies the subject that follows; it names no one."""
    word = toks[rng[0]].low
    return rng[1] - rng[0] == 1 and len(word) > 4 and word.endswith("ed") and rng[1] < len(toks) \
        and toks[rng[1]].low == "by"


def after_preposition(toks: list[Tok], rng: tuple[int, int]) -> bool:
    return rng[0] > 0 and (toks[rng[0] - 1].low in PREPOSITIONS or toks[rng[0] - 1].low in NP_BREAKS)


def after_breaking_preposition(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """Does the phrase stand right after a preposition no subject runs through ("policy toward
    Belmont shows", "concern among economists underscores")? It is that preposition's object,
    not the subject of the verb after it."""
    return rng[0] > 0 and toks[rng[0] - 1].low in NP_BREAKS


_PARTITIVE = wordset("partitives")


def np_forward(toks: list[Tok], k: int, *, allow_lower_start: bool = True) -> tuple[int, int] | None:
    """The noun phrase starting at toks[k] (for "said X", "according to X", "citing X")."""
    if k >= len(toks) or not toks[k].is_word:
        return None
    if toks[k].low in lx.pronouns():
        return (k, k + 1)
    stop = lx.np_stop()
    first = k
    last = k - 1
    i = k
    if k + 2 < len(toks) and toks[k].low in _PARTITIVE and toks[k + 1].low == "of":
        i = k + 2  # "said one of those advisers", "according to some of the officials", "one of them"
        if toks[i].low in ("them", "us", "those", "these"):
            if i + 1 >= len(toks) or not toks[i + 1].is_word:
                return (k, i + 1)
            i += 1
        last = i - 1
    if toks[k].low in PLACE_QUANTIFIERS and k + 1 < len(toks) and toks[k + 1].low in PEOPLE_PLACE_LINKS:
        last, i = k, k + 1  # "according to some on Twitter", "many in the party": the quantifier is the head
    while i < len(toks) and i - k < _MAX_NP:
        t = toks[i]
        if not t.is_word:
            if t.text in "-&" and i + 1 < len(toks) and toks[i + 1].is_word and last >= first:
                i += 1
                continue
            if last == i - 1 >= first and _initial_dot(toks, i):
                i += 1  # "said Leonard E. Burman": a middle initial inside the name
                continue
            if last == i - 1 >= first and company_comma(toks, i):
                i += 1  # "Harbourco, Inc., said": the legal form is the name's
                continue
            if t.text == "(" and last >= first:
                # "the Joint Chiefs of Staff (JCS)": keep the acronym out of the name
                break
            break
        if t.low in DETERMINERS and i == first:
            i += 1
            continue
        if t.low in PEOPLE_PLACE_LINKS and last >= first and (toks[last].low in PLACE_QUANTIFIERS or (
                not toks[last].cap and _people_noun(toks[last].low))):
            # "officials in the ministry", "people in attendance", "sources inside the party": a
            # place or body after people is part of who they are
            end = _place_end(toks, i + 1)
            if end is not None:
                last, i = end - 1, end
            break
        if t.low == "by" and last >= first and toks[last].low in lx.document_nouns() and i + 2 < len(toks) \
                and (toks[i + 1].cap or toks[i + 1].low == "the" and toks[i + 2].cap):
            i += 1  # "according to a report by the Budget Office": the document and its author
            continue
        if t.low in _INNER and last >= first and i + 1 < len(toks) and toks[i + 1].is_word and not (
                toks[last].cap and not _capitalised_after(toks, i + 1)):
            i += 1  # "a spokesman for the ministry", "Bank of England"; not "Smith at the meeting"
            continue
        if t.low == "and" and last >= first and _group(toks[last]) and not toks[last].cap and i + 1 < len(toks) \
                and _group(toks[i + 1]) and not toks[i + 1].cap \
                and (i + 2 >= len(toks) or not toks[i + 2].is_word or toks[i + 2].low in stop):
            last, i = i + 1, i + 2  # "according to officials and experts": one source of two groups, as
            continue  # "officials and experts said" is (np_backward); not "friends and others familiar with"
        if t.low in ("i", "we") and last >= first:
            # "according to multiple people I spoke to": people the reporter talked to; a pronoun
            # is never part of a name ("I" has a capital)
            m = i + 1
            if m < len(toks) and _people_head(toks[last], last == 0) and (
                    _verbish(toks[m]) or toks[m].low in lx.irregular_past()):
                last = m + 1 if m + 1 < len(toks) and toks[m + 1].low in ("to", "with") else m
            break
        if t.low in stop or _adverb(t) or t.low in _PAST_AFTER_NAME and not t.cap and last >= first and toks[last].cap \
                and toks[first].low not in DETERMINERS:
            break  # ("Bernie Sanders won the caucus": a past tense after a name is its verb; "the Labour left" a noun)
        # "the meeting", "the ruling party": after a determiner or a possessive, no verb; nor a
        # document's noun ("the most recent polling")
        if _verbish(t) and last >= first and not (toks[i - 1].low in DETERMINERS or toks[i - 1].possessive) \
                and t.low not in lx.document_nouns():
            break
        if not allow_lower_start and last < first and not t.cap:
            return None
        if last >= first and _weekday_before_name(toks, i):
            break  # "through her account Monday Gill Rosenberg's profile"
        last = i
        i += 1
    while last > first and not toks[last].cap and (toks[last].low in _INNER or toks[last].low in DETERMINERS):
        last -= 1  # "people at the" (cut before its noun) is no phrase
    if last < first:
        return None
    return (first, last + 1)


def _place_end(toks: list[Tok], k: int) -> int | None:
    """Where the place or body phrase opening at toks[k] ends, cut before a time ("sources in the
    party on Tuesday"); None when there is none, or it is a year or a document ("doctors in 2015",
    "the police in the article")."""
    place = np_forward(toks, k)
    if place is None:
        return None
    end = next((x for x in range(*place) if toks[x].low in TIME_WORDS), place[1])
    while end > place[0] and not toks[end - 1].cap and (toks[end - 1].low in _TIME_LEAD or toks[end - 1].low in _INNER):
        end -= 1
    if end == place[0] or any(x.text[:1].isdigit() for x in toks[place[0]:end]) \
            or toks[end - 1].low in lx.document_nouns():
        return None
    return end


def _capitalised_after(toks: list[Tok], k: int) -> bool:
    """Is toks[k], or the word after a determiner there, capitalised ("of England", "of the Interior")?"""
    if k < len(toks) and toks[k].low in DETERMINERS and not toks[k].cap:
        k += 1
    return k < len(toks) and toks[k].is_word and toks[k].cap


def _before_parenthesis(toks: list[Tok], j: int) -> int:
    """'Rep. Jim Jordan (R-Ohio), a panel member, said': when toks[j] closes a short parenthesis
    after a name, the name ends before it."""
    if j < 1 or toks[j].text != ")":
        return j
    opening = next((n for n in range(j - 1, max(0, j - 6) - 1, -1) if toks[n].text in "()"), None)
    return opening - 1 if opening is not None and toks[opening].text == "(" else j


def party_code(t: Tok) -> bool:
    """'R-Texas', 'D-Calif.', 'I-Vt.': a US politician's party and state, after the name."""
    return len(t.low) > 2 and t.low[0] in "rdi" and t.low[1] == "-" and t.text[2:3].isupper()


def party_aside(toks: list[Tok], k: int) -> bool:
    """'Republican of Iowa', 'Democrat from Vermont' at toks[k]: a politician's party and state as
    some papers write them after the name, an aside like 'R-Iowa' that names no one."""
    return k + 2 < len(toks) and toks[k].cap and toks[k].low in wordset("kind_member_nouns") \
        and toks[k + 1].low in ("of", "from") and toks[k + 2].cap


def _a_state(words: list[Tok]) -> bool:
    """'Colorado', 'Calif.', 'New South Wales', 'France': what follows a town and a comma."""
    name = " ".join(t.low for t in words if t.is_word)
    return name in wordset("places_states") or name in wordset("kind_countries") \
        or name in abbreviations_of("place")


def town_state(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'Tex.' in "a rally in Beaumont, Tex., Mr. Trump said": a state after a town and its comma."""
    return rng[0] >= 2 and toks[rng[0] - 1].text == "," and toks[rng[0] - 2].cap \
        and _a_state(toks[rng[0]:rng[1]])


def _town_comma(toks: list[Tok], k: int, end: int) -> bool:
    """Is toks[k] a comma of a town and its state inside an aside that runs on to toks[end] ("a
    supporter from Jackson, Miss., attending the rally, said")? Not the one before a state that
    ends the aside ("Shopkeepers in Aurora, Colorado, said": that is the place rule's)."""
    for n in range(1, 4):  # the comma after the state
        s0 = k - n
        if s0 >= 2 and toks[s0 - 1].text == "," and toks[s0 - 2].cap and _a_state(toks[s0:k]):
            return True
    stop = next((n for n in range(k + 1, min(end, k + 5)) if toks[n].text == ","), None)
    return stop is not None and stop < end and k > 0 and toks[k - 1].cap and _a_state(toks[k + 1:stop])


def _participle_aside(appos: list[Tok]) -> bool:
    """'Okafor, Outraged Over Vote, Vows': in a Title Case headline an aside that opens with a
    participle says how the speaker is, it names no one (a given name in -ed, "Mohammed", does)."""
    low = appos[0].low
    return (past_participle(low) or low.endswith("ing") and len(low) > 5) and low not in given_names()


def _name_word(t: Tok) -> bool:
    """A capitalised word, or a surname written with one of the name particles and a hyphen
    ("al-Issawi", "bin-Talal")."""
    if t.cap:
        return True
    particle, hyphen, rest = t.text.partition("-")
    return bool(hyphen) and particle.lower() in _NAME_PARTICLES and rest[:1].isupper()


def name_before_origin(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """'Yasir Abdulla, 36, from Yorkshire said', 'Ann Lee, of Leeds said': the phrase before the
    cue is the place an aside says the person named before it is from; that name's token range
    (opening its clause), else None."""
    k = rng[0] - 2
    if k < 1 or toks[k + 1].low not in ("from", "of") or toks[k].text != "," or not toks[rng[0]].cap:
        return None
    if k >= 3 and _age(toks[k - 1]) and toks[k - 2].text == ",":
        k -= 2
    name = np_backward(toks, k - 1)
    if name is None or name[1] != k or not all(t.cap for t in toks[name[0]:name[1]] if t.is_word) \
            or name[0] > 0 and toks[name[0] - 1].is_word:
        return None
    return name


def apposition_name(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """For "Hugh Hill, a doctor, said": toks[comma] is the comma before the cue; find the name
    before the apposition. Returns the name's token range, or None when it is no apposition."""
    if comma >= 3 and toks[comma - 1].text == ")":
        # "..., Gov. John Kasich (R-OH), said": the name before a short parenthesis, opening its clause
        j = _before_parenthesis(toks, comma - 1)
        rng = np_backward(toks, j) if j != comma - 1 else None
        if rng and any(toks[n].cap for n in range(*rng)) and (rng[0] == 0 or not toks[rng[0] - 1].is_word):
            return name_with_and(toks, rng)
    k = comma - 1
    limit = max(-1, comma - 32)  # "X, who spoke on condition of anonymity because ..., said"
    while k > limit and (toks[k].text != "," or _town_comma(toks, k, comma) or company_comma(toks, k)) \
            and (toks[k].text not in QUOTE_CHARS or _apostrophe(toks, k)) \
            and (toks[k].text not in ".;:" or _initial_dot(toks, k)):
        k -= 1
    if k <= limit or toks[k].text != "," or k == comma - 1:
        return None
    appos = toks[k + 1: comma]
    if len(appos) > 15 and appos[0].low not in ("who", "which", "whose"):
        return None
    if 0 < len(appos) <= 3 and toks[k - 1].cap and _a_state(appos):
        # "Shopkeepers in Aurora, Colorado, said": the place's state ends the speaker's phrase
        rng = np_backward(toks, k - 1)
        if rng and rng[0] > 1 and toks[rng[0] - 1].text == "," and rng[1] == k and (
                toks[rng[0]].low in DETERMINERS or _role_word(toks[rng[0]].low)):
            # "Tina Okafor, the chief of staff in Greenbelt, Maryland, said": the place ends an
            # apposition, and the name before that is the speaker
            name = np_backward(toks, rng[0] - 2)
            if name and name[1] == rng[0] - 1 and toks[name[1] - 1].cap and (
                    name[0] == 0 or not toks[name[0] - 1].is_word):
                return name
        if rng and toks[rng[0]].low not in PREPOSITIONS and not after_preposition(toks, rng) \
                and rng[1] == k and (rng[0] == 0 or not toks[rng[0] - 1].is_word):
            return (rng[0], comma)
        if rng and toks[rng[0]].low in PREPOSITIONS and rng[0] > 1 and toks[rng[0] - 1].text == ",":
            return apposition_name(toks, rng[0] - 1)  # "Ann Lee, 18, from Lee County, Fla., said"
        return None  # a place is never the speaker
    if appos and appos[0].cap and not party_code(appos[0]) and not party_aside(appos, 0) \
            and not _participle_aside(appos) and not _titled_role(appos, toks[max(0, k - 2):k]) \
            and all(_name_word(t) or t.low in _INNER or t.low == "and" for t in appos if t.is_word) \
            and _name_word(appos[-1]) and len(appos) <= 5 \
            and (not _after_place(toks, k - 1) or _a_person(toks, k, appos)):
        # ("a town hall in Columbus, Ohio, said": a place and its state, not a name in apposition)
        # "the mine's operator, Minera Pampa Norte, said", "his biographers, David and Jeanne
        # Heidler, wrote": the name is the apposition
        return (k + 1, comma)
    if not appos or not (appos[0].low in DETERMINERS or appos[0].low in ("who", "which", "whose") or
                         appos[0].text[0].isdigit() or not appos[0].cap or _role_word(appos[0].low)
                         or party_code(appos[0]) or party_aside(appos, 0)):
        return None
    if k >= 3 and toks[k - 2].text == "," and _age(toks[k - 1]):
        k -= 2  # "Ann Lee, 67, a retired nurse, said": the name stands before her age
    rng = np_backward(toks, _before_parenthesis(toks, k - 1))
    if rng is None or appos[0].low in PREPOSITIONS and _state_of_place(toks, rng):
        return None
    if (named := name_before_origin(toks, rng)) is not None:
        return named  # "Tan Shen, 26, from Chengdu, in China's southwest, said": the place is where she is from
    if appos[0].low in ("who", "which", "whose"):
        # "Ann Lee, a developer and spokeswoman for X, which ..., said": the phrase before the
        # relative clause may be an apposition itself, of the name before it
        return apposition_name(toks, k) or rng  # "The documents, which include briefings, show"
    if rng[0] >= 2 and toks[rng[0] - 1].text == "," and rng[1] - rng[0] >= 2 and not toks[rng[0] + 1].cap and (
            toks[rng[0]].low in DETERMINERS or _role_word(toks[rng[0]].low)) and any(
            _role_word(toks[n].low) for n in range(rng[0], min(rng[1], rng[0] + 4))):
        # "Ann Okafor, a spokeswoman for Harbourco, a shipping firm, said": the second apposition
        # describes the body of the first, a role that describes the name before it ("Last month, the
        # Independent, a British newspaper, revealed": a name, whose own apposition this is)
        named = apposition_name(toks, k)
        # a name opening its clause: a capital that does not merely open the sentence, no time or party code
        if named is not None and (named[0] == 0 or not toks[named[0] - 1].is_word) and any(
                toks[n].cap for n in range(max(named[0], 1), named[1])) and not any(
                toks[n].low in TIME_WORDS or party_code(toks[n]) for n in range(*named)):
            return named
    if not any(toks[i].cap for i in range(*rng)):
        return None
    return name_with_and(toks, rng)  # "United States Citizenship and Immigration Services, the agency"


def _titled_role(appos: list[Tok], before: list[Tok] | None = None) -> bool:
    """'CEO of Take-Two', 'President of Acme', 'CEO': a role written with a capital, alone or
    before the body it is held in, describes the name before it; 'President Ann Lee' is a name,
    unless a person's name stands before it ("Rob Goldman, President Ascom North America,"):
    then the body's name follows the role, as in a signature."""
    if not _role_word(appos[0].low):
        return False
    return len(appos) == 1 or appos[1].low in ("of", "at", "for") or (
        before is not None and len(before) >= 2 and before[-1].cap
        and gender_of(" ".join(t.text for t in before[-2:])) is not None)


def _a_person(toks: list[Tok], k: int, appos: list[Tok]) -> bool:
    """'The ambassador to France, Ann Lee, said': after a place, a name with a given name that is no
    state ("in Columbus, Georgia") is a person in apposition, not the place's state; unless the
    phrase before it is a relative clause's ("Gray, who served under Mr. Bush's father, George
    Bush, ticked"), whose name is not the subject of the verb after it."""
    name = " ".join(t.text for t in appos)
    if len(appos) < 2 or gender_of(name) is None or is_place(name):
        return False
    p = k - 1
    while p >= 0 and toks[p].text != ",":
        p -= 1
    return toks[p + 1].low not in ("who", "which", "whose", "that")


def _after_place(toks: list[Tok], j: int) -> bool:
    """Does the noun phrase ending at toks[j] follow a preposition ("in Columbus")?"""
    before = np_backward(toks, j) if j >= 0 else None
    return before is not None and after_preposition(toks, before)


def _state_of_place(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'(in) Aurora, Colorado': the phrase toks[rng] follows a comma after a place a preposition
    opens, so it names that place's state or country, not a speaker."""
    if rng[0] < 2 or toks[rng[0] - 1].text != ",":
        return False
    place = np_backward(toks, rng[0] - 2)
    return place is not None and after_preposition(toks, place) and toks[place[1] - 1].cap


def _age(t: Tok) -> bool:
    """'67' in "Ann Lee, 67, a nurse": a number of one to three digits standing alone."""
    return t.text.isdigit() and len(t.text) <= 3


def _initial_dot(toks: list[Tok], k: int) -> bool:
    """The '.' of a middle initial ("Lawrence B. Cummings"), which ends no sentence."""
    return toks[k].text == "." and k > 0 and len(toks[k - 1].text) == 1 and toks[k - 1].cap \
        and k + 1 < len(toks) and toks[k + 1].cap


def _apostrophe(toks: list[Tok], k: int) -> bool:
    """The ' of "veterans' families": glued to a plural, it is no quotation mark."""
    return toks[k].text in "'’" and k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].low.endswith("s")


DASHES = frozenset({"-", "—", "–", "―"})  # "--" is two "-" tokens


def dash_apposition(toks: list[Tok], dash: int, named: bool = True) -> tuple[int, int] | None:
    """'Kall -- co-editor of a book on debates -- said': the name before the first dash (with
    `named` False any noun phrase there: "Many speakers -- including ... -- said")."""
    k = dash - 1
    while k > 0 and toks[k].text in DASHES:
        k -= 1
    limit = max(0, dash - 32)
    while k > limit and toks[k].text not in DASHES and toks[k].text not in ".;:":
        k -= 1
    if k <= limit or toks[k].text not in DASHES:
        return None
    while k > 0 and toks[k - 1].text in DASHES:
        k -= 1
    rng = np_backward(toks, k - 1)
    if rng is None or named and not any(toks[i].cap for i in range(*rng)):
        return None
    return rng


def _role_word(w: str) -> bool:
    return w in _ROLE_WORDS


_ROLE_WORDS = rule_words("mentions", "role_words", "attribution_rules")
_SPOKES = re.compile(r"^(?:an?|the|one)\s+(?:\w+\s+)?(?:"
                     + "|".join(map(re.escape, structured("attribution_rules")["mentions"]["speaks_for"]))
                     + r")\s+(?:for|of|at|from)\s+(?P<org>.+)$", re.I)


@lru_cache(maxsize=65536)  # a pure function of the mention, asked for every attribution
def speaker_for(mention: str) -> str | None:
    """'a spokesperson for the force' speaks for the force: the source is the organisation."""
    m = _SPOKES.match(mention)
    return m.group("org") if m else None


def is_pronoun(text: str) -> bool:
    return text.lower() in lx.pronouns()


_CARDINALS = wordset("cardinals")  # "one in five said"; "the two said" is no share
_COUNTED = rule_words("mentions", "counted", "attribution_rules")
_NUMERIC = _CARDINALS | wordset("shares") | rule_words("mentions", "shares", "attribution_rules")
_SHARE_HEADS = rule_words("mentions", "share_heads", "attribution_rules")


def counted_subject(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """A share of people ending at toks[j] that says something: "47%", "about 9 percent", "one
    in five", "a majority of voters", "those surveyed". It must open its clause."""
    if j < 0:
        return None
    end = j + 1
    words = lx.count_words()
    if toks[j].low in _COUNTED and j >= 3 and toks[j - 1].is_word and toks[j - 2].low == "of":
        # "about 53 percent of voters surveyed", "most of those polled": the share, the people
        k = j - 3
        while k >= 0 and (toks[k].low in words or toks[k].low in _SHARE_HEADS or toks[k].text[:1].isdigit()
                          or toks[k].text == "%"):
            k -= 1
        if k < j - 3 and (k < 0 or not toks[k].is_word or toks[k].low in ("and", "but")):
            return (k + 1, end)
    if toks[j].low in _COUNTED and j >= 1 and toks[j - 1].is_word and (not toks[j - 1].cap
                                                                      or toks[j - 1].low == "those"):
        k = j - 1  # "those surveyed", "voters polled"
        if k >= 1 and toks[k - 1].low in ("of", "the", "all", "most", "many"):
            k -= 1
        return (k, end) if k == 0 or not toks[k - 1].is_word else None
    k = j
    while k >= 0 and (toks[k].low in words or toks[k].text[:1].isdigit() or toks[k].text == "%"
                      or toks[k].text == "," and k > 0 and toks[k - 1].text == "%"):
        k -= 1
    span = toks[k + 1:end]
    if not any(t.text[:1].isdigit() or t.low in _NUMERIC for t in span):
        return None
    while span and span[-1].text == ",":
        span, end = span[:-1], end - 1
    if all(t.low in _CARDINALS or t.low in ("the", "a", "an") for t in span):
        return None  # "The two said": people named before, not a share
    if k >= 0 and toks[k].is_word and toks[k].low not in ("and", "but", "while", "whereas"):
        return None  # "the economy grew 3% ..." : the number belongs to another phrase
    return (k + 1, end) if span else None


def _people_head(t: Tok, first: bool) -> bool:
    """A noun for people that a phrase's tail can hang on: 'advisers', 'a spokesman', 'those'."""
    return t.is_word and (not t.cap or first or t.low in lx.source_nouns()) and (
        _group_noun(t.low) or t.low in wordset("mention_people_pronouns")) and t.low not in lx.document_nouns() \
        and t.low not in lx.media()[1]  # "a letter to Mr. Castro", "a reporter's request"


def governing_phrase(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """'advisers to Mr. Obama say', 'those close to him say', 'people familiar with Ms. Lee's
    thinking said': the phrase before a cue can end in the object of a preposition; the source is
    the people before it, so the range grows back to their head. Otherwise `rng` as given."""
    first = rng[0]
    if first >= 3 and toks[first - 1].low == "by":
        return _document_by(toks, rng)
    if first >= 2 and toks[first - 1].low in ("on", "in"):
        # "a document on the campaign's website states", "a post on Facebook said": the text
        # speaks, not the place it was published
        head = np_backward(toks, first - 2)
        if head is not None and toks[head[1] - 1].low in lx.document_nouns() and (
                head[0] == 0 or not toks[head[0] - 1].is_word):
            return (head[0], rng[1])  # the document opens its clause: "passing emails in a way X" does not
    if first >= 2 and toks[first - 2].low in lx.document_nouns() and (toks[first - 1].low in ("from", "of") or (
            toks[first - 1].low == "with" and (toks[rng[1] - 1].cap or toks[rng[1] - 1].low in lx.org_words()))):
        # "leaked documents from his 1995 tax return show", "a copy of the memo shows", "its filing
        # with the regulator shows": the text speaks
        head = np_backward(toks, first - 2)
        return (head[0] if head else first - 2, rng[1])
    if first >= 2 and toks[first - 1].low == "and":
        named = name_with_and(toks, rng)
        return named if named != rng else _coordinated_groups(toks, rng)
    if first >= 2 and toks[first - 1].is_word and not toks[first - 1].cap:
        # ("Monk who fasted for 40 days says": a headline's bare head noun opens it)
        whole = _relative_clause_subject(toks, rng)
        if whole is not None:
            return whole
    if first < 2 or toks[first - 1].low not in wordset("mention_tail_links"):
        return rng
    k = first - 2
    tied = toks[k].low in wordset("mention_ties")
    if tied:
        k -= 1
    elif toks[first - 1].low in ("with", "on"):
        # "talks with officials": only a tie ("familiar with") joins people to the object, or
        # people before the thing: "Opponents of a ban on assault weapons said", or people right
        # before "with": "an official with knowledge of the talks said"
        if toks[first - 1].low == "with" and _people_head(toks[k], k == 0):
            head = np_backward(toks, k)
            return (head[0] if head else k, rng[1])
        return _people_of_thing(toks, k, rng) or rng
    if k < 0 or not _people_head(toks[k], k == 0):
        return _people_of_thing(toks, k, rng) or rng
    if toks[k].low in wordset("mention_people_pronouns"):
        return (k, rng[1])
    head = np_backward(toks, k)
    return (head[0] if head else k, rng[1])


def _people_of_thing(toks: list[Tok], k: int, rng: tuple[int, int]) -> tuple[int, int] | None:
    """'Opponents of a ban on assault weapons said', 'Proponents of more controls on hate speech
    say', 'a source with access to the leadership said', 'an official with direct knowledge of the
    talks said': toks[k] ends a thing's phrase that hangs on people by "of", "for" or "with"; the
    source is the people, with all of it. None when no such people come before."""
    thing = np_backward(toks, k) if k >= 0 and toks[k].is_word else None
    if thing is None or thing[1] != k + 1:
        return None
    link = next((n for n in range(thing[0] + 1, k) if toks[n].low in ("of", "for")), None)
    if link is not None:  # the phrase read back holds them: "Opponents of a ban"
        return (thing[0], rng[1]) if _people_head(toks[link - 1], link - 1 == 0) else None
    if thing[0] < 2 or toks[thing[0] - 1].low not in ("of", "for", "with") or not _people_head(
            toks[thing[0] - 2], thing[0] - 2 == 0):
        return None
    head = np_backward(toks, thing[0] - 2)
    return (head[0] if head else thing[0] - 2, rng[1])


def _plural_group(t: Tok) -> bool:
    """'regulators', 'environmental groups', 'companies': a plural noun for people or bodies."""
    low = t.low
    if not (t.is_word and low.endswith("s")) or low in lx.document_nouns() or low in lx.media()[1]:
        return False
    return _group_noun(low) or is_body_plural(low)


def _opens_clause(toks: list[Tok], k: int) -> bool:
    return k == 0 or not toks[k - 1].is_word or toks[k - 1].low in ("and", "but", "while", "as")


def _coordinated_groups(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """'Regulators and environmental groups worried': two unnamed groups joined by 'and' are one
    subject; the phrase before the cue is only its second half. Otherwise `rng` as given."""
    k = rng[0] - 2
    if not (_plural_group(toks[k]) and _plural_group(toks[rng[1] - 1])) or toks[k].cap and k > 0:
        return rng
    head = np_backward(toks, k)
    if head is None or not _opens_clause(toks, head[0]) or any(
            t.low.endswith("ing") and len(t.low) > 4 for t in toks[head[0]:k]):
        return rng  # "Picking winners and losers seemed": a gerund's objects are no subject
    return (head[0], rng[1])


# words a relative clause may run over between "who"/"that" and the phrase before the cue ("An
# official who spoke on condition of anonymity because he was not authorized to discuss the matter
# said": fourteen); past the first few, a pronoun before the cue is a clause's own subject
_RELATIVE_REACH = 16
_RELATIVE_NEAR = 4


def _relative_clause_subject(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """'Insurers that had covered the mine agreed', 'Officials who had seen the report said': the
    phrase before the cue is the object inside a relative clause; the subject is the people or
    bodies before 'that'/'who', when they open the clause. Past a few words a pronoun is the
    subject of a clause of its own: "A man who was dumped by his girlfriend when she told him"."""
    k = rng[0] - 1
    while k >= 0 and rng[0] - k <= _RELATIVE_REACH and toks[k].is_word and not toks[k].cap \
            and toks[k].low not in ("that", "who"):
        k -= 1
    if k < 1 or toks[k].low not in ("that", "who"):
        return None
    if rng[0] - k > _RELATIVE_NEAR and rng[1] - rng[0] == 1 and toks[rng[0]].low in SUBJECT_PRONOUNS:
        return None
    # after "who" comes its clause's verb, whatever its form ("a priest who died for 48 minutes
    # claims"); after "that" only a verb form says it is a relative clause, not "that report"
    if toks[k].low == "that" and (k == rng[0] - 1 or not _verbish(toks[k + 1]) and not (
            toks[k + 1].low in lx.be_forms() or toks[k + 1].low in ("had", "has", "have"))):
        return None
    if k == rng[0] - 1 and (not toks[k - 1].is_word or toks[k + 1].cap):
        # ", who died ... said": the name before the comma is the rules' other business;
        # "voters who Democrats hope will": "who" is the object, the name the subject
        return None
    head = np_backward(toks, k - 1)
    if not _plural_group(toks[k - 1]) and not (toks[k].low == "who" and (
            _people_head(toks[k - 1], k - 1 == 0) or k == rng[0] - 1 or _people_of_place(toks, head, k - 1))):
        return None
    return (head[0], rng[1]) if head is not None and _opens_clause(toks, head[0]) else None


def _people_of_place(toks: list[Tok], head: tuple[int, int] | None, last: int) -> bool:
    """'Experts from Harvard who studied the data said', 'officials in the ministry who read it
    told': the phrase before "who" ends in a place or body after a preposition; its head, before
    the preposition, is a noun for people."""
    if head is None:
        return False
    return any(toks[m].low in _PLACE_OF and (_plural_group(toks[m - 1]) or _people_head(toks[m - 1], m - 1 == 0))
               for m in range(head[0] + 1, last))


def _document_by(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """'a report published on Tuesday by the Audit Office found', 'a woman captured by ISIS says':
    the phrase before the cue is the agent of a participle that describes the document or the
    person who speaks; the whole phrase is the source, its agent part of it. Otherwise `rng` as
    given."""
    k = rng[0] - 2
    while k > 0 and rng[0] - k <= 5 and not _participle(toks[k]):
        if not toks[k].is_word and toks[k].text not in QUOTE_CHARS:
            return rng
        k -= 1  # "on Tuesday", "last week", a headline's 'Captured' in quotation marks
    if k < 1 or not _participle(toks[k]):
        return rng
    j = k - 1
    while j > 0 and toks[j].text in QUOTE_CHARS:
        j -= 1
    head = np_backward(toks, j)
    if head is None:
        return rng
    last = toks[head[1] - 1]
    if last.low in lx.document_nouns() or _people_head(last, head[0] == 0):
        return (head[0], rng[1])
    return rng


def _participle(t: Tok) -> bool:
    """'published', 'Captured' (a headline's Title Case), 'held': a past participle before 'by'."""
    return t.is_word and past_participle(t.low)


def contact_clause(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """'all the experts I interviewed', 'economists we spoke to', 'everyone I asked': people the
    reporter talked to, ending at toks[j] before a cue. The whole phrase, or None."""
    m = j - 1 if toks[j].low in ("to", "with") else j
    if m < 2 or not toks[m].is_word or toks[m - 1].low not in ("i", "we"):
        return None
    if not (_verbish(toks[m]) or toks[m].low in lx.irregular_past()):
        return None
    if not _people_head(toks[m - 2], m - 2 == 0):
        return None
    head = np_backward(toks, m - 2) if toks[m - 2].low not in wordset("mention_people_pronouns") else None
    return (head[0] if head else m - 2, j + 1)


def in_contact_clause(toks: list[Tok], i: int) -> bool:
    """Is the verb toks[i] the reporter's own ('experts I spoke to said'), not a cue?"""
    return i >= 2 and toks[i - 1].low in ("i", "we") and _people_head(toks[i - 2], i - 2 == 0)
