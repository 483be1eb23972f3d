"""`analyze --jsonl --jobs N`: a pool of processes writes exactly what one process writes."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import batch
from factcheck.batch import run_batch, run_batch_json

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _records() -> list[str]:
    """The sample articles as pasted text, and their bodies under a few headlines (the same body
    again and again, as a desk checking headline variants sends it), with bad lines between."""
    lines = []
    for p in sorted(SAMPLES.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        lines.append(json.dumps({"id": p.stem, "text": text}))
        head, _, body = text.strip().partition("\n")
        for i, h in enumerate((head, "Officials deny the report", head.upper())):
            lines.append(json.dumps({"id": f"{p.stem}-h{i}", "headline": h, "body": body.strip()}))
    lines.insert(3, "{not json")
    lines.insert(7, json.dumps({"id": "no-body", "headline": "A headline alone"}))
    lines.insert(9, "")  # blank lines are skipped, not reported
    lines.append(json.dumps(["a list", "not an object"]))
    return lines


def _cli(src: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", "analyze", "--jsonl", str(src), "-o", str(out), *extra],
                          capture_output=True, text=True)


def test_jobs_2_writes_the_same_bytes_in_input_order(tmp_path: Path) -> None:
    lines = _records()
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    p1 = _cli(src, one, "--jobs", "1")
    p2 = _cli(src, two, "--jobs", "2")
    assert p1.returncode == p2.returncode == 1, p2.stderr  # the bad lines failed, the rest did not
    assert "Traceback" not in p2.stderr
    assert p1.stderr == p2.stderr
    assert one.read_bytes() == two.read_bytes()
    got = [json.loads(x) for x in two.read_text(encoding="utf-8").splitlines()]
    wanted_ids = []
    for line in lines:
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            rec = None
        wanted_ids.append(rec.get("id") if isinstance(rec, dict) else None)
    assert [g["id"] for g in got] == wanted_ids
    errors = [g for g in got if "error" in g]
    assert [e["error"].split(":")[0] for e in errors] == ["line 4", "line 8", f"line {len(lines)}"]
    assert all(g["schema"] == "factcheck.analysis/1" for g in got if "error" not in g)


def test_jobs_0_means_every_core(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_records()[:6]) + "\n", encoding="utf-8")
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert _cli(src, a, "--jobs", "0").returncode == _cli(src, b).returncode
    assert a.read_bytes() == b.read_bytes()
    assert batch.jobs_for(0) >= 1 and batch.jobs_for(3) == 3


def test_progress_ticks_once_per_line_in_a_pool() -> None:
    lines = _records()[:12]
    ticks = []
    out = list(run_batch_json(lines, jobs=2, on_result=lambda: ticks.append(1)))
    assert len(ticks) == len(out) == sum(1 for x in lines if x.strip())


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the crash is planted in the parent and reaches workers only when they are forked")
def test_a_line_that_kills_its_worker_is_that_lines_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.analyze_body

    def dies_on_marker(body):
        if "KILL-THE-WORKER" in body:
            os._exit(3)  # what a segfault or the OOM killer does to a worker: no exception, it is gone
        return real(body)

    monkeypatch.setattr(batch, "analyze_body", dies_on_marker)
    lines = [json.dumps({"id": f"r{i}", "body": f"The council said {i} homes were flooded on Monday."})
             for i in range(40)]
    lines[13] = json.dumps({"id": "boom", "body": "KILL-THE-WORKER, the mayor said."})
    got = list(run_batch_json(lines, jobs=2))
    objs = [json.loads(line) for line, _ok in got]
    assert [o["id"] for o in objs] == [json.loads(x)["id"] for x in lines]
    assert [ok for _, ok in got] == [i != 13 for i in range(40)]
    assert objs[13]["error"] == "line 14: the analysis crashed its worker process"
    # every other line is the analysis one process gives
    monkeypatch.setattr(batch, "analyze_body", real)
    alone = [batch.safe_json(o) for o, _ in run_batch(lines[:13] + lines[14:])]
    assert [line for i, (line, _) in enumerate(got) if i != 13] == alone


def test_a_partition_maps_records_to_analyses_and_bad_ones_to_errors_in_order() -> None:
    """What a cluster engine calls per partition: parsed records or raw lines, none dropped."""
    body = "The council said 40 homes were flooded."
    got = batch.analyze_partition([
        {"id": "a", "body": body},
        "{not json",
        json.dumps({"id": "b", "headline": "Floods hit 40 homes", "body": body}),
        ["not", "an", "object"],
        {"id": "c"},
    ])
    assert [g.get("id") for g in got] == ["a", None, "b", None, "c"]
    assert [("error" in g) for g in got] == [False, True, False, True, True]
    assert got[1]["error"].startswith("not JSON")
    want = [batch.safe_json(o) for o, _ in run_batch([json.dumps({"id": "a", "body": body}),
                                                      json.dumps({"id": "b", "headline": "Floods hit 40 homes",
                                                                  "body": body})])]
    assert [batch.safe_json(got[0]), batch.safe_json(got[2])] == want


def test_the_utf8_lines_are_the_json_lines_encoded_for_any_jobs() -> None:
    """`run_batch_utf8` (what `analyze --jsonl -o FILE` writes; a pool's workers send bytes) gives
    the bytes of `run_batch_json`'s lines, errors included, with one process or two; a line holding
    a character safe_json escapes is escaped the same way."""
    lines = _records()
    lines.append(json.dumps({"id": "c1", "headline": "Prices rose\x85 again", "body": "They fell\u2028 today."}))
    want = [(line.encode("utf-8"), ok) for line, ok in run_batch_json(lines, jobs=1)]
    assert list(batch.run_batch_utf8(lines, jobs=1)) == want
    assert list(batch.run_batch_utf8(lines, jobs=2)) == want
    assert list(run_batch_json(lines, jobs=2)) == [(b.decode("utf-8"), ok) for b, ok in want]
    assert b"\\u0085" in want[-1][0] and b"\\u2028" in want[-1][0]


def test_the_file_and_stdout_get_the_same_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_records()[:10]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for jobs in ("1", "2"):
        to_file = _cli(src, out, "--jobs", jobs)
        to_stdout = subprocess.run([sys.executable, "-m", "factcheck", "analyze", "--jsonl", str(src), "--jobs", jobs],
                                   capture_output=True)
        assert to_file.returncode == to_stdout.returncode == 1  # the bad line
        assert out.read_bytes() == to_stdout.stdout


def test_a_body_routes_by_its_raw_json_whatever_else_the_record_holds() -> None:
    """The parent routes a line to the worker that holds its body from the line's text, unparsed:
    the same body under any headline, before or after it, gets the same key; a record with no
    body key gets none (it goes to the least busy worker)."""
    body = "The council said 40 homes were flooded. " * 20
    keys = {batch._body_key(json.dumps(rec, ensure_ascii=False)) for rec in (
        {"id": "a", "headline": "Floods", "body": body},
        {"id": "bbbbbbbbbbbb", "headline": "Council says \"body\" count rose", "body": body},
        {"body": body, "headline": "Floods hit 40 homes", "id": 3},
    )}
    assert len(keys) == 1 and keys.pop().startswith('"body": "The council')
    assert batch._body_key(json.dumps({"id": "t", "text": "He found the \"body\" there."})) is None
