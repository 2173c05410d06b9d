"""Lexicon loading: YAML data files under ``lexicons/``, each checked by a model.

Takes: the files in :data:`dnnd_data.settings.LEXICON_DIR`. Gives: typed, cached lexicon
objects (compiled patterns included) for the normalize and boilerplate stages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from dnnd_data.settings import LEXICON_DIR

M = TypeVar("M", bound=BaseModel)


# "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An" is a local branch, not the national body.
NOT_LOCAL_BRANCH = r"(?! (?:tỉnh|thành phố|TP\.?|huyện|quận)(?!\w))"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so the longest one wins)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class LexiconModel(BaseModel):
    """Base: lexicon files may not carry unknown keys (catches typos in the YAML)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class CharReplacement(LexiconModel):
    char: str = Field(min_length=1, max_length=1)
    to: str
    note: str = ""


class CharacterLexicon(LexiconModel):
    replacements: list[CharReplacement]

    @cached_property
    def table(self) -> dict[str, str]:
        """Character → replacement."""
        return {r.char: r.to for r in self.replacements}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """One character class matching every character to replace."""
        return re.compile("[" + "".join(re.escape(c) for c in self.table) + "]")


class TypoFix(LexiconModel):
    wrong: str = Field(min_length=2)
    right: str
    seen_in: str = ""


class TypoLexicon(LexiconModel):
    fixes: list[TypoFix]

    @cached_property
    def table(self) -> dict[str, str]:
        """Wrong spelling → right spelling."""
        return {f.wrong: f.right for f in self.fixes}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """All wrong spellings as whole words, longest first."""
        return re.compile(rf"(?<!\w)(?:{alternation(self.table)})(?!\w)")


class Outlet(LexiconModel):
    tag: str
    name: str


class OutletLexicon(LexiconModel):
    outlets: list[Outlet]

    def name_of(self, tag: str) -> str | None:
        """Full name for a source tag (case-insensitive), or None when unknown."""
        for outlet in self.outlets:
            if outlet.tag.casefold() == tag.casefold():
                return outlet.name
        return None


class LineRule(LexiconModel):
    name: str
    pattern: str
    note: str = ""
    # Only boilerplate when a person named in group `who` was already named above.
    repeats_body: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value)
        return value


class BoilerplateLexicon(LexiconModel):
    line_rules: list[LineRule]
    alt_text_min_words: int = Field(ge=1)
    alt_text_min_repeats: int = Field(ge=1)
    caption_max_chars: int = Field(ge=1)
    teaser_summary_end: str
    duplicate_line_min_chars: int = Field(ge=1)
    source_tag_pattern: str
    source_tag_max_line: int = Field(ge=1)

    @cached_property
    def compiled_rules(self) -> list[tuple[LineRule, re.Pattern[str]]]:
        """(rule, compiled pattern) in file order."""
        return [(rule, re.compile(rule.pattern)) for rule in self.line_rules]

    @cached_property
    def teaser_summary(self) -> re.Pattern[str]:
        """End of a related-article teaser's summary line."""
        return re.compile(self.teaser_summary_end)

    @cached_property
    def source_tag(self) -> re.Pattern[str]:
        """An outlet's source tag at the start of a line."""
        return re.compile(self.source_tag_pattern)


def load_yaml_model(path: Path, model: type[M]) -> M:
    """Parse a YAML file and check it against ``model``."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    return model.model_validate(data)


@cache
def characters() -> CharacterLexicon:
    """The character-fix lexicon."""
    return load_yaml_model(LEXICON_DIR / "characters.yaml", CharacterLexicon)


@cache
def typos() -> TypoLexicon:
    """The typo lexicon."""
    return load_yaml_model(LEXICON_DIR / "typos.yaml", TypoLexicon)


@cache
def outlets() -> OutletLexicon:
    """The outlet lexicon."""
    return load_yaml_model(LEXICON_DIR / "outlets.yaml", OutletLexicon)


@cache
def boilerplate() -> BoilerplateLexicon:
    """The boilerplate lexicon."""
    return load_yaml_model(LEXICON_DIR / "boilerplate.yaml", BoilerplateLexicon)


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
