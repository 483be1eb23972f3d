"""`factcheck review`: the Textual app (imported lazily so the core never loads textual)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factcheck.cli.app import cli
from factcheck.cli.inputs import as_option, jobs_option
from factcheck.errors import FactcheckError, InputError


def _is_url(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def _open_article(arg: str, db_path: Path | None, as_: str | None = None, jobs: int = 1) -> str:
    """Import ARTICLE (or reopen it by id prefix); the article id to show."""
    from factcheck.batch import jobs_for
    from factcheck.ingest import load
    from factcheck.pipeline import analyze
    from factcheck.store import Store

    if arg == "-":
        raise InputError("review reads the keyboard, not standard input: save the article to a file first")
    with Store(db_path) as store:
        if not _is_url(arg) and not Path(arg).exists():
            try:
                return store.resolve_id(arg)
            except FactcheckError:
                pass  # not an id either: let ingest say what is wrong with the path
        doc = load(arg, as_=as_)
        analysis = analyze(doc, jobs=jobs_for(jobs))
        result = store.import_analysis(analysis, origin=doc.origin)
    if result.orphaned:
        click.echo(f"factcheck: {len(result.orphaned)} earlier decision(s) belong to sentences no longer in "
                   "the analysis", err=True)
    return result.article_id


@cli.command()
@click.argument("article", required=False)
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The review database (default: $FACTCHECK_DB, else the user data directory).")
@click.option("--export-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where x writes the Markdown checklist (default: the current directory).")
@click.option("--reviewer", default=None,
              help="Who is deciding, recorded with each decision (default: your login name).")
@as_option
@jobs_option("a long ARTICLE's sentences")
def review(article: str | None, db: Path | None, export_dir: Path | None, reviewer: str | None,
           as_: str | None, jobs: int) -> None:
    """Review ARTICLE (a path, URL or stored article id) in the terminal; without one, list the articles."""
    from factcheck.store import default_db_path

    db_path = db if db is not None else default_db_path()
    if article:
        article_id = _open_article(article, db_path, as_, jobs)
    else:  # a database that cannot be opened (another application's) is one line, not an app error
        from factcheck.store import Store

        Store(db_path).close()
        article_id = None
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        stored = f" (the article is stored as {article_id})" if article_id else ""
        raise FactcheckError(f"review needs an interactive terminal{stored}; use `factcheck export` for a file")
    import tui  # here, not at the top: the analysis core and the other commands never load textual

    tui.run(db_path, article_id, export_dir=export_dir, reviewer=reviewer)
