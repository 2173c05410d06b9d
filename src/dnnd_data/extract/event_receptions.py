"""A reception said by its verb, not named by a head: a host receiving a delegation or an
envoy ("<host> (đã) tiếp (và làm việc với) đoàn ..."), a guest received by name when the
sentence names a foreign country ("tiếp ông Yamanaka Takeharu, Thị trưởng ... (Nhật Bản)"),
and a delegation's visit ("Đoàn đại biểu ... đến thăm và làm việc tại ...").

Takes: a sentence (and its lower-cased text) with the events lexicon's compiled patterns.
Gives: the match of the reception's verb, where the event's name starts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.event_name_end import name_end
from dnnd_data.extract.phrases import PhraseMatch, contains_any
from dnnd_data.extract.places import gazetteer

# A delegation (not "đoàn kết", "đoàn viên", "đoàn thể", the Youth Union).
DELEGATION = re.compile(r"(?<!\w)[Đđ]oàn (?!kết|viên|thể|thanh niên|TNCS)")
# A friendship pair names the partner by its short name ("Liên minh Nghị sĩ hữu nghị Nhật -
# Việt", "Hội hữu nghị Việt - Nga"), which alone is a given name too ("Nhật", "Trung").
_FRIENDSHIP_PAIR = re.compile(
    r"hữu nghị (?:[A-ZĐ]\w* ?[-–] ?Việt|Việt ?[-–] ?[A-ZĐ]\w*)(?!\w)", re.IGNORECASE
)


def reception_in(
    text: str, lowered: str, compiled: dict[str, re.Pattern[str]]
) -> re.Match[str] | None:
    """The verb of a reception the sentence reports, each form searched only when its
    words are there."""
    lex = lexicon.events()
    received = None
    if contains_any(lowered, lex.reception_literals):
        received = compiled["received"].search(text)
    if received is None and compiled["guest_cue"].search(lowered):
        guest = compiled["received_guest"].search(text)
        rest = text[guest.end() :] if guest is not None else ""
        if gazetteer().names_a_foreign_country(rest) or _FRIENDSHIP_PAIR.search(rest):
            received = guest
    if received is None and contains_any(lowered, lex.visit_cues):
        received = _visit(text, compiled)
    if received is None and contains_any(lowered, lex.met_cues):
        received = _met(text, compiled)
    return received


def _met(text: str, compiled: dict[str, re.Pattern[str]]) -> re.Match[str] | None:
    """A host meeting a foreign group ("Chiều 5/3, Chủ tịch nước X đã gặp mặt các cựu
    chuyên gia Lào"), in a lead that opens on its day; its verb stands as the reception's."""
    met = compiled["met"].search(text)
    if met is None or not dates.find_dates(text[: met.start()]):
        return None
    # Whom they meet, up to where a gathering's name would end, foreign by the same test as
    # a gathering an organization holds (not Vietnam's own who served abroad: "cựu chuyên
    # gia Việt Nam giúp Lào"), or named as foreign ("... nước ngoài", "lưu học sinh").
    whom = text[met.end() : name_end(text, met.start())]
    if _names_vietnams_own(whom):
        return None
    foreign = gazetteer().foreign_places_in(whom)
    return (
        met
        if meets_foreign_people(whom, foreign) or compiled["foreign_people"].search(whom)
        else None
    )


def _visit(text: str, compiled: dict[str, re.Pattern[str]]) -> re.Match[str] | None:
    """A delegation's or an envoy's visit ("Đoàn ... đến thăm và làm việc tại ...", "Đại
    sứ Lào ... đến chào xã giao lãnh đạo tỉnh"), when the sentence names a foreign
    country; its verb stands as the reception's."""
    for visit in compiled["visit"].finditer(text):
        # An envoy calls on a host as a delegation does.
        if not (
            DELEGATION.search(text, 0, visit.start())
            or compiled["envoy"].search(text, 0, visit.start())
        ):
            continue
        # A country visited by name ("đã thăm Nhật Bản"), not a site ("thăm Bảo tàng ...").
        abroad = visit["abroad"]
        if abroad and not gazetteer().is_foreign(_STATE_FORM.sub("", abroad)):
            continue
        return visit if gazetteer().names_a_foreign_country(text) else None
    return None


# A state's form before its name ("Cộng hòa Cuba", "Vương quốc Campuchia").
_STATE_FORM = re.compile(r"^(?:Cộng hòa|Vương quốc|Liên bang) (?=[A-ZĐ])")


# The word before a country that places the gathering or its people there, or says whom
# they helped ("gặp mặt cựu chuyên gia giúp Lào", "... giúp bạn Campuchia"): not the
# people of that country.
_PLACED_THERE = re.compile(
    r"(?<!\w)(?:tại|ở|sang|tới|đến|từ|giúp|về)(?: (?:bạn|nước bạn|nước|nhân dân))? $"
)


def meets_foreign_people(name: str, foreign: Sequence[PhraseMatch]) -> bool:
    """Whether a gathering's name says it meets a foreign country's people ("gặp mặt các
    cựu binh Pháp", "họp mặt cộng đồng người Lào"): a country (``foreign``: the foreign
    places the name holds) not placed by a preposition, in a name that does not name
    Vietnam's own ("cựu quân tình nguyện Việt Nam"; Vietnam placed by one is not)."""
    if _names_vietnams_own(name):
        return False
    return any(not _PLACED_THERE.search(name, 0, place.start) for place in foreign)


def _names_vietnams_own(name: str) -> bool:
    """Whether a name says Vietnam's own people: Vietnam named, not placed by a preposition."""
    return any(not _PLACED_THERE.search(name, 0, m.start()) for m in _VIETNAM.finditer(name))


# Vietnam named in a gathering's name; where it is only where they were ("cựu chuyên gia
# Lào từng học tập tại Việt Nam"), the people met are still the foreign country's.
_VIETNAM = re.compile(r"Việt")
