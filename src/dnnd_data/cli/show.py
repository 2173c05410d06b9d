"""`dnnd show event|person|org ID`: a record with, for each fact, the article (title, URL,
date, outlet) and the sentence it came from."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

from dnnd_data.cli.app import app, console, fail, safe
from dnnd_data.cli.query import CONFINED_QUERY_CONFIG, database_of, one_line
from dnnd_data.release.show import CITATION_COLUMNS, Kind, NotFound, RecordView, Section, show


@app.command(name="show")
def show_command(
    kind: Annotated[Kind, typer.Argument(help="event, person or org.")],
    wanted: Annotated[
        str, typer.Argument(metavar="ID", help="The record's id, or a name that matches one.")
    ],
    *,
    out: Annotated[Path, typer.Option(help="Output folder holding latest/.")] = Path("output"),
    release: Annotated[
        str, typer.Option(help="A version under OUT/releases, or a release folder (downloaded).")
    ] = "latest",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Show a record and the source sentence of each of its facts."""
    import duckdb  # noqa: PLC0415

    database = database_of(out, release)
    try:
        con = duckdb.connect(str(database), read_only=True, config=CONFINED_QUERY_CONFIG)
    except duckdb.Error as exc:
        fail(f"cannot open {database}: {one_line(exc)}", "check the release is complete")
    try:
        view = show(con, kind, wanted)
    except NotFound as missing:
        listed = "; ".join(f"{i} ({n})" for i, n in missing.candidates[:10])
        more = " …" if len(missing.candidates) > 10 else ""
        fail(
            f"no single {kind.value} matches {wanted!r}"
            + (f"; candidates: {listed}{more}" if listed else ""),
            f'pass an id, e.g. from `dnnd query "select * from {_table(kind)}"`',
        )
    finally:
        con.close()
    if as_json:
        sys.stdout.write(json.dumps(asdict(view), ensure_ascii=False, default=str, indent=2) + "\n")
        return
    _print(view)


def _table(kind: Kind) -> str:
    return {Kind.EVENT: "events", Kind.PERSON: "people", Kind.ORG: "organizations"}[kind]


def _print(view: RecordView) -> None:
    console.print(f"[bold]{view.kind.value} {safe(view.record_id)}[/]")
    for name, value in view.fields.items():
        if value is not None and value != []:
            console.print(f"  {name}: {safe(_text(value))}")
    for section in view.sections:
        _print_section(section)


def _print_section(section: Section) -> None:
    console.print(f"\n[bold]{safe(section.title)}[/] ({len(section.rows)})")
    for row in section.rows:
        # A true flag is shown by its name ("is_organizer"), a false one not at all.
        facts = [
            (k if v else "") if isinstance(v, bool) else _text(v)
            for k, v in row.items()
            if k not in CITATION_COLUMNS and k != "evidence" and v is not None
        ]
        facts = [f for f in facts if f]
        cited = _citation(row) if "source_path" in row else None
        if facts:
            console.print(f"  • {safe(' — '.join(facts))}")
            if cited:
                console.print(f"    [dim]{safe(cited)}[/]")
        elif cited:
            console.print(f"  • {safe(cited)}")
        if row.get("evidence"):
            console.print(f"    “{safe(' '.join(str(row['evidence']).split()))}”")


def _citation(row: dict[str, Any]) -> str:
    """Title, outlet, date and where to read it (the URL, else the raw file)."""
    parts = [row.get("title") or "(untitled)", row.get("outlet_name"), row.get("published_on")]
    where = row.get("url") or f"raw/{row['source_path']}"
    return ", ".join(_text(p) for p in parts if p) + f" — {where}"


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
