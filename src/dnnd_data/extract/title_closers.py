"""Where a title's organ is closed: by a province, a foreign country, an office's seat, the
central level or a central organ of the State ("Phó Chủ tịch Liên hiệp ... tỉnh Nghệ An
động viên ...", "Thứ trưởng Bộ Ngoại giao nhất trí ..."). A lower-case word after one
starts the next clause, unless it goes on a title.

Takes: a text and the span of a title's words. Gives: where the title ends.
"""

from __future__ import annotations

import re
from functools import cache

from dnnd_data.extract import lexicon
from dnnd_data.extract.capitals import SYLLABLE
from dnnd_data.extract.phrases import PhraseMatcher
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.sentences import LOWER
from dnnd_data.lexicon import alternation
from dnnd_data.regex_openings import compile_opening_first

LOWER_WORD = re.compile(rf" [{LOWER}]")
# The dash between the two countries of a bilateral association's name, right before the
# second; and the pair whose second is Vietnam (not in the country list: see below).
_PAIR_DASH = re.compile(r" ?[-–] ?$")
_PAIR_WITH_HOST = re.compile(r"[-–] ?Việt Nam(?!\w)")
_LEVEL = compile_opening_first(
    r"(?<![\w-])(?:Trung ương|Việt Nam|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)(?![\w-])"
)
# "tại" and the place an office is seated in, its unit maybe before it.
_SEAT = re.compile(
    rf"(?<= tại )(?:(?:TP\.?|[Tt]hành phố|tỉnh) ?)?{SYLLABLE}(?: {SYLLABLE})*(?![\w-])"
)


def past_closing_place(text: str, start: int, end: int) -> int:
    """Where a title's words end when a province or a foreign country closes its organ
    ("Phó Chủ tịch Liên hiệp ... tỉnh Nghệ An động viên ...", "Chủ tịch Hội hữu nghị Việt
    Nam - Indonesia ôn lại ..."): a lower-case word after the place starts the next
    clause, unless it goes on a title ("... tỉnh Nghệ An khóa XIX", "Đại sứ Lào tại")."""
    places = gazetteer()
    words = text[start:end]
    ends = [p.end for p in places.locality_matcher.finditer(words)]
    # A country closes a bilateral association's name, the second of its pair ("Việt Nam -
    # Indonesia", "Lào - Việt Nam"); not an organ it begins ("Mặt trận Lào xây dựng ...").
    # So does a country an organ is said to be of ("Chính phủ nước Cộng hòa ... Lào").
    if "-" in words or "–" in words or "nước " in words:
        ends += [
            p.end
            for p in places.country_matcher.finditer(words)
            if _PAIR_DASH.search(words, 0, p.start) or words.endswith("nước ", 0, p.start)
        ]
        ends += [pair.end() for pair in _PAIR_WITH_HOST.finditer(words)]
    # An office's seat ends it too ("Tổng Lãnh sự Lào tại Vinh cắt băng ..."), and so does
    # a unit named by its capitalised name, one the reference lists do not hold (a foreign
    # province or state: "Tỉnh trưởng tỉnh Luông Pha Bang nhiệt liệt ...").
    if " tại " in words:
        ends += [seat.end() for seat in _SEAT.finditer(words)]
    ends += [unit.end() for unit in _named_unit().finditer(words)]
    # The central level, the host country and a locality's Party committee close an organ
    # as a province does ("Trưởng Ban Đối ngoại Trung ương xúc động ...", "Chủ tịch Liên
    # hiệp ... Việt Nam trồng cây", "Bí thư Tỉnh ủy dâng hoa").
    ends += [level.end() for level in _LEVEL.finditer(words)]
    # So does a central organ of the State ("Thứ trưởng Bộ Ngoại giao nhất trí ..."), unless
    # a subject or a country goes on ("Ban Chỉ đạo Chính phủ về ...", "Chính phủ nước ...").
    # The title's head may be the organ's first words ("Phó Chủ tịch nước").
    back = max(0, start - _HEAD_IN_ORGAN)
    organs = {
        m.end - (start - back)
        for m in _organ_matcher().finditer(text[back:end])
        if m.end >= start - back
    }
    for place_end in sorted({*ends, *organs}):
        after = start + place_end
        goes_on = _goes_on_after_place().match(text, after) or (
            place_end in organs and _GOES_ON_AFTER_ORGAN.match(text, after)
        )
        if LOWER_WORD.match(text, after, end) and not goes_on:
            return after
    return end


_GOES_ON_AFTER_ORGAN = re.compile(r" (?:về|nước)(?!\w)")
# How far before a title's words an organ it closes on may begin: the head's own words
# may name it whole ("Phó Chủ tịch nước").
_HEAD_IN_ORGAN = len("Chủ tịch nước")


@cache
def _named_unit() -> re.Pattern[str]:
    """A locality unit and the capitalised name after it ("tỉnh Luông Pha Bang")."""
    units = alternation(lexicon.positions().locality_units)
    return compile_opening_first(rf"(?<!\w)(?:{units}) {SYLLABLE}(?: {SYLLABLE})*(?![\w-])")


@cache
def _goes_on_after_place() -> re.Pattern[str]:
    """The words that go on a title after its province: the lexicon's, the office's seat
    ("... tỉnh X tại Hà Nội", "người Việt Nam ở nước ngoài") and another organ ("và": see
    the lexicon's stop pattern)."""
    words = [*lexicon.positions().title_goes_on, "tại", "ở", "và"]
    return re.compile(rf" (?:{alternation(words)})(?!\w)")


@cache
def _organ_matcher() -> PhraseMatcher:
    """The central organs that close a title (case-sensitive: a name, not the "chính phủ"
    of "tổ chức phi chính phủ")."""
    return PhraseMatcher(lexicon.positions().organs_closing_titles, ignore_case=False)
