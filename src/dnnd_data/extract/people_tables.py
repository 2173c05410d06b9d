"""People, participations, awards and the position timeline, merged across articles.

Takes: per-article extractions and the merged events. Gives: rows of ``people``,
``participations``, ``awards`` and ``position_terms``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from dnnd_data.extract.article import ArticleExtraction
from dnnd_data.extract.people import ascii_name, person_id_for
from dnnd_data.extract.records import RecordSink
from dnnd_data.extract_models import Award, Event, Participation, Person, PositionTerm, Role
from dnnd_data.models import Record


def people_tables(
    extractions: Sequence[ArticleExtraction], events: Sequence[Event], sink: RecordSink
) -> dict[str, list[Record]]:
    """The four person-related tables; only for articles whose event was kept."""
    kept = {e.event_id for e in events}
    held = {e.event_id: e.held_on for e in events}
    participations: list[Participation] = []
    awards: list[Award] = []
    genders: dict[str, set[str | None]] = defaultdict(set)
    names: dict[str, str] = {}
    for extraction in extractions:
        if extraction.event is None or extraction.event.event_id not in kept:
            continue
        event_id = extraction.event.event_id
        for claim in extraction.roles:
            person_id = person_id_for(claim.name)
            names[person_id] = claim.name
            genders[person_id].add(claim.gender)
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
            if (
                row := sink.make(Participation, data, extraction.article_id, "participation")
            ) is not None:
                participations.append(row)
        for a in extraction.awards:
            data = {
                "event_id": event_id,
                "article_id": extraction.article_id,
                "award_type": a.award_type,
                "award_title": a.award_title,
                "recipient_kind": a.recipient_kind,
                "recipient_count": a.recipient_count,
                "recipient_org_id": a.recipient_org_id,
                "span_start": a.start,
                "span_end": a.end,
                "evidence": a.evidence,
            }
            if (award := sink.make(Award, data, extraction.article_id, "award")) is not None:
                awards.append(award)
    people = [
        Person(
            person_id=pid,
            full_name=name,
            name_ascii=ascii_name(name),
            gender=_one_gender(genders[pid]),
        )
        for pid, name in sorted(names.items())
    ]
    return {
        "people": list(people),
        "participations": list(participations),
        "awards": list(awards),
        "position_terms": list(position_terms(participations, held)),
    }


def _one_gender(stated: set[str | None]) -> str | None:
    known = {g for g in stated if g}
    return known.pop() if len(known) == 1 else None


def position_terms(
    participations: Sequence[Participation], held: dict[str, date | None]
) -> list[PositionTerm]:
    """Each (person, single title) with the first and last event dates it was stated at."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in participations:
        for title in (p.position or "").split(", "):
            if title:
                seen[(p.person_id, title)].add(p.event_id)
    terms = []
    for (person_id, title), event_ids in sorted(seen.items()):
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
