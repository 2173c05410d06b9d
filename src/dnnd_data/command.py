"""The ``dnnd`` console script's entry point, apart from the commands themselves.

Every process a build spawns (batch workers, assembly, tables, site, exports) first runs
the script that started the build, without its ``__main__`` block. The script imports only
this module; the commands (Typer, Rich and the whole pipeline: about a second and 70 MiB
per process) are imported once, by :func:`main`, in the process that runs the command.
"""

import atexit
import os
import sys
import threading


def main() -> None:
    """Run the ``dnnd`` command line."""
    from dnnd_data.cli import app  # noqa: PLC0415 - see the module's docstring

    try:
        app()
    except SystemExit as stop:
        exit_now(stop.code)
    exit_now(0)


def exit_now(code: object) -> None:
    """End the process as ``sys.exit(code)`` would, without tearing down its modules.

    What must run at exit still runs: other threads that are not daemons are waited for,
    the exit handlers run (logging's flush, Prefect's), the output is flushed. What is
    skipped is freeing every object one by one: after a build (Great Expectations, pandas,
    Prefect, DuckDB loaded) that took 0.8 s of the seed build's 9 s.
    """
    status = 0 if code is None else code if isinstance(code, int) else 1
    if not isinstance(code, int | None):
        print(code, file=sys.stderr)
    current = threading.current_thread()
    for thread in threading.enumerate():
        if thread is not current and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()  # the handlers os._exit would skip
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
