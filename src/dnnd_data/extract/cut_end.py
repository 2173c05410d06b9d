"""Whether a text cut off mid-sentence cuts a name or a title short.

Takes: the text and where a name or a title ends. Gives: True when only an unfinished tail
follows, by the rules of ``lexicons/cut_end.yaml`` (checked by :class:`CutEndLexicon`)."""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path

from pydantic import Field

from dnnd_data.lexicon import LexiconModel, load_yaml_model

CUT_END_YAML = Path(__file__).resolve().parent / "lexicons" / "cut_end.yaml"


class CutEndLexicon(LexiconModel):
    finished_end: str
    tail_stops: str
    tail_max_chars: int = Field(ge=0)
    tail_words: int = Field(ge=0)
    continuing_words: list[str]

    @cached_property
    def stops(self) -> re.Pattern[str]:
        return re.compile(self.tail_stops)


@cache
def cut_end() -> CutEndLexicon:
    """The rules of a cut end."""
    return load_yaml_model(CUT_END_YAML, CutEndLexicon)


def cut_short(text: str, end: int) -> bool:
    """Whether what ends at ``end`` may go on past the end of a cut-off text: the text ends
    unfinished and only a short tail follows, empty or opening on a word that goes on (or
    on the start of one, cut)."""
    lex = cut_end()
    # One character past the longest tail tells a long one (not the whole rest of the text).
    tail = text[end : end + lex.tail_max_chars + 1]
    if (
        len(tail) > lex.tail_max_chars
        or lex.stops.search(tail)
        or text.rstrip()[-1:] in lex.finished_end
    ):
        return False
    words = tail.split()
    if not words:
        return True
    if len(words) > lex.tail_words:
        return False
    first = words[0].casefold()
    if words[0][0].isupper() or first in lex.continuing_words:
        return True
    # The text's last word, itself cut ("UBND t", "UBND tỉ"): the start of one that goes on.
    cut_word = len(words) == 1 and not tail[-1].isspace()
    return cut_word and any(word.startswith(first) for word in lex.continuing_words)
