"""Batch mode: one analysis per JSON line (design/CONTRACT.md), identical bodies analysed once."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.model import Document
from factcheck.pipeline import analyze


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


def run_batch(lines: Iterable[str], on_result: Callable[[], None] | None = None,
              stats: dict[str, int] | None = None) -> Iterator[tuple[dict, bool]]:
    """Yield (output object, ok) per non-blank input line, in order. `stats["analysed"]` counts
    the analyses actually run (identical inputs are analysed once)."""
    cache: dict[str, dict] = {}
    stats = stats if stats is not None else {}
    stats.setdefault("analysed", 0)
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        rid: Any = None
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise FactcheckError("a line must be a JSON object")
            rid = rec.get("id")
            doc = document_from_record(rec)
            key = _key(doc)
            if key not in cache:
                cache[key] = analyze(doc).to_dict()
                stats["analysed"] += 1
            out = {"id": rid, **cache[key]}
            ok = True
        except json.JSONDecodeError as e:
            out, ok = {"id": rid, "error": f"line {n}: not JSON ({e.msg})"}, False
        except FactcheckError as e:
            out, ok = {"id": rid, "error": f"line {n}: {e}"}, False
        except Exception as e:  # one bad record must not stop a batch of thousands
            out, ok = {"id": rid, "error": f"line {n}: {type(e).__name__}: {e}"}, False
        if on_result:
            on_result()
        yield out, ok
