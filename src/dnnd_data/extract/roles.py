"""Roles of people at the event an article reports.

Takes: an article's person mentions, sentences and event draft. Gives:
:class:`RoleClaim` objects (person, role, position as stated in this article, evidence).
A plain ``speech`` is dropped for a person who already has a speaking role.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dnnd_data import lexicon
from dnnd_data.extract.people import PersonMention
from dnnd_data.extract.text import Sentences


@dataclass(frozen=True)
class RoleClaim:
    """One person's role at the article's event."""

    name: str
    role: str
    positions: tuple[str, ...]
    gender: str | None
    start: int
    end: int
    evidence: str


def role_of(sentence: str) -> str | None:
    """The highest-precedence role cued in a sentence."""
    for role, pattern in lexicon.roles().patterns:
        if pattern.search(sentence):
            return role
    return None


def claim_roles(mentions: Sequence[PersonMention], sentences: Sentences) -> list[RoleClaim]:
    """One claim per (person, role), first evidence kept; positions merged per person."""
    positions: dict[str, list[str]] = {}
    genders: dict[str, str | None] = {}
    for mention in mentions:
        merged = positions.setdefault(mention.name, [])
        merged += [p for p in mention.positions if p not in merged]
        genders[mention.name] = genders.get(mention.name) or mention.gender
    claims: dict[tuple[str, str], RoleClaim] = {}
    for mention in mentions:
        evidence = sentences.evidence(mention.start, mention.end)
        role = role_of(evidence)
        if role is None or (mention.name, role) in claims:
            continue
        claims[(mention.name, role)] = RoleClaim(
            mention.name,
            role,
            tuple(positions[mention.name]),
            genders[mention.name],
            mention.start,
            mention.end,
            evidence,
        )
    speaking = set(lexicon.roles().speaking_roles)
    spoke = {name for (name, role) in claims if role in speaking}
    return [c for (name, role), c in claims.items() if not (role == "speech" and name in spoke)]
