"""The clean article: one decoded raw document normalized, stripped of boilerplate and checked.

Takes: a :class:`RawDocument`. Gives: the :class:`Article` row and its removed boilerplate
lines, or a quarantine record. Pure: no I/O."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import numpy as np
from pydantic import ValidationError

from dnnd_data.ingest.front_matter import FrontMatter
from dnnd_data.ingest.page import merged, metadata_source, page_metadata
from dnnd_data.ingest.read import RawDocument
from dnnd_data.ingest.sidecar import Sidecar
from dnnd_data.ingest.url_date import date_in_url
from dnnd_data.normalize import lexicon
from dnnd_data.normalize.boilerplate import NamesIn, strip_boilerplate
from dnnd_data.normalize.html import html_to_text, looks_like_html
from dnnd_data.normalize.text import normalize
from dnnd_data.normalize.tracked_text import Edit, TrackedText
from dnnd_data.schema.articles import (
    Article,
    BoilerplateLine,
    QuarantineReason,
    QuarantineRecord,
    Stage,
)
from dnnd_data.schema.base import first_problem
from dnnd_data.schema.ids import article_id_for

VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)


_LETTER = re.compile(r"[^\W\d_]")


_VIETNAMESE_LETTER = re.compile("[" + "".join(sorted(VIETNAMESE_LETTERS)) + "]")


TITLE_MAX_CHARS = 160


_SENTENCE_BREAK = re.compile(r"[.!?] \S")


_DATELINE = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay) (?:ngày )?\d{1,2}/\d{1,2}")


def vietnamese_letter_share(text: str) -> float:
    """Share of letters that carry Vietnamese diacritics (0 for no letters). Counted per
    distinct character (an article has a hundred or so), not per character: numpy counts
    the code points (UTF-32, lone surrogates passed through as their code points)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    distinct, counts = np.unique(codes, return_counts=True)
    letters = vietnamese = 0
    for code, count in zip(distinct.tolist(), counts.tolist(), strict=True):
        is_letter, vietnamese_letters = _letter_class(chr(code))
        letters += count * is_letter
        vietnamese += count * vietnamese_letters
    return vietnamese / letters if letters else 0.0


@lru_cache(maxsize=1 << 16)
def _letter_class(char: str) -> tuple[int, int]:
    """Whether a character is a letter, and how many Vietnamese letters its case folding
    holds (case folding works character by character)."""
    return int(_LETTER.match(char) is not None), len(_VIETNAMESE_LETTER.findall(char.casefold()))


def detect_title(text: str, had_source_tag: bool = False) -> str | None:
    """The first line, when it is short, one sentence, followed by a blank line, and not
    the lead (a line that began with the outlet's tag, or a dateline like "Sáng 16/1,")."""
    first, sep, rest = text.partition("\n")
    if had_source_tag or not sep or not rest.startswith("\n") or len(first) > TITLE_MAX_CHARS:
        return None
    if _SENTENCE_BREAK.search(first) or _DATELINE.match(first):
        return None
    return first


@dataclass(frozen=True)
class CleanArticle:
    """One document's ``articles`` row, its removed boilerplate lines, and the key that
    finds exact copies (sha256 of the clean text)."""

    article: Article
    boilerplate: tuple[BoilerplateLine, ...]
    dedupe_key: str


def clean_article(
    doc: RawDocument,
    min_vietnamese_share: float,
    names_in: NamesIn,
    sidecar: Sidecar | None = None,
    front: FrontMatter | None = None,
) -> CleanArticle | QuarantineRecord:
    """Normalize, strip boilerplate, and check one document. ``names_in`` finds the names
    a line mentions (the extractor's finders, passed in: captions that add a name stay);
    ``sidecar`` is its validated metadata, if any."""
    is_html = looks_like_html(doc.text)
    page = page_metadata(doc.text) if is_html else None
    # The sidecar file's fields first, then the front matter's, then the page's.
    in_file = front.metadata if front and isinstance(front.metadata, Sidecar) else None
    sidecar = merged(sidecar, in_file)
    metadata = merged(sidecar, page)
    source: TrackedText | str = doc.text
    if front is not None and not is_html:
        # Cut, not rewritten: spans found later still map into the raw file.
        source = TrackedText(doc.text).apply([Edit(0, front.end, "")])
    normalized = normalize(html_to_text(doc.text) if is_html else source)
    stripped = strip_boilerplate(normalized.tracked, names_in)
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
            outlet_name=_outlet_name(sidecar, page, outlet),
            title=(metadata.title if metadata and metadata.title else None)
            or detect_title(clean.text, had_source_tag=outlet is not None),
            url=metadata.url if metadata else None,
            published_on=(metadata.published_at or date_in_url(metadata.url)) if metadata else None,
            metadata_source=metadata_source(sidecar, page),
            sidecar_path=doc.sidecar_path if doc.sidecar_bytes is not None else None,
            sidecar_sha256=doc.sidecar_sha256,
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
        return _reject(doc, QuarantineReason.INVALID_RECORD, first_problem(exc), Stage.VALIDATE)
    dedupe_key = hashlib.sha256(clean.text.encode("utf-8")).hexdigest()
    return CleanArticle(article, lines, dedupe_key)


def _outlet_name(sidecar: Sidecar | None, page: Sidecar | None, tag: str | None) -> str | None:
    """The sidecar's outlet, else the outlet of the URL's host, else the page's site name
    (trafilatura falls back to the bare host name: that is not a name), else the text's tag."""
    outlets = lexicon.outlets()
    if sidecar and sidecar.outlet:
        return sidecar.outlet
    url = (sidecar.url if sidecar else None) or (page.url if page else None)
    if url and (by_host := outlets.name_of_url(url)):
        return by_host
    if page and page.outlet and (not url or page.outlet != urlsplit(url).hostname):
        return page.outlet
    return outlets.name_of(tag) if tag else None


def _reject(
    doc: RawDocument, reason: QuarantineReason, detail: str, stage: Stage
) -> QuarantineRecord:
    return QuarantineRecord(
        source_path=doc.source_path,
        reason=reason,
        detail=detail,
        stage=stage,
        raw_sha256=doc.raw_sha256,
        raw_bytes=doc.raw_bytes,
    )
