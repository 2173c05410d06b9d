"""People and their positions, by the grammar of Vietnamese news.

Takes: clean text (hard wraps undone, see :func:`~dnnd_data.extract.sentences.unwrap`).
Gives: :class:`PersonMention` objects: the name (honorific stripped), the positions written
next to it, as written, and the gender an honorific states. The patterns:

- ``<position> <Name>``: "Thường trực Ban Bí thư Lê Hồng Anh", chains of positions
  included ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lê Hồng Anh");
- ``<Name>, <position>(, <position>)*`` and ``<Name> - <position>``;
- ``ông/bà/đồng chí <Name>`` and ranks ("Đại sứ Nguyễn Phương Nga"), lists after
  "có các đồng chí:" separated by ";";
- bare names listed after a plural honorific: "các ông, bà: A, B và C".

A name anchored only by a position starts with a Vietnamese family name; after an
honorific any capitalised name counts (foreign guests). Place names are never people.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from dnnd_data.extract import lexicon
from dnnd_data.extract.capitals import RUN
from dnnd_data.extract.cut_end import cut_short
from dnnd_data.extract.foreign_names import opens_on_abroad
from dnnd_data.extract.places import gazetteer
from dnnd_data.extract.position_chains import (
    ALIAS,
    BRACKETED,
    positions_after,
    positions_before,
    title_follows,
)
from dnnd_data.extract.titles import (
    PositionMention,
    closing_name,
    find_positions,
    name_start,
)
from dnnd_data.regex_openings import compile_opening_first

__all__ = ["PersonMention", "PositionMention", "find_names", "find_people", "find_positions"]

Runs = list[re.Match[str]]  # the capitalised runs of a text (see capitals.RUN)


@dataclass
class PersonMention:
    """A named person and what the text writes around the name."""

    name: str
    start: int
    end: int
    positions: tuple[str, ...]
    gender: str | None
    # The sentence naming the person (filled in by the article's extraction).
    evidence: str = ""


def _honorific_names(text: str, runs: Runs) -> list[tuple[int, int, str, str | None]]:
    """Names after an honorific or a rank: (start, end, name, gender)."""
    lex, places, positions = lexicon.people(), gazetteer(), lexicon.positions()
    out = []
    last_words, reach = _anchors()
    for run in _runs_after_honorifics(text, runs):
        before = text[max(0, run.start() - reach) : run.start()]
        # Most runs follow no honorific or rank: the word before tells (no regex needed).
        word_before = before[:-1].rstrip(":").rsplit(None, 1)[-1:]
        if before[-1:] != " " or not word_before or word_before[0].casefold() not in last_words:
            continue
        honorific = lex.honorific_before.search(before)
        rank = positions.rank_before.search(before)
        if honorific is None and rank is None:
            continue
        if positions.head_pattern.match(text, run.start()) and not rank:
            continue
        words = run.group(0).split(" ")
        # A rank anchors a foreign name when a title follows it too ("Đại tướng Chansamone
        # Chanyalath, Phó Thủ tướng ..."), and so does an informal honorific ("anh").
        informal = (
            honorific is not None and honorific.group(1).casefold() in lex.informal_honorifics
        )
        foreign = (informal or (rank and not honorific)) and words[0] not in lex.surname_set
        if foreign and not title_follows(text, run.end()):
            continue
        words = words[: lex.max_foreign_name_words]
        name = " ".join(words)
        # A country after a rank is the office's ("Đại sứ Hàn Quốc Choi Young-sam"; "Hàn"
        # is a family name too): the title's reading finds the name after it.
        if len(words) < 2 or name in lex.not_names or (rank and opens_on_abroad(words)):
            continue
        if places.is_place(name) and not _titled_namesake(text, run.start(), name):
            continue
        gender = lex.gender_of(honorific.group(1)) if honorific else None
        out.append((run.start(), run.start() + len(name), name, gender))
    return out


def _titled_namesake(text: str, start: int, name: str) -> bool:
    """Whether a place's name after an honorific is a person's: family-name-led and
    followed by a title ("đồng chí Mai Sơn, Phó Chủ tịch UBND tỉnh"; Mai Sơn is a district)."""
    if name.split(" ", 1)[0] not in lexicon.people().surname_set:
        return False
    return title_follows(text, start + len(name))


@cache
def _anchors() -> tuple[frozenset[str], int]:
    """What tells an honorific or a rank before a name: the last words of every one,
    case-folded (a name they anchor has one right before it), and how far back the longest
    starts ("Anh hùng Lực lượng vũ trang nhân dân Nguyễn Thị Kim Hoa"), its space included."""
    words = [h.word for h in lexicon.people().honorifics] + lexicon.positions().ranks
    return frozenset(w.rsplit(" ", 1)[-1].casefold() for w in words), max(map(len, words)) + 1


def _runs_after_honorifics(text: str, runs: Runs) -> Runs:
    """Capitalised runs, a run that begins with an honorific ("Bà Nguyễn Lan Hương" at
    a line start) read from the word after it."""
    lex = lexicon.people()
    words = {h.word.casefold() for h in lex.honorifics}
    out = []
    for run in runs:
        first = run.group(0).split(" ", 1)[0]
        if first.casefold() not in words or " " not in run.group(0):
            out.append(run)
            continue
        # Only as an honorific: "Anh" in "Đại sứ Anh Iain Frew" is the country.
        head = text[max(0, run.start() - 16) : run.start() + len(first) + 1]
        if lex.honorific_before.search(head):
            inner = RUN.match(text, run.start() + len(first) + 1)
            if inner is not None:
                out.append(inner)
                continue
        out.append(run)
    return out


# A title follows its name after a comma, a dash or an alias in brackets (most runs: none).
_TITLE_OPENINGS = (",", "-", "–", "(", " -", " –", " (")


def _names_before_positions(text: str, runs: Runs) -> list[tuple[int, int, str]]:
    """Family-name-led names followed by ", <position>" or " - <position>"."""
    out = []
    for run in runs:
        if not text.startswith(_TITLE_OPENINGS, run.end()):
            continue
        # The title right after the name (maybe in brackets), or after an alias in brackets.
        alias_end = _skip_alias(text, run.end())
        if not (
            title_follows(text, run.end())
            or (alias_end != run.end() and title_follows(text, alias_end))
        ):
            continue
        words = run.group(0).split(" ")
        start = name_start(words)
        if start is None:
            continue
        offset = run.start() + sum(len(w) + 1 for w in words[:start])
        out.append((offset, run.end(), " ".join(words[start:])))
    return out


# A plural honorific before a list of names: "các đồng chí: A, B và C", "các ông, bà: ...".
_PLURAL_HONORIFIC = re.compile(r"[Cc]ác(?<!\w[Cc]ác) (?:đồng chí|ông, bà|ông bà|ông|bà|vị):? ")
_LIST_SEPARATOR = re.compile(r"(?:, | và )")


def _listed_names(text: str) -> list[tuple[int, int, str]]:
    """The names of a list after a plural honorific (see :func:`_name_list`)."""
    return [
        name
        for opening in _PLURAL_HONORIFIC.finditer(text)
        for name in _name_list(text, opening.end())
    ]


def _name_list(text: str, cursor: int) -> list[tuple[int, int, str]]:
    """The names of a list starting at ``cursor``, each a whole family-name-led run, up to
    the first item that is not one (a title after a comma ends the list)."""
    out = []
    heads, longest = lexicon.positions().head_pattern, lexicon.people().max_name_words
    while (run := RUN.match(text, cursor)) is not None:
        words = run.group(0).split(" ")
        titled = heads.match(text, run.start())
        if titled or name_start(words) != 0 or len(words) > longest:
            break
        out.append((run.start(), run.end(), run.group(0)))
        # Each name may carry its title in brackets ("A (Phó Chủ tịch UBND tỉnh), B").
        bracket = BRACKETED.match(text, run.end())
        separator = _LIST_SEPARATOR.match(text, bracket.end() if bracket else run.end())
        if separator is None:
            break
        cursor = separator.end()
    return out


# A plural title before a list of names holding it: "các Phó Chủ tịch UBND tỉnh A, B",
# "các đồng chí Phó Chủ tịch UBND tỉnh: A và B".
_PLURAL_BEFORE = compile_opening_first(r"(?<!\w)[Cc]ác (?:đồng chí )?$")


def _plural_titled(text: str, positions: list[PositionMention]) -> dict[int, tuple[int, str, str]]:
    """Each name of a list after a plural title, by its start: its end, name and title."""
    out = {}
    for p in positions:
        if _PLURAL_BEFORE.search(text, max(0, p.start - 16), p.start) is None:
            continue
        cursor = p.end + (text.startswith(":", p.end))
        if not text.startswith(" ", cursor):
            continue
        for start, end, name in _name_list(text, cursor + 1):
            out[start] = (end, name, p.text)
    return out


def _skip_alias(text: str, end: int) -> int:
    alias = ALIAS.match(text, end)
    return alias.end() if alias else end


def find_people(text: str) -> list[PersonMention]:
    """Every anchored person mention, in text order."""
    positions = find_positions(text)
    found: dict[int, tuple[int, str, str | None]] = {}
    for p in positions:
        span_end = lexicon.positions().stop_pattern.search(text, p.end)
        closing = closing_name(text[p.start : span_end.start() if span_end else len(text)])
        if closing is not None:
            start = p.start + closing[0]
            found.setdefault(start, (start + len(closing[1]), closing[1], None))
    runs = list(RUN.finditer(text))
    for start, end, honoured, gender in _honorific_names(text, runs):
        found[start] = (end, honoured, gender or found.get(start, (0, "", None))[2])
    for start, end, named in _names_before_positions(text, runs):
        found.setdefault(start, (end, named, None))
    for start, end, named in _listed_names(text):
        found.setdefault(start, (end, named, None))
    plural = _plural_titled(text, positions)
    for start, (end, named, _) in plural.items():
        found.setdefault(start, (end, named, None))
    for start, end, named in _named_again(text, {n for _, n, _ in found.values()}):
        found.setdefault(start, (end, named, None))
    # A school or a firm named after someone is no person ("Trường THCS Lê Lợi").
    named_after = lexicon.people().named_after_before
    starts = [s for s in _outermost(found) if not named_after.search(text, max(0, s - 30), s)]
    after = {s: positions_after(text, found[s][0]) for s in starts}
    # A title written after one name ("X - Tổng Lãnh sự A, bà Y") is not also Y's.
    position_starts = sorted(p.start for p in positions)
    taken: set[int] = set()
    for s in starts:
        first = bisect.bisect_left(position_starts, found[s][0])
        last = bisect.bisect_left(position_starts, after[s][1])
        taken.update(position_starts[first:last])
    free = {p.end: p for p in positions if p.start not in taken}
    out = []
    for start in starts:
        end, name, gender = found[start]
        if cut_short(text, end):  # the excerpt may cut the name short
            continue
        before = positions_before(text, start, free, end)
        written = before + after[start][0][: -1 if cut_short(text, after[start][1]) else None]
        if start in plural and not written:
            written = [plural[start][2]]
        unique = list({p.casefold(): p for p in reversed(written)}.values())[::-1]
        out.append(PersonMention(name, start, end, tuple(unique), gender))
    return out


def _named_again(text: str, names: set[str]) -> list[tuple[int, int, str]]:
    """Every other place the text writes a name it anchors elsewhere, whole words: a name
    found to be a person's is that person's where a foreign one stands after a bare rank
    ("Đại sứ Sengphet Houngboungnuang phát biểu" after "Đại sứ Lào Sengphet ...")."""
    out = []
    # Longest first: where two names start at one place, the longer is kept.
    for name in sorted(names, key=lambda n: (-len(n), n)):
        if " " not in name:
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (text[at - 1 : at].isalnum() or text[end : end + 1].isalnum()):
                out.append((at, end, name))
            at = text.find(name, end)
    return out


def _outermost(found: dict[int, tuple[int, str, str | None]]) -> list[int]:
    """The name starts not inside another name's span, in order (one sweep)."""
    kept, reach = [], -1
    for start in sorted(found):
        if reach <= start:
            kept.append(start)
        reach = max(reach, found[start][0])
    return kept


def find_names(text: str) -> list[tuple[int, int, str]]:
    """Candidate names (family name and capitalised given names), anchored or not: the
    cleaner asks which names a caption repeats."""
    lex = lexicon.people()
    out = []
    for run in RUN.finditer(text):
        words = run.group(0).split(" ")
        for i, word in enumerate(words):
            if word in lex.surname_set and len(words) - i >= 2:
                name = " ".join(words[i : i + lex.max_name_words])
                if not gazetteer().is_place(name):
                    start = run.start() + sum(len(w) + 1 for w in words[:i])
                    out.append((start, start + len(name), name))
                break
    return out
