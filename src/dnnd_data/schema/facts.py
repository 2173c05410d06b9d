"""Typed records of the extracted tables: events, organizations, people, awards.

Takes: nothing. Gives: pydantic models (bilingual column descriptions) registered in
:mod:`dnnd_data.tables`; every schema artefact is generated from them.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from dnnd_data.schema.base import ARTICLE_ID_PATTERN, Record, col

EVENT_ID_PATTERN = r"^e_[0-9a-f]{12}$"
MAX_ATTENDANCE = 100_000


class EventKind(StrEnum):
    """What sort of event (from the head and words of its name)."""

    ANNUAL_REVIEW = "annual_review"
    LOCAL_REVIEW = "local_review"
    PLAN_DEPLOYMENT = "plan_deployment"
    NATIONAL_CONFERENCE = "national_conference"
    DIRECTIVE_REVIEW = "directive_review"
    CONGRESS = "congress"
    ANNIVERSARY = "anniversary"
    AWARD_CEREMONY = "award_ceremony"
    RECEPTION_OR_EXCHANGE = "reception_or_exchange"
    OTHER = "other"


class EventScope(StrEnum):
    """Who holds the event: a national body, a province's, or a friendship association."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    ASSOCIATION = "association"


class DateBasis(StrEnum):
    """Where the year of a date came from."""

    STATED = "stated"
    DATELINE = "dateline"
    REVIEW_YEAR = "review_year"
    TERM = "term"
    EVENT_NAME = "event_name"
    OCCASION = "occasion"
    ANNIVERSARY = "anniversary"


class EventFormat(StrEnum):
    """How the event was held."""

    HYBRID = "hybrid"
    ONLINE = "online"


class Event(Record):
    """One event (e.g. an annual people's-diplomacy review conference), merged over sources."""

    event_id: str = col(
        "Stable id from kind and identity (year reviewed, locality...).",
        "Mã ổn định từ loại và năm tổng kết, địa phương...",
        pattern=EVENT_ID_PATTERN,
    )
    kind: EventKind = col(
        "Kind of event: annual_review (a year's national review of people's diplomacy), "
        "local_review (the same by a province, city or organization), plan_deployment, "
        "national_conference, directive_review, congress, anniversary, award_ceremony, "
        "reception_or_exchange, other.",
        "Loại sự kiện: tổng kết năm (toàn quốc), tổng kết địa phương, triển khai nhiệm vụ, "
        "hội nghị toàn quốc, sơ kết/tổng kết chỉ thị, đại hội, kỷ niệm, trao tặng, "
        "đón tiếp/giao lưu, khác.",
    )
    scope: EventScope | None = col(
        "national, provincial or association (a bilateral friendship association); null "
        "when the article does not say who held it.",
        "Cấp: toàn quốc, địa phương hoặc hội hữu nghị song phương; null nếu không rõ.",
    )
    name: str = col("Canonical name.", "Tên chuẩn.", min_length=1)
    review_year: int | None = col("Year reviewed.", "Năm được tổng kết.", ge=1945, le=2100)
    plan_year: int | None = col("Year planned for.", "Năm triển khai nhiệm vụ.", ge=1945, le=2100)
    held_on: date | None = col("Date held.", "Ngày tổ chức.")
    held_on_inferred: bool = col(
        "True when the year of held_on was inferred (the article gave only day/month).",
        "Đúng khi năm của held_on được suy ra (bài chỉ ghi ngày/tháng).",
    )
    held_on_basis: DateBasis | None = col(
        "Where held_on's year came from: stated in the text, the article's dateline or "
        "publication date (sidecar, page metadata, URL), the year reviewed (a year's review "
        "held from October is in it, one held up to April in the next, none between; a "
        "review of part of a year is within it), the congress's term, a year in the event's "
        "name, the new year it was held for (its Tết, spring or New Year, named with a year "
        "in its report), or an anniversary's arithmetic. Day and month are always written "
        "in the article.",
        "Nguồn của năm: ghi trong bài, ngày đăng, năm tổng kết, nhiệm kỳ, tên sự kiện, dịp "
        "năm mới, hoặc số năm kỷ niệm. Ngày và tháng luôn có trong bài.",
    )
    held_on_quality: str | None = col(
        "Null when held_on is plausible; otherwise why it is doubtful.",
        "Null nếu ngày hợp lý; nếu không, lý do đáng ngờ.",
    )
    locality: str | None = col(
        "Province or city holding a local event; null for national events.",
        "Tỉnh/thành phố tổ chức sự kiện địa phương; null nếu là sự kiện toàn quốc.",
    )
    location: str | None = col("Where it was held.", "Địa điểm.")
    organizer_org_id: str | None = col("Organizer (organizations.org_id).", "Đơn vị tổ chức.")
    attendance_count: int | None = col(
        "Delegates attending.", "Số đại biểu tham dự.", gt=0, le=MAX_ATTENDANCE
    )
    attendance_qualifier: str | None = col(
        "'gần' (nearly), 'hơn' (more than), 'khoảng', 'trên' or null.", "Gần/hơn/khoảng/trên."
    )
    remote_sites_count: int | None = col("Remote sites (điểm cầu).", "Số điểm cầu.", gt=0)
    format: EventFormat | None = col("hybrid, online, or null when not stated.", "Hình thức.")
    n_sources: int = col("Articles reporting it.", "Số bài báo đưa tin.", ge=1)
    conflicts: list[str] = col(
        "Fields on which the reporting articles disagree (see event_claims). A merged value "
        "comes from the article with a stated date first, then by article_id; held_on "
        "prefers a stated year to an inferred one.",
        "Các trường mà các bài báo nêu khác nhau (xem bảng event_claims).",
    )


class ClaimField(StrEnum):
    """An event field an article can state."""

    HELD_ON = "held_on"
    LOCATION = "location"
    ORGANIZER_ORG_ID = "organizer_org_id"
    ATTENDANCE_COUNT = "attendance_count"
    FORMAT = "format"


class EventClaim(Record):
    """One event field as one article states it: the words, the value read, where."""

    event_id: str = col("Event.", "Sự kiện.", pattern=EVENT_ID_PATTERN)
    article_id: str = col("Article.", "Bài báo.", pattern=ARTICLE_ID_PATTERN)
    field: ClaimField = col("The events column this claim is about.", "Trường của sự kiện.")
    written: str = col("The words stating it, as written.", "Cách viết trong bài.", min_length=1)
    value: str | None = col(
        "The value read from them, as text in the events column's form (a date as "
        "YYYY-MM-DD, an org_id, a count); null when it could not be read (a date without "
        "a year).",
        "Giá trị đọc được, theo dạng của cột trong bảng events.",
    )
    matches_event: bool = col(
        "True when this value is the event's merged value.",
        "Đúng nếu giá trị này là giá trị của sự kiện.",
    )
    span_start: int = col("Start of the words in articles.text.", "Vị trí bắt đầu.", ge=0)
    span_end: int = col("End of the words (exclusive).", "Vị trí kết thúc.", ge=0)
    evidence: str = col("The sentence.", "Câu nêu thông tin.", min_length=1)


class EventSource(Record):
    """An article that reports an event, and where it names it."""

    event_id: str = col("Event.", "Sự kiện.", pattern=EVENT_ID_PATTERN)
    article_id: str = col("Article.", "Bài báo.", pattern=ARTICLE_ID_PATTERN)
    span_start: int = col("Start of the evidence in articles.text.", "Vị trí bắt đầu.", ge=0)
    span_end: int = col("End of the evidence in articles.text.", "Vị trí kết thúc.", ge=0)
    evidence: str = col("The text naming the event.", "Đoạn văn nêu sự kiện.", min_length=1)


class Organization(Record):
    """An organization from the alias lexicon that the articles mention."""

    org_id: str = col("Stable id (lexicon slug).", "Mã ổn định.", pattern=r"^[a-z0-9-]+$")
    name: str = col("Canonical name.", "Tên chuẩn.")
    acronym: str | None = col("Acronym, e.g. VUFO.", "Tên viết tắt.")
    aliases: list[str] = col("Other spellings matched.", "Các cách viết khác.")
    kind: str = col(
        "Kind of organization, from the head of its name (friendship_union,"
        " friendship_association, party_committee, people_committee, ministry ...), or"
        " locality: a province, city or district named as an event's organizer.",
        "Loại tổ chức, theo từ đầu của tên; locality: tỉnh, thành phố, huyện đứng ra tổ chức.",
    )
    n_mentions: int = col("Mentions across articles.", "Số lần được nhắc.", ge=1)


class OrganizationMention(Record):
    """One naming of an organization in an article, as written, with its sentence."""

    org_id: str = col("Organization.", "Tổ chức.", pattern=r"^[a-z0-9-]+$")
    article_id: str = col("Article.", "Bài báo.", pattern=ARTICLE_ID_PATTERN)
    event_id: str | None = col("Event the article reports, if any.", "Sự kiện của bài báo.")
    is_organizer: bool = col(
        "True when this mention names the organizer of the article's event.",
        "Đúng nếu đây là đơn vị tổ chức sự kiện của bài.",
    )
    span_start: int = col(
        "Start of the name in articles.text (0-based).", "Vị trí bắt đầu của tên.", ge=0
    )
    span_end: int = col("End of the name (exclusive).", "Vị trí kết thúc.", ge=0)
    surface: str = col("The name as written.", "Cách viết trong bài.", min_length=1)
    evidence: str = col("The sentence.", "Câu chứa tên.", min_length=1)


PERSON_ID_PATTERN = r"^p_[0-9a-f]{12}$"


class Role(StrEnum):
    """What a person did at an event."""

    CLOSING_SPEECH = "closing_speech"
    DIRECTING = "directing"
    CHAIR = "chair"
    PRESENTING_AWARDS = "presenting_awards"
    CONTRIBUTION = "contribution"
    SPEECH = "speech"
    ATTENDING = "attending"
    MENTIONED = "mentioned"


class Person(Record):
    """A person named in at least one article. People are told apart by their name only:
    two people who share a name share a row; the positions and articles of
    ``person_mentions`` tell them apart."""

    person_id: str = col(
        "Stable id from the canonical name.", "Mã ổn định.", pattern=PERSON_ID_PATTERN
    )
    full_name: str = col("Canonical name, without honorifics.", "Họ tên, không kèm danh xưng.")
    name_ascii: str = col("Name without diacritics.", "Họ tên không dấu.")
    gender: str | None = col(
        "male/female when an honorific states it (ông/bà).", "Giới tính theo danh xưng."
    )


class Participation(Record):
    """A person's role at an event, as one article reports it."""

    event_id: str = col("Event.", "Sự kiện.", pattern=EVENT_ID_PATTERN)
    person_id: str = col("Person.", "Người.", pattern=PERSON_ID_PATTERN)
    article_id: str = col("Article.", "Bài báo.", pattern=ARTICLE_ID_PATTERN)
    role: Role = col(
        "directing (chỉ đạo), chair (chủ trì), speech (phát biểu), closing_speech (bế mạc), "
        "contribution (tham luận), presenting_awards (trao), attending (tham dự), "
        "mentioned (named at the event without a cue of what they did).",
        "Vai trò: chỉ đạo, chủ trì, phát biểu, bế mạc, tham luận, trao thưởng, tham dự, "
        "được nhắc tên.",
    )
    position: str | None = col(
        "The person's titles at the event as this article states them, comma-separated.",
        "Chức vụ tại sự kiện theo bài báo, phân cách bằng dấu phẩy.",
    )
    span_start: int = col("Start of the name in articles.text.", "Vị trí bắt đầu.", ge=0)
    span_end: int = col("End of the name in articles.text.", "Vị trí kết thúc.", ge=0)
    evidence: str = col("The sentence.", "Câu làm bằng chứng.", min_length=1)


class Award(Record):
    """An award given at an event: one row per type × recipient kind (× named recipient)."""

    event_id: str = col("Event.", "Sự kiện.", pattern=EVENT_ID_PATTERN)
    article_id: str = col("Article.", "Bài báo.", pattern=ARTICLE_ID_PATTERN)
    award_type: str = col(
        "Canonical award name: Cờ thi đua, Bằng khen, Kỷ niệm chương...", "Hình thức khen thưởng."
    )
    award_title: str | None = col(
        "Quoted title, e.g. 'Vì sự nghiệp đối ngoại nhân dân'.", "Tên danh hiệu trong ngoặc kép."
    )
    award_class: int | None = col(
        "Class of an order or medal when written: 1 for 'hạng Nhất', 2 'hạng Nhì', 3 'hạng Ba'.",
        "Hạng của huân, huy chương nếu có: Nhất = 1, Nhì = 2, Ba = 3.",
        ge=1,
        le=3,
    )
    recipient_kind: str | None = col(
        "'tập thể' (collective), 'cá nhân' (individual) or null.", "Tập thể/cá nhân."
    )
    recipient_count: int | None = col(
        "How many, when stated.", "Số lượng, nếu có.", gt=0, le=MAX_ATTENDANCE
    )
    recipient_org_id: str | None = col("Named recipient organization.", "Tổ chức được nhận.")
    span_start: int = col("Start of the award name in articles.text.", "Vị trí bắt đầu.", ge=0)
    span_end: int = col("End of the award name in articles.text.", "Vị trí kết thúc.", ge=0)
    evidence: str = col("The sentence.", "Câu làm bằng chứng.", min_length=1)


class PositionTerm(Record):
    """A person's position over time, from the events where it was stated."""

    person_id: str = col("Person.", "Người.", pattern=PERSON_ID_PATTERN)
    position: str = col("One canonical title.", "Một chức vụ.")
    first_seen_on: date | None = col("Earliest event date with this title.", "Lần đầu thấy.")
    last_seen_on: date | None = col("Latest event date with this title.", "Lần cuối thấy.")
    events: int = col("Events where it was stated.", "Số sự kiện.", ge=1)


class PersonMentionRow(Record):
    """One naming of a person in an article, event or not, with the position written there."""

    person_id: str = col("Person.", "Người.", pattern=PERSON_ID_PATTERN)
    article_id: str = col("Article.", "Bài báo.", pattern=ARTICLE_ID_PATTERN)
    position: str | None = col(
        "The titles written next to the name in this article, comma-separated, as written.",
        "Chức vụ ghi cạnh tên trong bài, phân cách bằng dấu phẩy, như trong bài.",
    )
    span_start: int = col(
        "Start of the name in articles.text (0-based).", "Vị trí bắt đầu của tên.", ge=0
    )
    span_end: int = col("End of the name (exclusive).", "Vị trí kết thúc.", ge=0)
    evidence: str = col("The sentence.", "Câu chứa tên.", min_length=1)
