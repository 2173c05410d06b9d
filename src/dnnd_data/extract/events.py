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
from dataclasses import dataclass
from datetime import date

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.organizations import OrgMention, organization, starts_like_organization
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.sentences import Sentences
from dnnd_data.schema.ids import event_id_for

CHRONICLE_YEARS = 3
_AWARD_GIVEN = re.compile(
    r"(?<!\w)(?:đã |vừa )?(?:trao tặng|trao|đón nhận)(?= (?:các )?(?:Huân chương|Huy chương|"
    r"Kỷ niệm chương|Bằng khen|Cờ thi đua|Huân, Huy chương))",
    re.IGNORECASE,
)
_SUBJECT_SPLIT = re.compile(r" (?:phối hợp(?: với)?|cùng với|và) ")
_DO = re.compile(r"(?<!\w)do (?P<org>[^.;]{3,160}?) (?:\w+ ){0,3}?tổ chức(?! hữu nghị)(?!\w)")
_CUA = re.compile(r" của (?P<org>[^,.;()]{3,120})")


@dataclass(frozen=True)
class EventMention:
    """Where an article reports an event: the name's span and the reporting sentence."""

    head: str
    start: int
    end: int
    sentence: tuple[int, int]
    grammar: str
    subject: tuple[int, int] | None = None


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

    @property
    def event_id(self) -> str:
        """Stable id from the kind and its identity fields."""
        return event_id_for(self.kind, self.identity)

    @property
    def organizer_org_id(self) -> str | None:
        """The organizer's id."""
        return self.organizer.org_id if self.organizer else None


def find_event_mentions(text: str, sentences: Sentences) -> list[EventMention]:
    """Every place an event is reported, in text order (one per sentence)."""
    compiled = lexicon.events().compiled
    out: list[EventMention] = []
    for start, end in zip(sentences.starts, sentences.ends, strict=True):
        sentence = text[start:end]
        found = _mention_in(sentence, compiled)
        if found is not None:
            grammar, s, e, subject = found
            head = compiled["head"].match(sentence, s)
            name = head.group("head").casefold() if head else sentence[s:e].split(" ", 1)[0]
            sub = (start + subject[0], start + subject[1]) if subject else None
            out.append(EventMention(name, start + s, start + e, (start, end), grammar, sub))
    return out


Found = tuple[str, int, int, tuple[int, int] | None]


def _mention_in(sentence: str, compiled: dict[str, re.Pattern[str]]) -> Found | None:
    """How a sentence reports an event, tried in order of how much each grammar says:
    (grammar, name start, name end, the organizer's words before the verb)."""
    for reading in (_organized, _reported, _award_dated, _opening, _award_undated):
        found = reading(sentence, compiled)
        if found is not None:
            return found
    return None


def _organized(sentence: str, compiled: dict[str, re.Pattern[str]]) -> Found | None:
    organized = compiled["organized"].search(sentence)
    if organized is not None:
        start = organized.end()
        return "organized", start, _name_end(sentence, start), (0, organized.start())
    selfnamed = compiled["self_named"].search(sentence)
    if selfnamed is not None:
        start = selfnamed.start("verb")
        return "organized", start, _name_end(sentence, start), (0, selfnamed.start())
    return None


def _reported(sentence: str, compiled: dict[str, re.Pattern[str]]) -> Found | None:
    reported = compiled["reported"].search(sentence)
    if reported is not None:
        return "reported", reported.start("head"), reported.end("rest"), None
    before = compiled["reported_before"].search(sentence)
    if before is not None:
        return "reported", before.end(), _name_end(sentence, before.end()), None
    return None


def _award_dated(sentence: str, compiled: dict[str, re.Pattern[str]]) -> Found | None:
    award = _AWARD_GIVEN.search(sentence)
    if award is None or not dates.find_dates(sentence[: award.start()]):
        return None
    return "award", award.start(), _name_end(sentence, award.end() + 1), (0, award.start())


def _opening(sentence: str, compiled: dict[str, re.Pattern[str]]) -> Found | None:
    opening = compiled["attendee_opening"].search(sentence)
    if opening is None:
        return None
    start = opening.end()
    return "opening", start, start + len(sentence[start:].split(" ", 2)[0]) + 1, None


def _award_undated(sentence: str, compiled: dict[str, re.Pattern[str]]) -> Found | None:
    award = _AWARD_GIVEN.search(sentence)
    if award is None:
        return None
    return "award_undated", award.start(), _name_end(sentence, award.end() + 1), None


def _name_end(sentence: str, start: int) -> int:
    stop = lexicon.events().compiled["name_end"].search(sentence, start)
    return stop.start() if stop else len(sentence)


def extract_event(article_id: str, text: str, sentences: Sentences) -> EventDraft | None:
    """The event an article reports, or None."""
    mentions = find_event_mentions(text, sentences)
    if not mentions or _is_chronicle(text, mentions):
        return None
    ranked = sorted(mentions, key=lambda m: m.grammar in {"opening", "award_undated"})
    main = ranked[0]
    published = dates.publication_date(text, main.start)
    same = [m for m in mentions if m.head == main.head or m is main]
    name = " ".join(text[main.start : main.end].split())
    phrase = text[main.start : main.sentence[1]]
    province = _article_province(text)
    organizer = _organizer(text, same, sentences, province)
    scope = _scope(name, organizer, text[main.sentence[0] : main.sentence[1]])
    kind = _kind(main, name, phrase, scope, text)
    compiled = lexicon.events().compiled
    review = _year(compiled["review_year"], phrase) if "review" in kind else None
    plan = _year(compiled["plan_year"], phrase)
    held = _held_on(text, same, main, review=review, name=name, published=published)
    count, qualifier = _attendance(text, sentences, main)
    sites, _ = _count(compiled["remote_sites"], text[main.sentence[0] : main.sentence[1]])
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
        locality=province if scope != "national" else None,
        location=_location(text, same),
        organizer=organizer,
        attendance_count=count,
        attendance_qualifier=qualifier,
        remote_sites_count=sites,
        format=_format(text),
    )
    return _with_identity(draft, name, article_id)


def _is_chronicle(text: str, mentions: Sequence[EventMention]) -> bool:
    years = set()
    for m in mentions:
        for d in dates.find_dates(text[m.sentence[0] : m.sentence[1]]):
            if d.year is not None:
                years.add(d.year)
                break
    return len(years) >= CHRONICLE_YEARS


def _article_province(text: str) -> str | None:
    """The one province an article names as a locality ("tỉnh X", "TP X"), if only one."""
    places = gazetteer()
    found = {
        places.province_of(m.group("province")) for m in places.locality_pattern.finditer(text)
    }
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _organizer(
    text: str, mentions: Sequence[EventMention], sentences: Sentences, province: str | None
) -> OrgMention | None:
    """The subject of the event's 'tổ chức', or the X of '<event> do X tổ chức' in a
    sentence naming the event's head."""
    for m in mentions:
        if m.subject is not None:
            found = _organizer_in(text[m.subject[0] : m.subject[1]], m.subject[0], province)
            if found is not None:
                return found
    head = re.compile(rf"(?i)(?<!\w){re.escape(mentions[0].head)}(?!\w)")
    for start, end in zip(sentences.starts, sentences.ends, strict=True):
        sentence = text[start:end]
        by = _DO.search(sentence)
        if by is not None and head.search(sentence[: by.start()]):
            org = _first_org(by.group("org"), start + by.start("org"), province)
            if org is not None:
                return org
    return None


def _organizer_in(subject: str, offset: int, province: str | None) -> OrgMention | None:
    """The organizer in the words before 'tổ chức': after the date and place adjuncts, the
    first of the organizations listed ("A, B và C (đã) phối hợp tổ chức")."""
    parts = subject.rstrip().split(", ")
    position = offset + len(subject.rstrip()) + 2
    orgs: list[tuple[str, int]] = []
    for part in reversed(parts):
        position -= len(part) + 2
        if not starts_like_organization(part.lstrip("(").split(") - ")[-1]):
            break
        orgs.insert(0, (part, position + 2))
    if not orgs:
        return None
    phrase, start = orgs[0]
    return _first_org(phrase, start, province)


def _first_org(phrase: str, start: int, province: str | None) -> OrgMention | None:
    phrase = re.sub(r"^(?:\(\S+\) - )", "", phrase)
    first = _SUBJECT_SPLIT.split(phrase, maxsplit=1)[0]
    first = first.split(", ")[0]
    first = re.sub(r" (?:đã|vừa|sẽ|long trọng|trực tiếp chỉ đạo|chủ trì)$", "", first)
    return organization(first, start, province) if starts_like_organization(first) else None


def _scope(name: str, organizer: OrgMention | None, sentence: str) -> str | None:
    """national, provincial or association, from the organizer (or the event's name)."""
    who = organizer.name if organizer else name
    if re.search(r"Hội [Hh]ữu nghị", who) and gazetteer().locality_pattern.search(who):
        return "association"
    if re.search(r"Hội [Hh]ữu nghị [^,.;]*[-–]", who):
        return "association"
    if gazetteer().locality_pattern.search(who) or re.search(
        r"\b(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)\b", who
    ):
        return "provincial"
    national = (
        r"Trung ương|T\.Ư|\bTW\b|Việt Nam|Quốc hội|Chính phủ|Bộ Chính trị|Ban Bí thư|^Bộ |toàn quốc"
    )
    if re.search(national, who):
        return "national"
    if organizer is not None and gazetteer().locality_pattern.search(sentence):
        return "provincial"
    return None


def _kind(main: EventMention, name: str, phrase: str, scope: str | None, text: str) -> str:
    """The first kind rule whose pattern reads in the name, the phrase or the article."""
    if main.grammar in {"award", "award_undated"}:
        return "award_ceremony"
    head = main.head.casefold()
    for rule in lexicon.events().kinds:
        if rule.heads and head not in rule.heads:
            continue
        starts = rule.compiled.pattern.startswith("(?i)^")
        target = {"name": name, "phrase": phrase, "article": text}[rule.reads]
        if rule.compiled.search(name if starts else target) is None:
            continue
        if rule.kind == "review":
            return "annual_review" if scope == "national" else "local_review"
        return rule.kind
    return "other"


def _year(pattern: re.Pattern[str], phrase: str) -> int | None:
    match = pattern.search(phrase)
    return int(match.group("year")) if match else None


def _held_on(
    text: str,
    mentions: Sequence[EventMention],
    main: EventMention,
    *,
    review: int | None,
    name: str,
    published: date | None,
) -> dates.DateValue | None:
    """The event's date, its year from the text, the dateline, the year reviewed, the
    congress's term, a year in its name or an anniversary (in that order)."""
    mention = next((d for m in mentions if (d := _date_of(text, m)) is not None), None)
    if mention is None:
        return None
    compiled = lexicon.events().compiled
    lex = lexicon.events()
    term = compiled["term"].search(text[main.start : main.sentence[1]])
    in_name = re.search(rf"(?<!\d){dates.YEAR}(?!\d)", name)
    candidates: list[tuple[str, int | None]] = [
        ("dateline", dates.year_near(mention.day, mention.month, published) if published else None),
        (
            "review_year",
            dates.infer_year(mention.month, review, lex.inference_first_month_of_review_year)
            if review
            else None,
        ),
        ("term", int(term.group("start")) if term else None),
        ("event_name", int(in_name.group(0)) if in_name else None),
        ("anniversary", _anniversary_year(text, main)),
    ]
    return dates.resolve(mention, candidates)


def _date_of(text: str, mention: EventMention) -> dates.DateMention | None:
    """The event's date in its sentence: a date not inside a parenthesised span of two
    dates (an anniversary's years) and not a document's date ("Chỉ thị ... ngày 6/7/2011")."""
    start, end = mention.sentence
    sentence = text[start:end]
    found = dates.find_dates(sentence)
    for d in found:
        before = sentence[max(0, d.start - 40) : d.start]
        if re.search(r"(?:Chỉ thị|Nghị quyết|Kết luận|Quyết định|Hướng dẫn)[^,;]{0,30}$", before):
            continue
        inside = sentence.rfind("(", 0, d.start) > sentence.rfind(")", 0, d.start)
        if inside and len([x for x in found if abs(x.start - d.start) < 30]) > 1:
            continue
        return dates.DateMention(start + d.start, start + d.end, d.day, d.month, d.year)
    return None


def _anniversary_year(text: str, main: EventMention) -> int | None:
    """An N-th anniversary of a date the text gives: that date's year + N."""
    sentence = text[main.sentence[0] : main.sentence[1]]
    years = lexicon.events().compiled["anniversary"].search(sentence)
    if years is None:
        return None
    founded = [d.year for d in dates.find_dates(text) if d.year and d.year < 2000]
    return founded[0] + int(years.group("years")) if founded else None


def _location(text: str, mentions: Sequence[EventMention]) -> str | None:
    compiled = lexicon.events().compiled
    for m in mentions:
        sentence = text[m.sentence[0] : m.sentence[1]]
        # "tại <place>" as the event's adjunct: opening a clause, or right after the
        # report verb; not inside a description ("cơ quan đầu mối ... tại thành phố X").
        for at in re.finditer(r"(?:^|, |được tổ chức |diễn ra |khai mạc |\) )tại ", sentence):
            rest = sentence[at.end() :]
            stop = compiled["place_end"].search(rest)
            place = rest[: stop.start() if stop else len(rest)].strip()
            if place and _is_place(place, compiled):
                return place
    return None


def _is_place(place: str, compiled: dict[str, re.Pattern[str]]) -> bool:
    return bool(compiled["place_head"].match(place)) or gazetteer().is_place(place)


def _attendance(
    text: str, sentences: Sentences, main: EventMention
) -> tuple[int | None, str | None]:
    """Delegates attending: '<qualifier> N đại biểu' in a sentence about attending this
    event (a sentence naming another event's head does not count)."""
    compiled = lexicon.events().compiled
    for start, end in zip(sentences.starts, sentences.ends, strict=True):
        sentence = text[start:end]
        heads = {h.group("head").casefold() for h in compiled["head"].finditer(sentence)}
        if heads - {main.head} and start != main.sentence[0]:
            continue
        if start != main.sentence[0] and not compiled["attendance_verbs"].search(sentence):
            continue
        count = _count(compiled["attendance"], sentence)
        if count[0] is not None:
            return count
    return None, None


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


def _with_identity(draft: EventDraft, name: str, article_id: str) -> EventDraft:
    """What makes two reports the same event: the kind and, by kind, the year reviewed,
    the organization and the congress's number, or the date; else only this article."""
    compiled = lexicon.events().compiled
    who = draft.organizer.org_id if draft.organizer else ""
    if draft.kind == "congress":
        ordinal = compiled["ordinal"].search(name)
        subject = _congress_subject(name)
        who = subject or who
        key = f"{who}|{ordinal.group('ordinal').upper() if ordinal else ''}"
        if who and ordinal:
            return _replace_identity(draft, key)
    if draft.review_year and draft.kind in {"annual_review", "local_review"}:
        place = who if draft.kind == "annual_review" else (draft.locality or who)
        return _replace_identity(draft, f"{draft.review_year}|{place}")
    if draft.held and draft.held.value:
        return _replace_identity(draft, f"{draft.held.value.isoformat()}|{who}")
    return _replace_identity(draft, f"article|{article_id}")


def _congress_subject(name: str) -> str:
    """The organization a congress belongs to, from its name ("Đại hội ... của X", or the
    organization named after "Đại hội (đại biểu) (toàn quốc)")."""
    of = _CUA.search(name)
    if of:
        org = organization(of.group("org"), 0, None)
        return org.org_id if org else ""
    rest = re.sub(r"(?i)^đại hội (?:đại biểu )?(?:toàn quốc )?", "", name)
    rest = re.split(r" lần thứ| nhiệm kỳ|,", rest)[0]
    org = organization(rest, 0, None) if starts_like_organization(rest) else None
    return org.org_id if org else ""


def _replace_identity(draft: EventDraft, identity: str) -> EventDraft:
    from dataclasses import replace  # noqa: PLC0415

    return replace(draft, identity=identity)
