#!/usr/bin/env bash
# Start a local Airflow (PostgreSQL, scheduler, dag-processor, api-server on 127.0.0.1) with the
# project's DAGs; Ctrl-C stops them all. Options: --demo, --config, --archive, --port, --root,
# --executor celery (Redis + Celery workers, each with its own home and spool), --workers N
# (see `scripts/airflow-local.sh --help` and docs/OPERATIONS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec env UV_PYTHON_DOWNLOADS=never python3 -m uv run --frozen python -m newsarchive.airflow.local "$@"
