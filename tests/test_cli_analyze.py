"""`factcheck analyze` through the real CLI: formats, the contract, batch mode."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from markdown_it import MarkdownIt

from factcheck.batch import run_batch
from factcheck.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "seed-nk-soldier.txt"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_json_is_exactly_the_contract() -> None:
    r = run("analyze", str(SEED), "--format", "json")
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert set(d) == {"schema", "text", "article", "sentences", "headline_checks", "sources", "boilerplate"}
    assert d["schema"] == "factcheck.analysis/1"
    assert d["text"] == SEED.read_text(encoding="utf-8")
    assert set(d["article"]) == {"headline", "standfirst", "byline", "published", "dateline", "credit"}
    for s in d["sentences"]:
        assert set(s) == {"id", "start", "end", "text", "paragraph", "role", "attributions", "checkworthy",
                          "hedged", "flags"}
        assert d["text"][s["start"]:s["end"]] == s["text"]
        for a in s["attributions"]:
            assert set(a) == {"source", "mention", "span", "cue", "kind", "quote", "via", "inherited"}
            assert a["kind"] in ("named_person", "named_org", "anonymous", "vague", "document", "media")
            if a["span"] is not None:
                assert d["text"][a["span"][0]:a["span"][1]] == a["mention"]
    ids = {s["id"] for s in d["sentences"]}
    for c in d["headline_checks"]:
        assert set(c) == {"code", "message", "evidence"} and set(c["evidence"]) <= ids
    for src in d["sources"]:
        assert set(src) == {"name", "kind", "aliases", "sentences"} and set(src["sentences"]) <= ids
    for b in d["boilerplate"]:
        assert d["text"][b["start"]:b["end"]] == b["text"]
    assert d["sentences"][0]["role"] == "headline"


def test_text_report_shows_sources_and_flags() -> None:
    r = run("analyze", str(SEED))
    assert r.exit_code == 0
    assert "Headline checks" in r.output
    assert "NO SOURCE" in r.output
    assert "source: South Korea's spy agency" in r.output
    assert "RECOMMENDED" not in r.output


def test_an_actor_told_about_is_not_shown_as_the_source() -> None:
    # "Eastbridge Borough Council has voted to close ...": the council is what the sentence tells
    # about; nobody is cited for the savings figure, so the flag says no source and so does the label
    r = run("analyze", str(SAMPLES / "local-council-libraries.txt"))
    assert r.exit_code == 0
    out = " ".join(r.output.split())
    assert "about: Eastbridge Borough Council [named_org; voted]" in out
    assert "source: Eastbridge Borough Council [named_org; voted]" not in out
    assert "is told about Eastbridge Borough Council, not sourced" in out
    assert "source: Campaigners [vague; say]" in out  # a source that reports keeps its label
    # in the list of sources: the councillors are only told about, the council cited once of two
    assert "- Councillors [vague], 1 sentence (only told about, not cited)" in out
    assert "- Eastbridge Borough Council [named_org], 2 sentences (1 only told about)" in out


def test_markdown_checklist_parses() -> None:
    r = run("analyze", str(SEED), "--format", "md")
    assert r.exit_code == 0
    tokens = MarkdownIt("commonmark").parse(r.output.split("---", 2)[2])
    assert any(t.type == "heading_open" for t in tokens)
    assert "- [ ]" in r.output


def test_stdin_and_same_output_twice() -> None:
    text = SEED.read_text(encoding="utf-8")
    a = run("analyze", "-", "--format", "json", input=text)
    b = run("analyze", str(SEED), "--format", "json")
    assert a.exit_code == 0 and json.loads(a.output) == json.loads(b.output)


def test_batch_modes_and_errors(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    lines = [
        {"id": "a", "text": SEED.read_text(encoding="utf-8")},
        {"id": "b", "headline": "Mayor says budget is balanced", "body": "The mayor said so.\n\nShe smiled."},
        {"id": "c", "body": "Only one line of body text here, with 3 numbers: 1, 2 and 3."},
        {"id": "d", "nothing": True},
    ]
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "factcheck", "analyze", "--jsonl", str(src), "-o", str(out)],
                       capture_output=True, text=True)
    assert p.returncode == 1  # some lines failed
    assert "Traceback" not in p.stderr
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [g.get("id") for g in got] == ["a", "b", "c", "d", None]
    assert got[1]["text"] == "Mayor says budget is balanced\n\nThe mayor said so.\n\nShe smiled."
    assert got[1]["sentences"][0]["role"] == "headline"
    assert all(s["role"] == "body" for s in got[2]["sentences"])
    assert "error" in got[3] and "error" in got[4]
    assert p.stderr.count("\n") == 1  # no progress bar when stderr is not a terminal, one summary line


def test_identical_bodies_are_analysed_once() -> None:
    rec = json.dumps({"id": "x", "body": "The council said 40 homes were flooded."})
    stats: dict[str, int] = {}
    outs = [o for o, ok in run_batch([rec, rec, rec.replace('"x"', '"y"')], stats=stats)]
    assert stats["analysed"] == 1
    assert [o["id"] for o in outs] == ["x", "x", "y"]
    assert outs[0]["sentences"] == outs[2]["sentences"]


def test_usage_errors_exit_2() -> None:
    assert run("analyze").exit_code == 2
    assert run("analyze", str(SEED), "--jsonl", "x.jsonl").exit_code == 2
    r = run("analyze", "--jsonl", "/nonexistent/in.jsonl")
    assert r.exit_code == 2


def test_escape_bytes_never_reach_the_terminal(tmp_path: Path) -> None:
    f = tmp_path / "evil.txt"
    f.write_text("Evil \x1b[31mred\x1b[0m headline\n\nThe mayor said \x1b]0;title\x07 the plan costs £3m.\n",
                 encoding="utf-8")
    r = run("analyze", str(f))
    assert r.exit_code == 0
    assert "\x1b" not in r.output and "\x07" not in r.output
    assert "red" in r.output
    f.write_text("Headline with a C1 \x9b31m control\n\nBody text \x9b here.\n", encoding="utf-8")
    r = run("analyze", str(f), "--format", "json")
    assert r.exit_code == 0 and "\x9b" not in r.output
    assert json.loads(r.output)["text"].count("\x9b") == 2


def test_bidi_overrides_never_reach_the_terminal(tmp_path: Path) -> None:
    f = tmp_path / "bidi.txt"
    f.write_text("Council \u202eDIAP\u202c vote\n\nThe mayor said the \u2066budget\u2069 was £3m.\n", encoding="utf-8")
    r = run("analyze", str(f))
    assert r.exit_code == 0
    assert not any(ch in r.output for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_noncharacters_in_the_headline_keep_the_front_matter_loadable(tmp_path: Path) -> None:
    import yaml

    f = tmp_path / "x.txt"
    f.write_bytes(b"Budget\xef\xbf\xbf cut by 12%\xef\xbf\xbe\n\nThe bureau said prices rose 5% in March.\n")
    r = run("analyze", str(f), "--format", "md")
    assert r.exit_code == 0, r.output
    front = yaml.safe_load(r.output[4:].split("\n---\n", 1)[0])
    assert front["title"] == "Budget\uffff cut by 12%\ufffe" and front["checklist_items"] >= 1
