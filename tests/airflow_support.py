"""Test helper: a private, throwaway AIRFLOW_HOME (never ~/airflow), set before Airflow imports."""

from __future__ import annotations

import atexit
import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_MARK = "NEWSARCHIVE_TEST_AIRFLOW_HOME"
# A folder the whole run shares (the controller makes it, pytest-xdist workers inherit it): the
# metadata DBs migrated once per run, which each module copies instead of migrating again.
_TEMPLATES = "NEWSARCHIVE_TEST_TEMPLATES"

# For the end-to-end stacks (scheduler, dag-processor, api-server): their DAG file and site
# config are written before the stack starts and never change, so the dag-processor parses
# them once at its start and does not re-parse nor re-list the bundle while the module runs
# (the defaults, every 30 s and every 10 s, burn CPU the rest of the suite needs). The
# scheduler, when a loop found nothing to do, sleeps 3 s instead of 1 s: an idle stack's
# scheduler took 2.7 CPU s a minute (plus its PostgreSQL backend), 1.3 with 3 s; the tests wait
# on states, never on a duration, so a step seen up to 2 s later changes no outcome.
QUIET_STACK_ENV = {
    "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "3600",
    "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "3600",
    "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
    "AIRFLOW__DAG_PROCESSOR__PRINT_STATS_INTERVAL": "0",
    "AIRFLOW__SCHEDULER__PARSING_CLEANUP_INTERVAL": "3600",
    "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "3",
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


def templates_dir() -> Path:
    """The run's shared template folder (made by the first process, removed when it exits).

    Readable by all: PostgreSQL, run as an unprivileged user under root, starts from it.
    """
    path = os.environ.get(_TEMPLATES)
    if not path:
        path = tempfile.mkdtemp(prefix="newsarchive-test-templates-")
        os.chmod(path, 0o755)
        atexit.register(shutil.rmtree, path, True)
        os.environ[_TEMPLATES] = path
    return Path(path)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock across processes (pytest-xdist workers) on `path`."""
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def shared_template(name: str, build: Callable[[Path], None]) -> Path:
    """Folder `name` in the run's templates, built once by `build(folder)` under a file lock:
    the first process to ask builds it, the others wait for it and reuse it."""
    root = templates_dir()
    folder, done = root / name, root / f"{name}.done"
    with _locked(root / f"{name}.lock"):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            done.touch()
    return folder


def _migrate_sqlite(folder: Path) -> None:
    home = folder / "home"
    home.mkdir()
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{folder}/airflow.db",
    }
    subprocess.run(
        [sys.executable, "-m", "airflow", "db", "migrate"], check=True, capture_output=True, env=env
    )


_MIGRATED: list[Path] = []


def migrated_sqlite_db() -> None:
    """This process's test home has a migrated SQLite metadata DB (what `airflow db migrate`
    makes): the run migrates one template once (~8 CPU s), each process copies it into its home
    once, through SQLite's backup API (in place: connections already open see the new DB)."""
    home = private_airflow_home()
    if home in _MIGRATED:
        return
    template = shared_template("airflow-sqlite", _migrate_sqlite) / "airflow.db"
    src = sqlite3.connect(template)
    dst = sqlite3.connect(home / "airflow.db")
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    _MIGRATED.append(home)


def migrated_postgres_data() -> Path:
    """A stopped PostgreSQL cluster with Airflow's metadata DB migrated, made once per run (the
    end-to-end modules run on separate workers: the second waits for the first's migration
    instead of running its own); each stack starts PostgreSQL from a copy of it."""
    from newsarchive.airflow.local import migrated_postgres

    return shared_template("airflow-postgres", migrated_postgres) / "data"
