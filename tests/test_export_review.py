"""`factcheck export` of a reviewed article through the real CLI and a real database: the
Needs attention section, item naming, chrome with --all, corrections beside the machine's
reading (Markdown, JSON, text), mentions and issue links neutralised, and ClaimReview."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from factcheck.checklist import checklist_sentences, display_numbers, progress
from factcheck.cli import cli
from factcheck.export import WORD_JOINER
from factcheck.store import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "seed-nk-soldier.txt"
md = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def ok(args: list[str], env: dict[str, str]) -> str:
    r = CliRunner().invoke(cli, args, env=env, catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    return r.stdout


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"FACTCHECK_DB": str(tmp_path / "r.db")}


def imported(env: dict[str, str], path: Path = SEED) -> str:
    return ok(["import", str(path)], env).strip().splitlines()[-1]


def section(tokens, title: str) -> list:
    """The tokens between the h2 `title` and the next h2."""
    start = next(i for i, t in enumerate(tokens) if t.type == "inline" and t.content == title
                 and tokens[i - 1].type == "heading_open")
    end = next((i for i in range(start + 1, len(tokens))
                if tokens[i].type == "heading_open" and tokens[i].tag == "h2"), len(tokens))
    return tokens[start + 1:end]


def top_item_inlines(tokens) -> list:
    """The first inline of each top-level list item."""
    out, depth = [], 0
    for i, t in enumerate(tokens):
        if t.type == "list_item_open":
            depth += 1
            if depth == 1:
                out.append(next(x for x in tokens[i:] if x.type == "inline"))
        elif t.type == "list_item_close":
            depth -= 1
    return out


def labels(inlines) -> list[str]:
    return [next(c.content for c in t.children if c.type == "code_inline") for t in inlines]


def body_of(text: str) -> str:
    return text.split("\n---\n", 1)[1]


def test_needs_attention_lists_exactly_the_open_items(env):
    aid = imported(env)
    with Store(env["FACTCHECK_DB"]) as s:
        analysis = s.analysis(aid)
    numbers = display_numbers(analysis)
    items = checklist_sentences(analysis, {})
    flagged = [x for x in items if x.flags]
    plain = [x for x in items if not x.flags]
    assert flagged and len(plain) >= 5, "the seed has flagged and unflagged claims"
    decided = {plain[0].id: "disputed", plain[1].id: "unverifiable", plain[2].id: "needs_check",
               plain[3].id: "verified", plain[4].id: "not_a_claim", flagged[0].id: "verified"}
    for sid, status in decided.items():
        ok(["mark", aid, sid, status, "--note", f"reason for {status}"], env)
    text = ok(["export", aid], env)
    tokens = md.parse(body_of(text))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[1:4] == ["Needs attention", "Headline", "Checklist"]
    attention = top_item_inlines(section(tokens, "Needs attention"))
    expected = [plain[0], plain[1], plain[2], *[x for x in flagged[1:]]]
    assert labels(attention) == [f"#{numbers[x.id]} · {x.id}" for x in expected]
    words = [" ".join(t.content.split(" · ")[0].strip("*").split()) for t in attention]  # the verdict first
    assert all(t.children[1].type == "strong_open" for t in attention)
    assert words == ["Disputed", "Unverifiable", "Needs check"] + ["Unreviewed"] * (len(expected) - 3)
    assert "reason for disputed" in attention[0].content
    if len(expected) > 3:
        assert flagged[1].flags[0].message.split(":")[0] in attention[3].content
    # the checklist names every item the same way, in text order, verdict first
    checklist = top_item_inlines(section(tokens, "Checklist"))
    assert labels(checklist) == [f"#{numbers[x.id]} · {x.id}" for x in items]
    front = text.split("\n---\n", 1)[0]
    reviewed = progress(analysis, {sid: _r(sid, st) for sid, st in decided.items()})
    assert f'progress: "{reviewed}"' in front and f"Progress: {reviewed}." in text
    assert f"{reviewed.reviewed} of {reviewed.total} reviewed" in ok(["list"], env)


def _r(sid: str, status: str):
    from factcheck.store import Review

    return Review(sid, status)


def test_no_reviewed_by_on_an_item_nobody_reviewed(env):
    aid = imported(env)
    text = ok(["export", aid], env)
    assert "Reviewed by" not in text
    ok(["mark", aid, "5", "--note", "ask the desk", "--reviewer", "ana"], env)
    text = ok(["export", aid], env)
    assert "Reviewed by" not in text and "Note or evidence added by ana" in text


def test_captions_and_chrome_only_with_all(env):
    aid = imported(env)
    with Store(env["FACTCHECK_DB"]) as s:
        analysis = s.analysis(aid)
    chrome = [x for x in analysis.sentences if x.role not in ("headline", "standfirst", "body") and x.checkworthy]
    assert chrome
    assert all(x.id not in ok(["export", aid], env) for x in chrome)
    everything = ok(["export", aid, "--all"], env)
    assert all(x.id in everything for x in chrome)


def test_mentions_and_issue_references_do_not_survive(env, tmp_path: Path):
    article = tmp_path / "mentions.txt"
    article.write_text("Council cuts libraries\n\n"
                       "The council will close 4 libraries, @mayor_office said in a post tagged #1 and GH-12.\n\n"
                       "Budgets fell 12% last year, according to figures shared by @x.\n", encoding="utf-8")
    aid = imported(env, article)
    ok(["mark", aid, "2", "disputed", "--note", "see #1 and ask @x; cc !3"], env)
    text = ok(["export", aid], env)
    tokens = md.parse(body_of(text))
    visible = [c.content for t in tokens if t.type == "inline" for c in t.children or [] if c.type == "text"]
    joined = "\n".join(visible)
    assert "mayor_office" in joined and "x" in joined  # the words are still there...
    assert not re.search(r"(?<!\w)@\w|#\d|(?<!\w)!\d|GH-\d", joined)  # ...but no mention or reference
    assert "@mayor_office said in a post tagged #1 and GH-12." in joined.replace(WORD_JOINER, "")  # read the same
    assert "see #1 and ask @x; cc !3" in joined.replace(WORD_JOINER, "")
    codes = [c.content for t in tokens if t.type == "inline" for c in t.children or [] if c.type == "code_inline"]
    assert all(not re.search(r"@", c) for c in codes)


def test_corrections_win_in_markdown_json_and_text(env):
    aid = imported(env)
    with Store(env["FACTCHECK_DB"]) as s:
        analysis = s.analysis(aid)
    target = next(x for x in analysis.sentences if "unattributed_claim" in x.flag_codes)
    n = display_numbers(analysis)[target.id]
    ok(["source", aid, str(n), "--add", "Jane Doe", "--kind", "named_person", "--note", "her office",
        "--reviewer", "ana"], env)
    text = ok(["export", aid], env)
    tokens = md.parse(body_of(text))
    checklist = section(tokens, "Checklist")
    item = [t.content for t in checklist if t.type == "inline"]
    i = next(k for k, c in enumerate(item) if f"#{n} · {target.id}" in c)
    assert item[i + 1] == "Source (**corrected** by ana): Jane Doe (named_person)"
    assert item[i + 2] == "Machine's reading: none" and item[i + 3] == "Why: her office"
    assert "unattributed_claim" not in item[i + 4]  # the flag followed the correction
    assert "- **Jane Doe**: named_person, 1 sentence (named by a reviewer's correction)" in text

    doc = json.loads(ok(["export", aid, "--format", "json"], env))
    sent = next(x for x in doc["analysis"]["sentences"] if x["id"] == target.id)
    assert [a["source"] for a in sent["attributions"]] == ["Jane Doe"] and sent["flags"] == []
    fix = doc["corrections"][target.id]
    assert fix["sources"] == [{"source": "Jane Doe", "kind": "named_person", "via": []}]
    assert fix["machine"]["attributions"] == [] and fix["machine"]["flags"][0]["code"] == "unattributed_claim"
    assert doc["progress"] == {"reviewed": 0, "items": len(checklist_sentences(analysis, {}))}

    report = ok(["export", aid, "--format", "text"], env)
    at = report.index(f"#{n} ")
    chunk = report[at:at + 600]
    assert "source (corrected): Jane Doe" in chunk and "machine's reading: no source" in chunk
    assert "why: her office" in chunk


def test_orphaned_corrections_are_exported(env):
    aid = imported(env)
    with Store(env["FACTCHECK_DB"]) as s:
        analysis = s.analysis(aid)
        target = next(x for x in analysis.sentences if x.attributions)
        s.edit_sources(aid, target.id, "none", reviewer="ana")
        d = analysis.to_dict()
        d["sentences"] = [x for x in d["sentences"] if x["id"] != target.id]
        from factcheck.model import Analysis

        s.import_analysis(Analysis.from_dict(d), origin=None)
    text = ok(["export", aid], env)
    orphans = text.split("## Decisions on sentences no longer in the analysis")[1]
    assert target.id in orphans and "Source (**corrected** by ana): none" in orphans
    doc = json.loads(ok(["export", aid, "--format", "json"], env))
    assert doc["orphaned"] == [target.id] and doc["corrections"][target.id]["machine"] is None
