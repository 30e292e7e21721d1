#!/usr/bin/env bash
# Install everything the project needs on a fresh machine: uv, the locked environment
# (all extras: Airflow included), and PostgreSQL's server binaries for the Airflow tests.
set -euo pipefail
cd "$(dirname "$0")/.."

export UV_PYTHON_DOWNLOADS=never UV_LINK_MODE=copy
if ! python3 -m uv --version >/dev/null 2>&1; then
    echo "setup: installing uv" >&2
    python3 -m pip install --quiet --disable-pip-version-check uv
fi
# Bytecode is compiled at install time: the machine sets PYTHONDONTWRITEBYTECODE=1 and
# Airflow starts about twice as slow without it.
python3 -m uv sync --frozen --all-extras --compile-bytecode --quiet
# the project's own modules too (uv compiles site-packages only): with PYTHONDONTWRITEBYTECODE
# set, as on CI machines, every command would otherwise compile them again at start-up
.venv/bin/python -m compileall -q newsarchive spiders pipelines >/dev/null

if [ "${NEWSARCHIVE_SKIP_POSTGRES:-0}" != 1 ] && ! command -v initdb >/dev/null 2>&1 \
    && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "setup: installing PostgreSQL (for the Airflow end-to-end tests)" >&2
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
        echo "setup: PostgreSQL missing and not root; install the 'postgresql' package" >&2
    fi
fi

# Redis is the Celery broker of the many-machines test (tests/e2e/test_celery.py) and of
# `scripts/airflow-local.sh --executor celery`.
if [ "${NEWSARCHIVE_SKIP_REDIS:-0}" != 1 ] && ! command -v redis-server >/dev/null 2>&1; then
    echo "setup: installing Redis (the Celery broker of the many-machines test)" >&2
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
    else
        echo "setup: redis-server missing and not root; install the 'redis-server' package" >&2
    fi
fi
