"""Normalizers: examples from the seeds and other outlets, and properties (hypothesis)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dnnd_data.normalize.clean import VIETNAMESE_LETTERS, vietnamese_letter_share
from dnnd_data.normalize.text import (
    _BLANK_LINES,
    _LINE_EDGE_SPACE,
    _SPACE_RUN,
    _TEXT_EDGES,
    fix_tone_marks,
    modern_tone_placement,
    normalize,
    normalize_str,
    tidy_whitespace,
)
from dnnd_data.normalize.tracked_text import TrackedText

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
vietnamese_text = st.text(
    alphabet=st.sampled_from(list(VIETNAMESE + VIETNAMESE.upper() + " \n\t.,–“”…\u00a0\r")),
    max_size=200,
)


@pytest.mark.parametrize(
    ("old", "modern"),
    [
        ("Uỷ", "Ủy"),
        ("Hoà", "Hòa"),
        ("hoá", "hóa"),
        ("khoẻ", "khỏe"),
        ("thuỷ", "thủy"),
        ("HOÀ", "HÒA"),
        ("Hoàng", "Hoàng"),
        ("quý", "quý"),
        ("Quỳnh", "Quỳnh"),
        ("quỷ", "quỷ"),
        ("hòa", "hòa"),
    ],
)
def test_tone_mark_placement(old: str, modern: str) -> None:
    assert modern_tone_placement(old) == modern


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Uỷ viên Trung ương Đảng", "Ủy viên Trung ương Đảng"),
        ("Quỹ Hoà bình Việt Nam", "Quỹ Hòa bình Việt Nam"),
        ("\u00d0ảng Cộng sản", "Đảng Cộng sản"),
        ("Việt Nam – Campuchia", "Việt Nam - Campuchia"),
        ("“Vì sự nghiệp”", '"Vì sự nghiệp"'),
        # Two apostrophes typed for a double quotation mark; one stays an apostrophe.
        (
            "Kỷ niệm chương ''Vì hòa bình'' cho bà H'Hoa",
            'Kỷ niệm chương "Vì hòa bình" cho bà H\'Hoa',
        ),
        # Curly single quotes typed twice make the pair in the same run (idempotent).
        ("’’Vì hòa bình’’", '"Vì hòa bình"'),
        ("hỗ trợ đắc lwucj cho đối ngoài Đảng", "hỗ trợ đắc lực cho đối ngoại Đảng"),
        ("cho các các tập thể", "cho các tập thể"),
        ("tạo đột phát", "tạo đột phá"),
        ("a  b \r\nc\r\n\r\n\r\n\r\nd ", "a b\nc\n\nd"),
        ("nhân quyền…", "nhân quyền..."),
        ("zero\u200bwidth", "zerowidth"),
        # Character references copied from a page's source; one for "&" stays.
        ("H&agrave; Nội, &quot;Vì hòa bình&quot;", 'Hà Nội, "Vì hòa bình"'),
        ("Ph&#7889; Huế&nbsp;mới", "Phố Huế mới"),
        ("AT&T &amp;lt; &bogus;", "AT&T &amp;lt; &bogus;"),
    ],
)
def test_normalize_examples(raw: str, clean: str) -> None:
    assert normalize_str(raw) == clean


def test_nfd_input_becomes_nfc() -> None:
    raw = unicodedata.normalize("NFD", "Thường trực Ban Bí thư Trần Cẩm Tú")
    assert normalize_str(raw) == "Thường trực Ban Bí thư Trần Cẩm Tú"


@given(vietnamese_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_str(text)
    assert normalize_str(once) == once


@given(st.text(alphabet="&;#xX0123789amplgtquoAgrave \n", max_size=60))
def test_decoding_references_is_idempotent_and_keeps_offsets(text: str) -> None:
    once = normalize(text).tracked
    assert normalize_str(once.text) == once.text
    for i in range(len(once.text)):
        assert 0 <= once.to_raw(i) < max(1, len(text))


@given(vietnamese_text)
def test_output_is_nfc_with_unix_line_ends(text: str) -> None:
    out = normalize_str(unicodedata.normalize("NFD", text))
    assert unicodedata.is_normalized("NFC", out)
    assert "\r" not in out
    assert "  " not in out


@given(vietnamese_text)
def test_offsets_point_into_raw_text(text: str) -> None:
    result = normalize(text).tracked
    for i in range(len(result.text)):
        assert 0 <= result.to_raw(i) < max(1, len(text))


@given(st.text(alphabet="oOuUqQhk" + "àáảãạèéẻẽẹỳýỷỹỵ", min_size=1, max_size=8))
def test_tone_placement_keeps_length_and_letters(word: str) -> None:
    moved = modern_tone_placement(word)
    assert len(moved) == len(word)
    strip = lambda s: "".join(  # noqa: E731
        c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)
    )
    assert strip(moved) == strip(word)


@given(st.text(alphabet=" \n\t\u00a0aàoòóuỳý1_.", max_size=40))
def test_skipped_passes_would_have_changed_nothing(text: str) -> None:
    """The tone and whitespace steps skip a pass when a cheap test says its pattern cannot
    match: the result is the one every pass would give."""
    tracked = TrackedText(text)
    tidied = tidy_whitespace(tracked)
    expected = tracked
    for pattern, replacement in (
        (_SPACE_RUN, " "),
        (_LINE_EDGE_SPACE, ""),
        (_BLANK_LINES, "\n\n"),
        (_TEXT_EDGES, ""),
    ):
        expected = expected.sub(pattern, replacement).result
    assert tidied.result.text == expected.text
    toned = fix_tone_marks(tracked).result.text
    assert toned == tracked.sub(_CANDIDATE_WORD, lambda m: modern_tone_placement(m[0])).result.text


# The old scan for words that could need a tone moved (every word, lazily up to an
# old-style pair at its end): fix_tone_marks finds the pairs first and must agree with it.
_CANDIDATE_WORD = re.compile(
    r"(?<![^\W\d_])[^\W\d_]*?(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])"
)


_ANY_LETTER = re.compile(r"[^\W\d_]")
_DIACRITIC_LETTER = re.compile("[" + "".join(sorted(VIETNAMESE_LETTERS)) + "]")


@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
    | st.sampled_from(
        ["", "123 !?", "Hội nghị tổng kết", "Straße İstanbul ǅ", "ĐOÀN KẾT ÂN TÌNH", "a\ud800b"]
    )
)
def test_vietnamese_letter_share_counts_like_the_whole_text_scan(text: str) -> None:
    """Counted per distinct character, the share is the one a scan of the whole text (and
    of its case folding) gives, exactly."""
    letters = len(_ANY_LETTER.findall(text))
    expected = len(_DIACRITIC_LETTER.findall(text.casefold())) / letters if letters else 0.0
    assert vietnamese_letter_share(text) == expected
