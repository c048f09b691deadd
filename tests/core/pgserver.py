"""A private, throw-away PostgreSQL cluster on a loopback port (Debian's postgresql package), for tests."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """initdb + postgres as a child process; as root it runs as the 'postgres' user (postgres refuses root)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="mailbot-pg-"))
        os.chmod(self.root, 0o755)
        self.port = _free_port()
        self.proc: subprocess.Popen | None = None
        self._user = None
        if os.geteuid() == 0:
            self._user = pwd.getpwnam("postgres")
            os.chown(self.root, self._user.pw_uid, self._user.pw_gid)

    @staticmethod
    def available() -> bool:
        return _bin("initdb") is not None

    def _preexec(self):  # type: ignore[no-untyped-def]
        if self._user is None:
            return None
        uid, gid = self._user.pw_uid, self._user.pw_gid

        def drop() -> None:
            os.setgid(gid)
            os.setuid(uid)
        return drop

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://mailbot@127.0.0.1:{self.port}/mailbot"

    def start(self) -> PostgresServer:
        data = self.root / "data"
        subprocess.run([_bin("initdb"), "-D", str(data), "-U", "mailbot", "--auth=trust", "-E", "UTF8",
                        "--no-sync"], check=True, capture_output=True, preexec_fn=self._preexec())
        with open(self.root / "pg.log", "wb") as log:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(
                [_bin("postgres"), "-D", str(data), "-p", str(self.port), "-k", str(self.root),
                 "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
                stdout=log, stderr=subprocess.STDOUT, preexec_fn=self._preexec(), start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            ready = subprocess.run([_bin("pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)],
                                   capture_output=True)
            if ready.returncode == 0:
                subprocess.run([_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "mailbot",
                                "mailbot"], check=True, capture_output=True)
                return self
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("postgres did not start: " + (self.root / "pg.log").read_text(errors="replace"))

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)
