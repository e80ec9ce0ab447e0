"""Compile every Designer form forms/<name>.ui into unionapp/ui/forms/ui_<name>.py.

Usage: python tools/build_forms.py
Screens are drawn only in Designer (CONVENTIONS rule 5); the generated modules are committed so
that a frozen build needs no uic, and tests/ui/test_forms_in_sync.py regenerates them into a
temporary folder and fails when a committed module has drifted from its form."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"
OUTPUT_DIR = ROOT / "unionapp" / "ui" / "forms"
PACKAGE_DOC = '"""Modules generated from forms/*.ui by tools/build_forms.py — do not edit."""\n'


def header(form: Path) -> str:
    return f"# generated from forms/{form.name} — do not edit\n"


def module_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def find_tool(name: str) -> str:
    """A PySide6 tool of the running interpreter's environment, so the venv's version is used."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def compile_form(form: Path) -> str:
    """The Python source for one form, header included."""
    result = subprocess.run(
        [find_tool("pyside6-uic"), "--generator", "python", str(form)],
        check=True, capture_output=True, text=True, encoding="utf-8",
    )
    # uic writes the platform's newlines on Windows; the committed files use "\n" everywhere.
    # Its version line is dropped: a patch release of PySide6 must not make every form "drift".
    lines = result.stdout.replace("\r\n", "\n").splitlines(keepends=True)
    lines = [line for line in lines if not line.startswith("## Created by: Qt User Interface Compiler")]
    return header(form) + "".join(lines)


def build_forms(forms_dir: Path = FORMS_DIR, output_dir: Path = OUTPUT_DIR) -> list[Path]:
    """Write ui_<name>.py for each forms_dir/*.ui into output_dir; returns the files written."""
    output_dir.mkdir(parents=True, exist_ok=True)
    init = output_dir / "__init__.py"
    if not init.exists():
        init.write_text(PACKAGE_DOC, encoding="utf-8")
    written = []
    for form in sorted(forms_dir.glob("*.ui")):
        target = output_dir / module_name(form)
        source = compile_form(form)
        if not target.exists() or target.read_text(encoding="utf-8") != source:
            # newline="\n": identical bytes on every platform, so the sync test compares equal.
            with open(target, "w", encoding="utf-8", newline="\n") as out:
                out.write(source)
        written.append(target)
    return written


def main() -> int:
    files = build_forms()
    for path in files:
        print(os.path.relpath(path, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
