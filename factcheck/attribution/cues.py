"""Find the attributions written in one sentence: cue, source mention, chain (via)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.attribution import lexicons as lx
from factcheck.attribution.mentions import (
    DASHES,
    DETERMINERS,
    TIME_WORDS,
    after_preposition,
    apposition_name,
    classify,
    counted_subject,
    dash_apposition,
    is_role_noun,
    np_backward,
    np_forward,
    skip_back,
)
from factcheck.attribution.resolve import POSSESSIVE_PRONOUNS, gender_of
from factcheck.attribution.tokens import QUOTE_CHARS, Tok, tokenize

_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})
_WEAK_FOLLOW_OK = {"call": ("for", "on", "it", "him", "her", "them", "the"),
                   "point": ("out", "to"), "agree": ("that", "with", "to"), "show": ("that",),
                   "find": ("that",), "add": ("that",), "note": ("that", "the"), "report": ("that", "on"),
                   "plan": ("to",), "seek": ("to",), "expect": ("to", "that"), "want": ("to",),
                   "hope": ("to",), "promise": ("to",), "intend": ("to",)}
_NOT_SOURCE = frozenset({"you", "this", "that", "there", "what", "here", "time", "year",
                         "week", "day", "month", "people"})
_COLON_LABEL = re.compile(r"(?:note|update|updated|editor'?s note|correction|photo|watch|listen|read more|related|"
                          r"breaking|exclusive|analysis|opinion|comment|live|video|source|sources|credit|warning|"
                          r"pictured|above|below|inset|top|main|file|urgent|news|just in|alert|revealed|confirmed|"
                          r"viral video|viral|trending|quiz|explainer|review|recap|timeline|factbox|q&a|breaking news|"
                          r"hoax|shocking|it'?s official|must see|must watch|wow|omg|latest|details|pics|photos|"
                          r"videos)$", re.I)


# '"...," ― Sonya Herridge': a quotation signed with a dash and a name at the end
_DASH_SIGNATURE = re.compile(r"[”\"']\s*(?P<dash>[―—–]|--?)\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                             r"\s*[.,]?\s*$")


_RAISING = frozenset({"appear", "appears", "appeared", "seem", "seems", "seemed", "continue", "continues",
                      "continued", "went", "goes", "go", "appearing", "seeming"})


# A real sentence has a handful of sources; text without sentence punctuation can make one
# "sentence" of thousands of cues, and the per-sentence bookkeeping must stay bounded there.
_MAX_PER_SENTENCE = 32
_TITLES = frozenset({"rep", "sen", "gov", "mr", "mrs", "ms", "dr", "prof", "president", "minister", "pm", "mayor",
                     "senator", "governor", "chancellor", "judge", "gen", "cllr", "pope", "king", "queen",
                     "lady", "sir", "lord", "dame"})


@dataclass
class RawAttribution:
    mention_start: int
    mention_end: int
    mention: str
    cue: str
    cue_start: int
    kind: str
    via: list[str] = field(default_factory=list)
    chain_only: bool = False  # "according to X" / "citing X": may become another's via
    antecedent: str | None = None  # for a relative pronoun ("an architect who said"): what it stands for
    reports: bool = True  # False for an action of the subject found by the stance fallback


# The anonymous/vague patterns are long alternations; most sentences contain none of their
# key words, and a cheap scan for those words keeps the patterns off them.
_ANON_KEYS = re.compile(r"\b(?:source|official|person|people|insider|aide|diplomat|adviser|advisor|executive|"
                        r"employee|staffer|member|individual|figure|unnamed|anonym|whistleblower|tipster)", re.I)
_VAGUE_FORMULA = re.compile(r"\bit (?:is|was|has been|had been)\b|\bword (?:is|has it)\b|"
                            r"(?:^\W*|\b(?:there (?:are|were|have been)|amid|despite|following|per) )(?:\w+ )?"
                            r"(?:reports|rumou?rs|speculation|claims|allegations|suggestions)\b", re.I)
_VAGUE_GROUP = re.compile(r"\b(?:expert|critic|analyst|observer|commentator|pundit|economist|scientist|researcher|"
                          r"academic|scholar|historian|campaigner|activist|opponent|supporter|detractor|sceptic|skeptic|"
                          r"watcher|insider|resident|local|witness|onlooker|neighbo|parent|voter|people|other|many|"
                          r"some|most|someone|somebody|everyone|sources|reports)", re.I)
_VAGUE_CUE = re.compile(r"\b(?:say|said|says|argue[sd]?|believe[sd]?|claim(?:s|ed)?|warn(?:s|ed)?|note[sd]?|"
                        r"suggest(?:s|ed)?|fear(?:s|ed)?|think|thought|point(?:s|ed)?|agree[sd]?|contend|insist|worr\w*|"
                        r"expect\w*|predict\w*|estimate[sd]?|have|had)\b", re.I)


def _vague_keys(seg: str) -> bool:
    return bool(_VAGUE_FORMULA.search(seg) or (_VAGUE_GROUP.search(seg) and _VAGUE_CUE.search(seg)))

_DOC_KEYS = re.compile(r"\b(?:report|stud|survey|poll|analys|review|audit|inquiry|investigation|document|memo|email|"
                       r"letter|filing|record|data|figure|statistic|transcript|minutes|paper|assessment|indictment|"
                       r"complaint|lawsuit|affidavit|ruling|judgment|release|statement|files|messages|texts)", re.I)


_CUE_IN_SPAN = re.compile(r"\s(?:said|says|say|told|added|confirmed|warned|claimed|believe[sd]?|argued?|insisted|"
                          r"reported|wrote|noted|show(?:s|ed)?|found|suggest(?:s|ed)?)\b")


def _special_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    seg = text[start:end]
    out = []
    todo = []
    if _ANON_KEYS.search(seg):
        todo.append((lx.anonymous(), "anonymous"))
    if _vague_keys(seg):
        todo.append((lx.vague(), "vague"))
    if _DOC_KEYS.search(seg):
        todo.append((lx.documents(), "document"))
    for rx, kind in todo:
        for m in rx.finditer(seg):
            if len(out) >= 2 * _MAX_PER_SENTENCE:
                break
            a, b = m.span()
            # a pattern's open tail must not run on into the cue and what was said
            cut = _CUE_IN_SPAN.search(seg, a + 3, b)
            if cut:
                b = cut.start()
            while b > a and seg[b - 1] in " ,.;:":
                b -= 1
            if b - a >= 3:
                out.append((start + a, start + b, kind))
    return out


def _span_at(specials: list[tuple[int, int, str]], pos_end: int) -> tuple[int, int, str] | None:
    for a, b, kind in specials:
        if a < pos_end <= b:
            return (a, b, kind)
    return None


def _mention(text: str, toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int, str]:
    a, b = toks[rng[0]].start, toks[rng[1] - 1].end
    m = text[a:b]
    return a, b, m


def _extend_cue(text: str, verb: Tok, limit: int) -> str:
    m = lx.cue_extension().match(text, verb.end, limit)
    if m:
        ext = " ".join(text[verb.end:m.end()].replace(",", " ").split())
        if ext.lower().startswith("on ") and ext.lower().endswith("day"):
            return verb.text
        return f"{verb.text} {ext}"
    return verb.text


# adjectives that make the next cue word a noun: "an earlier report", "the latest claims"
_NOUN_MODIFIERS = frozenset({"earlier", "new", "recent", "latest", "previous", "initial", "final", "first", "second",
                             "separate", "similar", "preliminary", "annual", "internal", "independent", "leaked",
                             "classified", "confidential", "public", "false", "unfounded", "baseless", "such",
                             "repeated", "dubious", "unsubstantiated", "same", "original", "further", "last", "past",
                             "many", "several", "frequent", "recurring", "private"})


def _noun_use(toks: list[Tok], i: int) -> bool:
    """'an earlier report that', 'the claims': the cue word is a noun here, not a verb."""
    if i == 0 or toks[i].low in _PLAIN_SAID:
        return False  # "said", "told" are never nouns: "The two said", "Both told"
    prev = toks[i - 1]
    if prev.low in DETERMINERS or prev.possessive:
        return True
    if i >= 2 and (toks[i - 2].low in DETERMINERS or toks[i - 2].possessive) and prev.low in _NOUN_MODIFIERS:
        return True
    t = toks[i].low
    if i >= 2 and toks[i - 2].low in ("a", "an") and prev.cap and not t.endswith(("s", "ed")) \
            and t not in lx.irregular_past():
        return True  # "a Twitter comment", "an NBC report": a bare verb form after "a Name" is a noun
    return False


def _named_subject(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """A subject that names someone: a name, a pronoun (not 'it'), or a noun for people who speak."""
    words = toks[rng[0]:rng[1]]
    if len(words) == 1 and words[0].low in lx.pronouns() and words[0].low != "it":
        return True
    return any(t.cap and not (n == 0 and rng[0] == 0 and t.low in DETERMINERS) for n, t in enumerate(words)) or \
        words[-1].low in lx.source_nouns()


def plausible_source(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """Could this noun phrase be someone or something that says things? Names, pronouns,
    organisation, document and media words, and role nouns can; 'derogatory comments' cannot."""
    if _named_subject(toks, rng):
        return True
    words = toks[rng[0]:rng[1]]
    head = words[-1].low
    if head in lx.pronouns():
        return True
    if head in lx.org_words() or head in lx.document_nouns() or head in lx.media()[1]:
        return True
    return is_role_noun(head) or head.endswith("-year-old")  # "said the 46-year-old"


def _leading_speaker(toks: list[Tok], verb: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, when a comma follows it and it can speak."""
    k = 0
    if toks and toks[0].text in QUOTE_CHARS:
        # '"It is long," Tina Tchen, Mrs. Obama's chief of staff, said': after the quotation
        k = next((n + 1 for n in range(1, verb) if toks[n].text in QUOTE_CHARS and toks[n - 1].text in ",.?!"),
                 verb)
        while k < verb and toks[k].text == ",":
            k += 1
    while k < verb and toks[k].is_word and toks[k].low in ("but", "and", "yet", "still", "meanwhile", "however"):
        k += 1
    rng = np_forward(toks, k)
    if rng and rng[1] < verb - 2 and toks[rng[1]].text in (",", "(") and plausible_source(toks, rng) \
            and not _timeish(toks, rng):
        return rng
    return None


def _said_by(toks: list[Tok], rng: tuple[int, int], verb: int) -> bool:
    """'the admiral said', 'the unsigned opinion said', 'about 9 percent said': whatever noun
    phrase directly says something is its source, unless it is a time or a dummy subject."""
    head = toks[rng[1] - 1]
    return (toks[verb].low in _PLAIN_SAID and rng[1] == verb and head.is_word and head.text[0].isalpha()
            and head.low not in TIME_WORDS and head.low not in _NOT_SOURCE and head.low != "it"
            and (rng[1] - rng[0] > 1 or not head.low.endswith(("ing", "ed"))) and not after_preposition(toks, rng)
            and (rng[0] == 0 or toks[rng[0] - 1].low not in ("and", "or", "&")))  # "Experts on X and Y said"


_NO_ANSWER = frozenset({"respond", "comment", "reply", "answer", "elaborate", "return"})
_NO_ANSWER_TO = frozenset({"comment", "respond", "reply", "answer", "elaborate", "say", "discuss", "speak"})
_NEGATIONS = frozenset({"not", "never", "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't", "hasn't",
                        "haven't", "hadn't", "cannot", "can't"})


_SAY_FORMS = frozenset({"say", "says", "said", "told", "tell", "tells"})


# verb forms that cannot be read as nouns ("the derogatory comments had")
_PLAIN_SAID = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added", "adds"})


_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re"})


def _participle(toks: list[Tok], i: int) -> bool:
    """'..., saying that' / 'tweets early Friday saying': an -ing cue without a form of 'be'
    before it takes the subject of its clause."""
    j = skip_back(toks, i - 1)
    return j < 0 or toks[j].low not in _BE


def _timeish(toks: list[Tok], rng: tuple[int, int]) -> bool:
    return any(t.low in TIME_WORDS for t in toks[rng[0]:rng[1]])


def _clause_subject(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """The subject of the clause a participle hangs on: the first name or pronoun at the start
    of the sentence or after an opening phrase ("At the rally, Clinton said ..., adding")."""
    starts = [0] + [n + 1 for n in range(min(i, 14)) if toks[n].text == ","]
    for k in starts:
        while k < i and (toks[k].is_word and (toks[k].low.endswith("ly") or toks[k].low in lx.discourse_openers())
                         or toks[k].text == ","):
            k += 1
        rng = np_forward(toks, k, allow_lower_start=False)
        if rng and rng[1] < i and (toks[rng[1]].is_word or toks[rng[1]].text == ",") and \
                _named_subject(toks, rng) and not _timeish(toks, rng):
            return rng
    return None


# weak cues whose other senses are common with a named subject too ("Acme added a line",
# "the video shows a crowd", "Smith found the body", "she posted a photo")
_STRICT_WEAK = frozenset({"add", "show", "find", "post", "report", "state", "write", "continue", "plan", "seek",
                          "learn", "know", "understand", "expect", "feel", "project", "charge", "answer",
                          "maintain", "observe", "mention", "describe", "agree"})


# cues whose content is naturally a number: "BMO forecasts 19M sales", "Citi estimates 500 deaths"
_NUMBER_CUES = frozenset({"forecast", "estimate", "project", "calculate", "predict"})


def _named_before(toks: list[Tok], j: int) -> bool:
    """Is the word before the cue a name or a personal pronoun ("Clinton cited", "he called")?"""
    if j < 0 or not toks[j].is_word:
        return False
    t = toks[j]
    return (t.cap and t.low not in DETERMINERS and j > 0) or (j == 0 and t.cap and t.low not in DETERMINERS) \
        or t.low in ("he", "she", "they", "we")


def _digit_after(toks: list[Tok], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].text[0].isdigit()


# weak cues that can close a sentence whose content came first ("..., Smith added."); at the
# end of a sentence the others are nouns ("a pipeline blast", "the Islamic state")
_MAY_CLOSE = frozenset({"add", "confirm", "estimate", "write", "post", "report", "announce", "state", "note",
                        "reveal", "indicate", "answer", "maintain", "observe", "continue", "agree", "find", "show",
                        "disclose", "explain", "mention", "learn", "ask", "describe"})


_TIME_GLUE = frozenset({"on", "at", "last", "this", "early", "late", "earlier", "later", "in", "the", "a.m.", "p.m.",
                        "local", "time"})


def _only_time_after(toks: list[Tok], k: int) -> bool:
    """Nothing but a time phrase ('on Monday', 'late Tuesday evening') from toks[k] to the end."""
    rest = [t for t in toks[k:] if t.text not in (".", "!", "?")]
    return bool(rest) and len(rest) <= 5 and any(t.low in TIME_WORDS for t in rest) and all(
        t.low in TIME_WORDS or t.low in _TIME_GLUE or t.text[0].isdigit() for t in rest)


def _weak_ok(toks: list[Tok], i: int, lemma: str, inverted: bool) -> bool:
    if inverted:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.text in (".", "!", "?") or _only_time_after(toks, i + 1):
        # "..., a spokesman announced (on Monday)." closes a sentence whose content came first
        return lemma in _MAY_CLOSE and any(x.text == "," or x.text in QUOTE_CHARS for x in toks[:i - 1])
    if lemma in _WEAK_FOLLOW_OK and nxt.low in _WEAK_FOLLOW_OK[lemma]:
        return True
    if lemma in ("expect", "want", "ask", "call") and nxt.low in ("him", "her", "them", "us", "me", "it") and \
            i + 2 < len(toks) and toks[i + 2].low == "to":
        return True  # "expects them to become less available", "asked her to resign"
    if nxt.text[0].isdigit():
        return False
    return nxt.low in ("that", ":", ",", ".", "“", '"', "‘", "?", "!") or nxt.text in QUOTE_CHARS


def find_in_sentence(text: str, start: int, end: int, headline: bool = False) -> list[RawAttribution]:
    toks = tokenize(text, start, end)
    if not toks:
        return []
    words = [t for t in toks if t.is_word and t.text[0].isalpha()]
    title_case = len(words) >= 4 and sum(t.cap for t in words) >= 0.8 * len(words)
    specials = _special_spans(text, start, end)
    verbs = lx.cue_verbs()
    out: list[RawAttribution] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, mention: str, cue: str, cue_start: int, kind: str | None = None,
            chain_only: bool = False) -> RawAttribution | None:
        if mention.lower() in _NOT_SOURCE or len(out) >= _MAX_PER_SENTENCE:
            return None
        for x, y in taken:
            if x < b and a < y:
                return None
        taken.append((a, b))
        ra = RawAttribution(a, b, mention, cue, cue_start, kind or classify(mention), chain_only=chain_only)
        out.append(ra)
        return ra

    low_text = text[start:end]
    # "according to X" and similar: the source follows the phrase
    for m in lx.cue_phrases().finditer(low_text):
        after = start + m.end()
        k = next((n for n, t in enumerate(toks) if t.start >= after), None)
        if k is None:
            continue
        sp = _span_at(specials, toks[k].start + 1)
        if sp and sp[0] <= toks[k].start:
            add(sp[0], sp[1], text[sp[0]:sp[1]], m.group().lower(), start + m.start(), sp[2], chain_only=True)
            continue
        rng = np_forward(toks, k)
        if rng:
            a, b, mention = _mention(text, toks, rng)
            add(a, b, mention, m.group().lower(), start + m.start(), chain_only=True)

    for i, t in enumerate(toks):
        if len(out) >= _MAX_PER_SENTENCE:
            break
        verb = verbs.get(t.low)
        if verb is None or not t.is_word or t.low in lx.chain_cues():
            continue
        prev = toks[i - 1] if i > 0 else None
        raised = False
        if prev is not None and prev.low == "to":
            # "appear to show", "seems to suggest": the subject of the raising verb is the source
            if i >= 2 and toks[i - 2].low in _RAISING:
                raised = True
            else:
                continue
        if any(a <= t.start < b for a, b, k in specials if k == "document"):
            continue  # "a report published on Tuesday": the participle belongs to the source phrase
        if t.cap and i > 0 and not (title_case and verb.strength == "speech" and (
                i > 1 or (toks[0].cap and toks[0].low not in DETERMINERS))):
            continue  # "Post" the newspaper; in a Title Case Headline, "Former Doctor Says" is a cue
        if t.low in ("told", "asked") and i + 1 < len(toks) and toks[i + 1].low == "to":
            continue  # "Developers Told to Limit Features": an instruction received, not given
        aux = skip_back(toks, i - 1)
        if t.low in ("declined", "declines", "refused", "refuses") and i + 2 < len(toks) and toks[i + 1].low == "to" \
                and toks[i + 2].low in _NO_ANSWER_TO:
            continue  # "declined to comment": nothing was said
        if verb.lemma in _NO_ANSWER and any(toks[k].low in _NEGATIONS for k in range(max(aux, 0), i)):
            continue  # "did not respond to messages": nothing was said
        if not t.low.endswith("ing") and any(toks[k].low in _PASSIVE for k in range(max(aux, 0), i)):
            # "he was told by X": the source follows "by"; "it is said" is vague (special spans)
            if i + 1 < len(toks) and toks[i + 1].low == "by":
                rng = np_forward(toks, i + 2)
                if rng:
                    a, b, mention = _mention(text, toks, rng)
                    add(a, b, mention, t.text + " by", t.start)
            continue
        if t.low in _SAY_FORMS:
            rng = counted_subject(toks, skip_back(toks, i - 1))
            if rng:  # "47% say", "one in five said", "those surveyed say": a share of people speaks
                a, b, mention = _mention(text, toks, rng)
                add(a, b, mention, _extend_cue(text, t, end), t.start, "vague")
                continue
        if _noun_use(toks, i):
            continue
        j = skip_back(toks, i - 3 if raised else i - 1)
        if j >= 1 and toks[j].text == ")":
            # "the Joint Chiefs of Staff (JCS) said": the name is before the parenthesis
            k = next((n for n in range(j - 1, max(-1, j - 8), -1) if toks[n].text == "("), None)
            if k is not None and k > 0:
                j = skip_back(toks, k - 1)
        inverted = j >= 0 and (toks[j].text == "," or toks[j].text in QUOTE_CHARS) and j == i - 1
        cue = _extend_cue(text, t, end)
        if i == 0 and t.low in ("said", "says") and len(toks) > 2:
            rng = np_forward(toks, 1, allow_lower_start=False)  # 'Said Ellis: "..."'
            if rng:
                a, b, mention = _mention(text, toks, rng)
                add(a, b, mention, cue, t.start)
            continue
        if verb.strength == "weak" and cue == t.text and not _weak_ok(toks, i, verb.lemma, inverted) and not (
                verb.lemma not in _STRICT_WEAK and _named_before(toks, j) and (
                    not _digit_after(toks, i) or verb.lemma in _NUMBER_CUES)) and not (
                verb.lemma in ("show", "find", "suggest", "indicate", "reveal") and not t.low.endswith("ing")
                and j >= 0 and toks[j].low in lx.document_nouns()):
            continue  # ("the poll showed Clinton ahead": a document shows what it finds)
        # the source before the cue: "X said", "X, a doctor, said", "sources familiar ... said"
        if j >= 1 and toks[j].low in ("who", "which") and (toks[j - 1].is_word or toks[j - 1].text == ","):
            k = j - 2 if toks[j - 1].text == "," else j - 1
            ante = np_backward(toks, k)
            if ante and plausible_source(toks, ante):
                ra = add(toks[j].start, toks[j].end, toks[j].text, cue, t.start)
                if ra is not None:
                    ra.antecedent = _mention(text, toks, ante)[2]
                    ra.kind = classify(ra.antecedent)
            continue
        if prev is not None and prev.low in ("having", "worth"):
            continue  # "Having said that", "it is worth noting": discourse formulas, not sources
        if j >= 0 and toks[j].is_word:
            sp = _span_at(specials, toks[j].end)
            if sp:
                add(sp[0], sp[1], text[sp[0]:sp[1]], cue, t.start, sp[2])
                continue
            rng = np_backward(toks, j)
            if toks[j].low in ("and", "but") and not out:
                rng = _clause_subject(toks, i)  # "VoltaCell has raised £85m and says ..."
            elif t.low.endswith("ing") and _participle(toks, i) and (
                    rng is None or not plausible_source(toks, rng) or _timeish(toks, rng) or toks[i - 1].text == ","):
                rng = _clause_subject(toks, i) if not out else None
            elif verb.strength == "speech" and not out and (rng is None or not (
                    plausible_source(toks, rng) or _said_by(toks, rng, i))):
                # "Experts on North Korea and nuclear proliferation said", "Observers around the
                # country say": the phrase before the verb is not the whole subject; its head is
                rng = _clause_subject(toks, i)
            if rng and (plausible_source(toks, rng) or (verb.strength == "speech" and _said_by(toks, rng, i))) and (
                    verb.strength != "learned" or (_named_subject(toks, rng) and not after_preposition(toks, rng))):
                a, b, mention = _mention(text, toks, rng)
                add(a, b, mention, cue, t.start)
            continue
        if verb.strength == "learned":
            continue
        if j >= 0 and toks[j].text in DASHES:
            fwd = np_forward(toks, i + 1)
            if fwd and all(not x.is_word for x in toks[fwd[1]:]) and plausible_source(toks, fwd):
                a, b, mention = _mention(text, toks, fwd)  # "... - the highest since 2008 - said the agency."
                add(a, b, mention, cue, t.start)
                continue
        if j >= 0 and (toks[j].text == "," or toks[j].text in DASHES) and not (
                t.low.endswith("ing") and toks[i - 1].text == ","):
            # (", arguing": a participle takes its clause's subject, not a name just before the comma)
            rng = apposition_name(toks, j) if toks[j].text == "," else dash_apposition(toks, j)
            if rng:
                a, b, mention = _mention(text, toks, rng)
                add(a, b, mention, cue, t.start)
                continue
        if j >= 0 and toks[j].text in QUOTE_CHARS or (j >= 0 and toks[j].text == ","):
            # inverted: '"...," said the spokesman' / '..., said John Smith'
            sp = _span_at(specials, toks[i + 1].end) if i + 1 < len(toks) else None
            if sp and sp[0] <= toks[i + 1].start + 1:
                add(sp[0], sp[1], text[sp[0]:sp[1]], cue, t.start, sp[2])
                continue
            rng = np_forward(toks, i + 1)
            if rng and not toks[rng[1] - 1].cap and rng[1] + 1 < len(toks) and toks[rng[1]].text == ",":
                named = np_forward(toks, rng[1] + 1, allow_lower_start=False)
                if named and any(toks[x].cap for x in range(*named)):
                    rng = named  # "said the firm's chief executive, Dr. Hannah Brooke"
            if rng and rng[1] - rng[0] == 1 and toks[rng[0]].low in lx.pronouns() and rng[1] < len(toks) \
                    and toks[rng[1]].is_word:
                rng = None  # "..., said they had been told": the pronoun begins what was said
            if rng and plausible_source(toks, rng) and not t.low.endswith("ing"):
                a, b, mention = _mention(text, toks, rng)
                add(a, b, mention, cue, t.start)
                continue
            if t.low.endswith("ing") and out:
                continue  # ", saying ..." belongs to the attribution already found
            if t.low.endswith("ing"):
                rng = _clause_subject(toks, i) or np_forward(toks, 0, allow_lower_start=False)
                if rng is None:
                    rng = np_forward(toks, 0)  # "The mayor spoke in Leeds, arguing ..."
                    rng = rng if rng and plausible_source(toks, rng) and not _timeish(toks, rng) else None
                if rng and rng[1] < i:
                    a, b, mention = _mention(text, toks, rng)
                    add(a, b, mention, cue, t.start)
                continue
            if toks[j].text == "," and verb.strength == "speech" and not out:
                # "Sandra Inman, a Cruz supporter from Jackson, Miss., attending ..., said": an
                # apposition too long or too punctuated to walk; the sentence opens with the speaker
                rng = _leading_speaker(toks, i)
                if rng:
                    a, b, mention = _mention(text, toks, rng)
                    add(a, b, mention, cue, t.start)
    for a, b, kind in specials:
        if kind == "document" and re.match(r"\s*(?:In|in)\s+$", text[max(start, a - 4):a]) and \
                text[start:a].strip().lower() in ("in", ""):
            add(a, b, text[a:b], "in", a - 3, "document", chain_only=True)
    _possessive_cues(text, toks, add)
    _colon_cue(text, toks, add, headline)
    if headline:
        # in running prose a dash or colon before a short last phrase is an afterthought ("all
        # roads lead to Florida -- and November"), not a source
        _trailing_source(text, toks, add)
    m = _DASH_SIGNATURE.search(text, start, end)
    if m:
        add(m.start("name"), m.end("name"), m.group("name"), m.group("dash"), m.start("dash"))
    # vague spans that carry their own cue: "it is understood", "critics say"
    for a, b, kind in specials:
        if kind == "vague" and not any(x < b and a < y for x, y in taken):
            phrase = text[a:b]
            if re.search(r"\b(?:understood|believed|thought|said|reported|claimed|alleged|rumou?red|suggested|"
                         r"expected|estimated|known|feared|argued|say|says|argue|warn|believe|claim|suggest|"
                         r"fear|think|note|that|per)\b", phrase, re.I) or _cue_right_after(text, b, end):
                add(a, b, phrase, _cue_word(text, a, b, end), a, "vague")
    _chains(text, toks, out, specials)
    if not out:
        m = lx.agentless().search(text, start, end)
        if m and not re.search(r"\bby\s", text[m.end():end]):
            # nobody named, so no mention and no span ("seen as a threat by party leaders" names them)
            out.append(RawAttribution(-1, -1, "", " ".join(m.group().split()), m.start(), "vague"))
    out.sort(key=lambda r: r.cue_start)
    return out



def _cue_right_after(text: str, b: int, end: int) -> bool:
    m = re.match(r"\s+(?:have |had |also )?(\w+)", text[b:end])
    return bool(m) and m.group(1).lower() in lx.cue_verbs()


def _cue_word(text: str, a: int, b: int, end: int) -> str:
    m = re.match(r"\s+(?:have |had |also )?(\w+)", text[b:end])
    if m and m.group(1).lower() in lx.cue_verbs():
        return m.group(1)
    return text[a:b].split()[-1] if text[a:b].split() else "said"


_NOUN_FOLLOW = frozenset({"that", "to", "about", "on", "of", "for", "against", ":", ","}) | QUOTE_CHARS
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})


def _possessive_cues(text: str, toks: list[Tok], add) -> None:
    """"Trump's claim that ...", "her warning about ...": the possessor is the source of what follows."""
    nouns = lx.cue_nouns()
    for i, t in enumerate(toks):
        if t.low not in nouns or i == 0 or i + 1 >= len(toks) or toks[i + 1].low not in _NOUN_FOLLOW:
            continue
        k = i - 1
        if not (toks[k].possessive or toks[k].low in _POSSESSIVE_PRONOUNS):
            k -= 1  # one adjective between: "Trump's repeated claims", "his latest remarks"
            if k < 0 or not toks[k + 1].is_word or toks[k + 1].cap or not (
                    toks[k].possessive or toks[k].low in _POSSESSIVE_PRONOUNS):
                continue
        owner = toks[k]
        # "her claim that X" sources X; "her remarks about X drew criticism" only names whose remarks
        says = toks[i + 1].low in ("that", ":") or toks[i + 1].text in QUOTE_CHARS
        if owner.low in _POSSESSIVE_PRONOUNS:
            ra = add(owner.start, owner.end, owner.text, t.text, t.start,
                     classify(POSSESSIVE_PRONOUNS.get(owner.low, owner.low)))
            if ra is not None:
                ra.reports = says
            continue
        rng = np_backward(toks, k)
        head = owner.low.removesuffix("'s").rstrip("'")
        if rng is None or not (_named_subject(toks, rng) or head in lx.source_nouns() or is_role_noun(head)
                               or head in lx.org_words() or head in lx.media()[1]):
            continue
        a = toks[rng[0]].start
        b = owner.end - (2 if owner.low.endswith("'s") else 1)
        if b > a:
            ra = add(a, b, text[a:b], t.text, t.start)
            if ra is not None:
                ra.reports = says


_CREDIT_WORDS = frozenset({"and", "of", "the", "staff", "agencies", "wires", "with", "from", "news", "reports", "data"})


def _colon_cue(text: str, toks: list[Tok], add, headline: bool = False) -> None:
    """'Clinton: "We will win"' / 'Police: man arrested' (headlines and pull quotes)."""
    lead = 1 if toks and toks[0].text in QUOTE_CHARS else 0
    for n, t in enumerate(toks[lead:lead + 8], lead):
        if t.text == ":":
            if n == lead or n > lead + 6:
                return
            head = toks[lead:n]
            if not all(x.is_word for x in head) or not head[0].cap:
                return
            phrase = text[head[0].start:head[-1].end]
            if head[-1].low in ("source", "sources") and sum(
                    x.is_word and not x.cap and x.low not in _CREDIT_WORDS for x in toks[n + 1:]) >= 2:
                # "Source: Hackers send new message": an unnamed source's claim, not a credit line
                add(head[0].start, head[-1].end, phrase, ":", t.start, "anonymous")
                return
            if _COLON_LABEL.match(phrase) or any(x.low in lx.cue_verbs() for x in head):
                return
            if all(not x.is_word or x.text[0].isdigit() or x.low in ("percent", "votes", "delegates")
                   for x in toks[n + 1:]):
                return  # "Okafor: 547.": a tally, not words spoken
            if phrase not in _transcript_labels(text) and not _shouted_name(head) and \
                    not _can_speak(head, toks[n + 1] if n + 1 < len(toks) else None, headline):
                return  # "Ottawa shooting: ...", "Rajasthan: ...": a topic kicker, not a speaker
            if n + 1 < len(toks):
                add(head[0].start, head[-1].end, phrase, ":", t.start)
            return
        if not t.is_word:
            return


_LINE_LABEL = re.compile(r"^[ \t]*([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})[ \t]*:[ \t]", re.M)


@lru_cache(maxsize=4)
def _transcript_labels(text: str) -> frozenset[str]:
    """Labels that open two or more paragraphs ('Reyes: ...', 'Q: ...'): an interview
    transcript's speakers, however they are written. Once per text; the hash of a str is cached."""
    counts = Counter(m.group(1) for m in _LINE_LABEL.finditer(text))
    return frozenset(k for k, n in counts.items() if n >= 2 and not _COLON_LABEL.match(k)
                     and not any(c.isdigit() for c in k))


def _shouted_name(head: list[Tok]) -> bool:
    """'KATE OKAFOR:': a transcript speaker in capitals, with a given name."""
    return 1 < len(head) <= 3 and all(t.text.isupper() and len(t.text) > 1 for t in head) and \
        gender_of(head[0].text) is not None


_HEAD_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}) ?:\s")


def headline_speaker(text: str, start: int, end: int) -> RawAttribution | None:
    """'Pence: Flowers won't be at debate': a name before a headline's colon is its speaker when
    the story goes on to name them again (twice); a topic kicker ('Stealth Over Health:') is not
    named in the story that way."""
    m = _HEAD_LABEL.match(text, start, end)
    if m is None or _COLON_LABEL.match(m.group(1)) or m.group(1).lower().startswith("the "):
        return None
    last = m.group(1).split()[-1]
    body = text[end:]
    if len(re.findall(r"\b" + re.escape(last) + r"\b", body)) < 2:
        return None
    colon = text.index(":", m.start(1))
    return RawAttribution(m.start(1), m.end(1), m.group(1), ":", colon, classify(m.group(1)))


def _trailing_source(text: str, toks: list[Tok], add) -> None:
    """Headline-ese that names its source last: '...: South Korea paper', '... - police'."""
    for n in range(len(toks) - 2, max(0, len(toks) - 8), -1):
        if toks[n].text in (":", "-", "–", "—") and n > 3:
            head = [t for t in toks[n + 1:] if t.text not in ".!"]
            if head and head[0].low in lx.cue_verbs():
                return  # "... - said the agency": the verb's own source
            label = text[head[0].start:head[-1].end] if head else ""
            # after a colon a source is a short label ("Pentagon", "WSJ report"); more words make a clause
            longest = 3 if toks[n].text == ":" else 5
            if head and all(t.is_word for t in head) and len(head) <= longest and _can_speak(head, None, True) and \
                    (not _COLON_LABEL.match(label) or label.lower() in ("source", "sources")):
                add(head[0].start, head[-1].end, label, toks[n].text, toks[n].start)
            return


def _can_speak(head: list[Tok], after: Tok | None, headline: bool = False) -> bool:
    """Is the label before a colon someone who speaks? A quotation after it, a transcript
    speaker in capitals, a person's name or title, an organisation, document or media word."""
    if after is not None and after.text in QUOTE_CHARS:
        return True
    if any(c.isdigit() for t in head for c in t.text):
        return False  # "Willie Nelson dead 2015:", "Day 3:": a topic, not a speaker
    words = [t.low for t in head]
    if len(head) == 1 and head[0].text.isupper() and len(head[0].text) > 2:
        # "TAPPER:" in a transcript; in a headline a long word in capitals is a kicker
        # ("SHOCKING:", "AUSTRALIA:") and a short one an acronym ("NASA:", "DHS:")
        return not headline or len(head[0].text) <= 5
    if any(w in _TITLES for w in words):
        return True
    if gender_of(" ".join(t.text for t in head)):
        # a person's name, not a topic about them ("Ann Okafor dead:", "Ann Okafor Pay Scandal:")
        return len(head) <= 3 and all(t.cap and not t.possessive for t in head)
    last = words[-1]
    return (is_role_noun(last) or last.endswith(("man", "woman", "men")) or last in lx.org_words()
            or last in lx.source_nouns() or last in lx.document_nouns()
            or last in lx.media()[1] or " ".join(words) in lx.media()[0])


def _chains(text: str, toks: list[Tok], out: list[RawAttribution], specials) -> None:
    """'citing X', 'confirmed through X', and 'according to X' beside another source: X is the
    underlying source (via) of the sentence's main attribution."""
    chain = lx.chain_cues()
    mains = [r for r in out if not r.chain_only]
    found = 0
    for i, t in enumerate(toks):
        if t.low not in chain or i + 1 >= len(toks):
            continue
        if found >= _MAX_PER_SENTENCE:
            break
        if t.low in ("through", "via", "from"):
            # only in a reporting context: "confirmed through X", "learned from X"
            k = skip_back(toks, i - 1)
            if k < 0 or not (toks[k].low in lx.cue_verbs() or toks[k].low in ("obtained", "received", "heard")):
                continue
        sp = _span_at(specials, toks[i + 1].end)
        if sp and sp[0] <= toks[i + 1].start + 1:
            a, b, mention = sp[0], sp[1], text[sp[0]:sp[1]]
        else:
            rng = np_forward(toks, i + 1)
            if rng and not plausible_source(toks, rng) and rng[1] + 1 < len(toks) and \
                    toks[rng[1]].low in ("by", "from", "of"):
                rng = np_forward(toks, rng[1] + 1)  # "citing routine testing by X": X is the source
            if not rng or not plausible_source(toks, rng):
                continue
            a, b, mention = _mention(text, toks, rng)
        if any(r.mention_start <= a < r.mention_end for r in out):
            continue
        found += 1
        if mains:
            target = min(mains, key=lambda r: abs(r.cue_start - t.start))
            target.via.append(mention)
        else:
            out.append(RawAttribution(a, b, mention, t.text, t.start, classify(mention), chain_only=True))
    if mains:
        for r in [r for r in out if r.chain_only]:
            target = min(mains, key=lambda m: abs(m.cue_start - r.cue_start))
            if r.mention not in target.via:
                target.via.append(r.mention)
            out.remove(r)
