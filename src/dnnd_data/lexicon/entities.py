"""Lexicons of organizations, event kinds and policy documents."""

from __future__ import annotations

import re
from functools import cache, cached_property

from pydantic import Field

from dnnd_data.lexicon.base import (
    NOT_LOCAL_BRANCH,
    LexiconModel,
    alternation,
    load_yaml_model,
)
from dnnd_data.settings import LEXICON_DIR


class OrganizationEntry(LexiconModel):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    kind: str
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)

    @property
    def spellings(self) -> list[str]:
        """Name, acronym and aliases."""
        return [self.name, *([self.acronym] if self.acronym else []), *self.aliases]


class OrganizationLexicon(LexiconModel):
    organizations: list[OrganizationEntry]

    @cached_property
    def by_spelling(self) -> dict[str, OrganizationEntry]:
        """Case-folded spelling → organization."""
        return {s.casefold(): org for org in self.organizations for s in org.spellings}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Every spelling, longest first, as whole words, case-insensitive."""
        names = alternation(self.by_spelling)
        return re.compile(rf"(?<!\w)(?:{names})(?!\w){NOT_LOCAL_BRANCH}", re.IGNORECASE)


class EventKindEntry(LexiconModel):
    kind: str
    name_template: str
    pattern: str
    fallback_pattern: str | None = None
    window_start: str | None = Field(default=None, pattern=r"^\d{2}-\d{2}$")
    window_end: str | None = Field(default=None, pattern=r"^\d{2}-\d{2}$")
    local_kind: str | None = None
    local_name_template: str | None = None
    identity: list[str]


class EventLexicon(LexiconModel):
    kinds: list[EventKindEntry]
    locality_pattern: str
    date_pattern: str
    inference_first_month_of_review_year: int = Field(ge=1, le=12)
    attendance_pattern: str
    remote_sites_pattern: str
    formats: dict[str, list[str]]
    places: list[str]


class DocumentEntry(LexiconModel):
    doc_type: str
    pattern: str
    number: str
    issuer: str | None = None
    has_subject: bool = False


class DocumentLexicon(LexiconModel):
    documents: list[DocumentEntry]
    issued_on_pattern: str
    title_pattern: str
    issuer_pattern: str


@cache
def organizations() -> OrganizationLexicon:
    """The organization alias lexicon."""
    return load_yaml_model(LEXICON_DIR / "organizations.yaml", OrganizationLexicon)


@cache
def events() -> EventLexicon:
    """Event kinds, date and attendance patterns."""
    return load_yaml_model(LEXICON_DIR / "events.yaml", EventLexicon)


@cache
def documents() -> DocumentLexicon:
    """Policy document citation patterns."""
    return load_yaml_model(LEXICON_DIR / "documents.yaml", DocumentLexicon)
