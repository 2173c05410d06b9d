"""Sentences and spans of a clean article text.

Takes: clean text. Gives: sentence boundaries, so every extracted fact can carry the
sentence it came from as evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import islice, pairwise

from dnnd_data.extract.dates import OUTLET_TAG
from dnnd_data.extract.places import gazetteer
from dnnd_data.normalize.lexicon import boilerplate as boilerplate_lexicon

# Vietnamese lower-case letters, and the Latin letters of foreign names ("Schröder").
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵäöüßçñåøæëïîœûÿ"
# A sentence ends at . ! ? followed by a space and an upper-case letter, or at a line end
# that is not a hard wrap (a hard-wrapped line goes on in lower case).
# Abbreviations end in a full stop without ending the sentence: "TP. Biên Hòa", "T. Minh",
# and the academic titles before a name ("TS. Lê Văn A", "PGS.TS. ...", "GS.TSKH.", "ThS.",
# "Ths.", "BS.", "KTS.").
# The pattern starts with its whitespace and checks what stands before it after that (a
# leading look-behind would be tried at every position of the text); both kinds of bound
# share that first whitespace, so the engine skips to whitespace (two branches opening
# on different classes are tried everywhere).
_BOUNDARY = re.compile(
    r"\s(?:(?<=[.!?]\s)(?<!TP\.\s)(?<!Tp\.\s)(?<!\b[A-ZĐ]\.\s)(?<!TS\.\s)(?<!GS\.\s)(?<!ThS\.\s)"
    r"(?<!BS\.\s)(?<!Ts\.\s)(?<!Ths\.\s)(?<!TSKH\.\s)(?<!KTS\.\s)\s*(?=[\"'(]?[A-ZĐÀ-Ỹ0-9])"
    rf"|(?<=\n)\n*(?![{LOWER}]))"
)
_HARD_WRAP = re.compile(rf"\n(?<=[^\s.!?:;]\n)(?=[{LOWER}])")


# A text wrapped at a fixed width (a plain-text file, a mail, a PDF's copy) has most of
# its lines near the width and ending mid-sentence; a text with a line per paragraph has
# long lines, or lines ending on their full stop. Near: within this many characters.
WRAP_SLACK = 20
WRAP_WIDTH_AT_LEAST = 40
WRAP_WIDTH_AT_MOST = 120
_LONG_LINE = re.compile(rf"[^\n]{{{WRAP_WIDTH_AT_MOST + 1}}}")
_LINE_END = re.compile(r"\n(?=[^\n])")
# What ends a sentence at a line's end (a colon or semicolon goes on: lists are wrapped too).
_SENTENCE_END = frozenset('.!?"”')


def unwrap(text: str, tag_cut: int = 0) -> str:
    """The text with hard line wraps turned into spaces: a line going on in lower case, and
    in a text wrapped at a width, a line near the width that ends mid-sentence (a short
    line is a headline or a paragraph's last). Same length, so every offset still points
    into the original. ``tag_cut``: the characters cleaning took off the start of one of
    the first lines (an outlet's tag, "(GLO) - "), which was that much longer as wrapped."""
    width = _wrap_width(text)
    if width is not None:
        wrapped = text
        # The tag opens one of the first lines (the boilerplate lexicon says how many).
        first_lines = boilerplate_lexicon().source_tag_max_line
        first_lines_end = _end_of_first_lines(text, first_lines) if tag_cut else 0
        text = _LINE_END.sub(
            lambda m: (
                " "
                if _wrapped_before(
                    wrapped, m.start(), width, tag_cut if m.start() < first_lines_end else 0
                )
                else "\n"
            ),
            text,
        )
    return _HARD_WRAP.sub(" ", text)


def _end_of_first_lines(text: str, count: int) -> int:
    """Where the first ``count`` non-empty lines end."""
    ends = islice(_NON_EMPTY_LINE_END.finditer(text), count - 1, None)
    return next((m.end() for m in ends), len(text))


_NON_EMPTY_LINE_END = re.compile(r"[^\n]\n")


def _wrap_width(text: str) -> int | None:
    """The width the text is wrapped at, or None when it is not wrapped."""
    if _LONG_LINE.search(text):  # most texts: a paragraph longer than any wrap
        return None
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    width = max((len(line) for line in lines), default=0)
    if len(lines) < 4 or not WRAP_WIDTH_AT_LEAST <= width <= WRAP_WIDTH_AT_MOST:
        return None
    # A page's menu, headings and stamps are short lines of their own, not the wrapped
    # text's: only lines of half the width or more are weighed.
    lines = [line for line in lines if 2 * len(line) >= width]
    near = [line for line in lines if len(line) >= width - WRAP_SLACK]
    open_ended = [line for line in lines if _cut_at_width(line, width)]
    # Most lines near the width; of those, a third at least cut mid-sentence (a short
    # article's sentences often end at a line's end): three, or two when a line already
    # goes on in lower case or both are as long as the widest (a wrap for certain).
    at_width = [line for line in open_ended if len(line) >= width - 2]
    goes_on_in_lower_case = _HARD_WRAP.search(text) is not None
    least = 2 if goes_on_in_lower_case or len(at_width) >= 2 else 3
    if 2 * len(near) < len(lines) or 3 * len(open_ended) < len(near) or len(open_ended) < least:
        return None
    # A wrap breaks a line only where the next word would not fit. Unless a line goes on in
    # lower case (a wrap for certain, maybe at a width that varies by a few columns), lines
    # cut short of the width with the next line's first word fitting, at least as many as
    # those the width explains, are lines of their own: a page's list of headlines, each
    # without its full stop.
    if not goes_on_in_lower_case:
        fits, does_not = _next_words_fit(text, width)
        if fits >= does_not:
            return None
    return width


def _next_words_fit(text: str, width: int) -> tuple[int, int]:
    """Of the lines that look cut at ``width`` and go on on the next line, how many the
    next line's first word would have fitted on, and how many it would not."""
    fits = does_not = 0
    for line, following in pairwise(text.split("\n")):
        cut, next_word = line.rstrip(), following.split(maxsplit=1)[:1]
        if next_word and _cut_at_width(cut, width):
            if _next_word_overflows(len(cut), next_word[0], width):
                does_not += 1
            else:
                fits += 1
    return fits, does_not


def _next_word_overflows(line_length: int, next_word: str, width: int) -> bool:
    """Whether the next line's first word would not have fitted on a line this long: why a
    wrap breaks a line there."""
    return line_length + 1 + len(next_word) > width


def _cut_at_width(line: str, width: int) -> bool:
    """Whether a line (right-stripped) looks cut by a wrap at ``width``: near the width and
    ending mid-sentence."""
    return len(line) >= width - WRAP_SLACK and line[-1:] not in _SENTENCE_END


def _wrapped_before(text: str, newline: int, width: int, shortened: int = 0) -> bool:
    """Whether the line ending at ``newline`` (``shortened`` by cleaning) was cut by the
    wrap (see :func:`_cut_at_width`) and the next line's first word would not have fit on
    it (one that would have begins a paragraph: a headline's next line, an unpunctuated
    paragraph's), or the line ends on a word that leaves it open ("... tổ chức")."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    next_word = text[newline + 1 : newline + 1 + width].split(maxsplit=1)[:1]
    return (
        _cut_at_width(line, width - shortened)
        and bool(next_word)
        and (
            _next_word_overflows(len(line) + shortened, next_word[0], width)
            or boilerplate_lexicon().open_line_ends.search(line) is not None
            or _phrase_runs_on(text, newline)
        )
        # A headline as long as the width is followed by its stamp or its lead.
        and _OWN_LINE.match(text, newline + 1) is None
    )


_UNIT_AT_LINE_END = re.compile(r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$")
_NUMBERED_AT_LINE_END = re.compile(r"(?<!\w)(?:năm|tháng|ngày|số)\n\d")


def _phrase_runs_on(text: str, newline: int) -> bool:
    """Whether a phrase runs on over the line's end: a locality's unit then its name, as the
    reference lists know it ("... UBND tỉnh" then "Bắc Giang; ..."), or a word of a date or a
    number then its figures ("... năm" then "2023 và ...")."""
    if _NUMBERED_AT_LINE_END.search(text, max(0, newline - 5), newline + 2):
        return True
    if _UNIT_AT_LINE_END.search(text, max(0, newline - 12), newline) is None:
        return False
    words = text[newline + 1 : newline + 60].split(maxsplit=3)[:3]
    names = (" ".join(words[:k]).rstrip(",.;:)") for k in range(1, len(words) + 1))
    return any(gazetteer().is_place(name) for name in names)


# What opens a line of its own: a page's stamp, a date maybe after the weekday ("14/12/2021
# 12:05", "Thứ Năm, 15/05/2025"), not one a bracket or a sentence closes on ("21/9/2023).":
# an anniversary's span wrapped); a place's dateline ("Thái Nguyên, ngày 5 tháng 8 năm
# 2020"; a place's name, not a span's end: "- 2/12/2024), ngày 29/11"); a lead's day, maybe
# after the outlet's tag ("Sáng 15/11, ...", "Baoninhbinh.org.vn - Ngày 22/11/2023, ...").
_OWN_LINE = re.compile(
    r"(?:(?:Thứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ nhật|Cập nhật|Ngày đăng|Đăng ngày)"
    r"[,:]? )?\d{1,2}/\d{1,2}/\d{4}(?![)\].;])"
    r"|[A-ZĐ][^\n,]{1,29}, ngày \d{1,2}(?:/| tháng )\d{1,2}"
    rf"|(?:{OUTLET_TAG})?(?:Sáng|Chiều|Tối|Trưa|Ngày) (?:ngày )?\d{{1,2}}[/.-]\d{{1,2}}"
)


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


def opens_paragraph(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` of ``text`` is its paragraph's first."""
    before = start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    return before < 0 or text[before] == "\n"
