"""The Textual review app. Only `factcheck review` imports this package (the core never does)."""

from __future__ import annotations

from pathlib import Path


def run(db_path: str | Path, article_id: str | None = None, *, export_dir: str | Path | None = None) -> None:
    """Run the app until the user quits; every decision is in the database when this returns."""
    from tui.app import ReviewApp

    app = ReviewApp(db_path, article_id, export_dir=export_dir)
    try:
        app.run()
    finally:
        # Any exit path (ctrl+c, a crash) may leave decisions queued: write them before returning.
        app.writer.drain()
