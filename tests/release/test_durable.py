"""Flushing a release folder before its rename: one syncfs on Linux, else file by file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from dnnd_data.release import durable


def _tree(folder: Path) -> int:
    """A small release-like folder; the number of files and folders in it."""
    for i in range(6):
        page = folder / "site" / f"{i % 2}" / f"{i}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"<p>{i}</p>", encoding="utf-8")
    return len(list(folder.rglob("*")))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncfs is Linux's")
def test_linux_flushes_the_filesystem_with_one_call(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert durable._syncfs(tmp_path) is True
    durable.flush_tree(tmp_path)
    assert (tmp_path / "site" / "1" / "5.html").read_text(encoding="utf-8") == "<p>5</p>"


def test_without_syncfs_every_file_and_folder_is_flushed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = _tree(tmp_path)
    flushed: list[int] = []
    real_fsync = os.fsync

    def counting_fsync(fd: int) -> None:
        flushed.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(durable, "_syncfs_call", lambda: None)
    monkeypatch.setattr(os, "fsync", counting_fsync)
    durable.flush_tree(tmp_path)
    assert len(flushed) == entries + 1  # each entry, then the folder itself
