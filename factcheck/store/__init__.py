"""The review store (SQLite through sqlite-utils): see docs/STORE.md."""

from factcheck.store.reviews import FINAL_STATUSES, STATUSES, ImportResult, Review, default_reviewer
from factcheck.store.store import Store, default_db_path

__all__ = ["FINAL_STATUSES", "STATUSES", "ImportResult", "Review", "Store", "default_db_path", "default_reviewer"]
