"""CLI start-up time: `newsarchive --help` and `extract FILE` against `python -c pass`, from process start.

    uv run python benchmarks/cli_startup.py [--runs 11] [--page FILE] [--src DIR]

--src runs the newsarchive package of another checkout (e.g. `git archive` of an older commit
unpacked in /tmp) with this environment: the "before" figures.

Each round runs the three commands one after the other (interleaved, so load on the machine hits
all alike); the median wall time of each over the rounds is printed, with its ratio to bare Python.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def wall(argv: list[str], src: Path) -> float:
    """Seconds from process start to exit of one run (output discarded)."""
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=src)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--page", default=str(ROOT / "tests/fixtures/golden/flat_markup.html"))
    parser.add_argument("--src", type=Path, default=ROOT, help="checkout whose package runs")
    args = parser.parse_args()
    py = sys.executable
    commands = {
        "python -c pass": [py, "-c", "pass"],
        "newsarchive --help": [py, "-m", "newsarchive", "--help"],
        "newsarchive extract FILE": [py, "-m", "newsarchive", "extract", args.page],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, argv in commands.items():
            times[name].append(wall(argv, args.src))
    base = statistics.median(times["python -c pass"])
    print(f"median of {args.runs} runs, interleaved, package from {args.src}")
    for name, runs in times.items():
        med = statistics.median(runs)
        print(
            f"{name:26} {med:6.3f} s  {med / base:5.1f}x python -c pass  {med - base:6.3f} s over it"
        )


if __name__ == "__main__":
    main()
