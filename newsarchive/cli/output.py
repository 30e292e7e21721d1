"""Printing a SQL result: a table on a terminal, CSV or JSON lines for programs."""

from __future__ import annotations

import csv
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa


def write_result(result: pa.Table, fmt: str) -> None:
    """Write a query result to stdout as 'table', 'csv' or 'jsonl'."""
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.column_names)
        for row in result.to_pylist():
            writer.writerow(_cell(v) for v in row.values())
    elif fmt == "jsonl":
        for row in result.to_pylist():
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*result.column_names)
        for row in result.to_pylist():
            table.add_row(*(_cell(v) for v in row.values()))
        Console().print(table)
    sys.stdout.flush()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
