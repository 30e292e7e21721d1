"""Builds one DAG per configured site from the site config; cheap enough to run at parse time."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from airflow.sdk import DAG, CronDataIntervalTimetable, Param, task

from newsarchive.airflow.operators import (
    CrawlOperator,
    GateOperator,
    flag_run_before_earliest,
    site_asset,
)
from newsarchive.config import Config, SiteConfig, load_config

DAG_PREFIX = "newsarchive_"
PRESETS = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0"}
CRAWL_RETRIES = 2
RETRY_DELAY = timedelta(minutes=5)
TAGS = ("newsarchive", "crawl")


def dag_id_for(site: str) -> str:
    return f"{DAG_PREFIX}{site}"


def timetable_for(site: SiteConfig) -> CronDataIntervalTimetable:
    """A data-interval timetable: the run for day D starts after D ends and covers D.

    In UTC, like the archive's date partitions (an article's `date` is its UTC day), so that the
    run for D fills `date=D`; the site's `timezone` only reads naive dates on its pages.
    """
    cron = PRESETS.get(site.schedule, site.schedule)
    return CronDataIntervalTimetable(cron, timezone="UTC")


def start_date_for(site: SiteConfig) -> datetime:
    """The DAG's start_date: midnight UTC of the site's `earliest` day."""
    return datetime.combine(site.earliest, time(0), tzinfo=UTC)


def build_site_dag(site: SiteConfig, config: Config) -> DAG:
    """One site's DAG: crawl (subprocess, timeout, bounded retries) -> gate (emits the asset)."""
    timeout = timedelta(minutes=site.crawl_timeout_minutes)
    default_args: dict[str, Any] = {
        "owner": "newsarchive",
        "retries": CRAWL_RETRIES,
        "retry_delay": RETRY_DELAY,
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(minutes=30),
    }
    with DAG(
        dag_id=dag_id_for(site.name),
        description=f"Daily crawl and archive of {site.url}",
        schedule=timetable_for(site),
        start_date=start_date_for(site),
        catchup=False,
        max_active_runs=1,
        default_args=default_args,
        # Airflow creates no task instance for a manual run (`dags test`) dated before the
        # start_date and calls the run a success: this callback says why nothing ran.
        on_success_callback=partial(flag_run_before_earliest, site.name, site.earliest),
        tags=[*TAGS, f"site:{site.name}"],
        doc_md=(
            f"Crawls **{site.name}** ({site.url}) for each data interval plus "
            f"{site.lookback_days} lookback day(s), from {site.earliest} on, then checks the run report against the "
            "site's history. See docs/OPERATIONS.md."
        ),
    ) as dag:
        crawl = CrawlOperator(
            task_id="crawl",
            site=site.model_dump(mode="json"),
            contact=config.contact,
            user_agent=config.user_agent,
            execution_timeout=timeout + timedelta(minutes=5),
            max_active_tis_per_dag=1,
        )
        gate = GateOperator(
            task_id="gate",
            site=site.model_dump(mode="json"),
            outlets=[site_asset(site.name)],
            execution_timeout=timedelta(minutes=10),
        )
        crawl >> gate
    return dag


IMPORT_DAG_ID = f"{DAG_PREFIX}import"


def build_import_dag() -> DAG:
    """The `newsarchive_import` DAG: triggered with a list of WARC URIs and a date range, one
    mapped task per file. The files import one at a time: a site's crawl state has one writer."""
    with DAG(
        dag_id=IMPORT_DAG_ID,
        description="Import the news articles of WARC files (CC-NEWS, Browsertrix ...)",
        schedule=None,
        start_date=datetime(2020, 1, 1, tzinfo=UTC),
        catchup=False,
        max_active_runs=1,
        default_args={"owner": "newsarchive", "retries": 1, "retry_delay": RETRY_DELAY},
        params={
            "warcs": Param([], type="array", description="WARC URIs: s3://... or worker paths"),
            "since": Param(None, type=["null", "string"], format="date"),
            "until": Param(None, type=["null", "string"], format="date"),
            "sites": Param([], type="array", description="site names; empty: every site"),
            "reference": Param(False, type="boolean", description="point into the sources"),
        },
        tags=[*TAGS[:1], "import"],
        doc_md="Imports WARC files into the archive, one mapped task per file. "
        "See docs/OPERATIONS.md (Importing WARC collections).",
    ) as dag:
        from newsarchive.airflow.importing import ImportOperator

        @task(retries=0)
        def warc_list(params: dict[str, Any] | None = None) -> list[str]:
            """The run's WARC URIs (the `warcs` param)."""
            uris = [str(u) for u in (params or {}).get("warcs") or []]
            if not uris:
                from airflow.sdk.exceptions import AirflowFailException

                raise AirflowFailException("no WARC URIs given: trigger with params.warcs")
            return uris

        ImportOperator.partial(
            task_id="import_file",
            max_active_tis_per_dag=1,
            execution_timeout=timedelta(hours=7),
        ).expand(uri=warc_list())
    return dag


def build_dags(config_path: str | Path | None = None) -> dict[str, DAG]:
    """Every enabled site's DAG, keyed by dag_id; the config path defaults to NEWSARCHIVE_CONFIG."""
    if config_path is None:
        from newsarchive.settings import Settings

        config_path = Settings.from_env().config_path
    config = load_config(config_path)
    if any(dag_id_for(s.name) == IMPORT_DAG_ID for s in config.sites):
        from newsarchive.errors import ConfigError

        raise ConfigError(f"{config_path}: the site name 'import' is reserved (newsarchive_import)")
    dags = {dag_id_for(s.name): build_site_dag(s, config) for s in config.select(None)}
    dags[IMPORT_DAG_ID] = build_import_dag()
    return dags
