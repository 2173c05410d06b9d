"""The command's exit skips tearing down the interpreter, not what exiting must do: the
status, buffered output, exit handlers and threads still waited for. Real processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_the_status_output_and_exit_handlers_survive() -> None:
    done = _run(
        "import atexit, sys\n"
        "from dnnd_data.command import exit_now\n"
        "atexit.register(lambda: print('handler ran'))\n"
        "print('buffered', end=' ')\n"
        "sys.stderr.write('warned')\n"
        "exit_now(3)\n"
    )
    assert (done.returncode, done.stdout, done.stderr) == (3, "buffered handler ran\n", "warned")


def test_a_message_exits_with_one_and_is_printed() -> None:
    done = _run("from dnnd_data.command import exit_now\nexit_now('no such folder')\n")
    assert (done.returncode, done.stderr) == (1, "no such folder\n")
    assert _run("from dnnd_data.command import exit_now\nexit_now(None)\n").returncode == 0


def test_a_thread_still_working_is_waited_for(tmp_path: Path) -> None:
    written = tmp_path / "late.txt"
    done = _run(
        "import threading, time\n"
        "from dnnd_data.command import exit_now\n"
        "def late():\n"
        "    time.sleep(0.3)\n"
        f"    open({str(written)!r}, 'w').write('done')\n"
        "threading.Thread(target=late).start()\n"
        "exit_now(0)\n"
    )
    assert done.returncode == 0
    assert written.read_text() == "done"
