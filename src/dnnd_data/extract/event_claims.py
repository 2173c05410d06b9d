"""What one article states about its event, field by field, as written and where: the
date, the place, the organizer, the attendance and the format. The merged event keeps one
value per field; the claims keep every article's, so disagreements stay visible.

Takes: the article's text and sentences, the event's mentions and the draft built from
them. Gives: :class:`FieldClaim` objects (spans index the article's clean text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dnnd_data.extract.event_counts import attendance_match, format_phrase
from dnnd_data.extract.event_facts import date_mention_of
from dnnd_data.extract.event_mentions import EventMention
from dnnd_data.extract.event_place import location_span
from dnnd_data.extract.sentences import Sentences

if TYPE_CHECKING:
    from dnnd_data.extract.events import EventDraft

# The event fields an article can state, in the order claims are listed.
CLAIMED_FIELDS = ("held_on", "location", "organizer_org_id", "attendance_count", "format")


@dataclass(frozen=True)
class FieldClaim:
    """One field of the event as one article states it."""

    field: str
    written: str
    value: str | None
    start: int
    end: int
    evidence: str = ""


def claims_of(
    text: str,
    sentences: Sentences,
    mentions: Sequence[EventMention],
    main: EventMention,
    draft: EventDraft,
) -> tuple[FieldClaim, ...]:
    """The draft's stated fields with the words that state them."""
    claims: list[FieldClaim] = []

    def claim(field: str, value: str | None, start: int, end: int) -> None:
        evidence = sentences.evidence(start, end)
        claims.append(FieldClaim(field, text[start:end], value, start, end, evidence))

    if (when := date_mention_of(text, mentions, sentences)) is not None:
        held = draft.held.value if draft.held else None
        claim("held_on", held.isoformat() if held else None, when.start, when.end)
    if (where := location_span(text, mentions)) is not None:
        claim("location", draft.location, *where)
    if (org := draft.organizer) is not None:
        claim("organizer_org_id", org.org_id, org.start, org.end)
    if (count := attendance_match(text, sentences, main)) is not None:
        match, offset = count
        value = str(draft.attendance_count) if draft.attendance_count is not None else None
        claim("attendance_count", value, offset + match.start(), offset + match.end())
    if (form := format_phrase(text)) is not None:
        claim("format", form[0], form[1], form[2])
    return tuple(claims)
