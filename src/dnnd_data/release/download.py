"""Download a release from any HTTP(S) server or ``file://`` folder serving an ``output/``.

Takes: a base URL, a version (or ``latest``) and a destination folder. Gives: the
release's files in the destination, each verified against the manifest's sha256 before it
is put in place. Files that already verify are re-used, partial downloads resume, paths
that would escape the destination and responses larger than announced are refused.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from dnnd_data.checksums import sha256_file

CHUNK = 1 << 16
MAX_MANIFEST_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 60


class DownloadError(Exception):
    """A download that cannot be completed, with a message for the user."""


@dataclass(frozen=True)
class DownloadResult:
    """What a download did."""

    version: str
    fetched: list[str]
    reused: list[str]


def _url(base: str, *parts: str) -> str:
    return base.rstrip("/") + "/" + "/".join(parts)


def _open(url: str, offset: int = 0) -> Any:
    request = urllib.request.Request(url)
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    try:
        return urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS)
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise DownloadError(f"{url}: cannot connect ({getattr(exc, 'reason', exc)})") from exc


def fetch_json(url: str) -> Any:
    """A small JSON document (size-capped)."""
    with _open(url) as response:
        data = response.read(MAX_MANIFEST_BYTES + 1)
    if len(data) > MAX_MANIFEST_BYTES:
        raise DownloadError(f"{url}: larger than {MAX_MANIFEST_BYTES} bytes; not a manifest")
    try:
        return json.loads(data)
    except ValueError as exc:
        raise DownloadError(f"{url}: not valid JSON ({exc})") from exc


def resolve_version(base: str, version: str) -> str:
    """``latest`` → the newest version in ``releases.json``."""
    if version != "latest":
        return version
    index = fetch_json(_url(base, "releases.json"))
    if not index:
        raise DownloadError(f"{base}: releases.json lists no release")
    return str(index[0]["version"])


def safe_target(dest: Path, relative: str) -> Path:
    """The destination path of a manifest entry; refuses anything that escapes ``dest``."""
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or "\\" in relative:
        raise DownloadError(f"refusing file path {relative!r}: it would escape {dest}")
    target = (dest / Path(*pure.parts)).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise DownloadError(f"refusing file path {relative!r}: it would escape {dest}")
    return target


def fetch_file(
    url: str, target: Path, size: int, sha256: str, advance: Callable[[int], None]
) -> None:
    """Download to ``target.part`` (resuming), check size and sha256, then move into place."""
    part = target.with_name(target.name + ".part")
    offset = part.stat().st_size if part.is_file() else 0
    if offset > size:
        part.unlink()
        offset = 0
    with _open(url, offset) as response:
        resumed = offset and getattr(response, "status", 200) == 206
        mode, written = ("ab", offset) if resumed else ("wb", 0)
        advance(written)
        with part.open(mode) as handle:
            for chunk in iter(lambda: response.read(CHUNK), b""):
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


def download(
    base: str,
    version: str,
    dest: Path,
    advance: Callable[[int], None] = lambda n: None,
    set_total: Callable[[int], None] = lambda n: None,
) -> DownloadResult:
    """Download and verify a release into ``dest`` (then its manifest beside the files).
    ``set_total`` learns the bytes to transfer at most; ``advance`` each chunk's size."""
    resolved = resolve_version(base, version)
    manifest = fetch_json(_url(base, "releases", resolved, "manifest.json"))
    files = manifest.get("files")
    if manifest.get("version") != resolved or not isinstance(files, list):
        raise DownloadError(f"{base}: manifest of {resolved} is not a dnnd-data manifest")
    set_total(sum(int(e.get("bytes", 0)) for e in files))
    dest.mkdir(parents=True, exist_ok=True)
    targets = [(entry, safe_target(dest, str(entry["path"]))) for entry in files]
    fetched, reused = [], []
    for entry, target in targets:
        if (
            target.is_file()
            and target.stat().st_size == entry["bytes"]
            and sha256_file(target) == entry["sha256"]
        ):
            reused.append(entry["path"])
            advance(int(entry["bytes"]))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        url = _url(base, "releases", resolved, *PurePosixPath(entry["path"]).parts)
        fetch_file(url, target, int(entry["bytes"]), str(entry["sha256"]), advance)
        fetched.append(entry["path"])
    (dest / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return DownloadResult(resolved, fetched, reused)
