"""``python -m dnnd_data.cli``: the ``dnnd`` command."""

from dnnd_data.cli.app import main

main()
