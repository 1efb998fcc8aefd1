# Campus Twin: two commands do everything on a fresh Debian/Ubuntu machine.
#   make run    open the app on the bundled Escaudain campus (a snapshot PNG when there is no display)
#   make test   run the whole test suite headless
# Both install what they need first: system packages (as root, or they print the apt line),
# then a virtual environment in .venv with the project and its test tools.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-slow bench validate lint system-deps bundle bundle-test clean

run: $(STAMP)
	$(PY) -m twin run

test: $(STAMP)
	$(PY) -m pytest -m "not slow"

# The long checks (stability sweep, big fuzz runs, full validation cases): minutes to hours.
test-slow: $(STAMP)
	$(PY) -m pytest -m slow

bench: $(STAMP)
	$(PY) -m twin bench --json

validate: $(STAMP)
	$(PY) -m twin validate

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# A self-contained one-folder application (PyInstaller): dist/campus-twin/campus-twin.
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e ".[bundle]"
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/campus_twin.spec
	$(PY) packaging/warm_jit_cache.py dist/campus-twin
	@echo "bundle: dist/campus-twin/campus-twin ($$(du -sh dist/campus-twin | cut -f1))"

# Builds the bundle in a temporary folder and runs it headless with no Python on the path.
bundle-test: $(STAMP)
	$(PY) -m pip install --quiet -e ".[bundle]"
	$(PY) packaging/bundle_test.py

system-deps:
	@bash packaging/install-system-deps.sh

$(STAMP): pyproject.toml packaging/install-system-deps.sh $(wildcard resources/i18n/*.ts)
	@bash packaging/install-system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) resources/i18n/update_catalogues.py --release-only
	@touch $@

clean:
	rm -rf $(VENV) out .pytest_cache build dist
