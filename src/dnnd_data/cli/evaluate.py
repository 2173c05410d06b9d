"""`dnnd eval`: build a labelled corpus and score the release against its labels."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

from dnnd_data.cli.app import app, console, fail
from dnnd_data.evaluate.corpus import score_release
from dnnd_data.evaluate.report import CorpusReport
from dnnd_data.pipeline.build import build
from dnnd_data.settings import Settings


@app.command(name="eval")
def evaluate(
    corpus: Annotated[
        Path, typer.Option(help="Labelled corpus: raw/ articles and labels.json.")
    ] = Path("../shared/corpus/dev"),
    release: Annotated[
        Path | None, typer.Option(help="Score this release folder instead of building one.")
    ] = None,
    misses: Annotated[bool, typer.Option(help="List every miss (file, expected, got).")] = True,
    quality_file: Annotated[
        Path | None, typer.Option(help="Also write the figures as Markdown (the card's quality).")
    ] = None,
) -> None:
    """Precision, recall and F1 per field of a build of CORPUS/raw against CORPUS/labels.json."""
    labels = corpus / "labels.json"
    if not labels.is_file() or not (corpus / "raw").is_dir():
        fail(f"no labelled corpus at '{corpus}'", "pass --corpus DIR holding raw/ and labels.json")
    if release is None:
        with tempfile.TemporaryDirectory(prefix="dnnd-eval-") as work:
            settings = Settings.from_env()
            summary = build((corpus / "raw").resolve(), Path(work) / "out", settings)
            if summary.published is None:
                fail("the corpus build published nothing", summary.report.summary())
            report = score_release(summary.published.path, labels)
    else:
        report = score_release(release, labels)
    console.print(report.table(), highlight=False)
    if quality_file is not None:
        quality_file.write_text(quality_markdown(report, corpus), encoding="utf-8")
    if misses and report.misses:
        console.print("\nmisses:", highlight=False)
        console.print(report.misses_text(), highlight=False, soft_wrap=True)


def quality_markdown(report: CorpusReport, corpus: Path) -> str:
    """The card's quality section: what was measured on what, and the figures."""
    articles = len(list((corpus / "raw").glob("*.txt")))
    return (
        f"Extraction measured against {articles} hand-labelled real news excerpts (the dev "
        "corpus; `make eval`). Person and position: F1 over names and positions. Role: of "
        "the labelled people given a role, those whose role is in the label's group (chair, "
        "directing, other speakers, attendees). The event "
        "fields: accuracy over the articles whose label states them (recall), and precision "
        "over the values given. Precision counts as wrong every value the labels do not "
        "list: people named in articles that report no event (kept in `person_mentions` "
        "by design: the labels list an event's people only), an event's place or attendance "
        "that another article reporting the same event stated (events merge across "
        "articles), and citations the labels left out.\n\n" + report.markdown() + "\n"
    )
