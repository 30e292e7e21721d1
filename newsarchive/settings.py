"""The one settings object: where config and archive live, how the crawler names itself."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

PROJECT_URL = "https://github.com/newsarchive/newsarchive"
DEFAULT_CONFIG = Path("config/sites.yaml")
DEFAULT_ARCHIVE = "./archive"


def _default_spool() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsarchive" / "spool"


@dataclass(frozen=True)
class Settings:
    """Process-wide settings, read once from the environment and overridable per call."""

    config_path: Path = DEFAULT_CONFIG
    archive_uri: str = DEFAULT_ARCHIVE
    spool_dir: Path = field(default_factory=_default_spool)
    log_level: str = "INFO"
    upload_wait: float = 60.0  # seconds a run retries an unreachable archive before spooling

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Build settings from NEWSARCHIVE_* variables; keyword overrides win when not None."""
        env = dict(os.environ if env is None else env)
        values: dict[str, object] = {}
        if env.get("NEWSARCHIVE_CONFIG"):
            values["config_path"] = Path(env["NEWSARCHIVE_CONFIG"])
        if env.get("NEWSARCHIVE_ARCHIVE"):
            values["archive_uri"] = env["NEWSARCHIVE_ARCHIVE"]
        if env.get("NEWSARCHIVE_SPOOL"):
            values["spool_dir"] = Path(env["NEWSARCHIVE_SPOOL"])
        if env.get("NEWSARCHIVE_LOG_LEVEL"):
            values["log_level"] = env["NEWSARCHIVE_LOG_LEVEL"].upper()
        if env.get("NEWSARCHIVE_UPLOAD_WAIT"):
            try:
                values["upload_wait"] = float(env["NEWSARCHIVE_UPLOAD_WAIT"])
            except ValueError:
                raise ValueError("NEWSARCHIVE_UPLOAD_WAIT must be a number of seconds") from None
        settings = cls(**values)  # type: ignore[arg-type]
        clean = {k: v for k, v in overrides.items() if v is not None}
        if "config_path" in clean:
            clean["config_path"] = Path(str(clean["config_path"]))
        if "spool_dir" in clean:
            clean["spool_dir"] = Path(str(clean["spool_dir"]))
        return replace(settings, **clean)  # type: ignore[arg-type]
