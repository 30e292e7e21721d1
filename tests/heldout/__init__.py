"""Held-out news sites built like real CMS output (none shares the demo's templates)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml

from tests.heldout import blogger, ghost, legacy, nextnews, wordpress
from tests.heldout.common import Built, Expected
from tests.heldout.server import HeldoutServer

__all__ = ["BUILDERS", "Built", "Expected", "HeldoutSites"]

BUILDERS: dict[str, Callable[[str], Built]] = {
    "ho-wordpress": wordpress.build,
    "ho-blogger": blogger.build,
    "ho-nextnews": nextnews.build,
    "ho-legacy-fr": legacy.build_fr,
    "ho-legacy-ru": legacy.build_ru,
    "ho-ghost": ghost.build,
}


class HeldoutSites:
    """Starts one loopback server per held-out site; `sites[name]` holds its ground truth."""

    def __init__(self, names: list[str] | None = None) -> None:
        self.names = names or list(BUILDERS)
        self.servers: dict[str, HeldoutServer] = {}
        self.sites: dict[str, Built] = {}

    def __enter__(self) -> HeldoutSites:
        for name in self.names:
            server = HeldoutServer()
            built = BUILDERS[name](server.base_url)
            server.pages = built.pages
            server.start()
            self.servers[name], self.sites[name] = server, built
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for server in self.servers.values():
            server.stop()

    def write_config(self, path: Path) -> Path:
        sites: list[Any] = []
        for name, built in self.sites.items():
            sites.append(
                {
                    "name": name,
                    "url": self.servers[name].base_url + "/",
                    "allow_private_network": True,
                    "download_delay": 0.0,
                    "autothrottle": False,
                    "concurrency": 4,
                    "timeout": 5.0,
                    "retries": 1,
                    **built.config,
                }
            )
        config = {"contact": "https://example.org/newsarchive-tests", "sites": sites}
        path.write_text(
            yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        return path
