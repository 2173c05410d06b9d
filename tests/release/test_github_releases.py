"""Releases published as GitHub release assets (a loopback server answering like GitHub:
``/OWNER/REPO/releases/download/vX/<asset>`` and ``releases/latest/download/<asset>``
redirecting to the newest): `dnnd assets` lays a release out flat, `dnnd download --from
github:OWNER/REPO` verifies and installs it, and `dnnd restore` gives a fresh checkout the
published history, so the next build continues the sequence (or publishes nothing)."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dnnd_data.cli.app import app
from dnnd_data.pipeline.build import build
from dnnd_data.release.sources import GITHUB_URL_ENV
from dnnd_data.settings import Settings
from tests.conftest import RAW_DIR
from tests.release.test_releases import NEW_ARTICLE, two_releases  # noqa: F401 - fixture

runner = CliRunner()


def _cli(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


class GitHubLike(BaseHTTPRequestHandler):
    """Release assets under ``server.root/<tag>/<asset>``; ``latest`` redirects."""

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        root: Path = self.server.root  # type: ignore[attr-defined]
        parts = self.path.strip("/").split("/")
        if len(parts) == 6 and parts[2:5] == ["releases", "latest", "download"]:
            tags = sorted(p.name for p in root.iterdir()) if root.is_dir() else []
            if not tags:
                self._send(404, b"Not Found")
                return
            newest = max(tags, key=lambda t: tuple(int(x) for x in t[1:].split(".")))
            self.send_response(302)
            self.send_header(
                "Location", f"/{parts[0]}/{parts[1]}/releases/download/{newest}/{parts[5]}"
            )
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if len(parts) == 6 and parts[2:4] == ["releases", "download"]:
            path = root / parts[4] / parts[5]
            if path.is_file():
                self._send(200, path.read_bytes())
                return
        self._send(404, b"Not Found")

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def github(
    two_releases: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Path]:
    """Both releases published as assets; yields the assets root (tag folders)."""
    root = tmp_path / "assets"
    for version in ("1.0.0", "1.0.1"):
        code, text = _cli(
            "assets", version, "--out", str(two_releases), "--dest", str(root / f"v{version}")
        )
        assert code == 0, text
    server = ThreadingHTTPServer(("127.0.0.1", 0), GitHubLike)
    server.root = root  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv(GITHUB_URL_ENV, f"http://127.0.0.1:{server.server_address[1]}")
    try:
        yield root
    finally:
        server.shutdown()
        server.server_close()


def test_assets_are_flat_and_keep_their_folders(github: Path) -> None:
    names = {p.name for p in (github / "v1.0.1").iterdir()}
    assert {"manifest.json", "SHA256SUMS", "releases.json", "csv__events.csv.gz"} <= names
    assert not [n for n in names if "/" in n]


def test_download_from_github(github: Path, two_releases: Path, tmp_path: Path) -> None:  # noqa: F811
    dest = tmp_path / "got"
    code, text = _cli("download", "latest", "--from", "github:owner/repo", "--dest", str(dest))
    assert code == 0, text
    manifest = json.loads((dest / "manifest.json").read_text("utf-8"))
    assert manifest["version"] == "1.0.1"
    for entry in manifest["files"]:
        expected = two_releases / "releases" / "1.0.1" / entry["path"]
        assert (dest / entry["path"]).read_bytes() == expected.read_bytes()
    code, text = _cli("download", "1.0.0", "--from", "github:owner/repo", "--dest", str(dest))
    assert code == 0, text
    assert json.loads((dest / "manifest.json").read_text("utf-8"))["version"] == "1.0.0"


def test_restore_continues_the_sequence(github: Path, tmp_path: Path) -> None:
    out = tmp_path / "fresh-output"
    code, text = _cli("restore", "--from", "github:owner/repo", "--out", str(out))
    assert code == 0, text
    assert json.loads((out / "latest.json").read_text("utf-8"))["version"] == "1.0.1"
    assert [e["version"] for e in json.loads((out / "releases.json").read_text("utf-8"))] == [
        "1.0.1",
        "1.0.0",
    ]
    # The same input publishes nothing new; new input continues at 1.0.2, not 1.0.0.
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    (raw / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    same = build(raw, out, Settings())
    assert same.published is not None and same.published.version == "1.0.1"
    (raw / "another.txt").write_text(NEW_ARTICLE.replace("2024", "2023"), encoding="utf-8")
    more = build(raw, out, Settings())
    assert more.published is not None and more.published.version == "1.0.2"


def test_restore_from_a_repository_with_no_release(github: Path, tmp_path: Path) -> None:
    shutil.rmtree(github)
    out = tmp_path / "first"
    code, text = _cli("restore", "--from", "github:owner/repo", "--out", str(out))
    assert code == 0, text
    assert "nothing published" in text
    assert not (out / "releases.json").exists()


def test_a_bad_source_is_one_line(tmp_path: Path) -> None:
    code, text = _cli("restore", "--from", "github:not a repo", "--out", str(tmp_path / "o"))
    assert code == 2
    assert "github:OWNER/REPO" in text and "Traceback" not in text
    code, text = _cli("download", "--from", "ftp://x", "--dest", str(tmp_path / "d"))
    assert code == 2 and "Traceback" not in text
