"""write_atomically: whole or not at all, and never a device or a link replaced by a file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lessonapp.atomic_write import write_atomically


def test_writes_and_replaces_keeping_the_permissions(tmp_path):
    path = tmp_path / "out.txt"
    assert write_atomically(path, lambda out: out.write("één\n")) == 4
    assert path.read_text(encoding="utf-8") == "één\n"
    path.chmod(0o640)
    write_atomically(path, lambda out: out.write("two\n"))
    assert path.read_text(encoding="utf-8") == "two\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_failure_part_way_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old\n", encoding="utf-8")

    def half_then_fail(out):
        out.write("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(path, half_then_fail)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert list(tmp_path.iterdir()) == [path]


def test_a_link_is_followed_and_kept(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomically(link, lambda out: out.write("new\n"))
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new\n"


def test_a_device_is_written_directly_not_renamed_over(tmp_path):
    read_end, write_end = os.pipe()
    fifo = Path(f"/dev/fd/{write_end}")
    try:
        write_atomically(fifo, lambda out: out.write("through\n"))
        assert os.read(read_end, 100) == b"through\n"
    finally:
        os.close(read_end)
        os.close(write_end)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path, lambda out: out.write("x"))


def test_a_stale_temporary_is_neither_followed_nor_reused(tmp_path):
    path = tmp_path / "out.txt"
    elsewhere = tmp_path / "elsewhere.txt"
    (tmp_path / "out.txt.part").symlink_to(elsewhere)  # left by someone else
    write_atomically(path, lambda out: out.write("mine\n"))
    assert path.read_text(encoding="utf-8") == "mine\n" and not elsewhere.exists()


def test_a_name_near_the_limit_still_gets_a_temporary(tmp_path):
    path = tmp_path / ("é" * 127)  # 254 bytes: no room for ".part" after it
    write_atomically(path, lambda out: out.write("x"))
    assert path.read_text(encoding="utf-8") == "x"
