"""Normalize Vietnamese text while keeping the offset map to the raw text.

Takes: a :class:`TrackedText` (or raw string). Gives: the same text with HTML character
references decoded (``H&agrave;``→``Hà``), line ends unified, Unicode NFC, look-alike
characters fixed (``Ð``→``Đ``, dashes, quotes, odd spaces), old-style tone marks moved to
the modern place (``Uỷ``→``Ủy``, ``hoà``→``hòa``; ``Hoàng`` and ``quý`` untouched), spaces
tidied and known typos fixed.
Every step is pure and idempotent.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from dnnd_data.normalize import lexicon
from dnnd_data.normalize.markup import strip_markdown
from dnnd_data.normalize.tracked_text import Rewrite, TrackedText

_COMBINING_RUN = re.compile(
    r".[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]+", re.DOTALL
)
_ANY_CHAR = re.compile(r".", re.DOTALL)
_LINE_END = re.compile(r"\r\n?|[\u2028\u2029\u0085\v\f]")
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# Old style puts the tone on the second vowel of an open "oa", "oe", "uy" syllable.
_OLD_STYLE_TONE = re.compile(
    r"(?<![^\W\d_])([A-Za-zĐđ]*?)([oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])"
)
_SPACE_RUN = re.compile(r" {2,}")
_LINE_EDGE_SPACE = re.compile(r"^ +| +$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")
_TEXT_EDGES = re.compile(r"^\s+|\s+$")


@dataclass(frozen=True)
class Normalized:
    """A normalized text and how many character-level edits produced it."""

    tracked: TrackedText
    edits: int


Step = Callable[[TrackedText], Rewrite]


# A character reference left in text copied from a page's source ("H&agrave; Nội",
# "&quot;", "&#7897;").
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: TrackedText) -> Rewrite:
    """HTML character references become their characters; one that stands for "&" stays,
    so that decoding never makes a new reference (the step stays idempotent)."""
    if "&" not in text.text:
        return Rewrite(text, 0)
    return text.sub(_ENTITY, _decoded)


def _decoded(match: re.Match[str]) -> str:
    decoded = html.unescape(match.group(0))
    return match.group(0) if "&" in decoded else decoded


def unify_line_ends(text: TrackedText) -> Rewrite:
    """CRLF, CR and Unicode line separators become ``\\n``."""
    return text.sub(_LINE_END, "\n")


def to_nfc(text: TrackedText) -> Rewrite:
    """Compose decomposed (NFD) sequences; untouched when already NFC."""
    if unicodedata.is_normalized("NFC", text.text):
        return Rewrite(text, 0)
    first = text.sub(_COMBINING_RUN, lambda m: unicodedata.normalize("NFC", m.group(0)))
    if unicodedata.is_normalized("NFC", first.result.text):
        return first
    # Rare singletons (e.g. the Ohm sign) need a character-by-character pass.
    rest = first.result.sub(_ANY_CHAR, lambda m: unicodedata.normalize("NFC", m.group(0)))
    return Rewrite(rest.result, first.edits + rest.edits)


def fix_characters(text: TrackedText) -> Rewrite:
    """Look-alike letters, dashes, quotes, odd spaces and invisible characters; then the
    pairs standing for one character ("''"), which the single ones may have made ("’’"):
    read in one pass with them, such a pair was left for a second run (not idempotent), and
    the one character class scans a text three times faster than an alternation."""
    lex = lexicon.characters()
    singles = text.sub(lex.pattern, lambda m: lex.table[m.group(0)])
    if not any(pair in singles.result.text for pair in lex.pairs):
        return singles
    pairs = singles.result.sub(lex.pairs_pattern, lambda m: lex.table[m.group(0)])
    return Rewrite(pairs.result, singles.edits + pairs.edits)


def modern_tone_placement(word: str) -> str:
    """Move the tone from the last vowel to the one before in open oa/oe/uy syllables.

    ``hoà``→``hòa``, ``Uỷ``→``Ủy``, ``khoẻ``→``khỏe``; a ``u`` after ``q`` is part of the
    consonant, so ``quý`` stays, and closed syllables (``Hoàng``) never match.
    """
    match = _OLD_STYLE_TONE.fullmatch(word)
    if match is None:
        return word
    onset, pair = match.group(1), match.group(2)
    if pair[0] in "uU" and onset[-1:] in ("q", "Q"):
        return word
    vowel, toned = pair[0], unicodedata.normalize("NFD", pair[1])
    mark = next(c for c in toned if c in _TONE_MARKS)
    bare = toned.replace(mark, "")
    moved = unicodedata.normalize("NFC", vowel + mark) + unicodedata.normalize("NFC", bare)
    return onset + moved


# An old-style pair at a word's end (every word that could change has one), found by a
# pattern that starts with one class of the pairs' first letters, which the regex engine
# skips to (two branches each opening on a class of their own are tried everywhere).
_OLD_STYLE_PAIR_AT_END = re.compile(
    r"[oOuU](?:(?<=[oO])[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|(?<=[uU])[ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])"
)


_WORD_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1 << 12)
def _is_word_letter(char: str) -> bool:
    return _WORD_LETTER.match(char) is not None


def _word_start(text: str, end: int) -> int:
    """Where the run of word letters that ends at ``end`` begins."""
    start = end
    while start > 0 and _is_word_letter(text[start - 1]):
        start -= 1
    return start


def fix_tone_marks(text: TrackedText) -> Rewrite:
    """Apply :func:`modern_tone_placement` to every word that could need it: the words
    ending in an old-style pair, found from the pairs (a text has few or none)."""
    source = text.text
    words = (
        (_word_start(source, m.start()), m.end()) for m in _OLD_STYLE_PAIR_AT_END.finditer(source)
    )
    return text.replace_spans(
        (start, end, modern_tone_placement(source[start:end])) for start, end in words
    )


def fix_typos(text: TrackedText) -> Rewrite:
    """Replace known typing slips from the typo lexicon."""
    table = lexicon.typos().table
    return text.sub(lexicon.typos().pattern, lambda m: table[m.group(0)])


def tidy_whitespace(text: TrackedText) -> Rewrite:
    """One space between words, no spaces at line edges, at most one blank line."""
    total = 0
    # Each step with a test that holds whenever its pattern could match (a plain substring
    # search), so a tidy text is not scanned four times.
    steps: list[tuple[re.Pattern[str], str, Callable[[str], bool]]] = [
        (_SPACE_RUN, " ", lambda t: "  " in t),
        (
            _LINE_EDGE_SPACE,
            "",
            lambda t: t.startswith(" ") or t.endswith(" ") or " \n" in t or "\n " in t,
        ),
        (_BLANK_LINES, "\n\n", lambda t: "\n\n\n" in t),
        (_TEXT_EDGES, "", lambda t: t[:1].isspace() or t[-1:].isspace()),
    ]
    for pattern, replacement, could_match in steps:
        if not could_match(text.text):
            continue
        rewrite = text.sub(pattern, replacement)
        text, total = rewrite.result, total + rewrite.edits
    return Rewrite(text, total)


STEPS: tuple[Step, ...] = (
    decode_entities,
    unify_line_ends,
    to_nfc,
    fix_characters,
    strip_markdown,
    fix_tone_marks,
    tidy_whitespace,
    fix_typos,
)


def normalize(text: TrackedText | str) -> Normalized:
    """Run every normalization step in order."""
    tracked = TrackedText(text) if isinstance(text, str) else text
    edits = 0
    for step in STEPS:
        rewrite = step(tracked)
        tracked, edits = rewrite.result, edits + rewrite.edits
    return Normalized(tracked, edits)


def normalize_str(text: str) -> str:
    """Normalized text only (no offset map): handy for lexicon keys and tests."""
    return normalize(text).tracked.text
