"""`dnnd query`: read-only SQL over a release, confined to its tables."""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from dnnd_data.cli.app import app, console, fail, safe
from dnnd_data.schema.tables import TABLES


class Format(StrEnum):
    """How query results are printed."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help='SQL to run, e.g. "select count(*) from articles".')],
    *,
    out: Annotated[Path, typer.Option(help="Output folder holding latest/.")] = Path("output"),
    release: Annotated[
        str, typer.Option(help="A version under OUT/releases, or a release folder (downloaded).")
    ] = "latest",
    output_format: Annotated[
        Format | None,
        typer.Option(
            "--format", help="table (a terminal's default), csv (otherwise), json, jsonl, markdown."
        ),
    ] = None,
    output: Annotated[Path | None, typer.Option(help="Write the result to this file.")] = None,
    max_rows: Annotated[int, typer.Option(help="Rows a table shows at most.")] = 50,
) -> None:
    """Run read-only SQL against a release (DuckDB); the latest by default."""
    import duckdb  # noqa: PLC0415

    if not sql.strip():
        fail("the query is empty", 'pass SQL, e.g. dnnd query "select count(*) from articles"')
    database = database_of(out, release)
    chosen = output_format or (
        Format.TABLE if output is None and console.is_terminal else Format.CSV
    )
    try:
        con = duckdb.connect(str(database), read_only=True, config=CONFINED_QUERY_CONFIG)
    except duckdb.Error as exc:
        fail(
            f"cannot open {database}: {one_line(exc)}",
            "check the file is a complete release (rebuild if not)",
        )
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        limit = max_rows + 1 if chosen is Format.TABLE else None
        rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
    except duckdb.Error as exc:
        fail(
            f"query failed: {one_line(exc)}",
            "fix the SQL; queries read the release's tables only (no files, no extensions); "
            "tables: " + ", ".join(spec.name for spec in TABLES),
        )
    finally:
        con.close()
    if chosen is Format.TABLE and output is None:
        _print_rows(columns, rows, max_rows)
        return
    text = render(chosen, columns, rows)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}", "pass a writable --output path")


def database_of(out: Path, release: str) -> Path:
    """The DuckDB file of a release: ``latest``, a version under ``out/releases``, or a
    folder holding one (a downloaded release)."""
    candidates = [Path(release) / "dnnd.duckdb"] if "/" in release or Path(release).is_dir() else []
    folder = "latest" if release == "latest" else f"releases/{release}"
    candidates.append(out / folder / "dnnd.duckdb")
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        fail(
            f"no release found for {release!r} (looked in {', '.join(str(c) for c in candidates)})",
            "build one with `make run`, pass --out DIR, or --release VERSION|FOLDER",
        )
    return found


def render(chosen: Format, columns: list[str], rows: list[tuple[object, ...]]) -> str:
    """Rows as CSV, JSON, JSON Lines, Markdown or a plain table."""
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    if chosen is Format.JSON:
        return json.dumps(records, ensure_ascii=False, default=str, indent=2) + "\n"
    if chosen is Format.JSONL:
        return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)
    if chosen is Format.MARKDOWN:
        lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += [
            "| " + " | ".join(_cell(v).replace("|", "\\|") for v in row) + " |" for row in rows
        ]
        return "\n".join(lines) + "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_cell(v, null="") for v in row] for row in rows])
    return buffer.getvalue()


def _cell(value: object, null: str = "NULL") -> str:
    return null if value is None else str(value)


# `dnnd query` reads the release and nothing else: no file readers or writers (COPY, EXPORT,
# read_csv, glob, ATTACH), no extension installs or loads, and the settings cannot be
# changed back from inside a query.
CONFINED_QUERY_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


def one_line(exc: BaseException) -> str:
    """The first line of an error message (DuckDB adds context lines and carets)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _print_rows(columns: list[str], rows: list[tuple[object, ...]], max_rows: int) -> None:
    table = Table(*columns)
    for row in rows[:max_rows]:
        table.add_row(*(safe(_cell(v)) for v in row))
    console.print(table)
    if len(rows) > max_rows:
        console.print(f"[dim](more than {max_rows} rows; showing {max_rows})[/]")
