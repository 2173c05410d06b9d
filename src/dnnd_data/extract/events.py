"""Events an article reports: kind, years, date, place, organizer, attendance, format.

Takes: an article's clean text, its sentences and organization mentions. Gives: an
:class:`EventDraft` (one per article at most: the first event name wins) that
:func:`merge_drafts` later merges across articles into one ``events`` row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.lexicon import EventKindEntry
from dnnd_data.extract.organizations import OrgMention
from dnnd_data.extract.sentences import Sentences
from dnnd_data.schema.ids import event_id_for

# "X tổ chức", "X đã tổ chức", "X phối hợp với Y tổ chức": the organizer is X.
ORGANIZER_GAP = re.compile(r" (?:đã )?(?:phối hợp với [^.;]{3,90}? )?(?:long trọng )?tổ chức")


@dataclass(frozen=True)
class EventDraft:
    """What one article says about the event it reports."""

    article_id: str
    kind: str
    identity: str
    name: str
    review_year: int | None
    plan_year: int | None
    span_start: int
    span_end: int
    evidence: str
    held: dates.DateValue | None = None
    window: tuple[str, str] | None = None
    locality: str | None = None
    location: str | None = None
    organizer_org_id: str | None = None
    attendance_count: int | None = None
    attendance_qualifier: str | None = None
    remote_sites_count: int | None = None
    format: str | None = None

    @property
    def event_id(self) -> str:
        """Stable id from the kind and its identity fields (e.g. the year reviewed)."""
        return event_id_for(self.kind, self.identity)


@dataclass(frozen=True)
class _Patterns:
    date: re.Pattern[str]
    attendance: re.Pattern[str]
    remote_sites: re.Pattern[str]
    location: re.Pattern[str]
    locality: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """The lexicon's event patterns, compiled once (they run on every article)."""
    lex = lexicon.events()
    places = "|".join(re.escape(p) for p in lex.places)
    return _Patterns(
        date=re.compile(lex.date_pattern, re.MULTILINE),
        attendance=re.compile(lex.attendance_pattern),
        remote_sites=re.compile(lex.remote_sites_pattern),
        location=re.compile(rf"\btại ({places})\b"),
        locality=re.compile(lex.locality_pattern),
    )


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
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    review = int(groups["review"]) if "review" in groups else None
    plan = int(groups["plan"]) if "plan" in groups else (review + 1 if review else None)
    sentence_start, _ = sentences.around(match.start(), match.end())
    locality = _locality(text[sentence_start : match.start()]) if entry.local_kind else None
    kind = entry.local_kind if locality and entry.local_kind else entry.kind
    template = (
        entry.local_name_template if locality and entry.local_name_template else entry.name_template
    )
    count, qualifier = _count(_patterns().attendance, text)
    sites, _ = _count(_patterns().remote_sites, text)
    held = _held_on(text, review)
    organizer = _organizer(text, orgs)
    facts: dict[str, object] = {
        **groups,
        "review": review,
        "plan": plan,
        "locality": locality or "",
        "organizer": organizer or "",
        "held_year": held.value.year if held and held.value else "",
    }
    window = (
        (entry.window_start, entry.window_end) if entry.window_start and entry.window_end else None
    )
    return EventDraft(
        article_id=article_id,
        kind=kind,
        identity="|".join(str(facts.get(key, "")) for key in entry.identity),
        name=template.format(**{**facts, "subject": groups.get("subject", "")}),
        review_year=review,
        plan_year=plan,
        span_start=match.start(),
        span_end=match.end(),
        evidence=sentences.evidence(match.start(), match.end()),
        held=held,
        window=window,
        locality=locality,
        location=_location(text) or locality,
        organizer_org_id=organizer,
        attendance_count=count,
        attendance_qualifier=qualifier,
        remote_sites_count=sites,
        format=_format(text),
    )


def _locality(before_name: str) -> str | None:
    match = _patterns().locality.search(before_name)
    return match.group("locality") if match else None


def _held_on(text: str, review_year: int | None) -> dates.DateValue | None:
    lex = lexicon.events()
    match = _patterns().date.search(text)
    if match is None:
        return None
    month = int(match.group("month"))
    fallback = (
        dates.infer_year(month, review_year, lex.inference_first_month_of_review_year)
        if review_year
        else None
    )
    return dates.from_match(match, fallback)


def _location(text: str) -> str | None:
    match = _patterns().location.search(text)
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
