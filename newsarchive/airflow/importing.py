"""The `newsarchive_import` DAG's task: `newsarchive import` of one WARC file, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from airflow.sdk import BaseOperator

IMPORT_TIMEOUT = 6 * 3600  # one CC-NEWS file (~1 GB) imports in well under that on one core


def import_command(uri: str, params: dict[str, Any], report: Path) -> list[str]:
    """The command line for one file and the run's params (since, until, sites, reference)."""
    cmd = [sys.executable, "-m", "newsarchive", "import", uri, "--report-json", str(report)]
    for name in ("since", "until"):
        if params.get(name):
            cmd += [f"--{name}", str(params[name])]
    for site in params.get("sites") or []:
        cmd += ["--site", str(site)]
    if params.get("reference"):
        cmd.append("--reference")
    return cmd


class ImportOperator(BaseOperator):
    """Imports one WARC URI (mapped: one task per file) and returns its per-site counts."""

    template_fields = ()
    ui_color = "#e8daef"

    def __init__(self, *, uri: str, timeout_s: float = IMPORT_TIMEOUT, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.uri = uri
        self.timeout_s = timeout_s
        self._proc: subprocess.Popen[bytes] | None = None

    def execute(self, context: Any) -> list[dict[str, Any]]:
        from airflow.sdk.exceptions import AirflowException, AirflowFailException

        from newsarchive.airflow.operators import CONN_ENV, DEFAULT_CONN_ID, _connection
        from newsarchive.airflow.runs import _die_with_parent, _stop, credential_env
        from newsarchive.archive.report import EXIT_OK, EXIT_USAGE

        params = dict(context.get("params") or {})
        conn = _connection(os.environ.get(CONN_ENV, DEFAULT_CONN_ID))
        with tempfile.TemporaryDirectory(prefix="newsarchive-import-") as tmp:
            report, out = Path(tmp, "report.json"), Path(tmp, "out")
            env = {**os.environ, **credential_env(conn)}
            env.setdefault("NEWSARCHIVE_SPOOL", str(Path(tmp, "spool")))
            self.log.info(
                "importing %s (%s..%s)", self.uri, params.get("since"), params.get("until")
            )
            started = time.monotonic()
            with out.open("wb") as sink:
                self._proc = subprocess.Popen(
                    import_command(self.uri, params, report),
                    stdin=subprocess.DEVNULL,
                    stdout=sink,
                    stderr=subprocess.STDOUT,
                    env=env,
                    cwd=tmp,
                    preexec_fn=_die_with_parent,
                )
                try:
                    code = self._proc.wait(self.timeout_s)
                except subprocess.TimeoutExpired:
                    _stop(self._proc)
                    raise AirflowException(
                        f"import of {self.uri} timed out after {self.timeout_s:.0f} s"
                    ) from None
            self.log.info("import output:\n%s", out.read_text(errors="replace")[-8000:])
            reports = json.loads(report.read_text()) if report.exists() else []
        if code == EXIT_USAGE:
            raise AirflowFailException(f"import of {self.uri} refused its arguments (exit 2)")
        if code != EXIT_OK:
            raise AirflowException(f"import of {self.uri} ended with exit status {code}")
        counts = [
            {
                "site": r["site"],
                "run_id": r["run_id"],
                "archived": r["articles_archived"],
                "updated": r["articles_updated"],
                "pages": r["pages_fetched"],
                "status": r["status"],
            }
            for r in reports
        ]
        self.log.info(
            "imported %s in %.1f s: %s", self.uri, time.monotonic() - started, counts or "nothing"
        )
        return counts

    def on_kill(self) -> None:
        if self._proc is not None:
            from newsarchive.airflow.runs import _stop

            _stop(self._proc)
