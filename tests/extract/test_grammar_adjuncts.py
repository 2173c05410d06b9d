"""The words around a title and around an event's name: whom a title belongs to ("thay
mặt"), deputies of any office, envoys accredited to a city, datelines before the organizer
and the place written after the event's name. Sentences written for these tests."""

from __future__ import annotations

import hashlib
import re
from datetime import date

import pytest

from dnnd_data.extract.documents import find_citations
from dnnd_data.extract.facts import extract_article, extract_text, with_topic
from dnnd_data.extract.names import LexiconNames
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.sentences import split_sentences
from dnnd_data.ingest.read import RawDocument
from dnnd_data.normalize.clean import CleanArticle, clean_article
from dnnd_data.normalize.text import normalize_str
from tests.extract.sentences import event_of, people_of


def test_a_title_after_thay_mat_is_whom_the_person_stands_for() -> None:
    people = people_of(
        "Thay mặt Chủ tịch nước, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Đồng "
        "Huy Cương trao Huân chương Hữu nghị cho ông Hans Weber."
    )
    assert people["Đồng Huy Cương"] == ("Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam",)


def test_an_on_behalf_phrase_after_the_name_adds_no_title() -> None:
    people = people_of(
        "Bà Nguyễn Thị Thu, Chủ tịch Hội hữu nghị Việt - Pháp tỉnh Huế, thay mặt Ban Chấp "
        "hành phát biểu."
    )
    assert people["Nguyễn Thị Thu"] == ("Chủ tịch Hội hữu nghị Việt - Pháp tỉnh Huế",)


def test_pho_makes_a_deputy_of_any_office() -> None:
    people = people_of("Dự lễ có ông Pierre Martin, Phó Tổng Lãnh sự Pháp tại Đà Nẵng.")
    assert people["Pierre Martin"] == ("Phó Tổng Lãnh sự Pháp tại Đà Nẵng",)
    people = people_of("Phó Đại sứ Hàn Quốc tại Việt Nam Kim Min-jun phát biểu.")
    assert people == {"Kim Min-jun": ("Phó Đại sứ Hàn Quốc tại Việt Nam",)}


def test_quyen_makes_one_acting_in_any_office() -> None:
    people = people_of(
        "Bà Caroline Nyamayemombe, Quyền Trưởng đại diện UNFPA tại Việt Nam phát biểu. Quyền "
        "Giám đốc Sở Ngoại vụ Trần Văn Nam dự."
    )
    assert people == {
        "Caroline Nyamayemombe": ("Quyền Trưởng đại diện UNFPA tại Việt Nam",),
        "Trần Văn Nam": ("Quyền Giám đốc Sở Ngoại vụ",),
    }


def test_an_envoy_to_a_city_written_with_its_unit() -> None:
    people = people_of(
        "Tham dự có Tổng Lãnh sự Lào tại TP Hồ Chí Minh Vilaysack Phommachanh và đại diện "
        "các sở, ngành."
    )
    assert people == {"Vilaysack Phommachanh": ("Tổng Lãnh sự Lào tại TP Hồ Chí Minh",)}


def test_a_dated_dateline_before_two_organizers() -> None:
    event = event_of(
        "Đà Nẵng, ngày 14 tháng 12 năm 2023 – Sở Ngoại vụ thành phố và Liên hiệp các tổ "
        "chức hữu nghị thành phố Đà Nẵng phối hợp tổ chức Hội nghị tổng kết công tác đối "
        "ngoại nhân dân năm 2023."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name.startswith("Sở Ngoại vụ")
    assert event.held is not None and event.held.value == date(2023, 12, 14)


def test_the_place_right_after_the_event_name() -> None:
    event = event_of(
        "Ngày 20/8/2024, Hội hữu nghị Việt Nam - Campuchia tỉnh An Giang tổ chức chương "
        "trình giao lưu hữu nghị tại thành phố Châu Đốc. Hội thu hút nhiều đoàn viên."
    )
    assert event is not None
    assert event.location == "thành phố Châu Đốc"


def test_a_place_in_a_description_after_the_name_is_not_the_venue() -> None:
    event = event_of(
        "Ngày 20/8/2024, Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức gặp mặt hữu nghị "
        "với lưu học sinh Lào đang học tập tại thành phố Vinh."
    )
    assert event is not None
    assert event.location is None


def test_the_seat_of_an_office_is_not_the_venue() -> None:
    # An envoy's or a consul's post ("Tổng Lãnh sự Lào tại Đà Nẵng") is part of the
    # title; the host received the guest where the lead says, in another province.
    event = event_of(
        "Phó Chủ tịch UBND tỉnh Bình Định tiếp Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí "
        "Minh\n\nSáng 3/4/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Bình Định Lê "
        "Văn Bình đã tiếp Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí Minh Kim Sovann."
    )
    assert event is not None
    assert event.location == "trụ sở UBND tỉnh"
    assert event.locality != "Hồ Chí Minh"


def test_a_place_abroad_keeps_its_country_in_brackets() -> None:
    # The bracketed country is part of the place as written, and it makes a city the
    # reference lists do not hold a place; an organization before a bracket is none.
    for lead, place in (
        (
            "Tối 2/5/2024, tại Fukuoka (Nhật Bản), Đại sứ Phạm Quang Hiệu trao Huân chương Hữu "
            "nghị tặng ông Sato Ken.",
            "Fukuoka (Nhật Bản)",
        ),
        (
            "Sáng 5/6/2024, tại thủ đô Viêng Chăn (Lào), Liên hiệp các tổ chức hữu nghị tỉnh "
            "Nghệ An tổ chức giao lưu hữu nghị.",
            "thủ đô Viêng Chăn (Lào)",
        ),
    ):
        event = event_of(lead)
        assert event is not None and event.location == place
    event = event_of(
        "Sáng 5/6/2024, tại Hội hữu nghị Lào - Việt Nam (Lào), Liên hiệp các tổ chức hữu nghị "
        "tỉnh Nghệ An tổ chức giao lưu hữu nghị."
    )
    assert event is not None and event.location is None


def test_a_place_abroad_keeps_its_country_after_a_comma() -> None:
    # A province's delegation abroad: the venue is no locality of its own province.
    event = event_of(
        "Từ ngày 5 - 10/11/2023, Đoàn đại biểu tỉnh Bình Định do ông Lâm Hải Giang, Phó Chủ "
        "tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Gifu, Nhật Bản."
    )
    assert event is not None and event.location == "tỉnh Gifu, Nhật Bản"
    assert event.locality is None
    # A place of Vietnam then its province is no place abroad.
    event = event_of(
        "Ngày 5/11/2023, Liên hiệp các tổ chức hữu nghị tỉnh Bình Định tổ chức giao lưu hữu "
        "nghị tại thành phố Quy Nhơn, Bình Định."
    )
    assert event is not None and event.locality == "Bình Định"


def test_a_guests_post_is_not_the_articles_province() -> None:
    # The consul's seat names a second province; the article's own is still the one its
    # association leaves bare ("Hội ... tỉnh").
    event = event_of(
        "Kỷ niệm 15 năm thành lập Hội hữu nghị Việt Nam - Thái Lan tỉnh Kon Tum\n\n"
        "Tối 9-3-2024, Hội hữu nghị Việt Nam - Thái Lan tỉnh tổ chức họp mặt kỷ niệm 15 năm "
        "Ngày thành lập. Đến dự có ông Chaiya Sukpan, Tổng Lãnh sự Thái Lan tại TP.Hồ Chí Minh."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Hội hữu nghị Việt Nam - Thái Lan tỉnh Kon Tum"
    assert event.locality == "Kon Tum"


def test_a_venue_named_with_va_keeps_its_whole_name() -> None:
    # Institutions are named with "và" ("Trung tâm Hội nghị và Triển lãm", "Nhà Văn hóa và
    # Thể thao"); two places joined by "và" are still two.
    event = event_of(
        "Sáng 7/7/2024, tại Trung tâm Văn hóa và Thể thao tỉnh, Hội hữu nghị Việt Nam - Nhật "
        "Bản tỉnh Bình Dương tổ chức Đại hội lần thứ nhất, nhiệm kỳ 2024-2029."
    )
    assert event is not None
    assert event.location == "Trung tâm Văn hóa và Thể thao tỉnh"
    event = event_of(
        "Sáng 7/7/2024, Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức giao lưu hữu nghị "
        "tại thành phố Vinh và huyện Kỳ Sơn."
    )
    assert event is not None
    assert event.location == "thành phố Vinh"


def test_a_venue_keeps_the_units_that_enclose_it() -> None:
    # "<venue>, <unit> <district or province>" is one place as written; the unit names
    # a one-word district ("thành phố Vinh") that would be an ordinary word bare.
    event = event_of(
        "Tối 6/11/2024, tại Quảng trường Hồ Chí Minh, thành phố Vinh, Sở Ngoại vụ tỉnh Nghệ An "
        "tổ chức chương trình giao lưu hữu nghị Việt Nam - Lào."
    )
    assert event is not None
    assert event.location == "Quảng trường Hồ Chí Minh, thành phố Vinh"
    assert event.locality == "Nghệ An"
    assert gazetteer().is_unit_place("huyện Kỳ Sơn") and not gazetteer().is_unit_place("Vinh")
    event = event_of(
        "Sáng 7/3/2024, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức lễ kỷ niệm."
    )
    assert event is not None and event.location == "Hà Nội"


def test_an_acronyms_office_keeps_its_seat() -> None:
    people = people_of(
        "Dự có ông Kawaguchi Tomoyuki, Trưởng Văn phòng đại diện JICA tại Huế cùng gần 300 hội "
        "viên. Ông Phan Anh Sơn, Chủ tịch VUFO tại Hội nghị nhấn mạnh."
    )
    assert people["Kawaguchi Tomoyuki"] == ("Trưởng Văn phòng đại diện JICA tại Huế",)
    assert people["Phan Anh Sơn"] == ("Chủ tịch VUFO",)


def test_a_lead_opening_on_its_place() -> None:
    event = event_of(
        "Tại Hà Nội, sáng 7/3/2024, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức lễ kỷ "
        "niệm 50 năm thành lập Hội hữu nghị Việt Nam - Mông Cổ."
    )
    assert event is not None
    assert event.location == "Hà Nội"


def test_a_title_word_is_not_a_stop_word() -> None:
    # "ký" (to sign) ends a title, but not inside "Tổng Thư ký".
    people = people_of(
        "Ông Trần Văn Nam, Phó Chủ tịch kiêm Tổng Thư ký Hội hữu nghị Việt Nam - Ấn Độ phát "
        "biểu. Phó Giám đốc Sở Ngoại vụ Lê Thị Hoa ký biên bản ghi nhớ."
    )
    assert people["Trần Văn Nam"] == (
        "Phó Chủ tịch kiêm Tổng Thư ký Hội hữu nghị Việt Nam - Ấn Độ",
    )
    assert people["Lê Thị Hoa"] == ("Phó Giám đốc Sở Ngoại vụ",)


def test_a_delegation_head_title_ends_at_its_verb() -> None:
    people = people_of("Đoàn do ông Vương Kiến Quốc, Hội trưởng dẫn đầu đã đến thăm tỉnh.")
    assert people == {"Vương Kiến Quốc": ("Hội trưởng",)}


def test_a_periodic_briefing_reviews_its_period() -> None:
    event = event_of(
        "Chiều 12/7/2024, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai tổ chức Hội nghị giao "
        "ban công tác đối ngoại nhân dân 6 tháng đầu năm 2024."
    )
    assert event is not None and event.kind == "local_review"


def test_a_meeting_whose_report_recounts_the_past_year_reviews_it() -> None:
    # An excerpt may begin after the lead: the meeting is only "Hội nghị", and what its
    # report tells (the past year's results) says its kind; a named kind still rules.
    for body in (
        "Tham dự Hội nghị có ông Đỗ Văn Tâm, Phó Chủ tịch UBND tỉnh Kon Tum. Theo báo cáo tại "
        "Hội nghị, năm qua Liên hiệp các tổ chức hữu nghị tỉnh đã đón 30 đoàn khách quốc tế.",
        "Dự Hội nghị có ông Đỗ Văn Tâm, Phó Chủ tịch UBND tỉnh Kon Tum. Báo cáo tại hội nghị "
        "cho biết, năm 2024, Liên hiệp các tổ chức hữu nghị tỉnh đã đón 30 đoàn khách.",
    ):
        event = event_of(body)
        assert event is not None and event.kind == "local_review"
    planned = event_of(
        "Sáng 9/1/2025, Liên hiệp các tổ chức hữu nghị tỉnh Kon Tum tổ chức Hội nghị triển "
        "khai nhiệm vụ năm 2025. Theo báo cáo tại Hội nghị, năm qua Liên hiệp đã đón 30 đoàn."
    )
    assert planned is not None and planned.kind == "plan_deployment"


def test_an_assessment_of_a_quarter_is_a_review() -> None:
    event = event_of(
        "Ngày 5/4/2019, Hội hữu nghị Việt Nam - Hàn Quốc tỉnh Bắc Ninh tổ chức hội nghị Ban "
        "Chấp hành nhằm đánh giá kết quả hoạt động quý I, triển khai nhiệm vụ quý II."
    )
    assert event is not None and event.kind == "local_review"
    plan = event_of(
        "Ngày 5/1/2019, Sở Ngoại vụ tỉnh Bắc Ninh tổ chức hội nghị triển khai nhiệm vụ công "
        "tác đối ngoại năm 2019. Các đại biểu đánh giá cao kế hoạch."
    )
    assert plan is not None and plan.kind == "plan_deployment"


def test_a_title_closes_after_an_acronym_or_a_bare_unit() -> None:
    people = people_of(
        "Đại sứ Lê Thị Lan, Chủ tịch VUFO đọc diễn văn. Ông Hoàng Văn Bảo - Chủ tịch Hội hữu "
        "nghị Việt Nam - Lào tỉnh chúc mừng các em. Bà Đinh Thị Hà, Phó Chủ tịch UBND tỉnh "
        "kiêm Chủ tịch Liên hiệp dự."
    )
    assert people["Lê Thị Lan"] == ("Chủ tịch VUFO",)
    assert people["Hoàng Văn Bảo"] == ("Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh",)
    assert people["Đinh Thị Hà"] == ("Phó Chủ tịch UBND tỉnh kiêm Chủ tịch Liên hiệp",)


def test_a_run_that_starts_a_title_is_no_name() -> None:
    # "Phó" is also a family name; "Phó Chủ" begins "Phó Chủ nhiệm".
    people = people_of(
        "Cùng dự có GS.TS Trần Văn Đức, nguyên Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội."
    )
    assert people == {"Trần Văn Đức": ("nguyên Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội",)}


def test_what_someone_said_is_no_report() -> None:
    assert (
        event_of("Theo ông Bình, năm 2018, Hội đã tổ chức thành công Đại hội đại biểu lần thứ III.")
        is None
    )
    event = event_of(
        "Theo đó, sáng 3/6/2022, Hội hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh tổ chức Đại hội "
        "đại biểu lần thứ III."
    )
    assert event is not None and event.kind == "congress"


def test_ve_in_an_organization_name_goes_on() -> None:
    people = people_of(
        "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài Trần Văn Thành chủ trì. "
        "Phó Giám đốc Sở Ngoại vụ Lê Hoàng Nam về dự."
    )
    assert people == {
        "Trần Văn Thành": ("Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài",),
        "Lê Hoàng Nam": ("Phó Giám đốc Sở Ngoại vụ",),
    }


@pytest.mark.parametrize(
    "organizer",
    [
        "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
        "Hội Liên lạc với người Việt Nam ở nước ngoài",
        # A country's level ends the name when a lower-case word follows it.
        "Liên hiệp các tổ chức hữu nghị Việt Nam",
    ],
)
def test_the_people_of_a_country_in_an_organizers_name_go_on(organizer: str) -> None:
    # "Việt Nam" after "người" is the people's, not the organization's level: its words go
    # on ("ở nước ngoài"), as a title's do.
    event = event_of(f"Ngày 5/1/2025, {organizer} tổ chức gặp mặt kiều bào.")
    assert event is not None and event.organizer is not None
    assert event.organizer.name == organizer


@pytest.mark.parametrize(
    "words",
    [
        *("vừa qua", "mới đây", "năm nay", "hôm nay", "lần đầu tiên", "đăng cai", "đứng ra"),
        *("chủ động", "tích cực", "kịp thời", "một lần nữa", "lần thứ hai", "cũng đã", "lại"),
    ],
)
@pytest.mark.parametrize("organizer", ["Sở Ngoại vụ", "Ban Đối ngoại Tỉnh ủy"])
@pytest.mark.parametrize(
    "verb", ["tổ chức gặp mặt kiều bào Lào", "tiếp đoàn đại biểu Hội hữu nghị Lào - Việt Nam"]
)
def test_words_between_an_organizer_and_its_verb_are_no_part_of_its_name(
    organizer: str, words: str, verb: str
) -> None:
    # When it acted, and its taking the event on, are not its name's; nor the host's.
    event = event_of(f"Ngày 5/1/2025, {organizer} {words} {verb}.")
    assert event is not None and event.organizer is not None
    assert event.organizer.name == organizer


@pytest.mark.parametrize("often", ["hằng tháng", "hàng quý", "hằng năm", "thường xuyên"])
def test_an_event_its_organizer_holds_again_and_again_is_no_report(often: str) -> None:
    assert event_of(f"Ngày 5/1/2025, Sở Ngoại vụ {often} tổ chức gặp mặt kiều bào Lào.") is None


def test_names_listed_after_a_plural_honorific() -> None:
    assert people_of(
        "Đoàn Chủ tịch gồm các ông, bà: Lê Văn An, Trần Thị Bích và Hoàng Minh Đức."
    ) == {"Lê Văn An": (), "Trần Thị Bích": (), "Hoàng Minh Đức": ()}
    # A title after the first name makes it a list of titled people, read as such.
    assert people_of(
        "Dự có các đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh; Trần Thị Bích, Phó Chủ tịch "
        "HĐND tỉnh."
    ) == {"Lê Văn An": ("Phó Chủ tịch UBND tỉnh",), "Trần Thị Bích": ("Phó Chủ tịch HĐND tỉnh",)}
    # Places are not people, and the list ends at the first item that is no name.
    assert people_of("Các đồng chí Lê Văn An, Hà Nội, Trần Thị Bích đã dự.") == {"Lê Văn An": ()}


def test_a_year_summed_up_is_no_report_of_its_events() -> None:
    assert (
        event_of(
            "Năm 2019, Hội hữu nghị Việt Nam - Nhật Bản tỉnh Huế đã tổ chức thành công Đại hội "
            "lần thứ IV. Trong nhiệm kỳ qua, Hội đã tổ chức 12 hội nghị."
        )
        is None
    )
    # Years or months summed up ("Trong 10 năm", "Sau 3 năm thực hiện ..."), not days.
    for summed in (
        "Trong 10 năm, ông Lê Văn Hùng đã dẫn đầu nhiều đoàn sang thăm và làm việc tại Lào.",
        "Sau 3 năm thực hiện Chỉ thị số 12-CT/TW, tỉnh đã tổ chức 5 hội nghị gặp mặt hữu nghị "
        "với Lào.",
    ):
        assert event_of(summed) is None, summed
    event = event_of(
        "Trong 2 ngày 14 và 15/7/2022, Hội hữu nghị Việt Nam - Lào tỉnh Gia Lai tổ chức Đại hội "
        "lần thứ III, nhiệm kỳ 2022-2027."
    )
    assert event is not None and event.kind == "congress"
    # Years before the day of a lead say why the event is held, not what they brought.
    event = event_of(
        "Sau 3 năm thực hiện Chỉ thị số 12-CT/TW, ngày 5/6/2024, Tỉnh ủy Nghệ An tổ chức Hội "
        "nghị sơ kết 3 năm thực hiện Chỉ thị."
    )
    assert event is not None and event.kind == "directive_review"
    # Nor are an event's own months, written with its days.
    for months in ("Trong 2 tháng (từ 1/6 đến 31/7/2024),", "Trong 2 tháng, từ 1/6 đến 31/7/2024,"):
        event = event_of(
            f"{months} Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức lớp tập huấn tiếng "
            "Việt cho lưu học sinh Lào."
        )
        assert event is not None and event.held is not None, months


def test_a_month_of_a_year_written_out_opens_a_history_not_a_report() -> None:
    # It was dated by another sentence's day ("Ngày 17/5/1950, ...": 1950-05-17).
    history = (
        "Ngày 17/5/1950, các đoàn thể đã họp tại chiến khu Việt Bắc thành lập Ủy ban Bảo vệ hòa "
        "bình thế giới của Việt Nam.\n{} Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Đại "
        "hội lần thứ nhất."
    )
    for opening in ("Tháng 11/1992,", "Vào tháng 11 năm 1992,", "Trong tháng 11-1992,"):
        assert event_of(history.format(opening)) is None, opening


def test_an_event_as_the_scene_of_what_is_said_is_news_only_opening_a_paragraph() -> None:
    scene = (
        "Tại Hội nghị Đối ngoại toàn quốc lần thứ 32 diễn ra ngày 14/12/2021, Tổng Bí thư "
        "Nguyễn Phú Trọng nhấn mạnh yêu cầu xây dựng nền ngoại giao toàn diện."
    )
    event = event_of(scene)
    assert event is not None and event.kind == "national_conference"
    # Amid an essay's paragraph it is background to the argument.
    essay = "Đối ngoại nhân dân là một trong ba trụ cột của nền đối ngoại Việt Nam. " + scene
    assert event_of(essay) is None


def test_an_earlier_event_recalled_is_no_report_of_this_one() -> None:
    event = event_of(
        "Hội hữu nghị Việt Nam - Nhật Bản thành phố Hải Phòng vừa tổ chức kỷ niệm 10 năm thành "
        "lập Hội (2014 - 2024). Trước đó, ngày 5/3/2024, Hội đã tổ chức Lễ hội hoa anh đào."
    )
    assert event is not None and event.kind == "anniversary"
    assert event.name == "kỷ niệm 10 năm thành lập Hội (2014 - 2024)"
    recalled = "Trước đó, ngày 5/3/2024, Hội đã tổ chức Lễ hội hoa anh đào tại Công viên Tam Bạc."
    assert event_of(recalled) is None


def test_another_event_the_same_day_is_not_the_one_reported() -> None:
    event = event_of(
        "Ngày 20/6/2024, Hội Hữu nghị Việt Nam - Ấn Độ tổ chức Ngày Quốc tế Yoga lần thứ 10 tại "
        "Công viên Thống Nhất, thu hút hơn 1.000 người tham gia. Cùng ngày, Hội cũng tổ chức "
        "buổi giao lưu văn hóa tại Trung tâm Văn hóa Ấn Độ."
    )
    assert event is not None and event.organizer is not None
    assert event.name == "Ngày Quốc tế Yoga lần thứ 10"
    assert (event.location, event.attendance_count) == ("Công viên Thống Nhất", 1000)
    assert event_of("Cùng ngày, Hội tổ chức buổi giao lưu văn hóa tại Trung tâm Văn hóa.") is None
    # "cũng" is no part of an organizer's name.
    event = event_of("Ngày 20/6/2024, Hội Hữu nghị Việt Nam - Ấn Độ cũng tổ chức buổi giao lưu.")
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Hội Hữu nghị Việt Nam - Ấn Độ"
    # Nor of a head written alone, which names the organization the article names in full.
    event = event_of(
        "Ngày 8/1/2025, Liên hiệp các tổ chức hữu nghị tỉnh Kon Tum tổ chức Hội nghị tổng kết "
        "công tác năm 2024. Năm 2024, Liên hiệp cũng đã phối hợp tổ chức thành công Lễ kỷ niệm "
        "60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Kon Tum"
    event = event_of("Liên hiệp cũng đã tổ chức thành công Lễ kỷ niệm 60 năm thành lập.")
    assert event is not None and event.organizer is None


def test_an_interviews_answers_and_a_weeks_digest_report_no_event() -> None:
    interview = (
        "PV: Xin bà cho biết kết quả nổi bật của Liên hiệp trong năm qua?\n\nBà Nguyễn Thị Lan: "
        "Năm 2023, Liên hiệp đã tổ chức thành công Hội nghị đối ngoại nhân dân toàn quốc."
    )
    assert event_of(interview) is None
    # The speaker named with the office held.
    titled = interview.replace("Bà Nguyễn Thị Lan:", "Bà Nguyễn Thị Lan, Phó Chủ tịch Liên hiệp:")
    assert event_of(titled) is None
    # One who chairs or opens the event is not an answer's speaker.
    chaired = "Bà Nguyễn Thị Lan, Chủ tịch Liên hiệp chủ trì Hội nghị tổng kết năm 2023: hai phiên."
    assert event_of(chaired) is not None
    digest = (
        "- Ngày 4/12, Liên hiệp các tổ chức hữu nghị tỉnh Đắk Lắk tổ chức Hội nghị tổng kết "
        "công tác năm 2024.\n- Ngày 5/12, Hội hữu nghị Việt Nam - Lào tỉnh Quảng Trị tổ chức gặp "
        "mặt lưu học sinh Lào.\n- Ngày 6/12, Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng tổ "
        "chức Đại hội đại biểu lần thứ IV."
    )
    assert event_of(digest) is None
    # Its days written out ("Ngày 4 tháng 12").
    assert event_of(re.sub(r"Ngày (\d+)/12", r"Ngày \1 tháng 12", digest)) is None
    # One holder's programme over several days is its event.
    programme = (
        "Ngày 4/12, Hội hữu nghị tỉnh Quảng Trị tổ chức Liên hoan hữu nghị. Ngày 5/12, Hội hữu "
        "nghị tỉnh Quảng Trị tổ chức hội thảo. Ngày 6/12, Hội hữu nghị tỉnh Quảng Trị tổ chức "
        "gặp mặt."
    )
    event = event_of(programme)
    assert event is not None and event.name == "Liên hoan hữu nghị"


def test_an_organizations_name_ends_at_a_question_mark() -> None:
    event = event_of(
        "Kết quả của Liên hiệp trong năm qua? Ngày 5/3/2024, Liên hiệp tổ chức hội nghị tổng kết "
        "công tác năm 2023."
    )
    assert event is not None and event.organizer is None


def test_an_anniversary_said_by_its_verb_after_an_organizing_verb() -> None:
    event = event_of("Ngày 3/2/2024, Hội tổ chức kỷ niệm 30 năm ngày thành lập Hội.")
    assert event is not None and event.kind == "anniversary"
    # A verb that names the event itself keeps it in the name.
    event = event_of("Sáng 1/12/2020, Liên hiệp đã họp mặt kỷ niệm 70 năm Ngày truyền thống.")
    assert event is not None and event.name == "họp mặt kỷ niệm 70 năm Ngày truyền thống"


def test_a_review_said_by_its_verb_after_an_organizing_verb() -> None:
    event = event_of(
        "Ngày 20/12/2018, Liên hiệp các tổ chức hữu nghị tỉnh Hòa Bình tổ chức tổng kết công "
        "tác năm 2018, triển khai nhiệm vụ năm 2019. Năm 2018, Liên hiệp đã tổ chức thành "
        "công Đại hội lần thứ II."
    )
    assert event is not None
    assert (event.kind, event.review_year) == ("local_review", 2018)
    assert event.name == "tổng kết công tác năm 2018, triển khai nhiệm vụ năm 2019"


def test_offices_of_neighbouring_provinces() -> None:
    assert people_of(
        "Về phía Lào có ngài Bounmy Phommachanh, Phó Tỉnh trưởng tỉnh Savannakhet; ông Sok "
        "Sokhan, Thống đốc tỉnh Svay Rieng cùng dự."
    ) == {
        "Bounmy Phommachanh": ("Phó Tỉnh trưởng tỉnh Savannakhet",),
        "Sok Sokhan": ("Thống đốc tỉnh Svay Rieng",),
    }


def test_what_a_year_achieved_is_no_attendance() -> None:
    lead = (
        "Sáng 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam tổ chức Hội nghị tổng kết "
        "công tác năm 2023. "
    )
    for summary in (
        "Năm 2023, Liên hiệp đã đón 30 đoàn với 500 đại biểu nước ngoài.",
        "Trong năm, Liên hiệp đã tiếp 45 đoàn với 1.200 đại biểu.",
    ):
        event = event_of(lead + summary)
        assert event is not None and event.attendance_count is None
    event = event_of(lead + "Hội nghị có sự tham dự của gần 80 đại biểu.")
    assert event is not None
    assert (event.attendance_count, event.attendance_qualifier) == (80, "gần")


def test_a_bare_number_issued_by_another_body_is_not_the_partys() -> None:
    text = (
        "Hội nghị quán triệt Chỉ thị số 05 của Tỉnh ủy và Kết luận số 12 của Tỉnh ủy, cùng "
        "Chỉ thị số 12 của Ban Bí thư về đối ngoại nhân dân."
    )
    found = find_citations(text, split_sentences(text))
    assert [(c.number, c.issuer) for c in found] == [("12-CT/TW", "Ban Bí thư")]


def test_an_award_a_year_brought_is_history() -> None:
    found = extract_text(
        "a_0000000000000000",
        normalize_str(
            "Sáng 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức lễ kỷ niệm 30 "
            "năm thành lập. Năm 2020, Hội đã được Nhà nước tặng Huân chương Độc lập hạng Nhì. "
            "Dịp này, 5 tập thể được tặng Bằng khen."
        ),
    )
    assert [(a.award_type, a.recipient_count) for a in found.awards] == [("Bằng khen", 5)]


def test_an_outlet_tag_without_brackets_before_the_day_is_no_organizer() -> None:
    event = event_of(
        "Báo Quảng Ninh - Chiều 26/12/2023, UBND tỉnh Quảng Ninh tổ chức hội nghị tổng kết "
        "công tác đối ngoại nhân dân năm 2023."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "UBND tỉnh Quảng Ninh"
    event = event_of(
        "BKH - Sáng 6-11-2024 Hội Hữu nghị Việt - Nga tỉnh Khánh Hòa tổ chức gặp mặt kỷ niệm "
        "107 năm Cách mạng Tháng Mười Nga."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Hội Hữu nghị Việt - Nga tỉnh Khánh Hòa"


def test_an_organizer_named_by_its_fields() -> None:
    event = event_of(
        "Ngày 5/9/2024, Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam phối hợp với Hội hữu "
        "nghị Việt Nam - Hàn Quốc tỉnh tổ chức chương trình giao lưu văn hóa."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam"


def test_a_provincial_newspapers_tag_places_a_provincial_event_naming_no_province() -> None:
    event = event_of(
        "(Baoquangngai.vn) - Chiều 27-12-2022, Liên hiệp các tổ chức hữu nghị tỉnh tổ chức hội "
        "nghị tổng kết công tác năm 2022."
    )
    assert event is not None and (event.scope, event.locality) == ("provincial", "Quảng Ngãi")
    # The province the article names wins; a national event has none.
    event = event_of(
        "(Baoquangngai.vn) - Chiều 27-12-2022, Liên hiệp các tổ chức hữu nghị tỉnh Kon Tum tổ "
        "chức hội nghị tổng kết công tác năm 2022."
    )
    assert event is not None and event.locality == "Kon Tum"
    event = event_of(
        "(Baoquangngai.vn) - Sáng 12/1/2023, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức "
        "hội nghị tổng kết công tác năm 2022."
    )
    assert event is not None and (event.scope, event.locality) == ("national", None)


def test_what_a_newspapers_domain_names() -> None:
    places = gazetteer()
    assert places.province_of_domain("baothanhhoa") == "Thanh Hóa"
    assert places.province_of_domain("Baothuathienhue") == "Huế"
    assert places.province_of_domain("baoquocte") is None
    assert places.province_of_domain("thanhhoa") is None


def test_an_event_a_foreign_organ_holds_is_in_none_of_our_provinces() -> None:
    event = event_of(
        "Đoàn đại biểu tỉnh An Giang đã dự lễ kỷ niệm 45 năm Chiến thắng chế độ diệt chủng Pol "
        "Pot do Ủy ban Mặt trận Đoàn kết phát triển Tổ quốc Campuchia tỉnh Takeo tổ chức ngày "
        "7/1/2024."
    )
    assert event is not None and event.organizer is not None
    assert event.locality is None
    # A bilateral association names the foreign country too, and is ours.
    event = event_of(
        "Ngày 7/1/2024, Hội hữu nghị Việt Nam - Campuchia tỉnh tổ chức lễ kỷ niệm 45 năm Chiến "
        "thắng chế độ diệt chủng Pol Pot. Dự có lãnh đạo tỉnh An Giang."
    )
    assert event is not None and event.locality == "An Giang"


def test_an_event_held_abroad_is_in_none_of_our_provinces() -> None:
    event = event_of(
        "Ngày 8/3/2024, tại thủ đô Viêng Chăn, Hội Liên hiệp Phụ nữ tỉnh Điện Biên tổ chức "
        "chương trình giao lưu hữu nghị với Hội Phụ nữ Lào."
    )
    assert event is not None and event.organizer is not None
    assert event.location == "thủ đô Viêng Chăn" and event.locality is None
    # A venue named after a country is not abroad.
    event = event_of(
        "Ngày 8/3/2024, tại Trung tâm Văn hóa Hàn Quốc, Hội Liên hiệp Phụ nữ tỉnh Điện Biên tổ "
        "chức chương trình giao lưu hữu nghị với phụ nữ Hàn Quốc."
    )
    assert event is not None and event.locality == "Điện Biên"


@pytest.mark.parametrize(
    "visited",
    [
        "với tỉnh Hủa Phăn (Lào)",
        "với chính quyền tỉnh Kampot, Vương quốc Campuchia",
        "với Hội Hữu nghị Campuchia - Việt Nam tỉnh Kampot",
    ],
)
def test_a_visit_paid_abroad_is_in_none_of_our_provinces(visited: str) -> None:
    delegation = "đoàn đại biểu Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang"
    event = event_of(f"Ngày 12/9/2024, {delegation} đã đến thăm và làm việc {visited}.")
    assert event is not None and event.kind == "reception_or_exchange"
    assert event.locality is None
    # A foreign delegation's visit to one of ours is in our province.
    event = event_of(
        "Ngày 12/9/2024, đoàn đại biểu tỉnh Kampot (Campuchia) đã đến thăm và làm việc với "
        "Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang."
    )
    assert event is not None and event.locality == "Kiên Giang"


def test_a_nationwide_event_is_national_whoever_holds_it() -> None:
    event = event_of(
        "Chiều 11/10/2023, Ban Chỉ đạo Công tác thông tin đối ngoại tổ chức Hội nghị toàn quốc "
        "triển khai công tác thông tin đối ngoại năm 2024."
    )
    assert event is not None and event.organizer is not None and event.scope == "national"


def test_an_organizer_that_says_it_is_the_nations_holds_a_national_event() -> None:
    event = event_of(
        "Ngày 8/9/2023, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức Tọa đàm khoa học về "
        "đối ngoại nhân dân trong tình hình mới."
    )
    assert event is not None and event.organizer is not None and event.scope == "national"


def test_an_outlets_tag_before_the_organizer() -> None:
    event = event_of(
        "HNP - Hội hữu nghị Việt Nam - Lào thành phố Hà Nội vừa tổ chức hội nghị tổng kết công "
        "tác năm 2023 vào ngày 20/12/2023."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Hội hữu nghị Việt Nam - Lào thành phố Hà Nội"
    assert event.scope == "association"
    # Written in title case, it is the association still.
    event = event_of(
        "Sáng 5/1/2024, Hội Hữu Nghị Việt Nam - Lào tỉnh Nghệ An tổ chức hội nghị tổng kết "
        "công tác năm 2023."
    )
    assert event is not None and event.scope == "association"


def test_a_bare_units_organizer_is_the_events_province_found_another_way() -> None:
    # The article names several provinces, its outlet its own: "Liên hiệp ... tỉnh" is that
    # province's, not an organization of no province shared by every article.
    event = event_of(
        "Quảng Ninh: Hội nghị sơ kết 6 tháng công tác đối ngoại nhân dân\n\n(Baoquangninh.vn) - "
        "Sáng 11/7/2019, "
        "Liên hiệp các tổ chức hữu nghị tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. "
        "6 tháng đầu năm, Liên hiệp đã tổ chức Hội nghị hợp tác nhân dân 4 tỉnh Quảng Ninh, "
        "Lạng Sơn, Hải Phòng (Việt Nam) và Quảng Tây (Trung Quốc)."
    )
    assert event is not None and event.organizer is not None and event.locality == "Quảng Ninh"
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh"


def test_a_fronts_presidium_organizes() -> None:
    event = event_of(
        "Sáng 9/1/2025, tại Hà Nội, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tổ chức Hội "
        "nghị tổng kết công tác đối ngoại nhân dân năm 2024."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"


def test_a_plan_by_the_states_numbering_grammar() -> None:
    text = normalize_str(
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 15/2/2024 của UBND tỉnh về công tác đối ngoại "
        "nhân dân năm 2024 và Quyết định số 12/QĐ-UBND của tỉnh."
    )
    found = find_citations(text, split_sentences(text))
    # The plan is cited, with its date and subject; a provincial decision is not policy.
    assert [(c.doc_type, c.number, c.issued_on) for c in found] == [
        ("Kế hoạch", "45/KH-UBND", date(2024, 2, 15))
    ]
    assert found[0].title == "công tác đối ngoại nhân dân năm 2024"


def test_the_subject_of_issuing_is_the_issuer_and_its_day_the_documents() -> None:
    text = normalize_str(
        "Ngày 10/1/2024, Ban Bí thư ban hành Chỉ thị số 12-CT/TW về tăng cường công tác đối "
        "ngoại nhân dân trong tình hình mới. Liên hiệp đã quán triệt Chỉ thị 04-CT/TW."
    )
    found = find_citations(text, split_sentences(text))
    assert [(c.number, c.issuer, c.issued_on) for c in found] == [
        ("12-CT/TW", "Ban Bí thư", date(2024, 1, 10)),
        ("04-CT/TW", None, None),
    ]
    assert found[0].title == "tăng cường công tác đối ngoại nhân dân trong tình hình mới"


def test_a_day_set_off_before_a_new_clause_is_the_clauses_not_the_documents() -> None:
    def issued(text: str) -> list[date | None]:
        text = normalize_str(text)
        return [c.issued_on for c in find_citations(text, split_sentences(text))]

    assert issued(
        "Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh, ngày 8/5/2024, Sở Ngoại vụ tổ chức "
        "Hội nghị triển khai công tác đối ngoại nhân dân năm 2024."
    ) == [None]
    # Set off by commas and going on to its issuer, it is the document's.
    assert issued("Quán triệt Chỉ thị số 12-CT/TW, ngày 5/1/2022, của Ban Bí thư.") == [
        date(2022, 1, 5)
    ]


def test_aspect_words_before_the_verb_are_no_part_of_the_organizer() -> None:
    event = event_of(
        "Ngày 5/5/2025, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tiếp tục tổ chức Đại hội "
        "đại biểu lần thứ III."
    )
    # (One "đang chuẩn bị tổ chức" is in the making: no event, see below.)
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"


def test_a_term_dates_a_congress_not_another_meeting_of_the_term() -> None:
    lead = (
        "Sáng 5/12, Liên hiệp các tổ chức hữu nghị tỉnh Thái Bình tổ chức {}, nhiệm kỳ 2022 - 2027."
    )
    meeting = event_of(lead.format("Hội nghị Ban Chấp hành lần thứ 3 (mở rộng)"))
    assert meeting is not None and meeting.held.value is None
    congress = event_of(lead.format("Đại hội đại biểu lần thứ III"))
    assert congress is not None and congress.held.value == date(2022, 12, 5)
    assert congress.held.basis == "term"
    # A headline naming the congress without its term leaves the term to the lead.
    headed = event_of(
        "Hội hữu nghị Việt Nam - Lào tỉnh Sơn La tổ chức Đại hội lần thứ V\n\n"
        "Ngày 14/6, Hội hữu nghị Việt Nam - Lào tỉnh Sơn La tổ chức Đại hội đại biểu lần thứ "
        "V, nhiệm kỳ 2024 - 2029."
    )
    assert headed is not None and headed.held.value == date(2024, 6, 14)


def test_a_place_where_the_fallen_lie_is_in_the_name_not_the_venue() -> None:
    event = event_of(
        "Chiều 18/7/2024, lãnh đạo tỉnh Hà Tĩnh dự Lễ tiếp nhận hài cốt liệt sĩ quân tình "
        "nguyện Việt Nam hy sinh tại Lào. Buổi lễ do Ban Chỉ đạo 515 tỉnh Hà Tĩnh tổ chức tại "
        "Cửa khẩu Quốc tế Cầu Treo."
    )
    assert event is not None and event.organizer is not None
    assert event.name.endswith("hy sinh tại Lào")
    assert event.location == "Cửa khẩu Quốc tế Cầu Treo"
    assert event.organizer.name == "Ban Chỉ đạo 515 tỉnh Hà Tĩnh"


def test_an_event_someone_tells_is_to_come_is_no_report() -> None:
    told = event_of(
        "Thông tin tại họp báo chiều 3/12/2024, ông Phạm Quang Hiệu, Phó Chủ tịch Liên hiệp các "
        "tổ chức hữu nghị Việt Nam cho biết Hội nghị tổng kết công tác đối ngoại nhân dân năm "
        "2024 sẽ được tổ chức vào ngày 20/12 tại Hà Nội."
    )
    assert told is None
    # Said to take place today, by no one in particular, it is the news of the day.
    today = event_of(
        "Hôm nay (5/12/2019), Đại hội đại biểu toàn quốc Liên hiệp các tổ chức hữu nghị Việt "
        "Nam lần thứ VI sẽ diễn ra tại Hà Nội."
    )
    assert today is not None and today.kind == "congress"


def test_an_offering_of_incense_at_a_memorial_is_an_event_there() -> None:
    event = event_of(
        "Ngày 19/5/2024, Hội hữu nghị Việt Nam - Pháp tổ chức buổi dâng hương tại Nhà tưởng "
        "niệm Chủ tịch Hồ Chí Minh ở Montreuil (Pháp)."
    )
    assert event is not None and event.name == "buổi dâng hương"
    assert event.location is not None
    assert event.location.startswith("Nhà tưởng niệm Chủ tịch Hồ Chí Minh")


def test_a_foreign_city_keeps_its_own_country_after_a_comma() -> None:
    lead = "Ngày 1/12/2023, Hội hữu nghị Việt Nam - Nhật Bản tổ chức Lễ hội Việt Nam tại {}."
    event = event_of(lead.format("Osaka, Nhật Bản"))
    assert event is not None and event.location == "Osaka, Nhật Bản"
    # Not another country, nor after a place of Vietnam.
    event = event_of(lead.format("Osaka, Lào và Campuchia cùng tham gia"))
    assert event is not None and event.location == "Osaka"
    event = event_of(lead.format("Hà Nội, Nhật Bản là khách mời"))
    assert event is not None and event.location == "Hà Nội"
    # Written with its unit ("thủ đô", "tỉnh").
    for place in ("thủ đô Phnom Penh, Campuchia", "tỉnh Xiêng Khoảng, Lào"):
        event = event_of(lead.format(place))
        assert event is not None and event.location == place


def test_an_event_a_delegation_will_attend_is_no_report() -> None:
    text = (
        "Đoàn đại biểu Hội hữu nghị Việt Nam - Cuba sẽ thăm Cuba từ ngày 10 đến 15/12/2024. "
        "Trong chuyến thăm, đoàn sẽ {} Lễ kỷ niệm 64 năm Ngày thiết lập quan hệ ngoại giao."
    )
    assert event_of(text.format("tham dự")) is None
    assert event_of(text.format("dự")) is None
    event = event_of(text.replace("sẽ {}", "đã tham dự"))
    assert event is not None and event.kind == "anniversary"


def test_a_peoples_committee_in_a_venue_and_new_year_wishes() -> None:
    text = (
        "Sáng 18/6/2024, tại trụ sở Ủy ban nhân dân tỉnh, đồng chí Nguyễn Văn Phương, Chủ tịch "
        "UBND tỉnh đã tiếp xã giao Tổng Lãnh sự Hoa Kỳ tại TP. Hồ Chí Minh Susan Burns."
    )
    event = event_of(text)
    assert event is not None and event.location == "trụ sở Ủy ban nhân dân tỉnh"
    # The place still ends at the occasion ("nhân dịp").
    event = event_of(text.replace("tại trụ sở Ủy ban nhân dân tỉnh", "tại Huế nhân dịp hè"))
    assert event is not None and event.location == "Huế"
    people = people_of(
        "Ông Lê Khắc Nam, Phó Chủ tịch UBND thành phố, Chủ tịch Hội chúc Tết các vị khách."
    )
    assert people == {"Lê Khắc Nam": ("Phó Chủ tịch UBND thành phố", "Chủ tịch Hội")}


def test_a_border_posts_exchange_in_a_commune_is_local() -> None:
    event = event_of(
        "Sáng 5/12/2024, tại xã Mường Típ, huyện Kỳ Sơn, Đồn Biên phòng Mường Típ tổ chức giao "
        "lưu hữu nghị với Đại đội bảo vệ biên giới 291 (Lào)."
    )
    assert event is not None and event.organizer is not None
    assert (event.organizer.name, event.organizer.kind) == ("Đồn Biên phòng Mường Típ", "military")
    assert event.scope == "provincial" and event.location == "xã Mường Típ, huyện Kỳ Sơn"
    event = event_of(
        "Sáng 5/12/2024, tại xã Mường Típ đã diễn ra buổi giao lưu hữu nghị với Đại đội bảo vệ "
        "biên giới 291 (Lào)."
    )
    assert event is not None and event.scope == "provincial"
    event = event_of(
        "Sáng 5/12/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An tổ chức giao lưu hữu nghị."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.kind == "military"


def test_an_event_in_a_provinces_city_by_no_one_named_is_local() -> None:
    lead = "Sáng 5/3/2024, buổi giao lưu hữu nghị với đoàn Lào đã diễn ra tại {}."
    event = event_of(lead.format("thành phố Vinh"))
    assert event is not None and (event.scope, event.locality) == ("provincial", "Nghệ An")
    # A foreign city is none of ours.
    event = event_of(lead.format("thành phố Gumi"))
    assert event is not None and (event.scope, event.locality) == ("national", None)


def test_a_village_a_border_post_or_a_street_is_a_venue_with_its_enclosing_units() -> None:
    lead = "Sáng 30/3/2024, tại {}, UBND huyện Quan Sơn tổ chức lễ kết nghĩa cụm dân cư."
    for place in (
        "bản Na Mèo, xã Na Mèo, huyện Quan Sơn, tỉnh Thanh Hóa",
        "Đồn Biên phòng Na Mèo",
        "Phố đi bộ Nguyễn Huệ",
        "thôn Bình Minh, xã Yên Lạc, huyện Như Xuân",
        # A house of culture, of tradition or of remembrance, its name capitalised or not.
        "Nhà Văn hóa Lao động huyện",
        "Nhà truyền thống Đảng bộ huyện",
        "Khu lưu niệm Chủ tịch Kaysone Phomvihane",
        "Khu Di tích Quốc gia đặc biệt Pác Bó",
        # A heritage site's own name.
        "Hoàng thành Thăng Long",
        "Văn Miếu - Quốc Tử Giám",
    ):
        event = event_of(lead.format(place))
        assert event is not None and event.location == place
    # A commune no known unit encloses ends nothing: the place stops where the lists do.
    event = event_of(lead.format("bản Na Mèo, xã Na Mèo"))
    assert event is not None and event.location == "bản Na Mèo"


def test_residents_from_near_the_border_said_to_attend_are_the_attendance() -> None:
    lead = "Ngày 30/3/2024, UBND huyện Quan Sơn tổ chức lễ kết nghĩa cụm dân cư. "
    event = event_of(lead + "Hơn 400 người dân hai bên biên giới đã tham dự buổi lễ.")
    assert event is not None
    assert (event.attendance_count, event.attendance_qualifier) == (400, "hơn")
    # Or to take part in it.
    event = event_of(lead + "Buổi lễ thu hút khoảng 600 người dân hai bên biên giới tham gia.")
    assert event is not None
    assert (event.attendance_count, event.attendance_qualifier) == (600, "khoảng")
    for not_attended in (
        "Hơn 400 hội viên sẽ tham dự buổi lễ.",
        "Huyện hỗ trợ 300 người dân nghèo tham dự buổi lễ.",
    ):
        event = event_of(lead + not_attended)
        assert event is not None and event.attendance_count is None, not_attended


def test_a_manner_adverb_between_the_report_verb_and_the_venue() -> None:
    for verb in ("diễn ra trọng thể", "được tổ chức long trọng", "đã diễn ra sôi nổi"):
        event = event_of(f"Lễ kỷ niệm 70 năm Ngày thành lập Hội hữu nghị {verb} tại Hà Nội.")
        assert event is not None
        assert event.location == "Hà Nội", verb


def test_an_event_to_come_or_in_the_making_is_no_report() -> None:
    for lead in (
        "Ngày 20/12 tới, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An sẽ tổ chức Hội nghị "
        "tổng kết công tác năm 2024.",
        "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An sẽ phối hợp với Sở Ngoại vụ tổ chức "
        "Hội nghị tổng kết công tác năm 2024.",
        "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An đang khẩn trương chuẩn bị tổ chức Đại "
        "hội đại biểu lần thứ V, nhiệm kỳ 2025 - 2030.",
        "Chương trình giao lưu dự kiến diễn ra từ ngày 10 đến 12/8/2025 tại Hà Nội.",
        "Ngày 15/5/2025, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An ban hành Kế hoạch tổ "
        "chức Đại hội đại biểu lần thứ V.",
        "Ngày 15/5/2025, UBND tỉnh có văn bản đồng ý chủ trương tổ chức Hội nghị tổng kết "
        "công tác đối ngoại nhân dân năm 2025.",
        "Hội nghị tổng kết công tác năm 2024 sẽ diễn ra vào ngày 20/12/2024.",
        "Liên hiệp các tổ chức hữu nghị tỉnh Bến Tre thông báo tổ chức Hội nghị tổng kết công "
        "tác năm 2024 vào lúc 8 giờ ngày 25/12/2024 tại Hội trường UBND tỉnh.",
    ):
        assert event_of(lead) is None, lead
    # The plan it was held under names it to come; the clause after reports it held.
    held_under_plan = event_of(
        "Thực hiện Kế hoạch số 123/KH-LHHN ngày 1/12/2023 của Liên hiệp các tổ chức hữu nghị "
        "tỉnh về việc tổ chức Hội nghị tổng kết công tác năm 2023, chiều ngày 20/12/2023, Liên "
        "hiệp các tổ chức hữu nghị tỉnh Vĩnh Phúc đã tổ chức Hội nghị tổng kết công tác năm "
        "2023, triển khai nhiệm vụ năm 2024."
    )
    assert held_under_plan is not None and held_under_plan.held is not None
    assert held_under_plan.held.value == date(2023, 12, 20)
    assert held_under_plan.name.endswith("triển khai nhiệm vụ năm 2024")
    # Someone telling of an event held reports it.
    told = event_of(
        "Ông A thông báo, ngày 25/12/2024, Liên hiệp các tổ chức hữu nghị tỉnh Bến Tre đã tổ "
        "chức Hội nghị tổng kết công tác năm 2024."
    )
    assert told is not None and told.kind == "local_review"
    # Held after its preparation; taking place today.
    held = event_of(
        "Sau thời gian chuẩn bị, ngày 5/5/2025, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An "
        "đã tổ chức Đại hội đại biểu lần thứ V."
    )
    assert held is not None and held.kind == "congress"
    today = event_of(
        "Hôm nay (5/12/2019), Đại hội đại biểu toàn quốc Liên hiệp các tổ chức hữu nghị Việt "
        "Nam lần thứ VI sẽ diễn ra tại Hà Nội."
    )
    assert today is not None and today.kind == "congress"


def test_an_event_held_every_year_or_by_decision_is_no_report() -> None:
    for lead in (
        "Hằng năm, Hội hữu nghị Việt Nam - Lào tỉnh tổ chức Lễ kỷ niệm Ngày thành lập Hội.",
        "Liên hiệp thường xuyên tổ chức các buổi gặp mặt hữu nghị với lưu học sinh Lào.",
        "Bộ Ngoại giao vừa công bố Quyết định về việc tổ chức Hội nghị Ngoại giao lần thứ 32.",
        "Ngày 5/5/2025, UBND tỉnh quyết định tổ chức Hội nghị tổng kết công tác đối ngoại "
        "nhân dân năm 2024.",
    ):
        assert event_of(lead) is None, lead
    # The plan of a department's name is no plan.
    held = event_of(
        "Ngày 5/5/2025, Sở Kế hoạch và Đầu tư tỉnh Nghệ An tổ chức buổi giao lưu hữu nghị "
        "với doanh nghiệp Lào."
    )
    assert held is not None and held.kind == "reception_or_exchange"


def test_members_said_to_attend_are_the_attendance_a_membership_is_not() -> None:
    lead = (
        "Sáng 5/3/2024, Hội hữu nghị Việt Nam - Lào tỉnh Hà Nam tổ chức Hội nghị tổng kết "
        "công tác năm 2023. "
    )
    for attended, count in (
        ("Hội nghị thu hút hơn 200 hội viên tham dự.", 200),
        ("Hơn 150 hội viên đã tham dự hội nghị.", 150),
        ("Hội nghị có sự tham dự của hơn 120 hội viên là cựu lưu học sinh.", 120),
        ("Hội nghị diễn ra với sự tham gia của hơn 300 người dân.", 300),
        # People, unnamed, only where their presence is what is said.
        ("Hội nghị diễn ra với sự tham gia của hơn 1.000 người.", 1000),
    ):
        event = event_of(lead + attended)
        assert event is not None
        assert (event.attendance_count, event.attendance_qualifier) == (count, "hơn")
    for not_attendance in (
        "Hội hiện có 25 chi hội với hơn 5.000 hội viên tham gia sinh hoạt.",
        "Hội nghị đã hỗ trợ hơn 300 người có hoàn cảnh khó khăn tham dự lễ.",
        "Dự hội nghị có ông Nguyễn Văn An cùng hơn 2 người con của ông.",
    ):
        event = event_of(lead + not_attendance)
        assert event is not None and event.attendance_count is None, not_attendance


def test_members_and_residents_who_come_with_the_guests_are_the_attendance() -> None:
    # "cùng N hội viên/người dân" closing a list of guests: they came along; people an
    # association serves ("hỗ trợ 300 người dân") or a membership are none.
    lead = (
        "Chiều 9/9/2024, Hội hữu nghị Việt Nam - Trung Quốc tỉnh Hà Giang tổ chức giao lưu "
        "hữu nghị với đoàn Vân Nam (Trung Quốc). "
    )
    for attended, count, qualifier in (
        ("Dự có ông Hầu Minh Lợi, Phó Chủ tịch UBND tỉnh cùng khoảng 80 hội viên.", 80, "khoảng"),
        ("Tham dự buổi giao lưu có ông Hầu Minh Lợi cùng hơn 400 người dân.", 400, "hơn"),
        # The last of a list of those attending, after "và".
        ("Dự có ông Hầu Minh Lợi; đại diện các sở, ngành và 45 hội viên.", 45, None),
        ("Đến dự buổi giao lưu có lãnh đạo huyện và hơn 300 người dân.", 300, "hơn"),
    ):
        event = event_of(lead + attended)
        assert event is not None
        assert (event.attendance_count, event.attendance_qualifier) == (count, qualifier)
    for not_attended in (
        "Năm qua, Hội đã tham gia hỗ trợ 300 người dân vùng biên.",
        "Hội có mặt ở 10 huyện, với hơn 2.000 hội viên.",
        "Hội có 25 chi hội và 2.000 hội viên.",
    ):
        event = event_of(lead + not_attended)
        assert event is not None and event.attendance_count is None


def test_a_provincial_newspapers_tag_taken_out_by_cleaning_still_places_the_event() -> None:
    # Cleaning takes the tag before the lead out of the text and keeps it as the article's
    # outlet: the extractor is given it, as it is given the URL of a sidecar.
    page = (
        "Hội nghị sơ kết công tác 6 tháng đầu năm\n"
        "(Baoninhbinh.org.vn) - Sáng 11/7/2024, Liên hiệp các tổ chức hữu nghị tỉnh tổ chức "
        "hội nghị sơ kết công tác 6 tháng đầu năm 2024. Hội nghị nghe báo cáo về hợp tác với "
        "các tỉnh Hủa Phăn, Xiêng Khoảng (Lào) và với tỉnh Nam Định, tỉnh Thanh Hóa.\n"
    )
    raw = page.encode()
    doc = RawDocument("page.txt", hashlib.sha256(raw).hexdigest(), len(raw), "utf-8", page)
    clean = clean_article(doc, 0.02, LexiconNames())
    assert isinstance(clean, CleanArticle)
    article = with_topic(clean.article)
    assert article.outlet == "Baoninhbinh.org.vn" and "Baoninhbinh" not in article.text
    event = extract_article(article).event
    assert event is not None and (event.scope, event.locality) == ("provincial", "Ninh Bình")
    # A sidecar's URL names the newspaper the same way.
    by_url = article.model_copy(update={"outlet": None, "url": "https://baoninhbinh.org.vn/a.htm"})
    event = extract_article(by_url).event
    assert event is not None and event.locality == "Ninh Bình"


def test_an_event_dated_by_its_year_or_month_alone_is_history_not_news() -> None:
    for told in (
        "Đại hội đại biểu lần thứ nhất của Liên hiệp được tổ chức năm 1996.",
        "Đại hội đại biểu lần thứ nhất của Liên hiệp diễn ra vào tháng 9/1996 tại Tuy Hòa.",
    ):
        assert event_of(told) is None, told
    event = event_of("Đại hội đại biểu lần thứ nhất của Liên hiệp được tổ chức ngày 12/9/1996.")
    assert event is not None and event.held is not None
    assert event.held.value == date(1996, 9, 12)


def test_an_undated_event_in_a_paragraph_opening_on_a_period_is_an_item_of_it() -> None:
    summary = (
        "Năm 2023, Hội hữu nghị Việt Nam - Cuba tỉnh Bến Tre đã tổ chức 20 hoạt động giao lưu. "
        "Hội cũng phối hợp tổ chức thành công Hội thảo về hợp tác nông nghiệp."
    )
    assert event_of(summary) is None
    # Dated, or opening a paragraph of its own, it is reported.
    dated = summary.replace("Hội cũng", "Ngày 9/10/2023, Hội")
    assert event_of(dated) is not None
    assert event_of(summary.replace(". Hội cũng", ".\nHội cũng")) is not None


def test_a_year_in_the_headline_naming_the_event_dates_it() -> None:
    event = event_of(
        "Gặp mặt lưu học sinh Lào đón Tết Bunpimay 2024\n"
        "Sáng 12/4, Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức gặp mặt, chúc Tết cổ truyền "
        "Bunpimay cho hơn 300 lưu học sinh Lào."
    )
    assert event is not None and event.held is not None
    assert (event.held.value, event.held.basis) == (date(2024, 4, 12), "event_name")
    # A headline of another kind of event says nothing of this one's year.
    other = event_of(
        "Hội thảo đối ngoại nhân dân 2023\n"
        "Sáng 12/4, Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức gặp mặt lưu học sinh Lào."
    )
    assert other is not None and (other.held is None or other.held.value is None)


def test_the_day_an_occasion_is_named_by_is_not_the_events() -> None:
    for lead in (
        "Trong không khí phấn khởi chào mừng Quốc khánh 2/9, sáng 30/8/2023, Liên hiệp các tổ "
        "chức hữu nghị tỉnh Lạng Sơn tổ chức gặp mặt hữu nghị.",
        "Hướng tới kỷ niệm Ngày Quốc tế Lao động 1/5, chiều 28/4/2023, Liên hiệp các tổ chức "
        "hữu nghị tỉnh Lạng Sơn tổ chức gặp mặt hữu nghị.",
    ):
        event = event_of(lead)
        assert event is not None and event.held is not None, lead
        assert event.held.value in (date(2023, 8, 30), date(2023, 4, 28)), lead
    # The occasion's day is the event's when no other is given.
    event = event_of("Lễ kỷ niệm Quốc khánh Lào diễn ra sáng 2/12/2023 tại Hà Nội.")
    assert event is not None and event.held is not None
    assert event.held.value == date(2023, 12, 2)


def test_vietnams_people_in_a_foreign_country_are_placed_there_not_the_event() -> None:
    # "cựu quân tình nguyện Việt Nam tại Lào" are veterans who served there: no venue.
    lead = "Ngày 5/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức gặp mặt cựu quân "
    event = event_of(lead + "tình nguyện Việt Nam tại Lào.")
    assert event is not None and event.location is None and event.locality == "Nghệ An"
    event = event_of(lead + "tình nguyện Việt Nam tại Lào tại thành phố Vinh.")
    assert event is not None and event.location == "thành phố Vinh"
    # Vietnam's own body at a place of ours is held there.
    event = event_of(
        "Ngày 5/3/2024, Đại hội đại biểu toàn quốc Liên hiệp các tổ chức hữu nghị Việt Nam lần "
        "thứ VII đã khai mạc tại Hà Nội."
    )
    assert event is not None and event.location == "Hà Nội"


def test_a_nationwide_event_is_national_wherever_its_name_says_it_is() -> None:
    event = event_of(
        "Ngày 5/3/2024, Đại hội đại biểu toàn quốc Liên hiệp các tổ chức hữu nghị Việt Nam tại "
        "Hà Nội đã bế mạc."
    )
    assert event is not None and event.scope == "national"


def test_a_general_association_organizes_and_foreigners_once_in_vietnam_are_met() -> None:
    event = event_of(
        "Chiều 5/3/2024, tại Phnôm Pênh, Tổng hội Khmer - Việt Nam tại Campuchia tổ chức gặp "
        "mặt cựu chuyên gia Campuchia từng học tập tại Việt Nam."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Tổng hội Khmer - Việt Nam tại Campuchia"
    # Vietnam placed by "tại" is where they studied, not whose people they are.
    assert event.kind == "reception_or_exchange"
