# The two commands of the README, plus helpers for developers. Each target sets itself up.
UV := UV_PYTHON_DOWNLOADS=never python3 -m uv

.PHONY: demo test setup lint typecheck bench airflow

demo: setup            ## serve the bundled news sites on 127.0.0.1, crawl them into ./archive
	$(UV) run --frozen newsarchive demo

test: setup            ## the whole test suite (what CI runs)
	$(UV) run --frozen pytest

setup:
	@bash scripts/setup.sh

lint: setup
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .

typecheck: setup
	$(UV) run --frozen mypy

airflow:               ## a local Airflow with the demo sites (PostgreSQL, scheduler, dag-processor, api-server)
	bash scripts/airflow-local.sh --demo
