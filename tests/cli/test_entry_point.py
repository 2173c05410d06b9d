"""The ``dnnd`` console script imports only its entry module until the command runs: every
process a build spawns (batch workers, assembly, validation, tables, site, exports) runs
the script again, without its main block, and would otherwise import every command (about
a second and 70 MiB each)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path


def test_the_script_is_the_light_entry_module() -> None:
    (script,) = entry_points(group="console_scripts", name="dnnd")
    assert script.value == "dnnd_data.command:main"


def test_the_entry_module_imports_no_command() -> None:
    code = (
        "import sys, dnnd_data.command; "
        "print(sorted(m for m in sys.modules if m.startswith('dnnd_data')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.split() == ["['dnnd_data',", "'dnnd_data.command']"]


def test_the_script_runs_the_commands() -> None:
    script = Path(sys.executable).parent / "dnnd"
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("dnnd ")
