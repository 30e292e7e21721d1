"""Many machines: Airflow's CeleryExecutor with two workers backfills sites to S3 and survives one's loss.

Real Redis, PostgreSQL, scheduler, dag-processor, api-server and two `airflow celery worker`
processes, each with its own AIRFLOW_HOME, temp dir, spool and hostname; the archive is on a
loopback S3 server (moto). No step waits on a clock: a hold on a demo site's article pages
keeps a crawl in flight until the test has seen where it runs, so the test knows which worker
is mid-crawl when it kills it.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

pytest.importorskip("airflow.providers.celery")

from newsarchive.airflow.celery_local import CRAWL_POOL, CeleryWorker, cluster_policy
from newsarchive.airflow.local import LocalAirflow, Postgres, local_airflow
from newsarchive.demo import DemoSites
from tests.airflow_support import QUIET_STACK_ENV, migrated_postgres_data

pytestmark = [pytest.mark.celery, pytest.mark.airflow, pytest.mark.s3, pytest.mark.timeout(900)]

TODAY = datetime.now(UTC).date()
DAYS = [TODAY - timedelta(days=2), TODAY - timedelta(days=1)]  # D2, yesterday, runs as scheduled
STYLES = ("wordpress", "blogger", "jsonld")
SPREAD = ("demo-wordpress", "demo-blogger")  # phase 1: one held crawl on each worker
KILLED = "demo-jsonld"  # phase 2: its crawl's worker is killed mid-crawl
HEARTBEAT_TIMEOUT = 30  # s without a task heartbeat before the scheduler fails (retries) it
DEADLINE = 300.0  # generous: every wait is on a state, never on a duration


def dag_id(site: str) -> str:
    return f"newsarchive_{site}"


class Hold:
    """Holds a demo site's article requests, after the first few, until released.

    The site is served for real; its handler waits on an event for held requests, so a crawl
    stays in flight (mid-crawl, some articles fetched) for as long as the test needs.
    """

    def __init__(self, site: Any, article_paths: set[str]) -> None:
        self._handle: Callable[[str, dict[str, str]], Any] = site.handle
        self.article_paths = article_paths
        self._open = threading.Event()
        self._open.set()
        self._lock = threading.Lock()
        self._budget = 0
        self.held = 0
        site.handle = self.handle  # the demo server calls site.handle(path, query)

    def close(self, let_through: int) -> None:
        with self._lock:
            self._budget, self.held = let_through, 0
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def handle(self, path: str, query: dict[str, str]) -> Any:
        if path in self.article_paths and not self._open.is_set():
            with self._lock:
                hold = self._budget <= 0
                self._budget -= 0 if hold else 1
                self.held += 1 if hold else 0
            if hold:
                self._open.wait(DEADLINE)
        return self._handle(path, query)


@dataclass
class Cluster:
    pg: Postgres
    af: LocalAirflow
    s3: Any
    bucket: str
    demo: DemoSites
    holds: dict[str, Hold]
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def archive(self) -> str:
        return f"s3://{self.bucket}/archive"

    def worker(self, name: str) -> CeleryWorker:
        return next(w for w in self.af.workers if w.name == name)

    # -- airflow, through the REST API --------------------------------------------------------
    def start(self, site: str, backfill: date | None = None) -> None:
        """Unpause the site (yesterday runs as scheduled) and backfill one earlier day."""
        self.af.api("PATCH", f"dags/{dag_id(site)}", {"is_paused": False})
        if backfill is None:
            return
        self.af.api(
            "POST",
            "backfills",
            {
                "dag_id": dag_id(site),
                "from_date": f"{backfill}T00:00:00Z",
                "to_date": f"{backfill}T00:00:00Z",
                "max_active_runs": 10,
            },
        )

    def tis(self, *sites: str) -> list[tuple[Any, ...]]:
        """(dag_id, run_id, task_id, state, try_number, hostname, pool) of the sites' tasks."""
        return self.pg.query(
            "SELECT dag_id, run_id, task_id, state, try_number, hostname, pool "
            "FROM task_instance WHERE dag_id = ANY(%s) ORDER BY dag_id, run_id, task_id",
            ([dag_id(s) for s in sites],),
        )

    def history(self, site: str) -> list[tuple[Any, ...]]:
        return self.pg.query(
            "SELECT run_id, task_id, state, try_number, hostname FROM task_instance_history "
            "WHERE dag_id = %s ORDER BY run_id, task_id, try_number",
            (dag_id(site),),
        )

    def running_crawl(self, site: str) -> tuple[Any, ...] | None:
        rows = [
            r
            for r in self.tis(site)
            if r[2] == "crawl" and r[3] == "running" and r[5] and self.holds[site].held
        ]
        return rows[0] if rows else None

    def runs(self, site: str) -> list[tuple[Any, ...]]:
        return self.pg.query(
            "SELECT run_id, state, run_type, data_interval_start FROM dag_run WHERE dag_id = %s "
            "ORDER BY data_interval_start",
            (dag_id(site),),
        )

    def wait(self, what: str, check: Callable[[], Any]) -> Any:
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            result = check()
            if result:
                return result
            time.sleep(0.5)
        raise AssertionError(f"{what}: not within {DEADLINE:.0f} s\n{self.explain()}")

    def wait_finished(self, sites: dict[str, int]) -> dict[str, list[tuple[Any, ...]]]:
        """The sites' runs, once each site has that many and all have ended."""

        def finished() -> dict[str, list[tuple[Any, ...]]] | None:
            runs = {s: self.runs(s) for s in sites}
            done = all(
                len(r) == sites[s] and all(x[1] in ("success", "failed") for x in r)
                for s, r in runs.items()
            )
            return runs if done else None

        return dict(self.wait(f"runs of {', '.join(sites)} finished", finished))

    def explain(self) -> str:
        lines = [f"task instances: {r}" for r in self.tis(*SPREAD, KILLED)]
        for w in self.af.workers:
            tail = w.log.read_text(errors="replace").splitlines()[-15:] if w.log.exists() else []
            lines.append(f"--- {w.name} (alive {w.alive()}):\n" + "\n".join(x[:300] for x in tail))
        lines.append("--- scheduler:\n" + self.af.log_tail("scheduler", 20))
        return "\n".join(lines)

    # -- archive -------------------------------------------------------------------------------
    def articles(self, site: str) -> dict[str, dict[str, Any]]:
        client = self.s3.client()
        out = {}
        pages = client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=f"archive/articles/site={site}/"
        )
        for page in pages:
            for obj in page.get("Contents", []):
                body = client.get_object(Bucket=self.bucket, Key=obj["Key"])["Body"].read()
                out[obj["Key"]] = json.loads(body)
        return out

    def expected(self, site: str, days: set[str]) -> set[str]:
        return {
            urlsplit(a["url"]).path
            for a in self.demo.expected_articles()
            if a["site"] == site and a["date"] in days
        }


@pytest.fixture(scope="module")
def cluster(s3_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    started = time.monotonic()
    root = tmp_path_factory.mktemp("celery")
    bucket = f"celery-{uuid.uuid4().hex[:10]}"
    s3_server.client().create_bucket(Bucket=bucket)
    with DemoSites(styles=STYLES, start_date=DAYS[0], days=len(DAYS), per_day=3) as demo:
        config = demo.config()
        for site in config["sites"]:
            # A held request must outlast no download timeout; each run crawls its own day.
            site.update(schedule="@daily", lookback_days=0, timeout=DEADLINE)
        config_path = root / "sites.yaml"
        config_path.write_text(yaml.safe_dump(config))
        expected = demo.expected_articles()
        holds = {
            f"demo-{style}": Hold(
                demo.sites[style],
                {urlsplit(a["url"]).path for a in expected if a["site"] == f"demo-{style}"},
            )
            for style in STYLES
        }
        env = {
            **QUIET_STACK_ENV,
            "NEWSARCHIVE_CONFIG": str(config_path),
            "NEWSARCHIVE_ARCHIVE": f"s3://{bucket}/archive",
            **s3_server.env(),
        }
        with local_airflow(
            root,
            extra_env=env,
            celery_workers=2,
            worker_concurrency=1,  # a busy worker takes no second task: placement is known
            heartbeat_timeout=HEARTBEAT_TIMEOUT,
            policy=cluster_policy(retry_delay_s=1, crawl_pool=CRAWL_POOL),
            migrated_data=migrated_postgres_data(),
        ) as (pg, af):
            af.api("POST", "pools", {"name": CRAWL_POOL, "slots": 2})
            cl = Cluster(pg, af, s3_server, bucket, demo, holds)
            cl.wait("DAGs parsed", lambda: _parsed(pg, [*SPREAD, KILLED]))
            cl.timings["start Redis, PostgreSQL, Airflow, 2 workers; DAGs parsed"] = (
                time.monotonic() - started
            )
            yield cl
            for hold in holds.values():
                hold.release()
            cl.timings["total"] = time.monotonic() - started
            lines = [f"{k}: {v:.1f} s" for k, v in cl.timings.items()] + cl.notes
            print("\n[celery e2e figures]\n" + "\n".join(lines), file=sys.stderr)


def _parsed(pg: Postgres, sites: list[str]) -> bool:
    rows = pg.query(
        "SELECT dag_id FROM serialized_dag WHERE dag_id = ANY(%s)", ([dag_id(s) for s in sites],)
    )
    return {r[0] for r in rows} == {dag_id(s) for s in sites}


def _cmdlines(pids: list[int]) -> list[str]:
    out = []
    for pid in pids:
        try:
            out.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:
            continue
    return out


def test_two_workers_share_a_backfill_and_one_lost_mid_crawl_loses_nothing(
    cluster: Cluster,
) -> None:
    cl = cluster
    workers = {w.name for w in cl.af.workers}
    assert len(workers) == 2

    # Phase 1: two sites, two days each (yesterday scheduled, the day before backfilled). Each
    # site's first crawl is held after an article: a worker runs one task at a time, so the two
    # held crawls must sit on the two workers.
    started = time.monotonic()
    for site in SPREAD:
        cl.holds[site].close(let_through=1)
        cl.start(site, backfill=DAYS[0])
    held = {
        site: cl.wait(f"{site}: a crawl in flight, held", partial(cl.running_crawl, site))
        for site in SPREAD
    }
    assert {ti[5] for ti in held.values()} == workers, held
    for site in SPREAD:
        cl.holds[site].release()
    runs = cl.wait_finished(dict.fromkeys(SPREAD, 2))
    cl.timings["phase 1: 2 sites x 2 days on 2 workers"] = time.monotonic() - started
    for site, site_runs in runs.items():
        assert [r[1] for r in site_runs] == ["success"] * 2, (site, site_runs, cl.explain())
        assert [r[3].date() for r in site_runs] == DAYS
    tis = cl.tis(*SPREAD)
    assert len(tis) == 8 and {t[3] for t in tis} == {"success"}
    assert {t[5] for t in tis} == workers  # both workers ran tasks, nothing ran elsewhere
    assert {t[6] for t in tis if t[2] == "crawl"} == {CRAWL_POOL}  # the cluster policy's pool
    for site in SPREAD:  # one crawl of a site at a time, whichever worker runs it
        spans = sorted(
            cl.pg.query(
                "SELECT start_date, end_date FROM task_instance WHERE dag_id = %s "
                "AND task_id = 'crawl'",
                (dag_id(site),),
            )
        )
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), (site, spans)
    ran = Counter(t[5] for t in tis)
    cl.notes.append(f"phase 1 tasks per worker: {dict(sorted(ran.items()))}")

    # Phase 2: a third site's scheduled run; its crawl is held mid-crawl (one article fetched),
    # and the machine of the worker running it is lost.
    started = time.monotonic()
    cl.holds[KILLED].close(let_through=1)
    cl.start(KILLED)
    victim_ti = cl.wait(f"{KILLED}: a crawl in flight, held", lambda: cl.running_crawl(KILLED))
    victim = cl.worker(victim_ti[5])
    survivor = (workers - {victim.name}).pop()
    pids = victim.pids()
    killed = _cmdlines(pids)
    assert any("newsarchive" in c and " crawl " in c for c in killed), killed  # mid-crawl
    victim.kill()
    assert not victim.alive()
    cl.holds[KILLED].release()
    killed_at = time.monotonic()
    runs = cl.wait_finished({KILLED: 1})
    cl.timings["phase 2: kill -> all runs of the site done"] = time.monotonic() - killed_at
    cl.timings["phase 2: 1 site x 1 day, a worker lost"] = time.monotonic() - started
    assert [r[1] for r in runs[KILLED]] == ["success"], (runs, cl.explain())
    run_id = victim_ti[1]
    now = {(t[1], t[2]): t for t in cl.tis(KILLED)}
    retried = now[(run_id, "crawl")]
    assert retried[3] == "success" and retried[4] == 2, retried  # the second try ...
    assert retried[5] == survivor, retried  # ... on the other worker
    first_try = [h for h in cl.history(KILLED) if h[0] == run_id and h[1] == "crawl"]
    assert [(h[3], h[4]) for h in first_try] == [(1, victim.name)], first_try
    assert first_try[0][2] != "success"
    assert {t[5] for k, t in now.items() if k != (run_id, "crawl")} <= workers

    # Nothing lost, nothing twice: every article of the runs' days once, verify clean.
    both, last = {d.isoformat() for d in DAYS}, {DAYS[1].isoformat()}
    for site, days in ((SPREAD[0], both), (SPREAD[1], both), (KILLED, last)):
        articles = cl.articles(site)
        paths = Counter(urlsplit(a["url"]).path for a in articles.values())
        assert [p for p, n in paths.items() if n > 1] == [], f"{site}: archived twice"
        assert set(paths) == cl.expected(site, days), site
    verify = subprocess.run(
        [sys.executable, "-m", "newsarchive", "verify", "--deep", "--json"],
        env={**cl.af.env, "NEWSARCHIVE_ARCHIVE": cl.archive},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert verify.returncode == 0, verify.stdout[-3000:] + verify.stderr[-2000:]
    result = json.loads(verify.stdout)
    assert result["ok"] and not result["problems"], result
