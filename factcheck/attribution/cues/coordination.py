"""Coordinated sources: "Sens. Ann Lee, Raj Patel and Tom Reyes said", "Mr. Lee and Mr. Patel
wrote", '"...," said Ann Lee and Raj Patel': every name is a source of its own, with the cue the
last (or first) one was found with. Runs on the chosen list, before chains are linked.

Only names join: a conjunct must read as a person (a title, a given name, or two capitalised
words) or a named body ("France and Germany"), so "Marks and Spencer said" and "officials and
experts said" stay one source.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import lexicon
from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import Candidate, Choice, RawAttribution
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.kinds import classify, is_role_noun, past_participle
from factcheck.attribution.mentions import (
    DETERMINERS,
    GOVERNORS,
    np_backward,
    np_forward,
    party_aside,
    party_code,
    town_state,
)
from factcheck.attribution.names import gender_of
from factcheck.tokens import Tok

_MAX_CONJUNCTS = 8


def _names_one(s: CueSentence, rng: tuple[int, int]) -> bool:
    toks = s.toks[rng[0]:rng[1]]
    if not toks or not toks[-1].cap or not toks[-1].is_word or len(toks) > 6:
        return False
    words = [t.text for t in toks]
    kind = classify(" ".join(words))
    if kind in ("named_org", "media"):
        return True
    if kind != "named_person":
        return False
    return marked_person(toks) or sum(t.cap for t in toks) >= 2


def _described_one(s: CueSentence, rng: tuple[int, int]) -> bool:
    """'the union', 'the police chief', 'both the mayor': one body or person by the noun for it,
    which the article has usually named ("The mayor and the police chief said" is two of them;
    plurals and phrases with "of" stay one source: "officials and experts")."""
    toks = s.toks[rng[0]:rng[1]]
    if toks and toks[0].low in _COUNTING:
        toks = toks[1:]
    if not 2 <= len(toks) <= 4 or toks[0].low != "the":
        return False
    rest = toks[1:]
    # ("the mayor's office": a possessive modifier is still one body's name; the head is no possessive)
    if rest[-1].possessive or not all(t.is_word and not t.cap and t.low not in lx.np_stop() for t in rest):
        return False
    head = rest[-1].low
    return not head.endswith("s") and (head in lx.org_words() or head in lx.source_nouns() or is_role_noun(head))


def _unnamed_group(s: CueSentence, rng: tuple[int, int]) -> bool:
    """'two council members', 'several residents', 'other shop owners', 'its lawyers': people
    the story does not name, counted or described by a plural noun for them, which may be joined
    to a name ("Lee and two council members said": both speak)."""
    toks = s.toks[rng[0]:rng[1]]
    if not 1 <= len(toks) <= 5 or not all(t.is_word for t in toks) or toks[-1].cap or toks[-1].possessive \
            or toks[0].low in lx.cue_verbs() or past_participle(toks[0].low) or toks[0].low.endswith("ing"):
        return False  # ("released by the Foreign Office and addressed the militants": a verb's phrase)
    head = toks[-1].low
    return (head.endswith("s") or head.endswith("people")) and (head in lx.source_nouns() or is_role_noun(head[:-1])) \
        and classify(" ".join(t.text for t in toks)) in ("anonymous", "vague")


def _opens_clause(toks: list[Tok], k: int) -> bool:
    """Does toks[k] start the sentence or a list's item? "The union and the company said" (not
    "Mr. Lee ran the council, and Mr. Tan said": there the description is a verb's object)."""
    return k == 0 or toks[k - 1].text in ",;:(" or toks[k - 1].low in ("and", "both")


def _one_source(s: CueSentence, rng: tuple[int, int]) -> bool:
    return _names_one(s, rng) or _described_one(s, rng)


def marked_person(toks: list[Tok]) -> bool:
    """Does a title or a known given name say the name is a person's ("Mr. Lee", "Ann Okafor")?"""
    return any(t.low in lexicon.wordset("coordination_titles") for t in toks) \
        or gender_of(" ".join(t.text for t in toks)) is not None


def _a_person(s: CueSentence, rng: tuple[int, int]) -> bool:
    """A person's name with a title or a known given name, not a place, a show or a body that
    reads like one."""
    toks = s.toks[rng[0]:rng[1]]
    return classify(" ".join(t.text for t in toks)) == "named_person" and marked_person(toks)


def _an_aside(toks: list[Tok], k: int) -> bool:
    """Does a short aside after a name open at toks[k]: 'R-Texas', '45', 'a lawyer', 'the
    mayor', 'Republican of Iowa' (not 'the Philippines', a name of its own)?"""
    t = toks[k]
    return party_code(t) or (t.text.isdigit() and len(t.text) <= 3) or (
        t.low in ("a", "an", "the") and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].cap) \
        or party_aside(toks, k)


def _before_aside(toks: list[Tok], k: int) -> int:
    """toks[k] ends the gap between two names ('A, B': the comma; 'A (R-Texas) and B': the
    parenthesis; 'A, R-Texas, and B', 'A, a lawyer, and B': the aside's comma): the index of the
    first name's last token."""
    if toks[k].text == ",":
        j = k - 1
        while j > 0 and k - j <= 8 and toks[j].text not in ",;:()":
            j -= 1
        if j > 0 and toks[j].text == "," and j < k - 1 and _an_aside(toks, j + 1):
            return j - 1
        k -= 1  # "A, B, and C": the serial comma
    if k > 1 and toks[k].text == ")":
        j = k - 1
        while j > 0 and k - j <= 8 and toks[j].text != "(":
            j -= 1
        if toks[j].text == "(":
            return j - 1
    return k


def _after_aside(toks: list[Tok], k: int) -> int:
    """The mirror of _before_aside, reading on from toks[k] after a name: the index of the
    comma or 'and' after its aside ('A (R-Texas), B', 'A, a lawyer, and B'), else k."""
    if toks[k].text == "(":
        j = next((n for n in range(k + 1, min(len(toks), k + 9)) if toks[n].text == ")"), None)
        return j + 1 if j is not None and j + 1 < len(toks) else k
    if toks[k].text == "," and k + 1 < len(toks) and _an_aside(toks, k + 1):
        j = next((n for n in range(k + 2, min(len(toks), k + 9)) if toks[n].text in ",;:()"), None)
        if j is not None and toks[j].text == ",":
            return j
    return k


def _backward(s: CueSentence, first: int) -> list[tuple[int, int]]:
    """Names before toks[first] joined to it: 'A, B and [C]' -> [A, B]."""
    toks = s.toks
    out: list[tuple[int, int]] = []
    k = first - 1
    if k >= 2 and toks[k].text == ",":
        # "Lee and her deputy, Sam Doyle, said": the name's own description stands between it and "and"
        desc = np_backward(toks, k - 1)
        if desc is not None and desc[0] >= 2 and toks[desc[0] - 1].low == "and" and k - desc[0] <= 4 \
                and not any(t.cap for t in toks[desc[0]:k]):
            k = desc[0] - 1
    if k < 1 or toks[k].low != "and":
        return out
    k = _before_aside(toks, k - 1)
    while k >= 0 and len(out) < _MAX_CONJUNCTS:
        rng = np_backward(toks, k)
        one = rng is not None and (_names_one(s, rng) or _described_one(s, rng) and _opens_clause(toks, rng[0]))
        if rng is None or not one or out and (town_state(toks, rng) or governed(toks, rng[0])):
            # "The club closed last year, Ms. Lee and Mr. Tan said", "In Hangzhou, China, Mr. Lee
            # and ...", "During a show broadcast by CNN, Mr. Lee and ...": the comma before people's
            # names closes the phrase before them, no longer list
            if out and toks[k + 1].text == "," and all(_speaks_as_one(s, o) for o in out):
                break
            return []
        out.append(rng)
        k = rng[0] - 1
        if k < 1 or toks[k].text != ",":
            break
        k = _before_aside(toks, k)
    return [] if out and governed(toks, out[-1][0]) else out


def _speaks_as_one(s: CueSentence, rng: tuple[int, int]) -> bool:
    """A person's name or a journalist's ("MSNBC's Ann Lee"), not a place or a body that may be
    the last of a list of them ("voters in Ohio, Iowa and Utah")."""
    return classify(" ".join(t.text for t in s.toks[rng[0]:rng[1]])) in ("named_person", "media")


def governed(toks: list[Tok], first: int, governors: frozenset[str] | None = None) -> bool:
    """Do the names from toks[first] on stand after a preposition ("Lawyers for both Mr. Lee and
    Mr. Tan said"), or another of `governors`? Then they are its object, not the speakers."""
    k = first - 1
    if k >= 0 and toks[k].low in _COUNTING:
        k -= 1
    return k >= 0 and toks[k].low in (GOVERNORS if governors is None else governors)


def _forward(s: CueSentence, last: int) -> list[tuple[int, int]]:
    """Names after toks[last - 1] joined to it: '[A], B and C' -> [B, C]."""
    toks = s.toks
    out: list[tuple[int, int]] = []
    k = last
    seen_and = False
    while k + 1 < len(toks) and len(out) < _MAX_CONJUNCTS and not seen_and:
        k = _after_aside(toks, k)
        if toks[k].text == "," and k + 2 < len(toks) and toks[k + 1].low == "and":
            k += 1
        if toks[k].low == "and":
            seen_and = True
        elif toks[k].text != ",":
            break
        rng = np_forward(toks, k + 1, allow_lower_start=False)
        if rng is None and seen_and and (group := np_forward(toks, k + 1)) is not None and _unnamed_group(s, group):
            rng = group  # "according to Lee and two council members": the last one may be a group
        elif rng is None or not _one_source(s, rng):
            return []
        out.append(rng)
        k = rng[1]
    return out if seen_and else []


def _before_group(s: CueSentence, group: tuple[int, int]) -> list[tuple[int, int]]:
    """'Lee and [two council members] said', 'The mayor and [several residents] said': the one
    name or description joined to an unnamed group before it, when it opens the clause."""
    toks = s.toks
    k = group[0] - 1
    if k < 1 or toks[k].low != "and":
        return []
    rng = np_backward(toks, k - 1)
    if rng is None or not _beside_a_group(s, rng) or not _opens_clause(toks, rng[0]) or governed(toks, rng[0]) \
            or _shared_head(s, rng, group):
        return []
    return [rng]


def _beside_a_group(s: CueSentence, rng: tuple[int, int]) -> bool:
    """A name or description that may be joined to an unnamed group: as for names joined to
    names, or one capitalised word that names someone ("Lee and two council members": beside a
    group in lower case it is no half of a two-word name such as "Marks and Spencer")."""
    toks = s.toks[rng[0]:rng[1]]
    return _one_source(s, rng) or len(toks) == 1 and toks[0].cap and toks[0].is_word \
        and classify(toks[0].text) in ("named_person", "named_org", "media")


def _shared_head(s: CueSentence, one: tuple[int, int], group: tuple[int, int]) -> bool:
    """'US and Yemeni officials', 'Democratic and Republican leaders': one capitalised word and
    a group opening with another are two modifiers of the group's noun, one source."""
    return one[1] - one[0] == 1 and s.toks[group[0]].cap and group[1] - group[0] >= 2


_COUNTING = frozenset({"both", "either", "neither"})
# prepositions whose object is no speaker: "lawyers for", "a meeting with" (the names after
# "like" and "including" are the speakers' own)
_NAME_GLUE = frozenset({"of", "and", "for", "on", "the", "&", ","})


def _acronym_phrase(s: CueSentence, rng: tuple[int, int]) -> tuple[int, int] | None:
    """'The Ruritanian Liberation Front (RLF) claims': an acronym in parentheses right after
    the mention whose letters are the initials of the capitalised words of a longer phrase ending
    with it names that whole phrase, one body ('and' inside it joins no two sources); its token
    range then (a determiner before it included), else None."""
    toks = s.toks
    k = rng[1]
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return None
    acronym = toks[k + 1].text
    if not 2 <= len(acronym) <= 8 or not acronym.isalpha() or not acronym.isupper():
        return None
    initials = ""
    for n in range(rng[1] - 1, max(-1, rng[1] - 1 - 3 * len(acronym)), -1):
        t = toks[n]
        if t.is_word and t.cap and t.low not in DETERMINERS:
            initials = t.text[0].upper() + initials
            if initials == acronym:
                start = n - 1 if n > 0 and toks[n - 1].low in DETERMINERS else n
                return (start, rng[1]) if start < rng[0] else None
            if not acronym.endswith(initials):
                return None
        elif t.low not in _NAME_GLUE:
            return None
    return None


def _index(toks: list[Tok], start: int, end: int) -> tuple[int, int] | None:
    first = next((n for n, t in enumerate(toks) if t.start == start), None)
    last = next((n for n, t in enumerate(toks) if t.end == end), None)
    return (first, last + 1) if first is not None and last is not None else None


def expand(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """One candidate for every other name coordinated with a chosen name."""
    for r in list(chosen.out):
        # ("according to A and B": a phrase's source stays chain-only, and so do its conjuncts)
        if r.chain_only and r.rule != "according_to.phrase" or r.mention_start < 0 or r.antecedent:
            continue
        rng = _index(s.toks, r.mention_start, r.mention_end)
        whole = _acronym_phrase(s, rng) if rng is not None and r.cue_start > r.mention_start else None
        if whole is not None:
            r.mention_start, r.mention_end, r.mention = s.mention(whole)
            r.kind = classify(r.mention)
            continue
        if rng is not None and r.cue_start > r.mention_end and _unnamed_group(s, rng):
            for other in _before_group(s, rng):
                yield _conjunct(s, r, other)
            continue
        if rng is not None and r.cue_start < r.mention_start and not _one_source(s, rng) and _beside_a_group(s, rng):
            # "according to Lee and two council members"
            more = _forward(s, rng[1])
            if len(more) == 1 and _unnamed_group(s, more[0]) and not _shared_head(s, rng, more[0]):
                yield _conjunct(s, r, more[0])
            continue
        if rng is None or not _one_source(s, rng):
            continue
        # '"...," said A and B': the cue comes first and the names run on after the mention
        more = _forward(s, rng[1]) if r.cue_start < r.mention_start else _backward(s, rng[0])
        if not more and r.cue_start > r.mention_end and _a_person(s, rng):
            # "Mr. Lee and Ann Okafor never tire of telling": a clause's subject read from its start
            # is its first name; other people's names follow it, before the cue
            ahead = _forward(s, rng[1])
            if all(_a_person(s, o) and s.toks[o[1] - 1].end <= r.cue_start for o in ahead):
                more = ahead
        for other in more:
            if s.toks[other[0]].low in lexicon.wordset("plural_titles") and other[1] - other[0] > 1:
                other = (other[0] + 1, other[1])  # "Sens. Ann Lee, ...": the title is all of theirs
            elif s.toks[other[0]].low in _COUNTING and other[1] - other[0] > 2:
                other = (other[0] + 1, other[1])  # "Both the mayor and ...": "both" counts them
            yield _conjunct(s, r, other)


def _conjunct(s: CueSentence, r: RawAttribution, rng: tuple[int, int]) -> Candidate:
    """Another source with the cue of the one it is coordinated with (chain-only as that one is:
    "according to A and B")."""
    a, b, mention = s.mention(rng)
    return Candidate(a, b, mention, r.cue, r.cue_start, "coordination.names", reports=r.reports,
                     chain_only=r.chain_only)


def groups(out: list[RawAttribution]) -> list[list[RawAttribution]]:
    """The attributions that share one cue with a coordinated name, in text order."""
    by_cue: dict[int, list[RawAttribution]] = {}
    for r in out:
        by_cue.setdefault(r.cue_start, []).append(r)
    return [sorted(g, key=lambda r: r.mention_start) for g in by_cue.values()
            if len(g) > 1 and any(r.rule.startswith("coordination.") for r in g)]
