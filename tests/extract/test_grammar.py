"""The extractor's grammar on sentences written for these tests (one case per construction
of Vietnamese news), fed straight to the extractor: no build, no files."""

from __future__ import annotations

from datetime import date

import pytest

from dnnd_data.extract.awards import find_awards
from dnnd_data.extract.canonical import canonical_title
from dnnd_data.extract.dates import DateMention, datelines, find_dates, resolve, year_near
from dnnd_data.extract.documents import find_citations
from dnnd_data.extract.events import extract_event
from dnnd_data.extract.facts import extract_text
from dnnd_data.extract.sentences import split_sentences, unwrap
from dnnd_data.normalize.text import normalize_str
from tests.extract.sentences import event_of, people_of


@pytest.mark.parametrize(
    ("text", "day", "month", "year"),
    [
        ("Sáng 16/1, tại", 16, 1, None),
        ("Chiều 5-3, Ban", 5, 3, None),
        ("Tối 9.2, đoàn", 9, 2, None),
        ("ngày 14/10/2024 tại", 14, 10, 2024),
        ("Ngày 3 tháng 4 năm 2015, Hội", 3, 4, 2015),
        ("ngày 8 tháng 6, Sở", 8, 6, None),
        ("trong hai ngày 20-21/9, đại hội", 20, 9, None),
        ("từ ngày 15 đến 17/12/2023, đoàn", 15, 12, 2023),
        ("vào hai ngày 4 và 5/8/2022, tại", 4, 8, 2022),
        ("trong các ngày 15, 16/12/2023, tại", 15, 12, 2023),
        ("Sáng nay (22/4), tại", 22, 4, None),
        ("thứ Hai, 16/1, Liên hiệp", 16, 1, None),
        ("Ngày 12 - 10 - 2019, đồng chí", 12, 10, 2019),
        ("Ngày 15 - 12, Liên hiệp", 15, 12, None),
        ("Chiều 20 – 11, tại", 20, 11, None),
    ],
)
def test_dates_as_news_writes_them(text: str, day: int, month: int, year: int | None) -> None:
    (first, *_) = find_dates(text)
    assert (first.day, first.month, first.year) == (day, month, year)


def test_numbers_that_are_not_dates() -> None:
    assert find_dates("tăng 3.5% so với năm 2019, đạt 20,5 tỷ đồng") == []
    # Spaced, a day and a month are read only with their year or after the word of a day,
    # and not as days or hours of a longer run.
    assert find_dates("thắng 3 - 1, nhiệm kỳ 2019 - 2024") == []
    assert find_dates("trong hai ngày 1 - 2 tháng 3, từ sáng 8 - 10 giờ") == []


def test_dateline_is_a_date_on_its_own_line() -> None:
    text = "Tiêu đề bài\n\nThứ Năm, 12/03/2020 | 09:15\n\nSáng 11/3, tại Huế, Hội tổ chức..."
    assert [d for _, d in datelines(text)] == [date(2020, 3, 12)]
    assert datelines("Ngày 12/03/2020, Liên hiệp các tổ chức hữu nghị tỉnh tổ chức hội nghị") == []


def test_year_of_a_day_and_month_from_the_dateline() -> None:
    assert year_near(30, 12, date(2021, 1, 2)) == 2020
    assert year_near(5, 1, date(2021, 1, 6)) == 2021


def test_a_date_without_a_year_stays_without_one() -> None:
    value = resolve(DateMention(0, 4, 16, 1, None), [("dateline", None)])
    assert value.value is None
    assert value.problem == "16/1 has no year and none can be inferred"
    assert resolve(DateMention(0, 4, 16, 1, None), [("term", 2023)]).basis == "term"


def test_position_before_the_name_and_a_chain() -> None:
    found = people_of("Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Văn Bình dự hội nghị.")
    assert found == {"Trần Văn Bình": ("Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội")}


def test_name_then_positions_until_the_verb() -> None:
    found = people_of(
        "Đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Sơn La "
        "chủ trì hội nghị."
    )
    assert found == {"Lê Thị Hoa": ("Phó Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh Sơn La")}


def test_a_place_before_the_name_is_not_part_of_it() -> None:
    found = people_of("Phó Chủ tịch UBND thành phố Hải Phòng Vũ Đức Toàn phát biểu.")
    assert found == {"Vũ Đức Toàn": ("Phó Chủ tịch UBND thành phố Hải Phòng",)}


def test_foreign_guest_after_an_honorific_and_a_list() -> None:
    found = people_of(
        "Cùng dự có bà Maria Lopez - Đại sứ Cuba tại Việt Nam; ông Đặng Minh Khôi, "
        "Thứ trưởng Bộ Ngoại giao."
    )
    assert found == {
        "Maria Lopez": ("Đại sứ Cuba tại Việt Nam",),
        "Đặng Minh Khôi": ("Thứ trưởng Bộ Ngoại giao",),
    }


def test_a_rank_anchors_a_name_but_is_not_a_position() -> None:
    assert people_of("Đại sứ Phạm Sanh Châu, Chủ tịch Hội hữu nghị Việt Nam - Ấn Độ.") == {
        "Phạm Sanh Châu": ("Chủ tịch Hội hữu nghị Việt Nam - Ấn Độ",)
    }


def test_places_and_unanchored_names_are_not_people() -> None:
    assert people_of("Chủ tịch Hồ Chí Minh đã viết. Đoàn đến Hà Nội. Ảnh: Trần Minh") == {}


def test_one_spelling_per_title_on_the_timeline() -> None:
    assert canonical_title("Trưởng ban Đối ngoại T.Ư Đảng") == "Trưởng Ban Đối ngoại Trung ương"
    # One office however abbreviated ("UBND", "Ủy ban nhân dân (UBND)").
    for written in ("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban nhân dân (UBND) tỉnh"):
        assert canonical_title(written) == "Phó Chủ tịch Ủy ban nhân dân tỉnh", written
    assert canonical_title("Chủ tịch Ủy ban MTTQ tỉnh") == "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh"
    # A holder new in the office holds the office; a former holder does not.
    assert canonical_title("tân Đại sứ Lào") == "Đại sứ Lào"
    assert canonical_title("nguyên Đại sứ Lào") == "nguyên Đại sứ Lào"
    # "tân" before a title is read with it, as "nguyên" is.
    assert people_of("Ông Andrey Mikhailov, tân Tổng Lãnh sự Nga tại Đà Nẵng phát biểu.") == {
        "Andrey Mikhailov": ("tân Tổng Lãnh sự Nga tại Đà Nẵng",)
    }


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        (
            "Sáng 8/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác "
            "đối ngoại nhân dân năm 2015, triển khai nhiệm vụ năm 2016.",
            "annual_review",
        ),
        (
            "Ngày 20/12, Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau tổ chức Hội nghị tổng kết "
            "công tác năm 2022.",
            "local_review",
        ),
        (
            "Ngày 3/3, Ủy ban nhân dân tỉnh Bình Định tổ chức hội nghị triển khai nhiệm vụ "
            "công tác đối ngoại năm 2017.",
            "plan_deployment",
        ),
        # Named for deploying foreign-affairs work, with no year; not any deployment.
        (
            "Ngày 25/8/2025, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị triển khai "
            "công tác đối ngoại nhân dân sau sắp xếp, hợp nhất tỉnh.",
            "plan_deployment",
        ),
        (
            "Ngày 25/8/2025, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị triển khai "
            "phần mềm quản lý đoàn ra, đoàn vào.",
            "other",
        ),
        (
            "Sáng 2/11, Ban Bí thư tổ chức Hội nghị toàn quốc về công tác đối ngoại nhân dân.",
            "national_conference",
        ),
        # A course opened by who holds it.
        (
            "Ngày 5/6/2024, Liên hiệp các tổ chức hữu nghị Việt Nam khai giảng lớp bồi dưỡng "
            "nghiệp vụ đối ngoại nhân dân.",
            "other",
        ),
        # A programme named by its title that meets foreigners; one for retirees does not.
        (
            'Tối 2/2/2024, Liên hiệp các tổ chức hữu nghị tỉnh Huế tổ chức chương trình "Xuân '
            'yêu thương" gặp mặt bạn bè quốc tế.',
            "reception_or_exchange",
        ),
        (
            'Tối 2/2/2024, Liên hiệp các tổ chức hữu nghị tỉnh Huế tổ chức chương trình "Xuân '
            'yêu thương" gặp mặt cán bộ hưu trí.',
            "other",
        ),
        # An evening of songs with foreign students.
        (
            "Tối 2/2/2024, Liên hiệp các tổ chức hữu nghị tỉnh Huế tổ chức đêm văn nghệ giao lưu "
            "với lưu học sinh Lào.",
            "reception_or_exchange",
        ),
        # A meeting with foreigners named after the name's end.
        (
            "Ngày 12/7/2024, Liên hiệp các tổ chức hữu nghị tỉnh Bắc Ninh tổ chức Hội nghị gặp "
            "mặt, đối thoại với các tổ chức phi chính phủ nước ngoài.",
            "reception_or_exchange",
        ),
        # A national meeting that reviews a year's work is the annual review.
        (
            "Ngày 12-1, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Hội nghị toàn quốc tổng "
            "kết công tác đối ngoại nhân dân năm 2023.",
            "annual_review",
        ),
        (
            "Ngày 6/8, Hội hữu nghị Việt Nam - Cuba tỉnh Long An tổ chức Đại hội lần thứ III, "
            "nhiệm kỳ 2023-2028.",
            "congress",
        ),
        (
            "Chiều 15/5, Liên hiệp các tổ chức hữu nghị tỉnh Ninh Bình tổ chức Lễ kỷ niệm 20 năm "
            "ngày thành lập.",
            "anniversary",
        ),
        (
            "Ngày 9/9, tại Hà Nội, Chủ tịch nước Nguyễn Văn Hùng đã trao Huân chương Hữu nghị "
            "cho Đại sứ Lào.",
            "award_ceremony",
        ),
        (
            "Sáng 4/4, Sở Ngoại vụ tỉnh Gia Lai tổ chức buổi giao lưu hữu nghị với đoàn Campuchia.",
            "reception_or_exchange",
        ),
        (
            "Ngày 7/7, Liên hiệp các tổ chức hữu nghị tỉnh Lai Châu tổ chức hội nghị tập huấn "
            "nghiệp vụ năm 2023.",
            "other",
        ),
    ],
)
def test_the_event_head_and_words_decide_the_kind(lead: str, kind: str) -> None:
    event = event_of(lead)
    assert event is not None
    assert event.kind == kind


def test_lead_facts_date_place_organizer_attendance() -> None:
    event = event_of(
        "Thứ Ba, 14/01/2020 10:00\n\nSáng 13/1, tại Nhà hát Lớn, Liên hiệp các tổ chức hữu "
        "nghị thành phố Hải Phòng đã tổ chức Hội nghị tổng kết công tác đối ngoại nhân dân "
        "năm 2019. Hơn 200 đại biểu đã tham dự hội nghị."
    )
    assert event is not None
    assert event.held is not None and event.held.value == date(2020, 1, 13)
    assert event.held.basis == "dateline"
    assert event.location == "Nhà hát Lớn"
    assert event.organizer is not None
    assert event.organizer.name == "Liên hiệp các tổ chức hữu nghị thành phố Hải Phòng"
    assert (event.attendance_count, event.attendance_qualifier) == (200, "hơn")
    assert event.scope == "provincial"
    assert event.review_year == 2019


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 13/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác "
        "đối ngoại nhân dân năm 2019.",
        "(TBTCO) - Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối ngoại "
        "nhân dân năm 2019.",
        "Ngày 13/1, Sở Ngoại vụ, Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai phối hợp tổ chức "
        "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2019.",
    ],
)
def test_the_organizer_span_is_its_name_in_the_text(lead: str) -> None:
    text = unwrap(normalize_str(lead))
    event = extract_event("a_0000000000000000", text, split_sentences(text), None)
    assert event is not None and event.organizer is not None
    organizer = event.organizer
    assert text[organizer.start : organizer.end] == organizer.surface


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "Tham dự Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 có ông Lê Văn Hòa, "
            "Phó Chủ tịch Ủy ban nhân dân tỉnh.",
            "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023",
        ),
        (
            "Dự Đại hội có đồng chí Trần Minh Đức, Chủ tịch Hội hữu nghị Việt Nam - Lào.",
            "Đại hội",
        ),
        (
            "Đại biểu tham dự Hội thảo hữu nghị Việt - Nhật có sự tham gia của 120 đại biểu.",
            "Hội thảo hữu nghị Việt - Nhật",
        ),
        (
            "Tham dự Hội nghị triển khai nhiệm vụ năm 2024 có 150 đại biểu.",
            "Hội nghị triển khai nhiệm vụ năm 2024",
        ),
        # Its theme is a motto, not its name.
        (
            "Ngày 3/6/2024, Liên hiệp các tổ chức hữu nghị tỉnh Hưng Yên tổ chức Hội thảo "
            'khoa học với chủ đề "Nhân dân các nước vì hòa bình".',
            "Hội thảo khoa học",
        ),
        # Whom a course or gathering is held for, counted: its attendance.
        (
            "Sáng 3/6/2024, Sở Ngoại vụ tỉnh Cao Bằng tổ chức lớp bồi dưỡng kiến thức đối ngoại "
            "cho gần 90 cán bộ các xã biên giới.",
            "lớp bồi dưỡng kiến thức đối ngoại",
        ),
    ],
)
def test_an_attendee_list_after_the_event_is_not_its_name(lead: str, name: str) -> None:
    """ "<event> có <people | sự | a number>": "có" is the verb of the attendee list."""
    event = event_of(lead)
    assert event is not None
    assert event.name == name


def test_a_review_held_in_january_is_in_the_next_year() -> None:
    event = event_of(
        "Ngày 10/1, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối ngoại nhân "
        "dân năm 2016."
    )
    assert event is not None and event.held is not None
    assert (event.held.value, event.held.basis) == (date(2017, 1, 10), "review_year")


@pytest.mark.parametrize(
    ("lead", "held"),
    [
        # A part of a year is reviewed within it, late June included.
        (
            "Sáng 28/6, Sở Ngoại vụ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.",
            date(2024, 6, 28),
        ),
        ("Ngày 3/10, Hội tổ chức hội nghị sơ kết công tác 9 tháng năm 2025.", date(2025, 10, 3)),
        (
            "Ngày 8/4, Sở Ngoại vụ tổ chức hội nghị sơ kết công tác quý I năm 2023.",
            date(2023, 4, 8),
        ),
        # A whole year late in it or early in the next; never in its middle.
        ("Sáng 28/11, Hội tổ chức hội nghị tổng kết công tác năm 2024.", date(2024, 11, 28)),
        ("Sáng 8/4, Hội tổ chức hội nghị tổng kết công tác năm 2024.", date(2025, 4, 8)),
        ("Sáng 5/7, Hội tổ chức hội nghị tổng kết công tác năm 2024.", None),
        (
            "Sáng 5/7, Hội tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ "
            "năm 2025.",
            None,
        ),
        ("Ngày 12/9, Hội tổ chức hội nghị tổng kết hoạt động 12 tháng năm 2023.", None),
    ],
)
def test_the_year_of_a_review_from_the_part_of_the_year_it_reviews(
    lead: str, held: date | None
) -> None:
    event = event_of(lead)
    assert event is not None and event.held is not None
    assert event.held.value == held


def test_no_event_when_an_article_only_mentions_one() -> None:
    assert event_of("Tại Hội nghị Ngoại giao lần thứ 30, Thủ tướng nhấn mạnh: đối ngoại...") is None
    assert event_of("Quan hệ hữu nghị giữa hai nước ngày càng phát triển.") is None


def test_a_history_page_is_not_a_report() -> None:
    text = (
        "Ngày 2/3/2009, Hội tổ chức Đại hội lần thứ nhất. Ngày 5/4/2014, Hội tổ chức Đại hội "
        "lần thứ hai. Ngày 6/5/2019, Hội tổ chức Đại hội lần thứ ba."
    )
    assert event_of(text) is None
    # Its later congresses told by their day and head alone, with no verb that reports one.
    text = (
        "Ngày 20/4/2005, Liên hiệp tổ chức Đại hội lần thứ nhất, bầu ông Nguyễn Văn Tư làm Chủ "
        "tịch. Ngày 18/6/2010, Đại hội lần thứ II bầu ông Trần Văn Minh làm Chủ tịch. Ngày "
        "22/8/2016, Đại hội lần thứ III bầu bà Lê Thị Hoa làm Chủ tịch."
    )
    assert event_of(text) is None


def test_documents_by_the_numbering_grammar() -> None:
    text = normalize_str(
        "theo Hướng dẫn số 02-HD/BĐNTW và Quyết định số 12/QĐ-UBND của tỉnh; thực hiện Nghị "
        "quyết Đại hội đại biểu lần thứ II, nhiệm kỳ 2018-2023 của Hội; tiến tới Đại hội XIV "
        "của Đảng; quán triệt Nghị quyết Đại hội XIII của Đảng."
    )
    cited = {(c.doc_type, c.number) for c in find_citations(text, split_sentences(text))}
    # A provincial decision is not a policy document; a congress to come is not a document;
    # an association's congress resolution is known by its congress and term.
    assert cited == {
        ("Hướng dẫn", "02-HD/BĐNTW"),
        ("Nghị quyết Đại hội", "XIII"),
        ("Nghị quyết Đại hội", "II, nhiệm kỳ 2018-2023"),
    }


def test_the_states_documents_by_their_numbering_grammar_and_issuer() -> None:
    text = normalize_str(
        "Thực hiện Nghị quyết số 45/NQ-CP ngày 3/4/2024 của Chính phủ và Chỉ thị số 12/CT-TTg "
        "của Thủ tướng Chính phủ, Nghị quyết số 190/2025/QH15 của Quốc hội."
    )
    cited = {(c.doc_type, c.number, c.issuer) for c in find_citations(text, split_sentences(text))}
    assert cited == {
        ("Nghị quyết", "45/NQ-CP", "Chính phủ"),
        ("Chỉ thị", "12/CT-TTg", "Thủ tướng Chính phủ"),
        ("Nghị quyết", "190/2025/QH15", "Quốc hội"),
    }


def test_a_ministrys_circular_by_its_numbering_grammar() -> None:
    text = normalize_str(
        "Hội nghị phổ biến Thông tư số 07/2010/TT-BKH ngày 30/3/2010 hướng dẫn Nghị định số "
        "93/2009/NĐ-CP và Thông tư liên tịch số 02/2015/TTLT-BNG-BNV về Sở Ngoại vụ."
    )
    cited = {(c.doc_type, c.number, c.issuer) for c in find_citations(text, split_sentences(text))}
    # A decree's code names its issuer.
    assert cited == {
        ("Thông tư", "07/2010/TT-BKH", None),
        ("Nghị định", "93/2009/NĐ-CP", "Chính phủ"),
        ("Thông tư", "02/2015/TTLT-BNG-BNV", None),
    }


def test_a_decision_by_its_code_the_prime_ministers_or_the_partys() -> None:
    text = normalize_str(
        "Thực hiện Quyết định số 1334/QĐ-TTg, Quyết định 22/2024/QĐ-TTg và Quyết định số 12-QĐ/TW."
    )
    cited = {(c.doc_type, c.number, c.issuer) for c in find_citations(text, split_sentences(text))}
    assert cited == {
        ("Quyết định", "1334/QĐ-TTg", "Thủ tướng Chính phủ"),
        ("Quyết định", "22/2024/QĐ-TTg", "Thủ tướng Chính phủ"),
        ("Quyết định", "12-QĐ/TW", None),
    }


def test_the_partys_notices_by_their_numbering_grammar() -> None:
    text = normalize_str(
        "Hội nghị quán triệt Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị về hội nhập "
        "quốc tế và Thông báo kết luận số 30-TB/TW ngày 2/5/2025 của Ban Bí thư về công tác đối "
        "ngoại nhân dân; Thông báo số 15-TB/TU của Tỉnh ủy."
    )
    cited = {
        (c.doc_type, c.number, c.issued_on, c.title)
        for c in find_citations(text, split_sentences(text))
    }
    # A notice of a province's committee is its own, as its plans are (not read here).
    assert cited == {
        ("Nghị quyết", "59-NQ/TW", date(2025, 1, 24), "hội nhập quốc tế"),
        ("Thông báo", "30-TB/TW", date(2025, 5, 2), "công tác đối ngoại nhân dân"),
    }


def test_a_subject_cut_off_by_the_next_citation_is_no_title() -> None:
    text = normalize_str(
        "Thực hiện Chương trình hành động số 15-CTr/TU ngày 10/3/2022 của Tỉnh ủy về thực hiện "
        "Chỉ thị 12-CT/TW và Kế hoạch số 45/KH-UBND ngày 1/3/2024 của UBND tỉnh về tổ chức các "
        "hoạt động đối ngoại nhân dân năm 2024."
    )
    titles = {c.number: c.title for c in find_citations(text, split_sentences(text))}
    assert titles["15-CTr/TU"] is None
    assert titles["45/KH-UBND"] == "tổ chức các hoạt động đối ngoại nhân dân năm 2024"


def test_documents_known_by_name_are_their_organizations_own() -> None:
    text = normalize_str(
        "Đại hội đã thông qua Điều lệ và Chương trình hành động khoá II của Hội. Hai bên ký "
        "kết Biên bản ghi nhớ hợp tác giai đoạn 2025-2030. Các bên sẽ ký thỏa thuận hợp tác "
        "trong thời gian tới. Hội nghị quán triệt Nghị quyết Đại hội lần thứ XIII của Đảng "
        "và Nghị quyết Đại hội XIII. Hai tỉnh đã ký Biên bản hội đàm năm 2025."
    )
    sentences = split_sentences(text)
    here = find_citations(text, sentences, "e_000000000001")
    named = {c.surface: c.title for c in here if c.title_is_name}
    # Without a term or period an agreement's name tells no document apart: not read.
    assert named == {
        "Điều lệ và Chương trình hành động khóa II": "Điều lệ và Chương trình hành động khóa II",
        "Biên bản ghi nhớ hợp tác giai đoạn 2025-2030": (
            "Biên bản ghi nhớ hợp tác giai đoạn 2025-2030"
        ),
        "Nghị quyết Đại hội lần thứ XIII của Đảng": "Nghị quyết Đại hội lần thứ XIII của Đảng",
        "Nghị quyết Đại hội XIII": "Nghị quyết Đại hội XIII",
        "Biên bản hội đàm năm 2025": "Biên bản hội đàm năm 2025",
    }
    elsewhere = find_citations(text, sentences, "e_000000000002")
    ids = {c.surface: c.document_id for c in here}
    for citation in elsewhere:
        # The Party's resolution is one document everywhere; a charter is its event's own.
        same = citation.doc_type == "Nghị quyết Đại hội"
        assert (ids[citation.surface] == citation.document_id) is same, citation.surface


def test_a_medals_title_opening_on_vi_is_read_without_quotes() -> None:
    def titles(text: str) -> set[str | None]:
        text = normalize_str(text)
        return {a.award_title for a in find_awards(text, split_sentences(text), [])}

    assert titles(
        "Liên hiệp trao Kỷ niệm chương Vì sự nghiệp đối ngoại nhân dân nhân dịp kỷ niệm 75 năm."
    ) == {"Vì sự nghiệp đối ngoại nhân dân"}
    assert titles(
        "Hội trao Kỷ niệm chương Vì hòa bình, hữu nghị giữa các dân tộc cho 5 cá nhân."
    ) == {"Vì hòa bình, hữu nghị giữa các dân tộc"}
    # "và" ends it less plainly than a recipient or a stop: no title is better than half one.
    assert titles("Tỉnh trao Kỷ niệm chương Vì thế hệ trẻ và Bằng khen cho 3 tập thể.") == {None}


def test_those_receiving_the_next_award_are_not_this_ones() -> None:
    text = normalize_str(
        "Dịp này, Liên hiệp trao Kỷ niệm chương cho các cá nhân, 3 tập thể được tặng Bằng khen."
    )
    rows = {
        (a.award_type, a.recipient_kind, a.recipient_count)
        for a in find_awards(text, split_sentences(text), [])
    }
    assert rows == {("Kỷ niệm chương", "cá nhân", None), ("Bằng khen", "tập thể", 3)}
    # Nor are the previous award's recipients this one's.
    text = normalize_str(
        "UBND tỉnh tặng Bằng khen cho 15 tập thể, 20 cá nhân và Giấy khen cho 10 hội viên."
    )
    rows = {
        (a.award_type, a.recipient_kind, a.recipient_count)
        for a in find_awards(text, split_sentences(text), [])
    }
    assert rows == {
        ("Bằng khen", "tập thể", 15),
        ("Bằng khen", "cá nhân", 20),
        ("Giấy khen", None, None),
    }


def test_recipients_listed_after_a_colon_and_a_count_of_both_kinds() -> None:
    def rows(text: str) -> set[tuple[str, str | None, int | None]]:
        text = normalize_str(text)
        return {
            (a.award_type, a.recipient_kind, a.recipient_count)
            for a in find_awards(text, split_sentences(text), [])
        }

    assert rows("Dịp này, UBND tỉnh tặng Bằng khen cho: 5 tập thể, 10 cá nhân.") == {
        ("Bằng khen", "tập thể", 5),
        ("Bằng khen", "cá nhân", 10),
    }
    # One count of collectives and individuals together counts neither.
    assert rows("Liên hiệp tặng Giấy khen cho 25 tập thể, cá nhân có thành tích xuất sắc.") == {
        ("Giấy khen", "tập thể", None),
        ("Giấy khen", "cá nhân", None),
    }


def test_an_award_given_to_people_by_name_counts_them() -> None:
    def rows(sentence: str) -> set[tuple[str, str | None, int | None]]:
        text = normalize_str("Chiều 7/11/2024, Liên hiệp tổ chức lễ trao tặng. " + sentence)
        return {
            (a.award_type, a.recipient_kind, a.recipient_count)
            for a in extract_text("a_0000000000000000", text).awards
        }

    assert rows(
        "Ông Lê Văn An trao Kỷ niệm chương cho ông Suzuki Kenji, bà Tanaka Yumi và ông Sato "
        "Hiroshi - những người bạn Nhật Bản."
    ) == {("Kỷ niệm chương", "cá nhân", 3)}
    assert rows(
        "Ông Lê Văn An trao Huân chương Hữu nghị tặng ông Ueda Eiji, Chủ tịch Hội Hữu nghị Nhật - "
        "Việt Osaka, nhân dịp ông về nước."
    ) == {("Huân chương Hữu nghị", "cá nhân", 1)}
    # Counted recipients are read as before; the presenter is no recipient.
    assert rows("Ông Lê Văn An trao Bằng khen cho 5 cá nhân.") == {("Bằng khen", "cá nhân", 5)}


def test_an_award_given_to_an_organization_the_article_knows_names_it() -> None:
    text = normalize_str(
        "Ngày 15/11/2022, Liên hiệp các tổ chức hữu nghị tỉnh Lâm Đồng tổ chức Lễ kỷ niệm 25 năm "
        "Ngày thành lập. Ông Lê Văn An trao Huân chương Lao động hạng Ba cho Liên hiệp các tổ "
        "chức hữu nghị tỉnh. Ông Lê Văn An trao Bằng khen cho Hội Cựu chiến binh xã Đạ Tông."
    )
    rows = {
        (a.award_type, a.recipient_kind, a.recipient_org_id)
        for a in extract_text("a_0000000000000000", text).awards
    }
    # The union is the article's; an organization it names nowhere else gets no row of its own.
    assert rows == {
        (
            "Huân chương Lao động",
            "tập thể",
            "o-lien-hiep-cac-to-chuc-huu-nghi-tinh-lam-dong-1fca0a7a",
        ),
        ("Bằng khen", None, None),
    }


def test_awards_named_by_grammar() -> None:
    text = normalize_str(
        "Ban tổ chức trao giải Nhất cho 2 tập thể. Đoàn đạt giải Ba toàn đoàn. Hội trao giải "
        "cuộc thi ảnh “Hữu nghị bền vững” cho các cá nhân. Hội được tặng cờ “Đơn vị xuất "
        "sắc”. Ba đơn vị giải ba bài toán."
    )
    rows = {(a.award_type, a.award_title) for a in find_awards(text, split_sentences(text), [])}
    assert rows == {
        ("Giải nhất", None),
        ("Giải ba", None),
        ("Giải cuộc thi ảnh", "Hữu nghị bền vững"),
        ("Cờ", "Đơn vị xuất sắc"),
    }


def test_the_class_of_an_order_is_read_and_one_award_is_one_row() -> None:
    text = normalize_str(
        "LIÊN HIỆP ĐÓN NHẬN HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT\n\nChủ tịch nước trao tặng Huân "
        "chương Lao động cho Liên hiệp. Hội được tặng Huân chương Độc lập hạng 3, Huân chương "
        "Hữu nghị và Huân chương Lao động hạng II."
    )
    rows = {(a.award_type, a.award_class) for a in find_awards(text, split_sentences(text), [])}
    assert rows == {
        ("Huân chương Lao động", 1),
        ("Huân chương Độc lập", 3),
        ("Huân chương Hữu nghị", None),
        ("Huân chương Lao động", 2),
    }


def test_a_year_is_a_whole_four_digit_token() -> None:
    event = event_of(
        "Ngày 10/1, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối ngoại nhân "
        "dân năm 20199."
    )
    assert event is not None
    assert event.review_year is None
    # Neither is a date: a five-digit "year", a year before 1945.
    assert find_dates("ngày 5/6/20199 và 7/8/1850") == []
