"""`dnnd fetch` against a real HTTP server on 127.0.0.1: pages land in raw/ with their
sidecar and a build reads them; 404, 500, redirects, slow, oversized and non-HTML answers
and robots.txt each end as one line; a second fetch asks the server nothing new."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dnnd_data.cli.app import app
from dnnd_data.ingest.fetch import Fetcher, FetchPolicy, Outcome, raw_name, read_url_list
from dnnd_data.pipeline.build import build
from dnnd_data.schema.articles import Article
from dnnd_data.settings import Settings

PLACES = ["Hà Nội", "Huế", "Cần Thơ", "Đà Nẵng", "Hải Phòng", "Nghệ An", "Gia Lai", "Sơn La"]


def _article(n: int) -> bytes:
    place = PLACES[n % len(PLACES)]
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>Giao lưu hữu nghị số {n}</title>"
        f"<meta property='article:published_time' content='2024-03-{n + 1:02d}T08:00:00+07:00'>"
        "</head><body><article>"
        f"<p>Sáng {n + 1}/3, tại {place}, Liên hiệp các tổ chức hữu nghị tỉnh tổ chức buổi "
        "giao lưu hữu nghị với đoàn thanh niên Lào đang học tập tại địa phương.</p>"
        "<p>Các đại biểu chia sẻ về văn hóa, truyền thống và quan hệ đoàn kết đặc biệt giữa "
        f"hai nước trong buổi gặp mặt thứ {n}.</p></article></body></html>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    """A news site that misbehaves on purpose, chosen by the path."""

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        server = self.server
        server.asked[self.path] += 1  # type: ignore[attr-defined]
        path = self.path
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path.startswith("/page/"):
            self._send(200, _article(int(path.rsplit("/", 1)[1])), "text/html; charset=utf-8")
        elif path == "/flaky" and server.asked[path] == 1:  # type: ignore[attr-defined]
            self._send(503, b"busy", "text/plain")
        elif path == "/flaky":
            self._send(200, _article(7), "text/html")
        elif path == "/broken":
            self._send(500, b"oops", "text/plain")
        elif path == "/moved":
            self._redirect("/page/5")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/image":
            self._send(200, b"\x89PNG....", "image/png")
        elif path == "/big":
            self._send(200, b"<html>" + b"x" * 50_000 + b"</html>", "text/html")
        elif path == "/slow":
            self._drip()
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, target: str) -> None:
        self.send_response(301)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(20):
                self.wfile.write(b"<p>...</p>")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            return


@pytest.fixture
def site() -> Iterator[tuple[str, ThreadingHTTPServer]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.asked = Counter()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server
    finally:
        server.shutdown()
        server.server_close()


POLICY = FetchPolicy(
    timeout_seconds=1.0,
    max_bytes=20_000,
    per_host_interval_seconds=0.01,
    retries=1,
    backoff_seconds=0.05,
)


def _fetch(base: str, tmp_path: Path, paths: list[str]) -> dict[str, tuple[Outcome, str]]:
    fetcher = Fetcher(tmp_path / "raw", tmp_path / "cache", POLICY)
    try:
        results = fetcher.fetch_all([base + p for p in paths])
    finally:
        fetcher.close()
    return {r.url.removeprefix(base): (r.outcome, r.detail) for r in results}


def test_each_answer_ends_as_one_outcome(
    site: tuple[str, ThreadingHTTPServer], tmp_path: Path
) -> None:
    base, server = site
    paths = ["/page/1", "/missing", "/broken", "/flaky", "/moved", "/loop", "/image", "/big"]
    got = _fetch(base, tmp_path, [*paths, "/slow", "/private/secret"])
    assert got["/page/1"][0] is Outcome.FETCHED
    assert got["/missing"] == (Outcome.FAILED, "HTTP 404")
    assert got["/broken"] == (Outcome.FAILED, "HTTP 500")
    assert server.asked["/broken"] == 2  # type: ignore[attr-defined] # retried once
    assert got["/flaky"][0] is Outcome.FETCHED  # the retry succeeded
    assert got["/moved"][0] is Outcome.FETCHED
    assert got["/loop"] == (Outcome.FAILED, "more than 5 redirects")
    assert got["/image"] == (Outcome.FAILED, "not a web page (image/png)")
    assert got["/big"] == (Outcome.FAILED, "larger than 20000 bytes")
    assert got["/slow"][0] is Outcome.FAILED and got["/slow"][1] in {"too slow"}
    assert got["/private/secret"] == (Outcome.FAILED, "robots.txt disallows it")
    assert server.asked["/private/secret"] == 0  # type: ignore[attr-defined]
    assert server.asked["/robots.txt"] == 1  # type: ignore[attr-defined] # once per host
    # The moved page is saved with the URL it ended at.
    sidecar = json.loads((tmp_path / "raw" / f"{raw_name(base + '/moved')}.meta.json").read_text())
    assert sidecar["url"] == base + "/page/5"
    assert not [p for p in (tmp_path / "raw").iterdir() if p.name.startswith(".")]


def test_a_second_fetch_asks_nothing_new(
    site: tuple[str, ThreadingHTTPServer], tmp_path: Path
) -> None:
    base, server = site
    paths = ["/page/1", "/page/2", "/missing", "/private/x"]
    _fetch(base, tmp_path, paths)
    asked = sum(server.asked.values())  # type: ignore[attr-defined]
    again = _fetch(base, tmp_path, paths)
    assert sum(server.asked.values()) == asked  # type: ignore[attr-defined]
    assert again["/page/1"][0] is Outcome.CACHED
    assert again["/missing"][0] is Outcome.FAILED


def test_fetched_pages_are_built(site: tuple[str, ThreadingHTTPServer], tmp_path: Path) -> None:
    base, _ = site
    _fetch(base, tmp_path, ["/page/1", "/page/2", "/moved"])
    summary = build(tmp_path / "raw", tmp_path / "out", Settings())
    assert summary.published is not None, summary.report.summary()
    articles = summary.dataset.rows("articles", Article)
    assert len(articles) == 3
    assert not summary.quarantined
    for article in articles:
        assert article.source_format == "html"
        assert article.url is not None and article.url.startswith(base + "/page/")
        assert article.published_on is not None and article.metadata_source == "sidecar+page"


def test_url_lists_and_csv() -> None:
    urls, refused = read_url_list("# a list\nhttps://a.example/1\n\nhttps://a.example/1\nftp://x\n")
    assert urls == ["https://a.example/1"]
    assert [r.url for r in refused] == ["ftp://x"]
    urls, refused = read_url_list('title,url\n"A, B",https://b.example/2\nC,not a url\n')
    assert urls == ["https://b.example/2"]
    assert [r.detail for r in refused] == ["not an http(s) URL"]


def test_the_command_reports_failures_in_one_line_each(
    site: tuple[str, ThreadingHTTPServer], tmp_path: Path
) -> None:
    base, _ = site
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{base}/page/3\n{base}/missing\nnot-a-url\n", encoding="utf-8")
    args = ["fetch", str(listing), "--raw", str(tmp_path / "raw"), "--per-host-interval", "0"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "1 fetched, 0 cached, 2 failed of 3 URLs" in result.output
    assert f"failed {base}/missing: HTTP 404" in result.output
    assert "failed not-a-url: not an http(s) URL" in result.output
    assert "Traceback" not in result.output
    missing = CliRunner().invoke(app, ["fetch", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2
    assert "cannot read" in missing.output


@pytest.mark.usefixtures("prefect_api")
def test_the_fetch_and_build_flow(site: tuple[str, ThreadingHTTPServer], tmp_path: Path) -> None:
    """As a Prefect flow: fetch the list into raw/, then build and publish."""
    from dnnd_data.flows.fetch import fetch_and_build_flow  # noqa: PLC0415 - Prefect is slow

    base, _ = site
    listing = tmp_path / "urls.csv"
    listing.write_text(f"url,note\n{base}/page/4,a\n{base}/page/6,b\n", encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    state = fetch_and_build_flow(listing, raw, tmp_path / "out", return_state=True)
    assert state.is_completed(), state.message
    summary = state.result()
    assert summary.published is not None
    urls = sorted(a.url for a in summary.dataset.rows("articles", Article))
    assert urls == [f"{base}/page/4", f"{base}/page/6"]
