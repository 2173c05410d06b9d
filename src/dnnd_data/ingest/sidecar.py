"""Source metadata beside a raw article: ``<name>.meta.json`` (for ``<name>`` or for
``<name>`` without its extension), checked by :class:`Sidecar`.

Takes: a sidecar's bytes. Gives: the validated metadata (URL, publication date, outlet,
title, author, language), or a one-line problem: a broken sidecar never costs its article
(the article is built without it and the problem is listed in quarantine).
"""

from __future__ import annotations

import json
from datetime import date, datetime

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from dnnd_data.schema.base import first_problem

SIDECAR_SUFFIX = ".meta.json"
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


class Sidecar(BaseModel):
    """What a sidecar may say about its article (other keys are ignored)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    url: str | None = Field(default=None, pattern=r"^https?://\S+$", max_length=2000)
    # The publication date under the names crawlers and schema.org give it.
    published_at: date | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "published_at", "published_on", "published", "datePublished", "pubdate", "date"
        ),
    )
    outlet: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=500)
    author: str | None = Field(default=None, max_length=200)
    language: str | None = Field(default=None, max_length=20)

    @field_validator("published_at", mode="before")
    @classmethod
    def _date_of_timestamp(cls, value: object) -> object:
        """A timestamp ("2024-01-16T08:30:00+07:00") counts by its date."""
        if isinstance(value, datetime):  # YAML front matter gives datetimes
            return value.date()
        if isinstance(value, str) and "T" in value:
            try:
                return datetime.fromisoformat(value).date()
            except ValueError:
                return value
        return value


def parse_sidecar(data: bytes) -> Sidecar | str:
    """The sidecar, or what is wrong with it (one line)."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        return f"not valid JSON: {str(exc).splitlines()[0]}"
    if not isinstance(document, dict):
        return "not a JSON object"
    try:
        return Sidecar.model_validate(document)
    except ValidationError as exc:
        return first_problem(exc)


def article_of(sidecar_relative: str, articles: set[str]) -> str | None:
    """The article a sidecar describes: ``x.txt.meta.json`` → ``x.txt``; ``x.meta.json``
    → ``x.txt``, ``x.html`` or ``x.htm``."""
    stem = sidecar_relative.removesuffix(SIDECAR_SUFFIX)
    if stem in articles:
        return stem
    return next((stem + s for s in ARTICLE_SUFFIXES if stem + s in articles), None)
