"""Place names from reference data: Vietnam's provinces and districts (before and after the
2025 merger, from the ``vietnamadminunits`` package, MIT licence) and foreign countries
(``lexicons/countries.yaml``, keyed by ISO 3166-1 codes checked against ``pycountry``, and
the English short names ``pycountry`` gives the others).

Takes: nothing. Gives: a cached :class:`Gazetteer`: is a phrase a place, which province
does a locality phrase name, and the patterns that find them in text.
"""

from __future__ import annotations

import gettext
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

import pycountry
import yaml

from dnnd_data.extract.phrases import PhraseMatch, PhraseMatcher

COUNTRIES_YAML = Path(__file__).resolve().parent / "lexicons" / "countries.yaml"
# How the press abbreviates the two largest cities, and spellings the reference data lacks.
PROVINCE_ALIASES = {
    "TPHCM": "Hồ Chí Minh",
    "TP.HCM": "Hồ Chí Minh",
    "TP HCM": "Hồ Chí Minh",
    "TP. HCM": "Hồ Chí Minh",
    "HCM": "Hồ Chí Minh",
    "Sài Gòn": "Hồ Chí Minh",
    "Thừa Thiên Huế": "Huế",
    "Thừa Thiên - Huế": "Huế",
}
# Provinces named after a person: the bare name is the person's ("Học viện Chính trị quốc
# gia Hồ Chí Minh", "tư tưởng Hồ Chí Minh"); only "TP Hồ Chí Minh" and the like are places.
NAMED_AFTER_PEOPLE = frozenset({"Hồ Chí Minh"})
# Words that introduce a province's name ("tỉnh Nghệ An", "TP. Huế", "TPHCM").
LOCALITY_UNITS = ("Tỉnh", "tỉnh", "Thành phố", "thành phố", "TP", "TP.")


@dataclass(frozen=True)
class Gazetteer:
    """Province, district and country names."""

    provinces: frozenset[str]
    districts: frozenset[str]
    countries: dict[str, str]  # Vietnamese name -> ISO alpha-2
    # A district's province, for the districts whose name only one province has.
    district_provinces: dict[str, str]
    # A province's unit as its name is written in full ("tỉnh", "thành phố").
    province_units: dict[str, str]
    # Every district whose name only one province has, one-word names too ("Vinh"): these
    # name a place only after their unit ("thành phố Vinh").
    unit_districts: dict[str, str] = field(default_factory=dict)

    @cached_property
    def names(self) -> frozenset[str]:
        """Every place name (provinces, their aliases, districts, countries)."""
        return self.provinces | frozenset(PROVINCE_ALIASES) | self.districts | set(self.countries)

    def is_place(self, phrase: str) -> bool:
        """A phrase that names a place (so it is not a person), bare or with its unit
        ("TP Hồ Chí Minh")."""
        return phrase in self.names or phrase in self._localities

    def province_of(self, phrase: str) -> str | None:
        """The province a name denotes (aliases resolved), or None."""
        name = PROVINCE_ALIASES.get(phrase, phrase)
        return name if name in self.provinces else None

    @cached_property
    def _localities(self) -> dict[str, str | None]:
        """Every way a province is named as a locality ('tỉnh X', 'thành phố X', 'TP X',
        'TP.X', 'TPHCM', or the bare name), case-sensitive, with the province it names
        (None for an alias the reference data does not resolve)."""
        out: dict[str, str | None] = {}
        for name in [*self.provinces, *PROVINCE_ALIASES]:
            province = self.province_of(name)
            if name not in NAMED_AFTER_PEOPLE:
                out[name] = province
            for unit in LOCALITY_UNITS:
                for space in ("", " "):
                    out[f"{unit}{space}{name}"] = province
        return out

    @cached_property
    def locality_matcher(self) -> PhraseMatcher:
        """The localities, found in one pass (see :attr:`_localities`)."""
        return PhraseMatcher(self._localities, ignore_case=False)

    def localities_named(self, text: str) -> list[tuple[PhraseMatch, str]]:
        """Every locality named in the text with its province, in text order."""
        found = ((m, self._localities[m.surface]) for m in self.locality_matcher.finditer(text))
        return [(m, province) for m, province in found if province is not None]

    def provinces_named(self, text: str) -> list[str]:
        """The province of every locality named in the text, in text order."""
        return [province for _, province in self.localities_named(text)]

    def province_in(self, phrase: str) -> str | None:
        """The one province a phrase places itself in: the provinces it names ("Liên hiệp
        ... tỉnh Bình Định"), else the province of a district it is ("TP Quy Nhơn")."""
        found = self.localities_named(phrase)
        named = {province for _, province in found}
        if len(named) > 1:
            # A province's bare name inside a longer name is a building's ("Nhà hát Hòa
            # Bình, Thành phố Hồ Chí Minh"), not where it stands.
            named = {
                province
                for m, province in found
                if m.surface not in self.provinces
                or not _LIST_PARTS.split(phrase[: m.start])[-1].strip()
            }
        if len(named) == 1:
            return named.pop()
        if named:
            return None
        # A district named bare, by its unit or by its organs ("TP Quy Nhơn", "huyện Mộc
        # Châu", "Huyện ủy Mộc Châu"); a one-word one bare as a whole venue ("tại Vinh").
        unit = _DISTRICT_UNIT.search(phrase)
        if unit is None:
            return self.district_provinces.get(phrase) or self.unit_districts.get(phrase)
        return self.unit_districts.get(phrase[unit.end() :])

    def is_unit_place(self, phrase: str) -> bool:
        """A place written with its unit: a province ("tỉnh Đồng Nai") or a district
        ("thành phố Vinh", "huyện Kỳ Sơn")."""
        if phrase in self._localities:
            return True
        unit = _DISTRICT_UNIT.match(phrase)
        return unit is not None and phrase[unit.end() :] in self.unit_districts

    @cached_property
    def _provinces_folded(self) -> dict[str, str]:
        """Each province by its name without marks or spaces, as web domains write it
        ("quangngai"), when no two provinces fold alike."""
        folded: dict[str, set[str]] = {}
        for name in [*self.provinces, *PROVINCE_ALIASES]:
            province = self.province_of(name)
            if province is not None:
                folded.setdefault(fold(name), set()).add(province)
        return {key: names.pop() for key, names in folded.items() if len(names) == 1}

    def province_of_domain(self, word: str) -> str | None:
        """The province a provincial newspaper's domain word names ("baoquangngai"), or None."""
        word = word.casefold()
        return self._provinces_folded.get(word[3:]) if word.startswith("bao") else None

    @cached_property
    def _place_matcher(self) -> PhraseMatcher:
        """Every place name, case-sensitive: a country is told from the province or
        district whose name begins with it ("Lào" of "Lào Cai") by the longest match."""
        return PhraseMatcher(self.names, ignore_case=False)

    @cached_property
    def country_matcher(self) -> PhraseMatcher:
        """Foreign countries and their cities, case-sensitive, found in one pass."""
        return PhraseMatcher(self.countries, ignore_case=False)

    def is_foreign(self, name: str) -> bool:
        """True when the name is a country other than Vietnam or one of its cities."""
        return self.countries.get(name, "VN") != "VN"

    def names_a_foreign_country(self, text: str) -> bool:
        """True when the text names a country other than Vietnam. The foreign names are
        looked for first (most texts have none); then every place name, so that "Lào Cai"
        is the province, not "Lào" (that matcher is the slower: districts are many)."""
        return bool(self.foreign_places_in(text))

    def foreign_places_in(self, text: str) -> list[PhraseMatch]:
        """The foreign countries and cities the text names, in text order (read as
        :meth:`names_a_foreign_country` reads them)."""
        if next(self.country_matcher.finditer(text), None) is None:
            return []
        return [m for m in self._place_matcher.finditer(text) if self.is_foreign(m.surface)]

    def names_a_locality(self, text: str) -> bool:
        """True when the text names a province as a locality."""
        return next(self.locality_matcher.finditer(text), None) is not None


# What parts a list of places ("Hà Nội, Huế và Đà Nẵng").
_LIST_PARTS = re.compile(r",| và ")


# A district's unit or Party committee before its name, the name running to the end.
_DISTRICT_UNIT = re.compile(
    r"(?<!\w)(?:huyện|quận|thị xã|thành phố|TP\.?|Huyện ủy|Quận ủy|Thị ủy|Thành ủy) (?=[A-ZĐÀ-Ỹ])"
)


def _admin_units() -> tuple[dict[str, str], dict[str, set[str]]]:
    data = resources.files("vietnamadminunits") / "data" / "dataset.db"
    with resources.as_file(data) as path:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            # The newer list last: a province's unit after the 2025 merger ("thành phố Huế").
            provinces = {
                short: full.removesuffix(short).strip().lower()
                for table in ("admin_units_legacy", "admin_units")
                for full, short in con.execute(
                    f"SELECT DISTINCT province, provinceShort FROM {table} ORDER BY province"
                )
            }
            districts: dict[str, set[str]] = {}
            for district, province in con.execute(
                "SELECT DISTINCT districtShort, provinceShort FROM admin_units_legacy"
            ):
                districts.setdefault(district, set()).add(province)
        finally:
            con.close()
    return provinces, districts


_ENGLISH_NAME = re.compile(r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*")


def _countries() -> dict[str, str]:
    """Country names, and the cities listed under them, to the country's ISO code (a
    former state's: its ISO 3166-3 code)."""
    lexicon = yaml.safe_load(COUNTRIES_YAML.read_text(encoding="utf-8"))
    listed = {
        code: [*names, *lexicon.get("capitals", {}).get(code, [])]
        for code, names in lexicon["countries"].items()
    }
    unknown = set(lexicon.get("capitals", {})) - set(listed)
    if unknown:
        raise ValueError(f"countries.yaml: cities under codes with no country: {sorted(unknown)}")
    vietnamese = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["vi"])
    out: dict[str, str] = {}
    for code, names in listed.items():
        country = pycountry.countries.get(alpha_2=str(code), default=None)
        if country is None:
            raise ValueError(f"countries.yaml: {code} is not an ISO 3166-1 alpha-2 code")
        translated = vietnamese.gettext(country.name)
        # One-syllable translations ("Ao") are ordinary words; the YAML lists those it needs.
        for name in [*names, *([translated] if " " in translated else [])]:
            out.setdefault(name, str(code))
    # The press writes most other countries by their English short names ("Tổng thống Ghana
    # John Mahama", "tại Kenya"): those of one or a few capitalised words, from pycountry;
    # not those that are given names too (the YAML's list).
    not_names = set(lexicon.get("english_names_also_given_names", []))
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", country.name)}:
            if _ENGLISH_NAME.fullmatch(name) and name not in not_names:
                out.setdefault(name, country.alpha_2)
    for code, names in lexicon.get("historic", {}).items():
        if pycountry.historic_countries.get(alpha_4=str(code), default=None) is None:
            raise ValueError(f"countries.yaml: {code} is not an ISO 3166-3 alpha-4 code")
        for name in names:
            out.setdefault(name, str(code))
    return out


def fold(name: str) -> str:
    """A name without its marks, spaces and dashes, in lower case ("Quảng Ngãi" -> "quangngai")."""
    bare = unicodedata.normalize("NFD", name.casefold().replace("đ", "d"))
    return "".join(c for c in bare if c.isalnum() and not unicodedata.combining(c))


@cache
def gazetteer() -> Gazetteer:
    """The place names (read once per process)."""
    provinces, district_provinces = _admin_units()
    # A district named like a common word or a person would make every such word a place.
    districts = {d: p for d, p in district_provinces.items() if len(d.split()) >= 2}
    any_length = {d: next(iter(p)) for d, p in district_provinces.items() if len(p) == 1}
    unique = {d: p for d, p in any_length.items() if d in districts}
    return Gazetteer(
        frozenset(provinces), frozenset(districts), _countries(), unique, provinces, any_length
    )
