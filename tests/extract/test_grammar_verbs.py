"""Events, names and roles the grammar reads from verbs rather than nouns: a reception said
by its verb, a name closed by a verb the stop words do not list, an envoy's foreign name
after "tại <place>", who presents an award and who receives it. Sentences written for
these tests, fed straight to the extractor."""

from __future__ import annotations

from datetime import date

import pytest

from dnnd_data.extract.facts import extract_text
from dnnd_data.extract.organizations import org_key
from dnnd_data.normalize.text import normalize_str
from tests.extract.sentences import event_of, people_of


def roles_of(text: str) -> dict[str, set[str]]:
    extraction = extract_text("a_0000000000000000", normalize_str(text))
    out: dict[str, set[str]] = {}
    for claim in extraction.roles:
        out.setdefault(claim.name, set()).add(claim.role)
    return out


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "Ngày 4/9/2023, tại tỉnh Sơn La, ông Đỗ Minh Khoa, Phó Chủ tịch Liên hiệp các tổ "
            "chức hữu nghị tỉnh đã tiếp và làm việc với đoàn cán bộ tỉnh Hủa Phăn (Lào) do bà "
            "Chăn Thả làm trưởng đoàn.",
            "tiếp và làm việc với đoàn cán bộ tỉnh Hủa Phăn (Lào)",
        ),
        (
            "Chiều 12/4/2022, Liên hiệp các tổ chức hữu nghị tỉnh Hà Giang đón đoàn đại biểu "
            "Hội hữu nghị nhân dân châu Văn Sơn.",
            "đón đoàn đại biểu Hội hữu nghị nhân dân châu Văn Sơn",
        ),
        (
            "Sáng 2/3/2021, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Lâm Văn Tư tiếp xã "
            "giao Đại sứ Ấn Độ tại Việt Nam.",
            # "tại" starts a place in the grammar of names: the envoy's post is cut.
            "tiếp xã giao Đại sứ Ấn Độ",
        ),
        (
            # A new envoy, or a former one.
            "Sáng 2/3/2021, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Lâm Văn Tư tiếp tân "
            "Đại sứ Ấn Độ tại Việt Nam.",
            "tiếp tân Đại sứ Ấn Độ",
        ),
    ],
)
def test_a_reception_said_by_its_verb(lead: str, name: str) -> None:
    event = event_of(lead)
    assert event is not None
    assert (event.kind, event.name) == ("reception_or_exchange", name)
    assert event.held is not None and event.held.value is not None


def test_a_reception_takes_its_host_organization_and_the_sidecar_year() -> None:
    lead = (
        "Ngày 8/3, Liên hiệp các tổ chức hữu nghị tỉnh Cao Bằng đã tiếp đoàn đại biểu Hội "
        "hữu nghị đối ngoại nhân dân Quảng Tây (Trung Quốc)."
    )
    event = event_of(lead, published=date(2024, 3, 9))
    assert event is not None and event.organizer is not None and event.held is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Cao Bằng"
    assert event.held.value == date(2024, 3, 8)
    # A person hosting is no organizer: the dataset says nothing rather than guess.
    hosted = event_of("Ngày 8/3/2024, ông Vũ Văn Hải, Phó Chủ tịch tỉnh đón đoàn khách Lào.")
    assert hosted is not None and hosted.organizer is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 8/3/2024, Tỉnh đoàn đón đoàn viên mới tại hội trường.",
        "Ngày 8/3/2024, tỉnh tiếp tục đẩy mạnh đoàn kết với các nước láng giềng.",
        "Ngày 8/3/2024, Hội đón đoàn thể thao trở về.",
        "Ngày 8/3/2024, ông Vũ Văn Hải làm việc với Đoàn Thanh niên tỉnh về hợp tác với Lào.",
    ],
)
def test_receiving_something_else_is_no_reception(sentence: str) -> None:
    event = event_of(sentence)
    assert event is None or event.kind != "reception_or_exchange"


def test_a_youth_delegation_received_is_a_reception_the_youth_union_is_not() -> None:
    event = event_of(
        "Chiều 5/12/2024, ông Vũ Văn Hải, Phó Chủ tịch UBND tỉnh Nam Định tiếp đoàn thanh niên "
        "Nhật Bản do ông Tanaka Ken làm trưởng đoàn."
    )
    assert event is not None and event.kind == "reception_or_exchange"


def test_a_verb_after_the_name_ends_the_position() -> None:
    people = people_of(
        "Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Quảng Bình Trương Văn Hải đọc diễn văn."
    )
    assert people == {"Trương Văn Hải": ("Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Quảng Bình",)}


def test_an_envoy_named_after_the_country_of_accreditation() -> None:
    people = people_of(
        "Đại sứ Mông Cổ tại Việt Nam Dorjkhand Enkhbat phát biểu. Tổng Lãnh sự Lào tại "
        "Đà Nẵng Vilay Sengdala dự."
    )
    assert people == {
        "Dorjkhand Enkhbat": ("Đại sứ Mông Cổ tại Việt Nam",),
        "Vilay Sengdala": ("Tổng Lãnh sự Lào tại Đà Nẵng",),
    }


def test_who_presents_an_award_and_who_receives_it() -> None:
    roles = roles_of(
        "Sáng 20/5/2024, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức lễ trao "
        "Kỷ niệm chương Vì hòa bình, hữu nghị giữa các dân tộc tặng Đại sứ Mông Cổ tại Việt "
        "Nam Dorjkhand Enkhbat. Phó Chủ tịch Liên hiệp Đỗ Văn Khánh trao Kỷ niệm chương "
        "cho ông Dorjkhand Enkhbat."
    )
    assert roles["Đỗ Văn Khánh"] == {"presenting_awards"}
    assert "presenting_awards" not in roles["Dorjkhand Enkhbat"]


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        (
            "Sáng 12/5/2025, tại Hà Nội, Hội tổ chức Lễ kỷ niệm 50 năm Ngày thành lập. Dự "
            "buổi lễ có gần 300 đại biểu trong nước và quốc tế.",
            300,
            "gần",
        ),
        (
            "Sáng 10/1/2025, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối "
            "ngoại nhân dân năm 2024. Hội nghị được kết nối trực tuyến tới các điểm cầu với "
            "hơn 1.200 đại biểu.",
            1200,
            "hơn",
        ),
    ],
)
def test_attendance_said_of_the_event_by_another_word(
    text: str, count: int, qualifier: str
) -> None:
    event = event_of(text)
    assert event is not None
    assert (event.attendance_count, event.attendance_qualifier) == (count, qualifier)


def test_a_former_office_keeps_its_word_for_former() -> None:
    people = people_of(
        "Nguyên Phó Chủ tịch nước Trương Mỹ Hoa dự. Ông Trần Văn Tuấn, nguyên Chủ tịch Liên "
        "hiệp các tổ chức hữu nghị tỉnh, phát biểu."
    )
    assert people == {
        "Trương Mỹ Hoa": ("Nguyên Phó Chủ tịch nước",),
        "Trần Văn Tuấn": ("nguyên Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh",),
    }


def test_an_award_ceremony_is_named_from_its_verb() -> None:
    event = event_of(
        "Sáng 7/6/2021, tại Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân đã trao Huân chương "
        "Hữu nghị cho ông Suzuki Kenji."
    )
    assert event is not None
    assert (event.kind, event.name) == (
        "award_ceremony",
        "trao Huân chương Hữu nghị cho ông Suzuki Kenji",
    )


def test_two_titled_people_joined_by_va_keep_their_own_titles() -> None:
    people = people_of(
        "Đại sứ Thái Lan tại Việt Nam Urawadee Sriphiromya và Phó Chủ tịch Liên hiệp các "
        "tổ chức hữu nghị Việt Nam Đồng Huy Cương đồng chủ trì. Bộ Giáo dục và Đào tạo "
        "phối hợp; Thứ trưởng Bộ Giáo dục và Đào tạo Phạm Ngọc Thưởng dự."
    )
    assert people == {
        "Urawadee Sriphiromya": ("Đại sứ Thái Lan tại Việt Nam",),
        "Đồng Huy Cương": ("Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam",),
        "Phạm Ngọc Thưởng": ("Thứ trưởng Bộ Giáo dục và Đào tạo",),
    }


def test_a_new_year_gathering_names_itself() -> None:
    event = event_of(
        "Sáng 6/2/2024, Liên hiệp các tổ chức hữu nghị tỉnh Bình Dương gặp mặt đầu xuân "
        "Giáp Thìn với các hội hữu nghị song phương."
    )
    assert event is not None and event.organizer is not None
    assert event.name == "gặp mặt đầu xuân Giáp Thìn"
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Bình Dương"


def test_presenting_any_award_is_presenting() -> None:
    roles = roles_of(
        "Sáng 6/3/2020, Liên hiệp các tổ chức hữu nghị tỉnh Bình Dương tổ chức lễ trao Huy "
        "hiệu Vì hòa bình hữu nghị. Phó Chủ tịch UBND tỉnh Mai Hùng Dũng trao Huy hiệu cho "
        "các cá nhân."
    )
    assert roles["Mai Hùng Dũng"] == {"presenting_awards"}


def test_chairing_any_gathering_is_chairing() -> None:
    roles = roles_of(
        "Sáng 3/2/2023, UBND tỉnh Hà Giang tổ chức gặp mặt các tổ chức phi chính phủ nước "
        "ngoài. Phó Chủ tịch UBND tỉnh Hoàng Văn Minh chủ trì buổi gặp mặt. Bà Trần Thị "
        "Bích, Phó Chủ tịch Liên hiệp chủ tọa."
    )
    assert roles["Hoàng Văn Minh"] == {"chair"}
    assert roles["Trần Thị Bích"] == {"chair"}


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        (
            "tổ chức gặp mặt thân mật nhân dịp Tết Bunpimay của nước bạn Lào",
            "reception_or_exchange",
        ),
        ("tổ chức gặp mặt các tổ chức phi chính phủ nước ngoài", "reception_or_exchange"),
        ("tổ chức gặp mặt cán bộ hưu trí đầu xuân", "other"),
        # A day of friendship is an exchange, a gathering of the association's members not.
        ("tổ chức Ngày hội văn hóa hữu nghị Việt - Trung", "reception_or_exchange"),
        ("tổ chức Lễ hội hữu nghị Việt - Trung", "reception_or_exchange"),
        # A day of exchange, a forum of two peoples.
        ("tổ chức Ngày hội giao lưu văn hóa năm 2022", "reception_or_exchange"),
        ("tổ chức Diễn đàn Nhân dân Việt Nam - Campuchia lần thứ 3", "reception_or_exchange"),
        ("tổ chức gặp mặt hội viên Hội hữu nghị Việt Nam - Lào", "other"),
        # A camp of two countries' young people; one of the province's children is other.
        ("khai mạc Trại hè Thanh niên Việt Nam - Trung Quốc năm 2024", "reception_or_exchange"),
        ("khai mạc Trại hè Thiếu nhi tỉnh năm 2024", "other"),
    ],
)
def test_a_gathering_with_foreigners_is_an_exchange(lead: str, kind: str) -> None:
    event = event_of(f"Sáng 10/4/2022, Liên hiệp các tổ chức hữu nghị tỉnh Bắc Ninh {lead}.")
    assert event is not None and event.kind == kind


def test_an_event_held_by_its_opening_is_the_event_itself() -> None:
    # "tổ chức khai mạc <event>", "tổ chức khai giảng <course>": the verb's object is the
    # event, the part held (its opening) stands between.
    festival = event_of(
        "Tối 2/10/2022, tại Nhà hát thành phố, Hội hữu nghị Việt Nam - Ấn Độ tổ chức khai mạc "
        "Ngày hội văn hóa Ấn Độ lần thứ 3."
    )
    assert festival is not None
    assert festival.name == "Ngày hội văn hóa Ấn Độ lần thứ 3"
    assert festival.organizer is not None and festival.organizer.name.startswith("Hội")
    course = event_of(
        "Sáng 4/6/2021, tại Cần Thơ, Liên hiệp các tổ chức hữu nghị thành phố Cần Thơ tổ chức "
        "khai giảng lớp tập huấn kỹ năng đối ngoại cho cán bộ cơ sở."
    )
    assert course is not None and course.kind == "other"
    assert course.name.startswith("lớp tập huấn")


def test_a_representative_office_is_part_of_a_title_not_a_verb() -> None:
    people = people_of(
        "Bà Park Min-ji, Trưởng Văn phòng đại diện tổ chức Plan International tại Hà Nội "
        "phát biểu. "
        "Ông Trần Bình, Trưởng Cơ quan đại diện Bộ Ngoại giao tại TP Hồ Chí Minh dự."
    )
    assert people["Park Min-ji"] == (
        "Trưởng Văn phòng đại diện tổ chức Plan International tại Hà Nội",
    )
    assert people["Trần Bình"] == ("Trưởng Cơ quan đại diện Bộ Ngoại giao tại TP Hồ Chí Minh",)


def test_a_crowd_after_the_last_title_is_not_part_of_it() -> None:
    people = people_of(
        "Dự có ông Lò Văn Hùng, Phó Chủ tịch UBND tỉnh Sơn La và khoảng 500 người dân. "
        "Cùng dự có bà Vi Thị Hạnh, Chủ tịch Hội Nông dân tỉnh Lai Châu và đông đảo hội viên. "
        "Đến dự có ông Hà Văn Lâm, nguyên Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam và "
        "nhiều thế hệ cán bộ."
    )
    assert people["Lò Văn Hùng"] == ("Phó Chủ tịch UBND tỉnh Sơn La",)
    assert people["Vi Thị Hạnh"] == ("Chủ tịch Hội Nông dân tỉnh Lai Châu",)
    assert people["Hà Văn Lâm"] == ("nguyên Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam",)


def test_the_one_replaced_did_nothing_at_the_event() -> None:
    text = (
        "Chiều 3/5/2024, Hội hữu nghị Việt Nam - Nga tỉnh Khánh Hòa tổ chức Hội nghị Ban Chấp "
        "hành. Hội nghị đã bầu bà Đinh Thị Lan giữ chức Chủ tịch Hội thay ông Võ Tấn Phát "
        "nghỉ hưu."
    )
    assert roles_of(text) == {"Đinh Thị Lan": {"attending"}, "Võ Tấn Phát": {"mentioned"}}
    assert people_of(text)["Võ Tấn Phát"] == ()  # the title before "thay" is the successor's


def test_one_chosen_by_consultation_attended_like_one_elected() -> None:
    # "hiệp thương cử" is how fronts and unions elect: active as "bầu bà X".
    text = (
        "Sáng 7/7/2024, Hội hữu nghị Việt Nam - Hàn Quốc tỉnh Bình Dương tổ chức Đại hội lần "
        "thứ nhất. Đại hội đã hiệp thương cử bà Nguyễn Thị Thu Hà làm Chủ tịch Hội."
    )
    assert roles_of(text) == {"Nguyễn Thị Thu Hà": {"attending"}}
    text = text.replace(
        "hiệp thương cử bà Nguyễn Thị Thu Hà làm Chủ tịch Hội",
        "thông qua Nghị quyết. Bà Nguyễn Thị Thu Hà được cử giữ chức Chủ tịch Hội",
    )
    assert roles_of(text) == {"Nguyễn Thị Thu Hà": {"attending"}}
    # Passive, maybe with who chose between ("được Đại hội hiệp thương bầu làm").
    for passive in ("được hiệp thương giữ chức", "được Đại hội hiệp thương bầu làm"):
        chosen = text.replace("được cử giữ chức", passive)
        assert roles_of(chosen) == {"Nguyễn Thị Thu Hà": {"attending"}}, passive


def test_those_elected_to_a_congresss_presidium_attended() -> None:
    text = (
        "Sáng 18/6/2024, Hội hữu nghị Việt Nam - Lào tỉnh Kon Tum tổ chức Đại hội lần thứ III. "
        "Đại hội đã thông qua quy chế làm việc và bầu Đoàn Chủ tịch gồm ông Lê Văn Phước, bà "
        "Nguyễn Thị Thúy và ông A Pớt."
    )
    assert roles_of(text) == {
        "Lê Văn Phước": {"attending"},
        "Nguyễn Thị Thúy": {"attending"},
        "A Pớt": {"attending"},
    }


def test_those_who_sign_at_the_event_attended() -> None:
    text = (
        "Ngày 12/4/2024, UBND huyện Mường Lát tổ chức lễ kết nghĩa cụm dân cư hai bên biên giới. "
        "Ông Hà Văn Tiến, Chủ tịch UBND huyện và ông Bun Mi, Chủ tịch huyện Xốp Bâu {}."
    )
    assert roles_of(text.format("ký biên bản kết nghĩa")) == {
        "Hà Văn Tiến": {"attending"},
        "Bun Mi": {"attending"},
    }
    # Signing a document elsewhere, or being signed for, is no presence here.
    for elsewhere in ("được ký kết từ năm 2019", "ký ngày 5/3"):
        roles = roles_of(text.format(elsewhere))
        assert set().union(*roles.values()) == {"mentioned"}, elsewhere


def test_a_lecturers_topics_are_spoken() -> None:
    text = (
        "Ngày 17/6/2024, Sở Ngoại vụ tỉnh Lai Châu tổ chức lớp tập huấn công tác đối ngoại nhân "
        "dân cho cán bộ cấp xã. Học viên được nghe bà Lò Thị Mai, Trưởng phòng Lãnh sự, Sở Ngoại "
        "vụ và Trung tá Vàng A Dế, Phó Chính ủy Bộ đội Biên phòng tỉnh trình bày các chuyên đề."
    )
    assert roles_of(text) == {"Lò Thị Mai": {"speech"}, "Vàng A Dế": {"speech"}}


def test_a_clause_with_its_own_predicate_shares_no_role() -> None:
    # After a semicolon, "hội nghị đã ... ông Y" is a clause of its own: Y did not direct.
    text = (
        "Ngày 16/2/2024, Liên hiệp các tổ chức hữu nghị tỉnh Sóc Trăng tổ chức Hội nghị Ban "
        "Chấp hành. Ông Lâm Hoàng Nghiệp, Phó Chủ tịch UBND tỉnh, dự và chỉ đạo hội nghị; hội "
        "nghị đã hiệp thương bổ sung ông Trần Văn Lâu vào Ban Chấp hành."
    )
    assert roles_of(text) == {"Lâm Hoàng Nghiệp": {"directing"}, "Trần Văn Lâu": {"mentioned"}}
    # Listed names still share the clause's cue.
    text = (
        "Ngày 16/2/2024, Liên hiệp các tổ chức hữu nghị tỉnh Sóc Trăng tổ chức Hội nghị Ban "
        "Chấp hành. Bà Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh; ông Lâm Hoàng Nghiệp, Phó Chủ tịch "
        "UBND tỉnh dự và chỉ đạo hội nghị."
    )
    assert roles_of(text) == {"Lê Thị Hoa": {"directing"}, "Lâm Hoàng Nghiệp": {"directing"}}


def test_a_name_in_what_another_said_shares_no_role() -> None:
    # B is named in what A told (after A's "cho biết"), in a clause of its own: not a speaker.
    text = (
        "Sáng 5/3/2024, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn tiếp ông Park Jong Ho, "
        "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng. Ông Park Jong Ho cho biết, Tổng Lãnh sự quán sẽ kết "
        "nối tỉnh với thành phố Gimhae; Thị trưởng thành phố Gimhae, ông Hong Tae Yong dự kiến "
        "sang thăm tỉnh vào tháng 5."
    )
    roles = roles_of(text)
    assert roles["Park Jong Ho"] == {"speech"}
    assert roles["Hong Tae Yong"] == {"mentioned"}
    # Named before the cue they share, they still share it.
    text = (
        "Sáng 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định tổ chức Hội nghị tổng kết "
        "công tác năm 2023. Ông Lê Văn Hùng, Chủ tịch Liên hiệp; bà Trần Thị Mai, Phó Chủ tịch "
        "Liên hiệp phát biểu tại hội nghị."
    )
    assert roles_of(text) == {"Lê Văn Hùng": {"speech"}, "Trần Thị Mai": {"speech"}}


def test_a_cue_after_one_name_is_not_the_next_names() -> None:
    # "A chủ trì, B dự": the chairing is A's; B, named after it, only attended.
    lead = (
        "Ngày 6/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổ chức Hội nghị tổng kết "
        "công tác năm 2023. "
    )
    text = lead + (
        "Ông Đào Văn Khánh, Chủ tịch Liên hiệp chủ trì, bà Hồ Thị Nguyên, Phó Chủ tịch UBND "
        "tỉnh dự."
    )
    assert roles_of(text) == {"Đào Văn Khánh": {"chair"}, "Hồ Thị Nguyên": {"attending"}}
    # The guest a ceremony welcomes did not chair it: welcomed, the guest attended.
    text = (
        "Sáng 12/6/2024, Phó Chủ tịch nước Võ Thị Ánh Xuân chủ trì lễ đón Tổng thống Cộng hòa "
        "Ghana John Mahama tại Phủ Chủ tịch."
    )
    assert roles_of(text) == {"Võ Thị Ánh Xuân": {"chair"}, "John Mahama": {"attending"}}
    # Meeting someone is mutual: the guest received attends.
    text = (
        "Chiều 14/5/2024, ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Quảng Ngãi tiếp xã giao Tổng "
        "Lãnh sự Nhật Bản tại Đà Nẵng Mori Takero."
    )
    assert roles_of(text) == {"Lê Văn Tâm": {"attending"}, "Mori Takero": {"attending"}}
    # Names joined bare share what the last of them did.
    text = lead + "Ông Đào Văn Khánh chủ trì, bà Hồ Thị Nguyên và ông Lê Văn Tâm cùng dự."
    assert roles_of(text) == {
        "Đào Văn Khánh": {"chair"},
        "Hồ Thị Nguyên": {"attending"},
        "Lê Văn Tâm": {"attending"},
    }
    # A word that presents the names after the cue gives it to them.
    text = lead + (
        "Ông Đào Văn Khánh, Chủ tịch Liên hiệp phát biểu khai mạc, cùng dự có bà Hồ Thị "
        "Nguyên, Phó Chủ tịch UBND tỉnh."
    )
    assert roles_of(text) == {"Đào Văn Khánh": {"speech"}, "Hồ Thị Nguyên": {"attending"}}


def test_the_host_who_receives_a_visiting_delegation_attends() -> None:
    lead = (
        "Chiều 5/11/2024, Đoàn đại biểu Hội hữu nghị Việt Nam - Campuchia tỉnh Đồng Tháp đã đến "
        "thăm và làm việc tại tỉnh Prey Veng. "
    )
    for host in (
        "Đoàn được ông Chea Sokha, Tỉnh trưởng tỉnh Prey Veng tiếp đón.",
        "Ông Chea Sokha, Tỉnh trưởng tỉnh Prey Veng tiếp đón đoàn tại trụ sở.",
    ):
        assert roles_of(lead + host) == {"Chea Sokha": {"attending"}}, host


def test_an_envoy_received_by_title_attends() -> None:
    text = (
        "Sáng 12/6/2024, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tiếp Đại sứ Cộng "
        "hòa Mozambique Leonardo Castigo."
    )
    assert roles_of(text) == {"Leonardo Castigo": {"attending"}}


def test_the_items_of_a_list_share_the_cue_of_the_line_opening_it() -> None:
    lead = (
        "Ngày 28/12/2023, Hội hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh tổ chức hội nghị tổng kết "
        "công tác Hội năm 2023.\n"
    )
    text = (
        f"{lead}Tham dự hội nghị có:\n- Đồng chí Trần Thế Dũng - Trưởng ban Dân vận Tỉnh ủy;\n"
        "- Ông Khăm Xỉ Vông Phết - Phó Tổng Lãnh sự Lào tại Vinh.\nHội nghị đã khen thưởng."
    )
    assert roles_of(text) == {"Trần Thế Dũng": {"attending"}, "Khăm Xỉ Vông Phết": {"attending"}}
    # Those listed under an award's line receive it: they present nothing.
    text = f"{lead}Phó Chủ tịch UBND tỉnh trao Bằng khen cho:\n- Ông Lê Văn Hùng, hội viên;"
    assert roles_of(text) == {"Lê Văn Hùng": {"mentioned"}}


def test_a_title_shortened_later_is_not_a_second_position() -> None:
    extraction = extract_text(
        "a_0000000000000000",
        normalize_str(
            "Sáng 6/6/2023, Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổ chức Hội nghị giao ban. "
            "Ông Lương Minh Tâm, Chủ tịch Liên hiệp chủ trì hội nghị. Chủ tịch Lương Minh Tâm "
            "đề nghị các hội thành viên đẩy mạnh hoạt động."
        ),
    )
    positions = {claim.name: claim.positions for claim in extraction.roles}
    assert positions == {"Lương Minh Tâm": ("Chủ tịch Liên hiệp",)}


def test_a_title_abbreviated_later_is_not_a_second_position() -> None:
    # "Ủy ban nhân dân (UBND)" then "UBND": one office, kept in its fuller spelling.
    for first in ("Ủy ban nhân dân (UBND) tỉnh", "Ủy ban nhân dân tỉnh"):
        extraction = extract_text(
            "a_0000000000000000",
            normalize_str(
                "Sáng 12/5/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức Hội nghị "
                "tổng kết công tác năm 2023. Dự hội nghị có ông Trần Văn Bình, Phó Chủ tịch "
                f"{first}. Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Trần Văn Bình đề nghị "
                "Liên hiệp đổi mới."
            ),
        )
        positions = {claim.name: claim.positions for claim in extraction.roles}
        assert positions == {"Trần Văn Bình": (f"Phó Chủ tịch {first}",)}, first


def test_an_award_told_twice_is_one_row() -> None:
    extraction = extract_text(
        "a_0000000000000000",
        normalize_str(
            "Ngày 8/8/2022, Liên hiệp các tổ chức hữu nghị tỉnh An Giang tổ chức lễ trao Kỷ niệm "
            'chương "Vì hòa bình, hữu nghị giữa các dân tộc" cho ông Sok Chea. Ông Trần Văn Lâm, '
            "Chủ tịch Liên hiệp trao Kỷ niệm chương và chúc mừng các cá nhân."
        ),
    )
    rows = [(a.award_type, a.award_title, a.recipient_kind) for a in extraction.awards]
    assert rows == [("Kỷ niệm chương", "Vì hòa bình, hữu nghị giữa các dân tộc", "cá nhân")]
    # A headline in capitals tells it first: the lead's spelling is kept.
    extraction = extract_text(
        "a_0000000000000000",
        normalize_str(
            'TRAO KỶ NIỆM CHƯƠNG "VÌ HÒA BÌNH, HỮU NGHỊ GIỮA CÁC DÂN TỘC" CHO TỔNG LÃNH SỰ LÀO\n'
            "Ngày 8/8/2022, Liên hiệp các tổ chức hữu nghị tỉnh An Giang tổ chức lễ trao Kỷ niệm "
            'chương "Vì hòa bình, hữu nghị giữa các dân tộc" cho ông Sok Chea.'
        ),
    )
    titles = {a.award_title for a in extraction.awards}
    assert titles == {"Vì hòa bình, hữu nghị giữa các dân tộc"}


def test_the_organization_that_holds_an_event_by_do_keeps_its_whole_name() -> None:
    event = event_of(
        "Sáng 10/9/2020, tại Hà Nội, Diễn đàn hữu nghị nhân dân khu vực chính thức khai mạc. "
        "Diễn đàn do Liên hiệp các tổ chức hữu nghị Việt Nam chủ trì tổ chức."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị Việt Nam"
    assert event.scope == "national"


def test_a_bilateral_associations_name_ends_with_its_second_country() -> None:
    people = people_of(
        "Ông Tôn Sinh Thành, Chủ tịch Hội hữu nghị Việt Nam - Indonesia ôn lại chặng đường "
        "60 năm. Bà Khamla Sengdara, Chủ tịch Hội hữu nghị Lào - Việt Nam tỉnh Champasak "
        "khẳng định quan hệ hai nước. Ông Bua Khăm, Phó Chủ tịch Ủy ban Mặt trận Lào xây dựng "
        "đất nước tỉnh Savannakhet dự."
    )
    assert people["Tôn Sinh Thành"] == ("Chủ tịch Hội hữu nghị Việt Nam - Indonesia",)
    assert people["Khamla Sengdara"] == ("Chủ tịch Hội hữu nghị Lào - Việt Nam tỉnh Champasak",)
    # A country an organ's name begins with does not end it.
    assert people["Bua Khăm"] == (
        "Phó Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Savannakhet",
    )


def test_an_events_name_ends_before_its_verb_and_tense() -> None:
    event = event_of(
        "Chiều 28/2/2024, tại TP Hồ Chí Minh, Sở Ngoại vụ thành phố tổ chức họp báo giới thiệu "
        "Lễ hội Việt Nam - Hàn Quốc lần thứ 5 sẽ diễn ra từ ngày 8 đến 10/3/2024."
    )
    assert event is not None and event.name.endswith("lần thứ 5")


def test_sharing_what_one_thinks_is_a_speech_sharing_information_is_not() -> None:
    lead = "Ngày 15/3/2024, Hội Cựu chiến binh tỉnh Quảng Trị tổ chức chương trình giao lưu. "
    assert roles_of(lead + "Ông David Brown, đại diện tổ chức PeaceTrees, chia sẻ về các dự án.")[
        "David Brown"
    ] == {"speech"}
    assert roles_of(lead + "Bà Mai Lan, Chủ tịch Hội, cho rằng giao lưu là cầu nối.")[
        "Mai Lan"
    ] == {"speech"}
    assert roles_of(
        lead + "Ông Hồ Văn Nam, Chủ tịch Hội dự và cùng các hội chia sẻ thông tin hoạt động."
    )["Hồ Văn Nam"] == {"attending"}


def test_an_event_set_as_the_scene_of_what_is_said_is_reported_when_its_verb_follows() -> None:
    text = (
        "Đó là khẳng định của ông Lê Minh Đức, Phó Trưởng Ban Đối ngoại Trung ương tại Hội nghị "
        "tập huấn công tác đối ngoại nhân dân năm 2022 diễn ra ngày 9/6/2022 tại Đà Nẵng."
    )
    event = event_of(text)
    assert event is not None and event.held is not None
    assert event.name == "Hội nghị tập huấn công tác đối ngoại nhân dân năm 2022"
    assert event.held.value == date(2022, 6, 9)
    # The title ends before the event it was spoken at.
    assert people_of(text)["Lê Minh Đức"] == ("Phó Trưởng Ban Đối ngoại Trung ương",)
    # A scene set before a comma reports no event: its verb is another clause's.
    assert (
        event_of("Tại Hội nghị, ông Lê Minh Đức cho biết năm 2022 đã diễn ra 40 hoạt động.") is None
    )


def test_a_highland_name_with_a_spaced_apostrophe_is_one_name() -> None:
    people = people_of("Ông K' Mák, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.")
    assert people == {"K' Mák": ("Phó Chủ tịch UBND tỉnh",)}


def test_an_organization_that_opens_an_event_holds_it_and_its_ribbon_cutters_attend() -> None:
    text = (
        "Tối 3/9/2023, tại thành phố Thanh Hóa, Sở Ngoại vụ tỉnh Thanh Hóa khai mạc triển lãm "
        'ảnh "Thanh Hóa - Hủa Phăn: tình hữu nghị". Ông Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh '
        "và ông Khăm Sẻng, Tổng Lãnh sự Lào tại Hải Phòng cắt băng khai mạc triển lãm."
    )
    event = event_of(text)
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Sở Ngoại vụ tỉnh Thanh Hóa"
    assert roles_of(text) == {"Đầu Thanh Tùng": {"attending"}, "Khăm Sẻng": {"attending"}}
    # The office's seat ends the title: what follows is what they did.
    assert people_of(text)["Khăm Sẻng"] == ("Tổng Lãnh sự Lào tại Hải Phòng",)


def test_an_event_planned_is_not_an_event_held() -> None:
    # The meeting that prepares it is reported by a verb the grammar leaves alone.
    event = event_of(
        "Chiều 20/11/2024, Ban Chấp hành Hội hữu nghị Việt Nam - Ấn Độ tỉnh Bắc Ninh họp phiên "
        "mở rộng. Dự kiến, Đại hội sẽ diễn ra vào ngày 15/12/2024 tại Hội trường Tỉnh ủy."
    )
    assert event is None


def test_a_documents_date_with_dashes_or_dots_states_its_subject() -> None:
    for day in ("6/7/2011", "6-7-2011", "6.7.2011"):
        text = (
            f"Hội nghị quán triệt Chỉ thị số 04-CT/TW ngày {day} của Ban Bí thư về tiếp tục đổi "
            "mới và nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới."
        )
        (citation,) = extract_text("a_0000000000000000", normalize_str(text)).citations
        assert citation.issued_on == date(2011, 7, 6)
        assert citation.title is not None and citation.title.startswith("tiếp tục đổi mới")


def test_the_union_written_with_capitals_is_the_same_union() -> None:
    # "Liên hiệp Các tổ chức Hữu nghị": the "tổ chức" of its name is no verb.
    people = people_of(
        "Dự có ông Nguyễn Văn Mỹ, Phó Tổng Thư ký, Trưởng ban Ban Á - Phi, Liên hiệp Các tổ "
        "chức Hữu nghị Việt Nam."
    )
    assert people["Nguyễn Văn Mỹ"][-1] == "Liên hiệp Các tổ chức Hữu nghị Việt Nam"
    lead = (
        "Ngày 9/9/2016, {} tổ chức Hội nghị tập huấn công tác đối ngoại nhân dân năm 2016 cho "
        "cán bộ thành phố Đà Nẵng."
    )
    capitals = event_of(lead.format("Liên hiệp Các tổ chức Hữu nghị"))
    plain = event_of(lead.format("Liên hiệp các tổ chức hữu nghị"))
    assert capitals is not None and plain is not None and plain.organizer is not None
    assert plain.organizer.name == "Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng"
    assert capitals.organizer_org_id == plain.organizer_org_id


def test_the_organizer_after_a_day_written_without_its_comma() -> None:
    event = event_of(
        "Sáng 26/12 Hội hữu nghị Việt - Lào tỉnh Thanh Hóa tổ chức Đại hội lần thứ IV, nhiệm kỳ "
        "2025-2030."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Hội hữu nghị Việt - Lào tỉnh Thanh Hóa"


def test_a_deputys_office_in_lower_case_is_a_title() -> None:
    people = people_of(
        "Dự có ông Lê Quang Hùng, Phó chủ tịch UBND tỉnh Thanh Hóa và bà Lò Thị Mai, Phó bí "
        "thư Tỉnh ủy Sơn La. Phó chủ tịch nước Võ Thị Ánh Xuân gửi lẵng hoa chúc mừng."
    )
    assert people["Lê Quang Hùng"] == ("Phó chủ tịch UBND tỉnh Thanh Hóa",)
    assert people["Lò Thị Mai"] == ("Phó bí thư Tỉnh ủy Sơn La",)
    assert people["Võ Thị Ánh Xuân"] == ("Phó chủ tịch nước",)


def test_an_abbreviated_honorific_ends_an_events_name_and_a_glued_unit_is_one_place() -> None:
    event = event_of(
        "Sáng 3/3/2023, Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang tổ chức Đại hội. Dự Đại "
        "hội có đ/c Nguyễn Văn Mỹ, Phó Tổng Thư ký Liên hiệp các tổ chức hữu nghị Việt Nam."
    )
    assert event is not None and event.name == "Đại hội"
    assert org_key("Liên hiệp các tổ chức hữu nghị TP.Hà Nội") == org_key(
        "Liên hiệp các tổ chức hữu nghị TP Hà Nội"
    )


def test_informing_and_recalling_are_speech() -> None:
    roles = roles_of(
        "Hội hữu nghị Việt Nam - Lào tỉnh tổ chức gặp mặt hữu nghị với lưu học sinh Lào. Tại "
        "buổi gặp mặt, bà Lê Thị Lan, Chủ tịch Hội, thông tin về tình hình của tỉnh. Ông Trần "
        "Văn Hòa, Phó Chủ tịch Hội, ôn lại truyền thống quan hệ hai nước."
    )
    assert roles == {"Lê Thị Lan": {"speech"}, "Trần Văn Hòa": {"speech"}}
    # The noun is no one's act.
    roles = roles_of(
        "Hội hữu nghị Việt Nam - Lào tỉnh tổ chức gặp mặt hữu nghị với lưu học sinh Lào. Dự "
        "có bà Lê Thị Lan, phụ trách công tác thông tin về Lào của Hội."
    )
    assert roles == {"Lê Thị Lan": {"attending"}}


def test_bidding_a_delegation_farewell_is_speech() -> None:
    roles = roles_of(
        "Sáng 3/4/2024, tại cửa khẩu Lao Bảo, Hội hữu nghị Việt Nam - Lào tỉnh Quảng Trị tổ "
        "chức lễ tiễn Đoàn đại biểu tỉnh Savannakhet. Bà Lê Thị Lan, Chủ tịch Hội, tiễn đoàn "
        "và chúc đoàn thượng lộ bình an."
    )
    assert roles == {"Lê Thị Lan": {"speech"}}


def test_opening_or_closing_the_event_is_speech_a_time_or_a_ribbon_is_not() -> None:
    lead = "Sáng 12/3/2024, Hội hữu nghị Việt Nam - Lào tỉnh Sơn La tổ chức Đại hội lần thứ IV. "
    for said, role in (
        ("Ông Lò Văn Hải, Phó Chủ tịch Hội khai mạc Đại hội.", "speech"),
        ("Ông Lò Văn Hải, Phó Chủ tịch Hội tuyên bố khai mạc đại hội.", "speech"),
        ("Ông Lò Văn Hải, Phó Chủ tịch Hội bế mạc Đại hội.", "closing_speech"),
        ("Sau khi khai mạc đại hội, ông Lò Văn Hải, Phó Chủ tịch Hội tiếp đại biểu.", "mentioned"),
        ("Sau khi bế mạc đại hội, ông Lò Văn Hải, Phó Chủ tịch Hội tặng hoa.", "mentioned"),
        ("Ông Lò Văn Hải, Phó Chủ tịch Hội cắt băng khai mạc triển lãm.", "attending"),
    ):
        assert roles_of(lead + said) == {"Lò Văn Hải": {role}}, said


def test_a_sentence_on_another_year_cues_no_role_at_this_event() -> None:
    lead = (
        "Sáng 12/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị tổng "
        "kết công tác năm 2023. Ông Trần Văn Minh, Chủ tịch Liên hiệp, chủ trì hội nghị. "
    )
    roles = roles_of(
        lead + "Tại hội nghị năm 2022, bà Lê Thị Thu, Phó Chủ tịch UBND tỉnh, đã đề nghị Liên "
        "hiệp đổi mới phương thức hoạt động."
    )
    assert roles == {"Trần Văn Minh": {"chair"}, "Lê Thị Thu": {"mentioned"}}
    # The year the event reviews is its own.
    roles = roles_of(lead + "Năm 2023, bà Lê Thị Thu, Phó Chủ tịch UBND tỉnh, phát biểu ghi nhận.")
    assert roles == {"Trần Văn Minh": {"chair"}, "Lê Thị Thu": {"speech"}}


def test_a_guest_of_a_friendship_pair_makes_a_reception() -> None:
    event = event_of(
        "Sáng 14/3/2024, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Nguyễn Khắc Định tiếp ông "
        "Takebe Tsutomu, Cố vấn đặc biệt Liên minh Nghị sĩ hữu nghị Nhật - Việt."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    # A guest of no foreign side makes none.
    assert event_of("Sáng 14/3/2024, ông Lê Văn An tiếp ông Trần Văn Bình, Giám đốc Sở.") is None
    # A comrade received, an envoy of a fraternal party's state, is a guest too.
    event = event_of(
        "Chiều 9/9/2024, tại trụ sở UBND tỉnh, ông Lê Văn An, Chủ tịch UBND tỉnh Quảng Trị đã "
        "tiếp xã giao đồng chí Khăm Xỉ Vông, Đại sứ nước CHDCND Lào tại Việt Nam."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.location == "trụ sở UBND tỉnh"
    assert (
        event_of("Sáng 14/3/2024, ông Lê Văn An tiếp đồng chí Trần Văn Bình, Thứ trưởng.") is None
    )
    # A courtesy call received ("hội kiến"), an envoy or a named guest.
    for lead in (
        "Sáng 12/6/2024, Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến với Đại sứ Nhật Bản Ito Naoki.",
        "Sáng 12/6/2024, ông Lê Văn An hội kiến ông Kim Dong-yeon, Thống đốc tỉnh Gyeonggi (Hàn "
        "Quốc).",
    ):
        event = event_of(lead)
        assert event is not None and event.kind == "reception_or_exchange", lead
        # Host and guest both attend it.
        assert set().union(*roles_of(lead).values()) == {"attending"}, lead


def test_saying_is_speech_and_saying_in_general_is_not() -> None:
    lead = (
        "Sáng 5/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị tổng kết "
        "công tác năm 2023. "
    )
    said = lead + "“Đối ngoại nhân dân là cầu nối”, ông Nguyễn Văn An, Chủ tịch Liên hiệp nói."
    assert roles_of(said) == {"Nguyễn Văn An": {"speech"}}
    general = lead + "Dự có ông Nguyễn Văn An; công tác đối ngoại nói chung đạt kết quả tốt."
    assert roles_of(general) == {"Nguyễn Văn An": {"attending"}}


def test_a_guest_the_event_was_honoured_to_welcome_attended() -> None:
    roles = roles_of(
        "Ngày 20/12/2023, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức hội nghị tổng kết "
        "công tác năm 2023. Hội nghị vinh dự được đón tiếp đồng chí Nguyễn Văn An, Phó Bí thư "
        "Tỉnh ủy."
    )
    assert roles == {"Nguyễn Văn An": {"attending"}}


def test_chairing_a_reception_or_a_festival_is_chairing() -> None:
    roles = roles_of(
        "Tối 2/9/2024, tại Đại sứ quán Việt Nam tại Lào, Đại sứ Nguyễn Minh Tâm chủ trì tiệc "
        "chiêu đãi kỷ niệm 79 năm Quốc khánh."
    )
    assert roles == {"Nguyễn Minh Tâm": {"chair"}}


def test_a_reception_of_guests_who_came_for_another_event_is_the_report() -> None:
    event = event_of(
        "Sáng 7/5/2024, tại Nhà khách Tỉnh ủy, Ban Thường vụ Tỉnh ủy Điện Biên tổ chức tiếp đón "
        "Đoàn đại biểu cấp cao tỉnh Phông Sa Lỳ (Lào) sang dự Lễ kỷ niệm 70 năm Chiến thắng Điện "
        "Biên Phủ."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.name == "tiếp đón Đoàn đại biểu cấp cao tỉnh Phông Sa Lỳ (Lào)"
    assert event.location == "Nhà khách Tỉnh ủy"


def test_du_closing_a_clause_is_attending() -> None:
    roles = roles_of(
        "Sáng 18/12/2024, Liên hiệp tổ chức Hội nghị tổng kết công tác năm 2024. Đồng chí Bùi "
        "Văn Long, Phó Chủ tịch UBND tỉnh dự."
    )
    assert roles == {"Bùi Văn Long": {"attending"}}


def test_a_call_on_a_mission_for_its_festival_is_a_reception() -> None:
    text = (
        "Sáng 10/4/2024, ông Lò Văn Sơn, Chủ tịch UBND tỉnh Sơn La đã đến thăm, chúc Tết "
        "Bunpimay Tổng Lãnh sự quán Lào tại Đà Nẵng. Tháp tùng có ông Cầm Văn Tiến, Phó Giám "
        "đốc Sở Ngoại vụ."
    )
    event = event_of(text)
    assert event is not None and event.kind == "reception_or_exchange"
    assert roles_of(text) == {"Lò Văn Sơn": {"attending"}, "Cầm Văn Tiến": {"attending"}}
    # A call to congratulate it on its national day too; its caller attends, says nothing.
    text = "Ngày 1/12/2024, ông Lò Văn Sơn đến thăm, chúc mừng Đại sứ quán Lào tại Việt Nam."
    assert roles_of(text) == {"Lò Văn Sơn": {"attending"}}
    # A call on a unit of our own is none.
    assert event_of("Ngày 12/4/2024, ông Lò Văn Sơn thăm, chúc Tết Đoàn Kinh tế 326.") is None


def test_the_close_named_before_the_speaker_is_the_closing_speech() -> None:
    lead = "Sáng 18/12/2024, Liên hiệp tổ chức Hội nghị tổng kết công tác năm 2024. "
    roles = roles_of(f"{lead}Kết luận hội nghị, bà Lò Thị Mai ghi nhận ý kiến của đại biểu.")
    assert roles == {"Lò Thị Mai": {"closing_speech"}}
    # Something done after the close is not the close.
    roles = roles_of(f"{lead}Sau khi bế mạc hội nghị, bà Lò Thị Mai về thăm trường học.")
    assert roles == {"Lò Thị Mai": {"mentioned"}}


def test_those_listed_as_taking_part_or_entrusted_with_an_office_attended() -> None:
    roles = roles_of(
        "Sáng 15/5/2024, Hội hữu nghị Việt Nam - Lào tỉnh Điện Biên tổ chức giao lưu hữu nghị "
        "tại huyện Mường Nhé. Tham gia buổi giao lưu có ông Lò Văn Tiến, Phó Chủ tịch UBND tỉnh."
    )
    assert roles == {"Lò Văn Tiến": {"attending"}}
    roles = roles_of(
        "Ngày 27/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hòa Bình tổ chức Đại hội lần thứ "
        "III. Bà Nguyễn Thị Thu Hà được tín nhiệm giữ chức Chủ tịch Liên hiệp khóa III."
    )
    assert roles == {"Nguyễn Thị Thu Hà": {"attending"}}
    roles = roles_of(
        "Ngày 27/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hòa Bình tổ chức Đại hội lần thứ "
        "III. Ông Bùi Văn Tỉnh tiếp tục được tín nhiệm cử làm Chủ tịch Liên hiệp."
    )
    assert roles == {"Bùi Văn Tỉnh": {"attending"}}
    # Taking part in something else is no attendance ("tham gia Ban Chấp hành").
    roles = roles_of(
        "Ngày 27/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hòa Bình tổ chức Đại hội lần thứ "
        "III. Ông Trần Văn Lâm tham gia Ban Chấp hành từ năm 2019."
    )
    assert roles == {"Trần Văn Lâm": {"mentioned"}}


def test_presenting_an_honour_is_not_receiving_it_nor_handing_over_gifts() -> None:
    lead = (
        "Sáng 5/12/2024, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức Hội nghị tổng kết "
        "công tác đối ngoại nhân dân năm 2024. Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh {}."
    )
    expected = {
        "trao tặng Bằng khen cho 5 tập thể": "presenting_awards",
        "được trao tặng Kỷ niệm chương Vì hòa bình, hữu nghị giữa các dân tộc": "mentioned",
        "vinh dự được trao Huân chương Hữu nghị": "mentioned",
        "trao tặng 50 suất học bổng cho lưu học sinh Lào": "attending",
        "tặng quà cho các lưu học sinh": "attending",
        "gửi tặng quà cho các lưu học sinh": "mentioned",
    }
    for act, role in expected.items():
        assert roles_of(lead.format(act)) == {"Trần Văn Bình": {role}}, act


def test_chairing_said_with_vua_and_praise_received_is_no_speech() -> None:
    lead = (
        "Sáng 5/12/2024, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức Hội nghị tổng kết "
        "công tác đối ngoại nhân dân năm 2024. Bà Trần Thị Em, Chủ tịch Hội hữu nghị Việt - "
        "Pháp {}."
    )
    assert roles_of(lead.format("vừa chủ trì vừa phát biểu khai mạc hội nghị")) == {
        "Trần Thị Em": {"chair"}
    }
    assert roles_of(lead.format("được biểu dương tại hội nghị")) == {"Trần Thị Em": {"mentioned"}}
    assert roles_of(lead.format("biểu dương các hội thành viên")) == {"Trần Thị Em": {"speech"}}


def test_what_people_did_at_another_event_the_same_day_is_not_done_at_this_one() -> None:
    text = (
        "Sáng 12/12/2024, Liên hiệp các tổ chức hữu nghị tỉnh Điện Biên tổ chức Hội nghị tổng "
        "kết công tác đối ngoại nhân dân năm 2024. Đồng chí Lò Văn Tiến, Phó Chủ tịch UBND tỉnh "
        "dự và chỉ đạo hội nghị.\n\nChiều cùng ngày, Liên hiệp tổ chức gặp mặt lưu học sinh "
        "Lào. Ông Mùa A Vảng, Chủ tịch Liên hiệp tặng quà cho các em."
    )
    assert roles_of(text) == {"Lò Văn Tiến": {"directing"}, "Mùa A Vảng": {"mentioned"}}
    # A paragraph opening on the year's results goes on with the event's own speakers.
    text = text.replace(
        "Chiều cùng ngày, Liên hiệp tổ chức gặp mặt lưu học sinh Lào. Ông Mùa A Vảng, Chủ tịch "
        "Liên hiệp tặng quà cho các em.",
        "Năm 2024, Liên hiệp đã đón 45 đoàn. Ông Mùa A Vảng, Chủ tịch Liên hiệp phát biểu.",
    )
    assert roles_of(text)["Mùa A Vảng"] == {"speech"}


def test_sharing_that_closes_a_quotation_is_a_speech() -> None:
    lead = (
        "Sáng 5/12/2024, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức Hội nghị tổng kết "
        "công tác đối ngoại nhân dân năm 2024. "
    )
    said = '"Chúng tôi trân trọng tình cảm của nhân dân Việt Nam", bà Lê Thị Hoa chia sẻ.'
    assert roles_of(lead + said) == {"Lê Thị Hoa": {"speech"}}
    assert roles_of(lead + "Bà Lê Thị Hoa chia sẻ kinh nghiệm.") == {"Lê Thị Hoa": {"mentioned"}}


def test_one_who_reports_the_years_results_speaks_the_report_read_of_is_no_speech() -> None:
    lead = (
        "Ngày 15/12/2024, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức hội nghị tổng kết. "
    )
    assert roles_of(
        lead
        + "Phó Chủ tịch Thường trực Liên hiệp Trần Đình Lương báo cáo kết quả công tác năm 2024."
    )["Trần Đình Lương"] == {"speech"}
    assert roles_of(lead + "Hội nghị đã nghe ông Lê Văn Hòa báo cáo tổng kết công tác.")[
        "Lê Văn Hòa"
    ] == {"speech"}
    # The verb after the reporter's title, past its comma.
    assert roles_of(
        lead + "Hội nghị đã nghe ông Lê Văn Hòa, Phó Chủ tịch Liên hiệp, báo cáo kết quả công tác."
    )["Lê Văn Hòa"] == {"speech"}
    assert roles_of(
        lead + "Theo báo cáo kết quả công tác của Liên hiệp, ông Lê Văn Hòa đã tham gia 5 đoàn."
    )["Lê Văn Hòa"] == {"mentioned"}
    assert roles_of(
        lead + "Báo cáo tổng kết công tác năm 2024 cho thấy ông Lê Văn Hòa đã tham gia 5 đoàn."
    )["Lê Văn Hòa"] == {"mentioned"}


def test_coming_to_congratulate_is_attending() -> None:
    lead = "Ngày 15/12/2024, Hội hữu nghị Việt Nam - Lào tỉnh Gia Lai tổ chức Đại hội lần thứ III. "
    assert roles_of(
        lead + "Tới dự và chúc mừng Đại hội có đồng chí Lê Văn Cường, Phó Bí thư Tỉnh ủy."
    )["Lê Văn Cường"] == {"attending"}
    assert roles_of(lead + "Phát biểu chúc mừng Đại hội, ông Lê Văn Cường đề nghị Hội đổi mới.")[
        "Lê Văn Cường"
    ] == {"speech"}


def test_a_friendship_associations_foreign_leader_after_its_pair() -> None:
    people = people_of(
        "Chủ tịch Hội hữu nghị Nhật - Việt Takebe Tsutomu phát biểu. Phó Chủ tịch Hội hữu "
        "nghị Lào - Việt Nam Khamphan Sengdara dự."
    )
    assert people["Takebe Tsutomu"] == ("Chủ tịch Hội hữu nghị Nhật - Việt",)
    assert people["Khamphan Sengdara"] == ("Phó Chủ tịch Hội hữu nghị Lào - Việt Nam",)
    # A country that opens on a family name, then the association's city, is no one.
    assert (
        people_of(
            "Chủ tịch Hội hữu nghị Việt Nam - Hàn Quốc Đà Nẵng phát biểu. Chủ tịch Hội hữu nghị "
            "Việt Nam - Thái Lan Thành phố Hồ Chí Minh dự."
        )
        == {}
    )


def test_a_foreign_organs_holder_after_its_name() -> None:
    people = people_of(
        "Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước Xay-sổm-phon Phôm-vi-hản dự. "
        "Chủ tịch Liên hiệp các tổ chức hữu nghị Lào Sounthone Xayachak phát biểu. Chủ tịch Ủy "
        "ban Mặt trận Lào xây dựng đất nước tỉnh Savannakhet Bua Khăm dự."
    )
    assert people == {
        "Xay-sổm-phon Phôm-vi-hản": ("Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước",),
        "Sounthone Xayachak": ("Chủ tịch Liên hiệp các tổ chức hữu nghị Lào",),
        "Bua Khăm": ("Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Savannakhet",),
    }
    # Places after a foreign organ are no one.
    assert (
        people_of(
            "Phó Tổng Lãnh sự quán Trung Quốc Thành phố Hồ Chí Minh phát biểu. Phó Chủ tịch Hội "
            "hữu nghị Lào - Việt Nam tỉnh Luông Pha Băng phát biểu."
        )
        == {}
    )


def test_a_delegations_visit_is_received_by_whom_it_visits() -> None:
    event = event_of(
        "Ngày 7/6/2024, Đoàn đại biểu Hội Hữu nghị Trung - Việt tỉnh Vân Nam (Trung Quốc) do bà "
        "Lý Bình dẫn đầu đã đến thăm và làm việc tại tỉnh Lào Cai."
    )
    assert event is not None
    assert (event.kind, event.scope, event.location, event.locality) == (
        "reception_or_exchange",
        "provincial",
        "tỉnh Lào Cai",
        "Lào Cai",
    )
    assert event.held is not None and event.held.value == date(2024, 6, 7)
    # A visit naming no foreign country, or by no delegation, is no exchange.
    for lead in (
        "Ngày 7/6/2024, Đoàn đại biểu tỉnh Hà Giang đến thăm và làm việc tại tỉnh Tuyên Quang.",
        "Ngày 7/6/2024, đoàn viên thanh niên đến thăm và làm việc tại nhà máy.",
    ):
        assert event_of(lead) is None, lead


def test_a_visit_said_as_a_trip_or_by_its_verbs_alone_and_not_one_to_come() -> None:
    # A province's delegation abroad: the place is the foreign one, with its country in
    # brackets, and the event has no province of Vietnam as its locality.
    for verb in ("đã có chuyến thăm và làm việc", "đã thăm và làm việc"):
        event = event_of(
            f"Từ ngày 8 đến 10/5/2024, Đoàn đại biểu tỉnh Điện Biên do ông Lò Văn Phương làm "
            f"trưởng đoàn {verb} tại tỉnh Phông Sa Lỳ (Lào)."
        )
        assert event is not None, verb
        assert (event.kind, event.location, event.locality) == (
            "reception_or_exchange",
            "tỉnh Phông Sa Lỳ (Lào)",
            None,
        )
        assert event.held is not None and event.held.value == date(2024, 5, 8)
    assert (
        event_of(
            "Đoàn đại biểu Hội hữu nghị Việt Nam - Cuba sẽ thăm và làm việc tại Cuba từ ngày 10 "
            "đến 15/12/2024."
        )
        is None
    )


def test_the_host_and_the_head_of_a_delegation_attend_a_reception() -> None:
    roles = roles_of(
        "Chiều 9/9/2024, ông Lê Văn Thắng, Phó Chủ tịch UBND tỉnh Phú Thọ đã tiếp đoàn công tác "
        "tỉnh Saitama (Nhật Bản) do ông Ono Kenji, Phó Thống đốc dẫn đầu. Cùng tiếp đoàn có bà "
        "Hà Thị Lan, Giám đốc Sở Ngoại vụ. Đoàn thứ hai do ông Sato Ken làm trưởng đoàn."
    )
    assert roles["Lê Văn Thắng"] == {"attending"}
    assert roles["Ono Kenji"] == {"attending"}
    assert roles["Hà Thị Lan"] == {"attending"}
    assert roles["Sato Ken"] == {"attending"}
    # Leading a ranking is no one's part in the event.
    roles = roles_of(
        "Sáng 9/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ tổ chức Hội nghị tổng kết "
        "công tác năm 2023. Đơn vị do ông Lê Văn Thắng phụ trách dẫn đầu cả nước về vận động "
        "viện trợ."
    )
    assert roles["Lê Văn Thắng"] == {"mentioned"}


def test_talks_with_a_delegation_are_a_reception() -> None:
    for verb in ("tiếp và hội đàm với", "hội đàm với"):
        event = event_of(
            f"Ngày 25/4/2024, tại Hà Giang, ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang {verb} "
            "Đoàn đại biểu tỉnh Vân Nam (Trung Quốc) do ông Lý Minh làm trưởng đoàn."
        )
        assert event is not None, verb
        assert event.kind == "reception_or_exchange"
        assert event.held is not None and event.held.value == date(2024, 4, 25)


def test_an_envoys_call_and_a_farewell_are_receptions() -> None:
    for verb in (
        "đã đến chào xã giao lãnh đạo tỉnh Nghệ An",
        "thăm và làm việc tại tỉnh Nghệ An",
        "đến chào từ biệt lãnh đạo tỉnh Nghệ An nhân dịp kết thúc nhiệm kỳ",
    ):
        text = (
            f"Chiều 5/3/2024, Đại sứ Lào tại Việt Nam Khamphao Ernthavanh {verb}. Tiếp Đại sứ, "
            "ông Nguyễn Đức Trung, Chủ tịch UBND tỉnh cảm ơn Đại sứ."
        )
        event = event_of(text)
        assert event is not None and event.kind == "reception_or_exchange", verb
        assert event.locality == "Nghệ An"
        assert roles_of(text)["Khamphao Ernthavanh"] == {"attending"}
    event = event_of(
        "Sáng 5/3/2024, Phó Chủ tịch UBND tỉnh Bùi Đình Long đã tiễn Đoàn đại biểu tỉnh Xiêng "
        "Khoảng (Lào) kết thúc chuyến thăm."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    # A Vietnamese official's visit names no foreign country: no reception.
    assert (
        event_of("Chiều 5/3/2024, Đại sứ Nguyễn Văn An thăm và làm việc tại tỉnh Nghệ An.") is None
    )
    # A guest received by name, and the host.
    received = roles_of(
        "Chiều 7/3/2024, ông Trần Văn Hòa, Chủ tịch UBND tỉnh tiếp bà Susan Burns, Tổng Lãnh sự "
        "Hoa Kỳ tại TP Hồ Chí Minh đến chào từ biệt."
    )
    assert received == {"Trần Văn Hòa": {"attending"}, "Susan Burns": {"attending"}}
    # A meeting the host had with a delegation, and the delegation's leader.
    met = roles_of(
        "Sáng 18/4/2024, ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh đã có buổi gặp mặt đoàn cựu "
        "chiến binh Hoa Kỳ do ông Chuck Searcy dẫn đầu nhân dịp đoàn trở lại thăm chiến trường xưa."
    )
    assert met == {"Trần Văn Hòa": {"attending"}, "Chuck Searcy": {"attending"}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Kim Dong Su bày tỏ vui mừng đón đoàn và mong muốn hai tỉnh hợp tác nhiều hơn.",
        "Trưởng đoàn cảm ơn lãnh đạo tỉnh đã dành thời gian tiếp đoàn.",
        "Chủ tịch UBND tỉnh hân hạnh được đón tiếp Đoàn đại biểu Đại sứ quán Lào.",
    ],
)
def test_a_reception_someone_is_glad_of_or_thanks_for_is_no_report(sentence: str) -> None:
    assert event_of(sentence) is None


def test_a_visit_abroad_keeps_its_lead_when_the_host_later_says_he_is_glad_of_it() -> None:
    event = event_of(
        "Đoàn Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam thăm Nhật Bản\n"
        "Từ ngày 3 đến 6/10/2023, đoàn đại biểu Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam đã thăm "
        "và làm việc tại tỉnh Gunma, Nhật Bản.\n"
        "Ông Tanaka Ichiro, Chủ tịch Hội hữu nghị Nhật - Việt tỉnh Gunma bày tỏ vui mừng đón đoàn "
        "và mong muốn tăng cường giao lưu thanh niên hai tỉnh."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.name == "thăm và làm việc"


def test_a_verb_of_saying_joined_by_va_ends_a_receptions_name() -> None:
    event = event_of(
        "Ngày 3/5/2024, đoàn Hội hữu nghị Việt Nam - Campuchia tỉnh Tây Ninh đến thăm tỉnh Svay "
        "Rieng (Campuchia). Ông Men Vibol, Tỉnh trưởng tỉnh Svay Rieng, tiếp đoàn và bày tỏ cảm "
        "ơn tình cảm của nhân dân Tây Ninh."
    )
    assert event is not None and event.name == "tiếp đoàn"
    # Not a verb that goes on the name ("gặp mặt và chúc mừng ...").
    event = event_of(
        "Ngày 3/5/2024, Liên hiệp các tổ chức hữu nghị tỉnh Tây Ninh tổ chức gặp mặt và chúc "
        "mừng các cựu chuyên gia."
    )
    assert event is not None and event.name == "gặp mặt và chúc mừng các cựu chuyên gia"


def test_a_host_who_meets_the_guests_attended() -> None:
    lead = "Chiều 16/7/2022, tại Nhà Quốc hội, Chủ tịch Quốc hội Nguyễn Văn An "
    roles = roles_of(
        lead + "gặp mặt đại diện cựu chuyên gia Việt Nam giúp Lào. Tham dự buổi gặp mặt có ông "
        "Trần Văn Bình, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội."
    )
    assert roles == {"Nguyễn Văn An": {"attending"}, "Trần Văn Bình": {"attending"}}
    # The gathering's noun is no one's act.
    roles = roles_of(
        "Chiều 16/7/2022, Hội hữu nghị Việt Nam - Lào tổ chức buổi gặp mặt các cựu chuyên gia. "
        "Ông Nguyễn Văn An cho biết buổi gặp mặt các cựu chuyên gia được tổ chức hằng năm."
    )
    assert roles == {"Nguyễn Văn An": {"speech"}}


def test_a_delegations_talks_abroad_are_a_visit() -> None:
    event = event_of(
        "Trong khuôn khổ chuyến thăm Lào, chiều 11/1/2024, tại tỉnh Champasak, đoàn đại biểu "
        "tỉnh Quảng Nam do ông Lê Văn An, Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với lãnh "
        "đạo tỉnh Champasak."
    )
    assert event is not None
    assert (event.kind, event.name, event.location) == (
        "reception_or_exchange",
        "hội đàm",
        "tỉnh Champasak",
    )
    # Talks at home with no one foreign are no visit.
    assert (
        event_of("Chiều 11/1/2024, đoàn công tác của tỉnh đã hội đàm với lãnh đạo huyện.") is None
    )


def test_new_year_wishes_said_there_are_a_speech() -> None:
    lead = (
        "Tối 4/2/2024, tại thủ đô Praha, Hội người Việt Nam tại Séc tổ chức chương trình đón Tết "
        "với sự tham gia của hơn 1.000 kiều bào. "
    )
    said = roles_of(lead + "Đại sứ Việt Nam tại Séc Nguyễn Văn An chúc Tết cộng đồng.")
    assert said["Nguyễn Văn An"] == {"speech"}
    sent = roles_of(lead + "Ông Nguyễn Văn An gửi thư chúc Tết tới bà con.")
    assert sent["Nguyễn Văn An"] == {"mentioned"}
    # Coming to wish it is coming.
    came = roles_of(lead + "Ông Nguyễn Văn An, Tham tán Đại sứ quán đã đến chúc Tết.")
    assert came["Nguyễn Văn An"] == {"attending"}


@pytest.mark.parametrize(
    "lead",
    [
        "Chiều 5/3/2024, tại Phủ Chủ tịch, Chủ tịch nước Lương Hải đã gặp mặt các cựu chuyên gia "
        "Lào từng học tập tại Việt Nam.",
        "Chiều 5/3/2024, Phó Chủ tịch nước Võ Thị Thu gặp mặt đại diện các tổ chức phi chính phủ "
        "nước ngoài.",
        "Chiều 5/3/2024, đồng chí Lê Văn Trung, Chủ tịch UBND tỉnh đã gặp gỡ đoàn cựu chiến binh "
        "Hoa Kỳ.",
    ],
)
def test_a_host_meeting_a_foreign_group_is_a_reception(lead: str) -> None:
    event = event_of(lead)
    assert event is not None and event.kind == "reception_or_exchange"


@pytest.mark.parametrize(
    "lead",
    [
        # Our own people, who served abroad or study there; a meeting of no foreigners.
        "Chiều 16/7/2022, Chủ tịch Quốc hội Vương Văn Huệ gặp mặt đại diện cựu chuyên gia, cựu "
        "quân tình nguyện Việt Nam giúp Lào.",
        "Chiều 16/7/2022, Đại sứ Nguyễn Bá Hùng gặp mặt lưu học sinh Việt Nam tại Lào.",
        "Chiều 5/3/2024, Chủ tịch UBND tỉnh Nghệ An gặp mặt các doanh nghiệp tiêu biểu của tỉnh.",
        # Told as history, by its year.
        "Năm 2010, Chủ tịch nước đã gặp mặt các cựu chuyên gia Lào.",
    ],
)
def test_a_host_meeting_no_foreign_group_is_no_reception(lead: str) -> None:
    event = event_of(lead)
    assert event is None or event.kind != "reception_or_exchange"


def test_one_who_attended_and_spoke_or_directed_reports_the_event() -> None:
    lead = "Sáng 5/3/2024, Thủ tướng Chính phủ Phạm Văn Chính "
    spoke = event_of(lead + "dự và phát biểu tại Lễ kỷ niệm 75 năm Ngày thành lập Liên hiệp.")
    assert spoke is not None and spoke.kind == "anniversary"
    assert roles_of(lead + "dự và phát biểu tại Lễ kỷ niệm 75 năm.") == {
        "Phạm Văn Chính": {"speech"}
    }
    directed = event_of(lead + "dự và chỉ đạo Hội nghị đối ngoại toàn quốc.")
    assert directed is not None and directed.kind == "national_conference"


def test_one_who_took_part_in_the_programme_attended_it() -> None:
    found = roles_of(
        "Ngày 2/9/2025, UBND xã Sín Thầu tổ chức giao lưu hữu nghị với nhân dân bản Mo Pạ (Lào). "
        "Ông Lò Văn Thắng, Chủ tịch UBND xã cùng đông đảo nhân dân đã tham gia chương trình."
    )
    assert found == {"Lò Văn Thắng": {"attending"}}


@pytest.mark.parametrize(
    ("lead", "attended"),
    [
        (
            "Ngày 3/10/2024, tại Lạng Sơn, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Diễn "
            "đàn hữu nghị nhân dân Việt Nam - Trung Quốc lần thứ V.",
            "Dự diễn đàn",
        ),
        (
            "Tối 2/9/2025, Hội hữu nghị Việt Nam - Ấn Độ khai mạc triển lãm ảnh về đất nước Ấn Độ.",
            "Dự triển lãm",
        ),
    ],
)
def test_those_listed_at_a_forum_or_an_exhibition_attended_it(lead: str, attended: str) -> None:
    found = roles_of(
        f"{lead} {attended} có ông Trần Quang Huy, Chủ tịch Hội; bà Lâm Thu Trang, Phó Chủ tịch "
        "UBND tỉnh."
    )
    assert found == {"Trần Quang Huy": {"attending"}, "Lâm Thu Trang": {"attending"}}


def test_one_a_speaker_thanks_or_asks_did_not_speak() -> None:
    lead = "Ngày 5/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức Hội nghị tổng kết. "
    cases = {
        "Hội nghị thống nhất đề nghị ông Trần Văn Minh, Giám đốc Sở Ngoại vụ tiếp tục theo dõi.": {
            "Trần Văn Minh": {"mentioned"}
        },
        "Bà Lê Thị Hà gửi lời cảm ơn tới ông Trần Văn Minh, Giám đốc Sở Ngoại vụ.": {
            "Lê Thị Hà": {"speech"},
            "Trần Văn Minh": {"mentioned"},
        },
        "Bà Lê Thị Hà cảm ơn ông Trần Văn Minh đã dành thời gian dự hội nghị.": {
            "Lê Thị Hà": {"speech"},
            "Trần Văn Minh": {"attending"},
        },
        # What the one thanked did is theirs.
        "Bà Lê Thị Hà cảm ơn ông Trần Văn Minh đã phát biểu.": {
            "Lê Thị Hà": {"speech"},
            "Trần Văn Minh": {"speech"},
        },
    }
    for sentence, roles in cases.items():
        assert roles_of(lead + sentence) == roles, sentence
    # Nor one praised by another ("được Hội nghị biểu dương"); one invited to speak speaks.
    praised = {
        "Ông Trần Văn Minh được Hội nghị biểu dương vì có nhiều đóng góp.": {"mentioned"},
        "Ông Trần Văn Minh được lãnh đạo tỉnh đánh giá cao.": {"mentioned"},
        "Ông Trần Văn Minh được mời phát biểu tại hội nghị.": {"speech"},
    }
    for sentence, roles_of_him in praised.items():
        assert roles_of(lead + sentence) == {"Trần Văn Minh": roles_of_him}, sentence


@pytest.mark.parametrize(
    ("said", "role"),
    [
        ("không dự hội nghị do bận công tác", "mentioned"),
        ("chưa thể về dự hội nghị", "mentioned"),
        ("không tham dự buổi lễ", "mentioned"),
        # Not a negation of the act itself.
        ("không chỉ dự mà còn phát biểu tại hội nghị", "speech"),
    ],
)
def test_an_act_said_not_done_gives_no_role(said: str, role: str) -> None:
    lead = (
        "Sáng 18/12/2023, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức Hội nghị tổng "
        "kết công tác năm 2023. "
    )
    sentence = f"Đồng chí Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh {said}."
    assert roles_of(lead + sentence) == {"Nguyễn Văn Đệ": {role}}


@pytest.mark.parametrize(
    "head", ["Đêm nhạc", "buổi hòa nhạc", "Chương trình ca nhạc", "buổi biểu diễn"]
)
def test_a_concert_is_an_event(head: str) -> None:
    event = event_of(
        f"Tối 5/9/2024, tại Nhà hát Lớn, Hội hữu nghị Việt Nam - Nhật Bản tổ chức {head} chào "
        "mừng Ngày Quốc khánh."
    )
    assert event is not None
    assert event.name == f"{head} chào mừng Ngày Quốc khánh"
    assert (
        event.organizer is not None and event.organizer.name == "Hội hữu nghị Việt Nam - Nhật Bản"
    )


def test_the_presidium_of_a_meeting_attends_it() -> None:
    lead = "Sáng 5/3/2024, Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức {}. "
    listed = "gồm các đồng chí: Nguyễn Văn An, Chủ tịch Hội; Lê Văn Bình, Phó Chủ tịch UBND tỉnh."
    for event, presidium in (
        ("Đại hội lần thứ III", "Đoàn Chủ tịch Đại hội"),
        ("Lễ kỷ niệm 30 năm thành lập", "Đoàn Chủ tịch buổi lễ"),
    ):
        roles = roles_of(lead.format(event) + f"{presidium} {listed}")
        assert roles == {"Nguyễn Văn An": {"attending"}, "Lê Văn Bình": {"attending"}}
    # A member of a standing presidium by office is no cue.
    roles = roles_of(
        lead.format("Lễ kỷ niệm 30 năm thành lập")
        + "Ông Trần Văn Cường, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu."
    )
    assert roles == {"Trần Văn Cường": {"speech"}}


def test_coming_to_congratulate_is_attending_congratulating_there_a_speech() -> None:
    lead = "Sáng 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức Lễ kỷ niệm 30 năm. "
    for told, role in (
        ("Đến chúc mừng Liên hiệp có ông Nguyễn Văn An, Chủ tịch Hội.", "attending"),
        ("Ông Nguyễn Văn An, Chủ tịch Hội, tới chúc mừng Liên hiệp.", "attending"),
        ("Ông Nguyễn Văn An, Chủ tịch Hội, phát biểu chúc mừng.", "speech"),
    ):
        assert roles_of(lead + told) == {"Nguyễn Văn An": {role}}, told


def test_the_chair_named_inside_the_report_of_the_event() -> None:
    text = (
        "Sáng 5/3/2024, Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 do đồng chí "
        "Nguyễn Văn An, Phó Chủ tịch UBND tỉnh chủ trì đã diễn ra tại Hội trường UBND tỉnh."
    )
    event = event_of(text)
    assert event is not None
    assert event.name == "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023"
    assert roles_of(text) == {"Nguyễn Văn An": {"chair"}}


def test_the_head_of_a_delegation_received_named_after_la_attends() -> None:
    roles = roles_of(
        "Sáng 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tiếp đoàn đại biểu tỉnh "
        "Xiêng Khoảng (Lào). Đoàn gồm 10 thành viên, trưởng đoàn là ông Khamphan Phommathat, "
        "Phó Tỉnh trưởng tỉnh Xiêng Khoảng."
    )
    assert roles == {"Khamphan Phommathat": {"attending"}}


def test_a_delegations_visit_to_a_country_by_name() -> None:
    lead = (
        "Ngày 5/3/2024, đoàn đại biểu Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An do ông Nguyễn "
        "Văn An, Chủ tịch Liên hiệp dẫn đầu đã {}."
    )
    for visit, name in (
        ("thăm Lào", "thăm Lào"),
        ("có chuyến thăm chính thức Cộng hòa Cuba", "có chuyến thăm chính thức Cộng hòa Cuba"),
    ):
        event = event_of(lead.format(visit))
        assert event is not None and event.kind == "reception_or_exchange", visit
        # A visit abroad belongs to no province of ours.
        assert (event.name, event.locality) == (name, None), visit
    # A site visited is no visit.
    assert (
        event_of("Ngày 5/3/2024, Đoàn đại biểu tỉnh Savannakhet (Lào) đã thăm Bảo tàng tỉnh.")
        is None
    )
