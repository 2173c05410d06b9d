"""Merge per-article extractions into the extracted tables.

Takes: :class:`ArticleExtraction` objects of the articles kept after de-duplication.
Gives: rows of ``events``, ``event_sources``, ``organizations``, ``documents``,
``document_mentions`` and the person tables, plus quarantine rows for values and records
that fail their models (see :class:`RecordSink`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from dnnd_data import lexicon
from dnnd_data.extract.article import ArticleExtraction
from dnnd_data.extract.documents import DocumentCitation, merge_citations
from dnnd_data.extract.events import EventDraft, merge_drafts
from dnnd_data.extract.people_tables import people_tables
from dnnd_data.extract.records import RecordSink
from dnnd_data.extract_models import (
    Document,
    DocumentMention,
    Event,
    EventSource,
    Organization,
)
from dnnd_data.models import QuarantineRecord, Record


def assemble_extractions(
    extractions: Sequence[ArticleExtraction], source_paths: dict[str, str]
) -> tuple[dict[str, list[Record]], list[QuarantineRecord]]:
    """The extracted tables, and quarantine rows for what failed validation."""
    sink = RecordSink(source_paths)
    events, sources = _events(extractions, sink)
    tables: dict[str, list[Record]] = {
        "events": list(events),
        "event_sources": list(sources),
        "organizations": _organizations(extractions),
        **_documents(extractions, {e.event_id for e in events}, sink),
    }
    tables.update(people_tables(extractions, events, sink))
    return tables, sink.quarantine


def _events(
    extractions: Sequence[ArticleExtraction], sink: RecordSink
) -> tuple[list[Event], list[EventSource]]:
    drafts: dict[str, list[EventDraft]] = defaultdict(list)
    for extraction in extractions:
        if extraction.event is not None:
            drafts[extraction.event.event_id].append(extraction.event)
    events: list[Event] = []
    sources: list[EventSource] = []
    for event_id, group in sorted(drafts.items()):
        event = sink.make(Event, merge_drafts(group), group[0].article_id, "event")
        if event is None:
            continue
        events.append(event)
        for d in sorted(group, key=lambda d: d.article_id):
            source = {
                "event_id": event_id,
                "article_id": d.article_id,
                "span_start": d.span_start,
                "span_end": d.span_end,
                "evidence": d.evidence,
            }
            if (row := sink.make(EventSource, source, d.article_id, "event_source")) is not None:
                sources.append(row)
    return events, sources


def _documents(
    extractions: Sequence[ArticleExtraction], kept_events: set[str], sink: RecordSink
) -> dict[str, list[Record]]:
    by_document: dict[str, list[DocumentCitation]] = defaultdict(list)
    first_article: dict[str, str] = {}
    mentions: list[Record] = []
    for extraction in extractions:
        reported = extraction.event.event_id if extraction.event else None
        for citation in extraction.citations:
            by_document[citation.document_id].append(citation)
            first_article.setdefault(citation.document_id, extraction.article_id)
            data = {
                "document_id": citation.document_id,
                "article_id": extraction.article_id,
                "event_id": reported if reported in kept_events else None,
                "span_start": citation.start,
                "span_end": citation.end,
                "surface": citation.surface,
                "evidence": citation.evidence,
            }
            row = sink.make(DocumentMention, data, extraction.article_id, "document_mention")
            if row is not None:
                mentions.append(row)
    documents: list[Record] = []
    for document_id, group in sorted(by_document.items()):
        doc = sink.make(Document, merge_citations(group), first_article[document_id], "document")
        if doc is not None:
            documents.append(doc)
    return {"documents": documents, "document_mentions": mentions}


def _organizations(extractions: Iterable[ArticleExtraction]) -> list[Record]:
    counts: dict[str, int] = defaultdict(int)
    for extraction in extractions:
        for mention in extraction.organizations:
            counts[mention.org_id] += 1
    return [
        Organization(
            org_id=entry.id,
            name=entry.name,
            acronym=entry.acronym,
            aliases=list(entry.aliases),
            kind=entry.kind,
            n_mentions=counts[entry.id],
        )
        for entry in lexicon.organizations().organizations
        if counts.get(entry.id)
    ]
