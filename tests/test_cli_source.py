"""`factcheck source`, sentence numbers in `mark`, evidence removal and `config`, through the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.checklist import display_numbers
from factcheck.cli import cli
from factcheck.store import Store

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-nk-soldier.txt"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"FACTCHECK_DB": str(tmp_path / "env.db")}


def run(args: list[str], env: dict[str, str]):
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def ok(args: list[str], env: dict[str, str]):
    r = run(args, env)
    assert r.exit_code == 0, r.stderr
    return r


def fails(args: list[str], env: dict[str, str], needle: str) -> None:
    r = run(args, env)
    assert r.exit_code == 2, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], r.stderr
    assert "Traceback" not in r.stderr


@pytest.fixture
def stored(env) -> tuple[str, dict[str, int], Store]:
    aid = ok(["import", str(SEED)], env).stdout.strip().splitlines()[-1]
    with Store(env["FACTCHECK_DB"]) as s:
        analysis = s.analysis(aid)
    return aid, display_numbers(analysis), analysis


def number_of(numbers: dict[str, int], analysis, *, flag: str | None = None, sourced: bool = False) -> int:
    """The number of the first body sentence with `flag`, or (`sourced`) with one source and no flag."""
    for s in analysis.sentences:
        one_source = len(s.attributions) == 1 and not s.flags
        if s.role == "body" and ((flag and flag in s.flag_codes) or (sourced and one_source)):
            return numbers[s.id]
    raise AssertionError("no such sentence in the sample")


def test_mark_takes_the_number_the_review_app_shows(env, stored):
    aid, numbers, analysis = stored
    ids = [s.id for s in analysis.sentences]
    for ref, n in (("5", 5), ("#7", 7)):
        r = ok(["mark", aid, ref, "verified"], env)
        assert r.stdout.split() == [aid, ids[n - 1], "verified"]
    fails(["mark", aid, "#99", "verified"], env, "no sentence #99")
    fails(["mark", aid, "0", "verified"], env, "no sentence #0")


def test_source_add_fixes_the_flag_and_shows_the_machine_reading(env, stored):
    aid, numbers, analysis = stored
    n = number_of(numbers, analysis, flag="unattributed_claim")
    shown = ok(["source", aid, f"#{n}"], env).stdout
    assert "the machine's reading" in shown and "flags: unattributed_claim" in shown
    r = ok(["source", aid, str(n), "--add", "Jane Doe", "--kind", "named_person", "--via", "Reuters",
            "--note", "her office confirmed", "--reviewer", "ana"], env)
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"#{n} · s") and "(corrected)" in lines[0]
    assert "sources: Jane Doe (named person) via Reuters" in lines[1] and "machine: no source" in lines[2]
    assert "corrected by ana" in lines[3] and "her office confirmed" in lines[3] and lines[4] == "  flags: none"
    hist = ok(["history", aid], env).stdout.splitlines()
    assert "sources: (machine's reading) -> \"Jane Doe (named person) via Reuters\"" in hist[1]
    [row] = json.loads(ok(["list", "--format", "json"], env).stdout)
    assert row["flagged"] == sum(1 for s in analysis.sentences if s.flags) - 1


def test_source_none_remove_set_and_reset(env, stored):
    aid, numbers, analysis = stored
    n = number_of(numbers, analysis, sourced=True)
    machine = analysis.sentences[n - 1].attributions[0].source
    out = ok(["source", aid, str(n), "--none"], env).stdout
    assert "sources: no source" in out and "unattributed_claim" in out
    ok(["source", aid, str(n), "--reset"], env)
    out = ok(["source", aid, str(n), "--remove", machine.upper()], env).stdout  # names match case-blind
    assert "sources: no source" in out
    out = ok(["source", aid, str(n), "--set", "unnamed officials", "--kind", "anonymous"], env).stdout
    assert "unnamed officials (anonymous)" in out and "anonymous_source" in out
    out = ok(["source", aid, str(n), "--reset"], env).stdout
    assert "the machine's reading" in out and machine in out
    with Store(env["FACTCHECK_DB"]) as s:
        assert s.corrections(aid) == {}
        assert [e["field"] for e in s.events(aid)] == ["sources"] * 5


@pytest.mark.parametrize("args, needle", [
    (["--add", "New Name"], "give the kind"),
    (["--set", "A", "--add", "B", "--kind", "vague"], "not set and add"),
    (["--kind", "vague"], "--kind and --via go with"),
    (["--note", "why"], "--note goes with"),
    (["--remove", "Nobody Here"], "no source 'Nobody Here' to remove"),
    (["--add", "X", "--kind", "alien"], "alien"),
])
def test_source_refuses_bad_usage_without_writing(env, stored, args, needle):
    aid, numbers, analysis = stored
    n = number_of(numbers, analysis, sourced=True)
    r = run(["source", aid, str(n), *args], env)
    assert r.exit_code == 2 and needle in r.stderr and "Traceback" not in r.stderr
    with Store(env["FACTCHECK_DB"]) as s:
        assert s.corrections(aid) == {} and s.events(aid) == []


def test_evidence_is_http_only_and_removable(env, stored):
    aid, _, _ = stored
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "https://"):
        fails(["mark", aid, "5", "verified", "--evidence", bad], env, "http:// or https://")
    ok(["mark", aid, "5", "verified", "--evidence", "https://example.org/a", "--evidence", "https://example.org/b"],
       env)
    ok(["mark", aid, "5", "--remove-evidence", "https://example.org/a"], env)
    with Store(env["FACTCHECK_DB"]) as s:
        sid = s.resolve_sentence_id(aid, "5")
        assert s.review(aid, sid).evidence == ["https://example.org/b"]
    fails(["mark", aid, "5"], env, "give a STATUS")


def test_config_reviewer_is_used_and_option_wins(env, stored, tmp_path: Path):
    aid, _, _ = stored
    ok(["config", "reviewer", "Ana from config"], env)
    assert 'reviewer = "Ana from config"' in Path(os.environ["FACTCHECK_CONFIG"]).read_text(encoding="utf-8")
    ok(["mark", aid, "5", "verified"], env)
    ok(["source", aid, "5", "--none"], env)
    ok(["mark", aid, "6", "verified", "--reviewer", "bo"], env)
    with Store(env["FACTCHECK_DB"]) as s:
        events = s.events(aid)
    assert [e["reviewer"] for e in events] == ["bo", "Ana from config", "Ana from config"]
    assert "reviewer = Ana from config" in ok(["config"], env).stdout
    ok(["config", "reviewer", "--unset"], env)
    assert ok(["config", "reviewer"], env).stdout == "\n"


def test_a_broken_config_file_is_one_line(env, stored):
    aid, _, _ = stored
    Path(os.environ["FACTCHECK_CONFIG"]).write_text("reviewer = [1, 2]\n", encoding="utf-8")
    fails(["mark", aid, "5", "verified"], env, "must be a quoted string")


def test_a_correction_survives_reimport_and_shows_in_the_export(env, stored, tmp_path: Path):
    aid, numbers, analysis = stored
    n = number_of(numbers, analysis, flag="unattributed_claim")
    ok(["source", aid, str(n), "--set", "Jane Doe", "--kind", "named_person"], env)
    copy = tmp_path / "same-article.txt"  # the same text from elsewhere: same article, analysed again
    copy.write_bytes(SEED.read_bytes())
    r = ok(["import", str(copy)], env)
    assert r.stdout.strip() == aid and "decisions kept" in r.stderr
    out = ok(["source", aid, str(n)], env).stdout
    assert "(corrected)" in out and "Jane Doe (named person)" in out
    assert "Source (**corrected** by" in ok(["export", aid], env).stdout
