# Two commands: `make demo` (set up, then build the bundled sample) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test chromium lint clean

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

lint: install-test
	$(BIN)/ruff check geobrief tests scripts bench

# pytest runs from the venv's own script, in tests/, so it imports the installed package.
test: install-test chromium lint
	cd tests && $(abspath $(BIN))/pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) build dist geobrief-demo.html
