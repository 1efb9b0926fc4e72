"""The modules import downward only, and no module reaches into another's private names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "cischronicle"


def _imports(path: Path, root: Path = PACKAGE) -> list[tuple[str, str]]:
    """The package-relative ``from`` imports of one module: ``(module, name)`` pairs."""
    package = path.parent.relative_to(root.parent).parts
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = package[: len(package) - node.level + 1]
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.extend((module, alias.name) for alias in node.names)
    return found


@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("codec.py", {"errors", "events", "values"}),
        ("log.py", {"codec", "errors", "events", "values"}),
    ],
)
def test_the_codec_and_the_log_import_only_the_layers_below(module: str, allowed: set[str]) -> None:
    """codec.py imports only values, events and errors; log.py those and the codec."""
    imported = {name.removeprefix("cischronicle.") for name, _ in _imports(PACKAGE / module)}
    assert imported <= allowed, imported - allowed


ABOVE_THE_STORE = frozenset(
    {"projections", "checks", "_index", "resume", "consistency", "ingest", "report", "cli"}
    | {"_cli_args", "_cli_extract", "_cli_report", "_cli_store"}
)
"""Modules a store may not import: what folds, judges, resumes, ingests, shows or prints."""


def _upward(path: Path, root: Path = PACKAGE) -> set[str]:
    """The modules above the store that ``path`` imports (``from .. import checks`` too)."""
    found = set()
    for module, name in _imports(path, root):
        parts = module.split(".")[1:]  # without the package's own name
        top = parts[0] if parts else name
        if top in ABOVE_THE_STORE:
            found.add(top)
    return found


@pytest.mark.parametrize(
    "path", sorted((PACKAGE / "store").glob("*.py")), ids=lambda path: path.name
)
def test_the_store_imports_nothing_that_folds_or_judges(path: Path) -> None:
    """No module of store/ imports the projections, the checks, the resume or anything above."""
    assert _upward(path) == set()


def test_the_layer_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The store's layer check flags ``from .. import checks`` and ``from ..projections``."""
    (tmp_path / "cischronicle" / "store").mkdir(parents=True)
    module = tmp_path / "cischronicle" / "store" / "bad.py"
    module.write_text("from .. import checks\nfrom ..projections import project\n")
    assert _upward(module, tmp_path / "cischronicle") == {"checks", "projections"}


def test_no_module_imports_a_private_name_of_another() -> None:
    """A ``from X import _name`` names a private module, or is within private modules."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for module, name in _imports(path):
            if not name.startswith("_") or name.startswith("__"):
                continue
            folder = PACKAGE.parent.joinpath(*module.split("."))
            is_module = (folder / f"{name}.py").exists() or (folder / name).is_dir()
            is_private_source = module.rsplit(".", 1)[-1].startswith("_")
            if not (is_module or is_private_source):
                offenders.append(f"{path.relative_to(PACKAGE)}: from {module} import {name}")
    assert offenders == []


def test_the_codec_generates_no_code_of_its_own() -> None:
    """The codec's hooks are cattrs' generated ones: no exec or compile in codec.py."""
    calls = {
        node.func.id
        for node in ast.walk(ast.parse((PACKAGE / "codec.py").read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert not calls & {"exec", "eval", "compile"}


def _bound_twice(source: str) -> list[str]:
    """Names a module binds more than once at its top level (typing overloads aside)."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not any(
            isinstance(d, ast.Name) and d.id == "overload" for d in node.decorator_list
        ):  # fmt: skip
            names = [node.name]
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_the_shadowing_check_sees_a_second_binding() -> None:
    """A pattern bound twice is found; an overloaded function is not."""
    source = (
        "import re\nfrom typing import overload\n_A = re.compile('a')\n_A = re.compile('b')\n"
        "@overload\ndef f(x: int) -> int: ...\n@overload\ndef f(x: str) -> str: ...\n"
        "def f(x): return x\n"
    )
    assert _bound_twice(source) == ["_A"]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_binds_a_name_twice(path: Path) -> None:
    """A second top-level binding silently replaces the first for every use before it."""
    assert _bound_twice(path.read_text(encoding="utf-8")) == []
