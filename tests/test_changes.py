"""Row-level changes between two releases: added, removed, modified by stable id."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dnnd_data.changes import compare


def _release(folder: Path, rows: list[dict[str, object]]) -> Path:
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(rows), folder / "things.parquet")
    return folder


def test_added_removed_and_modified_rows_by_key(tmp_path: Path) -> None:
    old = _release(
        tmp_path / "old",
        [{"id": "a", "n": 1, "tags": ["x"]}, {"id": "b", "n": 2, "tags": []}],
    )
    new = _release(
        tmp_path / "new",
        [{"id": "a", "n": 1, "tags": ["x", "y"]}, {"id": "c", "n": 3, "tags": []}],
    )
    (change,) = compare(old, new)
    assert (change.added, change.removed, change.modified) == (["c"], ["b"], ["a"])


def test_identical_tables_and_first_releases(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [{"id": "a", "n": 1}, {"id": "b", "n": None}]
    old, new = _release(tmp_path / "old", rows), _release(tmp_path / "new", rows)
    (same,) = compare(old, new)
    assert not same.changed
    (first,) = compare(None, new)
    assert (first.added, first.removed, first.modified) == (["a", "b"], [], [])


def test_published_tables_use_their_primary_key(tmp_path: Path) -> None:
    def lines(text: str) -> list[dict[str, object]]:
        return [{"article_id": "a_1", "line_no": 3, "rule": "caption", "text": text}]

    old, new = tmp_path / "old", tmp_path / "new"
    for folder, text in ((old, "Ảnh: TTXVN"), (new, "Ảnh: VNA")):
        folder.mkdir()
        pq.write_table(pa.Table.from_pylist(lines(text)), folder / "boilerplate_lines.parquet")
    (change,) = compare(old, new)
    assert change.modified == ["a_1|3"]
