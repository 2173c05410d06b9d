"""Prefect's temporary API started by the build itself, before Prefect's flow engine is
imported: it answers, it is recorded for the next build's clean-up, it stops with the
block, and a user's own API is left to the user."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from prefect.settings import PREFECT_API_URL, temporary_settings

from dnnd_data.flows.api import TemporaryApi, temporary_api, using
from dnnd_data.pipeline.helpers import HELPERS


@pytest.mark.slow
def test_the_temporary_api_answers_and_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    with temporary_settings(restore_defaults={PREFECT_API_URL}), temporary_api(tmp_path) as api:
        assert isinstance(api, TemporaryApi)
        api.wait_ready(180)
        assert httpx.get(f"{api.url}/health").status_code == httpx.codes.OK
        (entry,) = json.loads((tmp_path / HELPERS).read_text("utf-8"))
        assert (entry["pid"], entry["owner"]) == (api.process.pid, os.getpid())
        with using(api):
            assert PREFECT_API_URL.value() == api.url
    assert api.process.poll() is not None  # stopped with the block


def test_an_api_the_user_chose_is_used_as_it_is(tmp_path: Path) -> None:
    chosen = "http://127.0.0.1:9/api"
    with temporary_settings(updates={PREFECT_API_URL: chosen}), temporary_api(tmp_path) as api:
        assert api is None
        with using(api):
            assert PREFECT_API_URL.value() == chosen
    assert not (tmp_path / HELPERS).exists()
