"""Sentences and spans of a clean article text.

Takes: clean text. Gives: sentence boundaries, so every extracted fact can carry the
sentence it came from as evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

# Vietnamese lower-case letters, and the Latin letters of foreign names ("Schröder").
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵäöüßçñåøæëïîœûÿ"
# A sentence ends at . ! ? followed by a space and an upper-case letter, or at a line end
# that is not a hard wrap (a hard-wrapped line goes on in lower case).
# Abbreviations end in a full stop without ending the sentence: "TP. Biên Hòa", "T. Minh",
# and the academic titles before a name ("TS. Lê Văn A", "PGS.TS. ...", "ThS.", "BS.").
# Each pattern starts with its whitespace and checks what stands before it after that (a
# leading look-behind would be tried at every position of the text).
_BOUNDARY = re.compile(
    r"\s(?<=[.!?]\s)(?<!TP\.\s)(?<!Tp\.\s)(?<!\b[A-ZĐ]\.\s)(?<!TS\.\s)(?<!GS\.\s)(?<!ThS\.\s)"
    r"(?<!BS\.\s)\s*(?=[\"'(]?[A-ZĐÀ-Ỹ0-9])"
    rf"|\n+(?![{LOWER}])"
)
_HARD_WRAP = re.compile(rf"\n(?<=[^\s.!?:;]\n)(?=[{LOWER}])")


def unwrap(text: str) -> str:
    """The text with hard line wraps (a line going on in lower case) turned into spaces:
    same length, so every offset still points into the original."""
    return _HARD_WRAP.sub(" ", text)


@dataclass(frozen=True)
class Sentences:
    """Sentence spans of a text."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    # One string per sentence span, however many facts cite it: a stored outcome (a
    # pickle, which writes a repeated object once) then holds each sentence once.
    _spans: dict[tuple[int, int], str] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Span of the sentence(s) containing ``[start, end)``."""
        first = max(0, bisect_right(self.starts, start) - 1)
        last = max(first, bisect_right(self.starts, max(start, end - 1)) - 1)
        return self.starts[first], self.ends[last]

    def evidence(self, start: int, end: int) -> str:
        """Text of the sentence(s) containing ``[start, end)``."""
        span = self.around(start, end)
        if (known := self._spans.get(span)) is not None:
            return known
        self._spans[span] = sentence = self.text[span[0] : span[1]]
        return sentence


def split_sentences(text: str) -> Sentences:
    """Split text into sentences (offsets into ``text``)."""
    starts, ends, position = [], [], 0
    for match in _BOUNDARY.finditer(text):
        if match.start() > position:
            starts.append(position)
            ends.append(match.start())
        position = match.end()
    if position < len(text):
        starts.append(position)
        ends.append(len(text))
    return Sentences(text, tuple(starts) or (0,), tuple(ends) or (len(text),))
