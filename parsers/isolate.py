"""Run one parse in a child process with a hard time budget and an address-space cap."""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import threading
import time
from collections.abc import Callable
from typing import Any


class IsolationFailed(Exception):
    """The child was killed (timeout), crashed, or ran out of memory; the message is user-facing."""


def _address_space_now() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _child(conn: Any, func: Callable[..., Any], args: tuple[Any, ...], memory_bytes: int) -> None:
    # the cap is relative to what the child already maps, so big parent processes still get headroom
    if memory_bytes > 0:
        limit = _address_space_now() + memory_bytes
        with contextlib.suppress(ValueError, OSError):  # e.g. a hard limit already lower
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result = func(*args)
        conn.send(("ok", result))
    except MemoryError:
        conn.send(("error", f"memory limit {memory_bytes // (1024 * 1024)} MB exceeded"))
    except BaseException as exc:  # report everything; the parent turns it into a recorded error
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:500]))
    finally:
        conn.close()


def _context(method: str) -> Any:
    if method == "auto":
        # Forking a process that runs other threads (the service: scheduler, IDLE watchers, web server)
        # can copy a lock some thread holds, and the child then hangs until the budget kills it. A
        # single-threaded caller (CLI, tests) keeps the cheaper plain fork.
        method = "forkserver" if threading.active_count() > 1 else "fork"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        # children fork from a server that has the parsers loaded and has extracted the warm-up samples once
        ctx.set_forkserver_preload(["parsers.warmup.forkserver"])
    return ctx


def run_isolated(func: Callable[..., Any], args: tuple[Any, ...], *, timeout: float,
                 memory_bytes: int, method: str = "fork") -> Any:
    """Call func(*args) in a child; return its result or raise IsolationFailed. Never hangs past timeout."""
    ctx = _context(method)
    recv_conn, send_conn = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send_conn, func, args, memory_bytes), name="mailbot-parse")
    proc.start()
    send_conn.close()
    deadline = time.monotonic() + timeout
    status: str = "crash"
    payload: Any = None
    try:
        if recv_conn.poll(max(0.0, deadline - time.monotonic())):
            try:
                status, payload = recv_conn.recv()
            except (EOFError, OSError):
                status, payload = "crash", None
        else:
            status, payload = "timeout", None
    finally:
        if proc.is_alive():
            proc.join(timeout=1.0 if status != "timeout" else 0)
            if proc.is_alive():
                proc.kill()
                proc.join()
        recv_conn.close()
    if status == "ok":
        return payload
    if status == "timeout":
        raise IsolationFailed(f"time budget {timeout:g} s exceeded")
    if status == "error":
        raise IsolationFailed(str(payload))
    code = proc.exitcode
    if code is not None and code < 0:
        raise IsolationFailed(f"parser crashed (signal {-code}); file may be malformed or exhaust memory")
    raise IsolationFailed(f"parser exited unexpectedly (exit code {code})")
