"""DAG integrity: the site DAGs import cleanly, fast, with the right timetable, retries and tags."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from tests.airflow_support import REPO

pytest.importorskip("airflow.sdk")

from airflow.dag_processing.dagbag import DagBag
from airflow.sdk import CronDataIntervalTimetable

from newsarchive.airflow.runs import crawl_window, credential_env

pytestmark = pytest.mark.airflow

DAGS = REPO / "dags"
HEAVY = ("scrapy", "twisted", "trafilatura", "boto3", "botocore", "pyarrow", "duckdb", "lxml")


def write_sites(path: Path, n: int, *more: dict[str, object], **extra: object) -> Path:
    sites = [{"name": f"site-{i:02d}", "url": f"https://news{i}.example.org/"} for i in range(n)]
    sites[0].update(extra)
    path.write_text(yaml.safe_dump({"sites": [*sites, *more]}))
    return path


@pytest.fixture
def bag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DagBag:
    disabled = {"name": "off-site", "url": "https://off.example.org/", "enabled": False}
    config = write_sites(tmp_path / "sites.yaml", 5, disabled, schedule="@hourly")
    monkeypatch.setenv("NEWSARCHIVE_CONFIG", str(config))
    return DagBag(dag_folder=str(DAGS), safe_mode=True)


def test_no_import_errors_and_one_dag_per_enabled_site(bag: DagBag) -> None:
    assert bag.import_errors == {}
    sites = [f"newsarchive_site-{i:02d}" for i in range(5)]
    assert sorted(bag.dags) == sorted([*sites, "newsarchive_import"])


def test_timetable_retries_tags_and_concurrency(bag: DagBag) -> None:
    for dag_id, dag in bag.dags.items():
        if dag_id == "newsarchive_import":
            continue  # tests/test_dag_import.py
        site = dag_id.removeprefix("newsarchive_")
        assert isinstance(dag.timetable, CronDataIntervalTimetable), dag_id
        assert dag.max_active_runs == 1
        assert dag.catchup is False
        assert {"newsarchive", "crawl", f"site:{site}"} <= set(dag.tags)
        assert set(dag.task_dict) == {"crawl", "gate"}
        crawl, gate = dag.task_dict["crawl"], dag.task_dict["gate"]
        assert crawl.downstream_task_ids == {"gate"}
        for task in (crawl, gate):
            assert 1 <= task.retries <= 3, f"{dag_id}.{task.task_id} retries unbounded"
            assert task.retry_delay >= timedelta(minutes=1)
            assert task.execution_timeout is not None
        assert crawl.max_active_tis_per_dag == 1
        assert crawl.execution_timeout > timedelta(minutes=60)  # crawl_timeout_minutes + margin
        assert [a.uri for a in gate.outlets] == [f"newsarchive://{site}/articles"]


def test_schedule_comes_from_config(bag: DagBag) -> None:
    hourly = bag.dags["newsarchive_site-00"].timetable
    daily = bag.dags["newsarchive_site-01"].timetable
    assert hourly.expression == "0 * * * *"
    assert daily.expression == "0 0 * * *"
    assert "UTC" in str(daily.timezone)


def test_config_errors_surface_as_import_errors_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("sites:\n  - {name: Bad Name, url: 'ftp://x'}\n")
    monkeypatch.setenv("NEWSARCHIVE_CONFIG", str(bad))
    errors = DagBag(dag_folder=str(DAGS)).import_errors
    assert len(errors) == 1
    assert str(bad) in next(iter(errors.values()))


PARSE_PROBE = textwrap.dedent(
    """
    import json, socket, sys, time
    from airflow.dag_processing.dagbag import DagBag

    def no_network(*args, **kwargs):
        raise RuntimeError("network access while parsing DAGs")

    socket.socket.connect = no_network
    socket.create_connection = no_network
    before = set(sys.modules)
    start = time.process_time()  # CPU time: the machine's load does not count
    bag = DagBag(dag_folder=sys.argv[1], safe_mode=True)
    seconds = time.process_time() - start
    print(json.dumps({
        "seconds": seconds,
        "dags": len(bag.dags),
        "errors": {str(k): v for k, v in bag.import_errors.items()},
        "modules": sorted(
            m for m in set(sys.modules) - before if m.split(".")[0] in sys.argv[2].split(",")
        ),
    }))
    """
)


def test_parsing_50_sites_is_fast_and_light(tmp_path: Path) -> None:
    """As the dag-processor does: Airflow loaded (it imports twisted itself), ours not yet."""
    config = write_sites(tmp_path / "sites.yaml", 50)
    env = {**__import__("os").environ, "NEWSARCHIVE_CONFIG": str(config)}
    proc = subprocess.run(
        [sys.executable, "-c", PARSE_PROBE, str(DAGS), ",".join(HEAVY)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["errors"] == {}
    assert result["dags"] == 51  # and newsarchive_import
    assert result["modules"] == [], f"heavy imports at parse time: {result['modules']}"
    print(f"parsed 50 site DAGs in {result['seconds'] * 1000:.0f} ms of CPU")
    assert result["seconds"] < 1.0


@pytest.mark.parametrize(
    ("start", "end", "lookback", "expected"),
    [
        # daily at midnight: [D, D+1) is day D, plus one lookback day
        ("2026-01-10T00:00", "2026-01-11T00:00", 1, ("2026-01-09", "2026-01-10")),
        # the default 04:00 schedule: [D 04:00, D+1 04:00) is still day D
        ("2026-01-10T04:00", "2026-01-11T04:00", 0, ("2026-01-10", "2026-01-10")),
        # hourly: its own day
        ("2026-01-10T05:00", "2026-01-10T06:00", 1, ("2026-01-09", "2026-01-10")),
        # weekly: its seven days
        ("2026-01-04T00:00", "2026-01-11T00:00", 0, ("2026-01-04", "2026-01-10")),
    ],
)
def test_crawl_window(start: str, end: str, lookback: int, expected: tuple[str, str]) -> None:
    def parse(s: str) -> datetime:
        return datetime.fromisoformat(s).replace(tzinfo=UTC)

    window = crawl_window(parse(start), parse(end), lookback)
    assert window == tuple(date.fromisoformat(d) for d in expected)


def test_credentials_from_a_connection_become_env_vars_only() -> None:
    conn = SimpleNamespace(
        login="AKIAEXAMPLE",
        password="s3cr3t",
        host=None,
        extra_dejson={"endpoint_url": "http://127.0.0.1:9000", "region_name": "eu-west-1"},
    )
    env = credential_env(conn)
    assert env == {
        "AWS_ACCESS_KEY_ID": "AKIAEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "s3cr3t",
        "AWS_ENDPOINT_URL": "http://127.0.0.1:9000",
        "AWS_DEFAULT_REGION": "eu-west-1",
    }
    assert credential_env(None) == {}
