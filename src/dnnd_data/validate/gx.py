"""Great Expectations 1.x, in memory: run expectation specs on a pandas frame.

Takes: a frame and :class:`ExpectationSpec` objects. Gives: :class:`ExpectationOutcome` rows.
GX costs ~6 s to import, so it is imported only when validating (or preloaded)."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Any

import pandas as pd

from dnnd_data.schema.tables import ExpectationSpec
from dnnd_data.validate.report import ExpectationOutcome


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
        self._runs = 0

    def run_suite(
        self, name: str, frame: pd.DataFrame, specs: Sequence[ExpectationSpec]
    ) -> list[ExpectationOutcome]:
        """Validate one DataFrame against expectation specs."""
        if not specs:
            return []
        self._runs += 1
        source = f"dnnd_{name}_{self._runs}"
        batch_definition = (
            self.context.data_sources.add_pandas(source)
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
        try:
            result = batch.validate(suite)
        finally:
            # The context would otherwise keep every part's source (and its frame).
            self.context.data_sources.delete(source)
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
