"""External programs (LibreOffice, Tesseract) run within the attachment's time budget, killed with their group."""
from __future__ import annotations

import os
import signal
import subprocess
import time

from parsers.content import Ctx, LimitExceeded


def remaining_seconds(ctx: Ctx, floor: float) -> float:
    """What is left of this attachment's budget (the isolating parent kills us at its end anyway)."""
    if ctx.deadline:
        return max(floor, ctx.deadline - time.monotonic())
    return ctx.limits.time_budget_seconds


def run_bounded(cmd: list[str], ctx: Ctx, *, timeout_message: str, stdin: bytes | None = None,
                env: dict[str, str] | None = None, floor: float = 0.5) -> tuple[int, bytes, bytes]:
    """(exit code, stdout, stderr); past the budget the whole process group is killed and LimitExceeded raised.

    Its own session, because soffice and OpenMP start helpers: killing only the launcher would leave them.
    """
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(stdin, timeout=remaining_seconds(ctx, floor))
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise LimitExceeded(timeout_message) from None
    return proc.returncode, out, err


def last_line(err: bytes, default: str) -> str:
    """The last line a failing program printed, short enough for a recorded error."""
    lines = err.decode("utf-8", "replace").strip().splitlines()
    return (lines[-1] if lines else default)[:200]
