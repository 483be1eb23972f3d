"""Resolve pronouns, definite descriptions and surnames to the named source they refer to.

The discourse keeps, in order of last mention, the sources found so far and the people and
organisations the text has named (a source is often introduced before it speaks: "Acme, a
dairy in Leicestershire, is recalling..." then "the company said").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from factcheck import tokens, word_case
from factcheck.attribution import lexicons as lx
from factcheck.attribution.kinds import (
    WEEKDAYS,
    classify,
    is_member_noun,
    is_place,
    is_role_noun,
    names_a_source,
    one_by_role,
    org_name_words,
    title_noun,
    titles_of,
)
from factcheck.attribution.mentions import PREPOSITIONS
from factcheck.attribution.names import COURTESY_TITLES, gender_of, given_names, possessive_pronouns
from factcheck.lexicon import rule_words, structured, wordset
from factcheck.textnorm import straighten

_PERSON_TITLES = structured("attribution_rules")["resolve"]["person_titles"]
_NAME_OPENERS = frozenset(structured("attribution_rules")["resolve"]["name_openers"])
# one capitalised part of a name, whole: "Lee", "Ngo-Anh", "O'Brien", "McDonald" (a capital
# inside it only before a small letter, and the part ends in one: not "Ngo-" of "Ngo-Anh")
_NAME_PART = r"[A-Z](?:[a-z'’-]|[A-Z](?=[a-z]))*[a-z](?<!['’]s)"  # "Lark's" is "Lark"
# A match opens with a title or a capital: the lookahead (a first character the regex engine
# tests at every position) keeps the title alternation off all the other word starts; the
# matches are the same.
_PERSON_NAME = re.compile(
    "(?=[A-Z" + "".join(sorted({re.escape(t[0]) for t in _PERSON_TITLES})) + r"])"
    r"\b(?P<title>(?:" + "|".join(map(re.escape, _PERSON_TITLES))
    + r")\.?\s+)?"
    r"(?P<name>" + _NAME_PART + r"(?:\s+[A-Z]\.)?(?:\s+(?:de |van |von |al-|bin )?" + _NAME_PART + r")+)\b"
)
# "Acme Dairies, a family firm, ..." / "a dairy in Leicestershire, Acme Dairies, ..."
_APPOSITION_OPENERS = "|".join(structured("attribution_rules")["resolve"]["apposition_openers"])
_ORG_APPOSITION = re.compile(
    r"\b(?i:" + _APPOSITION_OPENERS + r")\s+(?:[\w'’-]+\s+){0,3}(?P<noun>[a-z][\w-]+)"
    r"(?:\s+(?:in|from|of|based in|near)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)?,\s+"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),"
)
# the words after the head noun of an apposition that says what a name is: the head ends before them
_HEAD_ENDS = frozenset(structured("attribution_rules")["resolve"]["apposition_head_ends"])
# "Orbis Testing, a private laboratory in Tarnbridge" / "Acme Dairies, a family firm,": the
# noun after the name, ending its phrase, says what the name is
_NAME_APPOSITION = re.compile(
    r"(?P<name>\b[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),\s+(?i:an?|the)\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}?"
    r"(?P<noun>[a-z][\w-]+)(?=[,.;]|\s+(?:"
    + "|".join(sorted(_HEAD_ENDS)) + r")\b)"
)
# "Adebayo", "McKenna", "O'Neill-Ruiz"; no "FIRE", no initial
_NAME_WORD = re.compile(r"[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:['’-][A-Za-z][a-z]+)*")
_MIDDLE_INITIAL = re.compile(r"\s[A-Z]\.\s")  # "Marc H. Morial": a person's name
_TIME_WORDS = rule_words("mentions", "time_words", "attribution_rules")
_PART_OF = re.compile(r"(?:" + "|".join(sorted(wordset("partitives"), key=len, reverse=True))
                      + r") of (?:them|those|the (?P<noun>[a-z]+))")
_COLLECTIVES = rule_words("mentions", "collectives", "attribution_rules")  # "the family": no "she"
_PARTICLES = "|".join(sorted(rule_words("mentions", "name_particles", "attribution_rules")))  # "de", "van", "bin"
# a person named in full: an abbreviated title, given name(s), an initial or a particle, then the surname
_FULL_NAME = re.compile(r"[A-Z](?:[a-z]{0,4}\.|[a-z'’-]+)(?:\s+(?:[A-Z][a-z]{0,4}\.|[A-Z][a-z'’-]+|(?i:"
                        + _PARTICLES + r")))*\s+" + _NAME_PART)
_SURNAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?" + _NAME_PART)  # "Lee", "Mr. Lee", "Ms. Ngo-Anh"
_PARTICLED_SURNAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<surname>(?:(?i:"
                                + _PARTICLES + r")\s+)+" + _NAME_PART + ")")  # "De Blasio", "Mr. de Blasio"
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")  # "NATO", "AT&T"
# a person given an age where the story names them: "Oliver Ilic, 22,", "Ann Lee (34)", "22-year-old
# Oliver Ilic", "a 27-year-old student, Matt Lee" (a word or two for what they are between)
_NAME_RUN = _NAME_PART + r"(?:\s+" + _NAME_PART + r"){0,3}"
_AGED_NAME = re.compile(r"(?P<name>" + _NAME_RUN + r")(?:,\s+(?:aged\s+)?(?P<age>\d{1,3}),|\s+\((?P<age2>\d{1,3})\))"
                        r"|(?P<age3>\d{1,3})[- ]year[- ]old\s+(?:[a-z]+\s+){0,2},?\s*(?P<name3>" + _NAME_RUN + r")")
# what every match of _AGED_NAME holds: ", 22,", "(22)" or "22-year"
_AGE_GIVEN = re.compile(r",\s+(?:aged\s+)?\d{1,3},|\(\d{1,3}\)|\d[- ]year")
# "the 22-year-old", "the 22-year-old man": spoken of by the age the story gave them, as by "he"
_AGE_REF = re.compile(r"the\s+(?P<age>\d{1,3})[- ]year[- ]old(?:\s+(?P<noun>[a-z]+))?")
_AGE_NOUN_GENDERS = {**dict.fromkeys(structured("attribution_rules")["resolve"]["sexed_nouns_male"], "m"),
                     **dict.fromkeys(structured("attribution_rules")["resolve"]["sexed_nouns_female"], "f")}
# a courtesy title and a surname alone, no given name after ("Mr. Trump said", not "Mr. Donald Trump")
_TITLED_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+" + _NAME_PART + r"\b(?!\s+[A-Z])")
_NAME_PART_RX = re.compile(_NAME_PART)
# what every match of _ORG_APPOSITION holds (its name stands between commas and has none in
# it): one quick search, so that most sentences skip the slower pattern
_COMMA_CAP_COMMA = re.compile(r",\s+[A-Z][^,]*,")
_NAME_WHICH = re.compile(r"(?:^|[.;]\s+|,\s+)(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),\s+which\b")
_NOUN_NAME = re.compile(r"\b(?P<noun>[a-z][a-z-]+)\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")
_ORG_NAME = re.compile(r"\b(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*\b")
_COMPANY_WORDS = rule_words("resolve", "company_words", "attribution_rules")
_COMPANY_NAME_WORDS = rule_words("resolve", "company_name_words", "attribution_rules")
_FIRST_WORD_NAMES = rule_words("resolve", "first_word_names", "attribution_rules")
_TITLE_SMALL = rule_words("resolve", "title_case_small_words", "attribution_rules")
QUESTION_LABELS = rule_words("resolve", "question_labels", "attribution_rules")
# who asks a question printed as "Q: ...": the publication's interviewer (../shared/eval/KINDS.md:
# the article itself is media), no one whose claim it is
INTERVIEWER = "the interviewer"
ANSWER_LABELS = rule_words("resolve", "answer_labels", "attribution_rules")
_OUTLET_PRONOUNS = rule_words("resolve", "outlet_pronouns", "attribution_rules")
_OWN_VOICE = rule_words("resolve", "writer_pronouns", "attribution_rules") | _OUTLET_PRONOUNS
_READER = rule_words("resolve", "reader_pronouns", "attribution_rules")
_OPENING_PREPOSITIONS = rule_words("choose", "opening_prepositions")
_OPENING_MARKS = "\"'“‘([ "
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
# "An emotional Obama", "a bloodstained Ilic", "the late Steve Jobs": a person's name after an
# article and a word or two saying how they were, which are no part of the name
_EPITHET_NAME = re.compile(r"(?i:the|an?)\s+(?P<words>(?:[a-z][a-z-]+\s+){1,2})(?P<name>"
                           + _NAME_PART + r"(?:\s+" + _NAME_PART + r"){0,2})")

# the words right before a name that may hold its title: "campaign chairman Bo Tan", "former Gov."
_TITLE_BEFORE = re.compile(r"(?:[\w.'’-]+ ){1,3}$")
_GROUP_COUNTS = "|".join(structured("attribution_rules")["resolve"]["group_counts"])
# the discourse holds at most HELD_MAX entities; past that it keeps the HELD_KEEP last mentioned
HELD_MAX, HELD_KEEP = 200, 150
_GROUP_REF = re.compile(rf"(?:the |both |all )?(?:{_GROUP_COUNTS})(?: [a-z]+(?:s|men|women))?|"
                        r"(?:both|the) [a-z]+(?:s|men|women)|both")



def _last_word_before(name: str, ends: frozenset[str]) -> str:
    """The last word of `name` before the first of `ends` after its first word."""
    found = tokens.words(name.lower())
    cut = next((n for n, w in enumerate(found) if n and w in ends), len(found))
    return found[cut - 1] if cut else ""


@lru_cache(maxsize=16384)
def _phrase_head(name: str) -> str:
    """The head noun of a source's phrase, before its tail: "two people familiar with the board's
    deliberations" -> "people"."""
    return _last_word_before(name, wordset("kind_phrase_ends"))  # "of", "in", "who", ...


def _proper(name: str) -> bool:
    """A body's name, not a description of one: "Harbour Foods", not "the charity" (which "the
    company" cannot stand for: it had its own head noun, and that was not "company")."""
    words = name.split()
    # a sentence's capital on its first word is no name's: "The charity", "Her family"
    lead = 1 if words and (words[0].lower() == "the" or words[0].lower() in possessive_pronouns()) else 0
    return any(w[:1].isupper() for w in words[lead:])


def _may_be_someone(e: Entity) -> bool:
    """Can "he" or "she" stand for this entity: a gender known, a name with a capital, or a noun
    for one person ("the senator")? Not "The sound system", which a rule took for a speaker."""
    return e.gender is not None or _proper(e.name) or _singular_person(e.name)


@lru_cache(maxsize=16384)  # asked of every held unnamed entity for each "he"/"she" resolved
def _singular_person(name: str) -> bool:
    """'a senior official', 'the spokeswoman', 'a senior official in the president's office': one
    person, not 'officials', 'the ministry' or 'his family' (a collective, which "she" is not; the
    head noun stands before the phrase's tail)."""
    head = _phrase_head(name)
    return not head.endswith("s") and head not in _COLLECTIVES and (
        head in lx.source_nouns() or is_role_noun(head) or is_member_noun(head) or head == "person")




# The discourse asks these of every entity it holds for each mention it resolves; names recur
# (up to 200 entities per mention on a long text), so each is worked out once per name.
@lru_cache(maxsize=16384)
def _head(name: str) -> str:
    """The last word of the phrase before any relative clause: "The unidentified man who has given
    the tape to authorities" is a man, not the authorities."""
    return _last_word_before(name, _RELATIVE_PRONOUNS)


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})


@lru_cache(maxsize=16384)
def _lower_words(name: str) -> tuple[str, ...]:
    return tuple(name.lower().split())


@lru_cache(maxsize=16384)
def _content_words(name: str) -> frozenset[str]:
    """The words of a name but 'the', a possessive 's' dropped."""
    return frozenset(w.removesuffix("'s") for w in tokens.words(name.lower())) - {"the"}


_OUTLETS = structured("attribution_rules")["resolve"]["outlets"]
_PAPER_NAMES = frozenset(_OUTLETS["paper_names"])
_OUTLET_SORTS = tuple((frozenset(_OUTLETS[sort]), frozenset(_OUTLETS[f"{sort}_names"]))
                      for sort in ("paper", "broadcast", "agency"))


@lru_cache(maxsize=4096)
def _outlet_names(words: tuple[str, ...]) -> frozenset[str] | None:
    """For a description of an outlet ("the newspaper", "the news agency"), the words one of
    the names it can stand for holds (empty: any outlet); None for anything else."""
    head = words[-1].strip(".,") if words else ""
    for heads, names in _OUTLET_SORTS:
        if head in heads:
            return names
    return frozenset() if head in _OUTLETS["any"] and ("news" in words or head != "organization") else None


def _outlet_of(name: str, names: frozenset[str]) -> bool:
    """Can the outlet called `name` be of the sort whose names hold one of `names`? An acronym
    ("CNN", "AFP") can be a broadcaster or an agency, not a newspaper."""
    bare = name.removeprefix("The ").removeprefix("the ")
    return bare.isupper() and names != _PAPER_NAMES or not names.isdisjoint(
        w.strip(".,'’s") for w in bare.lower().split())


@dataclass
class Entity:
    name: str
    kind: str  # named_person | named_org | ... ; "text_person" / "text_org" for names not yet sources
    seq: int
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)
    group: bool = False  # "Lee and Patel": coordinated sources, what "they"/"the two" can mean
    mentions: int = 1  # in how many sentences the article has named or meant it so far
    ages: set[str] = field(default_factory=set)  # "22" from "Oliver Ilic, 22," or "22-year-old Oliver Ilic"
    # every word a definite description's head can match this entity by: its name's head and
    # words, and the nouns it was introduced with ("a dairy, Acme,"); kept in step with `heads`
    # (one set lookup per held entity when "the company" is resolved, not three)
    keys: set[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.keys = {_head(self.name), *_lower_words(self.name), *self.heads}


_SEQ = attrgetter("seq")


_COURTESY = frozenset(rule_words("mentions", "title_abbreviations", "attribution_rules")) | COURTESY_TITLES


@lru_cache(maxsize=4096)
def _given_and_surname(name: str) -> str | None:
    """The person a full name is, as its first known given name and its surname, past titles and
    words before the name ("Sen. Ted Cruz" -> "Ted Cruz", "James Wright Foley" and "Praising James
    Foley" -> "James Foley"); else the word before the surname ("Jeh Johnson"); None when there is
    only a title there ("Mr Haines")."""
    words = name.split()
    given = [w for w in words[:-1] if w.lower() in given_names()]
    if given:
        return f"{given[0]} {words[-1]}"
    w = words[-2] if len(words) > 1 else ""
    initial = len(w) == 2 and w.endswith(".")
    if not w or initial or w.rstrip(".").lower() in _COURTESY or title_noun(w.lower()) is not None:
        return None
    return f"{w} {words[-1]}"


def _role_head(noun: str) -> str | None:
    """The noun a later "the ..." uses for someone an apposition calls `noun`: a title's
    ("chairwoman" -> "chairman") or any word for what a person does; None for others, and for
    the words a body's name may also be introduced with ("spokesman", "official": an entity
    holding one of those is taken for a body later)."""
    if noun in lx.org_words():
        return None
    title = title_noun(noun)
    if title is not None:
        return title
    return noun if one_by_role(noun) else None


@lru_cache(maxsize=65536)
def _names_in(sentence: str) -> tuple[tuple[str, str, str | None, str | None], ...]:
    """(name, text kind, gender, head noun) of each person and organisation the sentence names, in
    order. Depends on the sentence alone, so it is worked out once per sentence text (a body
    resolved again after each of many headlines asks again)."""
    orgs = lx.org_words()
    name_words = org_name_words()
    out: list[tuple[str, str, str | None, str | None]] = []
    for m in _ORG_APPOSITION.finditer(sentence) if _COMMA_CAP_COMMA.search(sentence) else ():
        # "a Cornish bakery, Tremain Foods," names an organisation; "the mayor, Ruth Okafor,"
        # or "a doctor, Hugh Hill," a person
        noun, name = m.group("noun").lower(), m.group("name")
        # "the ministry's spokesman, Li Wei,": a body's word that names one of its people
        if noun in orgs and not gender_of(name) and not (noun in lx.source_nouns() and is_role_noun(noun)):
            out.append((name, "text_org", None, noun))
        elif gender_of(name) or noun in lx.source_nouns() or is_role_noun(noun):
            # "a spokeswoman for the mayor, Marti Adams,": the mayor is no name for her
            head = _role_head(noun) if _HEAD_ENDS.isdisjoint(sentence[m.start():m.start("noun")].split()) else None
            out.append((name, "text_person", gender_of(name), head))
        elif noun in _TIME_WORDS or _MIDDLE_INITIAL.search(name):
            # "a panel discussion this weekend in Washington, Marc H. Morial,": no apposition
            continue
        elif _in_fronted_phrase(sentence, m.start()):
            # "With 50 days until the election, Minyon Moore, ...": the object of a phrase that
            # opens the sentence, then the clause's subject; no noun says what the name is
            continue
        else:
            out.append((name, "text_org", None, noun))
    for m in _NAME_APPOSITION.finditer(sentence) if ", " in sentence else ():
        noun = m.group("noun")
        if noun in orgs and not (gender_of(m.group("name")) or noun in lx.source_nouns() or is_role_noun(noun)):
            out.append((m.group("name"), "text_org", None, noun))
        elif " " in m.group("name") and (head := _role_head(noun)) is not None and (
                gender_of(m.group("name")) or _unlisted_person(m.group("name"), name_words)):
            # "Tom Reyes, the company's founder,": what "the founder" means later (a surname
            # alone is someone named in full before, whom resolution finds by it)
            out.append((m.group("name"), "text_person", gender_of(m.group("name")), head))
    for m in _NOUN_NAME.finditer(sentence):
        # "freight operator Halden Northern", "the chipmaker Orbis": a body's noun before its name
        name = m.group("name")
        if name.partition(" ")[0].lower() in WEEKDAYS:
            continue  # "The company Monday said": the day it said so (wire style)
        if name.endswith(".") and name.rsplit(" ", 1)[-1][:-1].lower() not in _COMPANY_NAME_WORDS:
            name = name[:-1]  # "the oil giant Exxon Mobil.": the sentence's full stop; "Acme Inc." keeps its own
        if m.group("noun") in orgs and not gender_of(name) and classify(name) != "named_person" \
                or m.group("noun") in _COMPANY_WORDS:
            out.append((name, "text_org", None, m.group("noun")))
    for m in _NAME_WHICH.finditer(sentence) if "which" in sentence else ():
        if not gender_of(m.group("name")):
            out.append((m.group("name"), "text_org", None, None))
    for m in _PERSON_NAME.finditer(sentence):
        name = m.group("name")
        if name.rsplit(" ", 1)[-1] in _PERSON_TITLES and sentence[m.end():m.end() + 1] == ".":
            continue  # "For Mr. Biden": a word opening the sentence and the title, no name
        first, _, rest = name.partition(" ")
        if sentence[max(0, m.start() - 3):m.start()] == "of " and not gender_of(first) and gender_of(rest):
            name = rest  # "Secretary of State Mike Pompeo": the office's word is no part of the name
        elif first.lower() in _NAME_OPENERS:
            if " " not in rest:
                continue  # "For Madison, ...": one name part after the sentence's first word
            name = rest  # "For Jonathan Chait, ...": the sentence's first word is no part of the name
        elif " " in rest and first.lower() in word_case.lowercase_words() and gender_of(first) is None \
                and gender_of(rest) is not None:
            name = rest  # "Liar of the Year Barack Obama": a common word capitalised in an epithet, then the name
        name = _before_verb_form(name)
        body = _before_small_word(name)
        if any(w.lower() in name_words for w in body.split()) and classify(body) not in ("named_person", "media"):
            # "Acme Holdings", "Peabody Energy" are bodies; "Council President Ann Lee" a person
            # with a title; "Financial Times" an outlet, which the source's own kind says
            out.append((body, "text_org", None, None))
        elif m.group("title") or gender_of(name) and not is_place(name):
            # "Sen. Ann Lee", "campaign chairman Bo Tan": the title is what "the senator" means later
            before = _TITLE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
            for title in titles_of((before.group() if before else "") + m.group()) or (None,):
                out.append((name, "text_person", gender_of(m.group()), title))
    return tuple(out)


def age_reference(mention: str) -> bool:
    """"the 22-year-old", "the 34-year-old woman": a person called by the age the story gave them."""
    m = _AGE_REF.fullmatch(straighten(mention.lower()).strip())
    return m is not None and (m.group("noun") is None or m.group("noun") in _AGE_NOUN_GENDERS)


@lru_cache(maxsize=65536)
def _aged_names(sentence: str) -> tuple[tuple[str, str], ...]:
    """(name, age) of each person the sentence gives an age ("Oliver Ilic, 22,"), in order."""
    if _AGE_GIVEN.search(sentence) is None:
        return ()  # most sentences give no age: one quick search keeps the slower pattern off them
    out = []
    for m in _AGED_NAME.finditer(sentence):
        if m.group("name3"):
            out.append((m.group("name3"), m.group("age3")))
        else:
            out.append((m.group("name"), m.group("age") or m.group("age2")))
    return tuple(out)


@lru_cache(maxsize=65536)
def _titled_surnames(sentence: str) -> tuple[str, ...]:
    """The "Mr. Lee", "Ms. Ngo-Anh" of a sentence, in order (worked out once per sentence text)."""
    if "Mr" not in sentence and "Ms" not in sentence and "Dr" not in sentence and "Prof" not in sentence:
        return ()
    return tuple(m.group() for m in _TITLED_SURNAME.finditer(sentence))


def _unlisted_person(name: str, name_words: frozenset[str], opens: bool = True) -> bool:
    """A person's name whose given name the lexicon does not know ("Okonkwo Adebayo, a professor
    of law,"), told by the apposition's noun for what a person does: two or three words, none a
    word of a body's name, no place, and (`opens`: it may open the sentence) the first no common
    word capitalised for its place ("Meanwhile Ola")."""
    words = name.split()
    return len(words) <= 3 and all(len(w) > 1 and _NAME_WORD.fullmatch(w) for w in words) \
        and not (opens and words[0].lower() in word_case.lowercase_words()) and not name_words.intersection(
            w.lower() for w in words) and classify(name) == "named_person" and not is_place(name)


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+")


def introduced_name(text: str, end: int) -> str | None:
    """Whom an interview printed as questions and answers is with, when no person the lexicon
    knows was named before its first answer (at `end`): the name of two or three words that the
    headline and the introduction both give ("Introducing Ola Mbeki, new CEO" ... "to have Ola
    Mbeki as our new CEO"), given at least twice there; of those given as often, one not opening
    with a common word ("Meet Ola", "Introducing Ola"), then the longest. None if there is none."""
    counts: Counter[str] = Counter()
    for m in _CAPITALISED_RUN.finditer(text, 0, end):
        words = m.group().split()
        before = text[max(0, m.start() - 12):m.start()].split()[-1:]
        for i in range(len(words) - 1):
            if i == 0 and before and before[0].lower() in PREPOSITIONS:
                continue  # "in New Delhi", "at Tarnwell Bread": a place or a body
            for n in (2, 3):
                if i + n <= len(words):
                    counts[" ".join(words[i:i + n])] += 1
    name_words = org_name_words()
    lower = word_case.lowercase_words()
    ranked = sorted(((c, name.split()[0].lower() not in lower, len(name)), name) for name, c in counts.items()
                    if c > 1 and _unlisted_person(name, name_words, opens=False))
    return ranked[-1][1] if ranked else None


def _identifying(word: str) -> bool:
    """Does a word before a name say which one is meant, or what they are, rather than how they
    were ("the other Clinton", "the younger Bush", "a second Smith", "the actor Christian Bale")?"""
    return word in wordset("kind_epithet_stops") or word.endswith(("er", "est")) or word in lx.np_stop() \
        or word in PREPOSITIONS or names_a_source(word) or word in wordset("kind_titles")


def own_voice(source: str) -> bool:
    """Is this the article's own "I" or "we", left unresolved (the writer, the publication): the
    article stating, not a source it cites, and no one a later "he" or "it" can mean?"""
    return straighten(source).lower() in _OWN_VOICE


def voice_of(source: str) -> str | None:
    """How a message to an editor names the article's own voice or its reader: 'the outlet
    itself' ("we"), 'the writer' ("I"), 'the reader' ("you"); None for any other source."""
    low = straighten(source).lower()
    if low in _OUTLET_PRONOUNS:
        return "the outlet itself"
    if low in _OWN_VOICE:
        return "the writer"
    return "the reader" if low in _READER else None


def reader_voice(source: str) -> bool:
    """Is this the "you" the article addresses its reader with (outside any quotation)?"""
    return straighten(source).lower() in _READER


def _in_fronted_phrase(sentence: str, k: int) -> bool:
    """Does position k fall in a phrase opening the sentence with a preposition ("After the
    vote", "With 50 days until the election"), before the comma that ends it?"""
    first = sentence.lstrip(_OPENING_MARKS).partition(" ")[0].lower()
    return first in _OPENING_PREPOSITIONS and "," not in sentence[:k]


def _before_verb_form(name: str) -> str:
    """A run of capitals cut before a word that news writes in lower case with a verb's or an
    adverb's ending, or a verb of saying, from the run's third word on: Title Case capitalises the headline's verb too
    ("Is Kim Jong-Un Really Opening a Restaurant" -> "Kim Jong-Un", "Elizabeth Warren Says" ->
    "Elizabeth Warren"; "Martin Luther King" keeps "King", which has no such ending)."""
    words = name.split()
    if len(words) < 3:
        return name
    lower = word_case.lowercase_words()
    for k in range(2, len(words)):
        w = words[k].lower()
        # a word in -s only when it is a verb of saying ("Says", "Denies"): "Banks" may end a name
        if w in lower and (w.endswith(("ly", "ing", "ed")) or w in lx.cue_verbs()):
            return " ".join(words[:k])
    return name


def _before_small_word(name: str) -> str:
    """A run of capitals up to a small word that Title Case capitalises: "The Obama White House"
    -> "Obama White House", "National Diversity Coalition For Trump" -> "National Diversity
    Coalition", "Candidates To Address Clean Energy" -> "Candidates"."""
    words = name.split()
    if words[0] in _TITLE_SMALL:
        words = words[1:]
    for k, w in enumerate(words):
        if w in _TITLE_SMALL:
            return " ".join(words[:k])
    return " ".join(words)


@dataclass
class Trace:
    """What a run of the discourse asked of the entities it held, to tell afterwards whether other
    entities, held before the run began and mentioned before anything it named, would have changed
    any answer (a body resolved once, then again after each of many headlines: pipeline.py).
    Every read of the held entities goes through `_find`, `_recent` or `_last`; the run's answers
    can change only if an older entity shares a name looked up (it would be found and updated),
    wins a query (see `_recent` and `_last`), or pushes the count past HELD_MAX (the trimming)."""

    names: set[str] = field(default_factory=set)
    # (pred, winner only with a capital): a query an older entity satisfying pred would have won
    # ("_last": none held satisfied it; "_recent": none did, or only ones without a capital)
    open_queries: list[tuple[Callable[[Entity], bool], bool]] = field(default_factory=list)
    most_held: int = 0

    def unaffected_by(self, older: list[Entity]) -> bool:
        """True when holding `older` (all mentioned before the run began) would have left every
        answer of the run the same."""
        if self.most_held + len(older) > HELD_MAX:
            return False
        for e in older:
            if e.name in self.names:
                return False
            capital = e.name[:1].isupper()
            for pred, capital_only in self.open_queries:
                if (capital or not capital_only) and pred(e):
                    return False
        return True


@dataclass
class Discourse:
    """What the article has named so far.

    `entities` are kept in the order of their `seq`, the last mentioned last (every mention takes
    a new, higher `seq`, so none is shared): the queries for the most recent entity of a kind walk
    back from the end and stop at the first that answers, instead of scanning all HELD_MAX held."""

    entities: list[Entity] = field(default_factory=list)
    seq: int = 0
    trace: Trace | None = field(default=None, repr=False, compare=False)
    opened: int = 0  # the first `seq` of the sentence being read (note_text)
    _introduction_read: bool = field(default=False, repr=False, compare=False)  # answerer's fallback
    # the held entities by name, for `_find` (asked for every name every sentence mentions); kept
    # in step with `entities`, which only `_touch` changes
    _by_name: dict[str, Entity] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.entities.sort(key=_SEQ)
        self._index()

    def _index(self) -> None:
        self._by_name = {}
        for e in self.entities:
            self._by_name.setdefault(e.name, e)  # the first of a name, as a scan of the list finds

    def _find(self, name: str) -> Entity | None:
        if self.trace is not None:
            self.trace.names.add(name)
        return self._by_name.get(name)

    def _touch(self, name: str, kind: str, gender: str | None = None, head: str | None = None,
               alias: str | None = None) -> None:
        self.seq += 1
        e = self._find(name)
        if e is None:
            e = Entity(name, kind, self.seq, gender)
            self.entities.append(e)
            self._by_name[name] = e
            if self.trace is not None:
                self.trace.most_held = max(self.trace.most_held, len(self.entities))
        else:
            self._to_end(e)
            if e.seq < self.opened:  # named or meant once more in this sentence counts once
                e.mentions += 1
            e.seq = self.seq
            if kind == "text_org" and e.kind == "named_person" and not e.gender:
                e.kind = "named_org"  # "a dairy, Brookvale Dairies," outweighs a guess from capitals
            elif not kind.startswith("text_") and not (e.kind in ("text_org", "named_org") and kind == "named_person"):
                e.kind = kind
            e.gender = e.gender or gender
        if head:
            e.heads.add(head)
            e.keys.add(head)
        if alias:
            e.aliases.add(alias)
        if len(self.entities) > HELD_MAX:
            del self.entities[:-HELD_KEEP]  # the oldest mentioned (the list is in `seq` order)
            self._index()

    def note_text(self, sentence: str, opens: bool = True) -> None:
        """Remember the people and organisations a sentence names; `opens`: the first call for its
        sentence (its first part is noted before its speakers are resolved, the whole after)."""
        if opens:
            self.opened = self.seq + 1
        for name, kind, gender, head in _names_in(sentence):
            self._touch(name, kind, gender, head=head)
        for name, age in _aged_names(sentence):
            e = self._find(name) or self._by_surname(name)
            if e is not None and e.kind in ("named_person", "text_person"):
                e.ages.add(age)
        for bare in _titled_surnames(sentence):
            # "Mr. Trump" in a sentence that does not quote him is still Trump spoken of: a later
            # "he" may be him, so he is the most recent person again (the one named in full
            # before; a surname no one was named by is left alone, as resolution would leave it)
            e = self._by_surname(bare)
            if e is not None:
                self._touch(e.name, e.kind)

    def add_group(self, members: list[str]) -> None:
        """Sources named together ("Sens. Lee, Patel and Reyes said"): a group named by its members."""
        name = ", ".join(members[:-1]) + " and " + members[-1]
        self._touch(name, "named_org")
        e = self._find(name)
        if e is not None:
            e.group = True

    def since(self, mark: int) -> list[Entity]:
        """The entities mentioned after `mark` (a value of `seq`), oldest first."""
        held = self.entities
        k = len(held)
        while k and held[k - 1].seq > mark:
            k -= 1
        return held[k:]

    def touch(self, e: Entity) -> None:
        """Make an entity the most recent again."""
        self.seq += 1
        self._to_end(e)
        e.seq = self.seq

    def _to_end(self, e: Entity) -> None:
        """`e` is about to be mentioned again (before its `seq` changes): it moves to the end of
        `entities`, if it is still held. Found by its `seq`, which the list is in order of."""
        held = self.entities
        k = bisect_left(held, e.seq, key=_SEQ)
        if k < len(held) - 1 and held[k] is e:
            del held[k]
            held.append(e)

    def add(self, name: str, kind: str, alias: str | None = None, titles: tuple[str, ...] = ()) -> None:
        """A source found; `titles` the nouns a later "the senator" may mean it by ("senator")."""
        gender = gender_of(name) if kind == "named_person" else None
        self._touch(name, kind, gender, alias=alias)
        for title in titles:
            self._touch(name, kind, gender, head=title)

    def _recent(self, pred) -> Entity | None:
        """The most recently mentioned entity that satisfies pred; named ones (with a capital)
        before bare nouns from headline-ese ("operator says")."""
        best = None  # the latest without a capital, until a named one is met
        for e in reversed(self.entities):
            if pred(e):
                if e.name[:1].isupper():
                    best = e
                    break
                if best is None:
                    best = e
        if self.trace is not None and (best is None or not best.name[:1].isupper()):
            self.trace.open_queries.append((pred, best is not None))
        return best

    def _last(self, pred) -> Entity | None:
        """The most recently mentioned entity that satisfies pred."""
        best = next(filter(pred, reversed(self.entities)), None)
        if self.trace is not None and best is None:
            self.trace.open_queries.append((pred, False))
        return best

    def answerer(self, label: str, text: str = "", at: int = 0) -> tuple[str, str]:
        """'A: ...' in an interview printed as questions and answers: the person answering. That
        is the person named last before the first answer (at `at` in `text`), and the same person
        at every later answer, whoever the questions and answers name in between. When no person
        is held (no given name the lexicon knows), the name the headline and introduction give
        (`introduced_name`); an interview names whom it is with, so when there is none either the
        label still stands for an identified person."""
        e = self._last(lambda e: label in e.aliases)
        if e is None:
            e = self._recent(lambda e: e.kind in ("named_person", "text_person") and e.name not in QUESTION_LABELS)
            if e is None and not self._introduction_read:
                self._introduction_read = True  # read once: the first answer ends the introduction
                name = introduced_name(text, at)
                if name is not None:
                    self._touch(name, "text_person", gender_of(name))
                    e = self._find(name)
            if e is None:
                return label, "named_person"
            e.aliases.add(label)
        return self._public(e)

    def interviewee(self) -> tuple[str, str] | None:
        """The person answering an interview printed as questions and answers (None if the
        article has no answers): whom a question's "you" means."""
        e = self._last(lambda e: e.name in ANSWER_LABELS or not e.aliases.isdisjoint(ANSWER_LABELS))
        return self._public(e) if e is not None else None

    def writer(self, mention: str) -> tuple[str, str]:
        """'I' outside any quotation: the writer of the piece, whom the byline names, never the
        person named last ("Mophie's pad ... I prefer"); 'we' the publication; in an interview
        printed as questions and answers, the person answering."""
        answering = self.interviewee()
        if answering is not None:
            return answering
        # "we" is the publication (../shared/eval/KINDS.md: the article itself is media)
        return mention, "media" if mention.lower() in _OUTLET_PRONOUNS else "named_person"

    @staticmethod
    def _public(e: Entity) -> tuple[str, str]:
        kind = {"text_person": "named_person", "text_org": "named_org"}.get(e.kind, e.kind)
        return e.name, kind

    def resolve(self, mention: str, kind: str, defined: bool = False) -> tuple[str, str]:
        """The source a mention stands for, and its kind. `defined`: a relative clause follows the
        mention with no comma ("the lawyer who filed the suit"), saying itself which one is meant,
        so a description is not taken for the person last named with its title."""
        low = straighten(mention.lower()).strip()
        low = possessive_pronouns().get(low, low)  # "his claim that": who "he" is
        pron = lx.pronouns().get(low)
        if pron == "reader":
            return low, "vague"  # the reader, or anyone ("You", "your"): never the person named last
        if pron == "person":
            want = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(low)
            e = self._recent(lambda e: e.kind in ("named_person", "text_person") and (
                want is None or e.gender in (None, want)) and _may_be_someone(e))
            # "a senior official said ... he added": an unnamed person spoken of last stays unnamed
            anon = self._last(lambda e: e.kind == "anonymous" and _singular_person(e.name))
            if anon is not None and (e is None or anon.seq > e.seq) and want is not None:
                return self._public(anon)
            if e is not None and e.gender is None and want is not None:
                e.gender = want  # "President Obama ..., he says": a later "she" is someone else
            return self._public(e) if e else (mention, "named_person")
        if pron == "group":
            # "they" stands for a group or body before a single person: "Two aides ... they said"
            # a single document speaks as "it": "they" after "a complaint" is the people before it
            # nor is "they" ever the reader addressed ("you")
            def plural(e: Entity) -> bool:
                single_document = e.kind == "document" and not _head(e.name).endswith("s")
                return not e.kind.startswith("text_") and not single_document and not reader_voice(e.name)
            e = self._last(plural)
            if e is not None and e.kind == "named_person":
                group = self._last(lambda e: plural(e) and e.kind != "named_person")
                e = group if group is not None and e.seq - group.seq <= 3 else e
            return self._public(e) if e else (mention, "vague")
        if pron == "thing":
            # (not people named together, a group: "It" is no "Ann Lee and Bo Tan")
            e = self._recent(lambda e: e.kind in ("named_org", "media", "document", "text_org") and not e.group)
            return self._public(e) if e else (mention, "named_org")
        if _GROUP_REF.fullmatch(low) and (" " not in low or not mention.split()[-1][:1].isupper()):
            # "the two", "both men", "the senators" right after sources named together (not a
            # people by its name: "The Europeans")
            e = self._last(lambda e: not e.kind.startswith("text_"))
            if e is not None and e.group:
                return self._public(e)
        if age_reference(mention):
            aged = _AGE_REF.fullmatch(low)
            return self._aged(mention, aged.group("age"), _AGE_NOUN_GENDERS.get(aged.group("noun") or ""))
        part = _PART_OF.fullmatch(low)
        if part is not None:
            # "one of the people said", "one of them said": a member of the unnamed group named
            # before ("two people familiar with the talks"), who stays as unnamed as it
            noun = part.group("noun")
            e = self._last(lambda e: e.kind in ("anonymous", "vague") and (
                _phrase_head(e.name) == noun if noun else _phrase_head(e.name).endswith(("s", "people", "men"))))
            if e is not None:
                return e.name, e.kind
        if kind == "named_person" and (epithet := _EPITHET_NAME.fullmatch(straighten(mention).strip())) is not None \
                and not any(_identifying(w) for w in epithet.group("words").split()):
            name = epithet.group("name")
            found = self.resolve(name, kind, defined)
            # someone named before, or a name a person has ("the homeless Samaritan Lin" is no
            # "Samaritan Lin" for later sentences to call Lin by)
            if found[0] != name or " " not in name or gender_of(name) is not None:
                return found
        bare = _DETERMINER.sub("", mention)
        known = self._find(bare)
        if known is not None and kind == "named_person" and (
                known.kind in ("text_org", "named_org") or not known.heads.isdisjoint(lx.org_words())):
            # introduced as an organisation earlier ("Orbis Testing, a private laboratory",
            # whose report was the source then)
            return known.name, "named_org"
        if low.startswith("the ") and not defined and (
                kind == "named_person" or kind == "anonymous" and "'s " not in straighten(mention)):
            # "the executive" after "chief executive Maria Okafor" is she, unless an unnamed one
            # was spoken of since ("a second accountant, who worked for the firm, said")
            e = self._titled(low, straighten(mention).strip())
            if e is not None:
                head = _head(mention)
                unnamed = self._last(lambda x: x.kind in ("anonymous", "vague") and head in x.keys)
                if unnamed is None or unnamed.seq < e.seq:
                    return self._public(e)
                return unnamed.name, unnamed.kind
        if low.startswith("the ") and not any(w[:1].isupper() for w in mention.split()[1:]):
            name, found = self._definite(mention, kind)
            # "the spokesman" of a body named before still is no one the reader can call by name
            return name, "anonymous" if kind == "anonymous" and found not in ("vague",) else found
        if low.startswith("the ") and kind in ("named_org", "media"):
            # "the South's spy agency" after "South Korea's spy agency"
            head = _head(mention)
            words = _content_words(low)
            # never a group ("Acme and the Freight Association"): its name holds a member's words, and
            # a member taken for the group would make the next group "Acme and Acme and ..."
            # nor a shorter part of the name ("Exchange Commission" in "the Securities and Exchange Commission")
            e = self._recent(lambda e: not e.group and _head(e.name) == head
                             and len(words & _content_words(e.name)) >= 2
                             and not ("and" in words and _content_words(e.name) < words))
            if e:
                return self._public(e)
        if _SURNAME.fullmatch(bare):
            e = self._by_surname(bare)
            if e:
                return self._public(e)
        elif (particled := _PARTICLED_SURNAME.fullmatch(bare)) is not None:
            # "De Blasio" after "Bill de Blasio", "Van Der Beek" after "James Van Der Beek"
            tail = " " + particled.group("surname").lower()
            e = self._recent(lambda e: e.kind in ("named_person", "text_person") and e.name != bare
                             and e.name.lower().endswith(tail))
            if e:
                return self._public(e)
        if kind == "named_person" and _NAME_PART_RX.fullmatch(bare):
            # "Patriot" after "Patriot Coal", "Peabody" after "Peabody Energy": a company called by
            # the first word of its name (a person's surname is the last, matched above)
            e = self._recent(lambda e: e.kind in ("named_org", "text_org") and not e.group
                             and e.name.partition(" ")[0] == bare
                             and e.name.rsplit(" ", 1)[-1].lower().rstrip(".") in _FIRST_WORD_NAMES)
            if e:
                return self._public(e)
        if _ACRONYM.fullmatch(bare):
            e = self._recent(lambda e: bare in e.aliases)
            if e:
                return self._public(e)
        return mention, kind

    def _aged(self, mention: str, age: str, gender: str | None) -> tuple[str, str]:
        """"The 22-year-old": the person last given that age ("Oliver Ilic, 22,", or an unnamed "a
        22-year-old man" who spoke), of the noun's gender if it has one; else the person last
        spoken of, as "he" or "she" would be (a story often gives the age only in this phrase:
        "..., said the 46-year-old" after "the Slovenia-born former model"); else someone of that
        age the story does not name. (An unnamed "a 22-year-old man was arrested" that said nothing
        is not held, so after a named speaker "the 22-year-old" is taken for that speaker.)"""
        words = (f"{age}-year-old", f"{age}-year")
        e = self._recent(lambda e: e.kind in ("named_person", "text_person", "anonymous") and (
            gender is None or e.gender in (None, gender)) and (
            age in e.ages or e.kind == "anonymous" and not e.keys.isdisjoint(words)))
        if e is None:
            e = self._recent(lambda e: e.kind in ("named_person", "text_person") and (
                gender is None or e.gender in (None, gender)) and _may_be_someone(e))
        return self._public(e) if e is not None else (mention, "anonymous")

    def _by_surname(self, bare: str) -> Entity | None:
        """The person named in full before whom a bare surname ("Cruz", "Mrs. Cruz") stands for."""
        surname = bare.split()[-1]
        return self._bearer(bare, lambda e: e.kind in ("named_person", "text_person") and e.name != bare
                            and e.name.split()[-1] == surname)

    def _bearer(self, bare: str, pred) -> Entity | None:
        """The person a bare surname ("Cruz", "Mrs. Cruz") stands for among those `pred` accepts:
        the last one named, unless two people of that surname were named in full and the other
        has been named or meant in at least twice as many sentences so far. A story keeps the
        bare surname for its own person ("Sen. Ted Cruz ... Cruz said ... his wife, Heidi Cruz
        ... Cruz said" is the senator) and tells a relative apart by a first name or a courtesy
        title, whose gender narrows the choice ("Mrs. Cruz"); a roundup's "Homeland Security
        Secretary Jeh Johnson says ... Johnson said", long after one "Gary Johnson", is the one
        just named. A mention that is no clean name ("someone like Mr. Clarke") is never weighed.
        """
        last = self._recent(pred)
        if last is None or not _FULL_NAME.fullmatch(last.name):
            return last
        if self.trace is not None:
            # an older person of that surname, held before this run, may be named more
            self.trace.open_queries.append((pred, False))
        held = [e for e in self.entities if pred(e)]
        if len(held) < 2:
            return last  # most surnames: one person of that name, no names to read
        named = [(e, p) for e in held if _FULL_NAME.fullmatch(e.name) and (p := _given_and_surname(e.name))]
        if len({p for _, p in named}) < 2:
            return last
        # from the courtesy title only: a surname may also be a given name ("Lee")
        gender = gender_of(bare.split()[0]) if " " in bare else None
        if gender is not None:
            named = [(e, p) for e, p in named if e.gender in (gender, None)] or named
        counts: dict[str, int] = {}
        for e, p in named:
            counts[p] = counts.get(p, 0) + e.mentions
        latest = {p: e for e, p in named}  # `entities` is in `seq` order: each person's latest form
        recent = max(latest.values(), key=_SEQ)
        most = max(latest, key=lambda p: (counts[p], latest[p].seq))
        # the story's own person outweighs one named last only when named at least twice as often
        return latest[most] if counts[most] >= 2 * counts[_given_and_surname(recent.name)] else recent

    def _titled(self, low: str, mention: str) -> Entity | None:
        """'the senator' after "Sen. Ann Lee", 'the former governor' after "former Gov. Bo Tan":
        the person last named with that title."""
        words = _lower_words(low)
        two = " ".join(words[-2:])
        said = two if len(words) > 2 and two in wordset("kind_titles") else words[-1]
        places = [w for w, c in zip(words[1:], mention.split()[1:]) if c[:1].isupper() and w != said]
        # the noun the title was kept as: "the chairwoman" after "Chairwoman Ann Lee" (kept as chairman)
        noun = title_noun(said) or said
        if places:
            # "the Ohio governor": only a governor named with "Ohio"
            wants = [f"{places[0]} {noun}"]
        else:
            wants = [f"former {noun}"] if "former" in words else []
            wants.append(noun)
        for want in wants:
            e = self._recent(lambda e, want=want: e.kind in ("named_person", "text_person") and want in e.heads)
            if e is not None:
                return e
        return None

    def _definite(self, mention: str, kind: str) -> tuple[str, str]:
        """'the agency', 'the company', 'the ministry': the last named body it can stand for.
        A description with a possessive ("the prime minister's spokesman") is a source of its own."""
        if "'s " in straighten(mention):
            return mention, kind
        head = _head(mention)
        e = self._recent(lambda e: head in e.keys and not e.group and e.kind != "named_person"
                         and not e.kind.startswith("text_person"))
        if e:
            return self._public(e)
        names = _outlet_names(_lower_words(mention))
        if names is not None:
            # "the newspaper", "the network", "the news organization": the outlet named last
            e = self._recent(lambda e: e.kind == "media" and _proper(e.name) and not e.group
                             and (not names or _outlet_of(e.name, names)))
            if e:
                return self._public(e)
        if head in _COMPANY_WORDS:
            # a company word means a company: "a spokesman for the firm" after "the council said"
            # is not the council's, so no other named body stands in for it
            other_bodies = lx.org_words() - _COMPANY_WORDS - _COMPANY_NAME_WORDS
            countries = wordset("kind_countries")  # "China said ... The company said"
            # (never people named together: "Lee and Tan said ... The company said")
            e = self._recent(lambda e: e.kind in ("text_org", "named_org") and _proper(e.name) and not e.group and
                             other_bodies.isdisjoint(w.strip(".,") for w in _lower_words(e.name))
                             and e.name.lower().removeprefix("the ") not in countries)
            return self._public(e) if e else (mention, kind)
        if head in lx.org_words():
            e = self._recent(lambda e: e.kind == "named_org" and _proper(e.name) and not e.group)
            if e:
                return self._public(e)
        return mention, kind
