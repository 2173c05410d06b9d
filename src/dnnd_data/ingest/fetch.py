"""Fetch news pages into the raw folder, politely: robots.txt (RFC 9309), one request per
host at a time with a pause between them, retries with backoff for temporary failures, a
deadline per page, a size cap, a content-type check, and an on-disk cache so that a second
fetch of the same list asks the servers nothing new.

Takes: URLs and a :class:`FetchPolicy`. Gives: ``<host>_<hash>.html`` plus its
``.meta.json`` sidecar (the URL fetched) in the raw folder, and one :class:`FetchResult`
per URL (fetched, cached or failed, with a one-line reason). The build reads the pages like
any saved page.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import time
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

import httpx

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Worth asking again (later in this run, or in the next one).
TEMPORARY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
HTTP_CLIENT_ERROR = 400
HTTP_SERVER_ERROR = 500
HTTP_OK = 200


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how far to fetch."""

    timeout_seconds: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    per_host_interval_seconds: float = 1.0
    retries: int = 2
    backoff_seconds: float = 2.0
    max_redirects: int = 5
    user_agent: str = "dnnd-data-fetch/1 (research dataset; honours robots.txt)"


class Outcome(StrEnum):
    """What happened to one URL."""

    FETCHED = "fetched"
    CACHED = "cached"
    FAILED = "failed"


@dataclass(frozen=True)
class FetchResult:
    """One URL's outcome; ``path`` is the page's file in the raw folder."""

    url: str
    outcome: Outcome
    detail: str = ""
    path: str | None = None
    # A failure that asking again will not change (404, robots.txt, not a page, too large).
    permanent: bool = False


def read_url_list(text: str) -> tuple[list[str], list[FetchResult]]:
    """The URLs of a list (one a line, ``#`` comments) or of a CSV's ``url`` column, in
    order without repeats, and a failed result for each entry that is not an http(s) URL."""
    lines = [line.strip() for line in text.splitlines()]
    header = next((line for line in lines if line and not line.startswith("#")), "")
    if "," in header and "url" in [c.strip().lower() for c in header.split(",")]:
        reader = csv.DictReader(io.StringIO(text))
        column = next(c for c in reader.fieldnames or [] if c.strip().lower() == "url")
        entries = [(row.get(column) or "").strip() for row in reader]
    else:
        entries = [line for line in lines if line and not line.startswith("#")]
    urls: list[str] = []
    refused: list[FetchResult] = []
    for entry in entries:
        parts = urlsplit(entry)
        if parts.scheme not in {"http", "https"} or not parts.hostname or " " in entry:
            refused.append(FetchResult(entry, Outcome.FAILED, "not an http(s) URL", None, True))
        elif entry not in urls:
            urls.append(entry)
    return urls, refused


def raw_name(url: str) -> str:
    """The page's file name: its host (for people browsing raw/) and a hash of the URL."""
    host = re.sub(r"[^a-z0-9.-]", "-", (urlsplit(url).hostname or "page").lower())[:60]
    return f"{host}_{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}.html"


class Fetcher:
    """Fetches URLs into ``raw_dir``, remembering outcomes in ``cache_dir``."""

    def __init__(
        self,
        raw_dir: Path,
        cache_dir: Path,
        policy: FetchPolicy,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.raw_dir, self.cache_dir, self.policy, self._sleep = raw_dir, cache_dir, policy, sleep
        self._client = httpx.Client(
            follow_redirects=True,
            max_redirects=policy.max_redirects,
            timeout=httpx.Timeout(policy.timeout_seconds),
            headers={"User-Agent": policy.user_agent},
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | bool] = {}
        self._next_turn: dict[str, float] = {}

    def close(self) -> None:
        self._client.close()

    def fetch_all(
        self, urls: Iterable[str], progress: Callable[[FetchResult], None] | None = None
    ) -> list[FetchResult]:
        """Every URL, in order; ``progress`` hears each result."""
        results = []
        for url in urls:
            result = self.fetch(url)
            results.append(result)
            if progress is not None:
                progress(result)
        return results

    def fetch(self, url: str) -> FetchResult:
        """One URL: from the cache when already settled, else from its server."""
        remembered = self._remembered(url)
        if remembered is not None:
            return remembered
        if not self._allowed(url):
            result = FetchResult(url, Outcome.FAILED, "robots.txt disallows it", None, True)
        else:
            result = self._download(url)
        self._remember(result)
        return result

    def _remembered(self, url: str) -> FetchResult | None:
        try:
            entry = json.loads(self._cache_file(url).read_text("utf-8"))
            result = FetchResult(**{**entry, "outcome": Outcome(entry["outcome"])})
        except (OSError, ValueError, TypeError, KeyError):
            return None
        fetched = result.outcome is Outcome.FETCHED
        if fetched and result.path and (self.raw_dir / result.path).is_file():
            return FetchResult(url, Outcome.CACHED, "fetched before", result.path)
        if result.outcome is Outcome.FAILED and result.permanent:
            return FetchResult(url, Outcome.FAILED, f"{result.detail} (before)", None, True)
        return None

    def _remember(self, result: FetchResult) -> None:
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        target = self._cache_file(result.url)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(result)), encoding="utf-8")
        temporary.replace(target)

    def _cache_file(self, url: str) -> Path:
        return self.cache_dir / f"{hashlib.sha256(url.encode('utf-8')).hexdigest()}.json"

    def _allowed(self, url: str) -> bool:
        """RFC 9309: robots.txt missing (4xx) allows all; unreachable (5xx) allows none."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(self.policy.user_agent, url)

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | bool:
        self._wait_turn(origin)
        try:
            response = self._client.get(f"{origin}/robots.txt")
        except httpx.HTTPError:
            return False
        if response.status_code >= HTTP_SERVER_ERROR:
            return False
        if response.status_code != HTTP_OK:
            return True
        rules = urllib.robotparser.RobotFileParser()
        rules.parse(response.text[:500_000].splitlines())
        return rules

    def _wait_turn(self, origin_or_url: str) -> None:
        """One request per host every ``per_host_interval_seconds``."""
        host = urlsplit(origin_or_url).netloc
        wait = self._next_turn.get(host, 0.0) - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        self._next_turn[host] = time.monotonic() + self.policy.per_host_interval_seconds

    def _download(self, url: str) -> FetchResult:
        last = FetchResult(url, Outcome.FAILED, "not attempted")
        for attempt in range(self.policy.retries + 1):
            if attempt:
                self._sleep(self.policy.backoff_seconds * 2 ** (attempt - 1))
            self._wait_turn(url)
            last = self._attempt(url)
            if last.outcome is Outcome.FETCHED or last.permanent:
                return last
        return last

    def _attempt(self, url: str) -> FetchResult:
        deadline = time.monotonic() + self.policy.timeout_seconds
        try:
            with self._client.stream("GET", url) as response:
                body = self._refusal(url, response) or self._body(url, response, deadline)
                if isinstance(body, FetchResult):
                    return body
                final_url = str(response.url)
        except httpx.TooManyRedirects:
            return self._failed(url, f"more than {self.policy.max_redirects} redirects")
        except httpx.TimeoutException:
            return self._failed(url, f"no answer within {self.policy.timeout_seconds:g} s", False)
        except httpx.HTTPError as exc:
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            return self._failed(url, f"connection failed: {reason}", permanent=False)
        return self._save(url, final_url, body)

    def _body(self, url: str, response: httpx.Response, deadline: float) -> bytes | FetchResult:
        """The page's bytes, or why reading stopped (too large, too slow)."""
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.policy.max_bytes:
                return self._failed(url, f"larger than {self.policy.max_bytes} bytes")
            if time.monotonic() > deadline:
                return self._failed(url, "too slow", permanent=False)
        return bytes(body)

    def _refusal(self, url: str, response: httpx.Response) -> FetchResult | None:
        status = response.status_code
        if status in TEMPORARY_STATUSES or status >= HTTP_SERVER_ERROR:
            return self._failed(url, f"HTTP {status}", permanent=False)
        if status >= HTTP_CLIENT_ERROR:
            return self._failed(url, f"HTTP {status}")
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in HTML_TYPES:
            return self._failed(url, f"not a web page ({content_type or 'no content type'})")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.policy.max_bytes:
            return self._failed(url, f"larger than {self.policy.max_bytes} bytes")
        return None

    def _failed(self, url: str, detail: str, permanent: bool = True) -> FetchResult:
        return FetchResult(url, Outcome.FAILED, detail, None, permanent)

    def _save(self, url: str, final_url: str, body: bytes) -> FetchResult:
        """The page and its sidecar, each written whole (a killed fetch leaves no half)."""
        name = raw_name(url)
        self.raw_dir.mkdir(parents=True, exist_ok=True)
        sidecar = {"url": final_url, "requested_url": url}
        # The page first: a fetch killed in between leaves a page without its sidecar (read
        # with the page's own metadata), never a sidecar without its page.
        for target, data in (
            (self.raw_dir / name, body),
            (self.raw_dir / f"{name}.meta.json", json.dumps(sidecar).encode("utf-8")),
        ):
            temporary = target.with_name(f".{target.name}.partial")
            temporary.write_bytes(data)
            temporary.replace(target)
        return FetchResult(url, Outcome.FETCHED, f"{len(body)} bytes", name)


def fetch_listed(
    urls_file: Path, raw_dir: Path, cache_dir: Path | None = None, policy: FetchPolicy | None = None
) -> list[FetchResult]:
    """Fetch every URL a list file names (refused entries included as failures); the cache
    defaults to ``.fetch-cache`` beside the raw folder."""
    urls, refused = read_url_list(urls_file.read_text(encoding="utf-8"))
    fetcher = Fetcher(
        raw_dir, cache_dir or raw_dir.resolve().parent / ".fetch-cache", policy or FetchPolicy()
    )
    try:
        return [*refused, *fetcher.fetch_all(urls)]
    finally:
        fetcher.close()
