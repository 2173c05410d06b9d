"""Who did what at an event, as a lexicon: role cues in precedence order, the roles that
make a plain speech redundant, those only a subject has, and the words before the name
of someone replaced (``lexicons/roles.yaml``, checked by :class:`RoleLexicon`)."""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path

from pydantic import Field

from dnnd_data.lexicon import LexiconModel, alternation_not_after, load_yaml_model

ROLES_YAML = Path(__file__).resolve().parent / "lexicons" / "roles.yaml"


class RoleEntry(LexiconModel):
    role: str
    cues: list[str]
    patterns: list[str] = Field(default_factory=list)


class RoleLexicon(LexiconModel):
    roles: list[RoleEntry]
    speaking_roles: list[str]
    subject_roles: list[str] = Field(default_factory=list)
    replaced_before: str = "(?!)"
    object_before: str = "(?!)"
    other_year_opening: str = "(?!)"

    @cached_property
    def other_year(self) -> re.Pattern[str]:
        """A sentence's opening on a year (its group ``year``), as written."""
        return re.compile(self.other_year_opening)

    @cached_property
    def replaced(self) -> re.Pattern[str]:
        """The words right before the name of someone another replaces (to search in the
        text before the name, up to it)."""
        return re.compile(rf"(?:{self.replaced_before})$")

    @cached_property
    def object(self) -> re.Pattern[str]:
        """The preposition a name is the object of, at the end of the lower-cased text
        before the name."""
        return re.compile(self.object_before)

    @cached_property
    def patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        r"""(role, cue pattern) in precedence order, to search in lower-cased text. Each
        alternative starts with its letters and checks its word boundary after them, so
        the regex engine skips ahead to the letters (a leading ``(?<!\w)`` would be tried
        at every position of every sentence)."""
        out = []
        for r in self.roles:
            cues = alternation_not_after([c.lower() for c in r.cues], r"\w")
            alternatives = [rf"(?:{cues})(?!\w)", *(_from_word_start(p) for p in r.patterns)]
            out.append((r.role, re.compile("|".join(alternatives))))
        return out


def _from_word_start(pattern: str) -> str:
    """``pattern`` matched only at a word start: its literal first words, then the check.
    A literal's last letter under a quantifier ("ab?") is left to the pattern."""
    literal = re.match(r"[^\\()\[\]{}?*+|.^$]+(?![?*+{])", pattern)
    if literal is None:
        return rf"(?<!\w)(?:{pattern})"
    words = literal.group(0)
    return rf"{re.escape(words)}(?<!\w{re.escape(words)}){pattern[len(words) :]}"


@cache
def roles() -> RoleLexicon:
    """Role cues in precedence order."""
    return load_yaml_model(ROLES_YAML, RoleLexicon)
