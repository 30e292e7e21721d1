"""The `stats` table: articles per site and day, with the days that have none marked as gaps."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.table import Table

GAP = "[bold red]gap[/]"


def _cell(n: int, row: Mapping[str, Any] | None) -> str:
    """Articles of the day, and what the runs' account says (expected, missing) if one does."""
    text = str(n) if n else GAP
    if row and row.get("expected"):
        missing = row.get("missing_count", len(row.get("missing") or []))
        text += f" ({row['expected']} exp, {missing} miss)"
    return text


def stats_table(
    counts: dict[str, dict[str, int]],
    accounts: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None,
) -> Table:
    """One row per day, one column per site; a zero is a gap; totals and gap counts at the end.
    With `accounts` (site -> day -> per-day account) a cell also says expected and missing."""
    accounts = accounts or {}
    sites = list(counts)
    days = sorted({d for per_day in counts.values() for d in per_day})
    table = Table(title="articles per site and day", show_footer=True)
    table.add_column("day", footer="total / gaps")
    for site in sites:
        per_day = counts[site]
        gaps = sum(1 for d in days if not per_day.get(d))
        total = sum(per_day.values())
        table.add_column(site, justify="right", footer=f"{total} / {gaps}")
    for day in days:
        cells = [_cell(counts[s].get(day, 0), accounts.get(s, {}).get(day)) for s in sites]
        table.add_row(day, *cells)
    return table
