"""After a build is killed with kill -9, the next build stops the temporary Prefect API
it left running (and nothing else)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dnnd_data.pipeline.helpers import HELPERS, record_helper, stop_orphaned_helpers

BIN = Path(sys.executable).parent


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by its parent) is gone for our purpose.
    status = Path(f"/proc/{pid}/status").read_text("utf-8", "replace")
    return "\nState:\tZ" not in status


def _wait(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.5)
    return False


@pytest.mark.slow
def test_the_next_build_stops_the_api_of_a_killed_build(seed_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "home"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    build = subprocess.Popen(
        [str(BIN / "dnnd"), "build", "--raw", str(seed_raw), "--out", str(out)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert _wait((out / HELPERS).is_file, 180), "the API was never recorded"
    finally:
        build.send_signal(signal.SIGKILL)
        build.wait()
    (entry,) = json.loads((out / HELPERS).read_text("utf-8"))
    api = entry["pid"]
    assert _alive(api)
    assert stop_orphaned_helpers(out) == [api]
    assert _wait(lambda: not _alive(api), 30)


def test_a_recorded_pid_that_is_not_the_helper_is_left_alone(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        record_helper(tmp_path, sleeper.pid, "uvicorn")
        entries = json.loads((tmp_path / HELPERS).read_text("utf-8"))
        entries[0]["owner"] = 2**22 + 12345  # a build that is gone
        (tmp_path / HELPERS).write_text(json.dumps(entries), encoding="utf-8")
        assert stop_orphaned_helpers(tmp_path) == []  # its command line is not uvicorn's
        assert sleeper.poll() is None
    finally:
        sleeper.kill()
        sleeper.wait()
