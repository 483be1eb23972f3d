"""Every command and option has help text (the rule sqlite-utils enforces on itself)."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from factcheck.cli import cli

COMMANDS = sorted(cli.commands)


def test_the_store_commands_are_registered():
    assert {"import", "list", "mark", "export", "history"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str):
    command = cli.commands[name]
    assert (command.help or "").strip(), f"`factcheck {name}` has no help text"
    for param in command.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"`factcheck {name} {param.opts[0]}` has no help text"
    r = CliRunner().invoke(cli, [name, "--help"])
    assert r.exit_code == 0 and r.stdout.startswith("Usage:")


def test_group_help_lists_every_command():
    r = CliRunner().invoke(cli, ["--help"])
    assert r.exit_code == 0
    assert all(name in r.stdout for name in COMMANDS)
