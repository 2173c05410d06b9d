"""The base of every table row and the helper that gives each column its bilingual description."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationError

ARTICLE_ID_PATTERN = r"^a_[0-9a-f]{16}$"


SHA256_PATTERN = r"^[0-9a-f]{64}$"


def col(en: str, vi: str, **kwargs: Any) -> Any:
    """A field with a description in English and in Vietnamese."""
    extra: dict[str, JsonValue] = {"description_vi": vi}
    return Field(description=en, json_schema_extra=extra, **kwargs)


class Record(BaseModel):
    """Base of every table row: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def first_problem(exc: ValidationError) -> str:
    """A model's first validation error as one line: "field.path: message"."""
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error["loc"])
    return f"{where}: {error['msg']}"
