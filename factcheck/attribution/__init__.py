"""Attribution: who each sentence rests on.

Per sentence, cues (reporting verbs, "according to", colons, vague formulas) find the source
mention as written; across sentences, a discourse state resolves he / the agency / a surname
to the named source, quotations carry their speaker, and chains ("citing X") fill `via`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

from factcheck.attribution import known_conjuncts, mention_chooser, stance, title_case
from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues import RawAttribution, coordination, find_in_sentence, headline_speaker
from factcheck.attribution.cues.choose import names_no_one
from factcheck.attribution.cues.speech_verbs import headline_passive_reading
from factcheck.attribution.kinds import classify, clause_after, has_anonymity_marker, titles_of
from factcheck.attribution.mentions import speaker_for
from factcheck.attribution.opening_capitals import ArticleCase, capitalised_for_its_place
from factcheck.attribution.quotes import (
    credit_posts,
    hand_over_introducers,
    inherit,
    opens_single,
    quote_kind,
    quote_states,
    quoted_ranges,
    single_quoted_spans,
)
from factcheck.attribution.resolve import (
    ANSWER_LABELS,
    INTERVIEWER,
    QUESTION_LABELS,
    Discourse,
    age_reference,
    own_voice,
    reader_voice,
)
from factcheck.lexicon import rule_words
from factcheck.model import Attribution, Sentence
from factcheck.textnorm import straighten
from factcheck.tokens import Tok, tokenize_shared

_ATTRIBUTED_ROLES = ("headline", "standfirst", "body", "caption")
UNNAMED = "(not named)"
# the learned stance fallback reads running text; captions have their own grammar. It also reads
# headlines, a Title Case one in the case its story writes its words (title_case): a reported
# stance ("Rose Bowl skywriters blast Trump") is a source, an action ("Pence Endorses Paul Ryan")
# is credited to its actor as one (reports=False) that sources nothing and that the headline
# checks do not read as the headline attributing its claim. On PolNeAR train that adds 48
# units, 8 wrong; on Emergent, whose headlines come with no story, 0.682 -> 0.680. The
# main-clause reading (_main_clause) stays with running text.
_STANCE_ROLES = ("body", "standfirst")
_FALLBACK_ROLES = _STANCE_ROLES + ("headline",)
_CONTINUATION = ("added", "adds", "adding", "continued", "continues", "went on", "goes on")
# "the journalist who broke this story": a relative clause with no comma says which one is meant
_RELATIVES = ("who", "whom", "whose", "that")
_RESTRICTIVE = re.compile(r"\s+(?:" + "|".join(_RELATIVES) + r")\b")
_EMBEDDING = rule_words("stance", "embedding_words", "attribution_rules")
_POINTING_BACK = rule_words("stance", "pointing_back", "attribution_rules")
_FIRST_PERSON = rule_words("stance", "first_person", "attribution_rules")
# on PolNeAR train (before retraining, main 094f83c), of the 62 main-clause sources the stance
# model's gate let through, 38 overlapped a gold source; at a pair score of 0.5 or more 28 of 37
# (0.3: 36 of 52, 0.7: 19 of 22)
MAIN_CLAUSE_MIN = 0.5
# how many words an embedding word may stand before a passive with no agent and still open its
# clause ("after two other plague cases were revealed": four)
_AGENTLESS_CLAUSE_WORDS = 8
_DASHES = frozenset("-—–―")


Fallback = Callable[[str, int, int, list[tuple[int, int]]], "tuple[tuple[int, int, str], object, str | None] | None"]
# (text, sentence start, end, its attributions, quoted ranges): may change the attributions' mentions
Chooser = Callable[[str, int, int, list[RawAttribution], list[tuple[int, int]]], None]


@dataclass
class Plan:
    """What the rules find in one sentence on its own, before anything is resolved against the
    rest of the article: the cues outside quotations (`raws`), those inside them (`inner`: the
    speaker's words) and how the sentence quotes. Depends on the sentence alone, so a body's plans
    can be kept and resolved again after another headline (pipeline.check_headline)."""

    sentence: Sentence
    raws: list[RawAttribution]
    inner: list[RawAttribution]
    quote: str


def main_clause_pair(text: str, start: int, end: int, blocked: list[tuple[int, int]]
                     ) -> tuple[tuple[int, int, str], object, str | None] | None:
    """The stance model's subject + verb of a main clause (see _main_clause), only at a pair score
    of MAIN_CLAUSE_MIN or more: the sentence is attributed already, so a source added to it must
    be likelier right than the fallback's."""
    return stance.best(text, start, end, blocked, at_least=MAIN_CLAUSE_MIN)


def attribute(text: str, sentences: list[Sentence], fallback: Fallback | None = stance.best,
              disc: Discourse | None = None, chooser: Chooser | None = mention_chooser.rechoose,
              main_clause: Fallback | None = main_clause_pair) -> None:
    """Fill `attributions` of every headline, standfirst, body and caption sentence in place.

    `fallback` scores a sentence the rules left without a source (the learned stance model by
    default; the trainer passes a collector, None turns it off); `chooser` may move each
    attribution's mention to another candidate (the learned mention chooser by default; None keeps
    the rules' choice); `main_clause` reads the main clause of a sentence whose every cue is
    embedded (the stance model by default, None turns it off). `disc` is what the article named
    before these sentences (empty by default); it is updated. Each sentence's plan is made as
    its turn comes and dropped after, so a huge text never holds them all."""
    resolve_plans(text, sentences, plan(text, sentences, fallback, chooser, main_clause),
                  disc if disc is not None else Discourse())


def plan(text: str, sentences: list[Sentence], fallback: Fallback | None = stance.best,
         chooser: Chooser | None = mention_chooser.rechoose, main_clause: Fallback | None = main_clause_pair
         ) -> Iterator[Plan]:
    """The plans of the sentences that take attributions, in order, one at a time. `main_clause`
    reads the main clause of a sentence whose every cue is embedded (see _main_clause)."""
    starts_inside = _quote_starts(sentences)
    for s in sentences:
        if s.role not in _ATTRIBUTED_ROLES:
            continue
        raws = find_in_sentence(text, s.start, s.end, headline=s.role == "headline")
        spoken: list[RawAttribution] = []
        # the speaker's label is looked for in the story only when it can matter: it reads the body
        if s.role == "headline" and all(_first_person(r) for r in raws):
            label = headline_speaker(text, s.start, s.end)
            if label is not None and not raws:
                raws = [label]
            elif label is not None and all(r.mention_start > label.cue_start for r in raws):
                # "Okafor: I'm Sure Voters Will Back It": after a speaker's colon, "I" is the speaker
                spoken, raws = raws, [label]
        start_in, single = starts_inside.get(s.id, (None, []))
        quoted = quoted_ranges(s.text, start_in)
        # in order: the chooser looks a token up among them by bisection
        quoted = sorted(quoted + [r for r in single if not any(a < r[1] and r[0] < b for a, b in quoted)])
        # a cue inside a quotation is the speaker's words ("I think", "voters believe"): the
        # sentence rests on the speaker of the quotation, found outside it or carried over
        inner = spoken + [r for r in raws if r.cue != ":" and any(a <= r.cue_start - s.start < b for a, b in quoted)]
        raws = [r for r in raws if r not in inner]
        if not inner and not raws and fallback is not None and s.role in _FALLBACK_ROLES:
            found = _read_fallback(fallback, text, s, quoted)
            if found and not names_no_one(found[0][2]):
                (a, b, mention), verb, antecedent = found
                raws = [RawAttribution(a, b, mention, verb.text, verb.start,  # type: ignore
                                       classify(antecedent or mention), antecedent=antecedent,
                                       reports=stance.reports(verb.text, text[verb.end:verb.end + 8]))]  # type: ignore
        if raws and not inner and main_clause is not None and s.role in _STANCE_ROLES:
            main = _main_clause(text, s, raws, quoted, main_clause)
            if main is not None:
                raws.insert(0, main)
        if raws and chooser is not None:
            chooser(text, s.start, s.end, raws, [(s.start + a, s.start + b) for a, b in quoted])
        kind_of_quote = quote_kind(s, 0, start_in, single) if raws else "indirect"
        yield Plan(s, raws, inner, kind_of_quote)


def _first_person(r: RawAttribution) -> bool:
    """Is the cue's subject the first person ("I believe", "We'll win", "I'm sure voters say")?"""
    return straighten(r.mention).split("'")[0].lower() in _FIRST_PERSON


def _read_fallback(fallback: Fallback, text: str, s: Sentence, quoted: list[tuple[int, int]]
                   ) -> tuple[tuple[int, int, str], object, str | None] | None:
    """The fallback's subject + verb of a sentence; a Title Case headline is read in sentence case
    (title_case) at the same offsets, the mention and verb given as `text` writes them."""
    blocked = [(s.start + a, s.start + b) for a, b in quoted]
    head = title_case.reading(text, s.start, s.end) if s.role == "headline" else None
    if head is None:
        found = fallback(text, s.start, s.end, blocked)
        return None if found and s.role == "headline" and (
            _dropped_auxiliary(text, s, found[1]) or _the_reader(found[0][2])) else found
    found = fallback(text[:s.start] + head + text[s.end:], s.start, s.end, blocked)
    if found is None or _the_reader(found[0][2]):
        return None
    (a, b, _), verb, antecedent = found
    v: Tok = verb  # type: ignore[assignment]
    if _dropped_auxiliary(text, s, v):
        return None
    return (a, b, text[a:b]), Tok(text[v.start:v.end], v.start, v.end, v.low), antecedent


def _the_reader(mention: str) -> bool:
    """'... unless you want to lose your files': a headline's "you" is its reader, no source."""
    return mention.lower() == "you"


def _dropped_auxiliary(text: str, s: Sentence, verb: object) -> bool:
    """'Commuters advised to leave early', 'New ferry named as ...': the headline's past form is a
    passive (the cue rules' reading, `headline_passive_reading`), so its subject acted on nothing."""
    v: Tok = verb  # type: ignore[assignment]
    if not (v.low.endswith("ed") or v.low in lx.irregular_past()):
        return False
    toks = tokenize_shared(text, s.start, s.end)
    i = next((k for k, t in enumerate(toks) if t.start == v.start), None)
    return i is not None and headline_passive_reading(toks, i)


def _main_clause(text: str, s: Sentence, raws: list[RawAttribution], quoted: list[tuple[int, int]],
                 read: Fallback) -> RawAttribution | None:
    """'Trump took to Twitter to accuse the campaign of being "duped" and encourage Americans to
    check out what he called ...': when every cue of the sentence is embedded (its subject right
    after a word that opens a clause inside another, or a third-person pronoun pointing back, at
    least four words in; a passive with no agent, inside such a clause), the sentence rests on the
    main clause's subject first, if the stance
    model, reading only the words before the first such clause, finds a subject and verb it is
    confident of ("Calabrese is honest about the reason he hopes ...": "Calabrese is honest")."""
    cut = s.end
    for r in raws:
        if r.mention_start < 0 and not r.mention:
            # "... reported its third case on Sunday after two other cases were revealed last week":
            # a passive with no agent, in a clause opened by an embedding word
            before = text[s.start:r.cue_start].split()
            last = next((n for n in range(len(before) - 1, 3, -1) if before[n].lower().strip(",") in _EMBEDDING), None)
            if last is None or len(before) - last > _AGENTLESS_CLAUSE_WORDS or any(
                    w[-1] in ":;" or w in _DASHES for w in before[last:]):
                return None  # "... kept the rules as they were: no names would be disclosed": not its clause
            cut = min(cut, text.rfind(before[last], s.start, r.cue_start))
            continue
        if r.mention_start < s.start or r.mention_start > r.cue_start:
            return None
        before = text[s.start:r.mention_start].split()
        if len(before) < 4:
            return None
        if before[-1].lower().strip(",") in _EMBEDDING:
            k = text.rfind(before[-1], s.start, r.mention_start)
        elif r.mention.lower() in _POINTING_BACK:
            k = r.mention_start  # its clause opens with no word of its own: "the reason he hopes"
        else:
            return None
        while k > s.start and text[k - 1].isspace():
            k -= 1
        cut = min(cut, k)
    blocked = [(s.start + a, s.start + b) for a, b in quoted]
    found = read(text, s.start, cut, blocked)
    if not found:
        return None
    (a, b, mention), verb, antecedent = found
    if any(a < r.mention_end and r.mention_start < b for r in raws):
        return None
    return RawAttribution(a, b, mention, verb.text, verb.start, classify(antecedent or mention),  # type: ignore
                          antecedent=antecedent, reports=stance.reports(verb.text, text[verb.end:verb.end + 8]),  # type: ignore
                          rule="stance.main_clause")


_OPENING_QUOTES = frozenset("\"“‘'")
_CLOSING_QUOTES = frozenset("\"”’'")


def _before_own_quotation(text: str, start: int, first: int, raws: list[RawAttribution]) -> int:
    """'"Kim Jong Un is not opening restaurants," he told HuffPost': a speaker's "he" or "she" (or
    "the 43-year-old") right after a quotation is not someone that quotation names (speakers call
    themselves "I"), so only the text before the quotation is noted before the speaker is resolved
    (the quotation's names are noted after, with the rest of the sentence)."""
    lead = min((r for r in raws if r.mention_start >= start), key=lambda r: r.mention_start, default=None)
    if lead is None or lead.mention.lower() not in ("he", "she") and not age_reference(lead.mention):
        return first
    before = text[start:lead.mention_start].rstrip(" ,")
    if not before or before[-1] not in _CLOSING_QUOTES:
        return first  # the pronoun does not follow a quotation ("Speaking to "Reports," Ann Lee ... he")
    for k in range(start, lead.mention_start):
        c = text[k]
        if c in _OPENING_QUOTES and (k == start or not text[k - 1].isalnum()) and k + 1 < len(text) \
                and text[k + 1].isalpha():
            return k
    return first


def resolve_plans(text: str, sentences: list[Sentence], plans: Iterable[Plan], disc: Discourse) -> None:
    """Resolve the plans' mentions in order against what the article has named (`disc`), then
    carry sources over quotations and continuations. `sentences` are the plans' sentences and
    their neighbours, as given to `plan`."""
    nested: dict[str, list[Attribution]] = {}
    case = ArticleCase(text)
    for p in plans:
        s = p.sentence
        # "he said of Mr. Jones": a mention is resolved against what came before its cue (an
        # apposition included: "A dairy, Acme Foods, said"), not names later in its sentence;
        # those are noted after, below the speakers found here
        first = min((max(r.mention_end, r.cue_start) for r in p.raws if r.mention_start >= s.start), default=s.end)
        if first < s.end:
            first = _before_own_quotation(text, s.start, first, p.raws)
        disc.note_text(text[s.start:first] if first < s.end else s.text)
        mark = disc.seq
        if p.inner:
            nested[s.id] = [_to_attribution(s, r, disc) for r in p.inner]
        names: dict[int, str] = {}
        # a new list: the plan stays as the sentence alone gives it
        raws = known_conjuncts.with_names(text, s.start, s.end, p.raws, disc.resolve)
        pending = coordination.groups(raws)
        for r in raws:
            if r.mention_start < 0:  # "is expected to", "reportedly": no one is named
                s.attributions.append(Attribution(source=UNNAMED, mention="", span=None, cue=r.cue, kind="vague",
                                                  quote=p.quote))  # type: ignore[arg-type]
                continue
            if s.role != "headline" and capitalised_for_its_place(case, text, s.start, r.mention, r.mention_start,
                                                                  r.kind):
                continue  # "Peace would allow ...": a common word opening the sentence, no source
            _mark_unnamed(text, s, r)
            org = speaker_for(r.mention)
            unnamed_speaker = False
            if org:
                # "a spokesperson for the embassy": the embassy speaks through someone not named
                source, kind = disc.resolve(org, classify(org))
                kind = "named_org" if kind in ("named_person", "vague", "anonymous") else kind
                unnamed_speaker = not any(w[:1].isupper() for w in r.mention.split()[1:-len(org.split())])
            elif r.cue == ":" and r.mention in ANSWER_LABELS:
                source, kind = disc.answerer(r.mention, text, s.start)
            elif r.cue == ":" and r.mention in QUESTION_LABELS:
                source, kind = INTERVIEWER, "media"  # "Q: ...": the publication asks, no one else's claim
            elif r.cue != ":" and own_voice(r.mention):
                source, kind = disc.writer(r.mention)
            elif r.cue != ":" and reader_voice(r.mention) and (answering := disc.interviewee()) is not None:
                source, kind = answering  # "Q: Do you think ...": the person the interview is with
            elif (named := _apposition_of(text, raws, r)) is not None:
                # "Rep. Ann Lee, a Texas Democrat who ...": the description is the name's
                source, kind = disc.resolve(named.mention, named.kind)
            elif r.antecedent:
                # "the journalist who broke this story knew": the clause is "who"'s own
                defined = r.mention.lower() in _RELATIVES and not text[:r.mention_start].rstrip().endswith(",")
                source, kind = disc.resolve(r.antecedent, r.kind, defined)
            else:
                defined = _RESTRICTIVE.match(text, r.mention_end) is not None
                source, kind = disc.resolve(r.mention, r.kind, defined)
            resolved = source != r.mention
            inherited = resolved and r.cue.split()[0].lower() in _CONTINUATION
            s.attributions.append(Attribution(
                source=_clean(source), mention=r.mention, span=(r.mention_start, r.mention_end), cue=r.cue,
                kind="anonymous" if unnamed_speaker else kind,  # type: ignore[arg-type]
                quote=p.quote,  # type: ignore[arg-type]
                via=[_clean(v) for v in r.via], inherited=inherited, reports=r.reports))
            alias = _acronym_after(text, r.mention_end)
            if not own_voice(source):  # the writer is no "he" of the story
                disc.add(_clean(source), kind, alias, titles_of(r.mention) if kind == "named_person" else ())
            names[id(r)] = _clean(source)
            for group in [g for g in pending if all(id(x) in names for x in g)]:
                # "Mr. Lee and Mr. Patel said they ...": a later "they"/"the two" is all of them
                pending.remove(group)
                members = list(dict.fromkeys(names[id(x)] for x in group))
                if len(members) > 1:
                    disc.add_group(members)
        if first < s.end:
            found = disc.since(mark)
            disc.note_text(s.text, opens=False)
            for e in found:  # the speakers stay the most recent: "he" next is the nearest speaker
                disc.touch(e)
    body_like = [s for s in sentences if s.role in ("body", "standfirst")]
    paragraphs = [list(g) for _, g in groupby(body_like, key=lambda s: s.paragraph)]
    inherit(paragraphs)
    restored = False
    for s in sentences:
        if not s.attributions and s.id in nested:
            # no speaker for the quotation anywhere: what it reports is still reported
            s.attributions = nested[s.id]
            restored = True
    if restored:
        inherit(paragraphs)
    credit_posts(paragraphs)
    hand_over_introducers(body_like)


_INDEFINITE = ("a ", "an ")


def _apposition_of(text: str, raws: list[RawAttribution], r: RawAttribution) -> RawAttribution | None:
    """The source named right before an indefinite description of it ("Gov. Ann Lee of Ohio, a
    Republican who has refused to endorse him, said"; '..., said Rep. Bo Tan, a California
    Democrat supporting her'): the description is an apposition, not a second, unnamed source."""
    desc = r.antecedent or r.mention
    if not desc.lower().startswith(_INDEFINITE):
        return None
    start = r.mention_start
    if r.antecedent:
        # the relative pronoun follows its antecedent: "..., a Republican who"
        start = text.rfind(desc, max(0, r.mention_start - len(desc) - 4), r.mention_start)
        if start < 0:
            return None
    before = text[max(0, start - 2):start]
    if before != ", ":
        return None
    return next((x for x in raws if x is not r and x.mention_end == start - 2 and x.mention[:1].isupper()
                 and x.kind in ("named_person", "named_org")), None)


def _mark_unnamed(text: str, s: Sentence, r: RawAttribution) -> None:
    """'two officials, who spoke on condition of anonymity, said': the clause between the
    mention and its cue (or after an inverted mention) can say the source is not named."""
    if r.kind in ("anonymous", "document", "media"):
        return
    # a relative "who" as the mention opens the clause itself: "the plant, who spoke on condition
    # of anonymity, said" (the mention chooser may pick "who" for its antecedent)
    start = r.mention_start if r.antecedent else r.mention_end
    after = clause_after(text, start, r.cue_start if r.cue_start > r.mention_end else s.end)
    if after and has_anonymity_marker(r.mention + after):
        r.kind = classify(r.antecedent or r.mention, after)


def _to_attribution(s: Sentence, r, disc: Discourse) -> Attribution:
    if r.mention_start < 0:
        # "'Tourists are told to tip in Scotch,'" with no speaker: an agentless cue names no one
        return Attribution(source=UNNAMED, mention="", span=None, cue=r.cue, kind="vague", quote="direct")
    source, kind = disc.resolve(r.mention, r.kind)
    return Attribution(source=_clean(source), mention=r.mention, span=(r.mention_start, r.mention_end), cue=r.cue,
                       kind=kind, quote="direct", via=[_clean(v) for v in r.via])  # type: ignore[arg-type]


def _quote_starts(sentences: list[Sentence]) -> dict[str, tuple[str | None, list[tuple[int, int]]]]:
    """For each sentence: the quotation open at its start (quote_states) and its ranges quoted in
    single marks (single_quoted_spans), both read over its paragraph."""
    out: dict[str, tuple[str | None, list[tuple[int, int]]]] = {}
    paras = [list(group) for _, group in groupby(sentences, key=lambda s: s.paragraph)]
    for n, para in enumerate(paras):
        continued = n + 1 < len(paras) and opens_single(paras[n + 1][0].text)
        spans = single_quoted_spans(para, continued)
        for s, (start_in, _end_in), (_, single) in zip(para, quote_states(para, continued, spans), spans):
            out[s.id] = (start_in, single)
    return out


@lru_cache(maxsize=65536)  # a pure function of the name, asked for every attribution
def _clean(name: str) -> str:
    name = straighten(name.strip().strip(",;:"))
    for det in ("The ", "the "):
        if name.startswith(det) and len(name.split()) > 1 and name.split()[1][:1].isupper():
            return name[len(det):]
    return name


def _acronym_after(text: str, end: int) -> str | None:
    """'Joint Chiefs of Staff (JCS)': the acronym is an alias of the name before it."""
    seg = text[end:end + 16]
    if seg.startswith(" (") and ")" in seg:
        inner = seg[2:seg.index(")")]
        if inner.isupper() and 1 < len(inner) <= 10:
            return inner
    return None
