"""Settings: the one place that reads the environment and knows default paths and limits.

Takes: environment variables prefixed ``DNND_`` (and sets Prefect's defaults).
Gives: a frozen :class:`Settings` and :func:`configure_prefect_env`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import dataclass, replace
from functools import cache
from importlib import metadata
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = PROJECT_ROOT / "schemas"

MIB = 1024 * 1024
CACHE_FOLDER = ".cache/articles"
WORK_FOLDER = ".work"


@dataclass(frozen=True)
class Settings:
    """Limits and defaults of one build."""

    max_file_bytes: int = 20 * MIB
    max_file_lines: int = 20_000
    # Seconds one file's normalizing and extraction may take (0: no budget).
    max_file_seconds: float = 60.0
    batch_size: int = 200
    min_vietnamese_letter_share: float = 0.02
    near_duplicate_threshold: float = 0.9
    workers: int = max(1, min(os.cpu_count() or 1, 8))
    # Per-article cache (see article_cache); None processes every article every time.
    cache_dir: Path | None = None
    # Where a build spills its tables and outcomes (None: the system's temporary folder).
    work_dir: Path | None = None
    # The code fingerprint the build began with (None: the code's now): every process of
    # one build, started early or late, uses one cache namespace even when the code on
    # disk changes while it runs (a later process had found none of the outcomes).
    code: str | None = None

    @classmethod
    def from_env(cls) -> Settings:
        """Read overrides such as ``DNND_MAX_FILE_BYTES`` from the environment."""
        defaults = cls()
        return cls(
            max_file_bytes=int(os.environ.get("DNND_MAX_FILE_BYTES", defaults.max_file_bytes)),
            max_file_lines=int(os.environ.get("DNND_MAX_FILE_LINES", defaults.max_file_lines)),
            max_file_seconds=float(
                os.environ.get("DNND_MAX_FILE_SECONDS", defaults.max_file_seconds)
            ),
            batch_size=int(os.environ.get("DNND_BATCH_SIZE", defaults.batch_size)),
            min_vietnamese_letter_share=float(
                os.environ.get("DNND_MIN_VI_SHARE", defaults.min_vietnamese_letter_share)
            ),
            near_duplicate_threshold=float(
                os.environ.get("DNND_NEAR_DUPLICATE", defaults.near_duplicate_threshold)
            ),
            workers=max(1, int(os.environ.get("DNND_WORKERS", defaults.workers))),
        )

    def with_cache_in(self, out_dir: Path) -> Settings:
        """These settings with the per-article cache (unless ``DNND_NO_CACHE`` is set) and
        the build's spill folder inside the output folder."""
        work = replace(self, work_dir=out_dir / WORK_FOLDER, code=self.code or code_fingerprint())
        if os.environ.get("DNND_NO_CACHE"):
            return replace(work, cache_dir=None)
        return replace(work, cache_dir=out_dir / CACHE_FOLDER)


def configure_prefect_env(project_dir: Path | None = None) -> None:
    """Give Prefect offline-safe defaults unless the user already chose.

    Why: with no ``PREFECT_API_URL`` Prefect starts a temporary local server whose
    default 20 s start-up timeout is too short on a busy 2-core machine, and it tries to
    send telemetry, which fails offline. ``PREFECT_HOME`` stays inside the project.
    Must run before ``prefect`` is imported.
    """
    home = (project_dir or Path.cwd()) / ".prefect"
    defaults = {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_UI_ENABLED": "false",
        # Dask's scheduler and workers (--runner dask) log every connection at INFO.
        "DASK_LOGGING__DISTRIBUTED": "warning",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)


def code_version() -> str:
    """Package version, plus the git commit when running from a checkout."""
    try:
        version = metadata.version("dnnd-data")
    except metadata.PackageNotFoundError:
        version = "0+unknown"
    try:
        commit = subprocess.run(
            ["git", "-C", str(PROJECT_ROOT), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return version
    return f"{version}+g{commit}" if commit else version


PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def code_fingerprint() -> str:
    """sha256 over every module and lexicon of the package: a change re-runs extraction."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in {".py", ".yaml"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()
