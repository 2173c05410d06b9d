"""What a phrase refers to: the province an event belongs to, an organization written by its
head alone ("Liên hiệp"), the organization whose own event it is ("... của X"), a title
given on someone's authority ("ủy quyền cho"), clergy, training and rallies as events.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dnnd_data.extract import dates
from dnnd_data.extract.awards import AwardClaim, find_awards
from dnnd_data.extract.documents import find_citations
from dnnd_data.extract.events import extract_event
from dnnd_data.extract.facts import extract_text
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.sentences import split_sentences, unwrap
from dnnd_data.normalize.text import normalize_str
from tests.extract.sentences import event_of, people_of


def test_the_locality_is_the_province_the_organizer_names() -> None:
    # Two provinces in the article (the consul's city too): the organizer's decides.
    event = event_of(
        "Sáng 12/4/2023, tại Quy Nhơn, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định tổ chức "
        "Lễ ra mắt Hội hữu nghị Việt Nam - Nhật Bản tỉnh. Dự lễ có ông Sato Kenji, Tổng Lãnh "
        "sự Nhật Bản tại TP Hồ Chí Minh."
    )
    assert event is not None and event.locality == "Bình Định"
    assert event.location == "Quy Nhơn"


def test_the_locality_is_the_province_of_the_place_when_nothing_else_says() -> None:
    event = event_of(
        "Ngày 3/3/2024, tại TP Việt Trì, Hội hữu nghị Việt Nam - Lào tổ chức gặp mặt lưu học "
        "sinh Lào nhân dịp Tết Bunpimay. Tỉnh Vĩnh Phúc và tỉnh Phú Thọ cử đại diện tham dự."
    )
    assert event is not None and event.locality == "Phú Thọ"


def test_a_district_of_one_word_after_tai_is_the_place_and_gives_its_province() -> None:
    # Named bare elsewhere, such a word is no place ("Vinh" is a given name too).
    event = event_of(
        "Ngày 3/3/2024, Hội hữu nghị Việt Nam - Lào tổ chức gặp mặt lưu học sinh Lào tại Vinh."
    )
    assert event is not None and event.location == "Vinh"
    assert event.locality == "Nghệ An"


def test_a_province_named_only_away_from_the_lead_yields_to_the_place() -> None:
    # The one province the article names is a speaker's university's, not the event's.
    lead = (
        "Ngày 3/4/2024, tại TP Việt Trì, Hội Hữu nghị Việt Nam - Ấn Độ tổ chức Hội thảo về hợp "
        "tác nhân dân hai nước."
    )
    aside = " Ông Lê Văn Bình, Trường Đại học Bách khoa TP Hồ Chí Minh, trình bày tham luận."
    event = event_of(lead + aside)
    assert event is not None and event.locality == "Phú Thọ"
    # Named in the lead, the province still decides (a province's delegation in another).
    event = event_of(
        "Ngày 3/4/2024, tại TP Việt Trì, đoàn đại biểu tỉnh Bình Phước tổ chức gặp mặt lưu học "
        "sinh Lào."
    )
    assert event is not None and event.locality == "Bình Phước"


def test_a_reception_a_provincial_leader_hosts_is_provincial_however_many_provinces() -> None:
    # Two provinces named: the article's province is unknown, the event still local.
    event = event_of(
        "Tuyên Quang tiếp đoàn Hà Giang\n\nNgày 12/3/2024, tại trụ sở Tỉnh ủy, đồng chí Nông "
        "Thị Hồng, Phó Bí thư Thường trực Tỉnh ủy đã có buổi gặp mặt, giao lưu hữu nghị với "
        "Đoàn cán bộ Quảng Tây (Trung Quốc)."
    )
    assert event is not None and (event.scope, event.locality) == ("provincial", None)


def test_a_department_is_only_ever_a_provinces() -> None:
    # As the organizer, or in the lead of a reception its director hosts.
    event = event_of(
        "Ngày 20/12/2024, Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác đối ngoại năm 2024."
    )
    assert event is not None and (event.kind, event.scope) == ("local_review", "provincial")
    event = event_of(
        "Ngày 20/12/2024, tại trụ sở Sở Ngoại vụ, Giám đốc Sở Nguyễn Văn An tiếp Đại sứ Cuba."
    )
    assert event is not None and event.scope == "provincial"
    # Not beside a ministry holding the event.
    event = event_of(
        "Ngày 20/12/2024, Bộ Ngoại giao phối hợp với Sở Ngoại vụ TP Hồ Chí Minh tổ chức Hội "
        "nghị tổng kết công tác năm 2024."
    )
    assert event is not None and event.scope == "national"


def test_a_district_name_two_provinces_share_gives_no_province() -> None:
    places = gazetteer()
    assert places.province_in("TP Nha Trang") == "Khánh Hòa"
    assert places.province_in("Châu Thành") is None  # a district of several provinces
    assert places.province_in("Hội trường Thống Nhất") is None


def test_a_province_named_inside_a_buildings_name_places_nothing() -> None:
    places = gazetteer()
    assert places.province_in("Nhà hát Hòa Bình, Thành phố Hồ Chí Minh") == "Hồ Chí Minh"
    assert places.province_in("Khách sạn Thái Bình, tỉnh Nghệ An") == "Nghệ An"
    # Two places listed are two places.
    assert places.province_in("Hà Nội và TP Hồ Chí Minh") is None
    assert places.province_in("Hòa Bình, tỉnh Nghệ An") is None


def test_a_title_given_on_someones_authority_is_the_presenters_own() -> None:
    people = people_of(
        "Chủ tịch nước ủy quyền cho Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc Khánh trao "
        "Huân chương Hữu nghị cho ông Liu Wei."
    )
    assert people["Hoàng Quốc Khánh"] == ("Phó Chủ tịch UBND tỉnh Lào Cai",)


def test_co_van_is_an_office_and_co_before_a_title_is_late() -> None:
    people = people_of(
        "Đoàn do ông Tanaka Hiroshi, Cố vấn cấp cao Liên minh Nghị sĩ hữu nghị Nhật - Việt, "
        "dẫn đầu. Dự lễ có ông Lê Văn Hòa, con trai cố Đại sứ Lê Văn Bình."
    )
    assert people["Tanaka Hiroshi"] == ("Cố vấn cấp cao Liên minh Nghị sĩ hữu nghị Nhật - Việt",)


def test_a_monk_is_named_with_his_dharma_family_name() -> None:
    people = people_of(
        "Dự hội nghị có Hòa thượng Thích Minh Quang, Trưởng ban Trị sự Giáo hội Phật giáo "
        "Việt Nam tỉnh, và Linh mục Phạm Văn Tâm."
    )
    assert people["Thích Minh Quang"] == ("Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh",)


def test_congratulations_sent_by_letter_are_no_speech() -> None:
    text = normalize_str(
        "Ngày 5/9/2021, Hội hữu nghị Việt Nam - Ấn Độ tỉnh Khánh Hòa tổ chức Đại hội lần thứ "
        "III. Đại sứ Ấn Độ tại Việt Nam Pranay Verma gửi thư chúc mừng Đại hội. Ông Nguyễn "
        "Văn Hải, Chủ tịch Hội, chúc mừng các hội viên."
    )
    roles = {r.name: r.role for r in extract_text("a_0000000000000000", text).roles}
    assert roles.get("Pranay Verma") != "speech"
    assert roles["Nguyễn Văn Hải"] == "speech"


def test_a_rally_and_a_training_course_are_events() -> None:
    rally = event_of(
        "Sáng 19/5/2020, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức mít tinh kỷ "
        "niệm 70 năm ngày thành lập Liên hiệp các tổ chức hữu nghị Việt Nam."
    )
    assert rally is not None and rally.kind == "anniversary"
    assert rally.organizer is not None and rally.organizer.name.endswith("tỉnh Nam Định")
    course = event_of(
        "Trong 2 ngày 14 - 15/8/2019, Sở Ngoại vụ tỉnh Quảng Bình tổ chức lớp tập huấn "
        "nghiệp vụ đối ngoại nhân dân cho cán bộ cấp xã."
    )
    assert course is not None and course.kind == "other"
    assert course.held is not None and course.held.value == date(2019, 8, 14)
    # A handing over of gifts or scholarships said by its verb after the organizing one.
    for gift in ("trao quà Tết cho lưu học sinh Lào", "trao học bổng cho sinh viên Lào"):
        handed = event_of(
            f"Ngày 10/4/2024, Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức {gift}."
        )
        assert handed is not None and handed.kind == "other", gift
        assert handed.organizer is not None and handed.held is not None, gift


def test_an_event_named_where_someone_spoke_at_it() -> None:
    event = event_of(
        "Chiều 20/12/2022, phát biểu tại Hội nghị tổng kết công tác năm 2022 của Liên hiệp "
        "các tổ chức hữu nghị tỉnh Hải Dương, ông Trần Văn Quân, Phó Bí thư Tỉnh ủy, đề nghị "
        "tiếp tục đổi mới hoạt động."
    )
    assert event is not None and event.kind == "local_review"
    assert event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Hải Dương"
    assert event.held is not None and event.held.value == date(2022, 12, 20)


def test_a_directives_issuer_is_not_the_organizer() -> None:
    event = event_of(
        "Ngày 9/3/2023, phát biểu tại Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 12-CT/TW "
        "của Ban Bí thư, ông Lê Văn An, Phó Bí thư Tỉnh ủy, đề nghị tiếp tục quán triệt."
    )
    assert event is not None and event.organizer is None


def test_a_head_written_alone_refers_back_to_the_full_name() -> None:
    event = event_of(
        "Liên hiệp các tổ chức hữu nghị Việt Nam có nhiều hoạt động trong tháng. Ngày 8/5/2024, "
        "Liên hiệp tiếp Đoàn đại biểu Hội hữu nghị Đức - Việt."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị Việt Nam"
    assert event.organizer.surface == "Liên hiệp"
    # A head that is also a venue's word refers back the same way ("Trường").
    event = event_of(
        "Trường Đại học Vinh có hơn 300 lưu học sinh Lào. Ngày 8/5/2024, Trường tổ chức gặp "
        "mặt hữu nghị với các lưu học sinh."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Trường Đại học Vinh"


def test_a_head_alone_with_nothing_to_refer_to_is_no_organizer() -> None:
    event = event_of("Ngày 8/5/2024, Hội tổ chức gặp mặt hữu nghị với các học viên Lào.")
    assert event is not None and event.organizer is None


def test_the_friendship_union_alone_is_the_articles_provinces() -> None:
    event = event_of(
        "Sáng 9/9/2016, tại TP Đà Nẵng, Liên hiệp các tổ chức hữu nghị tổ chức Hội nghị tập "
        "huấn công tác đối ngoại nhân dân."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng"


def test_a_foreign_guest_received_by_name() -> None:
    event = event_of(
        "Chiều 15/5/2024, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy tiếp ông Lee Jae-won, "
        "Thị trưởng thành phố Gimpo (Hàn Quốc), nhân dịp ông đến thăm tỉnh."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.held is not None and event.held.value == date(2024, 5, 15)


def test_a_guest_from_a_country_written_by_its_official_name() -> None:
    event = event_of(
        "Chiều 3/4/2024, đồng chí Lương Văn Bình, Phó Chủ tịch UBND tỉnh Lạng Sơn tiếp Ngài "
        "Vương Minh, Tổng Lãnh sự nước Cộng hòa Nhân dân Trung Hoa tại Hà Nội."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert gazetteer().names_a_foreign_country("Đại sứ Đại Hàn Dân Quốc tại Việt Nam")


def test_a_former_state_is_a_foreign_country_and_no_persons_name() -> None:
    places = gazetteer()
    for name in ("Liên Xô", "Tiệp Khắc", "Cộng hòa Dân chủ Đức", "Nam Tư"):
        assert places.names_a_foreign_country(f"các cựu lưu học sinh {name}"), name
    # A title run past a dash ("Mát-xcơ-va") closed on "Liên Xô" as if on a name.
    assert (
        people_of("Chủ tịch Hội kể chuyện học tập ở Mát-xcơ-va mà nhân dân Liên Xô giúp đỡ.") == {}
    )


def test_a_guest_from_home_received_by_name_is_no_exchange() -> None:
    # No foreign country: a working meeting, not people's diplomacy ("Lào" of "Lào Cai").
    event = event_of(
        "Chiều 15/5/2024, Chủ tịch UBND tỉnh Lào Cai tiếp ông Nguyễn Văn Hùng, Chủ tịch Hội "
        "Nông dân tỉnh Lào Cai."
    )
    assert event is None


def test_people_listed_after_the_award_receive_it() -> None:
    text = normalize_str(
        "Chiều 27/10/2023, Liên hiệp các tổ chức hữu nghị tỉnh Sóc Trăng tổ chức lễ trao Kỷ "
        "niệm chương cho các ông, bà: Lê Văn Tư, Trần Thị Năm và Lý Văn Sáu. Ông Trần Văn "
        "Lâu, Phó Chủ tịch UBND tỉnh, trao Kỷ niệm chương cho các cá nhân."
    )
    roles = {(r.name, r.role) for r in extract_text("a_0000000000000000", text).roles}
    assert ("Trần Văn Lâu", "presenting_awards") in roles
    assert not {name for name, role in roles if role == "presenting_awards"} - {"Trần Văn Lâu"}


def test_an_evening_of_exchange_and_the_students_who_came() -> None:
    event = event_of(
        "Tối 30/11/2024, Hội hữu nghị Việt Nam - Thái Lan tỉnh Nghệ An tổ chức đêm giao lưu "
        "văn hóa với sự tham gia của hơn 500 sinh viên hai nước."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert (event.attendance_count, event.attendance_qualifier) == (500, "hơn")


def test_members_are_no_attendance() -> None:
    event = event_of(
        "Ngày 5/6/2024, Hội hữu nghị Việt Nam - Lào tỉnh Sơn La tổ chức Đại hội lần thứ III. "
        "Hội hiện có hơn 800 hội viên tham gia sinh hoạt."
    )
    assert event is not None and event.attendance_count is None


def test_an_event_reported_by_its_head_alone_is_named_by_the_headline() -> None:
    text = (
        "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2018 của tỉnh Bình Thuận\n"
        "Ngày 10 tháng 1 năm 2019, Ban Dân vận Tỉnh ủy Bình Thuận đã tổ chức hội nghị. Các đại "
        "biểu đã nghe báo cáo tổng kết."
    )
    event = event_of(text)
    assert event is not None and event.kind == "local_review" and event.review_year == 2018
    # A sentence that refers back to the event names nothing more.
    event = event_of(
        "Tại Hội nghị, các đại biểu đã thảo luận sôi nổi. Ngày 10/1/2019, Ban Dân vận Tỉnh ủy "
        "Bình Thuận đã tổ chức hội nghị."
    )
    assert event is not None and event.kind == "other"


def test_a_consulates_banquet_for_a_national_day_is_an_anniversary() -> None:
    event = event_of(
        "Tối 28/8/2024, tại TP Đà Nẵng, Tổng Lãnh sự quán Lào tại Đà Nẵng tổ chức tiệc chiêu "
        "đãi kỷ niệm 49 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào."
    )
    assert event is not None and event.kind == "anniversary"
    assert event.organizer is not None and event.organizer.name.startswith("Tổng Lãnh sự quán")


def test_a_press_conference_on_an_anniversary_is_not_the_anniversary() -> None:
    event = event_of(
        "Chiều 15/12/2022, Hội hữu nghị Việt Nam - Lào tổ chức họp báo giới thiệu các hoạt "
        "động kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào."
    )
    assert event is not None and event.kind == "other"
    # Nor one on a body's founding day or its tradition's.
    for occasion in ("Lễ kỷ niệm 60 năm Ngày thành lập Hội", "Ngày truyền thống ngành đối ngoại"):
        event = event_of(
            f"Chiều 5/9/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức họp báo thông "
            f"tin về {occasion}."
        )
        assert event is not None and event.kind == "other", occasion
    # Nor is a meeting that prepares one.
    for meeting in (
        "cuộc họp bàn công tác chuẩn bị Lễ kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao",
        "Hội nghị triển khai kế hoạch tổ chức Lễ kỷ niệm 30 năm Ngày thành lập Liên hiệp",
    ):
        event = event_of(f"Chiều 5/9/2024, UBND tỉnh Nghệ An tổ chức {meeting}.")
        assert event is not None and event.kind == "other", meeting
    # An anniversary whose name goes on to plans after it is one still.
    event = event_of(
        "Chiều 5/9/2024, UBND tỉnh tổ chức Lễ kỷ niệm 60 năm Ngày thành lập Hội và triển khai "
        "kế hoạch năm 2025."
    )
    assert event is not None and event.kind == "anniversary"


def test_a_press_conference_on_an_award_or_a_meeting_preparing_it_is_no_award_ceremony() -> None:
    for meeting in (
        "họp báo về Lễ trao Huân chương Hữu nghị cho Đại sứ Lào",
        "cuộc họp bàn công tác chuẩn bị Lễ đón nhận Huân chương Lao động hạng Nhất",
    ):
        event = event_of(f"Chiều 5/9/2024, UBND tỉnh Nghệ An tổ chức {meeting}.")
        assert event is not None and event.kind == "other", meeting
    event = event_of("Chiều 5/9/2024, UBND tỉnh tổ chức Lễ trao Huân chương Hữu nghị cho Đại sứ.")
    assert event is not None and event.kind == "award_ceremony"


def test_a_meeting_preparing_a_review_or_a_congress_is_of_its_own_kind() -> None:
    for meeting in (
        "cuộc họp chuẩn bị Hội nghị tổng kết 10 năm thực hiện Chỉ thị 12-CT/TW",
        "Hội nghị triển khai kế hoạch tổ chức Đại hội đại biểu lần thứ III",
    ):
        event = event_of(f"Chiều 5/9/2024, Ban Dân vận Tỉnh ủy Nghệ An tổ chức {meeting}.")
        assert event is not None and event.kind == "other", meeting


def test_names_of_the_central_highlands_and_of_europe() -> None:
    people = people_of(
        "Tham dự có đồng chí H'Kim Hoa Byă - Phó Chủ tịch UBND tỉnh và ông Gerhard Schröder, "
        "nguyên Thủ tướng Cộng hòa Liên bang Đức."
    )
    assert people["H'Kim Hoa Byă"] == ("Phó Chủ tịch UBND tỉnh",)
    assert people["Gerhard Schröder"] == ("nguyên Thủ tướng Cộng hòa Liên bang Đức",)


def test_titles_in_brackets_after_the_name() -> None:
    people = people_of(
        "Dự lễ có ông Nguyễn Văn Bình (Phó Chủ tịch UBND tỉnh, thứ hai từ trái sang) và bà Lê "
        "Thị Hoa (Chủ tịch Hội, Giám đốc Sở Ngoại vụ). Ông Lê Văn Hòa (Tư Hòa), Phó Bí thư "
        "Tỉnh ủy, phát biểu."
    )
    assert people["Nguyễn Văn Bình"] == ("Phó Chủ tịch UBND tỉnh",)
    assert people["Lê Thị Hoa"] == ("Chủ tịch Hội", "Giám đốc Sở Ngoại vụ")
    assert people["Lê Văn Hòa"] == ("Phó Bí thư Tỉnh ủy",)  # a nickname, then the title


def test_a_title_ends_at_a_verb_of_saying_and_at_the_first_name_with_words_after() -> None:
    people = people_of(
        "Bà Nguyễn Thị Lan, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh cho rằng, cần đổi "
        "mới. Thường trực Ban Bí thư Võ Văn An nêu rõ 5 nhiệm vụ Trưởng ban Dân vận Trung "
        "ương Hà Thị Hoa phát biểu."
    )
    assert people["Nguyễn Thị Lan"] == ("Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh",)
    assert people["Võ Văn An"] == ("Thường trực Ban Bí thư",)
    assert people["Hà Thị Hoa"] == ("Trưởng ban Dân vận Trung ương",)
    assert "Phó Chủ" not in people_of("Dự lễ có Nguyên Phó Chủ tịch nước Trương Mỹ Hoa phát biểu.")


def test_the_year_of_a_review_said_with_danh_gia() -> None:
    event = event_of(
        "Ngày 4/12/2019, Ban Dân vận Tỉnh ủy Quảng Ninh tổ chức hội nghị đánh giá công tác đối "
        "ngoại nhân dân năm 2019, triển khai nhiệm vụ năm 2020."
    )
    assert event is not None and event.kind == "local_review" and event.review_year == 2019


def test_a_meeting_with_foreign_organisations_and_an_inauguration() -> None:
    meeting = event_of(
        "Chiều 6/2/2018, UBND tỉnh Bắc Ninh tổ chức Hội nghị gặp mặt các tổ chức phi chính phủ "
        "nước ngoài nhân dịp Xuân Mậu Tuất."
    )
    assert meeting is not None and meeting.kind == "reception_or_exchange"
    opening = event_of(
        "Sáng 7/9/2022, Hội hữu nghị Việt Nam - Hàn Quốc tỉnh Lai Châu tổ chức Lễ khánh thành "
        "điểm trường mầm non do phía Hàn Quốc tài trợ."
    )
    assert opening is not None and opening.kind == "other"


def test_a_plans_date_is_not_the_events() -> None:
    event = event_of(
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 15/2/2024 của UBND tỉnh, ngày 1/3/2024, Liên "
        "hiệp các tổ chức hữu nghị tỉnh Long An tổ chức hội nghị sơ kết 2 năm thực hiện Chỉ "
        "thị số 12-CT/TW."
    )
    assert event is not None and event.held is not None
    assert event.held.value == date(2024, 3, 1)


def test_two_reviews_of_one_province_by_different_bodies_are_two_events() -> None:
    union = event_of(
        "Sáng 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa tổ chức Hội nghị tổng "
        "kết công tác năm 2023."
    )
    association = event_of(
        "Ngày 14/12/2023, Hội hữu nghị Việt Nam - Cuba tỉnh Thanh Hóa tổ chức hội nghị tổng "
        "kết công tác năm 2023."
    )
    assert union is not None and association is not None
    assert (union.scope, association.scope) == ("provincial", "association")
    assert union.event_id != association.event_id


def test_a_lead_that_opens_on_an_adjunct_before_its_day() -> None:
    event = event_of(
        "Trong khuôn khổ chuyến thăm Việt Nam, chiều 27/7/2023, Đoàn đại biểu Hội hữu nghị Mông "
        "Cổ - Việt Nam đã đến chào xã giao lãnh đạo tỉnh Bắc Giang. Phó Chủ tịch UBND tỉnh Phan "
        "Thế Tuấn đã tiếp Đoàn."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.held is not None and event.held.value == date(2023, 7, 27)


def _roles(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for claim in extract_text("a_0000000000000000", normalize_str(text)).roles:
        out.setdefault(claim.name, set()).add(claim.role)
    return out


def test_roles_said_by_who_spoke_chaired_was_elected_or_came_for_a_side() -> None:
    roles = _roles(
        "Ngày 7/1/2025, Hội hữu nghị Việt Nam - Pháp tỉnh Lâm Đồng tổ chức Đại hội lần thứ II. "
        "Cùng tham dự và chủ trì có ông Trần Văn Hiệp, Phó Chủ tịch UBND tỉnh. Ông Jean "
        "Dupont, Tổng Lãnh sự Pháp tại TP Hồ Chí Minh cũng tham dự và phát biểu. Về phía Pháp, "
        "có bà Marie Laurent, Chủ tịch Hội hữu nghị Pháp - Việt. Bà Lê Thị Hạnh tái đắc cử Chủ "
        "tịch Hội. Ông Phạm Văn Lộc, Giám đốc Sở Ngoại vụ, cảm ơn các đại biểu."
    )
    assert roles["Trần Văn Hiệp"] == {"chair"}
    assert roles["Jean Dupont"] == {"speech"}
    assert roles["Marie Laurent"] == {"attending"}
    assert roles["Lê Thị Hạnh"] == {"attending"}
    assert roles["Phạm Văn Lộc"] == {"speech"}
    # Running the meeting chairs it; hosting a programme does not.
    roles = _roles(
        "Ngày 7/1/2025, Hội hữu nghị Việt Nam - Pháp tỉnh Lâm Đồng tổ chức Đại hội lần thứ II. "
        "Ông Trần Văn Hiệp, Chủ tịch Hội điều hành Đại hội. Anh Lê Văn Nam điều hành chương "
        "trình văn nghệ."
    )
    assert roles["Trần Văn Hiệp"] == {"chair"}
    assert roles["Lê Văn Nam"] == {"mentioned"}


def test_a_new_year_festival_for_lao_students() -> None:
    text = (
        "Ngày 12/5/2019, Hội hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh tổ chức Tết cổ truyền "
        "Bunpimay cho hơn 300 lưu học sinh Lào. Ông Lê Văn An, Chủ tịch Hội dự và chúc Tết."
    )
    event = event_of(text)
    assert event is not None and event.kind == "reception_or_exchange"
    assert (event.attendance_count, event.attendance_qualifier) == (300, "hơn")
    assert _roles(text)["Lê Văn An"] == {"attending"}


def test_a_documents_subject_ends_before_the_next_citation() -> None:
    text = (
        "Hội nghị quán triệt Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị về hội "
        "nhập quốc tế trong tình hình mới và Chỉ thị 25-CT/TW của Ban Bí thư."
    )
    first, *_ = find_citations(text, split_sentences(text))
    assert (first.number, first.title) == ("59-NQ/TW", "hội nhập quốc tế trong tình hình mới")


def test_a_documents_subject_an_excerpts_cut_end_runs_into_is_not_given() -> None:
    cited = "Hội thực hiện Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị về hội nhập qu"
    first, *_ = find_citations(cited, split_sentences(cited))
    assert (first.number, first.issued_on, first.title) == ("59-NQ/TW", date(2025, 1, 24), None)
    whole = cited + "ốc tế trong tình hình mới."
    first, *_ = find_citations(whole, split_sentences(whole))
    assert first.title == "hội nhập quốc tế trong tình hình mới"


def test_a_documents_subject_ends_where_the_sentence_goes_on() -> None:
    def subject(text: str) -> str | None:
        first, *_ = find_citations(text, split_sentences(text))
        return first.title

    # The meeting's next item of business; a new clause with its tense word.
    assert subject(
        "Hội nghị đã nghe báo cáo tổng kết Chỉ thị số 17-CT/TW ngày 3/5/2008 của Ban Bí thư "
        "về tăng cường hợp tác nhân dân, nghe phổ biến kế hoạch năm 2009."
    ) == ("tăng cường hợp tác nhân dân")
    assert subject(
        "Sau 10 năm thực hiện Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội "
        "nhập quốc tế, các tỉnh biên giới đã chủ động mở rộng giao lưu."
    ) == ("hội nhập quốc tế")
    # A subject that lists its aims keeps its commas.
    assert subject(
        "Các đơn vị thực hiện Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư về tăng cường "
        "sự lãnh đạo của Đảng, nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới."
    ) == (
        "tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả công tác đối ngoại nhân dân trong "
        "tình hình mới"
    )


def test_a_name_after_the_host_countrys_name_closing_an_organization() -> None:
    people = people_of(
        "Tới dự có Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Bùi Thị Minh Hoài."
    )
    assert people["Bùi Thị Minh Hoài"] == ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",)


def test_a_day_alone_does_not_make_two_receptions_one_event() -> None:
    def reception(text: str, article_id: str) -> str:
        clean = unwrap(normalize_str(text))
        event = extract_event(article_id, clean, split_sentences(clean), None)
        assert event is not None and event.kind == "reception_or_exchange"
        return event.event_id

    # The same day, hosts unnamed, two provinces: two events.
    in_hue = reception(
        "Chiều 9/5/2024, tại TP Huế, đã diễn ra buổi giao lưu hữu nghị với đoàn thanh niên "
        "Hàn Quốc.",
        "a_1111111111111111",
    )
    in_can_tho = reception(
        "Chiều 9/5/2024, tại TP Cần Thơ, đã diễn ra buổi giao lưu hữu nghị với đoàn thanh niên "
        "Lào.",
        "a_2222222222222222",
    )
    assert in_hue != in_can_tho


def test_the_seat_named_after_an_office_is_a_place_not_a_title() -> None:
    text = (
        "Chiều 5/7/2024, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm đã tiếp Đoàn đại biểu Hội hữu "
        "nghị Trung - Việt do ông Khương Tăng Vỹ, Chủ tịch Hội dẫn đầu."
    )
    assert people_of(text)["Tô Lâm"] == ("Chủ tịch nước",)
    event = event_of(text)
    assert event is not None and event.location == "Phủ Chủ tịch"
    # So is the office of one ("Văn phòng Chủ tịch nước"), whose head keeps its title.
    text = (
        "Sáng 30/8/2024, tại Văn phòng Chủ tịch nước, Phó Chủ tịch nước Võ Thị Ánh Xuân đã trao "
        "Huân chương Hữu nghị tặng Đại sứ Nhật Bản. Dự có ông Lê Khánh Hải, Chánh Văn phòng "
        "Chủ tịch nước."
    )
    assert people_of(text) == {
        "Võ Thị Ánh Xuân": ("Phó Chủ tịch nước",),
        "Lê Khánh Hải": ("Chánh Văn phòng Chủ tịch nước",),
    }


def test_an_events_own_words_capitalised_after_its_classifier() -> None:
    event = event_of(
        "Ngày 12/8/2024, Trung ương Đoàn TNCS Hồ Chí Minh tổ chức chương trình Giao lưu hữu "
        "nghị thanh niên Việt Nam - Trung Quốc lần thứ 23 với sự tham gia của 200 thanh niên."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.name.startswith("chương trình Giao lưu hữu nghị thanh niên")


def test_recipients_counted_as_the_subject_of_receiving_get_the_award_it_names() -> None:
    text = (
        'Nhân dịp này, 12 cá nhân được tặng Kỷ niệm chương "Vì sự nghiệp đối ngoại nhân '
        'dân" và 4 tập thể nhận Bằng khen của Chủ tịch UBND tỉnh.'
    )
    rows = {(a.award_type, a.recipient_kind, a.recipient_count) for a in _awards(text)}
    assert rows == {("Kỷ niệm chương", "cá nhân", 12), ("Bằng khen", "tập thể", 4)}
    # The giver may stand between "được" and its verb.
    text = (
        "Nhân dịp này, 5 cá nhân được Liên hiệp các tổ chức hữu nghị Việt Nam tặng Kỷ niệm "
        'chương "Vì hòa bình, hữu nghị giữa các dân tộc"; 3 tập thể được UBND tỉnh tặng Bằng '
        "khen."
    )
    rows = {(a.award_type, a.recipient_kind, a.recipient_count) for a in _awards(text)}
    assert rows == {("Kỷ niệm chương", "cá nhân", 5), ("Bằng khen", "tập thể", 3)}
    # Others counted besides one named are not all of them.
    text = "Liên hiệp trao Kỷ niệm chương cho ông Phạm Văn Hùng và 4 cá nhân khác."
    rows = {(a.award_type, a.recipient_kind, a.recipient_count) for a in _awards(text)}
    assert rows == {("Kỷ niệm chương", "cá nhân", None)}


def test_a_bare_ceremony_refers_back_to_the_award_presented() -> None:
    event = event_of(
        "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch Quốc hội Nguyễn Đức Hải đã trao Huân "
        "chương Hữu nghị cho bà Ann Phillips. Buổi lễ diễn ra chiều 3/4/2024 tại Nhà Quốc hội."
    )
    assert event is not None and event.kind == "award_ceremony"
    assert event.held is not None and event.held.value == date(2024, 4, 3)
    assert event.location == "Nhà Quốc hội"


def test_a_place_named_by_a_common_noun_in_lower_case() -> None:
    event = event_of(
        "Ngày 15 và 16/11/2024, tại cửa khẩu quốc tế Mộc Bài, UBND tỉnh Tây Ninh tổ chức "
        "chương trình Giao lưu hữu nghị nhân dân hai bên biên giới năm 2024."
    )
    assert event is not None and event.location == "cửa khẩu quốc tế Mộc Bài"
    assert event.held is not None and event.held.value == date(2024, 11, 15)


def test_a_special_zone_of_the_2025_reform_is_a_place() -> None:
    event = event_of(
        "Sáng 5/9/2025, tại đặc khu Phú Quốc, tỉnh An Giang, Sở Ngoại vụ tổ chức Hội nghị gặp "
        "mặt các tổ chức phi chính phủ nước ngoài."
    )
    assert event is not None and event.location == "đặc khu Phú Quốc, tỉnh An Giang"
    assert event.locality == "An Giang"


def test_and_before_a_rank_joins_two_officers() -> None:
    people = people_of(
        "Trung tướng Phùng Sĩ Tấn, Tư lệnh Quân khu 2 và Thiếu tướng Lý Bân, Phó Tư lệnh Quân "
        "khu Tây Bộ đồng chủ trì buổi giao lưu."
    )
    assert people == {
        "Phùng Sĩ Tấn": ("Tư lệnh Quân khu 2",),
        "Lý Bân": ("Phó Tư lệnh Quân khu Tây Bộ",),
    }


def test_a_badge_with_a_quoted_title_is_an_award_a_membership_badge_is_not() -> None:
    def awards(text: str) -> set[tuple[str, str | None]]:
        return {(a.award_type, a.award_title) for a in _awards(text)}

    assert awards('10 tập thể được tặng Huy hiệu "Vì hòa bình, hữu nghị giữa các dân tộc".') == {
        ("Huy hiệu", "Vì hòa bình, hữu nghị giữa các dân tộc")
    }
    assert awards("Dịp này, 12 đảng viên được trao Huy hiệu 50 năm tuổi Đảng.") == set()
    # A medal with a quoted title, a sector's or another.
    assert awards('5 cá nhân được tặng Huy chương "Vì sự nghiệp Ngoại giao".') == {
        ("Huy chương Vì sự nghiệp", "Vì sự nghiệp Ngoại giao")
    }
    assert awards('Trao Huy chương "Chiến sĩ vẻ vang" cho 3 cá nhân.') == {
        ("Huy chương", "Chiến sĩ vẻ vang")
    }


def test_honorary_citizenship_is_an_award() -> None:
    found = _awards(
        "Ông Nguyễn Đức Trung, Chủ tịch UBND tỉnh trao danh hiệu Công dân danh dự tỉnh Nghệ An "
        "cho ông Park Sang-ho."
    )
    assert [a.award_type for a in found] == ["Công dân danh dự"]


def test_a_title_conferred_in_quotes_is_an_award() -> None:
    found = _awards(
        'Liên hiệp trao tặng danh hiệu "Sứ giả hòa bình, hữu nghị" cho ông Park Sang-ho. '
        'Bà Lê Thị Mai trao danh hiệu "Công dân danh dự thành phố Đà Nẵng" cho bà Kim Min-ji.'
    )
    assert [(a.award_type, a.award_title) for a in found] == [
        ("Danh hiệu", "Sứ giả hòa bình, hữu nghị"),
        ("Công dân danh dự", None),
    ]


def test_awards_counted_before_their_name_count_their_recipients_of_one_kind() -> None:
    found = _awards('Liên hiệp trao 25 Kỷ niệm chương "Vì hòa bình" cho các cá nhân.')
    assert [(a.recipient_kind, a.recipient_count) for a in found] == [("cá nhân", 25)]
    # Of two kinds, the count is of neither.
    found = _awards("UBND tỉnh trao tặng 25 Bằng khen cho các tập thể và cá nhân.")
    assert {(a.recipient_kind, a.recipient_count) for a in found} == {
        ("tập thể", None),
        ("cá nhân", None),
    }


def test_an_event_held_in_a_foreign_capital() -> None:
    event = event_of(
        "Ngày 19/5/2024, tại Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm 134 "
        "năm Ngày sinh Chủ tịch Hồ Chí Minh."
    )
    assert event is not None and event.location == "Viêng Chăn"
    assert gazetteer().names_a_foreign_country("tiếp ông Lý Minh, Thị trưởng Bắc Kinh")


@pytest.mark.parametrize("mission", ["Cơ quan đại diện", "Phái đoàn đại diện thường trực"])
def test_a_mission_by_its_general_name_is_an_organizer(mission: str) -> None:
    event = event_of(
        f"Tối 2/9/2024, {mission} Việt Nam tại Liên hợp quốc tổ chức tiệc chiêu đãi nhân dịp "
        "Quốc khánh."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == f"{mission} Việt Nam tại Liên hợp quốc"
    assert event.organizer.kind == "embassy"


def test_va_goes_on_a_name_before_a_word_that_heads_no_organization() -> None:
    fund = event_of(
        "Tối 20/12/2023, tại Hà Nội, Quỹ Hòa bình và Phát triển Việt Nam tổ chức gặp mặt thân "
        "mật các nhà tài trợ quốc tế."
    )
    assert fund is not None and fund.organizer is not None
    assert fund.organizer.name == "Quỹ Hòa bình và Phát triển Việt Nam"
    assert fund.scope == "national"
    pair = event_of(
        "Ngày 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An và Hội hữu nghị Việt Nam - "
        "Lào tỉnh tổ chức gặp mặt lưu học sinh Lào."
    )
    assert pair is not None and pair.organizer is not None
    assert pair.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"


def test_a_semicolon_starts_another_persons_clause() -> None:
    roles = _roles(
        "Ngày 8/8/2024, Thành ủy Cần Thơ tổ chức Hội nghị sơ kết 2 năm thực hiện Chỉ thị "
        "12-CT/TW. Đồng chí Nguyễn Văn Hiếu, Bí thư Thành ủy chủ trì hội nghị; đồng chí Nguyễn "
        "Thanh Hải, Phó Trưởng Ban Đối ngoại Trung ương dự và phát biểu. Chủ trì có các đồng "
        "chí: Lê Văn An, Phó Bí thư; Trần Thị Bình, Phó Chủ tịch UBND thành phố."
    )
    assert roles["Nguyễn Văn Hiếu"] == {"chair"}
    assert roles["Nguyễn Thanh Hải"] == {"speech"}
    # Listed after the cue, each in a clause of their own: the sentence's role.
    assert roles["Lê Văn An"] == roles["Trần Thị Bình"] == {"chair"}


def test_a_range_across_months_with_its_year_written_once() -> None:
    event = event_of(
        "Từ ngày 28/11 đến ngày 2/12/2024, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam "
        "tổ chức Tuần lễ văn hóa Ấn Độ tại Việt Nam."
    )
    assert event is not None and event.held is not None
    assert event.held.value == date(2024, 11, 28)
    across_new_year = dates.find_dates("từ 28/12 đến 3/1/2025")
    assert [(d.day, d.month, d.year) for d in across_new_year] == [(28, 12, 2024)]
    # With the time of day at its end ("tối 30/11 đến sáng 1/12/2022").
    evening = dates.find_dates("Tối 30/11 đến sáng 1/12/2022, Hội tổ chức Đại hội lần thứ IV.")
    assert [(d.day, d.month, d.year) for d in evening] == [(30, 11, 2022)]


def test_a_foreign_name_after_an_envoys_country_or_a_foreign_mayors_city() -> None:
    people = people_of(
        "Dự có Đại sứ Lào Khamphao Ernthavanh và Thị trưởng thành phố Fukuoka Takashima "
        "Soichiro. Đại sứ Nhật Bản tham dự."
    )
    assert people == {
        "Khamphao Ernthavanh": ("Đại sứ Lào",),
        "Takashima Soichiro": ("Thị trưởng thành phố Fukuoka",),
    }


def test_a_foreign_name_after_a_foreign_states_office_and_its_country() -> None:
    people = people_of(
        "Dự có Phó Thủ tướng Lào Saleumxay Kommasith, Bộ trưởng Ngoại giao Campuchia Prak "
        "Sokhonn và Phó Thủ tướng Trần Hồng Hà."
    )
    assert people == {
        "Saleumxay Kommasith": ("Phó Thủ tướng Lào",),
        "Prak Sokhonn": ("Bộ trưởng Ngoại giao Campuchia",),
        "Trần Hồng Hà": ("Phó Thủ tướng",),
    }
    # Without its country the office anchors no foreign name.
    assert people_of("Phó Thủ tướng Saleumxay Kommasith dự.") == {}
    assert people_of("Tổng thống Mỹ Joe Biden và Quốc vương Campuchia Norodom Sihamoni.") == {
        "Joe Biden": ("Tổng thống Mỹ",),
        "Norodom Sihamoni": ("Quốc vương Campuchia",),
    }


def test_a_foreign_name_after_an_envoys_seat_written_as_an_acronym() -> None:
    for seat in ("TP.HCM", "TPHCM"):
        assert people_of(f"Tổng Lãnh sự Mỹ tại {seat} Susan Burns phát biểu.") == {
            "Susan Burns": (f"Tổng Lãnh sự Mỹ tại {seat}",)
        }


def test_an_envoys_seat_opening_on_a_family_name_is_no_part_of_the_name() -> None:
    # "Hà" opens names too; the seat after "tại" is the reference lists' place.
    assert people_of(
        "Tới dự có Tổng Lãnh sự Trung Quốc tại Hà Nội Lưu Ba và Trưởng Đại diện tại Hà Tĩnh "
        "Nguyễn Văn Nam."
    ) == {
        "Lưu Ba": ("Tổng Lãnh sự Trung Quốc tại Hà Nội",),
        "Nguyễn Văn Nam": ("Trưởng Đại diện tại Hà Tĩnh",),
    }


def test_a_gaelic_name_keeps_its_capital_after_mc() -> None:
    assert people_of("Dự có ông Patrick McAuliffe, Chủ tịch Hội Hữu nghị Úc - Việt.") == {
        "Patrick McAuliffe": ("Chủ tịch Hội Hữu nghị Úc - Việt",)
    }
    assert people_of("Đoàn do ông Neil MacGregor làm trưởng đoàn.") == {"Neil MacGregor": ()}


def test_talks_a_province_had_with_a_foreign_side_are_an_exchange() -> None:
    event = event_of(
        "Chiều 3/4/2024, Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường đã có buổi hội đàm với "
        "Bí thư Đảng ủy Khu tự trị dân tộc Choang Quảng Tây Lưu Ninh."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.held is not None and event.held.value == date(2024, 4, 3)


def test_an_order_by_its_name_as_foreign_states_give_them() -> None:
    def awards(text: str) -> set[str]:
        return {a.award_type for a in _awards(text)}

    assert awards("Nhà nước Lào tặng Hội Huân chương Tự do hạng Nhất.") == {"Huân chương Tự do"}
    assert awards("Hội được tặng Huân chương Itxala hạng Nhì.") == {"Huân chương Itxala"}
    assert awards("trao Huân chương Lao động hạng Ba cho 2 tập thể.") == {"Huân chương Lao động"}
    # A word a truncated page cut names nothing.
    assert awards("Đồng chí X đã trao Huân chương La") == set()


def test_a_provinces_party_documents_each_the_events_own() -> None:
    text = (
        "Thực hiện Chỉ thị số 17-CT/TU ngày 5/3/2020 của Tỉnh ủy về tăng cường công tác đối "
        "ngoại nhân dân trên địa bàn tỉnh và Kế hoạch số 120-KH/TU, Chỉ thị 12-CT/TW."
    )
    found = find_citations(text, split_sentences(text), "e_1")
    assert [(c.doc_type, c.number) for c in found] == [
        ("Chỉ thị", "17-CT/TU"),
        ("Kế hoạch", "120-KH/TU"),
        ("Chỉ thị", "12-CT/TW"),
    ]
    assert found[0].title == "tăng cường công tác đối ngoại nhân dân trên địa bàn tỉnh"
    # Every province numbers from 1: the same number elsewhere is another document.
    elsewhere = find_citations(text, split_sentences(text), "e_2")
    assert found[0].document_id != elsewhere[0].document_id
    assert found[2].document_id == elsewhere[2].document_id


def test_an_events_name_ends_at_who_came_not_at_a_numbers_dot() -> None:
    event = event_of(
        "Tối 8/9/2024, tại Quảng trường 3/2, UBND tỉnh Hà Giang tổ chức chương trình giao lưu "
        "văn hóa biên giới Việt - Trung, thu hút hơn 1.000 lượt người tham gia."
    )
    assert event is not None
    assert event.name == "chương trình giao lưu văn hóa biên giới Việt - Trung"


def test_a_verb_inside_a_noun_does_not_end_a_title() -> None:
    people = people_of(
        "Ông Nguyễn Văn Sơn, Chủ tịch danh dự Hội hữu nghị Việt - Nhật tỉnh phát biểu. Bà Lê "
        "Thị Thu Hằng, Trưởng Ban Chỉ đạo công tác thông tin đối ngoại dự lễ. Bà Nguyễn Thị "
        "Hà, Phó Chủ tịch Hội thông tin về kết quả năm 2023."
    )
    assert people == {
        "Nguyễn Văn Sơn": ("Chủ tịch danh dự Hội hữu nghị Việt - Nhật tỉnh",),
        "Lê Thị Thu Hằng": ("Trưởng Ban Chỉ đạo công tác thông tin đối ngoại",),
        "Nguyễn Thị Hà": ("Phó Chủ tịch Hội",),
    }


def test_the_organization_closing_a_chain_of_titles_is_part_of_it() -> None:
    people = people_of(
        "Tham dự có đồng chí Nguyễn Văn Mỹ, Phó Tổng Thư ký, Trưởng ban Ban Á - Phi, Liên hiệp "
        "các tổ chức hữu nghị Việt Nam; ông Trần Văn An, Chủ tịch Hội, Liên hiệp các tổ chức "
        "hữu nghị tỉnh tổ chức hội nghị."
    )
    assert people["Nguyễn Văn Mỹ"] == (
        "Phó Tổng Thư ký",
        "Trưởng ban Ban Á - Phi",
        "Liên hiệp các tổ chức hữu nghị Việt Nam",
    )
    # An organization with a verb of its own starts the next clause.
    assert people["Trần Văn An"] == ("Chủ tịch Hội",)


def test_a_school_or_a_firm_named_after_someone_is_no_person() -> None:
    people = people_of(
        "Dự có Giám đốc Công ty TNHH Hoàng Long, Hiệu trưởng Trường THCS Lê Lợi và Chủ tịch "
        "UBND thành phố Hoàng Minh Cường. Hiệu trưởng Trường THPT Lê Quý Đôn Nguyễn Văn An "
        "phát biểu. Đại diện Đại sứ quán Lào, ông Phoumy Vongsa, Tham tán, phát biểu."
    )
    assert people == {
        "Hoàng Minh Cường": ("Chủ tịch UBND thành phố",),
        "Nguyễn Văn An": ("Hiệu trưởng Trường THPT Lê Quý Đôn",),
        "Phoumy Vongsa": ("Tham tán",),
    }


def _awards(text: str) -> list[AwardClaim]:
    """The awards a text gives, no organizations known."""
    return find_awards(text, split_sentences(text), [])


def test_the_organizer_of_an_organized_reception_is_the_subject_without_its_verb() -> None:
    event = event_of(
        "Ngày 3 tháng 9 năm 2023, tại thành phố Hà Tĩnh, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh "
        "đã tổ chức đón tiếp Đoàn đại biểu Mặt trận Lào xây dựng đất nước tỉnh Bolikhămxay."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh"


def test_an_organization_that_presents_an_award_does_not_receive_it() -> None:
    text = (
        "Sáng 5/1/2024, UBND tỉnh Khánh Hòa tổ chức lễ trao Bằng khen. Cũng tại buổi lễ, Liên "
        "hiệp các tổ chức hữu nghị Việt Nam trao Kỷ niệm chương cho 4 cá nhân."
    )
    medals = [
        a for a in extract_text("a_0", normalize_str(text)).awards if "chương" in a.award_type
    ]
    assert [(a.recipient_kind, a.recipient_count, a.recipient_org_id) for a in medals] == [
        ("cá nhân", 4, None)
    ]


def test_those_at_a_part_of_the_event_attended_it() -> None:
    roles = _roles(
        "Ngày 22/11/2024, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Đại hội đại biểu toàn "
        "quốc lần thứ VI. Dự phiên khai mạc có Chủ tịch nước Lương Cường; ông Lê Hoài Trung, "
        "Trưởng Ban Đối ngoại Trung ương."
    )
    assert roles == {"Lương Cường": {"attending"}, "Lê Hoài Trung": {"attending"}}


def test_a_partners_place_in_brackets_stays_with_the_partner_and_a_square_is_a_venue() -> None:
    event = event_of(
        "Chiều 19/5/2023, Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai phối hợp với Hội Hữu nghị "
        "nhân dân đối ngoại Hồng Hà (Vân Nam, Trung Quốc) tổ chức chương trình giao lưu văn "
        "nghệ hữu nghị tại quảng trường cửa khẩu quốc tế Lào Cai."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai"
    assert event.location == "quảng trường cửa khẩu quốc tế Lào Cai"


def test_a_district_committees_review_is_local_and_in_the_districts_province() -> None:
    event = event_of(
        "Ngày 23/12/2022, Huyện ủy Mộc Châu tổ chức hội nghị tổng kết công tác đối ngoại nhân "
        "dân năm 2022."
    )
    assert event is not None and (event.scope, event.locality) == ("provincial", "Sơn La")
    assert gazetteer().province_in("Ban Dân vận Huyện ủy Châu Thành") is None  # several


def test_an_academic_title_before_a_name_ends_no_sentence() -> None:
    roles = _roles(
        "Sáng 10/10/2024, Ban Đối ngoại Trung ương tổ chức Hội thảo khoa học về đối ngoại nhân "
        "dân. PGS.TS Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh và TS. "
        "Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương đồng chủ trì hội thảo."
    )
    assert roles == {"Nguyễn Xuân Thắng": {"chair"}, "Lê Hoài Trung": {"chair"}}


def test_an_event_told_in_someones_quoted_words_is_not_reported() -> None:
    assert (
        event_of(
            "Ông Nguyễn Văn Bình, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình cho "
            'biết: "Năm 2023, chúng tôi đã tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị 04".'
        )
        is None
    )


def test_an_event_told_in_someones_reported_words_is_not_reported() -> None:
    told = (
        "Ông Trần Văn Hải, Chủ tịch Hội cho biết, Hội đã tổ chức thành công Lễ kỷ niệm 60 năm "
        "Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào vào tháng 9 vừa qua."
    )
    assert event_of(told) is None
    # A source telling the news by its day reports it.
    event = event_of(
        "Sở Ngoại vụ tỉnh Hà Tĩnh cho biết, ngày 5/9/2022, Hội đã tổ chức Lễ kỷ niệm 60 năm "
        "Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào."
    )
    assert event is not None and event.kind == "anniversary"


def test_a_retrospective_telling_its_events_by_month_reports_none_of_them() -> None:
    assert (
        event_of(
            "Năm 2022 khép lại với nhiều dấu ấn. Tháng 3, Liên hiệp các tổ chức hữu nghị tỉnh Hải "
            "Dương đã tổ chức Đại hội đại biểu lần thứ IV. Tháng 9, Liên hiệp tổ chức Lễ kỷ niệm "
            "60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào."
        )
        is None
    )


def test_an_event_of_an_organization_written_with_its_acronym_is_its_own() -> None:
    event = event_of(
        "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2018 của Liên hiệp các tổ chức hữu "
        "nghị thành phố Hà Nội (HAUFO) đã diễn ra sáng 16/1/2019 tại Trụ sở Thành ủy Hà Nội."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội"


def test_a_year_to_come_in_the_name_of_an_event_late_in_the_year_is_the_next() -> None:
    gala = event_of(
        "Tối 31-12, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức Đêm giao lưu hữu nghị "
        "chào năm mới 2024."
    )
    plan = event_of(
        "Ngày 7/1, Sở Ngoại vụ tỉnh Nam Định tổ chức Hội nghị triển khai nhiệm vụ năm 2025."
    )
    assert gala is not None and gala.held is not None and gala.held.value == date(2023, 12, 31)
    assert plan is not None and plan.held is not None and plan.held.value == date(2025, 1, 7)


def test_a_congress_conducted_is_organized_and_who_chairs_and_closes_does_both() -> None:
    event = event_of(
        "Ngày 18/8/2018, tại Hà Nội, Hội Hữu nghị Việt Nam - Thái Lan đã tiến hành Đại hội đại "
        "biểu toàn quốc lần thứ VI, nhiệm kỳ 2018 - 2023."
    )
    assert event is not None and event.organizer is not None and event.location == "Hà Nội"
    assert event.organizer.name == "Hội Hữu nghị Việt Nam - Thái Lan"
    roles = _roles(
        "Chiều 15/7/2024, Ban Đối ngoại Trung ương tổ chức Hội nghị sơ kết công tác đối ngoại "
        "nhân dân 6 tháng đầu năm. Đồng chí Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương chủ "
        "trì và phát biểu kết luận hội nghị."
    )
    assert roles == {"Lê Hoài Trung": {"chair", "closing_speech"}}


def test_a_national_conference_of_the_work_of_peoples_diplomacy_is_national() -> None:
    event = event_of(
        "Sáng 20/12/2019, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị công tác đối "
        "ngoại nhân dân toàn quốc năm 2019."
    )
    assert event is not None and event.kind == "national_conference"


def test_where_foreign_organisations_work_is_not_where_the_event_is() -> None:
    event = event_of(
        "Chiều 14/11/2024, UBND tỉnh Hưng Yên tổ chức gặp mặt các tổ chức phi chính phủ nước "
        "ngoài đang hoạt động tại tỉnh."
    )
    assert event is not None and (event.location, event.locality) == (None, "Hưng Yên")


def test_an_attache_is_an_office() -> None:
    people = people_of("Đại tá Kim Jong Soo, Tùy viên quốc phòng Hàn Quốc phát biểu chúc mừng.")
    assert people["Kim Jong Soo"] == ("Tùy viên quốc phòng Hàn Quốc",)


def test_a_title_ends_before_a_count_of_others() -> None:
    people = people_of(
        "Liên hiệp trao Kỷ niệm chương cho ông Sok Chenda, Tổng Lãnh sự Campuchia tại TP Hồ Chí "
        "Minh và 3 cá nhân có nhiều đóng góp."
    )
    assert people["Sok Chenda"] == ("Tổng Lãnh sự Campuchia tại TP Hồ Chí Minh",)


def test_who_disseminates_a_resolution_spoke_and_the_verb_ends_the_title() -> None:
    text = (
        "Ngày 10/6/2023, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức hội nghị chuyên "
        "đề. Hội nghị đã nghe đồng chí Nguyễn Văn Hải, Phó Chủ tịch Liên hiệp quán triệt chuyên "
        "đề."
    )
    assert people_of(text)["Nguyễn Văn Hải"] == ("Phó Chủ tịch Liên hiệp",)
    assert _roles(text) == {"Nguyễn Văn Hải": {"speech"}}


def test_a_province_closes_its_organs_title_before_any_verb() -> None:
    for verb in ("phổ biến nghị quyết", "động viên hội viên", "hướng dẫn đoàn", "khai trương"):
        people = people_of(
            f"Ông Nguyễn Văn An, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An {verb}."
        )
        assert people["Nguyễn Văn An"] == (
            "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An",
        )
    goes_on = people_of("Ông Trần Văn Bình, Bí thư Tỉnh ủy Nghệ An khóa XIX phát biểu.")
    assert goes_on["Trần Văn Bình"] == ("Bí thư Tỉnh ủy Nghệ An khóa XIX",)


def test_a_central_documents_issuer_is_only_what_the_text_says() -> None:
    text = (
        "Hội nghị quán triệt Nghị quyết số 18-NQ/TW và Chỉ thị 05-CT/TW, cùng Kết luận số "
        "12-KL/TW của Bộ Chính trị về công tác người Việt Nam ở nước ngoài."
    )
    found = find_citations(text, split_sentences(text))
    assert [(c.number, c.issuer) for c in found] == [
        ("18-NQ/TW", None),
        ("05-CT/TW", None),
        ("12-KL/TW", "Bộ Chính trị"),
    ]


def test_an_award_asked_for_is_not_given() -> None:
    assert not _awards(
        "Liên hiệp đã đề nghị Chủ tịch nước tặng Huân chương Hữu nghị cho 3 tổ chức nước ngoài."
    )


def test_of_delegates_present_out_of_those_convened_the_present_attended() -> None:
    event = event_of(
        "Sáng 12/10/2023, Hội hữu nghị Việt Nam - Lào tỉnh Sơn La tổ chức Đại hội lần thứ V. "
        "Đại hội có 120/150 đại biểu chính thức được triệu tập tham dự."
    )
    assert event is not None and event.attendance_count == 120


def test_a_review_an_organization_is_tasked_with_is_not_held() -> None:
    assert (
        event_of(
            "Thường trực Ban Bí thư giao Bộ Ngoại giao chủ trì phối hợp với các cơ quan tiến hành "
            "sơ kết gần 5 năm thực hiện Chỉ thị số 12 của Ban Bí thư khóa XIII."
        )
        is None
    )
    # "yêu cầu" the noun tasks no one.
    event = event_of(
        "Yêu cầu đặt ra ngày càng cao. Sáng 16/1/2024, tại Hà Nội, Ban Đối ngoại Trung ương tổ "
        "chức Hội nghị sơ kết gần 5 năm thực hiện Chỉ thị số 12-CT/TW."
    )
    assert event is not None and event.kind == "directive_review"


def test_who_is_appointed_at_a_congress_attended_it() -> None:
    roles = _roles(
        "Sáng 25/3/2023, Hội hữu nghị Việt Nam - Hàn Quốc tỉnh Bình Định tổ chức Đại hội lần thứ "
        "nhất. Bà Nguyễn Thị Thu Hà, Giám đốc Sở Ngoại vụ được cử làm Chủ tịch Hội."
    )
    assert roles == {"Nguyễn Thị Thu Hà": {"attending"}}


def test_a_family_name_the_list_lacks_is_not_cut_off_the_name() -> None:
    people = people_of(
        "Dự có các đồng chí: Hồ Tiến Thiệu - Phó Bí thư Tỉnh ủy; Vy Văn Sơn - Phó Chủ tịch Ủy "
        "ban MTTQ tỉnh; Lừ Văn Xa - Phó Chủ tịch UBND tỉnh. Thầy Lê Văn Nam, Hiệu trưởng nhà "
        "trường cảm ơn."
    )
    assert set(people) == {"Hồ Tiến Thiệu", "Vy Văn Sơn", "Lê Văn Nam"}  # no "Văn Xa"


def test_a_programme_of_meeting_foreign_envoys_is_an_exchange() -> None:
    event = event_of(
        "Tối 18/1/2023, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức chương trình "
        "gặp mặt đại diện các cơ quan đại diện ngoại giao nhân dịp Tết Nguyên đán."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.name.startswith("chương trình gặp mặt")


def test_a_rank_and_a_title_anchor_a_foreign_name_between_them() -> None:
    roles = _roles(
        "Ngày 26/3/2024, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào tổ chức Giao lưu hữu nghị "
        "quốc phòng biên giới. Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam và Đại "
        "tướng Chansamone Chanyalath, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Lào đồng chủ trì "
        "chương trình."
    )
    assert roles == {"Phan Văn Giang": {"chair"}, "Chansamone Chanyalath": {"chair"}}
    assert "Somsak Phommavong" not in people_of("Đại tướng Somsak Phommavong đã đến thăm.")


def test_a_list_of_names_each_with_its_title_in_brackets() -> None:
    people = people_of(
        "Dự hội nghị có các đồng chí Nguyễn Văn An (Phó Chủ tịch UBND tỉnh), Trần Thị Bích (Giám "
        "đốc Sở Ngoại vụ) và Lê Văn Cường (Chủ tịch Liên hiệp)."
    )
    assert people == {
        "Nguyễn Văn An": ("Phó Chủ tịch UBND tỉnh",),
        "Trần Thị Bích": ("Giám đốc Sở Ngoại vụ",),
        "Lê Văn Cường": ("Chủ tịch Liên hiệp",),
    }


def test_a_report_heard_from_someone_is_their_speech() -> None:
    roles = _roles(
        "Sáng 5/3/2025, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị triển khai "
        "nhiệm vụ năm 2025. Hội nghị đã nghe báo cáo của bà Trần Thị Bích, Phó Chủ tịch Liên hiệp."
    )
    assert roles == {"Trần Thị Bích": {"speech"}}


def test_one_review_however_its_name_goes_on_and_one_per_body_for_its_own_work() -> None:
    first = event_of(
        "Sáng 12/1/2024, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Hội nghị "
        "tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024."
    )
    second = event_of(
        "Ngày 12/1, Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) đã tổ chức Hội nghị tổng "
        "kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 tại Hà Nội."
    )
    assert first is not None and second is not None
    assert first.event_id == second.event_id
    # Two bodies' reviews of their own work are two events, in one province or nationally.
    for lead in (
        "Ngày 10/1/2024, Sở Ngoại vụ tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác năm 2023.",
        "Ngày 10/1/2024, Hội Liên lạc với người Việt Nam ở nước ngoài tổ chức Hội nghị tổng kết "
        "công tác năm 2023.",
    ):
        other = event_of(lead)
        assert other is not None and other.event_id != first.event_id
    union = event_of(
        "Sáng 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa tổ chức Hội nghị tổng "
        "kết công tác năm 2023."
    )
    department = event_of(
        "Ngày 10/1/2024, Sở Ngoại vụ tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác năm 2023."
    )
    assert union is not None and department is not None
    assert union.event_id != department.event_id
    # A province's review of its people's diplomacy is one, whoever an article names first.
    reviews = [
        event_of(
            f"Ngày 10/1/2024, {body} tổ chức Hội nghị tổng kết công tác đối ngoại nhân dân năm "
            "2023."
        )
        for body in ("Sở Ngoại vụ tỉnh Thanh Hóa", "Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa")
    ]
    assert reviews[0] is not None and reviews[1] is not None
    assert reviews[0].event_id == reviews[1].event_id


def test_an_anniversary_is_the_founding_it_celebrates_whoever_holds_it() -> None:
    own = event_of(
        "Ngày 3/12/2024, Liên hiệp các tổ chức hữu nghị thành phố Cần Thơ tổ chức Lễ kỷ niệm "
        "30 năm thành lập."
    )
    named = event_of(
        "Sáng 3/12/2024, Lễ kỷ niệm 30 năm Ngày thành lập Liên hiệp các tổ chức hữu nghị TP Cần "
        "Thơ đã diễn ra trọng thể."
    )
    assert own is not None and named is not None
    assert own.event_id == named.event_id
    # The same body celebrating another's founding the same day holds another event.
    other = event_of(
        "Ngày 3/12/2024, Liên hiệp các tổ chức hữu nghị thành phố Cần Thơ tổ chức Lễ kỷ niệm "
        "60 năm Ngày thành lập Hội hữu nghị Việt Nam - Cuba."
    )
    assert other is not None and other.event_id != own.event_id


def test_a_congress_reported_closed_and_numbered_by_its_term() -> None:
    for lead in (
        "Sáng 12/12/2024, Đại hội đại biểu Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam lần thứ "
        "III, nhiệm kỳ 2024 - 2029 đã bế mạc.",
        "Ngày 12/12/2024, Đại hội đại biểu Hội hữu nghị Việt Nam - Nhật Bản tỉnh Bắc Ninh lần "
        "thứ II, nhiệm kỳ 2024 - 2029 đã thành công tốt đẹp.",
    ):
        event = event_of(lead)
        assert event is not None and event.kind == "congress", lead
    # A wish for success and a closing speech report nothing.
    assert (
        event_of(
            "Thay mặt lãnh đạo tỉnh, ông Lê Văn An chúc Đại hội đại biểu Hội hữu nghị Việt Nam - "
            "Nhật Bản tỉnh Bắc Ninh lần thứ II thành công tốt đẹp."
        )
        is None
    )
    assert event_of("Kết thúc Hội nghị, ông Hoàng Bình Quân đã phát biểu bế mạc.") is None
    # "khóa III" numbers the congress as "lần thứ III" does.
    by_term = event_of(
        "Ngày 11/12/2024, Đại hội Hội hữu nghị Việt Nam - Cuba tỉnh Hà Nam khóa III, nhiệm kỳ "
        "2024 - 2029 được tổ chức."
    )
    by_number = event_of(
        "Ngày 11/12/2024, Hội hữu nghị Việt Nam - Cuba tỉnh Hà Nam tổ chức Đại hội lần thứ III."
    )
    assert by_term is not None and by_number is not None
    assert by_term.event_id == by_number.event_id


def test_a_document_number_running_into_the_end_of_a_text_cut_short_is_not_taken() -> None:
    lead = (
        "Sáng 9/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ tổ chức Hội nghị tổng kết "
        "công tác năm 2023. Hội nghị đã quán triệt Chỉ thị số "
    )
    # "1" may be the start of "12-CT/TW"; a number with its closing letters is whole.
    cut = extract_text("a_0", normalize_str(lead + "1")).citations
    assert cut == ()
    whole = extract_text("a_0", normalize_str(lead + "12-CT/TW")).citations
    assert [c.number for c in whole] == ["12-CT/TW"]


def test_an_award_row_told_again_with_its_title_keeps_the_title() -> None:
    awards = extract_text(
        "a_0",
        normalize_str(
            "VUFO trao Kỷ niệm chương Vì hòa bình, hữu nghị giữa các dân tộc cho 3 cá nhân\n\n"
            "Chiều 14/3/2024, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Lễ trao "
            'Kỷ niệm chương "Vì hòa bình, hữu nghị giữa các dân tộc" cho 3 cá nhân nước ngoài.'
        ),
    ).awards
    assert [(a.award_type, a.award_title, a.recipient_kind, a.recipient_count) for a in awards] == [
        ("Kỷ niệm chương", "Vì hòa bình, hữu nghị giữa các dân tộc", "cá nhân", 3)
    ]


def test_the_conferrer_of_an_award_is_not_the_ceremonys_owner() -> None:
    event = event_of(
        "Chiều 3/4/2024, tại trụ sở Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị, Chủ tịch Liên "
        'hiệp Hoàng Nam đã trao Kỷ niệm chương "Vì hòa bình, hữu nghị giữa các dân tộc" của Liên '
        "hiệp các tổ chức hữu nghị Việt Nam cho ông Kim Young-ho, Trưởng đại diện KOICA."
    )
    assert event is not None and event.kind == "award_ceremony"
    assert event.organizer is None
    assert (event.scope, event.locality) == ("provincial", "Quảng Trị")
    # Given to the subject: the recipient organized nothing.
    event = event_of(
        "Ngày 10/5/2024, Hội Hữu nghị Việt Nam - Cuba được Chủ tịch nước trao tặng Huân chương "
        "Lao động hạng Nhì."
    )
    assert event is not None and event.kind == "award_ceremony"
    assert event.organizer is None
    # On someone's authority, the subject still gives the award.
    event = event_of(
        "Ngày 5/12/2024, được sự ủy quyền của Chủ tịch nước, Liên hiệp các tổ chức hữu nghị tỉnh "
        "Nghệ An trao Huân chương Hữu nghị cho ông Sato Ken."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"


@pytest.mark.parametrize(
    "told",
    [
        "Nhân dịp này, Liên hiệp vinh dự đón nhận Huân chương Lao động hạng Nhì.",
        "Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa được Chủ tịch nước tặng Huân chương Lao "
        "động hạng Nhì.",
    ],
)
def test_the_organizer_receiving_an_award_is_its_one_recipient(told: str) -> None:
    lead = (
        "Ngày 26/9/2024, Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa tổ chức Lễ kỷ niệm 30 năm "
        "thành lập"
    )
    ceremony = lead.replace(
        "Lễ kỷ niệm 30 năm thành lập", "Lễ đón nhận Huân chương Lao động hạng Nhì"
    )
    for text in (
        f"{lead}. {told}",
        f"{lead} và đón nhận Huân chương Lao động hạng Nhì.",
        f"{ceremony}.",
    ):
        found = extract_text("a_0000000000000001", normalize_str(text))
        assert found.event is not None and found.event.organizer is not None
        rows = {
            (a.award_type, a.recipient_kind, a.recipient_count, a.recipient_org_id)
            for a in found.awards
        }
        assert rows == {("Huân chương Lao động", "tập thể", 1, found.event.organizer.org_id)}
    # Not another subject's, nor what a year brought.
    for other in (
        "Nhân dịp này, Sở Ngoại vụ vinh dự đón nhận Huân chương Lao động hạng Nhì.",
        "Năm 2010, Liên hiệp được tặng Huân chương Lao động hạng Nhì.",
    ):
        found = extract_text("a_0000000000000001", normalize_str(f"{lead}. {other}"))
        assert all(a.recipient_kind is None for a in found.awards), other


def test_an_award_the_awardee_received_before_is_none_given_at_the_event() -> None:
    lead = (
        "Ngày 18/6/2024, Hội hữu nghị Việt Nam - Campuchia tỉnh Tây Ninh tổ chức Đại hội đại "
        "biểu lần thứ IV.\n"
    )
    for told in (
        # Dated by its year.
        "Hội được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2022.",
        # Told undated in a paragraph of what the term brought.
        "Nhiệm kỳ 2019 - 2024, Hội đã tổ chức nhiều hoạt động giao lưu. Hội được Chủ tịch nước "
        "tặng Huân chương Lao động hạng Ba.",
    ):
        found = extract_text("a_0000000000000001", normalize_str(lead + told))
        assert found.event is not None and found.awards == (), told
    # Given on the occasion, after such a paragraph's account, it is the event's.
    found = extract_text(
        "a_0000000000000001",
        normalize_str(
            lead + "Nhiệm kỳ 2019 - 2024, Hội đã tổ chức nhiều hoạt động giao lưu. Dịp này, Hội "
            "vinh dự đón nhận Huân chương Lao động hạng Ba."
        ),
    )
    assert [(a.award_type, a.recipient_kind, a.recipient_count) for a in found.awards] == [
        ("Huân chương Lao động", "tập thể", 1)
    ]
