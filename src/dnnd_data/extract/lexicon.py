"""Lexicons of the extractor: organizations, event kinds, policy documents, people, positions,
roles and awards. Each loader reads a YAML file under ``lexicons/`` beside this module and
checks it with a model (unknown keys are errors)."""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path

from pydantic import Field

from dnnd_data.lexicon import LexiconModel, alternation, load_yaml_model

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
# "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An" is a local branch, not the national body.
NOT_LOCAL_BRANCH = r"(?! (?:tỉnh|thành phố|TP\.?|huyện|quận)(?!\w))"


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


class Honorific(LexiconModel):
    word: str
    gender: str | None = None


class PeopleLexicon(LexiconModel):
    honorifics: list[Honorific]
    surnames: list[str]
    not_names: list[str]
    max_given_names: int = Field(ge=1, le=5)

    @cached_property
    def surname_pattern(self) -> re.Pattern[str]:
        """A family name followed by a space and a capitalised word."""
        return re.compile(rf"(?<!\w)(?:{alternation(self.surnames)})(?= [^\W\d_])")

    @cached_property
    def honorific_before(self) -> re.Pattern[str]:
        """An honorific right before the end of a string (case-insensitive)."""
        words = alternation(h.word for h in self.honorifics)
        return re.compile(rf"(?<!\w)({words}) $", re.IGNORECASE)

    def gender_of(self, honorific: str) -> str | None:
        """Gender an honorific states, if any."""
        for h in self.honorifics:
            if h.word.casefold() == honorific.casefold():
                return h.gender
        return None


class FixedPosition(LexiconModel):
    canonical: str
    variants: list[str] = Field(default_factory=list)


class PositionLexicon(LexiconModel):
    fixed: list[FixedPosition]
    heads: list[str]
    former: list[str]

    @cached_property
    def canonical_of(self) -> dict[str, str]:
        """Case-folded fixed spelling → canonical."""
        return {v.casefold(): p.canonical for p in self.fixed for v in [p.canonical, *p.variants]}

    @cached_property
    def head_of(self) -> dict[str, str]:
        """Case-folded head → canonical head."""
        return {h.casefold(): h for h in self.heads}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Fixed positions, or a head followed by an organization name."""
        heads, orgs = alternation(self.head_of), alternation(organizations().by_spelling)
        composed = rf"(?P<head>{heads}) (?P<org>{orgs}){NOT_LOCAL_BRANCH}"
        fixed = rf"(?P<fixed>{alternation(self.canonical_of)})"
        return re.compile(rf"(?<!\w)(?:{composed}|{fixed})(?!\w)", re.IGNORECASE)


class RoleEntry(LexiconModel):
    role: str
    cues: list[str]
    patterns: list[str] = Field(default_factory=list)


class RoleLexicon(LexiconModel):
    roles: list[RoleEntry]
    speaking_roles: list[str]

    @cached_property
    def patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """(role, cue pattern) in precedence order."""
        out = []
        for r in self.roles:
            alternatives = [rf"(?:{alternation(r.cues)})(?!\w)", *r.patterns]
            out.append((r.role, re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})", re.IGNORECASE)))
        return out


@cache
def people() -> PeopleLexicon:
    """Honorifics, surnames and non-names."""
    return load_yaml_model(LEXICON_DIR / "people.yaml", PeopleLexicon)


@cache
def positions() -> PositionLexicon:
    """Positions: fixed titles and heads combined with organizations."""
    return load_yaml_model(LEXICON_DIR / "positions.yaml", PositionLexicon)


@cache
def roles() -> RoleLexicon:
    """Role cues in precedence order."""
    return load_yaml_model(LEXICON_DIR / "roles.yaml", RoleLexicon)


class AwardLexicon(LexiconModel):
    awards: list[FixedPosition]
    count_pattern: str
    kind_pattern: str
    receive_pattern: str
    list_separators: list[str]
    title_pattern: str

    @cached_property
    def canonical_of(self) -> dict[str, str]:
        """Case-folded spelling → canonical award name."""
        return {v.casefold(): a.canonical for a in self.awards for v in [a.canonical, *a.variants]}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Any award name, case-insensitive."""
        return re.compile(rf"(?<!\w)(?:{alternation(self.canonical_of)})(?!\w)", re.IGNORECASE)


@cache
def awards() -> AwardLexicon:
    """Award names and recipient patterns."""
    return load_yaml_model(LEXICON_DIR / "awards.yaml", AwardLexicon)
