"""Timings of the review store: import and export of the seed article, and a batch of real
articles (the PolNeAR dev split, read at run time, never copied) imported into one fresh
database and listed.

    python benchmarks/store.py [POLNEAR_DEV_DIR] [--repeat N]

POLNEAR_DEV_DIR defaults to ../shared/eval/data/polnear/dev and must hold text/*.txt.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.export import to_json, to_markdown
from factcheck.ingest import load
from factcheck.pipeline import analyze
from factcheck.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "seed-nk-soldier.txt"


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(fn) for _ in range(repeat)) * 1000


def bench_seed(tmp: Path, repeat: int) -> None:
    def import_fresh() -> None:
        db = tmp / f"seed-{time.perf_counter_ns()}.db"
        with Store(db) as s:
            s.import_analysis(analyze(load(str(SEED))), origin=str(SEED))

    analysis = analyze(load(str(SEED)))
    print(f"seed: {len(analysis.text):,} chars, {len(analysis.sentences)} sentences")

    def create() -> None:
        Store(tmp / f"empty-{time.perf_counter_ns()}.db").close()

    print(f"  create a fresh db (WAL, migrations):             {median_ms(create, repeat):8.1f} ms")
    print(f"  import into a fresh db (read + analyse + store): {median_ms(import_fresh, repeat):8.1f} ms")
    t_analyse = median_ms(lambda: analyze(load(str(SEED))), repeat)
    print(f"    of which analyse:                              {t_analyse:8.1f} ms")

    db = tmp / "seed.db"
    with Store(db) as s:
        aid = s.import_analysis(analysis, origin=str(SEED)).article_id
        print(f"    of which store write (re-import, same db):     "
              f"{median_ms(lambda: s.import_analysis(analysis, origin=None), repeat):8.1f} ms")
        for sent in analysis.sentences[:5]:
            s.set_status(aid, sent.id, "verified")

    def export(fmt: str) -> None:
        with Store(db) as s:
            a, r = s.analysis(aid), s.reviews(aid)
            to_markdown(a, reviews=r) if fmt == "md" else to_json(a, reviews=r, events=s.events(aid))

    print(f"  export markdown (open db + read + render):       {median_ms(lambda: export('md'), repeat):8.1f} ms")
    print(f"  export json (open db + read + render):           {median_ms(lambda: export('json'), repeat):8.1f} ms")
    env = {**os.environ, "FACTCHECK_DB": str(tmp / "cli.db")}

    def cli(*args: str) -> None:
        subprocess.run([sys.executable, "-m", "factcheck", *args], env=env, check=True, capture_output=True)

    cli("import", str(SEED))
    t_cli = median_ms(lambda: cli("import", str(SEED)), 3)
    print(f"  `factcheck import seed` (whole process):         {t_cli:8.1f} ms")
    print(f"  `factcheck export ID` (whole process):           "
          f"{median_ms(lambda: cli('export', aid), 3):8.1f} ms")


def bench_batch(tmp: Path, dev: Path) -> None:
    files = sorted((dev / "text").glob("*.txt"))
    if not files:
        print(f"no articles in {dev / 'text'}: skipping the batch benchmark", file=sys.stderr)
        return
    db = tmp / "batch.db"
    t_analyse = t_store = 0.0
    start = time.perf_counter()
    with Store(db) as s:
        for f in files:
            t0 = time.perf_counter()
            analysis = analyze(load(str(f)))
            t1 = time.perf_counter()
            s.import_analysis(analysis, origin=str(f))
            t_analyse += t1 - t0
            t_store += time.perf_counter() - t1
    total = time.perf_counter() - start
    chars = sum(len(f.read_text(encoding="utf-8", errors="replace")) for f in files)
    t0 = time.perf_counter()
    with Store(db) as s:
        rows = s.articles()
    t_list = time.perf_counter() - t0
    sentences = sum(r["sentences"] for r in rows)
    print(f"batch: {len(files)} articles, {chars:,} chars, {sentences:,} sentences -> {len(rows)} stored")
    print(f"  import all into one fresh db: {total:6.2f} s  (analyse {t_analyse:.2f} s, store {t_store:.2f} s, "
          f"{t_store / len(files) * 1000:.1f} ms per article)")
    print(f"  list them (open db + query):  {t_list * 1000:6.1f} ms")
    print(f"  database size:                {db.stat().st_size / 1024:6.0f} KiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", nargs="?", default="../shared/eval/data/polnear/dev", type=Path,
                    help="PolNeAR dev directory holding text/*.txt")
    ap.add_argument("--repeat", type=int, default=7, help="repetitions for the seed timings (median)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        bench_seed(Path(d), args.repeat)
        bench_batch(Path(d), args.dev)


if __name__ == "__main__":
    main()
