"""The `newsarchive_import` DAG: integrity, the command it runs, and one `dag.test()` import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.airflow_support import migrated_sqlite_db

pytest.importorskip("airflow.sdk")

from newsarchive.airflow.factory import build_dags
from newsarchive.airflow.importing import import_command
from tests.crawl_helpers import archived
from tests.test_import import ALPHA, article, cc_news, write_config
from tests.test_warc_import import Warc

pytestmark = [pytest.mark.airflow, pytest.mark.timeout(300)]


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = write_config(tmp_path)
    monkeypatch.setenv("NEWSARCHIVE_CONFIG", str(path))
    return path


def test_import_dag_maps_one_task_per_file_with_params(config: Path) -> None:
    dag = build_dags()["newsarchive_import"]
    assert type(dag.timetable).__name__ == "NullTimetable"  # triggered, never scheduled
    assert set(dag.params.keys()) == {"warcs", "since", "until", "sites", "reference"}
    assert set(dag.task_dict) == {"warc_list", "import_file"}
    mapped = dag.task_dict["import_file"]
    assert mapped.is_mapped and mapped.upstream_task_ids == {"warc_list"}
    assert mapped.partial_kwargs["max_active_tis_per_dag"] == 1
    assert 0 <= mapped.partial_kwargs["retries"] <= 3
    assert mapped.partial_kwargs["execution_timeout"] is not None
    assert {"newsarchive", "import"} <= set(dag.tags)


def test_the_site_name_import_is_reserved(tmp_path: Path) -> None:
    path = tmp_path / "sites.yaml"
    path.write_text(yaml.safe_dump({"sites": [{"name": "import", "url": "https://i.example/"}]}))
    with pytest.raises(Exception, match="reserved"):
        build_dags(path)


def test_import_command_carries_the_run_params(tmp_path: Path) -> None:
    params: dict[str, Any] = {"since": "2017-03-30", "until": "2017-03-31", "sites": ["alpha"]}
    cmd = import_command("s3://b/cc.warc.gz", {**params, "reference": True}, tmp_path / "r")
    assert cmd[1:5] == ["-m", "newsarchive", "import", "s3://b/cc.warc.gz"]
    joined = " ".join(cmd)
    assert "--since 2017-03-30 --until 2017-03-31 --site alpha --reference" in joined
    assert "--reference" not in import_command("x", params, tmp_path / "r")


@pytest.fixture(scope="module")
def airflow_db() -> None:
    migrated_sqlite_db()


def test_dag_test_imports_two_files_one_mapped_task_each(
    airflow_db: None,
    config: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / "archive"
    monkeypatch.setenv("NEWSARCHIVE_ARCHIVE", str(root))
    monkeypatch.setenv("NEWSARCHIVE_SPOOL", str(tmp_path / "spool"))
    expected = cc_news(tmp_path / "cc.warc.gz")
    second = Warc(tmp_path / "second.warc.gz")
    url = f"{ALPHA}/2017/03/31/second-file.html"
    second.response(url, article("Second file story", "2017-03-31", 9))
    second.close()
    expected["Second file story"] = url
    dag = build_dags()["newsarchive_import"]
    conf = {
        "warcs": [str(tmp_path / "cc.warc.gz"), str(second.path)],
        "since": "2017-03-30",
        "until": "2017-03-31",
    }
    run = dag.test(run_conf=conf)
    assert run.state == "success", capfd.readouterr().out[-5000:]
    assert {r.title: r.url for r in archived(str(root)).values()} == expected
    tis = [ti for ti in run.get_task_instances() if ti.task_id == "import_file"]
    assert sorted(ti.map_index for ti in tis) == [0, 1]
    reports = [json.loads(p.read_text()) for p in root.glob("runs/site=*/import/*.json")]
    assert sum(r["articles_archived"] for r in reports) == len(expected)
