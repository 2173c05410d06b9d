"""Awards the awardee received before, told in a report: not given at the event.

Takes: the text, the span of an award's sentence and where its name and class end. Gives:
whether the award is part of the awardee's history ("Năm 2020, Hội đã được tặng Huân chương
...", "... Hội được tặng Huân chương Lao động hạng Ba năm 2022"). Pure."""

from __future__ import annotations

import re

from dnnd_data.extract import lexicon
from dnnd_data.extract.event_tense import undated_in_a_summary

# A year right after the award's name and class: the year it was given ("Huân chương Lao
# động hạng Ba năm 2022", "... vào năm 2015").
_IN_A_YEAR = re.compile(r"(?i) (?:vào )?năm (?:19|20)\d\d(?!\d)")


# A sentence opening on the occasion or the scene of the event reported tells what was given
# there ("Dịp này, ...", "Nhân dịp này, ...", "Tại buổi lễ, ...").
_AT_THE_EVENT = re.compile(
    r"(?:Nhân )?[Dd]ịp này|Tại (?:hội nghị|đại hội|buổi lễ|lễ kỷ niệm|chương trình|buổi)(?!\w)",
    re.IGNORECASE,
)


def awarded_before(text: str, start: int, end: int, award_end: int) -> bool:
    """Whether the award whose sentence spans ``start``–``end`` and whose name and class end
    at ``award_end`` is what a period brought the awardee: the sentence opens on a period, or
    goes on undated in a paragraph that does ("Nhiệm kỳ 2019 - 2024, Hội đã ... Hội được
    tặng Huân chương ...") and not on the event's occasion, or the award is dated by its
    year."""
    sentence = text[start:end]
    if lexicon.events().compiled["summary_opening"].match(sentence):
        return True
    if _IN_A_YEAR.match(text, award_end):
        return True
    return not _AT_THE_EVENT.match(sentence) and undated_in_a_summary(text, start, sentence)
