"""The foreign names a title runs into, which no Vietnamese family name opens: an envoy's
after the place of the post ("Đại sứ Nhật Bản tại Việt Nam Yamada Takio"), a foreign office
holder's after the bare office ("Thị trưởng Yokoyama Hideyuki"), a friendship association's
leader after the pair's second country ("Hội hữu nghị Nhật - Việt Takebe Tsutomu"), a
foreign organ's holder after the organ ("Liên hiệp các tổ chức hữu nghị Lào Sounthone
Xayachak").

Takes: a position span and the capitalised run that closes it. Gives: where the name starts
in the run, checked against the reference place lists (a place is no name).
"""

from __future__ import annotations

import re
from functools import cache

from dnnd_data.extract import lexicon
from dnnd_data.extract.places import gazetteer

# The country envoys are accredited to, which the place lists leave out (its name is in
# too many organizations' names to mark a place).
HOST_COUNTRY = frozenset({"Việt Nam"})
# "tại" ending a title's words, maybe with a locality's unit: "Tổng Lãnh sự ... tại TP ".
_AT_PLACE_END = re.compile(r" tại (?:(?:TP\.?|thành phố|tỉnh) ?)?$")
# Offices foreign when written alone: an envoy's (the events lexicon's envoy titles; a
# Vietnamese envoy's name is family-name-led) and those no Vietnamese holds; and those of a
# foreign state as of Vietnam.
_NO_VIETNAMESE_HOLDS = ("Tổng lãnh sự", "Thị trưởng", "Tỉnh trưởng", "Tổng thống", "Quốc vương")
_OF_STATE = (
    "Thống đốc|Thủ tướng|Chủ tịch nước|Chủ tịch Quốc hội|Bộ trưởng Ngoại giao|Bộ trưởng Quốc phòng"
)


@cache
def _alone() -> str:
    return "|".join([*lexicon.events().envoy_titles, *_NO_VIETNAMESE_HOLDS])


@cache
def _foreign_office_end() -> re.Pattern[str]:
    """Any foreign office right before the run: a country or place, then the name ("Đại
    sứ Nhật Bản Ito Naoki")."""
    return re.compile(
        rf"(?:^|\s)(?:Phó )?(?:{_alone()}|{_OF_STATE})(?: (?:thành phố|tỉnh|bang))? $"
    )


@cache
def _foreign_alone() -> re.Pattern[str]:
    """One foreign office alone right before the run: its holder's name follows (not
    "Thủ tướng")."""
    return re.compile(rf"(?:^|\s)(?:Phó )?(?:{_alone()}) $")


def foreign_name_start(span: str, run_start: int, words: list[str]) -> int | None:
    """Where a foreign name starts in the run of ``words`` at ``run_start`` of ``span``
    (the title's words before it tell which kind of name may follow), or None."""
    if len(words) < 2:  # a name has two words at least
        return None
    if _AT_PLACE_END.search(span, 0, run_start) or _foreign_office_end().search(span, 0, run_start):
        start = _envoy_name_start(words)
        if start is not None:
            return start
    # A foreign office written bare ("Thị trưởng Yokoyama Hideyuki") is followed by its
    # holder's name, as one seated at an acronym is; not by a country's ("Đại sứ Hàn Quốc").
    if _seated_at_an_acronym(span[:run_start]) or (
        _foreign_alone().search(span, 0, run_start) and not _opens_on_a_place(words)
    ):
        start = _foreign_name_start(words)
        if start is not None:
            return start
    if _PAIR_DASH_END.search(span, 0, run_start):
        return _name_after_pair_partner(words)
    # A foreign organ's name ending on a lower-case word, then its holder's name ("Chủ tịch
    # Ủy ban Trung ương Mặt trận Lào xây dựng đất nước Xay-sổm-phon Phôm-vi-hản"); not a
    # place after its unit ("... tỉnh Luông Pha Băng").
    before = span[:run_start]
    if _LOWER_WORD_END.search(before):
        return _name_after_foreign_organ(before, words)
    return None


def _name_after_foreign_organ(before: str, words: list[str]) -> int | None:
    """A foreign organ's holder: after its country ("Liên hiệp các tổ chức hữu nghị Lào
    Sounthone Xayachak"), or after the organ's last word when the title names the country
    ("Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước Xay-sổm-phon Phôm-vi-hản")."""
    # Most runs here open an organ's name ("Ban Bí thư", "Bộ Ngoại giao"), which no name does;
    # the title's words are scanned for a country last, only when the run could be a name.
    if lexicon.organizations().head_pattern.match(" ".join(words)):
        return None
    places = gazetteer()
    start = _envoy_name_start(words)
    if start is not None:
        if _UNIT_START.match(words[start]):
            return None
        abroad = places.is_foreign(" ".join(words[:start]))
        return start if abroad or places.names_a_foreign_country(before) else None
    if _UNIT_END.search(before) or _UNIT_START.match(words[0]) or _opens_on_a_place(words):
        return None
    start = _foreign_name_start(words)
    return start if start is not None and places.names_a_foreign_country(before) else None


_LOWER_WORD_END = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZĐ]*[a-zđà-ỹ] $")
_UNIT_END = re.compile(r"(?<!\w)(?:tỉnh|thành phố|thủ đô|bang|quận|huyện|thị xã|xã|phường|tại) $")
# A unit's word opening the words after a country: a place ("Thành phố Hồ Chí Minh").
_UNIT_START = re.compile(r"(?:Tỉnh|Thành|Thủ|Bang|Quận|Huyện|Thị|Xã|Phường|TP)$")


def opens_on_abroad(words: list[str]) -> bool:
    """Whether the words open on a foreign country or city whose first word is a family
    name too ("Hàn Quốc Đà Nẵng", "Thái Lan", "Hà Lan")."""
    if words[0] not in _foreign_first_words():
        return False
    return any(gazetteer().is_foreign(" ".join(words[:k])) for k in (2, 3) if k < len(words))


def abroad_at(words: list[str], at: int) -> bool:
    """Whether a run's words from ``at`` open on a foreign place (:func:`opens_on_abroad`),
    or lie inside one the run opens on ("tỉnh Bô Ly Khăm Xay": "Ly" is a family name too)."""
    if opens_on_abroad(words[at:]):
        return True
    if at == 0 or words[0] not in _foreign_first_words():
        return False
    return any(gazetteer().is_foreign(" ".join(words[:k])) for k in range(at + 1, len(words) + 1))


@cache
def _foreign_first_words() -> frozenset[str]:
    """The first words of the foreign countries and cities named in several words."""
    return frozenset(n.split(" ", 1)[0] for n in gazetteer().countries if " " in n)


# "tại" and a place written as one capitalised token ("tại TP.HCM Susan Burns"), which
# no run of syllables holds.
_AT_ACRONYM_END = re.compile(r" tại (?P<place>[A-ZĐ][A-ZĐ.]+) $")


def _seated_at_an_acronym(before: str) -> bool:
    seat = _AT_ACRONYM_END.search(before)
    return seat is not None and gazetteer().is_place(seat["place"])


# A friendship association's pair before the run ("Hội hữu nghị Nhật - Việt Takebe
# Tsutomu"): the run opens on the pair's second country.
_PAIR_DASH_END = re.compile(r"[^\W\d_] [-–] $")


def _name_after_pair_partner(words: list[str]) -> int | None:
    """After a pair's second country ("Việt", "Việt Nam" or a country the reference lists
    know), a name as an envoy's would be: where it starts."""
    for i in (2, 1):
        partner = " ".join(words[:i])
        if partner in {"Việt", *HOST_COUNTRY} or gazetteer().is_foreign(partner):
            rest = _foreign_name_start(words[i:])
            return None if rest is None else i
    return None


def _foreign_name_start(words: list[str]) -> int | None:
    """0 when the run is a name as an envoy's would be (not a place, not too long)."""
    lex, name = lexicon.people(), " ".join(words)
    if not 2 <= len(words) <= lex.max_foreign_name_words or gazetteer().is_place(name):
        return None
    return None if name in lex.not_names else 0


def seat_words(span: str, run_start: int, words: list[str]) -> int:
    """How many of the run's first words name the place an office is seated at, the run
    following "tại" ("Tổng Lãnh sự Trung Quốc tại Hà Nội Lưu Ba": 2); 0 after anything else.
    No name starts inside them, though "Hà" opens names too."""
    if not _AT_PLACE_END.search(span, 0, run_start):
        return 0
    seated = (i for i in range(len(words) - 1, 0, -1) if is_place_or_host(" ".join(words[:i])))
    return next(seated, 0)


def is_place_or_host(name: str) -> bool:
    """Whether a name is a place the reference lists know, or the host country they leave
    out."""
    return name in HOST_COUNTRY or gazetteer().is_place(name)


def _opens_on_a_place(words: list[str]) -> bool:
    # Or on an honorific's word, which is also a country's one-word name ("Đại sứ Anh").
    if words[0].casefold() in lexicon.people().honorific_words:
        return True
    starts = (" ".join(words[:i]) for i in range(1, len(words) + 1))
    return any(is_place_or_host(start) for start in starts)


def _envoy_name_start(words: list[str]) -> int | None:
    """After "tại", a place then a name: where the name starts, the place being the
    longest the reference lists know."""
    lex, places = lexicon.people(), gazetteer()
    for i in range(len(words) - 2, 0, -1):
        place, name = " ".join(words[:i]), " ".join(words[i:])
        if not is_place_or_host(place):
            continue
        if len(words) - i > lex.max_foreign_name_words or places.is_place(name):
            return None
        return None if name in lex.not_names else i
    return None
