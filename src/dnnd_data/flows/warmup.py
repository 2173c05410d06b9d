"""Overlap the two slow starts of a Prefect-engine build.

With no ``PREFECT_API_URL``, Prefect starts a temporary API (a subprocess, 8–20 s) at the
flow's first call, and validation later imports Great Expectations (3–6 s). Starting the
API on a thread while this thread imports GX does both at once: the seed build drops
from about 16 s to about 13 s.
"""

import contextlib
import threading
from pathlib import Path

from prefect.server.api.server import SubprocessASGIServer
from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

from dnnd_data.extract.facts import warm_up
from dnnd_data.pipeline.helpers import record_helper
from dnnd_data.validate.gx import preload_great_expectations


def start_api_while_importing_gx(out_dir: Path | None = None) -> None:
    """Start Prefect's temporary API (when one will be used) while importing GX, and
    record its process in ``out_dir`` (the next build stops it if this one is killed).

    The flow's client finds the same running server (one per process). If the start
    fails here, the flow's own attempt reports the error.
    """
    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        preload_great_expectations()
        return
    starter = threading.Thread(target=_start_quietly, name="prefect-api-start", daemon=True)
    starter.start()
    preload_great_expectations()
    # The API takes longer to start than GX to import: load the extractor's lexicons too.
    warm_up()
    starter.join()
    process = SubprocessASGIServer().server_process
    if out_dir is not None and process is not None:
        record_helper(out_dir, process.pid, "uvicorn")


def _start_quietly() -> None:
    # A failure here is not lost: the flow's own start raises it with Prefect's message.
    with contextlib.suppress(Exception):
        SubprocessASGIServer().start()
