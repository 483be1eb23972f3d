"""The Dask recipe (docs/BATCH.md) on a real distributed.LocalCluster with two worker processes:
its output is the local batch's, line for line and in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.batch import run_batch_json

distributed = pytest.importorskip("distributed")  # in the test extra, so CI always runs this
pytest.importorskip("dask.bag")

from factcheck.dask_batch import analyses, to_jsonl  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _lines() -> list[str]:
    """A few hundred records: every sample body under headlines from the other samples and under its
    own, one sentence of each body alone, and the articles as pasted."""
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(SAMPLES.glob("*.txt"))]
    heads = [t.partition("\n")[0] for t in texts]
    bodies = [t.partition("\n")[2].strip() for t in texts]
    recs = []
    for i, body in enumerate(bodies):
        for j, head in enumerate(heads * 4):
            recs.append({"id": f"b{i}-h{j}", "headline": head if j % 5 else head.lower(), "body": body})
        for k, para in enumerate(p for p in body.split("\n") if p.strip()):
            recs.append({"id": f"b{i}-p{k}", "body": para})
        recs.append({"id": f"t{i}", "text": texts[i]})
    return [json.dumps(r, ensure_ascii=False) for r in recs]


@pytest.mark.slow
def test_dask_recipe_on_a_local_cluster_equals_the_local_batch(tmp_path: Path) -> None:
    lines = _lines()
    assert len(lines) >= 200
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    local = [line for line, _ok in run_batch_json(lines)]

    out = tmp_path / "out"
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster):
        bag = analyses(str(src), blocksize=len(src.read_bytes()) // 3)  # three partitions over two workers
        assert bag.npartitions >= 3
        files = to_jsonl(bag, str(out))
    assert len(files) == bag.npartitions
    got = []
    for f in sorted(files, key=lambda f: int(Path(f).stem)):
        got += Path(f).read_text(encoding="utf-8").splitlines()
    assert got == local
    assert [json.loads(x)["id"] for x in got] == [json.loads(x)["id"] for x in lines]
