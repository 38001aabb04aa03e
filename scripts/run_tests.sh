#!/usr/bin/env bash
# Every test: ruff and mypy, library unit tests, every notebook run as a learner runs it (one
# kernel per notebook; tests/notebook_run.py), and the tests of the built site, including the
# browser suite in Debian's Chromium, on every core (pytest-xdist). Called by `make test` after
# the strict build.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM="${SAMSKAB_CHROMIUM:-/usr/bin/chromium}"
select=()
if [[ ! -x "$CHROMIUM" ]]; then
    if [[ "${CI:-}" == "true" ]]; then
        echo "FEJL: Chromium mangler ($CHROMIUM); under CI skal browsertestene køre." >&2
        exit 1
    fi
    echo "BEMÆRK: Browsertestene kører IKKE: Chromium findes ikke på $CHROMIUM." >&2
    echo "        Installér det med 'sudo apt-get install chromium' og kør 'make test' igen." >&2
    select=(-m "not browser")
fi
if command -v npm >/dev/null; then
    bash scripts/install_vnu.sh  # the Nu HTML Checker for tests/test_html_valid.py, if missing
fi
.venv/bin/ruff check .   # lint (pyproject.toml [tool.ruff])
.venv/bin/mypy          # types of samskab_lib and the extension (pyproject.toml [tool.mypy])
# One worker per core (at most four): each worker runs whole units of work, a page of the site,
# a notebook or a module (tests/parallel.py), so a page loads and a notebook runs once.
exec .venv/bin/python -m pytest tests -p no:cacheprovider -n auto --maxprocesses 4 \
    --dist loadgroup "${select[@]}" "$@"
