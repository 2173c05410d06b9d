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


def alternation_not_after(words: Iterable[str], *not_after: str) -> str:
    """:func:`alternation`, each word matched only where none of the fixed-width patterns
    ``not_after`` ends right before it: ``(?<!X)word`` written as ``word(?<!Xword)``.
    Starting with the words' letters lets the regex engine skip ahead to them instead of
    trying the lookbehind at every position; what matches is the same."""
    alternatives = []
    for word in sorted(words, key=len, reverse=True):
        literal = re.escape(word)
        guards = "".join(f"(?<!{before}{literal})" for before in not_after)
        alternatives.append(f"{literal}{guards}")
    return "|".join(alternatives)


class LexiconModel(BaseModel):
    """Base: lexicon files may not carry unknown keys (catches typos in the YAML)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def load_yaml_model(path: Path, model: type[M]) -> M:
    """Parse a YAML file and check it against ``model``."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    return model.model_validate(data)
