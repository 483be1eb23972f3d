"""Review decisions as plain values: the statuses, the Review record, who the reviewer is, and a
stored article as the store hands it to the exporters. The store (factcheck/store/) reads and
writes these; the exporters (export.py, checklist.py, claimreview.py, report.py) only read them
and never import the store."""

from __future__ import annotations

import getpass
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from factcheck.corrections import Correction
    from factcheck.model import Analysis

STATUSES = ("unreviewed", "needs_check", "verified", "disputed", "unverifiable", "not_a_claim")
FINAL_STATUSES = ("verified", "disputed", "unverifiable", "not_a_claim")
FALLBACK_REVIEWER = "unknown"


@dataclass
class Review:
    """One per (article, sentence); the defaults are a sentence nobody has reviewed yet."""

    sentence_id: str
    status: str = "unreviewed"
    note: str = ""
    evidence: list[str] = field(default_factory=list)
    reviewer: str | None = None
    updated_at: str | None = None  # ISO 8601 UTC
    sentence_text: str = ""  # the sentence as it read when last reviewed (kept for orphans)

    @property
    def final(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def is_decision(self) -> bool:
        """Does it hold anything a reviewer would miss if it vanished?"""
        return self.status != "unreviewed" or bool(self.note) or bool(self.evidence)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class StoredArticle:
    """Everything an export of a stored article reads, as values: no database behind it."""

    article_id: str
    title: str | None
    origin: str | None
    analyzer_version: str | None
    imported_at: str | None
    analysis: Analysis
    reviews: dict[str, Review]  # by sentence id, orphaned ones included
    corrections: dict[str, Correction]  # by sentence id, orphaned ones included
    events: list[dict[str, Any]]  # the review log, oldest first


def normalise_status(status: str) -> str:
    """`Needs-Check` -> `needs_check`; FactcheckError for anything not in STATUSES."""
    s = status.strip().lower().replace("-", "_").replace(" ", "_")
    if s not in STATUSES:
        raise FactcheckError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
    return s


def check_evidence(url: str) -> str:
    """An evidence link, stripped: an http:// or https:// URL with a host and no spaces (what
    the review app accepts too; a file: or javascript: link in a checklist is a trap).
    FactcheckError otherwise. Removing a link accepts whatever is stored."""
    url = url.strip()
    try:
        parsed = urlsplit(url) if url.isprintable() else None
    except ValueError:  # a malformed IPv6 host
        parsed = None
    if (parsed is None or parsed.scheme.lower() not in ("http", "https") or not parsed.hostname
            or any(c.isspace() for c in url)):
        raise FactcheckError(f"evidence must be one http:// or https:// URL without spaces, not {url!r}")
    return url


def default_reviewer() -> str:
    """The login name; getpass raises in containers without a passwd entry or USER variable."""
    try:
        name = getpass.getuser()
    except Exception:  # KeyError, OSError or ImportError (no pwd module), depending on platform
        return FALLBACK_REVIEWER
    return name.strip() or FALLBACK_REVIEWER


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
