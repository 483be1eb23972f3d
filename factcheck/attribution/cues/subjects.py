"""Can a noun phrase be a source? Shared by the passes that look for one."""

from __future__ import annotations

from factcheck.attribution import lexicons as lx
from factcheck.attribution.kinds import partitives
from factcheck.attribution.mentions import DETERMINERS, TIME_WORDS, is_role_noun, opening_participle
from factcheck.attribution.names import gender_of
from factcheck.lexicon import rule_words
from factcheck.tokens import Tok

# "officials from both parties", "critics of the plan", "a source with access to the leadership":
# the head is before the preposition ("to", "on" also join words that are no phrase: "appointed
# several women to key posts"; "with" only after a noun for people, see plausible_source)
_HEAD_LINKS = frozenset({"of", "from", "for", "with"})
_QUANTIFIERS = rule_words("speech_verbs", "adverb_quantifiers")


def named_subject(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """A subject that names someone: a name, a pronoun (not 'it'), or a noun for people who speak."""
    words = toks[rng[0]:rng[1]]
    if len(words) == 1 and words[0].low in lx.pronouns() and words[0].low != "it":
        return True
    # the line's first word is capitalised for its place: a determiner, or a participle before a
    # lower-case head that names no one who speaks ("Chilling scene shows"), names no one
    opener = rng[0] == 0 and (words[0].low in DETERMINERS or len(words) > 1 and not words[-1].cap and len(
        words[0].low) > 4 and words[0].low.endswith(("ing", "ed")) and not speaker_noun(words[-1].low)
        or _opening_adverb(toks, rng[0]) or opening_participle(toks, rng))
    return any(t.cap and not (n == 0 and opener) for n, t in enumerate(words)) or \
        words[-1].low in lx.source_nouns()


def plausible_source(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """Could this noun phrase be someone or something that says things? Names, pronouns,
    organisation, document and media words, and role nouns can; 'derogatory comments' cannot.
    A phrase with a preposition has its head before it: "officials from both parties",
    "critics of the plan", when that is a word for people of the lexicon."""
    if named_subject(toks, rng):
        return True
    head = toks[rng[1] - 1].low
    if speaker_noun(head) or head.endswith("-year-old"):  # "said the 46-year-old"
        return True
    link = next((k for k in range(rng[0] + 1, rng[1] - 1) if toks[k].low in _HEAD_LINKS), None)
    if link is not None and toks[link].low == "of" and toks[link - 1].low in partitives() \
            and (head in ("them", "those", "us") or speaker_noun(head)):
        return True  # "One of them described", "some of the officials", "40 percent of them"
    if link is None or toks[link - 1].low not in lx.source_nouns():  # (not a role by its suffix: "a number of")
        return False
    # "a source with access to", "officials with the ministry": people with something; a body or a
    # text "with" something is described, not named as speaking ("a campaign with broad appeal")
    before = toks[link - 1].low
    return toks[link].low != "with" or before not in lx.org_words() and before not in lx.document_nouns() \
        and before not in lx.media()[1]


def _opening_adverb(toks: list[Tok], k: int) -> bool:
    """'Highly recommended as ...', 'Sparsely populated South Dakota', 'Nearly eight of 10': an
    adverb in -ly capitalised for opening the line, before the participle, number or quantifier
    it modifies; not a name ("Jolly, who was elected", "Schlafly also noted", "Kelly said") nor a
    word in -ly that is a noun ("Family")."""
    t = toks[k]
    if not (t.low.endswith("ly") and len(t.low) > 4 and not t.text.isupper() and t.low not in lx.ly_not_adverbs()
            and gender_of(t.text) is None and k + 1 < len(toks)):
        return False
    nxt = toks[k + 1]
    if nxt.text == ",":
        return _own_subject_after(toks, k + 2)
    return not nxt.cap and (len(nxt.low) > 4 and nxt.low.endswith(("ed", "en")) or nxt.text[0].isdigit()
                            or nxt.low in _QUANTIFIERS
                            or nxt.low in lx.irregular_past())


def _own_subject_after(toks: list[Tok], k: int) -> bool:
    """'Recently, it issued', 'Separately, however, they said': after an opening adverb's comma
    (and a word set off by commas) the clause has a subject of its own, a pronoun, so the
    adverb is none ("Schlafly, however, noted": the name is the subject, no pronoun follows)."""
    if k + 1 < len(toks) and toks[k + 1].text == ",":
        k += 2
    return k < len(toks) and toks[k].low in lx.pronouns()


def speaker_noun(w: str) -> bool:
    """A word for someone or something that says things: a pronoun, a noun for people or by role,
    a body's, a document's or an outlet's word ('officials', 'economist', 'ministry', 'report')."""
    return (w in lx.pronouns() or w in lx.source_nouns() or is_role_noun(w) or w in lx.org_words()
            or w in lx.document_nouns() or w in lx.media()[1])


def timeish(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """A phrase with a time word in it ("Last week", "On Monday night") is no speaker, unless the
    word ends a name ("USA Today reporting", "Theresa May saying")."""
    return any(toks[k].low in TIME_WORDS and not _ends_name(toks, k, rng[0]) for k in range(rng[0], rng[1]))


_NAME_TIME_WORDS = rule_words("mentions", "name_time_words", "attribution_rules")
_TIME_LEAD = rule_words("mentions", "time_lead", "attribution_rules")


def _ends_name(toks: list[Tok], k: int, start: int) -> bool:
    t = toks[k]
    if t.low not in _NAME_TIME_WORDS or not t.cap or k <= start:
        return False
    before = toks[k - 1]
    return before.is_word and before.cap and before.low not in _TIME_LEAD and before.low not in TIME_WORDS
