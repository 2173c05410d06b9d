"""Policy documents cited in an article: type, canonical number, issuer, date, subject.

Takes: an article's clean text and sentences. Gives: :class:`DocumentCitation` objects;
:class:`CitationFold` turns those naming the same document into one ``documents`` row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from dnnd_data.extract import dates, lexicon
from dnnd_data.extract.lexicon import DocumentEntry
from dnnd_data.extract.sentences import Sentences
from dnnd_data.schema.ids import document_id_for

_NEXT_CITATION = re.compile(r"Chỉ thị|[Nn]ghị quyết|Quyết định|Đại hội")


@dataclass(frozen=True)
class DocumentCitation:
    """One citation of a document."""

    document_id: str
    doc_type: str
    number: str
    start: int
    end: int
    surface: str
    evidence: str
    issuer: str | None
    issued_on: date | None
    title: str | None


def roman(value: str) -> str:
    """Congress numbers in Roman numerals: ``13`` → ``XIII``; Roman input is kept."""
    if not value.isdigit():
        return value
    number, out = int(value), ""
    for symbol, amount in (
        ("L", 50),
        ("XL", 40),
        ("X", 10),
        ("IX", 9),
        ("V", 5),
        ("IV", 4),
        ("I", 1),
    ):
        while number >= amount:
            out, number = out + symbol, number - amount
    return out


@cache
def _compiled() -> list[tuple[DocumentEntry, re.Pattern[str]]]:
    return [(entry, re.compile(entry.pattern)) for entry in lexicon.documents().documents]


def _number(entry: DocumentEntry, match: re.Match[str]) -> str:
    groups: dict[str, object] = {k: v for k, v in match.groupdict().items() if v}
    if "num" in groups:
        groups["num"] = int(str(groups["num"]))
    if "congress" in groups:
        groups["congress"] = roman(str(groups["congress"]))
    return entry.number.format(**groups)


def find_citations(text: str, sentences: Sentences) -> list[DocumentCitation]:
    """Every document citation, in text order; overlapping matches keep the first type."""
    lex = lexicon.documents()
    taken: list[tuple[int, int]] = []
    out = []
    for entry, pattern in _compiled():
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            number = _number(entry, match)
            # What follows, up to the next citation: its date belongs to that one.
            tail = _NEXT_CITATION.split(text[match.end() : match.end() + 400], maxsplit=1)[0]
            issued_on = _issued_on(lex.issued_on_pattern, tail)
            # Only a formal citation (with its date) reliably states the subject.
            formal = entry.has_subject and issued_on is not None
            out.append(
                DocumentCitation(
                    document_id=document_id_for(entry.doc_type, number),
                    doc_type=entry.doc_type,
                    number=number,
                    start=match.start(),
                    end=match.end(),
                    surface=match.group(0),
                    evidence=sentences.evidence(match.start(), match.end()),
                    issuer=_issuer(lex.issuer_pattern, tail) or entry.issuer,
                    issued_on=issued_on,
                    title=_title(lex.title_pattern, tail) if formal else None,
                )
            )
    return sorted(out, key=lambda c: c.start)


def _issuer(pattern: str, tail: str) -> str | None:
    match = re.match(pattern, tail)
    return match.group("issuer") if match else None


def _issued_on(pattern: str, tail: str) -> date | None:
    match = re.match(pattern, tail)
    return dates.date_of_match(match) if match else None


def _title(pattern: str, tail: str) -> str | None:
    # The subject follows the citation closely: "..., ngày 6/7/2011 của Ban Bí thư khóa XI về ..."
    match = re.search(pattern, tail)
    if match is None or match.start() > 70:
        return None
    title = match.group("title").strip(" ,")
    return title[0].lower() + title[1:] if title[:1].isupper() and title[1:2].islower() else title
