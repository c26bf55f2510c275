"""The code's layers: no import cycle inside ``pipeline/`` and ``schemas/`` (imports inside
functions included: they only hide a cycle), and the text logic never reaches up into
publishing or Dagster."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import PROJECT

PACKAGES = ("pipeline", "schemas")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """Each project module and the project modules it imports, anywhere in its body."""
    modules = {
        _module_name(path): path
        for package in PACKAGES
        for path in (PROJECT / package).rglob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                targets.add(base)
                # "from pipeline.extract import entities" imports a module, not a name
                targets.update(f"{base}.{alias.name}" for alias in node.names)
        graph[name] = {
            t
            for t in targets
            if t in modules and t != name and not name.startswith(t + ".")  # a parent package
        }
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the modules along it, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_find_cycle_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_the_graph_sees_imports_inside_functions() -> None:
    graph = import_graph()
    assert "pipeline.extract.claims" in graph["pipeline.extraction"]
    assert "schemas.registry" in graph["pipeline.extract.model"]


def test_there_is_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_layers_only_import_downwards() -> None:
    """extract (text logic) < publish (release logic) < access, defs (Dagster); schemas is
    below them all."""
    forbidden = {
        "schemas": ("pipeline",),
        "pipeline.extract": ("pipeline.publish", "pipeline.defs", "pipeline.access",
                             "pipeline.evaluation", "pipeline.cli", "pipeline.runner"),
        # The card is given the quality figures; it never imports the evaluation.
        "pipeline.publish": ("pipeline.defs", "pipeline.access", "pipeline.cli",
                             "pipeline.runner", "pipeline.evaluation"),
    }  # fmt: skip
    wrong = [
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        for layer, above in forbidden.items()
        if module == layer or module.startswith(layer + ".")
        for target in targets
        if any(target == a or target.startswith(a + ".") for a in above)
    ]
    assert wrong == []


def _imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_private_internals() -> None:
    """No private standard-library module (re._parser and the like) anywhere, and private
    Dagster APIs in one module only, the one that names the upstream issue."""
    allowed_dagster = {"pipeline/defs/dask_engine.py"}
    wrong = []
    for package in PACKAGES:
        for path in sorted((PROJECT / package).rglob("*.py")):
            rel = path.relative_to(PROJECT).as_posix()
            for name in _imported_names(path):
                parts = name.split(".")
                private = any(p.startswith("_") and not p.startswith("__") for p in parts)
                if not private:
                    continue
                if parts[0] in ("dagster", "dagster_dask") and rel in allowed_dagster:
                    continue
                if parts[0] in ("pipeline", "schemas"):
                    continue  # the project's own modules may keep helpers private
                wrong.append(f"{rel}: {name}")
    assert wrong == []
