#!/usr/bin/env bash
# Set everything up and open unionapp on demo data in the default SQLite file.
set -euo pipefail
cd "$(dirname "$0")"
bash tools/setup_dev.sh
.venv/bin/python tools/ensure_demo.py
exec .venv/bin/unionapp "$@"
