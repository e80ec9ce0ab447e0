#!/usr/bin/env bash
# One-time (and idempotent) set-up of a checkout: system packages, a virtualenv in .venv and the
# project installed into it with its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/system_packages.sh
python3 -m venv .venv 2>/dev/null || { echo "python3 -m venv failed: install python3-venv (Python 3.11+)" >&2; exit 1; }
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[dev]"
