"""Pausing the garbage collector while many long-lived objects are built at once.

Decoding a stored analysis builds ~10 objects a sentence, none of them garbage and none in a
cycle, yet every batch of new objects triggers a collection that walks all the young ones again:
for a 10,000-sentence article that was half the decoding time, and the decoding is most of the
review's first paint.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused(freeze_after: bool = False, collect_after: bool = False) -> Iterator[None]:
    """No collection inside the block; the collector's earlier state comes back after it (an
    enclosing block, maybe in another thread, may have paused it too).

    `freeze_after` moves every object alive at the end out of the collector's sight
    (`gc.freeze`), so re-enabling it does not at once walk what the block built: for a caller
    that will `gc.unfreeze()` and collect later, when a pause costs nothing (the review does,
    after its first paint).

    `collect_after` collects once as the block ends (when the collector was on before it): what
    the block built has all been counted as new, and without it the collections that catch up
    with it come a little later, a full one among them, at a moment the block's caller does not
    choose (a review's first paint, after its article was analysed)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze_after:
            gc.freeze()
        if was_enabled:
            gc.enable()
            if collect_after:
                gc.collect()
