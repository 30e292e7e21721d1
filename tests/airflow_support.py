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
