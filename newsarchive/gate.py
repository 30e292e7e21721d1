"""The post-crawl quality gate: a run report judged against the site's history and thresholds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import median
from typing import Any

from newsarchive.config import QualityGate

__all__ = ["GateResult", "RunCounts", "evaluate", "summarize"]

LAYOUT_HINT = "a layout change on the site is the usual cause; see docs/OPERATIONS.md"


@dataclass(frozen=True)
class RunCounts:
    """The few numbers the gate needs from one run report (also the XCom / asset-event payload)."""

    status: str = "ok"
    kind: str = "crawl"  # a re-extraction's counts are never crawl history
    since: str | None = None
    until: str | None = None
    seen: int = 0  # articles of the run's own days (not the lookback): new, updated, already
    archived: int = 0
    updated: int = 0
    already: int = 0
    extracted: int = 0  # article pages run through extraction (denominator of the ratios)
    empty_text: int = 0
    missing_date: int = 0
    missing_title: int = 0
    errors: int = 0
    pages: int = 0
    not_article: int = 0
    partitions: list[str] = field(default_factory=list)
    expected: int = 0  # URLs the site's dated sources offered for the window's days
    missing: int = 0  # of those, never fetched nor decided
    budget_exhausted: dict[str, int] = field(default_factory=dict)  # budget -> URLs left

    @classmethod
    def from_report(cls, report: Mapping[str, Any], lookback_days: int = 0) -> RunCounts:
        """Counts from a RunReport dict (RunReport.to_dict()) or from a stored RunCounts dict.

        `seen` counts the articles dated in the run's own days, i.e. its window without the
        first `lookback_days` days: a day whose articles vanished (a layout change turns them
        into "not an article") must not hide behind the lookback day's already-known articles.
        """
        if "seen" in report:
            known = {k: report[k] for k in cls.__dataclass_fields__ if k in report}
            return cls(**known)
        skipped: Mapping[str, int] = report.get("skipped") or {}
        archived = int(report.get("articles_archived", 0))
        updated = int(report.get("articles_updated", 0))
        already = int(skipped.get("known", 0)) + int(skipped.get("unchanged", 0))
        empty = int(report.get("empty_text", 0))
        since, until = report.get("since"), report.get("until")
        return cls(
            status=str(report.get("status", "ok")),
            kind=str(report.get("kind") or "crawl"),
            since=since,
            until=until,
            seen=_own_days_seen(report, lookback_days) if since and until else archived + updated,
            archived=archived,
            updated=updated,
            already=already,
            extracted=archived + updated + int(skipped.get("unchanged", 0)) + empty,
            empty_text=empty,
            missing_date=int(report.get("missing_date", 0)),
            missing_title=int(report.get("missing_title", 0)),
            errors=int(report.get("error_count", 0)),
            pages=int(report.get("pages_fetched", 0)),
            not_article=int(skipped.get("not_article", 0)),
            partitions=sorted(report.get("partitions") or []),
            expected=sum(int(r.get("expected", 0)) for r in report.get("coverage") or []),
            missing=sum(
                int(r.get("missing_count", len(r.get("missing") or [])))
                for r in report.get("coverage") or []
            ),
            budget_exhausted=dict(report.get("budget_exhausted") or {}),
        )

    def ratio(self, name: str) -> float:
        if name == "errors":
            return self.errors / self.pages if self.pages else (1.0 if self.errors else 0.0)
        value = int(getattr(self, name))
        return value / self.extracted if self.extracted else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _own_days_seen(report: Mapping[str, Any], lookback_days: int) -> int:
    first = date.fromisoformat(str(report["since"])) + timedelta(days=lookback_days)
    last = date.fromisoformat(str(report["until"]))
    first = min(first, last)
    total = 0
    for day, c in (report.get("days") or {}).items():
        if first <= date.fromisoformat(day) <= last:
            total += int(c.get("archived", 0)) + int(c.get("updated", 0)) + int(c.get("already", 0))
    return total


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


def _own_days(counts: RunCounts, lookback_days: int) -> str:
    if not (counts.since and counts.until):
        return "in the run"
    first = date.fromisoformat(counts.since) + timedelta(days=lookback_days)
    last = date.fromisoformat(counts.until)
    first = min(first, last)
    return f"{first}" if first == last else f"{first}..{last}"


def _window(counts: RunCounts) -> str:
    return f"{counts.since}..{counts.until}" if counts.since and counts.until else "ad hoc run"


def evaluate(
    site: str,
    report: Mapping[str, Any] | RunCounts,
    history: Sequence[Mapping[str, Any] | RunCounts],
    gate: QualityGate,
    lookback_days: int = 0,
) -> GateResult:
    """Judge one run; `history` is the site's earlier runs, newest first (only the first N count).

    A ratio fails when it is above both its configured maximum and the site's own usual level
    (median of history) plus that maximum: a site that always has some empty pages does not fail
    every day, a jump does. Zero articles fails unless the site's history usually has none.
    """

    def counts(r: Mapping[str, Any] | RunCounts) -> RunCounts:
        return r if isinstance(r, RunCounts) else RunCounts.from_report(r, lookback_days)

    run = counts(report)
    past = [counts(h) for h in history]
    # history: completed crawls only (a failed or interrupted run, or a re-extraction, is not
    # what the site usually gives)
    past = [p for p in past if p.status not in ("failed", "interrupted") and p.kind == "crawl"]
    past = past[: gate.history_runs]
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
            problem = (
                f"{run.seen} articles dated {_own_days(run, lookback_days)} "
                f"(min_articles {gate.min_articles}; {usual})"
            )
            if run.not_article:
                usual_na = median(p.not_article for p in past) if past else None
                problem += f"; {run.not_article} pages taken for non-articles" + (
                    f" (usually {usual_na:g})" if usual_na is not None else ""
                )
            problems.append(problem)

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

    if gate.min_coverage is not None and run.expected:
        covered = 1 - run.missing / run.expected
        if covered < gate.min_coverage:
            problems.append(
                f"coverage {_pct(covered)}: {run.missing} of the {run.expected} URLs the site's "
                f"dated sources offered were never fetched (min_coverage {gate.min_coverage:g}; "
                "`newsarchive coverage` lists them)"
            )
    if run.budget_exhausted:
        left = "; ".join(f"{k} reached, {n} URLs left" for k, n in run.budget_exhausted.items())
        notes.append(f"budget exhausted: {left}; articles past it were not fetched")

    ok = not problems
    head = f"site {site!r}, window {_window(run)}"
    if ok:
        message = (
            f"quality gate passed for {head}: {run.seen} articles dated "
            f"{_own_days(run, lookback_days)}, {run.archived} new in the window"
        )
    else:
        message = f"quality gate FAILED for {head}: " + "; ".join(problems) + f" -- {LAYOUT_HINT}"
    if run.budget_exhausted:
        message += f" ({notes[-1]})"
    return GateResult(site=site, ok=ok, problems=problems, notes=notes, message=message)


def summarize(report: Mapping[str, Any], lookback_days: int = 0) -> dict[str, Any]:
    """Small, secret-free counts of a report: for XCom, asset-event extras and logs."""
    counts = RunCounts.from_report(report, lookback_days).as_dict()
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
