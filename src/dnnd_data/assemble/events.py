"""One ``events`` row from every article reporting an event: stated dates beat inferred ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dnnd_data.extract import dates
from dnnd_data.extract.events import EventDraft
from dnnd_data.schema.facts import DateBasis, Event, EventFormat, EventKind, EventScope


def merge_drafts(drafts: Sequence[EventDraft]) -> dict[str, object]:
    """One event's fields from every article reporting it; stated dates beat inferred ones."""
    ordered = sorted(drafts, key=lambda d: (_date_rank(d.held), d.article_id))
    first = ordered[0]
    held = next((d.held for d in ordered if d.held is not None), None)

    def pick(field: str) -> object:
        return next((getattr(d, field) for d in ordered if getattr(d, field) is not None), None)

    return {
        "event_id": first.event_id,
        "kind": EventKind(first.kind),
        "scope": EventScope(str(scope)) if (scope := pick("scope")) else None,
        "name": first.name,
        "review_year": first.review_year,
        "plan_year": first.plan_year,
        "held_on": held.value if held else None,
        "held_on_inferred": bool(held and held.inferred),
        "held_on_basis": DateBasis(held.basis) if held and held.value and held.basis else None,
        "held_on_quality": _quality(held, first, drafts),
        "locality": pick("locality"),
        "location": pick("location"),
        "organizer_org_id": pick("organizer_org_id"),
        "attendance_count": pick("attendance_count"),
        "attendance_qualifier": pick("attendance_qualifier"),
        "remote_sites_count": pick("remote_sites_count"),
        "format": EventFormat(str(f)) if (f := pick("format")) else None,
        "n_sources": len({d.article_id for d in drafts}),
        "conflicts": conflicts(drafts),
    }


def _date_rank(held: dates.DateValue | None) -> int:
    """How much an article's date says: stated, inferred, then none (a day without its
    year, which must not hide another article's whole date)."""
    if held is None or held.value is None:
        return 2
    return 1 if held.inferred else 0


def conflicts(drafts: Sequence[EventDraft]) -> list[str]:
    """The fields whose values, as the articles state them, differ."""
    stated: dict[str, set[str]] = {}
    for draft in drafts:
        for claim in draft.claims:
            if claim.value is not None:
                stated.setdefault(claim.field, set()).add(claim.value)
    return sorted(field for field, values in stated.items() if len(values) > 1)


def merged_value(event: Event, field: str) -> str | None:
    """An events column in the form of ``event_claims.value``."""
    value = getattr(event, field)
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _quality(
    held: dates.DateValue | None, first: EventDraft, drafts: Sequence[EventDraft]
) -> str | None:
    if held is None:
        return None
    if held.value is None:
        return held.problem
    problems = []
    window = (
        dates.plausible_window(first.review_year, *first.window)
        if first.window and first.review_year
        else None
    )
    if window and not window[0] <= held.value <= window[1]:
        start, end = window
        review_year = first.review_year
        how = "inferred" if held.inferred else "stated"
        problems.append(
            f"{how} date {held.value.isoformat()} is outside the plausible window "
            f"{start.isoformat()}..{end.isoformat()} for the review of {review_year}"
        )
    stated = {d.held.value for d in drafts if d.held and not d.held.inferred and d.held.value}
    if len(stated) > 1:
        problems.append("sources disagree: " + ", ".join(sorted(v.isoformat() for v in stated)))
    return "; ".join(problems) or None
