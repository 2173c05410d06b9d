"""The CI and release workflows are valid GitHub Actions files (schema bundled offline)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

WORKFLOWS = sorted((Path(__file__).parents[2] / ".github" / "workflows").glob("*.yml"))


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid(workflow: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(workflow),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_release_workflow_publishes_the_release_files() -> None:
    text = (Path(__file__).parents[2] / ".github" / "workflows" / "release.yml").read_text("utf-8")
    assert "workflow_dispatch" in text and "schedule" in text
    assert "make run" in text and "gh release create" in text
    # History from the published releases, not a cache; flat assets that keep folders.
    assert "dnnd restore --from" in text and "actions/cache" not in text
    assert "dnnd assets" in text and "content_hash" in text
