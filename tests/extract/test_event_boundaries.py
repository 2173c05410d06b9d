"""Where an event's name and place end, and who an election names: sentences written for
these tests, fed straight to the extractor."""

from __future__ import annotations

from datetime import date

import pytest

from dnnd_data.extract.facts import extract_text
from dnnd_data.normalize.text import normalize_str
from tests.extract.sentences import event_of
from tests.extract.test_grammar_verbs import roles_of


def test_a_place_ends_before_the_events_days() -> None:
    for days in ("từ ngày 2 đến 4/11/2023", "ngày 2/11/2023", "trong 3 ngày, từ 2/11/2023"):
        event = event_of(
            f"Hội chợ hữu nghị Việt Nam - Lào lần thứ 5 diễn ra tại thành phố Đồng Hới {days}."
        )
        assert event is not None and event.location == "thành phố Đồng Hới", days


def test_a_place_after_another_day_is_not_the_events() -> None:
    lead = "Chiều 3/10/2024, Ban Tổ chức tổ chức họp báo giới thiệu Tuần lễ văn hóa Việt - Lào, "
    # The week's days and place, not the press conference's.
    event = event_of(f"{lead}diễn ra từ ngày 12 đến 15/10 tại Quảng trường Lâm Viên.")
    assert event is not None and event.location is None
    # The event's own day said again keeps its place.
    event = event_of(
        "Sáng 12/10/2024, Tỉnh đoàn khai mạc Tuần lễ văn hóa Việt - Lào, diễn ra từ ngày 12 "
        "đến 15/10 tại Quảng trường Lâm Viên."
    )
    assert event is not None and event.location == "Quảng trường Lâm Viên"


def test_another_events_capitalised_name_after_a_comma_ends_the_name() -> None:
    event = event_of(
        "Ngày 9/9/2023, Hội hữu nghị Việt Nam - Thái Lan tỉnh đã tổ chức thành công Lễ kỷ niệm "
        "47 năm quan hệ ngoại giao hai nước, Hội thảo về hợp tác du lịch và nhiều hoạt động khác."
    )
    assert event is not None
    assert event.name == "Lễ kỷ niệm 47 năm quan hệ ngoại giao hai nước"


def test_a_name_goes_on_over_a_comma_before_lower_case_words() -> None:
    event = event_of(
        "Sáng 8/1/2024, Hội hữu nghị Việt Nam - Thái Lan tỉnh tổ chức Hội nghị tổng kết công tác "
        "năm 2023, triển khai nhiệm vụ năm 2024."
    )
    assert event is not None
    assert event.name == "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024"


def test_one_elected_with_words_between_attended() -> None:
    roles = roles_of(
        "Ngày 5/6/2023, Hội hữu nghị Việt Nam - Cu Ba tỉnh tổ chức Đại hội lần thứ II. Bà Lê Thị "
        "Hoa, Phó Chủ tịch Hội khóa I, được Đại hội tín nhiệm bầu giữ chức Chủ tịch Hội khóa II."
    )
    assert roles["Lê Thị Hoa"] == {"attending"}


def test_an_event_reported_as_the_subject_of_its_organizers_verb() -> None:
    event = event_of(
        "Hội thảo do Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau phối hợp tổ chức vào chiều ngày "
        "9/10/2024 tại Nhà khách Tỉnh ủy, với chủ đề hợp tác nghề cá."
    )
    assert event is not None and event.name == "Hội thảo"
    assert event.held is not None and event.held.value == date(2024, 10, 9)
    assert event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau"
    assert event.location == "Nhà khách Tỉnh ủy"
    # Its name ends before its organizer when "diễn ra" follows the verb.
    event = event_of(
        "Tọa đàm về hợp tác nghề cá do Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau tổ chức diễn "
        "ra ngày 9/10/2024 tại Nhà khách Tỉnh ủy."
    )
    assert event is not None and event.name == "Tọa đàm về hợp tác nghề cá"
    assert event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau"
    # A plan "do X tổ chức" with no day, place or end of clause after the verb is not read.
    assert event_of("Hội thảo do Liên hiệp tổ chức lấy ý kiến các hội thành viên.") is None


def test_the_capital_as_a_venue_makes_no_event_provincial() -> None:
    # The headline names the host by name only; the lead sets the event in Hà Nội.
    national = event_of(
        "Ông Nguyễn Đức Hải tiếp Đoàn Hội đồng Hòa bình Thế giới\n\nChiều 9/4/2024, tại Hà "
        "Nội, Phó Chủ tịch Quốc hội Nguyễn Đức Hải đã tiếp Đoàn đại biểu Hội đồng Hòa bình Thế "
        "giới do bà Cristina Guarda, Phó Chủ tịch Hội đồng dẫn đầu."
    )
    assert national is not None and (national.scope, national.locality) == ("national", None)
    # Another province named, or the capital named as the host's own city, still places it.
    for host in ("Phó Chủ tịch UBND tỉnh Hà Giang", "Phó Chủ tịch UBND thành phố Hà Nội"):
        local = event_of(
            f"Chiều 9/4/2024, tại Hà Nội, {host} Trần Văn An đã tiếp Đoàn đại biểu tỉnh "
            "Phông-sa-lỳ (Lào)."
        )
        assert local is not None and local.scope == "provincial", host


def test_a_name_governed_by_cua_or_voi_does_not_take_the_subjects_cues() -> None:
    roles = roles_of(
        "Chiều 4/4/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Lê Văn Hòa đã tiếp Đoàn "
        "Hội hữu nghị Hàn - Việt. Ông Lê Văn Hòa chủ trì buổi làm việc với ông Park Ji-hoon, "
        "Trưởng đoàn. Ông Lê Văn Hòa đánh giá cao những đóng góp của ông Park Ji-hoon."
    )
    assert roles["Lê Văn Hòa"] == {"chair", "speech"}
    assert roles["Park Ji-hoon"] == {"mentioned"}


def test_a_persons_own_act_before_cua_stays_theirs() -> None:
    roles = roles_of(
        "Sáng 8/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái tổ chức Hội nghị tổng kết "
        "công tác năm 2023 với sự tham dự của bà Giàng Thị Dung, Phó Chủ tịch UBND tỉnh. Đó là "
        "khẳng định của ông Hoàng Văn Minh, Chủ tịch Liên hiệp tại hội nghị."
    )
    assert roles["Giàng Thị Dung"] == {"attending"}
    assert roles["Hoàng Văn Minh"] == {"speech"}


def test_the_organizer_that_presides_before_its_partner() -> None:
    event = event_of(
        "Chiều 2/12/2024, Sở Ngoại vụ tỉnh Kiên Giang chủ trì, phối hợp với Liên hiệp các tổ chức "
        "hữu nghị tỉnh tổ chức Hội nghị gặp mặt các tổ chức phi chính phủ nước ngoài."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Sở Ngoại vụ tỉnh Kiên Giang"


def test_a_gathering_named_as_a_commemoration_is_an_anniversary() -> None:
    event = event_of(
        "Hướng tới 75 năm Ngày thành lập Hội, sáng 9/5/2025, Hội hữu nghị Việt Nam - Ba Lan tổ "
        "chức buổi họp mặt truyền thống."
    )
    assert event is not None and (event.name, event.kind) == (
        "buổi họp mặt truyền thống",
        "anniversary",
    )


def test_a_name_ends_before_its_format() -> None:
    event = event_of(
        "Sáng 20/12/2024, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối ngoại "
        "nhân dân năm 2024 theo hình thức trực tuyến tới 63 điểm cầu."
    )
    assert event is not None
    assert event.name == "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2024"
    assert event.remote_sites_count == 63


def test_attendance_said_of_the_event_with_a_classifier_before_its_head() -> None:
    event = event_of(
        "Chiều 2/2/2024, Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức gặp mặt lưu học sinh "
        "Lào. Dự buổi gặp mặt có 120 lưu học sinh đang học tập tại tỉnh."
    )
    assert event is not None and event.attendance_count == 120


def test_the_kind_told_when_the_lead_reports_the_headlines_event_again() -> None:
    event = event_of(
        "Liên hiệp các tổ chức hữu nghị tỉnh Bình Thuận tổ chức Hội nghị giao ban\n\nChiều "
        "10/7/2024, Liên hiệp các tổ chức hữu nghị tỉnh Bình Thuận tổ chức Hội nghị giao ban 6 "
        "tháng đầu năm 2024."
    )
    assert event is not None and event.kind == "local_review"


def test_an_organization_receives_only_the_award_its_verb_is_right_before() -> None:
    extraction = extract_text(
        "a_0000000000000000",
        normalize_str(
            "Sáng 9/1/2025, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối ngoại "
            "nhân dân năm 2024. Tại hội nghị, Liên hiệp các tổ chức hữu nghị Việt Nam được tặng "
            "Cờ thi đua "
            "của Chính phủ; 4 tập thể, 6 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ."
        ),
    )
    rows = {(a.award_type, a.recipient_kind, a.recipient_count) for a in extraction.awards}
    assert rows == {
        ("Cờ thi đua", "tập thể", None),
        ("Bằng khen", "tập thể", 4),
        ("Bằng khen", "cá nhân", 6),
    }
    assert [a.award_type for a in extraction.awards if a.recipient_org_id] == ["Cờ thi đua"]


def test_the_country_in_an_events_name_does_not_make_it_national() -> None:
    event = event_of(
        "Lễ mít tinh kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào diễn ra sáng "
        "5/9/2022 tại Hội trường Tỉnh ủy Sơn La. Đồng chí Lò Minh Hùng, Phó Bí thư Tỉnh ủy đọc "
        "diễn văn kỷ niệm."
    )
    assert event is not None and (event.scope, event.locality) == ("provincial", "Sơn La")


def test_a_campaigns_launch_ceremony_is_an_event() -> None:
    event = event_of(
        "Ngày 8/10/2024, Hội hữu nghị Việt Nam - Cuba tỉnh Nghệ An tổ chức lễ phát động cuộc "
        "vận động ủng hộ nhân dân Cuba."
    )
    assert event is not None and event.kind == "other"
    assert event.name == "lễ phát động cuộc vận động ủng hộ nhân dân Cuba"


def test_a_ceremony_honouring_donors_is_an_event_an_award_ceremony_when_it_gives_awards() -> None:
    event = event_of(
        "Sáng 5/12/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức Lễ tôn vinh các "
        "nhà tài trợ nước ngoài."
    )
    assert event is not None and event.kind == "other"
    assert event.name == "Lễ tôn vinh các nhà tài trợ nước ngoài"
    event = event_of(
        "Sáng 5/12/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức Lễ vinh danh các "
        "tổ chức phi chính phủ nước ngoài và trao Bằng khen cho 20 tập thể."
    )
    assert event is not None and event.kind == "award_ceremony"


def test_a_name_ends_before_its_comma() -> None:
    event = event_of(
        "Ngày 21/12/2023, Hội hữu nghị Việt Nam - Nhật Bản thành phố Hải Phòng tổ chức tổng kết "
        "hoạt động năm 2023, triển khai phương hướng năm 2024, với sự tham gia của 120 hội viên."
    )
    assert event is not None
    assert event.name == "tổng kết hoạt động năm 2023, triển khai phương hướng năm 2024"


def test_a_name_ends_before_its_list_of_recipients() -> None:
    event = event_of(
        "Ngày 16/10/2024, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định tổ chức lễ trao Kỷ niệm "
        'chương "Vì hòa bình, hữu nghị giữa các dân tộc" cho các ông, bà: Nguyễn Văn Hải, Trần '
        "Thị Mai."
    )
    assert event is not None
    assert event.name == 'lễ trao Kỷ niệm chương "Vì hòa bình, hữu nghị giữa các dân tộc"'


def test_an_event_reported_only_as_what_someone_chaired() -> None:
    text = (
        "Chiều 20/12/2023, đồng chí Nguyễn Văn Sơn, Phó Chủ tịch UBND tỉnh Hà Nam chủ trì hội "
        "nghị tổng kết công tác đối ngoại năm 2023. Dự có bà Trần Thị Lan, Giám đốc Sở Ngoại vụ."
    )
    event = event_of(text)
    assert event is not None and event.kind == "local_review"
    assert event.name == "hội nghị tổng kết công tác đối ngoại năm 2023"
    assert event.held is not None and event.held.value == date(2023, 12, 20)
    assert event.organizer is None
    assert roles_of(text) == {"Nguyễn Văn Sơn": {"chair"}, "Trần Thị Lan": {"attending"}}


def test_a_later_report_names_an_event_first_written_by_its_head() -> None:
    event = event_of(
        "Tới dự hội nghị, về phía Trung ương có ông Nguyễn Văn Sơn, Phó Chủ tịch Liên hiệp các "
        "tổ chức hữu nghị Việt Nam. Ngày 20/12/2023, Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam "
        "tổ chức hội nghị tổng kết công tác năm 2023."
    )
    assert event is not None and event.name == "hội nghị tổng kết công tác năm 2023"


def test_a_name_ends_before_a_verb_of_saying() -> None:
    event = event_of(
        "Báo cáo tổng kết công tác năm 2023 và tham luận của các đại biểu dự Hội nghị cho thấy, "
        "điểm sáng nổi bật là các hoạt động hữu nghị với các nước láng giềng."
    )
    assert event is not None and event.name == "Hội nghị"


def test_a_name_ends_before_a_second_predicate() -> None:
    event = event_of(
        "Ngày 12/11/2022, Hội hữu nghị Việt Nam - Thái Lan tỉnh Bến Tre đã tham gia Liên hoan "
        "Giai điệu hữu nghị lần thứ 3 và có tiết mục giao lưu đạt giải Ba."
    )
    assert event is not None and event.name == "Liên hoan Giai điệu hữu nghị lần thứ 3"


def test_foreign_experts_at_a_gathering_are_its_attendance() -> None:
    event = event_of(
        "Chiều 24/12/2024, UBND tỉnh Thái Nguyên tổ chức gặp mặt các chuyên gia nước ngoài nhân "
        "dịp năm mới 2025. Tham dự có khoảng 100 chuyên gia đến từ 12 quốc gia."
    )
    assert event is not None
    assert (event.attendance_count, event.attendance_qualifier) == (100, "khoảng")


def test_an_event_reported_passively_or_as_the_scene_of_its_organizer() -> None:
    for text in (
        "Đó là thông tin tại Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 do Liên "
        "hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức chiều 28/12/2023.",
        "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 được Liên hiệp các tổ chức hữu "
        "nghị tỉnh Nam Định tổ chức chiều 28/12/2023.",
    ):
        event = event_of(text)
        assert event is not None and event.organizer is not None, text
        assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Nam Định"
        assert event.held is not None and event.held.value == date(2023, 12, 28)
    # "được" before no name, and "tổ chức" not before the day, place or clause end: none.
    assert event_of("Hội nghị được Ban Tổ chức chuẩn bị chu đáo và tổ chức thành công.") is None


def test_a_quoted_title_with_a_colon_is_part_of_the_name() -> None:
    event = event_of(
        'Hội thảo khoa học "Đối ngoại nhân dân trong thời kỳ mới: Thực tiễn và định hướng" đã '
        "diễn ra ngày 20/11/2024 tại Học viện Ngoại giao."
    )
    assert event is not None and event.held is not None
    assert event.name == (
        'Hội thảo khoa học "Đối ngoại nhân dân trong thời kỳ mới: Thực tiễn và định hướng"'
    )
    assert event.held.value == date(2024, 11, 20)
    assert event.location == "Học viện Ngoại giao"


def test_a_ceremony_of_receiving_aid_and_one_of_handing_over_gifts() -> None:
    received = event_of(
        "Sáng 5/9/2024, tại Hà Nội, Trung ương Hội Chữ thập đỏ Việt Nam tổ chức lễ tiếp nhận "
        "hàng viện trợ của Chính phủ Nhật Bản."
    )
    assert received is not None and received.organizer is not None
    assert received.organizer.name == "Trung ương Hội Chữ thập đỏ Việt Nam"
    assert (received.kind, received.scope) == ("other", "national")
    gifts = event_of("Ngày 5/9/2024, Hội Chữ thập đỏ tỉnh Yên Bái tổ chức lễ trao quà cho 50 hộ.")
    assert gifts is not None and gifts.kind == "other"
    honours = event_of("Ngày 5/9/2024, Hội tổ chức lễ trao tặng Huân chương Hữu nghị cho ông X.")
    assert honours is not None and honours.kind == "award_ceremony"
    # Counted gifts and grants too ("30 suất học bổng"); counted honours stay awards.
    grants = event_of("Ngày 5/9/2024, Quỹ tổ chức lễ trao 30 suất học bổng cho lưu học sinh Lào.")
    assert grants is not None and grants.kind == "other"
    honours = event_of("Ngày 5/9/2024, UBND tỉnh tổ chức lễ trao 5 Huân chương Hữu nghị cho ...")
    assert honours is not None and honours.kind == "award_ceremony"


def test_an_orders_name_holding_do() -> None:
    # "do" is "by" before an organizer, and the second syllable of "Tự do" (freedom).
    event = event_of(
        "Sáng 29/11/2024, Liên hiệp tổ chức Lễ đón nhận Huân chương Tự do hạng Nhì của Nhà "
        "nước CHDCND Lào."
    )
    assert event is not None
    assert event.name == "Lễ đón nhận Huân chương Tự do hạng Nhì của Nhà nước CHDCND Lào"


def test_trainees_are_a_courses_attendance() -> None:
    event = event_of(
        "Sáng 27/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định khai giảng lớp bồi dưỡng "
        "nghiệp vụ đối ngoại nhân dân. Hơn 80 học viên tham gia lớp bồi dưỡng."
    )
    assert event is not None and event.attendance_count == 80


def test_the_event_said_to_have_its_delegates_gives_its_attendance() -> None:
    lead = "Ngày 13/3/2024, Hội hữu nghị Việt Nam - Lào tỉnh Hà Nam tổ chức Đại hội lần thứ II. "
    event = event_of(f"{lead}Đại hội có 95 đại biểu chính thức, đại diện cho 800 hội viên.")
    assert event is not None and event.attendance_count == 95
    # What the association has is no attendance.
    event = event_of(f"{lead}Hội hiện có 95 đại biểu tại các chi hội.")
    assert event is not None and event.attendance_count is None


def test_a_performances_audience_is_its_attendance() -> None:
    lead = (
        "Tối 8/9/2024, tại Nhà hát Hòa Bình, Hội hữu nghị Việt Nam - Hàn Quốc thành phố Cần Thơ "
        "tổ chức đêm giao lưu văn nghệ chào mừng 32 năm thiết lập quan hệ ngoại giao. "
    )
    event = event_of(f"{lead}Đêm giao lưu thu hút hơn 700 khán giả.")
    assert event is not None and event.attendance_count == 700


def test_scientists_and_researchers_are_a_workshops_attendance() -> None:
    event = event_of(
        "Ngày 9/5/2024, Trường Đại học Huế tổ chức hội thảo khoa học về ngoại giao nhân dân. "
        "Dự hội thảo có hơn 90 nhà khoa học, nhà nghiên cứu trong và ngoài nước."
    )
    assert event is not None and event.attendance_count == 90


def test_a_gathering_with_a_foreign_delegation_is_an_exchange() -> None:
    event = event_of(
        "Chiều 12/10/2024, Hội Nông dân Việt Nam tổ chức gặp mặt Đoàn đại biểu Hội Nông dân Lào."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    ours = event_of(
        "Chiều 12/10/2024, UBND tỉnh Sơn La tổ chức gặp mặt Đoàn đại biểu người có uy tín."
    )
    assert ours is not None and ours.kind == "other"
    # A foreign country's people met are guests too; our own who served or fought there
    # are not.
    for guests, kind in (
        ("các cựu binh Mỹ", "reception_or_exchange"),
        ("cộng đồng người Campuchia", "reception_or_exchange"),
        ("các cựu chiến binh từng chiến đấu tại Lào", "other"),
        ("cựu chuyên gia từng giúp bạn Lào", "other"),
        ("cựu quân tình nguyện Việt Nam ở Campuchia", "other"),
    ):
        event = event_of(f"Chiều 12/10/2024, UBND tỉnh Sơn La tổ chức gặp mặt {guests}.")
        assert event is not None and event.kind == kind, guests


def test_a_lead_without_commas_parts_its_place_from_its_organizer() -> None:
    event = event_of(
        "Sáng 21.12.2023 tại TP Thái Nguyên Liên hiệp các tổ chức hữu nghị tỉnh Thái Nguyên tổ "
        "chức Hội nghị tổng kết công tác năm 2023."
    )
    assert event is not None and event.organizer is not None
    assert event.location == "TP Thái Nguyên"
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Thái Nguyên"


def test_a_hall_is_no_organization_a_bare_head_stands_for() -> None:
    event = event_of("Ngày 5/3/2024, tại Hội trường UBND tỉnh, Hội tổ chức gặp mặt hữu nghị.")
    assert event is not None and event.location == "Hội trường UBND tỉnh"
    assert event.organizer is None


def test_vao_ends_a_name_only_before_a_time() -> None:
    event = event_of(
        "Ngày 28/6/2024, Hội Người cao tuổi Việt Nam tổ chức hội thảo chia sẻ kinh nghiệm chăm "
        "sóc người cao tuổi dựa vào cộng đồng."
    )
    assert event is not None
    assert event.name == "hội thảo chia sẻ kinh nghiệm chăm sóc người cao tuổi dựa vào cộng đồng"
    event = event_of("Hội nghị tổng kết công tác năm 2024 diễn ra vào ngày 20/12/2024 tại Huế.")
    assert event is not None and event.name == "Hội nghị tổng kết công tác năm 2024"


def test_a_programme_held_is_an_event_and_overseas_vietnamese_its_attendance() -> None:
    event = event_of(
        "Tối 1/2/2024, tại Trung tâm Hội nghị Quốc gia, Bộ Ngoại giao tổ chức Chương trình "
        "Xuân Quê hương 2024. Khoảng 1.000 kiều bào từ hơn 50 quốc gia về dự."
    )
    assert event is not None and event.organizer is not None
    assert (event.name, event.kind) == ("Chương trình Xuân Quê hương 2024", "other")
    assert event.attendance_count == 1000
    aid = event_of(
        "Ngày 26/10/2024, Hội Hữu nghị Việt Nam - Campuchia tỉnh Gia Lai tổ chức chương trình "
        "khám bệnh, cấp thuốc miễn phí cho người dân tỉnh Ratanakiri (Campuchia)."
    )
    assert aid is not None and aid.held is not None and aid.held.value == date(2024, 10, 26)


def test_a_quoted_title_is_whole_in_the_events_name() -> None:
    # A colon or "tại" inside the quotation does not end the name.
    event = event_of(
        'Ngày 3/10/2024, tại TP Nha Trang, UBND tỉnh Khánh Hòa tổ chức Hội thảo "Hợp tác Khánh '
        'Hòa - các địa phương Liên bang Nga: Tiềm năng và triển vọng".'
    )
    assert event is not None
    assert event.name.endswith(': Tiềm năng và triển vọng"')
    event = event_of(
        "Ngày 3/10/2024, UBND tỉnh Khánh Hòa tổ chức Tọa đàm “Người Nga tại Nha Trang” tại "
        "khách sạn Sheraton."
    )
    assert event is not None
    assert event.name == 'Tọa đàm "Người Nga tại Nha Trang"'
    assert event.location == "khách sạn Sheraton"


def test_a_commemoration_is_an_event() -> None:
    event = event_of(
        "Sáng 24/7/2024, tại Nghĩa trang liệt sĩ tỉnh Kiên Giang, Ban Chỉ đạo 1237 tỉnh tổ chức "
        "lễ truy điệu và an táng 12 hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại "
        "Campuchia."
    )
    assert event is not None
    assert event.kind == "other"
    assert event.name.startswith("lễ truy điệu và an táng 12 hài cốt")
    assert event.location == "Nghĩa trang liệt sĩ tỉnh Kiên Giang"


def test_an_event_held_solemnly_is_reported() -> None:
    event = event_of(
        "Lễ kỷ niệm 60 năm Ngày thành lập Hội hữu nghị Việt Nam - Cuba đã được long trọng tổ "
        "chức tại Hà Nội ngày 16/11/2023."
    )
    assert event is not None and event.kind == "anniversary"
    assert event.location == "Hà Nội"
    assert event.held is not None and event.held.value == date(2023, 11, 16)


def test_an_anniversary_celebrated_solemnly_by_its_subject() -> None:
    event = event_of(
        "Chiều 16/11/2023, tại Hà Nội, Hội hữu nghị Việt Nam - Cuba long trọng kỷ niệm 60 năm "
        "Ngày thành lập Hội (16/11/1963 - 16/11/2023)."
    )
    assert event is not None and event.kind == "anniversary"
    assert event.organizer is not None
    assert event.organizer.name == "Hội hữu nghị Việt Nam - Cuba"
    # Not a celebration without the solemn word ("Hội kỷ niệm" alone is no report).
    assert event_of("Năm 2023, Hội kỷ niệm 60 năm thành lập trong không khí ấm cúng.") is None


def test_a_week_of_culture_named_as_a_name_and_its_opening_a_part_of_it() -> None:
    text = (
        "Vào lúc 19h30 ngày 5/12/2024, tại Trung tâm Văn hóa Hàn Quốc, Tuần Văn hóa Lào năm 2024 "
        "đã chính thức khai mạc. Sự kiện do Liên hiệp các tổ chức hữu nghị thành phố Hà Nội "
        "phối hợp với Đại sứ quán Lào tổ chức. Tham dự lễ khai mạc có hơn 300 đại biểu."
    )
    event = event_of(text)
    assert event is not None and event.name == "Tuần Văn hóa Lào năm 2024"
    assert event.held is not None and event.held.value == date(2024, 12, 5)
    assert event.location == "Trung tâm Văn hóa Hàn Quốc"
    assert (event.attendance_count, event.attendance_qualifier) == (300, "hơn")


def test_a_headline_names_the_event_shortly_and_the_body_in_full() -> None:
    event = event_of(
        "Hội Hữu nghị Việt Nam - Australia tổ chức Đại hội lần thứ IV\n\nNgày 27/5/2023, tại Hà "
        "Nội, Hội Hữu nghị Việt Nam - Australia tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ "
        "2023 - 2028."
    )
    assert event is not None
    assert event.name == "Đại hội đại biểu lần thứ IV, nhiệm kỳ 2023 - 2028"
    # A shorter report of the body, or one by the verb after it (its words run to the verb),
    # leaves the headline's name.
    headline = "Hội hữu nghị Việt Nam - Lào tổ chức Đại hội lần thứ VI của Hội nhiệm kỳ 2023 - 2028"
    for body in (
        "Ngày 5/12/2023, Hội tổ chức Đại hội lần thứ VI.",
        "Ngày 5/12/2023, Đại hội lần thứ VI, với những nội dung quan trọng, đã diễn ra tại Hà Nội.",
    ):
        event = event_of(f"{headline}\n\n{body}")
        assert event is not None
        assert event.name == "Đại hội lần thứ VI của Hội nhiệm kỳ 2023 - 2028", body


def test_an_appositive_after_a_comma_ends_the_name() -> None:
    event = event_of(
        "Ngày 20/9/2024, tỉnh Nghệ An tổ chức Lễ khánh thành Trường Tiểu học Hữu nghị Việt Nam "
        "- Lào, công trình do tỉnh tài trợ với tổng kinh phí 15 tỷ đồng."
    )
    assert event is not None
    assert event.name == "Lễ khánh thành Trường Tiểu học Hữu nghị Việt Nam - Lào"
    # A comma inside the name goes on ("..., triển khai nhiệm vụ năm 2024").
    event = event_of(
        "Ngày 5/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức Hội nghị tổng kết "
        "công tác năm 2023, triển khai nhiệm vụ năm 2024, sự kiện thường niên của Liên hiệp."
    )
    assert event is not None
    assert event.name == "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024"


def test_a_mid_term_review_of_a_resolution_and_the_diplomatic_conference() -> None:
    event = event_of(
        "Ngày 12/8/2024, Ban Đối ngoại Trung ương tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực "
        "hiện Nghị quyết Đại hội XIII của Đảng về công tác đối ngoại."
    )
    assert event is not None and event.kind == "directive_review"
    event = event_of("Ngày 27/12/2024, Bộ Ngoại giao tổ chức Hội nghị Ngoại giao lần thứ 32.")
    assert event is not None and event.kind == "national_conference"


def test_a_programme_celebrating_an_anniversary_is_one() -> None:
    event = event_of(
        "Tối 7/9/2024, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Chương trình nghệ thuật "
        "chào mừng 76 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Triều Tiên."
    )
    assert event is not None and event.kind == "anniversary"


def test_friendly_matches_competitions_and_a_contests_prize_giving_are_events() -> None:
    expected = {
        "Giải bóng đá giao hữu với Công an tỉnh Quảng Tây (Trung Quốc)": "reception_or_exchange",
        'Lễ tổng kết và trao giải Cuộc thi viết "Tình hữu nghị Việt - Lào"': "award_ceremony",
        'Hội thi "Tìm hiểu về đất nước Lào"': "other",
        "Lễ tổng kết năm học cho lưu học sinh Lào": "other",
    }
    for name, kind in expected.items():
        event = event_of(
            f"Ngày 20/8/2024, Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức {name}."
        )
        assert event is not None and (event.name, event.kind) == (name, kind)
    # A prize won at a competition names no event held.
    assert (
        event_of("Ngày 20/8/2024, Hội hữu nghị Việt Nam - Lào đạt giải Nhất tại Hội thi.") is None
    )


def test_a_name_ends_where_its_attendee_list_opens_on_a_rank_or_title() -> None:
    for attendee in ("Đại tá Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh Trần Văn Bình"):
        event = event_of(
            f"Ngày 5/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức Hội nghị tổng "
            f"kết công tác năm 2023 có {attendee} tham dự."
        )
        assert event is not None and event.name == "Hội nghị tổng kết công tác năm 2023"


def test_what_an_organization_is_now_called_is_no_part_of_the_name() -> None:
    event = event_of(
        "Ngày 2/11/2010, tại Hà Nội, Hội hữu nghị Việt Nam - Liên bang Nga tổ chức lễ kỷ niệm 60 "
        "năm ngày thành lập Hội hữu nghị Việt - Xô (1950 - 2010), nay là Hội hữu nghị Việt - Nga."
    )
    assert event is not None
    assert event.name == "lễ kỷ niệm 60 năm ngày thành lập Hội hữu nghị Việt - Xô (1950 - 2010)"


@pytest.mark.parametrize(
    "how",
    ["một cách trang trọng", "trong không khí ấm cúng", "thành công tốt đẹp", "kết hợp trực tuyến"],
)
def test_how_the_event_went_is_no_part_of_its_name(how: str) -> None:
    event = event_of(
        f"Ngày 5/1/2025, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức Hội nghị tổng kết "
        f"công tác năm 2024 {how}."
    )
    assert event is not None and event.name == "Hội nghị tổng kết công tác năm 2024"


@pytest.mark.parametrize(
    "how", ["một cách trang trọng", "trong không khí ấm cúng", "kết hợp trực tuyến"]
)
def test_how_the_event_went_is_no_part_of_its_place(how: str) -> None:
    event = event_of(
        "Ngày 5/1/2025, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức gặp mặt lưu học "
        f"sinh Lào tại hội trường Liên hiệp {how}."
    )
    assert event is not None and event.location == "hội trường Liên hiệp"


@pytest.mark.parametrize("how", ["trực tiếp", "theo hình thức trực tiếp", "trọng thể"])
def test_how_the_event_is_held_between_its_verb_and_its_venue(how: str) -> None:
    event = event_of(
        "Sáng 5/1/2025, Ban Chỉ đạo tổ chức Hội nghị toàn quốc tổng kết công tác thông tin đối "
        f"ngoại năm 2024. Hội nghị được tổ chức {how} tại Hà Nội kết hợp trực tuyến tới các "
        "điểm cầu."
    )
    assert event is not None and event.location == "Hà Nội"


@pytest.mark.parametrize("when", ["vừa qua", "mới đây", "hôm 5/1", "ngày hôm qua (5/1)"])
def test_when_the_event_was_held_is_no_part_of_its_name_or_place(when: str) -> None:
    named = event_of(
        "Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức Hội nghị tổng kết công tác năm "
        f"2024 {when}."
    )
    placed = event_of(
        "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2024 của Liên hiệp các tổ chức "
        f"hữu nghị tỉnh Gia Lai diễn ra tại TP Pleiku {when}."
    )
    assert named is not None and named.name == "Hội nghị tổng kết công tác năm 2024"
    assert placed is not None and placed.location == "TP Pleiku"


@pytest.mark.parametrize("period", ["năm", "nhiệm kỳ", "thời gian"])
def test_the_period_a_review_covers_keeps_its_recent_words(period: str) -> None:
    event = event_of(
        "Ngày 5/1/2025, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức Hội nghị tổng kết "
        f"công tác {period} vừa qua."
    )
    assert event is not None
    assert event.name == f"Hội nghị tổng kết công tác {period} vừa qua"


def test_a_name_ends_before_who_chaired_it() -> None:
    for chaired in ("dưới sự chủ trì của", "dưới sự chủ tọa của", "dưới sự chỉ đạo của"):
        text = (
            "Chiều 22/12/2024, Hội hữu nghị Việt Nam - Ấn Độ tỉnh Bình Dương tổ chức Hội nghị "
            f"tổng kết hoạt động năm 2024 {chaired} ông Lý Minh Tâm, Chủ tịch Hội."
        )
        event = event_of(text)
        assert event is not None and event.name == "Hội nghị tổng kết hoạt động năm 2024"
        if "chủ trì" in chaired:
            assert roles_of(text) == {"Lý Minh Tâm": {"chair"}}
