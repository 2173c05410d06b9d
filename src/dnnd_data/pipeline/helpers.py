"""Helper processes a build starts (Prefect's temporary API): recorded in the output
folder, so that the next build stops those a killed build left running.

Takes: the output folder and the helper's process id. Gives: :func:`record_helper` and
:func:`stop_orphaned_helpers` (a helper whose build is gone is stopped with SIGTERM, only
when its command line still says it is the helper that was recorded).
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

from dnnd_data.processes import is_alive

HELPERS = ".work/helpers.json"


def record_helper(out_dir: Path, helper_pid: int, what: str) -> None:
    """Remember that this process started ``helper_pid`` (replaced atomically)."""
    path = out_dir / HELPERS
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = [e for e in _read(path) if is_alive(e["owner"])]
    entries.append({"owner": os.getpid(), "pid": helper_pid, "what": what})
    temporary = path.with_name(f"{path.name}.{os.getpid()}")
    temporary.write_text(json.dumps(entries), encoding="utf-8")
    temporary.replace(path)


def stop_orphaned_helpers(out_dir: Path) -> list[int]:
    """Stop the helpers of builds that are gone; returns the process ids stopped."""
    path = out_dir / HELPERS
    stopped: list[int] = []
    kept = []
    for entry in _read(path):
        owner, pid, what = entry["owner"], entry["pid"], str(entry["what"])
        if is_alive(owner):
            kept.append(entry)
        elif isinstance(pid, int) and is_alive(pid) and what in _command_line(pid):
            os.kill(pid, signal.SIGTERM)
            stopped.append(pid)
    if path.exists():
        path.write_text(json.dumps(kept), encoding="utf-8")
    return stopped


def _read(path: Path) -> list[dict[str, object]]:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [e for e in entries if isinstance(e, dict) and {"owner", "pid", "what"} <= set(e)]


def _command_line(pid: object) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    return raw.replace(b"\x00", b" ").decode("utf-8", "replace")
