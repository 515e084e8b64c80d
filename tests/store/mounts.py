"""Real read-only and full disks for the store's tests: small tmpfs mounts.

As root (the test machine), chmod does not stop writes, so a folder is made
read-only by mounting it so. Where mounting is not allowed (not root, a
container without the right), the tests that need it are skipped, saying why.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


def _tmpfs(folder: Path, size: str) -> None:
    if sys.platform != "linux":
        pytest.skip("tmpfs mounts are Linux only")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        done = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    except FileNotFoundError:
        pytest.skip("no mount command here")
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not allowed here: {done.stderr.strip()}")


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """read_only_folder(fill=None) -> a folder on a read-only disk; fill(folder)
    writes into it first, while it is still writable."""
    mounted: list[Path] = []

    def make(fill: Callable[[Path], None] | None = None) -> Path:
        folder = tmp_path / f"ro{len(mounted)}"
        _tmpfs(folder, "4m")
        mounted.append(folder)
        if fill is not None:
            fill(folder)
        done = _mount("-o", "remount,ro", str(folder))
        assert done.returncode == 0, done.stderr
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 512 KiB disk, to fill."""
    folder = tmp_path / "small"
    _tmpfs(folder, "512k")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


def fill_disk(folder: Path) -> Path:
    """Fill the disk that holds folder; returns the filler file (delete it to free the space)."""
    filler = folder / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 4096)
                out.flush()
        except OSError:
            pass
        try:
            out.close()
        except OSError:
            pass
    return filler
