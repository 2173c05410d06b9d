"""`dnnd download` against hostile servers and destinations (a real HTTP server on
127.0.0.1): every failure is one line with exit code 2, and the destination keeps the
release it had, whole."""

from __future__ import annotations

import functools
import json
import shutil
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dnnd_data.cli.app import app
from dnnd_data.release.download import DownloadError, download
from tests.release.test_releases import two_releases  # noqa: F401 - the shared fixture


class Handler(SimpleHTTPRequestHandler):
    """Files of a served output folder, plus a few misbehaviours chosen by the path."""

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        if self.path.startswith("/slow/"):
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.5)
            return
        if self.path.startswith("/reset/") and self.path.endswith(".parquet"):
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"PAR1")
            self.connection.shutdown(2)
            return
        if self.path.startswith("/away/"):
            self.send_response(302)
            target = self.server.elsewhere + self.path.removeprefix("/away")  # type: ignore[attr-defined]
            self.send_header("Location", target)
            self.end_headers()
            return
        self.path = self.path.removeprefix("/reset")
        super().do_GET()


def _serve(root: Path, elsewhere: str = "") -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    server.elsewhere = elsewhere  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def site(two_releases: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:  # noqa: F811
    root = tmp_path / "served"
    shutil.copytree(two_releases, root, symlinks=True)
    server, base = _serve(root)
    try:
        yield base, root
    finally:
        server.shutdown()
        server.server_close()


def _manifest(root: Path, version: str = "1.0.1") -> Path:
    return root / "releases" / version / "manifest.json"


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["download", *args])
    return result.exit_code, result.output


def test_a_failed_download_leaves_the_previous_release_whole(
    site: tuple[str, Path], tmp_path: Path
) -> None:
    base, root = site
    dest = tmp_path / "dest"
    download(base, "1.0.0", dest)
    before = {p.name: p.read_bytes() for p in dest.iterdir() if p.is_file()}
    (root / "releases" / "1.0.1" / "articles.parquet").write_bytes(b"tampered")
    with pytest.raises(DownloadError, match="sha256 does not match"):
        download(base, "1.0.1", dest)
    assert {p.name: p.read_bytes() for p in dest.iterdir() if p.is_file()} == before
    assert json.loads((dest / "manifest.json").read_text("utf-8"))["version"] == "1.0.0"


def test_a_slow_server_meets_the_deadline(site: tuple[str, Path], tmp_path: Path) -> None:
    base, root = site
    shutil.copytree(root / "releases", root / "slow" / "releases")
    started = time.monotonic()
    with pytest.raises(DownloadError, match="deadline"):
        download(f"{base}/slow", "1.0.1", tmp_path / "dest", deadline_seconds=2)
    assert time.monotonic() - started < 20


def test_a_reset_connection_is_one_line(site: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = site
    code, output = _cli("1.0.1", "--base-url", f"{base}/reset", "--dest", str(tmp_path / "d"))
    assert code == 2 and "Traceback" not in output
    assert "error:" in output


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"bytes": None}, "no path or byte count"),
        ({"path": "a\x00b"}, "escape"),
        ({"sha256": "nope"}, "no sha256"),
    ],
)
def test_a_malformed_manifest_entry_is_one_line(
    site: tuple[str, Path], tmp_path: Path, change: dict[str, object], message: str
) -> None:
    base, root = site
    manifest = json.loads(_manifest(root).read_text("utf-8"))
    manifest["files"][0].update(change)
    _manifest(root).write_text(json.dumps(manifest), encoding="utf-8")
    code, output = _cli("1.0.1", "--base-url", base, "--dest", str(tmp_path / "d"))
    assert code == 2 and message in output and "Traceback" not in output


def test_an_empty_index_is_one_line(site: tuple[str, Path], tmp_path: Path) -> None:
    base, root = site
    (root / "releases.json").write_text("{}", encoding="utf-8")
    code, output = _cli("latest", "--base-url", base, "--dest", str(tmp_path / "d"))
    assert code == 2 and "lists no release" in output and "Traceback" not in output


def test_a_destination_that_is_a_file(site: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = site
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, output = _cli("1.0.1", "--base-url", base, "--dest", str(tmp_path / "file"))
    assert code == 2 and "is not a folder" in output


def test_links_planted_in_the_destination_are_not_written_through(
    site: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = site
    dest, victim = tmp_path / "dest", tmp_path / "victim.txt"
    dest.mkdir()
    victim.write_text("keep me", encoding="utf-8")
    (dest / "events.parquet").symlink_to(victim)
    download(base, "1.0.1", dest)
    assert victim.read_text("utf-8") == "keep me"
    assert not (dest / "events.parquet").is_symlink()


def test_sha256sums_must_agree_with_the_manifest(site: tuple[str, Path], tmp_path: Path) -> None:
    base, root = site
    release = root / "releases" / "1.0.1"
    sums = (release / "SHA256SUMS").read_text("utf-8").splitlines()
    sums[0] = "0" * 64 + "  " + sums[0].split("  ", 1)[1]
    text = "\n".join(sums) + "\n"
    (release / "SHA256SUMS").write_text(text, encoding="utf-8")
    with pytest.raises(DownloadError, match="SHA256SUMS and the manifest disagree"):
        download(base, "1.0.1", tmp_path / "dest")


def test_a_redirect_to_another_host_is_refused_unless_asked(
    site: tuple[str, Path], tmp_path: Path
) -> None:
    _, root = site
    elsewhere, other = _serve(root)
    redirecting, redirect_base = _serve(root, elsewhere=other.replace("127.0.0.1", "localhost"))
    try:
        with pytest.raises(DownloadError, match="another host"):
            download(f"{redirect_base}/away", "1.0.1", tmp_path / "a")
        result = download(f"{redirect_base}/away", "1.0.1", tmp_path / "b", allow_other_hosts=True)
        assert result.version == "1.0.1"
    finally:
        for server in (elsewhere, redirecting):
            server.shutdown()
            server.server_close()
