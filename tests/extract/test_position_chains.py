"""The positions written before a name, across an honorific or a rank; a document's code
written with other separators."""

from __future__ import annotations

import pytest

from dnnd_data.extract.documents import find_citations
from dnnd_data.extract.sentences import split_sentences
from tests.extract.sentences import people_of


def test_a_title_before_a_rank_is_the_persons() -> None:
    people = people_of("Chủ tịch Hội, Thiếu tướng Hoàng Văn Lâm chủ trì hội nghị.")
    assert people == {"Hoàng Văn Lâm": ("Chủ tịch Hội",)}


def test_a_title_before_a_rank_is_anothers_when_titles_follow_the_name() -> None:
    people = people_of(
        "Dự có Phó Chủ tịch UBND tỉnh, Đại tá Hoàng Văn Lâm, Chỉ huy trưởng Bộ Chỉ huy Quân "
        "sự tỉnh."
    )
    assert people == {"Hoàng Văn Lâm": ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",)}


def test_a_title_before_an_honorific_is_the_persons() -> None:
    assert people_of("Chủ tịch Hội, ông Hoàng Văn Lâm phát biểu.") == {
        "Hoàng Văn Lâm": ("Chủ tịch Hội",)
    }
    # After a dash too; the dash and the honorific are no part of the title.
    for dash, honorific in (("-", "ông"), ("–", "bà"), ("-", "đồng chí")):
        text = f"Phó Giám đốc Sở Ngoại vụ {dash} {honorific} Hoàng Thị Lâm phát biểu."
        assert people_of(text) == {"Hoàng Thị Lâm": ("Phó Giám đốc Sở Ngoại vụ",)}, text


def test_the_title_of_the_one_on_whose_behalf_is_not_the_persons() -> None:
    people = people_of(
        "Ủy quyền của Chủ tịch nước Lào, đồng chí Vi-lay Phon-xa-vẳn, Tỉnh trưởng tỉnh Hủa Phăn "
        "trao Huân chương Hữu nghị."
    )
    assert people == {"Vi-lay Phon-xa-vẳn": ("Tỉnh trưởng tỉnh Hủa Phăn",)}


def test_running_or_opening_the_event_ends_a_title() -> None:
    people = people_of(
        "Bà Lê Thị Thu, Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản tỉnh cắt băng khánh thành. Ông "
        "Trần Văn Tú, Trưởng Ban Dân vận Tỉnh ủy điều hành hội nghị."
    )
    assert people["Lê Thị Thu"] == ("Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản tỉnh",)
    assert people["Trần Văn Tú"] == ("Trưởng Ban Dân vận Tỉnh ủy",)


def test_a_directives_code_with_its_separators_swapped_is_the_same_directive() -> None:
    text = (
        "Hội nghị quán triệt Chỉ thị số 04/CT-TW của Ban Bí thư, Kết luận số 12/KL-TW và "
        "Nghị quyết số 22/NQ-TW; Chỉ thị 04-CT/TW được thực hiện tốt."
    )
    numbers = [c.number for c in find_citations(text, split_sentences(text), "a_0000000000000000")]
    assert numbers == ["04-CT/TW", "12-KL/TW", "22-NQ/TW", "04-CT/TW"]


def test_reading_the_address_ends_a_title() -> None:
    people = people_of("Đồng chí Lò Minh Hùng, Phó Bí thư Tỉnh ủy đọc diễn văn kỷ niệm.")
    assert people == {"Lò Minh Hùng": ("Phó Bí thư Tỉnh ủy",)}
    # So do laying flowers and planting a tree in memory.
    people = people_of("Ông Lò Văn Hải, Giám đốc Sở Ngoại vụ dâng hoa tại tượng đài.")
    assert people == {"Lò Văn Hải": ("Giám đốc Sở Ngoại vụ",)}


def test_a_foreign_province_or_state_named_after_its_unit_ends_a_title() -> None:
    # Neither place is in the reference lists; the unit and its capitalised name close the
    # organ, and the lower-case words after them are the sentence's.
    people = people_of(
        "Ông Bun Thông Xay, Tỉnh trưởng tỉnh Sê Noong Phu ân cần thăm hỏi đoàn. Ông John "
        "Miller, Thống đốc bang Ohara nồng nhiệt đón đoàn."
    )
    assert people["Bun Thông Xay"] == ("Tỉnh trưởng tỉnh Sê Noong Phu",)
    assert people["John Miller"] == ("Thống đốc bang Ohara",)
    # A bilateral association of a foreign state goes on to the state.
    people = people_of("Bà Anita Rao, Chủ tịch Hội hữu nghị Ấn Độ - Việt Nam bang Goa phát biểu.")
    assert people["Anita Rao"] == ("Chủ tịch Hội hữu nghị Ấn Độ - Việt Nam bang Goa",)


def test_talks_and_welcomes_end_a_title() -> None:
    people = people_of(
        "Ông Bun Thông Xay, Phó Thủ tướng Lào hội đàm với đoàn. Bà Lê Thị Thu, Chủ tịch Hội "
        "hữu nghị Việt Nam - Lào tỉnh chào đón đoàn."
    )
    assert people["Bun Thông Xay"] == ("Phó Thủ tướng Lào",)
    assert people["Lê Thị Thu"] == ("Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh",)


def test_the_central_level_the_host_country_or_a_party_committee_closes_an_organ() -> None:
    # The verbs after them are in no stop list: the lower-case word after the closing
    # level starts the predicate. A liaison board's "giúp Lào" is its name's.
    people = people_of(
        "Ông Trần Văn Tú, Trưởng Ban Đối ngoại Trung ương trồng cây lưu niệm. Bà Lê Thị Thu, "
        "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam thăm hỏi hội viên. Ông Hà Văn Sơn, "
        "Bí thư Tỉnh ủy dâng hoa. Ông Đỗ Văn Long, Trưởng Ban liên lạc cựu chuyên gia Việt "
        "Nam giúp Lào phát biểu. Ông Vũ Đức Anh, Phó Chủ tịch Hội vinh dự nhận Bằng khen."
    )
    assert people == {
        "Trần Văn Tú": ("Trưởng Ban Đối ngoại Trung ương",),
        "Lê Thị Thu": ("Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam",),
        "Hà Văn Sơn": ("Bí thư Tỉnh ủy",),
        "Đỗ Văn Long": ("Trưởng Ban liên lạc cựu chuyên gia Việt Nam giúp Lào",),
        "Vũ Đức Anh": ("Phó Chủ tịch Hội",),
    }
    # An envoy's post goes on to the state or body it is accredited to.
    people = people_of("Ông Đỗ Văn Hà, Đại sứ Việt Nam bên cạnh Tòa Thánh Vatican phát biểu.")
    assert people == {"Đỗ Văn Hà": ("Đại sứ Việt Nam bên cạnh Tòa Thánh Vatican",)}


def test_a_prefectures_name_after_its_office_is_no_person() -> None:
    # "Châu" is a family name too; after a prefecture's organ or office it is the unit's.
    people = people_of(
        "Dự có ông Lý Tiến Bình, Châu trưởng Châu Văn Sơn. Ông Vương Minh, Bí thư Châu ủy "
        "Châu Hồng Hà phát biểu."
    )
    assert people == {
        "Lý Tiến Bình": ("Châu trưởng Châu Văn Sơn",),
        "Vương Minh": ("Bí thư Châu ủy Châu Hồng Hà",),
    }


def test_the_mayor_of_vientiane_holds_an_office() -> None:
    people = people_of(
        "Đoàn đã chào xã giao ông Atsaphangthong Siphandone, Đô trưởng Thủ đô Viêng Chăn. Tiếp "
        "đoàn có Phó Đô trưởng Thủ đô Viêng Chăn Bua Khăm."
    )
    assert people == {
        "Atsaphangthong Siphandone": ("Đô trưởng Thủ đô Viêng Chăn",),
        "Bua Khăm": ("Phó Đô trưởng Thủ đô Viêng Chăn",),
    }


def test_a_missions_diplomatic_ranks_are_titles() -> None:
    people = people_of(
        "Dự có Công sứ Đại sứ quán Nhật Bản Watanabe Shige và ông Bua Khăm, Bí thư thứ hai Đại "
        "sứ quán Lào."
    )
    assert people == {
        "Watanabe Shige": ("Công sứ Đại sứ quán Nhật Bản",),
        "Bua Khăm": ("Bí thư thứ hai Đại sứ quán Lào",),
    }


def test_the_office_of_a_provinces_deputies_and_council_is_one() -> None:
    people = people_of("Dự có ông Trần Văn Minh, Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh.")
    assert people == {"Trần Văn Minh": ("Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh",)}


def test_an_acting_office_is_a_title() -> None:
    people = people_of(
        "Ông Lò Văn Hải, Q. Giám đốc Sở Ngoại vụ phát biểu. Quyền Giám đốc Sở Tư pháp Lê Văn "
        "Dũng dự."
    )
    assert people == {
        "Lò Văn Hải": ("Q. Giám đốc Sở Ngoại vụ",),
        "Lê Văn Dũng": ("Quyền Giám đốc Sở Tư pháp",),
    }


def test_a_title_an_excerpts_cut_end_runs_into_is_not_given() -> None:
    # Page excerpts end at a byte count, mid-word: the last title may be cut short.
    for cut in (" thành p", " t", " tỉ", " tại", ""):
        people = people_of("Phát biểu có ông Hồ Văn Minh, Phó Chủ tịch Thường trực UBND" + cut)
        assert people == {"Hồ Văn Minh": ()}, cut
    # A title finished before the cut is kept; so is one a verb closes.
    people = people_of("Dự có ông Hồ Văn Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND t")
    assert people == {"Hồ Văn Minh": ("Ủy viên Ban Thường vụ Tỉnh ủy",)}
    people = people_of("do ông Hồ Văn Minh, Giám đốc Sở Ngoại vụ tỉnh Bắc Giang làm Chủ t")
    assert people == {"Hồ Văn Minh": ("Giám đốc Sở Ngoại vụ tỉnh Bắc Giang",)}
    # A finished text ends where it ends.
    people = people_of("Dự có ông Hồ Văn Minh, Phó Chủ tịch Thường trực UBND tỉnh.")
    assert people == {"Hồ Văn Minh": ("Phó Chủ tịch Thường trực UBND tỉnh",)}
    # A name the cut end may have cut short is no one's.
    assert people_of("Dự có ông Hồ Văn Minh, Phó Chủ tịch UBND tỉnh và ông Trần Văn") == {
        "Hồ Văn Minh": ("Phó Chủ tịch UBND tỉnh",)
    }


@pytest.mark.parametrize(
    "adverb", ["chủ động", "một lần nữa", "lần đầu tiên", "năm nay", "vẫn", "lại", "kịp thời"]
)
def test_an_adverb_before_the_verb_ends_a_title(adverb: str) -> None:
    assert people_of(f"Ông Nguyễn Văn An, Giám đốc Sở Ngoại vụ {adverb} tiếp đoàn Lào.") == {
        "Nguyễn Văn An": ("Giám đốc Sở Ngoại vụ",)
    }


def test_a_second_office_held_at_the_same_time_goes_on_the_chain() -> None:
    for said in ("đồng thời là", "đồng thời giữ chức"):
        text = f"Ông Vũ Văn Hòa, Giám đốc Sở Ngoại vụ, {said} Phó Chủ tịch Liên hiệp, phát biểu."
        assert people_of(text) == {"Vũ Văn Hòa": ("Giám đốc Sở Ngoại vụ", "Phó Chủ tịch Liên hiệp")}
    # Not what is said of the person.
    text = "Ông Vũ Văn Hòa, Giám đốc Sở Ngoại vụ, đồng thời là người gắn bó với Lào, phát biểu."
    assert people_of(text) == {"Vũ Văn Hòa": ("Giám đốc Sở Ngoại vụ",)}
