"""Per-day account of a window: what the site's own sources dated each day, and what became of it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from newsarchive.urls import canonicalize, url_date

# Sources that date a candidate URL, most trusted first: when two disagree, the first one says
# which day the URL is expected on (a sitemap's lastmod is a modification, so it comes last).
# "page" is the date an article gives itself, for imports, where no site listed it.
SOURCES = ("news_sitemap", "feed", "url_date", "listing", "sitemap_lastmod", "page")
MISSING_CAP = 1000  # missing URLs listed per day in a stored report; past it, only counted
ARCHIVED = frozenset({"archived", "updated"})
# Already in the archive: not fetched again, fetched but unchanged, or an alias of an article
# met in the same run.
ALREADY = frozenset({"known", "unchanged", "duplicate"})
NOT_FETCHED = "not_fetched"


@dataclass(frozen=True, slots=True)
class Claim:
    """One source said `url` was published on `day`."""

    url: str
    day: date
    source: str

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"unknown date source {self.source!r} (one of {', '.join(SOURCES)})")


@dataclass(slots=True)
class DayAccount:
    """One day of the window: expected URLs and their fates (missing: no outcome at all)."""

    day: date
    expected: int = 0
    archived: int = 0
    already: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    missing: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "expected": self.expected,
            "archived": self.archived,
            "already": self.already,
            "skipped": dict(sorted(self.skipped.items())),
            "missing": sorted(self.missing),
        }


def _key(url: str) -> str:
    return canonicalize(url) or url


def expected_days(claims: Iterable[Claim]) -> dict[str, tuple[date, str]]:
    """Each claimed URL's expected day and the source that set it (most trusted, then earliest)."""
    rank = {source: i for i, source in enumerate(SOURCES)}
    best: dict[str, tuple[int, date, str]] = {}
    for claim in claims:
        key = _key(claim.url)
        mine = (rank[claim.source], claim.day, claim.url)
        if key not in best or mine < best[key]:
            best[key] = mine
    return {key: (day, url) for key, (_, day, url) in best.items()}


def day_account(
    claims: Iterable[Claim], outcomes: Mapping[str, str], since: date, until: date
) -> list[DayAccount]:
    """The per-day account of [since, until], one row per day (days with nothing included).

    `outcomes` maps a URL to what became of it, in the run report's words: `archived` or
    `updated`; `known`, `unchanged` or `duplicate` (already archived); any other skip reason;
    `not_fetched` or no entry at all makes an expected URL missing. URLs are compared in their
    canonical form. Claims outside the window are not expected in it.
    """
    if since > until:
        raise ValueError(f"since {since} is after until {until}")
    fates = {_key(url): outcome for url, outcome in outcomes.items()}
    rows = {
        since + timedelta(days=i): DayAccount(since + timedelta(days=i))
        for i in range((until - since).days + 1)
    }
    for key, (day, url) in expected_days(claims).items():
        row = rows.get(day)
        if row is None:
            continue
        row.expected += 1
        fate = fates.get(key, NOT_FETCHED)
        if fate in ARCHIVED:
            row.archived += 1
        elif fate in ALREADY:
            row.already += 1
        elif fate == NOT_FETCHED:
            row.missing.append(url)
        else:
            row.skipped[fate] += 1
    return [rows[day] for day in sorted(rows)]


def account_json(rows: Iterable[DayAccount]) -> list[dict[str, Any]]:
    """The `--json` / report form: a list with one object per day."""
    return [row.to_dict() for row in rows]


def capped_json(rows: Iterable[DayAccount], cap: int = MISSING_CAP) -> list[dict[str, Any]]:
    """The stored form: at most `cap` missing URLs per day, with `missing_count` (all of them)
    and `missing_cap` (the cap) stated."""
    out = []
    for row in rows:
        data = row.to_dict()
        data["missing_count"] = len(data["missing"])
        data["missing"] = data["missing"][:cap]
        data["missing_cap"] = cap
        out.append(data)
    return out


def merge_json(accounts: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Several runs' stored accounts as one per-day list: for each day, the latest run that
    counted it wins (pass the accounts oldest first)."""
    days: dict[str, dict[str, Any]] = {}
    for account in accounts:
        for row in account:
            days[str(row["day"])] = row
    return [days[day] for day in sorted(days)]


MAX_CLAIMS = 200_000  # dated URLs one run keeps (about 30 MiB); past it, claims are counted only


class Ledger:
    """One run's claims and outcomes, bounded: claims only for the window's days (all days
    when there is no window) and at most `max_claims`; outcomes by canonical URL."""

    def __init__(
        self, since: date | None, until: date | None, max_claims: int | bool = MAX_CLAIMS
    ) -> None:
        """`max_claims` True means MAX_CLAIMS, False or 0 keeps no claim (no account)."""
        if max_claims is True:
            max_claims = MAX_CLAIMS
        self.since, self.until, self.max_claims = since, until, int(max_claims)
        self.claims: list[Claim] = []
        self.outcomes: dict[str, str] = {}
        self.dropped = 0
        self._claimed: set[str] = set()
        self._unclaimed = 0  # outcomes kept for URLs no source dated (yet), at most max_claims

    def claim(self, url: str, day: date | None, source: str) -> None:
        """A dated source offered `url` for `day` (days outside the window are not kept)."""
        if day is None or (self.since and day < self.since) or (self.until and day > self.until):
            return
        if len(self.claims) >= self.max_claims:
            self.dropped += 1
            return
        self.claims.append(Claim(url, day, source))
        self._claimed.add(_key(url))

    def outcome(self, url: str, outcome: str) -> None:
        """What became of `url`; a later word wins, except over an archive (aliases met later)."""
        key = _key(url)
        if key not in self._claimed and key not in self.outcomes:
            if self._unclaimed >= self.max_claims:  # a big site's known URLs: not kept
                return
            self._unclaimed += 1
        if self.outcomes.get(key) not in ARCHIVED:
            self.outcomes[key] = outcome

    def overrule(self, url: str, outcome: str) -> None:
        """A second look changed what became of `url` (even an archive): `outcome` now."""
        key = _key(url)
        if key in self.outcomes:
            self.outcomes[key] = outcome

    def rows(self, cap: int = MISSING_CAP) -> list[dict[str, Any]]:
        """The stored per-day account (empty when nothing was claimed and there is no window)."""
        since, until = self.since, self.until
        if since is not None and until is not None:
            return capped_json(day_account(self.claims, self.outcomes, since, until), cap)
        if not self.claims:
            return []
        days = [c.day for c in self.claims]  # no window (an import): only the days claimed
        rows = day_account(self.claims, self.outcomes, since or min(days), until or max(days))
        return capped_json([row for row in rows if row.expected], cap)


def _utc_day(when: datetime | None) -> date | None:
    if when is None:
        return None
    return (when.astimezone(UTC) if when.tzinfo else when).date()


def link_claims(
    url: str, via: str, published: datetime | None = None, modified: datetime | None = None
) -> list[tuple[date, str]]:
    """The days a discovered link is claimed for, by source: a news sitemap's or feed's
    publication date, a listing's date, a date in the URL, a sitemap's lastmod."""
    found: list[tuple[date | None, str]] = [(url_date(url, month_ok=False), "url_date")]
    if via == "newsmap":
        found.append((_utc_day(published), "news_sitemap"))
    elif via == "feed":
        found.append((_utc_day(published), "feed"))
    elif via == "listing":
        found.append((_utc_day(published), "listing"))
    elif via == "sitemap":
        found.append((_utc_day(published or modified), "sitemap_lastmod"))
    return [(day, source) for day, source in found if day is not None]
