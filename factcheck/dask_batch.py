"""The batch on a Dask cluster: JSON lines in, one analysis per line out, partition by partition.

Needs `pip install 'factcheck[dask]'`. The same code runs on a laptop (a LocalCluster) and on a
real cluster (give the scheduler's address); docs/BATCH.md has the recipe and what to expect.

    python -m factcheck.dask_batch 'archive/*.jsonl' out/ [--scheduler tcp://HOST:8786] [--parquet]
"""

from __future__ import annotations

import argparse

from factcheck.batch import analyze_partition
from factcheck.text_safety import safe_json

# Characters of input per partition: a few hundred articles, so scheduling costs little beside
# the analysis and a body repeated under several headlines nearby is analysed once.
BLOCKSIZE = 8_000_000


def analyses(paths: str | list[str], blocksize: int | None = BLOCKSIZE):
    """A dask.bag of output objects (the contract dict with `id`, or {"id", "error"}), in input
    order, one per non-blank line of the JSON-lines files at `paths` (a glob, a list, any
    fsspec URL dask reads)."""
    import dask.bag as db

    return (db.read_text(paths, blocksize=blocksize)
            .filter(str.strip)
            .map_partitions(analyze_partition))  # parses each line itself: a bad one is its error


def to_jsonl(bag, out_dir: str) -> list[str]:
    """Write the output objects as JSON lines, one file per partition (`0.jsonl`, `1.jsonl`, ...,
    in input order); the same bytes per line as `factcheck analyze --jsonl`."""
    return bag.map(safe_json).to_textfiles(out_dir.rstrip("/") + "/*.jsonl")


def to_parquet(bag, out_dir: str) -> None:
    """Write one row per line: `id`, `error` (null when analysed) and `analysis` (its JSON), so
    the nested contract survives any Parquet reader. Needs pandas and pyarrow."""
    def row(obj: dict) -> dict:
        rest = {k: v for k, v in obj.items() if k != "id"}
        return {"id": None if obj.get("id") is None else str(obj.get("id")), "error": obj.get("error"),
                "analysis": None if "error" in obj else safe_json(rest)}

    bag.map(row).to_dataframe(meta={"id": "object", "error": "object", "analysis": "object"}).to_parquet(out_dir)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", help="JSON-lines file(s): a path or glob (any fsspec URL dask reads)")
    ap.add_argument("out_dir")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=None, help="local cluster: number of worker processes")
    ap.add_argument("--blocksize", type=int, default=BLOCKSIZE, help="input bytes per partition")
    ap.add_argument("--parquet", action="store_true", help="write Parquet instead of JSON lines")
    args = ap.parse_args(argv)
    from distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1))
    with client:
        bag = analyses(args.inputs, args.blocksize)
        if args.parquet:
            to_parquet(bag, args.out_dir)
        else:
            to_jsonl(bag, args.out_dir)


if __name__ == "__main__":
    main()
