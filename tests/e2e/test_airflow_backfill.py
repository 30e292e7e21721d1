"""End to end: real PostgreSQL, scheduler, dag-processor and api-server backfill a demo site to S3."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

pytest.importorskip("airflow")

import itertools

from newsarchive.airflow.celery_local import cluster_policy
from newsarchive.airflow.local import (
    PROCESSES,
    LocalAirflow,
    MemorySampler,
    Postgres,
    local_airflow,
)
from tests.airflow_support import QUIET_STACK_ENV, migrated_postgres_data

pytestmark = [pytest.mark.e2e, pytest.mark.airflow, pytest.mark.s3, pytest.mark.timeout(900)]

TODAY = datetime.now(UTC).date()
# The demo sites publish on D1..D6 (D6 is yesterday). Unpausing a DAG starts its latest
# scheduled run (yesterday, with one lookback day: D5..D6); the backfill takes D1..D3 (and D0 as
# lookback); D4 belongs to no run, so nothing may archive it.
D1 = TODAY - timedelta(days=6)
DAYS = [D1 + timedelta(days=i) for i in range(6)]
GOOD, BROKEN = "demo-wordpress", "demo-blogger"
# A second demo server publishes March-April 2017 (as old as the seed articles), three days of
# it before the site's configured `earliest` day: runs of those days must be refused by name.
OLD = "demo-jsonld"
OLD_FIRST, OLD_DAYS = date(2017, 3, 27), 8
OLD_EARLIEST = date(2017, 3, 30)


def dag_id(site: str) -> str:
    return f"newsarchive_{site}"


@dataclass
class Stack:
    pg: Postgres
    af: LocalAirflow
    mem: MemorySampler
    s3: Any
    bucket: str
    demo_urls: dict[str, str]
    config: dict[str, Any]
    started: float
    timings: dict[str, float] = field(default_factory=dict)
    demo_expected: list[dict[str, Any]] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)

    # -- archive ----------------------------------------------------------------------------
    def objects(self, prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        client = self.s3.client()
        pages = client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=f"archive/{prefix}"
        )
        for page in pages:
            for obj in page.get("Contents", []):
                body = client.get_object(Bucket=self.bucket, Key=obj["Key"])["Body"].read()
                out[obj["Key"]] = json.loads(body)
        return out

    def articles(self, site: str) -> dict[str, Any]:
        return self.objects(f"articles/site={site}/")

    def reports(self, site: str) -> dict[str, Any]:
        return {
            k.split("window=")[1].split("/")[0]: v
            for k, v in self.objects(f"runs/site={site}/").items()
            if "/window=" in k
        }

    # -- airflow ----------------------------------------------------------------------------
    def start_backfill(
        self, site: str, first: date, last: date, *, reprocess: str = "", cli: bool = False
    ) -> int:
        """Create a backfill as ops do: `airflow backfill create ...` (cli), else through the REST
        API the UI uses (the CLI costs seconds of CPU per command); returns the backfill's id."""
        if cli:
            extra = ("--reprocess-behavior", reprocess) if reprocess else ()
            self.af.airflow(
                "backfill",
                "create",
                *("--dag-id", dag_id(site)),
                *("--from-date", first.isoformat(), "--to-date", last.isoformat()),
                *extra,
            )
            rows = self.pg.query("SELECT max(id) FROM backfill WHERE dag_id = %s", (dag_id(site),))
            return int(rows[0][0])
        body = {
            "dag_id": dag_id(site),
            "from_date": f"{first}T00:00:00Z",
            "to_date": f"{last}T00:00:00Z",
            **({"reprocess_behavior": reprocess} if reprocess else {}),
        }
        return int(self.af.api("POST", "backfills", body)["id"])

    def wait_backfill(self, backfill_id: int, timeout: float = 300) -> list[tuple[Any, ...]]:
        """Wait until the scheduler marks the backfill complete; returns its runs in order."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            rows = self.pg.query("SELECT completed_at FROM backfill WHERE id = %s", (backfill_id,))
            if rows[0][0] is not None:
                break
            time.sleep(1)
        else:
            raise AssertionError(
                f"backfill {backfill_id} did not complete in {timeout} s\n{self.diagnose()}"
            )
        return self.pg.query(
            "SELECT r.run_id, r.state, r.data_interval_start FROM dag_run r "
            "JOIN backfill_dag_run b ON b.dag_run_id = r.id WHERE b.backfill_id = %s "
            "ORDER BY r.data_interval_start",
            (backfill_id,),
        )

    def backfill(
        self, site: str, first: date, last: date, *, reprocess: str = ""
    ) -> list[tuple[Any, ...]]:
        started = time.monotonic()
        runs = self.wait_backfill(self.start_backfill(site, first, last, reprocess=reprocess))
        label = f"backfill {site} {first}..{last} {reprocess}".strip()
        self.timings[label] = time.monotonic() - started
        return runs

    def wait_scheduled(self, site: str, timeout: float = 480) -> tuple[Any, ...]:
        """The site's first scheduled run, once finished (generous: on a busy machine the first
        runs share the CPU with the stack's start and the rest of the suite)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            rows = self.pg.query(
                "SELECT run_id, state, data_interval_start FROM dag_run "
                "WHERE dag_id = %s AND run_type = 'scheduled' ORDER BY id LIMIT 1",
                (dag_id(site),),
            )
            if rows and rows[0][1] in ("success", "failed"):
                return rows[0]
            time.sleep(1)
        raise AssertionError(
            f"no finished scheduled run of {site} in {timeout} s\n{self.diagnose()}"
        )

    def diagnose(self) -> str:
        """Every run's state and its tasks' states and tries, then the log tails of the runs with
        an unfinished or retried task and of the scheduler: what a timeout message needs."""
        rows = self.pg.query(
            "SELECT r.dag_id, r.run_id, r.state, t.task_id, t.state, t.try_number "
            "FROM dag_run r LEFT JOIN task_instance t ON t.dag_id = r.dag_id AND "
            "t.run_id = r.run_id ORDER BY r.id, t.task_id"
        )
        lines = [" ".join(str(v) for v in row) for row in rows]
        troubled = {
            (dag.removeprefix("newsarchive_"), run_id)
            for dag, run_id, _, task, state, tries in rows
            if task and (state != "success" or (tries or 0) > 1)
        }
        lines += [self.explain(site, run_id) for site, run_id in sorted(troubled)]
        lines.append("--- scheduler\n" + self.af.log_tail("scheduler", 40))
        return "\n".join(lines)

    def note_retries(self) -> None:
        """Retried tasks are no failure (the DAG retries crawls), but the figures name them."""
        rows = self.pg.query(
            "SELECT dag_id, run_id, task_id, try_number, state FROM task_instance_history "
            "WHERE state IS DISTINCT FROM 'success'"
        )  # a backfill that reprocesses a run adds its earlier, successful tries here
        self.retried = sorted({f"{r[0]} {r[1]} {r[2]} (try {r[3]}: {r[4]})" for r in rows})

    def tasks(self, site: str, run_ids: list[str]) -> dict[tuple[str, str], tuple[Any, ...]]:
        rows = self.pg.query(
            "SELECT run_id, task_id, state, try_number, start_date, end_date FROM task_instance "
            "WHERE dag_id = %s AND run_id = ANY(%s)",
            (dag_id(site), run_ids),
        )
        return {(r[0], r[1]): r[2:] for r in rows}

    def task_log(self, site: str, run_id: str, task_id: str) -> str:
        root = self.af.home / "logs" / f"dag_id={dag_id(site)}" / f"run_id={run_id}"
        return "\n".join(
            p.read_text(errors="replace") for p in sorted(root.glob(f"task_id={task_id}/*.log"))
        )

    def explain(self, site: str, run_id: str) -> str:
        """The tails of a run's task logs, for an assertion message."""
        parts = [f"{site} {run_id}:"]
        for task in ("crawl", "gate"):
            lines = self.task_log(site, run_id, task).splitlines()[-25:]
            parts.append(f"--- {task}\n" + "\n".join(line[:400] for line in lines))
        return "\n".join(parts)

    def expected(self, site: str, days: set[str]) -> set[str]:
        """Paths of the demo's articles dated on `days` (the served ports differ from these)."""
        return {
            urlsplit(a["url"]).path
            for a in self.demo_expected
            if a["site"] == site and a["date"] in days
        }


def _start_demo(
    root: Path, styles: str, first: date, days: int
) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    demo_config = root / f"demo-sites-{styles.replace(',', '-')}.yaml"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsarchive.demo",
            "serve",
            "--styles",
            styles,
            "--start-date",
            first.isoformat(),
            "--days",
            str(days),
            "--write-config",
            str(demo_config),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        _stop(proc)
        raise RuntimeError("the demo server printed nothing")
    return proc, json.loads(line)


def _stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(5)


@pytest.fixture(scope="module")
def stack(s3_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    started = time.monotonic()
    root = tmp_path_factory.mktemp("e2e")
    bucket = f"e2e-{uuid.uuid4().hex[:10]}"
    s3_server.client().create_bucket(Bucket=bucket)
    demo, info = _start_demo(root, "wordpress,blogger", D1, len(DAYS))
    old_demo: subprocess.Popen[str] | None = None
    try:
        old_demo, old_info = _start_demo(root, "jsonld", OLD_FIRST, OLD_DAYS)
        config = yaml.safe_load(Path(info["config"]).read_text())
        old_site = yaml.safe_load(Path(old_info["config"]).read_text())["sites"]
        old_site[0]["earliest"] = OLD_EARLIEST.isoformat()
        config["sites"] += old_site
        for site in config["sites"]:
            site.update(schedule="@daily", lookback_days=1)
        config_path = root / "sites.yaml"
        config_path.write_text(yaml.safe_dump(config))
        env = {
            **QUIET_STACK_ENV,
            "NEWSARCHIVE_CONFIG": str(config_path),
            "NEWSARCHIVE_ARCHIVE": f"s3://{bucket}/archive",
            **s3_server.env(),  # the boto3 default chain (dag.test covers the connection path)
        }
        # A crawl that fails is retried after 5 s, not the DAG's 5 min (the figures list retries).
        policy = cluster_policy(retry_delay_s=5)
        with (
            local_airflow(
                root, extra_env=env, policy=policy, migrated_data=migrated_postgres_data()
            ) as (pg, af),
            # Every 2 s (was 0.5 s, then 1 s): each sample reads every Airflow process's
            # smaps_rollup for its PSS, a kernel walk of its page tables (~10 ms per large
            # process; ~50 ms a sample), which left the test process with more CPU (43 s in one
            # 7-minute run at 0.5 s) than the scheduler. The peaks are printed figures, no test
            # asserts on them, and a crawl task's memory lasts far longer than 2 s.
            MemorySampler(af.pids, interval=2.0) as mem,
        ):
            urls = {**info["urls"], **old_info["urls"]}
            st = Stack(pg, af, mem, s3_server, bucket, urls, config, started)
            st.timings["start PostgreSQL + migrate + Airflow healthy"] = time.monotonic() - started
            st.demo_expected = _expected_articles()
            _wait_for_dags(pg, [dag_id(GOOD), dag_id(BROKEN), dag_id(OLD)])
            st.timings["DAGs parsed"] = time.monotonic() - started
            yield st
            st.timings["total"] = time.monotonic() - started
            st.note_retries()
            _print_figures(st)
    finally:
        _stop(demo)
        if old_demo is not None:
            _stop(old_demo)


def _expected_articles() -> list[dict[str, Any]]:
    """What the served demo publishes: the same generator, same arguments, no server needed."""
    from newsarchive.demo import DemoSites

    recent = DemoSites(styles=("wordpress", "blogger"), start_date=D1, days=len(DAYS))
    old = DemoSites(styles=("jsonld",), start_date=OLD_FIRST, days=OLD_DAYS)
    return recent.expected_articles() + old.expected_articles()


def _wait_for_dags(pg: Postgres, dag_ids: list[str], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = pg.query("SELECT dag_id FROM serialized_dag WHERE dag_id = ANY(%s)", (dag_ids,))
        if {r[0] for r in rows} == set(dag_ids):
            return
        time.sleep(0.5)
    raise AssertionError(f"DAGs {dag_ids} not parsed in {timeout} s")


def _print_figures(st: Stack) -> None:
    hwm = 0
    for pid in st.af.pids():
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm += int(line.split()[1])
    lines = [f"{name}: {seconds:.1f} s" for name, seconds in st.timings.items()]
    lines.append(f"retried tasks: {', '.join(st.retried) or 'none'}")
    lines.append(f"memory: {st.mem.summary()}")
    lines.append(f"memory: VmHWM of {', '.join(PROCESSES)} (main processes): {hwm / 1024:.0f} MiB")
    print("\n[e2e figures]\n" + "\n".join(lines), file=sys.stderr)


def _days(first: date, last: date) -> set[str]:
    return {(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)}


def _path(article: dict[str, Any]) -> str:
    return urlsplit(article["url"]).path


def _urls_by_day(articles: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for key, article in articles.items():
        out.setdefault(key.split("date=")[1].split("/")[0], set()).add(_path(article))
    return out


def test_daily_run_then_backfill_three_days_twice_archives_each_article_once(
    stack: Stack,
) -> None:
    # Ops unpause the sites: each starts its latest scheduled run (yesterday), in parallel.
    started = time.monotonic()
    stack.af.airflow(
        "dags", "unpause", "--treat-dag-id-as-regex", "-y", f"^({dag_id(GOOD)}|{dag_id(BROKEN)})$"
    )
    daily = {site: stack.wait_scheduled(site) for site in (GOOD, BROKEN)}
    stack.timings["unpause: first scheduled run of both sites"] = time.monotonic() - started
    for site, (run_id, state, start) in daily.items():
        assert state == "success", stack.explain(site, run_id)
        assert start.date() == DAYS[5]
    live = stack.articles(GOOD)
    assert {_path(a) for a in live.values()} == stack.expected(GOOD, _days(DAYS[4], DAYS[5]))

    # Backfill D1..D3 of one site while the other site backfills D1..D2: sites run in parallel.
    started = time.monotonic()
    other = stack.start_backfill(BROKEN, DAYS[0], DAYS[1])
    first = stack.wait_backfill(stack.start_backfill(GOOD, DAYS[0], DAYS[2], cli=True))
    history = stack.wait_backfill(other)
    stack.timings[f"backfill {GOOD} {DAYS[0]}..{DAYS[2]} (+ {BROKEN}, 2 days, in parallel)"] = (
        time.monotonic() - started
    )
    assert [r[1] for r in history] == ["success"] * 2, history
    assert [r[1] for r in first] == ["success"] * 3, first
    assert [r[2].date() for r in first] == DAYS[:3]
    run_ids = [r[0] for r in first]
    tis = stack.tasks(GOOD, run_ids)
    assert {ti[0] for ti in tis.values()} == {"success"}  # crawl and gate, every run

    articles = stack.articles(GOOD)
    urls = Counter(_path(a) for a in articles.values())
    assert all(n == 1 for n in urls.values()), "an article archived twice"
    window = _days(DAYS[0] - timedelta(days=1), DAYS[2])
    added = set(urls) - {_path(a) for a in live.values()}
    assert added == stack.expected(GOOD, window)
    never = stack.expected(GOOD, {DAYS[3].isoformat()})
    assert never and not never & set(urls), "an article outside every run's window was archived"
    by_day = _urls_by_day(articles)
    assert set(by_day) <= window | _days(DAYS[4], DAYS[5])

    reports = stack.reports(GOOD)
    windows = {f"{d - timedelta(days=1)}_{d}" for d in (*DAYS[:3], DAYS[5])}
    assert set(reports) == windows
    assert sum(r["articles_archived"] for r in reports.values()) == len(articles)
    archived_by_day: Counter[str] = Counter()
    for r in reports.values():
        assert r["status"] == "ok"
        assert set(r["partitions"]) <= _days(
            date.fromisoformat(r["since"]), date.fromisoformat(r["until"])
        )
        for day, c in r["days"].items():
            archived_by_day[day] += c["archived"]
    assert +archived_by_day == Counter({d: len(u) for d, u in by_day.items()})

    # One crawl of a site at a time, even inside a backfill.
    spans = sorted((ti[2], ti[3]) for (_, task), ti in tis.items() if task == "crawl")
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))

    events = stack.pg.query(
        "SELECT e.extra FROM asset_event e JOIN asset a ON a.id = e.asset_id WHERE a.uri = %s",
        (f"newsarchive://{GOOD}/articles",),
    )
    extras = [json.loads(e[0]) if isinstance(e[0], str) else e[0] for e in events]
    assert len(extras) == 4  # the daily run and three backfill runs
    assert sum(e["archived"] for e in extras) == len(articles)

    # The same days again: nothing new, nothing twice, same archive, reports still add up.
    before = {k: v["url"] for k, v in articles.items()}
    again = stack.backfill(GOOD, DAYS[0], DAYS[2], reprocess="completed")
    assert [r[1] for r in again] == ["success"] * 3, again
    assert {ti[0] for ti in stack.tasks(GOOD, [r[0] for r in again]).values()} == {"success"}
    after = stack.articles(GOOD)
    assert {k: v["url"] for k, v in after.items()} == before
    reports = stack.reports(GOOD)
    assert set(reports) == windows
    for d in DAYS[:3]:
        name = f"{d - timedelta(days=1)}_{d}"
        r = reports[name]
        assert r["articles_archived"] == 0 and r["articles_updated"] == 0, name
        for day in _days(d - timedelta(days=1), d):
            c = r["days"].get(day, {"archived": 0, "already": 0})
            assert c["archived"] + c["already"] == len(by_day.get(day, ())), (name, day, c)


def test_broken_layout_fails_the_gate_naming_the_site(stack: Stack) -> None:
    url = stack.demo_urls["blogger"] + "__control"
    body = json.dumps({"layout": "broken"}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10):
        pass

    broken = stack.backfill(BROKEN, DAYS[2], DAYS[2])  # D2 is known, D3's articles are new
    assert [r[1] for r in broken] == ["failed"], broken
    run_id = broken[0][0]
    tis = stack.tasks(BROKEN, [run_id])
    assert tis[(run_id, "crawl")][0] == "success"
    state, tries = tis[(run_id, "gate")][:2]
    assert state == "failed" and tries == 1, "a failed gate must not be retried"
    log = stack.task_log(BROKEN, run_id, "gate")
    assert "quality gate FAILED for site 'demo-blogger'" in log
    assert f"0 articles dated {DAYS[2]}" in log and "usually" in log
    print(f"\n[e2e] gate message: {_gate_line(log)}", file=sys.stderr)


def _gate_line(log: str) -> str:
    for line in log.splitlines():
        if "quality gate FAILED" in line:
            try:
                return str(json.loads(line).get("event"))
            except ValueError:
                return line
    return ""


def test_backfill_of_2017_archives_each_day_and_refuses_days_before_earliest(
    stack: Stack,
) -> None:
    # Unpausing starts the site's latest interval (yesterday: nothing published); the backfill
    # of two 2017 days runs beside it, one crawl at a time: the first day's lookback is cut at
    # `earliest`, the second day's is not.
    stack.af.api("PATCH", f"dags/{dag_id(OLD)}", {"is_paused": False})
    days = [OLD_EARLIEST + timedelta(days=i) for i in range(2)]
    started = time.monotonic()
    runs = stack.wait_backfill(stack.start_backfill(OLD, days[0], days[-1]))
    stack.timings[f"backfill {OLD} {days[0]}..{days[-1]} (2017)"] = time.monotonic() - started
    assert [r[1] for r in runs] == ["success"] * 2, [stack.explain(OLD, r[0]) for r in runs]
    assert [r[2].date() for r in runs] == days
    assert {ti[0] for ti in stack.tasks(OLD, [r[0] for r in runs]).values()} == {"success"}

    articles = stack.articles(OLD)
    by_day = _urls_by_day(articles)
    window = _days(days[0], days[-1])
    # Each day's articles, and none of the days the site published before `earliest` (the
    # first run's lookback day is cut there).
    assert set(by_day) == window, sorted(by_day)
    for day in sorted(window):
        assert by_day[day] and by_day[day] == stack.expected(OLD, {day}), day
    reports = stack.reports(OLD)
    first = days[0].isoformat()
    assert {f"{first}_{first}", f"{first}_{days[1]}"} <= set(reports)

    # The day before `earliest` (the site published on it): its run fails, naming the site and
    # the date; nothing archived.
    early = OLD_EARLIEST - timedelta(days=1)
    refused = stack.backfill(OLD, early, early)
    assert [r[1] for r in refused] == ["failed"], refused
    tis = stack.tasks(OLD, [r[0] for r in refused])
    for run_id, _, start in refused:
        state, tries = tis[(run_id, "crawl")][:2]
        assert state == "failed" and tries == 1, "a refused interval must not be retried"
        log = stack.task_log(OLD, run_id, "crawl")
        assert (
            f"site '{OLD}': the interval of {start.date()} is before the site's earliest "
            f"date {OLD_EARLIEST}"
        ) in log, log[-3000:]
    assert stack.articles(OLD).keys() == articles.keys()
    assert stack.wait_scheduled(OLD)[1] in ("success", "failed")
