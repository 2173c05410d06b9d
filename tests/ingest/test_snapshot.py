"""The raw folder read as a snapshot: every entry ends in articles or quarantine with its
own reason (FIFOs and sockets are never waited on, hidden files and folders are listed), and a file
that changes while the build reads it is reported and read again by the next build."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dnnd_data.cli.app import app
from dnnd_data.pipeline.build import (
    BuildContext,
    LocalRunner,
    build,
    make_dataset,
    prepare,
    release,
)
from dnnd_data.schema.articles import QuarantineReason
from dnnd_data.settings import Settings
from tests.conftest import RAW_DIR, SEED_NAMES


def _reasons(out: Path, raw: Path) -> dict[str, str]:
    summary = build(raw, out, Settings())
    assert summary.published is not None, summary.report.summary()
    return {q.source_path: q.reason.value for q in summary.quarantined}


def test_fifo_socket_and_hidden_file_are_quarantined_not_waited_on(
    seed_raw: Path, tmp_path: Path
) -> None:
    os.mkfifo(seed_raw / "x.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(seed_raw / "sock.txt"))
    (seed_raw / ".hidden.txt").write_text("Sáng 16/1, Hội nghị.", encoding="utf-8")
    try:
        reasons = _reasons(tmp_path / "out", seed_raw)
    finally:
        server.close()
    assert reasons["x.txt"] == QuarantineReason.SPECIAL_FILE.value
    assert reasons["sock.txt"] == QuarantineReason.SPECIAL_FILE.value
    assert reasons[".hidden.txt"] == QuarantineReason.HIDDEN.value


def test_a_file_changed_during_the_build_is_read_again_next_time(
    seed_raw: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    ctx = BuildContext.create(seed_raw, out, Settings())
    runner = LocalRunner()
    assert prepare(ctx, runner) is None
    # Written after discovery hashed it, before the build reads it.
    target = seed_raw / SEED_NAMES[0]
    target.write_text(target.read_text("utf-8") + "\nCập nhật.\n", encoding="utf-8")
    summary = release(ctx, make_dataset(ctx, runner), runner)
    assert summary.published is not None
    assert summary.changed == (SEED_NAMES[0],)
    # Not recorded as clean: the next build does the work again (and is then clean).
    again = build(seed_raw, out, Settings())
    assert again.unchanged_since is None
    assert again.changed == ()
    assert build(seed_raw, out, Settings()).unchanged_since is not None


def test_a_sidecar_changed_during_the_build_is_read_again_next_time(
    seed_raw: Path, tmp_path: Path
) -> None:
    sidecar = seed_raw / f"{SEED_NAMES[0]}.meta.json"
    sidecar.write_text('{"url": "https://example.org/a"}', encoding="utf-8")
    out = tmp_path / "out"
    ctx = BuildContext.create(seed_raw, out, Settings())
    runner = LocalRunner()
    assert prepare(ctx, runner) is None
    # The article's metadata is rewritten after discovery hashed it.
    sidecar.write_text('{"url": "https://example.org/b"}', encoding="utf-8")
    summary = release(ctx, make_dataset(ctx, runner), runner)
    assert summary.published is not None
    assert summary.changed == (sidecar.name,)
    again = build(seed_raw, out, Settings())
    assert again.unchanged_since is None
    assert again.changed == ()


def test_a_link_swapped_in_during_the_build_is_not_followed(seed_raw: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    shutil.copy(RAW_DIR / SEED_NAMES[1], secret)
    ctx = BuildContext.create(seed_raw, tmp_path / "out", Settings())
    runner = LocalRunner()
    prepare(ctx, runner)
    victim = seed_raw / SEED_NAMES[1]
    victim.unlink()
    victim.symlink_to(secret)
    summary = release(ctx, make_dataset(ctx, runner), runner)
    reasons = {q.source_path: q.reason for q in summary.quarantined}
    assert reasons[SEED_NAMES[1]] == QuarantineReason.SYMLINK
    assert SEED_NAMES[1] in summary.changed or SEED_NAMES[1] in reasons


def test_file_names_reach_the_terminal_escaped(seed_raw: Path, tmp_path: Path) -> None:
    (seed_raw / "[bold]x[").mkdir()
    (seed_raw / "[bold]x[/].txt").write_bytes(b"")  # a folder "[bold]x[" and a file "].txt"
    (seed_raw / "esc\x1b[31mred.txt").write_bytes(b"")
    result = CliRunner().invoke(
        app, ["build", "--engine", "local", "--raw", str(seed_raw), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 0, result.output
    assert "[bold]x[/].txt" in result.output
    assert "\x1b[31m" not in result.output
    assert "esc\\x1b[31mred.txt" in result.output


def _without_file_permission_override() -> list[str] | None:
    """The command prefix under which permission bits bind: none for a normal user; for
    root, ``setpriv`` dropping the capabilities that let root read anything (None when it
    is missing or may not drop them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]
    # Dropping capabilities needs CAP_SETPCAP, which some containers withhold.
    probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
    return prefix if probe.returncode == 0 else None


def test_unreadable_file_and_folder_are_quarantined_with_their_reason(
    seed_raw: Path, tmp_path: Path
) -> None:
    """A file and a sub-folder the operating system refuses to read: each is listed in
    quarantine as ``unreadable``, and the seeds are built. Run as a real ``dnnd build``
    process, under the permission checks an ordinary user meets."""
    prefix = _without_file_permission_override()
    if prefix is None:
        pytest.skip("root, and setpriv cannot drop the capabilities: permission bits do not bind")
    secret = seed_raw / "secret.txt"
    secret.write_text("Sáng 16/1, tại Hà Nội, Hội nghị.", encoding="utf-8")
    locked = seed_raw / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("Sáng 17/1, tại Huế, Hội nghị.", encoding="utf-8")
    secret.chmod(0)
    locked.chmod(0)
    out = tmp_path / "out"
    try:
        command = [sys.executable, "-m", "dnnd_data.cli", "build", "--raw", str(seed_raw)]
        done = subprocess.run(
            [*prefix, *command, "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        secret.chmod(0o644)
        locked.chmod(0o755)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    con = duckdb.connect()
    quarantine = out / "latest" / "quarantine.parquet"
    rows = con.execute(
        f"SELECT source_path, reason, detail FROM read_parquet('{quarantine}')"
    ).fetchall()
    reasons = {path: (reason, detail) for path, reason, detail in rows}
    assert reasons["secret.txt"][0] == "unreadable", reasons
    assert "Permission denied" in reasons["secret.txt"][1]
    assert reasons["locked"][0] == "unreadable", reasons
    articles = con.execute(
        f"SELECT count(*) FROM read_parquet('{out / 'latest' / 'articles.parquet'}')"
    ).fetchone()
    assert articles == (len(SEED_NAMES),)


def test_a_hidden_folder_is_one_row_and_none_of_its_files_is_read(
    seed_raw: Path, tmp_path: Path
) -> None:
    # A tool's folder inside the raw folder (a ".git", the ".prefect" of a build run from
    # there): listed once as hidden, never entered.
    for folder in (".git/objects/ab", ".prefect"):
        (seed_raw / folder).mkdir(parents=True)
    (seed_raw / ".git/objects/ab/cdef").write_bytes(b"\x00\x01binary pack")
    (seed_raw / ".prefect/prefect.db").write_bytes(b"SQLite format 3\x00")
    (seed_raw / ".prefect/notes.txt").write_text("Sáng 16/1, Hội nghị.", encoding="utf-8")
    reasons = _reasons(tmp_path / "out", seed_raw)
    assert {path for path in reasons if path.startswith(".")} == {".git", ".prefect"}
    assert reasons[".git"] == reasons[".prefect"] == QuarantineReason.HIDDEN.value
    # What changes inside it changes nothing: the next build has no work.
    (seed_raw / ".prefect/prefect.db").write_bytes(b"SQLite format 3\x00changed")
    ctx = BuildContext.create(seed_raw, tmp_path / "out", Settings())
    assert prepare(ctx, LocalRunner()) is not None
