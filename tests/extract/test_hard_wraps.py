"""A text wrapped at a fixed width (a plain-text file, a mail, a copy from a PDF) reads as
the same text unwrapped; a text with a line per paragraph is left as it is. Articles
written for these tests, wrapped with the standard library."""

from __future__ import annotations

import textwrap

from dnnd_data.extract.facts import extract_text
from dnnd_data.extract.sentences import unwrap
from dnnd_data.normalize.text import normalize_str

ARTICLE = (
    "Bắc Giang tổng kết công tác đối ngoại nhân dân năm 2023\n\n"
    "Sáng 28/12/2023, Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang tổ chức Hội nghị tổng kết "
    "công tác đối ngoại nhân dân năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có các "
    "đồng chí: Nguyễn Văn Linh, Phó Chủ tịch Thường trực UBND tỉnh; Ngô Sách Thực, Chủ tịch "
    "Ủy ban MTTQ tỉnh, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang; Trịnh Hữu "
    "Thắng, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bắc Giang.\n\n"
    "Phát biểu tại hội nghị, ông Nguyễn Văn Linh đề nghị Liên hiệp tiếp tục đổi mới nội dung "
    "và phương thức hoạt động, vận động viện trợ phi chính phủ nước ngoài cho các huyện miền "
    "núi của tỉnh."
)


def _facts(text: str) -> tuple[object, ...]:
    extraction = extract_text("a_0000000000000000", normalize_str(text))
    event = extraction.event
    assert event is not None
    people = sorted((r.name, r.role, r.positions) for r in extraction.roles)
    return event.kind, event.name, event.held, event.organizer_org_id, people


def _wrapped(text: str, width: int) -> str:
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False) if line else line
        for line in text.split("\n")
    )


def test_a_text_wrapped_at_a_width_reads_as_unwrapped() -> None:
    assert _facts(_wrapped(ARTICLE, 72)) == _facts(ARTICLE)
    assert _facts(_wrapped(ARTICLE, 60)) == _facts(ARTICLE)


def test_unwrapping_keeps_every_offset_and_the_paragraphs() -> None:
    wrapped = _wrapped(ARTICLE, 64)
    unwrapped = unwrap(wrapped)
    assert len(unwrapped) == len(wrapped)
    # The headline and the blank lines between paragraphs stay line breaks.
    assert unwrapped.split("\n\n")[0] == "Bắc Giang tổng kết công tác đối ngoại nhân dân năm 2023"
    assert unwrapped.count("\n\n") == ARTICLE.count("\n\n")


def test_a_line_the_next_word_would_have_fitted_on_ends_there() -> None:
    # A wrapped headline with no blank line after it: its last line is near the width,
    # but the lead's first word would have fitted on it, so the break was the writer's.
    lines = [
        "Đoàn đại biểu tỉnh Hủa Phăn thăm và làm việc với Liên hiệp các tổ chức",
        "hữu nghị tỉnh Thanh Hóa về hợp tác giáo dục và y tế giữa hai tỉnh",
        "Chiều 5/6/2024, tại thành phố Thanh Hóa, Liên hiệp các tổ chức hữu nghị",
        "tỉnh Thanh Hóa tiếp đoàn đại biểu tỉnh Hủa Phăn (Lào) do ông Khăm Phăn",
        "Phôm Ma Thắt, Phó Tỉnh trưởng tỉnh Hủa Phăn làm trưởng đoàn. Hai bên",
        "trao đổi về hợp tác giáo dục.",
    ]
    unwrapped = unwrap("\n".join(lines))
    assert "giữa hai tỉnh\nChiều 5/6/2024" in unwrapped
    assert "Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa tiếp đoàn" in unwrapped


def test_a_text_with_a_line_per_paragraph_is_left_as_it_is() -> None:
    # Short paragraphs, each ending on its full stop: nothing is joined.
    text = "\n".join(
        [
            "Liên hiệp tổ chức gặp mặt đầu xuân với các tổ chức phi chính phủ.",
            "Hội nghị có sự tham dự của đại diện 40 tổ chức đang hoạt động.",
            "Các đại biểu đã trao đổi về kế hoạch hợp tác trong năm mới.",
            "Lãnh đạo tỉnh cảm ơn sự đồng hành của các tổ chức trong năm qua.",
        ]
    )
    assert unwrap(text) == text


def test_a_wrapped_text_under_a_pages_menu_and_its_stamp_reads_as_unwrapped() -> None:
    # The menu's short lines are the page's, not the wrap's; the headline, as long as the
    # width, is followed by its stamp on a line of its own.
    menu = "Trang chủ\nGiới thiệu\nTin tức\nHội nghị - Hội thảo\nĐại hội\nLiên hệ\n"
    headline = "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 tỉnh Bắc Giang"
    body = ARTICLE.split("\n\n", 1)[1]
    page = f"{menu}{headline}\n28/12/2023 16:05\n\n{body}"
    wrapped = f"{menu}{headline}\n28/12/2023 16:05\n\n{_wrapped(body, len(headline))}"
    assert _facts(wrapped) == _facts(page)
    assert f"{headline}\n28/12/2023" in unwrap(wrapped)


def test_a_headline_near_the_width_before_the_outlets_tag_and_the_leads_day_ends_there() -> None:
    headline = "Bắc Giang tổ chức Diễn đàn nhân dân ASEAN - Trung Quốc lần thứ ba"
    body = ARTICLE.split("\n\n", 1)[1].replace(
        "Sáng 28/12/2023", "Baobacgiang.vn - Ngày 28/12/2023"
    )
    wrapped = f"{headline}\n{_wrapped(body, 76)}"
    assert f"{headline}\nBaobacgiang.vn - Ngày" in unwrap(wrapped)


def test_a_short_wrapped_article_whose_sentences_end_at_line_ends() -> None:
    lines = [
        "Chiều 14/5/2025, tại thành phố Lào Cai, Ban Đối ngoại Trung ương phối hợp",
        "với Tỉnh ủy Lào Cai tổ chức Hội thảo khoa học về đối ngoại nhân dân.",
        "Đồng chí Nguyễn Thanh Sơn, Phó Trưởng Ban Đối ngoại Trung ương và đồng chí",
        "Hoàng Giang, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đồng chủ trì hội thảo.",
        "Hội thảo nhận được 45 tham luận của các nhà khoa học, nhà quản lý của Bộ",
        "Ngoại giao, Học viện Chính trị quốc gia Hồ Chí Minh và các tỉnh biên giới.",
        "Các đại biểu thảo luận về vai trò của nhân dân hai bên biên giới Việt Trung.",
        "Hội thảo đề xuất nhiều giải pháp tăng cường giao lưu nhân dân vùng biên giới.",
        "Kết luận hội thảo, đồng chí Nguyễn Thanh Sơn cảm ơn các nhà khoa học dự họp.",
    ]
    unwrapped = unwrap("\n".join(lines))
    assert "và đồng chí Hoàng Giang, Phó Bí thư" in unwrapped
    assert "của Bộ Ngoại giao" in unwrapped


def test_a_wrapped_lead_its_outlets_tag_was_taken_off_reads_as_unwrapped() -> None:
    # Cleaning takes "(GLO) - " off the lead's first line: as wrapped, it was that long.
    lines = [
        "Trong 2 ngày 14 và 15/7/2022, Hội hữu nghị Việt Nam - Lào tỉnh Gia",
        "Lai tổ chức Đại hội lần thứ III, nhiệm kỳ 2022-2027. Dự đại hội có bà Ksor",
        "H'Bơ Khăp, Phó Chủ tịch UBND tỉnh, Chủ tịch Liên hiệp các tổ chức hữu nghị",
        "tỉnh. Đại hội đã bầu Ban Chấp hành khóa III gồm 21 ủy viên. Ông Rơ Châm Long",
        "được bầu lại làm Chủ tịch Hội.",
    ]
    text = "Đại hội Hội hữu nghị Việt Nam - Lào tỉnh Gia Lai\n" + "\n".join(lines)
    assert "tỉnh Gia\nLai tổ chức" in unwrap(text)
    assert "tỉnh Gia Lai tổ chức" in unwrap(text, tag_cut=len("(GLO) - "))


def test_a_short_wrapped_article_with_two_cut_lines_and_one_going_on_in_lower_case() -> None:
    lines = [
        "Sáng 29/9/2024, Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai tổ chức lễ kỷ",
        "niệm 30 năm thành lập và đón nhận Huân chương Lao động hạng Nhì.",
        "Thừa ủy quyền của Chủ tịch nước, ông Võ Tấn Đức, Phó Chủ tịch UBND tỉnh trao",
        "Huân chương Lao động hạng Nhì cho Liên hiệp.",
        "Tham dự buổi lễ có bà Tôn Ngọc Hạnh, Phó Bí thư Tỉnh ủy và hơn 200 đại biểu.",
    ]
    assert "tỉnh trao Huân chương" in unwrap("Đồng Nai đón nhận Huân chương\n" + "\n".join(lines))


def test_a_short_wrapped_article_with_two_lines_cut_at_the_full_width() -> None:
    lines = [
        "Chiều 20/11/2024, Bí thư Thành ủy Hà Nội Nguyễn Thị Thu Lan đã tiếp ngài Đinh",
        "Tiết Tường, Ủy viên Thường vụ Bộ Chính trị, Phó Thủ tướng Quốc vụ viện Trung",
        "Quốc.",
        "Ngài Đinh Tiết Tường đánh giá cao sự phát triển của Thủ đô Hà Nội.",
    ]
    width = max(len(line) for line in lines[:2])
    assert all(width - 2 <= len(line) for line in lines[:2])
    text = "Phó Thủ tướng Trung Quốc thăm Hà Nội\n" + "\n".join(lines)
    assert "ngài Đinh Tiết Tường, Ủy viên" in unwrap(text)
    assert "Quốc vụ viện Trung Quốc." in unwrap(text)


def test_an_anniversarys_span_wrapped_after_either_date_reads_as_one() -> None:
    # The span's second date opening a line is no page's stamp ("21/9/2023)."), nor its
    # dash and date before ", ngày 29/11" a place's dateline.
    article = ARTICLE.replace(
        "Sáng 28/12/2023, ",
        "Nhân kỷ niệm 49 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào (2/12/1975 - "
        "2/12/2024), ngày 28/11/2024, ",
    ).replace("năm 2023, triển", "năm 2023 (21/9/1973 - 21/9/2023), triển")
    breaks = set()
    for width in range(60, 100):
        wrapped = _wrapped(article, width)
        for span in ("(2/12/1975 - 2/12/2024)", "(21/9/1973 - 21/9/2023)"):
            split = span.replace(" - ", "\n- ", 1), span.replace(" - ", " -\n", 1)
            if any(form in wrapped for form in split):
                breaks.add((span, next(form for form in split if form in wrapped)))
                assert span in unwrap(wrapped), width
    assert len(breaks) >= 3  # both spans, each broken before and after its dash


def test_a_line_ending_on_a_word_that_leaves_it_open_goes_on() -> None:
    # Wrapped at a width that varies by a few columns: the next line's first word would
    # have fitted, but no headline or paragraph ends on "tổ chức" or "do ông".
    lines = [
        "Hà Nam: Đại hội Hội hữu nghị Việt Nam - Campuchia tỉnh nhiệm kỳ 2025-2030",
        "",
        "Ngày 10/3/2025, Hội hữu nghị Việt Nam - Campuchia tỉnh Hà Nam tổ chức",
        "Đại hội đại biểu lần thứ V, nhiệm kỳ 2025-2030. Về dự có 100 đại biểu chính",
        "thức đại diện cho hơn 2.000 hội viên trong tỉnh, đoàn khách Campuchia do ông",
        "Men Vibol làm trưởng đoàn. Ông Phan Thanh Duy, Phó Chủ tịch UBND tỉnh phát",
        "biểu chỉ đạo đại hội.",
    ]
    unwrapped = unwrap("\n".join(lines))
    assert "tỉnh Hà Nam tổ chức Đại hội đại biểu" in unwrapped
    assert "do ông Men Vibol làm trưởng đoàn" in unwrapped
    # Nor does one end on a comma: the title after a name goes on.
    lines[-2:] = [
        "Men Vibol làm trưởng đoàn. Đại hội bầu 31 ủy viên. Ông Phan Thanh Duy,",
        "Phó Chủ tịch UBND tỉnh được bầu làm Chủ tịch Hội khóa V.",
    ]
    assert "Ông Phan Thanh Duy, Phó Chủ tịch" in unwrap("\n".join(lines))
    lines[-2:] = [
        "Men Vibol làm trưởng đoàn. Ông Phan Thanh Duy, Phó Chủ tịch UBND tỉnh phát",
        "biểu chỉ đạo đại hội.",
    ]
    assert "nhiệm kỳ 2025-2030\n" in unwrapped
    extraction = extract_text("a_0000000000000000", normalize_str("\n".join(lines)))
    assert extraction.event is not None and extraction.event.kind == "congress"


def test_a_place_or_a_date_running_over_a_lines_end_goes_on() -> None:
    # The next line's first word would have fitted, but a locality's unit ends the line
    # and its name opens the next, or a date's word and its figures.
    lines = [
        "Ngày 12/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội",
        "nghị tổng kết. Dự hội nghị có ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh",
        "Nam Định; ông Lê Văn Minh, Giám đốc Sở Ngoại vụ và 80 đại biểu đại diện",
        "các hội thành viên. Hội nghị đã đánh giá kết quả công tác năm, tháng và năm",
        "2023, đề ra phương hướng nhiệm vụ năm 2024 cho các hội hữu nghị thành viên.",
    ]
    unwrapped = unwrap("\n".join(lines))
    assert "UBND tỉnh Nam Định; ông" in unwrapped
    assert "tháng và năm 2023," in unwrapped


def test_a_list_of_headlines_as_long_as_a_wrap_is_no_wrap() -> None:
    # A page's list of related headlines, none ending on its full stop and none going on
    # in lower case: the widest line's next word would not have fitted on it, but every
    # other line's next word would have, which no wrap at that width leaves.
    lines = [
        "Tin liên quan",
        "Lễ trao Kỷ niệm chương cho các cá nhân có đóng góp cho công tác đối ngoại nhân dân",
        "Chủ tịch nước tiếp đoàn đại biểu các tổ chức hữu nghị của nước bạn Lào",
        "Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái tổng kết công tác năm 2022",
        "Gặp mặt hữu nghị nhân kỷ niệm Quốc khánh nước Cộng hòa Cu Ba",
        "Xem thêm",
    ]
    text = "\n".join(lines)
    assert unwrap(text) == text
    event = extract_text("a_0000000000000000", normalize_str(text)).event
    assert event is None or "Chủ tịch nước" not in event.name
