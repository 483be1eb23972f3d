"""ingest -> page structure -> segment -> attribution -> claims -> headline -> Analysis.

Many headlines over one body (a desk trying headline variants, FNC-1's pairs): `analyze_body`
once, then `check_headline(body_analysis, headline)` per headline gives exactly what `analyze`
gives for the headline + body document, without analysing the body again.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import islice
from typing import Any

from factcheck import article_jobs, claims, collector, figure_lists, flags, headline, language, page, segment, sources
from factcheck.attribution import Plan, attribute, plan, resolve_plans, stance, title_case
from factcheck.attribution.cues import headline_speaker
from factcheck.attribution.resolve import Discourse, Trace
from factcheck.model import Analysis, Attribution, Boilerplate, Document, Sentence, SentenceIds, _norm_for_id

# Roles whose block is one sentence whatever its punctuation: a headline is read as a unit.
_WHOLE = {"headline", "byline", "dateline", "crosshead"}


def split_sentences(doc: Document, layout: page.Layout) -> list[Sentence]:
    """The document's sentences with their roles, before any analysis."""
    return list(sentence_stream(doc, layout.blocks))


def sentence_stream(doc: Document, blocks: Iterable[page.Block]) -> Iterator[Sentence]:
    """`split_sentences`, one sentence at a time, from the blocks as they come (page.stream)."""
    text = doc.text
    next_id = SentenceIds().next
    split = segment.split_spans
    for blk in blocks:
        spans = [(blk.start, blk.end)] if blk.role in _WHOLE else split(text, blk.start, blk.end)
        for a, b in spans:
            t = text[a:b]
            yield Sentence(id=next_id(t), start=a, end=b, text=t, paragraph=blk.paragraph, role=blk.role)  # type: ignore[arg-type]


def _claims(sentences: list[Sentence]) -> None:
    for s in sentences:
        if s.role in claims.CLAIM_ROLES:
            s.checkworthy = claims.is_checkworthy(s.text)
            s.hedged = claims.is_hedged(s.text)


def analyze(doc: Document, jobs: int = 1) -> Analysis:
    """Analyse one document. Same input, same output. `jobs` > 1 spreads a long article's
    per-sentence work over that many processes (see article_jobs); the result is the same."""
    return _analyze(doc, jobs=jobs)[0]


# A long text's analysis builds its objects to keep them and makes no reference cycles (gc.collect()
# after analysing the 20 MB text and every sample with the collector off finds nothing), so the
# collections during it only walk live objects again: 1.8 s of the 20 MB text's parent. It runs with
# the collector paused and collects once at its end, so that the caller does not pay the catching up
# later (a review's first paint did, 50 ms on 10,000 sentences). A short article's collections are
# few and young; one full collection after each would cost a batch more than they do.
_PAUSED_FROM_CHARS = 200_000


def _analyze(doc: Document, trace: Trace | None = None, jobs: int = 1) -> tuple[Analysis, list[Plan], bool]:
    if len(doc.text) < _PAUSED_FROM_CHARS:
        return _analyze_now(doc, trace, jobs)
    with collector.paused(collect_after=True):
        return _analyze_now(doc, trace, jobs)


def _analyze_now(doc: Document, trace: Trace | None = None, jobs: int = 1) -> tuple[Analysis, list[Plan], bool]:
    """The analysis, and with a `trace` (a body kept for many headlines) the attribution plans,
    resolved with the discourse recording in `trace` what it asked of the entities it held; and
    whether the body reads as English (factcheck.language)."""
    layout, blocks = page.stream(doc)
    more = sentence_stream(doc, blocks)
    sentences = list(islice(more, article_jobs.MIN_SENTENCES))
    # a long text's work is handed to the workers while its page is still being laid out and
    # split, once the headline and standfirst (the headline checks' reading of the body) are known
    early = trace is None and article_jobs.worth_spreading(sentences, jobs) and layout.lines_done >= page.HEADER_LINES
    if not early:
        sentences.extend(more)
    article, boilerplate = layout.article, layout.boilerplate  # complete once `more` is
    plans: list[Plan] = []
    head = next((s for s in sentences if s.role == "headline"), None)
    standfirst = [s for s in sentences if s.role == "standfirst"] if head is not None else []
    english = language.reads_as_english(doc.text, head.end if head is not None else 0)
    reading = None
    if not english:  # a body the rules do not read: only the headline is analysed, and not against it
        sentences.extend(more)
        heads = [head] if head is not None else []
        attribute(doc.text, heads)
        _claims(heads)
    elif trace is not None:  # a body kept for many headlines: its plans are resolved again after some
        plans = list(plan(doc.text, sentences))
        resolve_plans(doc.text, sentences, plans, Discourse(trace=trace))
        _claims(sentences)
    elif early or article_jobs.worth_spreading(sentences, jobs):
        # the workers also read the body for the headline checks, off this process's path
        read = headline.body_reader(head, standfirst) if head is not None else None
        reading = read([]) if read is not None else None
        resolve_plans(doc.text, sentences, article_jobs.spread_plans(
            doc.text, sentences, jobs, read, reading.join if reading is not None else None, more), Discourse())
    else:
        attribute(doc.text, sentences)
        _claims(sentences)
    figure_lists.unmark_items(sentences)
    flags.annotate(sentences)
    analysis = Analysis(text=doc.text, article=article, sentences=sentences, boilerplate=boilerplate)
    if head is not None and english:
        analysis.headline_checks = headline.check_headline(head, analysis.body, standfirst or None, reading,
                                                             doc.meta.get("site_name"))
    analysis.sources = sources.collect(sentences)
    return analysis, plans, english


def analyze_text(text: str) -> Analysis:
    """Analyse pasted article text."""
    return analyze(Document(text=text))


# --- one body, many headlines ---------------------------------------------------------------------

_LINE_BREAK = re.compile("[\n\r\u2028\u2029]")  # what splits lines in page.parse


@dataclass
class BodyAnalysis:
    """A body analysed on its own (`analysis`, offsets into the body), with what a headline over it
    needs: the attribution plans of its sentences, the headline checks' view of it, the sentence
    id hashes. Build it with `analyze_body`; it is read, never changed, by `check_headline`."""

    body: str
    analysis: Analysis
    plans: list[Plan]
    context: headline.BodyContext
    id_hashes: frozenset[str] = field(default_factory=frozenset)
    # what resolving the plans asked of the discourse: whether a headline's names can change it
    trace: Trace | None = field(default=None, repr=False)
    _after: dict[tuple, list[Sentence]] = field(default_factory=dict, repr=False)
    # the JSON of what every pair over this body repeats (pair_json), made when first asked
    json_parts: Any = field(default=None, repr=False)
    _named: list[sources.Named] | None = field(default=None, repr=False)
    english: bool = True  # the body reads as English (factcheck.language): headlines are checked against it

    @property
    def named(self) -> list[sources.Named]:
        """What sources.collect reads of the body's own sentences (sources.named_in), once."""
        if self._named is None:
            self._named = sources.named_in(self.analysis.sentences)
        return self._named

    def resolved_after(self, part: _HeadlinePart) -> list[Sentence]:
        """The body's sentences (body offsets) resolved again after a headline that named
        someone; kept per distinct discourse the headlines leave. When the trace of the body's
        own resolution shows that the headline's names could not have changed any answer (none
        is looked up by name, none would win a pronoun's or description's query), they are the
        body's own sentences, `self.analysis.sentences` itself."""
        key = part.signature
        hit = self._after.get(key)
        if hit is None and self.trace is not None and self.trace.unaffected_by(part.disc.entities):
            hit = self._after[key] = self.analysis.sentences
        if hit is None:
            sentences = [Sentence(s.id, s.start, s.end, s.text, s.paragraph, s.role, [], s.checkworthy, s.hedged)
                         for s in self.analysis.sentences]
            by_id = {s.id: s for s in sentences}
            plans = [Plan(by_id[p.sentence.id], p.raws, p.inner, p.quote) for p in self.plans]
            resolve_plans(self.body, sentences, plans, _copy_discourse(part.disc))
            flags.annotate(sentences)
            if len(self._after) >= 64:
                self._after.clear()
            hit = self._after[key] = sentences
        return hit



def analyze_body(body: str) -> BodyAnalysis:
    """Analyse a body (paragraphs separated by blank lines) once for any number of headlines."""
    trace = Trace()
    analysis, plans, english = _analyze(Document(text=body, body_only=True), trace)
    hashes = frozenset(s.id[1:11] for s in analysis.sentences)
    return BodyAnalysis(body, analysis, plans, headline.prepare_body(analysis.body), hashes, trace, english=english)


def check_headline(body_analysis: BodyAnalysis, headline_text: str | None) -> Analysis:
    """What `analyze` gives for `headline_text` over the body (the batch's {"headline", "body"}:
    text = headline + blank line + body), with the body's analysis reused; byte for byte the same
    JSON. A headline that would change how the body is laid out (it spans lines) or named (its id
    collides with a body sentence's) is analysed with the body from scratch. The result shares
    parts with `body_analysis`: read it, do not change it."""
    return checked_headline(body_analysis, headline_text).whole()


@dataclass
class CheckedHeadline:
    """A headline checked over a body, before the body's sentences are moved after it: `analysis`
    holds the headline's sentence and everything else (its text is headline, blank line, body);
    `body` (None when `analysis` is whole) the body's sentences at body offsets, to follow the
    headline `shift` characters on (pair_json writes them without moving them)."""

    analysis: Analysis
    body: list[Sentence] | None = None
    shift: int = 0

    def whole(self) -> Analysis:
        """`analysis` with the body's sentences moved in (once)."""
        if self.body is not None:
            self.analysis.sentences += [_copy_sentence(s, self.shift, 1) for s in self.body]
            self.body = None
        return self.analysis


def checked_headline(body_analysis: BodyAnalysis, headline_text: str | None) -> CheckedHeadline:
    """`check_headline`, with the body's sentences not yet moved after the headline."""
    body = body_analysis.body
    if headline_text is None or not headline_text.strip():
        return CheckedHeadline(body_analysis.analysis)
    text = headline_text + "\n\n" + body
    part = _headline_part(headline_text)
    if part is None or part.id_hash in body_analysis.id_hashes:
        return CheckedHeadline(analyze(Document(text=text, headline=headline_text, body_only=True)))
    if part.reads_body and headline_speaker(text, part.sentence.start, part.sentence.end) is not None:
        # the name before the colon is named again in this body: the headline is its speaker here
        # (with no such name it is read as on its own, the part kept for its text)
        part = _part(headline_text, text)
    elif part.fallback_read is not None:
        # a Title Case headline the stance fallback reads, in the case this body writes its words
        # (attribution.title_case): read again only when the fallback answers otherwise than it
        # did on the headline as written
        start, end, blocked = part.fallback_read
        cased = title_case.reading(text, start, end)
        if cased is not None and _cased_answer(headline_text[:start] + cased, start, end, blocked) \
                != part.fallback_answer:
            part = _title_part(headline_text, cased, text)
    head = _copy_sentence(part.sentence, 0, 0)
    base = body_analysis.analysis
    shift = len(headline_text) + 2
    # a headline that named nobody, or no one the body's resolution would have found: the body
    # resolves exactly as it did on its own
    body_sents = base.sentences if part.names_nobody else body_analysis.resolved_after(part)
    same_body = body_sents is base.sentences
    if same_body:
        context = body_analysis.context
    else:
        context = copy.copy(body_analysis.context)
        context.sentences = [s for s in body_sents if s.role == "body"]
    boilerplate = [Boilerplate(x.start + shift, x.end + shift, x.text, x.reason) for x in base.boilerplate]
    # article: a headline the caller gave is not one found on a page, so it stays null
    out = Analysis(text=text, article=dict(base.article), sentences=[head], boilerplate=boilerplate)
    if body_analysis.english:
        out.headline_checks = headline.check(head, context, None)
    # sources are keyed by sentence id and name, not offsets (the body's sentences are read where
    # they are): unchanged when nothing new was named
    if not same_body:
        out.sources = sources.collect([head, *body_sents])
    elif head.attributions:
        out.sources = sources.collect_named([*sources.named_in([head]), *body_analysis.named])
    else:
        out.sources = list(base.sources)
    return CheckedHeadline(out, body_sents, shift)


@dataclass
class _HeadlinePart:
    """A headline analysed on its own: it opens the text, so its offsets hold over any body."""

    sentence: Sentence
    disc: Discourse  # what it named, for the body to resolve against
    id_hash: str
    reads_body: bool = False
    # a Title Case headline the rules left to the stance fallback: where it read (start, end,
    # quoted ranges) and what it answered on the headline as written
    fallback_read: tuple[int, int, tuple[tuple[int, int], ...]] | None = None
    fallback_answer: object = None

    @property
    def names_nobody(self) -> bool:
        return self.disc.seq == 0

    @cached_property
    def signature(self) -> tuple:
        """Equal for two headlines that leave the body the same discourse to resolve against."""
        return (self.disc.seq, tuple((e.name, e.kind, e.seq, e.gender, tuple(sorted(e.aliases)), tuple(sorted(e.heads)))
                                     for e in self.disc.entities))


@lru_cache(maxsize=4096)
def _headline_part(headline_text: str) -> _HeadlinePart | None:
    """The headline's part, kept per headline text; None when it is not one headline sentence."""
    if _LINE_BREAK.search(headline_text):
        return None  # page.parse would split it into lines
    return _part(headline_text, headline_text + "\n\n")


def _part(headline_text: str, text: str) -> _HeadlinePart:
    a = len(headline_text) - len(headline_text.lstrip())
    b = len(headline_text.rstrip())
    h = hashlib.sha1(_norm_for_id(headline_text[a:b]).encode("utf-8")).hexdigest()[:10]
    head = Sentence(id="s" + h, start=a, end=b, text=headline_text[a:b], paragraph=0, role="headline")
    disc = Discourse()
    asked: list[tuple] = []

    def fallback(txt: str, start: int, end: int, blocked: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
        found = stance.best(txt, start, end, blocked)
        asked.append(((start, end, tuple(blocked)), found))
        return found

    attribute(text, [head], fallback=fallback, disc=disc)
    _claims([head])
    # 'Pence: Flowers won't be at debate': with no cue, a name before the colon speaks when the body
    # names it again (cues.headline_speaker), so that headline's part depends on the body; so
    # does a Title Case headline's that the rules leave to the stance fallback, through the case
    # the body writes its words in (title_case)
    read, answer = asked[0] if asked and title_case.is_title_case(head.text) else (None, None)
    return _HeadlinePart(head, disc, h, ":" in headline_text and not head.attributions, read, answer)


@lru_cache(maxsize=1024)
def _cased_answer(text: str, start: int, end: int, blocked: tuple[tuple[int, int], ...]) -> object:
    """The stance fallback's answer on a sentence-cased headline (text[start:end])."""
    return stance.best(text, start, end, list(blocked))


_TITLE_PARTS: dict[tuple[str, str], _HeadlinePart] = {}
_TITLE_PARTS_KEPT = 4096


def _title_part(headline_text: str, cased: str, text: str) -> _HeadlinePart:
    """A Title Case headline's part over this body: the same for every body that gives the
    headline the same sentence-cased reading (FNC-1 sets one headline over some 30 bodies)."""
    key = (headline_text, cased)
    part = _TITLE_PARTS.get(key)
    if part is None:
        if len(_TITLE_PARTS) >= _TITLE_PARTS_KEPT:
            del _TITLE_PARTS[next(iter(_TITLE_PARTS))]
        part = _TITLE_PARTS[key] = _part(headline_text, text)
    return part


def _copy_discourse(d: Discourse) -> Discourse:
    # replace() copies every field, so one added to Entity later is not lost here (`group` once was)
    return Discourse([replace(e, aliases=set(e.aliases), heads=set(e.heads)) for e in d.entities], d.seq)


def _copy_sentence(s: Sentence, shift: int, paragraphs: int) -> Sentence:
    """`s` moved `shift` characters and `paragraphs` paragraphs on (a headline before it)."""
    attributions = s.attributions
    if shift:
        attributions = [a if a.span is None or a.span[0] < 0 else  # (-1, -1): nothing to point at
                        Attribution(a.source, a.mention, (a.span[0] + shift, a.span[1] + shift), a.cue, a.kind,
                                    a.quote, a.via, a.inherited, a.reports)
                        for a in attributions]
    return Sentence(s.id, s.start + shift, s.end + shift, s.text, s.paragraph + paragraphs, s.role,
                    list(attributions), s.checkworthy, s.hedged, list(s.flags))
