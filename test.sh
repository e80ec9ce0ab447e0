#!/usr/bin/env bash
# Set everything up and run the whole test suite (SQLite; also PostgreSQL when UNIONAPP_TEST_DB
# names a server database, e.g. postgresql://postgres@127.0.0.1:5432/unionapp_test).
set -euo pipefail
cd "$(dirname "$0")"
bash tools/setup_dev.sh
exec .venv/bin/python -m pytest "$@"
