# Two commands: `make demo` (set up, then build the bundled sample) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

AXE := .axe/node_modules/axe-core/axe.min.js

.PHONY: demo test install install-test chromium axe lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# A regular (non-editable) install: tests then exercise the package as users get it.
install: $(BIN)/python
	$(BIN)/pip install -q --force-reinstall --no-deps .
	$(BIN)/pip install -q .

install-test: install
	$(BIN)/pip install -q '.[test]'

demo: install
	$(BIN)/geobrief demo -o geobrief-demo.html

chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

# axe-core (npm) for the accessibility test; npm comes from Debian if it is missing.
axe: $(AXE)
$(AXE):
	@command -v npm >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq npm >/dev/null; }
	npm install --silent --no-save --no-audit --no-fund --prefix .axe axe-core@4.10

lint: install-test
	$(BIN)/ruff check geobrief tests scripts bench

# pytest runs from the venv's own script, in tests/, so it imports the installed package.
test: install-test chromium axe lint
	cd tests && GEOBRIEF_AXE=$(abspath $(AXE)) $(abspath $(BIN))/pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) .axe build dist geobrief-demo.html
