"""CPU time per stage for the stage scripts (stages.py, pair_stages.py): wrap a function with
`timed(name, fn)`; a stage's time excludes the stages called inside it."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

spent: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)
_stack: list[list[float]] = []  # per open stage: [time spent in stages inside it]


def timed(name: str, fn: Callable) -> Callable:
    def wrapper(*args, **kwargs):
        _stack.append([0.0])
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            took = time.process_time() - t0
            inner = _stack.pop()[0]
            spent[name] += took - inner
            calls[name] += 1
            if _stack:
                _stack[-1][0] += took
    return wrapper
