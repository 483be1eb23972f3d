"""The Markdown checklist, rendered with markdown-it-py to check its structure, including
article text written to break it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcheck.checklist import display_numbers
from factcheck.export import WORD_JOINER, checklist_sentences, escape_inline, to_markdown, verdict
from factcheck.ingest import load
from factcheck.model import Analysis, Attribution, Check, Flag, Sentence, Source, sentence_ids
from factcheck.pipeline import analyze
from factcheck.store import FINAL_STATUSES, Review
from factcheck.text_safety import printable

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"
HOSTILE = [
    "# Officials said the *entire* | region | was evacuated by 6pm.",
    "- [ ] Police said <script>alert('x')</script> was found in the `config` file.",
    "[Click here](https://evil.example) said the spokesman, citing ![a photo](x.png).",
    "> The report, seen by reporters, said costs rose 40%.",
    "1. Prices rose 3% in March, the bureau said on Tuesday.",
    "--- Ministers met on Friday to discuss the $5m and $6m deals.",
    "=== The *agency* said **nothing** about __it__ or ~~that~~ &amp; more.",
    "<!-- The ministry said the figures were revised on Monday. -->",
    "| a | b |\n|---|---|\n| c | d | said the union, citing a table.",
    "A backslash at the end \\",
]

md = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def split_front_matter(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def norm(text: str) -> str:
    return " ".join(printable(text).split())


def top_items(tokens) -> list[list]:
    """The tokens of each item of the checklist's top-level list."""
    start = next(i for i, t in enumerate(tokens)
                 if t.type == "heading_open" and rendered_text(tokens[i + 1]) == "Checklist")
    items, depth, current = [], 0, None
    for t in tokens[start:]:
        if t.type == "heading_open" and t.tag == "h2" and items:
            break
        if t.type == "list_item_open":
            depth += 1
            if depth == 1:
                current = []
                items.append(current)
        if current is not None and depth >= 1:
            current.append(t)
        if t.type == "list_item_close":
            depth -= 1
    return items


def first_line_text(item_tokens) -> str:
    """What a reader sees on an item's first line (the invisible word joiners that keep `@x`
    and `#1` from becoming links left out): only text, our bold verdict and our code label."""
    inline = next(t for t in item_tokens if t.type == "inline")
    assert {c.type for c in inline.children} <= {"text", "strong_open", "strong_close", "code_inline"}, [
        c.type for c in inline.children]
    return "".join(c.content for c in inline.children).replace(WORD_JOINER, "")


def item_line(box: str, status: str, number: int, sid: str, text: str) -> str:
    return f"{box} {verdict(status)} · #{number} · {sid} · {norm(text)}".rstrip()


def rendered_text(inline) -> str:
    """What a reader sees of an inline token: its text, with line breaks as newlines."""
    return "".join("\n" if c.type in ("softbreak", "hardbreak") else c.content for c in inline.children or [])


def headings_of(tokens) -> list[str]:
    return [rendered_text(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open"]


def hand_built(lines: list[str], **extra) -> Analysis:
    text = "\n\n".join(lines)
    sents, pos = [], 0
    for i, (sid, line) in enumerate(zip(sentence_ids(lines), lines)):
        start = text.index(line, pos)
        pos = start + len(line)
        sents.append(Sentence(id=sid, start=start, end=pos, text=line, paragraph=i, checkworthy=True,
                              flags=[Flag("unattributed_claim", f"No source for {line[:30]}")]))
    return Analysis(text=text, sentences=sents, **extra)


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return analyze(load(str(SEED)))


def test_seed_checklist_structure_matches_the_analysis(seed: Analysis):
    items = checklist_sentences(seed, {})
    assert items, "the seed has check-worthy sentences"
    done = items[0].id
    reviews = {done: Review(done, "verified", "Checked with *two* agencies\n# not a heading",
                            ["https://example.org/a"], "ana", "2026-01-01T00:00:00+00:00")}
    text = to_markdown(seed, reviews=reviews, meta={"title": "NK soldier", "exported_at": "2026-01-02T00:00:00+00:00"})
    front, body = split_front_matter(text)
    assert front["title"] == "NK soldier" and front["exported_at"] == "2026-01-02T00:00:00+00:00"
    assert front["checklist_items"] == len(items) and front["sentences"] == len(seed.sentences)
    assert front["statuses"]["verified"] == 1 and sum(front["statuses"].values()) == len(items)
    for code, n in front["flags"].items():
        assert n == sum(1 for s in seed.sentences if code in s.flag_codes)
    assert front["headline_checks"] == len(seed.headline_checks)

    tokens = md.parse(body)
    headings = headings_of(tokens)
    assert headings == ["Fact-check: NK soldier", "Needs attention", "Headline", "Checklist", "Sources"]
    assert not [t for t in tokens if t.type.startswith("html")]
    rendered = top_items(tokens)
    assert len(rendered) == len(items)
    numbers = display_numbers(seed)
    for sentence, tokens_of_item in zip(items, rendered):
        box, status = ("[x]", "verified") if sentence.id == done else ("[ ]", "unreviewed")
        assert first_line_text(tokens_of_item) == item_line(box, status, numbers[sentence.id], sentence.id,
                                                            sentence.text)
    note_item = " ".join(rendered_text(t) for t in rendered[0] if t.type == "inline")
    assert "Checked with *two* agencies" in note_item and "# not a heading" in note_item
    links = [t.attrGet("href") for t in tokens if t.type == "inline" for c in [t] for t in c.children or []
             if t.type == "link_open"]
    assert links == ["https://example.org/a"]


def test_hostile_article_text_cannot_change_the_structure():
    a = hand_built(HOSTILE, headline_checks=[Check("entity_missing", "Headline names *X* | <b>y</b>", [])])
    a.article["headline"] = "# Headline with [link](http://x) and `code` | pipe"
    a.sources = [Source("<img src=x> **Bold** source", "named_org", [], [a.sentences[0].id])]
    a.sentences[0].attributions = [Attribution("<img src=x> **Bold** source", "it", None, "said", "named_org")]
    note = "- [x] note *with* <b>markup</b>\n\n1. and a list"
    reviews = {s.id: Review(s.id, "disputed", note, ["javascript:alert(1)"], "<eve>", "2026") for s in a.sentences[:3]}
    text = to_markdown(a, reviews=reviews, meta={"title": "*Title* # with | pipes", "origin": "a\nb: c"})
    front, body = split_front_matter(text)
    assert front["title"] == "*Title* # with | pipes" and front["origin"] == "a\nb: c"  # one YAML line still
    tokens = md.parse(body)
    block_kinds = [t.type for t in tokens]
    assert not [k for k in block_kinds if k.startswith("html") or k in ("table_open", "code_block", "fence", "hr")]
    assert block_kinds.count("blockquote_open") == 1  # the headline's own
    inline_kinds = {c.type for t in tokens if t.type == "inline" for c in t.children or []}
    assert not inline_kinds & {"link_open", "image", "html_inline", "s_open", "em_open"}
    assert "<eve>" in text.replace("\\<", "<").replace("\\>", ">")  # the reviewer's name, shown as written
    headings = headings_of(tokens)
    assert headings == ["Fact-check: *Title* # with | pipes", "Needs attention", "Headline", "Checklist", "Sources"]
    rendered = top_items(tokens)
    assert len(rendered) == len(HOSTILE)
    for n, (s, item) in enumerate(zip(a.sentences, rendered), start=1):
        status = "disputed" if s.id in reviews else "unreviewed"
        assert first_line_text(item) == item_line("[ ]", status, n, s.id, s.text)
    quotes = [rendered_text(tokens[i + 2]) for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    assert quotes == [a.article["headline"]]


PIECES = [*"ab 1.)#*_-+=>|<`[]()!\\&;$~:/\n\t", "&amp;", "&#42;", "- [ ] ", "<b>", "http://x.y", "\x1b[31m", "é_"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_escaped_text_renders_as_exactly_its_words(raw: str):
    escaped = escape_inline(raw)
    assert "\n" not in escaped
    items = top_items(md.parse(f"## Checklist\n\n- [ ] {escaped}\n  - Status: **unreviewed**\n"))
    assert len(items) == 1
    assert first_line_text(items[0]) == ("[ ] " + norm(raw)).rstrip()
    assert not re.search(r"(?<!\w)@\w|#\d", "".join(
        c.content for t in md.parse(escaped) if t.type == "inline" for c in t.children or []))


def test_plain_checklist_without_reviews_is_deterministic(seed: Analysis):
    first = to_markdown(seed)
    assert first == to_markdown(seed, reviews=None)
    front, body = split_front_matter(first)
    assert "exported_at" not in front
    assert front["statuses"]["unreviewed"] == front["checklist_items"]
    assert not re.search(r"^- \[x\]", body, re.M)


def test_only_verified_and_not_a_claim_tick_the_box_and_the_verdict_comes_first():
    lines = [f"Officials said {n} people were hurt in the blast on Monday." for n in range(6)]
    a = hand_built(lines)
    statuses = ["unreviewed", "needs_check", *FINAL_STATUSES]
    reviews = {s.id: Review(s.id, st_) for s, st_ in zip(a.sentences, statuses)}
    items = top_items(md.parse(split_front_matter(to_markdown(a, reviews=reviews))[1]))
    first_lines = {st_: first_line_text(i) for st_, i in zip(statuses, items)}
    ticked = {st_ for st_, line in first_lines.items() if line.startswith("[x]")}
    assert ticked == {"verified", "not_a_claim"}  # a disputed claim never looks done
    for st_, line in first_lines.items():
        assert line[4:].split()[0] == verdict(st_).split()[0]


def test_single_anonymous_sources_are_called_out():
    a = hand_built(["A senior official said the talks had collapsed on Monday.",
                    "The ministry said talks would resume, a diplomat added."])
    anon = Attribution("a senior official", "A senior official", (0, 17), "said", "anonymous")
    a.sentences[0].attributions = [anon]
    a.sentences[1].attributions = [Attribution("the ministry", "The ministry", None, "said", "named_org"),
                                   Attribution("a diplomat", "a diplomat", None, "added", "anonymous")]
    a.sources = [Source("a senior official", "anonymous", [], [a.sentences[0].id]),
                 Source("the ministry", "named_org", [], [a.sentences[1].id]),
                 Source("a diplomat", "anonymous", [], [a.sentences[1].id])]
    body = split_front_matter(to_markdown(a))[1].split("## Sources")[1]
    source_lines = [line for line in body.splitlines() if line.startswith("- **")]
    assert len(source_lines) == 3
    assert "Single anonymous source" in source_lines[0]
    assert "Single anonymous source" not in source_lines[1] + source_lines[2]  # the diplomat is not alone


def test_an_actor_told_about_is_listed_apart_from_the_sources():
    a = hand_built(["The council voted on Monday to close two libraries to save £1.2m.",
                    "The mayor said the council voted to close two libraries."])
    a.sentences[0].attributions = [Attribution("the council", "The council", (0, 11), "voted", "named_org",
                                               reports=False)]
    a.sentences[1].attributions = [Attribution("the mayor", "The mayor", None, "said", "named_person"),
                                   Attribution("the council", "the council", None, "voted", "named_org",
                                               reports=False)]
    items = [line for line in to_markdown(a).splitlines() if line.startswith("  - Source:")]
    assert items == ["  - Source: none (about: the council (named_org); told about, not a source)",
                     "  - Source: the mayor (named_person) (about: the council (named_org); told about, not a source)"]


def test_orphaned_decisions_are_listed_not_dropped():
    a = hand_built(["Officials said 12 people were hurt in the blast on Monday."])
    gone = Review("s0123456789", "verified", "confirmed by police", [], "ana", "2026",
                  sentence_text="Officials said 10 people were hurt.")
    text = to_markdown(a, reviews={"s0123456789": gone})
    tokens = md.parse(split_front_matter(text)[1])
    headings = headings_of(tokens)
    assert headings[-1] == "Decisions on sentences no longer in the analysis"
    assert "Officials said 10 people were hurt." in text and "confirmed by police" in text


# What breaks YAML, terminals or Markdown: noncharacters (U+FFFE and U+FFFF are forbidden in a
# YAML stream), C0/C1 controls, DEL, bidi and zero-width controls, BOM, line separators, lone
# carriage returns, and markup, mixed into arbitrary Unicode.
HOSTILE_CHARS = [
    "\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff", "\x00", "\x07", "\x0b", "\x0c", "\r",
    "\x1b", "\x1b[2J", "\x7f", "\x85", "\x9b", "\u200b", "\u200d", "\u202e", "\u2066", "\u2028", "\u2029",
    "\ufeff", "\ud7ff", "\ue000", "\ufffd", "- [ ] ", "# ", "---\n", "\n", "\n\n", ": ", "'", '"', "\\", "|",
]
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE_CHARS), st.text(max_size=8)), max_size=30).map("".join)
news_words = st.sampled_from(["The bureau said", "prices rose 5% in March", "officials said", "Budget cut by 12%",
                              "according to a source", ".", ", ", "\n\n"])
article_text = st.lists(st.one_of(news_words, hostile_text), min_size=1, max_size=14).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(article_text, hostile_text, hostile_text, st.lists(hostile_text, max_size=3), hostile_text, st.data())
def test_any_unicode_gives_loadable_front_matter_and_the_right_item_count(text, title, note, evidence, who, data):
    from factcheck.model import Document

    analysis = analyze(Document(text=text))
    decided = data.draw(st.lists(st.sampled_from([s.id for s in analysis.sentences] or ["s-none"]), max_size=3))
    reviews = {sid: Review(sid, "disputed", note, evidence, who, "2026", sentence_text=text) for sid in decided}
    items = checklist_sentences(analysis, reviews)
    front, body = split_front_matter(to_markdown(analysis, reviews=reviews, meta={"title": title, "origin": note}))
    assert front["checklist_items"] == len(items) and front["sentences"] == len(analysis.sentences)
    assert sum(front["statuses"].values()) == len(items)
    assert set(front["title"] or "") <= set(title) | {" "}  # dropped controls, never invented text
    for kept in ("\ufffe", "\uffff", "\ufdd0"):  # noncharacters are text: escaped for YAML, not lost
        assert (kept in title) == (kept in (front["title"] or ""))
    tokens = md.parse(body)
    assert len(top_items(tokens) if items else []) == len(items)
    plain = split_front_matter(to_markdown(analysis))[0]  # the title is the article's own headline
    assert plain["checklist_items"] == len(checklist_sentences(analysis, {}))
