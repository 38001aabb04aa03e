#!/usr/bin/env bash
# Install the Nu HTML Checker (vnu-jar from npm, exact version) into .venv/vnu, only if missing.
# The HTML validity test (tests/test_html_valid.py) runs it; it needs Java (Debian's
# default-jre-headless, which .ci/run installs) and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=26.9.27
PREFIX=.venv/vnu
JAR="$PREFIX/node_modules/vnu-jar/build/dist/vnu.jar"
installed="$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$PREFIX/node_modules/vnu-jar/package.json" 2>/dev/null || true)"
if [[ -f "$JAR" && "$installed" == "$VERSION" ]]; then
    exit 0
fi
npm install --prefix "$PREFIX" --ignore-scripts --no-audit --no-fund --no-save --loglevel=error "vnu-jar@$VERSION" >/dev/null
