"""CLI: `python -m newsarchive.demo serve ...` runs the demo sites until SIGTERM/SIGINT."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from datetime import date
from types import FrameType

from newsarchive.demo.corpus import STYLES
from newsarchive.demo.sites import DemoSites


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m newsarchive.demo")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the demo sites on 127.0.0.1 until stopped")
    serve.add_argument("--styles", default=",".join(STYLES), help="comma-separated styles")
    serve.add_argument("--start-date", type=date.fromisoformat, default=None)
    serve.add_argument("--days", type=int, default=3)
    serve.add_argument("--per-day", type=int, default=3)
    serve.add_argument("--seed", type=int, default=7)
    serve.add_argument("--faults", action="store_true", help="serve the /faults/ routes")
    serve.add_argument("--slow-seconds", type=float, default=8.0, help="delay of /faults/slow/")
    serve.add_argument("--write-config", default=None, metavar="PATH")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    styles = tuple(s.strip() for s in args.styles.split(",") if s.strip())
    try:
        demo = DemoSites(
            styles=styles,
            start_date=args.start_date,
            days=args.days,
            per_day=args.per_day,
            seed=args.seed,
            faults=args.faults,
            slow_seconds=args.slow_seconds,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    with demo:
        config = str(demo.write_config(args.write_config)) if args.write_config else None
        print(json.dumps({"urls": demo.urls, "config": config, "pid": os.getpid()}), flush=True)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
