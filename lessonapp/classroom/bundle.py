"""Bundles: every statement of a data folder, local and merged, one JSON object a line
(JSON Lines), to carry results on a USB stick to the teacher's machine, where
``lessonapp scores import`` merges them (merge.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from lessonapp.atomic_write import write_atomically
from lessonapp.store import Store, db
from lessonapp.store.timeutil import system_clock


def write_bundle(store: Store, out: TextIO) -> int:
    """Every statement, in the order they were kept; returns how many."""
    count = 0
    for (body,) in store.connection.execute("SELECT body FROM statements ORDER BY rowid"):
        out.write(body)
        out.write("\n")
        count += 1
    return count


def bundle_to_path(store: Store, path: Path) -> int:
    """write_bundle into a file, written whole or not at all (atomic_write),
    so a bundle cut short never looks whole."""
    count = write_atomically(Path(path), lambda out: write_bundle(store, out), newline="\n")
    db.sync_folder(Path(path).parent)
    return count


def bundle_database(database: Path, path: Path) -> int:
    """bundle_to_path on a read-only connection of its own, for a worker thread."""
    connection = db.connect_read_only(Path(database))
    try:
        return bundle_to_path(Store(connection, Path(database), None, system_clock), path)
    finally:
        connection.close()
