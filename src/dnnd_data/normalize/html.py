"""Article text out of an HTML page, keeping the offset map into the raw HTML.

Takes: a decoded raw document. Gives: whether it is HTML, and a :class:`TrackedText` of
its readable text: scripts, styles, comments, navigation, headers, footers, asides and
figure captions removed, block ends turned into paragraph breaks, entities decoded.
Spans found later still map back into the raw HTML. Linear in the page's size: elements
to drop are found by one forward scan (an unclosed ``<script>`` drops the rest of the
page once, it is not searched for again at every tag), and tag patterns are bounded.
"""

from __future__ import annotations

import html
import re

from dnnd_data.normalize.tracked_text import Edit, TrackedText

_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_TAG = re.compile(r"<[a-zA-Z/!][^<>]{0,2000}>")
_OPEN_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]{0,20})\b[^<>]{0,2000}>")
DROPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "figcaption",
        "form",
        "button",
        "svg",
        "template",
        "head",
    ]
)
_BLOCK = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|figure)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_WHITESPACE = re.compile(r"\s+")
_MIN_TAGS = 5


def looks_like_html(text: str) -> bool:
    """An HTML document, or text with many tags."""
    return bool(_SNIFF.match(text)) or len(_TAG.findall(text[:20_000])) >= _MIN_TAGS


def dropped_spans(raw: str) -> list[tuple[int, int]]:
    """Comments and the elements whose text is not the article's, by one forward scan."""
    spans: list[tuple[int, int]] = []
    closers: dict[str, re.Pattern[str]] = {}
    position = 0
    while (start := raw.find("<", position)) >= 0:
        if raw.startswith("<!--", start):
            close = raw.find("-->", start + 4)
            end = len(raw) if close < 0 else close + 3
            spans.append((start, end))
            position = end
            continue
        tag = _OPEN_TAG.match(raw, start)
        if tag is None or tag.group(1).lower() not in DROPPED:
            position = start + 1
            continue
        name = tag.group(1).lower()
        closer = closers.setdefault(name, re.compile(rf"</{name}\s*>", re.IGNORECASE))
        closing = closer.search(raw, tag.end())
        end = closing.end() if closing else len(raw)
        spans.append((start, end))
        position = end
    return spans


def html_to_text(raw: str) -> TrackedText:
    """Readable text of an HTML page, with its offset map into ``raw``."""
    text = TrackedText(raw).apply(Edit(s, e, "") for s, e in dropped_spans(raw))
    # In HTML a run of white space (line breaks included) is one space.
    text = text.sub(_WHITESPACE, " ").result
    text = text.sub(_BLOCK, "\n\n").result
    text = text.sub(_TAG, "").result
    return text.sub(_ENTITY, lambda m: html.unescape(m.group(0))).result
