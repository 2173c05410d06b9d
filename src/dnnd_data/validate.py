"""Validate every table with Great Expectations (1.x, ephemeral context, pandas frames).

Takes: the tables' rows and the list of raw files. Gives: a :class:`ValidationReport`:
one outcome per expectation, ``success`` false when a *critical* expectation failed, a
readable summary, and a JSON form saved beside the release.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd

from dnnd_data import progress
from dnnd_data.assertions import gate_specs
from dnnd_data.frames import to_arrow
from dnnd_data.models import Record
from dnnd_data.schema_export import expectation_specs
from dnnd_data.tables import TABLES, ExpectationSpec, TableSpec

RAW_FILES = "raw_files"
STAGE_VALIDATE = "validate"


@dataclass(frozen=True)
class ExpectationOutcome:
    """The result of one expectation on one table."""

    table: str
    expectation: str
    column: str | None
    severity: str
    note: str
    success: bool
    unexpected_count: int | None
    unexpected_sample: list[str]


@dataclass(frozen=True)
class ValidationReport:
    """All expectation outcomes of a build."""

    outcomes: tuple[ExpectationOutcome, ...]

    @property
    def success(self) -> bool:
        """True when no critical expectation failed (warnings do not stop a release)."""
        return not self.critical_failures

    @property
    def critical_failures(self) -> list[ExpectationOutcome]:
        """Failed critical expectations."""
        return [o for o in self.outcomes if not o.success and o.severity == "critical"]

    @property
    def warnings(self) -> list[ExpectationOutcome]:
        """Failed non-critical expectations."""
        return [o for o in self.outcomes if not o.success and o.severity != "critical"]

    def summary(self) -> str:
        """One line per failed expectation, critical first."""
        lines = []
        for o in self.critical_failures + self.warnings:
            where = f"{o.table}.{o.column}" if o.column else o.table
            sample = f" e.g. {', '.join(o.unexpected_sample[:3])}" if o.unexpected_sample else ""
            count = f" ({o.unexpected_count} rows)" if o.unexpected_count else ""
            why = f" — {o.note}" if o.note else ""
            lines.append(f"[{o.severity}] {where}: {o.expectation} failed{count}{sample}{why}")
        return "\n".join(lines) or f"all {len(self.outcomes)} expectations passed"

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form for ``validation.json``."""
        return {
            "success": self.success,
            "expectations": len(self.outcomes),
            "critical_failures": len(self.critical_failures),
            "warnings": len(self.warnings),
            "outcomes": [asdict(o) for o in self.outcomes],
        }


# Membership checks compare a column with a whole other column. Passing that column to GX
# as a value_set made validation quadratic-looking (GX copies the set into every
# expectation configuration it serializes: 40 s at 10k articles), so membership is
# computed here and GX checks the derived column is all FOUND.
FOUND = "ok"


def membership(values: pd.Series, allowed: pd.Series, missing: str) -> pd.Series:
    """FOUND where a value is null or in ``allowed``, else ``missing`` plus the value."""
    found = values.isna() | values.isin(set(allowed.dropna()))
    return pd.Series(
        [FOUND if ok else f"{missing}{value}" for ok, value in zip(found, values, strict=True)],
        index=values.index,
        dtype="object",
    )


def raw_files_frame(raw_paths: Sequence[str], frames: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per raw file: FOUND when it is in ``articles`` or ``quarantine``."""
    paths = pd.Series(list(raw_paths), dtype="object")
    accounted = pd.concat([frames["articles"]["source_path"], frames["quarantine"]["source_path"]])
    return pd.DataFrame(
        {"source_path": membership(paths, accounted, "not in articles or quarantine: ")}
    )


def raw_file_specs() -> list[ExpectationSpec]:
    """Every raw file must be in ``articles`` or in ``quarantine``."""
    return [_all_found("source_path", "nothing lost: every raw file is an article or quarantined")]


def foreign_key_specs(spec: TableSpec, frames: dict[str, pd.DataFrame]) -> list[ExpectationSpec]:
    """Every non-null foreign key value must exist in the referenced table (adds a derived
    column per key to the table's frame)."""
    out = []
    frame = frames[spec.name]
    for column, other, other_column in spec.foreign_keys:
        derived = f"{column} in {other}.{other_column}"
        frame[derived] = membership(
            frame[column], frames[other][other_column], f"no {other} row with {other_column}="
        )
        out.append(_all_found(derived, f"foreign key {spec.name}.{column}"))
    return out


def _all_found(column: str, note: str) -> ExpectationSpec:
    return ExpectationSpec(
        "expect_column_values_to_be_in_set",
        {"column": column, "value_set": [FOUND]},
        note=note,
    )


def validate_dataset(
    tables: Mapping[str, Sequence[Record]], raw_paths: Sequence[str]
) -> ValidationReport:
    """Run every table's expectation suite; also check that no raw file was lost."""
    suites = {spec.name: expectation_specs(spec) for spec in TABLES}
    for table, specs in gate_specs(tables).items():
        suites[table] = suites.get(table, []) + specs
    needed = checked_columns(suites)
    frames = {
        spec.name: _frame(spec, tables.get(spec.name, []), needed[spec.name]) for spec in TABLES
    }
    frames[RAW_FILES] = raw_files_frame(raw_paths, frames)
    suites[RAW_FILES] = raw_file_specs()
    for spec in TABLES:
        suites[spec.name] = suites[spec.name] + foreign_key_specs(spec, frames)
    outcomes: list[ExpectationOutcome] = []
    progress.start(STAGE_VALIDATE, len(suites))
    gx = _GreatExpectations()
    for name, specs in suites.items():
        outcomes += gx.run_suite(name, frames[name], specs)
        progress.advance(STAGE_VALIDATE)
    return ValidationReport(tuple(outcomes))


def checked_columns(suites: Mapping[str, Sequence[ExpectationSpec]]) -> dict[str, set[str]]:
    """Per table, the columns some check reads: the expectations' columns, both ends of
    every foreign key, the primary key, and ``source_path`` for the lost-file check. Only
    these go to GX (the articles' text and offset maps are most of a build's memory)."""
    needed = {spec.name: {*spec.primary_key} for spec in TABLES}
    for table, specs in suites.items():
        for expectation in specs:
            kwargs = expectation.kwargs
            named = [kwargs.get(k) for k in ("column", "column_A", "column_B")]
            needed.setdefault(table, set()).update(
                [c for c in named if c], *[kwargs.get("column_list", [])]
            )
    for spec in TABLES:
        for column, other, other_column in spec.foreign_keys:
            needed[spec.name].add(column)
            needed[other].add(other_column)
    for table in ("articles", "quarantine"):
        needed[table].add("source_path")
    return needed


def _frame(spec: TableSpec, rows: Sequence[Record], columns: set[str]) -> pd.DataFrame:
    table = to_arrow(spec, rows)
    frame: pd.DataFrame = table.select([c for c in table.column_names if c in columns]).to_pandas()
    return frame


def preload_great_expectations() -> None:
    """Import GX now (3–6 s), e.g. while something else waits, so validation need not."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations  # noqa: PLC0415
    import great_expectations.expectations  # noqa: F401, PLC0415


class _GreatExpectations:
    """A quiet, in-memory GX context (no temporary docs site, no progress bars)."""

    def __init__(self) -> None:
        # GX costs ~6 s to import: only when validating (or preloaded).
        preload_great_expectations()
        import great_expectations as gx  # noqa: PLC0415
        import great_expectations.expectations as gxe  # noqa: PLC0415
        from great_expectations.data_context.types.base import (  # noqa: PLC0415
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )

        for name in list(logging.root.manager.loggerDict):
            if name.startswith("great_expectations"):
                logging.getLogger(name).setLevel(logging.ERROR)
        config = DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
        )
        self.gx, self.expectations = gx, gxe
        self.context = gx.get_context(mode="ephemeral", project_config=config)

    def run_suite(
        self, name: str, frame: pd.DataFrame, specs: Sequence[ExpectationSpec]
    ) -> list[ExpectationOutcome]:
        """Validate one DataFrame against expectation specs."""
        batch_definition = (
            self.context.data_sources.add_pandas(f"dnnd_{name}")
            .add_dataframe_asset(name)
            .add_batch_definition_whole_dataframe("all_rows")
        )
        suite = self.gx.ExpectationSuite(name=name)
        for spec in specs:
            expectation_class = getattr(self.expectations, _class_name(spec.type))
            meta = {"note": spec.note} if spec.note else None
            suite.add_expectation(
                expectation_class(**spec.kwargs, severity=spec.severity, meta=meta)
            )
        batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
        result = batch.validate(suite)
        return [_outcome(name, r) for r in result.results]


def _class_name(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


def _outcome(table: str, result: Any) -> ExpectationOutcome:
    config = result.expectation_config
    details = result.result or {}
    sample = [str(v) for v in (details.get("partial_unexpected_list") or [])[:5]]
    return ExpectationOutcome(
        table=table,
        expectation=config.type,
        column=config.kwargs.get("column"),
        severity=str(getattr(config.severity, "value", config.severity) or "critical"),
        note=str((config.meta or {}).get("note", "")),
        success=bool(result.success),
        unexpected_count=details.get("unexpected_count"),
        unexpected_sample=sample,
    )
