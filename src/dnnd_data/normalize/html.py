"""Article text out of an HTML page, keeping the offset map into the raw HTML.

Takes: a decoded raw document. Gives: whether it is HTML, and a :class:`TrackedText` of
its readable text: scripts, styles, comments, navigation, headers, footers, asides and
figure captions removed, block ends turned into paragraph breaks, entities decoded.
Spans found later still map back into the raw HTML.
"""

from __future__ import annotations

import html
import re

from dnnd_data.normalize.tracked_text import TrackedText

_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_DROP_WHOLE = re.compile(
    r"<!--.*?-->|<(script|style|noscript|nav|header|footer|aside|figcaption|form|button|svg|template)"
    r"\b[^>]*>.*?</\1\s*>|<head\b[^>]*>.*?</head\s*>",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|figure)\b[^>]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_WHITESPACE = re.compile(r"\s+")
_MIN_TAGS = 5


def looks_like_html(text: str) -> bool:
    """An HTML document, or text with many tags."""
    return bool(_SNIFF.match(text)) or len(_TAG.findall(text[:20_000])) >= _MIN_TAGS


def html_to_text(raw: str) -> TrackedText:
    """Readable text of an HTML page, with its offset map into ``raw``."""
    text = TrackedText(raw)
    text = text.sub(_DROP_WHOLE, "").result
    # In HTML a run of white space (line breaks included) is one space.
    text = text.sub(_WHITESPACE, " ").result
    text = text.sub(_BLOCK, "\n\n").result
    text = text.sub(_TAG, "").result
    return text.sub(_ENTITY, lambda m: html.unescape(m.group(0))).result
