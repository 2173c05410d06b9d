"""Merge per-article extractions into the extracted tables, streaming over the articles.

Takes: :class:`ArticleExtraction` objects of the articles kept after de-duplication, twice
and in the same order: pass 1 (:meth:`ExtractionAssembler.observe`) folds what spans
articles, pass 2 (:meth:`ExtractionAssembler.article_rows`) gives each article's rows.
Gives: rows of ``events``, ``event_sources``, ``organizations``, ``documents``,
``document_mentions`` and the person tables, plus quarantine rows for values and records
that fail their models (see :class:`RecordSink`). Memory grows with events, documents and
people, not with articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import replace

from dnnd_data.assemble.documents import CitationFold
from dnnd_data.assemble.event_split import split_by_month
from dnnd_data.assemble.events import merge_drafts, merged_value
from dnnd_data.assemble.people import PeopleTables
from dnnd_data.assemble.records import RecordSink
from dnnd_data.extract import lexicon
from dnnd_data.extract.event_claims import CLAIMED_FIELDS
from dnnd_data.extract.events import EventDraft
from dnnd_data.extract.facts import ArticleExtraction
from dnnd_data.schema.articles import QuarantineRecord
from dnnd_data.schema.base import Record
from dnnd_data.schema.documents import Document, DocumentMention
from dnnd_data.schema.facts import (
    Event,
    EventClaim,
    EventSource,
    Organization,
    OrganizationMention,
)


def merging_view(extraction: ArticleExtraction) -> ArticleExtraction:
    """What pass 1 reads of an article: its event draft, citations and organizations,
    without sentences and without people (a few hundred bytes: the outcome store keeps it
    ahead of the whole outcome, so pass 1 need not read the whole; merging reads no
    evidence, and a draft kept per article stays small)."""
    event = extraction.event
    if event is not None:
        claims = tuple(replace(c, written="", evidence="") for c in event.claims)
        organizer = replace(event.organizer, evidence="") if event.organizer else None
        event = replace(event, evidence="", claims=claims, organizer=organizer)
    return ArticleExtraction(
        article_id=extraction.article_id,
        event=event,
        citations=tuple(replace(c, evidence="") for c in extraction.citations),
        organizations=tuple(o.with_evidence("") for o in extraction.organizations),
    )


class ExtractionAssembler:
    """Two passes over the kept articles' extractions, in article order."""

    def __init__(self, source_paths: Mapping[str, str]) -> None:
        self.sink = RecordSink(source_paths)
        self._drafts: dict[str, list[EventDraft]] = defaultdict(list)
        self._documents: dict[str, tuple[str, CitationFold]] = {}
        self._org_mentions: Counter[str] = Counter()
        # org id -> (canonical name, acronym, kind, spellings seen)
        self._orgs: dict[str, tuple[str, str | None, str, set[str]]] = {}
        # Each kept event's merged values of the fields articles claim (CLAIMED_FIELDS
        # order): all pass 2 needs of the events, a few strings each, not the records.
        self._kept_events: dict[str, tuple[str | None, ...]] = {}
        # The identity of each article whose event merging told apart from the rest of its
        # id's reports (held in another month): pass 2 gives its rows that event's id.
        self._moved: dict[str, str] = {}
        self._people: PeopleTables | None = None

    def observe(self, extraction: ArticleExtraction) -> None:
        """Pass 1: fold one article's event draft, citations and organization mentions,
        from its :func:`merging_view` (a whole extraction gives the same tables, but its
        drafts keep their sentences in memory until :meth:`merge`)."""
        if extraction.event is not None:
            self._drafts[extraction.event.event_id].append(extraction.event)
        for citation in extraction.citations:
            if citation.document_id not in self._documents:
                self._documents[citation.document_id] = (
                    extraction.article_id,
                    CitationFold(replace(citation, surface="")),
                )
            self._documents[citation.document_id][1].add(citation)
        once = {(m.start, m.org_id): m for m in reversed(extraction.organizations)}
        for mention in sorted(once.values(), key=lambda m: (m.start, m.org_id)):
            # Counted like the organization_mentions rows: once per place.
            self._org_mentions[mention.org_id] += 1
            known = self._orgs.setdefault(
                mention.org_id,
                (mention.name or mention.surface, mention.acronym, mention.kind, set()),
            )
            known[3].add(mention.surface)

    def merge(self) -> dict[str, list[Record]]:
        """After pass 1: ``events``, ``documents`` and ``organizations``."""
        events: list[Event] = []
        for event_id, group in sorted(self._drafts.items()):
            for part in split_by_month(group):
                if part[0].event_id != event_id:
                    self._moved.update((d.article_id, d.identity) for d in part)
                event = self.sink.make(Event, merge_drafts(part), part[0].article_id, "event")
                if event is not None:
                    events.append(event)
        self._drafts.clear()
        self._kept_events = {
            e.event_id: tuple(merged_value(e, field) for field in CLAIMED_FIELDS) for e in events
        }
        self._people = PeopleTables(events, self.sink)
        documents: list[Record] = []
        for _, (first_article, fold) in sorted(self._documents.items()):
            if (
                doc := self.sink.make(Document, fold.fields(), first_article, "document")
            ) is not None:
                documents.append(doc)
        return {
            "events": list(events),
            "documents": documents,
            "organizations": self._organizations(),
        }

    def share(self, source_paths: Mapping[str, str]) -> ExtractionAssembler:
        """After :meth:`merge`: an assembler for a later share of pass 2 (the articles of
        ``source_paths``), to run in another process and :meth:`absorb` back: the merged
        events, nothing of pass 1's folds, its own quarantine."""
        if self._people is None:
            raise RuntimeError("share() needs merge() first")
        shared = ExtractionAssembler(source_paths)
        shared._kept_events = self._kept_events
        shared._moved = self._moved
        shared._people = self._people.share(shared.sink)
        return shared

    def handed_back(self) -> ExtractionAssembler:
        """What :meth:`absorb` reads of a share after its pass 2: its people state and
        quarantine (the merged events it was given need not cross back)."""
        back = ExtractionAssembler({})
        back._people, back.sink.quarantine = self._people, self.sink.quarantine
        return back

    def absorb(self, later: ExtractionAssembler) -> None:
        """Take back a share's state after its pass 2, as if its articles came here next."""
        if self._people is None or later._people is None:
            raise RuntimeError("absorb() needs merge() first")
        self._people.absorb(later._people)
        self.sink.quarantine += later.sink.quarantine

    def article_rows(self, extraction: ArticleExtraction) -> dict[str, list[Record]]:
        """Pass 2 (after :meth:`merge`): one article's ``event_sources``,
        ``document_mentions``, ``participations`` and ``awards`` rows."""
        if self._people is None:
            raise RuntimeError("article_rows() needs merge() first")
        draft = extraction.event
        if draft is not None and draft.article_id in self._moved:
            draft = replace(draft, identity=self._moved[draft.article_id])
            extraction = replace(extraction, event=draft)
        reported = draft.event_id if draft and draft.event_id in self._kept_events else None
        sources: list[Record] = []
        if draft is not None and reported is not None:
            source = {
                "event_id": reported,
                "article_id": draft.article_id,
                "span_start": draft.span_start,
                "span_end": draft.span_end,
                "evidence": draft.evidence,
            }
            if (
                row := self.sink.make(EventSource, source, draft.article_id, "event_source")
            ) is not None:
                sources.append(row)
        mentions: list[Record] = []
        for citation in extraction.citations:
            data = {
                "document_id": citation.document_id,
                "article_id": extraction.article_id,
                "event_id": reported,
                "span_start": citation.start,
                "span_end": citation.end,
                "surface": citation.surface,
                "evidence": citation.evidence,
            }
            mention = self.sink.make(
                DocumentMention, data, extraction.article_id, "document_mention"
            )
            if mention is not None:
                mentions.append(mention)
        return {
            "event_sources": sources,
            "event_claims": self._claims(draft, reported),
            "document_mentions": mentions,
            "organization_mentions": self._organization_mentions(extraction, reported),
            **self._people.article_rows(extraction),
        }

    def finish(self) -> dict[str, list[Record]]:
        """After pass 2: ``people`` and ``position_terms``."""
        if self._people is None:
            raise RuntimeError("finish() needs merge() first")
        return self._people.finish()

    @property
    def quarantine(self) -> list[QuarantineRecord]:
        """Values and records that failed their models."""
        return self.sink.quarantine

    def _claims(self, draft: EventDraft | None, reported: str | None) -> list[Record]:
        """What the article states about its event, field by field."""
        if draft is None or reported is None:
            return []
        merged = dict(zip(CLAIMED_FIELDS, self._kept_events[reported], strict=True))
        rows: list[Record] = []
        for claim in draft.claims:
            data = {
                "event_id": reported,
                "article_id": draft.article_id,
                "field": claim.field,
                "written": claim.written,
                "value": claim.value,
                "matches_event": claim.value is not None and claim.value == merged.get(claim.field),
                "span_start": claim.start,
                "span_end": claim.end,
                "evidence": claim.evidence,
            }
            row = self.sink.make(EventClaim, data, draft.article_id, "event_claim")
            if row is not None:
                rows.append(row)
        return rows

    def _organization_mentions(
        self, extraction: ArticleExtraction, reported: str | None
    ) -> list[Record]:
        """Each organization named in the article, once per place (the organizer found by
        the event grammar and by the lexicon at the same place is one row)."""
        draft = extraction.event
        organizer = draft.organizer if draft is not None and reported is not None else None
        seen: set[tuple[int, str]] = set()
        rows: list[Record] = []
        for mention in extraction.organizations:
            if (mention.start, mention.org_id) in seen:
                continue
            seen.add((mention.start, mention.org_id))
            data = {
                "org_id": mention.org_id,
                "article_id": extraction.article_id,
                "event_id": reported,
                "is_organizer": organizer is not None
                and (organizer.start, organizer.org_id) == (mention.start, mention.org_id),
                "span_start": mention.start,
                "span_end": mention.end,
                "surface": mention.surface,
                "evidence": mention.evidence,
            }
            row = self.sink.make(
                OrganizationMention, data, extraction.article_id, "organization_mention"
            )
            if row is not None:
                rows.append(row)
        return rows

    def _organizations(self) -> list[Record]:
        """Every organization mentioned: its canonical name, acronym, kind, and every
        spelling seen (the lexicon's aliases too)."""
        lexicon_entries = {e.id: e for e in lexicon.organizations().organizations}
        rows: list[Record] = []
        for org_id, (name, acronym, kind, seen) in sorted(self._orgs.items()):
            entry = lexicon_entries.get(org_id)
            spellings = set(seen) | set(entry.aliases if entry else ())
            aliases = sorted(s for s in spellings if s not in {name, acronym})
            row = self.sink.make(
                Organization,
                {
                    "org_id": org_id,
                    "name": name,
                    "acronym": acronym,
                    "aliases": aliases,
                    "kind": kind,
                    "n_mentions": self._org_mentions[org_id],
                },
                "",
                "organization",
            )
            if row is not None:
                rows.append(row)
        return rows
