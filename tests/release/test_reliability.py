"""Crashes mid-publish and concurrent builds: latest is always complete; one writer."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from dnnd_data.cli.app import EXIT_BUSY, app
from dnnd_data.pipeline.build import build
from dnnd_data.release.lock import output_lock
from dnnd_data.settings import Settings
from tests.conftest import RAW_DIR

# A child that publishes new content in a loop until it is killed.
PUBLISH_FOREVER = """
import sys
from pathlib import Path
from dnnd_data.schema.articles import QuarantineReason, QuarantineRecord, Stage
from dnnd_data.pipeline.build import build_dataset
from dnnd_data.release.publish import publish
from dnnd_data.settings import Settings
from dnnd_data.validate.report import ValidationReport
out, raw = Path(sys.argv[1]), Path(sys.argv[2])
dataset = build_dataset(raw, Settings()).records()
print("READY", flush=True)
for i in range(10_000):
    extra = QuarantineRecord(source_path=f"run-{i}.txt", reason=QuarantineReason.EMPTY,
                             detail="filler", stage=Stage.INGEST, raw_sha256=None, raw_bytes=None)
    tables = {**dataset, "quarantine": [*dataset["quarantine"], extra]}
    publish(tables, ValidationReport(()), out)
"""

HOLD_LOCK = """
import sys, time
from pathlib import Path
from dnnd_data.release.lock import output_lock
with output_lock(Path(sys.argv[1])):
    print("LOCKED", flush=True)
    time.sleep(60)
"""


def assert_latest_is_complete(out: Path) -> None:
    latest = out / "latest"
    if not latest.exists():
        return
    manifest = json.loads((latest / "manifest.json").read_text("utf-8"))
    for entry in manifest["files"]:
        data = (latest / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["path"]
    for entry in json.loads((out / "releases.json").read_text("utf-8")):
        assert (out / entry["path"] / "manifest.json").is_file()


def test_sigkill_during_publish_never_breaks_latest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rng = random.Random(20261122)
    kills = interrupted = 0
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", PUBLISH_FOREVER, str(out), str(RAW_DIR)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "READY"
        # The child publishes from READY until killed, so a kill at any time lands
        # inside a publish or between two; long enough waits let some publishes end
        # even on a slow machine (a small publish takes about a second).
        time.sleep(rng.uniform(0.05, 3.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        kills += 1
        interrupted += bool(list((out / "releases").glob(".tmp-*")))
        assert_latest_is_complete(out)
    assert kills == 12
    assert interrupted >= 3, f"only {interrupted} kills landed inside publish"
    versions = [p.name for p in (out / "releases").iterdir() if not p.name.startswith(".")]
    assert len(versions) >= 2, "the children should have published several releases"
    summary = build(RAW_DIR, out, Settings())  # a normal build afterwards cleans up
    assert summary.published is not None
    assert_latest_is_complete(out)
    assert not list((out / "releases").glob(".tmp-*")) and not list(out.glob(".latest-*"))


def test_second_build_is_told_who_holds_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(out)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        result = CliRunner().invoke(
            app, ["build", "--raw", str(RAW_DIR), "--out", str(out), "--engine", "local"]
        )
        assert result.exit_code == EXIT_BUSY
        assert f"pid {holder.pid}" in result.output
        assert "Traceback" not in result.output
    finally:
        holder.kill()
        holder.wait()
    assert not (out / "latest").exists()


def test_lock_is_released_when_the_holder_dies(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(out)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with output_lock(out), output_lock(out):  # free again, and re-entrant in one process
        pass
