"""Latency of the review TUI on a 1,000-sentence article, driven by Textual's Pilot.

    python benchmarks/tui_latency.py [--sentences 1000] [--keys 200] [--size 80x24]

Measures, on this machine, with a hook on the compositor that stamps the first paint at which
the expected change is on screen:
  - first paint: from constructing the app (the article already analysed and stored) to the
    first paint of the article screen with its rows;
  - per key: from sending the key to the first paint that shows its effect (cursor row and the
    detail pane, which update in the same frame), for j, k, n (next flagged), G/g and a status
    key (which also queues a database write, done after that paint).
Wall and CPU times are printed: other processes on a shared machine stretch the wall times.
The app runs headless, so writing to a real terminal is not included; compositing the lines is.
Analysis and import times are printed too, for context (they happen before the app starts).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

PEOPLE = ["Maria Alvarez", "John Okafor", "Li Wei", "Anna Kowalski", "Samuel Reyes", "Fatima Khan"]
ROLES = ["the finance minister", "a senior official", "the company's chief executive", "the mayor",
         "a spokesperson for the regulator", "the union's general secretary"]
ORGS = ["the central bank", "the health ministry", "the national statistics office", "the city council",
        "the transport authority", "the electoral commission"]
VAGUE = ["Some analysts", "Critics", "Experts", "Observers"]
ANON = ["a person familiar with the matter", "an official who asked not to be named",
        "two people briefed on the talks"]
TOPICS = ["inflation", "the budget", "rail fares", "hospital waiting lists", "the election", "housing costs",
          "water quality", "the new bridge"]
VERBS = ["rose", "fell", "stayed flat", "doubled", "dropped sharply", "recovered"]


def make_article(n_sentences: int, seed: int = 7) -> str:
    """A plausible wire story: a headline, then paragraphs mixing attributed, hedged, anonymous,
    vague and unattributed claims, with quotes and pronoun follow-ups."""
    rng = random.Random(seed)
    paras = ["Officials clash over figures as costs rise"]
    count = 1
    while count < n_sentences:
        para = []
        for _ in range(rng.randint(2, 4)):
            topic, verb = rng.choice(TOPICS), rng.choice(VERBS)
            pct = rng.randint(2, 40)
            kind = rng.randrange(7)
            if kind == 0:
                s = f"{rng.choice(PEOPLE)}, {rng.choice(ROLES)}, said spending on {topic} {verb} by {pct}% last year."
            elif kind == 1:
                s = f"\"We will publish the full figures on {topic} next month,\" {rng.choice(ROLES)} told reporters."
            elif kind == 2:
                s = f"According to {rng.choice(ORGS)}, the cost of {topic} {verb} by {pct}% in {2000 + count % 25}."
            elif kind == 3:
                s = f"{rng.choice(VAGUE)} say the plan for {topic} could fail within {pct} months."
            elif kind == 4:
                s = f"The deal on {topic} is close, {rng.choice(ANON)} said."
            elif kind == 5:
                s = f"Spending on {topic} {verb} by {pct}% over the past decade."
            else:
                s = f"She added that the review of {topic} may take {pct} weeks."
            para.append(s)
            count += 1
        paras.append(" ".join(para))
    return "\n\n".join(paras) + "\n"


class PaintClock:
    """Timestamps (wall, main-thread CPU) of the first paint of the top screen at which a probe
    holds. Headless, so the lines are composited and nothing is written to a terminal."""

    def __init__(self) -> None:
        from textual.screen import Screen

        self.probe = None
        self.hit: tuple[float, float, float] | None = None
        self.painted = asyncio.Event()
        original = Screen._compositor_refresh
        clock = self

        def timed(screen) -> None:  # type: ignore[no-untyped-def]
            original(screen)
            if screen is screen.app.screen and clock.probe is not None and clock.hit is None and clock.probe():
                clock.hit = (time.perf_counter(), time.thread_time(), time.process_time())
                clock.painted.set()

        Screen._compositor_refresh = timed  # a measurement hook, in this benchmark process only

    def watch(self, probe) -> None:  # type: ignore[no-untyped-def]
        self.probe, self.hit = probe, None
        self.painted.clear()

    async def wait(self, timeout: float = 10.0) -> tuple[float, float, float]:
        await asyncio.wait_for(self.painted.wait(), timeout)
        assert self.hit is not None
        return self.hit


async def measure(db: Path, article_id: str, keys: int, size: tuple[int, int]) -> dict[str, object]:
    from tui.app import ReviewApp
    from tui.screens.article import ArticleScreen
    from tui.widgets import SentenceTable

    clock = PaintClock()
    out: dict[str, object] = {}
    wall0, cpu0 = time.perf_counter(), time.process_time()  # from constructing the app
    app = ReviewApp(db, article_id, export_dir=Path(tempfile.gettempdir()))

    def article_shown() -> bool:
        s = app.screen
        return isinstance(s, ArticleScreen) and s.is_mounted and s.query_one(SentenceTable).row_count > 0

    clock.watch(article_shown)  # before the app starts: its first paints happen during startup
    async with app.run_test(size=size) as pilot:
        wall, _, cpu = await clock.wait(timeout=30)
        out["first_paint_ms"] = (wall - wall0) * 1000
        out["first_paint_cpu_ms"] = (cpu - cpu0) * 1000  # the loader thread included
        table = app.screen.query_one(SentenceTable)
        out["rows"] = table.row_count
        await pilot.pause(0.5)  # let the table's idle-time work finish before timing keys

        async def timed_key(key: str, changed) -> tuple[float, float]:  # type: ignore[no-untyped-def]
            await pilot.pause()
            clock.watch(changed)
            wall, cpu = time.perf_counter(), time.thread_time()
            await pilot.press(key)
            p_wall, p_cpu, _ = await clock.wait()
            return (p_wall - wall) * 1000, (p_cpu - cpu) * 1000

        lat: dict[str, list[tuple[float, float]]] = {"j": [], "k": [], "n": [], "G/g": [], "status": []}
        for _ in range(keys):
            row = table.cursor_row
            lat["j"].append(await timed_key("j", lambda r=row: table.cursor_row == r + 1))
        for _ in range(keys):
            row = table.cursor_row
            lat["k"].append(await timed_key("k", lambda r=row: table.cursor_row == r - 1))
        for _ in range(min(keys, 50)):
            row = table.cursor_row
            lat["n"].append(await timed_key("n", lambda r=row: table.cursor_row != r))
        for i in range(20):
            key = "G" if i % 2 == 0 else "g"
            target = table.row_count - 1 if key == "G" else 0
            lat["G/g"].append(await timed_key(key, lambda t=target: table.cursor_row == t))
        for i in range(50):
            digit, status = ("3", "verified") if i % 2 == 0 else ("2", "needs_check")
            sid = table.current_id
            lat["status"].append(await timed_key(digit, lambda s=sid, st=status: app.screen.review_of(s).status == st))
        await app.workers.wait_for_complete()
        out["latency_ms"] = lat
    return out


def _summary(values: list[float]) -> str:
    v = sorted(values)
    p95 = v[min(len(v) - 1, int(len(v) * 0.95))]
    return f"median {statistics.median(v):6.1f}  p95 {p95:6.1f}  max {v[-1]:6.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--size", default="80x24", help="terminal size, COLSxROWS")
    args = parser.parse_args()
    cols, rows = (int(x) for x in args.size.lower().split("x"))

    from factcheck.model import Document
    from factcheck.pipeline import analyze
    from factcheck.store import Store

    text = make_article(args.sentences)
    t = time.perf_counter()
    analysis = analyze(Document(text=text, origin="generated"))
    analyse_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t = time.perf_counter()
        with Store(db) as store:
            aid = store.import_analysis(analysis, origin="generated").article_id
        import_s = time.perf_counter() - t
        result = asyncio.run(measure(db, aid, args.keys, (cols, rows)))

    flagged = sum(1 for s in analysis.sentences if s.flags)
    print(f"article: {len(analysis.sentences)} sentences ({flagged} flagged), {len(text):,} characters; "
          f"terminal {cols}x{rows}; python {sys.version.split()[0]}")
    print(f"analysis {analyse_s:.2f} s, import {import_s:.2f} s (before the app starts)")
    print(f"first paint of the article screen: {result['first_paint_ms']:.0f} ms wall, "
          f"{result['first_paint_cpu_ms']:.0f} ms CPU ({result['rows']} rows in the table)")
    print("per key, from the key to the paint that shows its effect (ms):")
    for key, values in result["latency_ms"].items():
        print(f"  {key:<7} wall {_summary([w for w, _ in values])}   |  UI-thread CPU "
              f"{_summary([c for _, c in values])}  (n={len(values)})")
    print(f"load average while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs (wall times grow with it; CPU times do not)")


if __name__ == "__main__":
    main()
