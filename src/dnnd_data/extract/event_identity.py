"""What makes two articles' reports one event: by kind, the year a review reviews and
what it reviews, the organization a congress belongs to and its number, the organization
whose founding an anniversary celebrates and its day, else the day and the organizer.

Takes: an event draft's fields (kind, name, reporting sentence, organizer, day, province).
Gives: the identity string its id is made from (see :func:`~dnnd_data.schema.ids.event_id_for`).
"""

from __future__ import annotations

import re
from datetime import date

from dnnd_data.extract import lexicon
from dnnd_data.extract.organizations import organization, starts_like_organization

# What a review reviews: the words up to the first year ("tổng kết công tác đối ngoại nhân
# dân năm 2023" reviews "đối ngoại nhân dân"; "tổng kết công tác năm 2023" the organizer's
# own work), "công tác" and "hoạt động" said or not.
_REVIEWED = re.compile(r"(?i)(?:tổng kết|sơ kết) (?P<subject>[^,.;]{0,60}?) ?năm \d{4}")
_WORK = re.compile(r"(?i)^(?:công tác|hoạt động)(?!\w) ?")
_CUA = re.compile(r" của (?P<org>[^,.;()]{3,120})")
# The organization whose founding an anniversary celebrates ("Lễ kỷ niệm 30 năm Ngày thành
# lập Liên hiệp các tổ chức hữu nghị TP Cần Thơ").
_FOUNDED = re.compile(r"(?i)thành lập (?P<org>[^,.;()]{3,120})")


def event_identity(
    *,
    kind: str,
    scope: str | None,
    name: str,
    sentence: str,
    organizer_id: str,
    review_year: int | None,
    held: date | None,
    locality: str | None,
    article_id: str,
) -> str:
    """The identity of the event an article reports; only this article's when nothing
    else tells it apart."""
    who = organizer_id
    if kind == "congress":
        ordinal = lexicon.events().compiled["ordinal"].search(name)
        who = _congress_subject(name) or who
        if who and ordinal:
            return f"{who}|{ordinal.group('ordinal').upper()}"
    if review_year and kind in {"annual_review", "local_review"}:
        return f"{review_year}|{_review_key(scope, kind, sentence, who, locality)}"
    if kind == "anniversary":
        # One body's founding is celebrated by it or by another that names it; the article
        # that names only the celebrating body means its own.
        who = _founded(name) or who
    # A day alone says too little: two receptions held the same day by unnamed hosts are
    # two events. Without an organizer, the day and the province; without both, the article.
    where = who or (f"@{locality}" if locality else "")
    if held and where:
        return f"{held.isoformat()}|{where}"
    return f"article|{article_id}"


def _review_key(scope: str | None, kind: str, sentence: str, who: str, locality: str | None) -> str:
    """What a review reviews and whose review it is. A review of a field ("đối ngoại nhân
    dân") is one however many bodies hold it, each article naming its own first: the
    nation's, or its province's. One of the organizer's own work ("tổng kết công tác năm
    2023") is the organizer's, as a friendship association's review is its own, not its
    province's."""
    reviewed = _REVIEWED.search(sentence)
    subject = _WORK.sub("", reviewed.group("subject")) if reviewed else ""
    what = " ".join(subject.casefold().split())
    if scope == "association":
        place = who or locality or ""
    elif not what:
        place = f"{locality or ''}|{who}"
    elif kind == "annual_review":
        place = ""
    else:
        place = locality or who
    return f"{what}|{place}"


def _congress_subject(name: str) -> str:
    """The organization a congress belongs to, from its name ("Đại hội ... của X", or the
    organization named after "Đại hội (đại biểu) (toàn quốc)")."""
    of = _CUA.search(name)
    if of:
        org = organization(of.group("org"), 0, None)
        return org.org_id if org else ""
    rest = re.sub(r"(?i)^đại hội (?:đại biểu )?(?:toàn quốc )?", "", name)
    rest = re.split(r" lần thứ| khóa| nhiệm kỳ|,", rest)[0]
    return _organization_id(rest)


def _founded(name: str) -> str:
    """The organization whose founding an anniversary's name celebrates, if it names one."""
    found = _FOUNDED.search(name)
    return _organization_id(found.group("org")) if found else ""


def _organization_id(words: str) -> str:
    """The id of the organization the words open on, or "" when they open on none."""
    org = organization(words, 0, None) if starts_like_organization(words) else None
    return org.org_id if org else ""
