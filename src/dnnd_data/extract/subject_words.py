"""The words before an event's verb: the dateline they may open on, their parts between
commas, where a list of organizations is split, the verb's own words after the subject, and
a venue's locality run into the subject.

Takes: the words before "tổ chức" (or another report verb) of a lead. Gives: the offsets
and patterns the organizer's reader (:mod:`~dnnd_data.extract.event_organizer`) uses.
"""

from __future__ import annotations

import re
from functools import cache

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.organizations import starts_like_organization
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.sentences import LOWER
from dnnd_data.extract.titles import FIELDS_GO_ON
from dnnd_data.lexicon import alternation


# "và" joins two organizations ("A và Hội hữu nghị ...", "A và các đơn vị") or goes on
# one's name before a capitalised word that heads none ("Quỹ Hòa bình và Phát triển Việt
# Nam", "Bộ Giáo dục và Đào tạo") and before a steering committee's second field ("Ban Chỉ
# đạo công tác thông tin đối ngoại và đối ngoại nhân dân tỉnh").
@cache
def and_another() -> str:
    """The pattern of a "và" that joins another organization to the list."""
    heads = lexicon.organizations().head_pattern.pattern
    return rf"và(?= (?:{heads})| (?!đối ngoại )[{LOWER}\d])"


@cache
def subject_split() -> re.Pattern[str]:
    """Where a subject's list of organizations parts: its partners' words ("phối hợp với",
    "cùng (với)" another, "với sự phối hợp của" another), another's "và"."""
    heads = lexicon.organizations().head_pattern.pattern
    helped = r"với sự (?:phối hợp|hỗ trợ|tài trợ|giúp đỡ|đồng hành|tham gia) của"
    return re.compile(
        rf" (?:{helped}|phối hợp(?: với)?|cùng với|cùng(?= (?:{heads}))|{and_another()}) "
    )


def outer_parts(phrase: str) -> list[tuple[str, int]]:
    """The phrase's parts between commas outside brackets, with their offsets: a partner's
    place in brackets ("Hội ... Hồng Hà (Vân Nam, Trung Quốc)") is one part with it. A dash
    before an organization's head parts organs listed too ("Thành ủy - HĐND - UBND ...";
    not the dash between a friendship association's countries)."""
    parts, start, depth = [], 0, 0
    heads = lexicon.organizations().head_pattern
    for at, char in enumerate(phrase):
        depth += (char == "(") - (char == ")")
        if depth > 0:
            continue
        if char == "," and phrase.startswith(", ", at) and not FIELDS_GO_ON.match(phrase, at):
            parts.append((phrase[start:at], start))
            start = at + 2
        elif char in "-–" and phrase.startswith(" ", at + 1) and heads.match(phrase, at + 2):
            parts.append((phrase[start:at].rstrip(), start))
            start = at + 2
    parts.append((phrase[start:], start))
    return parts


# A dateline before the organizer: a tag "(TBTCO) - " or a date "ngày 12 tháng 1 năm 2024 – ".
_DATELINE = re.compile(
    rf"(?:\(\S+\)|(?:ngày )?\d[\d/.\- ]*(?:tháng \d{{1,2}} năm )?{dates.YEAR}) ?[-–] "
)


# The lead's day written without its comma: "Sáng 26/12 Hội hữu nghị ... tổ chức ...",
# maybe with its place ("Sáng 21/12 tại TP Thái Nguyên Liên hiệp ... tổ chức ...").
_DAY_WITHOUT_COMMA = re.compile(
    r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Sáng nay|Chiều nay|Tối nay)(?: ngày)? "
    r"\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\)? (?=[A-ZĐ]|tại )"
)


# An outlet's tag written without brackets before the lead's day or its organizer: "Báo
# Quảng Ninh - Chiều 26/12, UBND tỉnh ...", "HNP - Hội hữu nghị ... vừa tổ chức". Only
# there, since a friendship association's name has its dash too ("Hội Hữu nghị Việt - Nga").
_TAG = re.compile(dates.OUTLET_TAG)
_DAY_AFTER_TAG = re.compile(
    r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Sáng nay|Chiều nay|Tối nay) (?:ngày )?\(?\d"
)


def dateline_end(phrase: str) -> int:
    """Where the words after a dateline at the phrase's start begin (0 without one)."""
    tag = _TAG.match(phrase)
    after_tag = tag is not None and (
        _DAY_AFTER_TAG.match(phrase, tag.end()) or starts_like_organization(phrase[tag.end() :])
    )
    skip = tag.end() if tag and after_tag else 0
    found = _DATELINE.match(phrase, skip) or _DAY_WITHOUT_COMMA.match(phrase, skip)
    if found is None:
        return skip
    if not phrase.startswith("tại ", found.end()):
        return found.end()
    # The place without its comma: only a locality followed by an organization parts them.
    after = phrase[found.end() + len("tại ") :]
    place = place_before_organization(after)
    return found.end() + len("tại ") + len(place) + 1 if place != after else skip


@cache
def verb_after_subject() -> re.Pattern[str]:
    """The words of the clause's verb after its subject, at the end of a phrase: the
    adverbs of the events lexicon's ``subject_adverbs``, a partner's word, and an
    organizing verb before the event's own ("X đã tổ chức đón tiếp đoàn ..."; not the "tổ
    chức" of "Liên hiệp các tổ chức")."""
    words = alternation([*lexicon.events().subject_adverbs, "phối hợp", "tổ chức"])
    return re.compile(rf"(?:(?<![Cc]ác) (?:{words}))+$")


# A locality's unit before its name ("TP Thái Nguyên", "tỉnh Bắc Ninh").
_UNIT_FIRST = re.compile(
    r"(?:TP\.?|[Tt]hành phố|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường) "
)


def place_before_organization(place: str) -> str:
    """A locality run into the clause's subject when no comma parts them ("tại TP Thái
    Nguyên Liên hiệp ... tổ chức"): the locality alone, as the reference lists know it,
    when an organization's name follows it."""
    unit = _UNIT_FIRST.match(place)
    words = place[unit.end() if unit else 0 :].split(" ")
    heads = lexicon.organizations().head_pattern
    for k in range(1, min(len(words), 4)):
        rest = " ".join(words[k:])
        if gazetteer().is_place(" ".join(words[:k])) and heads.match(rest):
            return place[: len(place) - len(rest) - 1]
    return place
