"""When a reported event is: one to come or in the making, one told as history or as an
item of what a period brought, or news.

Takes: a sentence and where its event's words and verb are. Gives: whether the report is
of an event not held now (to come, planned) or long past (dated by its year alone, listed
in a summary)."""

from __future__ import annotations

import re

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.sentences import opens_paragraph

# A report dated by its year or month alone ("được tổ chức năm 1996", "diễn ra vào tháng
# 12/2019"): history, as a sentence opening on a year is (a summary opening), not news.
_YEAR_AFTER_VERB = re.compile(
    r" (?:vào |trong )?(?:năm|tháng \d{1,2}(?:/| năm))\s?(?:19|20)\d\d(?!\d)"
)


def told_as_history(sentence: str, verb_end: int) -> bool:
    """Whether the words right after the report's verb date it by a year or month alone."""
    return _YEAR_AFTER_VERB.match(sentence, verb_end) is not None


def told_to_come(sentence: str, reported: re.Match[str]) -> bool:
    """Whether the report is of an event to come ("sẽ") that someone tells of before it."""
    return sentence.startswith(" sẽ ", reported.end("rest")) and (
        lexicon.events().compiled["told_to_come"].search(sentence, 0, reported.start("head"))
        is not None
    )


def to_come(sentence: str, start: int, verb: int) -> bool:
    """Whether the words from ``start`` up to the event's verb make it one to come or in
    the making ("sẽ", "chuẩn bị", "dự kiến" ...), unless the sentence reports today."""
    compiled = lexicon.events().compiled
    if compiled["same_day_opening"].match(sentence):
        return False
    return compiled["to_come"].search(sentence, start, verb) is not None


def undated_in_a_summary(text: str, start: int, sentence: str) -> bool:
    """Whether a sentence without a day goes on in a paragraph that opened on what a
    period brought or on another event ("Năm 2025, Liên hiệp đã tổ chức 50 hoạt động ...
    Liên hiệp cũng phối hợp tổ chức Hội nghị xúc tiến đầu tư ..."): an item of that, not
    the report of an event."""
    if opens_paragraph(text, start):
        return False
    paragraph = text.rfind("\n", 0, start) + 1
    summary = lexicon.events().compiled["summary_opening"].match(text[paragraph:start])
    return summary is not None and not dates.find_dates(sentence)
