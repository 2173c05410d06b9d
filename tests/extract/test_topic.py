"""Which articles are about people's diplomacy or foreign relations at all: sentences
written for these tests."""

from __future__ import annotations

import pytest

from dnnd_data.extract.topic import about_foreign_relations
from dnnd_data.normalize.text import normalize_str


@pytest.mark.parametrize(
    "text",
    [
        "Liên hiệp các tổ chức hữu nghị tỉnh tổ chức gặp mặt.",
        "Sở Ngoại vụ tỉnh tổ chức hội nghị tổng kết công tác năm 2023.",
        "Đoàn công tác của tỉnh đến thăm tỉnh Luang Prabang.",
        "Hội Nông dân tỉnh tiếp đoàn đại biểu Hội Nông dân Campuchia.",
        "Ban Dân vận Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị số 12-CT/TW.",
        "UNICEF trao tặng thiết bị y tế cho tỉnh.",
        "Hội Người cao tuổi phối hợp với tổ chức HelpAge International tổ chức hội thảo.",
    ],
)
def test_news_of_foreign_relations_is_read(text: str) -> None:
    assert about_foreign_relations(normalize_str(text))


@pytest.mark.parametrize(
    "text",
    [
        "Liên đoàn Bóng đá Việt Nam tổ chức Đại hội lần thứ IX, nhiệm kỳ 2024 - 2028.",
        "Sở Tài chính tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2023.",
        # "Lào Cai" is a province; "Lào" alone is a country.
        "Hội Nông dân tỉnh Lào Cai tổ chức Đại hội đại biểu lần thứ X.",
    ],
)
def test_news_with_nothing_foreign_is_not(text: str) -> None:
    assert not about_foreign_relations(normalize_str(text))
