"""Resolve pronouns, definite descriptions and surnames to the named source they refer to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.attribution import lexicons as lx

_PERSON_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|President|Prime Minister|Minister|Secretary|Judge|Chancellor)\.?\s+)?"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:de |van |von |al-)?[A-Z][a-z'’-]+)+\b"
)
_TITLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _head(name: str) -> str:
    words = re.findall(r"[\w'’-]+", name.lower())
    return words[-1] if words else ""


@dataclass
class Entity:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)


@dataclass
class Discourse:
    """What the article has named so far, most recent last."""

    sources: list[Entity] = field(default_factory=list)
    people: list[str] = field(default_factory=list)

    def note_text(self, sentence: str) -> None:
        orgs = lx.org_words()
        for m in _PERSON_NAME.finditer(sentence):
            name = m.group()
            if not any(w.lower() in orgs for w in name.split()):
                self.people.append(name)
        if len(self.people) > 50:
            del self.people[:-50]

    def add(self, name: str, kind: str, alias: str | None = None) -> None:
        for e in self.sources:
            if e.name == name:
                self.sources.remove(e)
                if alias:
                    e.aliases.add(alias)
                self.sources.append(e)
                return
        self.sources.append(Entity(name, kind, {alias} if alias else set()))

    def resolve(self, mention: str, kind: str) -> tuple[str, str]:
        low = mention.lower().replace("’", "'").strip()
        pron = lx.pronouns().get(low)
        if pron == "person":
            for e in reversed(self.sources):
                if e.kind == "named_person":
                    return e.name, e.kind
            if self.people:
                return self.people[-1], "named_person"
            return mention, "named_person"
        if pron in ("group", "thing"):
            for e in reversed(self.sources):
                if e.kind != "named_person" or pron == "group":
                    return e.name, e.kind
            return mention, "vague" if pron == "group" else "named_org"
        if low.startswith("the ") and not any(w[0].isupper() for w in mention.split()[1:] if w):
            head = _head(mention)
            for e in reversed(self.sources):
                if _head(e.name) == head or head in e.name.lower().split():
                    return e.name, e.kind
            if head in lx.org_words():
                for e in reversed(self.sources):
                    if e.kind == "named_org":
                        return e.name, e.kind
            return mention, kind
        if low.startswith("the ") and kind in ("named_org", "media"):
            # "the South's spy agency" after "South Korea's spy agency"
            head = _head(mention)
            words = set(re.findall(r"\w+", low)) - {"the", "s"}
            for e in reversed(self.sources):
                ew = set(re.findall(r"\w+", e.name.lower())) - {"the", "s"}
                if _head(e.name) == head and len(words & ew) >= 2:
                    return e.name, e.kind
        bare = _TITLE.sub("", mention)
        if re.fullmatch(r"[A-Z][a-z'’-]+", bare):
            for e in reversed(self.sources):
                if e.kind == "named_person" and e.name.split()[-1] == bare:
                    return e.name, e.kind
            for p in reversed(self.people):
                if p.split()[-1] == bare:
                    return p, "named_person"
        if re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", bare):
            for e in reversed(self.sources):
                if bare in e.aliases:
                    return e.name, e.kind
        return mention, kind
