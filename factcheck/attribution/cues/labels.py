"""Labels: a speaker before a colon ('Clinton: "We will win"', transcript 'REYES: ...') and a
quotation signed with a dash ('"...," ― Sonya Herridge')."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import Candidate, Choice
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.kinds import past_participle
from factcheck.attribution.mentions import PREPOSITIONS, TIME_WORDS, is_role_noun
from factcheck.attribution.names import gender_of
from factcheck.lexicon import patterns, rule_words, wordset
from factcheck.tokens import QUOTE_CHARS, Tok

COLON_LABEL = re.compile("(?:" + "|".join(patterns("colon_labels")) + ")$", re.I)
_TITLES = rule_words("labels", "titles")
_CREDIT_WORDS = rule_words("labels", "credit_words")
_CONTEST_WORDS = rule_words("labels", "contest_words")
_IDENTIFIED_AS = rule_words("labels", "identified_as")
_GERUND_LINKS = rule_words("labels", "gerund_links")
_READER_WORDS = rule_words("labels", "reader_words")
_CLAUSE_CONJUNCTIONS = rule_words("labels", "clause_conjunctions")
_PAST_AFTER_NAME = rule_words("mentions", "past_after_name", "attribution_rules")
_FIRST_PERSON = rule_words("stance", "first_person", "attribution_rules")
_SEXED_NOUNS = rule_words("resolve", "sexed_nouns_male", "attribution_rules") | rule_words(
    "resolve", "sexed_nouns_female", "attribution_rules")
# '"...," ― Sonya Herridge': a quotation signed with a dash and a name at the end
_DASH_SIGNATURE = re.compile(r"[”\"']\s*(?P<dash>[―—–]|--?)\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                             r"\s*[.,]?\s*$")
_LINE_LABEL = re.compile(r"^[ \t]*([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})[ \t]*:[ \t]", re.M)


def colon(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """'Clinton: "We will win"' / 'Police: man arrested' (headlines and pull quotes)."""
    text, toks = s.text, s.toks
    lead = 1 if toks and toks[0].text in QUOTE_CHARS else 0
    for n, t in enumerate(toks[lead:lead + 8], lead):
        if t.text == ":":
            if n == lead or n > lead + 6:
                return
            head = toks[lead:n]
            if not all(x.is_word for x in head) or not head[0].cap:
                return
            said = _clause_speaker(head)
            if said is not None:
                # "But Fiorina was far less bubbly: "The market will hate this deal."": a clause
                # before the colon introduces its subject's words
                if n + 1 < len(toks) and toks[n + 1].text in QUOTE_CHARS:
                    yield Candidate(said[0].start, said[-1].end, text[said[0].start:said[-1].end], ":", t.start,
                                    "labels.clause_colon")
                return
            phrase = text[head[0].start:head[-1].end]
            if head[-1].low in ("source", "sources") and _claim_after(s, toks[n + 1:]):
                # "Source: Rebels send new warning": an unnamed source's claim, not a credit line
                yield Candidate(head[0].start, head[-1].end, phrase, ":", t.start, "labels.source_colon",
                                kind="anonymous")
                return
            if s.headline and len(head) == 1 and head[0].low in lx.document_nouns() and not COLON_LABEL.match(phrase) \
                    and _claim_after(s, toks[n + 1:]):
                # "Report: Apple Watch to ship in March": headline-ese for "a report says", whose
                # noun is a cue verb too ("Trump Says: ..." is a verb's, read by the verb rules)
                yield Candidate(head[0].start, head[-1].end, phrase, ":", t.start, "labels.report_colon")
                return
            if COLON_LABEL.match(phrase) or _kicker_tail(head) or any(x.low in lx.cue_verbs() for x in head):
                return
            if all(not x.is_word or x.text[0].isdigit() or x.low in ("percent", "votes", "delegates")
                   for x in toks[n + 1:]):
                return  # "Okafor: 547.": a tally, not words spoken
            if not s.headline and n + 1 < len(toks) and toks[n + 1].text[:1].isdigit() \
                    and phrase not in _transcript_labels(text):
                return  # "Portion Fix Containers: 1 green, 1 red": a list's label, not a speaker
            if s.headline and (_named_again(head, toks[n + 1:]) or _identified(head, toks[n + 1:])):
                return  # "Ann Okafor: Minister Okafor quits": the story is about her, not in her words
            if phrase not in _transcript_labels(text) and not _shouted_name(head) and \
                    not can_speak(head, toks[n + 1] if n + 1 < len(toks) else None, s.headline):
                return  # "Ottawa shooting: ...", "Rajasthan: ...": a topic kicker, not a speaker
            if n + 1 < len(toks):
                yield Candidate(head[0].start, head[-1].end, phrase, ":", t.start, "labels.colon")
            return
        if not t.is_word:
            return


def _clause_speaker(head: list[Tok]) -> list[Tok] | None:
    """The subject of a clause before a colon ("But Fiorina was far less bubbly", "And Mr. Christie
    gloated"): the capitalised words after an opening conjunction, up to a verb in lower case (a
    form of "be" not opening a passive, or a past form). None when the label is no such clause, or
    when its verb is a cue verb, which the verb rules read ("Police said: ...")."""
    k = 1 if head[0].low in _CLAUSE_CONJUNCTIONS and len(head) > 2 else 0
    m = k
    while m < len(head) and head[m].cap:
        m += 1
    if m == k or m >= len(head):
        return None
    verb = head[m].low
    if verb in lx.cue_verbs():
        return None  # "Police said: ...": the verb's own rules read it
    after = head[m + 1].low if m + 1 < len(head) else ""
    if verb in wordset("be_forms") and not (past_participle(after) or after in lx.irregular_past()):
        return head[k:m]  # "Fiorina was far less bubbly" (not "Obama was asked": the words were put to him)
    if verb not in wordset("be_forms") and (verb in lx.irregular_past() or verb.endswith("ed")
                                            or verb in _PAST_AFTER_NAME):
        return head[k:m]  # ("Dempsey dove deeper", "Mosman saw the words differently")
    if m + 1 < len(head) and verb.endswith("s") and not verb.endswith("ss") and verb.isalpha() \
            and not head[m].possessive and verb not in wordset("be_forms") and verb not in lx.source_nouns() \
            and not is_role_noun(verb):
        # a headline's present tense with its object: "ISIS releases guide to women's rights: 'Stay
        # in your houses'" (not "Obama aides:", "Labour sources:", whose plural is the speaker, nor
        # "His wife's sign read:", a possessive, nor "Okafor was asked:", a passive)
        return head[k:m]
    return None


def _kicker_tail(head: list[Tok]) -> bool:
    """'Star Wars VII Update:', 'NEWS Viral Video:': a label that ends in a kicker's word after a
    topic is a kicker. After someone who can speak the word is their piece ('WSJ editorial:',
    'ISIS Video:'), and an outlet's word ends a name that speaks ('Fox News:', 'Harbour Gazette:')."""
    if head[-1].low in lx.media()[1]:
        return False
    for n in (1, 2):
        if len(head) > n and COLON_LABEL.match(" ".join(t.text for t in head[-n:])):
            return not can_speak(head[:-n], None, True)
    return False


def _claim_after(s: CueSentence, rest: list[Tok]) -> bool:
    """Do the words after a "Source:" or "Report:" label make a claim, not a credit line ("Source:
    Reuters", "Photo: AP")? Two words at least a credit line would not hold: lower-case ones, or
    in a headline written in Title Case or capitals, where case tells nothing, any words."""
    if s.headline and s.title_case:
        return sum(x.is_word and x.low not in _CREDIT_WORDS for x in rest) >= 3
    return sum(x.is_word and not x.cap and x.low not in _CREDIT_WORDS for x in rest) >= 2


def dash_signature(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """'"We will rebuild," ― Sonya Herridge': the name after a dash that ends a quotation."""
    m = _DASH_SIGNATURE.search(s.text, s.start, s.end)
    if m:
        yield Candidate(m.start("name"), m.end("name"), m.group("name"), m.group("dash"), m.start("dash"),
                        "labels.dash_signature")


@lru_cache(maxsize=4)
def _transcript_labels(text: str) -> frozenset[str]:
    """Labels that open two or more paragraphs ('Reyes: ...', 'Q: ...'): an interview
    transcript's speakers, however they are written. Once per text; the hash of a str is cached."""
    counts: Counter[str] = Counter()
    worded: set[str] = set()  # a speaker says words somewhere; a list's label only counts ("Kit: 1 red")
    for m in _LINE_LABEL.finditer(text):
        counts[m.group(1)] += 1
        if not text[m.end():m.end() + 1].isdigit():
            worded.add(m.group(1))
    return frozenset(k for k, n in counts.items() if n >= 2 and k in worded and not COLON_LABEL.match(k)
                     and not any(c.isdigit() for c in k))


def _named_again(head: list[Tok], rest: list[Tok]) -> bool:
    """Does a capitalised word of the label come back after the colon? A speaker does not name
    themselves in the words credited to them; a topic kicker is named again in the story's line."""
    named = {t.low for t in head if t.cap and len(t.text) > 2}
    return any(t.cap and t.low in named for t in rest)


def _identified(head: list[Tok], rest: list[Tok]) -> bool:
    """'Jack Okafor: Masked thief named as local vicar': a person named before the colon over a line
    that identifies someone ("named as", "identified as") is the person identified; so is one over a
    line that opens by describing a person ("Jasmine Tridevil: The woman with three breasts")."""
    if gender_of(" ".join(t.text for t in head)) is None:
        return False
    if len(rest) > 1 and rest[0].low == "the" and rest[1].low in _SEXED_NOUNS \
            and not any(t.low in _FIRST_PERSON for t in rest):
        return True  # (not "Ann Lee: The man who stole my car is free", her own words)
    return any(t.low in _IDENTIFIED_AS and nxt.low == "as" for t, nxt in zip(rest, rest[1:]))


def _shouted_name(head: list[Tok]) -> bool:
    """'KATE OKAFOR:': a transcript speaker in capitals, with a given name."""
    return 1 < len(head) <= 3 and all(t.text.isupper() and len(t.text) > 1 for t in head) and \
        gender_of(head[0].text) is not None


def _clause(head: list[Tok]) -> bool:
    """'Bicycle Snatched From Town Hall', 'Fan Caught On Camera', 'Masked Raider UNMASKED': a past
    participle before a preposition after the label's first word, or closing it (not a given name
    that ends so, "Ahmed"), makes it a clause, the story's topic."""
    last = head[-1]
    if len(head) >= 3 and len(head[0].low) >= 6 and head[0].low.endswith("ing") and head[1].low in _GERUND_LINKS \
            and gender_of(head[0].text) is None:
        return True  # "Whistling At Your Mom:", "Living With Cancer:": a gerund's phrase, not a speaker
    return any(past_participle(t.low) and nxt.low in PREPOSITIONS for t, nxt in zip(head[1:], head[2:])) or (
        len(head) >= 2 and past_participle(last.low) and gender_of(last.text) is None)


def can_speak(head: list[Tok], after: Tok | None, headline: bool = False) -> bool:
    """Is the label before a colon someone who speaks? A quotation after it, a transcript
    speaker in capitals, a person's name or title, an organisation, document or media word."""
    if after is not None and after.text in QUOTE_CHARS:
        return True
    if any(c.isdigit() for t in head for c in t.text):
        return False  # "Willie Nelson dead 2015:", "Day 3:": a topic, not a speaker
    words = [t.low for t in head]
    if any(w in _CONTEST_WORDS for w in words) or _clause(head):
        return False  # "Lee v Harbour Police:", "Fan Caught On Camera:": a topic, not a speaker
    if any(w in TIME_WORDS for w in words):
        return False  # "This Week In Weird News:", "Monday Briefing:": a regular feature's name
    if any(w in _READER_WORDS for w in words):
        return False  # "Map out your first offer:", "My View:": a step or a column, said to or by no one
    if len(head) == 1 and head[0].text.isupper() and len(head[0].text) >= 2:
        # "TAPPER:" in a transcript; in a headline a long word in capitals is a kicker
        # ("SHOCKING:", "AUSTRALIA:") and a short one an acronym ("NASA:", "DHS:", "...: AP")
        return not headline or len(head[0].text) <= 5
    if any(w in _TITLES for w in words):
        return True
    if gender_of(" ".join(t.text for t in head)):
        # a person's name, not a topic about them ("Ann Okafor dead:", "Ann Okafor Pay Scandal:")
        return len(head) <= 3 and all(t.cap and not t.possessive for t in head)
    last = words[-1]
    if any(w in lx.org_words() and nxt == "of" for w, nxt in zip(words, words[1:])):
        return True  # "Department of Homeland Security:", "Ministry of Health:": a body named by its head
    return (is_role_noun(last) or last.endswith(("man", "woman", "men")) or last in lx.org_words()
            or last in lx.source_nouns() or last in lx.document_nouns()
            or last in lx.media()[1] or " ".join(words) in lx.media()[0])
