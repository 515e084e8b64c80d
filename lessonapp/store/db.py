"""Opening the score database: pragmas, health check, setting a bad file aside, migrations.

A file that is damaged, is not a database, cannot be read, belongs to another
program or was written by a newer lessonapp is renamed (never deleted) together
with its ``-wal``/``-shm``/``-journal`` companions, and a fresh database is
created in its place. The caller gets one plain sentence saying so.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from lessonapp.words import Words

from .errors import READ_ONLY, StoreError, explain
from .errors import kind_of as error_kind
from .schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS
from .timeutil import Clock, compact

BUSY_TIMEOUT_MS = 5000
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

# What can be wrong with an existing file, and the label its new name carries.
DAMAGED = "damaged"
NEWER = "newer"
FOREIGN = "foreign"

def _unusable(path: Path, problem: str) -> Words:
    """Why the score database at path cannot be opened, as a sentence."""
    if problem == NEWER:
        return Words("store", "The score database {0} was written by a newer version of lessonapp.", str(path))
    if problem == FOREIGN:
        return Words("store", "The score database {0} is not a lessonapp score database.", str(path))
    return Words("store", "The score database {0} could not be read (it is damaged or not a database).", str(path))


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are opened explicitly by `transaction`."""
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (no lock upgrade later), committed on leaving."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        # Also when COMMIT itself failed (disk full, I/O error): a transaction
        # left open would make every later write fail.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _error_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)  # Python 3.11+
    return None if code is None else code & 0xFF


def is_busy(error: sqlite3.Error) -> bool:
    """True when another connection holds a lock: the file is fine, just in use."""
    code = _error_code(error)
    if code is not None:
        return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    message = str(error).lower()
    return "locked" in message or "busy" in message


def is_corrupt(error: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is bad (not full disk, permissions, locks)."""
    code = _error_code(error)
    if code is not None:
        return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    message = str(error).lower()
    return "malformed" in message or "not a database" in message


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file or its companions.

    A read-write connection closing on a damaged file deletes its ``-wal``, and on
    a sound one checkpoints it; a read-only one leaves both as they are.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        # SQLite reads a WAL database through its -shm, which a read-only folder
        # cannot hold. With no -wal there either, nobody can be writing to the
        # file, and it is read as it is ("immutable"). Any other error the
        # caller meets on its first statement.
        wal = path.with_name(path.name + "-wal")
        if error_kind(error, path.parent) == READ_ONLY and not wal.exists():
            conn.close()
            return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
    return conn


def diagnose(conn: sqlite3.Connection, *, quick_check: bool = True) -> str | None:
    """None when the database is ours and healthy, else DAMAGED, NEWER or FOREIGN.

    quick_check=False leaves out SQLite's page-by-page check, which reads the
    whole file (see integrity_problem). Only SQLite saying the file is corrupt
    makes it DAMAGED: a file that is busy (locked by another program), cannot
    be read just now or sits on a full or read-only disk raises
    StoreUnavailable, and is never set aside.
    """
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            return FOREIGN
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return FOREIGN  # tables, but none of ours: some other program's database
        if version > LATEST_VERSION:
            return NEWER
        return _quick_check(conn) if quick_check else None
    except sqlite3.DatabaseError as error:
        if is_corrupt(error):
            return DAMAGED
        raise explain(error, _folder_of(conn)) from error


def _folder_of(conn: sqlite3.Connection) -> Path:
    """The folder of the connection's main database file."""
    try:
        return Path(conn.execute("PRAGMA database_list").fetchone()[2]).parent
    except sqlite3.Error:
        return Path.cwd()


def _quick_check(conn: sqlite3.Connection) -> str | None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    return None if rows == [("ok",)] else DAMAGED


def integrity_problem(path: Path) -> str | None:
    """DAMAGED when SQLite's page-by-page check finds the file damaged, else None.

    The check reads the whole file (170 ms at a million answers), so the app
    runs it in a worker thread once its window is up (store/upkeep.py): on a
    read-only connection of its own, while the app goes on using the database.
    Only SQLite saying the file is corrupt counts: a file that cannot be read
    just now (busy, renamed by a restore, a passing I/O error) counts as sound,
    and is checked again next time.
    """
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return None
    try:
        return _quick_check(conn)
    except sqlite3.Error as error:
        return DAMAGED if is_corrupt(error) else None
    finally:
        conn.close()


def check_file(path: Path, *, quick_check: bool = True) -> str | None:
    """Diagnose an existing file without changing it (see `diagnose`)."""
    if not path.is_file():
        return DAMAGED  # a folder, or something else SQLite cannot open, where the file belongs
    try:
        if path.with_name(path.name + "-journal").exists():
            # A rollback journal left by a crash needs a writer to roll it back; a
            # database in rollback mode has no -wal to lose.
            conn = connect(path)
        else:
            conn = connect_read_only(path)
    except sqlite3.DatabaseError as error:  # no permission, ...: the file may well be sound
        raise explain(error, path.parent) from error
    try:
        return diagnose(conn, quick_check=quick_check)
    finally:
        conn.close()


def open_read_only(path: Path, *, quick_check: bool = True) -> sqlite3.Connection:
    """A read-only connection to a sound database at the latest version; it changes
    nothing on disk, never sets anything aside, and takes no write lock.

    StoreError when the file is missing, damaged, not ours, from another version
    of lessonapp, or cannot be read just now (StoreUnavailable).
    """
    path = Path(path)
    if not path.exists():
        raise StoreError(Words("store", "There is no score database at {0}.", str(path)))
    problem = check_file(path, quick_check=quick_check)
    if problem is not None:
        raise StoreError(_unusable(path, problem))
    try:
        conn = connect_read_only(path)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise explain(error, path.parent) from error
    if version < LATEST_VERSION:
        conn.close()
        raise StoreError(
            Words(
                "store",
                "The score database {0} was written by an older version of lessonapp; "
                "open lessonapp once (in a folder it can write to) to bring it up to date.",
                str(path),
            )
        )
    return conn


def open_empty_read_only() -> sqlite3.Connection:
    """An empty database in memory that takes no writes: for an app that has no
    database it can use, so that lessons can still be read."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    conn.execute("PRAGMA query_only = ON")  # every write fails as on a read-only file
    return conn


JournalIdentity = tuple[tuple[int, int], tuple[int, int]]


def journal_identity(path: Path) -> JournalIdentity | None:
    """Which ``-wal`` and ``-shm`` files are at path's side now (device and inode),
    or None when either is missing.

    An open connection keeps using the files it opened: when a cleaning program
    deletes them, its writes go on into a file with no name, lost when the
    process ends, and any new connection opens fresh, empty ones beside the
    main file. Comparing before and after each write tells (see Store).
    """
    name = os.fspath(path)  # not path.with_name: this runs twice for every answer, and pathlib costs 10x the stat
    try:
        wal = os.stat(name + "-wal")
        shm = os.stat(name + "-shm")
    except OSError:
        return None
    return (wal.st_dev, wal.st_ino), (shm.st_dev, shm.st_ino)


def save_journal_into_database(conn: sqlite3.Connection) -> bool:
    """Copy every frame of the connection's own ``-wal`` (named or not) into the
    main file, synced. True when all of them were copied."""
    busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
    return busy == 0 and frames == copied


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every migration the database lacks, each in one transaction with its version bump."""
    if conn.execute("PRAGMA user_version").fetchone()[0] >= len(MIGRATIONS):
        # Up to date: no write lock needed, so a database another program holds
        # opens (to read) all the same.
        return
    for version, statements in enumerate(MIGRATIONS, start=1):
        with transaction(conn):
            # Read inside the write lock: another process may have migrated meanwhile.
            if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
                continue
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")


def sync_folder(folder: Path) -> None:
    """Make renames in a folder durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def move_aside(path: Path, label: str, clock: Clock) -> Path:
    """Rename a database and its companions (those that exist) to ``<name>.<label>-<UTC stamp>``.

    Nothing is ever deleted.

    Companions keep the SQLite naming (``<new name>-wal``) so the moved copy still
    opens with its journal. They are moved first: a stray ``-wal`` left beside a new
    database would be replayed into it.
    """
    stem = f"{path.name}.{label}-{compact(clock())}"
    target = path.with_name(stem)
    n = 1
    while any(p.exists() for p in (target, *(target.with_name(target.name + s) for s in COMPANION_SUFFIXES))):
        n += 1
        target = path.with_name(f"{stem}-{n}")
    try:
        for suffix in COMPANION_SUFFIXES:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        if path.exists() or path.is_symlink():
            os.replace(path, target)
    except OSError as error:
        raise StoreError(
            Words(
                "store",
                "The score database {0} cannot be used and could not be set aside ({1}).",
                str(path),
                str(error.strerror),
            )
        ) from error
    sync_folder(path.parent)
    return target


def _read_what_the_first_window_reads(conn: sqlite3.Connection) -> None:
    """Read the small tables the name screen needs, so that damage there is
    found on opening, even when the page-by-page check comes later."""
    for table in ("profiles", "settings"):
        conn.execute(f"SELECT * FROM {table}").fetchall()


def aside_notice(path: Path, problem: str, aside: Path) -> Words:
    """What the user is told when the database at path was set aside as `aside`."""
    if problem == NEWER:
        return Words(
            "store",
            "The score database was written by a newer version of lessonapp, so it was kept as {0} "
            "and a new, empty one was started at {1}.",
            str(aside),
            str(path),
        )
    if problem == FOREIGN:
        return Words(
            "store",
            "The score database is not a lessonapp score database, so it was kept as {0} "
            "and a new, empty one was started at {1}.",
            str(aside),
            str(path),
        )
    return Words(
        "store",
        "The score database could not be read (it is damaged or not a database), so it was kept as {0} "
        "and a new, empty one was started at {1}.",
        str(aside),
        str(path),
    )


def open_database(path: Path, clock: Clock, *, quick_check: bool = True) -> tuple[sqlite3.Connection, str | None]:
    """Open (creating, or replacing a bad file) the database at path.

    Returns the ready connection and a notice for the user, or None when all
    was well. quick_check: see `diagnose`.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            Words("store", "The folder {0} cannot be created ({1}).", str(path.parent), str(error.strerror))
        ) from error
    notice: str | None = None
    if not path.exists() and any(path.with_name(path.name + s).exists() for s in COMPANION_SUFFIXES):
        # A journal whose database is gone would be replayed into the new, empty file.
        move_aside(path, "orphan", clock)
    for _ in range(2):
        problem = check_file(path, quick_check=quick_check) if path.exists() else None
        if problem is None:
            if path.exists() and not os.access(path, os.W_OK):
                # SQLite would open it read-only without a word, and fail at the first answer.
                raise explain(OSError(errno.EROFS, "read-only"), path.parent)
            try:
                conn = connect(path)
            except sqlite3.DatabaseError as error:
                raise explain(error, path.parent) from error
            try:
                set_pragmas(conn)
                migrate(conn)
                if not quick_check:
                    _read_what_the_first_window_reads(conn)
                return conn, notice
            except sqlite3.DatabaseError as error:
                conn.close()
                if not is_corrupt(error):
                    raise explain(error, path.parent) from error
                problem = DAMAGED
        if notice is not None:  # the fresh file failed too: not the old file's fault
            raise StoreError(Words("store", "A new score database cannot be created at {0}.", str(path)))
        notice = aside_notice(path, problem, move_aside(path, problem, clock))
    raise AssertionError("unreachable")
