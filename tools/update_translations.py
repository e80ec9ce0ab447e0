"""Refresh the Chinese translation: collect the strings, then compile them.

Usage: python tools/update_translations.py
1. pyside6-lupdate reads unionapp/ui/**/*.py and forms/*.ui and merges every string into
   resources/i18n/unionapp_zh_CN.ts (existing translations are kept; strings no longer in the
   sources are dropped). The generated unionapp/ui/forms/ui_*.py are skipped: their strings
   come from the .ui files already, in the same contexts.
2. Translate what is new: open the .ts in Qt Linguist (pyside6-linguist) or edit the XML — set
   each <translation> and remove type="unfinished". tests/ui/test_translations.py fails while
   any entry is unfinished or empty.
3. Run this script again: pyside6-lrelease writes unionapp_zh_CN.qm, found at run time through
   paths.resource_path. Commit both files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_forms import find_tool  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)


def sources(root: Path = ROOT) -> list[Path]:
    python = [
        path for path in sorted((root / "unionapp" / "ui").rglob("*.py"))
        if not (path.parent.name == "forms" and path.name.startswith("ui_"))
    ]
    return python + sorted((root / "forms").glob("*.ui"))


def ts_file(language: str) -> Path:
    return I18N_DIR / f"unionapp_{language}.ts"


def update(language: str) -> Path:
    """Merge the sources' strings into the .ts file (relative paths: the tool runs in ROOT)."""
    ts = ts_file(language)
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in sources()]
    subprocess.run(
        # No source locations and no guessing from other entries: two people adding strings at
        # once then touch only their own contexts, and every translation is one a person wrote.
        [find_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
         "-disable-heuristic", "sametext", "-disable-heuristic", "similartext", "-source-language", "en",
         "-target-language", language, *files, "-ts", str(ts.relative_to(ROOT))],
        check=True, cwd=ROOT,
    )
    return ts


def release(language: str) -> Path:
    ts = ts_file(language)
    qm = ts.with_suffix(".qm")
    subprocess.run([find_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
    return qm


def main() -> int:
    for language in LANGUAGES:
        update(language)
        release(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
