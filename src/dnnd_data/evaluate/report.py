"""Counts per field of an evaluation, the misses behind them, and their renderings (a plain
table for the terminal, Markdown for the dataset card)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Count:
    """Counts of one field: true positives among predictions and among labels."""

    predicted: int = 0
    predicted_right: int = 0
    expected: int = 0
    expected_found: int = 0

    @property
    def precision(self) -> float:
        """Right predictions / predictions (1 when nothing was predicted)."""
        return self.predicted_right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Labels found / labels (1 when nothing was labelled)."""
        return self.expected_found / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class CorpusReport:
    """Scores per field and the misses behind them."""

    counts: dict[str, Count] = field(default_factory=dict)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)

    def count(self, name: str) -> Count:
        """The counts of a field (created empty)."""
        return self.counts.setdefault(name, Count())

    def miss(self, file: str, what: str, expected: object, got: object) -> None:
        """Remember a miss or a wrong value."""
        self.misses.append((file, what, str(expected), str(got)))

    def table(self) -> str:
        """A plain-text table of the figures."""
        head = f"{'field':<14}{'precision':>16}{'recall':>16}{'F1':>7}"
        lines = [head]
        for name, c in self.counts.items():
            p = f"{c.predicted_right}/{c.predicted} {c.precision:.2f}"
            r = f"{c.expected_found}/{c.expected} {c.recall:.2f}"
            lines.append(f"{name:<14}{p:>16}{r:>16}{c.f1:>7.2f}")
        return "\n".join(lines)

    def misses_text(self) -> str:
        """One line per miss."""
        return "\n".join(f"{f} {what}: expected {e!r}, got {g!r}" for f, what, e, g in self.misses)

    def markdown(self) -> str:
        """The figures as a Markdown table (for the dataset card)."""
        lines = ["| field | precision | recall | F1 |", "|---|---:|---:|---:|"]
        for name, c in self.counts.items():
            lines.append(
                f"| {name} | {c.precision:.2f} ({c.predicted_right}/{c.predicted}) "
                f"| {c.recall:.2f} ({c.expected_found}/{c.expected}) | {c.f1:.2f} |"
            )
        return "\n".join(lines)
