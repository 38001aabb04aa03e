# Two jobs: `make book` builds the handbook, `make test` runs every test.
# Both create the virtual environment in .venv first (only Python 3.11 and make are needed).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: book test serve clean

$(INSTALLED): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

# scripts/build_book.py stops at once when nothing changed since the last build; otherwise it
# refreshes the notebook cache and runs `jupyter-book build . --warningiserror --nitpick --keep-going`.
book: $(INSTALLED)
	$(BIN)/python scripts/build_book.py

test: book
	bash scripts/run_tests.sh

serve: book
	@echo "Se bogen på http://127.0.0.1:8000/ (stop med Ctrl+C)"
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory _build/html 8000

clean:
	rm -rf _build
