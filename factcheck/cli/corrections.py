"""`factcheck source`: correct the sources of one sentence, in the style of `mark`."""

from __future__ import annotations

from pathlib import Path

import click

from factcheck.checklist import display_numbers, label
from factcheck.cli.app import cli
from factcheck.cli.settings import reviewer_option_default
from factcheck.cli.store_commands import _store, db_option
from factcheck.corrections import KINDS, CorrectedSource, Reading
from factcheck.errors import FactcheckError
from factcheck.text_safety import printable

_ACTIONS = ("set", "add", "remove", "none", "reset")


def describe(sources: list[CorrectedSource] | list, *, empty: str = "no source") -> str:
    """`Jane Doe (named person) via Reuters; the ministry (named org)` on one line."""
    parts = []
    for s in sources:
        part = f"{s.source} ({s.kind.replace('_', ' ')})"
        if s.via:
            part += " via " + ", ".join(s.via)
        parts.append(part)
    return " ".join(printable("; ".join(dict.fromkeys(parts))).split()) or empty


def _show(reading: Reading, number: int | None) -> list[str]:
    s = reading.sentence
    now = [CorrectedSource.of(a) for a in s.attributions]
    out = [label(number, s.id) + ("  (corrected)" if reading.corrected else "  (the machine's reading)")]
    out.append("  sources: " + describe(now))
    if reading.correction is not None:
        c = reading.correction
        out.append("  machine: " + describe([CorrectedSource.of(a) for a in reading.machine.attributions]))
        by = f"  corrected by {c.reviewer or '?'} at {c.updated_at or '?'}"
        out.append(printable(by + (f": {' '.join(c.note.split())}" if c.note else "")))
    out.append("  flags: " + (", ".join(f.code for f in s.flags) or "none"))
    return out


@cli.command()
@click.argument("article_id")
@click.argument("sentence")
@click.option("--set", "set_", metavar="NAME", default=None, help="NAME becomes the only source.")
@click.option("--add", metavar="NAME", default=None, help="Add NAME as a source (or change its kind or via).")
@click.option("--remove", metavar="NAME", default=None, help="Remove the source NAME.")
@click.option("--none", "none_", is_flag=True, help="The sentence has no source.")
@click.option("--reset", is_flag=True, help="Drop the correction: the machine's reading stands again.")
@click.option("--kind", type=click.Choice(KINDS), default=None,
              help="The kind of the source given by --set or --add (needed for a new name).")
@click.option("--via", multiple=True, metavar="NAME",
              help="Who passed it on (an agency, an outlet), nearest first; repeatable.")
@click.option("--note", default=None, help="Why: kept with the correction and shown in the export.")
@click.option("--reviewer", default=None, help="Who corrected it (default: the config file's, else your login).")
@db_option
def source(article_id: str, sentence: str, set_: str | None, add: str | None, remove: str | None, none_: bool,
           reset: bool, kind: str | None, via: tuple[str, ...], note: str | None, reviewer: str | None,
           db_path: Path | None) -> None:
    """Correct who a sentence's claim rests on; without an action, show its sources.

    SENTENCE is the number the review app shows (5 or #5), a sentence id, or a unique prefix
    of one. Corrections are kept across re-analysis and win in the review app and the exports,
    which show the machine's reading beside them."""
    given = {"set": set_, "add": add, "remove": remove, "none": none_ or None, "reset": reset or None}
    chosen = [a for a in _ACTIONS if given[a] is not None]
    if len(chosen) > 1:
        raise FactcheckError(f"give one of --set, --add, --remove, --none, --reset, not {' and '.join(chosen)}")
    action = chosen[0] if chosen else None
    if (kind or via) and action not in ("set", "add"):
        raise FactcheckError("--kind and --via go with --set NAME or --add NAME")
    if note is not None and action in (None, "reset"):
        raise FactcheckError("--note goes with --set, --add, --remove or --none (--reset drops the note too)")
    with _store(db_path) as store:
        aid = store.resolve_id(article_id)
        sid = store.resolve_sentence_id(aid, sentence)
        if action is not None:
            name = {"set": set_, "add": add, "remove": remove}.get(action)
            store.edit_sources(aid, sid, action, name, kind=kind, via=via, note=note,
                               reviewer=reviewer_option_default(reviewer))
        fixed = store.corrected(aid)
    for line in _show(fixed.reading(sid), display_numbers(fixed.analysis).get(sid)):
        click.echo(line)
