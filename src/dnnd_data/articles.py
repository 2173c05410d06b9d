"""Turn one decoded raw document into an ``articles`` row (or a quarantine row).

Takes: a :class:`RawDocument`. Gives: :class:`ArticleOutcome` with the :class:`Article`,
the removed boilerplate lines, or a quarantine record. Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from pydantic import ValidationError

from dnnd_data import lexicon
from dnnd_data.boilerplate import strip_boilerplate
from dnnd_data.dedupe import text_signature
from dnnd_data.extract.article import ArticleExtraction, extract_article
from dnnd_data.html_text import html_to_text, looks_like_html
from dnnd_data.ingest import RawDocument
from dnnd_data.models import (
    Article,
    BoilerplateLine,
    QuarantineReason,
    QuarantineRecord,
    Stage,
)
from dnnd_data.normalize import normalize

VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
_LETTER = re.compile(r"[^\W\d_]")
_VIETNAMESE_LETTER = re.compile("[" + "".join(sorted(VIETNAMESE_LETTERS)) + "]")
TITLE_MAX_CHARS = 160
_SENTENCE_BREAK = re.compile(r"[.!?] \S")
_DATELINE = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay) (?:ngày )?\d{1,2}/\d{1,2}")


@dataclass(frozen=True)
class ArticleOutcome:
    """What one raw document became."""

    article: Article | None = None
    boilerplate: tuple[BoilerplateLine, ...] = ()
    quarantine: QuarantineRecord | None = None
    dedupe_key: str = ""
    extraction: ArticleExtraction | None = None
    # True when taken from the per-article cache instead of being processed again.
    reused: bool = False
    # MinHash signature of the clean text, for near-duplicate detection across articles.
    minhash: bytes = b""


def article_id_for(normalized_text: str) -> str:
    """Stable id from the normalized text (before boilerplate removal, so rule changes
    do not renumber articles)."""
    return "a_" + hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()[:16]


def vietnamese_letter_share(text: str) -> float:
    """Share of letters that carry Vietnamese diacritics (0 for no letters)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    return len(_VIETNAMESE_LETTER.findall(text.casefold())) / letters


def detect_title(text: str, had_source_tag: bool = False) -> str | None:
    """The first line, when it is short, one sentence, followed by a blank line, and not
    the lead (a line that began with the outlet's tag, or a dateline like "Sáng 16/1,")."""
    first, sep, rest = text.partition("\n")
    if had_source_tag or not sep or not rest.startswith("\n") or len(first) > TITLE_MAX_CHARS:
        return None
    if _SENTENCE_BREAK.search(first) or _DATELINE.match(first):
        return None
    return first


def build_article(doc: RawDocument, min_vietnamese_share: float) -> ArticleOutcome:
    """Normalize, strip boilerplate, and check one document."""
    is_html = looks_like_html(doc.text)
    normalized = normalize(html_to_text(doc.text) if is_html else doc.text)
    stripped = strip_boilerplate(normalized.tracked)
    clean = stripped.tracked
    if not clean.text:
        return _reject(doc, QuarantineReason.NO_TEXT, "every line was boilerplate", Stage.NORMALIZE)
    share = vietnamese_letter_share(clean.text)
    if share < min_vietnamese_share:
        detail = (
            f"{share:.1%} of letters are Vietnamese; at least {min_vietnamese_share:.0%} expected"
        )
        return _reject(doc, QuarantineReason.NOT_VIETNAMESE, detail, Stage.NORMALIZE)
    article_id = article_id_for(normalized.tracked.text)
    outlet = stripped.outlet_tag
    try:
        article = Article(
            article_id=article_id,
            source_path=doc.source_path,
            raw_sha256=doc.raw_sha256,
            raw_bytes=doc.raw_bytes,
            encoding=doc.encoding,
            source_format="html" if is_html else "text",
            outlet=outlet,
            outlet_name=lexicon.outlets().name_of(outlet) if outlet else None,
            title=detect_title(clean.text, had_source_tag=outlet is not None),
            language="vi",
            text=clean.text,
            n_chars=len(clean.text),
            n_paragraphs=sum(1 for line in clean.text.split("\n") if line),
            boilerplate_lines_removed=len(stripped.removed),
            normalization_edits=normalized.edits,
            offset_map_clean=list(clean.clean_anchors),
            offset_map_raw=list(clean.raw_anchors),
        )
        lines = tuple(
            BoilerplateLine(
                article_id=article_id,
                line_no=doc.text.count("\n", 0, removed.raw_start) + 1,
                rule=removed.rule,
                text=removed.text,
                raw_start=removed.raw_start,
                raw_end=removed.raw_end,
            )
            for removed in stripped.removed
        )
    except ValidationError as exc:
        return _reject(doc, QuarantineReason.INVALID_RECORD, _first_error(exc), Stage.VALIDATE)
    dedupe_key = hashlib.sha256(clean.text.encode("utf-8")).hexdigest()
    return ArticleOutcome(
        article=article,
        boilerplate=lines,
        dedupe_key=dedupe_key,
        extraction=extract_article(article),
        minhash=text_signature(clean.text),
    )


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error["loc"])
    return f"{where}: {error['msg']}"


def _reject(
    doc: RawDocument, reason: QuarantineReason, detail: str, stage: Stage
) -> ArticleOutcome:
    record = QuarantineRecord(
        source_path=doc.source_path,
        reason=reason,
        detail=detail,
        stage=stage,
        raw_sha256=doc.raw_sha256,
        raw_bytes=doc.raw_bytes,
    )
    return ArticleOutcome(quarantine=record)
