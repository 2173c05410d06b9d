"""Human summaries of a build: the rows of the CLI's table and the Prefect artifact.

Takes: a :class:`BuildSummary`. Gives: label/value rows and a Markdown rendering.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dnnd_data.assemble.dataset import Dataset
from dnnd_data.release.publish import PublishResult
from dnnd_data.schema.articles import QuarantineRecord
from dnnd_data.validate.report import ValidationReport


@dataclass(frozen=True)
class BuildSummary:
    """What a build did."""

    dataset: Dataset
    report: ValidationReport
    published: PublishResult | None
    quarantined: list[QuarantineRecord] = field(default_factory=list)
    # Set when nothing was rebuilt: same raw files and same code as this release.
    unchanged_since: str | None = None
    # Raw files that changed while the build read them (the next build reads them again).
    changed: tuple[str, ...] = ()


def summary_rows(summary: BuildSummary) -> list[tuple[str, str]]:
    """(label, value) rows describing a build."""
    dataset, published = summary.dataset, summary.published
    if summary.unchanged_since is not None:
        return [
            ("raw files", str(len(dataset.raw_paths))),
            (
                "release",
                f"{summary.unchanged_since} (unchanged: same raw files and code; nothing rebuilt)",
            ),
            ("written to", "nothing new"),
        ]
    rows = [
        ("raw files", str(len(dataset.raw_paths))),
        ("articles", str(dataset.count("articles"))),
        (
            "reused from cache",
            f"{dataset.reused_articles} of {dataset.count('articles')} (raw bytes unchanged)",
        ),
        ("quarantined", str(dataset.count("quarantine"))),
    ]
    rows += [(f"rows: {name}", str(count)) for name, count in dataset.counts().items()]
    rows.append(
        (
            "expectations",
            f"{len(summary.report.outcomes)} run, "
            f"{len(summary.report.critical_failures)} critical failed, "
            f"{len(summary.report.warnings)} warnings",
        )
    )
    if published is None:
        rows.append(("release", "NOT published: a critical expectation failed"))
    elif published.created:
        rows.append(("release", f"{published.version} (new)"))
        rows.append(("written to", str(published.path)))
    else:
        rows.append(("release", f"{published.version} (unchanged: same content as latest)"))
        rows.append(("written to", "nothing new"))
    return rows


def quarantine_lines(summary: BuildSummary) -> list[str]:
    """One line per quarantined file: path, reason, detail."""
    return [f"{q.source_path}: {q.reason.value}: {q.detail}" for q in summary.quarantined]


def summary_markdown(summary: BuildSummary) -> str:
    """The build summary as Markdown, for the Prefect artifact."""
    lines = ["# dnnd-data build", "", "| | |", "|---|---|"]
    lines += [f"| {label} | {value} |" for label, value in summary_rows(summary)]
    if summary.quarantined:
        lines += ["", "## Quarantined", ""] + [f"- {line}" for line in quarantine_lines(summary)]
    if not summary.report.success:
        lines += ["", "## Failed expectations", "", "```", summary.report.summary(), "```"]
    return "\n".join(lines) + "\n"
