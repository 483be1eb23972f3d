"""schema.org ClaimReview JSON-LD: one review per claim with a final verdict.

Google's fact-check markup requires `claimReviewed`, `reviewRating.alternateName` and `url` on
each ClaimReview; we also give `author` (the reviewing organisation), `datePublished` (the day
of the decision) and `itemReviewed`: a Claim whose `author` is the source the claim is
attributed to (corrections applied), `appearance` the article's URL when it has one, and
`datePublished` the article's date (ISO 8601, omitted when it cannot be read). No numeric
`ratingValue`: the three verdicts are not points on one scale (unverifiable is not "half
true"), and the words say it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from factcheck.corrections import Correction, apply_corrections
from factcheck.errors import FactcheckError
from factcheck.model import Analysis, Sentence
from factcheck.reviews import Review

CONTEXT = "https://schema.org"
# The verdicts that are a finding about a claim; not_a_claim is a decision not to review it.
REVIEWED = {"verified": "Verified", "disputed": "Disputed", "unverifiable": "Unverifiable"}


def _http_url(value: str | None) -> bool:
    if not value:
        return False
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d/%m/%Y")


def iso_date(value: str | None) -> str | None:
    """An article's published date as ISO 8601 (what schema.org expects): kept when it already
    is one, read from the common written forms ("December 27, 2024", "27 Dec 2024"), else None."""
    if not value:
        return None
    text = " ".join(value.replace("Sept ", "Sep ").split())
    try:
        if "T" in text:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _claim_author(sentence: Sentence, byline: str | None) -> dict[str, str] | None:
    """Who made the claim: its (first) source; a claim in the article's own voice is the byline's."""
    if sentence.attributions:
        a = sentence.attributions[0]
        return {"@type": "Person" if a.kind == "named_person" else "Organization", "name": a.source}
    if byline:
        return {"@type": "Person", "name": byline}
    return None


def claim_reviews(analysis: Analysis, reviews: Mapping[str, Review], *, url: str, publisher_name: str,
                  publisher_url: str | None = None, article_url: str | None = None,
                  corrections: Mapping[str, Correction] | None = None) -> list[dict[str, Any]]:
    """The ClaimReview objects of an article, in text order. `url` is the page publishing the
    fact-check (each review gets `#<sentence id>` appended, so each has its own URL);
    FactcheckError when it or the publisher is missing or not an http(s) URL."""
    if not publisher_name or not publisher_name.strip():
        raise FactcheckError("ClaimReview needs the publisher's name: give --publisher-name or set "
                             "publisher_name with `factcheck config`")
    if not _http_url(url):
        raise FactcheckError("ClaimReview needs the http(s) URL of the page publishing the fact-check: give --url "
                             "or set publisher_url with `factcheck config`" + (f", not {url!r}" if url else ""))
    if publisher_url is not None and not _http_url(publisher_url):
        raise FactcheckError(f"the publisher URL must be an http(s) URL, not {publisher_url!r}")
    effective = apply_corrections(analysis, corrections or {}).analysis
    author: dict[str, str] = {"@type": "Organization", "name": publisher_name.strip()}
    if publisher_url:
        author["url"] = publisher_url
    published = iso_date(analysis.article.get("published"))
    byline = analysis.article.get("byline")
    base = url.strip().split("#", 1)[0]
    out = []
    for s in effective.sentences:
        review = reviews.get(s.id)
        if review is None or review.status not in REVIEWED:
            continue
        claim: dict[str, Any] = {"@type": "Claim"}
        who = _claim_author(s, byline)
        if who:
            claim["author"] = who
        if published:
            claim["datePublished"] = published
        if _http_url(article_url):
            claim["appearance"] = {"@type": "CreativeWork", "url": article_url}
        item: dict[str, Any] = {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            "url": f"{base}#{s.id}",
            "claimReviewed": " ".join(s.text.split()),
            "author": author,
            "reviewRating": {"@type": "Rating", "alternateName": REVIEWED[review.status]},
            "itemReviewed": claim,
        }
        if review.updated_at:
            item["datePublished"] = review.updated_at[:10]
        out.append(item)
    return out
