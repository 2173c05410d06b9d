"""Strip boilerplate lines from a normalized article.

Takes: a normalized :class:`TrackedText`. Gives: the text without player junk, page
widgets, photo captions, image alt text, related-article teasers and lists of other
articles' headlines, duplicated lines, the
list of what was removed (with raw offsets and the rule's name), and the outlet's source
tag (``(TBTCO) -``), which is removed from the text and returned instead.
Rules are data: see ``lexicons/boilerplate.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Protocol

from dnnd_data.normalize import lexicon
from dnnd_data.normalize.lexicon import BoilerplateLexicon
from dnnd_data.normalize.related import (
    LIST_RULES,
    body_line,
    doubled,
    related_link_rule,
    teaser_rule,
)
from dnnd_data.normalize.text import tidy_whitespace
from dnnd_data.normalize.tracked_text import Edit, TrackedText

_ASCII_WORDS = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)+")


class NamesIn(Protocol):
    """Finds the names a line mentions. The extractor's finders are passed in (see
    :class:`dnnd_data.extract.names.LexiconNames`): a caption that names someone the body
    does not carries a fact and stays, and a caption that repeats the body goes."""

    def people(self, text: str) -> list[str]:
        """Person names in ``text``."""
        ...

    def people_and_organizations(self, text: str) -> list[str]:
        """Person names and organizations (not those inside a position title) in ``text``."""
        ...


@dataclass(frozen=True)
class Line:
    """One line of the text: its offsets (newline excluded) and content."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Removed:
    """A removed stretch of text, in raw offsets, with the rule that removed it."""

    rule: str
    text: str
    raw_start: int
    raw_end: int


@dataclass(frozen=True)
class Stripped:
    """Result of boilerplate removal."""

    tracked: TrackedText
    removed: tuple[Removed, ...]
    outlet_tag: str | None


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets."""
    lines, start = [], 0
    for part in text.split("\n"):
        lines.append(Line(start, start + len(part), part))
        start += len(part) + 1
    return lines


def alt_texts(lines: list[Line], lex: BoilerplateLexicon) -> set[str]:
    """Lines of bare ASCII words that repeat: an image's alt text in a Vietnamese page."""
    counts = Counter(
        line.text
        for line in lines
        if _ASCII_WORDS.fullmatch(line.text) and len(line.text.split()) >= lex.alt_text_min_words
    )
    return {text for text, n in counts.items() if n >= lex.alt_text_min_repeats}


def classify_lines(lines: list[Line], lex: BoilerplateLexicon, names: NamesIn) -> list[str | None]:
    """The boilerplate rule of each line, or None to keep it."""
    alts = alt_texts(lines, lex)
    whole = "\n".join(line.text for line in lines)
    rules: list[str | None] = []
    seen: set[str] = set()
    kept: list[str] = []  # kept lines so far, in order
    previous: str | None = None  # rule of the previous non-empty line
    previous_text = ""  # and its text
    teaser = ""  # a doubled teaser's line, when it is the previous line
    body_begun = False  # a sentence of the body was kept above
    # The next non-empty line's text after each line, and the first of the next two that is
    # a sentence of a body (a lead under a headline and its stamp).
    following, after, after_that = [""] * len(lines), "", ""
    lead_below = [""] * len(lines)
    for i in range(len(lines) - 1, -1, -1):
        following[i] = after
        lead_below[i] = next((t for t in (after, after_that) if body_line(t, lex)), "")
        if lines[i].text:
            after, after_that = lines[i].text, after
    for line, next_text, lead in zip(lines, following, lead_below, strict=True):
        if not line.text:
            rules.append(None)
            teaser = previous_text = ""  # a summary is right under its headline
            continue
        # A list's items first: one with its date goes on with the list.
        rule = (
            related_link_rule(
                line.text, (previous, previous_text), (body_begun, lead), lex, next_text
            )
            or teaser_rule(line.text, next_text, teaser, body_begun, lex)
            or _context_rule(line.text, previous, alts, seen, lex)
            or _line_rule(line.text, kept, lex, names)
        )
        teaser = line.text if rule == "related_teaser" and doubled(line.text, lex) else ""
        if rule == "photo_caption" and _adds_facts(line.text, whole, names):
            rule = None  # a caption naming someone found nowhere else carries a fact: keep it
        rules.append(rule)
        # A page's widget inside a list of related headlines ("Bình luận (0)") does not
        # end it.
        if not (rule == "page_widget" and previous in LIST_RULES):
            previous, previous_text = rule, line.text
        if rule is None:
            seen.add(line.text)
            kept.append(line.text)
            body_begun = body_begun or body_line(line.text, lex)
    return rules


def _context_rule(
    text: str, previous: str | None, alts: set[str], seen: set[str], lex: BoilerplateLexicon
) -> str | None:
    if text in alts:
        return "image_alt_text"
    if any(text.startswith(alt + " ") for alt in alts):
        return "related_teaser"
    if previous == "image_alt_text" and len(text) <= lex.caption_max_chars:
        return "photo_caption"
    if previous == "related_teaser" and lex.teaser_summary.search(text):
        return "related_teaser_summary"
    if text in seen and len(text) >= lex.duplicate_line_min_chars:
        return "duplicate_line"
    return None


def _line_rule(text: str, kept: list[str], lex: BoilerplateLexicon, names: NamesIn) -> str | None:
    for rule, pattern in lex.compiled_rules:
        match = pattern.search(text)
        if match is None:
            continue
        if rule.repeats_body and not _named_above(match.group("who"), kept, names):
            continue
        return rule.name
    return None


def _adds_facts(caption: str, whole: str, names: NamesIn) -> bool:
    """True when the caption names an organization or person that no other line names
    (an organization inside a position title describes a person, so it does not count)."""
    return any(
        whole.count(name) == caption.count(name) for name in names.people_and_organizations(caption)
    )


def _named_above(who: str, kept: list[str], names: NamesIn) -> bool:
    """A caption repeats the body: someone it names was already named above."""
    return any(name in line for name in names.people(who) for line in kept)


# The rule name of an outlet's tag taken off the start of a line.
SOURCE_TAG_RULE = "source_tag"


def find_source_tag(
    lines: list[Line], lex: BoilerplateLexicon
) -> tuple[Line, re.Match[str]] | None:
    """The outlet's ``(TAG) -`` prefix on one of the first non-empty lines."""
    non_empty = [line for line in lines if line.text][: lex.source_tag_max_line]
    for line in non_empty:
        match = lex.source_tag.match(line.text)
        if match:
            return line, match
    return None


def strip_boilerplate(text: TrackedText, names: NamesIn) -> Stripped:
    """Remove boilerplate lines and the source tag, then tidy white space again."""
    lex = lexicon.boilerplate()
    lines = split_lines(text.text)
    edits: list[Edit] = []
    removed: list[Removed] = []
    rules = classify_lines(lines, lex, names)
    for line, rule in zip(lines, rules, strict=True):
        if rule is None:
            continue
        end = min(line.end + 1, len(text.text))  # with its newline
        edits.append(Edit(line.start, end, ""))
        removed.append(Removed(rule, line.text, *text.raw_span(line.start, line.end)))
    # Counted among the lines kept: a page's toolbar or menu above it is no line of the text.
    tag = find_source_tag(
        [line for line, rule in zip(lines, rules, strict=True) if rule is None], lex
    )
    outlet_tag = None
    if tag is not None:
        line, match = tag
        outlet_tag = match.group("tag")
        edits.append(Edit(line.start, line.start + match.end(), ""))
        removed.append(
            Removed(
                SOURCE_TAG_RULE,
                match.group(0),
                *text.raw_span(line.start, line.start + match.end()),
            )
        )
    edits.sort(key=lambda e: e.start)
    cleaned = tidy_whitespace(text.apply(edits)).result
    return Stripped(cleaned, tuple(sorted(removed, key=lambda r: r.raw_start)), outlet_tag)
