"""Shared pieces of every lexicon: the strict base model, the YAML loader, regex helpers.

Lexicons are data files beside their loaders (``normalize/lexicons/``, ``extract/lexicons/``,
``validate/assertions.yaml``); each loader checks its file with a model from here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict

M = TypeVar("M", bound=BaseModel)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so the longest one wins)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def alternation_not_after(words: Iterable[str], *not_after: str, end: str = "") -> str:
    """:func:`alternation`, each word matched only where none of the fixed-width patterns
    ``not_after`` ends right before it: ``(?<!X)word`` written as ``word(?<!Xword)``.
    Starting with the words' letters lets the regex engine skip ahead to them instead of
    trying the lookbehind at every position; what matches is the same.

    Phrases are factored by their words ("Phó (?:Chủ tịch|Giám đốc|...)"): the engine
    tries one branch per first word, not one per phrase, at each place it could start.
    ``end`` (a check after a word, such as ``(?!\\w)``) closes every branch, so the result
    joins other branches without a group around it (see
    :func:`~dnnd_data.regex_openings.literal_first`)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        first, _, rest = word.partition(" ")
        groups.setdefault(first, []).append(rest)
    alternatives = []
    for first in sorted(groups, key=len, reverse=True):
        literal = re.escape(first)
        guards = "".join(f"(?<!{before}{literal})" for before in not_after)
        alternatives.append(f"{literal}{guards}{_rest_of_phrases(groups[first])}{end}")
    return "|".join(alternatives)


def _rest_of_phrases(rests: list[str]) -> str:
    """The words that may follow a phrase's first word, factored the same way, longest
    first; optional when the first word is a phrase of its own."""
    longer = [rest for rest in rests if rest]
    if not longer:
        return ""
    tail = f"(?: (?:{alternation_not_after(longer)}))"
    return f"{tail}?" if len(longer) < len(rests) else tail


class LexiconModel(BaseModel):
    """Base: lexicon files may not carry unknown keys (catches typos in the YAML)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def load_yaml_model(path: Path, model: type[M]) -> M:
    """Parse a YAML file and check it against ``model``."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    return model.model_validate(data)
