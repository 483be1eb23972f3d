"""Sentence flags a journalist acts on: claims with no source, anonymous and vague sources."""

from __future__ import annotations

import re

from factcheck.model import Flag, Sentence

_NUMBER_PHRASE = re.compile(
    r"(?:[$£€]\s?)?\d[\d,.]*(?:\s?(?:%|per ?cent|mm|km|kg|bn|m|million|billion|trillion|thousand))?"
    r"(?:[\s-]+[A-Za-z][\w-]*){0,3}")


_TRAILING = frozenset("a an the and or but of in on at to for with by from as that than".split())


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


def annotate(sentences: list[Sentence]) -> None:
    for s in sentences:
        if s.role != "body":
            continue
        if s.checkworthy and not s.attributions:
            s.flags.append(Flag("unattributed_claim", f"No source: '{_key_phrase(s.text)}' needs attribution"))
        elif s.checkworthy and not any(a.reports for a in s.attributions):
            actor = s.attributions[0].mention
            actor = "the" + actor[3:] if actor.startswith("The ") else actor
            s.flags.append(Flag("unattributed_claim", f"No source: '{_key_phrase(s.text)}' is told about {actor}, "
                                                      "not sourced to them or anyone; who reports it?"))
        anon = [a for a in s.attributions if a.kind == "anonymous"]
        if anon:
            a = anon[0]
            s.flags.append(Flag(
                "anonymous_source",
                f"Anonymous source: '{a.mention}' is not named; check how the outlet knows and whether "
                "anyone confirms it on the record"))
        vague = [a for a in s.attributions if a.kind == "vague"]
        if vague:
            a = vague[0]
            s.flags.append(Flag("vague_source", f"Vague source: '{a.mention or a.cue}' does not say who; ask which "
                                                "people or documents stand behind it"))
