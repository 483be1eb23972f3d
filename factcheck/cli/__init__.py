"""Command-line interface: thin wrappers that parse arguments, call the layers and print."""

from factcheck.cli import analyze, corrections, review, settings, store_commands  # noqa: F401  (they register commands)
from factcheck.cli.app import cli


def main() -> None:
    cli(prog_name="factcheck")


__all__ = ["cli", "main"]
