"""The event an article reports, recognised from the grammar of news leads.

Takes: an article's clean text (hard wraps undone), its sentences, dateline and people.
Gives: an :class:`EventDraft` (one per article at most, the first event the article
reports) or None. An event is reported as

- ``[Sáng 16/1,] [tại <place>,] <organizer> (phối hợp với <org>) (đã) tổ chức <event>``,
- ``<event> (đã) diễn ra / được tổ chức / khai mạc (tại <place>) (ngày <date>)``,
- ``(đã) diễn ra / tham gia <event>``, or ``Tham dự <event> có ...`` (a lead cut off),
- ``<person> (đã) trao <award>`` (an award ceremony).

The event name's head and words decide its kind (``lexicons/events.yaml``); dates, place,
organizer and attendance come from the sentences that report it. A page that reports
events of three or more different years is a chronicle (an organisation's history), not a
report: it yields no event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.event_chronicle import is_chronicle
from dnnd_data.extract.event_claims import FieldClaim, claims_of
from dnnd_data.extract.event_counts import attendance_of, count_of, format_of
from dnnd_data.extract.event_facts import held_on, scope_of
from dnnd_data.extract.event_identity import event_identity
from dnnd_data.extract.event_locality import article_province, locality_of, visited_abroad
from dnnd_data.extract.event_mentions import EventMention, find_event_mentions
from dnnd_data.extract.event_naming import ends_as_a_sentence, named_mention
from dnnd_data.extract.event_organizer import organizer_of
from dnnd_data.extract.event_place import location_of
from dnnd_data.extract.event_receptions import DELEGATION, meets_foreign_people
from dnnd_data.extract.organizations import OrgMention, find_organizations, names_no_place
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.sentences import Sentences
from dnnd_data.schema.ids import event_id_for


@dataclass(frozen=True)
class EventDraft:
    """What one article says about the event it reports."""

    article_id: str
    kind: str
    scope: str | None
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
    organizer: OrgMention | None = None
    attendance_count: int | None = None
    attendance_qualifier: str | None = None
    remote_sites_count: int | None = None
    format: str | None = None
    claims: tuple[FieldClaim, ...] = ()

    @property
    def event_id(self) -> str:
        """Stable id from the kind and its identity fields."""
        return event_id_for(self.kind, self.identity)

    @property
    def organizer_org_id(self) -> str | None:
        """The organizer's id."""
        return self.organizer.org_id if self.organizer else None

    @property
    def years(self) -> frozenset[int]:
        """The years the event is of: its day's, the one it reviews or plans, its name's."""
        held = self.held.value.year if self.held and self.held.value else None
        named = (int(y) for y in re.findall(rf"(?<!\d){dates.YEAR}(?!\d)", self.name))
        return frozenset(y for y in (held, self.review_year, self.plan_year, *named) if y)


def extract_event(
    article_id: str,
    text: str,
    sentences: Sentences,
    published_on: date | None = None,
    web_addresses: tuple[str, ...] = (),
) -> EventDraft | None:
    """The event an article reports, or None. ``published_on`` (from the article's
    sidecar) anchors a year when the text has no dateline; ``web_addresses`` (the outlet's
    tag or URL host) may name a provincial newspaper."""
    mentions = find_event_mentions(text, sentences)
    if not mentions or is_chronicle(text, mentions, sentences):
        return None
    ranked = sorted(mentions, key=lambda m: m.grammar in {"opening", "award_undated", "chaired"})
    main = ranked[0]
    lead = text[main.sentence[0] : main.sentence[1]]
    stamp = dates.stamp_at_start(lead) or dates.place_dateline_at_start(lead)
    published = (
        (stamp.full if stamp else None) or dates.publication_date(text, main.start) or published_on
    )
    same = [m for m in mentions if m is main or _same_head(m, main) or _refers_back(m, main)]
    named = named_mention(text, main, mentions, same, sentences)
    parts = _parts_of(text, named)
    name, phrase, sentence = parts["name"], parts["phrase"], parts["sentence"]
    province = article_province(text)
    organizer = organizer_of(text, same, sentences, province)
    scope = scope_of(_host(text, main) or name, organizer, sentence, province)
    kind = _kind(named, parts, scope, text)
    if kind == "other":
        # A headline names the event shortly ("Hội nghị giao ban các hội thành viên"); the
        # lead reporting it again may say its kind ("... 6 tháng đầu năm 2024").
        again = _kind_reported_again(text, same, named, scope)
        if again is not None:
            kind, phrase, sentence = again
    compiled = lexicon.events().compiled
    # The year reviewed may be said before the event is named ("Báo cáo tổng kết công
    # tác ... năm 2020 ... tại Hội nghị"): read the whole sentence.
    reviewed = _reviewed(compiled, sentence) if "review" in kind else None
    review = reviewed.year if reviewed else None
    plan = _year(compiled["plan_year"], phrase)
    held = held_on(
        text, same, main, review=reviewed, name=name, published=published, sentences=sentences
    )
    count, qualifier = attendance_of(text, sentences, main)
    sites, _ = count_of(compiled["remote_sites"], text)
    location = location_of(text, same)
    draft = EventDraft(
        article_id=article_id,
        kind=kind,
        scope=scope,
        identity="",
        name=name[:300],
        review_year=review,
        plan_year=plan if review is None or (plan and plan > review) else None,
        span_start=main.start,
        span_end=max(main.end, main.start + 1),
        evidence=text[main.sentence[0] : main.sentence[1]],
        held=held,
        window=("12-01", "03-31") if kind == "annual_review" else None,
        locality=locality_of(
            scope,
            organizer,
            location,
            province,
            text,
            web_addresses=web_addresses,
            visits_abroad=_visits_abroad(text, main),
            lead=lead,
        ),
        location=location,
        organizer=organizer,
        attendance_count=count,
        attendance_qualifier=qualifier,
        remote_sites_count=sites,
        format=format_of(text),
    )
    if province is None and organizer and draft.locality and names_no_place(organizer.name):
        # The locality found another way (headline, outlet) completes a bare "... tỉnh".
        draft = replace(draft, organizer=organizer_of(text, same, sentences, draft.locality))
    draft = replace(draft, claims=claims_of(text, sentences, same, main, draft))
    identity = event_identity(
        kind=draft.kind,
        scope=draft.scope,
        name=name,
        sentence=sentence,
        organizer_id=draft.organizer.org_id if draft.organizer else "",
        review_year=draft.review_year,
        held=draft.held.value if draft.held else None,
        locality=draft.locality,
        article_id=article_id,
    )
    return replace(draft, identity=identity)


def _same_head(mention: EventMention, main: EventMention) -> bool:
    """Whether two mentions name an event by one head, maybe with a classifier before it
    ("gặp mặt" of a headline, "chương trình gặp mặt" of the lead)."""
    bare = lexicon.events().without_classifier
    return mention.head == main.head or bare(mention.head) == bare(main.head)


def _refers_back(mention: EventMention, main: EventMention) -> bool:
    """Whether a mention's head refers back to the event reported ("Buổi lễ do X tổ chức
    tại Y" after "Lễ tiếp nhận ..."): the head it stands for starts the event's head."""
    target = lexicon.events().back_references.get(mention.head)
    return target is not None and (main.head == target or main.head.startswith(f"{target} "))


def _parts_of(text: str, mention: EventMention) -> dict[str, str]:
    """What kind rules read: the event's name, its phrase (the name and the rest of its
    sentence) and its sentence."""
    return {
        "name": " ".join(text[mention.start : mention.end].split()),
        "phrase": text[mention.start : mention.sentence[1]],
        "sentence": text[mention.sentence[0] : mention.sentence[1]],
    }


def _kind_reported_again(
    text: str, same: Sequence[EventMention], named: EventMention, scope: str | None
) -> tuple[str, str, str] | None:
    """The kind another report of the event in another sentence tells, with that report's
    phrase and sentence (its years are read there); None when none tells one."""
    for other in same:
        if other.sentence == named.sentence:
            continue
        parts = _parts_of(text, other)
        kind = _kind(other, parts, scope, text)
        if kind != "other":
            return kind, parts["phrase"], parts["sentence"]
    return None


_VISITED = re.compile(r" (?:tại|với) (?P<host>[^,.;()]{3,120})")


def _host(text: str, main: EventMention) -> str | None:
    """Who receives at a reception said by its verb (its scope is theirs, not the guests'):
    the words before the verb, without the date and the place ("Chiều 3/3, tại Hà Nội, ")."""
    if main.grammar != "received" or main.subject is None:
        return None
    # A delegation's visit is received by whom it visits ("... đến thăm và làm việc tại
    # Liên hiệp ... tỉnh Nghệ An").
    visited = _VISITED.match(text, main.end, main.sentence[1])
    if visited is not None and lexicon.events().compiled["visit"].match(text, main.start):
        return visited.group("host")
    parts = text[main.subject[0] : main.subject[1]].split(", ")
    while parts and (parts[0].startswith(("tại ", "Tại ")) or dates.find_dates(parts[0])):
        parts.pop(0)
    host = ", ".join(parts)
    # A known organization by its full name ("Chủ tịch VUFO" is the national union's).
    known = find_organizations(host)
    return known[0].name if known else host or None


def _visits_abroad(text: str, main: EventMention) -> bool:
    """Whether the event is a delegation's visit to a side abroad (see
    :func:`visited_abroad`)."""
    visit = lexicon.events().compiled["visit"].match(text, main.start)
    if main.grammar != "received" or visit is None:
        return False
    return bool(visit["abroad"]) or visited_abroad(text[main.end : main.sentence[1]])


def _kind(main: EventMention, parts: dict[str, str], scope: str | None, text: str) -> str:
    """The first kind rule whose pattern reads in the name, the phrase (the name and the
    rest of its sentence), the whole sentence, or the article."""
    if main.grammar in {"award", "award_undated"}:
        return "award_ceremony"
    if main.grammar == "received":
        return "reception_or_exchange"
    head = main.head.casefold()
    for rule in lexicon.events().kinds:
        if rule.heads and head not in rule.heads:
            continue
        starts = rule.compiled.pattern.startswith("(?i)^")
        target = text if rule.reads == "article" else parts[rule.reads]
        if rule.compiled.search(parts["name"] if starts else target) is None:
            continue
        kind = rule.kind
        if kind == "review":
            kind = "annual_review" if scope == "national" else "local_review"
        # A meeting that also gives or receives an award is the award's ceremony when the
        # headline is about the award ("... ĐÓN NHẬN HUÂN CHƯƠNG LAO ĐỘNG"), as labels read.
        if _AWARD_GIVEN_IN_NAME.search(parts["name"]) and _award_headlined(text, main):
            return "award_ceremony"
        return kind
    # A gathering with a foreign country's delegation ("gặp mặt Đoàn đại biểu Hội Nông dân
    # Lào") or people ("gặp mặt các cựu binh Pháp") is an exchange; one with a delegation
    # of our own people is not.
    name = parts["name"]
    if head in _GATHERINGS:
        foreign = gazetteer().foreign_places_in(name)  # read once for both
        if (foreign and DELEGATION.search(name)) or meets_foreign_people(name, foreign):
            return "reception_or_exchange"
    return "other"


_AWARD_GIVEN_IN_NAME = re.compile(
    r"(?i)(?:trao|trao tặng|đón nhận) (?:các )?(?:huân chương|huy chương|kỷ niệm chương"
    r"|bằng khen|cờ thi đua|danh hiệu)"
)


def _award_headlined(text: str, main: EventMention) -> bool:
    """Whether a headline before the lead (a line that ends no sentence) names an award
    presented or received."""
    award = next(rule for rule in lexicon.events().kinds if rule.kind == "award_ceremony")
    lines = (line.strip() for line in text[: main.sentence[0]].splitlines())
    return any(
        line and not ends_as_a_sentence(line) and award.compiled.search(line) for line in lines
    )


_GATHERINGS = frozenset(
    {"gặp mặt", "họp mặt", "gặp gỡ", "buổi gặp mặt", "buổi gặp", "buổi gặp gỡ", "buổi làm việc"}
    | {"cuộc gặp mặt", "cuộc gặp gỡ", "đêm gặp mặt", "tiệc gặp mặt"}
)


def _reviewed(compiled: dict[str, re.Pattern[str]], sentence: str) -> dates.Reviewed | None:
    """The year the sentence's review is of, and whether of a part of it."""
    match = compiled["review_year"].search(sentence)
    if match is None:
        return None
    part_of_year = compiled["part_of_year"].search(match.group()) is not None
    return dates.Reviewed(int(match.group("year")), part_of_year)


def _year(pattern: re.Pattern[str], phrase: str) -> int | None:
    match = pattern.search(phrase)
    return int(match.group("year")) if match else None
