"""Time one new process: wall seconds and peak RSS, for the bench scripts beside this."""

from __future__ import annotations

import os
import subprocess
import time


def timed(args: list[str], what: str) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of running ``args``; exits naming ``what`` if it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{what} failed")
    return seconds, usage.ru_maxrss
