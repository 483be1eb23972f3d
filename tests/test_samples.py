"""Each hand-annotated sample (samples/NAME.txt + NAME.gold.json) against the real analysis.

The gold files are written by hand, independently of the analyzer's output (format: the
"Gold format" section of the evaluation README; one line per sample in samples/README.md).
The checks mirror what the gold scorer measures, with a lenient name match of our own:

- chrome, captions and bylines (`not_body`) never become, or start, a body sentence;
- every gold body sentence is a body sentence starting at its `starts` (a dateline may precede);
- gold unattributed claims are flagged `unattributed_claim`, attributed sentences are not;
- at least 80% of the gold sources (and chain `via` sources) are found on their sentence;
- the required headline codes are produced and nothing outside required + allowed.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.ingest import load
from factcheck.model import HEADLINE_CODES
from factcheck.pipeline import analyze

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOLD_PATHS = sorted(SAMPLES.glob("*.gold.json"))
GOLD_IDS = [p.name.removesuffix(".gold.json") for p in GOLD_PATHS]

KINDS = {"named_person", "named_org", "anonymous", "vague", "document", "media", "none"}
SENTENCE_KEYS = {"starts", "sources", "via", "kind", "unattributed_claim", "checkworthy"}

# A dateline ("SANTIAGO, March 3 (Andes Press) - ") may sit in front of the first body sentence;
# anything longer, or ending like a sentence, means two sentences were glued together.
MAX_PREFIX = 45
SOURCE_RECALL = 0.8

_TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                             "\u00a0": " ", "\u2013": "-", "\u2014": "-"})

# Words that name no particular source on their own: "the ministry" must not match "the agency".
_GENERIC = frozenset("""
    the a an of s and for in on at to its his her their news agency ministry department office
    officials official government spokesperson spokesman spokeswoman police military sources source
    report reports documents document statement media state group company people person experts
    analysts two three four several some many other former senior member members
""".split())


def _norm(text: str) -> str:
    """Lower case, straight quotes and hyphens, single spaces: how gold and output are compared."""
    return re.sub(r"\s+", " ", (text or "").translate(_TYPOGRAPHY)).strip().lower()


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", _norm(name)) if t not in ("the", "a", "an", "s")]


def same_source(gold: str, got: str) -> bool:
    """Lenient name match: the same words, the specific words of one inside the other
    ("Yonhap" in "the Yonhap news agency"), or a close spelling."""
    g, t = _name_tokens(gold), _name_tokens(got)
    if not g or not t:
        return False
    if g == t:
        return True
    small, big = sorted((set(g), set(t)), key=len)
    if small <= big and small - _GENERIC:
        return True
    return difflib.SequenceMatcher(None, " ".join(g), " ".join(t)).ratio() >= 0.85


def _read_gold(path: Path) -> tuple[dict[str, Any], str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["article"]).read_text(encoding="utf-8")
    return gold, text


@functools.cache
def _analysis(article: str) -> dict[str, Any]:
    """The contract dict of the real analysis of one sample, computed once per test session."""
    return analyze(load(str(SAMPLES / article))).to_dict()


def _body(analysis: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in analysis["sentences"] if s.get("role", "body") == "body"]


def _starts_here(sentence_text: str, starts: str) -> bool:
    """Does the sentence begin with the gold opening (allowing a dateline before it)?"""
    text, key = _norm(sentence_text), _norm(starts)
    at = text.find(key)
    if at < 0:
        return False
    prefix = text[:at].rstrip()
    return at <= MAX_PREFIX and not prefix.endswith((".", "?", "!", '"'))


def _match_body(gold: dict[str, Any], body: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """Each gold sentence mapped to the body sentence that starts with it, searching in text order."""
    out: list[dict[str, Any] | None] = []
    at = 0
    for g in gold["sentences"]:
        hit = next((i for i in range(at, len(body)) if _starts_here(body[i]["text"], g["starts"])), None)
        out.append(body[hit] if hit is not None else None)
        if hit is not None:
            at = hit + 1
    return out


def _names_on(sentence: dict[str, Any] | None) -> list[str]:
    names: list[str] = []
    for a in (sentence or {}).get("attributions") or []:
        names += [a.get("source") or "", a.get("mention") or "", *(a.get("via") or [])]
    return [n for n in names if n]


def _flagged_unattributed(sentence: dict[str, Any] | None) -> bool:
    return sentence is not None and any(f["code"] == "unattributed_claim" for f in sentence.get("flags") or [])


gold_files = pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=GOLD_IDS)


def test_there_are_samples_of_every_kind_we_promise() -> None:
    # the seed plus at least six written for the project (samples/README.md lists them)
    assert len(GOLD_PATHS) >= 7
    assert all((p.parent / p.name.replace(".gold.json", ".txt")).exists() for p in GOLD_PATHS)


@gold_files
def test_gold_is_consistent_with_its_article(gold_path: Path) -> None:
    """The gold itself: parses, every opening is found in the article in order and unambiguously,
    every field has a legal value, and the labels do not contradict each other."""
    gold, text = _read_gold(gold_path)
    ntext = _norm(text)
    assert gold["headline"] and _norm(gold["headline"]) in ntext
    assert set(gold["headline_issues"]) <= set(HEADLINE_CODES)
    assert set(gold["headline_issues_allowed"]) <= set(HEADLINE_CODES)
    assert not set(gold["headline_issues"]) & set(gold["headline_issues_allowed"])
    assert gold.get("notes")
    at = 0
    for s in gold["sentences"]:
        assert set(s) == SENTENCE_KEYS, s
        key = _norm(s["starts"])
        found = ntext.find(key, at)
        assert found >= 0, f"{s['starts']!r} not found after the previous gold sentence"
        # unambiguous: no second occurrence later on (an earlier caption repeating it is fine)
        assert ntext.find(key, found + 1) < 0, f"{s['starts']!r} occurs twice"
        at = found + len(key)
        assert s["kind"] in KINDS
        assert (s["kind"] == "none") == (not s["sources"]), s["starts"]
        assert set(s["via"]) <= set(s["sources"]), s["starts"]
        if s["unattributed_claim"]:
            assert s["checkworthy"] and not s["sources"], s["starts"]
    for chrome in gold["not_body"]:
        assert _norm(chrome) in ntext, chrome


@gold_files
def test_chrome_never_becomes_body(gold_path: Path) -> None:
    gold, _ = _read_gold(gold_path)
    body = [_norm(s["text"]) for s in _body(_analysis(gold["article"]))]
    leaks = []
    for chrome in gold["not_body"]:
        key = _norm(chrome)
        # long strings are unambiguous anywhere in a sentence; short ones ("Explore") only at its start
        if any(b.startswith(key) or (len(key) >= 25 and key in b) for b in body):
            leaks.append(chrome)
    assert not leaks, f"page chrome in body sentences: {leaks}"


@gold_files
def test_every_body_sentence_starts_where_gold_says(gold_path: Path) -> None:
    gold, _ = _read_gold(gold_path)
    body = _body(_analysis(gold["article"]))
    matched = _match_body(gold, body)
    missing = [g["starts"] for g, s in zip(gold["sentences"], matched) if s is None]
    assert not missing, f"{len(missing)} gold body sentences not found as body sentences: {missing}"


@gold_files
def test_unattributed_claims_are_flagged_and_attributed_ones_are_not(gold_path: Path) -> None:
    gold, _ = _read_gold(gold_path)
    matched = _match_body(gold, _body(_analysis(gold["article"])))
    missed = [g["starts"] for g, s in zip(gold["sentences"], matched)
              if g["unattributed_claim"] and not _flagged_unattributed(s)]
    wrong = [g["starts"] for g, s in zip(gold["sentences"], matched)
             if g["sources"] and _flagged_unattributed(s)]
    assert not missed, f"unattributed claims not flagged: {missed}"
    assert not wrong, f"attributed sentences flagged as unattributed: {wrong}"


@gold_files
def test_most_sources_are_found(gold_path: Path) -> None:
    gold, _ = _read_gold(gold_path)
    matched = _match_body(gold, _body(_analysis(gold["article"])))
    wanted = found = 0
    misses = []
    for g, s in zip(gold["sentences"], matched):
        got = _names_on(s)
        for name in dict.fromkeys(g["sources"] + g["via"]):
            wanted += 1
            if any(same_source(name, n) for n in got):
                found += 1
            else:
                misses.append((g["starts"], name, got))
    if wanted:
        assert found / wanted >= SOURCE_RECALL, f"found {found}/{wanted} sources; missed: {misses}"


@gold_files
def test_headline_checks_match_gold(gold_path: Path) -> None:
    gold, _ = _read_gold(gold_path)
    analysis = _analysis(gold["article"])
    codes = {c["code"] for c in analysis["headline_checks"]}
    required, allowed = set(gold["headline_issues"]), set(gold["headline_issues_allowed"])
    assert required <= codes, f"missing headline checks {sorted(required - codes)}"
    assert codes <= required | allowed, f"unexpected headline checks {sorted(codes - required - allowed)}"


def test_same_source_is_lenient_but_not_vacuous() -> None:
    assert same_source("Yonhap", "the Yonhap news agency")
    assert same_source("Seoul's military", "Seoul\u2019s military")
    assert same_source("Mark Ellery", "Gen. Sir Mark Ellery")
    assert same_source("Tomás Vidal", "Tomas Vidal")
    assert not same_source("the ministry", "the agency")
    assert not same_source("officials", "two senior officials")
    assert not same_source("Janet Okoro", "Mark Reddy")
    assert not same_source("", "Yonhap")
