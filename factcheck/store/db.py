"""Opening the SQLite file: WAL so readers never block the writer, a busy timeout so a second
process waits for the lock instead of failing, and write transactions taken IMMEDIATE."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from factcheck.errors import FactcheckError

# Long enough to outlast any single import of a very large article by another process.
BUSY_TIMEOUT_SECONDS = 30.0
MIGRATIONS_TABLE = "_migrations"
FIRST_MIGRATION = "m001_initial"  # recorded in every review database since the first release


def open_database(path: Path, *, timeout: float = BUSY_TIMEOUT_SECONDS) -> sqlite_utils.Database:
    """A sqlite-utils Database on `path` in WAL mode with a busy timeout; creates parent dirs."""
    if path.is_dir():
        raise FactcheckError(f"{path}: is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise FactcheckError(f"{path.parent}: cannot create the database directory ({e.strerror or e})") from None
    try:
        conn = sqlite3.connect(str(path), timeout=timeout)
        try:
            _refuse_foreign(conn, path)
        except BaseException:
            conn.close()
            raise
        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        db.execute("PRAGMA foreign_keys = ON")
        if db.journal_mode != "wal":
            db.enable_wal()
        return db
    except sqlite3.DatabaseError as e:
        raise FactcheckError(f"{path}: cannot open the review database ({e})") from None


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """Another application's SQLite file is refused before anything is changed in it (not even
    its journal mode): a file with tables is ours only when it records our first migration."""
    tables = sorted(r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"))
    if not tables:
        return  # a new or empty file: ours to set up
    try:
        ours = bool(conn.execute(f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE name = ?", [FIRST_MIGRATION]).fetchall())
    except sqlite3.DatabaseError:  # no such table, or one with other columns
        ours = False
    if not ours:
        shown = ", ".join(tables[:4]) + (", ..." if len(tables) > 4 else "")
        raise FactcheckError(f"{path}: is another application's SQLite database (tables: {shown}); "
                             "it was left untouched: give --db a file of its own")


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One IMMEDIATE transaction: the write lock is taken up front, so a read-then-write (old
    value, then new value) can never lose a concurrent update, and waiting uses busy_timeout
    instead of failing at lock-upgrade time as a DEFERRED transaction would in WAL mode.
    sqlite-utils' own methods nest inside it as savepoints."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            raise FactcheckError(f"the review database is busy ({e}); try again") from None
        raise FactcheckError(f"the review database could not be written ({e}); nothing was changed") from None
    try:
        yield
        db.execute("COMMIT")
    except sqlite3.DatabaseError as e:
        # locked past the timeout, read-only file, disk full, a constraint of someone's trigger:
        # the user's problem to fix, in one line
        db.rollback()
        raise FactcheckError(f"the review database could not be written ({e}); nothing was changed") from None
    except BaseException:
        db.rollback()
        raise
