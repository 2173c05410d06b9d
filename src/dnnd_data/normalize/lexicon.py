"""Lexicons of the text stages: look-alike characters, typos, outlets, boilerplate rules."""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from dnnd_data.lexicon import LexiconModel, alternation_not_after, load_yaml_model

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


class CharReplacement(LexiconModel):
    # One character, or two standing for one ("''" typed for a double quotation mark).
    char: str = Field(min_length=1, max_length=2)
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
        """One character class matching every single character to replace."""
        return re.compile("[" + "".join(re.escape(c) for c in self.table if len(c) == 1) + "]")

    @cached_property
    def pairs(self) -> tuple[str, ...]:
        """The pairs of characters standing for one ("''")."""
        return tuple(c for c in self.table if len(c) == 2)

    @cached_property
    def pairs_pattern(self) -> re.Pattern[str]:
        """Any of :attr:`pairs`."""
        return re.compile("|".join(re.escape(c) for c in self.pairs) or "(?!)")


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
        """All wrong spellings as whole words, longest first (each checks the word
        boundary before it after its letters: the regex engine skips ahead to them)."""
        words = alternation_not_after(self.table, r"\w")
        return re.compile(rf"(?:{words})(?!\w)")


class Outlet(LexiconModel):
    tag: str
    name: str
    hosts: list[str] = Field(default_factory=list)


class OutletLexicon(LexiconModel):
    outlets: list[Outlet]

    def name_of_url(self, url: str) -> str | None:
        """The outlet whose web host (or a subdomain of it) serves ``url``."""
        host = (urlsplit(url).hostname or "").casefold()
        for outlet in self.outlets:
            if any(host == h or host.endswith("." + h) for h in outlet.hosts):
                return outlet.name
        return None

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
    doubled_teaser_min_words: int = Field(ge=2)
    doubled_teaser_summary_max_chars: int = Field(ge=1)
    body_line_min_chars: int = Field(ge=1)
    dated_link_end: str
    duplicate_line_min_chars: int = Field(ge=1)
    related_link_max_chars: int = Field(ge=1)
    related_link_end: str
    lead_line_start: str
    body_line_start: str
    source_tag_pattern: str
    source_tag_max_line: int = Field(ge=1)
    open_line_end: str

    @cached_property
    def open_line_ends(self) -> re.Pattern[str]:
        """A line's last word that leaves it open (see the lexicon)."""
        return re.compile(self.open_line_end)

    @cached_property
    def compiled_rules(self) -> list[tuple[LineRule, re.Pattern[str]]]:
        """(rule, compiled pattern) in file order."""
        return [(rule, re.compile(rule.pattern)) for rule in self.line_rules]

    @cached_property
    def dated_link(self) -> re.Pattern[str]:
        """A linked headline's date at its end (see the lexicon)."""
        return re.compile(self.dated_link_end)

    @cached_property
    def teaser_summary(self) -> re.Pattern[str]:
        """End of a related-article teaser's summary line."""
        return re.compile(self.teaser_summary_end)

    @cached_property
    def related_link_ends(self) -> re.Pattern[str]:
        """The end of a sentence: a line ending so is body text, not a headline."""
        return re.compile(self.related_link_end)

    @cached_property
    def lead_line_starts(self) -> re.Pattern[str]:
        """How a lead's first line starts (its day)."""
        return re.compile(self.lead_line_start)

    @cached_property
    def body_line_starts(self) -> re.Pattern[str]:
        """How a line that goes on a wrapped sentence starts (in lower case)."""
        return re.compile(self.body_line_start)

    @cached_property
    def source_tag(self) -> re.Pattern[str]:
        """An outlet's source tag at the start of a line."""
        return re.compile(self.source_tag_pattern)


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
