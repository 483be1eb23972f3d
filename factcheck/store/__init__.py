"""The review store (SQLite through sqlite-utils): see docs/STORE.md.

`Store` and `default_db_path` load on first use: sqlite-utils (which imports numpy when it is
installed) costs a few hundred milliseconds that `factcheck analyze` and the exporters, which
only need the review records, should not pay."""

from typing import TYPE_CHECKING, Any

from factcheck.reviews import FINAL_STATUSES, STATUSES, Review, default_reviewer
from factcheck.store.reviews import ImportResult

if TYPE_CHECKING:
    from factcheck.store.store import Store, default_db_path

__all__ = ["FINAL_STATUSES", "STATUSES", "ImportResult", "Review", "Store", "default_db_path", "default_reviewer"]


def __getattr__(name: str) -> Any:
    if name in ("Store", "default_db_path"):
        from factcheck.store import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
