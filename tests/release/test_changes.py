"""Row-level changes between two releases: added, removed, modified by stable id."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dnnd_data import sql
from dnnd_data.release import changes as changes_module
from dnnd_data.release.changes import KINDS, ReleaseDiff, TableChange, changelog, compare


def _release(folder: Path, rows: list[dict[str, object]], table: str = "things") -> Path:
    folder.mkdir(exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), folder / f"{table}.parquet")
    return folder


def _kinds(change: TableChange) -> tuple[list[str], list[str], list[str]]:
    ids = change.first_ids
    return ids["added"], ids["removed"], ids["modified"]


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
    assert _kinds(change) == (["c"], ["b"], ["a"])
    assert change.counts == {"added": 1, "removed": 1, "modified": 1}


def test_identical_tables_and_first_releases(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [{"id": "a", "n": 1}, {"id": "b", "n": None}]
    old, new = _release(tmp_path / "old", rows), _release(tmp_path / "new", rows)
    (same,) = compare(old, new)
    assert not same.changed
    (first,) = compare(None, new)
    assert _kinds(first) == (["a", "b"], [], [])


def test_published_tables_use_their_primary_key(tmp_path: Path) -> None:
    def lines(text: str) -> list[dict[str, object]]:
        return [{"article_id": "a_1", "line_no": 3, "rule": "caption", "text": text}]

    old, new = tmp_path / "old", tmp_path / "new"
    for folder, text in ((old, "Ảnh: TTXVN"), (new, "Ảnh: VNA")):
        _release(folder, lines(text), table="boilerplate_lines")
    (change,) = compare(old, new)
    assert change.first_ids["modified"] == ["a_1|3"]


def test_changes_json_streams_every_id_in_json_dumps_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The streamed file equals ``json.dumps`` of the whole structure, also when the ids
    come from DuckDB in several fetches and tables only one release has."""
    monkeypatch.setattr(changes_module, "FETCH_IDS", 3)
    old = _release(tmp_path / "old", [{"id": f"k{i:02}", "n": i} for i in range(10)])
    _release(old, [{"id": "gone"}], table="dropped")
    new = _release(tmp_path / "new", [{"id": f"k{i:02}", "n": i * (i % 2)} for i in range(4, 20)])
    _release(new, [{"id": "ý kiến"}], table="fresh")
    with ReleaseDiff(old, new) as diff:
        buffer = io.StringIO()
        diff.write_json(buffer, "1.0.0", "1.1.0")
        summary = diff.changes()
    expected_things = {
        "added": 10,
        "added_ids": [f"k{i:02}" for i in range(10, 20)],
        "removed": 4,
        "removed_ids": ["k00", "k01", "k02", "k03"],
        "modified": 3,
        "modified_ids": ["k04", "k06", "k08"],
    }
    empty = {f"{kind}{suffix}": ([] if suffix else 0) for kind in KINDS for suffix in ("", "_ids")}
    expected = {
        "from": "1.0.0",
        "to": "1.1.0",
        "tables": {
            "dropped": {**empty, "removed": 1, "removed_ids": ["gone"]},
            "fresh": {**empty, "added": 1, "added_ids": ["ý kiến"]},
            "things": expected_things,
        },
    }
    dumped = json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert buffer.getvalue() == dumped
    assert [c.table for c in summary] == ["dropped", "fresh", "things"]


def test_changes_json_of_no_tables_and_of_empty_kinds(tmp_path: Path) -> None:
    empty_release = tmp_path / "empty"
    empty_release.mkdir()
    with ReleaseDiff(None, empty_release) as diff:
        buffer = io.StringIO()
        diff.write_json(buffer, None, "1.0.0")
    assert json.loads(buffer.getvalue()) == {"from": None, "tables": {}, "to": "1.0.0"}
    assert (
        buffer.getvalue()
        == json.dumps({"from": None, "tables": {}, "to": "1.0.0"}, indent=2, sort_keys=True) + "\n"
    )


def test_changelog_lists_the_first_ids_and_counts_the_rest(tmp_path: Path) -> None:
    rows = [{"id": f"r{i:03}"} for i in range(changes_module.MAX_IDS_LISTED + 7)]
    old = _release(tmp_path / "old", [{"id": "zzz"}])
    new = _release(tmp_path / "new", rows)
    changes = compare(old, new)
    assert changes[0].counts["added"] == len(rows)
    assert len(changes[0].first_ids["added"]) == changes_module.MAX_IDS_LISTED
    text = changelog("1.0.0", "1.1.0", "minor", changes)
    assert f"| `things` | {len(rows)} | 1 | 0 |" in text
    assert "`r000`, `r001`" in text and "and 7 more" in text
    assert "**things** removed: `zzz`" in text


def test_keys_with_a_null_part_match_themselves(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [
        {"event_id": "e1", "recipient_org_id": None, "n": 1},
        {"event_id": "e1", "recipient_org_id": "o1", "n": 2},
    ]
    old = _release(tmp_path / "old", rows)
    # The same rows in another order: the files differ, the content does not.
    new = _release(tmp_path / "new", rows[::-1])
    (change,) = compare(old, new)
    assert not change.changed, change


def test_wide_rows_are_diffed_within_duckdbs_memory_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles carry their text and offset maps; hashing them as JSON ran out of
    DuckDB's memory at 10k articles. Here: 2,000 rows of 6 KB under a 96 MB limit."""
    monkeypatch.setattr(sql, "DUCKDB_MEMORY", "96MB")

    def rows(changed: int) -> list[dict[str, object]]:
        return [
            {
                "id": f"a{i:05}",
                "text": ("đối ngoại nhân dân " * 300) + str(i + (i == changed)),
                "offsets": list(range(i, i + 300)),
            }
            for i in range(2000)
        ]

    old = _release(tmp_path / "old", rows(changed=-1))
    new = _release(tmp_path / "new", rows(changed=7))
    (change,) = compare(old, new)
    assert change.counts == {"added": 0, "removed": 0, "modified": 1}
    assert change.first_ids["modified"] == ["a00007"]
