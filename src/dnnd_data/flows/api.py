"""Prefect's temporary API for one build, started first thing.

With no ``PREFECT_API_URL``, Prefect starts a temporary API (a uvicorn subprocess) at the
flow's first call; its class alone takes 1.6 s to import here, before the process even
starts. This module starts the same subprocess (the command and environment of Prefect's
``SubprocessASGIServer``) with the standard library and Prefect's settings only, before
this process imports Prefect's flow engine and Great Expectations, so the two starts
overlap on both cores; the flow then runs against its URL. The seed build went from
11.9 s to 9.7-9.9 s.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from dnnd_data.pipeline.helpers import record_helper

# Prefect's settings are read inside the functions: importing them imports Prefect (0.7 s),
# which the temporary API's start overlaps (see :func:`temporary_api`).

# uvicorn's exit status when its port was taken meanwhile: start again on another one.
PORT_TAKEN = 3
STARTS = 3


class TemporaryApi:
    """A started uvicorn process serving Prefect's API on a free local port."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.process = _uvicorn(self.port)

    @property
    def url(self) -> str:
        """The API's URL, as ``PREFECT_API_URL`` takes it."""
        return f"http://127.0.0.1:{self.port}/api"

    def wait_ready(self, timeout: float) -> None:
        """Until the API answers its health check (started again on another port when
        the first was taken meanwhile)."""
        deadline = time.monotonic() + timeout
        starts = 1
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                if self.process.poll() == PORT_TAKEN and starts < STARTS:
                    self.port, starts = _free_port(), starts + 1
                    self.process = _uvicorn(self.port)
                elif self.process.poll() is not None:
                    break
                with contextlib.suppress(httpx.TransportError):
                    if client.get(f"{self.url}/health").status_code == httpx.codes.OK:
                        return
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(
            f"Prefect's temporary API did not start within {timeout:g} s "
            f"(exit status {self.process.poll()}); set PREFECT_API_URL to a running server"
        )

    def stop(self) -> None:
        """Stop the process (killed when it does not stop within ten seconds)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextlib.contextmanager
def temporary_api(out_dir: Path) -> Iterator[TemporaryApi | None]:
    """Prefect's temporary API for the block, started now (None when the user chose an
    API or turned the temporary one off): the block prepares, then calls
    :meth:`TemporaryApi.wait_ready` before running the flow inside :func:`using`."""
    if os.environ.get("PREFECT_API_URL") or _off(
        os.environ.get("PREFECT_SERVER_EPHEMERAL_ENABLED")
    ):
        yield None
        return
    # Started before Prefect's settings are read: importing them (0.7 s) then overlaps the
    # server's start. A user's API set elsewhere (a Prefect profile) stops it again.
    api = TemporaryApi()
    try:
        if _api_chosen():
            api.stop()
            yield None
            return
        # A build killed with kill -9 leaves it running: the next build stops it.
        record_helper(out_dir, api.process.pid, "uvicorn")
        yield api
    finally:
        api.stop()


def _off(value: str | None) -> bool:
    return value is not None and value.strip().lower() in {"0", "false", "no", "off"}


def _api_chosen() -> bool:
    """Whether Prefect's settings name an API or turn the temporary one off."""
    from prefect.settings import (  # noqa: PLC0415 - see the module's imports
        PREFECT_API_URL,
        PREFECT_SERVER_EPHEMERAL_ENABLED,
    )

    return bool(PREFECT_API_URL.value()) or not PREFECT_SERVER_EPHEMERAL_ENABLED.value()


def startup_timeout() -> float:
    """How long Prefect's own start would wait for its temporary API."""
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS  # noqa: PLC0415

    return float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())


@contextlib.contextmanager
def using(api: TemporaryApi | None) -> Iterator[None]:
    """Prefect's settings pointing at ``api`` for the block (unchanged for None)."""
    if api is None:
        yield
        return
    from prefect.settings import PREFECT_API_URL, temporary_settings  # noqa: PLC0415

    with temporary_settings(updates={PREFECT_API_URL: api.url}):
        yield


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _uvicorn(port: int) -> subprocess.Popen[bytes]:
    """Prefect's ``SubprocessASGIServer`` command: its API app, no UI, errors only."""
    spec = importlib.util.find_spec("prefect")
    if spec is None or spec.origin is None:
        raise RuntimeError("prefect is not installed")
    app_dir = Path(spec.origin).parent.parent
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        str(app_dir),
        "--factory",
        "prefect.server.api.server:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "error",
        "--lifespan",
        "on",
    ]
    server = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1"}
    server["PREFECT__SERVER_FINAL"] = "1"
    return subprocess.Popen(command, env={**os.environ, **server})
