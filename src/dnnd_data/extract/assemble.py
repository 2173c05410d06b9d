"""Merge per-article extractions into the extracted tables.

Takes: :class:`ArticleExtraction` objects of the articles kept after de-duplication.
Gives: rows of ``events``, ``event_sources``, ``organizations``, ``documents`` and
``document_mentions``, plus quarantine rows for records that fail their models.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from pydantic import ValidationError

from dnnd_data import lexicon
from dnnd_data.extract.article import ArticleExtraction
from dnnd_data.extract.documents import merge_citations
from dnnd_data.extract.events import EventDraft, merge_drafts
from dnnd_data.extract.people_tables import people_tables
from dnnd_data.extract_models import DocumentMention, Event, EventSource, Organization
from dnnd_data.models import QuarantineReason, QuarantineRecord, Record, Stage

T = TypeVar("T")


def assemble_extractions(
    extractions: Sequence[ArticleExtraction], source_paths: dict[str, str]
) -> tuple[dict[str, list[Record]], list[QuarantineRecord]]:
    """The extracted tables, and quarantine rows for records that failed validation."""
    quarantine: list[QuarantineRecord] = []

    def guarded(make: Callable[[], T], article_id: str, what: str) -> T | None:
        try:
            return make()
        except ValidationError as exc:
            error = exc.errors()[0]
            detail = f"{what}: {'.'.join(str(p) for p in error['loc'])}: {error['msg']}"
            quarantine.append(
                QuarantineRecord(
                    source_path=source_paths.get(article_id, article_id),
                    reason=QuarantineReason.INVALID_RECORD,
                    detail=detail,
                    stage=Stage.EXTRACT,
                    raw_sha256=None,
                    raw_bytes=None,
                )
            )
            return None

    tables: dict[str, list[Record]] = {
        "events": [],
        "event_sources": [],
        "organizations": _organizations(extractions),
        "documents": [],
        "document_mentions": [],
    }
    drafts: dict[str, list[EventDraft]] = defaultdict(list)
    for extraction in extractions:
        if extraction.event is not None:
            drafts[extraction.event.event_id].append(extraction.event)
    valid_events: set[str] = set()
    for event_id, group in sorted(drafts.items()):
        event = guarded(lambda g=group: merge_drafts(g), group[0].article_id, "event")  # type: ignore[misc]
        if event is None:
            continue
        valid_events.add(event_id)
        tables["events"].append(event)
        tables["event_sources"] += [
            EventSource(
                event_id=event_id,
                article_id=d.article_id,
                span_start=d.span_start,
                span_end=d.span_end,
                evidence=d.evidence,
            )
            for d in sorted(group, key=lambda d: d.article_id)
        ]
    citations = defaultdict(list)
    for extraction in extractions:
        reported = extraction.event.event_id if extraction.event else None
        for citation in extraction.citations:
            citations[citation.document_id].append(citation)
            tables["document_mentions"].append(
                DocumentMention(
                    document_id=citation.document_id,
                    article_id=extraction.article_id,
                    event_id=reported if reported in valid_events else None,
                    span_start=citation.start,
                    span_end=citation.end,
                    surface=citation.surface,
                    evidence=citation.evidence,
                )
            )
    tables["documents"] = [merge_citations(group) for _, group in sorted(citations.items())]
    events = [e for e in tables["events"] if isinstance(e, Event)]
    tables.update(people_tables(extractions, events))
    return tables, quarantine


def _organizations(extractions: Iterable[ArticleExtraction]) -> list[Record]:
    counts: dict[str, int] = defaultdict(int)
    for extraction in extractions:
        for mention in extraction.organizations:
            counts[mention.org_id] += 1
    rows: list[Record] = []
    for entry in lexicon.organizations().organizations:
        if counts.get(entry.id):
            rows.append(
                Organization(
                    org_id=entry.id,
                    name=entry.name,
                    acronym=entry.acronym,
                    aliases=list(entry.aliases),
                    kind=entry.kind,
                    n_mentions=counts[entry.id],
                )
            )
    return rows
