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
# What opens a line: headings' hashes, quotations' marks and table cells' pipes, however
# many ("> > ...", "| ## ...").
_LINE_OPENING = re.compile(r"(?:[ \t]*(?:(?:#{1,6}|>)[ \t]+|\|))+[ \t]*")
# A table's rule ("|---|---|") is a line of pipes, dashes and colons alone.
_TABLE_RULE = re.compile(r"[ \t|:-]*")
_LINE = re.compile(r"[^\n]+")

_MARKER_CHARS = "![*_#>|"


def strip_markdown(text: TrackedText) -> Rewrite:
    """The text without Markdown's markers (see the module's docstring)."""
    # Substring searches, not a set built from every character of the text (60 times
    # slower on an article, and most articles have none of these).
    if not any(char in text.text for char in _MARKER_CHARS):
        return Rewrite(text, 0)
    total = 0
    # In this order a marker inside another is met after the outer one went ("**[Lào](...)**"
    # is a bold link: the link's brackets go, then the bold).
    for deletions in (_images, _links, _emphasis, _line_marks):
        rewrite = text.replace_spans(deletions(text.text))
        text, total = rewrite.result, total + rewrite.edits
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
    """Per line (plain string work, no pattern that could retry at every position of a
    long line): a table's rule; else the marks opening it, and the cells' pipes ending it
    (an image's caption beside it)."""
    for line in _LINE.finditer(text):
        start, body = line.start(), line.group()
        if "|" in body and "---" in body and _TABLE_RULE.fullmatch(body):
            yield start, line.end(), ""
            continue
        opening = _LINE_OPENING.match(body)
        opened = opening.end() if opening else 0
        if opened:
            yield start, start + opened, ""
        kept = body.rstrip(" \t|")
        if len(kept) < len(body.rstrip(" \t")) and len(kept) > opened:
            yield start + len(kept), line.end(), ""
