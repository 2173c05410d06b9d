"""A name written short after its full form is the same person.

Takes: an article's person mentions. Gives: the same mentions, a shortened name given the
full name the article writes elsewhere. News gives a foreign guest's whole name once and
then leaves out the middle ("Vladimir Nikolaevich Kolotov", then "Vladimir Kolotov"):
the same first and last words, the short form's words in the long one's order, and only
one such long form in the article. Two different people then never share a row, and one
person is never two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dnnd_data.extract.people import PersonMention


def with_full_names(mentions: Sequence[PersonMention]) -> list[PersonMention]:
    """Each mention under the one full name its short form stands for, if any."""
    names = {m.name for m in mentions}
    full = {name: _full_form(name, names) for name in names}
    return [replace(m, name=full[m.name]) if full[m.name] != m.name else m for m in mentions]


def _full_form(name: str, names: set[str]) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    longer = [
        other
        for other in names
        if len(other.split()) > len(words) and _shortens(words, other.split())
    ]
    return longer[0] if len(longer) == 1 else name


def _shortens(short: list[str], long: list[str]) -> bool:
    """The short form keeps the long one's first and last words and leaves out only words
    between them."""
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(word in rest for word in short[1:-1])
