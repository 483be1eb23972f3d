"""The saved pages analysed end to end, from the file and from a URL on a local server."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest_fetch import html_route, serve

from factcheck.ingest import load
from factcheck.model import Analysis
from factcheck.pipeline import analyze

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAGES = {
    "news-harbour-bridge.html": {
        "headline": "Kestrel Bridge to close for six months after inspectors find 'severe' corrosion",
        "byline": "Megan Thorpe", "published": "2025-03-11T07:30:00+00:00",
        "body_starts": "Kestrel Bridge, which carries about 18,000 vehicles a day",
        "not_body": ["Kestrel Bridge seen from Quay Street on Monday morning.", "Traders fear a lost summer"],
    },
    "blog-reservoir-figures.html": {
        "headline": "Is Thornmere reservoir really “nearly full”? I checked the figures",
        "byline": "Dan Whitcombe", "published": "2025-02-03T18:12:44+00:00",
        "body_starts": "Last week the water company said Thornmere was “nearly full”",
        "not_body": ["Weekly levels at Thornmere since 2019", "Chart: Dan Whitcombe", "What the company says"],
    },
    "wire-grain-corridor.html": {
        "headline": "Grain ships resume sailings after port strike ends, traders say",
        "byline": "Lena Vasquez", "published": "2025-04-17T10:42:00Z",
        "body_starts": "Grain ships began leaving Port Halvar on Thursday",
        "not_body": ["(Reporting by Lena Vasquez", "PORT HALVAR, April 17"],
    },
}


@pytest.fixture(scope="module")
def from_files() -> dict[str, Analysis]:
    return {name: analyze(load(str(SAMPLES / name))) for name in PAGES}


@pytest.mark.parametrize("name", list(PAGES))
def test_article_fields_come_from_the_page(from_files: dict[str, Analysis], name: str) -> None:
    a, want = from_files[name], PAGES[name]
    assert a.article["headline"] == want["headline"]
    assert a.article["byline"] == want["byline"]
    assert a.article["published"] == want["published"]
    assert a.sentences[0].role == "headline" and a.sentences[0].text == want["headline"]
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text


@pytest.mark.parametrize("name", list(PAGES))
def test_body_is_the_article_and_only_the_article(from_files: dict[str, Analysis], name: str) -> None:
    a, want = from_files[name], PAGES[name]
    body = [s.text for s in a.sentences if s.role == "body"]
    assert body and body[0].startswith(want["body_starts"])
    for fragment in want["not_body"]:
        assert not any(fragment in s for s in body), fragment
    # every paragraph of the extracted article text is accounted for: a sentence or boilerplate
    covered = sorted([(s.start, s.end) for s in a.sentences] + [(b.start, b.end) for b in a.boilerplate])
    for para_start in (i + 2 for i in range(len(a.text)) if a.text.startswith("\n\n", i)):
        assert any(st <= para_start < en for st, en in covered), a.text[para_start:para_start + 40]


def test_same_analysis_from_a_url(from_files: dict[str, Analysis]) -> None:
    routes = {f"/{name}": html_route(name, "text/html") for name in PAGES}
    with serve(routes) as base:
        for name in PAGES:
            assert analyze(load(f"{base}/{name}")).to_dict() == from_files[name].to_dict()
