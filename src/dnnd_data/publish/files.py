"""What every writer of a release shares: the manifest entry of a written file, and JSON
written the same way everywhere (sorted keys, UTF-8, a final newline)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dnnd_data.checksums import sha256_file


def file_entry(folder: Path, path: Path, rows: int | None) -> dict[str, Any]:
    return {
        "path": path.relative_to(folder).as_posix(),
        "sha256": sha256_file(path),
        "bytes": path.stat().st_size,
        "rows": rows,
    }


def write_json(path: Path, value: Any) -> None:
    path.write_text(
        json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
