"""YAML front matter at the top of a raw text article (``---`` lines around ``url:``,
``published_at:``, ``outlet:``, ``title:``...), the in-file form of a ``.meta.json`` sidecar.

Takes: the decoded raw text. Gives: where the front matter ends (the article text starts
after it; offsets still map into the raw file) and its metadata as a :class:`Sidecar`, or a
one-line problem (the article is kept, without the metadata).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from pydantic import ValidationError

from dnnd_data.ingest.sidecar import Sidecar
from dnnd_data.schema.base import first_problem

# Front matter must open the file and close within this many characters.
MAX_FRONT_MATTER_CHARS = 20_000
_FRONT = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|\Z)", re.S | re.M
)

_KEY_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)", re.M)


@dataclass(frozen=True)
class FrontMatter:
    """The block's end offset, and its metadata or what is wrong with it."""

    end: int
    metadata: Sidecar | str


def front_matter(text: str) -> FrontMatter | None:
    """The front matter opening ``text``, if any."""
    if not text.lstrip("\ufeff").startswith("---"):
        return None
    match = _FRONT.match(text[:MAX_FRONT_MATTER_CHARS])
    # Only a block that reads as "key: value" lines is front matter: a text may open with
    # a "---" rule of its own, and its words must not be taken away.
    if match is None or not _KEY_LINE.match(match.group("body").lstrip()):
        return None
    try:
        document = yaml.safe_load(match.group("body"))
    except yaml.YAMLError as exc:
        return FrontMatter(match.end(), f"front matter is not valid YAML: {_first_line(exc)}")
    if not isinstance(document, dict):
        return FrontMatter(match.end(), "front matter is not a mapping of keys to values")
    try:
        return FrontMatter(match.end(), Sidecar.model_validate(document))
    except ValidationError as exc:
        return FrontMatter(match.end(), f"front matter {first_problem(exc)}")


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
