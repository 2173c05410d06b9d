"""Download a release from any HTTP(S) server or ``file://`` folder serving an ``output/``.

Takes: a base URL, a version (or ``latest``) and a destination folder. Gives: the
release's files in the destination, each verified against the manifest's sha256 and the
release's ``SHA256SUMS`` before the destination is swapped for them whole: files are
gathered in a staging folder beside the destination (``.<dest>.partial``, where a failed
download's partial files wait to be resumed), so a failure never leaves a mix of two
releases, and nothing is written through a link planted in the destination. Files that
already verify are re-used; paths that would escape, responses larger than announced,
redirects to another host and a transfer past its deadline are refused.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from dnnd_data.checksums import sha256_file
from dnnd_data.release.sources import Source, SourceError, parse_source

CHUNK = 1 << 16
MAX_MANIFEST_BYTES = 10 * 1024 * 1024
# Seconds one read may wait, and the whole download may take.
READ_TIMEOUT_SECONDS = 30
DEADLINE_SECONDS = 1800
SHA256_LENGTH = 64


class DownloadError(Exception):
    """A download that cannot be completed, with a message for the user."""


@dataclass(frozen=True)
class DownloadResult:
    """What a download did."""

    version: str
    fetched: list[str]
    reused: list[str]


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to the host it was sent to (unless told otherwise)."""

    def __init__(self, allow_other_hosts: bool, hosts: frozenset[str] = frozenset()) -> None:
        self.allow_other_hosts, self.hosts = allow_other_hosts, hosts

    def redirect_request(  # type: ignore[no-untyped-def]  # noqa: PLR0917 - urllib's signature
        self, req, fp, code, msg, headers, newurl
    ):
        old, new = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        same = (old.scheme, old.netloc) == (new.scheme, new.netloc)
        known = new.scheme == "https" and new.hostname in self.hosts
        if not (self.allow_other_hosts or same or known):
            raise DownloadError(
                f"{req.full_url}: redirected to another host ({new.netloc}); refused"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


@dataclass
class Client:
    """One download's connection rules: redirects, per-read timeout, overall deadline."""

    allow_other_hosts: bool = False
    deadline: float = 0.0
    # Hosts the source itself redirects to (GitHub's asset storage).
    hosts: frozenset[str] = frozenset()

    def open(self, url: str, offset: int = 0) -> Any:
        request = urllib.request.Request(url)
        if offset:
            request.add_header("Range", f"bytes={offset}-")
        opener = urllib.request.build_opener(_SameHostRedirects(self.allow_other_hosts, self.hosts))
        try:
            return opener.open(request, timeout=READ_TIMEOUT_SECONDS)
        except urllib.error.HTTPError as exc:
            raise DownloadError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DownloadError(f"{url}: cannot connect ({reason})") from exc

    def check_deadline(self, url: str) -> None:
        if time.monotonic() > self.deadline:
            raise DownloadError(f"{url}: the download took longer than its deadline; stopped")

    def read(self, response: Any, url: str, size: int) -> bytes:
        # read1 returns what has arrived, so a trickling server meets the deadline.
        reader = getattr(response, "read1", response.read)
        try:
            chunk: bytes = reader(size)
        except (OSError, ValueError) as exc:
            raise DownloadError(f"{url}: the connection broke ({exc})") from exc
        self.check_deadline(url)
        return chunk


def _url(base: str, *parts: str) -> str:
    return base.rstrip("/") + "/" + "/".join(urllib.parse.quote(p) for p in parts)


def fetch_small(client: Client, url: str) -> bytes:
    """A small document, whole (size-capped)."""
    data = b""
    with client.open(url) as response:
        while chunk := client.read(response, url, MAX_MANIFEST_BYTES + 1 - len(data)):
            data += chunk
            if len(data) > MAX_MANIFEST_BYTES:
                break
    return data


def fetch_json(client: Client, url: str) -> Any:
    """A small JSON document (size-capped)."""
    data = fetch_small(client, url)
    if len(data) > MAX_MANIFEST_BYTES:
        raise DownloadError(f"{url}: larger than {MAX_MANIFEST_BYTES} bytes; not a manifest")
    try:
        return json.loads(data)
    except ValueError as exc:
        raise DownloadError(f"{url}: not valid JSON ({exc})") from exc


def resolve_version(client: Client, source: Source, version: str) -> str:
    """``latest`` → the newest version in ``releases.json``."""
    if version != "latest":
        return version
    url = source.index_url
    index = fetch_json(client, url)
    if not isinstance(index, list) or not index or not isinstance(index[0], dict):
        raise DownloadError(f"{url}: lists no release")
    newest = index[0].get("version")
    if not isinstance(newest, str) or not newest:
        raise DownloadError(f"{url}: the newest entry has no version")
    return newest


def safe_target(dest: Path, relative: str) -> Path:
    """The destination path of a manifest entry; refuses anything that escapes ``dest``."""
    pure = PurePosixPath(relative)
    bad = pure.is_absolute() or ".." in pure.parts or not pure.parts
    if bad or "\\" in relative or "\x00" in relative:
        raise DownloadError(f"refusing file path {relative!r}: it would escape {dest}")
    target = (dest / Path(*pure.parts)).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise DownloadError(f"refusing file path {relative!r}: it would escape {dest}")
    return target


def _entries(manifest: Any, resolved: str, base: str) -> list[tuple[str, int, str]]:
    """The manifest's files as (path, bytes, sha256), each checked for shape."""
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if manifest.get("version") != resolved or not isinstance(files, list):
        raise DownloadError(f"{base}: manifest of {resolved} is not a dnnd-data manifest")
    out = []
    for number, entry in enumerate(files):
        path = entry.get("path") if isinstance(entry, dict) else None
        size = entry.get("bytes") if isinstance(entry, dict) else None
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if not isinstance(path, str) or not isinstance(size, int) or size < 0:
            raise DownloadError(f"{base}: manifest entry {number} has no path or byte count")
        if not isinstance(digest, str) or len(digest) != SHA256_LENGTH:
            raise DownloadError(f"{base}: manifest entry {number} ({path}) has no sha256")
        out.append((path, size, digest))
    return out


def fetch_file(
    client: Client,
    url: str,
    target: Path,
    expected: tuple[int, str],
    advance: Callable[[int], None],
) -> None:
    """Download to ``target.part`` (resuming), check size and sha256 (``expected``), then
    move into place."""
    size, sha256 = expected
    part = target.with_name(target.name + ".part")
    offset = part.stat().st_size if part.is_file() else 0
    if offset > size:
        part.unlink()
        offset = 0
    with client.open(url, offset) as response:
        resumed = offset and getattr(response, "status", 200) == 206
        mode, written = ("ab", offset) if resumed else ("wb", 0)
        advance(written)
        with part.open(mode) as handle:
            while chunk := client.read(response, url, CHUNK):
                written += len(chunk)
                if written > size:
                    raise DownloadError(
                        f"{url}: more than the {size} bytes the manifest announces; refused"
                    )
                handle.write(chunk)
                advance(len(chunk))
    if sha256_file(part) != sha256:
        part.unlink()
        raise DownloadError(
            f"{url}: sha256 does not match the manifest (tampered or corrupt); removed"
        )
    part.replace(target)


def _check_sums(
    client: Client, url: str, staging: Path, entries: list[tuple[str, int, str]]
) -> None:
    """The release's ``SHA256SUMS`` (written after its manifest) lists the same files with
    the same hashes as the manifest; kept beside them."""
    try:
        text = fetch_small(client, url).decode("utf-8")
    except DownloadError as exc:
        if " 404 " in str(exc):
            return  # an older release without one
        raise
    except UnicodeDecodeError as exc:
        raise DownloadError(f"{url}: not a SHA256SUMS file") from exc
    listed = {}
    for line in text.splitlines():
        digest, _, path = line.partition("  ")
        listed[path] = digest
    for path, _, digest in entries:
        if listed.get(path) != digest:
            raise DownloadError(f"SHA256SUMS and the manifest disagree on {path}; refused")
    (staging / "SHA256SUMS").write_text(text, encoding="utf-8")


def download(
    base: str,
    version: str,
    dest: Path,
    advance: Callable[[int], None] = lambda n: None,
    set_total: Callable[[int], None] = lambda n: None,
    *,
    deadline_seconds: float = DEADLINE_SECONDS,
    allow_other_hosts: bool = False,
) -> DownloadResult:
    """Download and verify a release from ``base`` (a served output folder's URL, or
    ``github:OWNER/REPO``), then swap it into ``dest`` whole (its manifest beside the
    files). ``set_total`` learns the bytes to transfer at most; ``advance`` each chunk's
    size."""
    try:
        source = parse_source(base)
    except SourceError as exc:
        raise DownloadError(str(exc)) from exc
    client = Client(allow_other_hosts, time.monotonic() + deadline_seconds, source.redirect_hosts())
    if dest.exists() and not dest.is_dir():
        raise DownloadError(f"{dest} exists and is not a folder")
    resolved = resolve_version(client, source, version)
    manifest = fetch_json(client, source.file_url(resolved, "manifest.json"))
    entries = _entries(manifest, resolved, base)
    set_total(sum(size for _, size, _ in entries))
    staging = dest.parent / f".{dest.name}.partial"
    try:
        staging.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(f"cannot write beside {dest}: {exc.strerror or exc}") from exc
    fetched, reused = [], []
    for path, size, digest in entries:
        target = safe_target(staging, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        if _reuse(dest, path, size, digest, target):
            reused.append(path)
            advance(size)
            continue
        fetch_file(client, source.file_url(resolved, path), target, (size, digest), advance)
        fetched.append(path)
    _check_sums(client, source.file_url(resolved, "SHA256SUMS"), staging, entries)
    (staging / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    _swap_in(staging, dest)
    return DownloadResult(resolved, fetched, reused)


def _reuse(dest: Path, path: str, size: int, digest: str, target: Path) -> bool:
    """Copy a file that already verifies in ``dest`` (never through a link, nor through a
    linked folder)."""
    if not dest.is_dir():
        return False
    existing = dest
    for part in PurePosixPath(path).parts:
        existing = existing / part
        if existing.is_symlink():
            return False
    if not existing.is_file():
        return False
    if existing.stat().st_size != size or sha256_file(existing) != digest:
        return False
    shutil.copyfile(existing, target)
    return True


def _swap_in(staging: Path, dest: Path) -> None:
    """Replace ``dest`` by the verified staging folder (two renames)."""
    old = dest.parent / f".{dest.name}.old-{os.getpid()}"
    if dest.exists():
        dest.rename(old)
    staging.rename(dest)
    shutil.rmtree(old, ignore_errors=True)
