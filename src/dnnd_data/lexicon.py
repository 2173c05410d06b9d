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


class LexiconModel(BaseModel):
    """Base: lexicon files may not carry unknown keys (catches typos in the YAML)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def load_yaml_model(path: Path, model: type[M]) -> M:
    """Parse a YAML file and check it against ``model``."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    return model.model_validate(data)
