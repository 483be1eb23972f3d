"""Headline-ese: a source named last ('...: South Korea paper', '... - police') or a speaker
before the colon that the story names again ('Pence: Flowers won't be at debate')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import Candidate, Choice, RawAttribution
from factcheck.attribution.cues.labels import COLON_LABEL, can_speak
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.cues.subjects import speaker_noun
from factcheck.attribution.mentions import DETERMINERS, PREPOSITIONS, classify
from factcheck.lexicon import wordset
from factcheck.tokens import Tok

# a verb that takes a report as its object, in any form ("raise", "retracts", "keeps"), and a
# preposition that takes no clause ("amid", "despite"): what they govern is a noun
_OBJECT_VERBS: dict[str, bool] = {  # form -> the object is the subject's own report
    f: cls.strip() == "own" for entry in wordset("headline_object_verbs")
    for forms, _, cls in [entry.partition("|")] for f in forms.split()}
_NOUN_PREPOSITIONS = wordset("headline_noun_prepositions")
_MODIFIERS_BETWEEN = 2  # "Sparks Intense Local Fears", "rebuffs online rumors"
_HEAD_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}) ?:\s")
# 'Gillibrand on Clinton's transcripts: "I think she will"': a name, what it speaks on, then a
# quotation after the colon (without one, "Trump on immigration: a timeline" is a topic label)
_HEAD_ON_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}) on [^:]{1,80}:\s*[\"“‘']")


def trailing(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """Headline-ese that names its source last: '...: South Korea paper', '... - police'. Only in
    headlines: in running prose a dash or colon before a short last phrase is an afterthought
    ("all roads lead to Florida -- and November"), not a source. Three words before the mark make a
    claim ("Mine to close: union"); fewer make a kicker or a label."""
    if not s.headline:
        return
    text, toks = s.text, s.toks
    for n in range(len(toks) - 2, max(0, len(toks) - 8), -1):
        if toks[n].text in (":", "-", "–", "—") and n >= 3:
            if toks[n].text == "-" and toks[n - 1].is_word and toks[n].start == toks[n - 1].end:
                return  # "the France- Spain border": a hyphen of a compound, no credit dash
            if toks[n].start == toks[n - 1].end and toks[n + 1].start == toks[n].end:
                return  # "the U.S.–Mexico border": a dash joining two words, no credit dash
            head = [t for t in toks[n + 1:] if t.text not in ".!"]
            if head and head[0].low in lx.cue_verbs() and not (len(head) == 1 and head[0].low in lx.document_nouns()):
                return  # "... - said the agency": the verb's own source (not "...: report", the noun)
            if head and head[0].low in _NOUN_PREPOSITIONS:
                return  # "... - despite online rumors": a phrase of the claim, not its source
            if len(head) >= 2 and head[1].low in DETERMINERS:
                return  # "... - Watch the Video": a word before a determiner is a verb, not a name
            label = text[head[0].start:head[-1].end] if head else ""
            # after a colon a source is a short label ("Pentagon", "WSJ report"); more words make a clause
            longest = 3 if toks[n].text == ":" else 5
            if head and all(t.is_word for t in head) and len(head) <= longest and can_speak(head, None, True) and \
                    (not COLON_LABEL.match(label) or label.lower() in ("source", "sources")):
                yield Candidate(head[0].start, head[-1].end, label, toks[n].text, toks[n].start,
                                "headlinese.trailing")
            return


def headline_speaker(text: str, start: int, end: int) -> RawAttribution | None:
    """'Pence: Flowers won't be at debate', 'Pence on the debate: "Flowers won't be there"': a name
    before a headline's colon is its speaker when the story goes on to name them again (twice,
    once at least after another word, where only a name keeps its capital); a topic kicker
    ('Stealth Over Health:', 'Business Focus:' over a story whose lines open "Focus on ...") is not
    named in the story that way. Asked only when the passes found nothing in the headline."""
    m = _HEAD_LABEL.match(text, start, end) or _HEAD_ON_LABEL.match(text, start, end)
    if m is None or COLON_LABEL.match(m.group(1)) or m.group(1).lower().startswith("the "):
        return None
    last = m.group(1).split()[-1]
    body = text[end:]
    if len(re.findall(r"\b" + re.escape(last) + r"\b", body)) < 2 \
            or re.search(r"[\w,;:)] " + re.escape(last) + r"\b", body) is None:
        return None
    colon = text.index(":", m.start(1))
    return RawAttribution(m.start(1), m.end(1), m.group(1), ":", colon, classify(m.group(1)),
                          rule="headlinese.speaker_named_again")


def governed_noun(toks: list[Tok], i: int) -> tuple[int, bool] | None:
    """'Stalled talks raise fear of strikes', 'Daily Gazette retracts claim', 'Agency Raises
    Doubts', 'Ruritania amid fears', 'despite online rumors': in a headline, where no "the" marks a
    noun, a cue word that can be a noun and that a verb taking a report as its object or a
    preposition governs (up to two modifiers between) is that noun, not the verb of the words
    before it. Returns the governor's index and whether the report is its subject's own
    ('retracts claim', 'keeps promise'), or None."""
    if not noun_form(toks[i].low):
        return None
    for k in range(i - 1, max(-1, i - 2 - _MODIFIERS_BETWEEN), -1):
        t = toks[k]
        if not t.is_word or t.possessive:
            return None
        if t.low in _OBJECT_VERBS:
            return k, _OBJECT_VERBS[t.low]
        if t.low in _NOUN_PREPOSITIONS:
            return k, False
        if t.low in lx.np_stop() or t.low in lx.np_skip() or t.low in lx.pronouns() or t.low in lx.cue_verbs() \
                or t.low in DETERMINERS:
            return None  # "make a phone call": a determiner marks the noun, for the rules that read it
    return None


def bare_noun(toks: list[Tok], i: int, lemma: str) -> bool:
    """'Ruritania comet claim', 'life on Mars comment', 'revenge vow': a headline's verbs are
    in the present tense, and the bare form agrees only with a plural or a pronoun; right after a
    lower-case singular word that names no one who speaks, it is a noun. (Capitals tell nothing
    in a Title Case headline, and a capitalised name may take the plural: "Labour claim victory".)"""
    if i == 0 or toks[i].low != lemma or not noun_form(lemma):
        return False
    if i >= 2 and toks[i - 2].low not in PREPOSITIONS and (toks[i - 2].low in lx.np_stop()
                                                          or toks[i - 2].low in lx.np_skip()):
        return False  # "can't quite say", "did not really claim": an adverb before the verb
    prev = toks[i - 1]
    w = prev.low
    if not prev.is_word or prev.cap or not w.isalpha() or len(w) < 3 or prev.possessive:
        return False
    if w.endswith("s") or w.endswith("men") or w.endswith("ly") or w in lx.np_stop() or w in lx.np_skip() \
            or w in lx.pronouns() or w in lx.cue_verbs() or speaker_noun(w) or w in wordset("kind_open_collectives"):
        return False
    return True


def noun_form(w: str) -> bool:
    """Can this cue word be a noun ('claims', 'fear', 'doubts'), not only a verb ('says', 'looks')?"""
    return w in lx.cue_nouns() or w in wordset("headline_report_nouns")
