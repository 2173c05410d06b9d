"""The date of an event reported by several articles: one that writes the day without its
year does not hide another's whole date; a stated date beats an inferred one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dnnd_data.assemble.events import merge_drafts
from dnnd_data.extract.dates import DateValue
from tests.extract.sentences import event_of

LEAD = (
    "Sáng 5/12, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Đại hội đại biểu "
    "toàn quốc lần thứ VI."
)


def _drafts() -> list[object]:
    draft = event_of(LEAD)
    assert draft is not None
    return [replace(draft, article_id="a_0000000000000001"), replace(draft, article_id="a_2")]


def test_a_day_without_its_year_does_not_hide_a_whole_date() -> None:
    first, second = _drafts()
    no_year = DateValue(None, False, problem="day 5/12 without a year")
    whole = DateValue(date(2019, 12, 5), False, basis="stated")
    merged = merge_drafts([replace(first, held=no_year), replace(second, held=whole)])
    assert (merged["held_on"], merged["held_on_basis"]) == (date(2019, 12, 5), "stated")


def test_a_stated_date_beats_an_inferred_one() -> None:
    first, second = _drafts()
    inferred = DateValue(date(2019, 12, 6), True, basis="review_year")
    stated = DateValue(date(2019, 12, 5), False, basis="stated")
    merged = merge_drafts([replace(first, held=inferred), replace(second, held=stated)])
    assert (merged["held_on"], merged["held_on_inferred"]) == (date(2019, 12, 5), False)
