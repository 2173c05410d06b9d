"""The steps of a large build that run in processes of their own (assembly, validation,
the tables, written while validation runs, the site): the same release, byte for byte, as
running them in the build's process; and when the assembly's process cannot run, the
build's own process assembles."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from dnnd_data import processes
from dnnd_data.assemble.table_store import StoreState, TableStore
from dnnd_data.pipeline import apart
from dnnd_data.pipeline import build as pipeline_build
from dnnd_data.pipeline.build import build
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.processes import ProcessAhead
from dnnd_data.release import publish
from dnnd_data.schema.tables import TABLES
from dnnd_data.settings import Settings
from tests.conftest import RAW_DIR, assert_same_parquet


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_large_build_apart_gives_the_same_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_build: BuildSummary
) -> None:
    monkeypatch.setattr(apart, "APART_FROM_FILES", 1)
    monkeypatch.setattr(pipeline_build, "OWN_PROCESS_FROM_ARTICLES", 1)
    monkeypatch.setattr(publish, "OWN_PROCESS_FROM_ARTICLES", 1)
    assembled: list[str] = []
    adopt = TableStore.adopt

    def adopted(store: TableStore, state: StoreState) -> None:
        assembled.append("apart")
        adopt(store, state)

    apart_steps: list[str] = []
    start = ProcessAhead.start

    def recorded(
        process: ProcessAhead, function: Callable[..., object], *args: object
    ) -> Callable[[], object]:
        if process._pool is not None:  # a process of its own, not this one
            apart_steps.append(function.__name__)
        return start(process, function, *args)

    moved: list[int] = []
    move_written = publish._move_written

    def moving(written: publish.WrittenTables, *args: object) -> list[dict[str, object]]:
        moved.append(len(written.entries))
        return move_written(written, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(TableStore, "adopt", adopted)
    monkeypatch.setattr(ProcessAhead, "start", recorded)
    monkeypatch.setattr(publish, "_move_written", moving)
    summary = build(RAW_DIR, tmp_path / "out", Settings())
    assert assembled == ["apart"]  # the rows really came from the other process
    tables = ["write_table_of"] * len(TABLES)
    # The tables are written while validation runs, and moved into the release.
    # Half the site's pages in each of two processes.
    assert apart_steps == ["_assemble", "validate_stored", *tables, "write_site", "write_site"]
    assert moved == [len(TABLES)]
    assert_same_parquet(summary, seed_build)
    assert summary.dataset.counts() == seed_build.dataset.counts()
    assert summary.published is not None and seed_build.published is not None
    ours, theirs = summary.published.path, seed_build.published.path
    assert (ours / "validation.json").read_bytes() == (theirs / "validation.json").read_bytes()
    assert _files(ours / "site") == _files(theirs / "site")


class _NoProcess:
    """A pool whose process never runs (as where no process can start)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def submit(self, *args: object) -> None:
        raise BrokenProcessPool("no process here")

    def shutdown(self, *args: object, **kwargs: object) -> None:
        pass


def test_assembly_falls_back_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_build: BuildSummary
) -> None:
    monkeypatch.setattr(apart, "APART_FROM_FILES", 1)
    monkeypatch.setattr(processes, "spawn_pool", _NoProcess)
    summary = build(RAW_DIR, tmp_path / "out", Settings())
    assert_same_parquet(summary, seed_build)
