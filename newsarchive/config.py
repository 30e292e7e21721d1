"""Site config: the data that names the sites to crawl, loaded and validated in one place."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from newsarchive.errors import ConfigError

if TYPE_CHECKING:  # yaml loads when a config file is read, not for a SiteConfig built in code
    import yaml

EARLIEST_DEFAULT = date(1995, 1, 1)
SITE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
# Unknown keys, '30' for a number, 1 for a boolean, NaN or infinity: all refused, not coerced.
_Strict = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
# minute, hour, day of month, month, day of week: (name, lowest, highest, names)
_CRON_FIELDS: tuple[tuple[str, int, int, list[str]], ...] = (
    ("minute", 0, 59, []),
    ("hour", 0, 23, []),
    ("day of month", 1, 31, []),
    ("month", 1, 12, _MONTHS),
    ("day of week", 0, 7, _DAYS),
)


MAX_CONFIG_BYTES = 4 * 1024 * 1024  # thousands of sites fit; /dev/zero or a log file do not
_USERINFO = re.compile(r"^(?P<scheme>[^:/?#]*:)?//(?P<userinfo>[^/?#]*)@", re.S)


def _redacted(value: str) -> str:
    """value with anything before an '@' in its authority shown as ***: never echo a secret."""
    return _USERINFO.sub(lambda m: f"{m['scheme'] or ''}//***@", value, count=1)


def _check_http_url(value: str) -> str:
    if _USERINFO.match(value):
        raise ValueError(
            f"URL {_redacted(value)!r} carries credentials (user:password@); they would be "
            "sent to the site and written to logs and reports: remove them"
        )
    if not re.match(r"^https?://[^/\s?#]+", value):
        raise ValueError(f"must be an http:// or https:// URL, got {_redacted(value)!r}")
    return value


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {value!r}: {exc}") from None
    return value


def _check_selector(value: str) -> str:
    """A CSS selector, or an XPath when it starts with '/' or '(' (as the extractor reads them)."""
    from lxml import etree
    from lxml.cssselect import CSSSelector

    try:
        if value.strip().startswith(("/", "(")):
            etree.XPath(value.strip())
        else:
            CSSSelector(value)
    except Exception as exc:  # cssselect's SelectorSyntaxError, lxml's XPathSyntaxError ...
        raise ValueError(f"invalid selector {value!r}: {exc}") from None
    return value


def _cron_value(text: str, low: int, names: list[str]) -> int:
    if text.lower() in names:
        return names.index(text.lower()) + (1 if low == 1 else 0)
    if not text.isdigit():
        raise ValueError(text)
    return int(text)


def _check_cron(value: str) -> str:
    """Five fields of numbers, names, ranges, lists and steps, each within its bounds."""
    fields = value.split()
    if len(fields) != 5:
        raise ValueError(f"must be a 5-field cron expression, got {value!r}")
    for text, (name, low, high, names) in zip(fields, _CRON_FIELDS, strict=True):
        for item in text.split(","):
            span, _, step = item.partition("/")
            try:
                if step and (not step.isdigit() or int(step) < 1):
                    raise ValueError(step)
                if span != "*":
                    first, dash, last = span.partition("-")
                    bounds = [_cron_value(first, low, names)]
                    if dash:
                        bounds.append(_cron_value(last, low, names))
                    if not all(low <= b <= high for b in bounds) or bounds[0] > bounds[-1]:
                        raise ValueError(span)
            except ValueError:
                raise ValueError(
                    f"{name} field {text!r} of {value!r} is not valid (allowed: {low}-{high}, "
                    "*, lists a,b, ranges a-b, steps */n)"
                ) from None
    return value


class QualityGate(BaseModel):
    """Thresholds the post-crawl quality gate applies to a run report."""

    model_config = _Strict
    min_articles: Annotated[int, Field(ge=0)] = 1
    max_empty_text_ratio: Annotated[float, Field(ge=0, le=1)] = 0.2
    max_missing_date_ratio: Annotated[float, Field(ge=0, le=1)] = 0.5
    max_missing_title_ratio: Annotated[float, Field(ge=0, le=1)] = 0.2
    max_error_ratio: Annotated[float, Field(ge=0, le=1)] = 0.3
    history_runs: Annotated[int, Field(ge=0, le=365)] = 7
    # share of the URLs the site's dated sources offered for the window's days that the run
    # fetched and decided (not missing); None: not checked
    min_coverage: Annotated[float, Field(ge=0, le=1)] | None = None


class SiteConfig(BaseModel):
    """One news site. Only `name` and `url` are required; everything else overrides a default."""

    model_config = _Strict

    name: str
    url: str
    start_urls: list[str] = []
    feeds: list[str] = []
    sitemaps: list[str] = []
    allow: list[str] = []
    deny: list[str] = []
    max_depth: Annotated[int, Field(ge=0, le=20)] = 3
    max_articles: Annotated[int, Field(ge=1, le=1_000_000)] = 2000  # article pages per run
    max_listing_pages: Annotated[int, Field(ge=1, le=1_000_000)] = 5000  # next pages, sitemaps
    # the old name of max_articles, read into it; left out of dumps
    max_pages: Annotated[int | None, Field(ge=1, le=1_000_000, exclude=True)] = None
    concurrency: Annotated[int, Field(ge=1, le=16)] = 2
    download_delay: Annotated[float, Field(ge=0, le=60)] = 0.25
    autothrottle: bool = True
    timeout: Annotated[float, Field(gt=0, le=600)] = 30.0
    retries: Annotated[int, Field(ge=0, le=10)] = 3
    max_page_bytes: Annotated[int, Field(ge=1024, le=100 * 1024 * 1024)] = 5 * 1024 * 1024
    max_feed_bytes: Annotated[int, Field(ge=1024, le=1024 * 1024 * 1024)] = 50 * 1024 * 1024
    drop_selectors: list[str] = []
    timezone: str = "UTC"
    allow_private_network: bool = False
    obey_robots: bool = True
    enabled: bool = True
    schedule: str = "0 0 * * *"  # midnight UTC: a run's interval is exactly one day
    lookback_days: Annotated[int, Field(ge=0, le=30)] = 1
    crawl_timeout_minutes: Annotated[int, Field(ge=1, le=24 * 60)] = 60
    quality: QualityGate = QualityGate()
    # The first day the site can be archived for: its DAG's start_date; a window before it is
    # refused. Far back by default, since news archives are backfilled years back.
    earliest: date = EARLIEST_DEFAULT

    @field_validator("earliest", mode="before")
    @classmethod
    def _earliest(cls, value: Any) -> date:
        """A calendar day (YAML/TOML date or 'YYYY-MM-DD'), from 1970 up to today (UTC)."""
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"must be a date as YYYY-MM-DD, got {value!r}") from None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise ValueError(f"must be a date as YYYY-MM-DD, got {value!r}")
        if value < date(1970, 1, 1) or value > datetime.now(UTC).date():
            raise ValueError(f"must be between 1970-01-01 and today, got {value}")
        return value

    def check_since(self, since: date) -> None:
        """Refuse (ConfigError naming site and dates) a window starting before `earliest`."""
        if since < self.earliest:
            raise ConfigError(
                f"site {self.name!r} is archived from {self.earliest} (its 'earliest' in the "
                f"config); {since} is before it: nothing was crawled"
            )

    @model_validator(mode="before")
    @classmethod
    def _old_max_pages(cls, data: Any) -> Any:
        """`max_pages` (deprecated) is read as `max_articles`; giving both is refused."""
        if not isinstance(data, dict) or "max_pages" not in data:
            return data
        if "max_articles" in data:
            raise ValueError("max_pages is the old name of max_articles: give only max_articles")
        pages = data["max_pages"]
        if isinstance(pages, int) and not isinstance(pages, bool):
            return {**data, "max_articles": pages}
        return data  # an invalid max_pages is reported under its own name

    @field_validator("max_pages", mode="before")
    @classmethod
    def _max_pages_given(cls, value: Any) -> Any:
        """None is only the default (not given), never a value in the file."""
        if value is None:
            raise ValueError("Input should be a valid integer")
        return value

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not SITE_NAME.match(value):
            raise ValueError(
                "must be 1-63 characters of lowercase letters, digits, '-' or '_', "
                f"starting with a letter or digit; got {value!r}"
            )
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return _check_http_url(value)

    @field_validator("start_urls", "feeds", "sitemaps")
    @classmethod
    def _urls(cls, values: list[str]) -> list[str]:
        return [_check_http_url(v) for v in values]

    @field_validator("allow", "deny")
    @classmethod
    def _regexes(cls, values: list[str]) -> list[str]:
        return [_check_regex(v) for v in values]

    @field_validator("drop_selectors")
    @classmethod
    def _selectors(cls, values: list[str]) -> list[str]:
        return [_check_selector(v) for v in values]

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("schedule")
    @classmethod
    def _schedule(cls, value: str) -> str:
        if value.startswith("@"):
            if value not in {"@daily", "@hourly", "@weekly"}:
                raise ValueError(f"unsupported preset {value!r} (use @hourly, @daily, @weekly)")
            return value
        return _check_cron(value)


class Config(BaseModel):
    """The whole config file."""

    model_config = _Strict

    contact: Annotated[str, Field(min_length=1)] = "https://github.com/newsarchive/newsarchive"
    user_agent: Annotated[str, Field(min_length=1)] | None = None
    sites: list[SiteConfig]

    @model_validator(mode="after")
    def _unique(self) -> Config:
        seen: set[str] = set()
        for site in self.sites:
            if site.name in seen:
                raise ValueError(f"site name {site.name!r} is used twice")
            seen.add(site.name)
        return self

    def site(self, name: str) -> SiteConfig:
        for site in self.sites:
            if site.name == name:
                return site
        known = ", ".join(s.name for s in self.sites) or "none"
        raise ConfigError(f"unknown site {name!r} (configured: {known})")

    def select(self, names: list[str] | None) -> list[SiteConfig]:
        """The named sites, or every enabled site when no names are given."""
        if names:
            return [self.site(n) for n in names]
        return [s for s in self.sites if s.enabled]

    def agent(self) -> str:
        from newsarchive import __version__

        return self.user_agent or f"newsarchive/{__version__} (+{self.contact})"


def _read_text(path: Path) -> str:
    """The file's text: a regular file of at most MAX_CONFIG_BYTES, never a FIFO or device."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise ConfigError(f"{path}: cannot read config: {kind}")
    with os.fdopen(fd, "rb") as fh:
        if info.st_size > MAX_CONFIG_BYTES:
            raise ConfigError(
                f"{path}: config is {info.st_size} bytes, over the {MAX_CONFIG_BYTES} byte limit"
            )
        try:
            data = fh.read(MAX_CONFIG_BYTES + 1)  # a file still growing is cut here
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: config is over the {MAX_CONFIG_BYTES} byte limit")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: config is not UTF-8 text (byte {exc.start})") from None


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """Where and what, without the quoted source line (which may hold a secret)."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or type(exc).__name__
    if mark is None:
        return str(problem)
    return f"{problem} (line {mark.line + 1}, column {mark.column + 1})"


def _read(path: Path) -> Any:
    import yaml

    text = _read_text(path)
    try:
        if path.suffix == ".toml":
            return tomllib.loads(text)
        return yaml.safe_load(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid toml: {exc}") from None
    except yaml.YAMLError as exc:
        kind = path.suffix.lstrip(".") or "YAML"
        raise ConfigError(f"{path}: not valid {kind}: {_yaml_problem(exc)}") from None


def _describe(path: Path, data: Any, exc: ValidationError) -> str:
    lines = [f"{path}: invalid config"]
    for err in exc.errors():
        loc = list(err["loc"])
        where = []
        if len(loc) >= 2 and loc[0] == "sites" and isinstance(loc[1], int):
            idx = loc[1]
            name = None
            sites = data.get("sites") if isinstance(data, dict) else None
            if isinstance(sites, list) and idx < len(sites) and isinstance(sites[idx], dict):
                name = sites[idx].get("name")
            where.append(f"site {name!r}" if name else f"site #{idx + 1}")
            loc = loc[2:]
        field = ".".join(str(p) for p in loc) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        where.append(f"field {field!r}")
        lines.append(f"  {', '.join(where)}: {msg}")
    return "\n".join(lines)


def load_config(path: str | Path) -> Config:
    """Load and validate a YAML or TOML site config; raise ConfigError naming file, site, field."""
    path = Path(path)
    data = _read(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with a 'sites' list at the top")
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(path, data, exc)) from None
