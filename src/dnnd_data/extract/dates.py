"""Dates written as d/m or d/m/yyyy, and the year inference for conference dates.

Takes: regex matches with day/month/year groups. Gives: :class:`DateValue`: a real
date, or None with the reason it is impossible, and whether the year was inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DateValue:
    """A parsed date, or why there is none."""

    value: date | None
    inferred: bool
    problem: str | None = None


def parse_day_month_year(
    day: int, month: int, year: int | None, fallback_year: int | None
) -> DateValue:
    """A date from parts; ``fallback_year`` is used (and flagged) when ``year`` is None."""
    inferred = year is None
    use_year = year if year is not None else fallback_year
    if use_year is None:
        return DateValue(None, inferred, f"{day}/{month} has no year and none can be inferred")
    try:
        return DateValue(date(use_year, month, day), inferred)
    except ValueError:
        return DateValue(None, inferred, f"impossible date {day:02d}/{month:02d}/{use_year}")


def from_match(match: re.Match[str], fallback_year: int | None) -> DateValue:
    """A date from a match with ``day``, ``month`` and optional ``year`` groups."""
    year = match.group("year")
    return parse_day_month_year(
        int(match.group("day")),
        int(match.group("month")),
        int(year) if year else None,
        fallback_year,
    )


def infer_year(month: int, review_year: int, first_month_of_review_year: int) -> int:
    """A review conference in a late month belongs to the review year, otherwise the next."""
    return review_year if month >= first_month_of_review_year else review_year + 1


def plausible_window(review_year: int, start_mm_dd: str, end_mm_dd: str) -> tuple[date, date]:
    """From ``start`` of the review year to ``end`` of the next year."""
    sm, sd = (int(p) for p in start_mm_dd.split("-"))
    em, ed = (int(p) for p in end_mm_dd.split("-"))
    return date(review_year, sm, sd), date(review_year + 1, em, ed)
