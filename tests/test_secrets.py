"""Secrets: known fake storage credentials never appear in any output, log, report or object."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from newsarchive.airflow.runs import credential_env
from newsarchive.archive.storage import open_storage
from newsarchive.demo import DemoSites
from tests.conftest import FAKE_KEY_ID, FAKE_SECRET, S3Server, free_port
from tests.crawl_helpers import run_cli
from tests.fault_helpers import fault_row, leaks

pytestmark = pytest.mark.s3
FAKE_TOKEN = "newsarchive-fake-session-token-9f8e7d6c5b4a"


@pytest.fixture(scope="module")
def demo() -> Iterator[Any]:
    with DemoSites(styles=("blogger",), start_date=date(2026, 9, 1), days=2, per_day=2) as sites:
        yield sites


def _airflow_style_env(endpoint: str) -> dict[str, str]:
    """The variables the Airflow task gives the crawl, from a connection with fake secrets."""
    conn = SimpleNamespace(
        login=FAKE_KEY_ID,
        password=FAKE_SECRET,
        host=None,
        extra_dejson={
            "aws_session_token": FAKE_TOKEN,
            "endpoint_url": endpoint,
            "region_name": "us-east-1",
        },
    )
    return {**credential_env(conn), "AWS_EC2_METADATA_DISABLED": "true"}


def test_no_secret_in_any_output(
    demo: Any,
    s3_server: S3Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    for var in ("AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.delenv(var, raising=False)
    config = demo.write_config(tmp_path / "sites.yaml")
    env = _airflow_style_env(s3_server.endpoint)
    bucket = "secrets-test"
    s3_server.client().create_bucket(Bucket=bucket)
    uri = f"s3://{bucket}/archive"
    cases = []

    # 1. a good crawl at DEBUG level (botocore would log signed request headers there)
    ok = run_cli(
        ["crawl", "--config", str(config), "--archive", uri, "--log-level", "DEBUG"],
        tmp_path,
        env=env,
    )
    assert ok.code == 0, ok.stderr[-3000:]
    assert ok.reports[0]["articles_archived"] > 0
    assert "DEBUG" in ok.stderr, "the debug log was not produced, so it was not searched"
    cases.append(("crawl at DEBUG", ok))

    # 2. a bucket the store refuses
    bad = run_cli(
        ["crawl", "--config", str(config), "--archive", "s3://xy/refused"],
        tmp_path,
        env=env,
    )
    assert bad.code == 2 and "xy" in bad.stderr, bad.stderr[-2000:]
    cases.append(("refused bucket", bad))

    # 3. the endpoint is gone: the run fails, its report waits in the spool
    gone = run_cli(
        ["crawl", "--config", str(config), "--archive", uri, "--log-level", "DEBUG"],
        tmp_path,
        env={**env, "AWS_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}"},
    )
    assert gone.code == 1 and gone.reports[0]["status"] == "failed", gone.stderr[-2000:]
    cases.append(("endpoint down", gone))

    # 4. credentials written into the archive URI are refused without being echoed
    inline = run_cli(
        ["crawl", "--config", str(config), "--archive", f"s3://{FAKE_KEY_ID}:{FAKE_SECRET}@b/x"],
        tmp_path,
        env=env,
    )
    assert inline.code == 2 and "credentials" in inline.stderr, inline.stderr[-2000:]
    cases.append(("credentials in the URI", inline))

    for var, value in env.items():
        monkeypatch.setenv(var, value)
    store = open_storage(uri)
    objects = {f"{uri}/{k}": store.get_bytes(k) for k in store.list("")}
    assert any(k.endswith(".warc.gz") for k in objects) and any("/articles/" in k for k in objects)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]  # reports, spool, configs
    assert any("spool" in p.parts for p in files)
    found = leaks(files, objects, extra=(FAKE_TOKEN,))
    for name, result in cases:
        text = {"stdout": result.stdout.encode(), "stderr": result.stderr.encode()}
        found += [f"{w} ({name})" for w in leaks([], text, extra=(FAKE_TOKEN,))]
    assert not found, found
    fault_row(
        request,
        "secrets",
        f"4 crawls with fake key id, secret and session token from an Airflow-style "
        f"connection (DEBUG log, refused bucket, endpoint down, credentials in the URI); "
        f"searched {len(cases) * 2} outputs, {len(files)} files (reports, spool) and "
        f"{len(objects)} archive objects, gzip members decompressed",
        f"nothing leaked ({len(found)} hits)",
    )
