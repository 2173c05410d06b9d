"""Where an event was held: the place after its "tại", as written, with the units that
enclose it.

Takes: the article's text and the event's mentions. Gives: the place's span (or its text),
from the place heads and stops of ``lexicons/events.yaml`` and the reference place lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from dnnd_data.extract import lexicon
from dnnd_data.extract.dates import find_dates
from dnnd_data.extract.event_locality import FOREIGN_UNIT
from dnnd_data.extract.event_mentions import EventMention
from dnnd_data.extract.organizations import starts_like_organization
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.subject_words import place_before_organization
from dnnd_data.extract.titles import PositionMention, find_positions
from dnnd_data.lexicon import alternation


def location_of(text: str, mentions: Sequence[EventMention]) -> str | None:
    """Where the event was held, as written."""
    found = location_span(text, mentions)
    return text[found[0] : found[1]] if found else None


# "tại <place>" as the event's adjunct: opening a clause (capitalised at the sentence's
# start or after a dateline's dash), right after the report verb, maybe with how the event
# went ("diễn ra trọng thể tại"), or after the day ("diễn ra ngày 5/12 tại Hà Nội").
@cache
def _at_place() -> re.Pattern[str]:
    manner = alternation(lexicon.events().manner_adverbs)
    return re.compile(
        rf"(?:(?:^|[-–] )[Tt]|(?:, |\d |(?:tổ chức|diễn ra|khai mạc)(?: (?:{manner}))? |\) )t)ại "
    )


_AT_NAME_END = re.compile(r" ?tại ")


def location_span(text: str, mentions: Sequence[EventMention]) -> tuple[int, int] | None:
    """Where the place after the event's "tại" is written."""
    compiled = lexicon.events().compiled
    for m in mentions:
        sentence = text[m.sentence[0] : m.sentence[1]]
        # "tại <place>" as the event's adjunct: opening a clause, right after the report
        # verb or right after the event's name; not inside a description ("cơ quan đầu
        # mối ... tại thành phố X"). The "tại" of people's own verb ("lưu học sinh đang học
        # tập tại tỉnh") is inside the name (see event_name_end), never right after it.
        name_end = m.end - m.sentence[0]
        after_name = _AT_NAME_END.match(sentence, name_end)
        positions: list[PositionMention] | None = None
        for at in [*_at_place().finditer(sentence), *([after_name] if after_name else [])]:
            # The seat of an office is no venue ("tiếp Tổng Lãnh sự Lào tại Đà Nẵng").
            positions = find_positions(sentence) if positions is None else positions
            if any(p.start < at.end() < p.end for p in positions):
                continue
            if _of_another_day(sentence, at.end() - len("tại "), name_end):
                continue
            rest = sentence[at.end() :]
            raw_place = rest[: _place_end(rest, compiled)]
            place = place_before_organization(raw_place.strip())
            country = _COUNTRY_IN_BRACKETS.match(rest, len(raw_place))
            if country and not gazetteer().is_foreign(country.group("country")):
                country = None
            if place and (_is_place(place, compiled) or _named_abroad(place, raw_place, country)):
                begin = m.sentence[0] + at.end() + len(raw_place) - len(raw_place.lstrip())
                end = begin + len(place)
                if place == raw_place.strip() and country:
                    end = m.sentence[0] + at.end() + country.end()
                elif place == raw_place.strip():
                    end = _enclosing_units_end(text, end, m.sentence[1], compiled)
                    end = _country_after(text, place, end, m.sentence[1], compiled)
                return begin, end
    return None


def _of_another_day(sentence: str, at: int, name_end: int) -> bool:
    """Whether the "tại" at ``at`` follows a day other than the one the sentence opened
    on: the place of what that clause tells ("Chiều 12/4, Ban Tổ chức họp báo giới thiệu
    lễ hội, diễn ra từ ngày 20 đến 22/4 tại Công viên ...": the festival's, not the press
    conference's), not the event's day said again ("diễn ra ngày 5/12 tại ...")."""
    if not sentence[:at].rstrip()[-1:].isdigit():
        return False
    dates = find_dates(sentence[: at + 1])
    if len(dates) < 2 or dates[0].start >= name_end or dates[-1].end < at - 1:
        return False
    return (dates[0].day, dates[0].month) != (dates[-1].day, dates[-1].month)


# A place abroad written with its country in brackets ("Nara (Nhật Bản)", "tỉnh Xiêng
# Khoảng (Lào)"): the country is part of the place as written, and it says that a name
# the reference lists do not hold is a place: a capitalised name, its unit maybe before
# it, and no organization.
_COUNTRY_IN_BRACKETS = re.compile(r" \((?P<country>[^()]{2,30})\)")
_FOREIGN_PLACE = re.compile(
    r"(?:(?:thủ đô|thành phố|tỉnh|bang|vùng|quận) )?[A-ZĐ][^\W\d_]*(?:[ -][A-ZĐ][^\W\d_]*){0,3}"
)


def _named_abroad(place: str, raw_place: str, country: re.Match[str] | None) -> bool:
    """Whether the words after "tại" are a capitalised name with its country in brackets
    right after them (see above)."""
    return (
        country is not None
        and place == raw_place.strip()
        and _FOREIGN_PLACE.fullmatch(place) is not None
        and not starts_like_organization(place)
    )


def _enclosing_units_end(
    text: str, end: int, limit: int, compiled: dict[str, re.Pattern[str]]
) -> int:
    """Where a place ends with the units that enclose it, written after commas ("Quảng
    trường Hồ Chí Minh, thành phố Vinh", "TP. Biên Hòa, tỉnh Đồng Nai"): each a unit and
    a name the reference lists know. A commune or ward, which they do not hold, is kept
    when a unit they know encloses it in turn ("bản Na Mèo, xã Na Mèo, huyện Quan Sơn")."""
    reached = end
    while (unit := _COMMA_UNIT.match(text, reached, limit)) is not None:
        place = _words_to_stop(text, unit.start() + 2, limit, compiled)
        reached = unit.start() + 2 + len(place)
        if gazetteer().is_unit_place(place):
            end = reached
        elif not _COMMUNE.fullmatch(place):
            break
    return end


def _country_after(
    text: str, place: str, end: int, limit: int, compiled: dict[str, re.Pattern[str]]
) -> int:
    """Where a foreign city ends with its country written after a comma ("Osaka, Nhật
    Bản"): only the city's own country, as the reference lists give it; any foreign
    country after a place they do not hold ("tỉnh Gifu, Nhật Bản")."""
    if not text.startswith(", ", end):
        return end
    country = _words_to_stop(text, end + 2, limit, compiled)
    places = gazetteer()
    # The city may be written with its unit ("thủ đô Phnom Penh, Campuchia").
    bare = FOREIGN_UNIT.sub("", place)
    city = places.countries.get(bare)
    if city is not None:
        same = city == places.countries.get(country)
    else:
        same = not places.is_place(bare) and places.is_foreign(country)
    return end + 2 + len(country) if same and country != place else end


def _words_to_stop(text: str, start: int, limit: int, compiled: dict[str, re.Pattern[str]]) -> str:
    """The words from ``start`` up to the lexicon's next place stop (a comma, a verb...)."""
    rest = text[start:limit]
    stop = compiled["place_end"].search(rest)
    return rest[: stop.start() if stop else len(rest)].strip()


# The units of Vietnam's places, as news writes them.
_UNITS = r"(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|TP\.?)"
_COMMA_UNIT = re.compile(rf", (?i:{_UNITS}) ")
# A commune, ward, township or special zone with a capitalised name ("xã Na Mèo", "phường
# 3", "đặc khu Phú Quốc").
_COMMUNE = re.compile(
    r"(?:xã|phường|thị trấn|đặc khu) (?:[A-ZĐÀ-Ỹ][^\W\d_]*|\d{1,2})(?: [A-ZĐÀ-Ỹ][^\W\d_]*){0,3}"
)


def _place_end(rest: str, compiled: dict[str, re.Pattern[str]]) -> int:
    """Where the place at the start of ``rest`` ends: at the lexicon's stops, except a "và"
    inside a venue's proper name ("Trung tâm Hội nghị và Triển lãm tỉnh")."""
    stop = compiled["place_end"].search(rest)
    while (
        stop
        and stop.group() == " và "
        and _name_goes_on(rest[: stop.start()], rest, stop, compiled)
    ):
        stop = compiled["place_end"].search(rest, stop.end())
    return stop.start() if stop else len(rest)


def _name_goes_on(
    before: str, rest: str, conjunction: re.Match[str], compiled: dict[str, re.Pattern[str]]
) -> bool:
    # A venue's proper name not yet closed by a unit ("Trung tâm Văn hóa") goes on with a
    # capitalised word that starts no place or organization of its own ("và Thể thao");
    # "thành phố Vinh và huyện Kỳ Sơn" are two places.
    if not before[:1].isupper() or not compiled["place_head"].match(before):
        return False
    if _UNIT_WORD.search(before):
        return False
    after = rest[conjunction.end() :]
    following = compiled["place_end"].search(after)
    joined = after[: following.start() if following else len(after)].strip()
    return (
        joined[:1].isupper()
        and not compiled["place_head"].match(joined)
        and not starts_like_organization(joined)
        and not gazetteer().is_place(joined)
    )


_UNIT_WORD = re.compile(rf"(?<!\w){_UNITS}(?!\w)")


# A unit written alone refers back to a place ("đang hoạt động tại tỉnh"): it names none.
_BARE_UNIT = re.compile(rf"(?i){_UNITS}")


def _is_place(place: str, compiled: dict[str, re.Pattern[str]]) -> bool:
    if _BARE_UNIT.fullmatch(place):
        return False
    places = gazetteer()
    # After "tại", a district's one-word name names it ("tại Pleiku"), as elsewhere only
    # its unit before it does ("thành phố Vinh").
    return (
        bool(compiled["place_head"].match(place))
        or places.is_place(place)
        or place in places.unit_districts
    )
