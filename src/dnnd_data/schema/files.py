"""Write (or check) the generated files under ``schemas/``: ``python -m dnnd_data.schema_files``.

Takes: the models, rendered by :func:`render_schema_files` (JSON Schemas, expectation
suites, data dictionary). Gives: files on disk; with ``--check``, exit 1 listing files that
drifted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from dnnd_data.schema.dictionary import data_dictionary, data_dictionary_markdown
from dnnd_data.schema.export import expectation_specs, json_schema
from dnnd_data.schema.tables import TABLES
from dnnd_data.settings import SCHEMA_DIR


def render_schema_files() -> dict[str, str]:
    """Content of every generated file under ``schemas/``, keyed by relative path."""
    files: dict[str, str] = {}
    for spec in TABLES:
        files[f"{spec.name}.schema.json"] = _json(json_schema(spec))
        suite = {"name": spec.name, "expectations": [e.as_dict() for e in expectation_specs(spec)]}
        files[f"expectations/{spec.name}.json"] = _json(suite)
    files["data_dictionary.json"] = _json(data_dictionary())
    files["data_dictionary.md"] = data_dictionary_markdown()
    return files


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def drifted(schema_dir: Path = SCHEMA_DIR) -> list[str]:
    """Generated files whose content on disk differs from the models (or are missing)."""
    out = []
    for relative, content in render_schema_files().items():
        path = schema_dir / relative
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            out.append(relative)
    return out


def write_all(schema_dir: Path = SCHEMA_DIR) -> list[Path]:
    """Write every generated file; returns their paths."""
    written = []
    for relative, content in render_schema_files().items():
        path = schema_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    """``--check`` reports drift; otherwise write."""
    if "--check" in argv:
        stale = drifted()
        for relative in stale:
            print(f"schemas/{relative} is out of date: run `make schemas`")
        return 1 if stale else 0
    for path in write_all():
        print(f"wrote {path.relative_to(SCHEMA_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
