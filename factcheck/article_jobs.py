"""One long article's per-sentence work spread over processes (`analyze FILE --jobs N`).

A sentence's attribution plan (the cues the rules find in it, the stance fallback, the mention
chooser) and its check-worthiness depend on that sentence alone once the page is split (see
attribution.Plan), and they are most of the analysis's time. Resolving the plans against what the
article named before is sequential and stays in this process, which resolves each run of
paragraphs as soon as a worker hands back its plans, in order. The result is the same object
`attribute` + `_claims` would make, whatever the number of processes. The workers also read
each run's body sentences for the headline checks (their words, names, cues and figures: the
headline.BodyReading the caller asks for), which this process joins in order.

Workers are forked as soon as the first runs are split, so they read the text from the parent's
memory instead of having it sent; each run is sent as its sentences' offsets, roles and ids, so
this process can go on laying out and splitting the rest of a long text while the workers plan
the runs it has handed out (a 20 MB text's page takes seconds). Where `fork` is not offered (or
not safe: macOS, Windows) the work stays in one process. Runs end on paragraph boundaries,
because whether a sentence starts inside a quotation is read per paragraph.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from typing import Any

from factcheck import claims
from factcheck.attribution import Plan, plan
from factcheck.attribution.cues.choose import RawAttribution
from factcheck.model import Sentence

# Below this many sentences forking and sending plans back costs more than it saves (measured
# with benchmarks/big_text.py; an ordinary article has 20-100 sentences).
MIN_SENTENCES = 2000
# Sentences per task: enough to amortise the hand-over, small enough that the workers stay busy
# to the end and this process can resolve while they work.
RUN_SENTENCES = 400
# Runs handed out per worker ahead of the one being resolved.
AHEAD = 3

# Set in the parent just before the pool forks; the workers read them, never change them.
_TEXT = ""
_READ: Callable[[list[str]], Any] | None = None

_Work = tuple[list[tuple[int, list[RawAttribution], list[RawAttribution], str]], list[tuple[int, bool, bool]], Any]
# a run as sent to a worker: its first index and each sentence's id, start, end, paragraph, role
_Task = tuple[int, list[tuple[str, int, int, int, str]]]


def forking_available() -> bool:
    """Whether workers can be forked here (Linux and other POSIX systems where fork is the
    safe default)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def worth_spreading(sentences: list[Sentence], jobs: int) -> bool:
    return jobs > 1 and len(sentences) >= MIN_SENTENCES and forking_available()


def runs(sentences: list[Sentence], size: int | None = None) -> list[tuple[int, int]]:
    """[lo, hi) index ranges of about `size` (default RUN_SENTENCES) sentences that start and end
    on paragraph boundaries."""
    return list(_runs_of(sentences, (), size or RUN_SENTENCES))


def _runs_of(sentences: list[Sentence], more: Iterable[Sentence], size: int) -> Iterator[tuple[int, int]]:
    """`runs` of `sentences` and then of `more`, each appended to `sentences` as it comes: a run
    is given as soon as the sentence after it is split."""
    lo = 0
    paragraph = None
    for i, s in enumerate(chain(list(sentences), more)):
        if i == len(sentences):
            sentences.append(s)
        if s.paragraph != paragraph:
            if i - lo >= size:
                yield lo, i
                lo = i
            paragraph = s.paragraph
    if lo < len(sentences):
        yield lo, len(sentences)


def _work(task: _Task) -> _Work:
    """A worker's task: a run of the text it was forked with."""
    lo, rows = task
    part = [Sentence(id=i, start=a, end=b, text=_TEXT[a:b], paragraph=p, role=r)  # type: ignore[arg-type]
            for i, a, b, p, r in rows]
    return _work_on(_TEXT, part, lo, _READ)


def _task(sentences: list[Sentence], span: tuple[int, int]) -> _Task:
    return span[0], [(s.id, s.start, s.end, s.paragraph, s.role) for s in sentences[span[0]:span[1]]]


def _work_on(text: str, part: list[Sentence], lo: int, read: Callable[[list[str]], Any] | None) -> _Work:
    at = {id(s): lo + k for k, s in enumerate(part)}
    plans = [(at[id(p.sentence)], p.raws, p.inner, p.quote) for p in plan(text, part)]
    checks = [(lo + k, claims.is_checkworthy(s.text), claims.is_hedged(s.text))
              for k, s in enumerate(part) if s.role in claims.CLAIM_ROLES]
    reading = read([s.text for s in part if s.role == "body"]) if read is not None else None
    return plans, checks, reading


def spread_plans(text: str, sentences: list[Sentence], jobs: int,
                 read: Callable[[list[str]], Any] | None = None,
                 on_read: Callable[[Any], None] | None = None,
                 more: Iterable[Sentence] = ()) -> Iterator[Plan]:
    """The plans of `attribution.plan(text, sentences)`, in order, made by `jobs` forked workers;
    each sentence's `checkworthy` and `hedged` are set as its run comes back. `more` are the
    article's sentences after `sentences`, still being split: each is appended to `sentences`
    as it comes, and the rest of the text is split while the workers plan the runs before it.
    At most a few runs per worker are waiting at any time, so that plans do not pile up ahead of
    their resolution. If a worker dies (killed, out of memory), the runs not yet back are made
    here instead. With `read`, the workers also read each run's body sentences (`read(texts)`:
    the headline checks' BodyReading), handed to `on_read` in order as they come back."""
    global _TEXT, _READ
    _TEXT, _READ = text, read
    todo = _runs_of(sentences, more, RUN_SENTENCES)
    waiting: deque[tuple[tuple[int, int], Future[_Work]]] = deque()
    unsent: list[tuple[int, int]] = []
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            while True:
                while len(waiting) < AHEAD * jobs and (span := next(todo, None)) is not None:
                    # a pool broken by a dead worker refuses new runs too: the run stays to be made here
                    unsent = [span]
                    waiting.append((span, pool.submit(_work, _task(sentences, span))))
                    unsent = []
                if not waiting:
                    break
                work = waiting[0][1].result()
                waiting.popleft()
                yield from _plans_of(sentences, work, on_read)
    except BrokenProcessPool:
        unsent = [span for span, _ in waiting] + unsent
    finally:
        _TEXT, _READ = "", None
    for lo, hi in chain(unsent, todo):
        yield from _plans_of(sentences, _work_on(text, sentences[lo:hi], lo, read), on_read)


def _plans_of(sentences: list[Sentence], work: _Work, on_read: Callable[[Any], None] | None) -> Iterator[Plan]:
    plans, checks, reading = work
    if reading is not None and on_read is not None:
        on_read(reading)
    for i, worthy, hedged in checks:
        sentences[i].checkworthy, sentences[i].hedged = worthy, hedged
    for i, raws, inner, quote in plans:
        yield Plan(sentences[i], raws, inner, quote)
