"""Nothing quadratic in article length: 4x the text must not cost anywhere near 16x the time,
also for text without sentence punctuation (one huge 'sentence' full of cues).

The ratio alone decides: the text grows until the smaller run takes long enough that timer
noise cannot dominate, and the two sizes are timed in alternating rounds (best of 3), so load
from other processes falls on both."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from factcheck.attribution.quotes import quoted_ranges, single_quoted_spans
from factcheck.model import Sentence
from factcheck.pipeline import analyze_text

UNPUNCTUATED = "the minister said that officials in the ministry said sources said citing the report "
PROSE = ("The minister said on Monday that 40 officials had left. \"It is over,\" she told reporters, "
         "according to the agency. Critics say the plan will cost £3bn. ")
# Quotation marks of both styles with no sentence end: each straight mark inside a curly
# quotation asks whether a curly close mark is still to come in the sentence.
MIXED_QUOTES = '“We won, he said," and '
MIN_SECONDS = 0.06  # the smaller text takes at least this long
LINEAR, QUADRATIC = 4, 16
LIMIT = 9  # between the two


def _time(fn: Callable[[str], object], text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def growth(fn: Callable[[str], object], unit: str, rounds: int = 3) -> tuple[float, float]:
    """Best-of-`rounds` seconds of `fn` on n and on 4n copies of `unit`, n grown until the
    smaller text takes MIN_SECONDS."""
    units = 150
    while _time(fn, "Headline\n\n" + unit * units) < MIN_SECONDS:
        units = units * 3 // 2
    small_text, big_text = "Headline\n\n" + unit * units, "Headline\n\n" + unit * (units * 4)
    small = big = float("inf")
    for _ in range(rounds):
        small = min(small, _time(fn, small_text))
        big = min(big, _time(fn, big_text))
    return small, big


@pytest.mark.parametrize("unit", [UNPUNCTUATED, PROSE], ids=["unpunctuated", "prose"])
def test_four_times_the_text_is_not_sixteen_times_the_work(unit: str) -> None:
    small, big = growth(analyze_text, unit)
    assert big < small * LIMIT, (small, big)


def test_the_quotation_scan_of_one_long_sentence_is_linear() -> None:
    # The whole analysis of such text is dominated by linear work until it is megabytes long,
    # so the scan is timed on its own.
    small, big = growth(lambda text: quoted_ranges(text, None), MIXED_QUOTES)
    assert big < small * LIMIT, (small, big)


_PARAGRAPHS: dict[str, list[Sentence]] = {}


def _paragraph_of(text: str) -> list[Sentence]:
    """One paragraph of sentences, one per line of `text` (the scan reads only their texts),
    built once per text so that only the scan is timed after the first round."""
    if text not in _PARAGRAPHS:
        _PARAGRAPHS[text] = [Sentence(id=f"s{k}", text=line, start=0, end=len(line), paragraph=0, role="body")
                             for k, line in enumerate(text.splitlines())]
    return _PARAGRAPHS[text]


def _scan_single_marks(text: str) -> None:
    para = _paragraph_of(text)
    # A full collection during the bigger run walks every object the test session holds, which
    # has nothing to do with the scan's own growth (a CI run read 9.3x once that way).
    gc.disable()
    try:
        for _ in range(5):  # the scan, not the building, is what the sizes are grown for
            single_quoted_spans(para)
    finally:
        gc.enable()


def test_the_single_mark_scan_of_one_long_paragraph_is_linear() -> None:
    # Every sentence opens a mark that no later sentence closes ("'tis"): each opening looks
    # ahead for its close, which must stop at the next sentence with a mark, not run on.
    try:
        small, big = growth(_scan_single_marks, "He said 'tis true and left\n")
    finally:
        _PARAGRAPHS.clear()
    assert big < small * LIMIT, (small, big)


def test_the_measurement_catches_quadratic_work() -> None:
    # Work that costs nothing measurable on a short text and grows with the square of its
    # length, as a pairwise comparison of sentences would: the check above must fail on it.
    def quadratic(text: str) -> None:
        time.sleep(2e-11 * len(text) ** 2)  # 0.02 s at 32,000 characters, 3 ms at 12,750

    small, big = growth(quadratic, UNPUNCTUATED, rounds=1)  # a sleep needs no best-of
    assert small >= MIN_SECONDS
    assert big >= small * LIMIT, (small, big)
