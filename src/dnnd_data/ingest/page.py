"""Metadata of a saved HTML page (title, canonical URL, publication date, site name, author)
read with trafilatura from ``<meta>``, Open Graph, JSON-LD and ``<link rel=canonical>``.

Takes: the page's decoded HTML. Gives: the same :class:`Sidecar` model a ``.meta.json``
gives, with only the fields the page states validly; :func:`merged` lets a sidecar's own
fields win over the page's. The article's text is not taken from trafilatura: the linear
scanner in ``normalize/html.py`` keeps the offset map from clean text back to the raw HTML,
which trafilatura's text does not.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from trafilatura.metadata import extract_metadata

from dnnd_data.ingest.sidecar import Sidecar

# Only what the page's markup says: no guessing from the text (htmldate's extensive
# search), and a fixed latest date so that the result does not depend on today's date.
_DATES: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "max_date": "2099-12-31",
}
_FIELDS = ("url", "published_at", "outlet", "title", "author", "language")


def page_metadata(html: str) -> Sidecar | None:
    """What the page says about itself, or None when it says nothing usable."""
    try:
        found = extract_metadata(html, date_config=_DATES, extensive=False)
    except Exception:  # a page lxml cannot parse still keeps its text
        return None
    if found is None:
        return None
    stated = {
        "url": found.url,
        "published_at": found.date,
        "outlet": found.sitename,
        "title": found.title,
        "author": found.author,
        "language": found.language,
    }
    kept: dict[str, object] = {}
    for field, value in stated.items():
        if not isinstance(value, str) or not value.strip():
            continue
        # A field the model refuses (a relative URL, an odd date) is dropped alone.
        try:
            Sidecar.model_validate({field: value.strip()})
        except ValidationError:
            continue
        kept[field] = value.strip()
    return Sidecar.model_validate(kept) if kept else None


def merged(sidecar: Sidecar | None, page: Sidecar | None) -> Sidecar | None:
    """The sidecar's fields, completed by the page's where the sidecar is silent."""
    if sidecar is None or page is None:
        return sidecar or page
    fields = {f: getattr(sidecar, f) or getattr(page, f) for f in _FIELDS}
    return Sidecar.model_validate(fields)


def metadata_source(sidecar: Sidecar | None, page: Sidecar | None) -> str | None:
    """Where the article's URL, date, title and outlet came from."""
    if sidecar and page:
        return "sidecar+page"
    if sidecar:
        return "sidecar"
    return "page" if page else None
