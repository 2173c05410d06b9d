"""Dates as Vietnamese news writes them, and the year of a date written without one.

Takes: clean text. Gives: :class:`DateMention` for every date expression (``16/1``,
``16-1``, ``16.1``, each with or without ``/2024``; spaced with its year, ``16 - 1 -
2024``; ``ngày 16 tháng 1 (năm 2024)``; ranges ``16-17/11``, ``từ ngày 15 đến 17/12``,
``11 và 12/11/2022``, ``15, 16/12``: the first day), the article's dateline (a full date
on a short line of its own: ``16:35 | 17/11/2017 GMT+7``, ``Đăng ngày 06/06/2019``,
``date 2025-12-26``), and :func:`resolve_year`, which says how a day and month without a
year get one. Never invents a day or a month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

YEAR = r"(?:19[4-9]\d|20\d\d)"
# An outlet's tag a lead may open on: "(TBTCO) - ", "BKH - ", "Báo Quảng Ninh - ".
OUTLET_TAG = r"(?:\(\S+\)|[A-ZĐ][\w.]*(?: [A-ZĐ][\w.]*){0,3}) [-–] "
_DAY = r"(?P<day>[0-3]?\d)"
_MONTH = r"(?P<month>[01]?\d)"


def _day_not_after(before: str) -> str:
    """A day of one or two digits not right after a character of ``before``: the check
    comes after the first digit (``(?<!X)`` first would be tried at every position of the
    text; starting with a digit, the regex engine skips ahead to the digits)."""
    return rf"(?P<day>[0-3](?<![{before}][0-3])\d|\d(?<![{before}]\d))"


_DAY_IN_RANGE = _day_not_after(r"\d/.-")
_DAY_ALONE = _day_not_after(r"\d/.,-")
# 16-17/11(/2017), 11 và 12/11/2022, từ ngày 15 đến 17/12, các ngày 15, 16/12: a range or
# a list of days, the first day kept.
_RANGE = (
    rf"{_DAY_IN_RANGE}(?: ?(?:-|–|và|đến|,) ?(?:ngày )?[0-3]?\d)"
    rf"(?P<sep>[/.-]){_MONTH}(?:(?P=sep)(?P<year>{YEAR}))?(?![\d/])"
)
# A range across months, its year written once at its end: "từ ngày 28/11 đến ngày
# 2/12/2024", "tối 30/11 đến sáng 1/12/2022" (the first day; in the year before when the
# range crosses a new year).
_ACROSS_MONTHS = (
    rf"{_DAY_IN_RANGE}(?P<sep>[/.-]){_MONTH} ?(?:-|–|đến) ?(?:(?:sáng|trưa|chiều|tối) )?"
    rf"(?:ngày )?[0-3]?\d"
    rf"(?P=sep)(?P<end_month>[01]?\d)(?P=sep)(?P<year>{YEAR})(?![\d/])"
)
_NUMERIC = (
    rf"{_DAY_ALONE}(?P<sep>[/.-]){_MONTH}(?:(?P=sep)(?P<year>{YEAR}))?"
    rf"(?![\d%]|[/.-]\d)"
)
# "12 - 10 - 2019": some outlets space the separators; read only with its year (a spaced
# "12 - 10" alone could be a score or a span; see below for when it is not).
_SPACED = rf"{_DAY_ALONE} (?P<sep>[/.–-]) {_MONTH} (?P=sep) (?P<year>{YEAR})(?!\d|[/.,-]\d)"
# Without its year, a spaced date is read only after the word of a day or its part ("Ngày
# 15 - 12, ...", "Sáng 3 - 1"), not as part of a longer run ("15 - 17/12" is a range) nor
# as days or hours ("ngày 1 - 2 tháng 3", "sáng 8 - 10 giờ"). The word is checked after
# the day's digits, where the regex engine starts.
_DAY_WORDS = ("ngày", "sáng", "chiều", "tối", "trưa")
_DAY_AFTER_WORD = "(?P<day>[0-3]?\\d)(?:{})".format(
    "|".join(rf"(?<={word} \d)|(?<={word} \d\d)" for word in _DAY_WORDS)
)
_SPACED_AFTER_DAY_WORD = (
    rf"{_DAY_AFTER_WORD} (?P<sep>[–-]) {_MONTH}(?!\d| ?[/.–-] ?\d| (?:tháng|giờ|h)(?!\w))"
)
_VERBAL = rf"ngày(?<!\dngày) {_DAY} tháng {_MONTH}(?: năm (?P<year>{YEAR}))?(?!\d)"
# The year's four digits, then the check that no digit or "-" stands before them.
_ISO = rf"(?P<year>{YEAR})(?<![\d-]....)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"
_DIGIT = re.compile(r"\d")
DATE_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        _ACROSS_MONTHS,
        _RANGE,
        _VERBAL,
        _ISO,
        _SPACED,
        _SPACED_AFTER_DAY_WORD,
        _NUMERIC,
    )
)
# What a dateline line may hold besides its date: weekday, time, zone, labels, separators.
_DATELINE_NOISE = re.compile(
    r"(?i)\b(?:thứ (?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật|đăng ngày|ngày đăng|cập nhật|"
    r"date|gmt\+?\d*|am|pm|lượt xem)\b|\d{1,2}:\d{2}(?::\d{2})?|[|,()'\[\]:+\-–]"
)
DATELINE_MAX_WORDS = 7


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text: day and month as written, the year when written."""

    start: int
    end: int
    day: int
    month: int
    year: int | None

    @property
    def full(self) -> date | None:
        """The date when the year is written and the date exists."""
        return calendar_date(self.year, self.month, self.day) if self.year else None


@dataclass(frozen=True)
class DateValue:
    """A resolved date, or why there is none; how the year was obtained."""

    value: date | None
    inferred: bool
    problem: str | None = None
    basis: str | None = None


def calendar_date(year: int | None, month: int, day: int) -> date | None:
    """The date, or None when it is no day of the calendar (31/2) or has no year."""
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_of_match(match: re.Match[str]) -> date | None:
    """The date of a match with ``day``, ``month`` and ``year`` groups, if it exists."""
    year = match.group("year")
    return calendar_date(
        int(year) if year else None, int(match.group("month")), int(match.group("day"))
    )


def find_dates(text: str) -> list[DateMention]:
    """Every date expression, in text order (overlaps: the first pattern wins)."""
    if _DIGIT.search(text) is None:
        return []
    taken: list[tuple[int, int]] = []
    out = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            day, month = int(m.group("day")), int(m.group("month"))
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            groups = m.groupdict()
            year = int(groups["year"]) if groups.get("year") else None
            end_month = groups.get("end_month")
            if year and end_month and month > int(end_month):
                year -= 1  # "từ 28/12 đến 3/1/2025" began in 2024
            taken.append((m.start(), m.end()))
            out.append(DateMention(m.start(), m.end(), day, month, year))
    return sorted(out, key=lambda d: d.start)


def datelines(text: str) -> list[tuple[int, date]]:
    """Full dates standing on short lines of their own (the page's date stamp), with the
    offset of their line."""
    out = []
    position = 0
    for line in text.split("\n"):
        if len(line) <= 90:
            for mention in find_dates(line):
                full = mention.full
                rest = line[: mention.start] + " " + line[mention.end :]
                words = _DATELINE_NOISE.sub(" ", rest).split()
                # An ISO date is page metadata wherever it stands; a d/m/yyyy one must be
                # alone on its line (with a weekday, a time, a label).
                iso = line[mention.start : mention.start + 4].isdigit()
                if full is not None and (iso or len(words) <= DATELINE_MAX_WORDS):
                    out.append((position, full))
                    break
        position += len(line) + 1
    return out


def publication_date(text: str, before: int) -> date | None:
    """The dateline nearest before offset ``before`` (a site banner at the top is farther
    away than the article's own stamp), else the first one after it."""
    stamps = datelines(text)
    earlier = [d for pos, d in stamps if pos <= before]
    if earlier:
        return earlier[-1]
    later = [d for pos, d in stamps if pos > before]
    return later[0] if later else None


def year_near(day: int, month: int, anchor: date) -> int | None:
    """The year that puts day/month closest to ``anchor`` (news reports what happened
    around its date), when that is within about half a year."""
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = calendar_date(year, month, day)
        if candidate is None:
            continue
        distance = abs((candidate - anchor).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best and best[0] <= 190 else None


@dataclass(frozen=True)
class Reviewed:
    """The year a review is of, and whether of a part of it only ("sơ kết 6 tháng đầu năm
    2024", "quý I năm 2024")."""

    year: int
    part_of_year: bool = False


def infer_year(
    month: int, reviewed: Reviewed, first_month_of_review_year: int, last_month_after: int
) -> int | None:
    """The year of a review held in ``month``: a part of a year is reviewed within that
    year; a whole year late in it (from ``first_month_of_review_year``) or early in the
    next (up to ``last_month_after``), never in between (a year is not reviewed in its
    middle: "tổng kết năm 2024" on 5/7 has no year)."""
    if reviewed.part_of_year or month >= first_month_of_review_year:
        return reviewed.year
    return reviewed.year + 1 if month <= last_month_after else None


def resolve(mention: DateMention, candidates: list[tuple[str, int | None]]) -> DateValue:
    """The date of a mention: its written year, else the first candidate year (with the
    basis it came from: dateline, review_year, term, event_name, occasion, anniversary)."""
    if mention.year is not None:
        value = calendar_date(mention.year, mention.month, mention.day)
        problem = (
            None
            if value
            else f"impossible date {mention.day:02d}/{mention.month:02d}/{mention.year}"
        )
        return DateValue(value, False, problem, "stated")
    for basis, year in candidates:
        if year is not None:
            value = calendar_date(year, mention.month, mention.day)
            if value is None:
                return DateValue(
                    None, True, f"impossible date {mention.day:02d}/{mention.month:02d}/{year}"
                )
            return DateValue(value, True, None, basis)
    return DateValue(
        None, True, f"{mention.day}/{mention.month} has no year and none can be inferred"
    )


def plausible_window(review_year: int, start_mm_dd: str, end_mm_dd: str) -> tuple[date, date]:
    """From ``start`` of the review year to ``end`` of the next year."""
    sm, sd = (int(p) for p in start_mm_dd.split("-"))
    em, ed = (int(p) for p in end_mm_dd.split("-"))
    return date(review_year, sm, sd), date(review_year + 1, em, ed)


# A page's date stamp run into the lead: "Thứ Sáu, 15/12/2018 - Sáng 14/12, ..." (a
# weekday, the full date, maybe a time, then a dash or a bar before the lead's own words).
_STAMP_BEFORE = re.compile(
    r"(?:(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ [Nn]hật),? ?)?"
)
_STAMP_AFTER = re.compile(r" ?(?:\|? ?\d{1,2}[:h]\d{2}(?: ?\(?GMT ?[+-]\d{1,2}\)?)? ?)?[-–|] ")


# The place a report was filed from, and its full date: "Hà Nội, ngày 6/12/2024 - ",
# "CẦN THƠ, 5/12/2023 - ".
_PLACE_DATELINE = re.compile(
    r"(?!(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Thứ|Chủ)\b)[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,3}, (?:ngày )?"
    rf"{_DAY}/{_MONTH}/(?P<year>(?:19|20)\d\d) [-–] "
)


def place_dateline_at_start(sentence: str) -> DateMention | None:
    """The date of the place-and-date line a sentence opens with, if it does."""
    match = _PLACE_DATELINE.match(sentence)
    if match is None or date_of_match(match) is None:
        return None
    day, month, year = (int(match.group(g)) for g in ("day", "month", "year"))
    return DateMention(match.start("day"), match.end("year"), day, month, year)


def stamp_at_start(sentence: str) -> DateMention | None:
    """The date stamp a sentence opens with, if it does (its full date is the page's
    date, not an event's)."""
    if not (sentence[:1].isdigit() or sentence[:3].casefold() in {"thứ", "chủ"}):
        return None
    found = find_dates(sentence[:80])
    if not found or found[0].year is None:
        return None
    first = found[0]
    if _STAMP_BEFORE.fullmatch(sentence[: first.start]) and _STAMP_AFTER.match(sentence, first.end):
        return first
    return None
