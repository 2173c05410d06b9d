"""The year of an event's day written without one, from what the event is: the year it
reviews, a year in its name, the anniversary it marks, the years of a document it reviews.

Takes: the article's text, the event's mentions and its day. Gives: a year, or None. The
order in which these are tried is :func:`~dnnd_data.extract.event_facts.held_on`'s."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.event_mentions import EventMention

LONE_YEAR = re.compile(rf"(?<![\d/.-]){dates.YEAR}(?!\d)")
YEAR_SPAN = re.compile(rf"(?<![\d/.-]){dates.YEAR} ?[-–] ?({dates.YEAR})(?!\d)")


def review_held(month: int, reviewed: dates.Reviewed) -> int | None:
    """The year of a review held in ``month`` (see :func:`~dnnd_data.extract.dates.infer_year`)."""
    lex = lexicon.events()
    first, last = (
        lex.inference_first_month_of_review_year,
        lex.inference_last_month_after_review_year,
    )
    return dates.infer_year(month, reviewed, first, last)


# A span of years ends where its event stands only when the event looks back on it: an
# anniversary ("kỷ niệm 70 năm ... (1953 - 2023)"), or a review of the whole span
# ("tổng kết ... giai đoạn 2016 - 2020"), held as a year's review is. A plan's or an
# agreement's period ("ký kết Biên bản ghi nhớ giai đoạn 2024 - 2028") and a review of part
# of it ("sơ kết ... giai đoạn 2021 - 2025") may fall in any of its years.
_LOOKS_BACK_ON_A_SPAN = re.compile(r"(?i)kỷ niệm|(?P<review>tổng kết)")


def name_year(
    name: str, in_name: re.Match[str], month: int, reviewed: dates.Reviewed | None = None
) -> int | None:
    """The year a year in the event's name places it in: that year, or the year before
    when it is a year to come and the event is late in the year ("Đêm giao lưu chào năm
    mới 2024" on 31/12 is in 2023). The year a review is of places it as a review
    (``reviewed``: "tổng kết công tác năm 2024" on 5/7 is in no year)."""
    year = int(in_name.group(in_name.lastindex or 0))
    if reviewed is not None and year == reviewed.year:
        return review_held(month, reviewed)
    if in_name.lastindex is not None:
        back = _LOOKS_BACK_ON_A_SPAN.search(name)
        if back is None:
            return None
        return review_held(month, dates.Reviewed(year)) if back["review"] else year
    lex = lexicon.events()
    # A year and the next, apart ("triển khai công tác ... năm 2017 và phương hướng năm
    # 2018"): a meeting between the two, in the first late in it, else in the next, as a
    # review is.
    if in_name.lastindex is None:
        years = sorted({int(y) for y in LONE_YEAR.findall(name)})
        if len(years) == 2 and years[1] == years[0] + 1:
            return review_held(month, dates.Reviewed(years[0]))
    coming = lex.compiled["coming_year"].search(name)
    if coming and int(coming.group("year")) == year:
        return year - 1 if month >= lex.inference_first_month_before_coming_year else year
    return year


def occasion_year(text: str, main: EventMention, month: int) -> int | None:
    """The year of an event held for a new year its report names ("Nhân dịp Tết Nguyên đán
    Giáp Thìn 2024, ngày 5/2, ..."): the year before late in a year, that year early in it."""
    lex = lexicon.events()
    occasion = lex.compiled["occasion_year"].search(text, *main.sentence)
    if occasion is None:
        return None
    year = int(occasion["year"])
    if month >= lex.inference_first_month_before_coming_year:
        return year - 1
    return year if month <= lex.inference_last_month_of_occasion else None


# A review of N years of carrying out a document dated in its citation ("sơ kết 5 năm thực
# hiện Chỉ thị số 12-CT/TW ngày 5/1/2022"): held around the document's N-th anniversary.
_YEARS_OF_A_DOCUMENT = re.compile(
    r"(?<!\w)(?P<years>\d{1,2}) năm (?:triển khai )?(?:thực hiện|thi hành) [^.;]{0,80}?"
    r"\bngày (?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)"
)


def years_of_a_document(text: str, main: EventMention, held: dates.DateMention) -> int | None:
    """The year putting the event's day within half a year of the N-th anniversary."""
    if (cited := _YEARS_OF_A_DOCUMENT.search(text, *main.sentence)) is None:
        return None
    year, month, day = int(cited["year"]) + int(cited["years"]), cited["month"], cited["day"]
    anniversary = dates.calendar_date(year, int(month), int(day))
    return dates.year_near(held.day, held.month, anniversary) if anniversary else None


# The span an anniversary's name closes on, years or whole dates: "(1953 - 2023)",
# "(7/11/1917 - 7/11/2024)"; its first year may be older than any event's.
_ANNIVERSARY_SPAN = re.compile(
    r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-])?(?P<first>1[5-9]\d\d|20\d\d) ?[-–] ?"
    r"(?:(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-])?(?P<last>20\d\d)(?!\d)"
)


def anniversary_year(
    text: str, main: EventMention, mentions: Sequence[EventMention], held: dates.DateMention
) -> int | None:
    """An N-th anniversary: the last year of a span N years long a sentence reporting it
    writes (the year nearest its day, when it gives one: a gathering on 30/12 for 7/1/2024
    is in 2023), else the year of a date the text gives + N (N of the main report)."""
    pattern = lexicon.events().compiled["anniversary"]
    for m in [main, *mentions]:
        sentence = text[m.sentence[0] : m.sentence[1]]
        years = pattern.search(sentence)
        if years is None:
            continue
        for span in _ANNIVERSARY_SPAN.finditer(sentence, years.end()):
            last = int(span["last"])
            if last - int(span["first"]) != int(years.group("years")):
                continue
            day = span["day"] and dates.calendar_date(last, int(span["month"]), int(span["day"]))
            return dates.year_near(held.day, held.month, day) if day else last
    years = pattern.search(text, main.sentence[0], main.sentence[1])
    if years is None:
        return None
    founded = [d.year for d in dates.find_dates(text) if d.year and d.year < 2000]
    return founded[0] + int(years.group("years")) if founded else None
