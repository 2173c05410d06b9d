"""Which sentences of an article are worth reading for an event: those holding a cue (an
event head, an award verb, a reception's object), found in one Aho–Corasick scan.

Takes: an article's text. Gives: where its cues start, and whether a sentence holds one.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

import ahocorasick

from dnnd_data.extract import lexicon

# The verbs of an award given or received ("trao tặng Huân chương", "đón nhận Cờ thi đua").
AWARD_VERBS = ("trao tặng", "trao", "đón nhận")


@cache
def _cues() -> ahocorasick.Automaton:
    """Every literal a sentence must hold for an event to be read in it (an event head, an
    award verb, a reception's object), lower case, in one Aho–Corasick automaton: one scan
    of the lowered text finds the sentences worth reading."""
    heads = {head.lower() for head in lexicon.events().heads}
    automaton = ahocorasick.Automaton()
    lex = lexicon.events()
    cues = {*heads, *AWARD_VERBS, *lex.reception_literals, *lex.reception_guest_cues}
    for cue in cues | set(lex.verbal_heads):
        automaton.add_word(cue, len(cue))
    automaton.make_automaton()
    return automaton


def cued_starts(text: str) -> list[int] | None:
    """Where the cues start in ``text``, in order; None when lower case changes the text's
    length (offsets would not line up: every sentence is then read)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return sorted({last + 1 - length for last, length in _cues().iter(lowered)})


def has_cue(cued: list[int], start: int, end: int) -> bool:
    """Whether a cue starts in ``[start, end)`` (its literal then lies inside: no cue
    holds a sentence break)."""
    i = bisect_left(cued, start)
    return i < len(cued) and cued[i] < end
