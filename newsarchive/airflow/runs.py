"""One crawl of one window, as Airflow runs it: the window, the subprocess, the report, history."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from newsarchive.config import SiteConfig

LOG_TAIL_LINES = 40
KILL_GRACE_SECONDS = 20


def crawl_window(
    start: datetime, end: datetime, lookback_days: int, timezone: str = "UTC"
) -> tuple[date, date]:
    """The days a run archives: its data interval as archive days (UTC), plus the lookback.

    A [D 04:00, D+1 04:00) interval means day D; an hourly interval means its own day; a weekly
    one its seven days. `lookback_days` earlier days are crawled again for late-listed articles.
    """
    tz = ZoneInfo(timezone)
    first = start.astimezone(tz).date()
    last = max(first, (end.astimezone(tz) - timedelta(days=1)).date())
    return first - timedelta(days=lookback_days), last


class BeforeEarliest(ValueError):
    """A run's interval starts before the site's `earliest` day: nothing may be archived."""


def before_earliest_message(site: str, what: str, earliest: date) -> str:
    """The refusal, naming the site, the run's interval or date, and the earliest day."""
    return (
        f"site {site!r}: {what} is before the site's earliest date {earliest} "
        "(config 'earliest'); nothing was archived. Set an earlier 'earliest' to backfill it."
    )


def run_window(site: SiteConfig, start: datetime, end: datetime) -> tuple[date, date, int]:
    """`crawl_window` for a site's run, refusing an interval that starts before `earliest`.

    The lookback days are cut at `earliest` (the run for that day crawls that day only); the
    third value is the lookback actually crawled, which the gate needs to find the run's own days.
    """
    since, until = crawl_window(start, end, site.lookback_days)
    first = since + timedelta(days=site.lookback_days)
    if first < site.earliest:
        raise BeforeEarliest(
            before_earliest_message(site.name, f"the interval of {first}", site.earliest)
        )
    kept = max(since, site.earliest)
    return kept, until, (first - kept).days


def site_config_yaml(site: SiteConfig, contact: str | None, user_agent: str | None) -> str:
    """A one-site config file, written from the DAG's own copy of the site (pins the DAG version)."""
    data: dict[str, Any] = {"sites": [site.model_dump(mode="json")]}
    if contact:
        data["contact"] = contact
    if user_agent:
        data["user_agent"] = user_agent
    return yaml.safe_dump(data, sort_keys=False)


def credential_env(conn: Any | None) -> dict[str, str]:
    """AWS variables from an Airflow connection (type aws); empty when there is none."""
    if conn is None:
        return {}
    extra = conn.extra_dejson if hasattr(conn, "extra_dejson") else {}
    env: dict[str, str] = {}
    if conn.login:
        env["AWS_ACCESS_KEY_ID"] = conn.login
    if conn.password:
        env["AWS_SECRET_ACCESS_KEY"] = conn.password
    pairs = (
        ("aws_session_token", "AWS_SESSION_TOKEN"),
        ("endpoint_url", "AWS_ENDPOINT_URL"),
        ("region_name", "AWS_DEFAULT_REGION"),
    )
    for key, var in pairs:
        if extra.get(key):
            env[var] = str(extra[key])
    if conn.host and "AWS_ENDPOINT_URL" not in env:
        env["AWS_ENDPOINT_URL"] = conn.host
    return env


@dataclass
class CrawlResult:
    """What the subprocess left: its exit code, its report (if any) and the tail of its output."""

    returncode: int
    report: dict[str, Any] | None
    tail: list[str]
    seconds: float
    timed_out: bool = False


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    os.setsid()
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: a killed task takes its crawl along


def _stop(proc: subprocess.Popen[bytes]) -> None:
    for sig, wait in ((signal.SIGTERM, KILL_GRACE_SECONDS), (signal.SIGKILL, 10)):
        if proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
        except subprocess.TimeoutExpired:
            continue


class CrawlProcess:
    """`python -m newsarchive crawl` for one site and window, in its own process group."""

    def __init__(
        self,
        site: SiteConfig,
        since: date,
        until: date,
        *,
        archive: str | None,
        timeout_s: float,
        env: Mapping[str, str],
        contact: str | None = None,
        user_agent: str | None = None,
    ) -> None:
        self.site, self.since, self.until = site, since, until
        self.archive, self.timeout_s = archive, timeout_s
        self.env, self.contact, self.user_agent = dict(env), contact, user_agent
        self.proc: subprocess.Popen[bytes] | None = None

    def command(self, config: Path, report: Path) -> list[str]:
        cmd = [sys.executable, "-m", "newsarchive", "crawl", "--site", self.site.name]
        cmd += ["--since", self.since.isoformat(), "--until", self.until.isoformat()]
        cmd += ["--config", str(config), "--report-json", str(report)]
        if self.archive:
            cmd += ["--archive", self.archive]
        return cmd

    def run(self) -> CrawlResult:
        with tempfile.TemporaryDirectory(prefix="newsarchive-crawl-") as tmp:
            config, report, out = Path(tmp, "site.yaml"), Path(tmp, "report.json"), Path(tmp, "out")
            config.write_text(site_config_yaml(self.site, self.contact, self.user_agent))
            started = time.monotonic()
            timed_out = False
            with out.open("wb") as sink:
                self.proc = subprocess.Popen(
                    self.command(config, report),
                    stdin=subprocess.DEVNULL,
                    stdout=sink,
                    stderr=subprocess.STDOUT,
                    env=self.environment(tmp),
                    cwd=tmp,
                    preexec_fn=_die_with_parent,
                )
                try:
                    code = self.proc.wait(self.timeout_s)
                except subprocess.TimeoutExpired:
                    timed_out = True
                    _stop(self.proc)
                    code = self.proc.returncode if self.proc.returncode is not None else -9
                finally:
                    if self.proc.poll() is None:
                        _stop(self.proc)
            text = out.read_text(encoding="utf-8", errors="replace").splitlines()
            data = _site_report(report, self.site.name)
            return CrawlResult(
                returncode=code,
                report=data,
                tail=text[-LOG_TAIL_LINES:],
                seconds=time.monotonic() - started,
                timed_out=timed_out,
            )

    def environment(self, tmp: str) -> dict[str, str]:
        """The child's env. The spool is the worker's NEWSARCHIVE_SPOOL when ops set one (a retry
        on that worker then uploads what an outage left), else this task's temp dir: no task
        ever depends on it, since a retry anywhere crawls the window again to the same keys."""
        if self.env.get("NEWSARCHIVE_SPOOL"):
            return dict(self.env)
        return {**self.env, "NEWSARCHIVE_SPOOL": str(Path(tmp, "spool"))}

    def kill(self) -> None:
        if self.proc is not None:
            _stop(self.proc)


def open_archive(uri: str, creds: Mapping[str, str]) -> Any:
    """The archive store; an S3 client gets the connection's credentials, not os.environ's."""
    from urllib.parse import urlsplit

    from newsarchive.archive.storage import open_storage

    parts = urlsplit(uri)
    if parts.scheme != "s3" or not creds:
        return open_storage(uri)
    import boto3

    from newsarchive.archive.storage.s3 import S3Storage

    client = boto3.session.Session().client(
        "s3",
        aws_access_key_id=creds.get("AWS_ACCESS_KEY_ID"),
        aws_secret_access_key=creds.get("AWS_SECRET_ACCESS_KEY"),
        aws_session_token=creds.get("AWS_SESSION_TOKEN"),
        endpoint_url=creds.get("AWS_ENDPOINT_URL") or os.environ.get("AWS_ENDPOINT_URL"),
        region_name=creds.get("AWS_DEFAULT_REGION") or os.environ.get("AWS_DEFAULT_REGION"),
    )
    return S3Storage(parts.netloc, parts.path.strip("/"), client=client)


def _site_report(path: Path, site: str) -> dict[str, Any] | None:
    """The site's report from `--report-json` (a list of reports, or one report)."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    reports = data if isinstance(data, list) else [data]
    return next((r for r in reports if isinstance(r, dict) and r.get("site") == site), None)


def load_history(storage: Any, site: str, before: str, limit: int) -> list[dict[str, Any]]:
    """The site's window reports that ended before day `before`, newest first (at most `limit`)."""
    from newsarchive.archive.keys import parse_partition, reports_prefix

    windows: list[tuple[str, str]] = []
    for key in storage.list(reports_prefix(site)):
        if not key.endswith("/report.json"):
            continue
        window = parse_partition(key).get("window", "")
        until = window.partition("_")[2]
        if until and until < before:
            windows.append((until, key))
    out: list[dict[str, Any]] = []
    for _, key in sorted(windows, reverse=True)[:limit]:
        try:
            out.append(json.loads(storage.get_bytes(key)))
        except (ValueError, OSError):
            continue
    return out


def day_table(report: Mapping[str, Any]) -> list[str]:
    """The per-day lines of a report, for the task log (with the account's expected and
    missing URLs where the report has one)."""
    lines = ["day         discovered archived updated already skipped expected missing"]
    account = {row["day"]: row for row in report.get("coverage") or []}
    days = sorted({*(report.get("days") or {}), *account})
    for day in days:
        c = (report.get("days") or {}).get(day) or {}
        row = account.get(day) or {}
        skipped = c.get("skipped") or {}
        why = ", ".join(f"{k}={v}" for k, v in sorted(skipped.items()))
        missing = row.get("missing_count", len(row.get("missing") or []))
        lines.append(
            f"{day}  {c.get('discovered', 0):>10} {c.get('archived', 0):>8} "
            f"{c.get('updated', 0):>7} {c.get('already', 0):>7} {sum(skipped.values()):>7} "
            f"{row.get('expected', 0):>8} {missing:>7}" + (f"  ({why})" if why else "")
        )
    return lines
