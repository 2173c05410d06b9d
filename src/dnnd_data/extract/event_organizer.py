"""Who organized an event: the subject of its "tổ chức", the X of "<event> do X tổ chức",
or the organization whose own event it is ("Hội nghị tổng kết ... của X").

Takes: the article's text, sentences and the event's mentions. Gives: an
:class:`OrgMention`. A head written alone ("Liên hiệp") is resolved to the organization
the article names in full."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.event_mentions import EventMention
from dnnd_data.extract.organizations import (
    OrgMention,
    bare_head,
    find_organizations,
    known_organization,
    org_id_for,
    organization,
    starts_like_organization,
)
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.sentences import Sentences
from dnnd_data.extract.subject_words import (
    and_another,
    dateline_end,
    outer_parts,
    subject_split,
    verb_after_subject,
)
from dnnd_data.extract.title_closers import LOWER_WORD
from dnnd_data.extract.titles import FIELDS_GO_ON, title_end

# "<event> do X (chủ trì, phối hợp...) tổ chức", "<event> được X tổ chức": only words of
# the verb stand between the organization and "tổ chức" (any word there would cut a name
# short: "do Liên hiệp ... Việt Nam chủ trì tổ chức" is not "Liên hiệp ... Việt").
_DO = re.compile(
    r"(?<!\w)(?:do|được(?= [A-ZĐ])) (?P<org>[^.;]{3,160}?) "
    r"(?:(?:đã|vừa|sẽ|cùng|đồng|chủ trì|phối hợp|đứng ra|đăng cai|trực tiếp|long trọng) ){0,3}"
    r"tổ chức(?! [Hh]ữu nghị)(?!\w)"
)


# A sentence opening on a word that refers back to the event reported ("Sự kiện do X và Y
# đồng tổ chức").
_ANAPHOR = re.compile(r"(?:Sự kiện|Hoạt động|Chương trình)(?: này)? (?:do|được) ")


def organizer_of(
    text: str, mentions: Sequence[EventMention], sentences: Sentences, province: str | None
) -> OrgMention | None:
    """The subject of the event's 'tổ chức', or the X of '<event> do X tổ chức' or of
    'dưới sự chủ trì của X' in a sentence naming the event's head."""
    for m in mentions:
        if m.subject is not None:
            found = _organizer_in(text[m.subject[0] : m.subject[1]], m.subject[0], province, text)
            if found is not None:
                return found
    heads = sorted({m.head for m in mentions}, key=lambda h: (-len(h), h))
    head = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, heads))})(?!\w)")
    for start, end in zip(sentences.starts, sentences.ends, strict=True):
        sentence = text[start:end]
        by = _DO.search(sentence)
        if by is not None and (head.search(sentence[: by.start()]) or _ANAPHOR.match(sentence)):
            org = first_organization(by.group("org"), start + by.start("org"), province, text)
            # Or a province ("Lễ kỷ niệm ... do tỉnh Quảng Trị tổ chức").
            org = org or _locality_named(by.group("org"), start + by.start("org"))
            if org is not None:
                return org
        hosted = _HOSTED.search(sentence)
        if hosted is not None and head.search(sentence):
            org = first_organization(hosted["org"], start + hosted.start("org"), province, text)
            if org is not None:
                return org
    return _owner_in_name(text, mentions, province) or _locality_subject(text, mentions)


# "Dưới sự chủ trì của <organization>, <event> diễn ra ...": the host organized it (a
# person named there chairs, and organizes nothing).
_HOSTED = re.compile(r"(?<!\w)[Dd]ưới sự chủ trì của (?P<org>[^,.;]{3,160})")


# "<event> của <organization>" closing the name ("Hội nghị tổng kết công tác năm 2023 của
# Liên hiệp ...", maybe with its acronym): the event is that organization's own. Not
# after a document's or an award's name, whose "của" says who issued or conferred it
# ("Chỉ thị 12 của Ban Bí thư", "trao Kỷ niệm chương ... của Liên hiệp ... Việt Nam cho ông
# X" at a province's ceremony), nor running on to an award's recipient ("cho ông X"), nor
# after a delegation, whose "của" says whose guests they are ("tiếp đoàn công tác của Đại
# sứ quán Úc").
_OWNER = re.compile(r" của (?P<org>(?:(?! cho )[^,.;()]){3,120})(?: \([A-ZĐ]{2,10}\))?$")
_ANOTHERS_WORD = re.compile(
    r"(?i)\b(?:chỉ thị|kết luận|nghị quyết|quyết định|luật|nghị định"
    r"|huân chương|huy chương|kỷ niệm chương|huy hiệu|bằng khen|giấy khen|cờ thi đua)\b"
    r"|(?-i:(?<!\w)(?:đoàn|Đoàn (?:công tác|đại biểu|cán bộ|khách))(?!\w))"
)


def _owner_in_name(
    text: str, mentions: Sequence[EventMention], province: str | None
) -> OrgMention | None:
    for m in mentions:
        name = text[m.start : m.end]
        owner = _OWNER.search(name)
        if owner is None or _ANOTHERS_WORD.search(name, 0, owner.start()):
            continue
        phrase = owner.group("org")
        if starts_like_organization(phrase):
            found = organization(phrase, m.start + owner.start("org"), province)
        else:  # a province's own ("Hội nghị tổng kết ... năm 2024 của tỉnh Nghệ An")
            found = _locality_named(phrase, m.start + owner.start("org"))
        if found is not None:
            return found
    return None


def _organizer_in(subject: str, offset: int, province: str | None, text: str) -> OrgMention | None:
    """The organizer in the words before 'tổ chức': after the date and place adjuncts, the
    first of the organizations listed ("A, B và C (đã) phối hợp tổ chức")."""
    orgs: list[tuple[str, int]] = []
    parts = outer_parts(subject.rstrip())
    for i, (part, start) in reversed(list(enumerate(parts))):
        words = part[dateline_end(part) :].lstrip("(").split(") - ")[-1]
        # "X chủ trì, phối hợp với Y, Z tổ chức": the partners' clause goes on to X; so
        # does X's term ("Ban Chấp hành ... khóa III, nhiệm kỳ 2021 - 2026 tổ chức") and
        # the district X lies in ("UBND xã Mường Típ, huyện Kỳ Sơn tổ chức").
        if _WITH_PARTNERS.match(words) or _TERM.fullmatch(words):
            continue
        if not orgs and i > 0 and gazetteer().is_unit_place(words):
            continue
        if not (starts_like_organization(words) or _names_a_known_organization(words)):
            break
        orgs.insert(0, (part, offset + start))
    if not orgs:
        return None
    phrase, start = orgs[0]
    if len(orgs) > 1 and _MINISTRYS_DEPARTMENT.match(f"{phrase}, {orgs[1][0]}"):
        phrase = f"{phrase}, {orgs[1][0]}"  # one organization: "Cục Đối ngoại, Bộ Quốc phòng"
    return first_organization(phrase, start, province, text)


_WITH_PARTNERS = re.compile(r"(?:phối hợp(?: với)?|cùng với) ")
# What goes on an organization's name after its province or country: a province's branch
# ("Ủy ban MTTQ Việt Nam tỉnh ..."), its committee's term, its seat ("Tổng Lãnh sự quán
# Lào tại Đà Nẵng").
_NAME_GOES_ON = re.compile(
    r" (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|khóa|nhiệm kỳ|tại|bên cạnh)(?!\w)"
)
# Not the people of a country, whose words go on ("Ủy ban Nhà nước về người Việt Nam ở nước
# ngoài", "Hội Liên lạc với người Việt Nam ở nước ngoài").
_LEVEL = re.compile(r"(?<!\w)(?<!người )(?:Việt Nam|Trung ương)(?!\w)")


def _closed_at_locality(phrase: str) -> str:
    """An organization's name as the subject writes it, ended at its province or country
    when a lower-case word follows ("Liên hiệp ... tỉnh Nghệ An đứng ra tổ chức", "...
    năm nay tổ chức", "... thay mặt UBND tỉnh tổ chức": the words after are the verb's)."""
    ends = [m.end for m, _ in gazetteer().localities_named(phrase)]
    ends += [m.end() for m in _LEVEL.finditer(phrase)]
    for end in sorted(ends):
        if LOWER_WORD.match(phrase, end) and not _NAME_GOES_ON.match(phrase, end):
            return phrase[:end]
    return phrase


_TERM = re.compile(r"(?:khóa [IVXL\d]+|nhiệm kỳ (?:19|20)\d\d ?[-–] ?(?:19|20)\d\d)")


def _locality_subject(text: str, mentions: Sequence[EventMention]) -> OrgMention | None:
    """A province, city or district as the subject of the event's verb, when no
    organization is ("Tối 20/7, tỉnh Quảng Trị long trọng tổ chức ...", "TP.HCM tổ chức
    ..."; first of partners: "tỉnh Nghệ An phối hợp với ..."): its authorities held the
    event. Only after the date and the place: a list's last item is no subject ("Cụm ...
    gồm Liên hiệp các tỉnh A, B, C tổ chức")."""
    for m in mentions:
        # A headline's host ("Lạng Sơn tiếp đoàn ...") says whose guests they were, not
        # who organized a reception.
        if m.subject is None or m.grammar == "received":
            continue
        parts = outer_parts(text[m.subject[0] : m.subject[1]].rstrip())
        *adjuncts, (part, start) = parts
        if not all(_is_adjunct(a) for a, _ in adjuncts):
            continue
        found = _locality_named(part, m.subject[0] + start)
        if found is not None:
            return found
    return None


def _is_adjunct(part: str) -> bool:
    """A date ("Tối 20/7", "(TBTCO) - Ngày 30/12") or a place ("tại thành phố Đông Hà")
    before the subject."""
    if part.startswith(("tại ", "Tại ")):
        return True
    return len(part.split()) <= 8 and bool(dates.find_dates(part))


def _locality_named(part: str, offset: int) -> OrgMention | None:
    """The locality the part is, its unit maybe before it and partners after it; a
    province named with the unit it has, a district as written."""
    skip = dateline_end(part)
    words = subject_split().split(part[skip:], maxsplit=1)[0]
    words = verb_after_subject().sub("", words.rstrip())
    places = gazetteer()
    named = places.localities_named(words)
    if len(named) == 1 and (named[0][0].start, named[0][0].end) == (0, len(words)):
        province = named[0][1]
        unit = places.province_units.get(province)
        name = f"{unit} {province}" if unit else province
    elif places.is_unit_place(words):
        name = words
    else:
        return None
    begin = offset + skip
    return OrgMention(org_id_for(name), begin, begin + len(words), words, name, None, "locality")


def _names_a_known_organization(words: str) -> bool:
    """Whether the words, with the verb's words after them, are a lexicon organization's
    name or acronym ("VUFO" of "Sáng nay, VUFO tổ chức ...")."""
    return known_organization(verb_after_subject().sub("", words.rstrip())) is not None


_DIRECTS = re.compile(r" (?:chỉ đạo|giao cho|ủy quyền cho) ")


def first_organization(
    phrase: str, start: int, province: str | None, text: str = ""
) -> OrgMention | None:
    """The first organization a phrase lists; a head written alone ("Liên hiệp") is the
    one organization with that head the article (``text``) names in full."""
    skip = dateline_end(phrase)
    phrase, start = phrase[skip:], start + skip
    # "X chỉ đạo Y tổ chức ...": Y held it, as X directed.
    directed = _DIRECTS.search(phrase)
    if directed is not None and starts_like_organization(phrase[directed.end() :]):
        phrase, start = phrase[directed.end() :], start + directed.end()
    first = subject_split().split(phrase, maxsplit=1)[0]
    # "Sở Ngoại vụ chủ trì, phối hợp với ... tổ chức": the comma ends the subject's verb
    # (not the one of an organ's fields: "Sở Văn hóa, Thể thao và Du lịch").
    first = first[: _first_comma(first)].rstrip(" ,")
    first = _closed_at_locality(verb_after_subject().sub("", first))
    known = known_organization(first, start)
    if known is not None:
        return known
    if not starts_like_organization(first):
        return None
    found = organization(first, start, province)
    head = bare_head(first) if found is None else None
    full = named_in_full(text, head, province) if head else None
    if full is None:
        return found
    return OrgMention(
        full.org_id, start, start + len(first), first, full.name, full.acronym, full.kind
    )


def _first_comma(phrase: str) -> int:
    """Where the first comma that is not between an organ's fields nor before a ministry
    a department belongs to is (the end without one)."""
    department = _MINISTRYS_DEPARTMENT.match(phrase)
    for comma in re.finditer(", ", phrase):
        if FIELDS_GO_ON.match(phrase, comma.start()):
            continue
        if department is None or comma.start() != department.end("department"):
            return comma.start()
    return len(phrase)


# A ministry's department named with its ministry after a comma ("Cục Đối ngoại, Bộ Quốc
# phòng", "Vụ Hợp tác quốc tế, Bộ Văn hóa, Thể thao và Du lịch"): one organization.
_MINISTRYS_DEPARTMENT = re.compile(
    r"(?P<department>(?:Cục|Vụ|Tổng cục|Viện|Học viện) [^,]+), Bộ [A-ZĐ]"
)


# Where an organization's full name ends in running text: punctuation, its verb ("tổ
# chức", not the "tổ chức hữu nghị" of a union's name) or the verb's adverbs ("Liên hiệp
# cũng đã ..."), or a time adjunct ("của Liên hiệp trong năm qua?").
@cache
def _full_name_end() -> re.Pattern[str]:
    return re.compile(
        r"[,.;:()?!\n]| trong | (?:cũng|còn|đã|vừa|sẽ|đang)(?!\w)"
        r"| (?:tổ chức|phối hợp|tiếp|đón|trao|là|có|được|cùng)"
        r"(?! [Hh]ữu nghị)(?!\w)"
        rf"| {and_another()}"
    )


# Pure, and asked again for every sentence reporting the event in one text: once per text
# and head, a page of many reports costs one scan, not one per report (quadratic).
@lru_cache(maxsize=16)
def named_in_full(text: str, head: str, province: str | None) -> OrgMention | None:
    """The one organization with ``head`` the text names in full, else None."""
    found = {o.org_id: o for o in find_organizations(text) if o.name.startswith(f"{head} ")}
    event_head, venue = lexicon.events().compiled["head"], lexicon.events().compiled["place_head"]
    for at in re.finditer(rf"(?<!\w){re.escape(head)} (?=[^\W\d])", text):
        # An event's or a venue's name that begins like it ("Hội nghị", "Hội trường"); a
        # venue's head that is the organization's own ("Đồn Biên phòng") is no other name.
        venue_name = venue.match(text, at.start())
        if event_head.match(text, at.start()) or (venue_name and venue_name.end() > at.end() - 1):
            continue
        end = _full_name_end().search(text, at.end() - 1)
        # Nor past a verb the name is the subject's part of ("Chủ tịch UBND tỉnh đọc diễn
        # văn"): where a title's words would end.
        stop = min(end.start() if end else len(text), title_end(text, at.end()))
        org = organization(text[at.start() : stop], 0, province)
        if org is not None:
            found.setdefault(org.org_id, org)
    return next(iter(found.values())) if len(found) == 1 else None
