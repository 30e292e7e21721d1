"""The `stats` table: articles per site and day, with the days that have none marked as gaps."""

from __future__ import annotations

from rich.table import Table

GAP = "[bold red]gap[/]"


def stats_table(counts: dict[str, dict[str, int]]) -> Table:
    """One row per day, one column per site; a zero is a gap; totals and gap counts at the end."""
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
        cells = [str(counts[s].get(day, 0) or GAP) for s in sites]
        table.add_row(day, *cells)
    return table
