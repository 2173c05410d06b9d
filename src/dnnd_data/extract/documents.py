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
from dnnd_data.extract.cut_end import cut_short
from dnnd_data.extract.lexicon import DocumentEntry
from dnnd_data.extract.phrases import contains_any
from dnnd_data.extract.sentences import Sentences
from dnnd_data.regex_openings import openings
from dnnd_data.schema.ids import document_id_for

_NEXT_CITATION = re.compile(
    r"Chỉ thị|[Nn]ghị quyết|Quyết định|Đại hội|Kết luận|Kế hoạch|Chương trình hành động"
    r"|Hướng dẫn|Quy định|Nghị định|Thông tư|Thông báo"
)


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
    # The title is the name as written: the fullest spelling wins across citations.
    title_is_name: bool = False


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
def _compiled() -> list[tuple[DocumentEntry, re.Pattern[str], tuple[str, ...]]]:
    """Each document type's pattern, with the words its citations begin with (a text
    holding none of them is not searched)."""
    return [
        (entry, re.compile(entry.pattern), openings(entry.pattern))
        for entry in lexicon.documents().documents
    ]


def _number(entry: DocumentEntry, match: re.Match[str]) -> str:
    groups: dict[str, object] = {k: v for k, v in match.groupdict().items() if v}
    if "num" in groups:
        groups["num"] = int(str(groups["num"]))
    if "congress" in groups:
        groups["congress"] = roman(str(groups["congress"]))
    return entry.number.format(**groups)


def find_citations(
    text: str, sentences: Sentences, local_scope: str = ""
) -> list[DocumentCitation]:
    """Every document citation, in text order; overlapping matches keep the first type.

    ``local_scope`` (the reported event's id, else the article's) identifies documents of
    one organization, which are known only by a name other organizations reuse."""
    lex = lexicon.documents()
    taken: list[tuple[int, int]] = []
    out = []
    folded = text.casefold()
    for entry, pattern, words in _compiled():
        if words and not contains_any(folded, words):
            continue
        for match in pattern.finditer(text):
            start, end = match.span("doc") if "doc" in pattern.groupindex else match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            number = _number(entry, match)
            identity = f"{number} @ {local_scope}" if entry.local else number
            surface = text[start:end]
            # What follows, up to the next citation: its date belongs to that one.
            tail = _NEXT_CITATION.split(text[end : end + 400], maxsplit=1)[0]
            issued_on = _issued_on(lex.issued_on_pattern, tail)
            issuer = _issuer(lex.issuer_pattern, tail) or entry.issuer
            if issuer is None or issued_on is None:
                sentence_start = sentences.around(start, end)[0]
                before = _issued_before(lex.issuer_before_pattern, text[sentence_start:start])
                if before is not None:
                    issuer = issuer or before["issuer"]
                    if issued_on is None and before["day"] is not None:
                        issued_on = dates.date_of_match(before)
            # Only a formal citation (with its date) reliably states the subject.
            formal = entry.has_subject and issued_on is not None
            out.append(
                DocumentCitation(
                    document_id=document_id_for(entry.doc_type, identity),
                    doc_type=entry.doc_type,
                    number=number,
                    start=start,
                    end=end,
                    surface=surface,
                    evidence=sentences.evidence(start, end),
                    issuer=issuer,
                    issued_on=issued_on,
                    title=_name_title(entry, surface)
                    or (_title(lex.title_pattern, tail, text, end) if formal else None),
                    title_is_name=entry.known_by_name,
                )
            )
    return sorted(out, key=lambda c: c.start)


def _name_title(entry: DocumentEntry, surface: str) -> str | None:
    # A document known by name is named by its type word ("Nghị quyết Đại hội XIII"), not
    # by a reference to its line ("đường lối đối ngoại của Đại hội XIII").
    if not entry.known_by_name:
        return None
    if entry.local:  # the pattern's `doc` group is the name
        return surface
    head = entry.doc_type.split()[0]
    return surface if surface[: len(head)].casefold() == head.casefold() else None


def _issuer(pattern: str, tail: str) -> str | None:
    match = re.match(pattern, tail)
    return match.group("issuer") if match else None


def _issued_before(pattern: str, head: str) -> re.Match[str] | None:
    """The issuer (and the day) of a document cited as the object of issuing ("Ngày
    10/1/2024, Ban Bí thư ban hành Chỉ thị ..."), from the sentence up to the citation."""
    return re.search(pattern, head)


def _issued_on(pattern: str, tail: str) -> date | None:
    match = re.match(pattern, tail)
    if match is None:
        return None
    # A day set off by commas before a new clause's subject is that clause's ("Thực hiện
    # Kế hoạch số 45/KH-UBND của UBND tỉnh, ngày 8/5/2024, Sở Ngoại vụ tổ chức ...").
    after = tail[match.end() : match.end() + 3]
    if tail[: match.start("day")].rstrip().endswith(", ngày") and (
        after[:2] == ", " and after[2:].isupper()
    ):
        return None
    return dates.date_of_match(match)


def _title(pattern: str, tail: str, text: str, tail_start: int) -> str | None:
    # The subject follows the citation closely: "..., ngày 6/7/2011 của Ban Bí thư khóa XI về ..."
    match = re.search(pattern, tail)
    if match is None or match.start() > 70:
        return None
    # An excerpt cut off in the subject ("về công tác người V") does not give it.
    if cut_short(text, tail_start + match.end("title")):
        return None
    # The next citation cut the tail: the word joining it is not the subject's.
    title = re.sub(r"(?: và| cùng| hay|,)+$", "", match.group("title").strip(" ,")).strip(" ,")
    # Nor is a verb whose object the next citation is ("Chương trình hành động số 15-CTr/TU
    # ... về thực hiện Chỉ thị 12-CT/TW"): cut there, the subject says nothing.
    if _VERB_CUT_FROM_ITS_OBJECT.search(title):
        return None
    return title[0].lower() + title[1:] if title[:1].isupper() and title[1:2].islower() else title


_VERB_CUT_FROM_ITS_OBJECT = re.compile(
    r"(?<!\w)(?:thực hiện|triển khai|tổng kết|sơ kết|quán triệt|sửa đổi|bổ sung|hướng dẫn)$",
    re.IGNORECASE,
)
