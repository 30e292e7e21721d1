"""Dates: parsing and normalising, the UTC day of an article, and the one window rule."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import feedparser

__all__ = [
    "HINT_SLACK_DAYS",
    "Window",
    "article_day",
    "in_window",
    "language_offset",
    "parse_when",
    "stated_offset",
    "utc_day",
]

# A date a source gives before the page is fetched (feed, sitemap, URL) may be written in the
# site's zone or in UTC: it rules a page out only when it is more than this far outside.
HINT_SLACK_DAYS = 1


def _zone(tz: str) -> Any:
    try:
        return ZoneInfo(tz)
    except Exception:
        return UTC


_FORMATS = (
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M:%S %Z",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%B %d, %Y %H:%M",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
)
_WORD = re.compile(r"[^\W\d_]{3}")
_YEARS = range(1900, 2201)


def _parse_iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _parse_rfc822(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _parse_formats(text: str) -> datetime | None:
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _parse_loose(text: str) -> datetime | None:
    """feedparser's parsers (RFC 822 variants, many locales), only for values with words in them:
    on numeric values they roll impossible dates over (2026-13-45 becomes 2027-01-14)."""
    if not _WORD.search(text):
        return None
    parsed = feedparser.datetimes._parse_date(text)
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None


def parse_when(value: str | None, tz: str = "UTC") -> datetime | None:
    """An aware datetime from an ISO 8601, RFC 822 or date-only value; naive ones taken in tz."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    try:
        for parse in (_parse_iso, _parse_rfc822, _parse_formats, _parse_loose):
            when = parse(text)
            if when is not None:
                when = when if when.tzinfo else when.replace(tzinfo=_zone(tz))
                return when if when.year in _YEARS else None
    except Exception:
        return None
    return None


def _day_of(when: date | datetime) -> date:
    if isinstance(when, datetime) and when.tzinfo:
        try:
            return when.astimezone(UTC).date()
        except OverflowError:
            return when.date()
    return when.date() if isinstance(when, datetime) else when


def in_window(
    when: date | datetime | None,
    since: date | None,
    until: date | None,
    *,
    slack_days: int = 0,
) -> bool | None:
    """Whether when falls in [since, until] (inclusive days, +/- slack); None when unknown."""
    if when is None:
        return None
    day, slack = _day_of(when), timedelta(days=slack_days)
    if since is not None and day < _day_of(since) - slack:
        return False
    return not (until is not None and day > _day_of(until) + slack)


def utc_day(when: datetime, tz: str) -> date:
    """The UTC calendar day of an instant; a naive time is read in the site's time zone."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=_zone(tz))
    return when.astimezone(UTC).date()


def article_day(
    published: str | None,
    url_day: date | None,
    hint: datetime | None,
    fetched_at: datetime,
    tz: str,
    zone: datetime | None = None,
    language: str | None = None,
    stated: timedelta | None = None,
    modified: datetime | None = None,
) -> tuple[str, str]:
    """(YYYY-MM-DD, source): the UTC day it was published, else the day its URL names, the day
    its feed or news sitemap gave, or the day it was fetched. A date without a time is kept as
    it is written (the site's local day) unless the feed's or sitemap's time of the page falls
    on it (`_day_of_date`).

    A naive published time is read in the site's configured zone; with none configured (UTC),
    in the zone of the page's feed or sitemap entry when that entry gives the same clock time,
    else at the offset the page STATED for its times (`stated_offset`: "GMT+8"), else at the
    UTC offset its entry is written with (ZONE: a sitemap's lastmod '...+03:00'), else at the
    one offset of the places the page's LANGUAGE is written (`language_offset`)."""
    if published:
        if len(published) == 10:
            try:
                return _day_of_date(date.fromisoformat(published), hint, modified), "published"
            except ValueError:
                pass
        when = parse_when(published, tz)
        if when:
            local = parse_when(published, "UTC")
            if local is not None and is_naive(published):
                matched = _in_hints_zone(local, hint) if hint is not None else None
                if matched is not None:
                    when = matched
                elif tz == "UTC" and stated is not None:
                    when = local.replace(tzinfo=timezone(stated))
                elif tz == "UTC" and zone is not None and zone.utcoffset():
                    when = local.replace(tzinfo=zone.tzinfo)
                elif tz == "UTC" and (offset := language_offset(language, local)) is not None:
                    when = local.replace(tzinfo=timezone(offset))
            return utc_day(when, tz).isoformat(), "published"
    if url_day:
        return _day_of_date(url_day, hint, modified), "url"
    if hint:
        return utc_day(hint, tz).isoformat(), "feed"
    return utc_day(fetched_at, tz).isoformat(), "fetched"


def _day_of_date(day: date, hint: datetime | None, modified: datetime | None = None) -> str:
    """The UTC day of a story dated DAY without a time: the day of HINT's instant when HINT (its
    feed's or sitemap's publication time, with its offset) falls on DAY where it was written (a
    story the page dates "12 March" and the feed "2017-03-12T00:40+06:00" was published on 11
    March in UTC); else the day before DAY when MODIFIED (its sitemap lastmod), written on DAY,
    is already on the day before in UTC: the story was published no later than that, and not
    before DAY began (a lastmod of "2017-03-06T00:32+01:00" or "2017-03-05T23:32Z" for a story
    dated 6 March); else DAY as written. A lastmod before DAY can have begun anywhere (UTC+14)
    contradicts the page and is not read."""
    if hint is not None and _on_day(hint, day):
        return hint.astimezone(UTC).date().isoformat()
    if modified is not None and _is_time(modified):
        instant = modified.astimezone(UTC)
        if datetime.combine(day, time(), _EARLIEST) <= instant and instant.date() < day:
            return instant.date().isoformat()
    return day.isoformat()


_ZONE_STEP = 15 * 60  # UTC offsets are whole quarter hours
_MAX_OFFSET = 14 * 3600
_EARLIEST = timezone(timedelta(seconds=_MAX_OFFSET))  # where a day begins first


def _is_time(when: datetime) -> bool:
    """WHEN is a time with its offset, not a bare date read as midnight."""
    return when.tzinfo is not None and (when.hour, when.minute, when.second) != (0, 0, 0)


def _on_day(when: datetime, day: date) -> bool:
    """WHEN is a time with its offset (not a bare date at midnight) on DAY where written."""
    return _is_time(when) and when.date() == day


def _language_zones(language: str | None) -> tuple[str, ...]:
    """The time zones of where LANGUAGE (a page's declared tag: 'ja', 'de-AT', 'zh-Hans-CN') is
    written: its region's, else those of every country where it is an official language of
    half the people (CLDR); () when unknown."""
    if not language:
        return ()
    return _zones_of_tag(language.replace("_", "-").lower())


@lru_cache(maxsize=256)
def _zones_of_tag(tag: str) -> tuple[str, ...]:
    from babel.core import get_global  # CLDR's data tables, read on first use

    parts = tag.split("-")
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    if region is not None:
        territories = [region]
    else:
        spoken = get_global("territory_languages")
        territories = [
            territory
            for territory, languages in spoken.items()
            if (info := languages.get(parts[0]))
            and info.get("official_status")
            and (info.get("population_percent") or 0) >= 50
        ]
    zones = get_global("territory_zones")
    return tuple(dict.fromkeys(z for t in territories for z in zones.get(t, ())))


def language_offset(language: str | None, local: datetime) -> timedelta | None:
    """The UTC offset a naive time LOCAL written in LANGUAGE has, when every zone of the
    places that language is written (`_language_zones`) agrees on it at that time: Japanese
    (Japan), German (Germany, Austria, Switzerland...), not English, Spanish or Russian."""
    naive = local.replace(tzinfo=None)
    found: timedelta | None = None
    for name in _language_zones(language):  # English's 134 zones disagree within a few
        offset = _zone(name).utcoffset(naive)
        if found is not None and offset != found:
            return None
        found = offset
    return found


_STATED = re.compile(
    rb"(?<![\w+-])(?:GMT|UTC)\s?([+-]|\xe2\x88\x92)\s?(\d{1,2})(?:[:.]?(\d\d))?(?![\w:]|\.\d)"
)
_SCRIPTS = re.compile(rb"<(script|style)\b.*?</\1\s*>", re.S | re.I)


def stated_offset(html: bytes, text: str) -> timedelta | None:
    """The UTC offset a page states for the times it shows, outside its article TEXT: forum and
    portal software print it in their chrome ("GMT+8, 2017-5-2 09:31", "All times are
    UTC+01:00", "All times are GMT -5"). None when the page states none, or more than one."""
    found: set[timedelta] = set()
    for match in _STATED.finditer(_SCRIPTS.sub(b" ", html)):
        token = " ".join(match.group(0).decode("utf-8", "replace").split())
        if token in text or token.replace(" ", "") in text:
            continue  # the story talks about a time zone; that says nothing of the page's times
        sign = 1 if match.group(1) == b"+" else -1
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        if minutes > _MAX_OFFSET // 60 or minutes % 15:
            return None
        found.add(timedelta(minutes=sign * minutes))
    return found.pop() if len(found) == 1 else None


def is_naive(value: str | None) -> bool:
    """Whether VALUE is a date-time written without a UTC offset ("2017-03-06T00:33")."""
    return bool(value) and bool(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?", (value or "").strip())
    )


def _in_hints_zone(local: datetime, hint: datetime) -> datetime | None:
    """LOCAL (a page's naive time, read as UTC) as the instant HINT names, when HINT is the same
    clock time in some zone: the page printed its feed's or sitemap's timestamp in local time.
    """
    if hint.tzinfo is None or (hint.hour, hint.minute, hint.second) == (0, 0, 0):
        return None  # a date-only source says nothing about the zone
    offset = (local.replace(tzinfo=UTC) - hint.astimezone(UTC)).total_seconds()
    if abs(offset) > _MAX_OFFSET or offset % _ZONE_STEP:
        return None
    return hint.astimezone(UTC)


def _month_end(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Window:
    """The inclusive UTC days [since, until] a run archives.

    The rule: an article is in the window when its day (`article_day`) is; a date known before
    fetching (a hint) rules a page out only when it is surely outside, i.e. more than
    HINT_SLACK_DAYS away, because such dates may be local times or a modification time.
    """

    since: date
    until: date

    @classmethod
    def of(cls, since: str | date | None, until: str | date | None) -> Window | None:
        """A window from ISO days (or dates); None when both are missing."""
        if since is None and until is None:
            return None
        first = date.fromisoformat(since) if isinstance(since, str) else since
        last = date.fromisoformat(until) if isinstance(until, str) else until
        return cls(first or date(1970, 1, 1), last or datetime.now(UTC).date())

    def holds(self, day: str | date) -> bool:
        """Whether an article of this day (YYYY-MM-DD or a date) is archived by this run."""
        value = day if isinstance(day, date) else date.fromisoformat(day[:10])
        return self.since <= value <= self.until

    def rules_out(
        self,
        *,
        published: datetime | None = None,
        modified: datetime | None = None,
        url_day: date | None = None,
        url_month: date | None = None,
    ) -> bool:
        """True only when what is known before fetching puts the page surely outside.

        A publication date (feed, news sitemap) is checked with the slack; a modification time
        before the window means the page was published before it too; a URL's day is checked
        like a publication date; a month-only URL (/2026/11/) gives the whole month the benefit.
        """
        slack = timedelta(days=HINT_SLACK_DAYS)
        if published is not None:
            return in_window(published, self.since, self.until, slack_days=HINT_SLACK_DAYS) is False
        if modified is not None and _day_of(modified) < self.since - slack:
            return True
        if url_day is not None:
            return not self.since - slack <= url_day <= self.until + slack
        if url_month is None:
            return False
        return _month_end(url_month) < self.since - slack or url_month > self.until + slack

    def __str__(self) -> str:
        return f"{self.since.isoformat()}..{self.until.isoformat()}"
