"""`dnnd serve` against a real Prefect server on 127.0.0.1: the deployment is registered
with its cron schedule, a triggered run completes and publishes a release."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dnnd_data.pipeline.deployment import check_schedule, load_defaults
from dnnd_data.settings import PROJECT_ROOT as ROOT

BIN = Path(sys.executable).parent
TERMINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# Prefect's API answers 503 while its database is busy (the session's other tests share the
# server); its own client retries those, and so does this one.
BUSY_RETRIES = 5


def _call(url: str, body: dict[str, Any] | None = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    for attempt in range(BUSY_RETRIES + 1):
        request = urllib.request.Request(url, data, {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            if error.code != HTTPStatus.SERVICE_UNAVAILABLE or attempt == BUSY_RETRIES:
                raise
        time.sleep(2**attempt)
    raise AssertionError("unreachable")


def _wait_for(probe: Callable[[], Any], seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            answer = probe()
        except OSError:
            answer = None
        if answer:
            return answer
        time.sleep(1)
    raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_UI_ENABLED="false",
        **extra,
    )
    return env


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`prefect server start` on a free port of 127.0.0.1; yields its API URL."""
    home = tmp_path_factory.mktemp("server-home")
    port = _free_port()
    log = (home / "server.log").open("wb")
    server = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=_env(home),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        _wait_for(lambda: _call(f"{api}/health") is True, 180, "the Prefect server")
        yield api
    finally:
        _stop(server)
        log.close()


def test_served_deployment_runs_on_a_real_server(
    prefect_server: str, seed_raw: Path, tmp_path: Path
) -> None:
    api, out = prefect_server, tmp_path / "output"
    serve_log = (tmp_path / "serve.log").open("wb")
    serving = subprocess.Popen(
        [str(BIN / "dnnd"), "serve", "--raw", str(seed_raw), "--out", str(out), "--name", "ci"],
        env=_env(tmp_path / "serve-home", PREFECT_API_URL=api),
        cwd=tmp_path,
        stdout=serve_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deployment = _wait_for(
            lambda: _call(f"{api}/deployments/name/dnnd-build/ci"), 120, "the deployment"
        )
        schedule = deployment["schedules"][0]["schedule"]
        defaults = load_defaults()
        assert (schedule["cron"], schedule["timezone"]) == (defaults.cron, "Asia/Ho_Chi_Minh")
        assert deployment["parameters"]["out_dir"] == str(out)

        run = _call(f"{api}/deployments/{deployment['id']}/create_flow_run", {})

        def finished() -> dict[str, Any] | None:
            state = _call(f"{api}/flow_runs/{run['id']}")["state"]
            return state if state["type"] in TERMINAL else None

        state = _wait_for(finished, 300, "the triggered flow run")
    finally:
        _stop(serving)
        serve_log.close()
    log_text = (tmp_path / "serve.log").read_text(errors="replace")
    assert state["type"] == "COMPLETED", f"{state}\n{log_text[-3000:]}"
    manifest = json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == "1.0.0"
    count = duckdb.sql(f"select count(*) from '{out}/latest/articles.parquet'").fetchall()
    assert count == [(5,)]


@pytest.mark.slow
def test_the_schedule_fires_on_a_real_server(
    prefect_server: str, seed_raw: Path, tmp_path: Path
) -> None:
    """A served deployment with an every-minute schedule: the server's scheduler (not a
    manual trigger) creates a run, which completes and publishes. With SQLAlchemy 2.1 the
    scheduler creates no run at all."""
    api, out = prefect_server, tmp_path / "output"
    serve_log = (tmp_path / "serve.log").open("wb")
    every_minute = ["--name", "every-minute", "--cron", "* * * * *", "--timezone", "UTC"]
    serving = subprocess.Popen(
        [str(BIN / "dnnd"), "serve", "--raw", str(seed_raw), "--out", str(out), *every_minute],
        env=_env(tmp_path / "serve-home", PREFECT_API_URL=api),
        cwd=tmp_path,
        stdout=serve_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deployment = _wait_for(
            lambda: _call(f"{api}/deployments/name/dnnd-build/every-minute"), 120, "deployment"
        )

        def scheduled_run_done() -> dict[str, Any] | None:
            runs = _call(
                f"{api}/flow_runs/filter",
                {"flow_runs": {"deployment_id": {"any_": [deployment["id"]]}}},
            )
            done = [
                r
                for r in runs
                if r.get("auto_scheduled") and r["state"] and r["state"]["type"] in TERMINAL
            ]
            return done[0] if done else None

        run = _wait_for(scheduled_run_done, 240, "a scheduled (not manual) run to finish")
    finally:
        _stop(serving)
        serve_log.close()
    log_text = (tmp_path / "serve.log").read_text(errors="replace")
    assert run["state"]["type"] == "COMPLETED", f"{run['state']}\n{log_text[-3000:]}"
    assert json.loads((out / "latest" / "manifest.json").read_text("utf-8"))["version"] == "1.0.0"


def test_prefect_yaml_deploys_to_a_process_worker(prefect_server: str, tmp_path: Path) -> None:
    """`prefect deploy --all` reads prefect.yaml; a process worker runs the deployment."""
    env = _env(tmp_path / "home", PREFECT_API_URL=prefect_server, DNND_PROJECT_DIR=str(ROOT))
    pool = load_defaults().work_pool

    def prefect(*args: str, timeout: float = 120) -> str:
        done = subprocess.run(
            [str(BIN / "prefect"), *args],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        return done.stdout

    prefect("work-pool", "create", pool, "--type", "process")
    prefect("--no-prompt", "deploy", "--all")
    deployment = _call(f"{prefect_server}/deployments/name/dnnd-build/{load_defaults().name}")
    assert deployment["schedules"][0]["schedule"]["timezone"] == "Asia/Ho_Chi_Minh"
    out = tmp_path / "output"
    prefect("deployment", "run", f"dnnd-build/{load_defaults().name}", "--param", f"out_dir={out}")
    prefect("worker", "start", "--pool", pool, "--run-once", timeout=240)
    assert json.loads((out / "latest" / "manifest.json").read_text("utf-8"))["version"] == "1.0.0"


def test_serve_without_a_server_says_what_to_do(tmp_path: Path, seed_raw: Path) -> None:
    result = subprocess.run(
        [str(BIN / "dnnd"), "serve", "--raw", str(seed_raw)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "PREFECT_API_URL is not set" in result.stderr
    assert "prefect server start" in result.stderr
    assert "Traceback" not in result.stderr


def test_prefect_yaml_is_the_weekly_hanoi_schedule_of_the_build_flow() -> None:
    defaults = load_defaults()
    assert defaults.entrypoint == "src/dnnd_data/flows/build.py:build_flow"
    assert defaults.timezone == "Asia/Ho_Chi_Minh"
    assert len(defaults.cron.split()) == 5 and defaults.cron.split()[4] != "*"  # weekly
    assert check_schedule(defaults.cron, defaults.timezone) is None


@pytest.mark.parametrize(
    ("cron", "timezone", "complaint"),
    [
        ("0 6 * *", "Asia/Ho_Chi_Minh", "five fields"),
        ("0 6 * * 1", "Asia/Saigon_City", "unknown"),
        ("0 6 * * MON", "Asia/Ho_Chi_Minh", None),
    ],
)
def test_schedule_check(cron: str, timezone: str, complaint: str | None) -> None:
    problem = check_schedule(cron, timezone)
    assert (problem is None) if complaint is None else (complaint in (problem or ""))
