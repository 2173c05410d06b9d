"""The positions written around a name: the chain after it (", Phó Bí thư Tỉnh ủy, Chủ
tịch ...", " - Trưởng Ban ...", or in brackets) and the chain that ends right before it
("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư X", "Chủ tịch Hội, ông X", "Chủ tịch Hội,
Thiếu tướng X")."""

from __future__ import annotations

import re

from dnnd_data.extract import lexicon
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.titles import (
    PositionMention,
    clean,
    closing_name,
    owning_organization,
    title_at,
    title_end,
)

ALIAS = re.compile(r" ?\([^()]{2,40}\)")
BRACKETED = re.compile(r" ?\((?P<inside>[^()]{4,200})\)")
AFTER_NAME = re.compile(r"(?:, ?| ?[-–] ?)")
# Between two titles of a chain; a second office is said "at the same time" too ("..., Giám
# đốc Sở Ngoại vụ, đồng thời là Phó Chủ tịch Liên hiệp ...").
_CHAIN = re.compile(r"(?:, ?(?:đồng thời (?:là |giữ chức )?)?| [-–] |; ?)")
# A single title written after a name runs to about 20 words at most ("Phó Trưởng Ban Chỉ
# đạo công tác thông tin đối ngoại và đối ngoại nhân dân tỉnh Bà Rịa - Vũng Tàu": 19).
MAX_TITLE_WORDS = 24


def title_follows(text: str, end: int) -> bool:
    """Whether a title follows a name that ends at ``end`` (", Phó Chủ tịch ...", or in
    brackets: " (Phó Chủ tịch UBND tỉnh)")."""
    after = AFTER_NAME.match(text, end)
    if after is not None and title_at(text, after.end()) is not None:
        return True
    bracket = BRACKETED.match(text, end)
    return bracket is not None and title_at(text, bracket.start("inside")) is not None


def positions_after(text: str, end: int) -> tuple[list[str], int]:
    """The chain of positions right after a name: ", Phó Bí thư Tỉnh ủy, Chủ tịch ...".
    Returns the positions as written and where the chain ends."""
    # A title in brackets after the name: "ông Nguyễn Văn Bình (Chủ tịch Liên hiệp ...)".
    bracket = BRACKETED.match(text, end)
    if bracket is not None and title_at(text, bracket.start("inside")):
        inside = bracket.group("inside")
        if closing_name(inside) is None:
            return _bracketed_chain(inside), bracket.end()
    alias = ALIAS.match(text, end)
    cursor = alias.end() if alias else end
    out: list[str] = []
    separator = AFTER_NAME
    while True:
        sep = separator.match(text, cursor)
        if sep is None:
            break
        if sep.group(0).startswith(";") and _leads_a_name(text, sep.end()):
            break
        head = title_at(text, sep.end())
        if head is None:
            owner = owning_organization(text, sep.end()) if out else None
            if owner is not None:
                out.append(owner)
                cursor = sep.end() + len(owner)
            break
        stop_at = title_end(text, head.end())
        # The next person's name ends this one's title ("..., Chủ tịch HAUFO Nguyễn A").
        name = closing_name(text[sep.end() : stop_at])
        if name is not None:
            break
        phrase = clean(text[sep.end() : stop_at])
        # A title running past every office's length has run into the clause after it,
        # through a verb the stop words lack: no position rather than a wrong one.
        if len(phrase.split()) > MAX_TITLE_WORDS:
            break
        joiner = " - " if "-" in sep.group(0) or "–" in sep.group(0) else ", "
        if out and joiner == " - ":
            out[-1] = f"{out[-1]} - {phrase}"
        else:
            out.append(phrase)
        cursor, separator = sep.end() + len(phrase), _CHAIN
    return out, cursor


_CLAUSE_END = re.compile(r"[;.\n]")


def _leads_a_name(text: str, start: int) -> bool:
    """Whether the titles after a semicolon close on the next person's name ("...; Thứ
    trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban ... Lê Thị Thu Hằng"): they are that person's."""
    end = _CLAUSE_END.search(text, start)
    return closing_name(text[start : end.start() if end else len(text)]) is not None


def _bracketed_chain(inside: str) -> list[str]:
    """The titles written in brackets, one per comma, up to a part that is none ("thứ hai
    từ trái sang" of a photo's caption)."""
    out: list[str] = []
    for part in inside.split(", "):
        if title_at(part, 0) is None:
            break
        out.append(clean(part))
    return out


# A locality's unit or Party committee: a place's name after one is the place's.
_UNIT_BEFORE = re.compile(
    r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Qq]uận|[Hh]uyện|[Tt]hị xã|[Xx]ã|[Pp]hường|ủy|Ủy) $"
)


def _closes_on_a_namesake(title: str) -> bool:
    """Whether a title ends on a family-name-led place's name with no unit before it: the
    name of a person the place is named after ("Chủ tịch Hồ Chí Minh")."""
    words = title.split(" ")
    people, places = lexicon.people(), gazetteer()
    for size in (2, 3, 4):
        if size >= len(words):
            break
        name = " ".join(words[-size:])
        before = " ".join(words[:-size]) + " "
        if words[-size] in people.surname_set and places.is_place(name):
            return not _UNIT_BEFORE.search(before)
    return False


# "Chủ tịch Hội, ông X", "Phó Chủ tịch UBND tỉnh - ông X".
_HONORIFIC_GAP = re.compile(r"(?:(?:, ?| [-–] )(?:ông|bà|đồng chí) )?$")


def positions_before(
    text: str, name_start: int, by_end: dict[int, PositionMention], name_end: int | None = None
) -> list[str]:
    """The chain of positions that ends right before a name (commas or dashes between);
    ``by_end``: the free positions by their end offset."""
    chain: list[PositionMention] = []
    cursor = name_start
    current = by_end.get(cursor - 1) if text[cursor - 1 : cursor] == " " else None
    if current is None:
        # Only the few characters before the name can hold the gap (linear, not the text).
        honorific = _HONORIFIC_GAP.search(text, max(0, cursor - 20), cursor)
        if honorific and honorific.group(0):
            current = by_end.get(honorific.start())
    if current is None:
        # A rank between ("Chủ tịch Hội, Thiếu tướng X"): it is no position (see below).
        # Not when titles follow the name: the one before is then someone else's ("Dự có
        # Chủ tịch UBND tỉnh, Đại tá X, Chỉ huy trưởng ...").
        rank = lexicon.positions().rank_before.search(text, max(0, cursor - 30), cursor)
        if name_end is not None and title_follows(text, name_end):
            rank = None
        if rank and text[rank.start() - 2 : rank.start()] == ", ":
            current = by_end.get(rank.start() - 2)
            # "Chủ tịch Hồ Chí Minh, Đại tướng X": the title before is its own person's.
            if current is not None and _closes_on_a_namesake(current.text):
                current = None
    on_behalf = lexicon.positions().on_behalf_before
    while current is not None:
        # "Thay mặt Chủ tịch nước, Chủ tịch ... X": the first title is whom X stands for.
        if on_behalf.search(text, max(0, current.start - 24), current.start):
            break
        chain.insert(0, current)
        before = text[max(0, current.start - 3) : current.start]
        link = re.search(r"(, ?| [-–] )$", before)
        current = by_end.get(current.start - len(link.group(1))) if link else None
    out: list[str] = []
    for i, p in enumerate(chain):
        dash = i and re.search(r" [-–] $", text[p.start - 3 : p.start])
        if dash and out:
            out[-1] = f"{out[-1]} - {p.text}"
        else:
            out.append(p.text)
    ranks = set(lexicon.positions().ranks)
    return [p for p in out if p not in ranks]
