"""Position phrases and the names that close them, by the grammar of Vietnamese titles.

Takes: clean text (hard wraps undone). Gives: :class:`PositionMention` per title phrase (a
head such as "Phó Chủ tịch", "Trưởng Ban", "Đại sứ" and its words up to a stop), and the
name a title runs into ("Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung", "Đại sứ Nhật Bản
tại Việt Nam Yamada Takio"): family-name-led, or a foreign one (see
:mod:`dnnd_data.extract.foreign_names`). See :mod:`dnnd_data.extract.people` for the people."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dnnd_data.extract import lexicon
from dnnd_data.extract.capitals import RUN, SYLLABLE
from dnnd_data.extract.foreign_names import (
    abroad_at,
    foreign_name_start,
    is_place_or_host,
    seat_words,
)
from dnnd_data.extract.organizations import closes_a_known_name
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.sentences import LOWER
from dnnd_data.extract.title_closers import past_closing_place
from dnnd_data.lexicon import alternation
from dnnd_data.regex_openings import compile_opening_first

_RUN_AT_END = compile_opening_first(rf"(?<![\w-]){SYLLABLE}(?: {SYLLABLE})*$")
# Where a photo caption places the person, in brackets after the name ("Đại sứ Lào X (thứ 2
# từ trái) phát biểu"): no part of the name or the title.
_PLACED = r"\((?:thứ \d+ từ|ngoài cùng|đứng|ngồi|hàng|bìa|giữa|bên)[^()]{0,24}\)"
_WORD_AFTER_NAME = re.compile(rf"(?: {_PLACED})? [{LOWER}]")
_PLACED_AT_END = re.compile(rf" {_PLACED}$")
_UNIT_OFFICE_END = re.compile(r"(?<!\w)(?P<unit>Châu|Tỉnh|Huyện|Quận|Thị) (?:ủy|trưởng) $")


@dataclass(frozen=True)
class PositionMention:
    """A position written in the text (``start``/``end`` cover its words)."""

    start: int
    end: int
    text: str


# A conjunction left at a title's end joined the next words, not the title ("... Cách mạng
# Lào và đại diện các ban").
_DANGLING_AND = re.compile(r"(?: và| cùng)+$")


def clean(text: str) -> str:
    return _DANGLING_AND.sub("", re.sub(r"\s+", " ", text).strip(" ,;-–")).rstrip(" ,;-–")


# An organ named by the fields it covers lists them with commas before "và" ("Bộ Văn hóa,
# Thể thao và Du lịch", "Ủy ban Văn hóa, Giáo dục"): each field a capitalised word and
# lower-case ones, unlike a name (every word capitalised) or a title ("Chủ tịch" is one,
# so a title head after the comma is checked too).
_FIELD = r"[A-ZĐ][^\W\d_A-ZĐ]*(?: [a-zđ][^\W\d_]*)+"
FIELDS_GO_ON = re.compile(rf", (?:{_FIELD}, )*{_FIELD} và {_FIELD}(?=[ ,;.)]|$)")


# A bracket opening on a lower-case word says where the person stands in a photo ("(thứ 3
# từ trái sang)", "(giữa)"), not a title's acronym or country ("(LHHN)", "(Lào)").
_CAPTION_BRACKET = re.compile(rf" ?\((?=[{LOWER}])")


def title_end(text: str, start: int) -> int:
    """Where the words of a title going on at ``start`` end: at a stop (a verb, a clause
    mark, a caption's bracket), or where a province closes its organ (see
    :func:`~dnnd_data.extract.title_closers.past_closing_place`)."""
    stop_pattern = lexicon.positions().stop_pattern
    stop = stop_pattern.search(text, start)
    while stop is not None and (fields := FIELDS_GO_ON.match(text, stop.start())) is not None:
        if title_at(text, stop.start() + 2) is not None:
            break
        stop = stop_pattern.search(text, fields.end())
    end = stop.start() if stop else len(text)
    caption = _CAPTION_BRACKET.search(text, start, end)
    return past_closing_place(text, start, caption.start() if caption else end)


def find_positions(text: str) -> list[PositionMention]:
    """Every position phrase: a head and its words up to a stop (a name inside excluded)."""
    lex = lexicon.positions()
    out: list[PositionMention] = []
    cursor = 0
    while (head := lex.head_pattern.search(text, cursor)) is not None:
        end = title_end(text, head.end())
        # "nguyên Đại sứ ...": a former office is written with its word for "former".
        former = lex.former_before.search(text, max(cursor, head.start() - 8), head.start())
        start = former.start() if former else head.start()
        name = closing_name(text[start:end])
        if name is not None:
            end = start + name[0]
        phrase = clean(text[start:end])
        if phrase:
            out.append(PositionMention(start, start + len(phrase), phrase))
        cursor = max(end, head.end())
    return out


def title_at(text: str, at: int) -> re.Match[str] | None:
    """The head of a title written at ``at``, maybe after a word for "former" (a head
    that starts like one, "Cố vấn", is the head)."""
    lex = lexicon.positions()
    head = lex.head_pattern.match(text, at)
    former = lex.former_pattern.match(text, at) if head is None else None
    return lex.head_pattern.match(text, former.end()) if former else head


def closing_name(span: str) -> tuple[int, str] | None:
    """A name closing a position span: before the first lower-case word after it, a verb
    the stop words do not list ("... Việt Nam Phan Anh Sơn đọc diễn văn"), or at its end
    ("... Bộ Ngoại giao Lê Hoài Trung"). The first comes first: a title holds no name
    followed by words ("Thường trực Ban Bí thư Trần Quốc Vượng gợi mở ...")."""
    span = span.rstrip()
    if span.endswith(")"):
        span = _PLACED_AT_END.sub("", span)
    before_verb = _name_before_verb(span)
    if before_verb is not None:
        return before_verb
    run = _RUN_AT_END.search(span)
    return _name_of_run(span, run.start(), run.group(0)) if run else None


def _name_before_verb(span: str) -> tuple[int, str] | None:
    heads = lexicon.positions().head_pattern
    for run in RUN.finditer(span):
        # A name has two words at least: most runs of a title are one ("Phó", "UBND"); a
        # run that starts a title is none ("Phó Chủ" of "Phó Chủ nhiệm", "Phó" being
        # also a family name).
        if (
            " " in run.group(0)
            and _WORD_AFTER_NAME.match(span, run.end())
            and not heads.match(span, run.start())
        ):
            found = _name_of_run(span, run.start(), run.group(0))
            # Nor is a name that starts a title within the run ("Nguyên Phó Chủ tịch").
            if found is not None and not heads.match(span, found[0]):
                return found
    return None


def _name_of_run(span: str, run_start: int, run: str) -> tuple[int, str] | None:
    """The name a capitalised run of a position span ends with: family-name-led (or led by
    a highland name's "Y"), or a foreign one (an envoy's after "tại <place>": "Đại sứ Nhật
    Bản tại Việt Nam Yamada Takio"; see :mod:`~dnnd_data.extract.foreign_names`)."""
    words = run.split(" ")
    start = name_start(words)
    # A family name that closes a known organization's name is its word ("Bí thư Trung ương
    # Đoàn Lào", "... Trung ương Đoàn Nguyễn Minh Triết": "Trung ương Đoàn"); a name may
    # follow it.
    if start is not None and closes_a_known_name(
        span[: run_start + len(" ".join(words[: start + 1]))]
    ):
        after = name_start(words[start + 1 :])
        start = None if after is None else start + 1 + after
    # The office's seat opens no name ("tại Hà Nội Lưu Ba" is no "Hà Nội Lưu Ba"), and the
    # words after it are the name's ("tại Đà Nẵng Sổm Sạ Vắt Phôm Ma Chăn": no "Ma Chăn").
    seat = seat_words(span, run_start, words)
    if start is not None and (start < seat or 0 < seat < start):
        start = None
    # A unit's organ or office, then the unit's name ("Châu trưởng Châu Văn Sơn", "Bí thư
    # Châu ủy Châu Văn Sơn": a prefecture, "Châu" a family name too).
    unit = _UNIT_OFFICE_END.search(span, 0, run_start)
    if start == 0 and unit is not None and words[0] == unit["unit"]:
        start = None
    vietnamese = start is not None
    if start is None:
        start = foreign_name_start(span, run_start, words)
    if start is None:
        return None
    offset = run_start + sum(len(w) + 1 for w in words[:start])
    # A school or a firm named after someone is no person ("Trường THCS Lê Lợi"), nor are
    # two words after an institution's head ("Giám đốc Bệnh viện Bạch Mai"), nor two
    # Vietnamese words closing a firm's name ("Công ty Cổ phần Đầu tư Hà Thành").
    if lexicon.people().named_after_before.search(span, 0, offset):
        return None
    if len(words) - start == 2 and (
        _institution_before().search(span, 0, offset)
        or (vietnamese and _firm_before().search(span, 0, offset))
    ):
        return None
    # Nor one that starts an organization's name ("... Trung ương Đoàn Thanh niên ...").
    if lexicon.organizations().head_pattern.match(span, offset):
        return None
    # The title itself must say something besides the name ("Trưởng Ban X Nguyễn A").
    return (offset, " ".join(words[start:])) if offset > 0 else None


@cache
def _institution_before() -> re.Pattern[str]:
    """An institution's head right before the end of a string (see the people lexicon's
    ``named_after_when_short``)."""
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon.people().named_after_when_short)}) $")


@cache
def _firm_before() -> re.Pattern[str]:
    """A firm's head (the organizations lexicon's companies) and the words of its name
    right before the end of a string ("Công ty Cổ phần Đầu tư ")."""
    firms = [h for h, kind in lexicon.organizations().heads.items() if kind == "company"]
    return re.compile(rf"(?<!\w)(?:{alternation(firms)})(?: [^\s,;:.()]+){{0,10}} $")


def name_start(words: list[str]) -> int | None:
    """Where a name starts in a run of capitalised words: at a family name, after any
    place name the run began with ("... thành phố Hà Nội Nguyễn Mạnh Quyền")."""
    lex, places = lexicon.people(), gazetteer()
    fallback = None
    for i, word in enumerate(words):
        size = len(words) - i
        marker = word not in lex.surname_set and _given_name_marker(words, i)
        limit = lex.max_name_words + 1 if marker else lex.max_name_words
        if not (marker or word in lex.surname_set) or not 2 <= size <= limit:
            continue
        name = " ".join(words[i:])
        if places.is_place(name) or name in lex.not_names or abroad_at(words, i):
            continue
        prefix = " ".join(words[:i])
        # Nor two words opening on it ("Chi đội ... biên giới Văn Sơn": a place).
        if word in lex.mostly_middle_names and size == 2:
            continue
        if not prefix or _ends_with_place(prefix):
            return i
        # "Văn" is far more often a middle name: after another capitalised word it goes
        # on a name whose family name the list lacks ("Vy Văn Sơn" is not "Văn Sơn").
        if word in lex.mostly_middle_names:
            continue
        # The first family name leaving a name of three words at most ("Bạch Mai Đào Xuân
        # Cơ" of a hospital's director is "Đào Xuân Cơ": "Mai" is a family name too), or
        # of four whose second word is a middle name only a name has ("Chủ tịch Hội Nguyễn
        # Thị Minh Nguyệt", "Tôn Nữ Thị Ninh").
        if fallback is None and (size <= 3 or words[i + 1] in lex.middle_names_of_long_names):
            fallback = i
    return fallback


def _given_name_marker(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a highland name before its given name ("Y Thanh Hà"), or
    joined to it ("H'Yim")."""
    lex = lexicon.people()
    if words[i].startswith(lex.given_name_prefixes) and len(words[i]) > 2:
        return True
    after = lex.given_name_markers.get(words[i])
    return after is not None and i + 1 < len(words) and words[i + 1] not in after


def _ends_with_place(prefix: str) -> bool:
    # The host country ends many organizations' names ("Mặt trận Tổ quốc Việt Nam").
    words = prefix.split(" ")
    tails = (" ".join(words[i:]) for i in range(len(words)))
    return any(is_place_or_host(tail) for tail in tails)


# An organization closing a chain of titles: up to the clause's end, no verb of its own.
_CLAUSE_END = re.compile(r"[;.\n]|$")
_ORGANIZING = re.compile(r"(?<![Cc]ác) tổ chức(?! [Hh]ữu nghị)| (?:đã|sẽ|đang|vừa) ")
_MAX_ORGANIZATION_WORDS = 12


def owning_organization(text: str, at: int) -> str | None:
    """The organization the titles before ``at`` belong to, written after them as the
    chain's last part ("..., Phó Tổng Thư ký, Trưởng ban Ban Á - Phi, Liên hiệp các tổ chức
    hữu nghị Việt Nam;"), or None."""
    lex = lexicon.positions()
    if lexicon.organizations().head_pattern.match(text, at) is None:
        return None
    stop = lex.stop_pattern.search(text, at)
    stop_at = stop.start() if stop else len(text)
    phrase = text[at:stop_at]
    if not _CLAUSE_END.match(text, stop_at) or _ORGANIZING.search(phrase):
        return None
    return clean(phrase) if len(phrase.split()) <= _MAX_ORGANIZATION_WORDS else None
