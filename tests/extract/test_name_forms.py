"""A name written short after its full form is the same person; two people are not."""

from __future__ import annotations

from dnnd_data.extract.facts import extract_text
from dnnd_data.extract.name_forms import with_full_names
from dnnd_data.extract.people import PersonMention
from dnnd_data.normalize.text import normalize_str


def _mention(name: str, start: int) -> PersonMention:
    return PersonMention(name, start, start + len(name), (), None)


def test_the_short_form_takes_the_full_name() -> None:
    mentions = [_mention("Maria Elena Rodríguez Pérez", 0), _mention("Maria Pérez", 90)]
    assert [m.name for m in with_full_names(mentions)] == ["Maria Elena Rodríguez Pérez"] * 2


def test_other_names_are_left_as_they_are() -> None:
    names = [
        "Nguyễn Văn Hùng",
        "Nguyễn Hùng Sơn",  # not its last word
        "Trần Hùng",  # not its first word
        "Lê Thị Hoa",
        "Lê Văn Thị Hoa",  # words not a shortening: the longer one is not unique below
        "Lê Anh Thị Hoa",
    ]
    mentions = [_mention(name, 40 * i) for i, name in enumerate(names)]
    assert [m.name for m in with_full_names(mentions)] == names


def test_an_article_names_the_guest_once() -> None:
    extraction = extract_text(
        "a_0000000000000000",
        normalize_str(
            "Sáng 2/3/2024, bà Võ Thị Mai, Phó Chủ tịch Hội hữu nghị Việt Nam - Pháp tiếp ông "
            "Jean-Pierre Michel Dubois, Chủ tịch Hội hữu nghị Pháp - Việt vùng Bretagne. Ông "
            "Jean-Pierre Dubois cảm ơn sự đón tiếp nồng hậu."
        ),
    )
    names = [p.name for p in extraction.people]
    assert names.count("Jean-Pierre Michel Dubois") == 2 and "Jean-Pierre Dubois" not in names
    guest = {c.role: c.positions for c in extraction.roles if c.name == "Jean-Pierre Michel Dubois"}
    assert guest == {"speech": ("Chủ tịch Hội hữu nghị Pháp - Việt vùng Bretagne",)}


def test_a_name_found_once_is_the_persons_after_a_bare_rank() -> None:
    extraction = extract_text(
        "a_0000000000000000",
        normalize_str(
            "Tối 2/6/2024, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức lễ tiễn "
            "Đại sứ Mông Cổ Dorjkhand Togmid. Đại sứ Dorjkhand Togmid phát biểu cảm ơn."
        ),
    )
    roles = {(c.name, c.role) for c in extraction.roles}
    assert ("Dorjkhand Togmid", "speech") in roles
    assert [p.name for p in extraction.people] == ["Dorjkhand Togmid"] * 2


def test_a_name_running_into_the_end_of_a_text_cut_short_is_not_taken() -> None:
    # Excerpts are cut at a byte limit, often inside a word: the last name may be a part
    # of one ("Lê Văn Th", "Lê Văn"). A text that ends on a full stop was not cut.
    lead = (
        "Sáng 9/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ tổ chức Hội nghị tổng kết "
        "công tác năm 2023. Dự hội nghị có đồng chí Bùi Văn Quang, Chủ tịch UBND tỉnh; đồng chí "
    )
    for cut in ("Lê Văn Th", "Lê Văn"):
        names = {p.name for p in extract_text("a_0", normalize_str(lead + cut)).people}
        assert names == {"Bùi Văn Quang"}, cut
    whole = extract_text("a_0", normalize_str(lead + "Lê Văn Thành.")).people
    assert {p.name for p in whole} == {"Bùi Văn Quang", "Lê Văn Thành"}


def test_a_title_running_into_the_end_of_a_text_cut_short_is_not_taken() -> None:
    # The person is, without the title the cut may have cut ("... tỉnh Ng").
    lead = (
        "Sáng 9/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ tổ chức Hội nghị tổng kết "
        "công tác năm 2023. Dự hội nghị có đồng chí Bùi Văn Quang, Phó Chủ tịch UBND tỉnh "
    )
    for cut in ("Ph", "Phú Th"):
        people = extract_text("a_0", normalize_str(lead + cut)).people
        assert [(p.name, p.positions) for p in people] == [("Bùi Văn Quang", ())], cut
    people = extract_text("a_0", normalize_str(lead + "Phú Thọ.")).people
    assert [(p.name, p.positions) for p in people] == [
        ("Bùi Văn Quang", ("Phó Chủ tịch UBND tỉnh Phú Thọ",))
    ]
