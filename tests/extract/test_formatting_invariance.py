"""The same article, written the ways outlets and files differ (Unicode form, line ends,
spaces, quotes, date separators, the capitalised union, a day without its comma, a
deputy's office in lower case, "đ/c", "TP." glued to a city), gives the same facts. The
dev corpus (../shared/corpus/dev, read in place, never copied here) rewritten in each way,
every word kept. Skipped where the corpus is not beside the checkout."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from dnnd_data.extract.facts import extract_text
from dnnd_data.normalize.text import normalize_str
from tests.extract.sentences import DEV_CORPUS

RAW = DEV_CORPUS / "raw"
pytestmark = pytest.mark.skipif(not RAW.is_dir(), reason="no dev corpus beside the checkout")

_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _spaced(text: str) -> str:
    rng = random.Random(1)
    return "".join(c if c != " " or rng.random() > 0.1 else "\u00a0" for c in text)


REWRITES: dict[str, Callable[[str], str]] = {
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "no-break spaces": _spaced,
    "straight quotes": lambda t: t.replace("“", '"').replace("”", '"'),
    "dashed dates": lambda t: _DATE.sub(r"\1-\2-\3", t),
    "dotted dates": lambda t: _DATE.sub(r"\1.\2.\3", t),
    "capitalised union": lambda t: t.replace(
        "Liên hiệp các tổ chức hữu nghị", "Liên hiệp Các tổ chức Hữu nghị"
    ),
    "day without comma": lambda t: re.sub(
        r"\b((?:Sáng|Chiều|Tối|Ngày) \d{1,2}/\d{1,2}(?:/\d{4})?), ", r"\1 ", t
    ),
    "deputy in lower case": lambda t: t.replace("Phó Chủ tịch", "Phó chủ tịch"),
    "đ/c": lambda t: t.replace("đồng chí ", "đ/c ").replace("Đồng chí ", "Đ/c "),
    "glued TP.": lambda t: re.sub(r"\bTP (?=[A-ZĐ])", "TP.", t),
}


def _facts(text: str) -> tuple[object, ...]:
    """What the article says, without the words as written (which the rewrite changes)."""
    extraction = extract_text("a_0000000000000000", normalize_str(text))
    event = extraction.event
    said = (
        (event.kind, event.held.value if event.held else None, event.organizer_org_id)
        if event
        else None
    )
    return (
        said,
        event.attendance_count if event else None,
        sorted((r.name, r.role, len(r.positions)) for r in extraction.roles),
        sorted((c.doc_type, c.number, c.issued_on, c.title is None) for c in extraction.citations),
        sorted((a.award_type, a.recipient_kind, a.recipient_count) for a in extraction.awards),
    )


def _articles() -> list[Path]:
    return sorted(p for p in RAW.glob("*.txt")) if RAW.is_dir() else []


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_a_rewritten_article_gives_the_same_facts(rewrite: str) -> None:
    changed = []
    for path in _articles():
        text = path.read_text(encoding="utf-8")
        if _facts(REWRITES[rewrite](text)) != _facts(text):
            changed.append(path.name)
    assert changed == []
