"""Restore an output folder's release history from where releases are published (a GitHub
repository's releases, or a served output folder), so that a fresh checkout continues the
version sequence instead of starting again at 1.0.0.

Takes: a source (see :mod:`dnnd_data.release.sources`) and an output folder. Gives: the
published ``releases.json`` and the newest release, verified, under ``releases/<version>``
with ``latest`` pointing at it; None when the source has published nothing yet (404). Any
other failure raises: a history that cannot be read must stop a release, not restart it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from dnnd_data.release.download import (
    DEADLINE_SECONDS,
    Client,
    DownloadError,
    download,
    fetch_json,
)
from dnnd_data.release.latest import point_latest
from dnnd_data.release.sources import SourceError, parse_source
from dnnd_data.release.versioning import RELEASES_INDEX, read_index

NOT_FOUND = " 404 "


def restore(
    source_text: str, out_dir: Path, deadline_seconds: float = DEADLINE_SECONDS
) -> str | None:
    """The newest published version, now in ``out_dir``; None when nothing is published."""
    try:
        source = parse_source(source_text)
    except SourceError as exc:
        raise DownloadError(str(exc)) from exc
    client = Client(False, time.monotonic() + deadline_seconds, source.redirect_hosts())
    try:
        index = fetch_json(client, source.index_url)
    except DownloadError as exc:
        if NOT_FOUND in str(exc):
            return None
        raise
    if not isinstance(index, list) or not index or not isinstance(index[0], dict):
        raise DownloadError(f"{source.index_url}: lists no release")
    version = index[0].get("version")
    if not isinstance(version, str) or not version:
        raise DownloadError(f"{source.index_url}: the newest entry has no version")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "releases" / version
    download(source_text, version, target, deadline_seconds=deadline_seconds)
    # A local history is the more complete one; a fresh folder takes the published one.
    if not read_index(out_dir):
        temporary = out_dir / f".{RELEASES_INDEX}.partial"
        temporary.write_text(json.dumps(index, ensure_ascii=False, indent=2) + "\n", "utf-8")
        temporary.replace(out_dir / RELEASES_INDEX)
    point_latest(out_dir, version)
    return version
