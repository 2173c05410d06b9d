"""Whole-word phrase lists found in one Aho–Corasick pass (pyahocorasick), not a regex
alternation tried at every position of the text.

Takes: the phrases of a lexicon, and optionally a pattern that must not follow a match.
Gives: :class:`PhraseMatcher`, whose :meth:`~PhraseMatcher.finditer` finds what the regex
``(?<!\\w)(?:longest|…|shortest)(?!\\w)(?!not_followed_by)`` (``re.IGNORECASE`` unless
``ignore_case=False``) finds: left to right, at each start the longest phrase whose word
boundaries (and the following-text condition) hold, never overlapping.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import NamedTuple

import ahocorasick


class PhraseMatch(NamedTuple):
    """One phrase found in the text: its span and the text as written there (a tuple:
    matchers make many, most of them in short phrases)."""

    start: int
    end: int
    surface: str


def _is_word_char(char: str) -> bool:
    # What the regex `\w` matches in a str pattern.
    return char.isalnum() or char == "_"


class PhraseMatcher:
    """Whole-word matching of a fixed list of phrases (case-insensitive unless told)."""

    def __init__(
        self, phrases: Iterable[str], not_followed_by: str | None = None, ignore_case: bool = True
    ) -> None:
        self._phrases = sorted({p for p in phrases if p}, key=len, reverse=True)
        self._ignore_case = ignore_case
        self._automaton = ahocorasick.Automaton()
        for phrase in self._phrases:
            self._automaton.add_word(phrase.lower() if ignore_case else phrase, len(phrase))
        if self._phrases:
            self._automaton.make_automaton()
        self._flags = re.IGNORECASE if ignore_case else 0
        self._not_followed_by = not_followed_by
        self._after = re.compile(not_followed_by, self._flags) if not_followed_by else None

    @cached_property
    def _fallback(self) -> re.Pattern[str]:
        """The regex this matcher stands for: it reads text whose lower case changes its
        length ("İ"), which cannot be searched in lower case with the same offsets (rare,
        so compiled only when one comes)."""
        words = "|".join(re.escape(p) for p in self._phrases)
        after = f"(?!{self._not_followed_by})" if self._not_followed_by else ""
        return re.compile(rf"(?<!\w)(?:{words})(?!\w){after}", self._flags)

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        """The matches, left to right, never overlapping."""
        if not self._phrases:
            return
        lowered = text.lower() if self._ignore_case else text
        if len(lowered) != len(text):
            for match in self._fallback.finditer(text):
                yield PhraseMatch(match.start(), match.end(), match.group(0))
            return
        hits = list(self._automaton.iter(lowered))
        if not hits:
            return
        lengths_at: dict[int, list[int]] = defaultdict(list)
        for last, length in hits:
            lengths_at[last + 1 - length].append(length)
        position = 0
        for start in sorted(lengths_at):
            if start < position or (start > 0 and _is_word_char(text[start - 1])):
                continue
            for length in sorted(lengths_at[start], reverse=True):
                end = start + length
                if end < len(text) and _is_word_char(text[end]):
                    continue
                if self._after is not None and self._after.match(text, end):
                    continue
                yield PhraseMatch(start, end, text[start:end])
                position = end
                break


def contains_any(text: str, words: Iterable[str]) -> bool:
    """Whether any of the words is in the text, as a substring: a cheap test before a
    pattern that needs one of them (the regex would scan the whole text to find none)."""
    return any(word in text for word in words)
