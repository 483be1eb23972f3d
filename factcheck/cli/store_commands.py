"""`factcheck import | list | mark | export | history`: the review store from the shell.
stdout carries data (ids, listings, exports); messages go to stderr."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factcheck.cli.app import cli
from factcheck.cli.inputs import announce_stdin, as_option, jobs_option
from factcheck.cli.settings import reviewer_option_default
from factcheck.errors import FactcheckError
from factcheck.files import write_atomically
from factcheck.ingest import DEFAULT_MAX_BYTES, load
from factcheck.reviews import check_evidence, normalise_status, now
from factcheck.store import STATUSES
from factcheck.text_safety import printable, safe_json, stdout_is_terminal

if TYPE_CHECKING:
    from factcheck.store import Store

db_option = click.option(
    "--db", "db_path", type=click.Path(path_type=Path), default=None,
    help="Review database file (default: $FACTCHECK_DB, else factcheck.db in the user data directory).")


def _json(obj: object, *, to_stdout: bool = True) -> str:
    return safe_json(obj, indent=2, terminal=to_stdout and stdout_is_terminal())


def _store(db_path: Path | None) -> Store:
    from factcheck.store import Store  # loads sqlite-utils only for the commands that need it

    return Store(db_path)


def _say(message: str) -> None:
    click.echo(printable(message), err=True)


@cli.command("import")
@click.argument("article")
@click.option("--title", default=None, help="Title to list the article under (default: its headline).")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this.")
@as_option
@jobs_option("a long ARTICLE's sentences")
@db_option
def import_(article: str, title: str | None, max_bytes: int, as_: str | None, jobs: int, db_path: Path | None) -> None:
    """Analyse ARTICLE (a path, a URL, or - for stdin) and store it for review; prints its id last.

    Importing the same text again re-analyses it and keeps every decision and source correction."""
    from factcheck.batch import jobs_for
    from factcheck.pipeline import analyze  # the analysis is only needed by this command

    announce_stdin(article)
    doc = load(article, max_bytes=max_bytes, as_=as_)
    origin = None if doc.origin in (None, "<stdin>") else _origin(doc.origin)
    analysis = analyze(doc, jobs=jobs_for(jobs))
    with _store(db_path) as store:
        result = store.import_analysis(analysis, origin=origin, title=title)
    flagged = sum(1 for s in analysis.sentences if s.flags)
    verb = "imported" if result.created else "re-analysed (decisions kept)"
    _say(f"{verb}: {len(analysis.sentences)} sentences, {flagged} flagged")
    if result.orphaned:
        _say(f"warning: {len(result.orphaned)} decision(s) are on sentences no longer in the analysis "
             f"(kept; shown in exports): {', '.join(result.orphaned)}")
    click.echo(result.article_id)


def _origin(origin: str) -> str:
    if "://" in origin:
        return origin
    try:
        return str(Path(origin).resolve())
    except OSError:
        return origin


@cli.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@db_option
def list_(fmt: str, db_path: Path | None) -> None:
    """List the stored articles, newest first, with review progress: reviewed checklist items
    (check-worthy or flagged sentences, captions and page chrome left out), as the review app
    and the export count them."""
    with _store(db_path) as store:
        rows = store.articles()
    if fmt == "json":
        click.echo(_json(rows))
        return
    if not rows:
        _say("no articles yet: add one with `factcheck import ARTICLE`")
        return
    for r in rows:
        progress = f"{r['reviewed']} of {r['items']} reviewed, {r['flagged']} flagged"
        title = " ".join(printable(r["title"] or "(untitled)").split())
        click.echo(f"{r['id']}  {r['imported_at'][:10]}  {progress:<34}  {title}")


@cli.command(help=f"Record a decision on a sentence: STATUS is one of {', '.join(STATUSES)}.\n\n"
                  "ARTICLE_ID may be a unique prefix; SENTENCE is the number the review app shows (5 or #5), "
                  "a sentence id or a unique prefix of one. STATUS may be left out when only the note or "
                  "evidence changes.")
@click.argument("article_id")
@click.argument("sentence_id", metavar="SENTENCE")
@click.argument("status", metavar="[STATUS]", required=False)
@click.option("--note", default=None, help="Replace the reviewer's note on this sentence.")
@click.option("--evidence", multiple=True, metavar="URL", help="Add an evidence link (http/https; repeatable).")
@click.option("--remove-evidence", multiple=True, metavar="URL", help="Remove an evidence link (repeatable).")
@click.option("--reviewer", default=None, help="Who decided (default: the config file's, else your login name).")
@db_option
def mark(article_id: str, sentence_id: str, status: str | None, note: str | None, evidence: tuple[str, ...],
         remove_evidence: tuple[str, ...], reviewer: str | None, db_path: Path | None) -> None:
    if status is None and note is None and not evidence and not remove_evidence:
        raise FactcheckError("give a STATUS, --note, --evidence or --remove-evidence")
    status = normalise_status(status) if status is not None else None  # all checks before the first write
    evidence = tuple(check_evidence(url) for url in evidence)
    reviewer = reviewer_option_default(reviewer)
    with _store(db_path) as store:
        aid = store.resolve_id(article_id)
        sid = store.resolve_sentence_id(aid, sentence_id)
        # one transaction: a kill or crash leaves all of this mark or none of it
        review = store.mark(aid, sid, status=status, note=note, add_evidence=evidence,
                            remove_evidence=remove_evidence, reviewer=reviewer)
    click.echo(f"{aid} {sid} {review.status}")


@cli.command()
@click.argument("article_id")
@click.option("--format", "fmt", type=click.Choice(["md", "json", "text", "claimreview"]), default="md",
              show_default=True,
              help="Markdown checklist, JSON (analysis, reviews, corrections, events), the text report, or "
                   "schema.org ClaimReview JSON-LD (one per verified, disputed or unverifiable claim).")
@click.option("--all", "include_chrome", is_flag=True,
              help="Markdown: list captions and page chrome too (left out by default, as in the review app).")
@click.option("--url", default=None, metavar="URL",
              help="ClaimReview: the page publishing the fact-check (default: the config file's publisher_url).")
@click.option("--publisher-name", default=None, metavar="NAME",
              help="ClaimReview: the reviewing organisation (default: the config file's publisher_name).")
@click.option("--publisher-url", default=None, metavar="URL",
              help="ClaimReview: the organisation's URL (default: the config file's publisher_url).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write to this file (atomically) instead of stdout.")
@db_option
def export(article_id: str, fmt: str, include_chrome: bool, url: str | None, publisher_name: str | None,
           publisher_url: str | None, output: Path | None, db_path: Path | None) -> None:
    """Export an article's review, with the reviewer's source corrections winning."""
    from factcheck.export import stored_export

    claimreview = None
    if fmt == "claimreview":
        from factcheck import config

        cfg = config.load()
        claimreview = {"url": url or cfg.publisher_url, "publisher_name": publisher_name or cfg.publisher_name,
                       "publisher_url": publisher_url or cfg.publisher_url}
    with _store(db_path) as store:
        aid = store.resolve_id(article_id)
        text = stored_export(store.stored_article(aid), fmt, include_chrome=include_chrome, exported_at=now(),
                             terminal=output is None and stdout_is_terminal(), claimreview=claimreview)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomically(output, text)
        _say(f"wrote {output}")


@cli.command()
@click.argument("article_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@db_option
def history(article_id: str, fmt: str, db_path: Path | None) -> None:
    """Show every change of status, note, evidence or sources on an article, newest first."""
    with _store(db_path) as store:
        aid = store.resolve_id(article_id)
        events = store.events(aid)
    if fmt == "json":
        click.echo(_json(events))
        return
    if not events:
        _say("no decisions recorded yet")
    for e in events:
        old, new = (_sources_line(v) if e["field"] == "sources" else _one_line(v) for v in (e["old"], e["new"]))
        click.echo(f"{e['at']}  {_one_line(e['reviewer'] or '?')}  {e['sentence_id']}  {e['field']}: {old} -> {new}")


def _one_line(value: str | None) -> str:
    text = " ".join(printable(value or "").split())
    return json.dumps(text, ensure_ascii=False) if text == "" or " " in text else text


def _sources_line(value: str | None) -> str:
    """A `sources` event's JSON list as words; null is the machine's reading."""
    if value is None:
        return "(machine's reading)"
    from factcheck.cli.corrections import describe
    from factcheck.corrections import CorrectedSource

    return json.dumps(describe([CorrectedSource.from_dict(d) for d in json.loads(value)]), ensure_ascii=False)
