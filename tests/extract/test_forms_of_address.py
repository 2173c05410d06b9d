"""Forms of address and titles around a name: the informal "anh"/"chị" of youth news, an
alternate member's title, and an organization's name that starts like a name. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from dnnd_data.extract.facts import extract_text
from dnnd_data.normalize.text import normalize_str
from tests.extract.sentences import people_of


def _genders(text: str) -> dict[str, str | None]:
    return {p.name: p.gender for p in extract_text("a", normalize_str(text)).people}


def test_anh_and_chi_address_a_person() -> None:
    assert _genders("Dự có anh Lê Minh Tuấn và chị Trần Thu Hà.") == {
        "Lê Minh Tuấn": "male",
        "Trần Thu Hà": "female",
    }
    # Capitalised as a sentence's first word.
    assert _genders("Anh Lê Minh Tuấn phát biểu khai mạc.") == {"Lê Minh Tuấn": "male"}


def test_a_foreign_name_after_anh_needs_a_title() -> None:
    people = people_of(
        "Dự có anh Souksavanh Phommachack, Bí thư thứ nhất Đoàn Thanh niên tỉnh Chăm-pa-sắc."
    )
    assert people == {
        "Souksavanh Phommachack": ("Bí thư thứ nhất Đoàn Thanh niên tỉnh Chăm-pa-sắc",)
    }
    assert people_of("Các chị Hội Phụ nữ xã tham gia gói bánh.") == {}


def test_anh_written_as_a_country_is_no_honorific() -> None:
    assert people_of("Dự lễ có Đại sứ Anh Mark Gooding và các đại biểu.") == {}
    assert people_of("Dự lễ có Đại sứ Anh tại Việt Nam Mark Gooding.") == {
        "Mark Gooding": ("Đại sứ Anh tại Việt Nam",)
    }


def test_an_alternate_members_title_is_whole() -> None:
    people = people_of(
        "Dự có đồng chí Hoàng Văn Nam, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí "
        "thư Tỉnh ủy."
    )
    assert people == {
        "Hoàng Văn Nam": ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy")
    }


def test_a_youth_unions_name_after_a_title_is_no_person() -> None:
    people = people_of(
        "Dự có ông Vongsay Sisouk, Phó Bí thư Trung ương Đoàn Thanh niên Nhân dân Cách mạng "
        "Lào và đại diện các ban."
    )
    assert people == {
        "Vongsay Sisouk": ("Phó Bí thư Trung ương Đoàn Thanh niên Nhân dân Cách mạng Lào",)
    }


def test_an_organ_named_by_its_fields_keeps_their_commas() -> None:
    people = people_of(
        "Dự có bà Lê Thị Hà, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An, Phó Chủ "
        "tịch Hội."
    )
    assert people == {
        "Lê Thị Hà": ("Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An", "Phó Chủ tịch Hội")
    }
    # A title after the comma is the next one, and names are not fields.
    people = people_of("Dự có ông Lê Văn An, Chủ tịch Hội, Trưởng ban Tổ chức và Kiểm tra.")
    assert people == {"Lê Văn An": ("Chủ tịch Hội", "Trưởng ban Tổ chức và Kiểm tra")}


def test_a_captions_bracket_ends_the_title() -> None:
    people = people_of(
        "Ông Lê Văn An, Phó Chủ tịch UBND tỉnh (thứ 3 từ trái sang) tặng quà cho các đại biểu."
    )
    assert people == {"Lê Văn An": ("Phó Chủ tịch UBND tỉnh",)}
    # An acronym or a country in brackets is the title's.
    people = people_of("Dự có ông Somsak Inthavong, Phó Tỉnh trưởng tỉnh Savannakhet (Lào).")
    assert people == {"Somsak Inthavong": ("Phó Tỉnh trưởng tỉnh Savannakhet (Lào)",)}


def test_an_international_offices_head_accredited_here() -> None:
    people = people_of("Dự có Trưởng Phái đoàn EU tại Việt Nam Julien Guerrier và các đại biểu.")
    assert people == {"Julien Guerrier": ("Trưởng Phái đoàn EU tại Việt Nam",)}
    people = people_of("Dự có Trưởng Đại diện UNICEF tại Việt Nam Rana Flowers.")
    assert people == {"Rana Flowers": ("Trưởng Đại diện UNICEF tại Việt Nam",)}
    # After an acronym, "tại" an occasion is no part of the title.
    people = people_of("Ông Vương Đức Hoàng Quân, Chủ tịch HUFO tại buổi lễ phát biểu.")
    assert people == {"Vương Đức Hoàng Quân": ("Chủ tịch HUFO",)}


def test_a_twinned_foreign_localitys_name_is_no_person() -> None:
    # "Sùng" is a family name too; the Chinese border city is a place of the reference list.
    people = people_of(
        "Tham dự có bà Lưu Hồng Mai, Phó Chủ tịch Liên hợp hội Phụ nữ thành phố Sùng Tả."
    )
    assert people == {"Lưu Hồng Mai": ("Phó Chủ tịch Liên hợp hội Phụ nữ thành phố Sùng Tả",)}
    # Nor is a family name inside a foreign province's name of several words ("Ly" of "Bô Ly
    # Khăm Xay"), before a verb or before its holder's name.
    people = people_of("Ngài Bun Mi, Phó Tỉnh trưởng tỉnh Bô Ly Khăm Xay đánh giá cao hai tỉnh.")
    assert people == {"Bun Mi": ("Phó Tỉnh trưởng tỉnh Bô Ly Khăm Xay",)}
    people = people_of("Phó Tỉnh trưởng tỉnh Xay Nha Bu Ly Lò Văn Sơn phát biểu.")
    assert people == {"Lò Văn Sơn": ("Phó Tỉnh trưởng tỉnh Xay Nha Bu Ly",)}
    # A province left unnamed before its leader's name keeps the leader.
    assert people_of("Phó Chủ tịch UBND tỉnh Hoàng Nam phát biểu.") == {
        "Hoàng Nam": ("Phó Chủ tịch UBND tỉnh",)
    }


def test_and_before_a_capitalised_honorific_joins_two_people() -> None:
    for honorific in ("Ngài", "Đồng chí", "Ông"):
        people = people_of(
            f"Đồng chí Lê Văn An, Chủ tịch UBND tỉnh Tây Ninh và {honorific} Men Vibol, Tỉnh "
            "trưởng tỉnh Svay Rieng đồng chủ trì hội nghị."
        )
        assert people == {
            "Lê Văn An": ("Chủ tịch UBND tỉnh Tây Ninh",),
            "Men Vibol": ("Tỉnh trưởng tỉnh Svay Rieng",),
        }, honorific


def test_abbreviated_party_titles_go_on_a_chain() -> None:
    people = people_of("Đồng chí Nguyễn Thị Hà, TUV, Chủ tịch Ủy ban MTTQ tỉnh dự hội nghị.")
    assert people == {"Nguyễn Thị Hà": ("TUV", "Chủ tịch Ủy ban MTTQ tỉnh")}


def test_a_plural_title_is_each_listed_names() -> None:
    people = people_of(
        "Dự có các Phó Chủ tịch UBND tỉnh Nguyễn Văn Anh, Trần Văn Bình. Cùng dự có các đồng "
        "chí Phó Chủ tịch HĐND tỉnh: Lê Thị Cúc và Phạm Văn Dũng."
    )
    assert people == {
        "Nguyễn Văn Anh": ("Phó Chủ tịch UBND tỉnh",),
        "Trần Văn Bình": ("Phó Chủ tịch UBND tỉnh",),
        "Lê Thị Cúc": ("Phó Chủ tịch HĐND tỉnh",),
        "Phạm Văn Dũng": ("Phó Chủ tịch HĐND tỉnh",),
    }
    # "gồm" (made up of) ends a title: the honorific after it is no part of it.
    assert people_of("Các Phó Chủ tịch Hội gồm ông Nguyễn Văn Anh.") == {"Nguyễn Văn Anh": ()}


def test_offices_as_provincial_papers_shorten_them() -> None:
    people = people_of(
        "PCT UBND tỉnh Nguyễn Văn Anh phát biểu. Ông Lê Văn Bình, PGĐ Sở Ngoại vụ dự. Đồng "
        "chí Trần Thị Cúc, UV BTV Tỉnh ủy, PBT Thường trực Tỉnh ủy dự."
    )
    assert people == {
        "Nguyễn Văn Anh": ("PCT UBND tỉnh",),
        "Lê Văn Bình": ("PGĐ Sở Ngoại vụ",),
        "Trần Thị Cúc": ("UV BTV Tỉnh ủy", "PBT Thường trực Tỉnh ủy"),
    }


def test_a_place_name_after_an_honorific_and_before_a_title_is_a_persons() -> None:
    # Mai Sơn is a district of Sơn La, and a name.
    assert people_of("Dự hội nghị có đồng chí Mai Sơn, Phó Chủ tịch UBND tỉnh.") == {
        "Mai Sơn": ("Phó Chủ tịch UBND tỉnh",)
    }
    assert people_of("Ông Mai Sơn phát biểu tại huyện Mai Sơn, tỉnh Sơn La.") == {}


def test_titles_after_a_semicolon_that_close_on_a_name_are_that_persons() -> None:
    assert people_of(
        "Cùng dự có đồng chí Lê Văn Tâm, Trưởng Ban Đối ngoại Trung ương; Thứ trưởng Bộ Ngoại "
        "giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài Lê Thị Hằng."
    ) == {
        "Lê Văn Tâm": ("Trưởng Ban Đối ngoại Trung ương",),
        "Lê Thị Hằng": (
            "Thứ trưởng Bộ Ngoại giao",
            "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
        ),
    }


def test_the_title_of_a_man_a_city_is_named_after_is_no_next_persons() -> None:
    assert people_of("Tưởng nhớ Chủ tịch Hồ Chí Minh, Đại tướng Võ Nguyên Giáp.") == {
        "Võ Nguyên Giáp": ()
    }
    assert people_of("Dự có Chủ tịch UBND TP Hồ Chí Minh, Đại tá Nguyễn Văn Nên.") == {
        "Nguyễn Văn Nên": ("Chủ tịch UBND TP Hồ Chí Minh",)
    }


def test_two_words_closing_a_firms_name_are_the_firms() -> None:
    people = people_of(
        "Dự có Giám đốc Công ty Cổ phần Đầu tư Hà Thành. Ông Lê Văn Bình, Giám đốc Công ty Cổ "
        "phần Đầu tư Hà Thành, phát biểu."
    )
    assert people == {"Lê Văn Bình": ("Giám đốc Công ty Cổ phần Đầu tư Hà Thành",)}
    # Its holder's name of three words after it is a name.
    assert people_of("Dự có Giám đốc Công ty Cổ phần Đầu tư Hà Thành Nguyễn Văn An.") == {
        "Nguyễn Văn An": ("Giám đốc Công ty Cổ phần Đầu tư Hà Thành",)
    }


def test_a_border_posts_head_an_inspector_and_a_gifted_school() -> None:
    people = people_of(
        "Ông Lê Văn Bình, Trưởng Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo; ông Trần Văn An, "
        "Chánh Thanh tra tỉnh; bà Hà Thị Mai, Hiệu trưởng Trường THPT Chuyên Lê Hồng Phong dự."
    )
    assert people == {
        "Lê Văn Bình": ("Trưởng Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo",),
        "Trần Văn An": ("Chánh Thanh tra tỉnh",),
        "Hà Thị Mai": ("Hiệu trưởng Trường THPT Chuyên Lê Hồng Phong",),
    }


def test_commanders_and_staff_of_the_armed_forces() -> None:
    people = people_of(
        "Trung tướng Nguyễn Văn Nghĩa - Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam tiếp "
        "Đoàn Quân đội Hoàng gia Campuchia do Đại tướng Vong Pisen, Tổng Tư lệnh dẫn đầu. Dự có "
        "Đại tá Lê Văn Hùng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh."
    )
    assert people == {
        "Nguyễn Văn Nghĩa": ("Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam",),
        "Vong Pisen": ("Tổng Tư lệnh",),
        "Lê Văn Hùng": ("Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh",),
    }


def test_a_street_named_after_someone_is_no_person() -> None:
    assert people_of("Trụ sở Hội ở số 8 phố Ông Ích Khiêm, quận Ba Đình.") == {}
    assert people_of("Hội nghị ở số 8 đường Bà Huyện Thanh Quan.") == {}
    # So are sites, markets, bridges and mountains named with an honorific.
    assert people_of("Đoàn thăm khu du lịch Bà Nà Hills và núi Bà Đen Tây Ninh.") == {}
    # And figures of festivals and worship.
    assert people_of("Ông Già Noel tặng quà cho các em.") == {}
    assert people_of("Đoàn viếng miếu Bà Chúa Xứ núi Sam.") == {}


def test_a_foreign_office_written_bare_anchors_its_holders_name() -> None:
    # Offices no Vietnamese holds ("Thị trưởng") or said of a foreign state anchor a name
    # that is not family-name-led; the country after the office is no name.
    people = people_of(
        "Thị trưởng Yokoyama Hideyuki cho biết, thành phố mong muốn mở rộng hợp tác. Quốc "
        "vương Norodom Sihamoni tiếp đoàn. Đại sứ Hàn Quốc phát biểu."
    )
    assert people == {"Yokoyama Hideyuki": ("Thị trưởng",), "Norodom Sihamoni": ("Quốc vương",)}


def test_family_names_of_the_highlands_and_the_khmer_anchor_a_name_after_a_title() -> None:
    people = people_of(
        "Tham dự có các đồng chí: Rơ Mah Tuân, Bí thư Tỉnh ủy; Ksor Phước Hà, Chủ tịch HĐND "
        "tỉnh; Nay Phi La, Phó Chủ tịch UBND tỉnh. Phó Chủ tịch UBND tỉnh Siu Hương phát biểu. "
        "Giám đốc Sở Ngoại vụ Danh Út cho biết."
    )
    assert people == {
        "Rơ Mah Tuân": ("Bí thư Tỉnh ủy",),
        "Ksor Phước Hà": ("Chủ tịch HĐND tỉnh",),
        "Nay Phi La": ("Phó Chủ tịch UBND tỉnh",),
        "Siu Hương": ("Phó Chủ tịch UBND tỉnh",),
        "Danh Út": ("Giám đốc Sở Ngoại vụ",),
    }


def test_family_names_of_the_northern_uplands_anchor_a_name_after_a_title() -> None:
    # Tày, Nùng, Hmông and Dao family names; a district's name opening on one stays a place.
    people = people_of(
        "Tham dự có Phó Chủ tịch UBND tỉnh Lạng Sơn Lộc Văn Tâm; Bí thư Huyện ủy Tẩn Láo Sử; "
        "Phó Chủ tịch UBND huyện Vàng A Páo; Trưởng ban Dân tộc Bàn Văn Hữu; Chủ tịch UBND "
        "huyện Lộc Bình Hoàng Văn Toàn. Dự có các ông Nông Văn Khải, Nịnh Văn Lực."
    )
    assert people == {
        "Lộc Văn Tâm": ("Phó Chủ tịch UBND tỉnh Lạng Sơn",),
        "Tẩn Láo Sử": ("Bí thư Huyện ủy",),
        "Vàng A Páo": ("Phó Chủ tịch UBND huyện",),
        "Bàn Văn Hữu": ("Trưởng ban Dân tộc",),
        "Hoàng Văn Toàn": ("Chủ tịch UBND huyện Lộc Bình",),
        "Nông Văn Khải": (),
        "Nịnh Văn Lực": (),
    }


def test_border_posts_island_districts_and_junior_officers() -> None:
    people = people_of(
        "Đồn trưởng Đồn Biên phòng Lê Lợi Trần Văn Tuấn cho biết. Chủ tịch UBND huyện đảo Lý "
        "Sơn Đặng Quang Bình phát biểu. Chủ tịch UBND đặc khu Phú Quốc Trần Minh Khoa dự. "
        "Thiếu tá Nguyễn Văn Hải phát biểu. Đại úy Lê Văn Nam, Chính trị viên Đồn Biên phòng "
        "Thanh Thủy dự."
    )
    assert people == {
        "Trần Văn Tuấn": ("Đồn trưởng Đồn Biên phòng Lê Lợi",),
        "Đặng Quang Bình": ("Chủ tịch UBND huyện đảo Lý Sơn",),
        "Trần Minh Khoa": ("Chủ tịch UBND đặc khu Phú Quốc",),
        "Nguyễn Văn Hải": (),
        "Lê Văn Nam": ("Chính trị viên Đồn Biên phòng Thanh Thủy",),
    }


def test_a_title_in_brackets_after_a_listed_name_and_an_academicians_rank() -> None:
    people = people_of(
        "Về phía tỉnh có các đồng chí: Nguyễn Văn Sơn, Bí thư Tỉnh ủy; Võ Ngọc Quang (Phó Chủ "
        "tịch UBND tỉnh). Giáo sư, Viện sĩ Nguyễn Văn Hiệu chia sẻ kỷ niệm."
    )
    assert people == {
        "Nguyễn Văn Sơn": ("Bí thư Tỉnh ủy",),
        "Võ Ngọc Quang": ("Phó Chủ tịch UBND tỉnh",),
        "Nguyễn Văn Hiệu": (),
    }


def test_a_bare_organs_title_ends_at_the_verb_after_it() -> None:
    for verb in (
        "tri ân",
        "tuyên dương",
        "căn dặn",
        "tham quan",
        "chứng kiến",
        "bàn giao",
        "công bố",
        "ôn lại",
        "kể lại",
        "hướng dẫn",
        "nhất trí với",
        "ủng hộ",
        "khuyến khích",
        "giải thích cho",
        "chỉ rõ cho",
        "chân thành cảm ơn",
        "nhân dịp này tặng quà",
        "tin rằng",
        "gặp",
        "nghe báo cáo của",
        "tán thành ý kiến của",
        "góp ý cho",
        "thẳng thắn trao đổi với",
        "dâng hoa tưởng niệm cùng",
        "thắp nến tri ân cùng",
        "tham luận cùng",
    ):
        people = people_of(f"Ông Nguyễn Văn An, Chủ tịch Hội {verb} các đại biểu tại buổi lễ.")
        assert people == {"Nguyễn Văn An": ("Chủ tịch Hội",)}, verb


def test_a_captions_place_in_brackets_after_a_titled_name() -> None:
    people = people_of(
        "Đại sứ Lào Khamphao Ernthavanh (thứ 2 từ trái) phát biểu. Phó Chủ tịch UBND tỉnh "
        "Nguyễn Văn An (giữa) chúc mừng các tập thể. Chủ tịch Liên hiệp Trần Văn Bình (bên "
        "phải) trao Bằng khen cho các tập thể."
    )
    assert people == {
        "Khamphao Ernthavanh": ("Đại sứ Lào",),
        "Nguyễn Văn An": ("Phó Chủ tịch UBND tỉnh",),
        "Trần Văn Bình": ("Chủ tịch Liên hiệp",),
    }


def test_an_ede_name_opening_on_y_after_a_title() -> None:
    people = people_of(
        "Bí thư Tỉnh ủy Y Thanh Hà Niê Kđăm phát biểu. Phó Chủ tịch UBND tỉnh Y Giang Gry Niê "
        "Knơng dự. Giám đốc Bệnh viện Y Dược cổ truyền Nguyễn Văn An dự."
    )
    assert people == {
        "Y Thanh Hà Niê Kđăm": ("Bí thư Tỉnh ủy",),
        "Y Giang Gry Niê Knơng": ("Phó Chủ tịch UBND tỉnh",),
        "Nguyễn Văn An": ("Giám đốc Bệnh viện Y Dược cổ truyền",),
    }
    # A woman's, opening on "H'" joined to the given name.
    assert people_of("Phó Chủ tịch UBND tỉnh H'Yim Kđoh phát biểu.") == {
        "H'Yim Kđoh": ("Phó Chủ tịch UBND tỉnh",)
    }


def test_the_states_honorary_titles_anchor_a_name_and_are_no_position() -> None:
    people = people_of(
        "Dự có Anh hùng Lực lượng vũ trang nhân dân Trần Thị Thanh, nguyên Chủ tịch Hội Liên hiệp "
        "Phụ nữ tỉnh và Nhà giáo Ưu tú Lê Văn Minh."
    )
    assert people == {
        "Trần Thị Thanh": ("nguyên Chủ tịch Hội Liên hiệp Phụ nữ tỉnh",),
        "Lê Văn Minh": (),
    }


def test_a_country_after_a_rank_is_the_offices_not_a_family_name() -> None:
    # "Hàn" and "Hà" are family names too: the run after "Đại sứ" opening on a country
    # is no Vietnamese name; the country's envoy is the name after it.
    assert people_of("Dự có Đại sứ Hàn Quốc Choi Young-sam.") == {
        "Choi Young-sam": ("Đại sứ Hàn Quốc",)
    }
    assert people_of("Dự có Đại sứ Hà Lan Kees van Baar.") == {}
    # After an honorific and before a title, such a run is a person's name.
    assert people_of("Dự có ông Hàn Quốc Toàn, Phó Chủ tịch UBND tỉnh.") == {
        "Hàn Quốc Toàn": ("Phó Chủ tịch UBND tỉnh",)
    }


def test_a_country_the_press_writes_by_its_english_name_is_no_part_of_a_name() -> None:
    # From the reference list (pycountry): "Ghana", "Kenya", "Peru" are countries.
    for country in ("Ghana", "Kenya", "Peru", "Tanzania"):
        assert people_of(f"Dự có Tổng thống {country} John Mahama.") == {
            "John Mahama": (f"Tổng thống {country}",)
        }, country
    # Given names that are countries' names too stay names.
    assert people_of("Dự có ông Jordan Smith, Giám đốc chương trình.") == {
        "Jordan Smith": ("Giám đốc chương trình",)
    }


def test_an_ocean_or_a_continent_in_a_name_is_no_person_and_an_assistant_is_an_office() -> None:
    people = people_of(
        "Dự có ông Trần Văn Nam, Vụ trưởng Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương; bà Lê "
        "Thị Hoa, Trợ lý Thủ tướng."
    )
    assert people == {
        "Trần Văn Nam": ("Vụ trưởng Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương",),
        "Lê Thị Hoa": ("Trợ lý Thủ tướng",),
    }
    # Nor is a region closing a title as a holder's name would.
    assert "Tây Bắc" not in people_of(
        "Dự có ông Lê Văn Nam, Chủ tịch Hội hữu nghị Việt Nam - Lào khu vực Tây Bắc."
    )
    # Nor is a continent ("Châu" is a family name too).
    people = people_of(
        "Dự có ông Lê Văn Nam, Vụ trưởng Vụ Châu Âu; ông Hà Văn Bình, Chủ tịch Hội hữu nghị "
        "Việt Nam - Châu Phi; ông Châu Văn Minh, Phó Chủ tịch Hội."
    )
    assert people == {
        "Lê Văn Nam": ("Vụ trưởng Vụ Châu Âu",),
        "Hà Văn Bình": ("Chủ tịch Hội hữu nghị Việt Nam - Châu Phi",),
        "Châu Văn Minh": ("Phó Chủ tịch Hội",),
    }


def test_a_degree_written_with_its_full_stop_and_a_calling_anchor_a_name() -> None:
    for title in ("TS.", "PGS.TS.", "ThS.", "Nhạc sĩ", "Đạo diễn"):
        assert people_of(f"{title} Lê Thị Hằng trình bày tại hội thảo.") == {"Lê Thị Hằng": ()}
    # A calling's word opening a venue's name is none ("Nhà văn hóa").
    assert people_of("Đoàn thăm Nhà văn hóa Lao động tỉnh.") == {}


def test_offices_of_schools_newsrooms_police_villages_and_the_assembly() -> None:
    people = people_of(
        "Ông Trần Văn Bình, Phó Trưởng khoa Lịch sử, trình bày tham luận. Bà Lê Thu Hà, Giảng "
        "viên Trường Đại học Ngoại ngữ dự. Tổng Biên tập Báo Quảng Ninh Phạm Văn Minh phát biểu. "
        "Ông Hoàng Văn Tùng, Phó Trưởng Công an huyện Hải Hà dự. Bà Vũ Thị Lan, Đại biểu Quốc "
        "hội tỉnh Lào Cai dự. Ông Lò Văn Piêng, Trưởng bản Na Pheo, chia sẻ."
    )
    assert people == {
        "Trần Văn Bình": ("Phó Trưởng khoa Lịch sử",),
        "Lê Thu Hà": ("Giảng viên Trường Đại học Ngoại ngữ",),
        "Phạm Văn Minh": ("Tổng Biên tập Báo Quảng Ninh",),
        "Hoàng Văn Tùng": ("Phó Trưởng Công an huyện Hải Hà",),
        "Vũ Thị Lan": ("Đại biểu Quốc hội tỉnh Lào Cai",),
        "Lò Văn Piêng": ("Trưởng bản Na Pheo",),
    }
    # A village elder is named by his standing, which is no office.
    assert people_of("Già làng Hồ Văn Lăng kể lại kỷ niệm.") == {"Hồ Văn Lăng": ()}


def test_a_title_run_past_any_offices_length_is_no_position() -> None:
    # A verb the stop words lack ("say sưa kể chuyện") lets a title run to the sentence's
    # end: the person is kept, without a position.
    sentence = (
        "Ông Trần Văn An, Chủ tịch Hội say sưa kể chuyện những năm tháng học tập ở Mát-xcơ-va "
        "của lớp lưu học sinh đầu tiên mà nhân dân Liên Xô hết lòng giúp đỡ thuở ấy."
    )
    assert people_of(sentence) == {"Trần Văn An": ()}
    longest = (
        "Phó Trưởng Ban Chỉ đạo công tác thông tin đối ngoại và đối ngoại nhân dân tỉnh Gia Lai"
    )
    assert people_of(f"Ông Trần Văn An, {longest} phát biểu.") == {"Trần Văn An": (longest,)}


def test_ex_before_an_office_makes_it_a_former_one() -> None:
    # "cựu" as "nguyên": without it, "cựu Thủ tướng Nhật Bản X" read X as the Prime Minister.
    people = people_of(
        "Dự có cựu Thủ tướng Nhật Bản Suga Yoshihide. Ông Trần Văn An, cựu Đại sứ Việt Nam tại "
        "Lào phát biểu. Ông Lê Văn Bình, Chủ tịch Hội Cựu chiến binh tỉnh dự."
    )
    assert people == {
        "Suga Yoshihide": ("cựu Thủ tướng Nhật Bản",),
        "Trần Văn An": ("cựu Đại sứ Việt Nam tại Lào",),
        "Lê Văn Bình": ("Chủ tịch Hội Cựu chiến binh tỉnh",),
    }


def test_a_spouses_office_is_not_the_spouses_own() -> None:
    assert people_of("Dự có Phu nhân Đại sứ Nhật Bản Yamada Keiko.") == {"Yamada Keiko": ()}
    assert people_of("Dự có Đại sứ Nhật Bản Yamada Takio và Phu nhân.") == {
        "Yamada Takio": ("Đại sứ Nhật Bản",)
    }
    # Named with him, the wife is a person of her own, with no office.
    assert people_of("Dự có Đại sứ Nhật Bản Yamada Takio cùng phu nhân Yamada Keiko.") == {
        "Yamada Takio": ("Đại sứ Nhật Bản",),
        "Yamada Keiko": (),
    }


def test_unit_commanders_and_a_place_opening_on_a_middle_name() -> None:
    people = people_of(
        "Dự có Thượng tá Vương Cương, Phó Chi đội trưởng Chi đội Quản lý biên giới Văn Sơn. Ông Lê "
        "Văn Minh, Đội trưởng Đội quy tập hài cốt liệt sĩ phát biểu. Chủ tịch UBND huyện Văn Thị "
        "Hồng dự."
    )
    assert people == {
        # "Văn" is far more often a middle name: two words opening on it close a unit's name
        # (a Chinese prefecture's), not a title's holder.
        "Vương Cương": ("Phó Chi đội trưởng Chi đội Quản lý biên giới Văn Sơn",),
        "Lê Văn Minh": ("Đội trưởng Đội quy tập hài cốt liệt sĩ",),
        "Văn Thị Hồng": ("Chủ tịch UBND huyện",),
    }


def test_two_words_after_an_institutions_head_are_its_name() -> None:
    # "Bạch" and "Mai" are family names too; a holder's name in full has three words.
    people = people_of(
        "Dự có ông Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai. Giám đốc Bệnh viện Bạch Mai Lê Văn "
        "An phát biểu. Giám đốc Bệnh viện Nguyễn Văn Bình dự. Giám đốc Sở Ngoại vụ Lê Mai dự."
    )
    assert people == {
        "Đào Xuân Cơ": ("Giám đốc Bệnh viện Bạch Mai",),
        "Lê Văn An": ("Giám đốc Bệnh viện Bạch Mai",),
        "Nguyễn Văn Bình": ("Giám đốc Bệnh viện",),
        "Lê Mai": ("Giám đốc Sở Ngoại vụ",),
    }


def test_a_family_name_closing_a_known_organization_is_its_word() -> None:
    # "Trung ương Đoàn" (the youth union's central committee): "Đoàn" is no family name
    # there, and a title joined to another person's by "và anh" ends before it.
    people = people_of(
        "Anh Bùi Quang Huy, Bí thư thứ nhất Trung ương Đoàn và anh Thongphane Sayphommachanh, "
        "Bí thư Trung ương Đoàn Lào dự chương trình. Bí thư Trung ương Đoàn Nguyễn Minh Triết "
        "phát biểu."
    )
    assert people == {
        "Bùi Quang Huy": ("Bí thư thứ nhất Trung ương Đoàn",),
        "Thongphane Sayphommachanh": ("Bí thư Trung ương Đoàn Lào",),
        "Nguyễn Minh Triết": ("Bí thư Trung ương Đoàn",),
    }
    # Elsewhere it is the family name it looks like.
    assert people_of("Chủ tịch UBND tỉnh Đoàn Văn Việt phát biểu.") == {
        "Đoàn Văn Việt": ("Chủ tịch UBND tỉnh",)
    }


def test_cambodias_honorific_anchors_a_leaders_name() -> None:
    people = people_of("Samdech Hun Sen, Chủ tịch Thượng viện Campuchia đã tiếp đoàn.")
    assert people == {"Hun Sen": ("Chủ tịch Thượng viện Campuchia",)}
    assert people_of("Samdech Hun Sen khẳng định tình hữu nghị.") == {"Hun Sen": ()}


@pytest.mark.parametrize(
    "address", ["Madame", "bà Madame", "Mrs.", "Dr.", "ông Mr.", "Monsieur", "Sir"]
)
def test_a_foreign_form_of_address_anchors_a_name_and_is_no_part_of_it(address: str) -> None:
    people = people_of(
        f"Ông Nguyễn Văn An tiếp {address} Nadia Tahir, Chủ tịch Hội hữu nghị Pháp - Việt."
    )
    assert people == {
        "Nguyễn Văn An": (),
        "Nadia Tahir": ("Chủ tịch Hội hữu nghị Pháp - Việt",),
    }


def test_a_lao_name_of_six_syllables_is_whole() -> None:
    # Lao names written in Vietnamese syllables run to six; cut, the name would be wrong.
    people = people_of(
        "Dự buổi gặp mặt có ông Khăm Phăn Phôm Ma Thăt Sổm, Tổng Lãnh sự Lào tại Đà Nẵng."
    )
    assert people == {"Khăm Phăn Phôm Ma Thăt Sổm": ("Tổng Lãnh sự Lào tại Đà Nẵng",)}
    # After the title and its seat, a family name inside it ("Ma") opens no name of its own.
    people = people_of("Dự có Tổng Lãnh sự Lào tại Đà Nẵng Sổm Sạ Vắt Phôm Ma Chăn.")
    assert people == {"Sổm Sạ Vắt Phôm Ma Chăn": ("Tổng Lãnh sự Lào tại Đà Nẵng",)}
    # A Vietnamese holder's name right after the seat is whole as before.
    people = people_of("Dự có Tổng Lãnh sự Trung Quốc tại Hà Nội Lưu Ba.")
    assert people == {"Lưu Ba": ("Tổng Lãnh sự Trung Quốc tại Hà Nội",)}


def test_a_title_ends_before_the_delegation_and_after_its_bracketed_acronym() -> None:
    people = people_of(
        "Tiếp có bà Hà Thị Lan, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam và đoàn đại "
        "biểu. Dự có ông Lưu Hải, Chủ tịch Hội Hữu nghị Trung - Việt (CVFA) cùng đoàn. Tiếp có "
        "bà Trịnh Mai, Phó Chủ tịch Hội Hữu nghị Việt Nam - Lào (VLFA) và các đoàn khách."
    )
    assert people == {
        "Hà Thị Lan": ("Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam",),
        "Lưu Hải": ("Chủ tịch Hội Hữu nghị Trung - Việt (CVFA)",),
        "Trịnh Mai": ("Phó Chủ tịch Hội Hữu nghị Việt Nam - Lào (VLFA)",),
    }
    # An association for ties abroad is named so ("... với nước ngoài"); a seat goes on.
    assert people_of(
        "Dự có ông Vương Đào, Phó Chủ tịch Hội Hữu nghị Đối ngoại Nhân dân Trung Quốc với nước "
        "ngoài và ông Lý Văn, Trưởng Đại diện Văn phòng KOICA (Hàn Quốc) tại Việt Nam."
    ) == {
        "Vương Đào": ("Phó Chủ tịch Hội Hữu nghị Đối ngoại Nhân dân Trung Quốc với nước ngoài",),
        "Lý Văn": ("Trưởng Đại diện Văn phòng KOICA (Hàn Quốc) tại Việt Nam",),
    }


def test_more_degrees_with_their_full_stop_and_an_initial_in_a_name() -> None:
    # A doctor of science's, a lower-case doctor's or master's and an architect's degree end
    # no sentence: the name after them is the attendee's.
    people = people_of(
        "Dự lễ có GS.TSKH. Phạm Văn Dũng, nguyên Chủ tịch Hội hữu nghị Việt Nam - Nga; Ts. Ngô "
        "Văn Phúc, Phó Chủ tịch Liên hiệp; Ths. Lê Văn Quang và KTS. Hoàng Văn Rạng."
    )
    assert people == {
        "Phạm Văn Dũng": ("nguyên Chủ tịch Hội hữu nghị Việt Nam - Nga",),
        "Ngô Văn Phúc": ("Phó Chủ tịch Liên hiệp",),
        "Lê Văn Quang": (),
        "Hoàng Văn Rạng": (),
    }
    # A middle name written by its initial makes no name of the words before it.
    assert people_of("Dự có ông Nguyễn V. Giang, Chủ tịch Hội hữu nghị Việt - Lào.") == {}


def test_a_central_organ_of_the_state_closes_a_title_before_any_verb() -> None:
    # Verbs the stop words do not list: the organ's name ends the title as a province's
    # does, the head's own words naming it included ("Phó Chủ tịch nước").
    for title in (
        "Thứ trưởng Bộ Tư pháp",
        "Bộ trưởng Bộ Giáo dục và Đào tạo",
        "Phó Chủ tịch Quốc hội",
        "Phó Thủ tướng Chính phủ",
        "Phó Chủ tịch nước",
        "Vụ trưởng Vụ Hợp tác quốc tế Bộ Y tế",
    ):
        for verb in ("nhất trí với đề xuất", "khuyến khích các hội", "ủng hộ ý kiến"):
            people = people_of(f"Ông Lê Văn Bình, {title} {verb} của Liên hiệp.")
            assert people == {"Lê Văn Bình": (title,)}, (title, verb)
    # A country, a term or a subject goes on the organ's name.
    for title in (
        "Cục trưởng Cục Đối ngoại Bộ Quốc phòng nước Cộng hòa Dân chủ Nhân dân Lào",
        "Đại biểu Quốc hội khóa XV",
        "Phó Trưởng Ban Chỉ đạo Chính phủ về người Việt Nam ở nước ngoài",
    ):
        assert people_of(f"Ông Lê Văn Bình, {title} dự hội nghị.") == {"Lê Văn Bình": (title,)}, (
            title
        )
    # The country an organ is of closes the title as the organ would.
    title = "Phó Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"
    assert people_of(f"Ông Lê Văn Bình, {title} ủng hộ đề xuất.") == {"Lê Văn Bình": (title,)}
    assert people_of("Phó Chủ tịch nước Võ Thị Minh Hà trao quà.") == {
        "Võ Thị Minh Hà": ("Phó Chủ tịch nước",)
    }
    # On another's behalf: no part of any title ("thừa ủy quyền", "thừa lệnh").
    for behalf in ("thừa ủy quyền", "thừa lệnh"):
        text = f"Ông Lê Văn Bình, Giám đốc Học viện Ngoại giao {behalf} Chủ tịch nước trao quà."
        assert people_of(text) == {"Lê Văn Bình": ("Giám đốc Học viện Ngoại giao",)}, behalf


def test_rarer_family_names_after_a_title() -> None:
    people = people_of(
        "Dự có Phó Giám đốc Sở Ngoại vụ Đậu Văn Thanh, Chủ tịch Hội Khuất Thị Mai và Trưởng "
        "ban Đối ngoại Nhữ Văn Hòa."
    )
    assert people == {
        "Đậu Văn Thanh": ("Phó Giám đốc Sở Ngoại vụ",),
        "Khuất Thị Mai": ("Chủ tịch Hội",),
        "Nhữ Văn Hòa": ("Trưởng ban Đối ngoại",),
    }


def test_a_four_word_name_after_an_organizations_short_name() -> None:
    people = people_of(
        "Dự có Phó Chủ tịch Liên hiệp Nguyễn Thị Minh Nguyệt, Chủ tịch Hội Tôn Nữ Thị Ninh và "
        "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ."
    )
    # The three-word rule still reads a hospital's name before its director's.
    assert people == {
        "Nguyễn Thị Minh Nguyệt": ("Phó Chủ tịch Liên hiệp",),
        "Tôn Nữ Thị Ninh": ("Chủ tịch Hội",),
        "Đào Xuân Cơ": ("Giám đốc Bệnh viện Bạch Mai",),
    }


def test_a_former_title_after_va_is_another_persons() -> None:
    people = people_of(
        "Tham dự có Chủ tịch Hội Nguyễn Văn An và nguyên Thứ trưởng Bộ Ngoại giao Lê Văn Bàng."
    )
    assert people == {
        "Nguyễn Văn An": ("Chủ tịch Hội",),
        "Lê Văn Bàng": ("nguyên Thứ trưởng Bộ Ngoại giao",),
    }
    # A title with no name before "và" is not the next holder's.
    people = people_of("Tham dự có Chủ tịch Hội và nguyên Thứ trưởng Bộ Ngoại giao Lê Văn Bàng.")
    assert people == {"Lê Văn Bàng": ("nguyên Thứ trưởng Bộ Ngoại giao",)}
