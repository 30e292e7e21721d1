"""A site's `earliest` day: config, DAG start_date, and runs before it refused by name."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from newsarchive.config import EARLIEST_DEFAULT, SiteConfig, load_config
from newsarchive.errors import ConfigError
from tests.airflow_support import migrated_sqlite_db

pytest.importorskip("airflow.sdk")

from newsarchive.airflow.factory import build_dags, start_date_for
from newsarchive.airflow.runs import BeforeEarliest, run_window

SITE = {"name": "old-news", "url": "https://old.example.org/"}


def _site(**extra: object) -> SiteConfig:
    return SiteConfig.model_validate({**SITE, **extra})


def _utc(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


def _write(path: Path, **extra: object) -> Path:
    path.write_text(yaml.safe_dump({"sites": [{**SITE, **extra}]}))
    return path


def test_earliest_defaults_far_back_and_reads_yaml_toml_and_strings(tmp_path: Path) -> None:
    assert _site().earliest == EARLIEST_DEFAULT == date(1995, 1, 1)
    site = load_config(_write(tmp_path / "a.yaml", earliest=date(2017, 3, 1))).sites[0]
    assert site.earliest == date(2017, 3, 1)
    toml = tmp_path / "b.toml"
    toml.write_text('[[sites]]\nname = "x"\nurl = "https://x.example/"\nearliest = 2017-03-01\n')
    assert load_config(toml).sites[0].earliest == date(2017, 3, 1)
    # The DAG's copy of the site goes through JSON and back (as the operators get it).
    assert SiteConfig.model_validate(site.model_dump(mode="json")).earliest == date(2017, 3, 1)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2017-13-01", "must be a date as YYYY-MM-DD"),
        (datetime(2017, 3, 1, 12), "must be a date as YYYY-MM-DD"),
        (20170301, "must be a date as YYYY-MM-DD"),
        (date(1969, 12, 31), "between 1970-01-01 and today"),
        (date.today() + timedelta(days=400), "between 1970-01-01 and today"),
    ],
)
def test_a_bad_earliest_is_refused_naming_site_and_field(
    tmp_path: Path, value: object, why: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(_write(tmp_path / "s.yaml", earliest=value))
    assert "site 'old-news', field 'earliest'" in str(info.value)
    assert why in str(info.value)


def test_check_since_names_site_and_both_dates() -> None:
    site = _site(earliest="2017-03-01")
    site.check_since(date(2017, 3, 1))
    with pytest.raises(ConfigError) as info:
        site.check_since(date(2017, 2, 28))
    message = str(info.value)
    assert "'old-news'" in message and "2017-03-01" in message and "2017-02-28" in message


def test_run_window_cuts_the_lookback_at_earliest_and_refuses_earlier_intervals() -> None:
    site = _site(earliest="2017-03-01", lookback_days=2)
    day = date(2017, 3, 1)
    assert run_window(site, _utc(day), _utc(day + timedelta(days=1))) == (day, day, 0)
    second = day + timedelta(days=1)
    assert run_window(site, _utc(second), _utc(second + timedelta(days=1))) == (day, second, 1)
    later = date(2017, 3, 5)
    assert run_window(site, _utc(later), _utc(later + timedelta(days=1))) == (
        date(2017, 3, 3),
        later,
        2,
    )
    with pytest.raises(BeforeEarliest) as info:
        run_window(site, _utc(day - timedelta(days=1)), _utc(day))
    assert "'old-news'" in str(info.value) and "2017-02-28" in str(info.value)
    assert "earliest date 2017-03-01" in str(info.value)


def test_each_dag_starts_on_its_sites_earliest_day(tmp_path: Path) -> None:
    config = tmp_path / "sites.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "sites": [
                    {**SITE, "earliest": "2017-03-01"},
                    {"name": "new-news", "url": "https://new.example.org/"},
                ]
            }
        )
    )
    dags = build_dags(config)
    assert dags["newsarchive_old-news"].start_date == _utc(date(2017, 3, 1))
    assert dags["newsarchive_new-news"].start_date == _utc(EARLIEST_DEFAULT)
    assert start_date_for(_site(earliest="2017-03-01")) == _utc(date(2017, 3, 1))


@pytest.fixture(scope="module")
def airflow_db() -> None:
    migrated_sqlite_db()


@pytest.mark.timeout(300)
def test_dags_test_before_earliest_is_never_a_silent_success(
    airflow_db: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    # No site is served: a refused run never reaches the crawl.
    config = _write(tmp_path / "sites.yaml", earliest="2017-03-01", schedule="@daily")
    monkeypatch.setenv("NEWSARCHIVE_CONFIG", str(config))
    monkeypatch.setenv("NEWSARCHIVE_ARCHIVE", str(tmp_path / "archive"))
    dag = build_dags()["newsarchive_old-news"]

    # Dated on `earliest`, a manual run covers the day before it: the crawl task refuses it.
    run = dag.test(logical_date=_utc(date(2017, 3, 1)))
    out = capfd.readouterr()
    assert run.state == "failed"
    logs = out.out + out.err
    assert "site 'old-news': the interval of 2017-02-28 is before the site's earliest" in logs
    assert not (tmp_path / "archive").exists()

    # Dated before `earliest`, Airflow creates no task and calls the run a success: the DAG's
    # success callback says so, as an error naming the site and the date.
    with caplog.at_level(logging.ERROR, logger="newsarchive.airflow"):
        early = dag.test(logical_date=_utc(date(2016, 6, 1)))
    assert early.state == "success"  # Airflow's verdict; ours is the error below
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(
        "site 'old-news': the run dated 2016-06-01 is before the site's earliest date 2017-03-01"
        in m
        for m in errors
    ), errors
