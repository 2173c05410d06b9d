"""The release gate: minimum row counts, absolute and relative, as critical expectations.

Takes: row counts and ``assertions.yaml`` beside this module. Gives: expectation specs (row-count
minimums with a note saying why) that :mod:`dnnd_data.validate` runs with the rest.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from pydantic import Field

from dnnd_data.lexicon import LexiconModel, load_yaml_model
from dnnd_data.schema.tables import ExpectationSpec


class Ratio(LexiconModel):
    table: str
    per: str
    at_least: float = Field(gt=0)
    max_required: int | None = Field(default=None, ge=1)
    # Taken only from this many counted on: a ratio of one or two says nothing.
    from_basis: int = Field(default=1, ge=1)
    why: str


class Assertions(LexiconModel):
    min_rows: dict[str, int]
    ratios: list[Ratio]
    review_article_pattern: str


@cache
def assertions() -> Assertions:
    """The release gate's configuration."""
    return load_yaml_model(Path(__file__).resolve().parent / "assertions.yaml", Assertions)


def gate_specs(counts: Mapping[str, int]) -> dict[str, list[ExpectationSpec]]:
    """Row-count minimums per table, each with the reason in its note. ``counts``: rows
    per table, and ``review_articles``, the articles matching ``review_article_pattern``
    (the counts a ratio can be taken 'per')."""
    config = assertions()
    out: dict[str, list[ExpectationSpec]] = {}
    for table, minimum in config.min_rows.items():
        note = f"{table} must have at least {minimum} row(s)"
        out.setdefault(table, []).append(_min_rows(minimum, note))
    for ratio in config.ratios:
        basis = counts.get(ratio.per, 0)
        if basis < ratio.from_basis:
            continue
        minimum = math.ceil(ratio.at_least * basis)
        if ratio.max_required is not None:
            minimum = min(minimum, ratio.max_required)
        note = f"{ratio.why}: expected at least {minimum} ({ratio.at_least} × {basis} {ratio.per})"
        out.setdefault(ratio.table, []).append(_min_rows(minimum, note))
    return out


def _min_rows(minimum: int, note: str) -> ExpectationSpec:
    return ExpectationSpec(
        "expect_table_row_count_to_be_between", {"min_value": minimum}, note=note
    )
