"""`dnnd show`: a record with each fact's article (title, URL or raw file, date) and source
sentence; a name finds its record; a name that is not unique lists the candidates."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dnnd_data.cli.app import app
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.schema.facts import Event, Participation, Person

runner = CliRunner()


def _out(summary: BuildSummary) -> Path:
    assert summary.published is not None
    return summary.published.path.parent.parent


def _show(summary: BuildSummary, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["show", *args, "--out", str(_out(summary))])
    return result.exit_code, result.output


def test_an_event_with_its_sources_and_people(seed_build: BuildSummary) -> None:
    event = next(e for e in seed_build.dataset.rows("events", Event) if e.n_sources)
    code, text = _show(seed_build, "event", event.event_id, "--json")
    assert code == 0, text
    view = json.loads(text)
    assert view["fields"]["name"] == event.name
    sections = {s["title"]: s["rows"] for s in view["sections"]}
    assert sections["reported by"]
    for row in sections["reported by"] + sections["people"]:
        assert row["evidence"] and row["source_path"]
    people = {p.person_id: p.full_name for p in seed_build.dataset.rows("people", Person)}
    expected = {
        people[x.person_id]
        for x in seed_build.dataset.rows("participations", Participation)
        if x.event_id == event.event_id
    }
    assert {row["full_name"] for row in sections["people"]} == expected


def test_a_person_found_by_name_without_accents(seed_build: BuildSummary) -> None:
    code, text = _show(seed_build, "person", "truong thi mai")
    assert code == 0, text
    assert "Trương Thị Mai" in text
    assert "positions over time" in text and "named in" in text
    assert "“" in text  # the source sentence is quoted


def test_an_organization_and_the_events_it_organized(seed_build: BuildSummary) -> None:
    code, text = _show(seed_build, "org", "ban-doi-ngoai-trung-uong", "--json")
    assert code == 0, text
    sections = {s["title"]: s["rows"] for s in json.loads(text)["sections"]}
    organized = {
        e.event_id
        for e in seed_build.dataset.rows("events", Event)
        if e.organizer_org_id == "ban-doi-ngoai-trung-uong"
    }
    assert organized and {r["event_id"] for r in sections["organized"]} == organized
    assert any(r["is_organizer"] for r in sections["named in"])


def test_an_ambiguous_or_unknown_name_is_one_error(seed_build: BuildSummary) -> None:
    code, text = _show(seed_build, "org", "ban")
    assert code == 2
    assert "candidates:" in text and "ban-bi-thu" in text
    assert "Traceback" not in text
    code, text = _show(seed_build, "event", "e_000000000000")
    assert code == 2 and "no single event" in text
    code, text = _show(seed_build, "thing", "x")
    assert code == 2
