"""Every committed unionapp/ui/forms/ui_*.py is exactly what tools/build_forms.py makes from its
forms/*.ui today (CONVENTIONS rule 5): a form edited without regenerating fails here."""

from __future__ import annotations

from pathlib import Path

from tools.build_forms import FORMS_DIR, OUTPUT_DIR, build_forms, module_name


def test_generated_forms_match_their_ui_files(tmp_path):
    written = build_forms(FORMS_DIR, tmp_path)
    assert written, "no forms found"
    drifted, missing = [], []
    for fresh in written:
        committed = OUTPUT_DIR / fresh.name
        if not committed.exists():
            missing.append(committed.name)
        elif committed.read_text(encoding="utf-8") != fresh.read_text(encoding="utf-8"):
            drifted.append(committed.name)
    assert not missing, f"run tools/build_forms.py: not generated yet: {missing}"
    assert not drifted, f"run tools/build_forms.py: out of date: {drifted}"


def test_no_generated_module_without_its_form():
    forms = {module_name(form) for form in FORMS_DIR.glob("*.ui")}
    orphans = [path.name for path in OUTPUT_DIR.glob("ui_*.py") if path.name not in forms]
    assert not orphans, f"generated modules whose form is gone: {orphans}"


def test_generated_modules_carry_the_header():
    for path in OUTPUT_DIR.glob("ui_*.py"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# generated from forms/{Path(path.name[3:]).stem}.ui — do not edit"
