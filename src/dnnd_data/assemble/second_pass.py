"""Assembly's second pass (each article's rows), shared with a helper process when large.

Takes: the kept articles' index entries, the assembler after its merge, the table store
and the outcome reader. Gives: the rows in the store, the outcomes' quarantine notes, and
the assembler's people state, as one pass in article order would. A large build gives the
later half of the articles to a helper process (:class:`~dnnd_data.processes.ProcessAhead`,
started before pass 1 so its imports run meanwhile): that half's rows go into the store
attached as a share, whose rows sort after this process's; the assembler absorbs what the
helper's saw. The tables come out the same, byte for byte, as from one pass here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from dnnd_data.assemble.assembler import ExtractionAssembler
from dnnd_data.assemble.index import ArticleOutcome, IndexEntry
from dnnd_data.assemble.table_store import StoreState, TableStore
from dnnd_data.collector import fewer_collections
from dnnd_data.extract.facts import ArticleExtraction
from dnnd_data.processes import ProcessAhead, importing
from dnnd_data.schema.articles import Article, QuarantineRecord
from dnnd_data.schema.tables import TableSpec

# From this many kept articles on, half of the second pass runs in a helper process (its
# start-up, about a second of imports, runs during the first pass).
SHARE_FROM_ARTICLES = 4_000


class OutcomeSource(Protocol):
    """Where assembly reads each indexed article's outcome back (the pipeline's outcome
    store, which processes a file again when its entry is gone)."""

    def load(self, entry: IndexEntry) -> tuple[ArticleOutcome, Article]:
        """The outcome of an indexed article, and its article."""
        ...

    def merging_view(self, entry: IndexEntry) -> ArticleExtraction | None:
        """What the first pass reads of the indexed article's extraction."""
        ...

    def text(self, entry: IndexEntry) -> str:
        """The indexed article's clean text."""
        ...


def helper_for(articles: int, share_from: int | None = None) -> ProcessAhead | None:
    """A helper process for the second pass of this many articles (None: fewer than
    ``share_from``, by default :data:`SHARE_FROM_ARTICLES`), which imports this module
    at once."""
    threshold = SHARE_FROM_ARTICLES if share_from is None else share_from
    return ProcessAhead(importing(__name__)) if articles >= threshold else None


def second_pass(
    kept: Sequence[IndexEntry],
    assembler: ExtractionAssembler,
    store: TableStore,
    reader: OutcomeSource,
    helper: ProcessAhead | None,
) -> list[QuarantineRecord]:
    """Every kept article's rows into ``store``; returns the outcomes' quarantine notes."""
    if helper is None or len(kept) < 2:
        return article_rows(kept, assembler, store, reader)
    here, there = kept[: len(kept) // 2], kept[len(kept) // 2 :]
    started = store.state()
    share = assembler.share({e.article_id: e.source_path for e in there if e.article_id})
    specs = tuple(store.specs.values())
    wait = helper.start(_share_rows, there, share, started, reader, specs)
    notes = article_rows(here, assembler, store, reader)
    shared_state, shared, shared_notes = wait()
    store.adopt_share(started, shared_state)
    assembler.absorb(shared)
    return notes + shared_notes


def article_rows(
    entries: Sequence[IndexEntry],
    assembler: ExtractionAssembler,
    store: TableStore,
    reader: OutcomeSource,
) -> list[QuarantineRecord]:
    """The rows of these articles, in order, into ``store``; their quarantine notes."""
    notes: list[QuarantineRecord] = []
    for entry in entries:
        outcome, article = reader.load(entry)
        store.add("articles", [article])
        store.add("boilerplate_lines", outcome.boilerplate)
        notes += outcome.notes
        if outcome.extraction is not None:
            for name, rows in assembler.article_rows(outcome.extraction).items():
                store.add(name, rows)
    return notes


def _share_rows(
    entries: Sequence[IndexEntry],
    share: ExtractionAssembler,
    owner: StoreState,
    reader: OutcomeSource,
    specs: tuple[TableSpec, ...],
) -> tuple[StoreState, ExtractionAssembler, list[QuarantineRecord]]:
    """In the helper: the share's rows into the owner's store, attached as a share."""
    store = TableStore.attached(owner, specs, share=True)
    with fewer_collections():
        notes = article_rows(entries, share, store, reader)
    return store.state(), share.handed_back(), notes
