"""The house shows its pipeline: stage packages import only from stages before them (and the
shared foundation), Prefect only from ``flows/``, the wheel holds the package and its data."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dnnd_data.settings import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "src" / "dnnd_data"
# In data-flow order; a package may import from its own layer and every layer before it.
LAYERS = [
    {
        "settings",
        "sql",
        "lexicon",
        "regex_openings",
        "progress",
        "checksums",
        "processes",
        "background_io",
        "collector",
        "schema",
    },
    {"ingest"},
    {"normalize"},
    {"extract"},
    {"assemble"},
    {"validate"},
    {"publish"},
    {"release"},
    {"pipeline"},
    {"flows"},
    {"cli", "evaluate", "command"},
]
LAYER_OF = {name: i for i, names in enumerate(LAYERS) for name in names}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


def _top(module: str) -> str:
    return module.split(".")[1] if module.startswith("dnnd_data.") else ""


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_package_module_belongs_to_a_layer() -> None:
    tops = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in _modules()}
    assert tops - {"__init__"} <= set(LAYER_OF)


def test_no_stage_imports_a_later_stage() -> None:
    upward = []
    for path in _modules():
        own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if own == "__init__":
            continue
        for line, module in _imports(path):
            other = _top(module)
            if other and LAYER_OF[other] > LAYER_OF[own]:
                upward.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
    assert upward == []


def test_prefect_is_imported_only_in_flows() -> None:
    outside = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in _modules()
        if path.relative_to(PACKAGE).parts[0] != "flows"
        for line, module in _imports(path)
        if module.split(".")[0] in {"prefect", "prefect_dask"}
    ]
    assert outside == []


def test_modules_stay_small() -> None:
    sizes = {
        p.relative_to(PACKAGE).as_posix(): len(p.read_text("utf-8").splitlines())
        for p in _modules()
    }
    assert {m: n for m, n in sizes.items() if n > 320} == {}


@pytest.mark.slow
def test_the_wheel_installs_the_package_and_its_data_only(tmp_path: Path) -> None:
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    subprocess.run(
        [*pip, "-w", str(tmp_path), str(PROJECT_ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("dnnd_data-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {
        "dnnd_data",
        f"{wheel.name.split('-py')[0]}.dist-info",
    }
    for data in [
        "dnnd_data/flows/prefect.yaml",
        "dnnd_data/extract/lexicons/people.yaml",
        "dnnd_data/normalize/lexicons/boilerplate.yaml",
        "dnnd_data/validate/assertions.yaml",
    ]:
        assert data in names
    # Installed outside a checkout, the package finds its lexicons and deployment.
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    probe = (
        "import dnnd_data.extract.lexicon as x, dnnd_data.normalize.lexicon as n;"
        "from dnnd_data.pipeline.deployment import load_defaults;"
        "x.people(); n.boilerplate(); print(load_defaults().name)"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "dnnd-weekly"
