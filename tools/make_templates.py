"""Rebuild the import templates resources/templates/*.xlsx from unionapp.sheets.columns.

Usage: python tools/make_templates.py
Run it after changing a column, header, synonym or note, and commit the files it writes."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unionapp.sheets.templates import write_all_templates  # noqa: E402


def main() -> int:
    for path in write_all_templates(ROOT / "resources" / "templates"):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
