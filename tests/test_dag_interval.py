"""`dag.test()` of one site DAG for one interval: the demo site, archived to loopback S3."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FAKE_KEY_ID, FAKE_SECRET

from tests.airflow_support import migrated_sqlite_db

pytest.importorskip("airflow.sdk")

from newsarchive.demo import DemoSites

pytestmark = [pytest.mark.airflow, pytest.mark.s3, pytest.mark.timeout(300)]

SITE = "demo-wordpress"
START = date(2026, 3, 2)


@pytest.fixture(scope="module")
def airflow_db() -> None:
    """The test home's SQLite metadata DB, migrated once."""
    migrated_sqlite_db()


def s3_objects(client: Any, bucket: str, prefix: str) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            out[obj["Key"]] = client.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read()
    return out


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def test_one_interval_archives_its_days_to_s3_with_credentials_from_a_connection(
    airflow_db: None,
    s3_uri: str,
    s3_env: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    from airflow.models.asset import AssetEvent
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session
    from sqlalchemy import select

    from newsarchive.airflow.factory import build_dags

    bucket = s3_uri.removeprefix("s3://").split("/")[0]
    client = s3_env.client()
    with DemoSites(styles=("wordpress",), start_date=START, days=3, per_day=3, seed=7) as demo:
        config = demo.config()
        config["sites"][0].update(schedule="@daily", lookback_days=1)
        path = tmp_path / "sites.yaml"
        path.write_text(yaml.safe_dump(config))
        monkeypatch.setenv("NEWSARCHIVE_CONFIG", str(path))
        monkeypatch.setenv("NEWSARCHIVE_ARCHIVE", s3_uri)
        # Credentials only through the Airflow connection: the boto3 chain has none.
        conn = {
            "conn_type": "aws",
            "login": FAKE_KEY_ID,
            "password": FAKE_SECRET,
            "extra": {"endpoint_url": s3_env.endpoint, "region_name": "us-east-1"},
        }
        monkeypatch.setenv("AIRFLOW_CONN_NEWSARCHIVE_S3", json.dumps(conn))
        for var in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL"):
            monkeypatch.delenv(var, raising=False)

        dag = build_dags()[f"newsarchive_{SITE}"]
        day = START + timedelta(days=1)  # the interval [day, day+1), plus one lookback day
        # A manual run's interval is the last complete one before its date.
        logical = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1)
        run = dag.test(logical_date=logical)
        assert run.state == "success", capfd.readouterr().out[-5000:]
        assert run.data_interval_start.date() == day

        window = {START.isoformat(), day.isoformat()}
        expected = {a["url"] for a in demo.expected_articles() if a["date"] in window}
        objects = s3_objects(client, bucket, "archive/articles/")
        urls = {json.loads(v)["url"] for v in objects.values()}
        dates = {k.split("date=")[1].split("/")[0] for k in objects}
        assert urls == expected and dates == window

        report_key = f"archive/runs/site={SITE}/window={START}_{day}/report.json"
        report = json.loads(s3_objects(client, bucket, report_key)[report_key])
        assert report["articles_archived"] == len(expected)

        with create_session() as session:
            rows = session.execute(
                select(XComModel.task_id, XComModel.value).where(XComModel.run_id == run.run_id)
            ).all()
            xcoms = {task_id: _json(value) for task_id, value in rows}
            extras = [_json(e) for e in session.scalars(select(AssetEvent.extra)).all()]
        crawl = xcoms["crawl"]
        assert crawl["archived"] == len(expected) and crawl["since"] == START.isoformat()
        assert crawl["days"][day.isoformat()]["archived"] > 0
        event = next(e for e in extras if e.get("until") == day.isoformat())
        assert event["archived"] == len(expected) and event["partitions"] == sorted(window)

        # A rerun of the same interval: nothing new, nothing duplicated, the gate still passes.
        again = dag.test(logical_date=logical)
        assert again.state == "success"
        rerun = s3_objects(client, bucket, "archive/articles/")
        assert set(rerun) == set(objects)

    out = capfd.readouterr()
    logs = out.out + out.err
    assert "storage credentials from connection 'newsarchive_s3'" in logs
    assert FAKE_SECRET not in logs
    assert FAKE_SECRET not in json.dumps(xcoms, default=str)
