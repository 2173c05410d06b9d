"""Events an article reports: kind, years, date, place, organizer, attendance, format.

Takes: an article's clean text, its sentences and organization mentions. Gives: an
:class:`EventDraft` (one per article at most: the first event name wins) that
:func:`merge_drafts` later merges across articles into one ``events`` row.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from dnnd_data import lexicon
from dnnd_data.extract import dates
from dnnd_data.extract.organizations import OrgMention
from dnnd_data.extract.text import Sentences
from dnnd_data.extract_models import Event, EventFormat, EventKind
from dnnd_data.lexicon import EventKindEntry

ORGANIZER_GAP = re.compile(r" (?:đã )?(?:long trọng )?tổ chức")


@dataclass(frozen=True)
class EventDraft:
    """What one article says about the event it reports."""

    article_id: str
    kind: str
    review_year: int
    plan_year: int | None
    span_start: int
    span_end: int
    evidence: str
    held: dates.DateValue | None = None
    location: str | None = None
    organizer_org_id: str | None = None
    attendance_count: int | None = None
    attendance_qualifier: str | None = None
    remote_sites_count: int | None = None
    format: str | None = None

    @property
    def event_id(self) -> str:
        """Stable id: one annual review per reviewed year."""
        return event_id_for(self.kind, self.review_year)


def event_id_for(kind: str, review_year: int) -> str:
    """``e_`` + 12 hex digits of sha256 of kind and year."""
    return "e_" + hashlib.sha256(f"{kind}:{review_year}".encode()).hexdigest()[:12]


@cache
def _compiled() -> list[tuple[EventKindEntry, list[re.Pattern[str]]]]:
    out = []
    for entry in lexicon.events().kinds:
        patterns = [entry.pattern] + ([entry.fallback_pattern] if entry.fallback_pattern else [])
        out.append((entry, [re.compile(p) for p in patterns]))
    return out


def find_event_name(text: str) -> tuple[EventKindEntry, re.Match[str]] | None:
    """The first event name in the text (a fallback pattern only when no name is found)."""
    for entry, patterns in _compiled():
        for pattern in patterns:
            match = pattern.search(text)
            if match:
                return entry, match
    return None


def extract_event(
    article_id: str, text: str, sentences: Sentences, orgs: Sequence[OrgMention]
) -> EventDraft | None:
    """The event an article reports, or None."""
    found = find_event_name(text)
    if found is None:
        return None
    entry, match = found
    review = int(match.group("review"))
    plan = int(match.group("plan")) if match.group("plan") else None
    lex = lexicon.events()
    count, qualifier = _count(re.compile(lex.attendance_pattern), text)
    sites, _ = _count(re.compile(lex.remote_sites_pattern), text)
    return EventDraft(
        article_id=article_id,
        kind=entry.kind,
        review_year=review,
        plan_year=plan if plan is not None else review + 1,
        span_start=match.start(),
        span_end=match.end(),
        evidence=sentences.evidence(match.start(), match.end()),
        held=_held_on(text, review),
        location=_location(text),
        organizer_org_id=_organizer(text, orgs),
        attendance_count=count,
        attendance_qualifier=qualifier,
        remote_sites_count=sites,
        format=_format(text),
    )


def _held_on(text: str, review_year: int) -> dates.DateValue | None:
    lex = lexicon.events()
    match = re.search(lex.date_pattern, text, re.MULTILINE)
    if match is None:
        return None
    month = int(match.group("month"))
    fallback = dates.infer_year(month, review_year, lex.inference_first_month_of_review_year)
    return dates.from_match(match, fallback)


def _location(text: str) -> str | None:
    places = lexicon.events().places
    match = re.search(r"\btại (" + "|".join(re.escape(p) for p in places) + r")\b", text)
    return match.group(1) if match else None


def _organizer(text: str, orgs: Sequence[OrgMention]) -> str | None:
    for org in orgs:
        if ORGANIZER_GAP.match(text, org.end):
            return org.org_id
    return None


def _count(pattern: re.Pattern[str], text: str) -> tuple[int | None, str | None]:
    match = pattern.search(text)
    if match is None:
        return None, None
    qualifier = match.group("qualifier")
    return int(match.group("count").replace(".", "")), qualifier.lower() if qualifier else None


def _format(text: str) -> str | None:
    for name, phrases in lexicon.events().formats.items():
        if any(phrase in text for phrase in phrases):
            return name
    return None


def merge_drafts(drafts: Sequence[EventDraft]) -> Event:
    """One event from every article reporting it; stated dates beat inferred ones."""
    ordered = sorted(drafts, key=lambda d: (d.held is None or d.held.inferred, d.article_id))
    first = ordered[0]
    entry = next(e for e, _ in _compiled() if e.kind == first.kind)
    held = next((d.held for d in ordered if d.held is not None), None)

    def pick(field: str) -> object:
        return next((getattr(d, field) for d in ordered if getattr(d, field) is not None), None)

    plan = first.plan_year
    return Event.model_validate(
        {
            "event_id": first.event_id,
            "kind": EventKind(first.kind),
            "name": entry.name_template.format(review=first.review_year, plan=plan),
            "review_year": first.review_year,
            "plan_year": plan,
            "held_on": held.value if held else None,
            "held_on_inferred": bool(held and held.inferred),
            "held_on_quality": _quality(held, first.review_year, entry, drafts),
            "location": pick("location"),
            "organizer_org_id": pick("organizer_org_id"),
            "attendance_count": pick("attendance_count"),
            "attendance_qualifier": pick("attendance_qualifier"),
            "remote_sites_count": pick("remote_sites_count"),
            "format": EventFormat(str(f)) if (f := pick("format")) else None,
            "n_sources": len({d.article_id for d in drafts}),
        }
    )


def _quality(
    held: dates.DateValue | None,
    review_year: int,
    entry: EventKindEntry,
    drafts: Sequence[EventDraft],
) -> str | None:
    if held is None:
        return None
    if held.value is None:
        return held.problem
    start, end = dates.plausible_window(review_year, entry.window_start, entry.window_end)
    problems = []
    if not start <= held.value <= end:
        how = "inferred" if held.inferred else "stated"
        problems.append(
            f"{how} date {held.value.isoformat()} is outside the plausible window "
            f"{start.isoformat()}..{end.isoformat()} for the review of {review_year}"
        )
    stated = {d.held.value for d in drafts if d.held and not d.held.inferred and d.held.value}
    if len(stated) > 1:
        problems.append("sources disagree: " + ", ".join(sorted(v.isoformat() for v in stated)))
    return "; ".join(problems) or None
