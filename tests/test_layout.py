"""The package is laid out as its pipeline: one folder per step, imports flowing one way.

read -> gazetteer -> geoparse -> story -> render -> pipeline -> site -> cli, with models,
errors and resources below them all. A module may import its own step or a step below
it, never one above; and no modules import each other in a circle, counting every import
(module level, inside functions, and under ``TYPE_CHECKING``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import geobrief

PACKAGE = Path(geobrief.__file__).resolve().parent
STEPS = [
    ("models", "errors", "resources"),
    ("read",),
    ("gazetteer",),
    ("geoparse",),
    ("story",),
    ("render",),
    ("pipeline",),
    ("site",),
    ("cli",),
    ("__init__", "__main__"),
]
LEVEL = {name: level for level, names in enumerate(STEPS) for name in names}
TOP_LEVEL = {"__init__.py", "__main__.py", "pipeline.py", "models.py", "errors.py",
             "resources.py"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The geobrief modules ``path`` imports (``from geobrief.x import y`` counts y when y
    is a module, else x)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "geobrief"}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] != "geobrief":
                continue
            subs = {f"{node.module}.{a.name}" for a in node.names}
            found |= (subs & modules.keys()) or {node.module}
    return found & modules.keys()


def _step(module: str) -> str:
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path, modules) - {name} for name, path in modules.items()}


def test_every_module_belongs_to_a_step() -> None:
    for name, path in _modules().items():
        step = _step(name)
        assert step in LEVEL, f"{name} is in no step folder"
        if path.parent == PACKAGE:
            assert path.name in TOP_LEVEL, f"{name} belongs in a step folder"


def test_no_module_imports_a_step_above_its_own() -> None:
    upward = [
        f"{importer} ({_step(importer)}) imports {imported} ({_step(imported)})"
        for importer, targets in _graph().items()
        for imported in sorted(targets)
        if LEVEL[_step(imported)] > LEVEL[_step(importer)]
    ]
    assert not upward, "upward imports:\n" + "\n".join(upward)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_no_import_circles() -> None:
    cycles = _cycles(_graph())
    assert not cycles, "modules importing each other in a circle: " + "; ".join(
        " <-> ".join(c) for c in cycles
    )


def test_the_checks_see_a_circle_and_an_upward_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert LEVEL[_step("geobrief.render.page")] > LEVEL[_step("geobrief.story.events")]


def test_no_module_is_over_300_lines() -> None:
    source = Path(__file__).resolve().parents[1]  # the checkout: geobrief/ and scripts/
    paths = [*(source / "geobrief").rglob("*.py"), *(source / "scripts").glob("*.py")]
    assert len(paths) > 60
    long = [f"{p.name}: {n}" for p in paths if (n := len(p.read_text("utf-8").splitlines())) > 300]
    assert not long, "modules over 300 lines: " + ", ".join(long)
