"""The headline (and standfirst) checked against the body: does the body back what it promises?

Codes (design/CONTRACT.md), each with a plain message and the ids of the body sentences that bear
on it (the best-matching ones):
  unsupported          the body is about something else (FNC-1 "unrelated"); reported alone,
                       since the finer checks mean nothing then
  quote_not_in_body    words the headline puts in quotation marks that the body never uses
                       (rule in factcheck/headline/quotes.py)
  number_mismatch      a number in the headline that no number in the body equals, after
                       normalisation ("$2bn" == "$2 billion"; round figures may round)
  entity_missing       a name in the headline the body never mentions (headline/names.py)
  attribution_dropped  the body sentences that back the headline attribute it to an unnamed,
                       vague or outlet source (or only hedge it), while the headline states it
                       as fact; or the headline credits someone the body does not
  hedge_dropped        every body sentence that backs the headline hedges it (may, reportedly),
                       while the headline asserts it
  contradicted         the body disputes what the headline states (a denial, "no evidence", a
                       hoax called), negates the headline's own word ("was not the wife"), or
                       tells as fact what the headline itself calls false
The standfirst is read with the headline: its attribution or hedge qualifies the headline, and its
quotes, numbers and names are checked against the body too.
The work is linear in the body: every sentence is profiled once and compared with the short
headline once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache, cached_property, lru_cache, partial
from itertools import islice

from factcheck.attribution.claim_objects import refuses_no_claim
from factcheck.attribution.kinds import UNNAMED_KINDS
from factcheck.attribution.lexicons import cue_verbs, media, stance_classes
from factcheck.attribution.names import possessive_pronouns
from factcheck.attribution.resolve import own_voice, reader_voice, voice_of
from factcheck.claims import conceded, hedge_cues, in_term
from factcheck.headline import stance
from factcheck.headline.names import BodyNames, BodyNamesBuilder, Name, aliases, headline_names, missing_names
from factcheck.headline.numbers import Number, body_values, counts_years, extract, is_year, qualifiers, years_apart
from factcheck.headline.quotes import Quote, QuoteResult, check_quote, headline_quotes, phrase_of
from factcheck.headline.stance import SentenceCues, sentence_cues
from factcheck.headline.stance import features as stance_inputs
from factcheck.headline.terms import ProfileBuilder, Relatedness, cleared_with_models, idf, relatedness
from factcheck.headline.text import content_lemmas, fold, lemma, lemmas_of, stopwords, words
from factcheck.lexicon import table, wordset
from factcheck.lexicon import words as lexicon_words
from factcheck.model import Attribution, Check, Sentence
from factcheck.text_safety import printable
from factcheck.word_case import lowercase_words

SUPPORT_MIN = 0.3      # share of the headline's weight a sentence needs to count as backing it
SUPPORT_NEAR = 0.75    # sentences within this fraction of the best one back it as well
SUPPORT_MAX = 3
# Attributions that a flat headline drops: who is behind the claim is not named.
WEAK_KINDS = UNNAMED_KINDS | {"media"}
NAMED_KINDS = frozenset({"named_person", "named_org"})


@lru_cache(maxsize=4096)
def _an_outlets_document(source: str) -> bool:
    """'a report by Bloomberg', 'a Washington Post analysis': a document an outlet published is
    that outlet's word, as weak as "Bloomberg reported" for a headline that states it flatly."""
    names = media()[0]
    found = [w.lower().strip(".,'’") for w in words(source)]
    found = [w[:-2] if w.endswith("'s") else w for w in found]
    return any(" ".join(found[i:i + n]) in names for n in (1, 2, 3, 4) for i in range(len(found) - n + 1))


@lru_cache(maxsize=4096)
def _an_allegation(source: str) -> bool:
    """'a lawsuit filed on Monday', 'the indictment', "the family's complaint": a document whose
    head noun (before what says who made it, when or where) alleges rather than establishes."""
    found = []
    for w in words(source):
        low = w.lower()
        if low in wordset("kind_phrase_ends"):
            break
        found.append(low)
    return bool(found) and found[-1] in wordset("headline_allegation_documents")


def weak_kind(a: Attribution) -> bool:
    """Does the attribution leave who is behind the claim unnamed, to another outlet, or to a
    document that only alleges it?"""
    return a.kind in WEAK_KINDS or a.kind == "document" and (_an_outlets_document(a.source)
                                                            or _an_allegation(a.source))


def _body_hedge_pattern() -> re.Pattern[str]:
    """Hedges that make a body sentence stop short of asserting (lexicon headline_body_hedges)."""
    alts = sorted((re.escape(h).replace(r"\ ", r"\s+") for h in lexicon_words("headline_body_hedges")),
                  key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


_BODY_HEDGE = _body_hedge_pattern()


class BodyReading:
    """What the headline checks read of body sentences one at a time: each sentence's folded text,
    its names, stance cues, lemma profile and (`values`) figures. A long article's runs of
    sentences are read in its worker processes (article_jobs) and `join`ed here in order; the
    whole is what BodyContext reads of the body itself."""

    def __init__(self, texts: Iterable[str] = (), values: bool = False, keep_texts: bool = True) -> None:
        # a worker's run does not send its texts back: the folded texts here share the
        # sentences' own strings (folding leaves a plain ASCII text as it is), copies would not
        self.texts: list[str] | None = [] if keep_texts else None
        self.names = BodyNamesBuilder()
        self.cues: list[SentenceCues] = []
        self.profile = ProfileBuilder()
        self.values: list[set[float] | frozenset[float]] | None = [] if values else None
        for t in texts:
            self.add(t)

    def add(self, text: str) -> None:
        folded = fold(text)
        if self.texts is not None:
            self.texts.append(folded)
        # The names and the stance cues are read in the same pass as the profile: making each
        # sentence's tokens costs about as much as reading them, and a headline over its own
        # article (the common case) is related, so it asks for both. The tokens are not kept:
        # a huge body's token lists (a 20 MB transcript) are never all held at once.
        tokens = words(folded, folded=True)
        self.names.add(tokens)
        self.cues.append(sentence_cues(tokens))
        self.profile.add(tokens)
        if self.values is not None:
            self.values += body_values([folded])

    def join(self, later: BodyReading) -> None:
        """Append the run `later` read, which follows this one in the body."""
        if self.texts is not None and later.texts is not None:
            self.texts += later.texts  # in place: a new list per run would copy the whole body each time
        else:
            self.texts = None
        self.names.join(later.names)
        self.cues += later.cues
        self.profile.join(later.profile)
        if self.values is not None and later.values is not None:
            self.values += later.values
        else:
            self.values = None


def body_reader(headline_sentence: Sentence,
                standfirst: list[Sentence] | None = None) -> Callable[[list[str]], BodyReading]:
    """How to read runs of the body for this headline: with the figures when it (or its
    standfirst) gives one, since only then are the body's figures compared."""
    values = any(_numbers_of(s.text) for s in [headline_sentence, *(standfirst or [])])
    return partial(BodyReading, values=values, keep_texts=False)


class BodyContext:
    """Everything the headline checks derive from the body alone: built once per body (prepare_body)
    and reused for any number of headlines. The sentences are read at once (BodyReading, unless
    given read already); the phrases (quotes), names and numbers are built when a headline first
    asks for them."""

    def __init__(self, sentences: list[Sentence], reading: BodyReading | None = None) -> None:
        # the body's own "we" stays a credit here: dropped on this side too, it moved the headline
        # model's best setting under its agree-alarm cap (held-out fnc_related 0.6817 -> 0.6697)
        # and took true hedge flags off real pages (docs/ACCURACY.md, 2026-12-04 late night)
        self.sentences = sentences
        if reading is None:
            reading = BodyReading(s.text for s in sentences)
        self.texts = reading.texts if reading.texts is not None else [fold(s.text) for s in sentences]
        self.profile = reading.profile.done()
        self._names_and_cues = (reading.names.done(), reading.cues)
        if reading.values is not None:
            self.__dict__["values"] = reading.values  # the cached property, read already

    def tokens(self) -> Iterator[list[str]]:
        """Each sentence's words, made again whenever asked: the token lists of a huge body (a
        20 MB transcript) are never all kept at once."""
        return (words(t, folded=True) for t in self.texts)

    @cached_property
    def phrases(self) -> list[str]:
        return [phrase_of(t) for t in self.tokens()]

    @property
    def names(self) -> BodyNames:
        return self._names_and_cues[0]

    @property
    def cues(self) -> list[SentenceCues]:
        return self._names_and_cues[1]

    @cached_property
    def values(self) -> list[set[float] | frozenset[float]]:
        return body_values(self.texts)

    def stance_body(self) -> dict[str, float]:
        """The stance model's body-only inputs, kept for these sentences (a caller that swaps in
        sentences resolved again after a headline gets them worked out afresh)."""
        kept = self.__dict__.get("_stance_body")
        if kept is None or kept[0] is not self.sentences:
            kept = self.__dict__["_stance_body"] = (self.sentences, stance.body_features(self.sentences, self.cues))
        return kept[1]

    @cached_property
    def refuting(self) -> list[int]:
        """The sentences that dispute something: a refuting cue outside a question ("So - is it a
        fake?" asks what the body goes on to answer)."""
        return [i for i, c in enumerate(self.cues) if c.refute and not _asks_text(self.texts[i])
                and _cue_in_sense(words(self.texts[i], folded=True), c.refute)]

    @cached_property
    def called_false(self) -> list[int]:
        """The sentences that call the story itself false (`_story_called_false`)."""
        return _story_called_false(self)

    def ids(self, indexes: list[int]) -> list[str]:
        return [self.sentences[i].id for i in indexes]


@lru_cache(maxsize=2)
def _other_senses(name: str = "headline_refuting_senses") -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in lexicon_words(name))


def _cue_in_sense(tokens: list[str], spots: tuple[int, ...], senses: str = "headline_refuting_senses") -> bool:
    """Is one of the cues at `spots` meant in its cue's sense: a refuting cue not "the doctor" for
    "doctored", not "made up of" for "made up" (`senses`: the lexicon of other senses); with
    "headline_reporting_senses", a reporting cue not "insurance claims" for "claims"."""
    low = [t.lower() for t in tokens]
    covered: set[int] = set()
    for phrase in _other_senses(senses):
        n = len(phrase)
        for k in range(len(low) - n + 1):
            if low[k] == phrase[0] and tuple(low[k:k + n]) == phrase:
                covered.update(range(k, k + n))
    if senses == "headline_refuting_senses":
        if low[:1] in (["correction"], ["corrections"]):
            covered.add(0)  # "Correction: An earlier version of this article ...": the outlet's own notice
        covered.update(k for k in spots if _fought(low, k) or _withholds(low, k) or refuses_no_claim(low, k)
                       or _not_before_to(low, k) or _before_a_share(low, k))
    return any(k not in covered for k in spots)


def _phrase_at(low: list[str], k: int, name: str) -> int:
    """The length of a phrase of cue lexicon `name` (lemma keys, stance.phrases) at low[k], or 0."""
    for phrase in stance.phrases(name).get(lemma(low[k]), ()):
        if tuple(lemma(w) for w in low[k:k + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _not_before_to(low: list[str], k: int) -> bool:
    """A cue that disputes only before "to" ("turned out to be a fake") stands before another word."""
    n = _phrase_at(low, k, "headline_refuting_before_to")
    return bool(n) and (k + n >= len(low) or low[k + n] != "to")


def _before_a_share(low: list[str], k: int) -> bool:
    """A cue that, before a number, tells a share ("made up 45 percent of voters") stands before one."""
    n = _phrase_at(low, k, "headline_refuting_before_shares")
    if not n or k + n >= len(low):
        return False
    nxt = low[k + n]
    return nxt[:1].isdigit() or nxt in wordset("cardinals") or any(
        low[k + n:k + n + len(q)] == list(q) for q in _qualifier_phrases())


@cache
def _qualifier_phrases() -> tuple[tuple[str, ...], ...]:
    """The number qualifiers ("about", "nearly", "more than") as word sequences."""
    return tuple(tuple(q.split()) for q in qualifiers())


def _withholds(low: list[str], k: int) -> bool:
    """A denial verb whose object is a thing withheld ("denied bail", "denying entry to travellers",
    "denied him access"), not a claim."""
    if low[k] not in wordset("headline_denial_verbs"):
        return False
    j = k + 1
    fillers = _object_fillers()
    while j < len(low) and j < k + 3 and low[j] in fillers:
        j += 1
    return j < len(low) and low[j] in wordset("headline_withheld_things")


@cache
def _object_fillers() -> frozenset[str]:
    """What may stand between a verb and its object's noun: "denied him bail", "denied the request"."""
    return wordset("determiners") | wordset("object_pronouns")


def _fought(low: list[str], k: int) -> bool:
    """The refuting word at k is what a verb of fighting up to three words before it acts on
    ("to combat political misinformation", "a fight against fake news"), with no clause between."""
    for j in range(k - 1, max(k - 4, -1), -1):
        if low[j] in wordset("headline_clause_breaks"):
            return False
        if lemma(low[j]) in _fighting_verbs():
            return True
    return False


@cache
def _fighting_verbs() -> frozenset[str]:
    return frozenset(lemma(w) for w in wordset("headline_fighting_verbs"))


def _asks_text(text: str) -> bool:
    return text.rstrip(" \"')").endswith("?")


def prepare_body(body_sentences: list[Sentence]) -> BodyContext:
    """The body side of the headline checks, to be reused for every headline over this body."""
    return BodyContext(body_sentences)


def check(headline_sentence: Sentence, body_ctx: BodyContext,
          standfirst: list[Sentence] | None = None, publisher: str | None = None) -> list[Check]:
    """Checks of what the headline (read with its standfirst) says that the body does not support.
    `publisher` is the page's own name (its site name), when known: the outlet naming itself ("The
    Guardian view on ...", "PolitiFact's guide to ...") names nothing the body must mention and
    credits no one but the outlet, whose own voice the headline is."""
    own = _publisher_words(publisher)
    standfirst = [_in_own_voice(s, own) for s in standfirst or []]
    headline_sentence = _in_own_voice(headline_sentence, own)
    b = body_ctx
    if not b.sentences or not headline_sentence.text.strip():
        return []
    terms = _terms_of(headline_sentence.text)
    if not terms:
        return []
    rel = relatedness(terms, b.profile)  # type: ignore[arg-type]
    support = _support(rel.sentence_scores)
    if not rel.related:
        unrelated = _unsupported(headline_sentence.text, rel, b)
        unrelated.message = printable(unrelated.message)
        return [unrelated]
    checks: list[Check] = []
    for display in [headline_sentence, *standfirst]:
        where = "headline" if display is headline_sentence else "standfirst"
        checks += _quote_checks(display.text, where, b, support)
        checks += _number_checks(display.text, where, b, support)
        checks += _name_checks(display.text, where, b, support, own)
    qualifiers = [headline_sentence, *standfirst]
    if support:
        checks += _attribution_check(qualifiers, b, support) or _credit_swapped(qualifiers, b, support) \
            or _credit_relayed(qualifiers, b, support)
        checks += _hedge_check(qualifiers, b, support) or _figure_hedge_check(
            qualifiers, b, _figure_support(headline_sentence.text, b, rel.sentence_scores)) \
            or _verdict_pending(qualifiers, b)
    checks = _stance_checks(qualifiers, b, rel, checks)
    for c in checks:  # messages quote the article, and article text never reaches a terminal raw
        c.message = printable(c.message)
    return checks


def check_headline(headline: Sentence, body: list[Sentence], standfirst: list[Sentence] | None = None,
                   reading: BodyReading | None = None, publisher: str | None = None) -> list[Check]:
    """`check` over a body prepared for this one headline (from `reading`, its sentences read
    already, when given)."""
    if not body or not headline.text.strip():
        return []
    return check(headline, BodyContext(body, reading), standfirst, publisher)


@lru_cache(maxsize=256)
def _publisher_words(publisher: str | None) -> tuple[frozenset[str], ...]:
    """The names a page's site name gives its outlet, each as its lower-cased words: "The Jerusalem
    Post | JPost.com" -> {jerusalem, post} and {jpost} ("the" and a domain's ending left out)."""
    out = []
    for part in re.split(r"\s[|\-\u2013\u2014]\s", publisher or ""):
        ws = {w.lower().split(".")[0] if "." in w and not w.endswith(".") else w.lower() for w in words(part)}
        if ws - stopwords():
            out.append(frozenset(ws - stopwords()))
    return tuple(out)


def _publishers(ws: Iterable[str], own: tuple[frozenset[str], ...]) -> bool:
    """Words that are the page's own outlet's whole name ("Guardian" on the Guardian's page; not
    "Washington" on The Washington Post's, nor "Detroit" on The Detroit News's)."""
    low = frozenset(w.lower().removesuffix("'s") for w in ws) - stopwords()
    return bool(low) and low in own


def _in_own_voice(s: Sentence, own: tuple[frozenset[str], ...]) -> Sentence:
    """The headline or standfirst sentence without the credits it gives the page's own outlet ("The
    Guardian view", "CNN has learned") or the article's own "we" ("What We Know About ..."): the
    outlet speaking is the headline stating, not a source cited."""
    kept = [a for a in s.attributions if not (own_voice(a.source)
                                              or own and a.source and _publishers(words(a.source), own))]
    return s if len(kept) == len(s.attributions) else replace(s, attributions=kept)


def stance_features(headline_sentence: Sentence, body_ctx: BodyContext,
                    standfirst: list[Sentence] | None = None) -> dict[str, float] | None:
    """The stance model's inputs for one headline over a prepared body; None when there is nothing
    to compare (an empty body or a headline of stopwords)."""
    terms = content_lemmas(headline_sentence.text)
    if not terms or not body_ctx.sentences:
        return None
    rel = relatedness(terms, body_ctx.profile)
    return _stance_features([headline_sentence, *(standfirst or [])], body_ctx, rel)


def _stance_features(display: list[Sentence], b: BodyContext, rel: Relatedness) -> dict[str, float]:
    cues = sentence_cues([w for s in display for w in words(s.text)])
    # a headline that vouches for its claim ("Police confirm ...") asserts it for the model: it
    # is still attributed for the per-sentence checks, whose credit comparison it feeds
    head = {"attributed": _attributed_display(display) and not _vouched(display), "hedged": _hedged_display(display),
            "refute": bool(cues.refute), "negated": cues.negated}
    return stance_inputs(rel.features, rel.sentence_scores, b.sentences, b.cues, head, b.stance_body())


def _support(scores: list[float]) -> list[int]:
    best = max(scores, default=0.0)
    if best < SUPPORT_MIN:
        return []
    return stance.top(scores, SUPPORT_MAX, max(SUPPORT_MIN, SUPPORT_NEAR * best))


def _best(scores: list[float], n: int = 2) -> list[int]:
    return [i for i in stance.top(scores, n, 0.0) if scores[i] > 0]


# Many bodies are checked against one headline (a batch of pairs: FNC-1 has ~30 bodies a
# headline): what the checks read of the headline's text alone is worked out once per text.

@cleared_with_models
@lru_cache(maxsize=4096)
def _terms_of(text: str) -> tuple[str, ...]:
    return tuple(content_lemmas(text))


@cleared_with_models
@lru_cache(maxsize=4096)
def _names_of(text: str) -> tuple[Name, ...]:
    return tuple(headline_names(text))


@lru_cache(maxsize=4096)
def _quotes_of(text: str) -> tuple[Quote, ...]:
    return tuple(headline_quotes(text))


@lru_cache(maxsize=4096)
def _numbers_of(text: str) -> tuple[Number, ...]:
    return tuple(extract(text, strict=True))


@cleared_with_models
@lru_cache(maxsize=4096)
def _key_words(text: str) -> str:
    """The headline's three rarest words, quoted, as the unsupported check shows them."""
    weighted: dict[str, float] = {}
    for w in words(text):
        lemmas = lemmas_of([w])  # a token is its own only token
        if lemmas and w.lower() not in weighted:
            weighted[w.lower()] = max(idf(t) for t in lemmas)
    key = sorted(weighted, key=lambda w: -weighted[w])
    return ", ".join(f"'{w}'" for w in key[:3])


def _unsupported(text: str, rel: Relatedness, b: BodyContext) -> Check:
    return Check("unsupported",
                 f"The body does not seem to be about the headline: its key words ({_key_words(text)}) are barely "
                 f"in the article. Check that the headline belongs to this story.",
                 b.ids(_best(rel.sentence_scores)))


def _quote_checks(text: str, where: str, b: BodyContext, support: list[int]) -> list[Check]:
    out = []
    for q in _quotes_of(text):
        res: QuoteResult = check_quote(q, b.phrases)
        if res.found:
            continue
        # a comma or a full stop the headline's style puts inside the marks ("titled "A Message to
        # Voters," ...", 'after "disagreements."') is not quoted; an abbreviation's stop is ("U.S.")
        shown = q.text.rstrip(",;: ")
        if shown.endswith(".") and "." not in shown[:-1]:
            shown = shown[:-1]
        if _named_as_title(text, q):
            msg = f"The {where} gives '{shown}' as a name or title, but the body never mentions it."
        elif res.body_forms:
            said = ", ".join(f"'{f}'" for f in res.body_forms)
            msg = (f"The {where} puts '{shown}' in quotation marks, but the body never uses that word "
                   f"(it says {said}): nobody in the story is quoted saying it.")
        else:
            msg = (f"The {where} puts '{shown}' in quotation marks, but nobody in the body is quoted "
                   f"using those words.")
        # the sentences with the quoted words in another form, else those the headline rests on
        out.append(Check("quote_not_in_body", msg, b.ids(res.evidence or support[:2])))
    return out


def _named_as_title(text: str, q: Quote) -> bool:
    """'in a video titled "A Message to America"', 'dubbed "Jihadi John"': the quotation marks
    hold a name the headline gives, right after a word that names (headline_title_words)."""
    before = words(fold(text)[:max(0, q.start - 1)])
    return bool(before) and before[-1].lower() in wordset("headline_title_words")


def _number_checks(text: str, where: str, b: BodyContext, support: list[int]) -> list[Check]:
    out: list[Check] = []
    numbers = _numbers_of(text)
    if not numbers:
        return out  # the body's figures are only read when the headline has one
    every = set().union(*b.values) if b.values else set()
    years = {v for v in every if is_year(v, str(int(v)) if v == int(v) else "")}
    # a figure inside the headline's quotation marks is the quotation's: the quote check looks for
    # it word for word ("Right Before 'Super Tuesday 2' ...")
    quoted = [(q.start, q.end) for q in _quotes_of(text)]
    for n in numbers:
        if any(lo <= n.start < hi for lo, hi in quoted):
            continue
        if n.is_year and not years:
            continue  # a body that gives no year has not contradicted the headline's
        if any(n.matches(v) for v in (years if n.is_year else every)):
            continue
        ages = bool(years) and counts_years(text, n)
        if ages and years_apart(years, n.value):
            continue  # an age or a span the body gives as two dates
        with_numbers = [i for i in (support or _best_all(b)) if b.values[i]] or \
                       [i for i in range(len(b.values)) if b.values[i]][:2]
        values = sorted(years) if n.is_year else [v for i in with_numbers for v in b.values[i]]
        if ages:
            values = [v for v in values if v not in years]  # an age is not near a date
        near = _nearest(n, values)
        extra = f" (nearest in the body: {near})" if near else \
            f" (the body gives only the years {', '.join(str(int(y)) for y in sorted(years)[:3])})" \
            if ages else " (the body gives no figure)"
        out.append(Check("number_mismatch",
                         f"The {where} says {n.text.strip()}, but no figure in the body matches it{extra}.",
                         b.ids(with_numbers[:2])))
    return out


def _figure_support(text: str, b: BodyContext, scores: list[float]) -> list[int]:
    """The sentences a headline's figure rests on, when the headline gives one (not a year, not
    inside its quotation marks) and body sentences on its topic give the same: those, best first;
    else none. "FBI confirms 650,000 emails found on Weiner laptop" rests on "The number of emails
    may be up to 650,000, The Wall Street Journal reported", not on "Federal investigators are
    examining emails found on a laptop used by Anthony Weiner", which shares more of its words but
    vouches for no figure."""
    figures = _own_figures(text)
    if not figures:
        return []
    giving = [i for i, values in enumerate(b.values)
              if values and scores[i] > 0 and any(n.matches(v) for n in figures for v in values)]
    return sorted(giving, key=lambda i: -scores[i])[:SUPPORT_MAX]


def _own_figures(text: str) -> list[Number]:
    """The headline's figures, but years and those inside its quotation marks (the quotation's)."""
    quoted = [(q.start, q.end) for q in _quotes_of(text)]
    return [n for n in _numbers_of(text) if not n.is_year and not any(lo <= n.start < hi for lo, hi in quoted)]


def _figure_hedge_check(display: list[Sentence], b: BodyContext, figure: list[int]) -> list[Check]:
    """A headline stating a figure flatly over a body that gives it, in every sentence that does,
    right before it, with only words that bound a figure between (headline_figure_hedge_between):
    "may be up to 650,000", "could reach 300". (The sentence-wide hedge check reads the sentences
    sharing most of the headline's words, which may state the topic without the figure; "you
    probably should ..." in a sentence that gives the figure elsewhere hedges something else.)"""
    if not figure or _hedged_display(display) or _disputes_display(display):
        return []
    figures = _own_figures(display[0].text)
    between = wordset("headline_figure_hedge_between")
    shown: list[str] = []
    for i in figure:
        text = fold(b.texts[i])
        hedges = _body_hedges(text)
        spots = [n for n in extract(text, False) if any(f.matches(n.value) for f in figures)]
        near = [h for h in hedges for m in _hedge_pattern(h).finditer(text) for n in spots
                if m.end() <= n.start and all(w.lower() in between for w in words(text[m.end():n.start]))]
        if not near:
            return []
        shown += [f"'{h}'" for h in _shown_hedges(b.texts[i], list(dict.fromkeys(near))) if f"'{h}'" not in shown]
    i = figure[0]
    return [Check("hedge_dropped",
                  f"The body hedges the figure ({', '.join(shown)}; {_where(b, i)}{_credited(b.sentences[i])}), "
                  f"{_hedge_dropped_by(display)}",
                  b.ids(figure))]


@cache
def _open_inquiry() -> re.Pattern[str]:
    """headline_open_inquiry's phrases in folded lower-case text; "still", "now", "currently" may
    follow a phrase's auxiliary ("is still investigating")."""
    phrases = sorted(wordset("headline_open_inquiry"), key=len, reverse=True)
    parts = []
    for p in phrases:
        first, _, rest = p.partition(" ")
        gap = r"(?:\s+(?:still|now|currently))?" if first in ("is", "are", "has", "have") else ""
        parts.append(re.escape(first) + gap + (r"\s+" + r"\s+".join(map(re.escape, rest.split())) if rest else ""))
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b")


def _verdict_pending(display: list[Sentence], b: BodyContext) -> list[Check]:
    """'FBI has found Clinton broke the law' over a body where "The FBI is reviewing newly
    discovered emails": the headline gives its source's finding as made (headline_verdict_verbs),
    the body says that source's inquiry is still open (headline_open_inquiry) in a sentence naming
    it, and no sentence naming it has it find so. (A finding's verb in the headline is a credit
    only before a clause: "Police find body" credits no one.)"""
    if _hedged_display(display) or _asks(display) or _negated_display(display) or _disputes_display(display):
        return []
    head = display[0]
    verdicts = {lemma(w) for w in wordset("headline_verdict_verbs")}
    # a description credits as well as a name here ("Police find ...", "Investigators conclude
    # ..."): the body names the source by the same words where it says the inquiry is open
    credited = [a for a in _headline_credits(head) if a.source and (cue := words(a.cue)) and lemma(cue[-1]) in verdicts]
    if not credited:
        return []
    cues = {w.lower() for a in credited for w in words(a.cue)}
    names = _credit_words(credited) - cues
    if not names:
        return []
    pattern = _open_inquiry()
    open_: list[tuple[int, str]] = []
    for i, tokens in enumerate(b.tokens()):
        low = [w.lower() for w in tokens]
        if names.isdisjoint(low):
            continue
        if _finds(low, names, verdicts):
            return []  # the body has the source find it ("Police found that the driver ...")
        m = pattern.search(" ".join(low))
        if m is not None:
            open_.append((i, m.group()))
    said = ", ".join(f"'{a.cue}'" for a in credited)
    if not open_:
        return _finding_unstated(head, credited, names, said, b)
    i, phrase = open_[0]
    return [Check("hedge_dropped",
                  f"The body says the inquiry is still open ('{phrase}'; {_where(b, i)}{_credited(b.sentences[i])}), "
                  f"but the headline has {_head_credit(credited)} give the finding as made ({said}).",
                  b.ids([k for k, _ in open_]))]


def _finding_unstated(head: Sentence, credited: list[Attribution], names: set[str], said: str,
                      b: BodyContext) -> list[Check]:
    """'FBI has found Clinton broke the law' over a body that names the FBI but says nothing of a
    broken law: the finding's own words (after the verdict verb, less names and stopwords) are in
    no body sentence, not even half of them, so the body never reports the finding, from the
    source or anyone. The headline's credit is not the body's: `attribution_dropped`, with the
    sentences that name the source as evidence. (Half the words is the bar in a sentence naming
    the source: a paraphrase keeps some of them, "Comey said Clinton violated federal law"; in any
    other, two at least, as one alone may be another sense: "two law enforcement officials said".)"""
    at = max(head.text.find(a.cue, a.span[1] - head.start if a.span else 0) for a in credited)
    if at < 0:
        return []
    finding = head.text[at:].split(None, 1)[1:]  # the words after the verdict verb
    if not finding:
        return []
    named = {w.lower() for n in _names_of(head.text) for w in words(n.text)}
    keys = {k for w in words(finding[0]) if w.lower() not in named and w.lower() not in names
            for k in lemmas_of([w])}
    if len(keys) < 2:
        return []  # "Police find suspect guilty": too little said to tell a paraphrase from silence
    half = (len(keys) + 1) // 2
    naming = []
    for i, tokens in enumerate(b.tokens()):
        shared = sum(1 for k in set(lemmas_of(tokens)) if k in keys)
        names_it = not names.isdisjoint(w.lower() for w in tokens)
        if shared >= (half if names_it else max(2, half)):
            return []  # some sentence may say it, in the body's words
        if names_it:
            naming.append(i)
    if not naming:
        return []
    i = naming[0]
    who = _head_credit(credited)
    return [Check("attribution_dropped",
                  f"The headline credits {who} with a finding ({said}: \"{_snippet(finding[0])}\"), but no sentence "
                  f"of the body reports that finding, from {who} or anyone; the body names {who} only for other "
                  f"things ({_where(b, i)}{_credited(b.sentences[i])}).",
                  b.ids(naming[:3]))]


def _finds(low: list[str], names: set[str], verdicts: set[str]) -> bool:
    """Does the sentence have the source find something: a verdict verb right after one of its
    names, an auxiliary between ("Police found", "the inquiry has concluded"), not negated?"""
    for k, w in enumerate(low):
        if lemma(w) not in verdicts or _negated_before(low, k):
            continue
        j = k - 1
        while j >= 0 and low[j] in ("has", "have", "had"):
            j -= 1
        if j >= 0 and low[j] in names:
            return True
    return False


def _best_all(b: BodyContext) -> list[int]:
    return list(range(min(len(b.sentences), SUPPORT_MAX)))


def _nearest(n: Number, values: list[float]) -> str:
    if not values:
        return ""
    v = min(values, key=lambda x: abs(x - n.value))
    if n.is_year:
        return str(int(v))
    return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0")


def _name_checks(text: str, where: str, b: BodyContext, support: list[int],
                 own: tuple[frozenset[str], ...] = ()) -> list[Check]:
    out: list[Check] = []
    names = tuple(n for n in _names_of(text) if not _publishers(words(n.text), own))
    missing: list[Name] = missing_names(names, b.names) if names else []  # type: ignore[arg-type]
    for name in missing:
        out.append(Check("entity_missing",
                         f"The {where} names '{name.text}', but the body never mentions it.",
                         b.ids(support[:2])))
    return out


def _has_cue(sentences: list[Sentence], lexicon: str) -> bool:
    return _texts_have_cue(tuple(s.text for s in sentences), lexicon)


@lru_cache(maxsize=4096)
def _texts_have_cue(texts: tuple[str, ...], lexicon: str) -> bool:
    """Kept per headline: the rules and the stance model each ask the same question of it."""
    cues = wordset(lexicon)
    return any(w.lower() in cues for t in texts for w in words(t))


def _attributed_display(display: list[Sentence]) -> bool:
    """Does the headline credit its claim? "Kerry: talks will go on" and "Talks will go on: Kerry"
    do when the attribution rules read the label as a speaker; a topic kicker ("Ottawa shooting:
    ...", "Pure Evil: ...") credits nothing, and the claim after it is the outlet's own. An action
    credited to the headline's subject ("Pence endorses Ryan") is the outlet's own claim too."""
    return any(_headline_credits(s) for s in display) or _has_cue(display, "headline_attribution")


def _vouched(display: list[Sentence]) -> bool:
    """Every credit in the headline is one that vouches ("FBI confirms", "tests prove"): the
    headline states the claim as established by its source."""
    vouching = wordset("headline_vouching")
    cues = {a.cue.lower() for s in display for a in _headline_credits(s) if a.cue}
    if not cues or not cues <= vouching:
        return False
    # no other credit beside it: "Police confirm ..., report says", "FBI reportedly confirms ...";
    # a weak cue verb is one only with its credit read as such ("confirm actor found dead": the
    # finding is what is confirmed, and the attribution rules gave it no source)
    verbs, reporting = cue_verbs(), wordset("headline_reporting")
    return not any(w in verbs and verbs[w].strength != "weak" or w in reporting
                   for w in {w.lower() for s in display for w in words(s.text)} - vouching)


# "How to retire early so you can travel", "Black Friday: how to find the deals": a promise of
# instructions, at the headline's start or after its kicker
_INSTRUCTS = re.compile(r"(?:^|:)\s*how\s+to\b", re.IGNORECASE)


def _asks(display: list[Sentence]) -> bool:
    """A question anywhere in the headline ("Bridge closed for good? Not yet") states nothing as
    fact; nor does a headline that promises instructions ("How to retire early ...")."""
    text = fold(display[0].text)
    return "?" in text or _INSTRUCTS.search(text) is not None


def _hedged_display(display: list[Sentence]) -> bool:
    return any(s.hedged for s in display) or _has_cue(display, "headline_hedges") or _asks(display)


def _headline_credits(s: Sentence) -> list[Attribution]:
    """The credits a headline (or standfirst) gives its claim: not a verb of a hedge phrase
    ("Opposition appears to win", "Clinton's standing looks to be weakening"), which leaves the
    claim open rather than saying whose it is (the hedge checks read it as a hedge)."""
    if _asks([s]):
        return []  # "What were the prince and his aides thinking of ...?": a question vouches for nothing
    return [a for a in stance.reporting(s) if not _opens_hedge(a, s)]


def _opens_hedge(a: Attribution, s: Sentence) -> bool:
    """Is the credit's cue the verb of a hedge phrase: "to" or a hedge after it ("appears to win",
    "appears set to veto", "looks to be")? It leaves the claim open rather than saying whose it is."""
    cue = a.cue.lower().split()
    if not s.hedged or not cue or cue[0] not in wordset("headline_seeming_verbs"):
        return False
    if len(cue) > 1:  # the rules took the phrase as the cue: "Europa's plumes appear to be real"
        return cue[1:] == ["to"]
    at = _cue_at(a, s, a.cue.lower())
    at = s.text.lower().find(a.cue.lower()) if at < 0 else at
    if at < 0:
        return False
    after = s.text.lower()[at + len(a.cue):].lstrip()
    return after.startswith("to ") or any(after.startswith(h + " ") for h in hedge_cues(s.text))


def _cue_at(a: Attribution, s: Sentence, word: str) -> int:
    """Where `word` (lower case), the credit's cue, stands in the sentence after its source's
    words; -1 when not there."""
    return s.text.lower().find(word, max((a.span[1] - s.start) if a.span else 0, 0))


def _display_terms(display: list[Sentence]) -> frozenset[str]:
    """The lemma keys of the headline's and standfirst's words."""
    return frozenset(t for s in display for t in _terms_of(s.text))


def _weak(a: Attribution, display_words: set[str]) -> bool:
    """An attribution the headline drops when it states the claim flatly: to an unnamed, vague or
    media source, not named in the headline itself ("Texas plumber says ..." under "Texas plumber
    isn't sure ..." already tells whose word it is)."""
    if not weak_kind(a) or not a.mention or not a.reports:
        return False  # "is expected to" names no one: the hedge check covers it; "a rumor cropped up" reports nothing
    if own_voice(a.source) or reader_voice(a.source):
        # "We asked whether ...": the outlet's own voice, which the headline speaks in too; "If
        # you're planning to retire early, you need ...": the reader it speaks to
        return False
    named = _name_words(a)
    return not named or not named <= display_words


def _name_words(a: Attribution) -> set[str]:
    """The words of a source's name a headline would show, folded ("the Texas plumber": texas, plumber)."""
    return {w.lower() for w in words(a.source)} - stopwords()


def _attribution_check(display: list[Sentence], b: BodyContext, support: list[int]) -> list[Check]:
    if _attributed_display(display) or _asks(display):
        return []
    shown = {w.lower() for s in display for w in words(s.text)}
    terms = _display_terms(display)
    negated = _negated_display(display)
    weak = [[a for a in b.sentences[i].attributions if _weak(a, shown) and _vouches(a, b.sentences[i], terms, negated)]
            for i in support]
    # a hedged sentence vouches for nothing either ("they might be able to offer insights"): the
    # body asserts the claim nowhere in its own voice, and rests it on the weak credits it gives
    if not any(weak) or not all(w or b.sentences[i].hedged and not b.sentences[i].attributions
                                for i, w in zip(support, weak)):
        return []
    sources = []
    for group in weak:
        for a in group:
            label = _credit_label(a)
            if label not in sources:
                sources.append(label)
    how = "hedges it without saying" if _hedged_display(display) else "states it as fact without saying"
    # the sentence quoted is one that gives the credit named, not a hedged one before it
    credited = next(i for i, group in zip(support, weak) if group)
    return [Check("attribution_dropped",
                  f"The body rests this on {', '.join(sources[:2])} ({_where(b, credited)}), but the "
                  f"headline {how} who claims it.",
                  b.ids([credited] + [i for i in support if i != credited]))]


# stance_verbs.txt's classes of attitude; "think" (consider, assume, realize) and "state" (worried,
# confident) hold a view of what is so, which a headline may state as fact only by dropping them
_ATTITUDES = frozenset({"support", "oppose", "feel", "intend", "press", "judge"})


def _vouches(a: Attribution, s: Sentence, terms: frozenset[str], negated: bool = False) -> bool:
    """Does the credit vouch for the headline's claim? Only a word of saying or knowing does
    ("officials said", "according to", "the Post has learned"): a credit for what its source feels,
    wants, asks or does ("are considering a moratorium", "blasting the roundups", "endorsing
    Clinton", "a website called ...") is the body's own report of that act, and the verb of a hedge
    phrase ("Obama appears set to veto") hedges (the hedge check reads it). And a participle after
    the main clause ("X voiced support for Y, saying ...", "Republicans are rushing to build ...,
    fearing that ...", "an ad featuring Hispanics telling their stories") credits what follows it,
    not the main clause the outlet states: more of the headline's terms must lie after it than
    before. (A progressive, "..., 8 News Now is reporting", is the verb of its clause.) A denial
    vouches only for a headline that is `negated` itself."""
    cue = words(a.cue.lower())[:1]
    if not cue:
        return True
    if cue[0] in wordset("headline_denial_verbs"):
        # "the prince denied having sex with ..." disputes a claim (contradicted reads it); under a
        # `negated` headline ("Pilot not captured") the denial is what the headline says
        return negated
    if stance_classes().get(cue[0]) in _ATTITUDES or lemma(cue[0]) in _lemma_phrases("headline_act_cues") \
            or _opens_hedge(a, s):
        return False
    if a.span is not None and any(lo <= max(a.span[0] - s.start, 0) < hi
                                  for lo, hi in _side_clauses(fold(s.text), terms)):
        return False  # "The meteorite - which experts say broke up - smashed through ...": they vouch for the aside
    if a.span is None or not cue[0].endswith("ing"):
        return True
    at = _cue_at(a, s, cue[0])
    if at <= 0 or set(_words_before(s.text, at, 1)) & wordset("be_forms"):
        return True  # "..., 8 News Now is reporting": the verb of its clause, no participle
    before = set(content_lemmas(s.text[:at])) & terms
    after = set(content_lemmas(s.text[at:])) & terms
    return len(after) > len(before)


def _credit_words(credits: list[Attribution]) -> set[str]:
    """The words a reader would know a source by: its resolved name, the mention as written ("the
    operator", "the MoD"), the initials of the name ("FBI" for Federal Bureau of Investigation) and
    its aliases ("United Nations" for "UN"), an alias or a name of several words as one phrase (so
    "World Health Organization" shares no word "health" with another source). An acronym counts
    though it is spelt like a common word: "WHO" is the World Health Organization."""
    out: set[str] = set()
    known: set[str] = set()  # acronyms, initials and whole names, kept whatever they spell
    table = aliases()
    for a in credits:
        for name in (a.source, a.mention):
            ws = words(name)
            out.update(w.lower() for w in ws)
            # "MoD" is known by its capitals, as "Ministry of Defence" by its initials
            acronyms = {"".join(c for c in w if c.isupper()).lower() for w in ws if sum(c.isupper() for c in w) >= 2}
            caps = [w for w in ws if w[:1].isupper() and w.lower() not in stopwords()]
            if len(caps) >= 2:
                acronyms.add("".join(w[0] for w in caps).lower())
            # a name of one word is known by its letters or its capital ("WHO", "Palestine"), not
            # as the pronoun "who"; the words of a longer name only as that name ("Jerusalem Post")
            names = acronyms | ({" ".join(w.lower() for w in ws)} if len(ws) > 1 else set())
            known |= names
            one = {ws[0].lower()} if len(ws) == 1 and ws[0][:1].isupper() else set()  # "Palestine"
            for k in names | one:
                known.update(table.get(k, ()))
    return (out - stopwords()) | known


_LABEL_WORDS = 4  # "Attorney:", "Pants on Fire:", "That Was Fast:"; longer is a clause of its own


def _proper_credit(a: Attribution, headline: Sentence) -> bool:
    """A source the headline names, not a description ("Police confirm", "operator says"): a word
    in capitals ("FBI"), or a capitalised word that does not merely open the headline."""
    if not a.mention or a.kind in UNNAMED_KINDS or a.span is None:
        return False
    ws = words(a.mention)
    # "Attorney: New audio reveals ...": the capital after a label's colon opens the headline's claim
    lead = headline.text[:a.span[0] - headline.start].rstrip()
    opens = not lead or lead.endswith(":") and len(words(lead)) <= _LABEL_WORDS
    return any(w.isupper() and len(w) > 1 for w in ws) or any(w[:1].isupper() for w in ws[1 if opens else 0:])


def _credit_swapped(display: list[Sentence], b: BodyContext, support: list[int]) -> list[Check]:
    """'FBI confirms ...' over a body where a newspaper reported it and the FBI says nothing: the
    headline credits by name a source the body never credits, and every sentence that backs the
    headline credits someone else."""
    credited = _headline_credits(display[0])
    cues = {w.lower() for a in credited for w in words(a.cue)}
    head = [a for a in credited if _proper_credit(a, display[0])]
    # "Police confirm ..." names its source, a body or a person, by a description, which the body
    # may give in other words ("officers", "a spokesman for the force"): it counts only against a
    # body that has an outlet report the claim, which is never the source described ("..., report
    # says" may be that outlet's report)
    described = not head
    if described:
        head = [a for a in credited if a.mention and a.span is not None and a.kind in ("named_org", "named_person")]
    head_words = _credit_words(head) - cues
    if not head_words or _asks(display):
        return []
    terms = _display_terms(display)
    negated = _negated_display(display)
    withheld = _withheld_by(display, b, credited, cues)
    if withheld:
        # "Police confirm ..." over "Police have not confirmed the arrests": the body has the
        # headline's source withhold the very word the headline gives it
        support = [i for i in support if i not in withheld]
        said = ", ".join(f"'{c}'" for c in sorted(cues))
        claim = f"The headline has {_head_credit(head)} vouch for this ({said}), but the body says they have not " \
                f"({_where(b, withheld[0])})"
        # the backing sentence named is one that credits someone: "it attributes it" to no one
        # would point at a sentence that only sets the scene
        credited = next((i for i in support if _credits(b.sentences[i])), None)
        if credited is None:
            return [Check("attribution_dropped", f"{claim}.", b.ids(withheld[:1]))]
        return [Check("attribution_dropped",
                      f"{claim}; it attributes it"
                      f"{_credited(b.sentences[credited]).removeprefix(',').removeprefix(' attributed')} "
                      f"({_where(b, credited)}).",
                      b.ids([credited, withheld[0]]))]
    if not all(any(_vouches(a, b.sentences[i], terms, negated) and (not described or a.kind == "media")
                   for a in _credits(b.sentences[i])) for i in support):
        return []
    # every backing sentence is a body sentence and credits a subset of its attributions, so
    # this also covers a backing sentence that credits the headline's source; any source the
    # headline credits counts, named or not ("Obama Says Museum Will Tell ...": "Obama" opens the
    # headline, so its capital makes no name, but the body has President Obama say it)
    spoken = _credit_words(credited) - cues
    if any(_credit_words(s.attributions) & spoken for s in b.sentences):
        return []  # the headline's source speaks in the body, about this or something near it
    backing_credits = [a for i in support for a in _credits(b.sentences[i])]
    if _document_shown(head, b, support) or _described_as(head, backing_credits, b):
        return []
    i = support[0]
    # "The FBI is reviewing the emails": the body may name the source without having it say this
    names = [n for a in head for n in headline_names(a.mention)]
    never = "; the body mentions them but never cites them for this" \
        if names and not missing_names(names, b.names) else ", but the body never does"
    return [Check("attribution_dropped",
                  f"The headline credits {_head_credit(head)}{never}: it attributes this"
                  f"{_credited(b.sentences[i]).removeprefix(',').removeprefix(' attributed')} ({_where(b, i)}).",
                  b.ids(support))]


def _withheld_by(display: list[Sentence], b: BodyContext, credited: list[Attribution], cues: set[str]) -> list[int]:
    """The body sentences where the source a vouching headline credits speaks, when every one of
    them withholds the headline's vouching word; else none."""
    if not cues or not _vouched(display[:1]):
        return []
    spoken = _credit_words(credited) - cues
    speaking = [k for k, s in enumerate(b.sentences) if _credit_words(s.attributions) & spoken]
    withheld = [k for k in speaking if _withholds_word(b.texts[k], cues)]
    return withheld if withheld and len(withheld) == len(speaking) else []


def _withholds_word(text: str, cues: set[str]) -> bool:
    """Does the sentence withhold one of the headline's vouching words ("have not confirmed",
    "would not confirm", "declined to confirm"), or say nothing on the matter at all ("declined to
    comment", "did not respond", "had no comment")?"""
    keys = {lemma(c) for c in cues} | _lemma_phrases("headline_silent_verbs")
    tokens = words(text, folded=True)
    refusing = wordset("headline_refusing_before_to")
    for k, w in enumerate(tokens):
        if lemma(w) not in keys:
            continue
        if _negated_before(tokens, k) or k >= 2 and tokens[k - 1].lower() == "to" and tokens[k - 2].lower() in refusing:
            return True
    return False


def _credit_relayed(display: list[Sentence], b: BodyContext, support: list[int]) -> list[Check]:
    """'FBI confirms ...' over "The FBI has confirmed ..., The Wall Street Journal reported": the
    body has the headline's source say it only as an outlet or unnamed officials relay it, in every
    sentence that backs the headline and credits that source; the headline drops who relays it."""
    head = [a for a in _headline_credits(display[0]) if _proper_credit(a, display[0])]
    head_words = _credit_words(head) - {w.lower() for a in head for w in words(a.cue)}
    if not head_words or _asks(display):
        return []
    relayed: list[tuple[int, list[Attribution]]] = []
    for i in support:
        credits = _credits(b.sentences[i])
        own = [a for a in credits if _credit_words([a]) & head_words]
        if not own:
            continue
        relays = [a for a in credits if a not in own and _relays(a)]
        if not relays:
            return []  # the body has the headline's source say it, with no one between
        relayed.append((i, relays))
    if not relayed:
        return []
    i, relays = relayed[0]
    via = " and ".join(dict.fromkeys(f"{a.source} ('{a.cue}')" for a in relays))
    return [Check("attribution_dropped",
                  f"The headline credits {_head_credit(head)}, but the body has it from them only through {via} "
                  f"({_where(b, i)}): the headline drops who relays it.",
                  b.ids([k for k, _ in relayed]))]


def _relays(a: Attribution) -> bool:
    """An outlet or unnamed people who said so ("the Journal reported", "officials said"), or anyone
    who reported it ("according to the ministry"); not the source's own voice ("its spokesman
    said", "a statement") and not a named speaker of their own ("..., and the mayor said ...")."""
    if a.inherited or any(w.lower() in possessive_pronouns() for w in words(a.mention)):
        return False
    cue = " ".join(lemma(w) for w in words(a.cue.lower()))
    if cue in _lemma_phrases("headline_relaying_cues"):
        return a.kind == "media" or a.kind in UNNAMED_KINDS or a.kind in NAMED_KINDS
    return (a.kind == "media" or a.kind in UNNAMED_KINDS) and cue in _lemma_phrases("headline_relaying_speech")


@cache
def _lemma_phrases(name: str) -> frozenset[str]:
    """Lexicon `name`'s phrases as lemma keys joined by spaces."""
    return frozenset(" ".join(lemma(w) for w in e.split()) for e in wordset(name))


def _document_shown(head: list[Attribution], b: BodyContext, support: list[int]) -> bool:
    """"ISIL video claims ..." over "ISIS militants released a video of ...": the documents the headline
    credits ("video", "memo", "report") are the ones the backing sentences speak of, whoever released them."""
    if not head or any(a.kind != "document" or not words(a.mention) for a in head):
        return False  # "US officials: Video shows ...": the officials are a credit of their own
    nouns = {words(a.mention)[-1].lower() for a in head}
    return any(nouns & {w.lower() for w in words(b.texts[i])} for i in support)


def _body_hedges(text: str) -> list[str]:
    found = []
    folded = fold(text)
    for m in _BODY_HEDGE.finditer(folded):
        h = " ".join(m.group().lower().split())
        following = folded[m.end():m.end() + 40].split()
        if following and in_term(h, following[0].strip(".,;:!?")):
            continue  # "among likely voters"
        if h not in found and not _addresses_reader(folded, m.start(), h) and not _wished(folded, m.start(), h) \
                and not _negated_hedge(folded, m.start(), h) and not _unable(folded, m.end(), h) \
                and not _conceded(folded, m.start(), m.end(), h):
            found.append(h)
    if "may" in found and not any(c.split()[0] == "may" for c in hedge_cues(text)):
        found.remove("may")  # "close in May": the month, told apart in claims
    return found


# the parts of a sentence that say something of their own: a relative or subordinate clause up to
# the next comma, and an aside in brackets or between dashes
_ASIDES = re.compile(r"\b(?:" + "|".join(sorted(wordset("headline_subordinators"))) + r")\b"
                     r"[^,;:()\u2013\u2014]*|\([^)]*\)|[\u2013\u2014][^\u2013\u2014]*[\u2013\u2014]|\s-\s.*?\s-\s",
                     re.IGNORECASE)


# a relative clause set off from its sentence ("The meteorite - which experts say may have broken up
# on impact - smashed through a field", ", who is said to be ill,"): it says something of its own
# about the noun before it, and the sentence's claim is the main clause around it
_RELATIVE_ASIDE = re.compile(r"(?:\s[-\u2013\u2014]\s*|[(\u2013\u2014]|,\s)(?:which|who|whom|whose)\b"
                             r"[^,;()\u2013\u2014]*?(?:\s[-\u2013\u2014]\s|[)\u2013\u2014]|,)", re.IGNORECASE)


def _side_clauses(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """The relative asides of `text` that hold fewer of the headline's `terms` (lemma keys) than the
    rest of the sentence: a credit or hedge there bears on something else."""
    out = []
    for m in _RELATIVE_ASIDE.finditer(text):
        inside = terms.intersection(content_lemmas(m.group()))
        outside = terms.intersection(content_lemmas(text[:m.start()] + " " + text[m.end():]))
        if len(outside) > len(inside):
            out.append(m.span())
    return out


def _hedges_on_claim(text: str, terms: frozenset[str], speakers: frozenset[str] = frozenset()) -> list[str]:
    """The body hedges in `text` (folded) that bear on the sentence's claim: not one inside a
    relative or subordinate clause or an aside that shares no word with the headline (`terms`,
    lemma keys). "... reconnect with the women who are likely to decide the election" hedges who
    decides, not the headline's "Convention is Trump's chance to reconnect with women"; "- perhaps
    a mandate -" is an aside; "Apparently, the makers believe ..." and "Emwazi, 27, who studied
    ..., is said to be" keep their hedge. `speakers`: the lemma keys of the sentence's credited
    sources; a hedge in a quotation of someone the headline names is that speaker's own ("'I may
    have misspoken,' Okafor said" under "Okafor acknowledges she misspoke")."""
    if _asks_text(text):
        return []  # "How could the foundation square her claim?": a question's modal asks, it hedges nothing
    hedges = _body_hedges(text)
    if not hedges:
        return []
    asides = [(m.start(), m.end()) for m in _ASIDES.finditer(text)
              if not terms.intersection(content_lemmas(m.group()))] + _side_clauses(text, terms)
    out = []
    for h in hedges:
        if any(not any(lo <= m.start() < hi for lo, hi in asides)
               and _described_bears(text, m.start(), m.end(), terms) and (
                _clause_bears(text, m.start(), m.end(), terms)
                or text.count('"', 0, m.start()) % 2 == 1 and not terms.isdisjoint(speakers))
               or _verifying_after(text, m.end())
               for m in _hedge_pattern(h).finditer(text)):
            out.append(h)
    return out


def _speakers(s: Sentence) -> frozenset[str]:
    """The lemma keys of the sources a sentence credits."""
    return frozenset(k for a in s.attributions for k in content_lemmas(a.source))


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _clause_bears(text: str, start: int, end: int, terms: frozenset[str]) -> bool:
    """Does the clause a hedge stands in share a word with the headline? "If Okafor's rivals can
    slow her in Brightmoor, they are likely to leave the race" hedges the leaving, not the
    headline's "rivals see opening in Brightmoor"."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    clause = text[before[-1] if before else 0:after.start() if after else len(text)]
    return bool(terms.intersection(content_lemmas(clause)))


# "what may be": opening the sentence or after a comma with a preposition ("In what may be ...,",
# "..., in what was seen as ..."), an aside on the event
_FREE_RELATIVE = re.compile(r"(?:(?P<aside>(?:^|,)\s*(?:in|on|at|with|by)\s+)|\b)what\s+$", re.IGNORECASE)
# the description a "what may be" hedges: the next five words at most, up to a clause break
_DESCRIBED = re.compile(r"(?:\s+be\b)?((?:\s+[\w'’-]+){1,5})")


def _described_bears(text: str, start: int, end: int, terms: frozenset[str]) -> bool:
    """Does a hedge in "what may be ..." bear on the claim? It hedges only the description after it
    ("reported seeing what appears to be a drone": whether it is a drone), so only when that
    description shares a word with the headline ("treated for what is believed to be Ebola"); after
    a preposition opening the sentence or a comma it is an aside on the event ("In what might be
    the first time the two sides agreed, ...": whether it is the first time), never the claim. Any
    other hedge: yes."""
    free = _FREE_RELATIVE.search(text, max(0, start - 16), start)
    if free is None:
        return True
    if free.group("aside") is not None:
        return False
    m = _DESCRIBED.match(text, end)
    described = m.group(1) if m else ""
    cut = _CLAUSE_BREAK.search(described)
    return bool(terms.intersection(content_lemmas(described[:cut.start()] if cut else described)))


@lru_cache(maxsize=256)
def _hedge_pattern(hedge: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(hedge).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)


def _verifying_after(text: str, end: int) -> bool:
    """"..., whose information could not be independently verified": a hedge on checking the
    claim hedges the claim wherever it stands."""
    checking = _lemma_phrases("headline_verifying")
    return any(lemma(w) in checking for w in words(text[end:end + 60])[:4])


@lru_cache(maxsize=1)
def _bound_after_hedge() -> re.Pattern[str]:
    """'may be up to 4,000', 'believed to be as many as 300': a hedge, its "be" and the bound or
    estimate before a figure (lexicon headline_number_qualifiers)."""
    alts = sorted((re.escape(q).replace(r"\ ", r"\s+") for q in qualifiers()), key=len, reverse=True)
    return re.compile(r"\s+(?:to\s+)?(?:be|have\s+been)\s+(?:" + "|".join(alts) + r")(?=\s+[$£€]?\d)", re.IGNORECASE)


def _shown_hedges(text: str, hedges: list[str]) -> list[str]:
    """The body's hedges (`_body_hedges` of `text`) as a message quotes them: with the bound on
    the figure they hedge ("may be up to"), so the sub-editor sees which words the headline dropped."""
    folded = fold(text)
    out = []
    for h in hedges:
        m = re.search(r"\b" + re.escape(h).replace(r"\ ", r"\s+") + r"\b", folded, re.IGNORECASE)
        bound = _bound_after_hedge().match(folded, m.end()) if m else None
        out.append(h + " " + " ".join(bound.group().lower().split()) if bound else h)
    return out


def _addresses_reader(text: str, start: int, hedge: str) -> bool:
    """"You may have seen the picture": a modal after "you" speaks to the reader, it hedges nothing."""
    before = text[max(0, start - 8):start].split()[-1:]
    return hedge in wordset("headline_reader_modals") and [w.lower() for w in before] == ["you"]


def _words_before(text: str, start: int, n: int) -> list[str]:
    return [w.lower() for w in words(text[max(0, start - 12 * n):start])][-n:]


def _unable(text: str, end: int, hedge: str) -> bool:
    """"Police could not give details", "He could not be reached": "could not" says what someone
    was unable to do, it does not leave the sentence's claim open as "could" alone does; unless
    what could not be done is checking the claim ("could not be independently verified")."""
    if hedge != "could":
        return False
    after = [w.lower() for w in words(text[end:end + 60])][:5]
    if after[:1] != ["not"]:
        return False
    return not any(lemma(w) in _lemma_phrases("headline_verifying") for w in after[1:])


def _wished(text: str, start: int, hedge: str) -> bool:
    """"He hoped he could film it": a modal within three words after a verb of hoping or wanting
    belongs to the wish, it does not hedge what the body reports."""
    return hedge in wordset("headline_reader_modals") and \
        any(w in wordset("headline_wish_verbs") for w in _words_before(text, start, 3))


def _conceded(text: str, start: int, end: int, hedge: str) -> bool:
    """"It may have been late, but it arrived": a modal in a conceding clause (claims.conceded)."""
    return hedge in wordset("headline_reader_modals") and conceded(text, start, end)


def _negated_hedge(text: str, start: int, hedge: str) -> bool:
    """"No suspected cases have been found": a hedging adjective right after "no" denies even the
    suspicion, it hedges nothing."""
    before = _words_before(text, start, 1)
    return " " not in hedge and not hedge.endswith("ly") and hedge not in wordset("headline_reader_modals") \
        and bool(before) and before[0] in wordset("headline_hedge_negators")


def _disputes_display(display: list[Sentence]) -> bool:
    """"Kurds deny ...", "Scientists doubt that ...": the headline reports that someone disputes the
    claim, so it does not state it as certain, and a hedge the body puts on it was not dropped."""
    return _disputes_texts(tuple(s.text for s in display))


_GAP = 3  # words a "..." in a disputing phrase stands for at most


_Phrases = dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]


@lru_cache(maxsize=2)
def _disputing_phrases(name: str = "headline_disputing_verbs") -> _Phrases:
    """A lexicon of phrases (headline_disputing_verbs, headline_criticism) as (before, after) lemma
    keys by first key: "shoot down ... claim" is (("shoot", "down"), ("claim",)), a phrase without
    "..." has nothing after its gap."""
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for entry in lexicon_words(name):
        before, _, after = entry.replace("'", "").partition("...")
        keys = tuple(lemma(w) for w in before.split()), tuple(lemma(w) for w in after.split())
        out.setdefault(keys[0][0], []).append(keys)
    return {k: tuple(v) for k, v in out.items()}


def _disputing_at(keys: list[str], k: int, name: str = "headline_disputing_verbs") -> bool:
    for before, after in _disputing_phrases(name).get(keys[k], ()):
        if tuple(keys[k:k + len(before)]) != before:
            continue
        rest = k + len(before)
        if not after or any(tuple(keys[g:g + len(after)]) == after for g in range(rest, rest + _GAP + 1)):
            return True
    return False


def _phrase_spots(texts: tuple[str, ...], name: str) -> Iterator[tuple[list[str], tuple[int, ...]]]:
    """Each stretch of the texts between commas, colons and dashes that holds a phrase of lexicon
    `name`: its words and where the phrases start ("Rebels shot down jet, ministry claims" holds
    no dispute)."""
    for text in texts:
        for part in _CLAUSE_BREAK.split(text):
            tokens = words(part, folded=True)
            keys = [lemma(w) for w in tokens]
            spots = tuple(k for k in range(len(keys)) if _disputing_at(keys, k, name))
            if spots:
                yield tokens, spots


@lru_cache(maxsize=4096)
def _disputes_texts(texts: tuple[str, ...]) -> bool:
    """Kept per headline: a batch checks one headline against many bodies."""
    return any(_cue_in_sense(tokens, spots) for tokens, spots in _phrase_spots(texts, "headline_disputing_verbs"))


def _reports_criticism(display: list[Sentence]) -> bool:
    """"Tories under fire for name switch", "Minister accused of misleading MPs": the headline
    reports that someone finds fault, so the body's refuting words are that fault ("an attempt to
    mislead voters") or the answer to it (a denial), and dispute nothing the headline states."""
    return _criticism_texts(tuple(s.text for s in display))


@lru_cache(maxsize=4096)
def _criticism_texts(texts: tuple[str, ...]) -> bool:
    return next(_phrase_spots(texts, "headline_criticism"), None) is not None


def debunks(display: list[Sentence]) -> bool:
    """"A bogus Vermeer", "Agency debunks claim ...", "Kurds deny ...": the headline itself calls the
    claim false (a refuting cue that leaves no doubt, in its refuting sense) or reports that someone
    disputes it, so a body that disputes the claim agrees with the headline and contradicts nothing."""
    return _debunks_texts(tuple(s.text for s in display))


@lru_cache(maxsize=4096)
def _debunks_texts(texts: tuple[str, ...]) -> bool:
    if _disputes_texts(texts):
        return True
    for text in texts:
        tokens = _compound_parts(words(text, folded=True))
        cues = sentence_cues(tokens)
        if cues.strong and _cue_in_sense(tokens, cues.refute):
            return True
    return False


def _compound_parts(tokens: list[str]) -> list[str]:
    """'Fake-News: ...', 'Hoax-Buster': a headline's hyphenated compound says what its parts say."""
    if not any("-" in t for t in tokens):
        return tokens
    return [p for t in tokens for p in (t.split("-") if "-" in t.strip("-") else [t]) if p]


def _hedge_dropped_by(display: list[Sentence]) -> str:
    """What the headline does with the claim whose hedge it drops. One that only reports it
    ("..., government says") asserts nothing as certain itself: it passes the claim on from its
    source without the hedge, and a sub-editor told it "asserts" would look for the wrong fault."""
    headline = display[:1]  # a standfirst's credit is often of another claim ("Officials say the risk is low")
    if _attributed_display(headline) and not _vouched(headline):
        head = _head_credits(headline)
        if head and any(a.mention for a in head):
            return f"but the headline credits it to {_head_credit(head)} without the hedge."
        return "but the headline reports it without the hedge."
    head = _head_credits(headline) if _vouched(headline) else []
    if head and any(a.mention for a in head):
        # "FBI confirms ...": the headline states it as established, and by whom
        cues = ", ".join(dict.fromkeys(repr(a.cue.lower()) for a in head if a.cue))
        return f"but the headline states it as certain and has {_head_credit(head)} vouch for it ({cues})."
    return "but the headline asserts it as certain."


def _hedge_check(display: list[Sentence], b: BodyContext, support: list[int]) -> list[Check]:
    if _hedged_display(display) or _disputes_display(display):
        return []
    terms = frozenset(_terms_of(display[0].text))
    hedges = [_hedges_on_claim(b.texts[i], terms, _speakers(b.sentences[i])) if b.sentences[i].hedged else []
              for i in support]
    if not all(hedges):
        return []
    shown = ", ".join(f"'{h}'" for h in dict.fromkeys(
        h for i, hs in zip(support, hedges) for h in _shown_hedges(b.texts[i], hs)))
    return [Check("hedge_dropped",
                  f"The body hedges this ({shown}; {_where(b, support[0])}{_credited(b.sentences[support[0]])}), "
                  f"{_hedge_dropped_by(display)}",
                  b.ids(support))]


# --- what the body as a whole does with the headline's claim (the stance model) -----------------

def _stance_checks(display: list[Sentence], b: BodyContext, rel: Relatedness, found: list[Check]) -> list[Check]:
    """The checks so far, with what the body as a whole does with the headline's claim added:
    `contradicted` when it disputes it; when it only reports or hedges it,
    `attribution_dropped`/`hedge_dropped` (whichever the per-sentence rules above did not raise)
    from the sentences near the claim (stance.near_claim). (Letting the model also withdraw the
    rules' own checks scored no better on held-out FNC-1 bodies and missed a hedge in samples/.)"""
    if stance.disabled():
        return found
    f = _stance_features(display, b, rel)
    st = stance.predict(f)
    t_dis, t_rep = stance.thresholds()
    # a dispute is said only with the sentence that makes it, and not of a headline that says it itself
    bear = stance.bearing(rel.sentence_scores)
    if not debunks(display):
        if b.refuting and not _reports_criticism(display) and (
                st.disputes >= t_dis and not _only_disputes_withheld(b, bear)
                or _states_what_is_called_false(display, b, bear)):
            return [*found, _contradicted(b, bear)]
        called = b.called_false if b.refuting and _states(display) and not _reports_criticism(display) else []
        if called:
            i = called[0]
            tokens = words(b.texts[i], folded=True)
            return [*found, _contradicted_at(b, called, _cue_words(tokens, b.cues[i].refute, "headline_refuting"))]
        alive = _alive_after_death(display, b, bear)
        if alive:
            tokens = words(b.texts[alive[0]], folded=True)
            return [*found, _contradicted_at(b, alive, _alive_spots(tokens)[1])]
        negated = _negates_headline_word(display, b, bear)
        if negated:
            return [*found, _contradicted_at(b, bear[:1], [negated])]
    else:
        asserted = _debunk_unsupported(display, b, bear)
        if asserted:
            return [*found, asserted]
    if st.reports < t_rep:
        return found
    # a code the rules raised already stands; the other may still be said ("FBI confirms" over a
    # hedged sentence the newspaper reported: the hedge and the swapped credit are two things)
    have = {c.code for c in found}
    return [*found, *(c for c in reported_checks(display, b, rel, bear) if c.code not in have)]


# a cited sentence sharing at most this share of what the first bearing sentence shares with the
# headline is about something beside the claim, when that first sentence states the claim itself
SIDE_SHARE = 0.5


def reported_checks(display: list[Sentence], b: BodyContext, rel: Relatedness,
                    bear: list[int] | None = None) -> list[Check]:
    """What the model's "only reports" reading may say: the sentences near the claim that report or
    hedge it (`_reported`), without a hedge or a credit beside the claim. The headline model's
    trainer reads the same, so that its "the model has something to show" is what the checks
    would show. `bear`: the bearing sentences (stance.bearing), when the caller has them."""
    if bear is None:
        bear = stance.bearing(rel.sentence_scores)
    return [c for c in _reported(display, b, stance.near_claim(rel.sentence_scores))
            if not _beside_claim(c, display, b, bear, rel)]


def _beside_claim(c: Check, display: list[Sentence], b: BodyContext, bear: list[int], rel: Relatedness) -> bool:
    """Does `c` cite a hedge or a credit the body puts on something beside the claim? So it does
    when the sentence bearing most on the claim states it in the body's own voice (for a hedge:
    unhedged; for a credit: crediting no one who vouches, with no reporting cue) and the cited
    sentence bears on it at most half as much, or is not among the bearing sentences at all.
    "Three cases of plague have been diagnosed in China" (all of the headline's weight) over
    "Current fears about a potential plague outbreak are perhaps being fuelled by China's handling
    of past health crises" (half of it); "A muddled view of US-China trade talks once again seems to
    be weighing on investors" over "..., CNBC reported that the mood in Beijing was pessimistic"."""
    if c.code not in ("hedge_dropped", "attribution_dropped") or not bear \
            or rel.sentence_scores[bear[0]] < stance.BEARING_MIN:
        return False
    at = next((i for i in bear if b.sentences[i].id == c.evidence[0]), None)
    if at == bear[0] or at is not None and rel.sentence_scores[at] > SIDE_SHARE * rel.sentence_scores[bear[0]]:
        return False
    first = b.sentences[bear[0]]
    terms = frozenset(_terms_of(display[0].text))
    if c.code == "hedge_dropped":
        return not (first.hedged and _hedges_on_claim(b.texts[bear[0]], terms, _speakers(first)))
    negated = _negated_display(display)
    return not b.cues[bear[0]].report and not any(_vouches(a, first, terms, negated) for a in _credits(first))


def _states_what_is_called_false(display: list[Sentence], b: BodyContext, bear: list[int]) -> bool:
    """A headline that states its claim as fact, or as vouched for ("Police confirm ..."), over a
    body whose sentences on that claim call it false or a hoax, or whose sentence bearing most on
    it denies it: the plainest contradiction, said whatever the stance model's reading of the body
    as a whole. (The model learnt from FNC-1 that a credited headline is rarely disputed, and
    that its "discuss" bodies deny as often as its "disagree" ones, so it missed "Police confirm
    actor found dead" over "Police said reports the actor had been found dead were false", and
    "Minister resigns" over "The minister denied reports that he would resign".)"""
    if not _states(display):
        return False
    refuting = set(b.refuting)
    for i in bear:
        if i not in refuting:
            continue
        tokens = words(b.texts[i], folded=True)
        # "the video is not a fake" calls nothing false
        if b.cues[i].strong and _called(tokens, tuple(k for k in b.cues[i].refute if not _negated_before(tokens, k))):
            return True
        # "Contrary to published reports, there was no panel": the correction formula says the
        # reports were wrong, whatever words follow
        if _corrects_reports(tokens, b.cues[i].refute):
            return True
    # the sentence that bears most on the claim denies it: "The minister denied reports that he
    # would resign" under "Minister resigns"
    first = bear[0] if bear else None
    return first is not None and first in refuting and _denies(words(b.texts[first], folded=True), b.cues[first].refute)


def _corrects_reports(tokens: list[str], spots: tuple[int, ...]) -> bool:
    """A correction formula of headline_refuting at one of the cues: "contrary to (earlier)
    reports", "despite reports to the contrary". A negation before it is the correction's own
    ("The panel will not, despite reports to the contrary, approve ...")."""
    return any("contrary" in phrase.split() for phrase in _cue_words(tokens, spots, "headline_refuting"))


def _story_called_false(b: BodyContext) -> list[int]:
    """The body's sentences that call the story itself false, unhedged, whoever says so: "The
    reports are 'incorrect' and 'unfounded,' a ministry spokesman said", "Meanwhile, an eyewitness
    ... believes the entire thing is a hoax", "Michelle Obama's blurry video is not real", or a
    fact-checker's bare verdict line ("FALSE"). They name the story by a word for a report or a
    thing shown (headline_story_nouns) and so share no word with the headline: the bearing
    sentences `_states_what_is_called_false` reads miss them. "This is probably bogus" leaves it
    open (hedged); "the woman was found with a fake passport" calls a thing fake, not the story."""
    nouns = wordset("headline_story_nouns")
    out = []
    for i in b.refuting:
        if not b.cues[i].strong or b.sentences[i].hedged:
            continue
        tokens = words(b.texts[i], folded=True)
        spots = tuple(k for k in b.cues[i].refute if not _negated_before(tokens, k) and not _attributive(tokens, k))
        if not spots:
            continue
        if len(tokens) <= 2 and spots[0] == 0:
            out.append(i)  # "FALSE", "Hoax." - a verdict on its own line
            continue
        if any(_story_subject(tokens, k, nouns) for k in spots):
            out.append(i)
    return out


def _story_subject(tokens: list[str], k: int, nouns: frozenset[str]) -> bool:
    """Is the refuting cue at k said ("is", "was", "turned out to be") of a word for the story?
    Only a form of "be" calls it so ("the State Department found no evidence" finds)."""
    be, between = wordset("be_forms"), wordset("headline_story_before_be")
    for j in range(k - 1, max(-1, k - 1 - _CALLED_WINDOW), -1):
        if tokens[j].lower() not in be:
            continue
        s = j - 1
        while s >= 0 and tokens[s].lower() in between:
            s -= 1
        return s >= 0 and tokens[s].lower() in nouns
    return False


_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")


def _debunk_unsupported(display: list[Sentence], b: BodyContext, bear: list[int]) -> Check | None:
    """A headline that itself calls the claim false ("Harbour Photo Is Fake") over a body that
    disputes nothing and tells the story in its own voice, unhedged and uncredited, in a sentence
    bearing on it: the body does not back the debunk; it contradicts the headline."""
    if b.refuting or not bear or any(s.hedged for s in display) or _asks(display):
        return None  # "... Is Probably Fabricated" leaves it open ("fake" is among the headline hedges)
    refuting = []
    for s in display:
        # a bracketed tag ("[Satire]", "(Video)") labels the piece; it is not the headline's claim
        tokens = _compound_parts(words(_BRACKETED.sub(" ", s.text), folded=True))
        cues = sentence_cues(tokens)
        spots = tuple(k for k in cues.refute if not _attributive(tokens, k))
        if cues.strong and spots and _cue_in_sense(tokens, spots):
            refuting += _cue_words(tokens, spots, "headline_refuting")
    if not refuting:
        return None  # "Kurds deny ...": the headline reports a dispute; a body may tell the story
    told = [i for i in bear[:2] if not b.sentences[i].hedged and not b.sentences[i].attributions]
    if not told:
        return None
    said = ", ".join(repr(w) for w in refuting[:2])
    return Check("contradicted",
                 f"The headline calls this false ({said}), but the body disputes nothing and tells it as "
                 f"fact ({_where(b, told[0])}). Check which of the two the story supports.",
                 b.ids(told))


@lru_cache(maxsize=1)
def _ending_keys() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """headline_negative_verbs as lemma keys: single words, and phrases ("pull out")."""
    single, phrases = set(), []
    for entry in lexicon_words("headline_negative_verbs"):
        keys = tuple(lemma(w) for w in entry.split())
        (phrases.append(keys) if len(keys) > 1 else single.add(keys[0]))
    return frozenset(single), tuple(phrases)


def _says_it_ends(display: list[Sentence]) -> bool:
    """'Bale exits film', 'McDonald's will stop serving ...': the headline itself says something
    ends or does not happen, so a body that negates its words agrees with it."""
    return _texts_say_it_ends(tuple(s.text for s in display))


@lru_cache(maxsize=4096)
def _texts_say_it_ends(texts: tuple[str, ...]) -> bool:
    """Kept per headline, as `_disputes_texts`: a batch checks one headline against many bodies."""
    single, phrases = _ending_keys()
    for text in texts:
        keys = [lemma(w) for w in words(text, folded=True)]
        if single.intersection(keys) or any(tuple(keys[k:k + len(p)]) == p for p in phrases
                                            for k in range(len(keys))):
            return True
    return False


def _attributive(tokens: list[str], k: int) -> bool:
    """'Fake Fox News Website Reports ...': a refuting adjective right before a word describes a
    thing in the story; it does not call the headline's claim false."""
    return tokens[k].lower() in wordset("headline_refuting_adjectives") and k + 1 < len(tokens) \
        and tokens[k + 1][:1].isalpha()


_RELATIVES = frozenset({"who", "whose", "which", "whom"})


def _negates_headline_word(display: list[Sentence], b: BodyContext, bear: list[int]) -> str | None:
    """The sentence bearing most on a claim the headline states negates one of the headline's own
    words: "A woman detained ... was not the wife of ..." under "Wife of militant leader detained".
    A verb of checking after the negation leaves the claim open ("has not been confirmed"), so
    only a word of the headline right after the negation (an article, "be", "longer" between) counts.
    Returns the words, or None."""
    if not bear or not _states(display) or _says_it_ends(display):
        return None
    terms = set(_terms_of(display[0].text)) - _unrealised(display[0].text)
    checking, negation, between = (wordset("headline_verifying"), wordset("headline_negation"),
                                   wordset("headline_negation_between"))
    for part in _CLAUSE_BREAK.split(b.texts[bear[0]]):
        tokens = words(part, folded=True)
        if not tokens or tokens[0].lower() in _RELATIVES:
            continue  # "the nun, whose age wasn't given, gave birth": an aside on something else
        for k, w in enumerate(tokens[:-1]):
            low = w.lower()
            if low not in negation and not low.endswith("n't") and low != "cannot":
                continue
            n = k + 1
            while n + 1 < len(tokens) and n < k + 3 and tokens[n].lower() in between:
                n += 1
            key = lemma(tokens[n])
            if key in terms and key not in checking and tokens[n].lower() not in wordset("headline_negation_idioms"):
                return f"{w} {' '.join(tokens[k + 1:n + 1])}"
    return None



def _unrealised(text: str) -> set[str]:
    """The headline's words that name an act tried, wanted or offered rather than done ("mock bids
    to block them", "ready to take a stand"), and the "go" of a future's "going to": lemma keys."""
    tokens = words(text, folded=True)
    governors = _lemma_phrases("headline_unrealised_governors")
    out = set()
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower() != "to":
            continue
        before = tokens[k - 1].lower()
        if before == "going":
            out.add(lemma(before))
        elif lemma(before) in governors:
            out.add(lemma(tokens[k + 1]))
    return out


def _only_disputes_withheld(b: BodyContext, bear: list[int]) -> bool:
    """The sentences a dispute would point at refute only by cues that are themselves negated
    ("The minister did not deny reports that he would resign", "did not dismiss the report", "the
    video is not a fake"): no one disputes the claim there."""
    for i in _disputing(b, bear):
        tokens = words(b.texts[i], folded=True)
        if any(not _negated_before(tokens, k) for k in b.cues[i].refute):
            return False
    return True


def _disputing(b: BodyContext, bear: list[int]) -> list[int]:
    """The sentences a dispute points at: the refuting ones among those bearing on the claim, or
    else the body's first refuting ones."""
    refuting = set(b.refuting)
    return [i for i in bear if i in refuting] or b.refuting[:2]


def _states(display: list[Sentence]) -> bool:
    """The headline states its claim as fact or vouches for it: it does not report, hedge, ask or
    deny it itself ("Mayor Wasn't Arrested", "No, the minister did not ...")."""
    if _hedged_display(display) or _asks(display) or (_attributed_display(display) and not _vouched(display)):
        return False
    return not _negated_display(display)


def _negated_display(display: list[Sentence]) -> bool:
    """The headline or standfirst says something is not so ("Mayor Wasn't Arrested")."""
    return any(sentence_cues(words(s.text, folded=True)).negated for s in display)


def _alive_after_death(display: list[Sentence], b: BodyContext, bear: list[int]) -> list[int]:
    """The body sentences on a death the headline states that say the person is alive ("Singer
    dies at 72" over "Her publicist said the singer was alive and well"): a death hoax's denial,
    which names no refuting word. "alive" counts only said of someone (after "be" or "found"),
    and only against a headline that reports a death, where it cannot be an idiom."""
    death = wordset("headline_death_words")
    if not any(w.lower() in death for s in display for w in words(s.text)) or not _states(display):
        return []
    out = []
    for i in bear:
        tokens = words(b.texts[i], folded=True)
        spots, _ = _alive_spots(tokens)
        if spots and _called(tokens, spots) and not any(_negated_before(tokens, k) for k in spots):
            out.append(i)
    return out


def _alive_spots(tokens: list[str]) -> tuple[tuple[int, ...], list[str]]:
    """Where a word of being alive stands in a sentence's tokens, and the words as written."""
    alive = wordset("headline_alive_words")
    spots = tuple(k for k, w in enumerate(tokens) if w.lower() in alive)
    return spots, list(dict.fromkeys(tokens[k].lower() for k in spots))


def _denies(tokens: list[str], spots: tuple[int, ...]) -> bool:
    """A denial verb at one of the refuting cues, not itself negated ("did not deny")."""
    denial = wordset("headline_denial_verbs")
    return any(tokens[k].lower() in denial and not _negated_before(tokens, k) for k in spots)


_NEGATION_REACH = 3  # "did not deny", "has never denied", "would not even deny"


def _negated_before(tokens: list[str], k: int) -> bool:
    """A negation among the few words before tokens[k] ("did not deny", "was not found alive")."""
    return sentence_cues(tokens[max(0, k - _NEGATION_REACH):k]).negated


_CALLED_WINDOW = 3  # "are not true", "was a hoax", "found no evidence": be or find, then at most two words


def _called(tokens: list[str], spots: tuple[int, ...]) -> bool:
    """A refuting cue said of something ("the reports were false", "the story is a hoax", "the
    study found no link"), not a word for a thing ("a fake casing", "lies, fakes and pranks")."""
    calling = _calling_words()
    return any(tokens[j].lower() in calling for k in spots for j in range(max(0, k - _CALLED_WINDOW), k))


@lru_cache(maxsize=1)
def _calling_words() -> frozenset[str]:
    return frozenset(wordset("be_forms") | wordset("headline_finding_verbs"))


def _snippet(text: str, limit: int = 90) -> str:
    one = " ".join(fold(text).split())
    return one if len(one) <= limit else one[:limit].rsplit(" ", 1)[0] + " ..."


def _where(b: BodyContext, i: int) -> str:
    """The body sentence, quoted (shortened): its number is the evidence's, shown beside the message."""
    return f"\"{_snippet(b.sentences[i].text)}\""


def _credits(s: Sentence) -> list[Attribution]:
    """The sources a body sentence credits by name or description: an agentless "is expected to"
    credits no one (it is a hedge, and the hedge check names it), nor does "the board appears set
    to", nor the article's own "I" or "we" ("a sentence I never thought I'd write: Trump
    understands ..."), which is the voice the headline speaks in too, nor the reader it addresses
    ("If you're planning to retire early, you should aim to ...")."""
    return [a for a in stance.reporting(s) if a.source and a.mention and not _opens_hedge(a, s)
            and not own_voice(a.source) and not reader_voice(a.source)]


def _credit_label(a: Attribution) -> str:
    """"the newspaper ('said')"; a formula that names no one is said so: "no one by name ('It is
    estimated')", not "It is estimated ('estimated')"."""
    if a.kind == "vague" and (not a.mention or a.mention.lower().startswith("it ")):
        said = a.mention if not a.cue or a.cue.lower() in a.mention.lower() else f"{a.mention} {a.cue}"
        return f"no one by name ('{said.strip()}')"
    who = voice_of(a.source)
    if who is not None:  # "we found": not a source called "we"
        return f"{who} ('{a.mention} {a.cue}')" if a.cue else who
    return f"{a.source} ('{a.cue}')" if a.cue else a.source


def _credited(s: Sentence, credits: list[Attribution] | None = None) -> str:
    """", attributed to the newspaper ('said')": who the body sentence credits (or `credits` of
    it), and the word that does."""
    names = list(dict.fromkeys(_credit_label(a) for a in (_credits(s) if credits is None else credits)))
    return f", attributed to {' and '.join(names[:2])}" if names else ""


def _cue_words(tokens: list[str], spots: tuple[int, ...], name: str) -> list[str]:
    """The cue phrases of lexicon `name` at `spots`, as written ("no evidence", not "no")."""
    table = stance.phrases(name)
    out = []
    for k in spots:
        keys = tuple(lemma(w) for w in tokens[k:k + _LONGEST_CUE])
        phrase = next((p for p in table.get(keys[0], ()) if keys[:len(p)] == p), keys[:1])
        out.append(" ".join(tokens[k:k + len(phrase)]).lower())
    return list(dict.fromkeys(out))


_LONGEST_CUE = 6  # words of the longest cue phrase read back for a message ("set the record straight")


def _contradicted(b: BodyContext, bear: list[int]) -> Check:
    disputing = _disputing(b, bear)
    i = disputing[0]
    return _contradicted_at(b, disputing, _cue_words(words(b.texts[i], folded=True), b.cues[i].refute,
                                                     "headline_refuting"), near=i in bear)


def _contradicted_at(b: BodyContext, disputing: list[int], words_: list[str], near: bool = True) -> Check:
    """`contradicted`, pointing at the disputing sentences (the first quoted) and the words that do it.
    When none of them bears on the headline's claim (the body as a whole reads as disputing it, and
    its first refuting sentences are all there is to point at), the message says so: in a long
    story such a sentence may dispute something else."""
    i = disputing[0]
    said = f" ({', '.join(repr(w) for w in words_[:3])})" if words_ else ""
    where = f"{_where(b, i)}{said}{_credited(b.sentences[i])}"
    if not near:
        return Check("contradicted",
                     f"The body reads as disputing what the headline states, but its refuting sentence is not "
                     f"among those about the headline's claim ({where}). Check whether the story disputes the "
                     f"headline or something else.",
                     b.ids(disputing[:2]))
    return Check("contradicted",
                 f"The body disputes what the headline states ({where}). "
                 f"Check that the headline does not present as fact what the story denies.",
                 b.ids(disputing[:2]))


def _named_in_kicker(credits: list[Attribution], headline: Sentence) -> bool:
    """Is one of these sources the label before the headline's colon? "HUFFPOLLSTER: A 'Seismic
    Shift' ..." over "..., HuffPollster reports" says whose words the claim is, though the rules
    read no speaker in a column's name."""
    kicker, colon, _ = headline.text.partition(":")
    if not colon:
        return False
    shown = {w.lower() for w in words(kicker)}
    return any((named := _name_words(a)) and named <= shown for a in credits)


def _credit_met(head: list[Attribution], credits: list[Attribution]) -> bool:
    """Do body credits give a source the headline credits, by a word of its name in any inflection
    ("officials" / "an official", "family" / "families")?"""
    return bool({lemma(w) for w in _credit_words(head)} & {lemma(w) for w in _credit_words(credits)})


def _head_credits(display: list[Sentence]) -> list[Attribution]:
    return [a for s in display for a in _headline_credits(s) if a.source]


def _head_credit(head: list[Attribution]) -> str:
    """How the headline credits the claim, as a reader sees it: the sources it names, or for an
    agentless cue ("Bridge reportedly closed") that cue and that it names no one."""
    named = list(dict.fromkeys(a.source for a in head if a.mention))
    if named:
        return " and ".join(named[:2])
    cues = list(dict.fromkeys(a.cue.lower() for a in head if a.cue))
    return f"no one by name ({', '.join(repr(c) for c in cues[:2])})" if cues else "no one by name"


def _both_unnamed(head: list[Attribution], body_attributions: list[Attribution]) -> bool:
    """'..., sources say' over a body resting on 'two people familiar with the talks': the headline
    credits the body's unnamed sources in headline style, so no credit was swapped or dropped."""
    # an agentless "reportedly" (no mention) names no one: that is a dropped credit, not a kept one
    return bool(head) and all(a.mention and a.kind in UNNAMED_KINDS for a in head) \
        and any(a.kind in UNNAMED_KINDS for a in body_attributions)


_APPOSITION_END = re.compile(r"[,.;:()\[\]]")


def _unnamed_report_met(head: list[Attribution], body_credits: list[Attribution]) -> bool:
    """"Kim had ankle surgery, report says" over a body crediting a named newspaper or its report:
    a headline that credits only an unnamed report ("report", "reports", "a study") or outlet
    ("Newspaper: ...") names no one the body could contradict, and an outlet or a document there
    is that report."""
    bare = [_ARTICLE.sub("", a.mention.lower()).strip() for a in head]
    if not bare or not all(m in wordset("document_nouns") or m in media()[1] for m in bare):
        return False
    return any(a.kind in ("media", "document") or any(w.lower() in media()[1] for w in words(a.mention))
               for a in body_credits)


_ARTICLE = re.compile(r"^(?:a|an|the|new|unconfirmed|latest)\s+")


def _described_as(head: list[Attribution], body_credits: list[Attribution], b: BodyContext) -> bool:
    """'Catholic priest says ...' over a body crediting "Father Ian Cole", whom it introduces as
    "The Catholic priest, Father Ian Cole": the headline credits the body's named source by the
    description the body gives it. The description's common nouns (words news bodies write in
    lower case: "priest", "girlfriend", not "Nigeria") are looked for in the words right before
    a body mention of that source (a title or an apposition before it) or in an apposition or a
    relative clause after it ("Ann Lee, a woman who says she is the singer's girlfriend, ...", "A
    woman who claims to be the singer's girlfriend said"): not anywhere in its sentence, where
    "reports in local media, the ministry said" describes no one."""
    common = lowercase_words()
    described = {lemma(w) for a in head if a.mention for w in words(a.mention)
                 if w.lower() in common and w.lower() not in stopwords()}
    sources = {a.source for a in body_credits if a.kind in NAMED_KINDS or a.kind in UNNAMED_KINDS and a.mention}
    if not described or not sources:
        return False
    for s in b.sentences:
        spans = [(a.span[0] - s.start, a.span[1] - s.start, a.mention) for a in s.attributions
                 if a.source in sources and a.span is not None and a.mention]
        # the body may introduce the source where it cites nothing ("Retired Air Force Gen. Norman
        # Ham is speaking out ..."), and cite him later by name
        for name in sources:
            at = s.text.find(name)
            if at >= 0:
                spans.append((at, at + len(name), name))
        for lo, hi, mention in spans:
            if lo < 0 or hi > len(s.text):
                continue  # a mention in an earlier sentence is read there
            before = s.text[:lo].rstrip().removesuffix(",")
            after = s.text[hi:].lstrip()
            relative = after[1:].lstrip() if after.startswith(",") else after
            # the mention may be the relative pronoun itself ("A woman who claims to be ...")
            apposed = _APPOSITION_END.split(relative, maxsplit=1)[0] if after.startswith(",") or (
                relative.lower().startswith(("who ", "whom ")) or mention.lower() in ("who", "whom")) else ""
            near = _title_before(words(before)) + words(s.text[lo:hi]) + words(apposed)[:12]
            if described & {lemma(w) for w in near}:
                return True
    return False


_TITLE_REACH = 6  # "Retired U.S. Air Force Gen. Norman Ham"


def _title_before(ws: list[str]) -> list[str]:
    """The words of a title right before a name: the last two words, or the capitalised run ("Retired
    U.S. Air Force Gen.") if longer, with shortened titles written out ("Gen." -> "general")."""
    k = len(ws)
    while k > 0 and len(ws) - k < _TITLE_REACH and ws[k - 1][:1].isupper():
        k -= 1
    out = ws[min(k, len(ws) - 2):] if ws else []
    spelled = table("title_abbreviations")
    return out + [spelled[w.lower().rstrip(".")] for w in out if w.lower().rstrip(".") in spelled]


def _reported(display: list[Sentence], b: BodyContext, near: list[int]) -> list[Check]:
    """What the sentences near the claim (best first) report or hedge that the headline states."""
    # the first two of each are all a message shows: the rest of the sentences are not read
    terms = frozenset(_terms_of(display[0].text))
    negated = _negated_display(display)
    attributed = [] if _asks(display) else \
        list(islice((i for i in near if any(_vouches(a, b.sentences[i], terms, negated)
                                            for a in _credits(b.sentences[i]))
                     or b.cues[i].report and _cue_in_sense(words(b.texts[i], folded=True), b.cues[i].report,
                                                           "headline_reporting_senses")), 2))
    hedged = [] if _hedged_display(display) or _disputes_display(display) else \
        list(islice((i for i in near if b.sentences[i].hedged
                     and _hedges_on_claim(b.texts[i], terms, _speakers(b.sentences[i]))), 2))
    out: list[Check] = []
    head = _head_credits(display)
    head_sources = list(dict.fromkeys(a.source for a in head))
    if attributed:  # none under a question: "may have" is no substitute for "who says so"
        i = attributed[0]
        reported = _cue_words(words(b.texts[i], folded=True), b.cues[i].report, "headline_reporting")
        # only the credits that vouch: "the actor has reportedly decided to pass, as he did not feel
        # he was right" rests on 'reportedly', not on the actor's decision or his feelings
        credits = _credits(b.sentences[i])
        vouching = [a for a in credits if _vouches(a, b.sentences[i], terms, negated)]
        credit = _credited(b.sentences[i], vouching) or f" ({', '.join(repr(w) for w in reported[:2])})"
        # the credits of the two sentences a message may point at: if either gives the headline's
        # source ("officials" over "A European intelligence official said"), nothing was swapped
        backing = credits + [a for k in attributed[1:2] for a in _credits(b.sentences[k])]
        if not head_sources and not _attributed_display(display) and not _named_in_kicker(credits, display[0]):
            how = "hedges it but" if _hedged_display(display) else "states it as fact and"
            out.append(Check("attribution_dropped",
                             f"The body only reports this ({_where(b, i)}{credit}). The headline {how} does not "
                             f"say who claims it.",
                             b.ids(attributed[:2])))
        elif head_sources and _credit_words(credits) and not _credit_met(head, backing) \
                and not _both_unnamed(head, backing) and not _document_shown(head, b, attributed[:2]) \
                and not _described_as(head, backing, b) and not _unnamed_report_met(head, backing):
            out.append(Check("attribution_dropped",
                             f"The headline credits {_head_credit(head)}, but the body reports it"
                             f"{credit} ({_where(b, i)}).",
                             b.ids(attributed[:2])))
    if hedged:
        i = hedged[0]
        shown = ", ".join(f"'{h}'" for h in _shown_hedges(
            b.texts[i], _hedges_on_claim(b.texts[i], terms, _speakers(b.sentences[i])))[:3])
        out.append(Check("hedge_dropped",
                         f"The body hedges this ({shown}; {_where(b, i)}{_credited(b.sentences[i])}), "
                         f"{_hedge_dropped_by(display)}",
                         b.ids(hedged[:2])))
    return out
