"""The steps of a large build that run in a process of their own: the step really runs in
another process, its result and its errors come back, and when the process cannot start or
dies the step is done in the caller's process instead of being lost."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from dnnd_data import processes
from dnnd_data.processes import ProcessAhead, importing


def _pid_and_modules(names: tuple[str, ...]) -> tuple[int, list[str]]:
    return os.getpid(), [name for name in names if name in sys.modules]


def _die_unless_in(pid: int) -> str:
    """Dies in any process but ``pid``'s (SIGKILL: nothing is sent back)."""
    if os.getpid() != pid:
        os.kill(os.getpid(), signal.SIGKILL)
    return "done here"


def _sees_file_appear(path: str) -> bool:
    """Whether ``path`` appears within ten seconds of the call."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if Path(path).exists():
            return True
        time.sleep(0.02)
    return False


def _fail(message: str) -> None:
    raise ValueError(message)


def test_a_step_ahead_runs_in_a_process_that_prepared_it() -> None:
    with ProcessAhead(importing("csv")) as process:
        pid, loaded = process.run(_pid_and_modules, ("csv",))
    assert pid != os.getpid()
    assert loaded == ["csv"]  # imported by the preparation, before the step


def test_a_small_build_runs_the_step_here() -> None:
    with ProcessAhead(importing("csv"), apart=False) as process:
        pid, _ = process.run(_pid_and_modules, ())
    assert pid == os.getpid()


def test_a_step_whose_process_dies_is_done_here() -> None:
    with ProcessAhead() as process:
        assert process.run(_die_unless_in, os.getpid()) == "done here"
        # The dead process is not used again: the next step runs here at once.
        assert process.run(_pid_and_modules, ()) == (os.getpid(), [])


class _NoProcess:
    """A pool whose process never starts (as where no process can)."""

    def __init__(self, *args: object) -> None:
        pass

    def submit(self, *args: object) -> None:
        raise OSError("no process here")

    def shutdown(self, *args: object, **kwargs: object) -> None:
        pass


def test_a_step_whose_process_cannot_start_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "spawn_pool", _NoProcess)
    with ProcessAhead() as process:
        assert process.run(_pid_and_modules, ()) == (os.getpid(), [])
    with ProcessAhead(importing("csv")) as process:
        assert process.run(_pid_and_modules, ()) == (os.getpid(), [])


def test_errors_of_the_step_reach_the_caller() -> None:
    with pytest.raises(ValueError, match="no such table"), ProcessAhead() as process:
        process.run(_fail, "no such table")


def test_a_started_step_runs_while_the_caller_goes_on(tmp_path: Path) -> None:
    # The step waits for a file the caller makes only after starting it.
    flag = tmp_path / "flag"
    with ProcessAhead() as process:
        result = process.start(_sees_file_appear, str(flag))
        flag.touch()
        assert result() is True


def test_a_started_step_whose_process_dies_is_done_at_the_wait() -> None:
    with ProcessAhead() as process:
        result = process.start(_die_unless_in, os.getpid())
        assert result() == "done here"
