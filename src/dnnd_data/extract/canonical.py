"""Canonical forms: a name without diacritics (for matching and ASCII search) and one
spelling per title (so a person's position timeline does not split on how an outlet wrote
it).

Takes: a name or a title as written. Gives: its canonical form. Pure.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from dnnd_data.extract import lexicon
from dnnd_data.lexicon import alternation


def ascii_name(name: str) -> str:
    """Name without diacritics: ``Lê Hoài Trung`` → ``Le Hoai Trung``."""
    base = name.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", base) if not unicodedata.combining(c))


# An acronym in brackets after what it abbreviates ("Ủy ban nhân dân (UBND) tỉnh").
_BRACKETED_ACRONYM = re.compile(r" \([A-ZĐ][A-ZĐ.&-]{1,11}\)(?= |$)")
# "Trung ương" and the state and front organs by their acronyms ("Phó Chủ tịch UBND
# tỉnh"), spelled out as the organizations lexicon spells them.
_SPELLED_OUT = ("T.Ư", "TƯ", "TW", "UBND", "HĐND", "UBMTTQ", "MTTQ")


@cache
def _spelled_out() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(_SPELLED_OUT)})(?!\w)")


_TITLE_SPELLINGS = (
    (re.compile(r"(?<!\w)([Pp]hó )?[Tt]rưởng [Bb]an(?!\w)"), None),
    (re.compile(r"(?<!\w)Bộ chính trị(?!\w)"), "Bộ Chính trị"),
    (re.compile(r"(?<!\w)Ban Bí Thư(?!\w)"), "Ban Bí thư"),
    # "Trưởng Ban Đối ngoại Trung ương Đảng" is the same office without "Đảng".
    (re.compile(r"^((?:Phó )?Trưởng Ban .*Trung ương) Đảng$"), r"\1"),
    # A holder new in the office holds the office ("tân Đại sứ Lào" is "Đại sứ Lào").
    (re.compile(r"^tân "), ""),
)


# Pure and called for every title of every article and again in assembly, on few spellings.
@lru_cache(maxsize=8192)
def canonical_title(title: str) -> str:
    """One spelling per title, so a person's timeline does not split on how an outlet
    wrote it: "Trưởng ban Đối ngoại T.Ư Đảng" → "Trưởng Ban Đối ngoại Trung ương", "Phó
    Chủ tịch UBND tỉnh" → "Phó Chủ tịch Ủy ban nhân dân tỉnh"."""
    abbreviations = lexicon.organizations().abbreviations
    title = _BRACKETED_ACRONYM.sub("", title)
    title = _spelled_out().sub(lambda m: abbreviations[m.group(0)], title)
    for pattern, replacement in _TITLE_SPELLINGS:
        if replacement is None:
            title = pattern.sub(lambda m: ("Phó " if m.group(1) else "") + "Trưởng Ban", title)
        else:
            title = pattern.sub(replacement, title)
    return title
