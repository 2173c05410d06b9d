"""Who did what at an event, as a lexicon: role cues in precedence order, the roles that
make a plain speech redundant, those only a subject has, and the words before the name
of someone replaced (``lexicons/roles.yaml``, checked by :class:`RoleLexicon`)."""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path

from pydantic import Field

from dnnd_data.lexicon import LexiconModel, alternation_not_after, load_yaml_model
from dnnd_data.regex_openings import compile_opening_first, literal_first

ROLES_YAML = Path(__file__).resolve().parent / "lexicons" / "roles.yaml"


class RoleEntry(LexiconModel):
    role: str
    cues: list[str]
    patterns: list[str] = Field(default_factory=list)
    # Words right before a cue that make it not this role's ("được trao Huân chương" is
    # the recipient's); fixed-width, lower case.
    not_after: list[str] = Field(default_factory=list)


class RoleLexicon(LexiconModel):
    roles: list[RoleEntry]
    speaking_roles: list[str]
    subject_roles: list[str] = Field(default_factory=list)
    replaced_before: str = "(?!)"
    object_before: str = "(?!)"
    addressed_before: str = "(?!)"
    praised_by_another: str = "(?!)"
    not_done: str = "(?!)"
    other_year_opening: str = "(?!)"

    @cached_property
    def other_year(self) -> re.Pattern[str]:
        """A sentence's opening on a year (its group ``year``), as written."""
        return re.compile(self.other_year_opening)

    @cached_property
    def replaced(self) -> re.Pattern[str]:
        """The words right before the name of someone another replaces (to search in the
        text before the name, up to it)."""
        return compile_opening_first(rf"(?:{self.replaced_before})$")

    @cached_property
    def object(self) -> re.Pattern[str]:
        """The preposition a name is the object of, at the end of the lower-cased text
        before the name."""
        return re.compile(self.object_before)

    @property
    def no_ones_cues(self) -> str:
        """Praise another gives someone and acts said not done, as written."""
        return f"{self.praised_by_another}|{self.not_done}"

    @cached_property
    def blanked(self) -> re.Pattern[str]:
        """Praise another gives someone and acts said not done, in lower-cased text
        (blanked before reading cues)."""
        return compile_opening_first(self.no_ones_cues)

    @cached_property
    def addressed(self) -> re.Pattern[str]:
        """A verb of saying addressing the name, at the end of the lower-cased text before
        it."""
        return compile_opening_first(self.addressed_before)

    @cached_property
    def patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """(role, cue pattern) in precedence order, to search in lower-cased text. Every
        branch opens on its letters and checks its word boundary after them
        (:func:`literal_first`), so the regex engine skips ahead to the letters instead of
        trying every branch at every position of every sentence."""
        out = []
        for r in self.roles:
            guards = [re.escape(before) for before in r.not_after]
            cues = alternation_not_after([c.lower() for c in r.cues], r"\w", *guards, end=r"(?!\w)")
            patterns = (branch for p in r.patterns for branch in literal_first(p, guards))
            out.append((r.role, re.compile("|".join([cues, *patterns]))))
        return out


@cache
def roles() -> RoleLexicon:
    """Role cues in precedence order."""
    return load_yaml_model(ROLES_YAML, RoleLexicon)
