"""What a lead's first words are not: a page's date stamp run into it is not the event's
date, a date inside the event's name gives it no year, and the bare name "Hồ Chí Minh" is
the person, not the city. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dnnd_data.extract.dates import place_dateline_at_start, stamp_at_start
from dnnd_data.extract.event_locality import article_province
from dnnd_data.extract.event_organizer import named_in_full
from tests.extract.sentences import event_of
from tests.extract.test_grammar_verbs import roles_of


def test_a_date_stamp_before_the_lead_dates_the_page_not_the_event() -> None:
    event = event_of(
        "Thứ Năm, 12/12/2019 - Sáng 11/12, Ban Đối ngoại Trung ương tổ chức Hội nghị sơ kết "
        "5 năm thực hiện Chỉ thị số 04-CT/TW ngày 6/7/2011 của Ban Bí thư."
    )
    assert event is not None and event.held is not None
    assert (event.held.value, event.held.basis) == (date(2019, 12, 11), "dateline")


def test_what_is_a_stamp() -> None:
    assert stamp_at_start("15/12/2018 | 09:30 - Sáng 14/12, Hội") is not None
    assert stamp_at_start("Chủ nhật, 3/3/2024 – Ngày 2/3, đoàn") is not None
    assert stamp_at_start("Sáng 14/12/2018, Ban Đối ngoại") is None
    assert stamp_at_start("Ngày 14/12/2018 - 15/12/2018, Hội") is None


def test_a_date_in_the_event_name_gives_no_year() -> None:
    event = event_of(
        "Sáng 11/12, Sở Ngoại vụ tổ chức Hội nghị sơ kết thực hiện Chỉ thị số 12-CT/TW ngày "
        "5/1/2022 của Bộ Chính trị."
    )
    assert event is not None and event.held is not None
    assert event.held.value is None


def test_the_day_said_after_the_event_name_is_no_part_of_it() -> None:
    lead = "Hội hữu nghị Việt - Nhật tổ chức {}."
    for said, name in (
        ("giao lưu ngày 5/3/2024 tại Hà Nội", "giao lưu"),
        (
            "Hội nghị tổng kết công tác năm 2023 sáng 5/3/2024",
            "Hội nghị tổng kết công tác năm 2023",
        ),
        # The day an anniversary marks, and a document's day, are the name's.
        ("mít tinh kỷ niệm ngày 30/4 tại Hà Nội ngày 28/4/2024", "mít tinh kỷ niệm ngày 30/4"),
        (
            "Hội nghị tổng kết thực hiện Chỉ thị 04-CT/TW ngày 6/7/2011",
            "Hội nghị tổng kết thực hiện Chỉ thị 04-CT/TW ngày 6/7/2011",
        ),
    ):
        event = event_of(lead.format(said))
        assert event is not None and event.name == name, said


def test_a_former_title_after_a_comma_ends_the_event_name() -> None:
    event = event_of(
        "Ngày 4/10/2024, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức Lễ trao tặng Kỷ "
        "niệm chương cho ông Phạm Văn Hùng, nguyên Giám đốc Sở Ngoại vụ tỉnh, và 4 cá nhân khác."
    )
    assert event is not None
    assert event.name == "Lễ trao tặng Kỷ niệm chương cho ông Phạm Văn Hùng"


def test_the_bare_name_ho_chi_minh_is_no_locality() -> None:
    assert article_province("Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội thảo.") is None
    assert article_province("Liên hiệp các tổ chức hữu nghị TP Hồ Chí Minh họp.") == "Hồ Chí Minh"
    assert article_province("Hội hữu nghị TP.HCM họp.") == "Hồ Chí Minh"


def test_a_title_after_a_comma_ends_the_event_name() -> None:
    event = event_of(
        "Sáng 9/1/2025, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Hội nghị "
        "tổng kết công tác năm 2024, Đại sứ Ấn Độ tại Việt Nam Sandeep Arya dự."
    )
    assert event is not None
    assert event.name == "Hội nghị tổng kết công tác năm 2024"


def test_a_lead_said_with_another_verb_still_dates_the_event() -> None:
    # The lead's verb ("họp") names no event; the event is read from a later sentence.
    event = event_of(
        "Sáng ngày 8/1/2024, Ban Chấp hành Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái họp "
        "phiên thường kỳ. Đồng chí Lê Văn Bình, Chủ tịch Liên hiệp chủ trì. Dự hội nghị có "
        "40 ủy viên."
    )
    assert event is not None and event.held is not None
    assert event.held.value == date(2024, 1, 8)
    # A lead that opens on the day of another event dates that one, not this.
    other = event_of(
        "Sáng 8/1/2024, Lễ kỷ niệm 70 năm chiến thắng thu hút đông đảo người dân. Dự hội "
        "nghị có 40 ủy viên."
    )
    assert other is not None and other.name == "hội nghị"
    assert other.held is None


def test_the_year_of_an_anniversary_from_the_dates_its_name_closes_on() -> None:
    event = event_of(
        "Chiều 6-11, Hội Hữu nghị Việt - Nga tỉnh Khánh Hòa tổ chức gặp mặt kỷ niệm 107 năm "
        "Cách mạng Tháng Mười Nga (7/11/1917 - 7/11/2024)."
    )
    assert event is not None and event.held is not None
    assert (event.held.value, event.held.basis) == (date(2024, 11, 6), "anniversary")
    # Held ahead of a January anniversary: the year before.
    event = event_of(
        "Sáng 30/12, Hội hữu nghị Việt Nam - Campuchia tỉnh An Giang tổ chức lễ kỷ niệm 45 "
        "năm Chiến thắng chiến tranh bảo vệ biên giới Tây Nam (7/1/1979 - 7/1/2024)."
    )
    assert event is not None and event.held is not None
    assert event.held.value == date(2023, 12, 30)
    # A span whose length is not the anniversary's gives no year.
    event = event_of(
        "Sáng 2/2, Tỉnh ủy tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025)."
    )
    assert event is not None and event.held is not None and event.held.value is None


def test_a_lead_after_its_outlets_tag_dates_the_event_its_verb_reports() -> None:
    # The lead says it with a verb ("gặp mặt"); the next sentence names "buổi gặp mặt".
    event = event_of(
        "HGĐT - Sáng 18/7/2023, Hội hữu nghị Việt Nam - Hàn Quốc tỉnh gặp mặt đoàn tình nguyện "
        "viên Hàn Quốc. Dự buổi gặp mặt có ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh."
    )
    assert event is not None and event.held is not None
    assert event.held.value == date(2023, 7, 18)


def test_the_place_and_date_a_report_was_filed_from_dates_the_page() -> None:
    # The lead's own day is the event's; the filing date gives its year.
    event = event_of(
        "Hà Nội, ngày 6/12/2024 - Hôm qua (5/12), tại Hà Nội, Hội Hữu nghị Việt Nam - Lào tổ "
        "chức buổi gặp mặt hữu nghị nhân dịp Quốc khánh Lào."
    )
    assert event is not None and event.held is not None
    assert (event.held.value, event.held.basis) == (date(2024, 12, 5), "dateline")
    # A lead with no day of its own happened on the filing day ("Chiều nay"), unless it
    # says the day before.
    today = event_of(
        "Đà Nẵng, ngày 9/6/2023 - Chiều nay, Liên hiệp các tổ chức hữu nghị thành phố tổ chức "
        "buổi gặp mặt hữu nghị với lưu học sinh Lào."
    )
    assert today is not None and today.held is not None
    assert today.held.value == date(2023, 6, 9)
    yesterday = event_of(
        "Đà Nẵng, ngày 9/6/2023 - Chiều qua, Liên hiệp các tổ chức hữu nghị thành phố tổ chức "
        "buổi gặp mặt hữu nghị với lưu học sinh Lào."
    )
    assert yesterday is not None
    assert yesterday.held is None or yesterday.held.value is None


def test_an_event_held_today_is_on_the_date_of_its_report() -> None:
    # The date on a line of its own before the lead, or the page's date; not "qua".
    lead = (
        "Liên hiệp các tổ chức hữu nghị tỉnh Khánh Hòa tổ chức buổi gặp mặt hữu nghị với lưu "
        "học sinh Lào."
    )
    on_its_line = event_of(f"Khánh Hòa, ngày 14/7/2023\n\nSáng nay, tại Nha Trang, {lead}")
    assert on_its_line is not None and on_its_line.held is not None
    assert (on_its_line.held.value, on_its_line.held.basis) == (date(2023, 7, 14), "dateline")
    paged = event_of(f"Chiều nay, {lead}", date(2024, 3, 2))
    assert paged is not None and paged.held is not None
    assert paged.held.value == date(2024, 3, 2)
    for undated in (
        event_of(f"Sáng nay, {lead}"),
        event_of(f"Chiều qua, {lead}", date(2024, 3, 2)),
    ):
        assert undated is not None
        assert undated.held is None or undated.held.value is None


def test_what_is_a_place_dateline() -> None:
    assert place_dateline_at_start("CẦN THƠ, 5/12/2023 - Hôm nay") is not None
    assert place_dateline_at_start("Hà Nội, ngày 6/12/2024 – Sáng") is not None
    assert place_dateline_at_start("Sáng 14/12/2018 - Ban Đối ngoại") is None
    assert place_dateline_at_start("Thứ Tư, ngày 14/8/2024 - Tại") is None
    assert place_dateline_at_start("Hà Nội, ngày 31/2/2024 - Sáng") is None


def test_a_known_acronym_organizes_and_the_filing_place_is_no_locality() -> None:
    event = event_of(
        "Hà Nội, ngày 17/12/2024 - Sáng nay, VUFO tổ chức Hội nghị tổng kết công tác năm 2024."
    )
    assert event is not None and event.organizer is not None
    assert (event.organizer.org_id, event.scope, event.kind) == (
        "vufo",
        "national",
        "annual_review",
    )
    # An abbreviation in it too ("MTTQ" for "Mặt trận Tổ quốc").
    front = event_of("Sáng 5/3/2024, MTTQ Việt Nam tổ chức gặp mặt kiều bào tiêu biểu.")
    assert front is not None and front.organizer is not None
    assert front.organizer.org_id == "mat-tran-to-quoc"
    elsewhere = event_of(
        "Đà Nẵng, ngày 17/12/2024 - Sáng nay, Hội hữu nghị Việt Nam - Lào tổ chức gặp mặt."
    )
    assert elsewhere is not None and elsewhere.locality is None


def test_a_bodys_standing_members_organize() -> None:
    # "Thường trực <body>" (its standing members) is the subject like "Ban Thường vụ".
    event = event_of(
        "Sáng 10/7/2024, Thường trực Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức hội "
        "nghị sơ kết công tác 6 tháng đầu năm 2024."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Thường trực Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai"
    assert event.locality == "Gia Lai"


def test_a_title_starting_with_a_heads_word_organizes_nothing() -> None:
    # "Bộ trưởng" starts with the head "Bộ": the minister received, the ministry did not.
    event = event_of(
        "Chiều 5/3/2024, tại Hà Nội, đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng "
        "Bộ Ngoại giao đã tiếp Đại sứ Lào tại Việt Nam Khamphao Ernthavanh."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.organizer is None


def test_organs_listed_as_the_subject_organize_by_the_first() -> None:
    # "Tỉnh ủy, HĐND, UBND, ... tỉnh X tổ chức": the first organ listed, of the article's
    # province; a bare head's full name ends at a verb ("Chủ tịch UBND tỉnh đọc diễn văn").
    text = (
        "Ngày 18/7/2024, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức Lễ kỷ "
        "niệm 47 năm Ngày ký Hiệp ước hữu nghị và hợp tác Việt Nam - Lào. Đồng chí Mùa A Sơn, "
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đọc diễn văn."
    )
    event = event_of(text)
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Tỉnh ủy Điện Biên"
    full = named_in_full(text, "UBND", "Điện Biên")
    assert full is not None and full.name == "UBND tỉnh Điện Biên"


def test_a_body_named_as_one_after_and_is_another_organizer() -> None:
    # "và Tổ chức X": a body by its own head is a second side, not part of the first's name.
    event = event_of(
        "Ngày 18/4/2024, tại Đà Nẵng, UBND thành phố và Tổ chức Plan International ký kết Biên "
        "bản ghi nhớ hợp tác."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "UBND thành phố Đà Nẵng"
    event = event_of(
        "Ngày 18/4/2024, Tổ chức Plan International phối hợp với UBND tỉnh Quảng Trị tổ chức lễ "
        "bàn giao công trình."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Tổ chức Plan International"


def test_a_sentence_referring_back_to_the_event_names_its_organizer() -> None:
    event = event_of(
        "Tối 6/11/2024, tại thành phố Vinh, Liên hoan hữu nghị nhân dân Việt Nam - Trung Quốc "
        "lần thứ 3 đã chính thức khai mạc. Sự kiện do Hội hữu nghị Việt Nam - Trung Quốc và Hội "
        "hữu nghị Trung - Việt đồng tổ chức."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Hội hữu nghị Việt Nam - Trung Quốc"


def test_under_the_chairing_of_an_organization_it_organizes_of_a_person_they_chair() -> None:
    lead = "Sáng 5/12/2023, dưới sự chủ trì của {}, Hội nghị tổng kết công tác đối ngoại nhân dân "
    event = event_of(lead.format("Ban Đối ngoại Trung ương") + "năm 2023 đã diễn ra tại Hà Nội.")
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Ban Đối ngoại Trung ương"
    text = lead.format("đồng chí Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương")
    text += "năm 2023 đã diễn ra tại Hà Nội."
    event = event_of(text)
    assert event is not None and event.organizer is None
    assert roles_of(text) == {"Lê Hoài Trung": {"chair"}}


def test_a_ministrys_department_organizes_with_its_ministry() -> None:
    for department in (
        "Cục Đối ngoại, Bộ Quốc phòng",
        "Vụ Hợp tác quốc tế, Bộ Văn hóa, Thể thao và Du lịch",
    ):
        event = event_of(
            f"Ngày 5/12/2023, {department} phối hợp với Liên hiệp các tổ chức hữu nghị Việt Nam "
            "tổ chức giao lưu hữu nghị với lưu học sinh Lào."
        )
        assert event is not None and event.organizer is not None
        assert event.organizer.name == department
        assert event.scope == "national"


def test_organs_joined_by_dashes_organize_by_the_first() -> None:
    event = event_of(
        "Sáng 2/9/2024, tại Nhà hát Lớn, Thành ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam thành "
        "phố Hà Nội tổ chức Lễ kỷ niệm 79 năm Quốc khánh. Bí thư Thành ủy Hà Nội phát biểu."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Thành ủy Hà Nội"
    # The dash between a friendship association's countries parts nothing.
    event = event_of(
        "Sáng 2/9/2024, Hội hữu nghị Việt Nam - Lào tỉnh Điện Biên tổ chức Lễ kỷ niệm 62 năm."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Hội hữu nghị Việt Nam - Lào tỉnh Điện Biên"


def test_a_province_city_or_district_as_the_subject_or_owner_organized_the_event() -> None:
    for lead, organizer in (
        (
            "Tối 20/7/2024, tại thành phố Đông Hà, tỉnh Quảng Trị long trọng tổ chức Lễ kỷ niệm "
            "47 năm Ngày ký Hiệp ước hữu nghị và hợp tác Việt Nam - Lào.",
            "tỉnh Quảng Trị",
        ),
        ("Sáng 5/9/2024, TP.HCM tổ chức gặp mặt bạn bè quốc tế.", "thành phố Hồ Chí Minh"),
        (
            "Tối 20/7/2024, Lễ kỷ niệm 47 năm Ngày ký Hiệp ước hữu nghị và hợp tác Việt Nam - Lào "
            "do tỉnh Quảng Trị và tỉnh Savannakhet phối hợp tổ chức đã diễn ra trọng thể.",
            "tỉnh Quảng Trị",
        ),
        # The province whose the event is, named after it.
        (
            "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 của tỉnh Bình Phước đã được "
            "tổ chức vào sáng ngày 12/1/2024 tại Hội trường UBND tỉnh.",
            "tỉnh Bình Phước",
        ),
        (
            "Ngày 5/9/2024, huyện Kỳ Sơn phối hợp với huyện Mường Quắn (Lào) tổ chức giao lưu "
            "hữu nghị.",
            "huyện Kỳ Sơn",
        ),
    ):
        event = event_of(lead)
        assert event is not None and event.organizer is not None, lead
        assert (event.organizer.name, event.organizer.kind) == (organizer, "locality")
    # The last of a list is no subject; a headline's host is no organizer of a reception.
    for lead in (
        "Ngày 22/12/2023, Cụm thi đua số 3 gồm Liên hiệp các tổ chức hữu nghị các tỉnh Quảng "
        "Ngãi, Bình Định, Khánh Hòa tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
        "Lạng Sơn tiếp đoàn Ban Đối ngoại Khu ủy Quảng Tây (Trung Quốc)\n\nChiều 3/6/2024, ông "
        "Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy Lạng Sơn đã tiếp đoàn Quảng Tây (Trung Quốc).",
        # The guests' organization, after their delegation: whose guests, not whose event.
        "Sáng 4/3/2025, ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Sóc Trăng đã tiếp đoàn công "
        "tác của Đại sứ quán Canada.",
    ):
        event = event_of(lead)
        assert event is not None and event.organizer is None, lead


def test_an_event_the_subject_of_its_organizers_verb_said_with_how_it_went() -> None:
    # A convention centre's name holds a head ("Trung tâm Hội nghị"): the venue, no event.
    event = event_of(
        "Sáng 5/12/2025, tại Hội trường Trung tâm Hội nghị tỉnh, Hội nghị tổng kết công tác "
        "đối ngoại nhân dân năm 2025 của tỉnh Nghệ An đã được Liên hiệp các tổ chức hữu nghị "
        "tỉnh tổ chức trọng thể."
    )
    assert event is not None and event.kind == "local_review"
    assert event.name.startswith("Hội nghị tổng kết công tác đối ngoại nhân dân năm 2025")
    assert event.location == "Hội trường Trung tâm Hội nghị tỉnh"
    assert event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"
    assert event_of("Sáng 9/5/2024, tại Cung Hội nghị Quốc tế, ông A phát biểu.") is None


def test_an_organization_chairing_the_event_organized_it_a_person_chairing_did_not() -> None:
    lead = "Ngày 12/7/2024, {} chủ trì hội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2024."
    event = event_of(lead.format("Ban Thường vụ Tỉnh ủy Hải Dương"))
    assert event is not None and event.kind == "local_review"
    assert event.organizer is not None
    assert event.organizer.name == "Ban Thường vụ Tỉnh ủy Hải Dương"
    event = event_of(lead.format("đồng chí Trần Đức Thắng, Bí thư Tỉnh ủy Hải Dương"))
    assert event is not None and event.organizer is None


def test_a_festival_held_with_a_foreign_side_is_an_exchange() -> None:
    event = event_of(
        "Sáng 21/11/2024, tại thành phố Lào Cai, Liên hiệp các tổ chức hữu nghị Việt Nam và Hội "
        "Hữu nghị nhân dân Trung Quốc với nước ngoài đồng tổ chức Festival Thanh niên hữu nghị "
        "Việt - Trung lần thứ 3."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.name == "Festival Thanh niên hữu nghị Việt - Trung lần thứ 3"
    assert event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị Việt Nam"
    # A programme named for friendship or foreign friends; not a community's own.
    lead = "Tối 30/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hải Dương tổ chức "
    for programme, kind in (
        ('Chương trình "Xuân hữu nghị" năm 2024', "reception_or_exchange"),
        ("chương trình giao lưu văn nghệ với bạn bè quốc tế", "reception_or_exchange"),
        ("chương trình văn nghệ mừng Đảng, mừng Xuân", "other"),
    ):
        event = event_of(f"{lead}{programme}.")
        assert event is not None and event.kind == kind, programme


def test_a_meeting_named_by_a_year_and_the_next_is_dated_as_a_review_is() -> None:
    # No year written, no dateline: the two years of the name place it, late in the first
    # or early in the next.
    lead = (
        "Ngày {}, Sở Ngoại vụ tỉnh Hà Tĩnh tổ chức hội nghị gặp gỡ các tổ chức phi chính phủ "
        "nước ngoài về kết quả hợp tác năm 2021 và định hướng năm 2022."
    )
    for day, held in (("28-2", date(2022, 2, 28)), ("20-12", date(2021, 12, 20))):
        event = event_of(lead.format(day))
        assert event is not None and event.held is not None
        assert (event.held.value, event.held.basis) == (held, "event_name")


def test_a_span_of_years_in_the_name_dates_only_what_looks_back_on_it() -> None:
    lead = "Ngày {}, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức {}."
    for day, name, held in (
        # A review of the whole span, as a year's review: late in its last year or early
        # in the next, not in between.
        ("12/1", "Hội nghị tổng kết công tác đối ngoại giai đoạn 2016 - 2020", date(2021, 1, 12)),
        ("12/6", "Hội nghị tổng kết công tác đối ngoại giai đoạn 2016 - 2020", None),
        (
            "12/6",
            "Lễ kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào (1962 - 2022)",
            date(2022, 6, 12),
        ),
        # A period ahead, or a review of part of it, may stand in any of its years.
        ("18/4", "lễ ký kết Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028", None),
        ("12/6", "Hội nghị sơ kết công tác đối ngoại giai đoạn 2021 - 2025", None),
    ):
        event = event_of(lead.format(day, name))
        assert event is not None and event.held is not None, name
        assert event.held.value == held, name


def test_the_new_year_an_event_is_held_for_dates_it() -> None:
    for lead, held in (
        (
            "Nhân dịp Tết Nguyên đán Giáp Thìn 2024, ngày 5/2, Liên hiệp các tổ chức hữu nghị "
            "tỉnh Nghệ An tổ chức gặp mặt lưu học sinh Lào.",
            date(2024, 2, 5),
        ),
        # Late in a year, for the next one's.
        (
            "Sáng 20/12, UBND thành phố Đà Nẵng tổ chức gặp mặt các tổ chức phi chính phủ nước "
            "ngoài nhân dịp Giáng sinh và năm mới 2025.",
            date(2024, 12, 20),
        ),
        # In the middle of a year, for none.
        ("Sáng 20/7, UBND thành phố Đà Nẵng tổ chức gặp mặt nhân dịp năm mới 2025.", None),
    ):
        event = event_of(lead)
        assert event is not None and event.held is not None, lead
        assert event.held.value == held, lead
        assert event.held.basis == ("occasion" if held else None), lead


def test_a_provinces_police_organizes() -> None:
    event = event_of(
        "Ngày 5/1/2024, Công an tỉnh Nghệ An phối hợp với Liên hiệp các tổ chức hữu nghị tỉnh "
        "tổ chức Hội nghị tổng kết công tác đối ngoại năm 2023."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Công an tỉnh Nghệ An"


def test_a_steering_committee_of_two_fields_and_a_partner_after_cung() -> None:
    event = event_of(
        "Ngày 5/1/2024, Ban Chỉ đạo công tác thông tin đối ngoại và đối ngoại nhân dân tỉnh Nghệ "
        "An tổ chức Hội nghị tổng kết công tác năm 2023."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == (
        "Ban Chỉ đạo công tác thông tin đối ngoại và đối ngoại nhân dân tỉnh Nghệ An"
    )
    event = event_of(
        "Ngày 5/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An cùng Sở Ngoại vụ tổ chức "
        "Hội nghị tổng kết công tác năm 2023."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"


def test_a_headlines_head_and_the_leads_with_a_classifier_report_one_event() -> None:
    # "gặp mặt" of the headline is "chương trình gặp mặt" of the lead: the lead's
    # organizer holds it, not the city the headline opens on.
    event = event_of(
        "Huế gặp mặt hữu nghị nhân Quốc khánh Cu Ba\n"
        "Chiều 28/12/2024, Liên hiệp các tổ chức hữu nghị thành phố Huế tổ chức chương trình "
        "gặp mặt hữu nghị nhân kỷ niệm 66 năm Quốc khánh Cu Ba."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị thành phố Huế"


def test_a_review_or_congress_that_also_gives_or_receives_an_award_keeps_its_kind() -> None:
    lead = "Chiều 20/12/2019, Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình tổ chức "
    kinds = {
        "Hội nghị tổng kết công tác năm 2019 và trao Bằng khen cho các tập thể.": "local_review",
        "Đại hội đại biểu lần thứ IV và đón nhận Huân chương Lao động hạng Ba.": "congress",
        "Lễ trao Kỷ niệm chương cho các cá nhân.": "award_ceremony",
        "Hội nghị trao Kỷ niệm chương cho các cá nhân.": "award_ceremony",
    }
    for name, kind in kinds.items():
        event = event_of(lead + name)
        assert event is not None and event.kind == kind, name
    # Unless the headline is about the award: its ceremony is the news.
    congress = lead + "Đại hội đại biểu lần thứ IV và đón nhận Huân chương Lao động hạng Ba."
    for headline, kind in (
        ("LIÊN HIỆP HỮU NGHỊ TỈNH QUẢNG BÌNH ĐÓN NHẬN HUÂN CHƯƠNG LAO ĐỘNG", "award_ceremony"),
        ("Đại hội Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình lần thứ IV", "congress"),
    ):
        event = event_of(f"{headline}\n{congress}")
        assert event is not None and event.kind == kind, headline


def test_an_anniversary_that_also_gives_or_receives_an_honour_is_its_award_ceremony() -> None:
    # As the labels have a combined anniversary and state-award ceremony; not gifts.
    lead = "Chiều 22/8/2024, Hội hữu nghị Việt Nam - Lào tỉnh Điện Biên tổ chức "
    kinds = {
        "Lễ kỷ niệm 30 năm Ngày thành lập và đón nhận Huân chương Lao động hạng Ba.": (
            "award_ceremony"
        ),
        "Lễ kỷ niệm 30 năm Ngày thành lập và trao Kỷ niệm chương cho hội viên.": "award_ceremony",
        "Lễ kỷ niệm 30 năm Ngày thành lập và trao quà cho hội viên.": "anniversary",
        "Lễ kỷ niệm 30 năm Ngày thành lập.": "anniversary",
    }
    for name, kind in kinds.items():
        event = event_of(lead + name)
        assert event is not None and event.kind == kind, name


def test_a_review_said_by_its_verb_after_the_organization_that_held_it() -> None:
    event = event_of(
        "Sáng 5/1/2024, tại Hội trường UBND tỉnh, Hội hữu nghị Việt Nam - Lào tỉnh Lai Châu tổng "
        "kết hoạt động năm 2023."
    )
    assert event is not None and event.kind == "local_review" and event.organizer is not None
    assert event.organizer.name == "Hội hữu nghị Việt Nam - Lào tỉnh Lai Châu"
    assert event.held is not None and event.held.value == date(2024, 1, 5)
    # Met for it ("họp (phiên) sơ kết").
    event = event_of(
        "Ngày 5/7/2023, Ban Chỉ đạo công tác đối ngoại tỉnh Lai Châu đã họp phiên sơ kết công "
        "tác đối ngoại 6 tháng đầu năm 2023."
    )
    assert event is not None and event.kind == "local_review" and event.organizer is not None
    assert event.organizer.name == "Ban Chỉ đạo công tác đối ngoại tỉnh Lai Châu"
    for sentence in (
        # A report's noun, which opens like a newspaper's name ("Báo ...").
        "Sáng 5/1/2024, Báo cáo tổng kết công tác năm 2023 của Hội được thông qua.",
        # A meeting hearing someone review is no organization reviewing ("Hội nghị" opens
        # like an association's name).
        "Sáng 5/1/2024, Hội nghị đã nghe đại diện Ban Đối ngoại Tỉnh ủy tổng kết công tác.",
        # Undated, as a headline is: its lead reports it.
        "Hội hữu nghị Việt Nam - Lào tỉnh Lai Châu tổng kết công tác năm 2023",
        "Sáng 5/1/2024, Hội hữu nghị Việt Nam - Lào tỉnh Lai Châu sẽ tổng kết công tác năm 2023.",
    ):
        assert event_of(sentence) is None, sentence


def test_a_signing_said_by_its_verb_after_the_partners_and_its_witnesses_attend() -> None:
    text = (
        "Chiều 13/4/2024, tại thành phố Điện Biên Phủ, Liên hiệp các tổ chức hữu nghị tỉnh Điện "
        "Biên và Hội hữu nghị Lào - Việt Nam tỉnh U Đôm Xay (Lào) đã ký kết Biên bản ghi nhớ hợp "
        "tác giai đoạn 2024 - 2028. Chứng kiến lễ ký kết có ông Lò Văn Mừng, Phó Bí thư Tỉnh ủy."
    )
    event = event_of(text)
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Điện Biên"
    assert event.held is not None and event.held.value == date(2024, 4, 13)
    assert roles_of(text) == {"Lò Văn Mừng": {"attending"}}
    # Told of in a year's summary, by no organization: no event.
    assert event_of("Ngày 5/3/2019, hai bên đã ký kết Biên bản ghi nhớ hợp tác.") is None


def test_a_congress_held_in_sessions_is_reported_by_its_session() -> None:
    for session in ("phiên thứ nhất", "phiên trù bị", "phiên làm việc thứ nhất"):
        event = event_of(
            f"Sáng 18/6/2024, Hội hữu nghị Việt Nam - Campuchia tỉnh Tây Ninh tiến hành {session} "
            "Đại hội đại biểu lần thứ IV, nhiệm kỳ 2024 - 2029."
        )
        assert event is not None and event.kind == "congress", session
        assert event.organizer is not None
        assert event.organizer.name == "Hội hữu nghị Việt Nam - Campuchia tỉnh Tây Ninh"


def test_a_twinning_ceremony_is_an_exchange() -> None:
    event = event_of(
        "Sáng 15/3/2024, tại cột cờ Lũng Cú, Đồn Biên phòng Lũng Cú tổ chức lễ kết nghĩa với "
        "Trạm Kiểm soát biên phòng Bàn Lý, Trung Quốc."
    )
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.organizer is not None and event.organizer.name == "Đồn Biên phòng Lũng Cú"
    assert event.held is not None and event.held.value == date(2024, 3, 15)


def test_disseminating_a_directive_deploys_it() -> None:
    lead = "Sáng 15/3/2022, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức "
    for name in (
        "Hội nghị quán triệt, triển khai Chỉ thị số 12-CT/TW của Ban Bí thư.",
        "hội nghị triển khai Kết luận số 57 của Bộ Chính trị.",
        # The plan or programme carrying it out is deployed so too.
        "Hội nghị triển khai Kế hoạch thực hiện Chỉ thị số 12-CT/TW.",
        "Hội nghị triển khai Chương trình hành động số 45-CTr/TU thực hiện Kết luận số 57.",
    ):
        event = event_of(lead + name)
        assert event is not None and event.kind == "plan_deployment", name
    # A review of one (or of its plan) is its review; a national one is the national
    # conference.
    for name in (
        "hội nghị sơ kết 2 năm thực hiện Chỉ thị số 12-CT/TW.",
        "Hội nghị sơ kết Kế hoạch thực hiện Chỉ thị số 12-CT/TW.",
    ):
        review = event_of(lead + name)
        assert review is not None and review.kind == "directive_review", name
    national = event_of(
        "Sáng 15/3/2022, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Chỉ thị số 12-CT/TW."
    )
    assert national is not None and national.kind == "national_conference"


def test_an_organizers_term_after_a_comma_goes_on_to_it() -> None:
    event = event_of(
        "Ngày 22/7/2024, Ban Chấp hành Liên hiệp các tổ chức hữu nghị tỉnh Hòa Bình khóa III, "
        "nhiệm kỳ 2021 - 2026 tổ chức Hội nghị lần thứ 7 sơ kết công tác 6 tháng đầu năm."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == (
        "Ban Chấp hành Liên hiệp các tổ chức hữu nghị tỉnh Hòa Bình khóa III"
    )
    # A term alone is no organizer.
    alone = event_of(
        "Ngày 22/7/2024, tại Hòa Bình, nhiệm kỳ 2021 - 2026 tổ chức Hội nghị lần thứ 7."
    )
    assert alone is not None and alone.organizer is None


def test_a_race_is_an_event_and_a_border_posts_is_provincial() -> None:
    race = event_of(
        "Ngày 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh tổ chức Giải chạy vì hòa bình."
    )
    assert race is not None and race.kind == "other"
    match = event_of(
        "Ngày 5/3/2024, Đồn Biên phòng Cầu Treo tổ chức Giải bóng bàn giao hữu với lực lượng bảo "
        "vệ biên giới Lào."
    )
    assert match is not None and (match.kind, match.scope) == (
        "reception_or_exchange",
        "provincial",
    )


def test_a_ceremony_named_after_opening_a_course_is_no_verb_of_it() -> None:
    # "Lễ khai giảng" names the ceremony: the organizer is the subject of "tổ chức".
    event = event_of(
        "Ngày 5/3/2024, Học viện Chính trị khu vực III tổ chức Lễ khai giảng lớp bồi dưỡng cho "
        "cán bộ Lào."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Học viện Chính trị khu vực III"


def test_a_gathering_named_after_its_classifier_has_its_holder_as_organizer() -> None:
    # "Đêm gặp mặt", "Tiệc gặp mặt": "gặp mặt" is no verb there, the holder is the subject.
    lead = "Ngày 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh tổ chức "
    for name in (
        "Đêm gặp mặt hữu nghị Việt - Lào.",
        "Tiệc gặp mặt đầu xuân với lưu học sinh Lào.",
        "Cuộc gặp mặt với cựu chiến binh Pháp.",
    ):
        event = event_of(lead + name)
        assert event is not None and event.organizer is not None, name
        assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh", name
        assert event.kind == "reception_or_exchange", name


def test_an_organizer_helped_by_another_ends_before_the_help() -> None:
    event = event_of(
        "Ngày 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh với sự phối hợp của Sở Ngoại "
        "vụ tổ chức Hội nghị tổng kết công tác năm 2023."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh"


@pytest.mark.parametrize(
    "between", ["đứng ra", "chủ động", "lần đầu tiên", "năm nay", "thay mặt UBND tỉnh"]
)
def test_an_organizers_name_ends_at_its_province_before_the_verbs_words(between: str) -> None:
    event = event_of(
        f"Ngày 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh {between} tổ chức gặp mặt "
        "lưu học sinh Lào."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh"


def test_a_provinces_branch_and_a_seat_go_on_an_organizers_name() -> None:
    for organizer in (
        "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh",
        "Tổng Lãnh sự quán Lào tại Đà Nẵng",
        "Ban Chấp hành Liên hiệp các tổ chức hữu nghị tỉnh Hòa Bình khóa III",
    ):
        event = event_of(f"Ngày 5/3/2024, {organizer} tổ chức gặp mặt lưu học sinh Lào.")
        assert event is not None and event.organizer is not None
        assert event.organizer.name == organizer


def test_the_district_a_communes_committee_lies_in_goes_on_to_it() -> None:
    event = event_of(
        "Ngày 5/3/2024, UBND xã Mường Típ, huyện Kỳ Sơn, tỉnh Nghệ An tổ chức giao lưu với bản "
        "Piêng Sen (Lào)."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "UBND xã Mường Típ" and event.locality == "Nghệ An"
    # A province alone as the subject holds it, as before.
    alone = event_of("Ngày 5/3/2024, tỉnh Nghệ An tổ chức giao lưu với tỉnh Xiêng Khoảng (Lào).")
    assert alone is not None and alone.organizer is not None
    assert alone.organizer.name == "tỉnh Nghệ An"


def test_a_review_of_documents_named_in_full_is_reported_by_the_verb_after_its_name() -> None:
    # A review's name cites its documents with their issuers, terms and subjects (two
    # hundred characters and more) before the verb that reports it.
    name = (
        "Hội nghị toàn quốc tổng kết 15 năm thực hiện Nghị quyết số 28-NQ/TW của Bộ Chính trị "
        "khóa X về công tác đối ngoại nhân dân trong tình hình mới và Chỉ thị số 31-CT/TW của "
        "Ban Bí thư khóa XII"
    )
    event = event_of(f"{name} đã diễn ra sáng 12/9/2024 tại Hà Nội.")
    assert event is not None and event.kind == "directive_review"
    assert event.name == name and event.location == "Hà Nội"
    assert event.held is not None and event.held.value == date(2024, 9, 12)


def test_a_review_of_n_years_of_a_dated_document_is_held_near_its_nth_anniversary() -> None:
    lead = (
        "Sáng {held}, Tỉnh ủy Yên Bái tổ chức Hội nghị {review} Chỉ thị số 12-CT/TW {issued} "
        "của Ban Bí thư."
    )
    for held, review, issued, year in (
        ("18/5", "sơ kết 3 năm thực hiện", "ngày 5/1/2022", 2025),
        # Before the anniversary, in the year before it.
        ("28/12", "sơ kết 3 năm thực hiện", "ngày 5/1/2022", 2024),
        ("9/10", "tổng kết 10 năm triển khai thực hiện", "ngày 6-7-2011", 2021),
    ):
        event = event_of(lead.format(held=held, review=review, issued=issued))
        assert event is not None and event.held is not None and event.held.value is not None
        assert (event.held.value.year, event.held.basis) == (year, "anniversary"), held
    # Without the document's date, or its years, no year.
    for review, issued in (("sơ kết 3 năm thực hiện", ""), ("sơ kết thực hiện", "ngày 5/1/2022")):
        event = event_of(lead.format(held="18/5", review=review, issued=issued))
        assert event is not None and event.held is not None and event.held.value is None


def test_a_lead_dating_the_event_it_sets_its_news_in_reports_that_event() -> None:
    event = event_of(
        "Ngày 27/12/2024, tại Hội nghị tổng kết công tác đối ngoại nhân dân năm 2024, Liên hiệp "
        "các tổ chức hữu nghị tỉnh Tuyên Quang đã trao Bằng khen cho 12 tập thể."
    )
    # The review it names, not the award given there.
    assert event is not None and event.kind == "local_review"
    assert event.name == "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2024"
    assert event.held is not None and event.held.value == date(2024, 12, 27)
    event = event_of(
        "Sáng 27/12/2024, tại Đại hội Hội hữu nghị Việt Nam - Lào tỉnh Tuyên Quang lần thứ III, "
        "các đại biểu đã bầu Ban Chấp hành khóa mới."
    )
    assert event is not None and event.kind == "congress"
    assert event.held is not None and event.held.value == date(2024, 12, 27)
    # Undated, the scene is no report; nor is a place after "tại".
    for sentence in (
        "Tại Hội nghị tổng kết công tác năm 2024, ông Lê Văn Hòa cho biết Hội đã tổ chức 20 "
        "hoạt động.",
        "Ngày 27/12/2024, tại Hà Nội, các đại biểu đã thảo luận về công tác đối ngoại.",
    ):
        assert event_of(sentence) is None, sentence
