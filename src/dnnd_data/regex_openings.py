"""Regexes rewritten to open on their letters, and the words a pattern's matches open with.

Python's regex engine skips ahead through a text only to a pattern's literal opening (or
the first letters of every top-level branch); a pattern opening on a lookbehind, an
anchor or a group is tried at every position. :func:`literal_first` and
:func:`opening_first` move those checks after the letters (``(?<!\\w)word`` as
``word(?<!\\wword)``) and spread a leading group into branches, matching the same;
:func:`openings` gives the words every match begins with, for a cheap test before a
pattern scans a whole text. Lexicon loaders and extractors compile their hot patterns
through them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# A pattern's literal opening: letters, spaces and punctuation with no meaning in a regex,
# its last letter left out when a quantifier follows ("ab?").
_LITERAL_OPENING = re.compile(r"[^\\()\[\]{}?*+|.^$]+(?![?*+{])")
_QUANTIFIERS = "?*+{"
# A class of one character, nothing repeating it ("[Dd]", "[A-ZĐ]"; not a negated one).
_ONE_CHARACTER_CLASS = re.compile(r"\[(?!\^)(?:\\.|[^\]\\])+\](?![?*+{])")
_ESCAPES_AND_CLASSES = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]")
_CAPTURE = re.compile(r"\((?!\?)|\(\?P<")


def literal_first(pattern: str, not_after: Sequence[str] = ()) -> list[str]:
    r"""``pattern`` as branches that each open on their literal letters, matched only at a
    word start (nor right after one of the fixed-width ``not_after``), matching what
    ``(?<!\w)(?:pattern)`` matches. The checks before the letters (lookbehinds, ``^``)
    move after them as ``word(?<!Xword)``, and a group of branches before the letters is
    spread ("(?:đã|vừa) có" is "đã có|vừa có"). A regex whose top-level branches all open
    on a letter lets the engine skip to those letters; one branch that opens on a check
    (or a group) makes it try every branch at every position of the text. A branch with
    no literal opening keeps its checks first."""
    before = ["\\w", *not_after]
    return [
        _checks_after_literal(rest, checks, before)
        for branch in top_branches(pattern)
        for checks, rest in _openings(branch, [])
    ]


def opening_first(pattern: str) -> str:
    """``pattern`` with every top-level branch opening on its literal letters, as
    :func:`literal_first` writes them, but with only the pattern's own checks (no word
    start is added) and a leading ``^`` kept where it is; the pattern as it is when a
    branch cannot open on letters (or a check it moves captures). Matches what
    ``pattern`` matches, and lets the engine skip ahead to those letters."""
    openings = [o for branch in top_branches(pattern) for o in _openings(branch, [], caret=False)]
    if any(
        rest.startswith("^")
        or not _opens_on_letters(rest)
        or any(_CAPTURE.search(check) for _, check in checks)
        for checks, rest in openings
    ):
        return pattern
    return "|".join(_checks_after_literal(rest, checks, []) for checks, rest in openings)


def compile_opening_first(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled as :func:`opening_first` writes it."""
    return re.compile(opening_first(pattern), flags)


def _openings(
    pattern: str, checks: list[tuple[str, str]], caret: bool = True
) -> list[tuple[list[tuple[str, str]], str]]:
    """The pattern's branches as (checks before it, the rest from its first letter or
    other element): its leading lookbehinds and ``^`` read off, a leading non-capturing
    group with no quantifier after it spread into one pattern per branch (``caret``: a ``^``
    read off too, as a check that nothing stands before)."""
    at = 0
    checks = list(checks)
    while True:
        if caret and pattern.startswith("^", at):
            checks.append(("!", "[\\s\\S]"))
            at += 1
        elif pattern.startswith(("(?<!", "(?<="), at) and (close := _closing_paren(pattern, at)):
            inner = pattern[at + 4 : close]
            checks.append((pattern[at + 3], f"(?:{inner})" if "|" in inner else inner))
            at = close + 1
        else:
            break
    rest = pattern[at:]
    close = _closing_paren(rest, 0) if rest.startswith("(?:") else None
    # Spread, what follows the group is written once per branch: not when it captures (a
    # name twice is an error, a number would shift the groups after it).
    if (
        close is None
        or rest[close + 1 : close + 2] in tuple(_QUANTIFIERS)
        or _CAPTURE.search(_ESCAPES_AND_CLASSES.sub("", rest[close + 1 :]))
    ):
        return [(checks, rest)]
    after = rest[close + 1 :]
    return [
        o
        for branch in top_branches(rest[3:close])
        for o in _openings(branch + after, checks, caret)
    ]


def _checks_after_literal(pattern: str, checks: list[tuple[str, str]], before: list[str]) -> str:
    """``pattern`` opening on its literal letters (or a class of one character, "[Dd]"),
    the word start, ``before`` and the checks read off its opening tested after them."""
    opening = _LITERAL_OPENING.match(pattern)
    words = re.escape(opening.group(0)) if opening else ""
    if opening is None and (opening := _ONE_CHARACTER_CLASS.match(pattern)) is not None:
        words = opening.group(0)
    if opening is None:
        leading = "".join(f"(?<{sign}{check})" for sign, check in checks)
        guards = "".join(f"(?<!{b})" for b in before)
        return f"{guards}{leading}(?:{pattern})"
    guards = "".join(f"(?<!{b}{words})" for b in before)
    guards += "".join(f"(?<{sign}{check}{words})" for sign, check in checks)
    return f"{words}{guards}{pattern[opening.end() :]}"


def _opens_on_letters(pattern: str) -> bool:
    return (
        _LITERAL_OPENING.match(pattern) is not None
        or _ONE_CHARACTER_CLASS.match(pattern) is not None
    )


def openings(pattern: str) -> tuple[str, ...]:
    """The literal words every match of ``pattern`` begins with, case-folded, one or more
    per branch (its leading checks, groups and letter classes such as ``[Hh]`` read
    through); empty when a branch opens otherwise. A text whose case-folded form holds
    none of them has no match: a cheap test before a pattern scans the whole text."""
    words = set()
    for opening in _read_through(pattern):
        literal = _LITERAL_OPENING.match(opening)
        if literal is None:
            return ()
        words.add(literal.group(0).casefold())
    return tuple(sorted(words))


def _read_through(pattern: str) -> list[str]:
    """The pattern's branches from their first element on: checks and flags read off,
    groups (capturing too) and letter classes with nothing repeating them spread."""
    out = []
    for branch in top_branches(pattern):
        rest = _LEADING_CHECKS.sub("", branch, count=1)
        group = _GROUP_OPENING.match(rest)
        if group is not None:
            close = _closing_paren(rest, 0)
            if close is not None and rest[close + 1 : close + 2] not in tuple(_QUANTIFIERS):
                inner, after = rest[group.end() : close], rest[close + 1 :]
                out += [s for b in top_branches(inner) for s in _read_through(b + after)]
                continue
        letters = _LETTER_CLASS.match(rest)
        if letters is not None:
            out += [f"{letter}{rest[letters.end() :]}" for letter in letters["letters"]]
            continue
        out.append(rest)
    return out


# What a branch may open on before its first letters: ^, lookbehinds without groups
# inside, inline flags.
_LEADING_CHECKS = re.compile(r"(?:\^|\(\?<[!=][^()]*\)|\(\?[aiLmsux]+\))+")
_GROUP_OPENING = re.compile(r"\(\?(?::|P<\w+>|[aiLmsux]+:)")
_LETTER_CLASS = re.compile(r"\[(?P<letters>[^\W\d_]+)\](?![?*+{])")


def _outside_classes(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """Each character of ``pattern`` from ``start`` that is neither escaped nor inside a
    character class, with where it stands."""
    at, in_class = start, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 1 + (pattern[at + 1 : at + 2] == "]")  # "[]...]": the "]" is a member
            continue
        else:
            yield at, char
        at += 1


def _closing_paren(pattern: str, opening: int) -> int | None:
    """Where the group opening at ``opening`` closes."""
    depth = 0
    for at, char in _outside_classes(pattern, opening):
        if char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return at
    return None


def top_branches(pattern: str) -> list[str]:
    """A pattern's top-level branches (split at each ``|`` outside groups and classes)."""
    branches, depth, start = [], 0, 0
    for at, char in _outside_classes(pattern):
        if char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:at])
            start = at + 1
    return [*branches, pattern[start:]]
