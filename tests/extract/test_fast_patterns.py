"""Patterns that check their left boundary after their first digit, word or space (so the
regex engine can skip ahead to it) find what the plain patterns, with the check first,
find: the dates, the role cues (searched in lower-cased text), sentence bounds and hard
wraps. The plain ones are written here as the reference."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd_data.extract import awards, dates, documents, lexicon, sentences
from dnnd_data.extract.roles import roles_in
from dnnd_data.extract.sentences import LOWER
from dnnd_data.lexicon import alternation, alternation_not_after
from dnnd_data.regex_openings import literal_first, opening_first, openings, top_branches
from dnnd_data.settings import PROJECT_ROOT
from tests.extract.sentences import DEV_CORPUS

_DAY, _MONTH, YEAR = dates._DAY, dates._MONTH, dates.YEAR
PLAIN = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"(?<![\d/.-])(?P<day>[0-3]?\d)(?P<sep>[/.-]){_MONTH} ?(?:-|–|đến) ?(?:ngày )?[0-3]?\d"
        rf"(?P=sep)(?P<end_month>[01]?\d)(?P=sep)(?P<year>{YEAR})(?![\d/])",
        rf"(?<![\d/.-])(?P<day>[0-3]?\d)(?: ?(?:-|–|và|đến|,) ?(?:ngày )?[0-3]?\d)"
        rf"(?P<sep>[/.-]){_MONTH}(?:(?P=sep)(?P<year>{YEAR}))?(?![\d/])",
        rf"(?<!\d)ngày {_DAY} tháng {_MONTH}(?: năm (?P<year>{YEAR}))?(?!\d)",
        rf"(?<![\d-])(?P<year>{YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])",
        rf"(?<![\d/.,-]){_DAY} (?P<sep>[/.–-]) {_MONTH} (?P=sep) (?P<year>{YEAR})"
        rf"(?!\d|[/.,-]\d)",
        rf"(?:(?<=ngày )|(?<=sáng )|(?<=chiều )|(?<=tối )|(?<=trưa )){_DAY} (?P<sep>[–-]) "
        rf"{_MONTH}(?!\d| ?[/.–-] ?\d| (?:tháng|giờ|h)(?!\w))",
        rf"(?<![\d/.,-]){_DAY}(?P<sep>[/.-]){_MONTH}(?:(?P=sep)(?P<year>{YEAR}))?"
        rf"(?![\d%]|[/.-]\d)",
    )
)

PIECES = st.sampled_from(
    [
        *("1", "2", "0", "3", "9", "12", "31", "2024", "1999"),
        *("/", ".", "-", "–", ",", " ", "%", "a"),
        *("ngày ", "Ngày ", "tháng ", "năm ", " và ", " đến ", "5ngày ", "Chiều ", " giờ"),
    ]
)


@settings(max_examples=400)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_the_fast_patterns_match_the_plain_ones(text: str) -> None:
    for fast, plain in zip(dates.DATE_PATTERNS, PLAIN, strict=True):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_text_without_a_digit_has_no_date() -> None:
    assert dates.find_dates("Sáng nay, tại Hà Nội") == []
    assert [d.day for d in dates.find_dates("Sáng 16/1, tại Hà Nội")] == [16]


def _plain_roles(segment: str) -> list[str]:
    found = []
    for entry in lexicon.roles().roles:
        alternatives = [rf"(?:{alternation(entry.cues)})(?!\w)", *entry.patterns]
        if re.search(rf"(?<!\w)(?:{'|'.join(alternatives)})", segment, re.IGNORECASE):
            found.append(entry.role)
    if len(found) > 1:
        found = [r for r in found if r != "attending"]
    if len(found) > 1:
        found = [r for r in found if r != "speech"]
    return found


CUE_PIECES = st.sampled_from(
    [
        *("Chủ trì", "chủ trì", " hội nghị", ".", " ", "phát biểu", " chỉ đạo", "Dự", " và "),
        *("trao tặng", "TRAO", " huân chương", "tham dự", "đọc diễn văn", "chủ tọa", "achủ trì"),
    ]
)


@settings(max_examples=300)
@given(st.lists(CUE_PIECES, max_size=10).map("".join))
def test_the_role_cues_match_the_plain_ones(segment: str) -> None:
    assert roles_in(segment) == _plain_roles(segment)


PLAIN_BOUNDARY = re.compile(
    rf"(?<=[.!?])(?<!TP\.)(?<!Tp\.)(?<!\b[A-ZĐ]\.)\s+(?=[\"'(]?[A-ZĐÀ-Ỹ0-9])|\n+(?![{LOWER}])"
)
PLAIN_HARD_WRAP = re.compile(rf"(?<=[^\s.!?:;])\n(?=[{LOWER}])")
TEXT_PIECES = st.sampled_from(
    [*("TP.", "Tp.", " T.", ".", "!", "?", ":", " ", "  ", "\n", "\n\n", "a", "Hà", "(", '"', "5")]
)


@settings(max_examples=400)
@given(st.lists(TEXT_PIECES, max_size=14).map("".join))
def test_sentence_bounds_and_wraps_match_the_plain_patterns(text: str) -> None:
    assert [m.span() for m in sentences._BOUNDARY.finditer(text)] == [
        m.span() for m in PLAIN_BOUNDARY.finditer(text)
    ]
    # (Texts this short are never wrapped at a width: see test_hard_wraps.py for those.)
    assert sentences.unwrap(text) == PLAIN_HARD_WRAP.sub(" ", text)


PHRASES = ["Phó", "Phó Chủ tịch", "Phó Chủ tịch nước", "Chủ tịch", "Chủ nhiệm", "lễ trao"]
PHRASES += ["lễ trao tặng", "lễ Kỷ niệm", "Ban", "Bí thư", "Phó Bí thư"]
PHRASE_PIECES = st.sampled_from([*PHRASES, " ", "Ban ", "x", "nước", "tặng", ",", "Chủ"])


@settings(max_examples=400)
@given(st.lists(PHRASE_PIECES, max_size=12).map("".join))
def test_phrases_factored_by_words_match_the_plain_alternation(text: str) -> None:
    # The plain alternation: every phrase whole, longest first, the guard before it.
    plain = "|".join(
        rf"(?<!\w)(?<!Ban ){re.escape(p)}" for p in sorted(PHRASES, key=len, reverse=True)
    )
    factored = alternation_not_after(PHRASES, r"\w", "Ban ")
    for suffix in ("", r"(?!\w)"):
        expected = [(m.start(), m.group()) for m in re.finditer(f"(?:{plain}){suffix}", text)]
        got = [(m.start(), m.group()) for m in re.finditer(f"(?:{factored}){suffix}", text)]
        assert got == expected


# Patterns as lexicons write them: checks first, a group of openings, an anchor.
CHECKED = [
    r"(?<!\w)dự(?= và )",
    r"^tham gia (?:buổi|lễ)(?!\w)[^.;]{0,20}? có(?!\w)",
    r"(?:(?<=\w )|(?<=\w, ))(?<!theo )báo cáo (?:kết quả|tình hình)(?!\w)",
    r"(?<!buổi )(?<!\w)(?:gặp mặt|gặp gỡ)(?: thân mật)? (?:các|đoàn)(?!\w)",
    r"(?:đã|vừa) có buổi (?:tiếp|gặp mặt)(?!\w)",
    r"(?<!khi |sau )(?:kết luận|bế mạc) (?:hội nghị|lễ)(?=,)",
    r"(?:[^\W\d_]+ )?bầu(?!\w)",
    # Spread, a capture after the group would be written twice: kept whole.
    r"(?:đã|vừa) (?P<verb>tiếp|dự) (?:các|đoàn)",
]
CHECKED_PIECES = st.sampled_from(
    [
        *("dự", " và ", "tham gia ", "buổi", "lễ", " có", "báo cáo ", "kết quả", "theo "),
        *("gặp mặt", "gặp gỡ", " thân mật", " các", "đoàn", "đã có buổi ", "tiếp", "khi "),
        *("sau ", "kết luận ", "hội nghị", ",", " ", "x", ".", "bầu", "abầu", ", ", "đã ", "vừa "),
    ]
)


@settings(max_examples=500)
@given(st.lists(CHECKED_PIECES, max_size=12).map("".join))
def test_patterns_opening_on_their_letters_match_the_plain_ones(text: str) -> None:
    for pattern in CHECKED:
        plain = re.compile(rf"(?<!\w)(?<!x )(?:{pattern})")
        fast = re.compile("|".join(literal_first(pattern, ["x "])))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_every_role_cue_branch_opens_on_a_letter() -> None:
    # One branch opening on a check or a group makes the engine try every branch at every
    # position; all opening on letters lets it skip ahead to them.
    for pattern in CHECKED[:-2]:
        assert all(branch[0].isalpha() for branch in literal_first(pattern))
    for _, compiled in lexicon.roles().patterns:
        assert all(branch[:1].isalpha() for branch in top_branches(compiled.pattern))


def test_openings_read_through_checks_groups_and_letter_classes() -> None:
    assert openings(r"(?<!\w)(?:[Nn]ghị quyết|đường lối) Đại hội") == (
        "nghị quyết đại hội",
        "đường lối đại hội",
    )
    assert openings(r"^(?P<kind>Huân chương|Huy hiệu) ") == ("huy hiệu ", "huân chương ")
    assert openings(r"(?i)ký(?: kết)? ") == ("ký",)
    # A branch opening on no letters (a digit class, a repeated group): no test possible.
    assert openings(r"Chỉ thị|\d+ đại biểu") == ()
    assert openings(r"(?:đã )?tổ chức") == ()


def _texts() -> list[str]:
    raws = [PROJECT_ROOT / "raw", DEV_CORPUS / "raw"]
    texts = [p.read_text(encoding="utf-8") for raw in raws for p in sorted(raw.glob("*.txt"))]
    return texts + [t.lower() for t in texts]


def test_every_match_of_a_searched_pattern_begins_with_one_of_its_openings() -> None:
    # Documents and awards skip a text holding none of a pattern's openings.
    patterns = [p for _, p, _ in documents._compiled()] + [p for _, p, _ in awards._phrases()]
    patterns += [p for _, p in lexicon.roles().patterns]
    texts = _texts()
    assert len(texts) >= 10
    for pattern in patterns:
        words = openings(pattern.pattern)
        for text in texts if words else ():
            for match in pattern.finditer(text):
                assert text[match.start() :].casefold().startswith(words), pattern.pattern


@settings(max_examples=500)
@given(st.lists(CHECKED_PIECES, max_size=12).map("".join))
def test_patterns_rewritten_to_open_on_their_letters_match_as_written(text: str) -> None:
    for pattern in CHECKED:
        written = re.compile(pattern)
        fast = re.compile(opening_first(pattern))
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in written.finditer(text)
        ]


def test_a_pattern_that_cannot_open_on_letters_is_kept_as_written() -> None:
    for pattern in (r"^tham gia", r"(?i)tham gia", r"tham gia|\d+ người", r"(?:đã )?dự"):
        assert opening_first(pattern) == pattern
    assert opening_first(r"(?<!\w)(?:đã|vừa) dự") == r"đã\ dự(?<!\wđã\ dự)|vừa\ dự(?<!\wvừa\ dự)"


def test_the_event_lexicons_patterns_match_as_written() -> None:
    # The lexicon compiles each pattern rewritten to open on its letters where it can.
    events = lexicon.events()
    rewritten = [
        key for key in events.compiled if events.compiled[key] is not events._compiled[key]
    ]
    assert "envoy" in rewritten
    texts = _texts()
    for key in rewritten:
        for text in texts:
            written, fast = (
                events._compiled[key].finditer(text),
                events.compiled[key].finditer(text),
            )
            assert [(m.span(), m.groupdict()) for m in fast] == [
                (m.span(), m.groupdict()) for m in written
            ], key


def test_lexicon_patterns_compiled_to_open_on_their_letters_match_as_written() -> None:
    people, positions, roles = lexicon.people(), lexicon.positions(), lexicon.roles()
    at_end = {
        positions.former_before: rf"(?<!\w)(?:{alternation(positions.former)}) $",
        people.named_after_before: rf"(?<!\w)(?:{alternation(people.named_after)}) $",
        roles.replaced: rf"(?:{roles.replaced_before})$",
    }
    anywhere = {roles.blanked: roles.no_ones_cues, roles.addressed: roles.addressed_before}
    texts = _texts()
    for fast, pattern in anywhere.items():
        written = re.compile(pattern)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in written.finditer(text)
            ], pattern
    for fast, pattern in at_end.items():
        written = re.compile(pattern)
        for text in texts[:40]:
            for prefix in (text[:i] for i, char in enumerate(text) if char == " "):
                found, expected = fast.search(prefix), written.search(prefix)
                assert (found and found.span()) == (expected and expected.span()), pattern
