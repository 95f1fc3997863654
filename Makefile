# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE := examples/zzrb-2023-12-02-p01.txt

.PHONY: demo test bench eval lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/audiopaper build $(SAMPLE) --out output --report output/report.json

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python -m audiopaper.bench

eval: $(VENV)/.installed
	$(BIN)/python -m audiopaper.evaluate

lint: $(VENV)/.installed-test
	$(BIN)/ruff check audiopaper tests
	$(BIN)/ruff format --check audiopaper tests

clean:
	rm -rf output/*/ output/feed.xml output/episodes.json $(VENV)/.installed $(VENV)/.installed-test
