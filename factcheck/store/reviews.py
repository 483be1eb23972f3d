"""Review records as the database holds them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from factcheck.reviews import Review


@dataclass
class ImportResult:
    article_id: str
    created: bool  # False when the same article was already there
    orphaned: list[str]  # sentence ids that have decisions but no longer exist


def review_from_row(row: dict[str, Any]) -> Review:
    """A `reviews` table row as a Review (the evidence links are a JSON list in the row)."""
    return Review(
        sentence_id=row["sentence_id"],
        status=row["status"],
        note=row["note"] or "",
        evidence=json.loads(row["evidence"] or "[]"),
        reviewer=row["reviewer"],
        updated_at=row["updated_at"],
        sentence_text=row.get("sentence_text") or "",
    )
