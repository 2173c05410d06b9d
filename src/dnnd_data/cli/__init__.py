"""The ``dnnd`` command line: thin commands over the library (build, serve, query, diff,
download). Exit codes: 0 success, 1 release stopped, 2 usage or input error, 3 internal
error, 4 another build holds the output folder.
"""

# Importing the command modules registers their commands on the app.
from dnnd_data.cli import build, evaluate, fetch, query, releases, serve, show
from dnnd_data.cli.app import app, main

__all__ = ["app", "build", "evaluate", "fetch", "main", "query", "releases", "serve", "show"]
