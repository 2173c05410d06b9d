"""The Aho–Corasick phrase matcher finds exactly what the regex alternation it replaces
finds: property tests over texts built from phrase pieces, word characters and
separators, the lexicons themselves, and the provinces named as localities. Likewise the
literal-first alternations and the event cue scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd_data.extract import event_mentions, lexicon
from dnnd_data.extract.phrases import PhraseMatcher
from dnnd_data.extract.places import PROVINCE_ALIASES, gazetteer
from dnnd_data.extract.sentences import split_sentences
from dnnd_data.lexicon import alternation, alternation_not_after

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


# Words written letters first, their guards after (alternation_not_after), match as the
# lookbehind-first alternation they replace: what the position heads and event heads use.
GUARDED = ["Chủ tịch", "Phó Chủ tịch", "Hội nghị", "hội nghị", "Hội"]
GUARD_PIECES = [*GUARDED, "Ban ", "/", "x", "tại ", "Tại ", " ", ", ", ".", "1", "nghịx", "HỘI"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(GUARD_PIECES), max_size=30), st.integers(0, 200))
def test_words_before_their_guards_match_as_guards_before_words(
    pieces: list[str], position: int
) -> None:
    text = "".join(pieces)
    for guards in ([r"[\w/]", "Ban "], [r"\w", "[Tt]ại "], [r"\w"]):
        before = "".join(f"(?<!{g})" for g in guards)
        old = re.compile(rf"{before}(?:{alternation(GUARDED)})(?!\w)")
        new = re.compile(rf"(?:{alternation_not_after(GUARDED, *guards)})(?!\w)")
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        start = min(position, len(text))
        for method in ("match", "search"):
            found, expected = getattr(new, method)(text, start), getattr(old, method)(text, start)
            assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Hội nghị",
                "hội nghị",
                "HỘI NGHỊ",
                "Đại hội",
                "trao",
                "Trao",
                "TRAO",
                "x",
                "İ",
                " ",
                ". ",
                "\n",
                "Bằng khen",
                " Huân chương",
                "diễn ra",
                "tổ chức",
                "A",
            ]
        ),
        max_size=40,
    )
)
def test_event_mentions_read_only_cued_sentences_and_find_the_same(pieces: list[str]) -> None:
    """The cue scan passes over sentences without a head or an award verb; reading every
    sentence finds the same mentions."""
    text = "".join(pieces)
    sentences = split_sentences(text)
    every = [
        (start, found)
        for start, end in zip(sentences.starts, sentences.ends, strict=True)
        if (found := event_mentions._mention_in(text[start:end], lexicon.events().compiled))
    ]
    mentions = event_mentions.find_event_mentions(text, sentences)
    assert [(m.sentence[0], m.grammar, m.start - m.sentence[0]) for m in mentions] == [
        (start, found[0], found[1]) for start, found in every
    ]
