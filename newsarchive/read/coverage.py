"""The per-day account of a site over any days, from the run reports stored in the archive."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage
from newsarchive.coverage import merge_json

__all__ = ["site_account"]


def _reports(storage: Storage, site: str) -> list[dict[str, Any]]:
    """The site's stored crawl and import reports that carry an account, oldest run first."""
    found = []
    for key in storage.list(keys.reports_prefix(site)):
        if not key.endswith(".json"):
            continue
        try:
            data = json.loads(storage.get_bytes(key))
        except (KeyError, ValueError):
            continue
        if isinstance(data, dict) and data.get("coverage") and data.get("kind") != "reextract":
            found.append(data)
    return sorted(found, key=lambda r: (str(r.get("finished_at") or ""), str(r.get("run_id"))))


def site_account(storage: Storage, site: str, since: date, until: date) -> list[dict[str, Any]]:
    """One object per day of [since, until]: the account of the latest run that counted the day
    (`"covered": false` and zeros for a day no stored report counted)."""
    merged = {
        row["day"]: {**row, "covered": True}
        for row in merge_json(r["coverage"] for r in _reports(storage, site))
    }
    out = []
    day = since
    while day <= until:
        text = day.isoformat()
        out.append(
            merged.get(text)
            or {
                "day": text,
                "expected": 0,
                "archived": 0,
                "already": 0,
                "skipped": {},
                "missing": [],
                "missing_count": 0,
                "covered": False,
            }
        )
        day += timedelta(days=1)
    return out


def accounted_days(storage: Storage, site: str) -> dict[str, dict[str, Any]]:
    """Every day some stored report of the site accounted for, by day (latest run wins)."""
    return {row["day"]: row for row in merge_json(r["coverage"] for r in _reports(storage, site))}


def reported_sites(storage: Storage) -> list[str]:
    """Sites with stored run reports."""
    names = storage.children(f"{keys.RUNS}/")
    return [n.split("=", 1)[1] for n in names if n.startswith("site=")]
