"""Markdown a page-to-text tool leaves: markers go, what they mark stays where the raw file
has it. Examples written for these tests, and properties (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dnnd_data.normalize.markup import strip_markdown
from dnnd_data.normalize.text import normalize, normalize_str
from dnnd_data.normalize.tracked_text import TrackedText


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Dự có ông **Trần Anh Tuấn**, Phó Chủ tịch.", "Dự có ông Trần Anh Tuấn, Phó Chủ tịch."),
        ("bà *Đinh Thị Hoa* và __ông Lê Văn An__", "bà Đinh Thị Hoa và ông Lê Văn An"),
        (
            "với các tỉnh của [Lào](https://a.vn/lao) và Hàn Quốc",
            "với các tỉnh của Lào và Hàn Quốc",
        ),
        ("![Quang cảnh](https://a.vn/1.jpg)\nẢnh: Văn Phin", "\nẢnh: Văn Phin"),
        ("![]() |\nÔng A phát biểu. (Ảnh: X) |", "\nÔng A phát biểu. (Ảnh: X)"),
        ("## Nhiều kết quả nổi bật\n> Lời trích", "Nhiều kết quả nổi bật\nLời trích"),
        ("**[Lào](https://a.vn/lao)**", "Lào"),
        # Marks repeated at a line's edges go at once ("> > ", "| |").
        ("> > Lời trích\n| | Ông A phát biểu | |", "Lời trích\nÔng A phát biểu"),
        ("| Ông A phát biểu | Ảnh: X |\n|---|---|\nTiếp", "Ông A phát biểu | Ảnh: X\n\nTiếp"),
        # Not markers: a footnote, a list, a stamp's pipe, a lone asterisk, a file name.
        ("Chỉ thị (*) và Kết luận (*)", "Chỉ thị (*) và Kết luận (*)"),
        ("* Mục một\n* Mục hai", "* Mục một\n* Mục hai"),
        ("16:35 | 17/11/2017 GMT+7", "16:35 | 17/11/2017 GMT+7"),
        ("giá 5 * 3 = 15", "giá 5 * 3 = 15"),
        ("tệp bao_cao_nam.doc", "tệp bao_cao_nam.doc"),
    ],
)
def test_markdown_markers_go_and_their_words_stay(raw: str, clean: str) -> None:
    assert strip_markdown(TrackedText(raw)).result.text == clean


def test_a_name_in_bold_keeps_its_raw_offsets() -> None:
    raw = "Dự có ông **Trần Anh Tuấn**, Phó Chủ tịch UBND tỉnh."
    tracked = normalize(raw).tracked
    start = tracked.text.index("Trần Anh Tuấn")
    span = tracked.raw_span(start, start + len("Trần Anh Tuấn"))
    assert raw[span[0] : span[1]] == "Trần Anh Tuấn"


@given(st.text(alphabet="*_[]()!#>|: \nahTr/", max_size=50))
def test_stripping_markdown_is_idempotent_and_keeps_offsets(text: str) -> None:
    once = normalize(text).tracked
    assert normalize_str(once.text) == once.text
    for i in range(len(once.text)):
        assert 0 <= once.to_raw(i) < max(1, len(text))
