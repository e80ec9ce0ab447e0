"""CONVENTIONS rule 1: only unionapp/ui, __main__ and the GUI branch of cli.py reach Qt. The
command line, the services and the reports must run on a machine without a screen."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "unionapp"
QT_MODULES = ("PySide6", "shiboken6")
ALLOWED_ANYWHERE = ("ui",)  # sub-packages of unionapp that may import Qt freely


def qt_imports(tree: ast.AST) -> list[ast.AST]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        if any(name.split(".")[0] in QT_MODULES for name in names):
            found.append(node)
    return found


def module_level(tree: ast.Module) -> set[int]:
    """Line numbers of the statements that run at import time (not inside a def)."""
    lines: set[int] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            lines.add(getattr(child, "lineno", -1))
            visit(child)

    visit(tree)
    return lines


def test_qt_is_imported_only_by_the_window():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ALLOWED_ANYWHERE or relative.as_posix() == "__main__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        imports = qt_imports(tree)
        if relative.as_posix() == "cli.py":
            # The GUI branch may import Qt inside a function, never at module level.
            top = module_level(tree)
            imports = [node for node in imports if node.lineno in top]
        offenders += [f"unionapp/{relative.as_posix()}:{node.lineno}" for node in imports]
    assert not offenders, f"PySide6 imported outside unionapp/ui: {offenders}"


def test_the_check_sees_an_import_inside_a_function_as_allowed_only_there():
    inside = ast.parse("def f():\n    from PySide6.QtCore import QObject\n")
    assert [n.lineno for n in qt_imports(inside) if n.lineno in module_level(inside)] == []
    top = ast.parse("import PySide6.QtWidgets\n")
    assert [n.lineno for n in qt_imports(top) if n.lineno in module_level(top)] == [1]


def test_importing_the_non_gui_modules_loads_no_qt():
    modules = sorted(
        "unionapp." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in ALLOWED_ANYWHERE
        and path.name != "__init__.py" and "migrations" not in path.parts
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parent, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "unionapp.cli" in modules and "unionapp.services.members" in modules
    assert result.stdout.strip() == "", f"Qt loaded by: {result.stdout.strip()}"
