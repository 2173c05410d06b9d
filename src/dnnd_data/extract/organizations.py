"""Organization mentions through the alias lexicon (one regex pass, longest alias wins).

Takes: clean text. Gives: :class:`OrgMention` (org id, span, surface form).
"""

from __future__ import annotations

from dataclasses import dataclass

from dnnd_data.extract import lexicon


@dataclass(frozen=True)
class OrgMention:
    """An organization named in a text."""

    org_id: str
    start: int
    end: int
    surface: str


def find_organizations(text: str) -> list[OrgMention]:
    """Every organization mention, in text order."""
    lex = lexicon.organizations()
    out = []
    for match in lex.pattern.finditer(text):
        org = lex.by_spelling[match.group(0).casefold()]
        out.append(OrgMention(org.id, match.start(), match.end(), match.group(0)))
    return out
