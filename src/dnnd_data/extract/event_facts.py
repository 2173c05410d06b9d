"""An event's facts from the sentences that report it: scope and date (and how its year
was found).

Takes: the article's text, sentences and the event's mentions. Gives: plain values, each
from a rule of ``lexicons/events.yaml`` or the reference place lists. The organizer is in
:mod:`~dnnd_data.extract.event_organizer`, the place in
:mod:`~dnnd_data.extract.event_place`, attendance and format in
:mod:`~dnnd_data.extract.event_counts`, the province in
:mod:`~dnnd_data.extract.event_locality`, the year of a day written without one (from what
the event is) in :mod:`~dnnd_data.extract.event_years`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from itertools import islice

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.event_locality import provinces_beside_the_capital_as_venue
from dnnd_data.extract.event_mentions import EventMention
from dnnd_data.extract.event_years import (
    LONE_YEAR,
    YEAR_SPAN,
    anniversary_year,
    name_year,
    occasion_year,
    review_held,
    years_of_a_document,
)
from dnnd_data.extract.organizations import OrgMention
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.sentences import Sentences

# A province's own organ, capitalised as a name ("tỉnh ủy, thành ủy" in lower case are
# every province's, as a national conference's connected sites are); a department ("Sở
# Ngoại vụ") is only ever a province's.
_PROVINCIAL_ORGAN = re.compile(
    r"\b(?:Tỉnh ủy|Thành ủy|(?:UBND|HĐND) (?:tỉnh|thành phố)|Sở [A-ZĐ])\b"
)
# A district's or a commune's name in the lead ("tại xã Mường Típ, huyện Kỳ Sơn"): a local
# event, whoever held it.
_LOCAL_UNIT = re.compile(r"(?<!\w)(?:huyện|quận|thị xã|thị trấn|xã|phường|đặc khu) (?=[A-ZĐ])")
# A province's city by its unit ("tại thành phố Vinh"), read against the reference lists.
_CITY = re.compile(
    r"(?<!\w)(?:thành phố|TP\.?) ?(?P<name>[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3})"
)


# Central bodies and the national reach, as an organizer's name or an event's writes them.
_NATIONAL_EVENT_NAME = re.compile(
    r"Trung ương|T\.Ư|\bTW\b|Quốc hội|Chính phủ|Bộ Chính trị|Ban Bí thư|\bBộ [A-ZĐ]|toàn quốc"
)
_NATIONWIDE = re.compile(r"\btoàn quốc\b")
# An organizer of the whole country names it, or says it is the nation's ("Học viện Chính
# trị quốc gia Hồ Chí Minh", "Đại học Quốc gia Hà Nội").
_NATIONAL_ORGANIZER = re.compile(rf"{_NATIONAL_EVENT_NAME.pattern}|Việt Nam|\b[Qq]uốc gia\b")


def _district_city(name: str) -> bool:
    """A city of a province, no province itself ("Vinh", not "Hà Nội" or "Huế")."""
    places = gazetteer()
    return name in places.unit_districts and name not in places.provinces


def scope_of(
    name: str, organizer: OrgMention | None, sentence: str, province: str | None
) -> str | None:
    """national, provincial or association: from the organizer (else the event's name);
    with neither, provincial when the article names a province or the lead a province's
    own organ ("Phó Bí thư Tỉnh ủy" hosting: an article naming two provinces names no
    one province), a district, a province's city or a commune, else national."""
    who = organizer.name if organizer else name
    if re.search(r"Hội [Hh]ữu [Nn]ghị", who) and (
        gazetteer().names_a_locality(who) or re.search(r"[-–]", who)
    ):
        return "association"
    # A nationwide event is national whoever holds it and wherever ("Ban Chỉ đạo Công tác
    # thông tin đối ngoại tổ chức Hội nghị toàn quốc ...", "Đại hội đại biểu toàn quốc ...
    # tại Hà Nội").
    if _NATIONWIDE.search(name):
        return "national"
    # A border post is a province's command's ("Đồn Biên phòng Nậm Cắn"), a department a
    # province's ("Sở Ngoại vụ").
    local = (
        r"\b(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy|huyện|quận|Huyện ủy|Quận ủy|Thị ủy|Đồn Biên phòng"
        r"|Sở(?= [A-ZĐ]))\b"
    )
    if gazetteer().names_a_locality(who) or re.search(local, who):
        return "provincial"
    # An event's name writing the country ("quan hệ ngoại giao Việt Nam - Lào") says
    # nothing of who held it; an organizer's ("Liên hiệp ... Việt Nam") does.
    national = _NATIONAL_ORGANIZER if organizer is not None else _NATIONAL_EVENT_NAME
    if national.search(who):
        return "national"
    if (
        province is not None
        or provinces_beside_the_capital_as_venue(sentence)
        or _PROVINCIAL_ORGAN.search(sentence)
        or _LOCAL_UNIT.search(sentence)
        or any(_district_city(c["name"]) for c in _CITY.finditer(sentence))
    ):
        return "provincial"
    return "national" if organizer is None else None


def held_on(
    text: str,
    mentions: Sequence[EventMention],
    main: EventMention,
    *,
    review: dates.Reviewed | None,
    name: str,
    published: date | None,
    sentences: Sentences | None = None,
) -> dates.DateValue | None:
    """The event's date, its year from the text, the dateline, the year reviewed, the
    congress's term, a year in its name, the new year it was held for or an anniversary
    (in that order)."""
    mention = date_mention_of(text, mentions, sentences)
    if mention is None:
        return _relative_day(text, [main, *mentions], published)
    compiled = lexicon.events().compiled
    term = _term_of(text, [main, *mentions])
    # A year of the name, not of a date in it ("Chỉ thị ... ngày 6/7/2011") nor of a term,
    # whose years are all of a meeting's; of a span of years ("kỷ niệm 70 năm ... (1953 -
    # 2023)", "tổng kết ... giai đoạn 2016 - 2020"), the last (see :func:`name_year`).
    # A headline naming the event by its head when the body's name has no year ("Gặp mặt
    # lưu học sinh Lào đón Tết Bunpimay 2024").
    head = lexicon.events().without_classifier(main.head)
    headlines = (
        line
        for line in text[: main.sentence[0]].splitlines()
        if head in line.casefold() and not line.rstrip().endswith((".", "!", "?"))
    )
    for yearly_name in (compiled["term"].sub("", n) for n in (name, *headlines)):
        in_name = YEAR_SPAN.search(yearly_name) or LONE_YEAR.search(yearly_name)
        if in_name is not None:
            break
    candidates: list[tuple[str, int | None]] = [
        ("dateline", dates.year_near(mention.day, mention.month, published) if published else None),
        ("review_year", review_held(mention.month, review) if review else None),
        ("term", int(term.group("start")) if term else None),
        ("event_name", name_year(yearly_name, in_name, mention.month, review) if in_name else None),
        ("occasion", occasion_year(text, main, mention.month)),
        ("anniversary", anniversary_year(text, main, mentions, mention)),
        ("anniversary", years_of_a_document(text, main, mention)),
    ]
    return dates.resolve(mention, candidates)


# A report telling its event's day by its own ("Sáng nay, tại ...", "Hôm nay, ..."), with no
# date written: the day the report was filed (its dateline or the page's date). Not "hôm
# qua", left undated as after a place dateline.
_TODAY = re.compile(rf"(?:{dates.OUTLET_TAG})?(?:(?:Sáng|Chiều|Tối|Trưa)(?: hôm)?|Hôm) nay,")


def _relative_day(
    text: str, mentions: Sequence[EventMention], published: date | None
) -> dates.DateValue | None:
    """The filing day, for an event its report places "today"."""
    if published is None:
        return None
    if any(_TODAY.match(text, m.sentence[0], m.sentence[1]) for m in mentions):
        return dates.DateValue(published, True, None, "dateline")
    return None


def _term_of(text: str, mentions: Sequence[EventMention]) -> re.Match[str] | None:
    """A congress's term, written after it in a sentence reporting it (the main one first:
    a headline may leave it to the lead)."""
    compiled = lexicon.events().compiled
    for m in mentions:
        reported = text[m.start : m.sentence[1]]
        term = compiled["term"].search(reported)
        # A congress is named before it (the event or one it prepares).
        if term is not None and compiled["term_event"].search(reported, 0, term.start()):
            return term
    return None


def date_mention_of(
    text: str, mentions: Sequence[EventMention], sentences: Sentences | None = None
) -> dates.DateMention | None:
    """The date the sentences reporting the event give it (the first found), else the day
    the article's lead opens on (see :func:`_lead_date`, when ``sentences`` are given)."""
    found = next((d for m in mentions if (d := _date_of(text, m)) is not None), None)
    if found is None and sentences is not None and mentions:
        return _lead_date(text, sentences, mentions[0].head)
    return found


# A lead opening on its day: "Sáng ngày 5/1/2024, ...", "Ngày 12/7, ...", "Hôm nay (5/12), ",
# maybe after its outlet's tag ("HGĐT - Sáng 18/7/2023, ...").
_LEAD_DAY = re.compile(
    rf"(?:{dates.OUTLET_TAG})?"
    r"(?:(?:Trong khuôn khổ|Nhân dịp|Nhân kỷ niệm|Thực hiện|Hưởng ứng|Chào mừng|Hướng tới)"
    r"[^.;]{0,160}?, (?:sáng|chiều|tối|trưa|ngày)(?: nay)?(?: ngày)?"
    r"|(?:Sáng|Chiều|Tối|Trưa)(?: nay)?(?: ngày)?|Ngày|Hôm nay|Hôm qua) \(?(?=\d)"
)
LEAD_SENTENCES = 5


def _lead_date(text: str, sentences: Sentences, head: str) -> dates.DateMention | None:
    """The day a lead opens on, when the sentences naming the event give none (the lead
    says what happened with a verb the grammar does not read: "Sáng ngày 5/1/2024, Ban
    Chấp hành ... họp phiên thường kỳ"): the first of the article's first sentences to
    open on a day, maybe after an adjunct ("Trong khuôn khổ chuyến thăm ..., chiều 27/7,"),
    unless it names another event."""
    heads = lexicon.events().compiled["head"]
    spans = zip(sentences.starts, sentences.ends, strict=True)
    for start, end in islice(spans, LEAD_SENTENCES):
        sentence = text[start:end]
        opening = _LEAD_DAY.match(sentence)
        if opening is None:
            continue
        # The same head with or without a classifier ("gặp mặt", "buổi gặp mặt") is one.
        bare = lexicon.events().without_classifier
        if {bare(h.group("head").casefold()) for h in heads.finditer(sentence)} - {bare(head)}:
            return None
        found = dates.find_dates(sentence[: opening.end() + 24])
        if not found or found[0].start != opening.end():
            return None
        d = found[0]
        return dates.DateMention(start + d.start, start + d.end, d.day, d.month, d.year)
    return None


# A document's date: after its kind or its number ("Kế hoạch số 45/KH-UBND ngày 15/2/2024").
_DOCUMENT_BEFORE = re.compile(
    r"(?:Chỉ thị|Nghị quyết|Nghị định|Kết luận|Quyết định|Hướng dẫn|Kế hoạch|Thông báo|"
    r"Thông tư|Công văn|Luật|Hiệp định|Đề án)[^,;]{0,30}$|\d+/[\w./-]*[A-ZĐ][\w./-]* (?:ngày )?$"
)


_OCCASION_BEFORE = re.compile(
    r"(?i)(?:chào mừng|kỷ niệm|nhân dịp|hướng tới|quốc khánh)[^,;()\d]{0,40}$"
)
_DAY_BEFORE = re.compile(r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm|[Đđ]êm) qua\b")


def _date_of(text: str, mention: EventMention) -> dates.DateMention | None:
    """The event's date in its sentence: a date not inside a parenthesised span of two
    dates (an anniversary's years) and not a document's date ("Chỉ thị ... ngày 6/7/2011")."""
    start, end = mention.sentence
    sentence = text[start:end]
    filed = dates.place_dateline_at_start(sentence)
    stamp = dates.stamp_at_start(sentence) or filed
    found = [d for d in dates.find_dates(sentence) if stamp is None or d.start != stamp.start]
    for d in found:
        before = sentence[max(0, d.start - 40) : d.start]
        if _DOCUMENT_BEFORE.search(before):
            continue
        # A day an occasion is named by ("chào mừng Quốc khánh 2/9, sáng 30/8/2023, ..."),
        # when the sentence gives another day after it.
        if _OCCASION_BEFORE.search(before) and any(x.start > d.end for x in found):
            continue
        inside = sentence.rfind("(", 0, d.start) > sentence.rfind(")", 0, d.start)
        if inside and len([x for x in found if abs(x.start - d.start) < 30]) > 1:
            continue
        return dates.DateMention(start + d.start, start + d.end, d.day, d.month, d.year)
    # The date a report was filed on is the event's when the lead gives none of its own
    # ("Hà Nội, ngày 9/6/2023 - Chiều nay, ..."), unless it says it was the day before.
    if filed is not None and not _DAY_BEFORE.match(sentence, filed.end + 3):
        return dates.DateMention(
            start + filed.start, start + filed.end, filed.day, filed.month, filed.year
        )
    return None
