"""The dictionary says everything: closed vocabularies, references as table.column, bounds,
conventions, and in a release an example per column; the card names the years covered and
the gaps, and draws them on a true time axis; CSV exports carry lists as JSON arrays."""

from __future__ import annotations

import csv
import gzip
import io
import json

from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.publish.card import covered_years
from dnnd_data.schema.dictionary import data_dictionary, data_dictionary_markdown
from dnnd_data.schema.facts import EventKind
from dnnd_data.schema.tables import TABLES


def _columns() -> dict[tuple[str, str], dict[str, object]]:
    return {(t["table"], c["name"]): c for t in data_dictionary() for c in t["columns"]}


def test_closed_vocabularies_are_listed() -> None:
    columns = _columns()
    assert columns[("events", "kind")]["allowed_values"] == [k.value for k in EventKind]
    assert "duplicate" in columns[("quarantine", "reason")]["allowed_values"]  # type: ignore[operator]
    assert columns[("articles", "source_format")]["allowed_values"] == ["text", "html"]
    assert columns[("articles", "metadata_source")]["allowed_values"] == [
        "sidecar",
        "page",
        "sidecar+page",
    ]


def test_every_foreign_key_reads_as_table_column() -> None:
    columns = _columns()
    for spec in TABLES:
        for column, table, other in spec.foreign_keys:
            assert columns[(spec.name, column)]["references"] == f"{table}.{other}"
    assert columns[("participations", "person_id")]["references"] == "people.person_id"


def test_conventions_state_spans_and_dates() -> None:
    text = data_dictionary_markdown()
    assert "0-based, end-exclusive character offsets" in text
    assert "held_on_inferred" in text


def test_a_release_dictionary_has_an_example_per_filled_column(seed_build: BuildSummary) -> None:
    assert seed_build.published is not None
    folder = seed_build.published.path
    tables = json.loads((folder / "data_dictionary.json").read_text("utf-8"))
    events = next(t for t in tables if t["table"] == "events")
    examples = {c["name"]: c.get("example") for c in events["columns"]}
    assert examples["event_id"] and examples["event_id"].startswith("e_")
    assert examples["kind"] in {k.value for k in EventKind}
    assert "e.g." in (folder / "data_dictionary.md").read_text("utf-8")


def test_csv_exports_write_lists_as_json(seed_build: BuildSummary) -> None:
    assert seed_build.published is not None
    path = seed_build.published.path / "csv" / "organizations.csv.gz"
    rows = list(csv.DictReader(io.StringIO(gzip.decompress(path.read_bytes()).decode("utf-8"))))
    assert rows
    for row in rows:
        assert isinstance(json.loads(row["aliases"]), list)


def test_covered_years_name_the_gaps() -> None:
    assert covered_years([2019, 2020, 2022, None, 2025]) == (
        "2019–2025: 4 of 7 years (missing 2021, 2023, 2024)"
    )
    assert covered_years([2020]) == "2020–2020: 1 of 1 years"
    assert covered_years([]) == "none yet"


def test_the_chart_keeps_a_slot_for_a_missing_year(seed_build: BuildSummary) -> None:
    from dnnd_data.publish.card import chart_svg  # noqa: PLC0415
    from dnnd_data.schema.facts import Event  # noqa: PLC0415

    reviews = [
        e for e in seed_build.dataset.rows("events", Event) if e.kind.value == "annual_review"
    ]
    years = sorted(e.review_year for e in reviews if e.review_year)
    assert len(years) >= 2
    svg = chart_svg(reviews, {})
    gaps = [y for y in range(years[0], years[-1] + 1) if y not in years]
    assert svg.count("no report") == len(gaps)
    for year in range(years[0], years[-1] + 1):
        assert f">{year}</text>" in svg
