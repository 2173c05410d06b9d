"""Where an event belongs: the province an article names, the one an event's organizer,
place or provincial newspaper gives, and the capital named only as a venue.

Takes: the article's text and the event's organizer and place. Gives: a province's name
from the reference place lists (:mod:`~dnnd_data.extract.places`), or None."""

from __future__ import annotations

import re

from dnnd_data.extract.organizations import OrgMention
from dnnd_data.extract.places import gazetteer

# The capital named as where something was held ("tại Hà Nội", "tại Thủ đô Hà Nội") says
# where, not whose: national bodies hold their events there.
CAPITAL = "Hà Nội"
_AT_THE_CAPITAL = re.compile(r"[Tt]ại (?:Thủ đô |thủ đô )?$")


def article_province(text: str) -> str | None:
    """The one province an article names as a locality ("tỉnh X", "TP X"), if only one;
    the capital only as a venue is not one."""
    found = provinces_beside_the_capital_as_venue(text)
    return found.pop() if len(found) == 1 else None


def provinces_beside_the_capital_as_venue(text: str) -> set[str]:
    """The provinces the text names as localities, the capital named only as a venue and
    the place a report was filed from ("Hà Nội, ngày 17/12/2024 - ") left out."""
    return {
        province
        for match, province in gazetteer().localities_named(text)
        if not _FILED_FROM.match(text, match.end)
        and not _SEAT_OF_OFFICE.search(text, max(0, match.start - 70), match.start)
        and (
            province != CAPITAL
            or not _AT_THE_CAPITAL.search(text, max(0, match.start - 12), match.start)
        )
    }


# The seat of an envoy's or a representative office ("Tổng Lãnh sự Ấn Độ tại TP.Hồ Chí
# Minh", "Văn phòng đại diện JICA tại Huế") says where the guest is posted, not whose
# the event is.
_SEAT_OF_OFFICE = re.compile(
    r"(?:Đại sứ|[Ll]ãnh sự|Đại biện|[Đđ]ại diện)[^,.;:\n]{0,40} tại "
    r"(?:[Tt]hủ đô |TP\.? ?|[Tt]hành phố |tỉnh )?$"
)


# What follows the place of a report's filing line: its full date and a dash.
_FILED_FROM = re.compile(r", (?:ngày )?\d{1,2}/\d{1,2}/\d{4} [-–] ")


def locality_of(
    scope: str | None,
    organizer: OrgMention | None,
    location: str | None,
    province: str | None,
    text: str,
    *,
    web_addresses: tuple[str, ...] = (),
    visits_abroad: bool = False,
    lead: str | None = None,
) -> str | None:
    """The province an event not national belongs to: the one its organizer names ("Liên
    hiệp ... tỉnh Bình Định"), else the one the article names, else the one its place lies
    in ("tại Quy Nhơn"), else, for a province's event, the provincial newspaper's own. None
    for a visit paid abroad (``visits_abroad``: see :func:`visited_abroad`). The article's
    province yields to the place's when the sentence reporting the event (``lead``) does
    not name it."""
    places = gazetteer()
    if (
        scope == "national"
        or (organizer and _foreign_organ(organizer.name))
        or (location and _abroad(location))
        or visits_abroad
    ):
        return None
    located = places.province_in(location) if location else None
    if (
        province
        and located
        and lead is not None
        and province != located
        and province not in places.provinces_named(lead)
    ):
        # Named only away from the report of the event ("... Trường Đại học ... TPHCM"):
        # where it was held says more.
        province = None
    return (
        (places.province_in(organizer.name) if organizer else None)
        or province
        or located
        or (outlet_province(text, web_addresses) if scope == "provincial" else None)
    )


def _foreign_organ(name: str) -> bool:
    """An organ of another country ("Ủy ban Mặt trận ... Campuchia tỉnh Takeo"): it names a
    foreign country and not Vietnam, as a bilateral association does."""
    return gazetteer().names_a_foreign_country(name) and not re.search(r"\bViệt\b", name)


# The unit a foreign place's name may follow as a venue ("thủ đô Viêng Chăn").
FOREIGN_UNIT = re.compile(r"^(?:[Tt]hủ đô|[Tt]hành phố|TP\.?|[Tt]ỉnh|[Tt]hị xã|[Qq]uận) ")


def _abroad(location: str) -> bool:
    """A venue that is a foreign country or city, alone, as its last part after a comma or
    with its country in brackets ("Viêng Chăn", "thủ đô Phnôm Pênh", "tỉnh Takeo,
    Campuchia", "Nara (Nhật Bản)"); a building named after a country ("Trung tâm Văn hóa
    Hàn Quốc") is not one."""
    bracket = _BRACKETED.search(location)
    if bracket is not None:
        return gazetteer().is_foreign(bracket.group(1))
    last = FOREIGN_UNIT.sub("", location.rsplit(",", 1)[-1].strip())
    return gazetteer().is_foreign(last)


_BRACKETED = re.compile(r" \(([^()]+)\)$")


# A province or city by its unit and capitalised name ("tỉnh Svay Rieng", "thành phố Gumi").
_UNIT_AND_NAME = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|thủ đô|bang) (?P<name>[A-ZĐÀ-Ỹ][\w'-]*(?: [A-ZĐÀ-Ỹ][\w'-]*)*)"
)


def visited_abroad(visited: str) -> bool:
    """Whether the side a delegation visits, as written after the visit's verb, is abroad:
    its country in brackets or after its last comma ("với tỉnh Luông Pha Băng (Lào)", "...
    tỉnh Svay Rieng, Vương quốc Campuchia"), or a province or city by its unit that is
    foreign or no place of ours ("với Hội Hữu nghị Campuchia - Việt Nam tỉnh Svay Rieng"),
    none of ours named."""
    clause = visited.split(";", 1)[0].strip().rstrip(".").strip()
    if clause and _abroad(clause):
        return True
    places = gazetteer()
    if places.names_a_locality(clause):
        return False
    return any(
        places.is_foreign(name) or not places.is_place(name)
        for name in (m["name"] for m in _UNIT_AND_NAME.finditer(clause))
    )


# A provincial newspaper's web address as the tag a lead opens on: "(Baoquangngai.vn) - ".
_DOMAIN = r"(?:www\.)?(?P<word>[Bb]ao[a-z]+)\.(?:com\.|org\.)?vn"
_OUTLET_DOMAIN = re.compile(rf"(?:^|\n)\({_DOMAIN}\) ?[-–] ")
_WEB_ADDRESS = re.compile(rf"{_DOMAIN}$")


def outlet_province(text: str, web_addresses: tuple[str, ...] = ()) -> str | None:
    """The province of the provincial newspaper whose tag a paragraph opens on, or whose
    web address the article came with (the tag before the lead, which cleaning takes out
    of the text, or the URL's host), if one."""
    words = [m["word"] for m in _OUTLET_DOMAIN.finditer(text)]
    words += [m["word"] for w in web_addresses if (m := _WEB_ADDRESS.match(w))]
    found = {gazetteer().province_of_domain(word) for word in words}
    found.discard(None)
    return found.pop() if len(found) == 1 else None
