"""Organizations: known ones through the alias lexicon, others by the grammar of their names.

Takes: clean text, or an organization phrase as written. Gives: :class:`OrgMention` (org
id, canonical name, acronym, kind, span, surface). An organization named by the grammar
("Liên hiệp các tổ chức hữu nghị TP Hà Nội (HAUFO)", "Hội hữu nghị Việt - Lào tỉnh Thanh
Hóa") gets one id however it is spelled: its key spells out abbreviations (UBND, TP, T.Ư),
drops a trailing "Đảng" after "Trung ương", and completes a bare "tỉnh"/"thành phố" with the
article's province when the article names exactly one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dnnd_data.extract import lexicon
from dnnd_data.extract.canonical import ascii_name
from dnnd_data.extract.places import (
    LOCALITY_UNITS,
    NAMED_AFTER_PEOPLE,
    PROVINCE_ALIASES,
    gazetteer,
)
from dnnd_data.lexicon import alternation

_ACRONYM = re.compile(r" ?\((?P<acronym>[A-ZĐ][A-ZĐa-z.&-]{1,14})\)")
# A province's name marked as the one formed by the 2025 merger ("UBND tỉnh Tuyên Quang
# (mới)"): the same body as the name unmarked ("(cũ)", a former province's, is kept).
_NEW_UNIT = re.compile(r" ?\(mới\)")
_BARE_LOCALITY = re.compile(r" (?:tỉnh|[Tt]hành phố|TP\.?)$")
_BARE_COMMITTEE = re.compile(r" (?:Tỉnh ủy|Thành ủy)$")
_DASH_PAIR = re.compile(r"(?<=Việt) ?[-–] ?")
# "TP.Hà Nội": the unit's abbreviation glued to the name, as "TP. Hà Nội".
_GLUED_UNIT = re.compile(r"(?<!\w)(TP|Tp)\.(?=[A-ZĐ])")
_DASH = re.compile(r" ?[-–—] ?")
_COUNTRY_BEFORE_UNIT = re.compile(r" Việt Nam (?=(?:tỉnh|thành phố|huyện|quận|thị xã) )")
# The longest names the press writes, the locality they may close on not counted (a steering
# committee of two fields: "Ban Chỉ đạo công tác thông tin đối ngoại và đối ngoại nhân dân").
_TRAILING_LOCALITY = re.compile(r" (?:tỉnh|thành phố|TP\.?) (?P<place>[^,;()]+)$")
MAX_NAME_WORDS = 16
# A tense or passive marker is a clause's, never a name's: words run on past the name ("Hội
# ... được Chủ tịch nước").
_CLAUSE_WORD = re.compile(r" (?:được|đã|đang|sẽ)(?!\w)")
# Bodies of two or more sides are no one organization ("Bộ Quốc phòng hai nước").
_OF_SEVERAL_SIDES = re.compile(r" (?:hai|ba|các) (?:nước|bên|tỉnh|huyện|địa phương)$")


@dataclass(frozen=True)
class OrgMention:
    """An organization named in a text."""

    org_id: str
    start: int
    end: int
    surface: str
    name: str = ""
    acronym: str | None = None
    kind: str = "organization"
    evidence: str = ""  # the sentence, filled in by extract_article

    def with_evidence(self, evidence: str) -> OrgMention:
        """This mention with ``evidence`` as its sentence (built directly: an article
        names dozens, and ``dataclasses.replace`` is several times slower)."""
        return OrgMention(
            self.org_id,
            self.start,
            self.end,
            self.surface,
            self.name,
            self.acronym,
            self.kind,
            evidence,
        )


# A locality after a known name makes it a local organ of that name ("Ủy ban Mặt trận Tổ
# quốc Việt Nam tỉnh Nghệ An", "Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An"), not the national one.
_LOCALITY_AFTER = re.compile(
    r"(?: Việt Nam)? (?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?|huyện|quận) ?[A-ZĐ]"
)


def find_organizations(text: str) -> list[OrgMention]:
    """Every mention of a lexicon organization, in text order."""
    lex = lexicon.organizations()
    out = []
    for match in lex.matcher.finditer(text):
        if _LOCALITY_AFTER.match(text, match.end):
            continue
        org = lex.by_spelling[match.surface.casefold()]
        out.append(
            OrgMention(
                org.id,
                match.start,
                match.end,
                match.surface,
                org.name,
                org.acronym,
                org.kind,
            )
        )
    return out


def known_organization(phrase: str, start: int = 0) -> OrgMention | None:
    """The lexicon's organization the whole phrase names, by a name, alias or acronym, its
    abbreviations spelled out or not ("VUFO", "MTTQ Việt Nam"), with its span offset by
    ``start``; else None."""
    return _lexicon_mention(phrase, phrase, start)


def _lexicon_mention(name: str, surface: str, start: int) -> OrgMention | None:
    """The lexicon's organization ``name`` (or the ``surface`` it is written as, with its
    acronym) spells, abbreviations spelled out or not; else None."""
    lex = lexicon.organizations()
    known = (
        lex.by_spelling.get(name.casefold())
        or lex.by_spelling.get(surface.casefold())
        or lex.by_spelling.get(_spelled_out(name).casefold())
    )
    if known is None:
        return None
    return OrgMention(
        known.id, start, start + len(surface), surface, known.name, known.acronym, known.kind
    )


def bare_head(phrase: str) -> str | None:
    """The head a phrase is, when it is a head written alone ("Liên hiệp", "Hội")."""
    head = lexicon.organizations().head_pattern.match(phrase)
    return head.group(0) if head and head.end() == len(phrase) else None


def starts_like_organization(phrase: str) -> bool:
    """True when a phrase begins with an organization head ("Ban", "Liên hiệp", "Hội"...)."""
    return lexicon.organizations().head_pattern.match(phrase) is not None


def _name_words(name: str) -> int:
    """How many words a name has, without the province or city it closes on."""
    words = len(name.split())
    trailing = _TRAILING_LOCALITY.search(name)
    if trailing is not None and gazetteer().is_place(trailing["place"]):
        words -= len(trailing.group(0).split())
    return words


# The short name an article goes on to use, in brackets after the full one ("Liên hiệp các
# tổ chức hữu nghị Việt Nam (Liên hiệp)", "(gọi tắt là Hội)"): no part of the name.
_SHORT_NAME = re.compile(
    r" \((?P<told>(?:sau đây )?(?:gọi|viết) tắt là )?(?P<short>[^()]{2,40})\)$"
)


def _without_short_name(name: str) -> str:
    short = _SHORT_NAME.search(name)
    if short is None:
        return name
    same_head = short["short"].split(" ", 1)[0] == name.split(" ", 1)[0]
    return name[: short.start()] if short["told"] or same_head else name


def organization(phrase: str, start: int, province: str | None) -> OrgMention | None:
    """The organization a phrase names (``start``: its offset in the text), or None when
    it does not read as one (no organization head, too long)."""
    surface = phrase.strip(" ,")
    start += len(phrase) - len(phrase.lstrip(" ,"))
    acronym_match = _ACRONYM.search(surface)
    acronym = acronym_match.group("acronym") if acronym_match else None
    name = _without_short_name(_NEW_UNIT.sub("", _ACRONYM.sub("", surface)).strip())
    known = _lexicon_mention(name, surface, start)
    if known is not None:
        return known
    lex = lexicon.organizations()
    head = lex.head_pattern.match(name)
    if (
        head is None
        or _name_words(name) > MAX_NAME_WORDS
        or _CLAUSE_WORD.search(name)
        or _OF_SEVERAL_SIDES.search(name)
    ):
        return None
    # A title that starts with a head's word is no organization ("Bộ trưởng Bộ Ngoại
    # giao", "Viện trưởng"); one as long as the head is both ("Thường trực Liên hiệp").
    title = lexicon.positions().head_pattern.match(name)
    if title is not None and title.end() > head.end():
        return None
    if province and _BARE_COMMITTEE.search(name):
        # "Ban Dân vận Tỉnh ủy": the committee of the article's province, named bare.
        name = f"{name} {province}"
    elif province and _BARE_LOCALITY.search(name):
        # The unit the province has today ("tỉnh" written for Huế, a city since 2025).
        unit = gazetteer().province_units.get(province)
        name = (
            _in_province(_BARE_LOCALITY.sub("", name), province) if unit else f"{name} {province}"
        )
    elif (
        province
        and head.group(0) in lex.local_organ_heads
        and name != head.group(0)
        and not gazetteer().names_a_locality(name)
    ):
        name = _in_province(name, province)
    elif name == head.group(0) and name not in lex.unique_heads:
        # A head alone: the article's province's ("Tỉnh ủy"), else a reference back.
        if not (province and name in lex.provincial_heads):
            return None
        name = _in_province(name, province) if lex.provincial_heads[name] else f"{name} {province}"
    return OrgMention(
        org_id_for(name),
        start,
        start + len(surface),
        surface,
        name,
        acronym,
        lex.heads[head.group(0)],
    )


def names_no_place(name: str) -> bool:
    """Whether a name ends on a bare unit or committee ("Liên hiệp ... tỉnh", "Ban Dân vận
    Tỉnh ủy"): whose it is, only the article's province says."""
    return bool(_BARE_LOCALITY.search(name) or _BARE_COMMITTEE.search(name))


def _in_province(name: str, province: str) -> str:
    """The name completed with the province and the unit it has ("Sở Ngoại vụ tỉnh Lạng
    Sơn"); the province alone when the reference list gives it no unit."""
    unit = gazetteer().province_units.get(province)
    return f"{name} {unit} {province}" if unit else f"{name} {province}"


def _spelled_out(name: str) -> str:
    """The name with its abbreviations spelled out ("Ủy ban Trung ương MTTQ Việt Nam")."""
    lex = lexicon.organizations()
    return lex.abbreviation_pattern.sub(lambda m: lex.abbreviations[m.group(0)], name)


@lru_cache(maxsize=8192)  # pure, and called for every title and organization, on few names
def org_key(name: str) -> str:
    """What makes two spellings one organization: abbreviations spelled out, case folded."""
    key = _spelled_out(_GLUED_UNIT.sub(r"\1. ", name))
    key = _DASH_PAIR.sub(" Nam - ", key) if re.search(r"Việt ?[-–] ?[A-ZĐ]", key) else key
    # One dash between the two sides of a pair, however written ("Việt Nam – Lào").
    key = _DASH.sub(" - ", key)
    # A province's body of a national organization is named with or without the country
    # ("Ủy ban MTTQ Việt Nam tỉnh Nghệ An" is "Ủy ban MTTQ tỉnh Nghệ An").
    key = _COUNTRY_BEFORE_UNIT.sub(" ", key)
    key = re.sub(r"Trung ương Đảng$", "Trung ương", key)
    key = _with_unit(re.sub(r"\s+", " ", key).strip())
    return key.casefold()


_UNIT_BEFORE = re.compile(r"(?:tỉnh|thành phố|Tỉnh|Thành phố) $")
_UNIT_AT_START = re.compile(rf"^(?:{alternation(LOCALITY_UNITS)}) ?")


def _with_unit(name: str) -> str:
    """A name ending in a province written without its unit ("Liên hiệp các tổ chức hữu
    nghị Hà Nội"), with the unit put in ("... thành phố Hà Nội"): one key for both."""
    places, lex = gazetteer(), lexicon.organizations()
    # A Party committee is named after its province bare ("Tỉnh ủy Quảng Trị").
    if any(name.startswith(h) for h, unit in lex.provincial_heads.items() if not unit):
        return name
    words = name.split(" ")
    # The longest place name the name ends with ("Thừa Thiên Huế", not "Huế").
    for n in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        if not places.is_place(tail):
            continue
        if tail in NAMED_AFTER_PEOPLE:  # "Học viện ... Hồ Chí Minh" is named after him
            break
        before = name[: len(name) - len(tail)]
        # A province's former name is the same body's ("tỉnh Thừa Thiên Huế", now
        # "thành phố Huế"): the name and unit of today.
        bare = _UNIT_AT_START.sub("", tail)
        renamed = PROVINCE_ALIASES.get(bare)
        if renamed is not None and renamed in places.province_units:
            before = _UNIT_BEFORE.sub("", name[: len(name) - len(bare)])
            return f"{before}{places.province_units[renamed]} {renamed}"
        unit = places.province_units.get(tail)
        if unit and not _UNIT_BEFORE.search(before):
            return f"{before}{unit} {tail}"
        break
    return name


def org_id_for(name: str) -> str:
    """``o-`` + a slug of the key (readable) + 8 hex digits of its sha256 (unique)."""
    key = org_key(name)
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name(key).lower()).strip("-")[:48].strip("-")
    return f"o-{slug}-{hashlib.sha256(key.encode()).hexdigest()[:8]}"


def closes_a_known_name(text: str) -> bool:
    """Whether ``text`` ends with a known organization's spelling whose last word is a
    family name too."""
    folded = text.casefold()
    return any(
        folded.endswith(spelling)
        and (len(folded) == len(spelling) or not folded[-len(spelling) - 1].isalnum())
        for spelling in _spellings_closing_on_a_family_name().get(text.rsplit(" ", 1)[-1], ())
    )


@cache
def _spellings_closing_on_a_family_name() -> dict[str, tuple[str, ...]]:
    """Known organizations' spellings (case-folded) by their last word, when it is a family
    name ("Trung ương Đoàn")."""
    surnames = lexicon.people().surname_set
    found: dict[str, list[str]] = {}
    for spelling in lexicon.organizations().by_spelling:
        last = spelling.rsplit(" ", 1)[-1]
        word = last[:1].upper() + last[1:]
        if " " in spelling and word in surnames:
            found.setdefault(word, []).append(spelling)
    return {word: tuple(spellings) for word, spellings in found.items()}
