"""Lists of other articles' headlines under a "Tin liên quan" heading, tags and counters go
with the page's furniture: a related headline ("Trao Huân chương ...") is another article's
news, not this one's. A page written for these tests."""

from __future__ import annotations

import hashlib

from dnnd_data.extract.facts import extract_text
from dnnd_data.extract.names import LexiconNames
from dnnd_data.ingest.read import RawDocument
from dnnd_data.normalize.clean import CleanArticle, clean_article

PAGE = """Lượt xem: 2.015
Thái Bình tiếp Đoàn đại biểu tỉnh Hủa Phăn
Chiều 11/3/2024, Phó Chủ tịch UBND tỉnh Lê Quang Hưng tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào).
Hai bên trao đổi về hợp tác giáo dục.
Tags: đối ngoại, Lào
Tin liên quan:
- Thái Bình tổ chức Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023
- Trao Huân chương Hữu nghị cho Tổng Lãnh sự Lào
Các tin khác
Ngày 28/12, UBND tỉnh tổ chức gặp mặt các tổ chức phi chính phủ nước ngoài
"""


def _clean(text: str) -> CleanArticle:
    raw = text.encode()
    doc = RawDocument("page.txt", hashlib.sha256(raw).hexdigest(), len(raw), "utf-8", text)
    clean = clean_article(doc, 0.02, LexiconNames())
    assert isinstance(clean, CleanArticle)
    return clean


def test_related_headlines_tags_and_counters_go() -> None:
    clean = _clean(PAGE)
    rules = [r.rule for r in clean.boilerplate]
    # The second heading is read as one more line of the first list: it goes either way.
    assert rules.count("related_link") + rules.count("related_heading") == 5
    assert "Huân chương" not in clean.article.text
    assert "Tags" not in clean.article.text and "Lượt xem" not in clean.article.text
    assert "Hai bên trao đổi về hợp tác giáo dục." in clean.article.text


def test_a_related_headline_gives_the_article_no_award() -> None:
    clean = _clean(PAGE)
    extraction = extract_text(clean.article.article_id, clean.article.text)
    assert extraction.awards == ()
    assert extraction.event is not None and extraction.event.kind == "reception_or_exchange"


def test_a_sentence_after_the_heading_ends_the_list() -> None:
    clean = _clean(
        "Ngày 5/4/2024, Hội hữu nghị Việt Nam - Lào tỉnh Nam Định tổ chức gặp mặt.\n"
        "Xem thêm\n"
        "Nam Định tăng cường hợp tác với Lào\n"
        "Hội đề nghị các cấp tiếp tục quan tâm hỗ trợ lưu học sinh Lào.\n"
    )
    assert "Nam Định tăng cường hợp tác với Lào" not in clean.article.text
    assert "Hội đề nghị các cấp tiếp tục quan tâm hỗ trợ lưu học sinh Lào." in clean.article.text


def test_a_related_heading_in_capitals_goes_with_its_list() -> None:
    page = PAGE.replace("Tin liên quan:", "TIN LIÊN QUAN").replace("Các tin khác", "CÁC TIN KHÁC")
    clean = _clean(page)
    assert "Huân chương" not in clean.article.text
    assert "Hai bên trao đổi về hợp tác giáo dục." in clean.article.text


def test_a_lead_wrapped_under_a_related_list_ends_the_list() -> None:
    # A hard-wrapped lead's first line does not end a sentence, as a headline does not: it
    # opens on its day and a comma, and its next line goes on in lower case.
    clean = _clean(
        "TIN LIÊN QUAN\n"
        "Nam Định tăng cường hợp tác với Lào\n"
        "Ngày 10/1/2024, Ban Chấp hành Liên hiệp các tổ chức hữu nghị tỉnh Nam Định\n"
        "khóa V tổ chức hội nghị lần thứ 8 tổng kết công tác năm 2023, triển khai\n"
        "nhiệm vụ năm 2024.\n"
    )
    assert "Nam Định tăng cường hợp tác với Lào" not in clean.article.text
    assert clean.article.text.startswith("Ngày 10/1/2024, Ban Chấp hành")
    assert "khóa V tổ chức hội nghị" in clean.article.text


def test_a_toolbar_a_credited_caption_and_a_tag_under_them() -> None:
    # A toolbar of labels between bars goes (a stamp, which has figures, stays); a caption
    # credited after its sentence goes; the outlet's tag, on the third line the text keeps,
    # is the outlet's.
    clean = _clean(
        "Font Size | Print | Email\n"
        "Cập nhật: 14:25 | 22/12/2016\n"
        "Quảng Ngãi tổng kết công tác đối ngoại nhân dân năm 2016\n"
        "(Báo Quảng Ngãi)- Sáng 22.12, Liên hiệp các tổ chức hữu nghị tỉnh tổ chức hội nghị "
        "tổng kết công tác đối ngoại nhân dân năm 2016. Phó Chủ tịch UBND tỉnh Đặng Ngọc Dũng dự "
        "và chỉ đạo hội nghị.\n"
        "Phó Chủ tịch UBND tỉnh Đặng Ngọc Dũng phát biểu chỉ đạo tại hội nghị. Ảnh: Thanh Nhị\n"
        "Bình luận (0) | Gửi bình luận\n"
    )
    rules = {r.rule for r in clean.boilerplate}
    assert rules == {"page_widget", "photo_caption", "source_tag"}
    assert clean.article.outlet == "Báo Quảng Ngãi"
    assert "Cập nhật: 14:25 | 22/12/2016" in clean.article.text
    assert "Ảnh" not in clean.article.text and "Font Size" not in clean.article.text
    extraction = extract_text(clean.article.article_id, clean.article.text)
    assert extraction.event is not None and extraction.event.organizer is not None
    assert extraction.event.organizer.name == "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ngãi"


def test_a_related_headline_wrapped_over_two_lines_goes_whole() -> None:
    clean = _clean(
        "Hai bên trao đổi về hợp tác giáo dục.\n"
        "Tin liên quan\n"
        "Lào Cai đón đoàn đại biểu tỉnh Vân Nam (Trung Quốc) tham dự hội chợ thương mại\n"
        "quốc tế năm 2023\n"
        "Trao Huân chương Lao động hạng Ba cho Hội hữu nghị Việt - Trung\n"
    )
    assert clean.article.text.strip() == "Hai bên trao đổi về hợp tác giáo dục."


def test_a_breadcrumb_and_a_labelled_related_headline_go() -> None:
    # The sections above the article go, and with them out of the way the outlet's tag is
    # on the lead's line; another article's headline after "Xem thêm:" goes too.
    clean = _clean(
        "Trang chủ / Chính trị / Đối ngoại\n"
        "Tin tức » Hoạt động đối ngoại\n"
        "Yên Bái tổng kết công tác đối ngoại nhân dân\n"
        "(YBĐT) - Chiều 20/12/2024, Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái tổ chức hội "
        "nghị tổng kết công tác đối ngoại nhân dân năm 2024.\n"
        "Xem thêm: Yên Bái đón đoàn đại biểu tỉnh Vân Nam (Trung Quốc)\n"
        "Năm 2024, Liên hiệp đã đón 10 đoàn khách quốc tế.\n"
    )
    assert {r.rule for r in clean.boilerplate} == {"page_widget", "related_heading", "source_tag"}
    assert clean.article.outlet == "YBĐT"
    assert clean.article.text.splitlines()[0] == "Yên Bái tổng kết công tác đối ngoại nhân dân"
    assert "Vân Nam" not in clean.article.text
    assert clean.article.text.endswith("Năm 2024, Liên hiệp đã đón 10 đoàn khách quốc tế.")


TEASED = (
    "\n".join(
        [
            "Quảng Bình tổng kết công tác đối ngoại nhân dân năm 2023",
            "Sáng 26/12/2023, Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình tổ chức Hội nghị tổng "
            "kết công tác năm 2023.",
            "Trao Huân chương Hữu nghị cho Đại sứ Cuba Trao Huân chương Hữu nghị cho Đại sứ Cuba",
            "Chiều 12/9, tại Phủ Chủ tịch, Phó Chủ tịch nước Võ Thị Ánh Xuân trao Huân chương Hữu "
            "nghị cho Đại sứ Cuba.",
            "Hội nghị đã đánh giá kết quả công tác đối ngoại nhân dân năm 2023 của tỉnh.",
        ]
    )
    + "\n"
)


def test_a_teaser_written_as_its_headline_twice_goes_with_its_summary() -> None:
    clean = _clean(TEASED)
    rules = [r.rule for r in clean.boilerplate]
    assert rules == ["related_teaser", "related_teaser_summary"]
    assert "Võ Thị Ánh Xuân" not in clean.article.text
    assert "Hội nghị đã đánh giá kết quả" in clean.article.text
    extraction = extract_text(clean.article.article_id, clean.article.text)
    assert extraction.awards == () and extraction.people == ()
    assert extraction.event is not None and extraction.event.kind == "local_review"


def test_a_doubled_headline_before_the_body_or_a_line_not_restating_it_stays() -> None:
    # The page's own headline written twice, right over its lead, is the article's.
    lines = TEASED.splitlines()
    own = _clean(f"{lines[0]} {lines[0]}\n{lines[1]}\n{lines[4]}\n")
    assert own.boilerplate == () and "Sáng 26/12/2023" in own.article.text
    # A teaser with no summary: the body's next paragraph stays.
    bare = _clean("\n".join([lines[0], lines[1], lines[2], lines[4]]) + "\n")
    assert [r.rule for r in bare.boilerplate] == ["related_teaser"]
    assert "Hội nghị đã đánh giá kết quả" in bare.article.text


def test_a_headline_over_its_summary_cut_short_or_linked_with_its_date_goes() -> None:
    lines = TEASED.splitlines()
    summary = (
        "Chiều 12/9, tại Phủ Chủ tịch, Phó Chủ tịch nước Võ Thị Ánh Xuân đã trao Huân chương "
        "Hữu nghị cho Đại sứ Cuba ..."
    )
    cut_short = _clean(
        "\n".join([*lines[:2], "Trao Huân chương Hữu nghị cho Đại sứ Cuba", summary, lines[4]])
    )
    assert [r.rule for r in cut_short.boilerplate] == ["related_teaser", "related_teaser_summary"]
    dated = _clean(
        "\n".join([*lines[:2], "Trao Huân chương Hữu nghị cho Đại sứ Cuba (12/9/2023)", lines[4]])
    )
    assert [r.rule for r in dated.boilerplate] == ["related_teaser"]
    for clean in (cut_short, dated):
        assert "Huân chương" not in clean.article.text and lines[4] in clean.article.text
    # Alone, it starts no list: a caption under it stays, and so does a paragraph of the
    # body with the words every review's headline has but not the names.
    under = _clean(
        "\n".join(
            [
                lines[1],
                "Quảng Ninh: Tổng kết công tác đối ngoại nhân dân năm 2022 (28/12/2022)",
                "Đồng chí Lê Văn An phát biểu tại hội nghị",
                "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 của tỉnh đã đánh giá "
                "kết quả.",
            ]
        )
    )
    assert [r.rule for r in under.boilerplate] == ["related_teaser"]
    assert "Lê Văn An" in under.article.text and "đã đánh giá kết quả" in under.article.text
    # Under a list's heading, headlines with their dates go on with the list.
    listed = _clean(
        "\n".join(
            [
                *lines[:2],
                "Các tin khác",
                "- Trao Huân chương Hữu nghị cho Đại sứ Cuba (20/12/2023)",
                "- Hà Tĩnh: Giao lưu hữu nghị với tỉnh Bôlykhămxay (18/12/2023)",
                "- Phó Chủ tịch UBND tỉnh Hồ An Phong tiếp Đại sứ Lào",
            ]
        )
    )
    assert "Hồ An Phong" not in listed.article.text
    # Over the body, a headline with its date is the article's own.
    own = _clean("\n".join([f"{lines[0]} (26/12/2023)", *lines[1:2], lines[4]]))
    assert own.boilerplate == ()


def test_a_caption_with_its_photos_credit_or_going_on_after_a_comma_ends_a_list() -> None:
    went_on = _clean(
        "Ngày 5/4/2024, Hội hữu nghị Việt Nam - Lào tỉnh Nam Định tổ chức gặp mặt.\n"
        "Tin liên quan\n"
        "- Nam Định tăng cường hợp tác với Lào\n"
        "Đồng chí Lê Văn Hòa - Ủy viên Ban Thường vụ Tỉnh ủy,\n"
        "Chủ tịch Hội với các đại biểu\n"
    )
    assert "Lê Văn Hòa" in went_on.article.text
    clean = _clean(
        "Ngày 5/4/2024, Hội hữu nghị Việt Nam - Lào tỉnh Nam Định tổ chức gặp mặt.\n"
        "Tin liên quan\n"
        "- Nam Định tăng cường hợp tác với Lào\n"
        "\n"
        "Ông Lê Văn Hòa, Chủ tịch Hội phát biểu tại buổi gặp mặt. (Ảnh: Minh Châu)\n"
    )
    assert "Nam Định tăng cường hợp tác với Lào" not in clean.article.text
    assert "Ông Lê Văn Hòa, Chủ tịch Hội phát biểu" in clean.article.text


def test_an_outlets_footer_and_an_images_toolbar_go() -> None:
    lines = TEASED.splitlines()
    clean = _clean(
        "\n".join(
            [
                *lines[:2],
                "leftcenterrightdel",
                "Các đại biểu dự hội nghị chụp ảnh lưu niệm",
                lines[4],
                "Tổng Biên tập: Nguyễn Văn Hòa. Phó Tổng Biên tập: Trần Thị Mai",
                "Giấy phép số 123/GP-BTTTT ngày 15/3/2021 của Bộ Thông tin và Truyền thông",
                "Địa chỉ: 105A Quán Thánh, Ba Đình, Hà Nội. Điện thoại: 024.3845.3535",
            ]
        )
    )
    rules = [r.rule for r in clean.boilerplate]
    assert rules == ["image_alt_text", "photo_caption", *["page_footer"] * 3]
    extraction = extract_text(clean.article.article_id, clean.article.text)
    # The footer's editors are no one at the review, its address no place of it.
    assert extraction.people == ()
    assert extraction.event is not None and extraction.event.locality == "Quảng Bình"


def test_headlines_with_their_summaries_under_a_heading_after_the_body_go() -> None:
    lines = TEASED.splitlines()
    clean = _clean(
        "\n".join(
            [
                *lines[:2],
                lines[4],
                "Bài viết cùng chủ đề",
                "Hội Hữu nghị Việt Nam - Nhật Bản tỉnh Hưng Yên tổng kết năm 2023",
                "Ngày 20/12/2023, Hội Hữu nghị Việt Nam - Nhật Bản tỉnh Hưng Yên tổ chức hội nghị "
                "tổng kết. Đồng chí Trần Quốc Văn, Chủ tịch UBND tỉnh dự.",
                "Bình luận (0)",
                "Giao lưu hữu nghị Việt Nam - Lào tại Nghệ An",
                "10/07/2024 18:20",
            ]
        )
    )
    rules = [r.rule for r in clean.boilerplate]
    assert rules == [
        "related_heading",
        "related_link",
        "related_link_summary",
        "page_widget",
        "related_link",
    ]
    # A stamp has no words of a headline: it stays.
    assert "Trần Quốc Văn" not in clean.article.text and "10/07/2024" in clean.article.text
    # A sentence with the words every review's headline has, and none of its names, is
    # the body going on: it ends the list.
    went_on = _clean(
        "\n".join(
            [
                *lines[:2],
                "Tin liên quan",
                "Quảng Ninh: Tổng kết công tác đối ngoại nhân dân năm 2022",
                "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 của tỉnh đã đánh giá "
                "kết quả.",
            ]
        )
    )
    assert "đã đánh giá kết quả" in went_on.article.text


def test_over_the_body_a_lead_under_a_list_is_the_articles_own() -> None:
    lines = TEASED.splitlines()
    clean = _clean("\n".join(["Tin mới nhất", "Gia Lai: Khai mạc Hội chợ thương mại", *lines]))
    assert lines[1] in clean.article.text


def test_widgets_credits_and_bylines_naming_a_place_go() -> None:
    lines = TEASED.splitlines()
    clean = _clean(
        "\n".join(
            [
                "Hà Nội | TP.HCM | Đà Nẵng | Quảng Ninh | Cần Thơ",
                "Hà Nội 25°C",
                *lines[:2],
                "Theo dõi Báo Quảng Ninh trên Google News",
                "Quảng cáo",
                lines[4],
                "Thu Hà - Phóng viên Báo Quảng Ninh",
                "Nguồn: Báo Quảng Ninh",
            ]
        )
    )
    rules = [r.rule for r in clean.boilerplate]
    assert rules == [*["page_widget"] * 4, "byline", "source_credit"]
    extraction = extract_text(clean.article.article_id, clean.article.text)
    assert extraction.event is not None and extraction.event.locality == "Quảng Bình"
    # A report's own source in running text stays.
    kept = _clean("\n".join([*lines[:2], "Theo báo cáo của Liên hiệp, năm 2023 Hội đã tổ chức"]))
    assert kept.boilerplate == ()


def test_a_list_over_the_page_ends_at_its_headline_or_stamp() -> None:
    lines = TEASED.splitlines()
    top = ["Tin mới nhất", "Gia Lai: Khai mạc Hội chợ thương mại biên giới 09:12"]
    # The headline the lead restates is the article's, its stamp between them or not.
    for stamp in ([], ["Cập nhật: 26/12/2023 08:15"]):
        clean = _clean("\n".join([*top, lines[0], *stamp, lines[1], lines[4]]))
        assert [r.rule for r in clean.boilerplate] == ["related_heading", "related_link"]
        assert lines[0] in clean.article.text
    # Its lead need not write the headline's place.
    own = _clean(
        "\n".join(
            [
                *top,
                "Quảng Ninh: Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023",
                "Ngày 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác đối ngoại nhân "
                "dân năm 2023.",
            ]
        )
    )
    assert "Quảng Ninh: Hội nghị tổng kết" in own.article.text
    # A stamp with a weekday ends the list (it names no other article).
    clean = _clean("\n".join([*top, "VOV.VN  Thứ Ba, 09:40, 26/12/2023", lines[1], lines[4]]))
    assert "26/12/2023" in clean.article.text
