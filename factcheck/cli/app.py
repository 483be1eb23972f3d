"""The click group every command module attaches to, and the one place errors become exit 2."""

from __future__ import annotations

import sys

import click

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.text_safety import printable


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except FactcheckError as e:
            # one line whatever the message holds (a path or a server's words with a line break)
            message = " ".join(line.strip() for line in printable(str(e)).splitlines() if line.strip())
            click.echo(f"factcheck: error: {message}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("factcheck: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Who each claim in a news article rests on, which claims rest on nobody, and where the
    headline says more than the body supports."""
