"""CLI start-up time: `newsarchive --help` and `extract FILE` against `python -c pass`, from process start.

    uv run python benchmarks/cli_startup.py [--runs 11] [--page FILE] [--src DIR]

--src runs the newsarchive package of another checkout (e.g. `git archive` of an older commit
unpacked in /tmp) with this environment: the "before" figures.

Each round runs the three commands one after the other (interleaved, so load on the machine hits
all alike); the median wall time and the median CPU time (user + system of the process) of each
over the rounds are printed, with the ratio to bare Python. On a shared machine the CPU time is
the steadier figure: wall time also counts the waits for a core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(argv: list[str], src: Path) -> tuple[float, float]:
    """(wall, CPU) seconds from process start to exit of one run (output discarded)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=src)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


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
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, argv in commands.items():
            wall, cpu = timed(argv, args.src)
            walls[name].append(wall)
            cpus[name].append(cpu)
    base = statistics.median(cpus["python -c pass"])
    print(f"median of {args.runs} runs, interleaved, package from {args.src}")
    for name in commands:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(
            f"{name:26} wall {wall:6.3f} s  CPU {cpu:6.3f} s  "
            f"{cpu / base:5.1f}x python -c pass (CPU)"
        )


if __name__ == "__main__":
    main()
