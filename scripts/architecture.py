"""Figures about the package's shape: modules, lines per module, import arrows between them.

Usage: ``python scripts/architecture.py [PACKAGE_DIR]`` (default ``src/dnnd_data``).
An import arrow is one module importing another module of the package (``from
dnnd_data.x import y`` counts once per pair of modules).
"""

from __future__ import annotations

import ast
import statistics
import sys
from pathlib import Path


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, package: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith(package):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith(package)}
    return found


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "src/dnnd_data").resolve()
    package = root.name
    files = sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    lines = {module_name(root, p): len(p.read_text(encoding="utf-8").splitlines()) for p in files}
    arrows = {(module_name(root, p), m) for p in files for m in imports(p, package)}
    arrows = {(a, b) for a, b in arrows if a != b}
    sizes = sorted(lines.values())
    print(f"modules: {len(files)}  lines: {sum(sizes)}")
    print(f"lines per module: median {statistics.median(sizes):.0f}, max {sizes[-1]}")
    print(f"modules over 300 lines: {sum(1 for s in sizes if s > 300)}")
    print(f"import arrows inside the package: {len(arrows)}")
    top = sorted(lines.items(), key=lambda kv: -kv[1])[:5]
    print("largest: " + ", ".join(f"{m} {n}" for m, n in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
