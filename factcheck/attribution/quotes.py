"""Quotations that run across sentences and paragraphs carry their speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.attribution.kinds import classify
from factcheck.attribution.resolve import own_voice
from factcheck.model import Attribution, Sentence
from factcheck.posts import post_credit

_OPEN = "“"
_CLOSE = "”"


_MARKS = re.compile('["“”]')
_ENDS = (",", ".", "?", "!")


def _doubled_marks(text: str) -> str:
    """Two single marks typed for a double one ('' and `` in wire copy, ‘‘ and ’’ once curled) as
    the double mark and a space: the same length, so offsets do not move."""
    return text.replace("''", '" ').replace("``", '" ').replace("\u2018\u2018", "\u201c ").replace(
        "\u2019\u2019", "\u201d ")


def _scan(text: str, state: str | None) -> tuple[list[tuple[int, int]], str | None]:
    """Quoted ranges of `text` and the quotation state after it. The state is the mark that
    opened the quotation. A quotation in the other style may lie inside it ("PENCE: ... as “The
    Journal” wrote ..."), but typed text also closes with the other style ('"We won,” Lee said',
    '“We won," Lee said'): a straight quotation ends at a curly close mark when no curly quotation
    opened inside it, a curly one at a straight mark right after its last words when no curly
    close mark follows and no straight quotation is open inside it."""
    t = _doubled_marks(text)
    out = []
    begin = 0
    nested = False  # a curly quotation open inside a straight one
    last_close = t.rfind(_CLOSE)  # "no curly close to come" without rescanning the rest
    for m in _MARKS.finditer(t):
        i, ch = m.start(), m.group()
        if state is None:
            if ch == _OPEN or ch == '"':
                state, begin, nested = ch, i, False
        elif state == '"' and ch == _OPEN:
            nested = True
        elif state == '"' and ch == _CLOSE and nested:
            nested = False
        elif state == _OPEN and ch == '"':
            # a straight mark inside a curly quotation opens or closes a quotation inside it, or,
            # right after the quotation's last words with no curly close to come, ends it
            # ('“We won," Lee said')
            if not nested and t[i - 1:i] in _ENDS and last_close < i:
                out.append((begin, i + 1))
                state = None
            else:
                nested = not nested
        elif ch == _CLOSE or (state == '"' and ch == '"'):
            # a straight quotation closed with a curly mark ('"We won,” Lee said') ends too
            out.append((begin, i + 1))
            state = None
    if state is not None:
        out.append((begin, len(t)))
    return out, state


SINGLE = "'"  # the state of a quotation in single marks still open at a sentence's start


def quote_states(sentences: list[Sentence], continued: bool = False,
                 spans: list[tuple[bool, list[tuple[int, int]]]] | None = None) -> list[tuple[str | None, str | None]]:
    """(quotation open at the start, open at the end) for each sentence of one paragraph: the
    mark that opened it, `SINGLE` for a quotation in single marks (single_quoted_spans, which
    `continued` is passed to, unless its `spans` were read already), or None."""
    state: str | None = None
    out = []
    if spans is None:
        spans = single_quoted_spans(sentences, continued)
    single = [inside for inside, _ in spans]
    for n, s in enumerate(sentences):
        text = s.text
        if n == 0 and text.startswith("”"):
            text = "“" + text[1:]  # a paragraph opened with ” is a typo for “
        start = state
        _, state = _scan(text, state)
        out.append((start or (SINGLE if single[n] else None),
                    state or (SINGLE if n + 1 < len(single) and single[n + 1] else None)))
    return out


# (each pattern opens with its mark, the lookbehind after it: the scan skips to the marks, 4x
# faster than a lookbehind first)
_SINGLE_OPEN = re.compile(r"['\u2018](?<![^\s(\[:]['\u2018])(?=[A-Za-z\u2026])")
_SINGLE_CLOSE = re.compile(r"['\u2019](?<=[,.?!\u2026]['\u2019])(?=\s|$)")


def opens_single(text: str) -> bool:
    """Does a paragraph open with a quotation in single marks? Then an earlier paragraph whose
    quotation stays open goes on into it, the convention for a quotation over paragraphs."""
    return _SINGLE_OPEN.match(text.lstrip()) is not None


def single_quoted_spans(sentences: list[Sentence], continued: bool = False
                        ) -> list[tuple[bool, list[tuple[int, int]]]]:
    """For each sentence of one paragraph: whether a quotation in single marks opened in an
    earlier sentence is still open at its start, and its ranges quoted in single marks. A
    quotation may run over sentences ("'I am not sure why they picked me. I assume it was my
    laugh,' she said."): its opening mark is left open by its sentence and the first closing
    mark after closing punctuation in a later sentence of the paragraph ends it, provided no
    other opening mark comes first; when the paragraph is `continued` (the next one opens with
    a single mark, opens_single), one left open runs to the paragraph's end. Only in a paragraph
    without double marks: beside them, single marks quote inside a quotation."""
    out = [(False, list(single_quoted_ranges(s.text))) for s in sentences]
    if any(_MARKS.search(s.text) for s in sentences):
        return out
    n = len(sentences)
    marks = [(_SINGLE_CLOSE.search(s.text), _SINGLE_OPEN.search(s.text)) for s in sentences]
    following = [n] * (n + 1)  # the next sentence after k with a single mark that opens or closes
    for k in range(n - 1, -1, -1):
        following[k] = k + 1 if k + 1 < n and any(marks[k + 1]) else following[k + 1]
    k = 0
    while k < n:
        text, ranges = sentences[k].text, out[k][1]
        opening = next((m.start() for m in reversed(list(_SINGLE_OPEN.finditer(text)))
                        if not any(a <= m.start() < b for a, b in ranges)), None)
        if opening is None or _SINGLE_CLOSE.search(text, opening) is not None:
            k += 1
            continue
        close, interrupted = None, False
        j = following[k]
        if j < n:
            c, o = marks[j]
            if o is not None and (c is None or o.start() < c.start()):
                interrupted = True  # another quotation opens first: the mark was no quotation's
            else:
                close = (j, c.end())  # type: ignore[union-attr]
        if close is None and continued and not interrupted:
            close = (n, 0)  # on into the next paragraph
        if close is None:
            k += 1
            continue
        j, end = close
        out[k] = (out[k][0], ranges + [(opening, len(text))])
        for m in range(k + 1, min(j, n)):
            out[m] = (True, [(0, len(sentences[m].text))])
        if j < n:
            out[j] = (True, [(0, end)] + [r for r in out[j][1] if r[0] >= end])
        k = j  # the closing sentence may open another quotation after its close
    return out


def quoted_ranges(text: str, start_state: str | None | bool) -> list[tuple[int, int]]:
    """Character ranges of `text` that lie inside double quotation marks (single ones are too
    often apostrophes: single_quoted_spans reads them for a whole paragraph)."""
    if start_state is True:
        start_state = '"'
    return _scan(text, start_state if start_state != SINGLE else None)[0]


# A quotation in single marks, the British style, opened and closed in one sentence: the opening
# mark starts the sentence or follows a space, colon or bracket and comes before a word; the
# closing mark comes straight after the quotation's closing punctuation, before a space or the
# end. An apostrophe stands inside or at the end of a word, never after ",", ".", "?" or "!", so
# the pattern leaves "Reyes' car", "don't" and "the '90s" alone.
_SINGLE_QUOTED = re.compile(r"['\u2018](?<![^\s(\[:]['\u2018])(?=[A-Za-z\u2026])"
                            r"(?:[^'\u2018\u2019]|['\u2019](?=[A-Za-z]))*?"
                            r"[,.?!\u2026]['\u2019](?=\s|$)")


@lru_cache(maxsize=8192)  # a pure function of the sentence, asked by the plan, the states and the runs
def single_quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Ranges of `text` quoted in single marks within it ("'I think it will fail,' Lee said",
    "Lee said: 'They knew.'"): what the speaker said, like a range of quoted_ranges. Only
    quotations that close in the same sentence: a single mark that opens and closes nothing here
    may be an apostrophe."""
    return tuple(m.span() for m in _SINGLE_QUOTED.finditer(text))


def quote_kind(sentence: Sentence, cue_start: int, start_inside: str | None = None,
               single: Sequence[tuple[int, int]] | None = None) -> str:
    """direct: the content is a quotation; mixed: part of it is quoted; indirect: none is.
    `start_inside`: a quotation opened in an earlier sentence is still open here ('Those are
    distractions," he said.' ends a quotation, so it is direct); `single`: the sentence's ranges
    quoted in single marks, when its paragraph was read (single_quoted_spans)."""
    t = _doubled_marks(sentence.text)
    qs = [m.start() for m in _MARKS.finditer(t)]
    if single is None:
        single = single_quoted_ranges(t)
    if not qs and single:
        # "'It will fail,' Lee said": the British style, quoted in single marks
        return "direct" if sum(b - a for a, b in single) / max(1, len(t)) >= 0.6 else "mixed"
    if start_inside:
        qs.insert(0, 0)
    if len(qs) < 2 and not (qs and t.lstrip()[:1] in '"“'):
        return "indirect"
    quoted = 0
    inside = False
    last = 0
    for i in qs:
        if inside:
            quoted += i - last
        inside = not inside
        last = i
    if inside:
        quoted += len(t) - last
    words_total = max(1, len(t))
    return "direct" if quoted / words_total >= 0.6 else "mixed"


_OPENERS = ('"', "“", "''", "‘", "”")  # a paragraph opened with ” is a typo for “


def _quoted(s: Sentence, start_inside: bool, single_style: bool = False) -> bool:
    return start_inside or s.text.lstrip().startswith(_OPENERS) or single_style and opens_single(s.text)


def _single_style(paragraphs: list[list[Sentence]]) -> bool:
    """Does the article quote in single marks, the British style? More of its sentences hold a
    quotation in single marks than hold a double mark. In copy that quotes in double marks, a
    paragraph in single marks is a pull quote or a heading ("'There's so much anger.'"), no
    one's next words."""
    single = double = 0
    for para in paragraphs:
        for s in para:
            if _MARKS.search(_doubled_marks(s.text)):  # (wire copy's '' is a double mark)
                double += 1
            elif opens_single(s.text) or single_quoted_ranges(s.text):
                single += 1
    return single > double


def _own(s: Sentence) -> bool:
    """The sentence names its speaker itself: also '..., she continued.', which resolves to an
    earlier speaker but is written here."""
    if not s.attributions:
        return False
    a = s.attributions[0]
    return not a.inherited or (a.span is not None and s.start <= a.span[0] < s.end)


def _within_paragraph(para: list[Sentence], states: list[tuple[bool, bool]], single_style: bool = False) -> None:
    """A quotation in a paragraph whose speaker is named by a neighbouring quoted sentence:
    '"It's gutless," Warren said. "They knew."' -- the second quotation is Warren's too. A
    transcript paragraph ('PENCE: Well, ...') belongs to its speaker throughout."""
    if para and para[0].attributions and para[0].attributions[0].cue == ":":
        for s in para[1:]:
            if not s.attributions:
                carry(s, para[0].attributions)
        return
    speakers = [k for k, s in enumerate(para) if _own(s) and s.attributions[0].quote in ("direct", "mixed")]
    for k, s in enumerate(para):
        if s.attributions or not _quoted(s, states[k][0], single_style):
            continue
        before = [x for x in speakers if x < k]
        if k and not before and _reports(para[k - 1]):
            # 'She said they had made progress. "I really believe ..."', 'Clinton touted her
            # record. "We need ..."': the quotation is hers, as a quotation paragraph after
            # 'Caddell said ...' is his (`inherit`)
            carry(s, para[k - 1].attributions)
        elif speakers:
            src = before[-1] if before else min(speakers, key=lambda x: abs(x - k))
            carry(s, para[src].attributions)


def carry(sentence: Sentence, attrs: list[Attribution]) -> None:
    sentence.attributions = [
        Attribution(source=a.source, mention=a.mention, span=a.span, cue=a.cue, kind=a.kind,
                    quote="direct", via=list(a.via), inherited=True, reports=a.reports)
        for a in attrs[:1]
    ]


_CLOSERS = ("\"", "”", "’", "'")
_RELATIVES = ("who", "which", "that")


def _last_speaker(attrs: list[Attribution]) -> Attribution:
    """The speaker a paragraph hands on to the next: its last attribution, but not a relative
    clause's about the speaker named before it in the sentence ('"...," said Lee, who thinks
    often about it.' then a quotation paragraph: Lee's words, and `span` points at "Lee")."""
    named = [a for a in attrs if a.mention.lower() not in _RELATIVES]
    return named[-1] if named and attrs[-1].mention.lower() in _RELATIVES else attrs[-1]


def _reports(s: Sentence) -> bool:
    """Does the sentence report what its own source said, did or holds ("said", "touted her
    record", "defended the plan"), not a speaker carried over from another sentence?"""
    return _own(s) and any(a.reports and a.span is not None and not a.inherited for a in s.attributions)


def inherit(paragraphs: list[list[Sentence]]) -> None:
    """Fill attributions of sentences inside a quotation whose speaker is named elsewhere in it,
    and of quotation paragraphs that continue the previous paragraph's speaker."""
    prev_attrs: list[Attribution] = []
    prev_open_ended = prev_colon = prev_said = False
    single_style = _single_style(paragraphs)
    for n, para in enumerate(paragraphs):
        states = quote_states(para, n + 1 < len(paragraphs) and opens_single(paragraphs[n + 1][0].text))
        # runs of sentences joined by an open quotation
        run: list[int] = []
        runs: list[list[int]] = []
        for k, (start_in, _end_in) in enumerate(states):
            if start_in and run:
                run.append(k)
            else:
                if len(run) > 1:
                    runs.append(run)
                run = [k]
        if len(run) > 1:
            runs.append(run)
        for r in runs:
            speaker = next((para[k].attributions for k in reversed(r) if _own(para[k])), None)
            if speaker:
                for k in r:
                    if not para[k].attributions:
                        carry(para[k], speaker)
        _within_paragraph(para, states, single_style)
        first = para[0].text.lstrip() if para else ""
        opens = first.startswith(_OPENERS) or single_style and opens_single(first)
        whole_quote = bool(para) and opens and para[-1].text.rstrip().endswith(_CLOSERS)
        if para and (opens or prev_colon) and not any(s.attributions for s in para) \
                and prev_attrs and (prev_open_ended or (whole_quote and prev_said)):
            # a quotation paragraph goes on with the last speaker; after "He added:" any paragraph does
            for s in para:
                carry(s, prev_attrs)
        elif para and prev_colon and prev_attrs:
            # after "He added:" the paragraph is his words, also where one of its sentences names
            # someone itself ("I mean, ...", "Clinton fears ..."): that one keeps its own source
            for s in para:
                if not s.attributions:
                    carry(s, prev_attrs)
        holder = next((s for s in reversed(para) if s.attributions), None)  # the last sentence naming someone
        if holder is not None:
            prev_attrs = [_last_speaker(holder.attributions)]
        last = para[-1].text.rstrip() if para else ""
        prev_colon = bool(para[-1].attributions) and last.endswith(":") if para else False
        # 'Caddell said voters were worried.', 'Clinton touted her record.' then a paragraph that is
        # one quotation: their words (until 2026-12-02 only after a verb of saying: train tp +20,
        # fp +2 with any reporting sentence)
        prev_said = bool(para) and _reports(para[-1])
        prev_open_ended = holder is not None and (
            last.endswith(":") or any(a.quote in ("direct", "mixed") for a in para[-1].attributions))


def credit_posts(paragraphs: list[list[Sentence]]) -> None:
    """An embedded post's words rest on whoever posted them: the paragraph right before a post's
    credit line ("— Ann Lee (@annlee) November 18, 2019") takes the name the line gives, in its
    sentences that cite no one else; their "I" and "we" are the poster's, not the writer's."""
    for before, para in zip(paragraphs, paragraphs[1:]):
        credit = post_credit(para[0].text) if para and before else None
        if credit is None or before[-1].paragraph + 1 != para[0].paragraph or post_credit(before[0].text):
            continue  # (two credit lines in a row: the words of the second post are not on the page)
        name, _handle, a, b = credit
        start = para[0].start
        kind = classify(name)
        # an account named by its handle is no vague or unnamed source, whatever its display name
        poster = Attribution(source=name, mention=name, span=(start + a, start + b), cue="\u2014",
                             kind="named_person" if kind in ("vague", "anonymous") else kind,
                             quote="direct", inherited=True)
        for s in before:
            if all(own_voice(x.source) for x in s.attributions):
                s.attributions = [poster]


_INTRODUCER_TAIL = re.compile(r"(?:\s+that)?\s*:\s*$", re.I)


def hand_over_introducers(sentences: list[Sentence]) -> None:
    """'He said:' or 'The Ledger reports:' closing a sentence says nothing itself: its words are
    the next paragraph's, which carries the speaker on (`inherit`). Once it has, the introducer
    keeps no attribution of its own, so the reader sees the source on the words it vouches for
    and not on a sentence with no claim. A sentence with words of its own after the cue ("CNN
    noted the sparse attendance:") keeps its attribution. `sentences`: body and standfirst, in
    order."""
    for s, nxt in zip(sentences, sentences[1:]):
        if not s.attributions or not s.text.rstrip().endswith(":") or not nxt.attributions:
            continue
        carried = {a.span for a in nxt.attributions if a.inherited}
        if all(a.span is not None and a.span in carried and s.start <= a.span[0] < s.end
               and re.search(re.escape(a.cue) + _INTRODUCER_TAIL.pattern, s.text, re.I) for a in s.attributions):
            s.attributions = []
