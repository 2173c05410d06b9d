"""The Aho–Corasick phrase matcher finds exactly what the regex alternation it replaces
finds: property tests over texts built from phrase pieces, word characters and
separators, the lexicons themselves, and the provinces named as localities."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd_data.extract import lexicon
from dnnd_data.extract.phrases import PhraseMatcher
from dnnd_data.extract.places import PROVINCE_ALIASES, gazetteer
from dnnd_data.lexicon import alternation

PHRASES = ["Hội", "Hội hữu nghị", "hội hữu nghị Việt Nam", "VUFO", "Ủy ban", "ủy ban nhân dân"]
AFTER = r" (?:tỉnh|TP\.?)(?!\w)"
PIECES = [*PHRASES, "x", "_", "1", " ", ", ", ".", " tỉnh", " TP.", "TP", "HỘI", "İ", "đ"]


def regex_of(phrases: list[str], after: str | None) -> re.Pattern[str]:
    tail = f"(?!{after})" if after else ""
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w){tail}", re.IGNORECASE)


def spans(matcher: PhraseMatcher, text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.surface) for m in matcher.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.booleans())
def test_same_matches_as_the_regex(pieces: list[str], with_after: bool) -> None:
    text = "".join(pieces)
    after = AFTER if with_after else None
    expected = [(m.start(), m.end(), m.group(0)) for m in regex_of(PHRASES, after).finditer(text)]
    assert spans(PhraseMatcher(PHRASES, not_followed_by=after), text) == expected


def test_longest_phrase_at_a_start_whose_boundary_holds() -> None:
    matcher = PhraseMatcher(["Hội", "Hội hữu nghị"])
    # The longer phrase runs into a word ("nghịx"): the shorter one is taken.
    assert spans(matcher, "Hội hữu nghịx") == [(0, 3, "Hội")]
    assert spans(matcher, "HỘI HỮU NGHỊ.") == [(0, 12, "HỘI HỮU NGHỊ")]
    assert spans(PhraseMatcher([]), "Hội") == []


def test_the_lexicons_match_as_their_regexes_did() -> None:
    orgs, awards = lexicon.organizations(), lexicon.awards()
    text = (
        "Sáng 5/3, Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) và Liên hiệp các tổ chức "
        "hữu nghị tỉnh Nghệ An trao Huân chương Hữu nghị, Bằng khen và Kỷ niệm chương cho "
        "Hội hữu nghị Việt Nam - Lào; vufo tỉnh Huế."
    )
    for phrases, matcher, after in (
        (list(orgs.by_spelling), orgs.matcher, lexicon.LOCAL_BRANCH),
        (list(awards.canonical_of), awards.matcher, None),
    ):
        pattern = regex_of(phrases, after)
        expected = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
        assert expected
        assert spans(matcher, text) == expected


def test_localities_as_the_unit_and_name_regex_found_them() -> None:
    places = gazetteer()
    names = alternation([*places.provinces, *PROVINCE_ALIASES])
    units = r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)"
    pattern = re.compile(rf"(?<!\w)(?:{units} ?)?(?P<province>{names})(?!\w)")
    text = (
        "TPHCM, TP.HCM và TP. HCM; TP Hà Nội, Thành phốHuế, tỉnhNghệ An, xtỉnh Huế, tỉnh  "
        "Huế, Thừa Thiên - Huế, Sài Gòn, tỉnh Nghệ Anh, Tỉnh Bắc Giang."
    )
    expected = [places.province_of(m.group("province")) for m in pattern.finditer(text)]
    assert places.provinces_named(text) == [p for p in expected if p is not None]
    assert places.names_a_locality("Hội hữu nghị tỉnh Bắc Giang")
    assert not places.names_a_locality("Hội hữu nghị Việt Nam - Lào")
