"""Nothing quadratic in article length: 4x the text must not cost anywhere near 16x the time,
also for text without sentence punctuation (one huge 'sentence' full of cues)."""

from __future__ import annotations

import time

import pytest

from factcheck.pipeline import analyze_text

UNPUNCTUATED = "the minister said that officials in the ministry said sources said citing the report "
PROSE = ("The minister said on Monday that 40 officials had left. \"It is over,\" she told reporters, "
         "according to the agency. Critics say the plan will cost £3bn. ")


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        analyze_text(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("unit", [UNPUNCTUATED, PROSE], ids=["unpunctuated", "prose"])
def test_four_times_the_text_is_not_sixteen_times_the_work(unit: str) -> None:
    small = _seconds("Headline\n\n" + unit * 150)
    big = _seconds("Headline\n\n" + unit * 600)
    assert big < max(0.5, small * 9), (small, big)
