"""The two tasks of a site DAG: crawl one window in a subprocess, then gate its report."""

from __future__ import annotations

import logging
import os
from datetime import date, datetime
from typing import Any

from airflow.sdk import Asset, BaseOperator

from newsarchive.config import SiteConfig

CONN_ENV = "NEWSARCHIVE_AWS_CONN_ID"
DEFAULT_CONN_ID = "newsarchive_s3"


def site_asset(site: str) -> Asset:
    """The asset downstream DAGs schedule on: new articles of one site."""
    return Asset(name=f"newsarchive_{site}_articles", uri=f"newsarchive://{site}/articles")


def _run_day(context: Any) -> date | None:
    """The logical day of a run, from a DAG callback's context (its dag_run, else the DB)."""
    dag_run = context.get("dag_run")
    if dag_run is None and context.get("dag") is not None:
        try:  # `dags test` runs callbacks in-process, next to the metadata DB
            from airflow.models.dagrun import DagRun

            found = DagRun.find(dag_id=context["dag"].dag_id, run_id=context.get("run_id"))
            dag_run = found[0] if found else None
        except Exception:  # no DB here (a worker or processor): nothing to add
            return None
    when = getattr(dag_run, "logical_date", None)
    return when.date() if isinstance(when, datetime) else None


def flag_run_before_earliest(site: str, earliest: date, context: Any) -> None:
    """DAG success callback: a run dated before `earliest` ran nothing; say so as an error."""
    from newsarchive.airflow.runs import before_earliest_message

    day = _run_day(context)
    if day is not None and day < earliest:
        logging.getLogger("newsarchive.airflow").error(
            "%s (Airflow created no task for it and calls the run a success)",
            before_earliest_message(site, f"the run dated {day}", earliest),
        )


def _archive_uri() -> str:
    from newsarchive.settings import Settings

    return Settings.from_env().archive_uri


def _connection(conn_id: str | None) -> Any | None:
    """The storage connection if one is configured; None means the standard boto3 chain."""
    if not conn_id:
        return None
    from airflow.sdk import Connection
    from airflow.sdk.exceptions import AirflowNotFoundException
    from airflow.sdk.log import mask_secret

    try:
        conn = Connection.get(conn_id)
    except AirflowNotFoundException:
        return None
    for secret in (conn.password, conn.extra_dejson.get("aws_session_token")):
        if secret:
            mask_secret(secret)
    return conn


class CrawlOperator(BaseOperator):
    """Runs `newsarchive crawl` for the run's data interval and returns the report's counts."""

    template_fields = ()
    ui_color = "#d6eaf8"

    def __init__(
        self,
        *,
        site: dict[str, Any],
        contact: str | None = None,
        user_agent: str | None = None,
        conn_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.site = site
        self.contact = contact
        self.user_agent = user_agent
        self.conn_id = conn_id
        self._process: Any = None

    def execute(self, context: Any) -> dict[str, Any]:
        from airflow.sdk.exceptions import AirflowException, AirflowFailException

        from newsarchive.airflow.runs import BeforeEarliest, CrawlProcess, day_table, run_window
        from newsarchive.archive.report import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
        from newsarchive.gate import summarize

        site = SiteConfig.model_validate(self.site)
        try:
            since, until, lookback = run_window(
                site, context["data_interval_start"], context["data_interval_end"]
            )
        except BeforeEarliest as exc:
            raise AirflowFailException(str(exc)) from None
        conn_id = self.conn_id or os.environ.get(CONN_ENV, DEFAULT_CONN_ID)
        conn = _connection(conn_id)
        from newsarchive.airflow.runs import credential_env

        env = {**os.environ, **credential_env(conn)}
        archive = _archive_uri()
        creds = f"connection {conn_id!r}" if conn else "the boto3 default chain"
        self.log.info(
            "crawling %s for %s..%s into %s (storage credentials from %s, timeout %d min)",
            site.name,
            since,
            until,
            archive,
            creds,
            site.crawl_timeout_minutes,
        )
        self._process = CrawlProcess(
            site,
            since,
            until,
            archive=archive,
            timeout_s=site.crawl_timeout_minutes * 60,
            env=env,
            contact=self.contact,
            user_agent=self.user_agent,
        )
        result = self._process.run()
        self.log.info("crawl output (last %d lines):\n%s", len(result.tail), "\n".join(result.tail))
        if result.timed_out:
            raise AirflowException(
                f"crawl of {site.name} for {since}..{until} timed out after "
                f"{site.crawl_timeout_minutes} min"
            )
        if result.returncode == EXIT_USAGE:
            raise AirflowFailException(
                f"crawl of {site.name} refused its config or archive (exit 2); see the log above"
            )
        pending = (result.report or {}).get("spooled_pending") or 0
        if result.returncode == EXIT_PARTIAL or pending:
            # A retry on a worker with a lasting NEWSARCHIVE_SPOOL uploads what waits there
            # first; anywhere else it crawls the window again, writing the same keys.
            raise AirflowException(
                f"crawl of {site.name} for {since}..{until} could not upload {pending} objects "
                f"to {archive} (archive unreachable); the retry uploads or re-crawls them"
            )
        if result.returncode != EXIT_OK or result.report is None:
            status = (result.report or {}).get("status", "no report")
            message = (result.report or {}).get("message") or ""
            raise AirflowException(
                f"crawl of {site.name} for {since}..{until} failed "
                f"(exit {result.returncode}, status {status}) {message}".strip()
            )
        report = result.report
        self.log.info(
            "report for %s %s..%s: status %s, %d new, %d updated, %d pages in %.1f s\n%s",
            site.name,
            since,
            until,
            report.get("status"),
            report.get("articles_archived", 0),
            report.get("articles_updated", 0),
            report.get("pages_fetched", 0),
            result.seconds,
            "\n".join(day_table(report)),
        )
        counts = summarize(report, lookback)
        counts["seconds"] = round(result.seconds, 1)
        counts["lookback_days"] = lookback  # fewer than the site's on its `earliest` day
        return counts

    def on_kill(self) -> None:
        if self._process is not None:
            self._process.kill()


class GateOperator(BaseOperator):
    """Fails (without retry) when the crawl's report breaks the site's quality thresholds."""

    template_fields = ()
    ui_color = "#fdebd0"

    def __init__(self, *, site: dict[str, Any], crawl_task_id: str = "crawl", **kwargs: Any):
        super().__init__(**kwargs)
        self.site = site
        self.crawl_task_id = crawl_task_id

    def execute(self, context: Any) -> dict[str, Any]:
        from airflow.sdk.exceptions import AirflowException, AirflowFailException

        from newsarchive.airflow.runs import credential_env, load_history, open_archive
        from newsarchive.gate import evaluate

        site = SiteConfig.model_validate(self.site)
        counts = context["ti"].xcom_pull(task_ids=self.crawl_task_id)
        if not counts:
            raise AirflowException(f"no report counts from {self.crawl_task_id!r} for {site.name}")
        history: list[dict[str, Any]] = []
        if site.quality.history_runs and counts.get("until"):
            conn = _connection(os.environ.get(CONN_ENV, DEFAULT_CONN_ID))
            storage = open_archive(_archive_uri(), credential_env(conn))
            history = load_history(storage, site.name, counts["until"], site.quality.history_runs)
        lookback = int(counts.get("lookback_days", site.lookback_days))
        result = evaluate(site.name, counts, history, site.quality, lookback)
        for note in result.notes:
            self.log.info("note: %s", note)
        if not result.ok:
            self.log.error("%s", result.message)
            raise AirflowFailException(result.message)
        self.log.info("%s", result.message)
        extra = {k: counts.get(k) for k in ("since", "until", "archived", "updated", "seen")}
        extra["partitions"] = counts.get("partitions", [])
        extra["run_id"] = counts.get("run_id")
        context["outlet_events"][site_asset(site.name)].extra = extra
        return {"ok": True, "message": result.message, "history_runs": len(history)}
