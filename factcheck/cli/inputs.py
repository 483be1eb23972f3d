"""What `analyze`, `import` and `review` share about reading an article: `--as`, `--jobs` and
the message a person typing into `-` on a terminal needs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from factcheck.ingest import FORMS

as_option: Callable[[Any], Any] = click.option(
    "--as", "as_", type=click.Choice(FORMS), default=None,
    help="Read the article as plain text or as an HTML page (default: judged by content and file extension).")


def jobs_option(what: str) -> Callable[[Any], Any]:
    """`--jobs N`: processes for the analysis (0: one per core; FACTCHECK_JOBS sets the default);
    `what` says what they share out."""
    return click.option(
        "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N", envvar="FACTCHECK_JOBS",
        help=f"Analyse in N processes (0: one per core; default from FACTCHECK_JOBS): {what}; "
             "the result is the same.")


WAITING = ("factcheck: reading the article from the terminal: paste or type it, then press Ctrl-D on an "
           "empty line to finish (Ctrl-Z then Enter on Windows; Ctrl-C to give up)")


def announce_stdin(arg: str | None) -> None:
    """On `-` with a terminal for input, say that we wait and how to end the input (on stderr,
    so the report on stdout stays clean); piped input starts at once and says nothing."""
    if arg == "-" and sys.stdin is not None and sys.stdin.isatty():
        click.echo(WAITING, err=True)
