"""The Textual review app. Only `factcheck review` imports this package (the core never does)."""

from __future__ import annotations

from pathlib import Path


def run(db_path: str | Path, article_id: str | None = None, *, export_dir: str | Path | None = None,
        reviewer: str | None = None) -> None:
    """Run the app until the user quits; every decision is in the database when this returns,
    or FactcheckError says how many could not be written."""
    from factcheck.errors import FactcheckError
    from tui.app import ReviewApp

    app = ReviewApp(db_path, article_id, export_dir=export_dir, reviewer=reviewer)
    try:
        app.run()
    finally:
        # Any exit path (ctrl+c, a crash, a database that failed) may leave decisions queued.
        try:
            app.writer.drain()
        except Exception as e:
            raise FactcheckError(f"{app.writer.pending} decision(s) could not be written to {db_path}: {e}") from None
