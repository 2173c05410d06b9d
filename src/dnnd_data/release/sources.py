"""Where a published release lives and how its files are addressed.

Two layouts: a served ``output/`` folder (any HTTP(S) base URL or ``file://`` folder:
``releases.json``, ``releases/<version>/<path>``), and the releases of a GitHub repository
(``github:OWNER/REPO``), whose assets are flat: a file's folders are kept in its asset name
(``csv/events.csv.gz`` → ``csv__events.csv.gz``) and every release carries the
``releases.json`` of its time. :func:`release_assets` lays a built release out that way.

Takes: a source string. Gives: a :class:`Source` that builds URLs, and the hosts its
downloads may be redirected to.
"""

from __future__ import annotations

import os
import re
import shutil
import urllib.parse
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ASSET_FOLDER_SEPARATOR = "__"
# GitHub serves release assets from its own storage hosts after a redirect.
GITHUB_ASSET_HOSTS = frozenset(
    {"github.com", "objects.githubusercontent.com", "release-assets.githubusercontent.com"}
)
# Tests point this at a loopback server that answers like GitHub.
GITHUB_URL_ENV = "DNND_GITHUB_URL"
_REPOSITORY = re.compile(r"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$")


class SourceError(ValueError):
    """A source string that names no usable release host."""


def _url(base: str, *parts: str) -> str:
    return base.rstrip("/") + "/" + "/".join(urllib.parse.quote(p) for p in parts)


def asset_name(path: str) -> str:
    """A release file's flat asset name (its folders joined by ``__``)."""
    return ASSET_FOLDER_SEPARATOR.join(PurePosixPath(path).parts)


@dataclass(frozen=True)
class Source:
    """URLs of one place that publishes releases."""

    base: str
    github: bool = False

    @property
    def index_url(self) -> str:
        """``releases.json``: every release, newest first."""
        if self.github:
            return _url(self.base, "releases", "latest", "download", "releases.json")
        return _url(self.base, "releases.json")

    def file_url(self, version: str, path: str) -> str:
        """The URL of ``path`` (as the manifest lists it) in release ``version``."""
        if self.github:
            return _url(self.base, "releases", "download", f"v{version}", asset_name(path))
        return _url(self.base, "releases", version, *PurePosixPath(path).parts)

    def redirect_hosts(self) -> frozenset[str]:
        """Hosts a download may be redirected to besides its own."""
        return GITHUB_ASSET_HOSTS if self.github else frozenset()


def parse_source(text: str) -> Source:
    """``github:OWNER/REPO``, or the base URL of a served output folder."""
    if text.startswith("github:"):
        repository = text.removeprefix("github:").strip("/")
        if not _REPOSITORY.match(repository):
            raise SourceError(f"{text!r} is not github:OWNER/REPO")
        host = os.environ.get(GITHUB_URL_ENV, "https://github.com")
        return Source(_url(host, *repository.split("/")), github=True)
    scheme = urllib.parse.urlsplit(text).scheme
    if scheme not in {"http", "https", "file"}:
        raise SourceError(f"{text!r} is neither github:OWNER/REPO nor an http(s)/file URL")
    return Source(text)


def release_assets(release_dir: Path, index: Path, dest: Path) -> list[Path]:
    """Copy a release's files flat into ``dest`` as GitHub assets (folders kept in the
    names), with ``releases.json``; returns the asset paths, sorted."""
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(p for p in release_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(release_dir).as_posix()
        target = dest / asset_name(relative)
        shutil.copyfile(path, target)
        written.append(target)
    shutil.copyfile(index, dest / "releases.json")
    return sorted([*written, dest / "releases.json"])
