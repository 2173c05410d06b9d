"""The ``dnnd`` console script's entry point, apart from the commands themselves.

Every process a build spawns (batch workers, assembly, tables, site, exports) first runs
the script that started the build, without its ``__main__`` block. The script imports only
this module; the commands (Typer, Rich and the whole pipeline: about a second and 70 MiB
per process) are imported once, by :func:`main`, in the process that runs the command.
"""


def main() -> None:
    """Run the ``dnnd`` command line."""
    from dnnd_data.cli import app  # noqa: PLC0415 - see the module's docstring

    app()
