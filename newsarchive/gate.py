"""The post-crawl quality gate: a run report judged against the site's history and thresholds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from newsarchive.config import QualityGate

__all__ = ["GateResult", "RunCounts", "evaluate", "summarize"]

LAYOUT_HINT = "a layout change on the site is the usual cause; see docs/OPERATIONS.md"


@dataclass(frozen=True)
class RunCounts:
    """The few numbers the gate needs from one run report (also the XCom / asset-event payload)."""

    status: str = "ok"
    since: str | None = None
    until: str | None = None
    seen: int = 0  # articles found in the window: new, updated, or already archived
    archived: int = 0
    updated: int = 0
    already: int = 0
    extracted: int = 0  # article pages run through extraction (denominator of the ratios)
    empty_text: int = 0
    missing_date: int = 0
    missing_title: int = 0
    errors: int = 0
    pages: int = 0
    partitions: list[str] = field(default_factory=list)

    @classmethod
    def from_report(cls, report: Mapping[str, Any]) -> RunCounts:
        """Counts from a RunReport dict (RunReport.to_dict()) or from a stored RunCounts dict."""
        if "seen" in report:
            known = {k: report[k] for k in cls.__dataclass_fields__ if k in report}
            return cls(**known)
        skipped: Mapping[str, int] = report.get("skipped") or {}
        archived = int(report.get("articles_archived", 0))
        updated = int(report.get("articles_updated", 0))
        already = int(skipped.get("known", 0)) + int(skipped.get("unchanged", 0))
        empty = int(report.get("empty_text", 0))
        return cls(
            status=str(report.get("status", "ok")),
            since=report.get("since"),
            until=report.get("until"),
            seen=archived + updated + already,
            archived=archived,
            updated=updated,
            already=already,
            extracted=archived + updated + int(skipped.get("unchanged", 0)) + empty,
            empty_text=empty,
            missing_date=int(report.get("missing_date", 0)),
            missing_title=int(report.get("missing_title", 0)),
            errors=int(report.get("error_count", 0)),
            pages=int(report.get("pages_fetched", 0)),
            partitions=sorted(report.get("partitions") or []),
        )

    def ratio(self, name: str) -> float:
        if name == "errors":
            return self.errors / self.pages if self.pages else (1.0 if self.errors else 0.0)
        value = int(getattr(self, name))
        return value / self.extracted if self.extracted else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class GateResult:
    """The verdict: `ok`, the problems found (each names what changed), and one message."""

    site: str
    ok: bool
    problems: list[str]
    notes: list[str]
    message: str


_RATIOS = (
    ("empty_text", "max_empty_text_ratio", "empty texts"),
    ("missing_date", "max_missing_date_ratio", "missing dates"),
    ("missing_title", "max_missing_title_ratio", "missing titles"),
    ("errors", "max_error_ratio", "errors"),
)


def _pct(value: float) -> str:
    return f"{value * 100:.0f}%"


def _window(counts: RunCounts) -> str:
    return f"{counts.since}..{counts.until}" if counts.since and counts.until else "ad hoc run"


def evaluate(
    site: str,
    report: Mapping[str, Any] | RunCounts,
    history: Sequence[Mapping[str, Any] | RunCounts],
    gate: QualityGate,
) -> GateResult:
    """Judge one run; `history` is the site's earlier runs, newest first (only the first N count).

    A ratio fails when it is above both its configured maximum and the site's own usual level
    (median of history) plus that maximum: a site that always has some empty pages does not fail
    every day, a jump does. Zero articles fails unless the site's history usually has none.
    """
    run = report if isinstance(report, RunCounts) else RunCounts.from_report(report)
    past = [h if isinstance(h, RunCounts) else RunCounts.from_report(h) for h in history]
    past = [p for p in past if p.status != "failed"][: gate.history_runs]
    problems: list[str] = []
    notes: list[str] = []

    if run.status == "failed":
        problems.append("the crawl itself failed (report status 'failed')")

    usual_seen = median(p.seen for p in past) if past else None
    if run.seen < gate.min_articles:
        if usual_seen is not None and usual_seen < gate.min_articles:
            notes.append(
                f"{run.seen} articles, but the last {len(past)} runs usually had "
                f"{usual_seen:g} too (min_articles {gate.min_articles})"
            )
        else:
            usual = (
                f"usually {usual_seen:g} over the last {len(past)} runs" if past else "no history"
            )
            problems.append(
                f"{run.seen} articles found in the window (min_articles {gate.min_articles}; {usual})"
            )

    for attr, limit_name, label in _RATIOS:
        value = run.ratio(attr)
        limit = float(getattr(gate, limit_name))
        usual_ratio = median(p.ratio(attr) for p in past) if past else 0.0
        allowed = max(limit, usual_ratio + limit) if past else limit
        if value > allowed:
            count = getattr(run, attr)
            base = run.pages if attr == "errors" else run.extracted
            problems.append(
                f"{label} {_pct(value)} ({count} of {base}) against {_pct(usual_ratio)} usual "
                f"over the last {len(past)} runs ({limit_name} {limit:g})"
            )

    ok = not problems
    head = f"site {site!r}, window {_window(run)}"
    if ok:
        message = f"quality gate passed for {head}: {run.seen} articles ({run.archived} new)"
    else:
        message = f"quality gate FAILED for {head}: " + "; ".join(problems) + f" -- {LAYOUT_HINT}"
    return GateResult(site=site, ok=ok, problems=problems, notes=notes, message=message)


def summarize(report: Mapping[str, Any]) -> dict[str, Any]:
    """Small, secret-free counts of a report: for XCom, asset-event extras and logs."""
    counts = RunCounts.from_report(report).as_dict()
    days = report.get("days") or {}
    counts["days"] = {
        day: {
            "discovered": int(c.get("discovered", 0)),
            "archived": int(c.get("archived", 0)),
            "updated": int(c.get("updated", 0)),
            "already": int(c.get("already", 0)),
            "skipped": int(sum((c.get("skipped") or {}).values())),
        }
        for day, c in sorted(days.items())
    }
    counts["skipped"] = dict(sorted((report.get("skipped") or {}).items()))
    counts["run_id"] = report.get("run_id")
    return counts
