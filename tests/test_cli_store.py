"""`factcheck import | list | mark | export | history` through click's CliRunner, real files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.model import article_id
from factcheck.store import Store

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"FACTCHECK_DB": str(tmp_path / "env.db")}


def run(args: list[str], env: dict[str, str], input: str | None = None):
    return CliRunner().invoke(cli, args, env=env, input=input, catch_exceptions=False)


def ok(args: list[str], env: dict[str, str], input: str | None = None):
    r = run(args, env, input)
    assert r.exit_code == 0, r.stderr
    return r


def fails(args: list[str], env: dict[str, str], needle: str) -> None:
    r = run(args, env)
    assert r.exit_code == 2, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


def imported(env: dict[str, str]) -> str:
    r = ok(["import", str(SEED)], env)
    return r.stdout.strip().splitlines()[-1]


def first_sentence_ids(aid: str, env: dict[str, str]) -> list[str]:
    with Store(env["FACTCHECK_DB"]) as s:
        return [x.id for x in s.analysis(aid).sentences]


def test_import_prints_the_article_id_last_and_messages_on_stderr(env):
    r = ok(["import", str(SEED)], env)
    assert r.stdout.splitlines() == [article_id(SEED.read_text(encoding="utf-8"))]
    assert "imported" in r.stderr
    again = ok(["import", str(SEED)], env)
    assert again.stdout == r.stdout and "decisions kept" in again.stderr


def test_import_from_stdin_and_db_option_beats_the_environment(env, tmp_path: Path):
    other = tmp_path / "other.db"
    r = ok(["import", "-", "--db", str(other), "--title", "Pasted"], env, input=SEED.read_text(encoding="utf-8"))
    aid = r.stdout.strip()
    assert not Path(env["FACTCHECK_DB"]).exists()
    with Store(other) as s:
        row = s.article(aid)
    assert row["title"] == "Pasted" and row["origin"] is None


def test_list_text_and_json(env):
    assert ok(["list"], env).stdout == ""
    aid = imported(env)
    text = ok(["list"], env).stdout.splitlines()
    assert len(text) == 1 and text[0].startswith(aid)
    [row] = json.loads(ok(["list", "--format", "json"], env).stdout)
    assert row["id"] == aid and row["reviewed"] == 0 and row["sentences"] == len(first_sentence_ids(aid, env))


def test_mark_with_prefixes_note_and_evidence_then_history(env):
    aid = imported(env)
    sid = first_sentence_ids(aid, env)[1]
    r = ok(["mark", aid[:6], sid, "needs-check", "--reviewer", "ana"], env)
    assert r.stdout.split() == [aid, sid, "needs_check"]
    ok(["mark", aid[:6], sid, "verified", "--note", "agency statement", "--evidence", "https://example.org/s",
        "--reviewer", "bo"], env)
    with Store(env["FACTCHECK_DB"]) as s:
        review = s.review(aid, sid)
    assert (review.status, review.note, review.evidence, review.reviewer) == (
        "verified", "agency statement", ["https://example.org/s"], "bo")
    hist = ok(["history", aid[:8]], env).stdout.splitlines()
    assert len(hist) == 4
    assert "evidence" in hist[0] and "note" in hist[1] and "needs_check -> verified" in hist[2]
    assert "unreviewed -> needs_check" in hist[3] and " ana " in hist[3]
    events = json.loads(ok(["history", aid, "--format", "json"], env).stdout)
    assert [e["field"] for e in events] == ["evidence", "note", "status", "status"]
    assert json.loads(ok(["list", "--format", "json"], env).stdout)[0]["reviewed"] == 1


def test_export_markdown_to_stdout_and_atomically_to_a_file(env, tmp_path: Path):
    aid = imported(env)
    sid = first_sentence_ids(aid, env)[1]
    ok(["mark", aid, sid, "disputed", "--note", "contradicted by *ministry*"], env)
    md = ok(["export", aid[:5]], env).stdout
    assert md.startswith("---\n") and "## Checklist" in md and "contradicted by \\*ministry\\*" in md
    out = tmp_path / "out" / "check.md"
    out.parent.mkdir()
    out.write_text("old export\n")
    r = ok(["export", aid, "-o", str(out)], env)
    assert r.stdout == "" and out.read_text(encoding="utf-8").split("exported_at")[0] == md.split("exported_at")[0]
    assert [p.name for p in out.parent.iterdir()] == ["check.md"]  # no temporary file left behind
    doc = json.loads(ok(["export", aid, "--format", "json"], env).stdout)
    assert doc["reviews"][sid]["status"] == "disputed" and len(doc["events"]) == 2


def test_errors_are_one_line_and_exit_2(env, tmp_path: Path):
    aid = imported(env)
    sid = first_sentence_ids(aid, env)[1]
    fails(["mark", aid, sid, "maybe"], env, "unknown status")
    fails(["mark", "ffffffffffff", sid, "verified"], env, "no article")
    fails(["mark", aid, "s-nope", "verified"], env, "no sentence")
    fails(["mark", aid, sid, "verified", "--evidence", "two words"], env, "evidence")
    fails(["export", "zzz"], env, "no article")
    fails(["history", "zzz"], env, "no article")
    fails(["export", aid, "-o", str(tmp_path / "missing" / "x.md")], env, "does not exist")
    fails(["import", str(tmp_path / "nope.txt")], env, "no such file")
    fails(["list", "--db", str(tmp_path)], env, "directory")
    fails(["export", aid, "-o", str(tmp_path)], env, "directory")
    with Store(env["FACTCHECK_DB"]) as s:
        assert s.events(aid) == []  # nothing half-applied by the failed marks


def test_ambiguous_prefix_is_refused(env, tmp_path: Path):
    texts = [f"Officials counted {i} ballots in district {i * 7} before noon on polling day." for i in range(60)]
    by_first: dict[str, list[str]] = {}
    for t in texts:
        by_first.setdefault(article_id(t)[0], []).append(t)
    pair = next(v for v in by_first.values() if len(v) >= 2)[:2]
    for n, t in enumerate(pair):
        (tmp_path / f"a{n}.txt").write_text(t)
        ok(["import", str(tmp_path / f"a{n}.txt")], env)
    fails(["export", article_id(pair[0])[0]], env, "ambiguous")


def test_the_database_survives_being_copied_while_closed(env, tmp_path: Path):
    aid = imported(env)
    ok(["mark", aid, first_sentence_ids(aid, env)[1], "verified"], env)
    copy = tmp_path / "copy.db"
    shutil.copy(env["FACTCHECK_DB"], copy)  # WAL checkpointed on close: the main file is complete
    assert json.loads(ok(["list", "--format", "json", "--db", str(copy)], env).stdout)[0]["reviewed"] == 1


def test_terminal_escapes_in_stored_text_never_reach_stdout(env):
    aid = ok(["import", str(SEED), "--title", "Spy \x1b]0;pwned\x07agency \x9b31m said"], env).stdout.strip()
    for args in (["list"], ["list", "--format", "json"], ["export", aid], ["export", aid, "--format", "json"]):
        out = ok(args, env).stdout
        assert not set(out) & {"\x1b", "\x9b", "\x07"}, args
    assert "\\u009b" in ok(["list", "--format", "json"], env).stdout  # kept, as a JSON escape
