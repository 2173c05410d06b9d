"""Build extracted records through their models; bad values go to quarantine, not up.

Takes: a model, candidate field values and the article they came from. Gives: the record
(with any optional field that failed validation dropped and quarantined with its reason)
or None when a required field failed (the whole record is quarantined).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import ValidationError

from dnnd_data.schema.articles import QuarantineReason, QuarantineRecord, Stage
from dnnd_data.schema.base import Record

R = TypeVar("R", bound=Record)


def _optional(model: type[Record], field: str) -> bool:
    info = model.model_fields.get(field)
    if info is None:
        return False
    args = typing.get_args(info.annotation)
    is_union = typing.get_origin(info.annotation) in (typing.Union, types.UnionType)
    return is_union and type(None) in args


class RecordSink:
    """Makes records and collects quarantine rows for the values that failed."""

    def __init__(self, source_paths: Mapping[str, str]) -> None:
        self.source_paths = source_paths
        self.quarantine: list[QuarantineRecord] = []

    def make(self, model: type[R], data: Mapping[str, Any], article_id: str, what: str) -> R | None:
        """Validate ``data`` as ``model``; drop failing optional fields, else the record."""
        values = dict(data)
        while True:
            try:
                return model.model_validate(values)
            except ValidationError as exc:
                errors = exc.errors()
            fields = {str(e["loc"][0]) for e in errors if e["loc"]}
            droppable = {f for f in fields if _optional(model, f) and values.get(f) is not None}
            whole = fields != droppable or not fields
            for error in errors:
                field = str(error["loc"][0]) if error["loc"] else "?"
                value = values.get(field)
                outcome = "record dropped" if whole else "value dropped"
                self._reject(article_id, f"{what}.{field}={value!r}: {error['msg']} ({outcome})")
            if whole:
                return None
            values.update(dict.fromkeys(droppable))

    def _reject(self, article_id: str, detail: str) -> None:
        self.quarantine.append(
            QuarantineRecord(
                source_path=self.source_paths.get(article_id, article_id),
                reason=QuarantineReason.INVALID_RECORD,
                detail=detail,
                stage=Stage.EXTRACT,
                raw_sha256=None,
                raw_bytes=None,
            )
        )
