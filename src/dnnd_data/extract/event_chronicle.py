"""Whether an article's event mentions tell many events: an organisation's history over
the years or the months of a year, or a digest of the week's events by several holders
(a retrospective or a digest reports no one event).

Takes: the article's text and its :class:`EventMention` list. Gives: True or False."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.event_mentions import EventMention
from dnnd_data.extract.sentences import Sentences

CHRONICLE_YEARS = 3
# A retrospective tells its events by month ("Tháng 3, Liên hiệp đã tổ chức Đại hội ...
# Tháng 9, Liên hiệp tổ chức Lễ kỷ niệm ..."); a news report dates its event by the day.
CHRONICLE_MONTHS = 2
# A digest tells others' events each on its own day ("- Ngày 4/12, Liên hiệp ... tổ chức
# Hội nghị ... - Ngày 5/12, Hội ... tổ chức gặp mặt ..."): three days and three holders,
# not all one head (a programme of several days is one holder's).
CHRONICLE_DAYS = 3
_DAY_OPENING = re.compile(
    r"(?:[-+•] )?(?:Sáng|Chiều|Tối|Trưa|Ngày)(?: ngày)? (?P<day>\d{1,2})(?:[/.-]| tháng )"
    r"(?P<month>\d{1,2})"
)
_MONTH_OPENING = re.compile(r"(?:(?:Trong|Vào|Đầu|Cuối|Giữa) tháng|Tháng) \d{1,2}(?:/\d{4})?, ")
# A history's later events told by a full date and their head alone (see is_chronicle).
_DATED_OPENING = re.compile(
    rf"(?:Sáng|Chiều|Tối|Trưa|Ngày)(?: ngày)? \d{{1,2}}[/.-]\d{{1,2}}[/.-](?P<year>{dates.YEAR}), "
)


def _holder(subject: str) -> str:
    """Who a subject names, without the day and place before it ("Ngày 4/12, tại Hà Nội,
    Liên hiệp ..." is "Liên hiệp ...")."""
    return subject.rsplit(", ", 1)[-1]


def is_chronicle(
    text: str, mentions: Sequence[EventMention], sentences: Sentences | None = None
) -> bool:
    """Whether the mentions tell several events over the years, the months of a year or
    the days of a week (a retrospective or a digest reports no one event)."""
    by_month = {m.sentence for m in mentions if _MONTH_OPENING.match(text, m.sentence[0])}
    if len(by_month) >= CHRONICLE_MONTHS:
        return True
    by_day = {
        (opening["day"], opening["month"]): (m.head, _holder(text[m.subject[0] : m.subject[1]]))
        for m in mentions
        if m.subject and (opening := _DAY_OPENING.match(text, m.sentence[0])) is not None
    }
    heads, holders = ({told[i] for told in by_day.values()} for i in (0, 1))
    if len(holders) >= CHRONICLE_DAYS and len(heads) > 1:
        return True
    years = set()
    for m in mentions:
        for d in dates.find_dates(text[m.sentence[0] : m.sentence[1]]):
            if d.year is not None:
                years.add(d.year)
                break
    # A history tells its later events by their day and head alone ("Ngày 18/6/2010, Đại
    # hội lần thứ II bầu ông X làm Chủ tịch"), with no verb that reports one held.
    if sentences is not None and len(years) < CHRONICLE_YEARS:
        event_head = lexicon.events().compiled["head"]
        for start, end in zip(sentences.starts, sentences.ends, strict=True):
            opening = _DATED_OPENING.match(text, start, end)
            if opening is not None and event_head.search(text, opening.end(), end):
                years.add(int(opening["year"]))
    return len(years) >= CHRONICLE_YEARS
