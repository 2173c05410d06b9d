"""Markdown a page-to-text tool leaves in an article: an image and its table cell ("![]()
|"), links ("[Lào](https://...)"), bold and italic names ("ông **Trần Anh Tuấn**"),
headings ("## ..."), quotations ("> ...") and a caption's table pipe at its line's end.

Takes: a :class:`TrackedText`. Gives: the text with the markers deleted and what they mark
kept in place (each marker is its own deletion, so the words keep their raw offsets).
Pure and idempotent; a text without the markers' characters is not scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dnnd_data.normalize.tracked_text import Rewrite, TrackedText

# An image, alt text and address: nothing of it is the article's.
_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\s]{0,500}\)")
# A link: its text stays, its brackets and address go.
_LINK = re.compile(r"(\[)[^\]\n]{1,300}(\]\((?:https?://|/|www\.)[^)\s]{0,500}\))")
# Bold or italic: the words inside open and close on a letter, a digit or a quote mark, so
# a footnote's "(*)" or a list's "* " is left alone.
_EDGE_IN = r"(?=[\w\"“‘(])"
_EDGE_OUT = r"(?<=[\w.,!?\"”’)])"
_BOLD = re.compile(rf"(?<![\w*])(\*\*|__){_EDGE_IN}[^*\n]{{1,300}}?{_EDGE_OUT}(\1)(?![\w*])")
_ITALIC = re.compile(rf"(?<![\w*])(\*){_EDGE_IN}[^*\n]{{1,300}}?{_EDGE_OUT}(\*)(?![\w*])")
# A heading's hashes or a quotation's mark opening a line.
_LINE_MARK = re.compile(r"^[ \t]*(?:#{1,6}|>)[ \t]+", re.MULTILINE)
# A table cell's pipe opening or ending a line (an image's caption beside it), and a
# table's rule ("|---|---|").
_TRAILING_PIPE = re.compile(
    r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$|^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.MULTILINE
)

_MARKER_CHARS = frozenset("![*_#>|")


def strip_markdown(text: TrackedText) -> Rewrite:
    """The text without Markdown's markers (see the module's docstring)."""
    if not _MARKER_CHARS.intersection(text.text):
        return Rewrite(text, 0)
    total, edits = 0, 1
    # Until none is left: markers nest ("**[Lào](...)**"), and each pass only deletes.
    while edits:
        edits = 0
        for deletions in (_images, _links, _emphasis, _line_marks):
            rewrite = text.replace_spans(deletions(text.text))
            text, edits = rewrite.result, edits + rewrite.edits
        total += edits
    return Rewrite(text, total)


def _images(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _IMAGE.finditer(text):
        yield m.start(), m.end(), ""


def _links(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _LINK.finditer(text):
        yield m.start(1), m.end(1), ""
        yield m.start(2), m.end(2), ""


def _emphasis(text: str) -> Iterator[tuple[int, int, str]]:
    spans = [m for pattern in (_BOLD, _ITALIC) for m in pattern.finditer(text)]
    taken: list[tuple[int, int]] = []
    markers = []
    for m in sorted(spans, key=lambda m: m.start()):
        if any(m.start() < end and start < m.end() for start, end in taken):
            continue  # inside a bold span already read
        taken.append((m.start(), m.end()))
        markers += [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
    for start, end in sorted(markers):
        yield start, end, ""


def _line_marks(text: str) -> Iterator[tuple[int, int, str]]:
    marks = [(m.start(), m.end()) for p in (_LINE_MARK, _TRAILING_PIPE) for m in p.finditer(text)]
    last = 0
    for start, end in sorted(marks):
        if end > start >= last:  # a line of a mark alone ("> |") is read once
            yield start, end, ""
            last = end
