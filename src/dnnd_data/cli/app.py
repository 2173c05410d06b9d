"""The ``dnnd`` Typer app and what every command shares: consoles, exit codes, ``fail``,
the progress reporter.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    Progress,
    TaskID,
)

EXIT_OK, EXIT_RELEASE_STOPPED, EXIT_USAGE, EXIT_INTERNAL, EXIT_BUSY = 0, 1, 2, 3, 4


HTTP_OK = 200


def _version(value: bool) -> None:
    if value:
        from dnnd_data.settings import code_version  # noqa: PLC0415

        typer.echo(f"dnnd {code_version()}")
        raise typer.Exit(0)


app = typer.Typer(
    name="dnnd",
    help="dnnd-data: build and query the people's-diplomacy (đối ngoại nhân dân) dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """dnnd-data: build and query the people's-diplomacy (đối ngoại nhân dân) dataset."""


console = Console()


err_console = Console(stderr=True, soft_wrap=True)


class Engine(StrEnum):
    """How the build runs."""

    PREFECT = "prefect"
    LOCAL = "local"


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """Text from outside (a file name, an error) as the terminal should see it: control
    characters escaped (no escape codes reach the terminal) and rich markup escaped (a
    file named "[/]" is a name, not a tag)."""
    return escape(_CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text))


def fail(message: str, hint: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print what was wrong and what to do, then exit."""
    err_console.print(f"[bold red]error:[/] {safe(message)}")
    err_console.print(f"[dim]what to do:[/] {safe(hint)}")
    raise typer.Exit(code)


class RichReporter:
    """Progress bars, one per stage."""

    def __init__(self, bars: Progress) -> None:
        self.bars = bars
        self.tasks: dict[str, TaskID] = {}

    def start(self, stage: str, total: int) -> None:
        """Add (or reset) a stage's bar."""
        if stage in self.tasks:
            self.bars.reset(self.tasks[stage], total=total)
        else:
            self.tasks[stage] = self.bars.add_task(stage, total=total)

    def advance(self, stage: str, amount: int = 1) -> None:
        """Move a stage's bar."""
        if stage in self.tasks:
            self.bars.advance(self.tasks[stage], amount)


def main() -> None:
    """Entry point of ``python -m dnnd_data.cli`` (``dnnd`` runs the same, see
    :mod:`dnnd_data.command`)."""
    from dnnd_data.command import main as run  # noqa: PLC0415 - it imports this module

    run()


if __name__ == "__main__":
    main()
