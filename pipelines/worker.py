"""What runs in an extraction worker process: its start, and the staging of one page.

Kept free of Twisted and Scrapy: the forkserver imports this module once and forks workers
from it, so they start with the extraction code already loaded.
"""

from __future__ import annotations

import os
import signal
import threading
import time

from newsarchive.config import SiteConfig
from newsarchive.decide import Staged, stage
from newsarchive.extraction.extract import reset_caches
from newsarchive.extraction.profile import SiteProfile
from newsarchive.page import Page

RESET_EVERY = 500  # trafilatura's caches grow with every page: reset them now and then
_done_here = 0  # pages staged by this process


def init_worker(crawl_pid: int) -> None:
    """Worker start: Ctrl-C and SIGTERM are the crawl's to handle (it then closes the pool),
    and a worker whose crawl process is gone (SIGKILL, OOM) exits instead of waiting forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with, args=(crawl_pid,), daemon=True).start()


def _exit_with(pid: int) -> None:
    while True:
        time.sleep(1.0)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:
            continue


def stage_in_worker(
    page: Page, site: SiteConfig, profile: SiteProfile | None, features: bool
) -> Staged:
    """`decide.stage` of one page; trafilatura's caches are reset every RESET_EVERY pages."""
    global _done_here
    staged = stage(page, site, profile=profile, features=features)
    _done_here += 1
    if _done_here % RESET_EVERY == 0:
        reset_caches()
    return staged
