"""A local Airflow on loopback: PostgreSQL, scheduler, dag-processor, api-server (+ Celery), by PID."""

from __future__ import annotations

import argparse
import base64
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from newsarchive.airflow.celery_local import (
    CRAWL_POOL,
    CeleryWorker,
    Redis,
    celery_env,
    cluster_policy,
    free_port,
    stop_pid,
)

PROCESSES = ("scheduler", "dag-processor", "api-server")
REPO = Path(__file__).resolve().parents[2]


def _pg_bin(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/local/bin:/usr/lib/postgresql/bin")
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} is not on PATH")
    return found


class Postgres:
    """A throwaway PostgreSQL cluster in `root`, on 127.0.0.1:port, run as a child process.

    PostgreSQL refuses to run as root; as root, the cluster belongs to `run_as` (default: the
    `postgres` user, else `nobody`).
    """

    def __init__(
        self,
        root: Path,
        port: int | None = None,
        run_as: str | None = None,
        *,
        template: Path | None = None,
    ) -> None:
        self.root = root
        self.port = port or free_port()
        self.data = root / "data"
        # a stopped cluster's data folder to start from (a copy) instead of an empty one
        self.template = template
        self.log = root / "postgres.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.user: str | None = None
        if os.geteuid() == 0:
            self.user = run_as or os.environ.get("NEWSARCHIVE_PG_USER") or self._unprivileged()

    @staticmethod
    def _unprivileged() -> str:
        for name in ("postgres", "nobody"):
            try:
                pwd.getpwnam(name)
                return name
            except KeyError:
                continue
        raise RuntimeError("running as root and no unprivileged user to own PostgreSQL")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://airflow@127.0.0.1:{self.port}/airflow"

    def _as_owner(self) -> dict[str, Any]:
        if not self.user:
            return {}
        entry = pwd.getpwnam(self.user)
        return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}

    def start(self, timeout: float = 60) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        if not (self.data / "PG_VERSION").exists() and self.template is not None:
            # cp -a keeps the owner (the cluster's user under root) and the 0700 modes
            subprocess.run(["cp", "-a", str(self.template), str(self.data)], check=True)
        if not (self.data / "PG_VERSION").exists():
            subprocess.run(
                [
                    _pg_bin("initdb"),
                    *("-D", str(self.data), "-U", "airflow", "--auth=trust"),
                    *("-E", "UTF8", "--no-locale", "--no-sync"),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                cwd=self.root,
                **self._as_owner(),
            )
        logfile = self.log.open("ab")
        self.proc = subprocess.Popen(
            [
                _pg_bin("postgres"),
                *("-D", str(self.data), "-p", str(self.port)),
                *("-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.root}"),
                *("-c", "fsync=off", "-c", "max_connections=200"),
            ],
            stdout=logfile,
            stderr=subprocess.STDOUT,
            cwd=self.root,
            start_new_session=True,
            **self._as_owner(),
        )
        logfile.close()
        self._wait(timeout)
        self._create_db()

    def _connect(self, dbname: str) -> Any:
        import psycopg2

        return psycopg2.connect(host="127.0.0.1", port=self.port, user="airflow", dbname=dbname)

    def _wait(self, timeout: float) -> None:
        import psycopg2

        deadline = time.monotonic() + timeout
        while True:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"postgres exited at start; see {self.log}")
            try:
                self._connect("postgres").close()
                return
            except psycopg2.OperationalError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"postgres did not start in {timeout} s") from None
                time.sleep(0.1)

    def _create_db(self) -> None:
        conn = self._connect("postgres")
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = 'airflow'")
            if not cur.fetchone():
                cur.execute("CREATE DATABASE airflow")
        conn.close()

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Read the Airflow metadata database (tests poll run states this way)."""
        conn = self._connect("airflow")
        try:
            with conn.cursor() as cur:
                cur.execute(sql, params)
                return list(cur.fetchall())
        finally:
            conn.close()

    def stop(self) -> None:
        if self.proc is not None:
            stop_pid(self.proc, signal.SIGINT)  # SIGINT: PostgreSQL's "fast" shutdown
            self.proc = None


def _fernet_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()


class LocalAirflow:
    """scheduler + dag-processor + api-server (LocalExecutor) with one AIRFLOW_HOME and DB."""

    def __init__(
        self,
        home: Path,
        db_url: str,
        *,
        dags_folder: Path = REPO / "dags",
        port: int | None = None,
        parallelism: int = 4,
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.home = home
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.workers: list[CeleryWorker] = []  # CeleryExecutor only (see add_workers)
        self._env = {
            **os.environ,
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(dags_folder),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__CORE__PARALLELISM": str(parallelism),
            "AIRFLOW__CORE__FERNET_KEY": _fernet_key(),
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{self.base_url}/execution/",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": db_url,
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(self.port),
            "AIRFLOW__API__BASE_URL": self.base_url,
            "AIRFLOW__API__WORKERS": "1",
            "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "10",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
            **(extra_env or {}),
        }

    @property
    def env(self) -> dict[str, str]:
        return dict(self._env)

    def airflow(self, *args: str, timeout: float = 300, check: bool = True) -> str:
        """Run one `airflow` CLI command against this instance; returns its stdout."""
        proc = subprocess.run(
            [sys.executable, "-m", "airflow", *args],
            env=self._env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and proc.returncode != 0:
            raise RuntimeError(f"airflow {' '.join(args)} failed:\n{proc.stderr[-4000:]}")
        return proc.stdout

    def migrate(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        self.airflow("db", "migrate")

    def start(self) -> None:
        logs = self.home / "process-logs"
        logs.mkdir(parents=True, exist_ok=True)
        for name in PROCESSES:
            args = [name] + (
                ["--port", str(self.port), "--host", "127.0.0.1"] if name == "api-server" else []
            )
            with (logs / f"{name}.log").open("ab") as out:
                self.procs[name] = subprocess.Popen(
                    [sys.executable, "-m", "airflow", *args],
                    env=self._env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                )

    def health(self) -> dict[str, Any]:
        import json

        with urllib.request.urlopen(f"{self.base_url}/api/v2/monitor/health", timeout=5) as resp:
            return dict(json.loads(resp.read()))

    def api(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """One REST call (`/api/v2/...`) to this instance; the CLI takes seconds per command."""
        import json

        req = urllib.request.Request(
            f"{self.base_url}/api/v2/{path.lstrip('/')}",
            data=None if body is None else json.dumps(body).encode(),
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read() or b"null")

    def wait_healthy(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            for name, proc in self.procs.items():
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"airflow {name} exited ({proc.returncode}); see {self.home}"
                    )
            try:
                last = self.health()
                parts = ("metadatabase", "scheduler", "dag_processor")
                if all((last.get(p) or {}).get("status") == "healthy" for p in parts):
                    return
            except OSError as exc:
                last = exc
            time.sleep(0.5)
        raise RuntimeError(f"airflow not healthy after {timeout} s: {last}")

    def log_tail(self, name: str, lines: int = 60) -> str:
        path = self.home / "process-logs" / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def pids(self) -> list[int]:
        procs = [*self.procs.values(), *(w.proc for w in self.workers if w.proc is not None)]
        return [p.pid for p in procs if p.poll() is None]

    def write_policy(self, text: str) -> None:
        """Install a cluster policy (`airflow_local_settings.py`) for the scheduler and parser."""
        (self.home / "config").mkdir(parents=True, exist_ok=True)
        (self.home / "config" / "airflow_local_settings.py").write_text(text)

    def add_workers(
        self, root: Path, count: int, *, concurrency: int = 1, policy: str | None = None
    ) -> list[CeleryWorker]:
        """Start `count` Celery workers, each in its own folder under `root` (see wait_workers)."""
        env = {**self._env, "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(self.home / "logs")}
        names = [f"worker-{chr(ord('a') + len(self.workers) + i)}" for i in range(count)]
        new = [
            CeleryWorker(name, root / name, env, concurrency=concurrency, cluster_policy=policy)
            for name in names
        ]
        for worker in new:
            worker.start()
            self.workers.append(worker)
        return new

    def wait_workers(self, timeout: float = 180) -> None:
        """Wait until every Celery worker consumes tasks; fails if one exits."""
        deadline = time.monotonic() + timeout
        while not all(w.ready() for w in self.workers):
            dead = [w.name for w in self.workers if not w.alive()]
            if dead:
                raise RuntimeError(f"celery {', '.join(dead)} exited; see {dead[0]}/worker.log")
            if time.monotonic() > deadline:
                raise RuntimeError(f"celery workers not ready in {timeout} s")
            time.sleep(0.5)

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()
        for name in reversed(PROCESSES):
            proc = self.procs.pop(name, None)
            if proc is not None:
                stop_pid(proc)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def descendants(pids: list[int]) -> list[int]:
    """The given processes and all their children, grandchildren ..."""
    tree, out, todo = _children(), [], list(pids)
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(tree.get(pid, []))
    return out


def _kib(pid: int, path: str, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _is_crawl(pid: int) -> bool:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"newsarchive" in argv and b"crawl" in argv


class MemorySampler:
    """Samples the summed RSS and PSS of process trees; PSS splits pages shared by forks fairly.

    The crawl subprocesses (Scrapy) are counted apart from Airflow's own processes.
    """

    def __init__(self, roots: Any, interval: float = 0.5) -> None:
        self.roots = roots  # callable returning the root pids
        self.interval = interval
        self.peak_rss_kib = 0
        self.peak_pss_kib = 0
        self.peak_procs = 0
        self.peak_crawl_pss_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        pids = descendants(list(self.roots()))
        crawls = [p for p in pids if _is_crawl(p)]
        airflow = [p for p in pids if p not in crawls]
        rss = sum(_kib(p, "status", "VmRSS") for p in airflow)
        pss = sum(_kib(p, "smaps_rollup", "Pss") for p in airflow)
        self.peak_rss_kib = max(self.peak_rss_kib, rss)
        self.peak_pss_kib = max(self.peak_pss_kib, pss)
        self.peak_procs = max(self.peak_procs, len(airflow))
        crawl_pss = sum(_kib(p, "smaps_rollup", "Pss") for p in crawls)
        self.peak_crawl_pss_kib = max(self.peak_crawl_pss_kib, crawl_pss)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def summary(self) -> str:
        return (
            f"Airflow: peak {self.peak_rss_kib / 1024:.0f} MiB RSS / "
            f"{self.peak_pss_kib / 1024:.0f} MiB PSS summed over up to {self.peak_procs} "
            f"processes (scheduler, executor workers, task supervisors and tasks, "
            f"dag-processor, api-server); crawl subprocesses: peak "
            f"{self.peak_crawl_pss_kib / 1024:.0f} MiB PSS"
        )


@contextmanager
def local_airflow(
    root: Path,
    *,
    port: int | None = None,
    extra_env: dict[str, str] | None = None,
    celery_workers: int = 0,
    worker_concurrency: int = 1,
    heartbeat_timeout: int | None = None,
    policy: str | None = None,
    migrated_data: Path | None = None,
) -> Iterator[tuple[Postgres, LocalAirflow]]:
    """PostgreSQL + migrated metadata DB + the three Airflow processes, all stopped on exit.

    With `celery_workers`, the executor is Celery: a Redis broker and that many workers, each
    in its own folder (home, temp, spool, hostname), as on separate machines.

    `migrated_data`: the data folder of a stopped cluster whose `airflow` DB this Airflow
    migrated (see `migrated_postgres`); PostgreSQL starts from a copy of it and `airflow db
    migrate` is not run again (tests start several instances: one migration serves them all).
    """
    # As root, PostgreSQL runs as an unprivileged user, who may not traverse `root`'s parents.
    as_root = os.geteuid() == 0
    pg_root = Path(tempfile.mkdtemp(prefix="newsarchive-pg-")) if as_root else root / "postgres"
    pg = Postgres(pg_root, template=migrated_data)
    redis = Redis(root / "redis") if celery_workers else None
    af: LocalAirflow | None = None
    try:
        pg.start()
        env = {**_instance_secrets(root), **(extra_env or {})}
        if redis is not None:
            redis.start()
            env.update(celery_env(redis.url, pg.url, heartbeat_timeout=heartbeat_timeout))
        af = LocalAirflow(root / "airflow", pg.url, port=port, extra_env=env)
        if migrated_data is None:
            af.migrate()
        else:
            af.home.mkdir(parents=True, exist_ok=True)
        if policy is not None:
            af.write_policy(policy)
        af.start()
        if celery_workers:  # workers start while the api-server and scheduler come up
            af.add_workers(root, celery_workers, concurrency=worker_concurrency, policy=policy)
        af.wait_healthy()
        af.wait_workers()
        yield pg, af
    finally:
        if af is not None:
            af.stop()
        if redis is not None:
            redis.stop()
        pg.stop()
        if as_root:
            shutil.rmtree(pg_root, ignore_errors=True)


def migrated_postgres(root: Path) -> Path:
    """Make a stopped PostgreSQL cluster in `root` with Airflow's metadata DB migrated; returns
    its data folder, for `local_airflow(migrated_data=...)`. `root` must be traversable by the
    cluster's user (under root, PostgreSQL runs unprivileged)."""
    pg = Postgres(root)
    try:
        pg.start()
        LocalAirflow(root / "airflow", pg.url).migrate()
    finally:
        pg.stop()
    return pg.data


def _instance_secrets(root: Path) -> dict[str, str]:
    """Fernet key and JWT secret of this instance, kept in `root` so a restart can decrypt."""
    import json

    path = root / "instance-secrets.json"
    if path.exists():
        return dict(json.loads(path.read_text()))
    root.mkdir(parents=True, exist_ok=True)
    values = {
        "AIRFLOW__CORE__FERNET_KEY": _fernet_key(),
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
    }
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(values, fh)
    return values


def write_env_file(af: LocalAirflow, path: Path) -> None:
    """The variables an `airflow` CLI needs to talk to this instance, as `export` lines."""
    import shlex

    keys = [k for k in af.env if k.startswith(("AIRFLOW", "NEWSARCHIVE_"))]
    lines = [f"export {k}={shlex.quote(af.env[k])}" for k in sorted(keys)]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write("\n".join(lines) + "\n")


def _print(out: IO[str], text: str) -> None:
    out.write(text + "\n")
    out.flush()


def _demo_config(root: Path, stack: Any) -> Path:
    """Serve the demo news sites (last three days) and write a config for them."""
    from datetime import UTC, datetime, timedelta

    import yaml

    from newsarchive.demo import DemoSites

    today = datetime.now(UTC).date()
    demo = stack.enter_context(DemoSites(start_date=today - timedelta(days=3), days=3))
    config = demo.config()
    for site in config["sites"]:
        site.update(lookback_days=1)
    path = root / "demo-sites.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def main(argv: list[str] | None = None) -> int:
    """Start a local Airflow with the project's DAGs for ops to try; Ctrl-C stops everything."""
    from contextlib import ExitStack

    parser = argparse.ArgumentParser(prog="scripts/airflow-local.sh", description=main.__doc__)
    parser.add_argument("--root", type=Path, default=None, help="state folder (default: temp)")
    parser.add_argument("--port", type=int, default=8080, help="api-server / UI port (127.0.0.1)")
    parser.add_argument(
        "--config", default=os.environ.get("NEWSARCHIVE_CONFIG", "config/sites.yaml")
    )
    parser.add_argument("--archive", default=os.environ.get("NEWSARCHIVE_ARCHIVE"))
    parser.add_argument(
        "--demo", action="store_true", help="serve the demo news sites and crawl those instead"
    )
    parser.add_argument(
        "--executor",
        choices=("local", "celery"),
        default="local",
        help="celery: a Redis broker and --workers Celery workers, each with its own home and spool",
    )
    parser.add_argument("--workers", type=int, default=2, help="Celery workers (--executor celery)")
    parser.add_argument(
        "--crawl-slots",
        type=int,
        default=4,
        help=f"size of the pool {CRAWL_POOL!r} every crawl task runs in (--executor celery)",
    )
    args = parser.parse_args(argv)
    celery = args.executor == "celery"
    if celery and (args.workers < 1 or args.crawl_slots < 1):
        parser.error("--workers and --crawl-slots must be at least 1")
    keep = args.root is not None
    root = (args.root or Path(tempfile.mkdtemp(prefix="newsarchive-airflow-"))).resolve()
    root.mkdir(parents=True, exist_ok=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        with ExitStack() as stack:
            config = _demo_config(root, stack) if args.demo else Path(args.config).resolve()
            archive = args.archive or str(root / "archive")
            if "://" not in archive:
                archive = str(Path(archive).resolve())
            env = {"NEWSARCHIVE_CONFIG": str(config), "NEWSARCHIVE_ARCHIVE": archive}
            _pg, af = stack.enter_context(
                local_airflow(
                    root,
                    port=args.port,
                    extra_env=env,
                    celery_workers=args.workers if celery else 0,
                    policy=cluster_policy(crawl_pool=CRAWL_POOL) if celery else None,
                )
            )
            if celery:
                af.airflow("pools", "set", CRAWL_POOL, str(args.crawl_slots), "crawls, all sites")
            env_file = root / "airflow.env"
            write_env_file(af, env_file)
            say = sys.stdout
            _print(say, f"Airflow UI and API: {af.base_url}  (no login: every user is admin)")
            _print(say, f"sites: {config}\narchive: {archive}\nstate: {root}")
            _print(say, f"CLI in another shell: source {env_file} && airflow dags list")
            for w in af.workers:
                _print(say, f"celery {w.name}: home, temp and spool in {w.root}, log {w.log}")
            extra = ", Celery workers and Redis" if celery else ""
            _print(say, f"Ctrl-C stops api-server, dag-processor, scheduler{extra} and PostgreSQL.")
            while not stop.wait(1):
                dead = [n for n, p in af.procs.items() if p.poll() is not None]
                dead += [w.name for w in af.workers if not w.alive()]
                if dead:
                    _print(sys.stderr, f"airflow {', '.join(dead)} exited; see {root}")
                    return 1
    except KeyboardInterrupt:
        pass
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
