"""Assembly's second pass shared with a helper process gives the tables one pass gives,
byte for byte: in a real spawned process, and here when no process can start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dnnd_data.assemble import dataset as assembly
from dnnd_data.assemble import second_pass
from dnnd_data.assemble.table_store import SHARE_POSITIONS, StoreState, TableStore
from dnnd_data.pipeline.build import build
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.processes import ProcessAhead
from dnnd_data.schema.facts import Participation
from dnnd_data.settings import Settings
from tests.conftest import RAW_DIR, assert_same_parquet


def test_a_shared_second_pass_gives_the_same_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_build: BuildSummary
) -> None:
    shares: list[int] = []
    share_rows = second_pass._share_rows

    def counted(*args: object) -> object:
        shares.append(len(args[0]))  # type: ignore[arg-type]
        return share_rows(*args)  # type: ignore[arg-type]

    writers: set[str] = set()
    adopt_share = TableStore.adopt_share

    def adopting(store: TableStore, started: StoreState, share: StoreState) -> None:
        writers.update(p.name.split("-")[0] for paths in share.chunks.values() for p in paths)
        adopt_share(store, started, share)

    monkeypatch.setattr(TableStore, "adopt_share", adopting)
    monkeypatch.setattr(second_pass, "SHARE_FROM_ARTICLES", 2)
    shared = build(RAW_DIR, tmp_path / "out", Settings(workers=1))
    assert_same_parquet(shared, seed_build)
    assert shared.dataset.counts() == seed_build.dataset.counts()
    # The share's chunks were written by another process.
    assert any(w.isdigit() and int(w) != os.getpid() for w in writers)
    # Here, with no process to run in, the share runs in this process at the wait.
    monkeypatch.setattr(second_pass, "_share_rows", counted)
    monkeypatch.setattr(
        assembly, "helper_for", lambda articles, share_from=None: ProcessAhead(apart=False)
    )
    here = build(RAW_DIR, tmp_path / "here", Settings(workers=1))
    assert_same_parquet(here, seed_build)
    assert shares == [3]  # five seed articles: two here, three in the share


def test_a_share_sorts_after_the_rows_its_owner_adds_meanwhile(tmp_path: Path) -> None:
    def row(event: str, mark: int) -> Participation:
        return Participation(
            event_id=f"e_{event:0>12}",
            person_id="p_000000000000",
            article_id="a_0000000000000000",
            role="chair",
            position=None,
            span_start=mark,
            span_end=mark + 1,
            evidence="x",
        )

    owner = TableStore(tmp_path)
    owner.add("participations", [row("1", 1)])
    started = owner.state()
    share = TableStore.attached(started, share=True)
    share.add("participations", [row("1", 3), row("0", 0)])
    owner.add("participations", [row("1", 2)])
    owner.adopt_share(started, share.state())
    owner.add("participations", [row("1", 4)])
    assert owner.count("participations") == 5
    assert owner.state().position_base == SHARE_POSITIONS
    (table,) = list(owner.sorted_tables("participations"))
    # By key, then as one pass would have added them: the owner's rows, then the share's
    # (written earlier), then what came after the share.
    assert table.column("span_start").to_pylist() == [0, 1, 2, 3, 4]
    owner.close()
