"""Batch mode: one analysis per JSON line (design/CONTRACT.md), identical inputs analysed once.

Three ways in, one code path per record:
  - `run_batch(lines)` yields (output object, ok) in input order, in this process;
  - `run_batch_json(lines, jobs=N)` yields (JSON line, ok) in input order from a pool of N
    processes, byte for byte what one process writes; a record that kills its worker is reported
    as that line's error and the batch goes on; `run_batch_utf8` yields the same lines as UTF-8
    (what `factcheck analyze --jsonl -o OUT --jobs N` writes: workers send bytes, so the parent
    neither decodes nor encodes them);
  - `analyze_partition(records)` maps a partition of records to their output objects: the
    function a cluster engine (Dask, see docs/BATCH.md) runs on each partition.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.model import Document
from factcheck.pair_json import check_headline_json, check_headline_utf8
from factcheck.pipeline import BodyAnalysis, analyze, analyze_body, check_headline
from factcheck.text_safety import safe_json, safe_json_text

# A worker gets lines in chunks of this many characters at most (and at least one line), so that
# the pool's overhead is paid per chunk while short articles still spread over every worker.
# (32 FNC-1 pairs' lines, ~40 KB in and ~350 KB out, cost the parent and workers about a fifth less
# per line to send than 16: benchmarks/README.md, late night of 2026-12-01)
CHUNK_CHARS = 40_000
CHUNK_LINES = 32
# Analyses kept for identical inputs, bounded by the characters of their texts.
CACHE_CHARS = 50_000_000


def document_from_record(rec: dict[str, Any]) -> Document:
    """A batch record -> Document: `text` (as pasted) or `body` with an optional `headline`."""
    if isinstance(rec.get("text"), str):
        if not rec["text"].strip():
            raise FactcheckError("empty text")
        return Document(text=rec["text"], origin=str(rec.get("id")))
    body = rec.get("body")
    if not isinstance(body, str):
        raise FactcheckError("a record needs a string 'text' or 'body'")
    head = rec.get("headline")
    if isinstance(head, str) and head.strip():
        return Document(text=head + "\n\n" + body, origin=str(rec.get("id")), headline=head, body_only=True)
    return Document(text=body, origin=str(rec.get("id")), body_only=True)


def _key(doc: Document) -> str:
    h = hashlib.sha1()
    h.update((doc.headline or "").encode("utf-8", "surrogatepass"))
    h.update(b"\x00" + (b"1" if doc.body_only else b"0") + b"\x00")
    h.update(doc.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class _Cache:
    """Analyses by input, least recently used dropped first once over `CACHE_CHARS` characters.
    A body is analysed once whatever headlines come with it (pipeline.analyze_body); each
    headline is then checked against it (pipeline.check_headline)."""

    def __init__(self, limit: int = CACHE_CHARS) -> None:
        self.items: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self.chars = 0
        self.limit = limit
        self.analysed = 0

    def _get(self, key: Any, size: int, make: Callable[[], Any]) -> Any:
        hit = self.items.get(key)
        if hit is not None:
            self.items.move_to_end(key)
            return hit[0]
        value = make()
        self.analysed += 1
        self.items[key] = (value, size)
        self.chars += size
        while self.chars > self.limit and len(self.items) > 1:
            _, (_, dropped) = self.items.popitem(last=False)
            self.chars -= dropped
        return value

    def _body(self, doc: Document) -> BodyAnalysis:
        body = doc.text[len(doc.headline) + 2:] if doc.headline is not None else doc.text
        return self._get(("body", body), len(body), lambda: analyze_body(body))

    def analysis(self, doc: Document) -> dict:
        if doc.body_only:
            return check_headline(self._body(doc), doc.headline).to_dict()
        return self._get(_key(doc), len(doc.text), lambda: analyze(doc).to_dict())

    def json_line(self, doc: Document, first: dict[str, Any], utf8: bool = False) -> str | bytes:
        """safe_json({**first, **self.analysis(doc)}), the same text; a headline over a body is
        written without building that object (pair_json.check_headline_json), and with `utf8`
        as UTF-8 bytes (pair_json.check_headline_utf8; other lines stay str)."""
        if doc.body_only and doc.headline is not None:
            if utf8:
                try:
                    return check_headline_utf8(self._body(doc), doc.headline, first)
                except UnicodeEncodeError:  # a lone surrogate: as str, it fails where it is encoded
                    pass
            return safe_json_text(check_headline_json(self._body(doc), doc.headline, first))
        return safe_json({**first, **self.analysis(doc)})


def analyze_record(rec: Any, n: int | None = None, cache: _Cache | None = None) -> tuple[dict, bool]:
    """One parsed record -> (output object, ok). A bad record gives {"id", "error"}, never raises:
    one bad record must not stop a batch of thousands. `n` (the line number) prefixes errors."""
    return _record(rec, n, cache, False)  # type: ignore[return-value]


def _record(rec: Any, n: int | None, cache: _Cache | None, as_json: bool,
            utf8: bool = False) -> tuple[dict | str | bytes, bool]:
    """analyze_record, or with `as_json` (and a cache) its object's JSON line (safe_json), which
    with `utf8` may come as UTF-8 bytes already (_Cache.json_line)."""
    where = f"line {n}: " if n is not None else ""
    rid = rec.get("id") if isinstance(rec, dict) else None
    try:
        if not isinstance(rec, dict):
            raise FactcheckError("a line must be a JSON object")
        doc = document_from_record(rec)
        if as_json and cache is not None:
            return cache.json_line(doc, {"id": rid}, utf8), True
        result = cache.analysis(doc) if cache is not None else analyze(doc).to_dict()
        return {"id": rid, **result}, True
    except FactcheckError as e:
        out = {"id": rid, "error": f"{where}{e}"}
    except Exception as e:  # reported as this record's error
        out = {"id": rid, "error": f"{where}{type(e).__name__}: {e}"}
    return (safe_json(out) if as_json else out), False


def analyze_line(line: str, n: int, cache: _Cache | None = None) -> tuple[dict, bool]:
    """One JSON line (line number `n`) -> (output object, ok)."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return {"id": None, "error": f"line {n}: not JSON ({e.msg})"}, False
    return analyze_record(rec, n, cache)


def analyze_line_json(line: str, n: int, cache: _Cache) -> tuple[str, bool]:
    """One JSON line (line number `n`) -> (safe_json of its output object, ok)."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return safe_json({"id": None, "error": f"line {n}: not JSON ({e.msg})"}), False
    return _record(rec, n, cache, True)  # type: ignore[return-value]


def analyze_line_utf8(line: str, n: int, cache: _Cache) -> tuple[bytes, bool]:
    """`analyze_line_json` as UTF-8 (a line that cannot be encoded raises, as writing it would)."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return safe_json({"id": None, "error": f"line {n}: not JSON ({e.msg})"}).encode("utf-8"), False
    out, ok = _record(rec, n, cache, True, True)
    return (out if isinstance(out, bytes) else out.encode("utf-8")), ok  # type: ignore[union-attr]


def analyze_partition(records: Iterable[Any]) -> list[dict]:
    """A partition of records -> their output objects, in order (bad ones as {"id", "error"}).
    A record is a parsed JSON object, or a JSON line still to parse. Identical inputs inside the
    partition are analysed once. This is the function to hand a cluster engine, e.g.
    `dask.bag.read_text(...).map(json.loads).map_partitions(analyze_partition)` (docs/BATCH.md)."""
    cache = _Cache()
    out = []
    for rec in records:
        if isinstance(rec, str):
            try:
                rec = json.loads(rec)
            except json.JSONDecodeError as e:
                out.append({"id": None, "error": f"not JSON ({e.msg})"})
                continue
        out.append(analyze_record(rec, None, cache)[0])
    return out


def _numbered(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    return ((n, line) for n, line in enumerate(lines, 1) if line.strip())


def run_batch(lines: Iterable[str], on_result: Callable[[], None] | None = None,
              stats: dict[str, int] | None = None) -> Iterator[tuple[dict, bool]]:
    """Yield (output object, ok) per non-blank input line, in order. `stats["analysed"]` counts
    the analyses actually run (identical inputs are analysed once)."""
    cache = _Cache()
    stats = stats if stats is not None else {}
    stats.setdefault("analysed", 0)
    for n, line in _numbered(lines):
        out, ok = analyze_line(line, n, cache)
        stats["analysed"] = cache.analysed
        if on_result:
            on_result()
        yield out, ok


# --- a pool of processes ------------------------------------------------------------------------

_WORKER_CACHE: _Cache | None = None
# Lines read ahead of the one being written, at most: bounds memory on a long input.
AHEAD_LINES = 2_000


def _work(chunk: list[tuple[int, str]]) -> list[tuple[bytes, bool]]:
    """In a worker: a chunk of numbered lines -> their JSON lines as UTF-8 (a pickled str is
    encoded to be sent and decoded on arrival; bytes are copied). The cache lives as long as the
    worker, so a body that comes back in a later chunk is not analysed again."""
    global _WORKER_CACHE
    if _WORKER_CACHE is None:
        _WORKER_CACHE = _Cache()
    return [analyze_line_utf8(line, n, _WORKER_CACHE) for n, line in chunk]


def _crashed(item: tuple[int, str]) -> tuple[bytes, bool]:
    n, line = item
    error = f"line {n}: the analysis crashed its worker process"
    return safe_json({"id": _id_of(line), "error": error}).encode("utf-8"), False


def _id_of(line: str) -> Any:
    try:
        rec = json.loads(line)
    except ValueError:
        return None
    return rec.get("id") if isinstance(rec, dict) else None


# characters of a line from its "body" key on that route it: enough to tell bodies apart
ROUTE_CHARS = 256


def _body_key(line: str) -> str | None:
    """What routes a record with a body to the worker that holds its body: the raw JSON from its
    "body" key on, for ROUTE_CHARS characters, so that the parent (which runs beside the workers)
    does not parse each line. Inside a JSON string a quote is escaped, so `"body"` in the line is
    a key, or a value that is exactly "body" (a record then routed on that: only where it runs,
    never what it gives, depends on the route). Equal bodies written alike have the same key
    whatever the record's other fields; bodies that share their first ~240 characters share a
    worker; a body written with other escapes may go to another worker and be analysed there."""
    at = line.find('"body"')
    return None if at < 0 else line[at:at + ROUTE_CHARS]


def jobs_for(jobs: int) -> int:
    """`--jobs` -> a number of processes: 0 means one per core this process may use."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _in_process(lines: Iterable[str], analyse: Callable[[str, int, _Cache], tuple[Any, bool]],
                on_result: Callable[[], None] | None) -> Iterator[Any]:
    """One process: each numbered line through `analyse` with one body cache, in order."""
    cache = _Cache()
    for n, line in _numbered(lines):
        item = analyse(line, n, cache)
        if on_result:
            on_result()
        yield item


def run_batch_json(lines: Iterable[str], jobs: int = 1,
                   on_result: Callable[[], None] | None = None) -> Iterator[tuple[str, bool]]:
    """Yield (JSON line, ok) per non-blank input line, in input order, analysed by `jobs`
    processes (1: in this process; 0: one per core). The lines are the same bytes whatever `jobs`."""
    if jobs_for(jobs) == 1:
        yield from _in_process(lines, analyze_line_json, on_result)
        return
    for line, ok in run_batch_utf8(lines, jobs, on_result):
        yield line.decode("utf-8"), ok


def run_batch_utf8(lines: Iterable[str], jobs: int = 1,
                   on_result: Callable[[], None] | None = None) -> Iterator[tuple[bytes, bool]]:
    """`run_batch_json`'s lines as UTF-8, for writing to a file: a worker's lines are sent as
    bytes and written as they come."""
    jobs = jobs_for(jobs)
    if jobs == 1:
        yield from _in_process(lines, analyze_line_utf8, on_result)
        return
    with _Pool(jobs) as pool:
        for item in pool.run(_numbered(lines)):
            if on_result:
                on_result()
            yield item


class _Chunk:
    def __init__(self, worker: int) -> None:
        self.worker = worker
        self.items: list[tuple[int, str]] = []
        self.chars = 0
        self.future: Future | None = None
        self.results: list[tuple[bytes, bool]] | None = None


class _Pool:
    """One single-process executor per worker, so that lines can be sent to the worker that
    already holds their body; any other line goes to the worker with the least work waiting
    (characters sent and not yet done), so that long and short articles even out over the
    workers instead of falling to them in turn. Output goes in input order; a worker that dies
    loses only its own chunks in flight, whose lines then run again one by one in its fresh
    executor, so that only the line that kills it is reported."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executors = [ProcessPoolExecutor(max_workers=1) for _ in range(jobs)]
        self.waiting = [0] * jobs  # characters routed to each worker and not yet done
        self.in_flight: list[deque[_Chunk]] = [deque() for _ in range(jobs)]

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        for ex in self.executors:
            ex.shutdown(wait=True, cancel_futures=True)

    def _submit(self, chunk: _Chunk) -> None:
        chunk.future = self.executors[chunk.worker].submit(_work, chunk.items)
        self.in_flight[chunk.worker].append(chunk)

    def _route(self, line: str) -> int:
        key = _body_key(line)
        if key is not None:
            return hash(key) % self.jobs
        for w, flying in enumerate(self.in_flight):
            # a worker runs its chunks in order: the done ones are at the front
            while flying and self._ready(flying[0]):
                self.waiting[w] -= flying.popleft().chars
        return min(range(self.jobs), key=self.waiting.__getitem__)

    def run(self, numbered: Iterator[tuple[int, str]]) -> Iterator[tuple[bytes, bool]]:
        filling = [_Chunk(w) for w in range(self.jobs)]
        order: deque[tuple[_Chunk, int]] = deque()  # every line read and not yet written
        for n, line in numbered:
            w = self._route(line)
            chunk = filling[w]
            order.append((chunk, len(chunk.items)))
            chunk.items.append((n, line))
            chunk.chars += len(line)
            self.waiting[w] += len(line)
            if chunk.chars >= CHUNK_CHARS or len(chunk.items) >= CHUNK_LINES:
                self._submit(chunk)
                filling[w] = _Chunk(w)
            while order and (len(order) > AHEAD_LINES or self._ready(order[0][0])):
                yield self._take(order, filling)
        while order:
            yield self._take(order, filling)

    @staticmethod
    def _ready(chunk: _Chunk) -> bool:
        return chunk.results is not None or (chunk.future is not None and chunk.future.done())

    def _take(self, order: deque[tuple[_Chunk, int]], filling: list[_Chunk]) -> tuple[bytes, bool]:
        chunk, i = order.popleft()
        if chunk.results is None:
            if chunk.future is None:  # the line to write next is in a chunk still filling: send it
                self._submit(chunk)
                filling[chunk.worker] = _Chunk(chunk.worker)
            try:
                chunk.results = chunk.future.result()  # type: ignore[union-attr]
            except BrokenProcessPool:
                self._recover(chunk.worker, [chunk] + [c for c, _ in order if c.worker == chunk.worker])
        return chunk.results[i]  # type: ignore[index]

    def _recover(self, worker: int, chunks: list[_Chunk]) -> None:
        """The worker died: its chunks in flight run again line by line in a fresh executor."""
        self.executors[worker].shutdown(wait=True, cancel_futures=True)
        self.executors[worker] = ProcessPoolExecutor(max_workers=1)
        seen: set[int] = set()
        for chunk in chunks:
            if chunk.future is None or chunk.results is not None or id(chunk) in seen:
                continue  # still filling (sent to the fresh executor later), or done
            seen.add(id(chunk))
            out: list[tuple[bytes, bool]] = []
            for item in chunk.items:
                try:
                    out += self.executors[worker].submit(_work, [item]).result()
                except BrokenProcessPool:
                    self.executors[worker].shutdown(wait=True, cancel_futures=True)
                    self.executors[worker] = ProcessPoolExecutor(max_workers=1)
                    out.append(_crashed(item))
            chunk.results = out
