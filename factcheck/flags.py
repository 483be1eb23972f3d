"""Sentence flags a journalist acts on: claims with no source, anonymous and vague sources."""

from __future__ import annotations

import re

from factcheck.attribution.kinds import UNNAMED_KINDS, link_kind
from factcheck.attribution.mentions import is_pronoun, speaker_for
from factcheck.attribution.resolve import reader_voice
from factcheck.lexicon import wordset
from factcheck.model import Attribution, Flag, Sentence

# A figure starts a word ("H1 chip" has none) and its separators sit between digits, so "in 2016,
# users" ends at the year; a unit is a whole word ("£71.6million" is not "£71.6m").
_NUMBER_PHRASE = re.compile(
    r"(?:[$£€]\s?|(?<![\w.,]))\d+(?:[,.]\d+)*"
    r"(?:\s?%|\s?(?:per ?cent|mm|km|kg|bn|m|million|billion|trillion|thousand)\b)?"
    r"(?:[\s-]+[A-Za-z][\w-]*){0,3}")


_TRAILING = wordset("phrase_trailing_words")  # "40 percent of the" ends at "percent"


def _key_phrase(text: str) -> str:
    """The most checkable words of a claim: a figure and what it counts, else its opening."""
    m = _NUMBER_PHRASE.search(text)
    if m:
        words = m.group().strip(" ,.;").split()
        while len(words) > 1 and words[-1].lower() in _TRAILING:
            words.pop()
        if len(words) >= 2:
            return " ".join(words)
    words = text.split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


def basis(a: Attribution) -> list[tuple[str, str, str | None]]:
    """What an attribution finally rests on, as (words, kind, the link it came through): the
    underlying sources of a chain ("Yonhap, citing an allied intelligence agency" rests on the
    agency, via Yonhap), else the source itself."""
    if a.via:
        # a vague link leaves its underlying people as vague as itself ("some reports, citing
        # officials"), but not a document behind it: "31% of Republicans said, in a national poll
        # released Monday" rests on the poll
        kinds = [link_kind(v) for v in a.via]
        return [(v, "vague" if a.kind == "vague" and k != "document" else k, a.mention or a.source)
                for v, k in zip(a.via, kinds)]
    return [(a.mention or a.cue, a.kind, None)]


def weak_basis(s: Sentence) -> list[tuple[str, str, str | None]]:
    """The anonymous or vague sources the sentence's reported content rests on."""
    return [b for a in s.attributions if a.reports for b in basis(a) if b[1] in UNNAMED_KINDS]


def rests_only_on_weak(s: Sentence) -> bool:
    """Every source the sentence's content rests on is anonymous or vague."""
    bases = [b for a in s.attributions if a.reports for b in basis(a)]
    return bool(bases) and all(k in UNNAMED_KINDS for _, k, _ in bases)


def _spoken_for(s: Sentence, mention: str) -> str | None:
    """'A spokesperson for the force' speaks for a named body (the resolved source)."""
    a = next((a for a in s.attributions if a.mention == mention), None)
    if a is None or speaker_for(a.mention) is None or not a.source[:1].isupper():
        return None
    return a.source


def _named(s: Sentence, words: str) -> str:
    """The source as the flag quotes it: a pronoun or one of a group with the source it stands for
    ("'She' (a board spokeswoman)", "'one of the people' (two people familiar with the talks)"), so
    the message names what the sentence's source line shows."""
    if is_pronoun(words) or _one_of(words):
        a = next((a for a in s.attributions if a.mention == words), None)
        if a is not None and a.source != words:
            source = a.source
            if source.split(" ", 1)[0] in ("A", "An", "The"):
                source = source[0].lower() + source[1:]
            return f"'{words}' ({source})"
    return f"'{words}'"


def _one_of(words: str) -> bool:
    """'one of the people', 'some of them': a share of a group named elsewhere."""
    first, _, rest = words.lower().partition(" ")
    return rest.startswith("of ") and first in wordset("partitives")


def _via(link: str | None) -> str:
    return f" (through '{link}')" if link else ""


def _introduces(s: Sentence, nxt: Sentence | None) -> bool:
    """'The Ledger reports:' names the source of the words that follow, which carry it (see
    attribution.quotes.hand_over_introducers): it is no claim of its own."""
    return nxt is not None and s.text.rstrip().endswith(":") and any(
        a.inherited and a.span is not None and s.start <= a.span[0] < s.end for a in nxt.attributions)


def annotate(sentences: list[Sentence]) -> None:
    for k, s in enumerate(sentences):
        if s.role != "body":
            continue
        # the reader the article addresses ("If you want ad-free streaming, you will have to
        # upgrade first") wants or knows only what the writer supposes: no source of the claim
        sourcing = [a for a in s.attributions if not reader_voice(a.source)]
        if s.checkworthy and not sourcing:
            if not _introduces(s, sentences[k + 1] if k + 1 < len(sentences) else None):
                s.flags.append(Flag("unattributed_claim", f"No source: '{_key_phrase(s.text)}' needs attribution"))
        elif s.checkworthy and not any(a.reports for a in sourcing):
            a = sourcing[0]
            # "members who voted", "the 420 it has ordered": a relative or personal pronoun is
            # named by what it stands for
            actor = a.source if a.mention.lower() in ("who", "which") or is_pronoun(a.mention) \
                else a.mention
            actor = "the" + actor[3:] if actor.startswith("The ") else actor
            s.flags.append(Flag("unattributed_claim", f"No source: '{_key_phrase(s.text)}' is told about {actor}, "
                                                      "not sourced to them or anyone; who reports it?"))
        weak = weak_basis(s)
        only = "rests only on" if rests_only_on_weak(s) else "rests in part on"
        anon = [b for b in weak if b[1] == "anonymous"]
        if anon:
            words, _, link = anon[0]
            body = _spoken_for(s, words)
            if body and link is None:
                text = (f"Anonymous source: '{words}' speaks for {body} but is not named; ask {body} who said it "
                        "and whether it stands by it on the record")
            else:
                text = (f"Anonymous source: the claim {only} an unnamed source, {_named(s, words)}{_via(link)}; "
                        "check how the outlet knows and whether anyone confirms it on the record")
            s.flags.append(Flag("anonymous_source", text))
        # the reader the article addresses ("If you want to understand the fares, ...") is no
        # source anyone could name
        vague = [b for b in weak if b[1] == "vague" and not reader_voice(b[0])]
        if vague and any(k == "document" for a in sourcing if a.reports for _, k, _ in basis(a)):
            # "According to a Gallup poll, 40 percent of voters said ...": a document stands behind
            # the people it counts or quotes, which is what the flag would ask for
            vague = []
        if vague:
            words, _, link = vague[0]
            s.flags.append(Flag("vague_source", f"Vague source: {_named(s, words)}{_via(link)} does not say who; "
                                                "ask which people or documents stand behind it"))
