"""Files written on a thread: every one whole, and a failed write is not lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from dnnd_data import background_io
from dnnd_data.background_io import BackgroundIO


def test_every_file_is_written_whole_in_new_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background_io, "PENDING_WRITES", 3)
    texts = {
        tmp_path / f"part{i % 4}" / f"page{i}.html": f"trang {i} " * (i + 1) for i in range(40)
    }
    with BackgroundIO() as files:
        for path, text in texts.items():
            files.write_text(path, text)
    assert {path: path.read_text(encoding="utf-8") for path in texts} == texts


def test_a_failed_write_raises_when_the_block_ends(tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.mkdir()
    (blocker / "page.html").mkdir()  # a folder where the file should go
    with pytest.raises(IsADirectoryError), BackgroundIO() as files:
        files.write_text(tmp_path / "fine.html", "ok")
        files.write_text(blocker / "page.html", "never")
    assert (tmp_path / "fine.html").read_text(encoding="utf-8") == "ok"


def test_an_error_of_the_caller_is_not_hidden_by_the_writes(tmp_path: Path) -> None:
    with pytest.raises(KeyError), BackgroundIO() as files:
        files.write_text(tmp_path / "a.html", "a")
        raise KeyError("rendering failed")
