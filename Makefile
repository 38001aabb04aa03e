# `make book` builds the handbook, `make test` runs every test, `make check` the quick ones.
# Both create the virtual environment in .venv first (only Python 3.11 and make are needed):
# the lock requirements.txt in pip's hash-checking mode, then the library itself as an editable
# install (which has no hash, so it comes second, without dependencies or build isolation).
# `make lock` writes requirements.txt anew from requirements.in with uv (pinned there).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: book po test check serve clean lock

$(INSTALLED): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Every package requirements.in names, with all it pulls in on Linux, macOS and Windows,
# pinned with hashes (tests/test_lock.py checks the two files agree).
lock: $(INSTALLED)
	$(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
		--custom-compile-command "make lock" requirements.in -o requirements.txt

# scripts/build_book.py builds both editions, Danish into _build/html and Norwegian bokmål into
# _build/html/nb; an edition none of whose inputs changed since its last build is skipped. For
# each it refreshes the notebook cache and runs Sphinx strictly (warnings as errors, nitpicky).
book: $(INSTALLED)
	$(BIN)/python scripts/build_book.py

# The Norwegian catalogues (locale/nb) brought up to date with the Danish pages: new paragraphs
# get empty entries, changed ones are marked fuzzy. `python scripts/po_check.py` lists what is left.
po: $(INSTALLED)
	$(BIN)/python scripts/update_catalogues.py

test: book
	bash scripts/run_tests.sh

# The edit loop (no build needed): lint, types, and the tests that need neither the built site,
# a notebook kernel, a browser nor the network (markers in pyproject.toml).
check: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest tests -p no:cacheprovider -q \
		-m "not site and not notebook and not browser and not slow"

serve: book
	@echo "Se bogen på http://127.0.0.1:8000/ (stop med Ctrl+C)"
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory _build/html 8000

clean:
	rm -rf _build
