"""`dnnd query`: read-only SQL over a release, confined to its tables."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from dnnd_data.cli.app import app, console, fail
from dnnd_data.schema.tables import TABLES


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help='SQL to run, e.g. "select count(*) from articles".')],
    out: Annotated[Path, typer.Option(help="Output folder holding latest/.")] = Path("output"),
    max_rows: Annotated[int, typer.Option(help="Print at most this many rows.")] = 50,
) -> None:
    """Run read-only SQL against the latest release (DuckDB)."""
    import duckdb  # noqa: PLC0415

    if not sql.strip():
        fail("the query is empty", 'pass SQL, e.g. dnnd query "select count(*) from articles"')
    database = out / "latest" / "dnnd.duckdb"
    if not database.is_file():
        fail(
            f"no release found at '{out / 'latest'}'",
            "build one first with `make run` (or `dnnd build --out DIR`), or pass --out DIR",
        )
    try:
        con = duckdb.connect(str(database), read_only=True, config=CONFINED_QUERY_CONFIG)
    except duckdb.Error as exc:
        fail(
            f"cannot open {database}: {_one_line(exc)}",
            "check the file is a complete release (rebuild if not)",
        )
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchmany(max_rows + 1)
    except duckdb.Error as exc:
        fail(
            f"query failed: {_one_line(exc)}",
            "fix the SQL; queries read the release's tables only (no files, no extensions); "
            "tables: " + ", ".join(spec.name for spec in TABLES),
        )
    finally:
        con.close()
    _print_rows(columns, rows, max_rows)


# `dnnd query` reads the release and nothing else: no file readers or writers (COPY, EXPORT,
# read_csv, glob, ATTACH), no extension installs or loads, and the settings cannot be
# changed back from inside a query.
CONFINED_QUERY_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


def _one_line(exc: BaseException) -> str:
    """The first line of an error message (DuckDB adds context lines and carets)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _print_rows(columns: list[str], rows: list[tuple[object, ...]], max_rows: int) -> None:
    table = Table(*columns)
    for row in rows[:max_rows]:
        table.add_row(*("NULL" if v is None else str(v) for v in row))
    console.print(table)
    if len(rows) > max_rows:
        console.print(f"[dim](more than {max_rows} rows; showing {max_rows})[/]")
