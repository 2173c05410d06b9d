"""The outcome of validation: one result per expectation, and whether the release may go out."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


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
