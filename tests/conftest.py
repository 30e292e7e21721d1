"""Shared fixtures: a real S3-protocol server (moto) on loopback, started and stopped by PID."""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from tests.airflow_support import private_airflow_home, templates_dir

# pytest keeps its assertion-rewritten test modules as .pyc files in tests/__pycache__ and reads
# them back, unless bytecode writing is off: with PYTHONDONTWRITEBYTECODE=1 (set on these machines
# and on CI) every pytest-xdist worker rewrote and compiled all 75 test modules again at each
# collection, ~7 of its ~18 CPU s (x4 workers). From a checkout's second run on, they are read
# back (git ignores __pycache__). Only this process writes: the processes the tests start still
# inherit the variable.
sys.dont_write_bytecode = False

# Before any test module can import Airflow (some import it through the project's modules),
# point it at a throwaway home: never the user's ~/airflow.
private_airflow_home()
# The run's shared templates (migrated metadata DBs), made here in the controller before
# pytest-xdist starts its workers, so that they all inherit the same folder.
templates_dir()
# Crawls that name no spool folder use this process's own (each pytest-xdist worker has its
# own), never the user's ~/.cache/newsarchive/spool nor another worker's.
os.environ["NEWSARCHIVE_SPOOL"] = tempfile.mkdtemp(prefix="newsarchive-test-spool-")
atexit.register(shutil.rmtree, os.environ["NEWSARCHIVE_SPOOL"], True)

FAKE_KEY_ID = "AKIANEWSARCHIVETEST1"
FAKE_SECRET = "newsarchive-test-secret-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# moto's server, answering one request at a time: `moto_server` serves each request in its own
# thread, and its conditional PUT (If-None-Match, If-Match) checks, then writes, unlocked, so two
# racing writers can both pass; S3 itself decides them atomically, as one request at a time does.
_SERIAL_MOTO = (
    "import sys; from werkzeug.serving import run_simple; "
    "from moto.moto_server.werkzeug_app import DomainDispatcherApplication, "
    "MotoRequestHandler, create_backend_app; "
    "run_simple('127.0.0.1', int(sys.argv[1]), DomainDispatcherApplication(create_backend_app), "
    "threaded=False, request_handler=MotoRequestHandler)"
)


class S3Server:
    """A moto_server process on 127.0.0.1; stop() and start() again to simulate an outage.

    `serial`: one request at a time, so conditional writes race as on S3 (see _SERIAL_MOTO).
    """

    def __init__(self, port: int | None = None, *, serial: bool = False) -> None:
        self.port = port or free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.serial = serial

    def start(self) -> None:
        if self.serial:
            cmd = [sys.executable, "-c", _SERIAL_MOTO, str(self.port)]
        else:
            exe = Path(sys.executable).with_name("moto_server")
            cmd = [str(exe), "-H", "127.0.0.1", "-p", str(self.port)]
        self.proc = subprocess.Popen(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError("moto_server exited at start") from None
                time.sleep(0.1)
        raise RuntimeError("moto_server did not start in 30 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.proc = None

    def env(self) -> dict[str, str]:
        return {
            "AWS_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": FAKE_KEY_ID,
            "AWS_SECRET_ACCESS_KEY": FAKE_SECRET,
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_EC2_METADATA_DISABLED": "true",
        }

    def client(self):  # type: ignore[no-untyped-def]
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=FAKE_KEY_ID,
            aws_secret_access_key=FAKE_SECRET,
            region_name="us-east-1",
        )


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    server = S3Server()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def point_boto3_at(server: S3Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point boto3 in this process (and children that inherit os.environ) at a loopback server."""
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    for key in (
        "AWS_PROFILE",
        "AWS_SESSION_TOKEN",
        "AWS_CONFIG_FILE",
        "AWS_SHARED_CREDENTIALS_FILE",
    ):
        monkeypatch.delenv(key, raising=False)


@pytest.fixture
def s3_env(s3_server: S3Server, monkeypatch: pytest.MonkeyPatch) -> S3Server:
    """boto3 pointed at the session's loopback S3 server."""
    point_boto3_at(s3_server, monkeypatch)
    return s3_server


@pytest.fixture
def s3_uri(s3_env: S3Server) -> str:
    """A fresh, empty bucket on the loopback server: s3://bucket/archive."""
    bucket = f"test-{uuid.uuid4().hex[:12]}"
    s3_env.client().create_bucket(Bucket=bucket)
    return f"s3://{bucket}/archive"


@pytest.fixture(params=["local", "s3"])
def archive_uri(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Both backends, tested the same way."""
    if request.param == "local":
        return str(tmp_path / "archive")
    return str(request.getfixturevalue("s3_uri"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """End-to-end scenarios first: under pytest-xdist (see addopts) each starts at once on its
    own worker and overlaps the rest of the suite, instead of starting last and running alone."""
    items.sort(
        key=lambda item: (
            not item.get_closest_marker("e2e") and not item.get_closest_marker("celery")
        )
    )


def _yardstick() -> float:
    """CPU seconds of 2,000,000 pure-Python additions: this machine's speed right now."""
    started = time.process_time()
    total = 0
    for i in range(2_000_000):
        total += i
    return time.process_time() - started


_YARDSTICK_AT_START: list[float] = []


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist starts its workers
def pytest_sessionstart(session: pytest.Session) -> None:
    if "PYTEST_XDIST_WORKER" not in os.environ:  # the controller only
        _YARDSTICK_AT_START.append(_yardstick())


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """A yardstick of this machine's speed at the suite's start and end: these shared machines
    differ by about 2x within an hour, and a wall time means little without it."""
    start = f"{_YARDSTICK_AT_START[0]:.2f} CPU s at the start, " if _YARDSTICK_AT_START else ""
    terminalreporter.write_line(
        f"machine yardstick: 2,000,000 pure-Python additions took {start}"
        f"{_yardstick():.2f} CPU s at the end ({os.cpu_count()} CPUs)"
    )
