#!/usr/bin/env bash
# Every test: library unit tests, nbval on every notebook in book/ (fresh kernels), and the
# tests of the built site. Called by `make test` after the strict build.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m pytest tests book --nbval-lax -p no:cacheprovider "$@"
