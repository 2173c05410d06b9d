"""Releases: versions decided by the pipeline, immutable folders, changelogs, data package,
dataset card, and verified downloads over real HTTP on 127.0.0.1."""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dnnd_data.cli.app import app
from dnnd_data.pipeline.build import build, build_dataset
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.release.download import DownloadError, download
from dnnd_data.release.publish import publish
from dnnd_data.schema.tables import TABLES
from dnnd_data.settings import Settings
from dnnd_data.validate.report import ValidationReport
from tests.conftest import RAW_DIR

NEW_ARTICLE = (
    "Sáng 12/1/2024, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối ngoại "
    "nhân dân năm 2023, triển khai nhiệm vụ năm 2024. Khoảng 300 đại biểu đã tham dự."
)


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder with 1.0.0 (seeds) and 1.0.1 (seeds + one article)."""
    root = tmp_path_factory.mktemp("releases")
    raw, out = root / "raw", root / "output"
    shutil.copytree(RAW_DIR, raw)
    build(raw, out, Settings())
    (raw / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    build(raw, out, Settings())
    return out


def test_versions_index_and_immutability(two_releases: Path) -> None:
    index = json.loads((two_releases / "releases.json").read_text("utf-8"))
    assert [e["version"] for e in index] == ["1.0.1", "1.0.0"]
    assert [e["change"] for e in index] == ["patch", "initial"]
    assert index[0]["rows"]["articles"] == 6
    manifest = json.loads(
        (two_releases / "releases" / "1.0.0" / "manifest.json").read_text("utf-8")
    )
    for entry in manifest["files"]:
        path = two_releases / "releases" / "1.0.0" / entry["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
    assert {"input_fingerprint", "schema_fingerprint", "code_version", "created_at"} <= set(
        manifest
    )


def test_changelog_lists_added_rows(two_releases: Path) -> None:
    release = two_releases / "releases" / "1.0.1"
    changes = json.loads((release / "changes.json").read_text("utf-8"))
    assert changes["from"] == "1.0.0"
    articles = changes["tables"]["articles"]
    assert (articles["added"], articles["removed"], articles["modified"]) == (1, 0, 0)
    assert changes["tables"]["events"]["added"] == 1
    (new_id,) = articles["added_ids"]
    assert new_id in (release / "CHANGELOG.md").read_text("utf-8")


def test_dnnd_diff_prints_the_same(two_releases: Path) -> None:
    result = CliRunner().invoke(app, ["diff", "1.0.0", "1.0.1", "--out", str(two_releases)])
    assert result.exit_code == 0, result.output
    assert "articles" in result.output and "│ 1 " in result.output


def test_schema_changes_choose_major_and_minor(tmp_path: Path) -> None:
    dataset = build_dataset(RAW_DIR, Settings())
    report = ValidationReport(())
    out = tmp_path / "out"
    tables = dataset.records()
    assert publish(tables, report, out).version == "1.0.0"
    extra = replace(TABLES[2], name="quarantine_copy")
    added = publish({**tables, "quarantine_copy": []}, report, out, (*TABLES, extra))
    assert (added.version, added.change) == ("1.1.0", "minor")
    removed = publish(tables, report, out, TABLES[:-1])
    assert (removed.version, removed.change) == ("2.0.0", "major")


def test_datapackage_is_valid_frictionless(seed_build: BuildSummary) -> None:
    from frictionless import validate  # noqa: PLC0415

    assert seed_build.published is not None
    report = validate(str(seed_build.published.path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    package = json.loads((seed_build.published.path / "datapackage.json").read_text("utf-8"))
    (aliases,) = [
        f
        for r in package["resources"]
        if r["name"] == "organizations"
        for f in r["schema"]["fields"]
        if f["name"] == "aliases"
    ]
    assert aliases["type"] == "any" and aliases["description"].startswith("List of VARCHAR. ")


def test_dataset_card_and_chart(seed_build: BuildSummary) -> None:
    assert seed_build.published is not None
    card = (seed_build.published.path / "README.md").read_text("utf-8")
    for section in (
        "## Sources",
        "## Tables",
        "## Known limitations",
        "## Licence",
        "## How to cite",
    ):
        assert section in card
    assert "| `events` | 4 |" in card
    svg = (seed_build.published.path / "conferences_per_year.svg").read_text("utf-8")
    # attendance is stated for the 2020 and 2022 reviews only; 2019 and 2025 say "not stated"
    assert svg.startswith("<svg") and svg.count("<rect") == 2 and svg.count("not stated") == 2
    assert "Trần Cẩm Tú" in svg


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def served(two_releases: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A copy of the output folder served over HTTP on 127.0.0.1."""
    root = tmp_path / "served"
    shutil.copytree(two_releases, root, symlinks=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


def test_download_verifies_and_reuses(served: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = served
    dest = tmp_path / "dest"
    first = download(base, "latest", dest)
    assert first.version == "1.0.1" and first.fetched and not first.reused
    count = duckdb.connect().execute(
        f"select count(*) from read_parquet('{dest / 'articles.parquet'}')"
    )
    assert count.fetchall() == [(6,)]
    second = download(base, "1.0.1", dest)
    assert not second.fetched and len(second.reused) == len(first.fetched)


def test_download_from_a_file_url(two_releases: Path, tmp_path: Path) -> None:
    result = download(two_releases.resolve().as_uri(), "1.0.0", tmp_path / "dest")
    assert result.version == "1.0.0" and (tmp_path / "dest" / "events.parquet").is_file()


def test_download_refuses_a_tampered_file(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    target = root / "releases" / "1.0.1" / "events.parquet"
    data = bytearray(target.read_bytes())
    data[-20] ^= 0xFF
    target.write_bytes(bytes(data))
    with pytest.raises(DownloadError, match="sha256 does not match"):
        download(base, "1.0.1", tmp_path / "dest")
    assert not (tmp_path / "dest" / "events.parquet").exists()


def _rewrite_manifest(root: Path, change: dict[str, object]) -> None:
    path = root / "releases" / "1.0.1" / "manifest.json"
    manifest = json.loads(path.read_text("utf-8"))
    manifest["files"][0].update(change)
    path.write_text(json.dumps(manifest), encoding="utf-8")


def test_download_refuses_paths_that_escape(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    _rewrite_manifest(root, {"path": "../escaped.txt"})
    with pytest.raises(DownloadError, match="escape"):
        download(base, "1.0.1", tmp_path / "dest")
    assert not (tmp_path / "escaped.txt").exists()


def test_download_refuses_oversized_responses(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    _rewrite_manifest(root, {"bytes": 10})
    with pytest.raises(DownloadError, match="more than the 10 bytes"):
        download(base, "1.0.1", tmp_path / "dest")


def test_download_cli_reports_a_mismatch_clearly(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    (root / "releases" / "1.0.1" / "people.parquet").write_bytes(b"not parquet")
    result = CliRunner().invoke(
        app, ["download", "1.0.1", "--base-url", base, "--dest", str(tmp_path / "d")]
    )
    assert result.exit_code == 2
    assert "sha256 does not match" in result.output and "Traceback" not in result.output


class _RangeHandler(_QuietHandler):
    """Serves ``Range: bytes=N-`` requests with 206, as real file servers do."""

    def do_GET(self) -> None:
        wanted = self.headers.get("Range", "")
        path = Path(self.translate_path(self.path))
        if not wanted.startswith("bytes=") or not path.is_file():
            super().do_GET()
            return
        start = int(wanted.removeprefix("bytes=").split("-")[0])
        data = path.read_bytes()[start:]
        self.server.ranges_served += 1  # type: ignore[attr-defined]
        self.send_response(206)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def test_download_resumes_a_partial_file(two_releases: Path, tmp_path: Path) -> None:
    handler = functools.partial(_RangeHandler, directory=str(two_releases))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.ranges_served = 0  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        dest = tmp_path / "dest"
        # A failed download's partial files wait beside the destination.
        staging = tmp_path / ".dest.partial"
        staging.mkdir()
        whole = (two_releases / "releases" / "1.0.1" / "articles.parquet").read_bytes()
        (staging / "articles.parquet.part").write_bytes(whole[:1000])
        download(base, "1.0.1", dest)
        assert (dest / "articles.parquet").read_bytes() == whole
        assert server.ranges_served == 1  # type: ignore[attr-defined]
        assert not staging.exists()
    finally:
        server.shutdown()
        server.server_close()
