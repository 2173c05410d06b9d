"""One organization however its name is written: with or without its province's unit
("Liên hiệp các tổ chức hữu nghị Hà Nội" is the city's union), abbreviations, old tone
marks and dashes. Names written for this test."""

from __future__ import annotations

from dnnd_data.extract.organizations import find_organizations, organization
from dnnd_data.normalize.text import normalize_str
from tests.extract.sentences import event_of, people_of


def _org_id(name: str) -> str | None:
    found = organization(normalize_str(name), 0, None)
    return found.org_id if found else None


def test_one_organization_however_its_province_is_written() -> None:
    union = _org_id("Liên hiệp các tổ chức hữu nghị thành phố Hà Nội")
    assert _org_id("Liên hiệp các tổ chức hữu nghị TP Hà Nội (HAUFO)") == union
    assert _org_id("Liên hiệp các tổ chức hữu nghị Hà Nội") == union
    assert _org_id("Hội hữu nghị Việt - Lào Thanh Hóa") == _org_id(
        "Hội Hữu nghị Việt Nam – Lào tỉnh Thanh Hoá"
    )
    # Named after a person, a Party committee, a country: nothing to put in.
    assert _org_id("Trung ương Đoàn TNCS Hồ Chí Minh") != _org_id(
        "Trung ương Đoàn TNCS thành phố Hồ Chí Minh"
    )
    assert _org_id("Tỉnh ủy Quảng Trị") != _org_id("Tỉnh ủy tỉnh Quảng Trị")


def test_a_province_under_its_former_name_is_the_same_body() -> None:
    # Thừa Thiên Huế has been the city of Huế since 2025.
    union = _org_id("Liên hiệp các tổ chức hữu nghị thành phố Huế")
    assert _org_id("Liên hiệp các tổ chức hữu nghị tỉnh Thừa Thiên Huế") == union
    # Completed from the article's province, with the unit the province has.
    completed = organization("Liên hiệp các tổ chức hữu nghị tỉnh", 0, "Huế")
    assert completed is not None and completed.org_id == union
    assert completed.name == "Liên hiệp các tổ chức hữu nghị thành phố Huế"


def test_a_provinces_own_organ_named_without_its_province_is_the_articles() -> None:
    completed = organization("Sở Ngoại vụ", 0, "Lạng Sơn")
    assert completed is not None
    assert completed.name == "Sở Ngoại vụ tỉnh Lạng Sơn"
    in_full = organization("Sở Ngoại vụ tỉnh Lạng Sơn", 0, "Lạng Sơn")
    assert in_full is not None and in_full.org_id == completed.org_id
    other = organization("Sở Ngoại vụ", 0, "Nghệ An")
    assert other is not None and other.org_id != completed.org_id
    # Named with its own locality, it keeps it.
    hanoi = organization("Sở Ngoại vụ TP Hà Nội", 0, "Lạng Sơn")
    assert hanoi is not None and hanoi.name == "Sở Ngoại vụ TP Hà Nội"


def test_an_organ_of_a_party_committee_named_bare_is_the_articles_provinces() -> None:
    bare = organization("Ban Dân vận Tỉnh ủy", 0, "Sơn La")
    in_full = organization("Ban Dân vận Tỉnh ủy Sơn La", 0, None)
    assert bare is not None and in_full is not None
    assert (bare.name, bare.org_id) == ("Ban Dân vận Tỉnh ủy Sơn La", in_full.org_id)


def test_one_organization_however_its_pair_dash_country_or_abbreviation_is_written() -> None:
    assert (
        len({_org_id(f"Hội hữu nghị Việt Nam{d}Lào tỉnh Nghệ An") for d in (" - ", " – ", "-")})
        == 1
    )
    assert _org_id("Ủy ban MTTQ tỉnh Nghệ An") == _org_id(
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"
    )
    assert _org_id("Ủy ban Trung ương MTTQ Việt Nam") == _org_id(
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    )


def test_a_local_organ_of_a_national_name_is_not_the_national_one() -> None:
    def found(text: str) -> list[str]:
        return [o.org_id for o in find_organizations(normalize_str(text))]

    assert found("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An tổ chức hội nghị.") == []
    assert found("Ủy ban Mặt trận Tổ quốc Việt Nam tổ chức hội nghị.") == ["mat-tran-to-quoc"]


def test_a_provincial_union_by_its_short_name_or_acronym_is_one_organization() -> None:
    spellings = [
        "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An",
        "Liên hiệp Hữu nghị tỉnh Nghệ An",
        "LHHN tỉnh Nghệ An",
    ]
    found = [organization(name, 0, None) for name in spellings]
    assert all(o is not None and o.kind == "friendship_union" for o in found)
    assert len({o.org_id for o in found if o is not None}) == 1
    national = organization("Liên hiệp Hữu nghị Việt Nam", 0, None)
    assert national is not None and national.org_id == "vufo"


def test_the_short_name_in_brackets_after_the_full_one_is_no_part_of_it() -> None:
    national = organization("Liên hiệp các tổ chức hữu nghị Việt Nam (Liên hiệp)", 0, None)
    assert national is not None and national.org_id == "vufo"
    spellings = [
        "Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An",
        "Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An (Hội)",
        "Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An (gọi tắt là Hội hữu nghị)",
    ]
    assert len({o.org_id for o in (organization(n, 0, None) for n in spellings) if o}) == 1
    # A bracket that is no short name of it stays ("(cũ)": the former province's body).
    former = organization("Sở Ngoại vụ tỉnh Hà Tĩnh (cũ)", 0, None)
    assert former is not None and former.name == "Sở Ngoại vụ tỉnh Hà Tĩnh (cũ)"


def test_the_bodies_of_two_sides_are_no_one_organization() -> None:
    assert organization("Bộ Quốc phòng hai nước", 0, None) is None
    assert organization("Liên hiệp các tổ chức hữu nghị hai tỉnh", 0, None) is None
    event = event_of("Ngày 5/5/2024, Hội hữu nghị hai nước tổ chức giao lưu hữu nghị.")
    assert event is not None and event.organizer is None


def test_a_provincial_unions_initials_name_it() -> None:
    # "LHCTCHN", "LHCTHN" (its full name's initials) and "các TCHN" written short: the one
    # union of the province.
    full = organization("Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình", 0, "Quảng Bình")
    assert full is not None
    for written in (
        "LHCTCHN tỉnh Quảng Bình",
        "LHCTHN tỉnh Quảng Bình",
        "Liên hiệp các TCHN tỉnh Quảng Bình",
    ):
        short = organization(written, 0, "Quảng Bình")
        assert short is not None and short.org_id == full.org_id, written
        assert short.kind == "friendship_union"


def test_a_fronts_committee_however_written_is_one_front() -> None:
    found = set()
    for written in (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An",
        "Ủy ban MTTQ Việt Nam tỉnh Nghệ An",
        "UBMTTQ tỉnh Nghệ An",
    ):
        event = event_of(
            f"Sáng 5/12/2024, {written} tổ chức Hội nghị tổng kết công tác đối ngoại nhân dân "
            "năm 2024."
        )
        assert event is not None and event.organizer is not None, written
        found.add((event.organizer.org_id, event.organizer.kind))
    assert len(found) == 1 and found.pop()[1] == "front"


def test_a_province_marked_as_the_merged_one_is_the_same_body() -> None:
    assert _org_id("UBND tỉnh Tuyên Quang (mới)") == _org_id("UBND tỉnh Tuyên Quang")
    event = event_of(
        "Ngày 26/7/2025, UBND tỉnh Tuyên Quang (mới) tổ chức Hội nghị triển khai công tác "
        "đối ngoại nhân dân năm 2025."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "UBND tỉnh Tuyên Quang"
    # A former province's organ is another body.
    assert _org_id("Sở Ngoại vụ tỉnh Hà Giang (cũ)") != _org_id("Sở Ngoại vụ tỉnh Hà Giang")


def test_a_party_group_organizes_and_a_directed_body_holds_the_event() -> None:
    event = event_of(
        "Ngày 5/1/2024, Đảng đoàn Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Hội nghị "
        "tổng kết công tác năm 2023."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Đảng đoàn Liên hiệp các tổ chức hữu nghị Việt Nam"
    # "X chỉ đạo Y tổ chức": Y held it (not "UBND tỉnh Yên Bái chỉ đạo Sở Ngoại vụ").
    event = event_of(
        "Ngày 5/1/2024, UBND tỉnh Yên Bái chỉ đạo Sở Ngoại vụ tổ chức Hội nghị tổng kết công "
        "tác đối ngoại năm 2023."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Sở Ngoại vụ tỉnh Yên Bái"


def test_the_city_written_with_a_capital_is_the_articles_city() -> None:
    event = event_of(
        "Sáng 14/3/2024, tại Thành phố Hồ Chí Minh, Ủy ban MTTQ Việt Nam Thành phố tổ chức Hội "
        "nghị tổng kết 10 năm thực hiện Chỉ thị số 04-CT/TW."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Ủy ban MTTQ Việt Nam thành phố Hồ Chí Minh"
    assert (event.scope, event.locality) == ("provincial", "Hồ Chí Minh")
    people = people_of("Dự có ông Chan Sovann, Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí Minh.")
    assert people == {"Chan Sovann": ("Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí Minh",)}


def test_the_body_that_leads_holds_the_event_not_the_last_partner() -> None:
    event = event_of(
        "Sáng 20/12/2024, tại Hà Nội, Ban Đối ngoại Trung ương chủ trì, phối hợp với Bộ Ngoại "
        "giao, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Hội nghị tổng kết công tác đối "
        "ngoại nhân dân năm 2024."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Ban Đối ngoại Trung ương"


def test_a_name_is_never_a_clause_and_a_closing_province_is_not_counted_in_its_length() -> None:
    assert _org_id("Hội Hữu nghị Việt Nam - Cuba được Chủ tịch nước") is None
    assert _org_id("Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An đã") is None
    assert (
        _org_id(
            "Ban Chỉ đạo công tác thông tin đối ngoại và đối ngoại nhân dân tỉnh Bà Rịa - Vũng Tàu"
        )
        is not None
    )


def test_an_associations_branch_holds_events() -> None:
    event = event_of(
        "Sáng 12/5/2024, Chi hội hữu nghị Việt Nam - Lào huyện Kỳ Sơn tổ chức gặp mặt lưu học "
        "sinh Lào."
    )
    assert event is not None and event.organizer is not None
    assert event.organizer.name == "Chi hội hữu nghị Việt Nam - Lào huyện Kỳ Sơn"
    assert event.organizer.kind == "friendship_association"
