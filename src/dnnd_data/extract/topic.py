"""Whether an article is about people's diplomacy or foreign relations at all.

Takes: an article's clean text. Gives: True when it writes a word of
``lexicons/topic.yaml`` or names a foreign country or city of the reference list, found in
one Aho–Corasick pass each. An article with neither (sports, prices, a local meeting with
nothing foreign in it) is not read for facts: the dataset is about people's diplomacy, and
the "Hội nghị" or "Đại hội" of such news is no event of it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from dnnd_data.extract.phrases import PhraseMatcher
from dnnd_data.extract.places import gazetteer
from dnnd_data.lexicon import LexiconModel, load_yaml_model

TOPIC_YAML = Path(__file__).resolve().parent / "lexicons" / "topic.yaml"


class TopicLexicon(LexiconModel):
    triggers: list[str]


@cache
def _triggers() -> PhraseMatcher:
    return PhraseMatcher(load_yaml_model(TOPIC_YAML, TopicLexicon).triggers)


def about_foreign_relations(text: str) -> bool:
    """Whether the text writes a word of the topic or names a foreign place."""
    if next(_triggers().finditer(text), None) is not None:
        return True
    return gazetteer().names_a_foreign_country(text)
