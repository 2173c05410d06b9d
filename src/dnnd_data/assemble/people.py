"""People, participations, awards and the position timeline, merged across articles.

Takes: per-article extractions (streamed) and the merged events. Gives: rows of
``people``, ``participations``, ``awards`` and ``position_terms``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from dnnd_data.assemble.records import RecordSink
from dnnd_data.extract.canonical import ascii_name, canonical_title
from dnnd_data.extract.facts import ArticleExtraction
from dnnd_data.schema.base import Record
from dnnd_data.schema.facts import (
    Award,
    Event,
    Participation,
    Person,
    PersonMentionRow,
    PositionTerm,
    Role,
)
from dnnd_data.schema.ids import person_id_for


class PeopleTables:
    """Participations and awards per article, streamed; people and the position
    timeline once every article was seen. Only articles whose event was kept count."""

    def __init__(self, events: Sequence[Event], sink: RecordSink) -> None:
        self.sink = sink
        self.held = {e.event_id: e.held_on for e in events}
        self.genders: dict[str, set[str | None]] = defaultdict(set)
        self.names: dict[str, str] = {}
        self.timeline = PositionTimeline()

    def share(self, sink: RecordSink) -> PeopleTables:
        """Empty tables for a later share of the articles (the same events), whose rows
        another process makes; :meth:`absorb` takes back what it saw."""
        shared = PeopleTables([], sink)
        shared.held = self.held
        return shared

    def absorb(self, later: PeopleTables) -> None:
        """What a share of later articles saw, as if those articles came here next."""
        self.names.update(later.names)
        for person_id, genders in later.genders.items():
            self.genders[person_id] |= genders
        for key, event_ids in later.timeline.seen.items():
            self.timeline.seen[key] |= event_ids

    def article_rows(self, extraction: ArticleExtraction) -> dict[str, list[Record]]:
        """The ``person_mentions``, ``participations`` and ``awards`` rows of one article."""
        mentions = self._mentions(extraction)
        if extraction.event is None or extraction.event.event_id not in self.held:
            return {"person_mentions": mentions}
        event_id = extraction.event.event_id
        participations: list[Record] = []
        awards: list[Record] = []
        for claim in extraction.roles:
            person_id = person_id_for(claim.name)
            self.names[person_id] = claim.name
            self.genders[person_id].add(claim.gender)
            data = {
                "event_id": event_id,
                "person_id": person_id,
                "article_id": extraction.article_id,
                "role": Role(claim.role),
                "position": ", ".join(claim.positions) or None,
                "span_start": claim.start,
                "span_end": claim.end,
                "evidence": claim.evidence,
            }
            row = self.sink.make(Participation, data, extraction.article_id, "participation")
            if row is not None:
                participations.append(row)
                self.timeline.add(row)
        for a in extraction.awards:
            data = {
                "event_id": event_id,
                "article_id": extraction.article_id,
                "award_type": a.award_type,
                "award_title": a.award_title,
                "award_class": a.award_class,
                "recipient_kind": a.recipient_kind,
                "recipient_count": a.recipient_count,
                "recipient_org_id": a.recipient_org_id,
                "span_start": a.start,
                "span_end": a.end,
                "evidence": a.evidence,
            }
            if (award := self.sink.make(Award, data, extraction.article_id, "award")) is not None:
                awards.append(award)
        return {"person_mentions": mentions, "participations": participations, "awards": awards}

    def _mentions(self, extraction: ArticleExtraction) -> list[Record]:
        rows: list[Record] = []
        for mention in extraction.people:
            person_id = person_id_for(mention.name)
            self.names[person_id] = mention.name
            self.genders[person_id].add(mention.gender)
            data = {
                "person_id": person_id,
                "article_id": extraction.article_id,
                "position": ", ".join(mention.positions) or None,
                "span_start": mention.start,
                "span_end": mention.end,
                "evidence": mention.evidence,
            }
            row = self.sink.make(PersonMentionRow, data, extraction.article_id, "person_mention")
            if row is not None:
                rows.append(row)
        return rows

    def finish(self) -> dict[str, list[Record]]:
        """``people`` and ``position_terms``, from every article seen."""
        people: list[Record] = [
            Person(
                person_id=pid,
                full_name=name,
                name_ascii=ascii_name(name),
                gender=_one_gender(self.genders[pid]),
            )
            for pid, name in sorted(self.names.items())
        ]
        return {"people": people, "position_terms": list(self.timeline.terms(self.held))}


def _one_gender(stated: set[str | None]) -> str | None:
    known = {g for g in stated if g}
    return known.pop() if len(known) == 1 else None


class PositionTimeline:
    """Each (person, single title) and the events it was stated at."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], set[str]] = defaultdict(set)

    def add(self, participation: Participation) -> None:
        """Record the titles one participation states."""
        for title in (participation.position or "").split(", "):
            if title:
                key = (participation.person_id, canonical_title(title))
                self.seen[key].add(participation.event_id)

    def terms(self, held: dict[str, date | None]) -> list[PositionTerm]:
        """Each (person, title) with the first and last event dates it was stated at."""
        terms = []
        for (person_id, title), event_ids in sorted(self.seen.items()):
            dates = sorted(d for e in event_ids if (d := held.get(e)) is not None)
            terms.append(
                PositionTerm(
                    person_id=person_id,
                    position=title,
                    first_seen_on=dates[0] if dates else None,
                    last_seen_on=dates[-1] if dates else None,
                    events=len(event_ids),
                )
            )
        return terms
