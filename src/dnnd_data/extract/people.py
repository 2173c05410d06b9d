"""People and their positions, as written around their names.

Takes: clean text. Gives: :class:`PersonMention` objects: the name (honorific stripped),
the positions stated next to it (before: "Bộ trưởng Bộ Ngoại giao Lê Hoài Trung"; after:
"ông Hoàng Bình Quân, Ủy viên Trung ương Đảng, Trưởng ban Đối ngoại Trung ương"),
and the gender an honorific states. Only anchored names count (see ``people.yaml``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from dnnd_data.extract import lexicon

_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_CHAIN_SEPARATORS = (", ", " kiêm ")


@dataclass(frozen=True)
class PositionMention:
    """A position title in the text, with its canonical spelling."""

    start: int
    end: int
    canonical: str


@dataclass(frozen=True)
class PersonMention:
    """An anchored person name with what the text states around it."""

    name: str
    start: int
    end: int
    positions: tuple[str, ...]
    gender: str | None


def ascii_name(name: str) -> str:
    """Name without diacritics: ``Lê Hoài Trung`` → ``Le Hoai Trung``."""
    base = name.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", base) if not unicodedata.combining(c))


def find_positions(text: str) -> list[PositionMention]:
    """Every position title, canonicalised (e.g. ``Trưởng ban Đối ngoại Trung ương``
    → ``Trưởng Ban Đối ngoại Trung ương``)."""
    lex, orgs = lexicon.positions(), lexicon.organizations()
    out = []
    for match in lex.pattern.finditer(text):
        if match.group("fixed"):
            canonical = lex.canonical_of[match.group("fixed").casefold()]
        else:
            head = lex.head_of[match.group("head").casefold()]
            canonical = f"{head} {orgs.by_spelling[match.group('org').casefold()].name}"
        out.append(PositionMention(match.start(), match.end(), canonical))
    return out


def find_names(text: str) -> list[tuple[int, int, str]]:
    """Candidate names: a family name and up to N capitalised given names."""
    lex = lexicon.people()
    out: list[tuple[int, int, str]] = []
    for match in lex.surname_pattern.finditer(text):
        if out and match.start() < out[-1][1]:
            continue  # "Văn" inside "Nguyễn Văn Nên" is a given name, not a new person
        end, given = match.end(), 0
        while given < lex.max_given_names:
            word = _WORD_AFTER.match(text, end)
            if word is None or not word.group(1)[0].isupper():
                break
            end, given = word.end(), given + 1
        name = text[match.start() : end]
        if given and name not in lex.not_names:
            out.append((match.start(), end, name))
    return out


def find_people(text: str) -> list[PersonMention]:
    """Anchored person mentions, in text order."""
    positions = find_positions(text)
    by_end = {p.end: p for p in positions}
    by_start = {p.start: p for p in positions}
    lex = lexicon.people()
    out = []
    for start, end, name in find_names(text):
        if any(p.start <= start < p.end for p in positions):
            continue  # a family-name-like word inside a position title
        before = _chain_before(text, start, by_end)
        after = _chain_after(text, end, by_start)
        honorific = lex.honorific_before.search(text, max(0, start - 12), start)
        if not (before or after or honorific):
            continue
        gender = lex.gender_of(honorific.group(1)) if honorific else None
        out.append(PersonMention(name, start, end, tuple(before + after), gender))
    return out


def _chain_before(text: str, start: int, by_end: dict[int, PositionMention]) -> list[str]:
    chain: list[str] = []
    position = by_end.get(start - 1) if text[start - 1 : start] == " " else None
    while position is not None:
        chain.insert(0, position.canonical)
        position = next(
            (
                by_end[position.start - len(sep)]
                for sep in _CHAIN_SEPARATORS
                if text[position.start - len(sep) : position.start] == sep
                and position.start - len(sep) in by_end
            ),
            None,
        )
    return chain


def _chain_after(text: str, end: int, by_start: dict[int, PositionMention]) -> list[str]:
    chain: list[str] = []
    cursor = end
    while True:
        sep = next((s for s in _CHAIN_SEPARATORS if text.startswith(s, cursor)), None)
        position = by_start.get(cursor + len(sep)) if sep else None
        if position is None:
            return chain
        chain.append(position.canonical)
        cursor = position.end
