"""Many machines on one: a Redis broker and Celery workers, each with its own home, temp and spool."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path
from typing import Any

HOSTNAME_ENV = "NEWSARCHIVE_WORKER_HOSTNAME"
CRAWL_POOL = "newsarchive_crawl"  # the pool that caps crawls across sites and workers


def worker_hostname() -> str:
    """Airflow's `hostname_callable` for workers sharing one machine: the name each was given."""
    return os.environ.get(HOSTNAME_ENV) or socket.getfqdn()


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop_pid(proc: subprocess.Popen[Any], sig: int = signal.SIGTERM, wait: float = 30) -> None:
    """Stop one child we started: signal, wait, then SIGKILL its whole process group."""
    if proc.poll() is not None:
        return
    try:
        os.kill(proc.pid, sig)
        proc.wait(wait)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
    except ProcessLookupError:
        pass


class Redis:
    """A throwaway redis-server on 127.0.0.1:port (no persistence), run as a child process."""

    def __init__(self, root: Path, port: int | None = None) -> None:
        self.root = root
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 30) -> None:
        exe = shutil.which("redis-server")
        if not exe:
            raise RuntimeError(
                "redis-server is not on PATH; run scripts/setup.sh (installs Debian's redis-server)"
            )
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / "redis.log").open("ab") as log:
            self.proc = subprocess.Popen(
                [
                    exe,
                    *("--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.root)),
                    *("--save", "", "--appendonly", "no", "--protected-mode", "yes"),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while not self.ping():
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited at start; see {self.root / 'redis.log'}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not answer in {timeout} s")
            time.sleep(0.1)

    def ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=2) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None:
            stop_pid(self.proc)
            self.proc = None


def celery_env(
    broker_url: str, db_url: str, *, heartbeat_timeout: int | None = None
) -> dict[str, str]:
    """The settings every component shares to run tasks on Celery workers.

    `heartbeat_timeout` shortens how long the scheduler waits before it fails (and retries) a
    task whose worker stopped heartbeating: a lost machine. Airflow's default is 300 s.
    """
    env = {
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__CELERY__BROKER_URL": broker_url,
        "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + db_url.replace("+psycopg2", ""),
        "AIRFLOW__CORE__HOSTNAME_CALLABLE": f"{__name__}.worker_hostname",
    }
    if heartbeat_timeout is not None:
        env["AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT"] = str(heartbeat_timeout)
        env["AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL"] = "2"
    return env


def _tree(pid: int) -> list[int]:
    """`pid` and all its descendants, read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(children.get(current, []))
    return out


class CeleryWorker:
    """`airflow celery worker` as if on its own machine.

    Its own AIRFLOW_HOME, TMPDIR, NEWSARCHIVE_SPOOL and hostname (what Airflow records on the
    task instances it runs); it shares only what machines share: the metadata DB, the broker,
    the DAG bundle and site config, the archive, and the task-log folder (a stand-in for remote
    logs).
    """

    def __init__(
        self,
        name: str,
        root: Path,
        env: dict[str, str],
        *,
        concurrency: int = 1,
        cluster_policy: str | None = None,
    ) -> None:
        self.name = name
        self.root = root
        self.home = root / "airflow-home"
        self.spool = root / "spool"
        self.tmp = root / "tmp"
        self.concurrency = concurrency
        self.proc: subprocess.Popen[bytes] | None = None
        for path in (self.home / "config", self.spool, self.tmp):
            path.mkdir(parents=True, exist_ok=True)
        if cluster_policy is not None:
            (self.home / "config" / "airflow_local_settings.py").write_text(cluster_policy)
        self.env = {
            **env,
            "AIRFLOW_HOME": str(self.home),
            "TMPDIR": str(self.tmp),
            "NEWSARCHIVE_SPOOL": str(self.spool),
            HOSTNAME_ENV: name,
        }

    @property
    def log(self) -> Path:
        return self.root / "worker.log"

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    *("-m", "airflow", "celery", "worker"),
                    *("--concurrency", str(self.concurrency)),
                    *("--celery-hostname", f"{self.name}@%h"),
                    *("--pid", str(self.root / "worker.pid")),
                    "--skip-serve-logs",
                ],
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.root,
                start_new_session=True,
            )

    def ready(self) -> bool:
        """True once Celery logged that this worker consumes tasks (`NAME@host ready.`)."""
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return any(f"{self.name}@" in line and "ready." in line for line in text.splitlines())

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def pids(self) -> list[int]:
        return _tree(self.proc.pid) if self.alive() and self.proc is not None else []

    def kill(self) -> list[int]:
        """SIGKILL the worker and every process under it, as when its machine is lost."""
        pids = self.pids()
        for pid in pids:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(30)
        return pids

    def stop(self) -> None:
        """Warm shutdown (SIGTERM lets a running task finish), then the process group."""
        if self.proc is not None:
            stop_pid(self.proc, wait=60)
            with suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc = None


def cluster_policy(*, retry_delay_s: float | None = None, crawl_pool: str | None = None) -> str:
    """The text of an `airflow_local_settings.py` with a task policy for the site DAGs.

    `crawl_pool` puts every site's `crawl` task in one pool (create it with `airflow pools set`):
    the cap on crawls across all sites and workers. `retry_delay_s` shortens the retry delay
    (tests). Airflow imports the module from `$AIRFLOW_HOME/config` in each component.
    """
    return f'''"""Task policy of this Airflow (written by newsarchive.airflow.celery_local)."""

from datetime import timedelta

RETRY_DELAY_S = {retry_delay_s!r}
CRAWL_POOL = {crawl_pool!r}


def task_policy(task):
    if not task.dag_id.startswith("newsarchive_"):
        return
    if RETRY_DELAY_S is not None:
        task.retry_delay = timedelta(seconds=RETRY_DELAY_S)
    if CRAWL_POOL and task.task_id == "crawl":
        task.pool = CRAWL_POOL
'''
