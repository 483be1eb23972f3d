"""`factcheck analyze`: one article, or a batch of JSON lines."""

from __future__ import annotations

import json

import click

from factcheck.cli.app import cli
from factcheck.ingest import DEFAULT_MAX_BYTES, load
from factcheck.pipeline import analyze as run_analysis


@cli.command()
@click.argument("article", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text",
              show_default=True, help="Report format.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this.")
def analyze(article: str | None, fmt: str, max_bytes: int) -> None:
    """Analyse ARTICLE (a path, or - for stdin)."""
    if article is None:
        raise click.UsageError("give an ARTICLE path or - for stdin")
    analysis = run_analysis(load(article, max_bytes=max_bytes))
    click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
