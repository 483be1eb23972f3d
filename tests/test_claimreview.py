"""`factcheck export --format claimreview`: schema.org ClaimReview JSON-LD checked against the
fields Google's fact-check markup requires (claimReviewed, reviewRating.alternateName, url)
and the ones the issue asks for, through the real CLI on a real database."""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.store import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "seed-nk-soldier.txt"
GOOGLE_REQUIRED = ("claimReviewed", "reviewRating", "url")


def run(args: list[str], env: dict[str, str]):
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def ok(args: list[str], env: dict[str, str]) -> str:
    r = run(args, env)
    assert r.exit_code == 0, r.stderr
    return r.stdout


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"FACTCHECK_DB": str(tmp_path / "r.db")}


def reviewed(env: dict[str, str]) -> tuple[str, dict[str, str], Store]:
    aid = ok(["import", str(SEED)], env).strip().splitlines()[-1]
    with Store(env["FACTCHECK_DB"]) as s:
        analysis = s.analysis(aid)
    body = [x for x in analysis.sentences if x.role == "body" and x.checkworthy]
    person = next(x for x in body if any(a.kind == "named_person" for a in x.attributions))
    unsourced = next(x for x in body if not x.attributions)
    org = next(x for x in body if x.attributions and x.attributions[0].kind == "named_org")
    decided = {org.id: "verified", unsourced.id: "disputed", person.id: "unverifiable"}
    for sid, status in decided.items():
        ok(["mark", aid, sid, status, "--reviewer", "ana"], env)
    skipped = next(x for x in body if x.id not in decided)
    ok(["mark", aid, skipped.id, "not_a_claim"], env)
    return aid, decided, analysis


def test_one_review_per_final_verdict_with_google_required_fields(env):
    aid, decided, analysis = reviewed(env)
    out = ok(["export", aid, "--format", "claimreview", "--url", "https://checks.example.org/nk",
              "--publisher-name", "Example Checks", "--publisher-url", "https://checks.example.org/"], env)
    reviews = json.loads(out)
    order = [s.id for s in analysis.sentences if s.id in decided]
    assert [urlsplit(r["url"]).fragment for r in reviews] == order  # not_a_claim is not a review
    for r in reviews:
        assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
        for key in GOOGLE_REQUIRED:
            assert r[key], key
        assert r["reviewRating"]["@type"] == "Rating"
        words = {"verified": "Verified", "disputed": "Disputed", "unverifiable": "Unverifiable"}
        assert r["reviewRating"]["alternateName"] == words[decided[urlsplit(r["url"]).fragment]]
        assert urlsplit(r["url"]).scheme == "https" and r["url"].startswith("https://checks.example.org/nk#s")
        sentence = analysis.sentence(urlsplit(r["url"]).fragment)
        assert r["claimReviewed"] == " ".join(sentence.text.split())
        assert r["author"] == {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example.org/"}
        assert len(r["datePublished"]) == 10 and r["datePublished"][4] == "-"
        claim = r["itemReviewed"]
        assert analysis.article["published"] == "December 27, 2024"
        assert claim["@type"] == "Claim" and claim["datePublished"] == "2024-12-27"  # ISO 8601, as schema.org wants
        assert "appearance" not in claim  # a local file is no URL to point at
        if sentence.attributions:
            a = sentence.attributions[0]
            kind = "Person" if a.kind == "named_person" else "Organization"
            assert claim["author"] == {"@type": kind, "name": a.source}
        else:  # in the article's own voice: the byline's claim
            assert claim["author"] == {"@type": "Person", "name": analysis.article["byline"]}


def test_claim_author_follows_a_correction(env):
    aid, decided, analysis = reviewed(env)
    disputed = next(sid for sid, st in decided.items() if st == "disputed")
    ok(["source", aid, disputed, "--set", "Jane Doe", "--kind", "named_person"], env)
    reviews = json.loads(ok(["export", aid, "--format", "claimreview", "--url", "https://c.example/x",
                             "--publisher-name", "C"], env))
    mine = next(r for r in reviews if r["url"].endswith(disputed))
    assert mine["itemReviewed"]["author"] == {"@type": "Person", "name": "Jane Doe"}


def test_publisher_and_url_come_from_the_config_file(env):
    aid, decided, _ = reviewed(env)
    ok(["config", "publisher_name", "Config Checks"], env)
    ok(["config", "publisher_url", "https://config.example/checks"], env)
    assert "config.toml" in os.environ["FACTCHECK_CONFIG"]
    reviews = json.loads(ok(["export", aid, "--format", "claimreview"], env))
    assert len(reviews) == len(decided)
    assert all(r["author"]["name"] == "Config Checks" and r["url"].startswith("https://config.example/checks#")
               for r in reviews)


@pytest.mark.parametrize("args, needle", [
    ([], "publisher's name"),
    (["--publisher-name", "X"], "http(s) URL of the page"),
    (["--publisher-name", "X", "--url", "javascript:alert(1)"], "http(s) URL of the page"),
    (["--publisher-name", "X", "--url", "https://ok.example/", "--publisher-url", "ftp://x"], "publisher URL"),
])
def test_missing_or_bad_publisher_is_one_line(env, args, needle):
    aid, _, _ = reviewed(env)
    r = run(["export", aid, "--format", "claimreview", *args], env)
    assert r.exit_code == 2 and needle in r.stderr and r.stdout == "" and len(r.stderr.splitlines()) == 1


def test_article_dates_become_iso_or_are_left_out():
    from factcheck.claimreview import iso_date

    assert iso_date("27 Dec 2024") == iso_date("Sept 27, 2024".replace("Sept", "Dec")) == "2024-12-27"
    assert iso_date("2024-12-27T10:00:00Z") == "2024-12-27T10:00:00+00:00"
    assert iso_date("last Tuesday") is None and iso_date(None) is None
