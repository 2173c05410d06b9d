"""An event's measures from the sentences that report it: attendance (how many delegates,
with a qualifier such as "hơn") and format (in person, online...).

Takes: the article's text, sentences and the event's main mention. Gives: plain values from
the rules of ``lexicons/events.yaml``."""

from __future__ import annotations

import re
from functools import cache

from dnnd_data.extract import lexicon
from dnnd_data.extract.event_mentions import EventMention
from dnnd_data.extract.sentences import Sentences


def attendance_of(
    text: str, sentences: Sentences, main: EventMention
) -> tuple[int | None, str | None]:
    """Delegates attending (count and qualifier such as "hơn")."""
    found = attendance_match(text, sentences, main)
    return _count(found[0]) if found else (None, None)


def attendance_match(
    text: str, sentences: Sentences, main: EventMention
) -> tuple[re.Match[str], int] | None:
    """Delegates attending: '<qualifier> N đại biểu' in a sentence about attending this
    event (a sentence naming another event's head does not count)."""
    compiled = lexicon.events().compiled
    back = lexicon.events().back_references
    bare = lexicon.events().without_classifier
    for start, end in zip(sentences.starts, sentences.ends, strict=True):
        sentence = text[start:end]
        heads = {h.group("head").casefold() for h in compiled["head"].finditer(sentence)}
        # A head refers to the reported event when the event's head starts with it ("lễ
        # trao" for "lễ trao tặng") or with what it refers back to ("buổi lễ" for "lễ ...").
        # So does the same head after a classifier ("buổi gặp mặt" for "gặp mặt").
        # An opening or closing ceremony is a part of it ("lễ khai mạc").
        others = {
            h
            for h in heads - {main.head, *lexicon.events().part_heads}
            if not main.head.startswith(back.get(h, h)) and bare(h) != bare(main.head)
        }
        if others and start != main.sentence[0]:
            continue
        if start != main.sentence[0] and not compiled["attendance_verbs"].search(sentence):
            continue
        # What a year or a term achieved ("Năm 2023, Liên hiệp đã đón 30 đoàn với 500 đại
        # biểu") is no attendance.
        if compiled["summary_opening"].match(sentence):
            continue
        match = count_match(compiled["attendance"], sentence)
        if match is None and compiled["attendance_list_opening"].match(sentence):
            match = count_match(compiled["attendance_listed"], sentence)
        if match is not None:
            return match, start
    return None


def count_of(pattern: re.Pattern[str], text: str) -> tuple[int | None, str | None]:
    """'<qualifier> N <unit>' (the unit ends the pattern: checked as a word first, the
    pattern's optional qualifier makes a full scan slow)."""
    match = count_match(pattern, text)
    return _count(match) if match else (None, None)


def count_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first '<qualifier> N <unit>' of ``pattern`` in ``text``."""
    return pattern.search(text) if any(unit in text for unit in _units(pattern)) else None


@cache
def _units(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The words a count pattern ends with: its last literal ("đại biểu"), or the words
    each one of its last group opens on ("(?:đại biểu|khách mời|người(?(presence)|(?!)))":
    "người" only in a context the group checks after it)."""
    unit = pattern.pattern.rsplit(") ", 1)[-1]
    if not unit.startswith("(?:"):
        return (unit,)
    alternatives, current, depth = [], "", 0
    for char in unit[3:]:
        if char == ")" and depth == 0:
            break
        if char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        current += char
    alternatives.append(current)
    return tuple(m.group() for a in alternatives if (m := _LITERAL.match(a)))


# The words an alternative of a unit group opens on.
_LITERAL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _count(match: re.Match[str]) -> tuple[int, str | None]:
    qualifier = match.group("qualifier")
    return int(match.group("count").replace(".", "")), qualifier.lower() if qualifier else None


def format_of(text: str) -> str | None:
    """The event's format (in person, online...) from the lexicon's phrases."""
    found = format_phrase(text)
    return found[0] if found else None


def format_phrase(text: str) -> tuple[str, int, int] | None:
    """The format and where its phrase is written."""
    for name, phrases in lexicon.events().formats.items():
        for phrase in phrases:
            if (at := text.find(phrase)) >= 0:
                return name, at, at + len(phrase)
    return None
