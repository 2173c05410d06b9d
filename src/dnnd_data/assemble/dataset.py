"""Assemble the dataset: set duplicates aside and merge every article's outcome into tables.

Takes: the discovery, the index of processed articles and an outcome reader. Gives: a
:class:`Dataset` whose tables wait in a :class:`TableStore`."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, replace
from typing import TypeVar

from dnnd_data.assemble.assembler import ExtractionAssembler
from dnnd_data.assemble.dedupe import NearDuplicate, find_near_duplicates
from dnnd_data.assemble.index import ArticleIndex, IndexEntry
from dnnd_data.assemble.second_pass import OutcomeSource, helper_for, second_pass
from dnnd_data.assemble.table_store import TableStore
from dnnd_data.ingest.discover import Discovery
from dnnd_data.schema.articles import QuarantineReason, QuarantineRecord, Stage
from dnnd_data.schema.base import Record
from dnnd_data.settings import Settings

R = TypeVar("R", bound=Record)


@dataclass
class Dataset:
    """Every table's rows (on disk, in a :class:`TableStore`), plus the list of raw files
    they must account for. No store: nothing was built."""

    store: TableStore | None
    raw_paths: list[str]
    # Articles taken from the per-article cache rather than processed again.
    reused_articles: int = 0

    def count(self, table: str) -> int:
        """Rows in a table."""
        return self.store.count(table) if self.store else 0

    def counts(self) -> dict[str, int]:
        """Rows of every table."""
        return self.store.counts() if self.store else {}

    def rows(self, table: str, model: type[R]) -> list[R]:
        """A table's rows, typed (reads the whole table: for small tables and tests)."""
        return self.store.rows(table, model) if self.store else []

    def records(self) -> dict[str, list[Record]]:
        """Every table's rows (reads everything: for small datasets and tests)."""
        if self.store is None:
            return {}
        store = self.store
        return {name: list(store.rows(name, store.specs[name].model)) for name in store.names}


def assemble(
    discovery: Discovery,
    index: ArticleIndex,
    settings: Settings,
    store: TableStore,
    reader: OutcomeSource,
    *,
    share_from: int | None = None,
) -> Dataset:
    """Merge the indexed outcomes into the store's tables, one article in memory at a
    time; later (near) copies of a text are set aside. Takes the index's entries. From
    ``share_from`` articles on (see :func:`~dnnd_data.assemble.second_pass.helper_for`),
    a helper process makes half of the articles' rows."""
    quarantine: list[QuarantineRecord] = list(discovery.rejected)
    ordered = sorted(index.take(), key=lambda e: e.source_path)
    reused = sum(1 for entry in ordered if entry.reused)
    helper = helper_for(len(ordered), share_from)
    with helper if helper is not None else nullcontext():
        kept = _first_copies(ordered, quarantine)
        del ordered
        near = find_near_duplicates(
            kept, settings.near_duplicate_threshold, [e.minhash for e in kept], reader.text
        )
        copies = {n.copy.article_id for n in near}
        quarantine += [_near_duplicate(n) for n in near]
        # The signatures are done with: the rest of the build keeps the entries without them.
        kept = [replace(e, minhash=b"") for e in kept if e.article_id not in copies]
        paths = {e.article_id: e.source_path for e in kept if e.article_id}
        assembler = ExtractionAssembler(paths)
        for entry in kept:
            if (extraction := reader.merging_view(entry)) is not None:
                assembler.observe(extraction)
        _add(store, assembler.merge())
        quarantine += second_pass(kept, assembler, store, reader, helper)
    _add(store, assembler.finish())
    store.add("quarantine", quarantine + assembler.quarantine)
    store.flush()
    return Dataset(store, discovery.all_paths, reused)


def _add(store: TableStore, tables: dict[str, list[Record]]) -> None:
    for name, rows in tables.items():
        store.add(name, rows)


def _first_copies(
    ordered: list[IndexEntry], quarantine: list[QuarantineRecord]
) -> list[IndexEntry]:
    """The articles whose text was not seen before; exact copies go to ``quarantine``."""
    first_by_key: dict[str, IndexEntry] = {}
    first_by_id: dict[str, IndexEntry] = {}
    kept: list[IndexEntry] = []
    for entry in ordered:
        if entry.article_id is None:
            if entry.quarantine is not None:
                quarantine.append(entry.quarantine)
            continue
        original = first_by_key.get(entry.dedupe_key) or first_by_id.get(entry.article_id)
        if original is not None:
            quarantine.append(_duplicate(entry, original))
            continue
        first_by_key[entry.dedupe_key] = first_by_id[entry.article_id] = entry
        kept.append(entry)
    return kept


def _near_duplicate(near: NearDuplicate[IndexEntry]) -> QuarantineRecord:
    return QuarantineRecord(
        source_path=near.copy.source_path,
        reason=QuarantineReason.NEAR_DUPLICATE,
        detail=(
            f"{near.similarity:.0%} of its 5-word shingles are shared with "
            f"{near.original.source_path} (article {near.original.article_id})"
        ),
        stage=Stage.NORMALIZE,
        raw_sha256=near.copy.raw_sha256,
        raw_bytes=near.copy.raw_bytes,
    )


def _duplicate(article: IndexEntry, original: IndexEntry) -> QuarantineRecord:
    return QuarantineRecord(
        source_path=article.source_path,
        reason=QuarantineReason.DUPLICATE,
        detail=f"same text as {original.source_path} (article {original.article_id})",
        stage=Stage.NORMALIZE,
        raw_sha256=article.raw_sha256,
        raw_bytes=article.raw_bytes,
    )


def built(dataset: Dataset) -> TableStore:
    """The dataset's tables (an error for a no-work summary's empty dataset)."""
    if dataset.store is None:
        raise ValueError("this dataset was not built (nothing changed): nothing to validate")
    return dataset.store


def quarantined(dataset: Dataset) -> list[QuarantineRecord]:
    """The quarantine table's rows, typed."""
    return dataset.rows("quarantine", QuarantineRecord)
