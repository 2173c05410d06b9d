"""Lexicon loading: YAML data files under ``lexicons/``, each checked by a model.

Takes: the files in :data:`dnnd_data.settings.LEXICON_DIR`. Gives: typed, cached lexicon
objects (compiled patterns included). One module per family: :mod:`.text` (normalize,
boilerplate), :mod:`.entities` (organizations, events, documents), :mod:`.people`
(people, positions, roles, awards); the public names are re-exported here.
"""

from dnnd_data.lexicon.base import (
    NOT_LOCAL_BRANCH,
    LexiconModel,
    alternation,
    load_yaml_model,
)
from dnnd_data.lexicon.entities import (
    DocumentEntry,
    DocumentLexicon,
    EventKindEntry,
    EventLexicon,
    OrganizationEntry,
    OrganizationLexicon,
    documents,
    events,
    organizations,
)
from dnnd_data.lexicon.people import (
    AwardLexicon,
    FixedPosition,
    Honorific,
    PeopleLexicon,
    PositionLexicon,
    RoleEntry,
    RoleLexicon,
    awards,
    people,
    positions,
    roles,
)
from dnnd_data.lexicon.text import (
    BoilerplateLexicon,
    CharacterLexicon,
    CharReplacement,
    LineRule,
    Outlet,
    OutletLexicon,
    TypoFix,
    TypoLexicon,
    boilerplate,
    characters,
    outlets,
    typos,
)

__all__ = [
    "NOT_LOCAL_BRANCH",
    "AwardLexicon",
    "BoilerplateLexicon",
    "CharReplacement",
    "CharacterLexicon",
    "DocumentEntry",
    "DocumentLexicon",
    "EventKindEntry",
    "EventLexicon",
    "FixedPosition",
    "Honorific",
    "LexiconModel",
    "LineRule",
    "OrganizationEntry",
    "OrganizationLexicon",
    "Outlet",
    "OutletLexicon",
    "PeopleLexicon",
    "PositionLexicon",
    "RoleEntry",
    "RoleLexicon",
    "TypoFix",
    "TypoLexicon",
    "alternation",
    "awards",
    "boilerplate",
    "characters",
    "documents",
    "events",
    "load_yaml_model",
    "organizations",
    "outlets",
    "people",
    "positions",
    "roles",
    "typos",
]
