"""The kind of source a mention names, decided by its head noun.

A source phrase is read the way an editor reads it: find the head (the noun the phrase is
about, before any "of"/"at"/"to" tail or relative clause), then ask what the head is.

- "SEIU officials", "a Coca-Cola spokesman", "Trump aides": the head is a role noun for people
  the reporter does not name, so the source is anonymous; the name in front only says whose.
- "campaign chairman John Podesta", "Hospital spokeswoman Ann Lee": the head is a name after a
  title, so a named person.
- "Orbital Aerospace", "the SEIU", "China": a named organisation.
- "critics", "many Republicans", "environmental groups", "polls": collectives and opinion, vague;
  but counted people ("three experts", "experts I interviewed") are anonymous.
- An anonymity marker in the phrase or in the clause after it ("familiar with", "who spoke on
  condition of anonymity", "not authorized to") makes any unnamed head anonymous.

Word lists are lexicon files (kind_*.txt); the outlet, document and organisation words are the
same ones the cue rules use.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck import lexicon
from factcheck.attribution import lexicons as lx
from factcheck.attribution.names import gender_of
from factcheck.textnorm import straighten
from factcheck.tokens import acronym_homographs, tokenize

KINDS = ("named_person", "named_org", "anonymous", "vague", "document", "media")
# who the reader cannot call: the kinds a flag names and a headline may only credit as "sources"
UNNAMED_KINDS = frozenset({"anonymous", "vague"})
# the words between an office and its place: "ambassador to", "envoy for", "governor of"
_OFFICE_LINKS = ("to", "for", "of", "in", "at")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]{1,9}s?")
_INITIALS = re.compile(r"(?:\w\.)+")
_NUMERAL = re.compile(r"[\d.,]+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# a nickname quoted between a person's names ('Ann "Kit" Okafor'): not a word of the name's kind
_NICKNAME = re.compile(r"""(?<=[A-Za-z.]) (["'])[A-Z][^"'\s]*(?: [^"'\s]+)?\1 (?=[A-Z])""")


@cache
def _words(name: str) -> frozenset[str]:
    return lexicon.wordset(name)


@cache
def _determiners() -> frozenset[str]:
    return _words("determiners") | _words("kind_determiners")


@cache
def partitives() -> frozenset[str]:
    """Words that count the people after "of" ("one of the advisers", "a handful of donors")."""
    return _words("partitives") | _words("kind_partitives")


@cache
def _shares() -> frozenset[str]:
    return _words("shares") | _words("kind_shares")


@cache
def org_name_words() -> frozenset[str]:
    """Words that make a capitalised name a body's ("Acme Rail", "Sierra Club", "Audit Office")."""
    return lx.org_words() | _words("kind_org_name_words")


def singular(plural: str) -> str:
    """'companies' -> 'company', 'insurers' -> 'insurer': the singular of a plural in -s."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def is_body_plural(word: str) -> bool:
    """'companies', 'insurers', 'groups': a plural noun for bodies, not people."""
    return singular(word) in lx.org_words()


def _cardinals() -> frozenset[str]:
    return _words("cardinals")


@cache
def _share_rx() -> re.Pattern[str]:
    # "eight of 10 voters", "one in five": a share of people
    counts = "|".join(lexicon.words("cardinals"))
    return re.compile(rf"\b(?:\d+|{counts}) (?:in|of|out of) (?:\d+|ten|five|four|three)\b")


@cache
def _clause_open() -> re.Pattern[str]:
    return re.compile(r"\s*,?\s*(?:" + "|".join(lexicon.words("kind_clause_openers")) + r")\b", re.I)


@cache
def _markers() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{rx})" for rx in lexicon.words("kind_markers")) + r")\b", re.I)


@cache
def _counted() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(e.split()) for e in lexicon.words("kind_counted"))


@cache
def _counts() -> str:
    counts = sorted({*lexicon.words("kind_counted"), *lexicon.words("cardinals")}, key=len, reverse=True)
    return r"(?:\d+|" + "|".join(map(re.escape, counts)) + r")"


@cache
def _count_before() -> re.Pattern[str]:
    return re.compile(r"(?:\b(?:the|these|those|all|about|some) )?" + _counts() + r"(?: (?:other|more))? $", re.I)


@cache
def _count_first() -> re.Pattern[str]:
    return re.compile(_counts() + r"\b", re.I)


def opens_with_count(phrase: str) -> bool:
    """'several analysts', 'Three experts': the phrase starts with a count of people."""
    return _count_first().match(phrase) is not None


def counted_start(text: str, start: int, a: int) -> int:
    """Where a phrase found from its head ("experts said") really starts when a count stands
    before it ("three experts", "a number of economists"): counted people are ones the reporter
    talked to, not a collective. `a` itself when no count is there."""
    m = _count_before().search(text, max(start, a - 24), a)
    if m is None or text[max(start, m.start() - 3):m.start()].lower() in ("of ", "in "):
        return a  # "four out of 10 voters", "one in five people": a share, read whole elsewhere
    return m.start()


def is_role_noun(w: str) -> bool:
    """A noun for someone by what they do: reporter, governor, economist, resident, trustee (not
    a moment, a statement)."""
    return w.endswith(lexicon.words("kind_role_suffixes")) and len(w) > 4 \
        and (not w.endswith(lexicon.words("kind_nonrole_suffixes")) or w in _words("kind_role_collectives")) \
        and w not in _words("kind_nonrole_words")


def names_a_source(w: str) -> bool:
    """A noun for people, a body, a text or an outlet ('officials', 'congressmen', 'company',
    'report', 'newspaper'): the head of a phrase that may be a source."""
    return w in lx.source_nouns() or is_role_noun(w) or w.endswith("men") or w in lx.org_words() \
        or w in lx.document_nouns() or w in lx.media()[1]


def is_member_noun(w: str) -> bool:
    """A noun for a member of a party, camp or gathering: democrat, conservative, delegate."""
    return w in _words("kind_member_nouns")


# Pure functions of their words, asked again and again ("he", "officials", "the ministry" in
# every article, each word of a mention several times): worked out once per distinct input.
@lru_cache(maxsize=65536)
def _norm(w: str) -> str:
    if w.isupper() and w.lower() in acronym_homographs():
        return ".".join(w.lower())  # "the WHO": initials, not the pronoun (a shouted mention is re-cased first)
    w = straighten(w).lower()
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'"):
        w = w[:-1]
    return w.rstrip(".") if not _INITIALS.fullmatch(w) else w


def _cap(w: str) -> bool:
    return w[:1].isupper()


def clause_after(text: str, start: int, end: int) -> str:
    """The relative clause or apposition right after a mention (up to `end`), where a reporter
    says why a source is not named: "a spokesman, who asked not to be named,"; else ''."""
    return text[start:end] if _clause_open().match(text, start, end) else ""


def has_anonymity_marker(text: str) -> bool:
    """'familiar with the talks', 'who spoke on condition of anonymity', 'I interviewed'."""
    return bool(text) and _markers().search(straighten(text)) is not None


def _core(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(words before the head phrase's end, the words of the phrase up to its head)."""
    words = [t for t in tokens]
    lead: list[str] = []
    # partitives: "one of Mr. Obama's advisers", "a number of experts", "some of the officials"
    while True:
        low = [_norm(w) for w in words]
        k = next((n for n, w in enumerate(low[:5]) if w == "of"), None)
        if k is None or k == 0 or k + 1 >= len(words) or not all(
                w in partitives() or w in _determiners() or w in _words("kind_partitive_modifiers")
                for w in low[:k]) or low[k - 1] not in partitives():
            break
        lead += words[:k + 1]
        words = words[k + 1:]
    core: list[str] = []
    for n, w in enumerate(words):
        low = _norm(w)
        if w == ",":
            break
        if n > 0 and low in _words("kind_phrase_end_adjectives") and n + 1 < len(words) \
                and _norm(words[n + 1]) not in _words("kind_phrase_ends"):
            core.append(w)  # "a close aide": the adjective before its noun
            continue
        if n > 0 and low in _words("kind_phrase_ends"):
            # "of" inside a name ("Bank of America", "Secretary of State John Kerry") stays
            # but "Mr. Morgan of the Sierra Club" is a person of a body
            # and so is "Ann Lee of the Sierra Club": a given name before "of" makes a person
            person = _norm(words[n - 1]) not in _words("kind_titles") and (any(
                _norm(x) in _words("kind_personal_titles") for x in core) or _person_name(core))
            if low in ("of", "for", "on") and _proper(words, n - 1) and n + 1 < len(words) and not person and (
                    _cap(words[n + 1]) or _norm(words[n + 1]) == "the" and n + 2 < len(words)
                    and _cap(words[n + 2])):
                core.append(w)
                continue
            if low == "by" and len(core) > 1 and past_participle(_norm(core[-1])):
                core.pop()  # "a man arrested by police", "emails obtained by the AP": the head is before it
            break
        core.append(w)
    return lead, core


def past_participle(low: str) -> bool:
    """'published', 'arrested', 'held': a past participle (a lower-case word)."""
    return low.endswith("ed") and len(low) > 4 or low in lx.irregular_past()


def _person_name(words: list[str]) -> bool:
    """'Ann Lee', 'Jeffrey T. Lewis': capitalised words with a given name, none a body's word."""
    orgs = org_name_words()
    return len(words) >= 2 and all(_cap(w) for w in words) and gender_of(" ".join(words)) is not None \
        and not any(_norm(w) in orgs for w in words)


def _split_title(core: list[str]) -> list[str] | None:
    """'White House press secretary Josh Earnest' -> ['Josh', 'Earnest']: the name after the
    last title, when one or more capitalised words follow it."""
    titles = _words("kind_titles")
    low = [_norm(w) for w in core]
    for n in range(len(core) - 2, -1, -1):
        two = " ".join(low[n:n + 2])
        if low[n] in titles or two in titles:
            k = n + 2 if two in titles and n + 1 < len(core) - 1 and two not in ("vice president",) else n + 1
            if two in titles:
                k = n + 2
            name = core[k:]
            if name and all(_cap(w) or _norm(w) in _words("kind_name_particles")
                            for w in name) and _cap(name[-1]):
                return name
            return None
        if not _cap(core[n]) and (is_role_noun(low[n]) or low[n] in lx.source_nouns()) \
                and any(w in org_name_words() for w in low[:n]):
            # "the University of Tarnwell biochemist Soraya Okafor": a body's words, a role in lower
            # case, then a full name: the body names no one ("MSNBC host Ann Lee" stays an outlet's)
            name = core[n + 1:]
            if len(name) >= 2 and all(_cap(w) for w in name) and _name_kind(name) == "named_person":
                return name
    return None


@cache
def _title_nouns() -> dict[str, str]:
    return dict(e.split("\t") for e in lexicon.words("kind_title_nouns"))


def title_noun(word: str) -> str | None:
    """The noun a later description uses for someone given this title before their name:
    'Sen.' -> 'senator', 'Gov.' -> 'governor', 'chairwoman' -> 'chairman', 'mayor' -> 'mayor';
    None for a word that is no title ('Mr.', 'campaign')."""
    low = _norm(word)
    if low in _words("kind_personal_titles") and low not in _title_nouns():
        return None  # "Mr.", "Ms.": no office
    if low in _title_nouns():
        return _title_nouns()[low]
    return low if low in _words("kind_titles") else None


@lru_cache(maxsize=65536)  # a pure function of the mention; resolution asks it of every named speaker
def titles_of(mention: str) -> tuple[str, ...]:
    """The titles a mention gives the person it names, as description nouns: "campaign chairman
    John Podesta" -> ('chairman',), "former Sen. Ann Lee" -> ('senator', 'former senator');
    () when it names no one after a title."""
    tokens = [t.text for t in tokenize(straighten(mention)) if t.is_word]
    name = _split_title(tokens) if tokens and _proper(tokens, -1) else None
    if not name:
        return _role_before(tokens)
    before = tokens[:len(tokens) - len(name)]
    # "Vice President Joe Biden" is "the vice president", never "the president"
    noun = title_noun(" ".join(before[-2:])) if len(before) >= 2 else None
    if noun is None and before:
        noun = title_noun(before[-1])
    if noun is None:
        return ()
    out = [noun]
    if any(_norm(w) in ("former", "ex") for w in before):
        out.append(f"former {noun}")
    # "Ohio Gov. Bo Tan" is "the Ohio governor", and "the Ohio governor" no other governor
    out += [f"{_norm(w)} {noun}" for w in before[:-1] if _cap(w) and _norm(w) not in _title_nouns()
            and title_noun(w) is None]
    return tuple(out)


def _role_before(tokens: list[str]) -> tuple[str, ...]:
    """"Welsh actor Christian Bale", "veteran striker Sam Doyle": no title, but the noun for what
    the person does, in lower case right before their full name, is what "the actor" means later."""
    k = len(tokens)
    while k and _cap(tokens[k - 1]):
        k -= 1
    if k == 0 and len(tokens) >= 3:
        k = 1  # "Prosecutor Ann Lee": the role opens the sentence, capitalised
    name = tokens[k:]
    if k == 0 or len(name) < 2 or _name_kind(name) != "named_person":
        return ()
    noun = _norm(tokens[k - 1])
    if not one_by_role(noun) or noun in lx.np_stop():
        return ()
    return (noun,)


def one_by_role(noun: str) -> bool:
    """A noun for one person by what they do: 'actor', 'striker', 'witness', and the -ess words for
    people source_nouns.txt lists ('actress', 'waitress': the role suffixes cannot, "business" and
    "address" end so too); not a plural ('actors')."""
    person = is_role_noun(noun) or noun.endswith("ess") and noun in lx.source_nouns()
    return person and not _plural_s(noun)


def _plural_s(noun: str) -> bool:
    """Does the noun end in a plural's s? ("witness", "boss", "actress": a double s ends a singular)"""
    return noun.endswith("s") and not noun.endswith("ss")


def _name_kind(name: list[str]) -> str:
    """A capitalised name: an organisation, outlet or person."""
    low = [_norm(w) for w in name]
    joined = " ".join(low)
    outlets, _ = lx.media()
    if joined in outlets or joined.removeprefix("the ") in outlets:
        return "media"
    orgs = org_name_words()
    # "College Student", "White House Doctor": one person, whatever body's word modifies them
    # (not "Office of the Inspector General", "Senate Democrats", "the Daily Caller")
    person_head = len(low) > 1 and low[0] != "the" and "of" not in low and not low[-1].endswith("s") \
        and (is_role_noun(low[-1]) or low[-1] in lx.source_nouns()) and low[-1] not in orgs
    initials = _words("kind_org_initials")
    # "UN" makes a body's name, "Kim Jong Un" does not (kind_org_initials)
    if (any(w in orgs and (w not in initials or n.isupper()) for w, n in zip(low, name))
            or joined in lx.org_words()) and not person_head \
            or joined.removeprefix("the ").removesuffix("'s") in _words("kind_org_names"):
        return "named_org"  # "the Okafor Group", "Hamas", "Nasa's": a body by its word or its known name
    if is_place(joined):
        return "named_org"  # "France said", "Virginia says": the country's or state's government
    if joined in _words("kind_capitals") and gender_of(" ".join(name)) is None:
        return "named_org"  # "Moscow said", "Beijing has accused": the capital's government
    last = straighten(name[-1])
    if _ACRONYM.fullmatch(last.removesuffix("'s")) and not (len(name) > 1 and _cap(name[0]) and len(last) <= 3) \
            and low[-1].removesuffix("'s") not in _words("kind_titles"):  # "the CFO" is a person
        return "named_org"  # "the SEIU", "the S.E.C.", "NATO"
    if low[0] == "the" and len(name) > 1 and not any(w in _words("kind_titles") for w in low):
        return "named_org"  # "the Trump empire", "the Sierra Club": a person takes no article
    if low[-1] == "state" and not any(w in _words("kind_titles") for w in low):
        return "named_org"  # "Islamic State", "Penn State", "State" (the department); not "Secretary of State"
    if any(c.isdigit() for c in low[-1]):
        return "named_org"  # "EB-5", "G-7", "Apollo 11": a programme's or group's name holds figures, a person's none
    return "named_person"


def is_place(name: str) -> bool:
    """A country, or a state or province ("France", "the Netherlands", "West Virginia"), whatever
    given name it holds ("Virginia", "Georgia"): a place, never a person."""
    low = " ".join(_norm(w) for w in name.split()).removeprefix("the ")
    return low in _words("kind_countries") or low in _words("places_states")


def _counts_people(low: list[str]) -> bool:
    """'three experts', 'several analysts', 'a number of economists'."""
    for entry in _counted():
        n = len(entry)
        for i in range(0, max(1, len(low) - n + 1)):
            if tuple(low[i:i + n]) == entry:
                return True
    return False


# "officials in the ministry", "some on Twitter": prepositions that tie people to a place or body,
# and the quantifiers that stand for people before them (mentions.np_forward reads the same lists)
PEOPLE_PLACE_LINKS = lexicon.rule_words("mentions", "people_place_links", "attribution_rules")
PLACE_QUANTIFIERS = lexicon.rule_words("mentions", "place_quantifiers", "attribution_rules")
_SPECIFIC_QUANTIFIERS = lexicon.rule_words("mentions", "specific_quantifiers", "attribution_rules")
# prepositions that end a phrase's head: "the charge against Okafor" is a charge, not Okafor
NP_BREAKS = lexicon.rule_words("mentions", "np_breaks", "attribution_rules")
WEEKDAYS = lexicon.rule_words("mentions", "weekdays", "attribution_rules")
COMPANY_SUFFIXES = lexicon.rule_words("mentions", "company_suffixes", "attribution_rules")


_SITE = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.[A-Za-z]{2,6}")
_PRONOUN_KINDS = {"person": "named_person", "group": "named_org", "thing": "named_org", "reader": "vague"}


@lru_cache(maxsize=65536)
def classify(mention: str, after: str = "") -> str:
    """named_person | named_org | anonymous | vague | document | media, before resolution.

    `after` is the text between the mention and its cue, or the clause after an inverted
    mention ("said a spokesman, who asked not to be named"): where anonymity is often stated."""
    text = _NICKNAME.sub(" ", straighten(mention).strip())
    if text.isupper() and " " in text and any(sum(c.isalpha() for c in w) > 3 for w in text.split()) \
            and not text.title().isupper():
        # "RICH JOHNSTON", "IRAQI HEALTH OFFICIAL": a shouted headline's words, not acronyms ("A U.S.")
        return classify(text.title(), after)
    low_text = text.lower()
    tokens = [t.text for t in tokenize(text) if t.is_word or t.text == ","]  # commas part names
    words = [_norm(t) for t in tokens if t != ","]
    if not words:
        return "vague"
    if len(tokens) >= 2 and words[-1] in WEEKDAYS and not _cap(tokens[-2]):
        # "a poll out Monday", "a report Monday": the day it came, no name
        return classify(text[:text.rfind(tokens[-1])].rstrip(), after)
    if len(tokens) >= 3 and tokens[-2] == "," and words[-1] in COMPANY_SUFFIXES and _cap(tokens[-1]) \
            and _cap(tokens[-3]):
        return "named_org"  # "Harbourco, Inc.": a company by its legal form
    if low_text in lx.pronouns():
        return _PRONOUN_KINDS[lx.pronouns()[low_text]]
    if all(w in _determiners() or w in _cardinals() or w in _words("kind_bare_counts")
           for w in words):
        if words[-1] in _cardinals() and words[0] in ("the", *_cardinals()) or words == ["both"]:
            return "named_person"  # "(The) two said", "Both told": people named before, like a pronoun
        return "vague"  # "Several said", "Some argue": a count of people, no one named
    if len(words) > 2 and words[0] in PLACE_QUANTIFIERS and words[1] in PEOPLE_PLACE_LINKS:
        # "some on Twitter", "many in the party": part of a collective, as "some Republicans" is;
        # "several in the administration", "those in the room": particular people, unnamed
        return "anonymous" if words[0] in _SPECIFIC_QUANTIFIERS else "vague"
    cut = next((n for n, t in enumerate(tokens[1:], 1) if t in NP_BREAKS), None)
    if cut is not None and tokens[cut - 1] != ",":
        # "the charge against Okafor", "support among farmers", "officials across the region":
        # what the phrase's head before the preposition is; a head with no name in it that no
        # word marks as people is a thing, which names no one
        head = classify(" ".join(tokens[:cut]), after)
        named = any(_cap(t) for t in tokens[1:cut]) or _cap(tokens[0]) and _norm(tokens[0]) not in _determiners()
        return head if head != "named_person" or named else "vague"
    if len(words) > 2 and words[1] == "like" and words[0] in _words("kind_anonymous_heads") and _cap(tokens[2]):
        return classify(" ".join(tokens[2:]), after)  # "someone like Mr. Clarke": the person named
    marked = has_anonymity_marker(text + after)
    if lx.anonymous().fullmatch(low_text):
        return "anonymous"
    if lx.vague().fullmatch(low_text):
        return "vague"
    outlets, media_nouns = lx.media()
    bare = _ARTICLE.sub("", low_text)
    if (bare in outlets or low_text in outlets) and not _lowercase_masthead(tokens):
        return "media"
    if _SITE.fullmatch(text) and text.rsplit(".", 1)[-1].lower() in _words("kind_site_suffixes"):
        # "Boston.com", "GunBroker.com": a site by its address speaks for whoever runs it, a body
        # (a news site among them: the address alone does not say which)
        return "named_org"
    known = bare.removesuffix("'s")
    if text != low_text and (known in _words("kind_org_names") or known in _words("kind_company_names")):
        # "Apple said", "Audi's new model", "al-Shabab", "eBay": a known body named alone, with no
        # title ("Fiona Apple", "Sen. Tesla" are people)
        return "named_org"
    if len(words) == 5 and words[0] == "the" and words[2] == "and" and _cap(tokens[1]) and _cap(tokens[3]) \
            and is_body_plural(words[4]):
        return "named_org"  # "the Sanders and Clinton campaigns": two named bodies sharing one plural head
    joined = _coordinated_unnamed(tokens, after)
    if joined is not None:
        return joined
    lead, core = _core(tokens)
    if not core:
        return "vague"
    if _named_after_office(core, tokens[len(lead) + len(core):]):
        return "named_person"  # "Ruritania's ambassador to the US Ann Okafor": the office, then its holder's name
    core_low = [_norm(w) for w in core]
    head = core_low[-1]
    rest = tokens[len(lead) + len(core):]
    if head in lx.document_nouns() and len(rest) > 1 and _norm(rest[0]) == "by" and any(_cap(t) for t in rest[1:4]):
        # "Estimates by the Tarnwell Institute": a text whose maker is named ("reports from Iraq"
        # names where they come from, which may be no maker)
        return "document"
    first = core_low[0]
    tail2 = " ".join(core_low[-2:])
    lead_low = [_norm(w) for w in lead] + core_low[:-1]
    shares = [_norm(w) for w in lead] + [head]
    if _share_rx().search(low_text) or any(w in _shares() for w in shares) or any(
            _NUMERAL.fullmatch(w) for w in lead_low + [head]):
        return "vague"  # "46 percent", "a majority of voters", "eight of 10 voters": a share of people
    if _and_joined(core):
        return "named_org"  # "Mr. Grassley and Mr. Leahy", "France and Germany": a group named by its members
    if _proper(core, -1) and _outlet_named(core, core_low, media_nouns):
        return "media"  # "US website TMZ", "the newspaper Le Monde": an outlet, named after what it is
    if _proper(core, -1):
        name = _split_title(core)
        if name is not None:
            kind = _name_kind(name)
            # "Ms. Jordan", "Mr. London": after a title a place's name is a surname
            placed = is_place(" ".join(name)) or " ".join(_norm(w) for w in name) in _words("kind_capitals")
            return "named_person" if kind == "named_org" and placed else kind
        start = next((n for n, w in enumerate(core) if _proper(core, n)), 0)
        if start > 0 and core_low[start - 1] == "the":
            start -= 1
        run = core[start:]
        kind = _edge_media(core_low) or _masthead(run) or _name_kind(run)
        if kind == "named_person" and start > 0 and core_low[start - 1] in lx.org_words() \
                and not _cap(core[start - 1]) and gender_of(" ".join(run)) is None:
            kind = "named_org"  # "the company Acme", "the airline Emirates": a body's noun, then its name
        if kind == "named_person" and head in lx.document_nouns() and gender_of(" ".join(run)) is None:
            return "document"  # "ISIS Video Shows ...", "New Report:", "DNA Results": a Title Case document
        if kind == "named_person" and (head in media_nouns or tail2 in media_nouns) and len(run) > 1 \
                and gender_of(" ".join(run)) is None:
            return "media"  # "Chinese State Media", "Kurdish Media": a Title Case kind of outlet
        if kind == "named_person" and first in _INDEFINITE and not head.endswith("s") and _member(run, head):
            return "anonymous"  # "one New Hampshire Democrat", "a Texas Republican": one of them, not named
        if kind == "named_person" and " ".join(_norm(w) for w in run) in _words("kind_peoples") and not marked \
                and all(w in _words("kind_quantifiers") for w in lead_low[:len(lead_low) - len(run) + 1]):
            return "vague"  # "Americans believe", "Hispanics favour": a people or a faith as a whole
        if kind == "named_person" and len(run) == 1 and head.endswith("s") and not marked and any(
                w in _words("kind_quantifiers") for w in lead_low[:2]):
            return "vague"  # "many African-Americans", "some Texans": part of a people, no one named
        if kind != "named_person" or not (head in _words("kind_vague_heads") or head in _words("kind_anonymous_heads")):
            return kind
        # "Democrats", "Senate Republicans": a collective written with a capital; read on
    # "Post" with its capital is the paper's shortened name (kind_capital_only_media); "the post" a text
    masthead = head in _words("kind_capital_only_media") and _cap(core[-1])
    if (head in lx.document_nouns() or tail2 in lx.document_nouns()) and not masthead:
        if head in _words("kind_vague_heads") and first not in _determiners() and not _proper(core, 0):
            return "vague"  # "polls show", "studies suggest": no poll named
        return "document"
    if tail2 in media_nouns or (head in media_nouns or _edge_media(core_low)) and not _lowercase_masthead(core) \
            or head in _words("kind_media_plurals") or tail2 in _words("kind_media_plurals"):
        return "media"
    counted = _counts_people(lead_low) or (marked and head not in lx.org_words())
    quantified = any(w in _words("kind_quantifiers") for w in lead_low[:2])
    definite_count = len(lead_low) >= 1 and (lead_low[0] == "both" or lead_low[0] == "the" and len(lead_low) > 1
                                               and lead_low[1] in _cardinals())
    if head in _words("kind_anonymous_heads") and not definite_count:
        rest = [_norm(t) for t in tokens[len(lead) + len(core):]]
        if head.endswith("s") and len(rest) >= 2 and rest[0] in _SPREAD_LINKS and rest[1] in _SPREAD:
            return "vague"  # "officials from both parties", "of all stripes": a spread, no particular people
        return "anonymous"
    if head in lx.org_words() or head in _words("kind_org_name_words"):
        return "named_org"  # "the agency", "his company", "the union"
    plural = _plural_s(head) or head.endswith("men") or head.endswith("people")
    if definite_count and plural:
        return "named_org"  # "the two men", "both senators": people named before
    if plural and not quantified and is_body_plural(head) and _relative_after(tokens, len(lead) + len(core)):
        return "anonymous"  # "insurers that had covered the mine": particular bodies, not named
    if head in _words("kind_vague_heads"):
        if counted or (first in ("the", "these", "those") and not quantified and plural
                       and head not in _words("kind_open_collectives")):
            return "anonymous"  # "three experts", "the experts" the reporter spoke to
        return "vague"
    people = head in lx.source_nouns() or is_role_noun(head) or head.endswith("men") or head.endswith("people") \
        or is_member_noun(head)
    if people and not plural and first not in _determiners() and _office_of_place(tokens, len(lead) + len(core)) \
            and head in _words("kind_titles") and head not in _words("kind_anonymous_heads"):
        return "named_person"  # "Senator from Texas says": the holder of an office, whom the story names
    if people and not plural and not marked and _holder_of_place_office(tokens[len(lead):len(lead) + len(core)]):
        return "named_person"  # "Ohio governor vetoes bill", "French president says": the office's one holder
    if people:
        if marked or counted:
            return "anonymous"
        if plural and (not lead_low or quantified or lead_low[0] not in ("the", "these", "those")):
            return "vague"  # "Delegates", "many lawmakers": a group, no one in particular
        if not plural and (first in ("a", "an", "one", "another") or first not in _determiners()):
            return "anonymous"  # "a campaign aide", "senior aide says": a role, no name
        return "named_person"  # "the senator": someone named before (resolution finds whom)
    if marked:
        return "anonymous"
    return "vague" if plural and not _proper(core, 0) else "named_person"


def _coordinated_unnamed(tokens: list[str], after: str) -> str | None:
    """'Regulators and environmental groups': two unnamed groups joined by 'and' are anonymous
    when either is (the reporter's particular people), vague when both are collectives; None
    when a side is named ("Mr. Lee and his aides") or there is no such 'and'."""
    low = [_norm(t) for t in tokens]
    if low.count("and") != 1 or "," in tokens:
        return None
    k = low.index("and")
    if k == 0 or k == len(tokens) - 1 or any(w in _words("kind_phrase_ends") for w in low[:k]):
        return None
    sides = (classify(" ".join(tokens[:k]), after), classify(" ".join(tokens[k + 1:]), after))
    if not all(kind in UNNAMED_KINDS for kind in sides):
        return None
    return "anonymous" if "anonymous" in sides else "vague"


def _relative_after(tokens: list[str], k: int) -> bool:
    """The phrase goes on from its head with a relative clause: '... that had insured'."""
    return k < len(tokens) and _norm(tokens[k]) in ("that", "who", "which")


_COMMON = ("kind_vague_heads", "kind_anonymous_heads")
_SPREAD_LINKS = ("from", "of", "on", "in", "across")
_SPREAD = ("both", "all", "either")
_INDEFINITE = ("a", "an", "one", "another")


def _member(run: list[str], head: str) -> bool:
    """'Democrat', 'Canadian', 'Texan': a capitalised noun for a member of a party or a
    people, which an indefinite article makes one unnamed member ("a Texas Republican said"),
    never a name with a title ("a Mr. Lee")."""
    if any(_norm(w) in _words("kind_personal_titles") for w in run):
        return False
    if is_member_noun(head):
        return True
    # "another homeowner Andrei Kazarian": two capitalised words or a given name make a name
    return len(run) == 1 and head.endswith(lexicon.words("kind_demonym_suffixes")) and not gender_of(run[0])


def place_adjective(word: str) -> bool:
    """'French', 'Turkish', 'Japanese' (lower case): an adjective of a place that stands for no
    person without "the" or "a" before it."""
    return word in _words("kind_place_adjectives") or word.endswith(("ish", "ese"))


def _holder_of_place_office(core: list[str]) -> bool:
    """'South Dakota governor', 'French president', 'UK prime minister': a place's name or
    adjective, every word capitalised, then an office the place has one holder of; no article."""
    low = [_norm(w) for w in core]
    for n in (2, 1):
        if len(low) > n and " ".join(low[-n:]) in _words("kind_place_offices"):
            place = core[:-n]
            if not all(_cap(w) for w in place) or any(_norm(w) in _determiners() for w in place):
                return False
            joined = " ".join(place)
            adjective = len(place) == 1 and not gender_of(joined) and (
                low[0] in _words("kind_place_adjectives")
                or low[0].endswith((*lexicon.words("kind_demonym_suffixes"), "ish")))
            return is_place(joined) or adjective or (len(place) == 1 and _ACRONYM.fullmatch(joined) is not None)
    return False


def _named_after_office(core: list[str], rest: list[str]) -> bool:
    """'ambassador' + 'to the US Ann Okafor', 'envoy' + 'to Syria Jack Hallam': a title
    whose office is of a place (or a body by its initials, "to the UN"), then the holder's full
    name, closing the mention. A name straight after the preposition is someone else's ("a
    spokesman for Ann Lee"), so the place must come first."""
    if len(rest) < 4 or _norm(core[-1]) not in _words("kind_titles") or _norm(rest[0]) not in _OFFICE_LINKS:
        return False
    k = 2 if _norm(rest[1]) == "the" else 1
    for m in range(k + 1, len(rest) - 1):
        place = rest[k:m]
        country = is_place(" ".join(place))
        if country or len(place) == 1 and _ACRONYM.fullmatch(place[0]) is not None:
            name = rest[m:]
            # after a body's initials, a given name must say it is a person ("director for TWU Life
            # Sciences" is the body's name going on)
            return len(name) >= 2 and all(_cap(w) or _norm(w) in _words("kind_name_particles") for w in name) \
                and _cap(name[-1]) and _name_kind(name) == "named_person" \
                and (country or gender_of(" ".join(name)) is not None)
    return False


def _office_of_place(tokens: list[str], k: int) -> bool:
    """'Senator from Texas', 'Governor of Ohio': the phrase goes on from its head with a place."""
    return k + 1 < len(tokens) and _norm(tokens[k]) in ("from", "of") and _cap(tokens[k + 1])


def _proper(core: list[str], n: int) -> bool:
    """Is core[n] a name? A capital makes one, except on a common noun opening the phrase
    (a sentence's first word: "Officials said", "Polls show", "Shopkeepers warn"); a singular
    word in -er is often a name ("Ledger", "Baker"), a plural one rarely."""
    n = n % len(core)
    w = core[n]
    if not _cap(w):
        return False
    low = _norm(w)
    if low in _determiners():
        return False
    if n == 0:
        common = any(low in _words(c) for c in _COMMON) or low in lx.document_nouns() or low in lx.source_nouns() \
            or (is_role_noun(low) and low.endswith("s") and not w.isupper()) or low in lx.media()[1]
        return not common
    return True


def link_kind(mention: str) -> str:
    """The kind of an underlying source in a chain ("citing X", "confirmed through X"). An
    indefinite body there is one the reporter chose not to name: "through an allied
    intelligence agency" is anonymous, where "the agency" would be named before."""
    kind = classify(mention)
    words = mention.split()
    if kind in ("named_org", "named_person") and words and words[0].lower() in ("a", "an", "one", "another") \
            and not any(_cap(w) for w in words[1:]):
        return "anonymous"
    return kind


def _and_joined(tokens: list[str]) -> bool:
    """Two names joined by 'and' ('Cummings and Conyers', 'France and Germany')."""
    low = [_norm(t) for t in tokens]
    if "and" not in low or len(tokens) > 12:
        return False
    k = low.index("and")
    left, right = tokens[:k], tokens[k + 1:]
    left = [w for w in left if w != ","]
    if any(_cap(a) and not _cap(b) for a, b in zip(right, right[1:])):
        return False  # "Securities and Exchange Commission chairman Ann Lee": a body's name, a role, its holder
    return bool(left) and bool(right) and _proper(left, len(left) - 1) and _proper(right, len(right) - 1) and \
        _norm(left[-1]) not in _words("kind_vague_heads") and _norm(right[-1]) not in _words("kind_vague_heads")


def _lowercase_masthead(tokens: list[str]) -> bool:
    """'the guardian', 'the independent', 'her post': a masthead's word written in lower case, which
    names a person or a thing rather than the paper (kind_capital_only_media)."""
    words = [w for w in tokens if _norm(w) != "the" and w != ","]
    return bool(words) and not any(_cap(w) for w in words) \
        and _norm(words[-1]) in _words("kind_capital_only_media")


def _masthead(run: list[str]) -> str | None:
    """'BBC News', 'The Jerusalem Post': a name of two words or more ending in a masthead's word;
    or that word alone after "the", as a story shortens the paper's name ("the Post", "the Journal")."""
    words = [w for w in run if _norm(w) != "the"]
    shortened = len(words) == 1 and len(run) == 2 and _norm(run[0]) == "the"
    return "media" if (len(words) > 1 or shortened) and _norm(words[-1]) in _words("kind_masthead_heads") \
        and gender_of(" ".join(words)) is None else None  # "Emily Post" is a person


def _outlet_named(core: list[str], core_low: list[str], media_nouns: frozenset[str]) -> bool:
    """Does a word for an outlet, written in lower case, stand right before the name that ends the
    phrase ("website TMZ", "broadcaster NHK"; not the name's own word, "News Corporation")?"""
    r = len(core)
    while r > 0 and _proper(core, r - 1):
        r -= 1
    return 0 < r < len(core) and core[r - 1].islower() and core_low[r - 1] in media_nouns


def _edge_media(low: list[str]) -> str | None:
    """The phrase starts or ends with a known outlet name of more than three letters; not a
    surname after a given name ("Michael Bloomberg" is a person)."""
    outlets, _ = lx.media()
    for n in range(1, min(5, len(low)) + 1):
        if len(" ".join(low[:n])) > 3 and " ".join(low[:n]) in outlets:
            return "media"
        end = " ".join(low[-n:])
        if len(end) > 3 and end in outlets and not (n == 1 and len(low) == 2 and gender_of(low[0]) is not None):
            return "media"
    return None


def relative_kind(pronoun: str, antecedent: str) -> str:
    """The kind of the source a relative pronoun stands for: its antecedent's, but "which" never
    stands for a person ("Big Machine, which was bought out": a body, whatever its name looks like)."""
    kind = classify(antecedent)
    return "named_org" if kind == "named_person" and pronoun.lower() == "which" else kind
