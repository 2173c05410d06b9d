"""Assembly in a process of its own (large builds): the same release, byte for byte, as
assembling in the build's process; and when that process cannot run, the build's own
process assembles."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from dnnd_data.assemble.table_store import StoreState, TableStore
from dnnd_data.pipeline import apart
from dnnd_data.pipeline.build import build
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.settings import Settings
from tests.conftest import RAW_DIR, assert_same_parquet


def test_assembly_apart_gives_the_same_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_build: BuildSummary
) -> None:
    monkeypatch.setattr(apart, "APART_FROM_FILES", 1)
    assembled: list[str] = []
    adopt = TableStore.adopt

    def adopted(store: TableStore, state: StoreState) -> None:
        assembled.append("apart")
        adopt(store, state)

    monkeypatch.setattr(TableStore, "adopt", adopted)
    summary = build(RAW_DIR, tmp_path / "out", Settings())
    assert assembled == ["apart"]  # the rows really came from the other process
    assert_same_parquet(summary, seed_build)
    assert summary.dataset.counts() == seed_build.dataset.counts()


class _NoProcess:
    """A pool whose process never runs (as where no process can start)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def __enter__(self) -> _NoProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, *args: object) -> None:
        raise BrokenProcessPool("no process here")


def test_assembly_falls_back_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_build: BuildSummary
) -> None:
    monkeypatch.setattr(apart, "APART_FROM_FILES", 1)
    monkeypatch.setattr(apart, "spawn_pool", _NoProcess)
    summary = build(RAW_DIR, tmp_path / "out", Settings())
    assert_same_parquet(summary, seed_build)
