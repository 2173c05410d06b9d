"""Assembly in a process of its own, for large builds.

Takes: what :func:`~dnnd_data.assemble.dataset.assemble` takes, the store being the build's
own. Gives: the same :class:`Dataset`. Assembly folds every article into merged state and
leaves memory behind that the allocators keep (about 6 KiB per article); done in a spawned
process that then exits, none of it stays in the process that goes on to validate and
publish. The child writes its chunks into the build's store folder, going on from the
store's row counts, and the store adopts them: the same rows, positions and files as
assembling here. When the process cannot start or dies, this process assembles the same
way, into the store attached to itself.
"""

from __future__ import annotations

from dnnd_data.assemble.dataset import Dataset, assemble
from dnnd_data.assemble.index import ArticleIndex, IndexEntry
from dnnd_data.assemble.table_store import StoreState, TableStore
from dnnd_data.collector import fewer_collections
from dnnd_data.ingest.discover import Discovery
from dnnd_data.pipeline.process import OutcomeReader
from dnnd_data.processes import ProcessAhead
from dnnd_data.schema.tables import TableSpec
from dnnd_data.settings import Settings

# From this many indexed files on, assembly runs in a process of its own (its start-up,
# about a second of imports, is small beside what it saves).
APART_FROM_FILES = 5_000


def assemble_here_or_apart(
    discovery: Discovery, index: ArticleIndex, settings: Settings, store: TableStore
) -> Dataset:
    """Assemble in this process, or (for a large build) in a process of its own."""
    if len(index.entries) < APART_FROM_FILES:
        return assemble(discovery, index, settings, store, OutcomeReader(settings))
    entries = index.take()
    specs = tuple(store.specs.values())
    with ProcessAhead() as process:
        state, raw_paths, reused = process.run(
            _assemble, discovery, entries, settings, store.state(), specs
        )
    store.adopt(state)
    return Dataset(store, raw_paths, reused)


def _assemble(
    discovery: Discovery,
    entries: list[IndexEntry],
    settings: Settings,
    owner: StoreState,
    specs: tuple[TableSpec, ...],
) -> tuple[StoreState, list[str], int]:
    """In the child: assemble into the owner's store; where the rows went."""
    store = TableStore.attached(owner, specs)
    with fewer_collections():
        dataset = assemble(
            discovery, ArticleIndex(entries), settings, store, OutcomeReader(settings)
        )
    return store.state(), dataset.raw_paths, dataset.reused_articles
