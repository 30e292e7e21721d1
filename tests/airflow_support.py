"""Test helper: a private, throwaway AIRFLOW_HOME (never ~/airflow), set before Airflow imports."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_MARK = "NEWSARCHIVE_TEST_AIRFLOW_HOME"

# For the end-to-end stacks (scheduler, dag-processor, api-server): their DAG file and site
# config are written before the stack starts and never change, so the dag-processor parses
# them once at its start and does not re-parse nor re-list the bundle while the module runs
# (the defaults, every 30 s and every 10 s, burn CPU the rest of the suite needs).
QUIET_STACK_ENV = {
    "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "3600",
    "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "3600",
    "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
    "AIRFLOW__DAG_PROCESSOR__PRINT_STATS_INTERVAL": "0",
    "AIRFLOW__SCHEDULER__PARSING_CLEANUP_INTERVAL": "3600",
}


def private_airflow_home() -> Path:
    """Point Airflow at a temp home with SQLite, no examples and the project's dags folder.

    One home per process: pytest-xdist workers inherit the controller's environment, but each
    gets its own home (and SQLite file), marked with the worker's id.
    """
    owner = os.environ.get("PYTEST_XDIST_WORKER", "main")
    mark = os.environ.get(_MARK, "")
    if mark.startswith(f"{owner}:"):
        return Path(mark.split(":", 1)[1])
    if "airflow" in sys.modules:
        raise RuntimeError("airflow was imported before the test AIRFLOW_HOME was set")
    home = Path(tempfile.mkdtemp(prefix="newsarchive-test-airflow-"))
    atexit.register(shutil.rmtree, home, True)
    os.environ.update(
        {
            _MARK: f"{owner}:{home}",
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
            "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        }
    )
    return home
