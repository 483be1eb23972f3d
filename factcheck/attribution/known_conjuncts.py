"""Names coordinated with a source that only the article so far shows to be people's: "Dunn and
John agreed", "Mills and Clinton told", '"...," said Okafor and Tarnwell'.

The sentence's own rules (cues.coordination) join a name to a source only when the sentence marks
it as a person's (a title, a known given name, two capitalised words), so that "Marks and Spencer
said" stays one company. A bare surname is a person's when the article has named that person in
full before; then it is a source of its own, with the cue of the name it is joined to.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.attribution.cues import RawAttribution
from factcheck.attribution.cues.coordination import GOVERNORS, governed, marked_person
from factcheck.attribution.kinds import classify
from factcheck.attribution.mentions import DETERMINERS
from factcheck.lexicon import structured
from factcheck.tokens import Tok, tokenize_shared

_MAX_NAMES = 4
_MAX_TOKENS = 6  # "Sen. Patrick J. Leahy": five
_GOVERNORS = GOVERNORS | DETERMINERS
_OPENERS = frozenset(structured("attribution_rules")["resolve"]["name_openers"])

Resolver = Callable[[str, str], tuple[str, str]]


def _a_person(toks: list[Tok], name: str, resolve: Resolver) -> bool:
    """Is `name` (its tokens `toks`) a person's: with a title or a known given name, or a surname
    the article has given in full before?"""
    if classify(name) != "named_person":
        return False
    if marked_person(toks):
        return True
    source, kind = resolve(name, "named_person")
    return kind == "named_person" and source != name and len(source.split()) > len(name.split())


def _run_back(text: str, toks: list[Tok], k: int) -> int | None:
    """The first index of the name that ends at toks[k]: capitalised words one space apart (an
    initial's full stop included: "Patrick J. Leahy"; "in Hangzhou, China, Mr. Obama": "Mr.
    Obama"), without a clause's first word ("But", "When"); None if toks[k] ends no name."""
    first = k + 1
    n = k
    while n >= 0 and k - n < _MAX_TOKENS:
        t = toks[n]
        initial_dot = t.text == "." and n > 0 and len(toks[n - 1].text) == 1 and toks[n - 1].cap \
            and toks[n - 1].end == t.start
        if not (t.is_word and t.cap or initial_dot) or first <= k and text[t.end:toks[first].start] not in (" ", ""):
            break
        first = n
        n -= 1
    while first <= k and toks[first].low in _OPENERS:
        first += 1
    return first if first <= k else None


def _names_before(text: str, toks: list[Tok], i: int) -> list[tuple[int, int]]:
    """'A, B and ' before toks[i]: the token ranges of A and B, nearest last; a list read back
    stops at the first item that is no name ("The club closed last year, Lee and Tan said": the
    comma closes a clause)."""
    k = i - 1
    if k < 1 or toks[k].low != "and":
        return []
    k -= 2 if toks[k - 1].text == "," else 1
    out: list[tuple[int, int]] = []
    while k >= 0 and len(out) < _MAX_NAMES:
        first = _run_back(text, toks, k)
        if first is None:
            break
        out.insert(0, (first, k + 1))
        if first < 2 or toks[first - 1].text != ",":
            break
        k = first - 2
    return out


def _names_after(text: str, toks: list[Tok], j: int) -> list[tuple[int, int]]:
    """' and B' from toks[j], after a name, closing its clause: B's token range."""
    if j < len(toks) and toks[j].text == ",":
        j += 1
    if j + 1 >= len(toks) or toks[j].low != "and":
        return []
    k = j + 1
    while k < len(toks) and k - j <= _MAX_TOKENS and (toks[k].is_word and toks[k].cap or toks[k].text == "."
                                                      and len(toks[k - 1].text) == 1):
        k += 1
    if k == j + 1 or k < len(toks) and toks[k].is_word:
        return []
    return [(j + 1, k)]


def with_names(text: str, start: int, end: int, raws: list[RawAttribution], resolve: Resolver
               ) -> list[RawAttribution]:
    """`raws`, the attributions the rules found in text[start:end] (a sentence), with one more for
    each person's name joined by "and" to a person among them, next to it (the list itself when
    there is none; none where the rules already joined names to that cue). `resolve` is the
    discourse's, at that sentence."""
    joined = {r.cue_start for r in raws if r.rule.startswith("coordination.")}
    taken = {(r.mention_start, r.mention_end) for r in raws}
    out: list[RawAttribution] = []
    for r in raws:
        more = [] if r.cue_start in joined else _joined_to(text, start, end, r, resolve)
        more = [x for x in more if (x.mention_start, x.mention_end) not in taken]
        taken.update((x.mention_start, x.mention_end) for x in more)
        out += [x for x in more if x.mention_start < r.mention_start] + [r] + \
            [x for x in more if x.mention_start > r.mention_start]
    return out if len(out) > len(raws) else raws


def _joined_to(text: str, start: int, end: int, r: RawAttribution, resolve: Resolver) -> list[RawAttribution]:
    if r.mention_start < 0 or r.chain_only or r.antecedent or r.kind != "named_person" \
            or not r.mention[:1].isupper() or not r.mention.split()[-1][:1].isupper():
        return []  # (a name, not "Garett's work")
    before = r.cue_start > r.mention_end
    if not (text.endswith("and ", start, r.mention_start) if before
            else text.startswith((" and ", ", and "), r.mention_end, end)):
        return []  # (most sources: nothing is joined to them)
    toks = tokenize_shared(text, start, end)
    if before:
        i = next((n for n, t in enumerate(toks) if t.start == r.mention_start), None)
        found = _names_before(text, toks, i) if i is not None else []
    else:
        j = next((n for n, t in enumerate(toks) if t.start >= r.mention_end), None)
        found = _names_after(text, toks, j) if j is not None else []
    names = [(toks[a].start, toks[b - 1].end) for a, b in found]
    # (nor after a determiner: "the Horowitz and Durham reports" qualify a noun)
    if not names or governed(toks, found[0][0], _GOVERNORS) \
            or not all(_a_person(toks[a:b], text[toks[a].start:toks[b - 1].end], resolve) for a, b in found):
        return []
    return [RawAttribution(a, b, text[a:b], r.cue, r.cue_start, "named_person", reports=r.reports,
                           rule="coordination.known_names") for a, b in names if text[a:b] != r.mention]
