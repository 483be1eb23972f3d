"""`factcheck config`: show or change the settings file (factcheck/config.py)."""

from __future__ import annotations

import click

from factcheck import config
from factcheck.cli.app import cli
from factcheck.errors import FactcheckError
from factcheck.text_safety import printable


def reviewer_option_default(option: str | None) -> str | None:
    """--reviewer, else the config file's reviewer, else None (the store uses the login name)."""
    if option is not None and option.strip():
        return option
    return config.load().reviewer


@cli.command("config")
@click.argument("key", required=False, type=click.Choice(config.KEYS))
@click.argument("value", required=False)
@click.option("--unset", is_flag=True, help="Remove KEY from the file (its built-in default applies).")
@click.option("--path", "show_path", is_flag=True, help="Print where the settings file is and stop.")
def config_(key: str | None, value: str | None, unset: bool, show_path: bool) -> None:
    """Show the settings, or set KEY to VALUE in the settings file.

    The file is config.toml in the platform's config directory ($FACTCHECK_CONFIG overrides):
    reviewer (recorded with decisions), theme (the review app's), export_dir (where the review
    app's x writes), publisher_name and publisher_url (the ClaimReview author)."""
    path = config.config_path()
    if show_path:
        click.echo(str(path))
        return
    cfg = config.load(path)
    if key is None:
        if value is not None or unset:
            raise FactcheckError("give a KEY to set or unset")
        for k in config.KEYS:
            v = getattr(cfg, k)
            click.echo(f"{k} = {printable(v) if v is not None else '(not set)'}")
        return
    if unset == (value is not None):
        if value is None:
            click.echo(printable(getattr(cfg, key) or ""))
            return
        raise FactcheckError("give either a VALUE or --unset, not both")
    if value is not None and not value.strip():
        raise FactcheckError(f"{key} cannot be empty: use --unset to remove it")
    setattr(cfg, key, value.strip() if value is not None else None)
    config.save(cfg, path)
    click.echo(f"wrote {path}", err=True)
